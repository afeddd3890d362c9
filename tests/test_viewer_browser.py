"""The graph page in a real headless Chromium, offline: drawn, searchable, clickable, inert.

Counts are taken from the graph file with Oxigraph, not from the page's own
data, so a node or edge the viewer drops or invents is caught.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from policygraph.viz import html_of_file

from .browser import visit, wait_until

PG = "https://w3id.org/policygraph/ontology#"
PREFIXES = f"PREFIX pg: <{PG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
CORE = ("issuedBy", "evaluates", "rewards", "penalizes", "performedBy", "raisesConcern", "concernAbout",
        "supports", "criticizes", "partOf")
ENTITY = "?{v} a ?c{v} . VALUES ?c{v} {{ pg:Actor pg:Policy pg:Behaviour pg:Concern }}"


def _store(ttl: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=ttl, format=ox.RdfFormat.TURTLE)
    return store


def graph_counts(ttl: Path) -> tuple[int, int]:
    store = _store(ttl)
    n = next(iter(store.query(PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { " + ENTITY.format(v="e") + " }")))
    preds = " ".join(f"pg:{p}" for p in CORE)
    m = next(iter(store.query(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                              f"?s ?p ?o . VALUES ?p {{ {preds} }} " + ENTITY.format(v="s") + " "
                              + ENTITY.format(v="o") + " } }")))
    return int(n["n"].value), int(m["n"].value)


def mention_sentences(ttl: Path, label: str) -> list[str]:
    store = _store(ttl)
    q = PREFIXES + "SELECT ?t WHERE { ?e rdfs:label ?l ; pg:mentionedIn ?s . ?s pg:text ?t . FILTER(STR(?l) = ?want) }"
    return [row["t"].value for row in store.query(q.replace("?want", json.dumps(label)))]  # a constant of ours


@pytest.fixture(scope="module")
def scs_html(scs_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page `policygraph view` draws from the SCS build's graph.trig."""
    html = tmp_path_factory.mktemp("scs-view") / "graph.html"
    html.write_bytes(html_of_file(scs_out / "graph.trig"))
    return html


def _node_id(page, label: str) -> int:
    i = page.evaluate("l => policygraph.data.nodes.findIndex(n => n.label === l)", label)
    assert i >= 0, f"no node labelled {label!r} in the page"
    return i


def _click_node(page, i: int) -> None:
    """A real mouse click on the node's drawn position."""
    x, y = page.evaluate("""i => {
        const net = policygraph.network, p = net.getPositions([i])[i];
        net.moveTo({position: p, scale: 1.5});
        net.redraw();
        const d = net.canvasToDOM(p), r = document.getElementById('network').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y];
    }""", i)
    page.mouse.click(x, y)


def test_viewer_scs_page_draws_the_whole_graph_offline(chromium, scs_html: Path, scs_out: Path) -> None:
    with visit(chromium, scs_html) as v:
        assert v.page.evaluate("typeof vis !== 'undefined' && typeof vis.Network === 'function'"), "vis-network not loaded"
        drawn = v.page.evaluate("[policygraph.nodes.length, policygraph.edges.length,"
                                " Object.keys(policygraph.network.body.nodes).length,"
                                " policygraph.network.body.edgeIndices.length]")
        entities, relations = graph_counts(scs_out / "graph.ttl")
        assert entities > 30 and relations > 30  # the whole article's graph (40 and 46 now), not a fragment
        assert drawn == [entities, relations, entities, relations]
        legend = v.page.inner_text("#legend")
        for category in ("Actor", "Policy", "Behaviour", "Concern"):
            assert category in legend
        assert v.requests == [scs_html.resolve().as_uri()] and not v.blocked
        assert not v.errors and not v.dialogs
        assert not [c for c in v.console if c.startswith("error")], v.console


def test_viewer_search_focuses_scs(chromium, scs_html: Path) -> None:
    with visit(chromium, scs_html) as v:
        page = v.page
        scs = _node_id(page, "Social Credit System")
        page.fill("#search", "SCS")
        results = page.inner_text("#search-results")
        assert "Social Credit System" in results and "alias: SCS" in results
        page.press("#search", "Enter")
        page.wait_for_timeout(700)  # the focus animation (400 ms) ...
        wait_until(page, """i => {  // ... which a loaded machine stretches: wait until it has settled
            const net = policygraph.network, p = net.getPositions([i])[i], c = net.getViewPosition();
            return Math.hypot(p.x - c.x, p.y - c.y) < 5;
        }""", scs, timeout_ms=5_000)
        assert page.evaluate("policygraph.network.getSelectedNodes()") == [scs]
        assert page.inner_text("#details h2") == "Social Credit System"
        centre_gap = page.evaluate("""i => {
            const net = policygraph.network, p = net.getPositions([i])[i], c = net.getViewPosition();
            return Math.hypot(p.x - c.x, p.y - c.y);
        }""", scs)
        assert centre_gap < 5, "the view did not move to the searched node"


def test_viewer_click_behaviour_shows_evidence(chromium, scs_html: Path, scs_out: Path) -> None:
    expected = mention_sentences(scs_out / "graph.ttl", "traffic offenses")
    assert any("traffic offenses" in s for s in expected)
    with visit(chromium, scs_html) as v:
        page = v.page
        offense = _node_id(page, "traffic offenses")
        _click_node(page, offense)
        page.wait_for_selector("#details h2")
        assert page.evaluate("policygraph.network.getSelectedNodes()") == [offense]
        panel = page.inner_text("#details")
        assert page.inner_text("#details h2") == "traffic offenses"
        assert "Behaviour" in panel
        for sentence in expected:
            assert sentence in panel
        assert "Understanding China's Social Credit System" in panel  # the article title beside the sentence
        # neighbourhood highlight: a node not linked to traffic offenses is dimmed, its policy is not
        dim = page.evaluate("i => policygraph.nodes.get(i).color.background", _node_id(page, "China"))
        policy = page.evaluate("i => policygraph.nodes.get(i).color.background", _node_id(page, "Social Credit System"))
        assert dim != policy and dim.startswith("rgba")


def test_viewer_click_edge_shows_statement_evidence(chromium, scs_html: Path) -> None:
    with visit(chromium, scs_html) as v:
        page = v.page
        j = page.evaluate("""() => policygraph.data.edges.findIndex(e => e.p === 'penalizes' &&
                                 policygraph.data.nodes[e.t].label === 'traffic offenses')""")
        assert j >= 0
        page.evaluate("j => policygraph.selectEdge(j)", j)
        assert "penalizes" in page.inner_text("#details h2")
        assert "traffic offenses" in page.inner_text("#details .evidence")


def test_viewer_filters_by_category_and_article(chromium, scs_html: Path) -> None:
    with visit(chromium, scs_html) as v:
        page = v.page
        page.uncheck("#category-filter input[value=Concern]")
        hidden = page.evaluate("policygraph.nodes.get({filter: n => n.hidden}).map(n => policygraph.data.nodes[n.id].cat)")
        assert hidden and set(hidden) == {"Concern"}
        page.check("#category-filter input[value=Concern]")
        page.select_option("#article-filter", "0")
        assert page.evaluate("policygraph.nodes.get({filter: n => n.hidden}).length") == 0  # one article: all of it
        options = page.evaluate("[...document.querySelectorAll('#article-filter option')].map(o => o.text)")
        assert options == ["All articles", "Understanding China's Social Credit System"]



# ------------------------------------------------------------------ hostile text

FLAG = "pwned"  # every payload that runs sets window.pwned or opens a dialog
PAYLOADS = [
    "<script>window.pwned=1</script>",
    "</script><script>window.pwned=2</script>",
    '<img src=x onerror="window.pwned=3">',
    "<svg onload=window.pwned=4>",
    "javascript:window.pwned=5",
    '<a href="javascript:window.pwned=6">click me</a>',
    '" onmouseover="window.pwned=7" x="',
    "' onfocus='window.pwned=8' autofocus '",
    'see href="https://evil.example/x" here',
    "<!-- open comment",
    "]]> cdata end",
    "{{DATA}} {{VIS_JS}}",
    "{{ 7*7 }} ${window.pwned=13}",
    "line\u2028separator\u2029paragraph",
    '<iframe src="javascript:window.pwned=15"></iframe>',
    "<style>body{display:none}</style>",
    "<body onload=window.pwned=17>",
    "&lt;script&gt;alert(18)&lt;/script&gt; &amp;",
    "</title><script>window.pwned=19</script>",
    "<details open ontoggle=window.pwned=20>",
    "\\u003cscript\\u003ewindow.pwned=21\\u003c/script\\u003e",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.pwned=22>",
    "<input autofocus onfocus=alert(23)>",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "<object data=\"javascript:window.pwned=26\"></object>",
]
INERT_DOM = "img, iframe, svg, a, base, meta[http-equiv=refresh], object, embed, details, math, input:not(#search):not([type=checkbox]), style ~ style"


def hostile_graph(path: Path) -> None:
    """A graph whose every text field is a payload: labels, aliases, sentences, sections, titles."""
    from rdflib import RDF, RDFS, Graph, Literal, Namespace
    from rdflib.namespace import DCTERMS, SKOS

    pg, pgid = Namespace(PG), Namespace("https://w3id.org/policygraph/id/")
    g = Graph()
    art = pgid["article/hostile"]
    g.add((art, RDF.type, pg.Article))
    g.add((art, DCTERMS.title, Literal("Title " + PAYLOADS[0] + PAYLOADS[18])))
    g.add((art, DCTERMS.creator, Literal(PAYLOADS[2])))
    policy = pgid["entity/policy"]
    g.add((policy, RDF.type, pg.Policy))
    g.add((policy, RDFS.label, Literal("Hostile Policy")))
    for i, payload in enumerate(PAYLOADS):
        e, s, st = pgid[f"entity/p{i}"], pgid[f"article/hostile/s{i}"], pgid[f"article/hostile/r/{i}"]
        g.add((e, RDF.type, pg.Behaviour))
        g.add((e, RDFS.label, Literal(payload)))
        g.add((e, SKOS.altLabel, Literal(f"alias {i} {payload}")))
        g.add((e, pg.mentionedIn, s))
        g.add((s, RDF.type, pg.Sentence))
        g.add((s, pg.text, Literal(f"Sentence {i}: {payload}")))
        g.add((s, pg.section, Literal(payload)))
        g.add((s, pg.inArticle, art))
        g.add((policy, pg.penalizes, e))
        g.add((st, RDF.type, pg.Statement))
        g.add((st, RDF.subject, policy))
        g.add((st, RDF.predicate, pg.penalizes))
        g.add((st, RDF.object, e))
        g.add((st, pg.evidence, s))
    g.serialize(path, format="turtle")


def _assert_inert(v, page_uri: str) -> None:
    page = v.page
    assert page.evaluate(f"typeof window.{FLAG}") == "undefined", "a payload ran"
    assert not v.dialogs, f"a payload opened a dialog: {v.dialogs}"
    assert not v.errors, v.errors
    assert v.requests == [page_uri] and not v.blocked, f"requests left the page: {v.blocked}"
    assert page.evaluate(f"document.querySelectorAll({json.dumps(INERT_DOM)}).length") == 0
    assert page.evaluate("document.body.offsetHeight") > 0  # no <style> took the page over


def test_viewer_hostile_graph_is_rendered_literally(chromium, tmp_path: Path) -> None:
    assert len(PAYLOADS) >= 20
    ttl = tmp_path / "hostile.ttl"
    hostile_graph(ttl)
    html = tmp_path / "hostile.html"
    html.write_bytes(html_of_file(ttl))
    with visit(chromium, html) as v:
        page = v.page
        assert page.evaluate("policygraph.nodes.length") == len(PAYLOADS) + 1
        assert page.inner_text("#subtitle") == "Title " + PAYLOADS[0] + PAYLOADS[18]
        for i, payload in enumerate(PAYLOADS):
            page.fill("#search", f"alias {i} {payload}")
            first = page.text_content("#search-results li button")
            assert first.startswith(payload), (i, first)
            page.press("#search", "Enter")
            assert page.text_content("#details h2") == payload
            details = page.text_content("#details")
            assert f"Sentence {i}: {payload}" in details
            assert f"alias {i} {payload}" in details
            assert PAYLOADS[2] not in details or i == 2  # the creator is not shown as a sentence
        _click_node(page, _node_id(page, "Hostile Policy"))  # every payload in its relation list
        relations = page.text_content("#details")
        assert all(p in relations for p in PAYLOADS)
        page.select_option("#article-filter", "0")
        assert page.evaluate("document.querySelector('#article-filter').selectedOptions[0].text") == \
            "Title " + PAYLOADS[0] + PAYLOADS[18]
        _assert_inert(v, html.resolve().as_uri())


HOSTILE_ARTICLE = """# {p0} The Social Credit System "quoted" & 'single'

## Rewards and Penalties {p1}

- Social Behavior: In some of the pilot cities, the Social Credit System penalizes corruption {p2} in the markets and on the streets.
- Financial: The Social Credit System penalizes tax evasion {p11} and rewards paying bills on time {p10} {p9}.
- Businesses such as "{p3}" are evaluated by the Social Credit System.

## Criticisms and Concerns {p4}

- Privacy Issues: Critics such as Human Rights Watch {p8} argue the system leads to surveillance {p13}.
- Transparency {p6}: The Social Credit System lacks transparency {p22}, critics say.
- Scoring {p14} {p24}: The Social Credit System penalizes fraud {p18} {p23}.
"""


def test_viewer_hostile_article_build_is_inert(chromium, build_of, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("hostile-article")
    article = folder / "hostile.md"
    article.write_text(HOSTILE_ARTICLE.format(**{f"p{i}": p for i, p in enumerate(PAYLOADS)}), encoding="utf-8")
    out = build_of(article)
    html = out / "graph.view.html"
    html.write_bytes(html_of_file(out / "graph.ttl"))
    with visit(chromium, html) as v:
        page = v.page
        data_text = page.evaluate("JSON.stringify(policygraph.data)")
        assert "onerror" in data_text and "<script>" in data_text  # payloads did reach the page, as data
        title = page.evaluate("policygraph.data.articles[0].title")
        assert page.inner_text("#subtitle") == title and "<script>" in title
        corruption = _node_id(page, "corruption")
        _click_node(page, corruption)
        evidence = page.text_content("#details .evidence")
        assert "<img src=x onerror=" in evidence  # shown as text, not as an image
        for i in range(page.evaluate("policygraph.data.nodes.length")):
            page.evaluate("i => policygraph.selectNode(i, false)", i)
        _assert_inert(v, html.resolve().as_uri())
