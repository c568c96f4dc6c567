"""Harvestable catalogues of the built sample site, checked against the published standards."""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from frictionless import Package
from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, RDF
from referencing import Registry
from referencing.jsonschema import DRAFT4

from generator import pipeline
from generator.catalog.files import FORMATS, JSON_MAX_CSV_BYTES
from generator.settings import Settings
from tests.conftest import ROOT, run_cli

STANDARDS = ROOT / "tests" / "standards"
DCAT_AP = STANDARDS / "dcat-ap-3.0.0"
BASE = "https://ppid.kotacontoh.go.id/"
ATOM = "{http://www.w3.org/2005/Atom}"


def shapes(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.parse(DCAT_AP / name)
    return graph


def shacl(data: Graph, shape_graph: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = shacl_validate(data, shacl_graph=shape_graph, inference="rdfs", advanced=True)
    return bool(conforms), report, str(text)


@pytest.mark.parametrize(("name", "fmt"), [("catalog.ttl", "turtle"), ("catalog.jsonld", "json-ld")])
def test_dcat_catalogue_conforms_to_dcat_ap_shapes(sample_site: Path, name: str, fmt: str) -> None:
    data = Graph().parse(sample_site / name, format=fmt)
    conforms, _, text = shacl(data, shapes("shapes.ttl", "range.ttl"))
    assert conforms, text
    _, report, _ = shacl(data, shapes("shapes.ttl", "range.ttl", "shapes_recommended.ttl"))
    severities = set(report.objects(None, URIRef("http://www.w3.org/ns/shacl#resultSeverity")))
    assert URIRef("http://www.w3.org/ns/shacl#Violation") not in severities


def test_dcat_catalogue_lists_every_dataset_and_file_checksum(sample_site: Path, sample_repo: Path) -> None:
    graph = Graph().parse(sample_site / "catalog.ttl")
    datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
    outcome = pipeline.check(Settings(root=sample_repo))
    assert {str(iri) for iri in datasets} == {f"{BASE}dataset/{d.name}/#dataset" for d in outcome.project.datasets}
    manifest = {item["path"]: item for item in json.loads((sample_site / "manifest.json").read_text())["files"]}
    for url in graph.objects(None, DCAT.downloadURL):
        path = str(url).removeprefix(BASE)
        assert path in manifest, path
        assert manifest[path]["sha256"] in (sample_site / "catalog.ttl").read_text(encoding="utf-8")


def test_turtle_and_jsonld_hold_the_same_graph(sample_site: Path) -> None:
    turtle = Graph().parse(sample_site / "catalog.ttl")
    jsonld = Graph().parse(sample_site / "catalog.jsonld", format="json-ld")
    assert len(turtle) == len(jsonld) > 100
    assert turtle.isomorphic(jsonld)


def test_shacl_shapes_catch_a_broken_catalogue(sample_site: Path) -> None:
    """The shapes really judge: a dataset without its title is a violation."""
    graph = Graph().parse(sample_site / "catalog.ttl")
    dataset = next(graph.subjects(RDF.type, DCAT.Dataset))
    graph.remove((dataset, URIRef("http://purl.org/dc/terms/title"), None))
    conforms, _, text = shacl(graph, shapes("shapes.ttl", "range.ttl"))
    assert not conforms
    assert "dct:title" in text or "purl.org/dc/terms/title" in text


def pod_validator() -> jsonschema.Draft4Validator:
    schemas = {name: json.loads((STANDARDS / "pod-1.1" / name).read_text(encoding="utf-8"))
               for name in ("catalog.json", "dataset-non-federal.json")}
    registry: Registry[object] = Registry().with_resources(
        (schema["id"].rstrip("#"), DRAFT4.create_resource(schema)) for schema in schemas.values())
    return jsonschema.Draft4Validator(schemas["catalog.json"], registry=registry,
                                      format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def test_data_json_is_valid_project_open_data_1_1(sample_site: Path) -> None:
    document = json.loads((sample_site / "data.json").read_text(encoding="utf-8"))
    errors = sorted(pod_validator().iter_errors(document), key=lambda error: list(error.path))
    assert errors == []
    assert len(document["dataset"]) >= 6
    broken = json.loads(json.dumps(document))
    del broken["dataset"][0]["contactPoint"]
    broken["dataset"][1]["accessLevel"] = "terbuka"
    assert len(list(pod_validator().iter_errors(broken))) >= 2


def test_schema_org_dataset_in_every_dataset_page(sample_site: Path, sample_repo: Path) -> None:
    outcome = pipeline.check(Settings(root=sample_repo))
    for dataset in outcome.project.datasets:
        html = (sample_site / "dataset" / dataset.name / "index.html").read_text(encoding="utf-8")
        head = html.split("</head>", 1)[0]
        match = re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.DOTALL)
        assert match, dataset.name
        data = json.loads(match.group(1))
        assert data["@type"] == "Dataset" and data["name"] == dataset.title
        for key in ("description", "license", "creator", "temporalCoverage", "spatialCoverage", "distribution"):
            assert data[key], (dataset.name, key)
        assert data["temporalCoverage"] == f"{dataset.temporal_start}/{dataset.temporal_end}"
        formats = {item["encodingFormat"] for item in data["distribution"]}
        assert {"text/csv", FORMATS["XLSX"][0]} <= formats
        assert ("application/json" in formats) == any(resource.size <= JSON_MAX_CSV_BYTES
                                                      for resource in dataset.resources)
        assert ("application/zip" in formats) == (len(dataset.resources) > 1)  # the zip only for several CSVs
        for item in data["distribution"]:
            assert item["contentUrl"].startswith(BASE)
            local = sample_site / item["contentUrl"].removeprefix(BASE)
            assert hashlib.sha256(local.read_bytes()).hexdigest() == item["sha256"]


def test_manifest_lists_every_generated_file_with_its_checksum(sample_site: Path) -> None:
    manifest = json.loads((sample_site / "manifest.json").read_text(encoding="utf-8"))
    paths = [item["path"] for item in manifest["files"]]
    assert paths == sorted(paths)
    for item in manifest["files"]:
        data = (sample_site / item["path"]).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (item["bytes"], item["sha256"]), item["path"]
    for name in ("catalog.jsonld", "catalog.ttl", "data.json", "datapackage.json", "feed.xml", "robots.txt",
                 "dip/daftar-informasi-publik.csv"):
        assert name in paths
    for suffix in (".csv", ".json", ".xlsx", ".zip"):
        generated = {str(path.relative_to(sample_site)) for path in (sample_site / "dataset").rglob(f"*{suffix}")}
        assert generated and generated <= set(paths), suffix
    downloads = {str(path.relative_to(sample_site)) for suffix in ("csv", "xlsx", "zip")
                 for path in sample_site.rglob(f"*.{suffix}")}  # the service reports and printable DIP too
    assert any(name.startswith("laporan-layanan/") for name in downloads)
    assert sorted(downloads - set(paths)) == []
    assert re.fullmatch(r"[0-9a-f]{40}", manifest["source_commit"])


def test_frictionless_index_of_every_resource_validates(sample_site: Path) -> None:
    package = Package(str(sample_site / "datapackage.json"))
    report = package.validate()
    assert report.valid, report.flatten(["type", "note"])
    names = {resource.name for resource in package.resources}
    assert "anggaran-dan-kegiatan-kominfo--kegiatan" in names
    assert len(names) >= 8


def test_atom_feed_sitemap_and_robots(sample_site: Path, sample_repo: Path) -> None:
    feed = ET.parse(sample_site / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert 10 <= len(entries) <= 50
    dates = [entry.findtext(f"{ATOM}updated") or "" for entry in entries]
    assert dates == sorted(dates, reverse=True)
    assert feed.findtext(f"{ATOM}updated") == dates[0]
    assert any("/dataset/" in (entry.findtext(f"{ATOM}id") or "") for entry in entries)
    assert any("/informasi/" in (entry.findtext(f"{ATOM}id") or "") for entry in entries)
    robots = (sample_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {BASE}sitemap.xml" in robots
    sitemap = ET.parse(sample_site / "sitemap.xml").getroot()
    locations = {loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert f"{BASE}dataset/daftar-sekolah/" in locations
    assert f"{BASE}informasi/DIP-B-013/" in locations


def test_without_site_url_catalogues_degrade_with_a_warning(mini: Path) -> None:
    profile = mini / "content" / "site.yaml"
    profile.write_text(re.sub(r"^site_url:.*\n", "", profile.read_text(encoding="utf-8"), flags=re.M),
                       encoding="utf-8")
    outcome = pipeline.check(Settings(root=mini))
    assert [(p.code, p.file, p.severity.value) for p in outcome.problems] == [
        ("site-url-missing", "content/site.yaml", "warning")]
    result = run_cli(mini, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "site_url" in result.stdout
    site = mini / "site"
    for name in ("catalog.jsonld", "catalog.ttl", "data.json", "feed.xml"):
        assert not (site / name).exists()
    assert "Sitemap:" not in (site / "robots.txt").read_text(encoding="utf-8")
    assert (site / "manifest.json").is_file() and (site / "datapackage.json").is_file()
    assert run_cli(mini, "--strict", "build").returncode == 1


def test_region_code_reaches_the_catalogues_and_is_checked(mini: Path) -> None:
    descriptor = mini / "datasets" / "angka-kecil" / "datapackage.yaml"
    text = descriptor.read_text(encoding="utf-8")
    descriptor.write_text(text.replace("spatial: Kota Uji\n", 'spatial: Kota Uji\nregion_code: "33.72"\n'),
                          encoding="utf-8")
    assert pipeline.check(Settings(root=mini)).problems == []
    assert run_cli(mini, "build").returncode == 0
    graph = Graph().parse(mini / "site" / "catalog.ttl")
    place = URIRef("https://ppid.uji.example/dataset/angka-kecil/#wilayah")
    assert [str(code) for code in graph.objects(place, URIRef("http://purl.org/dc/terms/identifier"))] == ["33.72"]
    page = (mini / "site" / "dataset" / "angka-kecil" / "index.html").read_text(encoding="utf-8")
    assert '"propertyID":"kode-wilayah-kemendagri","value":"33.72"' in page
    descriptor.write_text(text.replace("spatial: Kota Uji\n", "spatial: Kota Uji\nregion_code: 33-72\n"),
                          encoding="utf-8")
    assert [(p.code, p.field) for p in pipeline.check(Settings(root=mini)).problems] == [
        ("metadata-invalid", "region_code")]
