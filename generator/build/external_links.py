"""``check-links --external``: every external link of the project asked once, judged at its place.

The links come from the records (``generator/load/links.py``); each address is asked once
however many places name it (``probe.py``: bounded concurrency, a polite limit per host), and
answers younger than ``Options.max_age`` are taken from ``.etalase/links.json`` instead, so a
daily run never asks the same address twice a day. A dead link, or a link moved permanently,
is a warning at each of its places; ``--strict`` turns them into a failure.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict, deque
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from generator.build.probe import Answer, HostGate, Options, probe
from generator.i18n import N_
from generator.load.links import ExternalLink, external_links
from generator.load.project import load_project
from generator.model import Problem, Severity
from generator.settings import Settings

CACHE_FILE = "links.json"  # under .etalase/
CACHE_VERSION = 1

REASONS = {
    "timeout": N_("server tidak menjawab dalam {detail} detik"),
    "reset": N_("sambungan diputus oleh server"),
    "refused": N_("sambungan ditolak: tidak ada server yang melayani alamat ini"),
    "dns": N_("nama domainnya tidak ditemukan (DNS): salah ketik, atau domainnya sudah tidak aktif"),
    "tls": N_("sertifikat HTTPS server tidak sah ({detail}); peramban warga juga akan menolaknya"),
    "redirects": N_("pengalihannya terlalu banyak (lebih dari {detail}), mungkin berputar"),
    "invalid": N_("alamatnya tidak sah ({detail})"),
    "network": N_("galat jaringan ({detail})"),
}
GONE = N_("Dokumen atau halaman itu sudah dipindah atau dihapus. Cari alamat barunya di situs pemiliknya "
          "dan perbarui tautan ini, atau simpan salinan dokumennya di content/dokumen/ dan tautkan jalurnya.")
DENIED = N_("Server menolak akses. Pastikan dokumennya terbuka untuk publik tanpa login; bila tidak, simpan "
            "salinannya di content/dokumen/.")
SERVER = N_("Server tujuan sedang bermasalah. Bila ini muncul lagi pada pemeriksaan berikutnya, hubungi "
            "pengelola server itu atau simpan salinan dokumennya di content/dokumen/.")
OTHER = N_("Buka alamat ini di peramban; bila tidak terbuka, perbaiki atau ganti tautannya.")


@dataclass(frozen=True)
class LinkReport:
    """The problems of one run and what it did: places, distinct addresses, asked, from the cache."""

    problems: tuple[Problem, ...]
    links: int
    urls: int
    asked: int
    cached: int


def request_url(url: str) -> str:
    """The address to ask: without its #fragment (the server never sees it)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment=""))


def check_external(settings: Settings, options: Options) -> LinkReport:
    """Load the project, ask every external address (or the cache), judge each place."""
    project, load_problems = load_project(settings)
    links = external_links(project, settings.root)
    urls = sorted({request_url(link.url) for link in links})
    cache_path = settings.work_dir / CACHE_FILE
    now = time.time()
    cached = read_cache(cache_path, max_age=options.max_age, now=now) if settings.cache else {}
    fresh = {url: cached[url] for url in urls if url in cached}
    answers = {**fresh, **ask_all([url for url in urls if url not in fresh], options)}
    if settings.cache:
        write_cache(cache_path, {**cached, **answers}, max_age=options.max_age, now=time.time())
    problems = [*load_problems, *judge_all(links, answers)]
    return LinkReport(problems=tuple(sorted(problems, key=lambda problem: problem.sort_key)), links=len(links),
                      urls=len(urls), asked=len(urls) - len(fresh), cached=len(fresh))


def ask_all(urls: Iterable[str], options: Options) -> dict[str, Answer]:
    """Every address asked once, hosts taken in turn so one slow host does not hold the others."""
    gate = HostGate(per_host=options.per_host, delay=options.delay)
    with ThreadPoolExecutor(max_workers=max(options.concurrency, 1)) as pool:
        futures = {url: pool.submit(probe, url, gate=gate, options=options) for url in interleaved(urls)}
        return {url: future.result() for url, future in futures.items()}


def interleaved(urls: Iterable[str]) -> list[str]:
    """``urls`` reordered round-robin by host: a, b, c, a, b, a ..."""
    by_host: dict[str, deque[str]] = defaultdict(deque)
    for url in urls:
        by_host[(urlsplit(url).hostname or "").lower()].append(url)
    queues = [by_host[host] for host in sorted(by_host)]
    order: list[str] = []
    while queues:
        order.extend(queue.popleft() for queue in queues)
        queues = [queue for queue in queues if queue]
    return order


def judge_all(links: Iterable[ExternalLink], answers: dict[str, Answer]) -> list[Problem]:
    return [problem for link in links if (problem := judge(link, answers[request_url(link.url)]))]


def judge(link: ExternalLink, answer: Answer) -> Problem | None:
    """A warning at the link's place when its address is dead or moved permanently."""
    params: tuple[tuple[str, str], ...]
    if answer.failure is not None:
        code, params = "link-unreachable", (("reason", REASONS.get(answer.failure, REASONS["network"])),
                                            ("detail", answer.detail))
    elif answer.status is not None and answer.status >= 400:
        code, params = "link-broken", (("status", str(answer.status)), ("hint", hint(answer.status)))
    elif answer.moved_to:
        code, params = "link-moved", (("new", answer.moved_to),)
    else:
        return None
    return Problem(code, link.file, Severity.WARNING, row=link.row, line=link.line, field=link.field,
                   value=link.url, params=params)


def hint(status: int) -> str:
    if status in (404, 410):
        return GONE
    if status in (401, 403):
        return DENIED
    return SERVER if status >= 500 else OTHER


def read_cache(path: Path, *, max_age: float, now: float) -> dict[str, Answer]:
    """The answers of ``path`` younger than ``max_age`` seconds; a damaged cache counts as empty."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION:
            return {}
        answers = {url: Answer(**fields) for url, fields in data["answers"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}
    return {url: answer for url, answer in answers.items() if 0 <= now - answer.checked < max_age}


def write_cache(path: Path, answers: dict[str, Answer], *, max_age: float, now: float) -> None:
    """Keep the answers still young enough, written atomically (a new file renamed over the old)."""
    kept = {url: asdict(answer) for url, answer in sorted(answers.items()) if now - answer.checked < max_age}
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(json.dumps({"version": CACHE_VERSION, "answers": kept}, indent=1) + "\n", encoding="utf-8")
    os.replace(partial, path)
