"""An nginx ``server`` block for the built site, with the headers of ``policy``.

It is written once per server (``python -m generator server-config``) and stays valid across
releases: it serves ``<target>/current``, which ``deploy`` switches. Headers are set at server level
only, with ``always``, so no ``location`` drops them (nginx forgets inherited ``add_header`` in a
location that adds its own); what varies by path comes from ``map`` blocks.
"""

from __future__ import annotations

from generator.publish.policy import (
    ATTACHMENT,
    CACHE_IMMUTABLE,
    CACHE_OTHER,
    CACHE_PAGE,
    DEFAULT_TYPE,
    IMMUTABLE,
    MIME_TYPES,
    SECURITY_HEADERS,
    TEXT_TYPES,
    WORKER,
    Policies,
)


def quote(value: str) -> str:
    return '"' + value.replace('"', '\\"') + '"'


def maps(policies: Policies) -> list[str]:
    """The ``map`` blocks (http context) giving the policy, cache lifetime and disposition of a path."""
    return [
        "map $uri $etalase_csp {",
        f"    default {quote(policies.other)};",
        f"    \"~(\\.html|/)$\" {quote(policies.page)};",
        f"    {quote('~' + WORKER)} {quote(policies.worker)};",
        "}",
        "map $uri $etalase_cache {",
        f"    default {quote(CACHE_OTHER)};",
        f"    \"~(\\.html|/)$\" {quote(CACHE_PAGE)};",
        f"    {quote('~' + IMMUTABLE)} {quote(CACHE_IMMUTABLE)};",
        "}",
        "map $uri $etalase_disposition {",
        '    default "";',
        f"    {quote('~' + ATTACHMENT)} attachment;",
        "}",
    ]


def types_block() -> list[str]:
    by_type: dict[str, list[str]] = {}
    for ext, kind in sorted(MIME_TYPES.items()):
        by_type.setdefault(kind, []).append(ext)
    lines = ["    types {"]
    lines += [f"        {kind} {' '.join(exts)};" for kind, exts in sorted(by_type.items())]
    return [*lines, "    }", f"    default_type {DEFAULT_TYPE};"]


def server_config(policies: Policies, *, root: str, listen: str = "80", server_name: str = "_",
                  brotli: bool = False, tls: tuple[str, str] | None = None) -> str:
    """The whole configuration file: maps, then one ``server`` block serving ``root``.

    ``tls`` is (certificate, key) paths; then nginx listens with TLS on ``listen``. ``brotli``
    needs Debian's libnginx-mod-http-brotli-static.
    """
    lines = ["# Etalase: written by `python -m generator server-config`; headers from generator/publish/policy.py",
             *maps(policies), "", "server {"]
    lines.append(f"    listen {listen}{' ssl' if tls else ''};")
    if tls:
        lines += [f"    ssl_certificate {tls[0]};", f"    ssl_certificate_key {tls[1]};"]
    lines += [f"    server_name {server_name};", f"    root {root};", "    index index.html;",
              "    autoindex off;", "    server_tokens off;", "    absolute_redirect off;", "    disable_symlinks off;",
              "    charset utf-8;", f"    charset_types {' '.join(TEXT_TYPES)};", *types_block(),
              "    gzip_static on;", "    gzip_vary on;"]
    if brotli:
        lines.append("    brotli_static on;")
    lines += [f"    add_header {name} {quote(value)} always;" for name, value in SECURITY_HEADERS]
    lines += ['    add_header Content-Security-Policy $etalase_csp always;',
              '    add_header Cache-Control $etalase_cache always;',
              '    add_header Content-Disposition $etalase_disposition always;',
              "    error_page 404 /404.html;", "    error_page 403 =404 /404.html;",
              "    # no dotfiles (.htaccess, .etalase/): only .well-known/ may be served",
              "    location ~ /\\.(?!well-known/) {", "        return 404;", "    }",
              "    location / {", "        try_files $uri $uri/ =404;", "    }", "}"]
    return "\n".join(lines) + "\n"
