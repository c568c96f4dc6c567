"""Write the labelled corpus of the personal-data detector, then print its precision and recall.

    .venv/bin/python benchmarks/pii_corpus.py [--write]

The corpus (tests/fixtures/pii/labelled.csv, columns value,label) mixes synthetic
personal data (NIK and KK numbers on real kecamatan codes, NPWP with a valid check
digit, mobile numbers, e-mail addresses) with realistic look-alikes: 16-digit
budget codes, bank account numbers, random 16-digit numbers, dates, office
landlines, NPWP with a wrong check digit, NIK-shaped numbers with an unknown
kecamatan. Labels come from how each value was made, never from the detector.
The seed is fixed, so the file is the same on every run.

A second part (issue 18, its own seed, appended so the first part stays as it was)
adds the forms staff also write: NIK/KK split by dots, hyphens or spaces
(``35.7601.410790.0001``, ``3576-0141-0790-0001``), mobile numbers as
``(0812) 3456-7890`` or ``+62 (0)812 ...``, and real-looking look-alikes: decimal
and dotted budget amounts (``628123456.78``, ``62.812.345.678``), dates, kode
wilayah, NIP of civil servants (18 digits), bank account numbers with separators
and office landlines in brackets.

A third part (issue 15, its own seed) gives each value the type of the column it stands in
(third column ``type``; empty for text): APBD amounts as they appear in ``number`` and
``integer`` columns (pagu and realisasi in rupiah, whole and with decimals, bare or grouped
by dots or commas, many beginning 62 or 8 like a mobile number), which are not personal
data, beside a NIK typed as an integer and mobile numbers whose leading 0 or + shows they
are not amounts, which are. Scored with ``pii.find_typed``.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Callable
from pathlib import Path

from stdnum import luhn

from generator.validate import pii

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "pii" / "labelled.csv"


def _date(rng: random.Random, *, woman: bool) -> str:
    year, month, day = rng.randint(1930, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return f"{day + (40 if woman else 0):02d}{month:02d}{year % 100:02d}"


def nik(rng: random.Random, districts: list[str]) -> str:
    number = rng.choice(districts) + _date(rng, woman=rng.random() < 0.5) + f"{rng.randint(1, 9999):04d}"
    style = rng.random()
    if style < 0.15:
        return " ".join(number[i:i + 4] for i in range(0, 16, 4))
    if style < 0.3:
        return f"{number[0]}.{number[1:6]}E+15"  # as Excel shows it
    if style < 0.45:
        return f"NIK {number} a.n. pemohon"
    return number


def npwp(rng: random.Random) -> str:
    base = f"{rng.randint(1, 99):02d}{rng.randint(0, 999999):06d}"
    branch = "000" if rng.random() < 0.8 else f"{rng.randint(1, 3):03d}" if rng.random() < 0.75 \
        else f"{rng.randint(4, 999):03d}"  # most taxpayers are head offices (000)
    number = base + luhn.calc_check_digit(base) + f"{rng.randint(0, 999):03d}{branch}"
    if rng.random() < 0.5:
        return f"{number[:2]}.{number[2:5]}.{number[5:8]}.{number[8]}-{number[9:12]}.{number[12:]}"
    return number if rng.random() < 0.5 else "0" + number


def phone(rng: random.Random) -> str:
    rest = f"{rng.randint(11, 99)}{rng.randint(0, 9999):04d}{rng.randint(0, 9999):04d}"
    return rng.choice([f"08{rest[:2]}-{rest[2:6]}-{rest[6:]}", f"+62 8{rest[:2]} {rest[2:6]} {rest[6:]}",
                       f"628{rest}", f"08{rest}"])


def email(rng: random.Random) -> str:
    names = ["budi", "siti", "agus", "dewi", "rina", "joko", "wati", "andi"]
    return f"{rng.choice(names)}.{rng.choice(names)}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.co.id'])}"


def budget_code(rng: random.Random) -> str:
    parts = [str(rng.randint(4, 6)), str(rng.randint(1, 3)), f"{rng.randint(1, 12):02d}",
             f"{rng.randint(1, 30):02d}", f"{rng.randint(1, 20):02d}", f"{rng.randint(1, 9999):04d}",
             f"{rng.randint(1, 99):02d}"]
    code = ".".join(parts)
    return code if rng.random() < 0.5 else code.replace(".", "")[:16].ljust(16, "0")


def look_alike(rng: random.Random, districts: set[str]) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return budget_code(rng)
    if kind == 1:
        return str(rng.randint(10**9, 10**16 - 1))  # bank account numbers: 10 to 16 digits
    if kind == 2:
        return f"{rng.randint(10**15, 10**16 - 1)}"  # random 16-digit numbers
    if kind == 3:
        year, month, day = rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{year}{month:02d}{day:02d}", f"{day:02d}-{month:02d}-{year}",
                           f"{year}-{month:02d}-{day:02d}"])
    if kind == 4:
        return rng.choice([f"(0{rng.randint(21, 779)}) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                           f"021-{rng.randint(1000000, 9999999)}"])
    if kind == 5:  # NPWP with a wrong check digit
        base = f"{rng.randint(1, 99):02d}{rng.randint(0, 999999):06d}"
        wrong = str((int(luhn.calc_check_digit(base)) + rng.randint(1, 9)) % 10)
        return f"{base[:2]}.{base[2:5]}.{base[5:8]}.{wrong}-{rng.randint(0, 999):03d}.000"
    while True:  # NIK-shaped, unknown kecamatan
        prefix = f"{rng.randint(0, 999999):06d}"
        if prefix not in districts:
            return prefix + _date(rng, woman=False) + f"{rng.randint(1, 9999):04d}"


def make(rng: random.Random) -> list[tuple[str, str]]:
    districts = sorted(pii.district_codes())
    makers: list[tuple[str, Callable[[], str]]] = [
        ("nik", lambda: nik(rng, districts)), ("npwp", lambda: npwp(rng)),
        ("phone", lambda: phone(rng)), ("email", lambda: email(rng))]
    rows = [(maker(), label) for label, maker in makers for _ in range(150)]
    known = set(districts)
    rows += [(look_alike(rng, known), "none") for _ in range(1500)]
    return rows


def separated_nik(rng: random.Random, districts: list[str]) -> str:
    n = rng.choice(districts) + _date(rng, woman=rng.random() < 0.5) + f"{rng.randint(1, 9999):04d}"
    text = rng.choice([f"{n[:2]}.{n[2:6]}.{n[6:12]}.{n[12:]}", f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}",
                       "-".join(n[i:i + 4] for i in range(0, 16, 4)), f"{n[:6]} {n[6:12]} {n[12:]}",
                       f"{n[:6]}-{n[6:12]}-{n[12:]}"])
    return text if rng.random() < 0.6 else f"No. KK {text}, atas nama pemohon"


def bracket_phone(rng: random.Random) -> str:
    prefix = f"8{rng.randint(11, 99)}"
    first, second = f"{rng.randint(0, 9999):04d}", f"{rng.randint(0, 9999):04d}"
    text = rng.choice([f"(0{prefix}) {first}-{second}", f"(0{prefix}){first}{second}",
                       f"+62 (0){prefix} {first} {second}", f"+62(0){prefix}-{first}-{second}",
                       f"(+62) {prefix}-{first}-{second}", f"0{prefix}.{first}.{second}"])
    return text if rng.random() < 0.6 else f"WA {text} (pemohon)"


def nip(rng: random.Random) -> str:
    born = f"{rng.randint(1960, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    hired = f"{rng.randint(1985, 2024)}{rng.randint(1, 12):02d}"
    sex, serial = str(rng.randint(1, 2)), f"{rng.randint(1, 999):03d}"
    return rng.choice([born + hired + sex + serial, f"{born} {hired} {sex} {serial}",
                       f"NIP. {born} {hired} {sex} {serial}"])


def new_look_alike(rng: random.Random, districts: list[str]) -> str:
    kind = rng.randrange(8)
    if kind == 0:  # budget amounts with decimals in a number column (issue 15)
        return rng.choice([f"62{rng.randint(8_000_000, 8_999_999_999)}.{rng.randint(0, 99):02d}",
                           f"{rng.randint(10**8, 10**12)}.{rng.randint(0, 99):02d}",
                           f"{rng.randint(10**8, 10**12)}.{rng.randint(1, 9)}"])
    if kind == 1:  # amounts with dots as thousands separators
        number = rng.choice([rng.randint(62_800_000_000, 62_899_999_999), rng.randint(10**6, 10**13)])
        return rng.choice([f"{number:,}".replace(",", "."), f"Rp {number:,}".replace(",", ".") + ",00"])
    if kind == 2:  # dates
        year, month, day = rng.randint(1945, 2030), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{day:02d}.{month:02d}.{year}", f"{day:02d}/{month:02d}/{year}",
                           f"{year}-{month:02d}-{day:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                           f"{day:02d}{month:02d}{year}"])
    if kind == 3:  # kode wilayah of a village: PP.KK.CC.DDDD
        code = rng.choice(districts)
        village = f"{rng.choice([1, 2])}{rng.randint(1, 30):03d}"
        return rng.choice([f"{code[:2]}.{code[2:4]}.{code[4:]}.{village}", code + village])
    if kind == 4:
        return nip(rng)
    if kind == 5:  # bank account numbers with separators
        return rng.choice([f"{rng.randint(0, 9999):04d}-{rng.randint(0, 99):02d}-{rng.randint(0, 999999):06d}"
                           f"-{rng.randint(0, 99):02d}-{rng.randint(0, 9)}",
                           f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(1000, 9999)}",
                           f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"])
    if kind == 6:  # office landlines (area codes 021 to 0779, none begins 08) and call centres
        area = rng.choice([rng.randint(21, 79), rng.randint(251, 779)])
        return rng.choice([f"(0{area}) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                           f"+62 (0){rng.randint(21, 79)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                           f"(+62 21) {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                           f"1500{rng.randint(100, 999)}"])
    while True:  # NIK-shaped with separators, unknown kecamatan
        prefix = f"{rng.randint(0, 999999):06d}"
        if prefix not in districts:
            n = prefix + _date(rng, woman=False) + f"{rng.randint(1, 9999):04d}"
            return "-".join(n[i:i + 4] for i in range(0, 16, 4))


def make_more(rng: random.Random) -> list[tuple[str, str]]:
    """The second part of the corpus: the new forms and their look-alikes."""
    districts = sorted(pii.district_codes())
    rows = [(separated_nik(rng, districts), "nik") for _ in range(150)]
    rows += [(bracket_phone(rng), "phone") for _ in range(150)]
    rows += [(new_look_alike(rng, districts), "none") for _ in range(1200)]
    return rows


def amount(rng: random.Random) -> tuple[str, str]:
    """A pagu or realisasi in rupiah as a number column holds it, with that column's type."""
    size = rng.choice([10**7, 10**8, 10**9, 10**10, 10**11])
    whole = rng.randint(size, size * 10 - 1)
    if rng.random() < 0.5:
        whole = whole // 1000 * 1000  # a pagu is usually in thousands
    if rng.random() < 0.3:  # digits that begin like a mobile number: 628..., 8...
        whole = int(rng.choice(["628", "62812", "81", "85"]) + str(whole)[:rng.randint(7, 9)])
    cents = rng.randint(0, 99)
    style = rng.randrange(6)
    if style == 0:
        return str(whole), "integer"
    if style == 1:
        return f"{whole}.{cents:02d}", "number"
    if style == 2:
        return f"{whole}.{cents % 10}", "number"
    if style == 3:
        return f"{whole:,}".replace(",", "."), "integer"  # groupChar "."
    if style == 4:
        return f"{whole:,}".replace(",", ".") + f",{cents:02d}", "number"  # groupChar ".", decimalChar ","
    return f"{whole:,}.{cents:02d}", "number"  # groupChar ","


def make_typed(rng: random.Random) -> list[tuple[str, str, str]]:
    """The third part: values with the type of their column."""
    districts = sorted(pii.district_codes())
    rows = [(*amount(rng), "none") for _ in range(1000)]
    rows += [(_bare_nik(rng, districts), "integer", "nik")
             for _ in range(100)]
    rows += [(rng.choice([f"08{rng.randint(11, 99)}{rng.randint(10**6, 10**8 - 1)}",
                          f"+628{rng.randint(11, 99)}{rng.randint(10**6, 10**8 - 1)}"]), "integer", "phone")
             for _ in range(100)]
    return [(value, label, kind) for value, kind, label in rows]


def _bare_nik(rng: random.Random, districts: list[str]) -> str:
    return rng.choice(districts) + _date(rng, woman=rng.random() < 0.5) + f"{rng.randint(1, 9999):04d}"


def score(rows: list[tuple[str, str]] | list[tuple[str, str, str]]) -> dict[str, float]:
    """Precision and recall of ``pii.find_typed`` over (value, label[, column type]) rows, per value."""
    tp = fp = fn = 0
    for value, label, *typed in rows:
        kinds = {finding.kind for finding in pii.find_typed(value, kind=typed[0] if typed and typed[0] else None)}
        if label == "none":
            fp += bool(kinds)
        elif label in kinds:
            tp += 1
            fp += len(kinds - {label})
        else:
            fn += 1
    return {"values": len(rows), "true_positives": tp, "false_positives": fp, "false_negatives": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0}


def read(path: Path = CORPUS) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["value"], row["label"], row.get("type") or "") for row in csv.DictReader(handle)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="regenerate the corpus file")
    args = parser.parse_args(argv)
    if args.write:
        CORPUS.parent.mkdir(parents=True, exist_ok=True)
        with CORPUS.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["value", "label", "type"])
            writer.writerows((value, label, "") for value, label in make(random.Random(20260128)))
            writer.writerows((value, label, "") for value, label in make_more(random.Random(20261201)))
            writer.writerows(make_typed(random.Random(20261215)))
    rows = read()
    for part, chosen in (("all", rows), ("text columns", [row for row in rows if not row[2]]),
                         ("typed columns", [row for row in rows if row[2]])):
        print(f"{part}:")
        for key, value in score(chosen).items():
            print(f"  {key}: {value:.4f}" if isinstance(value, float) else f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
