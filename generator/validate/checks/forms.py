"""What the request and objection forms (permohonan/, keberatan/) need from site.yaml."""

from __future__ import annotations

from collections.abc import Iterator

from generator.compliance.officials import superior
from generator.model import Problem, Profile, Severity


def check_forms_contacts(profile: Profile | None, file: str) -> Iterator[Problem]:
    """Without an official address or an atasan PPID the forms can still print, but not e-mail."""
    if profile is None:
        return
    if not profile.email.strip():
        yield Problem("forms-email-missing", file, Severity.WARNING, field="email")
    if superior(profile) is None:
        yield Problem("forms-atasan-missing", file, Severity.WARNING, field="officials")
