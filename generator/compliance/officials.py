"""The officials of site.yaml that the law names: the atasan PPID receives objections (UU 14/2008 Pasal 35)."""

from __future__ import annotations

from generator.model import Profile

SUPERIOR_ROLE = "atasan ppid"


def superior(profile: Profile | None) -> tuple[str, str] | None:
    """The atasan PPID (name, position) named in site.yaml, if any."""
    for role, name, position in profile.officials if profile else ():
        if role.strip().lower() == SUPERIOR_ROLE and name.strip():
            return name.strip(), position.strip()
    return None
