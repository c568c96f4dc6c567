"""Time ``check-links --external`` on 1,000 links against a local server that answers in ~50 ms.

    PYTHONPATH=. .venv/bin/python benchmarks/external_links.py [--links N] [--latency S]

Everything talks to one threaded HTTP server on 127.0.0.1 (one host, so the per-host limit
applies to every request, as on a PPID whose documents all sit on its own domain). Prints, one
figure per line: seconds and the most requests the server saw at once, for one request at a time,
for the default polite options, for wider per-host limits, and for a second run within the day
(answers from ``.etalase/links.json``).
"""

from __future__ import annotations

import argparse
import http.server
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from generator.build.external_links import ask_all, check_external
from generator.build.probe import Options
from generator.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


class Counter:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests = self.active = self.most = 0

    def reset(self) -> None:
        with self.lock:
            self.requests = self.active = self.most = 0


def server(latency: float, counter: Counter) -> http.server.ThreadingHTTPServer:
    class Slow(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_HEAD(self) -> None:
            with counter.lock:
                counter.requests += 1
                counter.active += 1
                counter.most = max(counter.most, counter.active)
            time.sleep(latency)
            with counter.lock:  # done before the answer leaves, so the client's next request never overlaps it
                counter.active -= 1
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    httpd.daemon_threads = True
    httpd.request_queue_size = 128
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def timed(label: str, run: Callable[[], object], counter: Counter) -> float:
    counter.reset()
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.2f} s, {counter.requests} requests, at most {counter.most} at once")
    return seconds


def project(folder: Path, urls: list[str]) -> Path:
    """The mini site with one DIP row per address."""
    repo = folder / "repo"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini" / "content", repo / "content")
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini" / "datasets", repo / "datasets")
    dip = repo / "content" / "dip.csv"
    header = dip.read_text(encoding="utf-8").splitlines()[0]
    rows = [f"B-{number:04d},berkala,Dokumen {number},Ringkasan.,PPID,PPID Utama,2025,2025,Kota Uji,softcopy,"
            f"5 tahun,2025-12-01,{url},,,," for number, url in enumerate(urls, start=1)]
    dip.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    profile = repo / "content" / "site.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("website: https://uji.example\n", ""),
                       encoding="utf-8")
    return repo


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--links", type=int, default=1000)
    options.add_argument("--latency", type=float, default=0.05)
    args = options.parse_args()
    counter = Counter()
    httpd = server(args.latency, counter)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    urls = [f"{base}/dokumen/{number:04d}.pdf" for number in range(args.links)]
    print(f"{args.links} distinct links, one host, {args.latency * 1000:.0f} ms per answer")
    one = Options(concurrency=1, per_host=1, delay=0.0)
    timed("one request at a time", lambda: ask_all(urls, one), counter)
    for per_host in (8, 16):
        wide = Options(concurrency=per_host, per_host=per_host, delay=0.0)
        timed(f"per host {per_host}, no delay", lambda wide=wide: ask_all(urls, wide), counter)
    with tempfile.TemporaryDirectory() as scratch:
        repo = project(Path(scratch), urls)
        settings = Settings(root=repo)
        defaults = Options()
        timed(f"check_external, defaults (per host {defaults.per_host}, {defaults.delay:g} s delay), cold",
              lambda: check_external(settings, defaults), counter)
        timed("check_external, same day again (cache)", lambda: check_external(settings, defaults), counter)
    httpd.shutdown()
    httpd.server_close()


if __name__ == "__main__":
    main()
