"""Table Schemas shipped with the generator."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from generator.load.io.yamlio import parse_yaml

HERE = Path(__file__).parent


@cache
def _dip_schema() -> dict[str, Any]:
    data, problems = parse_yaml((HERE / "dip.schema.yaml").read_text(encoding="utf-8"),
                                file="generator/schemas/dip.schema.yaml")
    if problems or not isinstance(data, dict):
        raise RuntimeError(f"the shipped DIP schema is broken: {problems}")
    return data


def dip_schema() -> dict[str, Any]:
    """The Perki 1/2021 DIP Table Schema (a fresh copy each call)."""
    import copy

    return copy.deepcopy(_dip_schema())


OPTIONAL_DIP_COLUMNS = ("butir_kewajiban", "frekuensi", "rilis_berikutnya")


def dip_schema_for(header: list[str]) -> dict[str, Any]:
    """The DIP schema for a file whose header is ``header``.

    Optional columns absent from the file are left out, so a file with only the original
    columns validates as before. When optional columns are present the fields follow the
    header's order, and required columns missing from the header are appended (Frictionless
    then reports them as missing).
    """
    schema = dip_schema()
    fields = schema["fields"]
    if not any(name in OPTIONAL_DIP_COLUMNS for name in header):
        schema["fields"] = [item for item in fields if item["name"] not in OPTIONAL_DIP_COLUMNS]
        return schema
    by_name = {item["name"]: item for item in fields}
    chosen = [by_name[name] for name in header if name in by_name]
    chosen += [item for item in fields if item["name"] not in header
               and item["name"] not in OPTIONAL_DIP_COLUMNS]
    unique = {item["name"]: item for item in reversed(chosen)}  # first occurrence wins
    schema["fields"] = [unique[name] for name in dict.fromkeys(item["name"] for item in chosen)]
    return schema


@cache
def _shipped(name: str) -> dict[str, Any]:
    file = f"generator/schemas/{name}"
    data, problems = parse_yaml((HERE / name).read_text(encoding="utf-8"), file=file)
    if problems or not isinstance(data, dict):
        raise RuntimeError(f"the shipped schema {name} is broken: {problems}")
    return data


def dik_schema() -> dict[str, Any]:
    """The Table Schema of content/dik.csv (a fresh copy each call)."""
    import copy

    return copy.deepcopy(_shipped("dik.schema.yaml"))
