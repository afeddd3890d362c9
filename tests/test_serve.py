"""`policygraph serve`: a SPARQL 1.1 Protocol endpoint in a second process.

The server runs as a subprocess on a free loopback port; every test talks to
it over HTTP like SPARQLWrapper, YASGUI or curl would.
"""

from __future__ import annotations

import json
import shutil
import sys
import urllib.parse
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygraph.cli import app
from policygraph.serve import GRAPH_TYPES, RESULT_TYPES, negotiate

from .http_helpers import LOOPBACK, free_port, http, running

POLICYGRAPH = [sys.executable, "-c", "from policygraph.cli import main; main()"]
PENALISED = """PREFIX pg: <https://w3id.org/policygraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?behaviour WHERE { ?p pg:penalizes ?b . ?b rdfs:label ?behaviour } ORDER BY ?behaviour"""


@pytest.fixture(scope="module")
def served(scs_out, tmp_path_factory):
    """`policygraph serve` on a copy of the SCS graph with a stand-in graph.html beside it."""
    folder = tmp_path_factory.mktemp("served")
    shutil.copy(scs_out / "graph.trig", folder / "graph.trig")
    (folder / "graph.html").write_text("<!doctype html><title>the graph page</title>", encoding="utf-8")
    port = free_port()
    base = f"http://{LOOPBACK}:{port}"
    with running([*POLICYGRAPH, "serve", str(folder / "graph.trig"), "--port", str(port)], f"{base}/sparql"):
        yield base


def get(base: str, query: str, accept: str) -> tuple[int, str, bytes]:
    return http(f"{base}/sparql?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})


def test_serve_answers_select_over_get_as_json(served):
    status, ctype, body = get(served, PENALISED, "application/sparql-results+json")
    assert (status, ctype) == (200, "application/sparql-results+json")
    values = [b["behaviour"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert "traffic offenses" in values


@pytest.mark.parametrize("accept, ctype, first_line", [
    ("text/csv", "text/csv", "behaviour"),
    ("text/tab-separated-values", "text/tab-separated-values", "?behaviour"),
    ("text/csv;q=0.4, application/sparql-results+json", "application/sparql-results+json", '{"head":{"vars":["behaviour"]}'),
])
def test_serve_negotiates_result_formats(served, accept, ctype, first_line):
    status, got, body = get(served, PENALISED, accept)
    assert (status, got) == (200, ctype)
    assert body.decode().splitlines()[0].startswith(first_line)
    assert "traffic offenses" in body.decode()


def test_serve_post_query_and_form(served):
    status, _, body = http(f"{served}/sparql", data=PENALISED.encode(),
                           headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and "traffic offenses" in body.decode()
    form = urllib.parse.urlencode({"query": PENALISED}).encode()
    status, _, body = http(f"{served}/sparql", data=form,
                           headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert status == 200 and "traffic offenses" in body.decode()


def test_serve_construct_is_turtle(served):
    query = "CONSTRUCT { ?b rdfs:label ?l } WHERE { ?p pg:penalizes ?b . ?b rdfs:label ?l }"
    status, ctype, body = get(served, query, "text/turtle")
    assert (status, ctype) == (200, "text/turtle")
    assert '"traffic offenses"' in body.decode()


def test_serve_ask(served):
    status, _, body = get(served, 'ASK { ?b rdfs:label "traffic offenses" }', "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_serve_malformed_query_is_400_with_message(served):
    status, ctype, body = get(served, "SELECT ?x WHERE { ?x ?p ", "application/sparql-results+json")
    assert (status, ctype) == (400, "text/plain")
    assert "SPARQL syntax error at line 1" in body.decode()


@pytest.mark.parametrize("how", ["form", "update-type", "query-param", "get"])
def test_serve_refuses_updates(served, how):
    update = "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }"
    if how == "form":
        status, _, body = http(f"{served}/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "update-type":
        status, _, body = http(f"{served}/sparql", data=update.encode(),
                               headers={"Content-Type": "application/sparql-update"})
    elif how == "query-param":
        status, _, body = get(served, update, "*/*")
    else:
        status, _, body = http(f"{served}/sparql?{urllib.parse.urlencode({'update': update})}")
    assert status == 403 and "read-only" in body.decode()
    _, _, after = get(served, "ASK { <https://example.org/a> ?p ?o }", "application/sparql-results+json")
    assert json.loads(after)["boolean"] is False


def test_serve_graph_page_and_unknown_paths(served):
    status, ctype, body = http(f"{served}/")
    assert (status, ctype) == (200, "text/html") and b"the graph page" in body
    assert http(f"{served}/nothing-here")[0] == 404


def test_serve_query_command_talks_to_it(served):
    """`policygraph query --endpoint` against our own endpoint, with a parameter."""
    result = CliRunner().invoke(app, ["query", "penalised-behaviours", "--endpoint", f"{served}/sparql",
                                      "--param", "policy=Social Credit System", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("Social Credit System,traffic offenses,") for line in result.output.splitlines())


def test_serve_help_page_without_graph_html(scs_out, tmp_path):
    shutil.copy(scs_out / "graph.trig", tmp_path / "graph.trig")
    port = free_port()
    base = f"http://{LOOPBACK}:{port}"
    with running([*POLICYGRAPH, "serve", str(tmp_path / "graph.trig"), "--port", str(port)], f"{base}/sparql"):
        status, _, body = http(f"{base}/")
    assert status == 200
    assert b"policygraph SPARQL endpoint" in body and b"penalised-behaviours" in body


def test_serve_content_negotiation_defaults():
    assert negotiate("", RESULT_TYPES) == "application/sparql-results+json"
    assert negotiate("text/*", RESULT_TYPES) == "text/csv"
    assert negotiate("application/n-triples, text/turtle;q=0.5", GRAPH_TYPES) == "application/n-triples"
    assert negotiate("image/png", GRAPH_TYPES) is None  # 406, not a guess


def test_serve_bad_port_is_one_line(tmp_path, scs_out):
    graph = Path(scs_out / "graph.trig")
    with running([*POLICYGRAPH, "serve", str(graph), "--port", str(port := free_port())], f"http://{LOOPBACK}:{port}/"):
        result = CliRunner().invoke(app, ["serve", str(graph), "--port", str(port)])
    assert result.exit_code == 2 and "cannot listen" in result.output


def test_serve_sparql_without_query_is_400(served):
    status, ctype, body = http(f"{served}/sparql?foo=1", headers={"Accept": "application/sparql-results+json"})
    assert (status, ctype) == (400, "text/plain")
    assert "missing query" in body.decode()
