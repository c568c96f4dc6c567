"""Controlled vocabularies the catalogues map to (identifiers are facts from the EU
Publications Office authority tables, IANA media types and the Project Open Data schema)."""

from __future__ import annotations

EU = "http://publications.europa.eu/resource/authority"

# frequency (Etalase, Satu Data "frekuensi pemutakhiran") -> (EU frequency code, ISO 8601 for data.json)
FREQUENCY = {
    "harian": ("DAILY", "R/P1D"),
    "mingguan": ("WEEKLY", "R/P1W"),
    "bulanan": ("MONTHLY", "R/P1M"),
    "triwulanan": ("QUARTERLY", "R/P3M"),
    "semesteran": ("BIANNUAL", "R/P6M"),
    "tahunan": ("ANNUAL", "R/P1Y"),
    "tidak_tentu": ("IRREG", "irregular"),
}

# topic (lower case) -> EU data theme code and its English label
THEMES = {
    "keuangan": ("ECON", "Economy and finance"),
    "ekonomi": ("ECON", "Economy and finance"),
    "pendidikan": ("EDUC", "Education, culture and sport"),
    "kebudayaan": ("EDUC", "Education, culture and sport"),
    "olahraga": ("EDUC", "Education, culture and sport"),
    "kependudukan": ("SOCI", "Population and society"),
    "sosial": ("SOCI", "Population and society"),
    "kesehatan": ("HEAL", "Health"),
    "lingkungan": ("ENVI", "Environment"),
    "lingkungan hidup": ("ENVI", "Environment"),
    "pertanian": ("AGRI", "Agriculture, fisheries, forestry and food"),
    "perikanan": ("AGRI", "Agriculture, fisheries, forestry and food"),
    "energi": ("ENER", "Energy"),
    "transportasi": ("TRAN", "Transport"),
    "perhubungan": ("TRAN", "Transport"),
    "pemerintahan": ("GOVE", "Government and public sector"),
    "hukum": ("JUST", "Justice, legal system and public safety"),
    "keamanan": ("JUST", "Justice, legal system and public safety"),
    "teknologi informasi": ("TECH", "Science and technology"),
    "teknologi": ("TECH", "Science and technology"),
    "wilayah": ("REGI", "Regions and cities"),
    "tata ruang": ("REGI", "Regions and cities"),
}

LICENSE_URLS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "ODC-BY-1.0": "https://opendatacommons.org/licenses/by/1-0/",
    "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
    "PDDL-1.0": "https://opendatacommons.org/licenses/pddl/1-0/",
    "OGL-UK-3.0": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
}


def theme(topic: str) -> tuple[str, str] | None:
    return THEMES.get(topic.strip().lower())


def license_url(license_id: str, declared: str) -> str:
    return declared or LICENSE_URLS.get(license_id, "")


def absolute(base: str, path: str) -> str:
    """``base`` (a site URL) joined with a site path; a full URL stays as it is."""
    if "://" in path:
        return path
    return base.rstrip("/") + "/" + path.lstrip("/")
