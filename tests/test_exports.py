"""`policygraph export` and `build --export`: each file read back by a reader that is not ours.

GraphML is opened with igraph (C core, its own GraphML parser), JSON-LD is
expanded to RDF by pyld (and by Oxigraph's own JSON-LD parser), the CSV tables
are read with the csv module; what they hold is compared with the graph file
read by SPARQL on Oxigraph.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from policygraph.cli import app
from policygraph.exports import jsonld

from .test_diff import ALIAS, BASE, PREFIXES, UNRELATED, oracle_entities
from .test_viewer_browser import hostile_graph

ROOT = Path(__file__).resolve().parents[1]
PGID = "https://w3id.org/policygraph/id/"
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A build of our test articles with every export written alongside."""
    out = tmp_path_factory.mktemp("exports") / "out"
    result = runner.invoke(app, ["build", str(BASE), str(UNRELATED), str(ALIAS), "-o", str(out), "--no-html",
                                 "--export", "graphml", "--export", "jsonld", "--export", "csv"])
    assert result.exit_code == 0, result.output
    return out


def _store(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE)
    return store


def _rows_of(graph: Path, where: str):
    return _store(graph).query(PREFIXES + """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        """ + where, use_default_graph_as_union=True)


def oracle_nodes(graph: Path) -> dict[str, dict]:
    """Entity IRI -> label, category, aliases, by SPARQL."""
    out: dict[str, dict] = {}
    for row in _rows_of(graph, """SELECT DISTINCT ?e ?label ?c WHERE { ?e a ?c ; rdfs:label ?label .
            VALUES ?c { pg:Actor pg:Policy pg:Behaviour pg:Concern } }"""):
        out[row["e"].value] = {"label": row["label"].value, "category": row["c"].value.rsplit("#", 1)[-1], "aliases": []}
    for row in _rows_of(graph, "SELECT DISTINCT ?e ?alt WHERE { ?e skos:altLabel ?alt }"):
        if row["e"].value in out and row["alt"].value != out[row["e"].value]["label"]:
            out[row["e"].value]["aliases"] = sorted({*out[row["e"].value]["aliases"], row["alt"].value})
    return out


def oracle_edges(graph: Path) -> dict[tuple[str, str, str], set[str]]:
    """(subject, relation, object) -> evidence sentences of every article, by SPARQL."""
    out: dict[tuple[str, str, str], set[str]] = {}
    for row in _rows_of(graph, """SELECT ?s ?p ?o ?text WHERE {
            ?st a pg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
            OPTIONAL { ?st pg:evidence ?sen . ?sen pg:text ?text } }"""):
        key = (row["s"].value, row["p"].value.rsplit("#", 1)[-1], row["o"].value)
        out.setdefault(key, set())
        if row["text"] is not None:
            out[key].add(row["text"].value)
    return out


def data_triples(graph: Path) -> set[tuple]:
    """Every triple about an extracted thing (subject in pgid:), as N-Triples terms."""
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in _store(graph)
            if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(PGID)}


# --- GraphML --------------------------------------------------------------------------------------

def test_exports_graphml_opens_in_igraph_with_the_same_nodes_edges_and_attributes(built: Path) -> None:
    igraph = pytest.importorskip("igraph", reason="igraph is a test dependency: pip install '.[test]'")
    g = igraph.Graph.Read_GraphML(str(built / "graph.graphml"))
    nodes, edges = oracle_nodes(built / "graph.trig"), oracle_edges(built / "graph.trig")
    assert (g.vcount(), g.ecount()) == (len(nodes), len(edges)) and g.is_directed()
    assert len(nodes) == len(oracle_entities(built / "graph.trig")) > 5
    for v in g.vs:
        want = nodes[v["id"]]
        assert (v["label"], v["category"], v["iri"]) == (want["label"], want["category"], v["id"])
        assert sorted(json.loads(v["aliases"])) == want["aliases"]
        assert json.loads(v["articles"])
    assert any(json.loads(v["aliases"]) == ["HCC"] for v in g.vs)
    got = {}
    for e in g.es:
        key = (g.vs[e.source]["id"], e["relation"], g.vs[e.target]["id"])
        assert e["label"] == e["relation"]
        got[key] = set(json.loads(e["evidence"]))
    assert got == edges


def test_exports_graphml_of_a_hostile_graph_is_well_formed(tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph", reason="igraph is a test dependency: pip install '.[test]'")
    hostile_graph(tmp_path / "hostile.ttl")
    result = runner.invoke(app, ["export", str(tmp_path / "hostile.ttl"), "--to", "graphml", "-o", str(tmp_path / "h.graphml")])
    assert result.exit_code == 0, result.output
    g = igraph.Graph.Read_GraphML(str(tmp_path / "h.graphml"))
    nodes = oracle_nodes(tmp_path / "hostile.ttl")
    assert g.vcount() == len(nodes) and g.ecount() == len(oracle_edges(tmp_path / "hostile.ttl"))
    assert {v["label"] for v in g.vs} == {n["label"] for n in nodes.values()}


# --- JSON-LD --------------------------------------------------------------------------------------

def _pyld_triples(doc: dict) -> set[tuple]:
    from pyld import jsonld as pyld

    nquads = pyld.to_rdf(doc, {"format": "application/n-quads"})
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(nquads.encode(), format=ox.RdfFormat.N_QUADS)}


def test_exports_jsonld_round_trips_through_pyld_to_the_same_triples(built: Path) -> None:
    pytest.importorskip("pyld", reason="pyld is a test dependency: pip install '.[test]'")
    doc = json.loads((built / "graph.jsonld").read_text(encoding="utf-8"))
    want = data_triples(built / "graph.trig")
    assert len(want) > 100 and _pyld_triples(doc) == want
    oxigraph = {(str(q.subject), str(q.predicate), str(q.object))
                for q in ox.parse(path=str(built / "graph.jsonld"), format=ox.RdfFormat.JSON_LD)}
    assert oxigraph == want
    packaged = json.loads((ROOT / "ontology" / "context.jsonld").read_text())
    assert doc["@context"] == packaged["@context"] == jsonld.context()
    policy = next(n for n in doc["@graph"] if "Policy" in n.get("@type", []) and "issuedBy" in n)
    assert policy["@id"].startswith("pgid:entity/") and isinstance(policy["label"], str)


def test_exports_jsonld_of_a_hostile_graph_round_trips(tmp_path: Path) -> None:
    pytest.importorskip("pyld", reason="pyld is a test dependency: pip install '.[test]'")
    hostile_graph(tmp_path / "hostile.ttl")
    result = runner.invoke(app, ["export", str(tmp_path / "hostile.ttl"), "--to", "jsonld", "-o", str(tmp_path / "h.jsonld")])
    assert result.exit_code == 0, result.output
    doc = json.loads((tmp_path / "h.jsonld").read_text(encoding="utf-8"))
    assert _pyld_triples(doc) == data_triples(tmp_path / "hostile.ttl")


# --- Neo4j CSV ------------------------------------------------------------------------------------

def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def test_exports_csv_tables_have_the_neo4j_admin_import_layout(built: Path) -> None:
    header, nodes = _rows(built / "graph.nodes.csv")
    assert header == ["iri:ID", "label", "category", "subclass", "aliases:string[]", "articles:string[]", ":LABEL"]
    rheader, rels = _rows(built / "graph.relationships.csv")
    assert rheader == [":START_ID", ":END_ID", ":TYPE", "articles:string[]", "evidence:string[]"]
    want_nodes, want_edges = oracle_nodes(built / "graph.trig"), oracle_edges(built / "graph.trig")
    assert {r[0] for r in nodes} == set(want_nodes) and len(nodes) == len(want_nodes)
    for iri, label, category, subclass, aliases, articles, labels in nodes:
        assert (label, category) == (want_nodes[iri]["label"], want_nodes[iri]["category"])
        assert sorted(a for a in aliases.split("|") if a) == want_nodes[iri]["aliases"]
        assert labels.split(";")[0] == category and labels.split(";")[-1] == subclass and articles
    got = {(s, t, o): set(e.split("|")) for s, o, t, _, e in rels}
    assert got == want_edges
    assert not any("\n" in cell for row in nodes + rels for cell in row)


def test_exports_csv_cells_stay_on_one_line_without_the_array_delimiter(tmp_path: Path) -> None:
    hostile_graph(tmp_path / "hostile.ttl")
    result = runner.invoke(app, ["export", str(tmp_path / "hostile.ttl"), "--to", "csv", "-o", str(tmp_path / "h.csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "h.nodes.csv").read_bytes().count(b"\n") == len(oracle_nodes(tmp_path / "hostile.ttl")) + 1
    _, nodes = _rows(tmp_path / "h.nodes.csv")
    assert {r[1] for r in nodes} == {n["label"] for n in oracle_nodes(tmp_path / "hostile.ttl").values()}


# --- the commands ---------------------------------------------------------------------------------

def test_exports_command_writes_what_build_writes(built: Path, tmp_path: Path) -> None:
    for to, name in [("graphml", "graph.graphml"), ("jsonld", "graph.jsonld")]:
        result = runner.invoke(app, ["export", str(built), "--to", to, "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes()
    result = runner.invoke(app, ["export", str(built / "graph.trig"), "--to", "csv", "-o", str(tmp_path / "graph.csv"),
                                 "--format", "json"])
    assert result.exit_code == 0
    assert sorted(Path(p).name for p in json.loads(result.output)["files"]) == ["graph.nodes.csv", "graph.relationships.csv"]
    for name in ("graph.nodes.csv", "graph.relationships.csv"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes()


def test_exports_build_writes_a_new_export_even_when_nothing_changed(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(built, out)
    (out / "graph.graphml").unlink()
    result = runner.invoke(app, ["build", str(BASE), str(UNRELATED), str(ALIAS), "-o", str(out), "--no-html",
                                 "--export", "graphml"])
    assert result.exit_code == 0 and "0 added, 0 changed, 4 unchanged" in result.output
    assert len(result.output.splitlines()) == 1  # re-written from the cache: no change to report
    assert (out / "graph.graphml").read_bytes() == (built / "graph.graphml").read_bytes()


@pytest.mark.parametrize(("args", "message"), [
    (["--to", "gexf"], "'gexf' is not one of"),
    (["--to", "graphml", "-o", "{tmp}"], "is a folder"),
    (["--to", "jsonld", "-o", "{tmp}/x.jsonld", "--graph-missing"], "no such graph"),
])
def test_exports_bad_input_is_one_line_and_exit_2(built: Path, tmp_path: Path, args, message) -> None:
    """Through the real entry point, which turns click's usage errors into one line too."""
    graph = str(tmp_path / "missing.trig") if "--graph-missing" in args else str(built)
    args = [a.replace("{tmp}", str(tmp_path)) for a in args if a != "--graph-missing"]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "x.out")]
    run = subprocess.run([sys.executable, "-m", "policygraph.cli", "export", graph, *args], capture_output=True, text=True)
    assert run.returncode == 2, run.stdout + run.stderr
    assert message in run.stderr and "Traceback" not in run.stderr and len(run.stderr.splitlines()) == 1


def test_exports_context_names_only_terms_the_ontology_defines() -> None:
    """The published @context maps every core class and relation, and nothing the ontology lacks."""
    from policygraph.namespaces import CATEGORIES, PG, RELATIONS

    ctx = json.loads((ROOT / "ontology" / "context.jsonld").read_text())["@context"]
    targets = {(d if isinstance(d, str) else d["@id"]) for t, d in ctx.items() if not t.startswith("@")}
    for target in targets:
        if target.startswith("pg:"):
            assert PG[target[3:]]  # a closed namespace: a term the ontology lacks raises
    for name in (*CATEGORIES, *RELATIONS):
        assert ctx[name] == f"pg:{name}" or ctx[name]["@id"] == f"pg:{name}"
    for name in RELATIONS:
        assert ctx[name]["@type"] == "@id"
