"""Talk to a real SPARQL server: query it (SPARQL 1.1 Protocol) and push the
graph to it (SPARQL 1.1 Graph Store HTTP Protocol), with the standard library.

Parameters reach a remote server as a ``VALUES`` block of RDF terms written
by Oxigraph's N-Triples serialiser, placed first in the query's WHERE group:
quotes, backslashes and newlines in a value are escaped by that serialiser,
so the value is one literal token and ``}``, ``#`` or keywords inside it are
just characters. The rewritten query is parsed again before it is sent.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import EndpointError, QueryError
from .query import PREFIXES, check
from .store import read_quads, union_quads

TIMEOUT = 120  # seconds; a push of a large article graph can take a while
ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
          "text/turtle;q=0.8, application/n-triples;q=0.7")
_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-.:]*")


def _skip_string(text: str, i: int) -> int:
    """Index just past the string literal starting at `i`."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = i + 3
        while end < len(text):
            if text[end] == "\\":
                end += 2
            elif text.startswith(quote * 3, end):
                return end + 3
            else:
                end += 1
        return len(text)
    end = i + 1
    while end < len(text) and text[end] not in (quote, "\n"):
        end += 2 if text[end] == "\\" else 1
    return end + 1


def where_brace(text: str) -> int:
    """Position of the '{' opening the query's WHERE group (-1 if there is none),
    skipping comments, strings, IRIs, variables and a CONSTRUCT template.

    >>> q = 'CONSTRUCT { ?s ?p "}" } WHERE { ?s ?p ?o }'
    >>> q[where_brace(q):]
    '{ ?s ?p ?o }'
    """
    i, depth, groups, form, saw_where = 0, 0, 0, "", False
    while i < len(text):
        c = text[i]
        if c == "#":
            nl = text.find("\n", i)
            i = len(text) if nl < 0 else nl + 1
            continue
        if c in "\"'":
            i = _skip_string(text, i)
            continue
        if c == "<" and (m := _IRI.match(text, i)):
            i = m.end()
            continue
        if c in "?$":
            m = _WORD.match(text, i + 1)
            i = m.end() if m else i + 1
            continue
        if c == "{":
            if depth == 0 and not (form == "CONSTRUCT" and not saw_where and groups == 0):
                return i
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                groups += 1
        elif c.isalpha() or c == "_":
            m = _WORD.match(text, i)
            word = m.group().upper() if m else c
            if depth == 0 and not form and word in {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}:
                form = word
            elif depth == 0 and word == "WHERE":
                saw_where = True
            i = m.end() if m else i + 1
            continue
        i += 1
    return -1


def bind_values(text: str, params: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """The query with `params` as a VALUES block first in its WHERE group.

    >>> print(bind_values('SELECT ?b ?v { ?b ?p ?v }', {'v': ox.Literal('a"} #b')}))
    SELECT ?b ?v { VALUES (?v) { ("a\\"} #b") } ?b ?p ?v }
    """
    if not params:
        return text
    check(text, params)  # same errors as a local query: syntax, unselected variable
    at = where_brace(text)
    if at < 0:
        raise QueryError("parameters need a query with a WHERE { } group")
    names = " ".join(f"?{name}" for name in params)
    terms = " ".join(str(term) for term in params.values())  # N-Triples form, escaped by Oxigraph
    bound = f"{text[:at + 1]} VALUES ({names}) {{ ({terms}) }}{text[at + 1:]}"
    try:
        check(bound)
    except QueryError:  # e.g. the short form CONSTRUCT WHERE { }, whose group holds only triples
        raise QueryError("cannot bind parameters into this query for a remote endpoint; "
                         "write it as CONSTRUCT { ... } WHERE { ... } or SELECT") from None
    return bound


def _prologue(text: str) -> str:
    """Our predeclared prefixes, before the query's own (which win when repeated)."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + text


def _opener(url: str) -> tuple[str, urllib.request.OpenerDirector]:
    """Credentials in the URL (``http://user:pass@host/...``) become Basic or
    Digest authentication (Virtuoso's /sparql-graph-crud-auth wants Digest)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise EndpointError(f"{url}: endpoint URLs start with http:// or https://")
    handlers: list[urllib.request.BaseHandler] = []
    if parts.username:
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""))
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    return url, urllib.request.build_opener(*handlers)


def _request(url: str, *, method: str, data: bytes | None, headers: dict[str, str]) -> tuple[str, bytes]:
    url, opener = _opener(url)
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with opener.open(req, timeout=TIMEOUT) as resp:
            return resp.headers.get_content_type(), resp.read()
    except urllib.error.HTTPError as exc:
        body = exc.read()[:300].decode("utf-8", "replace")
        detail = " ".join(body.split()) or exc.reason
        raise EndpointError(f"{_safe(url)} answered {exc.code} to {method}: {detail}") from None
    except urllib.error.URLError as exc:
        raise EndpointError(f"cannot reach {_safe(url)}: {exc.reason}; is the server running?") from None
    except (TimeoutError, OSError) as exc:
        raise EndpointError(f"cannot reach {_safe(url)}: {exc}") from None


def _safe(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.hostname or "")) if parts.password else url


def remote_query(url: str, text: str, params: dict[str, ox.NamedNode | ox.Literal] | None = None):
    """Run a query on a SPARQL 1.1 Protocol endpoint; results parsed as by the local engine.

    The query is checked locally first, so a syntax error reads the same
    everywhere and a malformed query never travels."""
    text = bind_values(text, params) if params else text
    check(text)
    form = urllib.parse.urlencode({"query": _prologue(text)}).encode("ascii")  # the form every server accepts
    ctype, body = _request(url, method="POST", data=form,
                           headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT})
    results = ox.QueryResultsFormat.from_media_type(ctype)
    try:
        if results is not None:
            return ox.parse_query_results(body, format=results)
        rdf = ox.RdfFormat.from_media_type(ctype)
        if rdf is not None:
            return [q.triple for q in ox.parse(body, format=rdf)]
    except SyntaxError as exc:
        raise EndpointError(f"{url} sent {ctype} that does not parse: {' '.join(str(exc).split())[:200]}") from None
    raise EndpointError(f"{url} answered with {ctype or 'no content type'}; is this a SPARQL query endpoint?")


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int


def push(url: str, graph: Path, *, progress: Callable[[str], None] | None = None) -> PushReport:
    """PUT each named graph of `graph` to a Graph Store Protocol endpoint
    (``?graph=<name>``) and their union, deduplicated, to the default graph
    (``?default``), which the questions read; PUT replaces a graph, so
    pushing again is idempotent."""
    quads = read_quads(graph)
    by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in quads:
        if not isinstance(q.graph_name, ox.DefaultGraph):
            by_graph[q.graph_name.value].append(q.triple)
    by_graph[""] = [q.triple for q in union_quads(quads)]  # what queries read: no server option needed
    sep = "&" if urllib.parse.urlsplit(url).query else "?"
    triples = 0
    for name, graph_triples in by_graph.items():
        target = f"{url}{sep}default" if not name else f"{url}{sep}graph={urllib.parse.quote(name, safe='')}"
        body = ox.serialize(graph_triples, format=ox.RdfFormat.N_TRIPLES)
        _request(target, method="PUT", data=body, headers={"Content-Type": "application/n-triples"})
        triples += len(graph_triples)
        if progress:
            progress(name or "default graph")
    return PushReport(graphs=len(by_graph), triples=triples)
