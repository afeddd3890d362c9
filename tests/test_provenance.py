"""The provenance query of docs/model.md runs as written and returns the evidence sentence."""

from __future__ import annotations

import re

import pyoxigraph

from .conftest import ROOT


def readme_query() -> str:
    text = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sparql\n(.*?)```", text, flags=re.DOTALL)
    assert blocks, "docs/model.md has no sparql block"
    return blocks[0]


def test_provenance_readme_query_returns_offense_sentence(scs_out):
    store = pyoxigraph.Store()
    store.load(path=str(scs_out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    rows = [{k: row[k].value for k in ("policy", "behaviour", "sentence", "article")} for row in store.query(readme_query())]
    offenses = [r for r in rows if r["behaviour"] == "traffic offenses"]
    assert offenses, rows
    assert offenses[0]["policy"] == "Social Credit System"
    assert "Violations such as traffic offenses or criminal activities" in offenses[0]["sentence"]
    assert "Social Credit System" in offenses[0]["article"]


def test_provenance_same_answer_on_trig_named_graphs(scs_out):
    store = pyoxigraph.Store()
    store.load(path=str(scs_out / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    rows = list(store.query(readme_query(), use_default_graph_as_union=True))
    assert any(r["behaviour"].value == "traffic offenses" for r in rows)


def test_provenance_sentence_offsets_point_into_the_article(scs_out):
    from .conftest import corpus_file

    text = corpus_file("scs-explainer.txt").read_text(encoding="utf-8")
    store = pyoxigraph.Store()
    store.load(path=str(scs_out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    query = """PREFIX pg: <https://w3id.org/policygraph/ontology#>
    SELECT ?t ?s ?e WHERE { ?x a pg:Sentence ; pg:text ?t ; pg:startOffset ?s ; pg:endOffset ?e }"""
    rows = list(store.query(query))
    assert len(rows) > 20
    for row in rows:
        assert text[int(row["s"].value) : int(row["e"].value)] == row["t"].value
