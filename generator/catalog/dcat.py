"""The DCAT-AP 3.0 catalogue of every dataset: JSON-LD written here, and the same graph as Turtle.

Every node has an IRI under the site URL (no blank nodes) and every value is a reference, a
plain, typed or language-tagged text, so the Turtle is written here straight from the JSON-LD
document, node by node in the order of their IRIs (rdflib took 5 s for 100 datasets, 50 s at
1,000); a document of any other shape goes through rdflib.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rdflib import Graph

from generator.catalog.files import DatasetOutput, Published
from generator.catalog.vocab import EU, FREQUENCY, absolute, license_url, theme
from generator.model import Dataset, Profile

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/", "vcard": "http://www.w3.org/2006/vcard/ns#",
    "spdx": "http://spdx.org/rdf/terms#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "locn": "http://www.w3.org/ns/locn#",
    "dcatap": "http://data.europa.eu/r5r/",
}
LANGUAGE = f"{EU}/language/IND"
THEMES_SCHEME = f"{EU}/data-theme"
PUBLISHER_TYPE = "http://purl.org/adms/publishertype/LocalAuthority"
AVAILABILITY = f"{EU}/planned-availability/STABLE"
DESCRIPTIONS = {"CSV": "Berkas CSV asli, sama persis dengan berkas di repositori.",
                "JSON": "Baris data sebagai larik objek JSON, bertipe sesuai skema tabel.",
                "XLSX": "Lembar kerja Excel yang dibuat dari CSV asli.",
                "ZIP": "Paket data Frictionless: datapackage.json dan semua berkas CSV."}


def text(value: str, lang: str = "id") -> dict[str, str]:
    return {"@value": value, "@language": lang}


def typed(value: str, kind: str) -> dict[str, str]:
    return {"@value": value, "@type": f"xsd:{kind}"}


def ref(iri: str) -> dict[str, str]:
    return {"@id": iri}


def catalog_graph(profile: Profile, datasets: list[tuple[Dataset, DatasetOutput]], base: str) -> dict[str, Any]:
    """The whole catalogue as a JSON-LD document (``@context`` inline, ``@graph`` sorted by IRI)."""
    nodes: dict[str, dict[str, Any]] = {}
    agent = _agent(nodes, base, profile.name)
    dated = [str(dataset.updated) for dataset, _ in datasets if dataset.updated]
    catalog: dict[str, Any] = {
        "@id": f"{base}#katalog", "@type": "dcat:Catalog", "dct:title": text(profile.name),
        "dct:description": text(profile.description or f"Katalog data terbuka {profile.name}."),
        "dct:publisher": ref(agent), "foaf:homepage": ref(base), "dct:language": ref(LANGUAGE),
        "dcat:themeTaxonomy": ref(THEMES_SCHEME),
        "dcat:dataset": [ref(_dataset_iri(base, dataset)) for dataset, _ in datasets],
    }
    if dated:
        catalog["dct:modified"] = typed(max(dated), "date")
    nodes[catalog["@id"]] = catalog
    nodes[base] = {"@id": base, "@type": "foaf:Document"}
    nodes[LANGUAGE] = {"@id": LANGUAGE, "@type": "dct:LinguisticSystem"}
    nodes[THEMES_SCHEME] = {"@id": THEMES_SCHEME, "@type": "skos:ConceptScheme",
                            "dct:title": text("Data theme", "en")}
    for dataset, output in datasets:
        _dataset(nodes, dataset, output, base)
    return {"@context": CONTEXT, "@graph": [nodes[key] for key in sorted(nodes)]}


def _dataset_iri(base: str, dataset: Dataset) -> str:
    return absolute(base, f"dataset/{dataset.name}/#dataset")


def _agent(nodes: dict[str, dict[str, Any]], base: str, name: str) -> str:
    slug = "".join(char if char.isalnum() else "-" for char in name.lower()).strip("-")
    iri = f"{base}#penerbit-{slug}"
    nodes[iri] = {"@id": iri, "@type": "foaf:Agent", "foaf:name": text(name), "dct:type": ref(PUBLISHER_TYPE)}
    nodes[PUBLISHER_TYPE] = {"@id": PUBLISHER_TYPE, "@type": "skos:Concept",
                             "skos:prefLabel": text("Local Authority", "en")}
    return iri


def _dataset(nodes: dict[str, dict[str, Any]], dataset: Dataset, output: DatasetOutput, base: str) -> None:
    page = absolute(base, f"dataset/{dataset.name}/")
    node: dict[str, Any] = {
        "@id": _dataset_iri(base, dataset), "@type": "dcat:Dataset",
        "dct:identifier": dataset.name, "dct:title": text(dataset.title),
        "dct:description": text(dataset.description), "dcat:landingPage": ref(page),
        "dcat:keyword": [text(word) for word in dataset.keywords], "dct:language": ref(LANGUAGE),
        "dct:publisher": ref(_agent(nodes, base, dataset.publisher or "Badan publik")),
        "dcat:distribution": [ref(f"{page}#distribusi-{_slug(item)}") for item in _files(output)],
    }
    nodes[page] = {"@id": page, "@type": "foaf:Document"}
    if dataset.updated:
        node["dct:modified"] = typed(dataset.updated.isoformat(), "date")
    if dataset.frequency in FREQUENCY:
        iri = f"{EU}/frequency/{FREQUENCY[dataset.frequency][0]}"
        node["dct:accrualPeriodicity"] = ref(iri)
        nodes[iri] = {"@id": iri, "@type": "dct:Frequency"}
    found = theme(dataset.topic)
    if found:
        iri = f"{EU}/data-theme/{found[0]}"
        node["dcat:theme"] = ref(iri)
        nodes[iri] = {"@id": iri, "@type": "skos:Concept", "skos:prefLabel": text(found[1], "en"),
                      "skos:inScheme": ref(THEMES_SCHEME)}
    _details(nodes, node, dataset, page)
    nodes[node["@id"]] = node
    for item in _files(output):
        _distribution(nodes, item, dataset, page, base)


def _details(nodes: dict[str, dict[str, Any]], node: dict[str, Any], dataset: Dataset, page: str) -> None:
    """Contact point, period and area: the recommended properties a dataset may lack."""
    if dataset.contact.name or dataset.contact.email:
        contact: dict[str, Any] = {"@id": f"{page}#kontak", "@type": ["vcard:Kind", "vcard:Organization"],
                                   "vcard:fn": text(dataset.contact.name or dataset.publisher)}
        if dataset.contact.email:
            contact["vcard:hasEmail"] = ref(f"mailto:{dataset.contact.email}")
        nodes[contact["@id"]] = contact
        node["dcat:contactPoint"] = ref(contact["@id"])
    if dataset.temporal_start or dataset.temporal_end:
        period: dict[str, Any] = {"@id": f"{page}#periode", "@type": "dct:PeriodOfTime"}
        for key, value in (("dcat:startDate", dataset.temporal_start), ("dcat:endDate", dataset.temporal_end)):
            if value:
                period[key] = typed(value[:10], "date")
        nodes[period["@id"]] = period
        node["dct:temporal"] = ref(period["@id"])
    if dataset.spatial:
        place: dict[str, Any] = {"@id": f"{page}#wilayah", "@type": "dct:Location",
                                 "locn:geographicName": text(dataset.spatial)}
        code = str(dataset.descriptor.get("region_code") or "")
        if code:
            place["dct:identifier"] = code
        nodes[place["@id"]] = place
        node["dct:spatial"] = ref(place["@id"])


def _files(output: DatasetOutput) -> list[Published]:
    return [*output.published]


def _slug(item: Published) -> str:
    return f"{item.resource or 'paket'}-{item.format.lower()}"


def _distribution(nodes: dict[str, dict[str, Any]], item: Published, dataset: Dataset, page: str,
                  base: str) -> None:
    iri = f"{page}#distribusi-{_slug(item)}"
    title = f"{item.resource} ({item.format})" if item.resource else f"Paket data lengkap ({item.format})"
    file_type = f"{EU}/file-type/{item.format}"
    media = f"https://www.iana.org/assignments/media-types/{item.media_type}"
    node: dict[str, Any] = {
        "@id": iri, "@type": "dcat:Distribution", "dct:title": text(title),
        "dct:description": text(DESCRIPTIONS[item.format]), "dcatap:availability": ref(AVAILABILITY),
        "dcat:accessURL": ref(page), "dcat:downloadURL": ref(absolute(base, item.path)),
        "dct:format": ref(file_type), "dcat:mediaType": ref(media),
        "dcat:byteSize": typed(f"{item.size}.0", "decimal"),
        "spdx:checksum": ref(f"{iri}-sha256"),
    }
    licence = license_url(dataset.license_id, dataset.license_url)
    if licence:
        node["dct:license"] = ref(licence)
        nodes[licence] = {"@id": licence, "@type": "dct:LicenseDocument"}
    if dataset.updated:
        node["dct:modified"] = typed(dataset.updated.isoformat(), "date")
    nodes[iri] = node
    nodes[file_type] = {"@id": file_type, "@type": "dct:MediaTypeOrExtent"}
    nodes[media] = {"@id": media, "@type": "dct:MediaType"}
    nodes[AVAILABILITY] = {"@id": AVAILABILITY, "@type": "skos:Concept", "skos:prefLabel": text("Stable", "en")}
    nodes[f"{iri}-sha256"] = {
        "@id": f"{iri}-sha256", "@type": "spdx:Checksum",
        "spdx:algorithm": ref("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"),
        "spdx:checksumValue": typed(item.sha256, "hexBinary")}


def jsonld_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def turtle_bytes(document: dict[str, Any]) -> bytes:
    """The same graph as Turtle: subjects, predicates and values each in a sorted order."""
    try:
        return _turtle(document).encode("utf-8")
    except _OtherShape:
        return _rdflib_turtle(document)


class _OtherShape(ValueError):
    """A value of the document that the direct writer does not know (rdflib writes it)."""


LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
IRI_ESCAPED = re.compile(r'[\x00-\x20<>"{}|^`\\]')
TEXT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _turtle(document: dict[str, Any]) -> str:
    if document.get("@context") != CONTEXT or set(document) != {"@context", "@graph"}:
        raise _OtherShape("context")
    lines = [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in sorted(CONTEXT.items())]
    for node in sorted(document["@graph"], key=lambda item: _expand(str(item.get("@id")))):
        if not isinstance(node.get("@id"), str):
            raise _OtherShape("node without an IRI")
        types = node.get("@type", [])
        predicates = [("a", sorted(_name(str(kind)) for kind in (types if isinstance(types, list) else [types])))]
        for key in sorted((key for key in node if not key.startswith("@")), key=_expand):
            values = node[key] if isinstance(node[key], list) else [node[key]]
            predicates.append((_name(key), sorted(_object(value) for value in values)))
        body = " ;\n    ".join(f"{verb} {' , '.join(objects)}" for verb, objects in predicates if objects)
        if not body:
            raise _OtherShape("a node without statements")
        lines += ["", f"{_iri(_expand(node['@id']))} {body} ."]
    return "\n".join(lines) + "\n"


def _expand(value: str) -> str:
    prefix, colon, local = value.partition(":")
    return CONTEXT[prefix] + local if colon and prefix in CONTEXT and not local.startswith("//") else value


def _name(value: str) -> str:
    """A predicate or class: ``prefix:local`` when that reads back the same, else the full IRI."""
    prefix, colon, local = value.partition(":")
    if colon and prefix in CONTEXT and LOCAL_NAME.fullmatch(local):
        return value
    return _iri(_expand(value))


def _iri(value: str) -> str:
    if ":" not in value:
        raise _OtherShape("a relative IRI")
    return "<" + IRI_ESCAPED.sub(lambda match: f"\\u{ord(match.group()):04X}", value) + ">"


def _object(value: Any) -> str:
    if isinstance(value, str):
        return _text(value)
    if not isinstance(value, dict):
        raise _OtherShape("a number or another JSON value")
    if set(value) == {"@id"}:
        return _iri(_expand(str(value["@id"])))
    if set(value) == {"@value", "@language"} and re.fullmatch(r"[A-Za-z]+(-[A-Za-z0-9]+)*", str(value["@language"])):
        return f"{_text(str(value['@value']))}@{value['@language']}"
    if set(value) == {"@value", "@type"} and isinstance(value["@value"], str):
        return f"{_text(value['@value'])}^^{_name(str(value['@type']))}"
    raise _OtherShape("a value of another shape")


def _text(value: str) -> str:
    escaped = "".join(TEXT_ESCAPES.get(char, char) if char >= " " or char in TEXT_ESCAPES else f"\\u{ord(char):04X}"
                      for char in value)
    return f'"{escaped}"'


def _rdflib_turtle(document: dict[str, Any]) -> bytes:
    graph = Graph()
    graph.parse(data=json.dumps(document), format="json-ld")
    for prefix, namespace in CONTEXT.items():
        graph.bind(prefix, namespace)
    return graph.serialize(format="turtle").encode("utf-8")
