"""`policygraph serve` under hostile requests (issue 9): no request reaches
another host, stops the server, holds a thread or a CPU for long, or reads
the graph from a page of another site.

Every test runs the real server in a subprocess on a loopback port and talks
to it over real sockets; "work stopped" is read from /proc (Linux).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from .http_helpers import LOOPBACK, free_port, http, running

POLICYGRAPH = [sys.executable, "-c", "from policygraph.cli import main; main()"]
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
PROC = Path("/proc")
needs_proc = pytest.mark.skipif(not (PROC / "self" / "stat").exists(), reason="reads process state from /proc")


@pytest.fixture(scope="module")
def graph(scs_out, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hardening")
    shutil.copy(scs_out / "graph.trig", folder / "graph.trig")
    return folder / "graph.trig"


@contextlib.contextmanager
def serve(graph: Path, *options: str):
    port = free_port()
    base = f"http://{LOOPBACK}:{port}"
    with running([*POLICYGRAPH, "serve", str(graph), "--port", str(port), *options], f"{base}/sparql") as proc:
        yield base, proc


@pytest.fixture(scope="module")
def guarded(graph):
    """A server with short limits: 2 s per query, 1 s to send a request, 8 threads, CORS on."""
    with serve(graph, "--timeout", "2", "--read-timeout", "1", "--threads", "8", "--workers", "2", "--cors") as s:
        yield s


@pytest.fixture(scope="module")
def federating(graph):
    with serve(graph, "--allow-service") as s:
        yield s


def get(base: str, query: str, headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    return http(f"{base}/sparql?{urllib.parse.urlencode({'query': query})}",
                headers={"Accept": "application/sparql-results+json", **(headers or {})})


def post_form(base: str, query: str) -> tuple[int, str, bytes]:
    return http(f"{base}/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"})


@contextlib.contextmanager
def listener():
    """A loopback socket that counts the connections made to it (the SSRF target)."""
    sock = socket.socket()
    sock.bind((LOOPBACK, 0))
    sock.listen(16)
    sock.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                with contextlib.suppress(OSError):
                    hits.append(conn.recv(4096))

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1], hits
    finally:
        stop.set()
        thread.join(timeout=5)
        sock.close()


def children(pid: int) -> list[int]:
    found = []
    for stat in PROC.glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def busy_seconds(pid: int, window: float = 1.0) -> float:
    """CPU seconds the server's workers spend in `window` seconds."""
    before = cpu_seconds(kids := children(pid))
    time.sleep(window)
    return cpu_seconds(kids) - before


def threads_of(pid: int) -> int:
    for line in (PROC / str(pid) / "status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    raise AssertionError("no thread count")


# ---------------------------------------------------------------- 1. SSRF


SERVICE_QUERIES = {
    "service": "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "silent": "SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "lowercase": "select * where {{ ?a ?b ?c . service <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "codepoint-escape": "SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
}


@pytest.mark.parametrize("how", ["get", "form"])
@pytest.mark.parametrize("template", SERVICE_QUERIES.values(), ids=SERVICE_QUERIES.keys())
def test_serve_refuses_federated_queries_by_default(guarded, template, how):
    base, _ = guarded
    with listener() as (port, hits):
        query = template.format(port=port)
        status, ctype, body = get(base, query) if how == "get" else post_form(base, query)
        time.sleep(0.2)
    assert (status, ctype) == (400, "text/plain")
    assert "SERVICE" in body.decode() and "--allow-service" in body.decode()
    assert hits == [], "the server sent a request to the URL the query named"


@pytest.mark.parametrize("query", [
    "SELECT * WHERE {{ SERVICE ?where {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{closed}/sparql> {{ ?s ?p ?o }} }}",
], ids=["unbound-service-variable", "closed-port"])
def test_serve_failing_service_is_400_when_federation_is_on(federating, query):
    base, proc = federating
    status, ctype, body = get(base, query.format(closed=free_port()))
    assert (status, ctype) == (400, "text/plain"), body
    assert body.strip(), "an empty reply"
    assert get(base, "ASK { ?s ?p ?o }")[0] == 200 and proc.poll() is None


# ---------------------------------------------------------------- 2. one request kills the server


NESTED = {
    "braces-2500": "SELECT * WHERE " + "{" * 2500 + " ?s ?p ?o " + "}" * 2500,
    "parentheses-20000": "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 20000 + "true" + ")" * 20000 + ") }",
    "and-chain-20000": "SELECT * WHERE { ?s ?p ?o FILTER(" + " && ".join(["true"] * 20000) + ") }",
    "union-20000": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 20000) + " }",
}


@pytest.mark.parametrize("query", NESTED.values(), ids=NESTED.keys())
def test_serve_query_that_crashes_the_engine_is_400(guarded, query):
    base, proc = guarded
    status, ctype, body = http(f"{base}/sparql", data=query.encode(),
                               headers={"Content-Type": "application/sparql-query"})
    assert (status, ctype) == (400, "text/plain")
    assert "crashed the SPARQL engine" in body.decode()
    assert proc.poll() is None, "the server died"
    deadline = time.monotonic() + 30
    while get(base, "ASK { ?s ?p ?o }")[0] != 200:  # a worker is back
        assert time.monotonic() < deadline
        time.sleep(0.2)


# ---------------------------------------------------------------- 3. timeouts


@needs_proc
def test_serve_query_time_limit_stops_the_work(guarded):
    base, proc = guarded
    start = time.monotonic()
    status, _, body = get(base, CARTESIAN)
    assert status == 503 and "2 s limit" in body.decode()
    assert time.monotonic() - start < 10
    assert busy_seconds(proc.pid) < 1.0, "the query goes on computing after its time limit"  # it would take minutes


@needs_proc
def test_serve_abandoned_query_is_stopped(graph):
    with serve(graph, "--timeout", "60", "--workers", "1") as (base, proc):
        port = int(base.rsplit(":", 1)[1])
        for _ in range(3):
            with socket.create_connection((LOOPBACK, port)) as sock:
                target = f"/sparql?{urllib.parse.urlencode({'query': CARTESIAN})}"
                sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
                time.sleep(0.5)
        time.sleep(1.5)
        assert busy_seconds(proc.pid) < 1.0, "queries go on computing after their clients left"
        status, _, _ = get(base, "ASK { ?s ?p ?o }")
        assert status == 200


HALF_BODY = (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
             b"Content-Length: 1000\r\n\r\nSELECT")


@needs_proc
def test_serve_half_open_requests_hold_no_thread(guarded):
    """300 clients that announce a body and never send it: the threads stay bounded."""
    base, proc = guarded
    port = int(base.rsplit(":", 1)[1])
    socks = []
    try:
        for _ in range(300):
            sock = socket.create_connection((LOOPBACK, port))
            sock.sendall(HALF_BODY)
            socks.append(sock)
        time.sleep(0.5)
        assert threads_of(proc.pid) <= 8 + 8, "a thread per connection"
    finally:
        for sock in socks:
            sock.close()
    start = time.monotonic()
    assert get(base, "ASK { ?s ?p ?o }")[0] == 200
    assert time.monotonic() - start < 20


@pytest.mark.parametrize("sent", [b"", b"GET /sparql?query=ASK", HALF_BODY], ids=["nothing", "half-line", "half-body"])
def test_serve_closes_a_slow_connection_after_the_read_timeout(guarded, sent):
    base, _ = guarded
    with socket.create_connection((LOOPBACK, int(base.rsplit(":", 1)[1]))) as sock:
        sock.sendall(sent)
        sock.settimeout(10)
        start = time.monotonic()
        with contextlib.suppress(ConnectionResetError):
            while sock.recv(4096):
                pass
        assert time.monotonic() - start < 5, "the server waited on a silent client"


# ---------------------------------------------------------------- 4. load


def test_serve_many_concurrent_clients_get_answers(guarded):
    """64 clients connecting at once: none refused or reset (the listen backlog was 5)."""
    base, _ = guarded
    results: list[int | str] = []

    def client() -> None:
        try:
            results.append(get(base, "ASK { ?s ?p ?o }")[0])
        except OSError as exc:
            results.append(type(exc).__name__)

    clients = [threading.Thread(target=client) for _ in range(64)]
    for t in clients:
        t.start()
    for t in clients:
        t.join(timeout=60)
    assert results == [200] * 64


# ---------------------------------------------------------------- 5. browser clients


def test_serve_cors_preflight(guarded):
    base, _ = guarded
    headers = {"Origin": "http://example.org", "Access-Control-Request-Method": "POST",
               "Access-Control-Request-Headers": "content-type"}
    import urllib.request

    req = urllib.request.Request(f"{base}/sparql", headers=headers, method="OPTIONS")
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.status == 204
        assert resp.headers["Access-Control-Allow-Origin"] == "*"
        assert "POST" in resp.headers["Access-Control-Allow-Methods"]
        assert "content-type" in resp.headers["Access-Control-Allow-Headers"].lower()


@pytest.mark.parametrize(("host", "status"), [
    ("127.0.0.1:{port}", 200), ("localhost:{port}", 200), ("localhost", 200),
    ("attacker.example:{port}", 403), ("127.0.0.1.attacker.example", 403), ("localhost.:{port}", 403),
])
def test_serve_checks_the_host_header(guarded, host, status):
    base, _ = guarded
    port = base.rsplit(":", 1)[1]
    got, _, body = get(base, "ASK { ?s ?p ?o }", {"Host": host.format(port=port)})
    assert got == status, body
    if status == 403:
        assert b"--allow-host" in body


def test_serve_allow_host_accepts_a_named_host(graph):
    with serve(graph, "--allow-host", "graph.internal") as (base, _):
        assert get(base, "ASK { ?s ?p ?o }", {"Host": "graph.internal:80"})[0] == 200
        assert get(base, "ASK { ?s ?p ?o }", {"Host": "other.internal:80"})[0] == 403


@pytest.mark.parametrize(("accept", "query", "status"), [
    ("image/png", "SELECT * { ?s ?p ?o } LIMIT 1", 406),
    ("image/png", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", 406),
    ("text/turtle", "SELECT * { ?s ?p ?o } LIMIT 1", 406),
    ("application/sparql-results+json", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", 406),
    ("image/png, text/csv;q=0.1", "SELECT * { ?s ?p ?o } LIMIT 1", 200),
    ("", "SELECT * { ?s ?p ?o } LIMIT 1", 200),
])
def test_serve_unacceptable_accept_is_406(guarded, accept, query, status):
    base, _ = guarded
    got, ctype, body = http(f"{base}/sparql?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})
    assert got == status, body
    if status == 406:
        assert ctype == "text/plain" and b"accept one of" in body


@needs_proc
def test_serve_stopped_mid_query_leaves_no_worker_running(graph):
    with serve(graph, "--workers", "2", "--timeout", "120") as (base, proc):
        workers = children(proc.pid)
        assert len(workers) == 2
        thread = threading.Thread(target=lambda: get(base, CARTESIAN), daemon=True)
        thread.start()
        time.sleep(1.0)
        proc.terminate()
        proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any((PROC / str(pid)).exists() for pid in workers):
        assert time.monotonic() < deadline, "query workers outlived the server"
        time.sleep(0.2)
