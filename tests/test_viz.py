"""The graph page without a browser: data escaping, counts, offline-ness, the CLI."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from policygraph import viz
from policygraph.cli import app

from .test_viewer_browser import PAYLOADS, graph_counts, hostile_graph

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "corporate-social-credit.md"

# a reference that would make the page fetch something: src=, href=, @import, url( with a remote or
# protocol-relative address
REMOTE = re.compile(r"""(?:\b(?:src|href)\s*=\s*["']?|@import\s*(?:url\()?\s*["']?|\burl\(\s*["']?)\s*(?:https?:)?//""",
                    re.IGNORECASE)


@pytest.fixture(scope="module")
def sample_out(build_of) -> Path:
    return build_of(SAMPLE)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_viz_script_json_cannot_leave_its_script_block(payload: str) -> None:
    text = viz.script_json({"label": payload, "list": [payload]})
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"label": payload, "list": [payload]}


def test_viz_model_counts_match_the_graph(sample_out: Path) -> None:
    entities, relations = graph_counts(sample_out / "graph.ttl")
    for name in ("graph.ttl", "graph.trig"):
        model = viz.view_model(viz.triples_of_file(sample_out / name))
        assert (len(model.nodes), len(model.edges)) == (entities, relations), name
        assert model.articles and all(a.title for a in model.articles)
        assert {n.category for n in model.nodes} <= {"Actor", "Policy", "Behaviour", "Concern"}
        assert all(e.sentences for e in model.edges), "every relation carries its evidence"


def test_viz_page_references_nothing_outside_itself(sample_out: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.ttl"
    hostile_graph(hostile)
    for html in (viz.html_of_file(sample_out / "graph.ttl").decode(), viz.html_of_file(hostile).decode()):
        assert not REMOTE.findall(html), REMOTE.findall(html)[:3]
        assert len(re.findall(r"^<script", html, re.M)) == 3  # data, vis-network, viewer: nothing from the graph
        assert "default-src 'none'" in html
    assert REMOTE.search('<link href="https://cdn.example/x.css">') and REMOTE.search("@import url(//x/y.css)")


def test_viz_viewer_script_never_builds_html_from_text() -> None:
    js = (ROOT / "src" / "policygraph" / "viewer" / "viewer.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "title:"):
        assert sink not in js, sink


def test_viz_template_slots_are_filled_once(tmp_path: Path) -> None:
    ttl = tmp_path / "hostile.ttl"
    hostile_graph(ttl)
    html = viz.html_of_file(ttl).decode()
    assert html.count("{{DATA}} {{VIS_JS}}") == 4  # label, alias, sentence, section: as data, never expanded
    assert len(html) < 2 * len(viz.vis_network_js())


def test_viz_layout_of_5000_nodes_is_fast() -> None:
    import random

    rng = random.Random(1)
    edges = [(rng.randrange(5000), rng.randrange(5000)) for _ in range(10_000)]
    start = time.perf_counter()
    pos = viz.layout(5000, edges)
    assert time.perf_counter() - start < 3  # about 0.4 s here
    assert pos.shape == (5000, 2) and (pos == pos).all()  # no NaN
    assert len({(round(x), round(y)) for x, y in pos}) > 4900  # spread out, not collapsed


def test_viz_build_writes_graph_html_unless_told_not_to(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    result = runner.invoke(app, ["build", str(SAMPLE), "-o", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "a" / "graph.html").read_text()
    assert "vis-network" in page and 'id="pg-data"' in page
    result = runner.invoke(app, ["build", str(SAMPLE), "-o", str(tmp_path / "b"), "--no-html"])
    assert result.exit_code == 0 and not (tmp_path / "b" / "graph.html").exists()


def test_viz_view_command(sample_out: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    target = tmp_path / "page.html"
    result = runner.invoke(app, ["view", str(sample_out / "graph.trig"), "-o", str(target), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["bytes"] == target.stat().st_size
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    for args, message in [(["view", str(tmp_path / "missing.ttl")], "no such graph"),
                          (["view", str(bad)], "cannot parse"),
                          (["view", str(tmp_path)], "is a folder"),
                          (["view", str(bad), "-o", str(bad)], "would overwrite")]:
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output and "Traceback" not in result.output


def test_viz_layout_keeps_each_group_together():
    """Two articles' clusters joined by one shared entity stay apart, each together."""
    import random

    import numpy as np

    from policygraph.viz import layout

    rng = random.Random(3)
    groups = [0] * 60 + [1] * 60 + [2] * 60
    edges = [(a, b) for g in range(3) for a, b in
             ((rng.randrange(g * 60, g * 60 + 60), rng.randrange(g * 60, g * 60 + 60)) for _ in range(90)) if a != b]
    edges += [(0, 60), (60, 120)]
    pos = layout(len(groups), edges, groups=groups)
    g = np.asarray(groups)
    centre = np.stack([pos[g == k].mean(axis=0) for k in range(3)])
    spread = np.mean([np.hypot(*(pos[g == k] - centre[k]).T).mean() for k in range(3)])
    apart = np.mean([np.hypot(*(centre[a] - centre[b])) for a in range(3) for b in range(a + 1, 3)])
    assert apart > 1.5 * spread, (apart, spread)
