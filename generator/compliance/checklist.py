"""The checklist of required information and how far the DIP fulfils it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator.compliance.freshness import Staleness
from generator.load.io.yamlio import load_yaml_mapping, parse_yaml
from generator.model import DipEntry, Problem
from generator.vocab import PUBLIC_CATEGORY_KEYS

HERE = Path(__file__).parent
OVERRIDE_FILE = "content/kewajiban.yaml"
KINDS = PUBLIC_CATEGORY_KEYS  # the categories a checklist item can belong to
MONEV_GROUPS = {
    "kualitas-informasi": "Kualitas informasi", "jenis-informasi": "Jenis informasi",
    "pelayanan": "Pelayanan informasi", "sarana-prasarana": "Sarana dan prasarana",
    "komitmen": "Komitmen organisasi", "digitalisasi": "Digitalisasi",
}


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: str
    basis: str
    mandatory: bool
    monev: str
    note: str = ""


@dataclass(frozen=True)
class ItemStatus:
    item: Item
    entries: tuple[DipEntry, ...]
    status: str  # "ada", "perlu-diperbarui", "tidak-ada"


@cache
def _shipped() -> tuple[tuple[tuple[str, Any], ...], ...]:
    data, problems = parse_yaml((HERE / "checklist.yaml").read_text(encoding="utf-8"),
                                file="generator/compliance/checklist.yaml")
    if problems or not isinstance(data, dict):
        raise RuntimeError(f"the shipped checklist is broken: {problems}")
    return tuple(tuple((str(key), value) for key, value in item.items()) for item in data["items"])


def shipped_items() -> list[dict[str, Any]]:
    """The shipped checklist items (parsed once per process; a fresh copy each call)."""
    return [dict(item) for item in _shipped()]


def load_checklist(root: Path) -> tuple[tuple[Item, ...], list[Problem]]:
    """The shipped checklist, with the body's overrides from content/kewajiban.yaml merged by id."""
    raw = {str(item["id"]): dict(item) for item in shipped_items()}
    problems: list[Problem] = []
    if (root / OVERRIDE_FILE).is_file():
        data, problems = load_yaml_mapping(root / OVERRIDE_FILE, file=OVERRIDE_FILE)
        entries = (data or {}).get("items")
        for index, item in enumerate(entries if isinstance(entries, list) else []):
            key = str(item.get("id", "")) if isinstance(item, dict) else ""
            given = item if isinstance(item, dict) else {}
            merged = {**raw.get(key, {"kategori": "setiap_saat", "wajib": True,
                                      "monev": "jenis-informasi", "dasar": ""}), **given}
            if not key or merged.get("kategori") not in KINDS:
                problems.append(Problem("checklist-invalid", OVERRIDE_FILE, field="items", value=key,
                                        params=(("position", str(index + 1)),)))
                continue
            raw[key] = merged
    items = [_item(key, value) for key, value in raw.items()]  # shipped order, then the body's
    return tuple(sorted(items, key=lambda item: KINDS.index(item.kind) if item.kind in KINDS
                        else len(KINDS))), problems


def _item(key: str, value: dict[str, Any]) -> Item:
    return Item(id=key, kind=str(value.get("kategori", "")), title=str(value.get("judul", key)),
                basis=str(value.get("dasar", "")), mandatory=value.get("wajib") is True,
                monev=str(value.get("monev", "jenis-informasi")), note=str(value.get("catatan", "")))


def declared_items(entry: DipEntry) -> list[str]:
    return [part.strip() for part in entry.checklist_item.split(";") if part.strip()]


def evaluate(items: tuple[Item, ...], entries: tuple[DipEntry, ...],
             stale: dict[str, Staleness]) -> list[ItemStatus]:
    result: list[ItemStatus] = []
    for item in items:
        fulfilling = tuple(entry for entry in entries if item.id in declared_items(entry)
                           and entry.category != "dikecualikan")
        if not fulfilling:
            status = "tidak-ada"
        elif all(entry.id in stale for entry in fulfilling):
            status = "perlu-diperbarui"
        else:
            status = "ada"
        result.append(ItemStatus(item, fulfilling, status))
    return result


def score(statuses: list[ItemStatus]) -> tuple[int, int, int]:
    """(percentage, fulfilled and current, mandatory) over the mandatory items."""
    mandatory = [status for status in statuses if status.item.mandatory]
    good = sum(1 for status in mandatory if status.status == "ada")
    return (round(100 * good / len(mandatory)) if mandatory else 100), good, len(mandatory)
