"""Draw the graph as one self-contained, offline HTML page (graph.html).

A graph file or the build's Oxigraph store becomes a `ViewModel` (entities as nodes,
core relations as edges, the sentences and articles behind them), which is
rendered into the page template in `viewer/` with vis-network inlined. Article
text is hostile: it reaches the page only as JSON escaped for a ``<script>``
block, and the page's script puts it into the DOM as text, never as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import networkx as nx
import numpy as np
import pyoxigraph as ox

from .diff import GraphDiff
from .errors import GraphError
from .files import check_regular
from .namespaces import CATEGORIES, PG_IRI, RELATIONS

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDFS_SUBPROP = "http://www.w3.org/2000/01/rdf-schema#subPropertyOf"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DCT_TITLE = "http://purl.org/dc/terms/title"
DCT_CREATOR = "http://purl.org/dc/terms/creator"
RDF_SUBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"
RDF_PREDICATE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"
RDF_OBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object"

#: Above this many nodes the page draws the Python layout as is (physics off);
#: at or below it, vis-network refines that layout with a short stabilisation.
PHYSICS_MAX_NODES = 300

#: (subject, predicate, object, object-is-a-literal), all as plain strings.
Triple = tuple[str, str, str, bool]


@dataclass(frozen=True)
class ViewArticle:
    iri: str
    title: str
    creator: str
    path: str


@dataclass(frozen=True)
class ViewSentence:
    text: str
    section: str
    article: int  # index into ViewModel.articles, -1 if unknown
    start: int


@dataclass
class ViewNode:
    iri: str
    label: str
    category: str
    subclass: str
    aliases: list[str]
    sentences: list[int]  # indices into ViewModel.sentences
    articles: list[int]
    degree: int = 0
    community: int = 0
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True)
class ViewEdge:
    source: int  # indices into ViewModel.nodes
    target: int
    predicate: str  # local name as stated in the graph
    core: str  # the core relation it counts as (its own name for core relations)
    sentences: list[int]
    articles: list[int]


@dataclass
class ViewModel:
    nodes: list[ViewNode]
    edges: list[ViewEdge]
    sentences: list[ViewSentence]
    articles: list[ViewArticle]
    physics: bool = field(default=True)


# --- reading graphs ---------------------------------------------------------------------------


def triples_of_store(store: ox.Store) -> Iterator[Triple]:
    """Every triple of every graph in an Oxigraph store (duplicates are harmless)."""
    for q in store:
        yield _ox_str(q.subject), q.predicate.value, _ox_str(q.object), isinstance(q.object, ox.Literal)


def triples_of_file(path: Path) -> list[Triple]:
    """A Turtle or TriG file's triples, parsed by Oxigraph (fast, strict)."""
    if not path.exists():
        raise GraphError(f"{path}: no such graph; run 'policygraph build' first")
    if path.is_dir():
        raise GraphError(f"{path}: is a folder; give a .ttl or .trig file")
    check_regular(path, GraphError)
    fmt = ox.RdfFormat.TRIG if path.suffix.lower() == ".trig" else ox.RdfFormat.TURTLE
    try:
        return [(_ox_str(q.subject), q.predicate.value, _ox_str(q.object), isinstance(q.object, ox.Literal))
                for q in ox.parse(path=path, format=fmt)]
    except (SyntaxError, ValueError, OSError) as exc:
        first = (str(exc).splitlines() or [""])[0][:200]
        raise GraphError(f"{path}: cannot parse as {fmt.name} ({first}); give a graph written by 'policygraph build'") from None


def _ox_str(term) -> str:
    return term.value if hasattr(term, "value") else str(term)


# --- the view model ---------------------------------------------------------------------------


def _local(iri: str) -> str:
    return iri[len(PG_IRI):] if iri.startswith(PG_IRI) else ""


def view_model(triples: Iterable[Triple], *, seed: int = 1) -> ViewModel:
    """Nodes, edges, sentences and articles of a graph, laid out and ranked.

    Reads only what the page shows, straight from the triples, so it works on
    graph.ttl (union) and graph.trig (named graphs) alike; a relation stated
    in two articles is one edge with the evidence of both.
    """
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, list[str]] = defaultdict(list)
    alts: dict[str, list[str]] = defaultdict(list)
    mentioned: dict[str, list[str]] = defaultdict(list)
    lits: dict[tuple[str, str], str] = {}
    in_article: dict[str, str] = {}
    stmt: dict[str, dict[str, str]] = defaultdict(dict)
    evidence: dict[str, list[str]] = defaultdict(list)
    subprop: dict[str, str] = {}
    direct: dict[tuple[str, str, str], None] = {}
    core_rel = {PG_IRI + r for r in RELATIONS}
    for s, p, o, is_lit in triples:
        if p == RDF_TYPE:
            types[s].add(o)
        elif p == RDFS_LABEL and is_lit:
            labels[s].append(o)
        elif p == SKOS_ALT and is_lit:
            alts[s].append(o)
        elif p == PG_IRI + "mentionedIn":
            mentioned[s].append(o)
        elif p == PG_IRI + "evidence":
            evidence[s].append(o)
        elif p == PG_IRI + "inArticle":
            in_article[s] = o
        elif p in (RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT):
            stmt[s][p] = o
        elif p == RDFS_SUBPROP and not is_lit:
            subprop[s] = o
        elif is_lit:
            lits[(s, p)] = o
        elif p in core_rel or p.startswith(PG_IRI):
            direct[(s, p, o)] = None

    def core_of(pred: str) -> str | None:
        seen = set()
        while pred not in core_rel:
            if pred in seen or pred not in subprop:
                return None
            seen.add(pred)
            pred = subprop[pred]
        return _local(pred)

    articles: list[ViewArticle] = []
    article_index: dict[str, int] = {}
    for iri in sorted(s for s, ts in types.items() if PG_IRI + "Article" in ts):
        article_index[iri] = len(articles)
        articles.append(ViewArticle(iri, lits.get((iri, DCT_TITLE), "") or iri.rsplit("/", 1)[-1],
                                    lits.get((iri, DCT_CREATOR), ""), lits.get((iri, PG_IRI + "sourcePath"), "")))

    sentences: list[ViewSentence] = []
    sentence_index: dict[str, int] = {}

    def sentence(iri: str) -> int | None:
        if iri not in sentence_index:
            text = lits.get((iri, PG_IRI + "text"))
            if text is None:
                return None
            start = lits.get((iri, PG_IRI + "startOffset"), "0")
            sentence_index[iri] = len(sentences)
            sentences.append(ViewSentence(text, lits.get((iri, PG_IRI + "section"), ""),
                                          article_index.get(in_article.get(iri, ""), -1),
                                          int(start) if start.lstrip("-").isdigit() else 0))
        return sentence_index[iri]

    def provenance(sentence_iris: Iterable[str]) -> tuple[list[int], list[int]]:
        idx = sorted({i for i in map(sentence, sentence_iris) if i is not None},
                     key=lambda i: (sentences[i].article, sentences[i].start))
        arts = sorted({sentences[i].article for i in idx if sentences[i].article >= 0})
        return idx, arts

    core_classes = {PG_IRI + c: c for c in CATEGORIES}
    nodes: list[ViewNode] = []
    node_index: dict[str, int] = {}
    for iri in sorted(types):
        cats = [core_classes[t] for t in types[iri] if t in core_classes]
        if not cats:
            continue
        category = min(cats, key=CATEGORIES.index)
        subs = sorted(_local(t) for t in types[iri] if t.startswith(PG_IRI) and t not in core_classes)
        label = min(labels[iri]) if labels[iri] else iri.rsplit("/", 1)[-1]
        idx, arts = provenance(mentioned[iri])
        node_index[iri] = len(nodes)
        nodes.append(ViewNode(iri, label, category, subs[0] if subs else category,
                              sorted(set(alts[iri]) - {label}), idx, arts))

    by_triple: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for st, parts in stmt.items():
        if len(parts) == 3:
            by_triple[(parts[RDF_SUBJECT], parts[RDF_PREDICATE], parts[RDF_OBJECT])].extend(evidence.get(st, ()))
    edges: list[ViewEdge] = []
    for s, p, o in sorted(direct):
        core = core_of(p)
        if core is None or s not in node_index or o not in node_index:
            continue
        idx, arts = provenance(by_triple.get((s, p, o), ()))
        edges.append(ViewEdge(node_index[s], node_index[o], _local(p), core, idx, arts))

    model = ViewModel(nodes, edges, sentences, articles, physics=len(nodes) <= PHYSICS_MAX_NODES)
    _rank_and_layout(model, seed=seed)
    return model


def _rank_and_layout(model: ViewModel, *, seed: int) -> None:
    """Degree for size, Louvain communities for the optional colouring, positions.

    Degree rather than PageRank: it is exact, needs no SciPy, and reads as
    "how many relations" in the panel.
    """
    g = nx.Graph()
    g.add_nodes_from(range(len(model.nodes)))
    g.add_edges_from((e.source, e.target) for e in model.edges)
    degree = [0] * len(model.nodes)
    for e in model.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    communities = nx.community.louvain_communities(g, seed=seed) if g.number_of_edges() else [set(g.nodes)]
    communities = [c for c in communities if c]  # an article may yield no entity at all
    for c, members in enumerate(sorted(communities, key=lambda m: (-len(m), min(m)))):
        for i in members:
            model.nodes[i].community = c
    groups = [node.articles[0] if node.articles else -1 for node in model.nodes] if len(model.articles) > 1 else None
    pos = layout(len(model.nodes), [(e.source, e.target) for e in model.edges], seed=seed, groups=groups)
    for i, node in enumerate(model.nodes):
        node.degree = degree[i]
        node.x, node.y = float(pos[i, 0]), float(pos[i, 1])


def layout(n: int, edges: list[tuple[int, int]], *, seed: int = 1, iterations: int = 50,
           sample: int = 200, edge_length: float = 110.0, groups: list[int] | None = None) -> np.ndarray:
    """Fruchterman-Reingold positions (n x 2, in screen pixels), in NumPy.

    With `groups` (a group per node: its first article), nodes start around
    their group's centre and the mild gravity pulls towards it, so each
    article of a corpus stays a cluster, joined by the entities they share.

    networkx's spring_layout needs SciPy above 500 nodes and its dense variants
    are quadratic per iteration; here repulsion is computed against a fresh
    random sample of `sample` nodes each iteration (scaled up to all n), so
    5,000 nodes / 10,000 edges lay out in well under a second and small graphs
    get the exact force.

    >>> layout(3, [(0, 1), (1, 2)]).shape
    (3, 2)
    """
    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(seed)
    k = 1.0
    radius = math.sqrt(n) * k
    ang = rng.uniform(0, 2 * math.pi, n)
    rad = radius * np.sqrt(rng.uniform(0, 1, n))
    x, y = rad * np.cos(ang), rad * np.sin(ang)
    cx = cy = np.zeros(n)
    if groups is not None and len(set(groups)) > 1:
        names = sorted(set(groups))
        g = np.asarray([names.index(v) for v in groups])
        sizes = np.bincount(g, minlength=len(names))
        ring = radius * 1.2
        theta = 2 * math.pi * np.arange(len(names)) / len(names)
        cx, cy = (ring * np.cos(theta))[g], (ring * np.sin(theta))[g]
        inner = np.sqrt(sizes[g] / n)  # each group starts in a disk sized by its share of the nodes
        x, y = cx + x * inner, cy + y * inner
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    e = e[e[:, 0] != e[:, 1]]
    src, dst = e[:, 0], e[:, 1]
    temp = radius / 4
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        if n <= sample:
            ox_, oy, scale = x, y, 1.0
        else:
            pick = rng.choice(n, sample, replace=False)
            ox_, oy, scale = x[pick], y[pick], n / sample
        dx = x[:, None] - ox_[None, :]
        dy = y[:, None] - oy[None, :]
        inv = dx * dx + dy * dy
        np.maximum(inv, 1e-4, out=inv)
        np.divide(k * k * scale, inv, out=inv)
        fx = np.einsum("ij,ij->i", dx, inv) - 0.02 * k * (x - cx)  # mild gravity keeps components in view,
        fy = np.einsum("ij,ij->i", dy, inv) - 0.02 * k * (y - cy)  # each around its group's centre
        if len(e):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            dist = np.maximum(np.hypot(ex, ey), 1e-3) / k
            ax, ay = ex * dist, ey * dist
            fx += np.bincount(dst, ax, n) - np.bincount(src, ax, n)
            fy += np.bincount(dst, ay, n) - np.bincount(src, ay, n)
        length = np.maximum(np.hypot(fx, fy), 1e-9)
        step = np.minimum(length, temp) / length
        x += fx * step
        y += fy * step
        temp -= cool
    pos = np.column_stack([x - x.mean(), y - y.mean()])
    if len(e):
        mean = float(np.hypot(pos[src, 0] - pos[dst, 0], pos[src, 1] - pos[dst, 1]).mean())
    else:
        mean = k
    return pos * (edge_length / max(mean, 1e-6))


# --- rendering --------------------------------------------------------------------------------


def page_data(model: ViewModel) -> dict:
    """The JSON the page script reads: short keys, integer ids, no HTML anywhere."""
    return {
        "version": 1,
        "physics": model.physics,
        "categories": list(CATEGORIES),
        "articles": [asdict(a) for a in model.articles],
        "sentences": [[s.text, s.section, s.article] for s in model.sentences],
        "nodes": [{"iri": n.iri, "label": n.label, "cat": n.category, "cls": n.subclass, "aka": n.aliases,
                   "sen": n.sentences, "art": n.articles, "deg": n.degree, "com": n.community,
                   "x": round(n.x, 1), "y": round(n.y, 1)} for n in model.nodes],
        "edges": [{"s": e.source, "t": e.target, "p": e.predicate, "core": e.core, "sen": e.sentences,
                   "art": e.articles} for e in model.edges],
    }


_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: object) -> str:
    """JSON that cannot end or comment out the <script> block it sits in.

    Only string contents can hold these characters, and inside a JSON string
    their \\u escapes mean the same text, so JSON.parse gives back the original.

    >>> script_json({"t": "</script><!--\u2028"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group()], text)


@cache
def _asset(name: str) -> str:
    return resources.files("policygraph").joinpath("viewer").joinpath(name).read_text(encoding="utf-8")


@cache
def vis_network_js() -> str:
    """vis-network's standalone build as shipped inside pyvis (newest bundled version).

    pyvis is a dependency for exactly this file; its HTML templates are not
    used because they load Bootstrap and tom-select from CDNs.
    """
    lib = resources.files("pyvis").joinpath("templates").joinpath("lib")
    versions = sorted((d for d in lib.iterdir() if d.name.startswith("vis-") and d.joinpath("vis-network.min.js").is_file()),
                      key=lambda d: tuple(int(x) for x in re.findall(r"\d+", d.name)))
    if not versions:
        raise GraphError("vis-network.min.js not found in the installed pyvis; reinstall with 'pip install pyvis>=0.3.2'")
    js = versions[-1].joinpath("vis-network.min.js").read_text(encoding="utf-8")
    if re.search(r"</script|<!--", js, re.IGNORECASE):  # would end our inline <script> early
        raise GraphError("the bundled vis-network.min.js cannot be inlined safely")
    return js


def render_html(model: ViewModel, *, title: str = "policygraph", changes: ChangeMarks | None = None) -> str:
    """The whole page: template with styles, vis-network, our script and the data inlined.

    One pass over the template's ``{{NAME}}`` slots, so text inserted into one
    slot (an article containing "{{DATA}}") is never substituted again.
    """
    scripts = [vis_network_js(), _asset("viewer.js")]
    slots: dict[str, Callable[[], str]] = {
        "CSP": lambda: content_security_policy(scripts),
        "CSS": lambda: _asset("viewer.css"),
        "VIS_JS": lambda: scripts[0],
        "VIEWER_JS": lambda: scripts[1],
        "DATA": lambda: script_json({**page_data(model),
                                     "changes": changes_data(model, changes) if changes else None}),
        "TITLE": lambda: _html_text(title),
    }
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: slots[m.group(1)](), _asset("template.html"))


def content_security_policy(scripts: list[str]) -> str:
    """Only our two inline scripts may run, and nothing may be fetched.

    A second wall behind the escaping: even an injected ``<script>`` or
    ``onerror=`` attribute would not run, and no request can leave the page.
    """
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_of_store(store: ox.Store, *, changes: ChangeMarks | None = None) -> bytes:
    return render_html(view_model(triples_of_store(store)), changes=changes).encode("utf-8")


def html_of_file(path: Path, *, changes: ChangeMarks | None = None) -> bytes:
    return render_html(view_model(triples_of_file(path)), changes=changes).encode("utf-8")


def html_files(store: ox.Store, outdir: Path, *, change: GraphDiff | None = None) -> dict[Path, Callable[[], bytes]]:
    """The build hook: graph.html beside graph.ttl, rendered with the other files;
    what `change` added is marked "new since last build" when there was a previous build."""
    marks = None
    if change is not None and change.old:
        marks = change_marks(change, since=mtime_utc(Path(change.old)))
    return {outdir / "graph.html": lambda: html_of_store(store, changes=marks)}


# --- what is new since the previous build -----------------------------------------------------


@dataclass(frozen=True)
class ChangeMarks:
    """What the page marks as new: entity IRIs and (subject, predicate, object) relations."""

    since: str  # when the graph compared against was written, e.g. "2026-11-30 01:52 UTC"
    entities: frozenset[str]
    relations: frozenset[tuple[str, str, str]]  # predicate as core local name
    removed_entities: int = 0
    removed_relations: int = 0


def change_marks(change: GraphDiff, *, since: str) -> ChangeMarks:
    """The entities added to the graph and the relations new to it (not merely restated)."""
    return ChangeMarks(
        since,
        frozenset(e.iri for e in change.entities if e.change == "added"),
        frozenset((r.subject, r.predicate, r.object) for r in change.relations if r.change == "added" and r.fact),
        sum(e.change == "removed" for e in change.entities),
        len({(r.subject, r.predicate, r.object) for r in change.relations if r.change == "removed" and r.fact}))


def mtime_utc(path: Path) -> str:
    import datetime as dt

    try:
        stamp = path.stat().st_mtime
    except OSError:
        return ""
    return dt.datetime.fromtimestamp(stamp, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def changes_data(model: ViewModel, marks: ChangeMarks) -> dict:
    """The page's "changes" block: indices of the new nodes and edges."""
    return {
        "since": marks.since,
        "nodes": [i for i, n in enumerate(model.nodes) if n.iri in marks.entities],
        "edges": [j for j, e in enumerate(model.edges)
                  if (model.nodes[e.source].iri, e.core, model.nodes[e.target].iri) in marks.relations],
        "removed": {"entities": marks.removed_entities, "relations": marks.removed_relations},
    }
