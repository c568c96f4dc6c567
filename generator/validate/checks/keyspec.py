"""The keys each YAML file may hold, level by level.

A mapping's spec maps each allowed key to the spec of its value: ``None`` for a
value that is not checked further (text, numbers, free-form objects), or another
spec, applied to the mapping or to every mapping of a list. Data package keys are
the Frictionless Data Package, Data Resource, Table Schema and CSV Dialect keys plus
ours (docs/format.md).
"""

from __future__ import annotations

from typing import Union

Spec = dict[str, Union["Spec", None]]

PERSON: Spec = {key: None for key in ("name", "title", "path", "email", "role", "organization", "unit")}
LICENSE: Spec = {"name": None, "path": None, "title": None}
SOURCE: Spec = {"title": None, "path": None, "email": None}

CONSTRAINTS: Spec = {key: None for key in (
    "required", "unique", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "pattern", "enum", "jsonSchema")}

FIELD: Spec = {key: None for key in (
    "name", "title", "type", "format", "description", "example", "rdfType", "trueValues",
    "falseValues", "bareNumber", "decimalChar", "groupChar", "missingValues", "unit",
    "categories", "categoriesOrdered", "$schema",
    "personal_data_allowed",  # Etalase: written reason why a personal-data column may be published
    "wilayah",  # Etalase: the field holds Kemendagri region codes, checked against the shipped list
)} | {"constraints": CONSTRAINTS}

SCHEMA: Spec = {
    "fields": FIELD, "primaryKey": None, "missingValues": None, "$schema": None, "profile": None,
    "uniqueKeys": None,
    "foreignKeys": {"fields": None, "reference": {"resource": None, "fields": None}},
}

DIALECT: Spec = {key: None for key in (
    "delimiter", "lineTerminator", "quoteChar", "doubleQuote", "escapeChar", "nullSequence",
    "skipInitialSpace", "header", "headerRows", "headerJoin", "commentChar", "commentRows",
    "caseSensitive", "csvddfVersion", "$schema")}

RESOURCE: Spec = {key: None for key in (
    "name", "path", "data", "type", "profile", "title", "description", "format", "mediatype",
    "encoding", "bytes", "hash", "scheme", "compression", "$schema")} | {
    "schema": SCHEMA, "dialect": DIALECT, "licenses": LICENSE, "sources": SOURCE}

PACKAGE: Spec = {key: None for key in (
    "name", "id", "title", "description", "homepage", "version", "created", "image", "profile",
    "$schema", "keywords", "topic", "frequency", "spatial", "modified",
    "next_release",  # Etalase: next planned release date (freshness)
    "register",  # Etalase: permohonan-informasi / statistik-permohonan-bulanan feed the service report
    "region_code",  # Etalase: Kemendagri kode wilayah of the spatial coverage (catalogues)
    "remote",  # Etalase: resources may point to an external URL with bytes and a sha256 hash
    "views",  # Frictionless-style views (charts, maps), checked by generator/views.check_views
)} | {
    "licenses": LICENSE, "sources": SOURCE, "contributors": PERSON, "resources": RESOURCE,
    "publisher": {"name": None, "unit": None}, "contact": {"name": None, "email": None},
    "temporal": {"start": None, "end": None}}

PROFILE: Spec = {key: None for key in (
    "name", "short_name", "sample", "tagline", "description", "address", "phone", "email",
    "website", "logo", "site_url", "repo_url")} | {
    "service_hours": {"days": None, "hours": None},
    "officials": {"role": None, "name": None, "position": None},
    "social": {"name": None, "url": None}}

PAGE: Spec = {"title": None, "description": None, "order": None}
