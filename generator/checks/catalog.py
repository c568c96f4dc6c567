"""Rules the harvestable catalogues depend on (absolute URLs need ``site_url``)."""

from __future__ import annotations

from collections.abc import Iterator

from generator.model import Problem, Profile, Severity


def check_site_url(profile: Profile | None, file: str) -> Iterator[Problem]:
    if profile is None:
        return
    url = profile.site_url or ""
    if not url:
        yield Problem("site-url-missing", file, severity=Severity.WARNING, field="site_url")
    elif not url.startswith(("https://", "http://")):
        yield Problem("metadata-invalid", file, field="site_url", value=url, params=(
            ("key", "site_url"), ("hint", "Tulis alamat lengkap situs, mis. https://ppid.kotacontoh.go.id/."),
            ("hint_en", "Write the full site address, e.g. https://ppid.example.go.id/.")))
