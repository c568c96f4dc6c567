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
OUTCOMES = (GRANTED, PARTLY, REFUSED)
OBJECTION_OUTCOMES = ("dikabulkan", "ditolak")
DISPUTE_OUTCOMES = ("mediasi_berhasil", "putusan_menguatkan_penolakan", "putusan_membatalkan_penolakan",
                    "dicabut")
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
    # Optional columns, for the tracker (lacak/): the extension notice (UU 14/2008 Pasal 22 ayat (8))
    # and the day the objection was received (Pasal 35-36).
    extended: bool = False  # diperpanjang
    extension: dt.date | None = None  # tanggal_perpanjangan: the day the extension notice was sent
    objection_received: dt.date | None = None  # tanggal_keberatan


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
        dispute=value.get("sengketa", "").lower() in TRUE, dispute_outcome=value.get("hasil_sengketa", ""),
        extended=value.get("diperpanjang", "").lower() in TRUE,
        extension=parse_date(value.get("tanggal_perpanjangan", "")),
        objection_received=parse_date(value.get("tanggal_keberatan", "")))


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
    yield from _check_status(request, file)
    yield from _check_tracker_dates(request, file)


def _check_status(request: Request, file: str) -> Iterator[Problem]:
    """A status the tracker cannot name (the schema's enum says the same to Frictionless, when declared)."""
    for value, known, column in ((request.outcome, OUTCOMES, "hasil"),
                                 (request.objection_outcome, OBJECTION_OUTCOMES, "hasil_keberatan"),
                                 (request.dispute_outcome, DISPUTE_OUTCOMES, "hasil_sengketa")):
        if value and value not in known:
            yield Problem("register-status-unknown", file, row=request.row, field=column, value=value,
                          params=(("known", ", ".join(known)),))


def _check_tracker_dates(request: Request, file: str) -> Iterator[Problem]:
    def inconsistent(column: str, value: object, reason: str) -> Problem:
        return Problem("register-inconsistent", file, row=request.row, field=column, value=str(value),
                       params=(("reason", reason),))
    if request.extended and request.extension is None:
        yield inconsistent("tanggal_perpanjangan", "", N_("diperpanjang tetapi tanggal perpanjangan kosong"))
    if request.extension and not request.extended:
        yield inconsistent("diperpanjang", request.extension,
                           N_("tanggal perpanjangan diisi padahal diperpanjang tidak bernilai true"))
    if request.extension and request.received and request.extension < request.received:
        yield inconsistent("tanggal_perpanjangan", request.extension,
                           N_("tanggal perpanjangan sebelum tanggal diterima"))
    if request.extension and request.answered and request.answered < request.extension:
        yield inconsistent("tanggal_perpanjangan", request.extension,
                           N_("tanggal perpanjangan sesudah tanggal dijawab"))
    if request.objection_received and not request.objection:
        yield inconsistent("tanggal_keberatan", request.objection_received,
                           N_("tanggal keberatan diisi padahal keberatan tidak diajukan"))
    if request.objection_received and request.received and request.objection_received < request.received:
        yield inconsistent("tanggal_keberatan", request.objection_received,
                           N_("tanggal keberatan sebelum tanggal diterima"))
