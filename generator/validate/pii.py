"""Recognise Indonesian personal data in text: NIK/KK, NPWP, mobile numbers, e-mail addresses.

Pure functions over strings; the rules that turn findings into problems live in
``checks/privacy.py``. A 16-digit number counts as a NIK (or family-card number,
which has the same structure) only when its first six digits are a real
kecamatan code (Kepmendagri list shipped in ``data/wilayah``) and the next six a
plausible date, so budget codes, account numbers and dates rarely pass.

Type-aware rule (issue 15): in a column the schema declares ``number`` or ``integer``, a
value written as a number (``is_amount``: no leading zero, no plus sign, digits grouped by
threes or not, a decimal part, an exponent) is an amount, so it is never taken for a
mobile number or a bare NPWP: ``628123456789`` there is Rp 628 billion. It is still
checked as a NIK/KK (16 digits with a real kecamatan code and date, or Excel's
``3.57601E+15``), because a NIK column typed as integer is a real mistake. Any other
value of such a column (``0812-3456-7890``, ``+62812...``, ``081234567890``) is read as
text, like every value of every other column, declared in the schema or not.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from stdnum.id import npwp as stdnum_npwp

from generator.i18n import N_

DISTRICTS = Path(__file__).parent.parent / "data" / "wilayah" / "districts.csv"

NIK, NPWP, PHONE, EMAIL = "nik", "npwp", "phone", "email"
KIND_LABELS = {  # message ids
    NIK: N_("NIK/nomor KK"),
    NPWP: N_("NPWP"),
    PHONE: N_("nomor ponsel"),
    EMAIL: N_("alamat surel"),
}

# 16 digits, bare or split into groups by one kind of separator: 3576014107900001,
# 3576 0141 0790 0001, 3576-0141-0790-0001, 35.7601.410790.0001, 35.76.01.410790.0001.
_NIK_TEXT = re.compile(r"(?<![\d.,-])(?<!\d )(\d{16}|\d{1,6}(?P<sep>[ .-])\d{1,6}(?:(?P=sep)\d{1,6}){1,4})"
                       r"(?!\d|[.,-]\d)")
# Excel shows a 16-digit number as 3.17101E+15: only the leading digits survive.
_NIK_SCIENTIFIC = re.compile(r"(?<![\d.])([1-9])[.,](\d{1,14})[eE]\+?15(?!\d)")
_NPWP_TEXT = re.compile(r"(?<![\d.])(\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}|0?\d{15})(?![\d.]\d|\d)")
# Mobile numbers: 0812-3456-7890, +62 812 3456 7890, 62812..., (0812) 3456-7890,
# +62 (0)812 3456 7890, (+62) 812-3456-7890.
_PHONE_TEXT = re.compile(r"(?<!\d[.-])(?<![\w+(])(?:"
                         r"(?:\+62|62|\(\+?62\))[\s.-]?(?:\(0\)[\s.-]?)?8[1-9](?:[\s.-]?\d){6,10}"
                         r"|08[1-9](?:[\s.-]?\d){6,10}"
                         r"|\(08[1-9]\d{1,2}\)[\s.-]?\d(?:[\s.-]?\d){4,8})(?!\d|[.-]\d)")
_EMAIL_TEXT = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b")
# One scan that finds a candidate of any kind: most cells have none and stop here.
_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in
                           (_NIK_TEXT, _NIK_SCIENTIFIC, _NPWP_TEXT, _PHONE_TEXT, _EMAIL_TEXT)))
# Every finding needs an "@" (e-mail), Excel's exponent of a NIK, or at least ten digits (a
# mobile number has 10 to 13, an NPWP 15, a NIK 16): how a whole column is searched for the
# few cells worth ``find`` (checks/privacy.py).
MIN_DIGITS = 10
SCIENTIFIC_HINTS = ("e15", "e+15", "E15", "E+15")
# A number as written in a number or integer column: 628123456.78, 1.250.000.000,00, 1e6.
_AMOUNT = re.compile(r"-?(?:[1-9]\d{0,2}([.,\u00a0 ])\d{3}(?:\1\d{3})*|[1-9]\d*|0)(?:[.,]\d+)?(?:[eE][-+]?\d+)?")
NUMERIC_TYPES = frozenset({"number", "integer"})


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str  # the matched text, never shown unmasked

    @property
    def masked(self) -> str:
        return mask(self.text)


@lru_cache(maxsize=1)
def district_codes() -> frozenset[str]:
    """Every kecamatan code as six digits (PPKKCC), e.g. ``317101`` for 31.71.01."""
    with DISTRICTS.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["code"].replace(".", "") for row in csv.DictReader(handle))


@lru_cache(maxsize=1)
def province_codes() -> frozenset[str]:
    return frozenset(code[:2] for code in district_codes())


def plausible_date(ddmmyy: str) -> bool:
    """Day (plus 40 for women), month and two-digit year that form a real date."""
    day, month, year = int(ddmmyy[:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    day = day - 40 if day > 40 else day
    for century in (1900, 2000):
        try:
            dt.date(century + year, month, day)
        except ValueError:
            continue
        return True
    return False


def is_nik(digits: str) -> bool:
    """16 digits with a real kecamatan code, a plausible date and a non-zero serial."""
    return (len(digits) == 16 and digits.isdigit() and digits[:6] in district_codes()
            and plausible_date(digits[6:12]) and digits[12:] != "0000")


def is_scientific_nik(mantissa_digits: str) -> bool:
    """Leading digits of a NIK that Excel turned into scientific notation."""
    if len(mantissa_digits) >= 6:
        return mantissa_digits[:6] in district_codes()
    return len(mantissa_digits) >= 4 and mantissa_digits[:2] in province_codes()


def is_npwp(text: str) -> bool:
    """A valid check digit; unformatted numbers also need a head-office branch code (00x).

    One 15-digit number in ten passes the check digit alone, so a bare number (an
    account number, say) counts only with the branch code most NPWP carry.
    """
    digits = re.sub(r"\D", "", text)
    if len(digits) == 16 and not digits.startswith("0"):
        return False  # a 16-digit NPWP of a person is their NIK: found as a NIK
    if text.isdigit() and not digits.endswith(("000", "001", "002", "003")):
        return False
    return len(digits) in (15, 16) and stdnum_npwp.is_valid(digits)


def is_mobile(text: str) -> bool:
    """National digits 8xx of the right length, and not an amount written with dots.

    ``628123456.78`` (a decimal) and ``62.812.345.678`` (thousands grouped by
    dots) are amounts in a budget table, not mobile numbers (issue 15).
    """
    groups = text.split(".")
    if len(groups) > 1 and re.fullmatch(r"[\d.]+", text):
        if len(groups) == 2 and len(groups[1]) <= 2:
            return False
        if not text.startswith("0") and all(len(group) == 3 for group in groups[1:]):
            return False
    national = _national(re.sub(r"\D", "", text))
    return national.startswith("08") and 10 <= len(national) <= 13


def find_typed(text: str, *, ignore: frozenset[str] = frozenset(), kind: str | None = None) -> list[Finding]:
    """``find`` for a cell of a column the schema declares as ``kind`` (None: not declared)."""
    return find(text, ignore=ignore, amount=kind in NUMERIC_TYPES and is_amount(text))


def _national(digits: str) -> str:
    """``62 8xx``, ``62 (0) 8xx`` and ``0 8xx`` all as ``08xx``."""
    if digits.startswith("620"):
        return digits[2:]
    return "0" + digits[2:] if digits.startswith("62") else digits


def is_amount(text: str) -> bool:
    """A value written as a number (see the module's type-aware rule)."""
    return bool(_AMOUNT.fullmatch(text.strip()))


def find(text: str, *, ignore: frozenset[str] = frozenset(), amount: bool = False) -> list[Finding]:
    """Every piece of personal data in ``text``, in order of kind; ``ignore`` holds public contacts.

    ``amount``: the text is a number in a number or integer column, checked as a NIK/KK only.
    """
    if not text or not _ANY.search(text):
        return []
    found: list[Finding] = []
    found += [Finding(NIK, m.group(1)) for m in _NIK_TEXT.finditer(text)
              if is_nik(re.sub(r"\D", "", m.group(1)))]
    found += [Finding(NIK, m.group(0)) for m in _NIK_SCIENTIFIC.finditer(text)
              if is_scientific_nik(m.group(1) + m.group(2))]
    if amount:
        return found
    found += [Finding(NPWP, m.group(1)) for m in _NPWP_TEXT.finditer(text) if is_npwp(m.group(1))]
    found += [Finding(PHONE, m.group(0)) for m in _PHONE_TEXT.finditer(text)
              if is_mobile(m.group(0)) and normalise_contact(m.group(0)) not in ignore]
    found += [Finding(EMAIL, m.group(0)) for m in _EMAIL_TEXT.finditer(text)
              if normalise_contact(m.group(0)) not in ignore]
    return found


# Free-mail providers: an address there belongs to a person, not to a public body.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "rocketmail.com",
    "hotmail.com", "outlook.com", "outlook.co.id", "live.com", "msn.com", "icloud.com", "me.com",
    "aol.com", "protonmail.com", "proton.me", "mail.com", "gmx.com", "yandex.com", "zoho.com",
})


def is_private_email(text: str) -> bool:
    """An address at a free-mail provider (gmail.com, yahoo.co.id, ...)."""
    return text.rpartition("@")[2].strip().lower() in FREE_MAIL


def normalise_contact(text: str) -> str:
    """A phone number as its national digits, an e-mail address in lower case."""
    if "@" in text:
        return text.strip().lower()
    return _national(re.sub(r"\D", "", text))


def mask(text: str) -> str:
    """Enough to find the cell again, never enough to read the number or address."""
    text = text.strip()
    if "@" in text:
        local, _, domain = text.partition("@")
        return f"{local[:1]}***@{domain}"
    shown = 4 if sum(char.isdigit() for char in text) >= 10 else 1
    kept = 0
    out: list[str] = []
    for char in text:
        if char.isdigit():
            kept += 1
            out.append(char if kept <= shown else "*")
        else:
            out.append(char)
    return "".join(out)


def redact(text: str) -> str:
    """``text`` with every piece of personal data in it masked (for messages and logs)."""
    for finding in find(text):
        text = text.replace(finding.text, finding.masked)
    return text
