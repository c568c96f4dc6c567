"""Data files too large for git: published at an external URL with a declared SHA-256.

A package opts in with ``remote: true``; each remote resource declares ``bytes`` and
``hash: "sha256:<64 hex digits>"``. The build never needs the network: it verifies the
checksum when the URL answers, and says so (a warning) when it could not.
"""

from __future__ import annotations

import hashlib
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

from generator.model import Problem, Resource, SchemaField, Severity

TIMEOUT = 15
CHUNK = 1 << 20
HASH = re.compile(r"(?:sha256:)?([0-9a-fA-F]{64})")


def is_url(path: str) -> bool:
    return "://" in path


def is_remote(resource: Resource) -> bool:
    return is_url(resource.source)


def declared_sha256(raw: dict[str, Any]) -> str | None:
    match = HASH.fullmatch(str(raw.get("hash") or "").strip())
    return match.group(1).lower() if match else None


def remote_resource(raw: dict[str, Any], name: str, url: str, *, fields: tuple[SchemaField, ...],
                    descriptor_file: str) -> tuple[Resource | None, list[Problem]]:
    """A resource whose data lives at ``url``; ``bytes`` and a SHA-256 ``hash`` are required."""
    sha = declared_sha256(raw)
    size = raw.get("bytes")
    if not url.startswith(("https://", "http://")):
        return None, [Problem("path-remote", descriptor_file, field=name, value=url)]
    if sha is None or not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return None, [Problem("remote-incomplete", descriptor_file, field=name, value=url)]
    resource = Resource(
        name=name, path=url, source=url, title=str(raw.get("title") or name),
        description=str(raw.get("description") or ""),
        fields=fields,
        primary_key=(), size=size, sha256=sha, row_count=0, preview=(), descriptor=raw)
    return resource, []


def verify_remote(resource: Resource, *, descriptor_file: str, timeout: float = TIMEOUT) -> Iterator[Problem]:
    """Download and hash the file; a mismatch is an error, an unreachable URL a warning."""
    digest = hashlib.sha256()
    size = 0
    try:
        with urllib.request.urlopen(resource.source, timeout=timeout) as response:
            while chunk := response.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        yield Problem("remote-unreachable", descriptor_file, severity=Severity.WARNING, field=resource.name,
                      value=resource.source, params=(("detail", str(reason)[:200]),))
        return
    found = digest.hexdigest()
    if found != resource.sha256 or size != resource.size:
        yield Problem("remote-checksum", descriptor_file, field=resource.name, value=resource.source, params=(
            ("expected_hash", resource.sha256), ("expected_bytes", str(resource.size)),
            ("found_hash", found), ("found_bytes", str(size))))
