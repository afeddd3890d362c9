"""A read-only SPARQL 1.1 Protocol endpoint on localhost, plus the graph page.

``GET /sparql?query=...`` and ``POST /sparql`` (form or
``application/sparql-query``) answer with the media type the client asks for;
SPARQL Update is refused. ``/`` serves OUTDIR/graph.html when it exists
beside the graph, else a short help page. Standard library only: requests
are handled by a bounded pool of threads, and queries run in worker processes
(`engine`) with a time limit, so no query can stop or crash the server.
Federated queries (SERVICE) are refused unless enabled, and only requests
naming this server in their Host header are answered (DNS rebinding).
"""

from __future__ import annotations

import html
import ipaddress
import os
import select
import socket
import sys
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pyoxigraph as ox

from .engine import EngineBusy, EngineCrash, Pool, QueryTimeout, Source, request
from .errors import QueryError
from .query import bundled_questions, looks_like_update

MAX_BODY = 1_000_000  # bytes; a query longer than this is not a question
READ_TIMEOUT = 10.0  # seconds a client may take to send its request (or read the answer)
QUERY_TIMEOUT = 30.0  # seconds a query may run, by default
BACKLOG = 1024  # connections the kernel queues while every thread is busy (socketserver's default is 5)

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}


RESULT_NAMES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/csv": "csv",
                "text/tab-separated-values": "tsv"}
GRAPH_NAMES = {"text/turtle": "turtle", "application/n-triples": "ntriples", "application/rdf+xml": "rdfxml",
               "text/plain": "ntriples"}


def negotiate(accept: str, offers: dict) -> str | None:
    """The offered media type the Accept header prefers: the first offer when
    the header is empty, None when it accepts none of them (406).

    >>> negotiate('text/csv;q=0.5, application/sparql-results+json', RESULT_TYPES)
    'application/sparql-results+json'
    >>> negotiate('*/*', GRAPH_TYPES)
    'text/turtle'
    >>> negotiate('image/png', GRAPH_TYPES) is None
    True
    """
    if not accept.strip():
        return next(iter(offers))
    best, best_q = None, 0.0
    for position, item in enumerate(accept.split(",")):
        media, *options = [p.strip() for p in item.split(";")]
        q = 1.0
        for opt in options:
            key, _, value = opt.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        media = media.lower()
        candidates = [m for m in offers if media in (m, "*/*") or (media.endswith("/*") and m.startswith(media[:-1]))]
        score = q - position * 1e-6  # ties: the client's order
        if candidates and q > 0 and score > best_q:
            best, best_q = candidates[0], score
    return best


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def host_names(host: str, extra: tuple[str, ...] = ()) -> frozenset[str] | None:
    """The Host header names this server answers to (None: any).

    Its own address; ``localhost`` when bound to a loopback or wildcard
    address; with a wildcard address, any IP address (a rebinding attack
    needs a DNS name); and the names passed with ``--allow-host``.

    >>> sorted(host_names('127.0.0.1'))
    ['127.0.0.1', '::1', 'localhost']
    >>> host_names('127.0.0.1', ('*',)) is None
    True
    """
    if "*" in extra:
        return None
    names = {host.lower().strip("[]"), *(h.lower().strip("[]") for h in extra)}
    if host in ("", "0.0.0.0", "::") or (_is_ip(host) and ipaddress.ip_address(host).is_loopback) or host == "localhost":
        names |= {"localhost", "127.0.0.1", "::1"}
    return frozenset(names)


class Endpoint(HTTPServer):
    """An HTTP server whose requests are handled by at most `threads` threads
    and whose queries run on `workers` engine processes."""

    request_queue_size = BACKLOG

    def __init__(self, address: tuple[str, int], source: Source, *, page: Path | None = None, cors: bool = False,
                 workers: int = 2, threads: int = 16, timeout: float = QUERY_TIMEOUT,
                 read_timeout: float = READ_TIMEOUT, allow_service: bool = False, allow_hosts: tuple[str, ...] = ()):
        super().__init__(address, Handler)
        try:
            self.pool = Pool(source, workers)
        except BaseException:
            self.server_close()
            raise
        self.threads = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="sparql")
        self.page = page
        self.cors = cors
        self.query_timeout = timeout
        self.read_timeout = read_timeout
        self.allow_service = allow_service
        self.hosts = host_names(address[0], allow_hosts)

    def process_request(self, request, client_address) -> None:
        self.threads.submit(self._handle, request, client_address)

    def _handle(self, request, client_address) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):  # the client went away or was too slow: nothing to tell anyone
            return
        sys.stderr.write(f"{client_address[0]} internal error: {type(exc).__name__}: {exc}\n")

    def server_close(self) -> None:
        super().server_close()
        if hasattr(self, "threads"):
            self.threads.shutdown(wait=False, cancel_futures=True)
        if hasattr(self, "pool"):
            self.pool.close()

    def allows_host(self, header: str | None) -> bool:
        if self.hosts is None or not header:
            return True
        host = urllib.parse.urlsplit(f"//{header.strip()}").hostname or ""
        if host in self.hosts:
            return True
        return self.server_address[0] in ("0.0.0.0", "::") and _is_ip(host)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


class Handler(BaseHTTPRequestHandler):
    server: Endpoint
    server_version = "policygraph"

    def setup(self) -> None:
        self.timeout = self.server.read_timeout  # a client that sends nothing, or half a body, frees its thread
        super().setup()

    def log_message(self, format: str, *args) -> None:
        sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(self, status: int, body: bytes, ctype: str, extra: tuple[tuple[str, str], ...] = ()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        for name, value in extra or ():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str, extra: tuple[tuple[str, str], ...] = ()) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    def _host_ok(self) -> bool:
        """Refuse a Host header that does not name this server: a web page
        whose DNS name was rebound to 127.0.0.1 must not read the graph."""
        if self.server.allows_host(self.headers.get("Host")):
            return True
        host = " ".join(str(self.headers.get("Host")).split())[:100]
        self._error(HTTPStatus.FORBIDDEN, f"the Host header {host!r} does not name this server; "
                                          f"start it with --allow-host {host.rsplit(':', 1)[0] or 'NAME'} to accept it")
        return False

    def do_OPTIONS(self) -> None:
        """CORS preflight (a POST of application/sparql-query from another origin asks first)."""
        if not self._host_ok():
            return
        extra = [("Allow", "GET, HEAD, POST, OPTIONS")]
        if self.server.cors:
            asked = self.headers.get("Access-Control-Request-Headers")
            extra += [("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS"),
                      ("Access-Control-Allow-Headers", asked or "Content-Type, Accept"),
                      ("Access-Control-Max-Age", "600")]
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain", tuple(extra))

    def do_GET(self) -> None:
        if not self._host_ok():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html", "/graph.html"):
            self._page()
        elif url.path == "/sparql":
            form = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if "update" in form:
                self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            elif "query" not in form:
                self._error(HTTPStatus.BAD_REQUEST, "missing query: send /sparql?query=... (SPARQL 1.1 Protocol); "
                                                    "the graph page is at /")
            else:
                self._query(form)
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no such page: {url.path}; the SPARQL endpoint is /sparql")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint: {url.path}; POST queries to /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body must be 0 to {MAX_BODY} bytes")
            return
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            self.close_connection = True  # half a body: the thread is not held for the rest
            return
        if len(body) < length:
            return  # the client closed before sending its whole body
        ctype = self.headers.get_content_type()
        charset = self.headers.get_content_charset() or "utf-8"
        form = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            return
        try:
            text = body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            self._error(HTTPStatus.BAD_REQUEST, f"the request body is not {charset} text")
            return
        if ctype == "application/sparql-query":
            form["query"] = [text]
        elif ctype == "application/x-www-form-urlencoded":
            form.update(urllib.parse.parse_qs(text, keep_blank_values=True))
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "send application/sparql-query or application/x-www-form-urlencoded (query=...)")
            return
        if "update" in form:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
        elif "query" not in form:
            self._error(HTTPStatus.BAD_REQUEST, "no query: pass query=... (SPARQL 1.1 Protocol)")
        else:
            self._query(form)

    def _client_gone(self) -> bool:
        """True once the client closed its connection (its query need not go on)."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except (OSError, ValueError):
            return True

    def _query(self, form: dict[str, list[str]]) -> None:
        if len(form["query"]) != 1:
            self._error(HTTPStatus.BAD_REQUEST, "pass exactly one query parameter")
            return
        text = form["query"][0]
        try:
            default = [ox.NamedNode(g).value for g in form.get("default-graph-uri", [])]
            named = [ox.NamedNode(g).value for g in form.get("named-graph-uri", [])]
        except ValueError as exc:
            self._error(HTTPStatus.BAD_REQUEST, f"invalid graph IRI: {exc}")
            return
        accept = self.headers.get("Accept") or ""
        results, triples = negotiate(accept, RESULT_TYPES), negotiate(accept, GRAPH_TYPES)
        if results is None and triples is None:
            self._error(HTTPStatus.NOT_ACCEPTABLE, "none of the accepted media types is offered; accept one of "
                        + ", ".join([*RESULT_TYPES, *GRAPH_TYPES]))
            return
        req = request(text, results=RESULT_NAMES[results or "application/sparql-results+json"],
                      triples=GRAPH_NAMES[triples or "text/turtle"], default_graph=default, named_graphs=named,
                      allow_service=self.server.allow_service)
        try:
            answer = self.server.pool.run(req, timeout=self.server.query_timeout, cancelled=self._client_gone)
        except EngineBusy as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc), (("Retry-After", "5"),))
            return
        except QueryTimeout as exc:
            if not self._client_gone():
                self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc) + "; simplify it or ask for fewer results")
            return
        except EngineCrash as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        except QueryError as exc:
            if looks_like_update(text):
                self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            else:
                self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        if answer.kind == "boolean":
            media = results
            body = _boolean(answer.boolean, RESULT_TYPES[media]) if media else b""
        elif answer.kind == "triples":
            media, body = triples, answer.data
        else:
            media, body = results, answer.data
        if media is None:
            self._error(HTTPStatus.NOT_ACCEPTABLE, "this query's results cannot be given in the accepted media types; "
                        "accept one of " + ", ".join(GRAPH_TYPES if answer.kind == "triples" else RESULT_TYPES))
            return
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
        self._send(HTTPStatus.OK, body, media + charset)

    def _page(self) -> None:
        page = self.server.page
        if page is not None and page.is_file():
            self._send(HTTPStatus.OK, page.read_bytes(), "text/html; charset=utf-8")
        else:
            self._send(HTTPStatus.OK, help_page(self.server.url).encode("utf-8"), "text/html; charset=utf-8")


def _boolean(value: bool, fmt: ox.QueryResultsFormat) -> bytes:
    """An ASK answer in a results format (Oxigraph's own serialiser)."""
    text = "true" if value else "false"
    return ox.parse_query_results(f'{{"head":{{}},"boolean":{text}}}'.encode(),
                                  format=ox.QueryResultsFormat.JSON).serialize(format=fmt)


def help_page(base: str) -> str:
    """The page shown when there is no graph.html: how to query this endpoint."""
    items = "\n".join(
        f'<li><a href="/sparql?query={urllib.parse.quote(q.text)}">{html.escape(q.name)}</a>: '
        f"{html.escape(q.description)}</li>"
        for q in bundled_questions().values()
    )
    endpoint = html.escape(f"{base}/sparql")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>policygraph SPARQL endpoint</title></head>
<body>
<h1>policygraph SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 Protocol endpoint: <code>{endpoint}</code> (GET <code>?query=</code>, or POST a form
or <code>application/sparql-query</code>). Results as <code>application/sparql-results+json</code>,
<code>text/csv</code>, <code>text/tab-separated-values</code>, or Turtle for CONSTRUCT and DESCRIBE.</p>
<pre>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {{ ?s ?p ?o }} LIMIT 5' {endpoint}</pre>
<p>No <code>graph.html</code> was found beside the graph; run <code>policygraph build</code> to draw one.</p>
<h2>Bundled questions</h2>
<ul>
{items}
</ul>
</body></html>
"""


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def make_server(source: Source, *, host: str = "127.0.0.1", port: int = 7878, page: Path | None = None,
                cors: bool = False, workers: int | None = None, threads: int = 16, timeout: float = QUERY_TIMEOUT,
                read_timeout: float = READ_TIMEOUT, allow_service: bool = False,
                allow_hosts: tuple[str, ...] = ()) -> Endpoint:
    return Endpoint((host, port), source, page=page, cors=cors, workers=workers or default_workers(), threads=threads,
                    timeout=timeout, read_timeout=read_timeout, allow_service=allow_service, allow_hosts=allow_hosts)
