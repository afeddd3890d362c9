"""`policygraph diff` and the build's change report, on real builds of our own short articles.

Every expectation is checked two ways: against what the edited sentence plainly
says, and against an oracle that reads the same two graph files with SPARQL on
Oxigraph (no code of the diff), so a change the diff drops or invents is caught.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from policygraph.cli import app
from policygraph.diff import as_dict, counts_phrase, diff_files, summary_line
from policygraph.pipeline import build

DATA = Path(__file__).resolve().parent / "data" / "changes"
BASE, UNRELATED, ALIAS = DATA / "base", DATA / "unrelated", DATA / "alias"
OLD_SENTENCE = "The Transit Credit Plan punishes fare evasion."
NEW_SENTENCE = "The Transit Credit Plan punishes tax fraud."
ENTITY = "https://w3id.org/policygraph/id/entity/"
PREFIXES = """PREFIX pg: <https://w3id.org/policygraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
runner = CliRunner()


# --- an oracle that shares no code with the diff --------------------------------------------------

def _store(trig: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    return store


def oracle_statements(trig: Path) -> dict[tuple[str, str, str, str], set[str]]:
    """(article id, subject, predicate name, object) -> evidence texts, by SPARQL."""
    q = PREFIXES + """SELECT ?art ?s ?p ?o ?text WHERE { GRAPH ?g {
        ?st a pg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?art .
        OPTIONAL { ?st pg:evidence ?sen . ?sen pg:text ?text } } }"""
    out: dict[tuple[str, str, str, str], set[str]] = {}
    for row in _store(trig).query(q):
        key = (row["art"].value.rsplit("/", 1)[-1], row["s"].value, row["p"].value.rsplit("#", 1)[-1], row["o"].value)
        out.setdefault(key, set())
        if row["text"] is not None:
            out[key].add(row["text"].value)
    return out


def oracle_entities(trig: Path) -> set[str]:
    q = PREFIXES + "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e a ?c } VALUES ?c { pg:Actor pg:Policy pg:Behaviour pg:Concern } }"
    return {row["e"].value for row in _store(trig).query(q)}


def named_graph(trig: Path, article: str) -> set[tuple[str, str, str]]:
    name = ox.NamedNode(f"https://w3id.org/policygraph/id/article/{article}")
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in _store(trig).quads_for_pattern(None, None, None, name)}


def rebuild(inputs: list[Path], outdir: Path, keep_as: Path) -> Path:
    """Keep a copy of the previous graph, then build again into the same folder (as a user does)."""
    shutil.copy(outdir / "graph.trig", keep_as)
    build(inputs, outdir)
    return outdir / "graph.trig"


def relation_keys(diff_json: dict, change: str) -> set[tuple[str, str, str, str]]:
    return {(r["article"], r["subject"], r["predicate"], r["object"]) for r in diff_json["relations"] if r["change"] == change}


def entity_iris(diff_json: dict, change: str) -> set[str]:
    return {e["iri"] for e in diff_json["entities"] if e["change"] == change}


def assert_matches_oracle(diff_json: dict, old: Path, new: Path) -> None:
    a, b = oracle_statements(old), oracle_statements(new)
    assert relation_keys(diff_json, "added") == b.keys() - a.keys()
    assert relation_keys(diff_json, "removed") == a.keys() - b.keys()
    for r in diff_json["relations"]:
        source = b if r["change"] == "added" else a
        assert set(r["evidence"]) == source[(r["article"], r["subject"], r["predicate"], r["object"])]
    assert entity_iris(diff_json, "added") == oracle_entities(new) - oracle_entities(old)
    assert entity_iris(diff_json, "removed") == oracle_entities(old) - oracle_entities(new)


# --- builds ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def added_article(tmp_path_factory) -> tuple[Path, Path, Path]:
    """(old graph, new graph, outdir): base, then base + an unrelated article, in one folder."""
    root = tmp_path_factory.mktemp("added")
    out = root / "out"
    build([BASE], out)
    new = rebuild([BASE, UNRELATED], out, root / "old.trig")
    return root / "old.trig", new, out


@pytest.fixture(scope="module")
def edited_sentence(tmp_path_factory) -> tuple[Path, Path]:
    """(old graph, new graph): base, then base with one sentence of one article rewritten."""
    root = tmp_path_factory.mktemp("edited")
    articles = root / "articles"
    shutil.copytree(BASE, articles)
    out = root / "out"
    build([articles], out)
    page = articles / "harbour-transit.md"
    assert OLD_SENTENCE in page.read_text()
    page.write_text(page.read_text().replace(OLD_SENTENCE, NEW_SENTENCE))
    return root / "old.trig", rebuild([articles], out, root / "old.trig")


# --- diff ------------------------------------------------------------------------------------------

def test_diff_adding_an_unrelated_article_only_adds_what_it_says(added_article) -> None:
    old, new, _ = added_article
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 1, result.output
    d = json.loads(result.output)
    assert_matches_oracle(d, old, new)
    assert not d["equal"] and d["summary"]["articles"] == {"added": ["school-meals"], "removed": []}
    assert d["summary"]["entities"]["removed"] == d["summary"]["entities"]["renamed"] == 0
    assert d["summary"]["entities"]["retyped"] == d["summary"]["relations"]["removed"] == 0
    assert {r["article"] for r in d["relations"]} == {"school-meals"} and all(r["fact"] for r in d["relations"])
    assert all(e["articles"] == ["school-meals"] for e in d["entities"])
    added = {(r["subject_label"], r["predicate"], r["object_label"]): r["evidence"] for r in d["relations"]}
    assert added[("School Meals Programme", "issuedBy", "Northfield Education Department")] == [
        "The Northfield Education Department runs the School Meals Programme."]
    assert list(d["by_article"]) == ["school-meals"]


def test_diff_identifiers_stay_the_same_when_an_unrelated_article_is_added(tmp_path: Path) -> None:
    """Fresh builds in separate folders (no manifest to lean on), the second in another process
    with another hash seed: every triple of the old articles' graphs is unchanged."""
    build([BASE], tmp_path / "one")
    script = "import sys; from pathlib import Path; from policygraph.pipeline import build; " \
             "build([Path(p) for p in sys.argv[2:]], Path(sys.argv[1]))"
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "two"), str(BASE), str(UNRELATED)], check=True,
                   env={**os.environ, "PYTHONHASHSEED": "12345"}, capture_output=True)
    one, two = tmp_path / "one" / "graph.trig", tmp_path / "two" / "graph.trig"
    for article in ("harbour-transit", "river-water"):
        triples = named_graph(one, article)
        assert len(triples) > 20 and named_graph(two, article) == triples, article
    assert oracle_entities(one) < oracle_entities(two)
    assert diff_files(one, two).count("removed") == 0


@pytest.mark.parametrize("name", ["社会信用体系", "信用中国", "—"])
def test_diff_slug_of_a_name_without_ascii_is_the_same_in_every_process(name: str) -> None:
    """Regression: the fallback slug used str hash(), which PYTHONHASHSEED changes per process,
    so an entity named only in non-Latin script got a new IRI on every build."""
    script = "import sys; from policygraph.names import slug; print(slug(sys.argv[1]))"
    slugs = {subprocess.run([sys.executable, "-c", script, name], env={**os.environ, "PYTHONHASHSEED": seed},
                            capture_output=True, text=True, check=True).stdout.strip() for seed in ("1", "2", "3")}
    assert len(slugs) == 1 and slugs.pop().startswith("x")


def test_diff_editing_one_sentence_changes_only_what_it_said(edited_sentence) -> None:
    old, new = edited_sentence
    d = as_dict(diff_files(old, new))
    assert_matches_oracle(d, old, new)
    removed = [(r["subject_label"], r["predicate"], r["object_label"], r["evidence"])
               for r in d["relations"] if r["change"] == "removed"]
    assert removed == [("Transit Credit Plan", "penalizes", "fare evasion", [OLD_SENTENCE])]
    added = [r for r in d["relations"] if r["change"] == "added"]
    assert added and all(r["evidence"] == [NEW_SENTENCE] and r["predicate"] == "penalizes" for r in added)
    assert {e["label"] for e in d["entities"] if e["change"] == "removed"} == {"fare evasion"}
    assert all(e["articles"] == ["harbour-transit"] for e in d["entities"])
    assert list(d["by_article"]) == ["harbour-transit"] and d["summary"]["articles"] == {"added": [], "removed": []}


def test_diff_text_and_markdown_show_each_change_with_its_evidence(edited_sentence) -> None:
    old, new = edited_sentence
    text = runner.invoke(app, ["diff", str(old), str(new)])
    md = runner.invoke(app, ["diff", str(old), str(new), "--format", "md"])
    assert text.exit_code == md.exit_code == 1
    lines = text.output.splitlines()
    i = lines.index("    - Transit Credit Plan  penalizes  fare evasion")
    assert lines[i + 1] == f'        "{OLD_SENTENCE}"'
    assert any(line.startswith("  harbour-transit ") and "- 1 penalizes" in line for line in lines)
    assert "- − Transit Credit Plan *penalizes* fare evasion" in md.output
    assert f"  > {OLD_SENTENCE}" in md.output and "| penalizes |" in md.output


@pytest.mark.parametrize("pair", [("graph.trig", "graph.trig"), ("graph.ttl", "graph.trig"), (".", "graph.ttl")])
def test_diff_of_the_same_graph_is_empty_and_exits_0(added_article, pair) -> None:
    _, _, out = added_article
    result = runner.invoke(app, ["diff", str(out / pair[0]), str(out / pair[1])])
    assert result.exit_code == 0, result.output
    assert "the graphs state the same entities and relations" in result.output
    d = json.loads(runner.invoke(app, ["diff", str(out / pair[0]), str(out / pair[1]), "--format", "json"]).output)
    assert d["equal"] and d["entities"] == d["relations"] == []


def test_diff_reports_a_renamed_and_a_retyped_entity(added_article, tmp_path: Path) -> None:
    """An acronym seen in a new article is a new alias (renamed); a type we change is re-typed."""
    old, _, _ = added_article
    out = tmp_path / "out"
    shutil.copytree(old.parent / "out", out)
    new = rebuild([BASE, UNRELATED, ALIAS], out, tmp_path / "before.trig")
    d = as_dict(diff_files(tmp_path / "before.trig", new))
    renamed = [e for e in d["entities"] if e["change"] == "renamed"]
    assert [(e["iri"], e["aliases_added"], e["aliases_removed"]) for e in renamed] == [
        (ENTITY + "harbour-city-council", ["HCC"], [])]
    store = _store(new)
    store.update(PREFIXES + f"""DELETE {{ GRAPH ?g {{ <{ENTITY}farmer> a ?c }} }}
        INSERT {{ GRAPH ?g {{ <{ENTITY}farmer> a pg:Actor, pg:Business }} }}
        WHERE {{ GRAPH ?g {{ <{ENTITY}farmer> a ?c }} }}""")
    retyped = tmp_path / "retyped.trig"
    retyped.write_bytes(store.dump(format=ox.RdfFormat.TRIG))
    d = as_dict(diff_files(new, retyped))
    assert [(e["change"], e["iri"], e["old_subclass"], e["subclass"]) for e in d["entities"]] == [
        ("retyped", ENTITY + "farmer", "Group", "Business")]
    assert d["relations"] == []
    text = runner.invoke(app, ["diff", str(new), str(retyped)]).output
    assert f"  ~ retyped   Farmers: Actor/Group -> Actor/Business  <{ENTITY}farmer>" in text.splitlines()
    md = runner.invoke(app, ["diff", str(tmp_path / "before.trig"), str(new), "--format", "md"]).output
    assert "- **renamed** Harbour City Council; \\+ alias HCC" in md.splitlines()


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d / "missing.trig", "no such graph"),
    (lambda d: d, "is a folder without graph.trig"),
    (lambda d: (d / "bad.ttl").write_text("this is not turtle") and d / "bad.ttl", "cannot parse"),
    (lambda d: (d / "graph.json").write_text("{}") and d / "graph.json", "unknown graph format"),
])
def test_diff_bad_input_is_one_line_and_exit_2(added_article, tmp_path: Path, make, message) -> None:
    _, new, _ = added_article
    result = runner.invoke(app, ["diff", str(make(tmp_path)), str(new)])
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output and len(result.output.splitlines()) == 1


def test_diff_of_hostile_text_stays_one_line_per_record_and_escaped_in_markdown(tmp_path: Path) -> None:
    """Labels and sentences are article text: the text form never breaks a line, Markdown escapes them."""
    from .test_viewer_browser import PAYLOADS, hostile_graph

    hostile_graph(tmp_path / "hostile.ttl")
    (tmp_path / "empty.ttl").write_text("")
    text = runner.invoke(app, ["diff", str(tmp_path / "empty.ttl"), str(tmp_path / "hostile.ttl")])
    md = runner.invoke(app, ["diff", str(tmp_path / "empty.ttl"), str(tmp_path / "hostile.ttl"), "--format", "md"])
    assert text.exit_code == md.exit_code == 1
    relations = [line for line in text.output.splitlines() if line.startswith("    + Hostile Policy  penalizes  ")]
    assert len(relations) == len(PAYLOADS)
    assert "line\\u2028separator\\u2029paragraph" in text.output
    assert "<script>" not in md.output and "\\<script\\>" in md.output


def test_diff_reads_a_build_folder_from_its_facts_cache_only_when_it_matches(added_article, tmp_path: Path) -> None:
    """The facts a build keeps beside graph.trig equal a full parse; an edited graph.trig is parsed again."""
    from policygraph.facts import facts_cache_path, facts_of_file, facts_of_quads, read_facts_cache

    _, new, out = added_article
    assert facts_cache_path(new).is_file()
    parsed = facts_of_quads(ox.parse(path=str(new), format=ox.RdfFormat.TRIG))
    assert read_facts_cache(new) == parsed and facts_of_file(out) == parsed
    edited = tmp_path / "out"
    shutil.copytree(out, edited)
    with (edited / "graph.trig").open("a") as fh:  # a hand edit: one more entity
        fh.write(f"<{ENTITY}hand-made> a <https://w3id.org/policygraph/ontology#Actor> .\n")
    assert read_facts_cache(edited / "graph.trig") is None
    d = as_dict(diff_files(out, edited))
    assert [(e["change"], e["iri"]) for e in d["entities"]] == [("added", ENTITY + "hand-made")]
    facts_cache_path(edited / "graph.trig").write_text("{not json")
    assert read_facts_cache(edited / "graph.trig") is None and facts_of_file(edited) != parsed


# --- the build's change report ---------------------------------------------------------------------

def test_build_prints_the_change_per_article_and_json_matches_diff(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(BASE), "-o", str(out), "--no-html"])
    assert first.exit_code == 0 and "graph (first build):" in first.output
    shutil.copy(out / "graph.trig", tmp_path / "old.trig")
    second = runner.invoke(app, ["build", str(BASE), str(UNRELATED), "-o", str(out), "--no-html"])
    assert second.exit_code == 0, second.output
    diff = diff_files(tmp_path / "old.trig", out / "graph.trig")
    lines = second.output.splitlines()
    assert lines[1] == f"graph since the last build: {summary_line(diff)}"
    assert lines[2:] == [f"  school-meals: {counts_phrase(diff.by_article()['school-meals'])}"]
    assert "+ 1 issuedBy" in lines[2] and " actors" in lines[2] and diff.count("removed") == 0

    shutil.copy(out / "graph.trig", tmp_path / "old2.trig")
    (tmp_path / "more").mkdir()
    shutil.copy(ALIAS / "harbour-acronym.md", tmp_path / "more")
    third = runner.invoke(app, ["build", str(BASE), str(UNRELATED), str(tmp_path / "more"), "-o", str(out),
                                "--no-html", "--format", "json"])
    assert third.exit_code == 0, third.output
    change = json.loads(third.output)["change"]
    cli = json.loads(runner.invoke(app, ["diff", str(tmp_path / "old2.trig"), str(out / "graph.trig"),
                                         "--format", "json"]).output)
    assert {k: v for k, v in change.items() if k not in ("old", "new")} == \
        {k: v for k, v in cli.items() if k not in ("old", "new")}
    assert change["summary"]["entities"]["renamed"] == 1

    again = runner.invoke(app, ["build", str(BASE), str(UNRELATED), str(tmp_path / "more"), "-o", str(out), "--no-html"])
    assert again.exit_code == 0 and len(again.output.splitlines()) == 1  # nothing changed: no change report
