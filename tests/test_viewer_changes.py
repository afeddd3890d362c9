"""The viewer's "new since last build" toggle, in headless Chromium, on two real builds.

Which entities and relations are new is worked out here from the two graph
files with SPARQL on Oxigraph, not read from the page's own data.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from policygraph.pipeline import build
from policygraph.viz import html_files

from .browser import visit
from .test_diff import BASE, UNRELATED, oracle_entities, oracle_statements

DIM = "rgba(200,204,210,0.35)"
NEW = "#e6007e"


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path, str]:
    """(outdir, copy of the first graph, the first graph's write time as the page shows it)."""
    root = tmp_path_factory.mktemp("toggle")
    out = root / "out"
    build([BASE], out, extra_files=html_files)
    shutil.copy(out / "graph.html", root / "first.html")
    shutil.copy(out / "graph.trig", root / "old.trig")
    stamp = dt.datetime.fromtimestamp((out / "graph.trig").stat().st_mtime, dt.timezone.utc)
    build([BASE, UNRELATED], out, extra_files=html_files)
    return out, root / "old.trig", stamp.strftime("%Y-%m-%d %H:%M UTC")


def _styles(page) -> list[dict]:
    return page.evaluate("""() => ({
        nodes: policygraph.data.nodes.map((n, i) => { const v = policygraph.nodes.get(i);
            return {label: n.label, iri: n.iri, bg: v.color.background, border: v.color.border, width: v.borderWidth}; }),
        edges: policygraph.data.edges.map((e, j) => { const v = policygraph.edges.get(j);
            return {s: policygraph.data.nodes[e.s].iri, p: e.core, o: policygraph.data.nodes[e.t].iri,
                    colour: v.color.color, width: v.width}; })
    })""")


def test_viewer_toggle_marks_what_is_new_since_the_last_build(chromium, two_builds) -> None:
    out, old, since = two_builds
    new_entities = oracle_entities(out / "graph.trig") - oracle_entities(old)
    old_facts = {k[1:] for k in oracle_statements(old)}
    new_facts = {k[1:] for k in oracle_statements(out / "graph.trig")} - old_facts
    assert new_entities and new_facts
    with visit(chromium, out / "graph.html") as v:
        page = v.page
        assert page.is_visible("#changes")
        assert page.inner_text("#new-text") == f"new since last build ({since})"
        assert page.inner_text("#new-summary").startswith(f"{len(new_entities)} new entities, {len(new_facts)} new relations")
        before = _styles(page)
        assert all(n["bg"] != DIM and n["width"] == 1 for n in before["nodes"])

        page.click("#new-label")  # a real click on the label toggles the checkbox
        assert page.is_checked("#new-toggle")
        after = _styles(page)
        marked = {n["iri"] for n in after["nodes"] if n["border"] == NEW and n["width"] == 5}
        dimmed = {n["iri"] for n in after["nodes"] if n["bg"] == DIM}
        assert marked == new_entities
        assert dimmed == {n["iri"] for n in after["nodes"]} - new_entities
        assert {(e["s"], e["p"], e["o"]) for e in after["edges"] if e["colour"] == NEW} == new_facts
        assert all(e["colour"] == DIM for e in after["edges"] if (e["s"], e["p"], e["o"]) not in new_facts)

        page.click("#new-label")
        assert not page.is_checked("#new-toggle") and not page.is_visible("#new-list")
        assert _styles(page) == before  # unticked: the view as it was

        page.click("#new-label")
        labels = page.eval_on_selector_all("#new-list button", "bs => bs.map(b => b.textContent)")
        assert sorted(labels) == sorted(n["label"] for n in after["nodes"] if n["iri"] in new_entities)
        page.click("#new-list button >> nth=0")  # a new entity in the list: selected, its details shown
        assert page.inner_text("#details h2") == labels[0]
        assert not v.errors and not v.blocked


def test_viewer_first_build_has_no_toggle(chromium, two_builds) -> None:
    out, _, _ = two_builds
    with visit(chromium, out.parent / "first.html") as v:
        assert not v.page.is_visible("#changes")
        assert v.page.evaluate("policygraph.data.changes") is None
        assert not v.errors


def test_viewer_view_since_marks_the_same_as_the_build(chromium, two_builds, tmp_path: Path) -> None:
    """`policygraph view NEW --since OLD` draws the page a build would have, toggle included."""
    from typer.testing import CliRunner

    from policygraph.cli import app

    out, old, _ = two_builds
    page = tmp_path / "since.html"
    result = CliRunner().invoke(app, ["view", str(out / "graph.trig"), "-o", str(page), "--since", str(old)])
    assert result.exit_code == 0, result.output
    with visit(chromium, page) as v:
        since = dt.datetime.fromtimestamp(old.stat().st_mtime, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        assert v.page.inner_text("#new-text") == f"new since last build ({since})"
        v.page.click("#new-label")
        marked = {n["iri"] for n in _styles(v.page)["nodes"] if n["border"] == NEW}
        assert marked == oracle_entities(out / "graph.trig") - oracle_entities(old)
        assert not v.errors
