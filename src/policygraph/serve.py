"""A read-only SPARQL 1.1 Protocol endpoint on localhost, plus the graph page.

``GET /sparql?query=...`` and ``POST /sparql`` (form or
``application/sparql-query``) answer with the media type the client asks for;
SPARQL Update is refused. ``/`` serves OUTDIR/graph.html when it exists
beside the graph, else a short help page. Standard library only
(`ThreadingHTTPServer`): the engine work happens in Oxigraph.
"""

from __future__ import annotations

import html
import sys
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .query import bundled_questions, execute, looks_like_update, serialize_triples

MAX_BODY = 1_000_000  # bytes; a query longer than this is not a question

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


def negotiate(accept: str, offers: dict) -> str:
    """The offered media type the Accept header prefers (first offer if none fits).

    >>> negotiate('text/csv;q=0.5, application/sparql-results+json', RESULT_TYPES)
    'application/sparql-results+json'
    >>> negotiate('*/*', GRAPH_TYPES)
    'text/turtle'
    """
    best, best_q = next(iter(offers)), 0.0
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


class Endpoint(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: ox.Store, *, page: Path | None = None, cors: bool = False):
        super().__init__(address, Handler)
        self.store = store
        self.page = page
        self.cors = cors

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


class Handler(BaseHTTPRequestHandler):
    server: Endpoint
    server_version = "policygraph"

    def log_message(self, format: str, *args) -> None:
        sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def do_GET(self) -> None:
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
        body = self.rfile.read(length)
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

    def _query(self, form: dict[str, list[str]]) -> None:
        if len(form["query"]) != 1:
            self._error(HTTPStatus.BAD_REQUEST, "pass exactly one query parameter")
            return
        text = form["query"][0]
        try:
            default = [ox.NamedNode(g) for g in form.get("default-graph-uri", [])]
            named = [ox.NamedNode(g) for g in form.get("named-graph-uri", [])]
        except ValueError as exc:
            self._error(HTTPStatus.BAD_REQUEST, f"invalid graph IRI: {exc}")
            return
        try:
            result = execute(self.server.store, text, default_graph=default or None, named_graphs=named or None)
            accept = self.headers.get("Accept") or "*/*"
            if isinstance(result, ox.QueryTriples):
                media = negotiate(accept, GRAPH_TYPES)
                body = serialize_triples(result, GRAPH_TYPES[media])
            else:
                media = negotiate(accept, RESULT_TYPES)
                body = result.serialize(format=RESULT_TYPES[media])
        except QueryError as exc:
            if looks_like_update(text):
                self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            else:
                self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
        self._send(HTTPStatus.OK, body, media + charset)

    def _page(self) -> None:
        page = self.server.page
        if page is not None and page.is_file():
            self._send(HTTPStatus.OK, page.read_bytes(), "text/html; charset=utf-8")
        else:
            self._send(HTTPStatus.OK, help_page(self.server.url).encode("utf-8"), "text/html; charset=utf-8")


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


def make_server(store: ox.Store, *, host: str = "127.0.0.1", port: int = 7878, page: Path | None = None,
                cors: bool = False) -> Endpoint:
    return Endpoint((host, port), store, page=page, cors=cors)
