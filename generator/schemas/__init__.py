"""Table Schemas shipped with the generator."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from generator.yamlio import parse_yaml

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
