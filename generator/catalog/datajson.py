"""``data.json``: the catalogue in the DCAT-US / Project Open Data 1.1 schema (non-federal)."""

from __future__ import annotations

from typing import Any

from generator.catalog.files import DatasetOutput
from generator.catalog.vocab import FREQUENCY, absolute, license_url
from generator.model import Dataset, Profile

POD = "https://project-open-data.cio.gov/v1.1/schema"


def data_json(profile: Profile, datasets: list[tuple[Dataset, DatasetOutput]], base: str) -> dict[str, Any]:
    return {
        "@context": f"{POD}/catalog.jsonld",
        "@id": absolute(base, "data.json"),
        "@type": "dcat:Catalog",
        "conformsTo": POD,
        "describedBy": f"{POD}/catalog.json",
        "dataset": [_dataset(profile, dataset, output, base) for dataset, output in datasets],
    }


def _dataset(profile: Profile, dataset: Dataset, output: DatasetOutput, base: str) -> dict[str, Any]:
    contact: dict[str, str] = {"@type": "vcard:Contact",
                               "fn": dataset.contact.name or dataset.publisher or profile.name}
    email = dataset.contact.email or profile.email
    if email:
        contact["hasEmail"] = f"mailto:{email}"
    publisher: dict[str, Any] = {"@type": "org:Organization", "name": dataset.publisher or profile.name}
    if dataset.publisher_unit:
        publisher = {"@type": "org:Organization", "name": dataset.publisher_unit,
                     "subOrganizationOf": publisher}
    entry: dict[str, Any] = {
        "@type": "dcat:Dataset",
        "identifier": absolute(base, f"dataset/{dataset.name}/"),
        "title": dataset.title,
        "description": dataset.description,
        "keyword": list(dataset.keywords) or [dataset.topic or dataset.name],
        "publisher": publisher,
        "contactPoint": contact,
        "accessLevel": "public",
        "landingPage": absolute(base, f"dataset/{dataset.name}/"),
        "language": ["id"],
        "describedBy": absolute(base, output.descriptor.path),
        "describedByType": "application/json",
        "distribution": [
            {"@type": "dcat:Distribution", "downloadURL": absolute(base, item.path),
             "mediaType": item.media_type, "format": item.format,
             "title": f"{item.resource} ({item.format})" if item.resource else f"{dataset.name} ({item.format})"}
            for item in output.published],
    }
    licence = license_url(dataset.license_id, dataset.license_url)
    optional = {
        "modified": dataset.updated.isoformat() if dataset.updated else "",
        "license": licence,
        "accrualPeriodicity": FREQUENCY.get(dataset.frequency, ("", ""))[1],
        "spatial": dataset.spatial,
        "temporal": f"{dataset.temporal_start[:10]}/{dataset.temporal_end[:10]}"
        if dataset.temporal_start and dataset.temporal_end else "",
    }
    entry.update({key: value for key, value in optional.items() if value})
    if dataset.topic:
        entry["theme"] = [dataset.topic]
    return entry
