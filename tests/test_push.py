"""`policygraph push` and `query --endpoint` against a real Oxigraph server.

The fixture starts ``oxigraph serve`` (PyPI package ``oxigraph``, in the
``[test]`` extra) on a free loopback port with an on-disk location; the test
is skipped with the reason when the binary is not installed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from policygraph.cli import app
from policygraph.endpoint import remote_query
from policygraph.errors import EndpointError
from policygraph.query import bundled_questions, execute, parse_params, rows
from policygraph.store import load_file_into_store, load_graph_file, open_store

from .http_helpers import LOOPBACK, free_port, running
from .test_query import EVIL, EXPECTED

runner = CliRunner()


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")  # installed in the same environment
    return str(beside) if beside.is_file() and os.access(beside, os.X_OK) else shutil.which("oxigraph")


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """(query URL, Graph Store URL) of a fresh Oxigraph server with its default settings."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the Oxigraph server is not installed: pip install '.[test]' (PyPI package 'oxigraph')")
    port = free_port()
    base = f"http://{LOOPBACK}:{port}"
    location = tmp_path_factory.mktemp("oxigraph-db")
    cmd = [binary, "serve", "--location", str(location), "--bind", f"{LOOPBACK}:{port}"]
    with running(cmd, f"{base}/query"):
        yield f"{base}/query", f"{base}/store"


@pytest.fixture(scope="module")
def pushed(oxigraph_server, scs_out):
    query_url, store_url = oxigraph_server
    result = runner.invoke(app, ["push", str(scs_out / "graph.trig"), "--endpoint", store_url])
    assert result.exit_code == 0, result.output
    return query_url


def count(query_url: str) -> int:
    result = remote_query(query_url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                     "FILTER(?g != <https://w3id.org/policygraph/id/pushed>) }")  # push's own listing
    return int(next(iter(result))["n"].value)


def test_push_uploads_every_named_graph(pushed, scs_out):
    named = [q for q in load_graph_file(scs_out / "graph.trig") if not isinstance(q.graph_name, ox.DefaultGraph)]
    assert count(pushed) == len(named)
    default = remote_query(pushed, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # the union, deduplicated
    assert int(next(iter(default))["n"].value) == len({(q.subject, q.predicate, q.object) for q in named})
    graphs = rows(remote_query(pushed, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                                       "FILTER(?g != <https://w3id.org/policygraph/id/pushed>) } ORDER BY ?g"))
    assert [g["g"] for g in graphs] == ["<https://w3id.org/policygraph/id/article/scs-explainer>",
                                        "<https://w3id.org/policygraph/ontology>"]


def test_push_again_is_idempotent(pushed, oxigraph_server, scs_out):
    before = count(pushed)
    result = runner.invoke(app, ["push", str(scs_out / "graph.trig"), "--endpoint", oxigraph_server[1],
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"graphs": 3' in result.output
    assert count(pushed) == before


def test_push_same_answers_in_memory_on_disk_and_on_the_server(pushed, scs_out, tmp_path):
    memory = load_graph_file(scs_out / "graph.trig")
    load_file_into_store(scs_out / "graph.trig", tmp_path / "store")
    disk = open_store(tmp_path / "store")
    for name, (params, check) in EXPECTED.items():
        text = bundled_questions()[name].text
        for bound in ({}, params):  # every question, with and without its parameters
            p = parse_params([f"{k}={v}" for k, v in bound.items()])
            expected = rows(execute(memory, text, p))
            assert rows(execute(disk, text, p)) == expected, name
            assert rows(remote_query(pushed, text, p)) == expected, name


@pytest.mark.parametrize("evil", EVIL)
def test_push_remote_param_value_is_only_a_value(pushed, evil):
    text = bundled_questions()["penalised-behaviours"].text
    assert rows(remote_query(pushed, text, parse_params([f"policy={evil}"]))) == []
    assert rows(remote_query(pushed, text, parse_params(["behaviour=traffic offenses"])))
    assert count(pushed) > 1000  # nothing was dropped or inserted


def test_push_query_command_with_endpoint(pushed):
    result = runner.invoke(app, ["query", "concerns-about-policy", "--endpoint", pushed,
                                 "-p", "policy=Social Credit System", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("Social Credit System,privacy,") for line in result.output.splitlines())
    ask = runner.invoke(app, ["query", 'ASK { ?b rdfs:label "traffic offenses" }', "--endpoint", pushed])
    assert (ask.exit_code, ask.output.strip()) == (0, "true")
    construct = runner.invoke(app, ["query", "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a pg:Concern ; rdfs:label ?l }",
                                    "--endpoint", pushed])
    triples = list(ox.parse(construct.output.encode(), format=ox.RdfFormat.TURTLE))
    assert ox.Literal("privacy") in {t.object for t in triples}


def test_push_errors_are_one_line(scs_out, oxigraph_server):
    dead = f"http://{LOOPBACK}:{free_port()}/store"
    result = runner.invoke(app, ["push", str(scs_out / "graph.trig"), "--endpoint", dead])
    assert result.exit_code == 2 and "cannot reach" in result.output
    result = runner.invoke(app, ["push", str(scs_out / "graph.trig"), "--endpoint", "ftp://example.org/"])
    assert result.exit_code == 2 and "http://" in result.output
    bad = runner.invoke(app, ["query", "SELECT ?x WHERE { ?x ", "--endpoint", oxigraph_server[0]])
    assert bad.exit_code == 2 and "SPARQL syntax error" in bad.output
    with pytest.raises(EndpointError, match="answered 4"):
        remote_query(oxigraph_server[0].replace("/query", "/nothing"), "ASK {}")
