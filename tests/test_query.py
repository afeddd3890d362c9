"""The query command and the bundled questions, on the SCS explainer's graph.

Each bundled question is asserted on what a reader of the article expects
(the SCS penalises traffic offenses; privacy is a concern about it; ...), in memory
and on the on-disk store; parameters are values, never SPARQL.
"""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from policygraph.cli import app
from policygraph.endpoint import bind_values, where_brace
from policygraph.errors import QueryError
from policygraph.query import bundled_questions, execute, parse_param, parse_params, queries_dir, rows
from policygraph.store import load_file_into_store, load_graph_file, open_store

from .conftest import EXAMPLES, ROOT, corpus_file

runner = CliRunner()
SCS = "Social Credit System"


def values(result, column: str) -> set[str]:
    return {row[column].value for row in result if row[column] is not None}


def _has(rows_: list[dict], **expected) -> bool:
    return any(all(exp in (r.get(k) or "") for k, exp in expected.items()) for r in rows_)


def plain(result) -> list[dict[str, str]]:
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


# question -> (params, check on the rows as {column: value})
EXPECTED = {
    "penalised-behaviours": ({"policy": SCS}, lambda r: _has(r, behaviour="traffic offenses", performer="individuals",
                                                             evidence="Violations such as traffic offenses")),
    "rewarded-behaviours": ({"policy": SCS}, lambda r: _has(r, behaviour="Paying taxes", evidence="on time")),
    "behaviour-effects": ({"behaviour": "traffic offenses"}, lambda r: _has(r, effect="penalizes", policy=SCS)
                          and all(x["behaviour"] == "traffic offenses" for x in r)),
    "concerns-about-policy": ({"policy": SCS}, lambda r: _has(r, concern="privacy") and _has(r, concern="surveillance")
                              and _has(r, concern="potential for abuse", raisedBy="critics")),
    "stances": ({"policy": SCS}, lambda r: _has(r, stance="criticizes", actor="Western nations")
                and _has(r, stance="supports", actor="proponents")),
    "issuers": ({}, lambda r: _has(r, policy=SCS, issuer="State Council", article="Understanding China")),
    "evidence": ({"object": "traffic offenses"}, lambda r: _has(r, subject=SCS, relation="penalizes", evidence="traffic offenses",
                                                          section="")
                 and all(int(x["start"]) < int(x["end"]) for x in r)),
    "aliases": ({"entity": SCS}, lambda r: _has(r, entity=SCS, category="Policy", alias="SCS")),
    "most-connected-actors": ({}, lambda r: r[0]["actor"] == "individuals" and int(r[0]["relations"]) >= 5),
    "policies-evaluating": ({"actor": "businesses"}, lambda r: _has(r, policy=SCS, evidence="evaluates individuals")),
    "policy-parts": ({"policy": SCS}, lambda r: _has(r, part="pilot programs", policy=SCS)),
    "articles": ({}, lambda r: len(r) == 1 and "Social Credit System" in r[0]["article"]
                 and int(r[0]["entities"]) > 20 and int(r[0]["relations"]) > 20),
    "relation-counts": ({}, lambda r: _has(r, relation="penalizes") and len(r) >= 8),
    # one article mentions nothing twice across articles; see the two-article test below
    "cross-article-entities": ({}, lambda r: r == []),
}


@pytest.fixture(scope="module")
def scs_store(scs_out):
    return load_graph_file(scs_out / "graph.trig")


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory):
    from policygraph.pipeline import build

    out = tmp_path_factory.mktemp("two-articles")
    build([corpus_file("scs-explainer.txt"), EXAMPLES / "corporate-social-credit.md"], out)
    return out


def test_query_every_bundled_question_has_an_expectation():
    assert set(bundled_questions()) == set(EXPECTED)
    assert len(bundled_questions()) >= 10


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_bundled_question_answers_what_the_article_says(scs_store, name):
    params, check = EXPECTED[name]
    result = plain(execute(scs_store, bundled_questions()[name].text, parse_params([f"{k}={v}" for k, v in params.items()])))
    assert check(result), result


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_bundled_question_file_says_what_it_answers(name):
    q = bundled_questions()[name]
    assert q.text.startswith("# ") and len(q.description) > 20
    for param, _ in q.params:  # every documented parameter is bindable
        assert f"?{param}" in q.text.split("WHERE")[0]


def test_query_cross_article_entities_on_two_articles(two_articles):
    store = load_graph_file(two_articles / "graph.trig")
    result = plain(execute(store, bundled_questions()["cross-article-entities"].text))
    assert _has(result, entity=SCS, category="Policy", articles="2", titles="Corporate Social Credit")
    assert all(int(r["articles"]) >= 2 for r in result)


def test_query_parameter_narrows_to_the_bound_value(scs_store):
    text = bundled_questions()["penalised-behaviours"].text
    everything = plain(execute(scs_store, text))
    only_scs = plain(execute(scs_store, text, parse_params([f"policy={SCS}"])))
    nothing = plain(execute(scs_store, text, parse_params(["policy=no such policy"])))
    assert only_scs and only_scs == [r for r in everything if r["policy"] == SCS]
    assert nothing == []


EVIL = [
    'littering" } ?s ?p ?o . FILTER("1"="1',
    "littering' } UNION { ?s ?p ?o }",
    "} } DELETE WHERE { ?s ?p ?o } #",
    "line one\nline two\r\n} SELECT * WHERE {",
    '"""triple quoted""" \\" \\u0022 <http://evil.example/> ?x $y',
    "DROP ALL ; INSERT DATA { <a:b> <a:b> <a:b> }",
]


@pytest.mark.parametrize("evil", EVIL)
def test_query_param_value_is_only_a_value(evil):
    """A store holding one label that *is* the hostile text: binding it finds
    exactly that entity, through the engine's substitution and through the
    VALUES block sent to remote endpoints."""
    store = ox.Store()
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    store.add(ox.Quad(ox.NamedNode("https://example.org/evil"), label, ox.Literal(evil)))
    store.add(ox.Quad(ox.NamedNode("https://example.org/plain"), label, ox.Literal("traffic offenses")))
    text = "SELECT ?e ?label WHERE { ?e rdfs:label ?label }"
    params = parse_params([f"label={evil}"])
    assert params["label"].value == evil
    direct = rows(execute(store, text, params))
    assert direct == [{"e": "<https://example.org/evil>", "label": str(ox.Literal(evil))}]
    spliced = bind_values(text, params)
    assert rows(execute(store, spliced)) == direct
    assert len(list(store)) == 2  # nothing was changed


def test_query_values_block_lands_in_the_where_group():
    for text in ['PREFIX ex: <http://x/a#b> SELECT ?v WHERE { ?s ex:p ?v }',
                 'SELECT ?v # a { comment\n { ?s ?p "{" . ?s ?p ?v }',
                 'CONSTRUCT { ?s ?p ?v } WHERE { ?s ?p ?v }',
                 "ASK { ?s ?p ?v FILTER(?v != '''}''') }"]:
        bound = bind_values(text, {"v": ox.Literal("x")})
        at = where_brace(text)
        assert bound[at:].startswith('{ VALUES (?v) { ("x") }'), bound
    with pytest.raises(QueryError, match="cannot bind parameters"):
        bind_values("CONSTRUCT WHERE { ?s ?p ?v }", {"v": ox.Literal("x")})


def test_query_param_syntax():
    assert parse_param("p=<https://w3id.org/policygraph/id/entity/littering>")[1] == ox.NamedNode(
        "https://w3id.org/policygraph/id/entity/littering")
    assert parse_param("?p=a=b")[1] == ox.Literal("a=b")
    for bad in ["noequals", "1x=2", "a b=c", "p=<not an iri>"]:
        with pytest.raises(QueryError):
            parse_param(bad)
    with pytest.raises(QueryError, match="given twice"):
        parse_params(["a=1", "a=2"])


def test_query_unknown_param_is_a_clear_error(scs_store):
    with pytest.raises(QueryError, match=r"--param nope: the query does not select \?nope"):
        execute(scs_store, bundled_questions()["aliases"].text, parse_params(["nope=1"]))


def test_query_on_disk_store_gives_the_same_answers(scs_out, scs_store, tmp_path):
    report = load_file_into_store(scs_out / "graph.trig", tmp_path / "store")
    assert report.graphs == 2  # the article and the ontology
    again = load_file_into_store(scs_out / "graph.trig", tmp_path / "store")  # replaces, never duplicates
    assert again.quads == report.quads
    disk = open_store(tmp_path / "store")
    assert len(disk) == len(scs_store)
    for name, (params, _) in EXPECTED.items():
        p = parse_params([f"{k}={v}" for k, v in params.items()])
        text = bundled_questions()[name].text
        assert rows(execute(disk, text, p)) == rows(execute(scs_store, text, p)), name


# --- the command line ---------------------------------------------------------------------------


def test_query_cli_table_csv_tsv_json(scs_out):
    graph = str(scs_out / "graph.trig")
    table = runner.invoke(app, ["query", "penalised-behaviours", "-g", graph, "-p", f"policy={SCS}"])
    assert table.exit_code == 0, table.output
    assert "traffic offenses" in table.output and "row(s)" in table.output
    csv = runner.invoke(app, ["query", "penalised-behaviours", "-g", graph, "--format", "csv"])
    assert csv.output.splitlines()[0] == "policy,behaviour,performer,evidence"
    assert any(line.startswith(f"{SCS},traffic offenses,individuals,") for line in csv.output.splitlines())
    tsv = runner.invoke(app, ["query", "penalised-behaviours", "-g", graph, "--format", "tsv"])
    assert tsv.output.splitlines()[0] == "?policy\t?behaviour\t?performer\t?evidence"
    data = json.loads(runner.invoke(app, ["query", "aliases", "-g", graph, "--format", "json"]).output)
    assert data["head"]["vars"] == ["entity", "category", "alias"]
    assert {"type": "literal", "value": "SCS"} in [b["alias"] for b in data["results"]["bindings"]]


def test_query_cli_ask_exit_code(scs_out):
    graph = str(scs_out / "graph.trig")
    yes = runner.invoke(app, ["query", 'ASK { ?b rdfs:label "traffic offenses" }', "-g", graph])
    no = runner.invoke(app, ["query", 'ASK { ?b rdfs:label "no such thing" }', "-g", graph])
    assert (yes.exit_code, yes.output.strip()) == (0, "true")
    assert (no.exit_code, no.output.strip()) == (1, "false")


def test_query_cli_construct_prints_turtle(scs_out):
    result = runner.invoke(app, ["query", "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a pg:Concern ; rdfs:label ?l }",
                                 "-g", str(scs_out / "graph.trig")])
    assert result.exit_code == 0, result.output
    triples = list(ox.parse(result.output.encode(), format=ox.RdfFormat.TURTLE))
    assert ox.Literal("privacy") in {t.object for t in triples}


def test_query_cli_rq_file_and_list(scs_out, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("# my question\nSELECT ?l WHERE { ?e a pg:Policy ; rdfs:label ?l }", encoding="utf-8")
    result = runner.invoke(app, ["query", str(rq), "-g", str(scs_out / "graph.ttl"), "--format", "csv"])
    assert SCS in result.output.splitlines()
    listing = runner.invoke(app, ["query", "--list"])
    assert listing.exit_code == 0
    for name in bundled_questions():
        assert name in listing.output


@pytest.mark.parametrize("text, position, hint", [
    ("SELECT ?x WHERE { ?x ?p ?o ", "line 1, column 28", "'{' has no matching '}'"),
    ("SELECT ?x WHERE { ?x foo:bar ?o }", "line 1, column", "prefix foo: is not declared"),
    ("SELECT ?x WHERE {\n ?x ?p ?o .\n FILTER(?x = ) }", "line 3, column", "check the SPARQL"),
    ("INSERT DATA { <a:b> <a:b> <a:b> }", "line 1, column", "SPARQL Update"),
])
def test_query_cli_syntax_error_is_one_line_with_position_and_hint(scs_out, text, position, hint):
    result = runner.invoke(app, ["query", text, "-g", str(scs_out / "graph.trig")])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: SPARQL syntax error at "), result.output
    assert position in lines[0] and hint in lines[0]


@pytest.mark.parametrize("args, message", [
    (["query", "no-such-question"], "neither a bundled question"),
    (["query", "missing.rq"], "no such query file"),
    (["query", "aliases", "-g", "missing.trig"], "no such graph"),
    (["query", "aliases", "--store", "missing-store"], "no such store"),
    (["query", "aliases", "-p", "oops"], "NAME=VALUE"),
    (["query"], "pass a QUERY"),
])
def test_query_cli_user_errors(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and message in result.output, result.output
    assert "Traceback" not in result.output


def test_query_cli_build_store_replaces_article_graphs(tmp_path):
    article = corpus_file("scs-explainer.txt")
    store = tmp_path / "store"
    args = ["build", str(article), "-o", str(tmp_path / "out"), "--store", str(store)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    size = len(open_store(store))
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert len(open_store(store)) == size > 1000
    result = runner.invoke(app, ["query", "penalised-behaviours", "--store", str(store), "--format", "csv"])
    assert "traffic offenses" in result.output


def test_query_questions_ship_in_the_wheel():
    # installed from a wheel this is the packaged copy; from a checkout, the checkout's folder
    shipped = {p.name: p.read_bytes() for p in queries_dir().glob("*.rq")}
    source = {p.name: p.read_bytes() for p in (ROOT / "queries").glob("*.rq")}
    assert shipped == source and len(shipped) >= 10
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^"queries" = "policygraph/queries"$', pyproject, flags=re.MULTILINE)


@pytest.mark.parametrize("name", ["policygraph.query", "policygraph.endpoint", "policygraph.serve"])
def test_query_doctests_pass(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0


def test_query_list_as_json():
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "policygraph.cli", "query", "--list", "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    questions = {q["name"]: q for q in json.loads(out)}
    assert len(questions) >= 10 and "penalised-behaviours" in questions
    assert "policy" in questions["penalised-behaviours"]["params"]
