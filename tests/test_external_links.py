"""``check-links --external`` against real HTTP servers on 127.0.0.1: every answer a government
server gives (200, 301, 404, 500, silence, a reset, HEAD refused), the per-host limit, the cache,
and the place of each dead link (DIP row and column, page line, YAML line)."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from generator.build.external_links import check_external, interleaved
from generator.build.probe import USER_AGENT, HostGate, Options, probe
from generator.load.links import urls_in
from generator.model import Severity
from generator.settings import Settings
from tests.conftest import ROOT, run_cli
from tests.test_remote import add_remote

FAST = Options(connect_timeout=1.0, read_timeout=0.3, concurrency=8, per_host=4, delay=0.0)
SLOW_SECONDS = 1.0  # past FAST.read_timeout


@dataclass
class Log:
    """What the server saw: every request (method, path), User-Agents, the most requests at once."""

    requests: list[tuple[str, str]] = field(default_factory=list)
    agents: set[str] = field(default_factory=set)
    starts: list[float] = field(default_factory=list)
    active: int = 0
    most: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Handler(http.server.BaseHTTPRequestHandler):
    log: Log

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self.answer(body=False)

    def do_GET(self) -> None:
        self.answer(body=True)

    def answer(self, *, body: bool) -> None:
        log = self.log
        with log.lock:
            log.requests.append((self.command, self.path))
            log.agents.add(self.headers.get("User-Agent", ""))
            log.starts.append(time.monotonic())
            log.active += 1
            log.most = max(log.most, log.active)
        try:
            status, location = self.route(body=body)
        finally:  # no longer active once the answer is ready: the client may ask again as soon as it is sent
            with log.lock:
                log.active -= 1
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def route(self, *, body: bool) -> tuple[int, str | None]:
        path = self.path.split("?", 1)[0]
        redirects = {"/moved": (301, "/ok"), "/moved-for-good": (308, "/ok"), "/for-now": (302, "/ok"),
                     "/moved-then-gone": (301, "/gone"), "/loop": (301, "/loop")}
        if path in redirects:
            return redirects[path]
        if path == "/gone":
            return 404, None
        if path == "/broken":
            return 500, None
        if path == "/no-head":
            return (200 if body else 405), None
        if path == "/slow":
            time.sleep(SLOW_SECONDS)
        elif path.startswith("/busy/"):
            time.sleep(0.1)
        return 200, None


@dataclass
class Servers:
    base: str  # http://127.0.0.1:PORT
    reset: str  # an address whose server resets every connection
    log: Log


def _resetter(listener: socket.socket, stop: threading.Event) -> None:
    """Accept, read the request, then close with SO_LINGER 0: the client gets a TCP reset."""
    listener.settimeout(0.1)
    while not stop.is_set():
        try:
            connection, _address = listener.accept()
        except TimeoutError:
            continue
        except OSError:
            return
        connection.settimeout(1.0)
        with contextlib.suppress(OSError):
            connection.recv(4096)
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        connection.close()


@pytest.fixture
def servers() -> Iterator[Servers]:
    log = Log()
    handler = type("LoggedHandler", (Handler,), {"log": log})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    threads = [threading.Thread(target=server.serve_forever, daemon=True),
               threading.Thread(target=_resetter, args=(listener, stop), daemon=True)]
    for thread in threads:
        thread.start()
    try:
        yield Servers(f"http://127.0.0.1:{server.server_address[1]}",
                      f"http://127.0.0.1:{listener.getsockname()[1]}/reset", log)
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        listener.close()


def ask(url: str, options: Options = FAST) -> tuple[int | None, str | None, str | None]:
    answer = probe(url, gate=HostGate(per_host=options.per_host, delay=options.delay), options=options)
    return answer.status, answer.failure, answer.moved_to


def test_every_kind_of_answer(servers: Servers) -> None:
    base = servers.base
    assert ask(f"{base}/ok") == (200, None, None)
    assert ask(f"{base}/moved") == (200, None, f"{base}/ok")
    assert ask(f"{base}/moved-for-good") == (200, None, f"{base}/ok")
    assert ask(f"{base}/for-now") == (200, None, None)  # a temporary redirect is no news
    assert ask(f"{base}/moved-then-gone") == (404, None, f"{base}/gone")
    assert ask(f"{base}/gone") == (404, None, None)
    assert ask(f"{base}/broken") == (500, None, None)
    assert ask(f"{base}/slow") == (None, "timeout", None)
    assert ask(servers.reset) == (None, "reset", None)
    assert ask(f"{base}/loop")[:2] == (None, "redirects")
    assert ask(f"{base}/no-head") == (200, None, None)
    assert ask("http://127.0.0.1:1/nothing-listens") == (None, "refused", None)
    seen = Counter(servers.log.requests)
    assert seen[("HEAD", "/no-head")] == 1 and seen[("GET", "/no-head")] == 1  # HEAD refused, then GET
    assert seen[("GET", "/ok")] == 0  # HEAD was enough
    # /gone twice (itself and after /moved-then-gone): each dead HEAD is confirmed by a GET
    assert seen[("HEAD", "/gone")] == seen[("GET", "/gone")] == 2
    assert seen[("GET", "/slow")] == 0  # a silent server is not asked twice
    assert servers.log.agents == {USER_AGENT} and USER_AGENT.startswith("Etalase/")


def test_the_per_host_limit_and_delay_are_kept(servers: Servers) -> None:
    from generator.build.external_links import ask_all

    urls = [f"{servers.base}/busy/{number}" for number in range(8)]
    answers = ask_all(urls, Options(connect_timeout=1.0, read_timeout=2.0, concurrency=8, per_host=2, delay=0.0))
    assert {answer.status for answer in answers.values()} == {200}
    assert servers.log.most == 2  # eight workers, but never more than two at once on one host
    servers.log.starts.clear()
    ask_all([f"{servers.base}/ok?{number}" for number in range(4)],
            Options(connect_timeout=1.0, read_timeout=2.0, concurrency=4, per_host=4, delay=0.05))
    gaps = [later - earlier for earlier, later in zip(servers.log.starts, servers.log.starts[1:], strict=False)]
    assert len(gaps) == 3 and min(gaps) >= 0.04  # starts on one host are spaced by the delay


def test_hosts_are_taken_in_turn() -> None:
    urls = ["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://b.example/1"]
    assert interleaved(urls) == ["https://a.example/1", "https://b.example/1", "https://a.example/2",
                                 "https://a.example/3"]


def test_addresses_are_found_in_markdown_html_and_text() -> None:
    text = ('Lihat [LKjIP](https://a.example/lkjip.pdf "judul"), <https://b.example/x>, '
            '<a href="https://c.example/y?z=1#p">c</a> dan https://id.wikipedia.org/wiki/PPID_(Indonesia). '
            "Juga http://d.example/e.")
    assert urls_in(text) == ["https://a.example/lkjip.pdf", "https://b.example/x", "https://c.example/y?z=1#p",
                             "https://id.wikipedia.org/wiki/PPID_(Indonesia)", "http://d.example/e"]


def project(mini: Path, base: str, reset: str) -> None:
    """The mini site with its external links pointed at the local servers, one of each kind."""
    dip = mini / "content" / "dip.csv"
    dip.write_text(dip.read_text(encoding="utf-8").replace("https://uji.example/banjir", f"{base}/gone")
                   .replace("2025-12-01,,angka-kecil", f"2025-12-01,{base}/ok;{base}/broken,angka-kecil"),
                   encoding="utf-8")
    profile = mini / "content" / "site.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("https://uji.example", f"{base}/moved")
                       + f"social:\n  - {{name: Kanal, url: \"{reset}\"}}\n", encoding="utf-8")
    page = mini / "content" / "pages" / "tentang.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\nUnduh [Renstra]({base}/slow) atau [LKjIP]({base}/ok).\n"
                    f"\n```\ncontoh {base}/gone-in-code\n```\n", encoding="utf-8")
    add_remote(mini, f"{base}/no-head")


def located(mini: Path, **settings: object) -> list[tuple[str, str, int | None, int | None, str | None]]:
    report = check_external(Settings(root=mini).with_(**settings), FAST)
    assert all(problem.severity is Severity.WARNING for problem in report.problems)
    return [(problem.code, problem.file, problem.row, problem.line, problem.field) for problem in report.problems]


def test_each_dead_link_is_reported_at_its_place(mini: Path, servers: Servers) -> None:
    project(mini, servers.base, servers.reset)
    page_lines = (mini / "content" / "pages" / "tentang.md").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(page_lines, start=1) if "/slow" in text)
    yaml_lines = (mini / "content" / "site.yaml").read_text(encoding="utf-8").splitlines()
    website = next(number for number, text in enumerate(yaml_lines, start=1) if "website:" in text)
    social = len(yaml_lines)
    assert located(mini) == [
        ("link-broken", "content/dip.csv", 2, None, "tautan_dokumen"),  # .../broken, the second of two
        ("link-broken", "content/dip.csv", 3, None, "tautan_dokumen"),  # .../gone
        ("link-unreachable", "content/pages/tentang.md", None, line, None),  # silence past the timeout
        ("link-moved", "content/site.yaml", None, website, "website"),
        ("link-unreachable", "content/site.yaml", None, social, "social"),  # reset
    ]
    assert not any("gone-in-code" in path for _method, path in servers.log.requests)  # code is not a link
    assert ("GET", "/no-head") in servers.log.requests  # the remote data file was asked too


def test_a_second_run_asks_nothing_within_a_day(mini: Path, servers: Servers) -> None:
    project(mini, servers.base, servers.reset)
    first = check_external(Settings(root=mini), FAST)
    asked = len(servers.log.requests)
    assert first.asked == first.urls == 7 and first.cached == 0 and asked > 0
    second = check_external(Settings(root=mini), FAST)
    assert len(servers.log.requests) == asked  # nothing asked again, timeout and reset included
    assert (second.asked, second.cached) == (0, 7) and second.problems == first.problems
    cache = json.loads((mini / ".etalase" / "links.json").read_text(encoding="utf-8"))
    assert cache["answers"][f"{servers.base}/gone"]["status"] == 404
    kept = (mini / ".etalase" / "links.json").read_bytes()
    assert check_external(Settings(root=mini, cache=False), FAST).asked == 7  # --no-cache: not read
    assert (mini / ".etalase" / "links.json").read_bytes() == kept  # nor written
    again = check_external(Settings(root=mini), Options(**{**FAST.__dict__, "max_age": 0.0}))
    assert again.asked == 7  # max age 0: always ask, and keep nothing
    assert not json.loads((mini / ".etalase" / "links.json").read_text(encoding="utf-8"))["answers"]


def test_a_damaged_cache_is_asked_again(mini: Path, servers: Servers) -> None:
    project(mini, servers.base, servers.reset)
    (mini / ".etalase").mkdir()
    (mini / ".etalase" / "links.json").write_text("{not json", encoding="utf-8")
    assert check_external(Settings(root=mini), FAST).asked == 7


def test_the_command_warns_and_strict_fails(mini: Path, servers: Servers) -> None:
    project(mini, servers.base, servers.reset)
    options = ("check-links", "--external", "--timeout", "0.3", "--host-delay", "0", "--max-age", "0")
    result = run_cli(mini, "--lang", "en", *options)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "content/dip.csv, row 3, column \"tautan_dokumen\"" in result.stdout
    assert f'Link "{servers.base}/gone" is dead: the server answered HTTP 404.' in result.stdout
    assert f'has moved permanently to "{servers.base}/ok"' in result.stdout
    assert "did not answer within 0.3 seconds" in result.stdout
    assert "the server reset the connection" in result.stdout
    assert "8 external links (7 addresses): 7 asked, 0 from the cache" in result.stderr
    result = run_cli(mini, *options, "--strict", "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["warnings"] == 5 and report["errors"] == 0
    assert {problem["code"] for problem in report["problems"]} == {"link-broken", "link-unreachable", "link-moved"}
    assert "mati: server menjawab HTTP 404" in json.dumps(report, ensure_ascii=False)


def test_the_daily_publish_run_reports_dead_links_and_blocks_only_when_strict(mini: Path, servers: Servers) -> None:
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    steps = flow["jobs"]["build"]["steps"]
    step = next(step for step in steps if "check-links --external" in step.get("run", ""))
    assert step["if"] == "github.event_name == 'schedule'"  # daily, not on every push
    assert step["env"] == {"ETALASE_LINKS_STRICT": "${{ vars.ETALASE_LINKS_STRICT }}"}
    assert "${{" not in step["run"]  # expressions go through env, never into the script
    upload = next(index for index, item in enumerate(steps) if "upload-pages-artifact" in item.get("uses", ""))
    assert steps.index(step) < upload
    project(mini, servers.base, servers.reset)
    (mini / ".etalase").mkdir()
    (mini / ".etalase" / "links.json").write_text("{}", encoding="utf-8")
    python = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{python}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT)}
    script = step["run"].replace("check-links --external", "check-links --external --timeout 0.3 --max-age 0")
    assert shutil.which("python", path=str(python)), "the step calls python"
    runs = {strict: subprocess.run(["bash", "-e", "-c", script], cwd=mini, capture_output=True, text=True,
                                   env={**env, "ETALASE_LINKS_STRICT": strict}, check=False)
            for strict in ("", "true")}
    assert runs[""].returncode == 0, runs[""].stdout + runs[""].stderr  # warnings do not stop the publication
    assert runs["true"].returncode == 1  # configured strict, a dead link does
    annotations = [line for line in runs[""].stdout.splitlines() if line.startswith("::warning ")]
    assert len(annotations) == 5
    assert any(line.startswith("::warning file=content/dip.csv,line=3,title=Etalase link-broken (tautan_dokumen)::")
               for line in annotations)


def test_the_staff_guide_quotes_the_real_message() -> None:
    from generator.build.external_links import judge
    from generator.build.probe import Answer
    from generator.load.links import ExternalLink
    from generator.report.messages import location, message

    link = ExternalLink("https://kotacontoh.go.id/dokumen/profil-diskominfo-2025.pdf", "content/dip.csv", row=2,
                        field="tautan_dokumen")
    problem = judge(link, Answer(link.url, failure="dns", detail="[Errno -2] Name or service not known"))
    assert problem is not None
    guide = (ROOT / "docs" / "panduan-staf.md").read_text(encoding="utf-8")
    assert f"  PERINGATAN [link-unreachable] {location(problem)}\n    {message(problem)}\n" in guide


def test_an_untrusted_certificate_is_a_tls_failure(tmp_path: Path) -> None:
    """HTTPS on 127.0.0.1 with a self-signed certificate: what a citizen's browser refuses too."""
    import ssl

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out",
                    str(cert)], check=True, capture_output=True)
    handler = type("TlsHandler", (Handler,), {"log": Log()})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        answer = probe(f"https://127.0.0.1:{server.server_address[1]}/ok", gate=HostGate(per_host=1, delay=0),
                       options=FAST)
    finally:
        server.shutdown()
        server.server_close()
    assert answer.failure == "tls" and "self-signed" in answer.detail, answer
