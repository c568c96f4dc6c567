"""Local preview: build, serve ``site/`` on 127.0.0.1 and rebuild when sources change."""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Callable
from pathlib import Path

from generator import pipeline
from generator.report.messages import cli
from generator.settings import Settings

POLL_SECONDS = 0.5
WATCHED = ("content", "datasets", "mkdocs.yml")


def snapshot(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Size and modification time of every watched file: cheap enough to poll."""
    entries: list[tuple[str, int, int]] = []
    for name in WATCHED:
        path = root / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()) \
            if path.is_dir() else []
        for file in files:
            stat = file.stat()
            entries.append((str(file), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return


def start_server(site_dir: Path, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_Handler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve(settings: Settings, *, port: int, on_build: Callable[[pipeline.Outcome], int],
          stop: threading.Event | None = None) -> int:
    outcome = pipeline.build(settings)
    on_build(outcome)
    settings.site_dir.mkdir(parents=True, exist_ok=True)
    server = start_server(settings.site_dir, port)
    _ = cli(settings.lang).gettext
    print(_("Pratinjau: {address} (Ctrl+C untuk berhenti)").format(
        address=f"http://127.0.0.1:{server.server_address[1]}/"), flush=True)
    stop = stop or threading.Event()
    seen = snapshot(settings.root)
    try:
        while not stop.wait(POLL_SECONDS):
            current = snapshot(settings.root)
            if current != seen:
                seen = current
                started = time.monotonic()
                on_build(pipeline.build(settings))
                seconds = cli(settings.lang).decimal_point(f"{time.monotonic() - started:.1f}")
                print(_("Dibangun ulang dalam {seconds} detik.").format(seconds=seconds), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0
