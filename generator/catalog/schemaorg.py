"""schema.org ``Dataset`` JSON-LD for a dataset page (read by Google Dataset Search)."""

from __future__ import annotations

import json
from typing import Any

from generator.catalog.files import DatasetOutput
from generator.catalog.vocab import absolute, license_url
from generator.model import Dataset
from generator.render.routes import relative


def dataset_jsonld(dataset: Dataset, output: DatasetOutput, *, page: str, base: str | None) -> dict[str, Any]:
    """Absolute URLs when the site URL is known, else URLs relative to the page."""
    def url(path: str) -> str:
        return absolute(base or "", path) if base or "://" in path else relative(page, path)

    organisation: dict[str, Any] = {"@type": "GovernmentOrganization", "name": dataset.publisher}
    creator = ({"@type": "GovernmentOrganization", "name": dataset.publisher_unit,
                "parentOrganization": organisation} if dataset.publisher_unit else organisation)
    document: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "Dataset",
        "name": dataset.title, "description": dataset.description, "identifier": dataset.name,
        "url": url(f"dataset/{dataset.name}/"), "keywords": list(dataset.keywords),
        "license": license_url(dataset.license_id, dataset.license_url) or dataset.license_id,
        "creator": creator, "publisher": organisation, "inLanguage": "id",
        "isAccessibleForFree": True,
        "distribution": [
            {"@type": "DataDownload", "name": f"{item.resource or dataset.name} ({item.format})",
             "contentUrl": url(item.path), "encodingFormat": item.media_type,
             "contentSize": str(item.size), "sha256": item.sha256}
            for item in output.published],
    }
    if dataset.temporal_start or dataset.temporal_end:
        document["temporalCoverage"] = f"{dataset.temporal_start[:10] or '..'}/{dataset.temporal_end[:10] or '..'}"
    if dataset.spatial:
        place: dict[str, Any] = {"@type": "Place", "name": dataset.spatial}
        code = str(dataset.descriptor.get("region_code") or "")
        if code:
            place["identifier"] = {"@type": "PropertyValue", "propertyID": "kode-wilayah-kemendagri",
                                   "value": code}
        document["spatialCoverage"] = place
    if dataset.updated:
        document["dateModified"] = dataset.updated.isoformat()
    return document


def script_json(document: dict[str, Any]) -> str:
    """JSON safe inside an HTML ``<script>``: ``<``, ``>`` and ``&`` written as escapes."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
