"""Apache's ``.htaccess`` for one release, with the headers of ``policy``.

Apache reads ``.htaccess`` on every request, so it ships inside each release and can carry each
page's exact policy (``<If>`` per group of pages) plus ``frame-ancestors 'none'``. Needs
``AllowOverride All`` (or FileInfo Indexes Options) and mod_headers; mod_rewrite is not used.
Apache compresses on the fly with mod_deflate (on by default in Debian), so the ``.gz``/``.br``
copies serve nginx and GitLab Pages.
"""

from __future__ import annotations

from pathlib import Path

from generator.publish.policy import (
    ATTACHMENT,
    CACHE_IMMUTABLE,
    CACHE_OTHER,
    CACHE_PAGE,
    FRAME_ANCESTORS,
    IMMUTABLE,
    MIME_TYPES,
    SECURITY_HEADERS,
    TEXT_EXTENSIONS,
    WORKER,
    Policies,
    page_policies,
)


def quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def uris(page: str, base_path: str) -> list[str]:
    """The addresses that serve ``page`` (``dip/index.html`` answers at ``dip/`` too)."""
    base = base_path if base_path.endswith("/") else base_path + "/"
    found = [base + page]
    if page == "index.html" or page.endswith("/index.html"):
        found.insert(0, base + page[: -len("index.html")])
    return found


def page_groups(site: Path, base_path: str) -> list[tuple[str, list[str]]]:
    """Each distinct page policy with the addresses of its pages; the most common first."""
    groups: dict[str, list[str]] = {}
    for page, policy in page_policies(site).items():
        groups.setdefault(policy, []).extend(uris(page, base_path))
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))


def header(name: str, value: str, indent: str = "    ") -> str:
    return f"{indent}Header always set {name} {quote(value)}"


def htaccess(policies: Policies, *, site: Path, base_path: str = "/") -> str:
    base = base_path if base_path.endswith("/") else base_path + "/"
    by_type: dict[str, list[str]] = {}
    for ext, kind in sorted(MIME_TYPES.items()):
        by_type.setdefault(kind, []).append(f".{ext}")
    lines = ["# Etalase: written for this release by `python -m generator publish`",
             "Options -Indexes -MultiViews", "DirectoryIndex index.html", f"ErrorDocument 404 {base}404.html",
             "<IfModule mod_mime.c>",
             *[f"    AddType {kind} {' '.join(exts)}" for kind, exts in sorted(by_type.items())],
             f"    AddCharset utf-8 {' '.join('.' + ext for ext in TEXT_EXTENSIONS)}", "</IfModule>",
             "# no dotfiles (.htaccess, .etalase/): only .well-known/ may be served",
             'RedirectMatch 404 "/\\.(?!well-known/)"', "<IfModule mod_headers.c>"]
    lines += [header(name, value) for name, value in SECURITY_HEADERS]
    lines += [header("Content-Security-Policy", policies.other), header("Cache-Control", CACHE_OTHER),
              '    <FilesMatch "\\.html$">', header("Content-Security-Policy", policies.page, "        "),
              header("Cache-Control", CACHE_PAGE, "        "), "    </FilesMatch>",
              f'    <If "%{{REQUEST_URI}} =~ m#{IMMUTABLE}#">', header("Cache-Control", CACHE_IMMUTABLE, "        "),
              "    </If>", f'    <If "%{{REQUEST_URI}} =~ m#{ATTACHMENT}#">',
              '        Header always set Content-Disposition "attachment"', "    </If>",
              f'    <If "%{{REQUEST_URI}} =~ m#{WORKER}#">',
              header("Content-Security-Policy", policies.worker, "        "), "    </If>"]
    for policy, addresses in page_groups(site, base):
        listed = ", ".join(f"'{address}'" for address in addresses)
        lines += [f'    <If "%{{REQUEST_URI}} in {{ {listed} }}">',
                  header("Content-Security-Policy", f"{policy}; {FRAME_ANCESTORS}", "        "), "    </If>"]
    return "\n".join([*lines, "</IfModule>"]) + "\n"
