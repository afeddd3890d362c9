"""The page of a several-article corpus in headless Chromium: the legend explains
the colours on screen, the article filter re-fits the view and updates the
counts, and no label is cut off at the edge of the canvas."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.viz import html_of_file

from .browser import visit
from .conftest import EXAMPLES

#: For each shown node: is its box (shape and label) inside the canvas? Returns the labels that are not.
CLIPPED = """() => {
    const net = policygraph.network, box = document.getElementById('network').getBoundingClientRect();
    const out = [];
    policygraph.nodes.get({filter: n => !n.hidden}).forEach(n => {
        const b = net.getBoundingBox(n.id);
        const tl = net.canvasToDOM({x: b.left, y: b.top}), br = net.canvasToDOM({x: b.right, y: b.bottom});
        if (tl.x < -1 || tl.y < -1 || br.x > box.width + 1 || br.y > box.height + 1) out.push(policygraph.data.nodes[n.id].label);
    });
    return out;
}"""

#: How much of the canvas (width or height, whichever is fuller) the shown nodes span.
FILL = """() => {
    const net = policygraph.network, box = document.getElementById('network').getBoundingClientRect();
    let l = Infinity, r = -Infinity, t = Infinity, b = -Infinity;
    policygraph.nodes.get({filter: n => !n.hidden}).forEach(n => {
        const bb = net.getBoundingBox(n.id);
        l = Math.min(l, bb.left); r = Math.max(r, bb.right); t = Math.min(t, bb.top); b = Math.max(b, bb.bottom);
    });
    const tl = net.canvasToDOM({x: l, y: t}), br = net.canvasToDOM({x: r, y: b});
    return Math.max((br.x - tl.x) / box.width, (br.y - tl.y) / box.height);
}"""


@pytest.fixture(scope="module")
def corpus_html(build_of, tmp_path_factory) -> Path:
    html = tmp_path_factory.mktemp("corpus-view") / "graph.html"
    html.write_bytes(html_of_file(build_of(EXAMPLES) / "graph.trig"))
    return html


def test_viewer_community_colours_change_the_legend(chromium, corpus_html):
    with visit(chromium, corpus_html) as v:
        page = v.page
        assert page.locator("#legend li[data-category]").count() == 4
        page.select_option("#colour-mode", "community")
        entries = page.evaluate("""() => [...document.querySelectorAll('#legend li[data-community]')].map(li => [
            Number(li.dataset.community), getComputedStyle(li.querySelector('.swatch')).backgroundColor])""")
        assert entries and page.locator("#legend li[data-category]").count() == 0
        for community, colour in entries:  # the swatch is the colour of that community's nodes
            node = page.evaluate("c => policygraph.nodes.get(policygraph.data.nodes.findIndex(n => n.com === c))",
                                 community)
            rgb = page.evaluate("c => { const d = document.createElement('div'); d.style.color = c;"
                                " document.body.appendChild(d); const s = getComputedStyle(d).color; d.remove();"
                                " return s; }", node["color"]["background"])
            assert rgb == colour
        page.select_option("#colour-mode", "category")
        assert page.locator("#legend li[data-category]").count() == 4


def test_viewer_article_filter_refits_and_counts(chromium, corpus_html):
    with visit(chromium, corpus_html) as v:
        page = v.page
        total = page.evaluate("policygraph.data.nodes.length")
        page.check("#show-isolated")
        assert page.inner_text("#stats").startswith(f"{total} entities")
        page.select_option("#article-filter", "1")
        shown = page.evaluate("policygraph.nodes.get({filter: n => !n.hidden}).length")
        assert 0 < shown < total
        stats = page.inner_text("#stats")
        assert stats.startswith(f"{shown} of {total} entities") and "1 of 4 articles" in stats, stats
        assert page.evaluate(CLIPPED) == []
        assert page.evaluate(FILL) > 0.8, "the view was not fitted to the nodes left"
        page.select_option("#article-filter", "-1")
        assert page.inner_text("#stats").startswith(f"{total} entities")


@pytest.mark.parametrize("size", [(1400, 860), (900, 600)])
def test_viewer_no_label_is_cut_at_the_edge(chromium, corpus_html, size):
    with visit(chromium, corpus_html, width=size[0], height=size[1]) as v:
        assert v.page.evaluate(CLIPPED) == []


def test_viewer_corpus_hides_entities_without_relations_behind_a_toggle(chromium, corpus_html):
    with visit(chromium, corpus_html) as v:
        page = v.page
        total, isolated = page.evaluate("[policygraph.data.nodes.length, policygraph.data.nodes.filter(n => !n.deg).length]")
        assert isolated > 0
        hidden = page.evaluate("policygraph.nodes.get({filter: n => n.hidden}).map(n => policygraph.data.nodes[n.id].deg)")
        assert len(hidden) == isolated and set(hidden) == {0}
        assert page.inner_text("#stats").startswith(f"{total - isolated} of {total} entities")
        assert page.inner_text("label:has(#show-isolated)") == f"Show {isolated} without relations"
        page.check("#show-isolated")
        assert page.evaluate("policygraph.nodes.get({filter: n => n.hidden}).length") == 0
        assert page.inner_text("#stats").startswith(f"{total} entities")


#: On-screen label size in px of each shown node, most connected first.
LABEL_PX = """() => {
    const net = policygraph.network, s = net.getScale();
    return policygraph.nodes.get({filter: n => !n.hidden})
        .map(n => [policygraph.data.nodes[n.id].deg, net.body.nodes[n.id].labelModule.fontOptions.size * s])
        .sort((a, b) => b[0] - a[0]).map(x => x[1]);
}"""


def test_viewer_corpus_first_view_names_the_hubs_and_zoom_names_the_rest(chromium, corpus_html):
    with visit(chromium, corpus_html) as v:
        page = v.page
        sizes = page.evaluate(LABEL_PX)
        assert min(sizes[:5]) >= 11, sizes[:5]  # the five most connected entities are readable at once
        assert sizes[0] > sizes[-1]
        page.evaluate("policygraph.network.moveTo({scale: 2, animation: false}); policygraph.network.redraw()")
        assert min(page.evaluate(LABEL_PX)) >= 11  # zoomed in, every label is


def test_viewer_corpus_keeps_each_article_together(chromium, corpus_html):
    with visit(chromium, corpus_html) as v:
        pairs = v.page.evaluate("""() => {
            const pos = policygraph.network.getPositions(), nodes = policygraph.data.nodes, same = [], other = [];
            const single = nodes.map((n, i) => [i, n]).filter(([i, n]) => n.art.length === 1 && n.deg > 0);
            single.forEach(([i, a], x) => single.slice(x + 1).forEach(([j, b]) => {
                const d = Math.hypot(pos[i].x - pos[j].x, pos[i].y - pos[j].y);
                (a.art[0] === b.art[0] ? same : other).push(d);
            }));
            const mean = xs => xs.reduce((s, x) => s + x, 0) / xs.length;
            return [mean(same), mean(other)];
        }""")
        same, other = pairs
        assert same < 0.7 * other, pairs
