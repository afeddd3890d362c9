"""Ask the graph questions in SPARQL on the Oxigraph engine.

A query is a `.rq` file, the name of a bundled question (``queries/*.rq``) or
inline SPARQL. Parameters are RDF terms bound by the engine (Oxigraph's
substitutions), never spliced into the text. Hands results (pyoxigraph
`QuerySolutions`, `QueryBoolean` or triples) to the CLI and the HTTP endpoint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .files import check_regular

QUERY_SUFFIX = ".rq"

#: Declared for every query (a query's own PREFIX lines win), so inline
#: questions can write ``pg:penalizes`` without a prologue.
PREFIXES: dict[str, str] = {
    "pg": "https://w3id.org/policygraph/ontology#",
    "pgid": "https://w3id.org/policygraph/id/",
    "pgv": "https://w3id.org/policygraph/vocab#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
}

_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_SPARQL_START = re.compile(r"\s*(#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_UPDATE_WORDS = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
_PARAM_LINE = re.compile(r"#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)")
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
#: What is not a keyword: comments, strings (long ones first), IRIs, variables, prefixed names.
_NOT_KEYWORDS = re.compile(
    r"#[^\n]*"
    r"|'''(?:[^\\]|\\.)*?'''" r'|"""(?:[^\\]|\\.)*?"""'
    r"|'(?:[^'\\\n]|\\.)*'" r'|"(?:[^"\\\n]|\\.)*"'
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|[?$]\w+"
    r"|[\w.-]*:(?:[\w.:%-]|\\\S)*",
    re.DOTALL,
)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


@dataclass(frozen=True)
class Question:
    """A bundled question: one ``.rq`` file whose first comment line says what it answers."""

    name: str
    description: str
    params: tuple[tuple[str, str], ...]  # (variable, what to pass)
    text: str


def queries_dir() -> Path:
    """The bundled questions: the checkout's ``queries/`` when running from
    source, else the copy installed as package data (like `ontology_dir`)."""
    checkout = Path(__file__).resolve().parents[2] / "queries"
    if any(checkout.glob(f"*{QUERY_SUFFIX}")):
        return checkout
    packaged = Path(__file__).resolve().parent / "queries"
    if any(packaged.glob(f"*{QUERY_SUFFIX}")):
        return packaged
    raise QueryError("bundled questions not found; reinstall policygraph with 'pip install .'")


def _question(path: Path) -> Question:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    description = lines[0].lstrip("# ").strip() if lines and lines[0].startswith("#") else ""
    params = tuple((m[1], m[2].strip()) for line in lines if (m := _PARAM_LINE.match(line)))
    return Question(path.stem, description, params, text)


@lru_cache(maxsize=1)
def bundled_questions() -> dict[str, Question]:
    """Every bundled question by name, sorted by name."""
    return {p.stem: _question(p) for p in sorted(queries_dir().glob(f"*{QUERY_SUFFIX}"))}


def resolve_query(spec: str) -> tuple[str, str]:
    """(name, SPARQL text) for a `.rq` path, a bundled question's name, or inline SPARQL."""
    questions = bundled_questions()
    if spec in questions:
        return spec, questions[spec].text
    if _SPARQL_START.match(spec) or "{" in spec:
        return "inline query", spec
    path = Path(spec)
    check_regular(path, QueryError)
    if path.suffix == QUERY_SUFFIX or path.is_file():
        try:
            return str(path), path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"{path}: no such query file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read the query ({type(exc).__name__}); pass a UTF-8 .rq file") from None
    raise QueryError(f"{spec!r} is neither a bundled question, a .rq file nor SPARQL; "
                     "'policygraph query --list' shows the questions")


def parse_param(spec: str) -> tuple[str, ox.NamedNode | ox.Literal]:
    """``name=value`` as a variable name and an RDF term.

    ``<...>`` is an IRI; anything else is a plain string literal holding
    exactly the text after the first ``=`` (quotes, braces, newlines and
    keywords included: it is a value, never SPARQL).

    >>> parse_param('behaviour=littering')
    ('behaviour', <Literal value=littering datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)
    >>> parse_param('relation=<https://w3id.org/policygraph/ontology#penalizes>')[1]
    <NamedNode value=https://w3id.org/policygraph/ontology#penalizes>
    """
    name, sep, value = spec.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _VARNAME.match(name):
        raise QueryError(f"--param {spec!r}: write NAME=VALUE, NAME a SPARQL variable name without '?'")
    if len(value) > 1 and value.startswith("<") and value.endswith(">"):
        try:
            return name, ox.NamedNode(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"--param {name}: {value} is not a valid IRI ({exc})") from None
    return name, ox.Literal(value)


def parse_params(specs: list[str] | None) -> dict[str, ox.NamedNode | ox.Literal]:
    params: dict[str, ox.NamedNode | ox.Literal] = {}
    for spec in specs or []:
        name, term = parse_param(spec)
        if name in params:
            raise QueryError(f"--param {name} given twice")
        params[name] = term
    return params


def looks_like_update(text: str) -> bool:
    """True when a text that failed to parse as a query reads as SPARQL Update."""
    body = re.sub(r"(?im)^\s*(#.*|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*$", "", text)
    words = _UPDATE_WORDS.match(body.strip())
    return bool(words)


def uses_service(text: str) -> bool:
    r"""True when a query has a SERVICE clause: a federated query, which makes
    the engine fetch the URL the query names.

    Codepoint escapes (\u0053) are read first, as the SPARQL parser does;
    comments, strings, IRIs, variables and prefixed names are not keywords.

    >>> uses_service('SELECT * { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT * { ?s ex:SERVICE "SERVICE" . ?SERVICE ?p <http://x/SERVICE> } # SERVICE')
    False
    >>> uses_service(r'SELECT * { \u0053ERVICE <http://x> { ?s ?p ?o } }')
    True
    """
    text = _CODEPOINT.sub(lambda m: chr(min(int(m[1] or m[2], 16), 0x10FFFF)), text)
    return bool(_SERVICE.search(_NOT_KEYWORDS.sub(" ", text)))


def syntax_message(text: str, exc: Exception) -> str:
    """Oxigraph's parse error as one line: position, what was expected, the text there, a hint."""
    raw = " ".join(str(exc).split())
    m = re.match(r"error at (\d+):(\d+): (.*)", raw)
    if not m:
        return f"SPARQL syntax error: {raw[:200]}"
    line, col, expected = int(m[1]), int(m[2]), m[3]
    lines = text.splitlines() or [""]
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    near = source[max(col - 1, 0):max(col - 1, 0) + 30].strip()
    where = f'near "{near}"' if near else "at the end of the line"
    prefix = re.search(r"([A-Za-z][\w.-]*)?:[^\s:]*$", source[:max(col - 1, 0)] + near.split(" ")[0])
    if looks_like_update(text):
        hint = "this is SPARQL Update; policygraph only runs read queries (SELECT, ASK, CONSTRUCT, DESCRIBE)"
    elif "Prefix not found" in expected:
        name = prefix[1] if prefix and prefix[1] else ""
        expected = f"the prefix {name}: is not declared" if name else "a prefix is not declared"
        hint = "declare it with PREFIX name: <iri> (" + ", ".join(PREFIXES) + " are predeclared)"
    elif text.count("{") > text.count("}"):
        hint = "a '{' has no matching '}'"
    else:
        hint = "check the SPARQL at that position (https://www.w3.org/TR/sparql11-query/#grammar)"
    if len(expected) > 120:
        expected = expected[:117] + "..."
    return f"SPARQL syntax error at line {line}, column {col} ({where}): {expected}; hint: {hint}"


def execute(
    store: ox.Store,
    text: str,
    params: dict[str, ox.NamedNode | ox.Literal] | None = None,
    *,
    union: bool = False,
    default_graph: list[ox.NamedNode] | None = None,
    named_graphs: list[ox.NamedNode] | None = None,
    allow_service: bool = False,
):
    """Run a query; returns `QuerySolutions`, `QueryBoolean` or `QueryTriples`.

    Federated queries (SERVICE) are refused unless `allow_service`: they make
    the engine send requests to any URL the query names. The query runs in
    the calling process; callers that run queries from others use a worker
    (`engine`), which bounds its time and outlives a crash of the engine.

    Queries read the default graph, which our stores fill with the union of
    the article graphs (see `store`); `union` makes Oxigraph use the union
    of the named graphs instead (slow when one triple sits in many graphs).

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode('https://w3id.org/policygraph/id/entity/x'),
    ...                   ox.NamedNode('http://www.w3.org/2000/01/rdf-schema#label'), ox.Literal('littering')))
    >>> [r['e'].value for r in execute(store, 'SELECT ?e ?l { ?e rdfs:label ?l }', {'l': ox.Literal('littering')})]
    ['https://w3id.org/policygraph/id/entity/x']
    """
    if not allow_service and uses_service(text):
        raise QueryError("federated queries (SERVICE) are off: they make the engine fetch the URL the query names; "
                         "pass --allow-service to enable them")
    subs = {ox.Variable(k): v for k, v in (params or {}).items()}
    kwargs = {}
    if default_graph:
        kwargs["default_graph"] = default_graph
    elif union:
        kwargs["use_default_graph_as_union"] = True
    if named_graphs:
        kwargs["named_graphs"] = named_graphs
    try:
        return store.query(text, prefixes=PREFIXES, substitutions=subs or None, **kwargs)
    except SyntaxError as exc:
        raise QueryError(syntax_message(text, exc)) from None
    except RuntimeError as exc:
        m = re.search(r"does not contains? variable \?(\w+) in its SELECT projection", str(exc))
        if m:
            raise QueryError(f"--param {m[1]}: the query does not select ?{m[1]}; "
                             "only variables in the SELECT line can be bound") from None
        raise QueryError(f"query failed: {' '.join(str(exc).split())[:200]}") from None


def check(text: str, params: dict[str, ox.NamedNode | ox.Literal] | None = None, *,
          allow_service: bool = False) -> None:
    """Raise `QueryError` for a malformed query or an unbindable parameter
    (by running it on an empty store, which parses it fully), in a worker
    process: a query that crashes the engine is an error, not our crash."""
    from .engine import Source, request, run_once

    run_once(Source(), request(text, params=params, allow_service=allow_service), timeout=60)


def compact(term) -> str:
    """A term as a reader wants to see it in a table: literal values bare,
    IRIs with our prefixes.

    >>> compact(ox.NamedNode('https://w3id.org/policygraph/ontology#penalizes'))
    'pg:penalizes'
    >>> compact(ox.Literal('littering'))
    'littering'
    """
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    return str(term)


def rows(solutions) -> list[dict[str, str]]:
    """SELECT results as plain dicts (N-Triples form of each bound term); for comparing engines."""
    names = [v.value for v in solutions.variables]
    return [{n: str(s[n]) for n in names if s[n] is not None} for s in solutions]


RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}


GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def serialize_triples(triples, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize([t.triple if isinstance(t, ox.Quad) else t for t in triples], format=fmt, prefixes=prefixes)
