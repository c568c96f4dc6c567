"""Rules the harvestable catalogues depend on (absolute URLs need ``site_url``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.i18n import N_
from generator.model import Dataset, Problem, Profile, Severity


def check_site_url(profile: Profile | None, file: str) -> Iterator[Problem]:
    if profile is None:
        return
    url = profile.site_url or ""
    if not url:
        yield Problem("site-url-missing", file, severity=Severity.WARNING, field="site_url")
    elif not url.startswith(("https://", "http://")):
        yield Problem("metadata-invalid", file, field="site_url", value=url, params=(
            ("key", "site_url"), ("hint", N_("Tulis alamat lengkap situs, mis. https://ppid.kotacontoh.go.id/."))))


REGION_CODE = re.compile(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?")


def check_region_code(dataset: Dataset) -> Iterator[Problem]:
    """``region_code``: a Kemendagri region code (PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD)."""
    code = dataset.descriptor.get("region_code")
    if code is not None and not REGION_CODE.fullmatch(str(code)):
        yield Problem("metadata-invalid", dataset.descriptor_file, field="region_code", value=str(code), params=(
            ("key", "region_code"),
            ("hint", N_("Tulis kode wilayah Kemendagri dalam tanda kutip, mis. \"33.72\" (kota) atau \"33.72.01\"."))))
