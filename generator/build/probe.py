"""Ask one web address whether it answers: HEAD (GET when refused), redirects followed.

Standard library only (``http.client`` and threads): one connection per request, a connect
timeout and a read timeout, at most ``per_host`` requests at once to one host with ``delay``
seconds between the starts of two of them, a User-Agent that names Etalase. The body of a GET
is never read: the status line and headers say whether a document is there.
"""

from __future__ import annotations

import functools
import http.client
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from generator import __version__

USER_AGENT = f"Etalase/{__version__} (pemeriksa tautan situs PPID; link checker of a PPID site)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT = frozenset({301, 308})
SAFE_PATH = "/%:@!$&'()*+,;=-._~"


@dataclass(frozen=True)
class Options:
    """How politely and how long to ask (defaults for a daily run against government servers)."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    concurrency: int = 16  # requests in flight overall
    per_host: int = 2  # requests in flight to one host
    delay: float = 0.2  # seconds between the starts of two requests to one host
    max_redirects: int = 10
    max_age: float = 86_400.0  # seconds a cached answer is trusted (one day)


@dataclass(frozen=True)
class Answer:
    """What an address answered: its last status, or the kind of failure; a permanent new address."""

    url: str
    status: int | None = None
    failure: str | None = None  # timeout, reset, refused, dns, tls, redirects, invalid, network
    detail: str = ""
    moved_to: str | None = None  # where the leading 301/308 redirects point
    checked: float = 0.0  # time.time() of the question (cache age only, never in output)

    @property
    def dead(self) -> bool:
        return self.failure is not None or (self.status is not None and self.status >= 400)


class Failure(Exception):
    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind, detail)
        self.kind, self.detail = kind, detail


class HostGate:
    """At most ``per_host`` requests at once to one host, their starts ``delay`` seconds apart."""

    def __init__(self, *, per_host: int, delay: float) -> None:
        self.per_host, self.delay = max(per_host, 1), max(delay, 0.0)
        self.lock = threading.Lock()
        self.slots: dict[str, threading.BoundedSemaphore] = {}
        self.next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self.lock:
            semaphore = self.slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with semaphore:
            with self.lock:
                now = time.monotonic()
                start = max(now, self.next_start.get(host, 0.0))
                self.next_start[host] = start + self.delay
            if start > now:
                time.sleep(start - now)
            yield


def probe(url: str, *, gate: HostGate, options: Options) -> Answer:
    """Follow ``url`` to its last answer; never raises for anything the network does."""
    current, moved_to, leading = url, None, True
    for _hop in range(options.max_redirects + 1):
        try:
            status, location = ask(current, gate=gate, options=options)
        except Failure as failure:
            return Answer(url, failure=failure.kind, detail=failure.detail[:200], moved_to=moved_to,
                          checked=time.time())
        if status not in REDIRECTS or not location:
            return Answer(url, status=status, moved_to=moved_to, checked=time.time())
        current = urljoin(current, location.strip())
        if leading and status in PERMANENT:
            moved_to = current
        else:
            leading = False
    return Answer(url, failure="redirects", detail=str(options.max_redirects), moved_to=moved_to,
                  checked=time.time())


def ask(url: str, *, gate: HostGate, options: Options) -> tuple[int, str | None]:
    """HEAD, then GET when the server refuses HEAD (an error status, or the connection dropped)."""
    try:
        status, location = exchange("HEAD", url, gate=gate, options=options)
    except Failure as failure:
        if failure.kind not in ("reset", "network"):
            raise
    else:
        if status < 400:
            return status, location
    return exchange("GET", url, gate=gate, options=options)


def exchange(method: str, url: str, *, gate: HostGate, options: Options) -> tuple[int, str | None]:
    """One request: the status and the Location header; the body is not read."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise Failure("invalid", url)
    try:
        host = parts.hostname.encode("idna").decode("ascii")
        port = parts.port
    except (UnicodeError, ValueError) as exc:
        raise Failure("invalid", str(exc)) from exc
    target = quote(parts.path or "/", safe=SAFE_PATH) + (f"?{quote(parts.query, safe=SAFE_PATH + '?')}"
                                                          if parts.query else "")
    connection: http.client.HTTPConnection
    if parts.scheme.lower() == "https":
        connection = http.client.HTTPSConnection(host, port, timeout=options.connect_timeout,
                                                 context=tls_context())
    else:
        connection = http.client.HTTPConnection(host, port, timeout=options.connect_timeout)
    with gate.slot(host):
        timeout = options.connect_timeout
        try:
            connection.connect()
            timeout = options.read_timeout
            if connection.sock is not None:
                connection.sock.settimeout(timeout)
            connection.request(method, target, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
            response = connection.getresponse()
            return response.status, response.getheader("Location")
        except Exception as exc:
            raise classify(exc, timeout=timeout) from exc
        finally:
            connection.close()


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One verifying TLS context for every request (loading the CA store once, not per link)."""
    return ssl.create_default_context()


def classify(exc: Exception, *, timeout: float) -> Failure:
    """The kind of a network failure, in the order that tells them apart (subclasses first)."""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Failure("tls", exc.verify_message or detail)
    if isinstance(exc, ssl.SSLError):
        return Failure("tls", detail)
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return Failure("timeout", f"{timeout:g}")
    if isinstance(exc, socket.gaierror):
        return Failure("dns", detail)
    if isinstance(exc, ConnectionRefusedError):
        return Failure("refused", detail)
    if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
                        http.client.RemoteDisconnected)):
        return Failure("reset", detail)
    if isinstance(exc, (http.client.InvalidURL, UnicodeError, ValueError)):
        return Failure("invalid", detail)
    return Failure("network", detail)
