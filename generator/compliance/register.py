"""The register of information requests: a dataset without personal data, read into records."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.compliance.refdate import parse_date
from generator.i18n import N_
from generator.model import Dataset, Problem

ROLE_KEY, ROLE = "register", "permohonan-informasi"  # datapackage.yaml: register: permohonan-informasi
COLUMNS = ("id_permohonan", "tanggal_diterima", "saluran", "jenis_pemohon", "kategori_informasi",
           "tanggal_dijawab", "hasil", "alasan_penolakan", "keberatan", "hasil_keberatan",
           "sengketa", "hasil_sengketa")
GRANTED, PARTLY, REFUSED = "dikabulkan", "dikabulkan_sebagian", "ditolak"
# Column names that would hold personal data: names, NIK, phone numbers, e-mail, addresses.
PERSONAL = re.compile(r"(^|_)(nama|name|nik|ktp|telepon|telp|phone|hp|wa|whatsapp|email|e_?mail|"
                      r"surel|alamat|address)(_|$)", re.IGNORECASE)
TRUE = {"true", "1", "ya", "yes"}


@dataclass(frozen=True)
class Request:
    id: str
    row: int
    received: dt.date | None
    channel: str
    requester: str
    category: str
    answered: dt.date | None
    outcome: str
    reason: str
    objection: bool
    objection_outcome: str
    dispute: bool
    dispute_outcome: str


@dataclass(frozen=True)
class Register:
    dataset: Dataset
    file: str  # the CSV file, relative to the repository root
    header: tuple[str, ...]
    requests: tuple[Request, ...]


def find_register(datasets: tuple[Dataset, ...]) -> Dataset | None:
    chosen = [dataset for dataset in datasets if str(dataset.descriptor.get(ROLE_KEY, "")) == ROLE]
    return min(chosen, key=lambda dataset: dataset.name) if chosen else None


def load_register(root: Path, dataset: Dataset) -> Register | None:
    if not dataset.local_resources:
        return None
    resource = dataset.local_resources[0]
    requests: list[Request] = []
    with (root / resource.source).open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle)
        header = tuple(name.strip() for name in reader.fieldnames or ())
        for row, raw in enumerate(reader, start=2):
            value = {key.strip(): (cell or "").strip() for key, cell in raw.items() if key}
            if any(value.values()):
                requests.append(_request(value, row))
    return Register(dataset, resource.source, header, tuple(requests))


def _request(value: dict[str, str], row: int) -> Request:
    return Request(
        id=value.get("id_permohonan", ""), row=row, received=parse_date(value.get("tanggal_diterima", "")),
        channel=value.get("saluran", ""), requester=value.get("jenis_pemohon", ""),
        category=value.get("kategori_informasi", ""), answered=parse_date(value.get("tanggal_dijawab", "")),
        outcome=value.get("hasil", ""), reason=value.get("alasan_penolakan", ""),
        objection=value.get("keberatan", "").lower() in TRUE,
        objection_outcome=value.get("hasil_keberatan", ""),
        dispute=value.get("sengketa", "").lower() in TRUE, dispute_outcome=value.get("hasil_sengketa", ""))


def check_register(register: Register) -> Iterator[Problem]:
    file = register.file
    for position, name in enumerate(register.header, start=1):
        if PERSONAL.search(name):
            yield Problem("register-personal-column", file, row=1, field=name,
                          params=(("position", str(position)),))
    declared = {field.name for field in register.dataset.resources[0].fields}
    for name in COLUMNS:  # the CSV against its schema is Frictionless's job; the schema is ours
        if name not in declared:
            yield Problem("register-column-missing", register.dataset.descriptor_file, field=name)
    for request in register.requests:
        yield from _check_request(request, file)


def _check_request(request: Request, file: str) -> Iterator[Problem]:
    if request.outcome in (REFUSED, PARTLY) and not request.reason:
        yield Problem("register-reason-missing", file, row=request.row, field="alasan_penolakan",
                      params=(("outcome", request.outcome),))
    if request.outcome and request.answered is None:
        yield Problem("register-inconsistent", file, row=request.row, field="tanggal_dijawab",
                      params=(("reason", N_("hasil diisi tetapi tanggal dijawab kosong")),))
    if request.answered and request.received and request.answered < request.received:
        yield Problem("register-inconsistent", file, row=request.row, field="tanggal_dijawab",
                      value=str(request.answered),
                      params=(("reason", N_("tanggal dijawab sebelum tanggal diterima")),))
    for filed, outcome, column in ((request.objection, request.objection_outcome, "hasil_keberatan"),
                                   (request.dispute, request.dispute_outcome, "hasil_sengketa")):
        if outcome and not filed:
            yield Problem("register-inconsistent", file, row=request.row, field=column, value=outcome,
                          params=(("reason", N_("hasil diisi padahal tidak diajukan")),))
