"""Read a built graph back into records: its entities, and each relation as each article states it.

A graph written by `build` (a .ttl/.trig file, a build folder, or the build's
Oxigraph store) becomes `GraphFacts`, which `diff` compares and `exports`
turns into GraphML and Neo4j tables. One pass over the quads, no SPARQL.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError
from .namespaces import CATEGORIES, PG_IRI, PGID_IRI, RELATIONS

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_SUBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"
RDF_PREDICATE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"
RDF_OBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DCT_TITLE = "http://purl.org/dc/terms/title"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
ARTICLE_PREFIX = PGID_IRI + "article/"

_CORE_CLASSES = {PG_IRI + c: c for c in CATEGORIES}
_CORE_RELATIONS = {PG_IRI + r: r for r in RELATIONS}
_PARTS = frozenset((RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT))


@dataclass(frozen=True, slots=True)
class EntityFact:
    """One entity as the graph states it (union of all articles)."""

    iri: str
    label: str
    category: str  # Actor | Policy | Behaviour | Concern
    subclass: str  # most specific pg: class (the category when there is none)
    aliases: tuple[str, ...]  # sorted
    articles: tuple[str, ...]  # ids of the articles that mention it, sorted


@dataclass(frozen=True, slots=True)
class StatementFact:
    """One relation as one article states it, with its evidence sentences in text order."""

    article: str  # article id
    subject: str  # entity IRI
    predicate: str  # core relation name (pg: local name)
    object: str  # entity IRI
    evidence: tuple[str, ...]

    @property
    def triple(self) -> tuple[str, str, str]:
        return self.subject, self.predicate, self.object


@dataclass(frozen=True)
class GraphFacts:
    """What `diff` and the exports read of a graph."""

    entities: dict[str, EntityFact] = field(default_factory=dict)  # by IRI
    statements: dict[tuple[str, str, str, str], StatementFact] = field(default_factory=dict)  # (article, s, p, o)
    articles: dict[str, str] = field(default_factory=dict)  # id -> title

    def relations(self) -> dict[tuple[str, str, str], list[StatementFact]]:
        """Each (subject, predicate, object) fact with the statements of it, by article id."""
        out: dict[tuple[str, str, str], list[StatementFact]] = defaultdict(list)
        for key in sorted(self.statements):
            out[self.statements[key].triple].append(self.statements[key])
        return dict(out)


def article_id_of(iri: str) -> str:
    """The article id in an article IRI.

    >>> article_id_of("https://w3id.org/policygraph/id/article/rongcheng")
    'rongcheng'
    """
    return iri[len(ARTICLE_PREFIX):] if iri.startswith(ARTICLE_PREFIX) else iri


def facts_of_quads(quads: Iterable[ox.Quad]) -> GraphFacts:
    """Entities, statements and articles of a policygraph graph (named graphs or their union)."""
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    alts: dict[str, set[str]] = defaultdict(set)
    mentioned: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, str] = {}
    texts: dict[str, str] = {}
    starts: dict[str, int] = {}
    in_article: dict[str, str] = {}
    parts: dict[str, dict[str, str]] = defaultdict(dict)
    evidence: dict[str, set[str]] = defaultdict(set)
    derived: dict[str, str] = {}
    kinds = {RDF_TYPE: types, RDFS_LABEL: labels, SKOS_ALT: alts, PG_IRI + "mentionedIn": mentioned,
             PG_IRI + "evidence": evidence}
    singles = {PG_IRI + "text": texts, PG_IRI + "inArticle": in_article, PROV_DERIVED: derived, DCT_TITLE: titles}
    pg_start = PG_IRI + "startOffset"
    for q in quads:  # the predicate first: most quads of other kinds are skipped without reading their terms
        p = q.predicate.value
        if p in kinds:
            kinds[p][q.subject.value].add(q.object.value)
        elif p in singles:
            singles[p][q.subject.value] = q.object.value
        elif p in _PARTS:
            parts[q.subject.value][p] = q.object.value
        elif p == pg_start:
            o = q.object.value
            starts[q.subject.value] = int(o) if o.lstrip("-").isdigit() else 0

    articles = {article_id_of(iri): titles.get(iri, "") for iri, ts in types.items() if PG_IRI + "Article" in ts}
    entities: dict[str, EntityFact] = {}
    for iri in sorted(types):
        cats = [_CORE_CLASSES[t] for t in types[iri] if t in _CORE_CLASSES]
        if not cats:
            continue
        category = min(cats, key=CATEGORIES.index)
        subs = sorted(t[len(PG_IRI):] for t in types[iri] if t.startswith(PG_IRI) and t not in _CORE_CLASSES)
        label = min(labels[iri]) if labels[iri] else iri.rsplit("/", 1)[-1]
        arts = sorted({article_id_of(in_article[s]) for s in mentioned[iri] if s in in_article})
        entities[iri] = EntityFact(iri, label, category, subs[0] if subs else category,
                                   tuple(sorted(alts[iri] - {label})), tuple(arts))

    statements: dict[tuple[str, str, str, str], StatementFact] = {}
    for st, spo in parts.items():
        pred = _CORE_RELATIONS.get(spo.get(RDF_PREDICATE, ""))
        if pred is None or RDF_SUBJECT not in spo or RDF_OBJECT not in spo:
            continue
        # the article it came from; a graph without prov:wasDerivedFrom still names its evidence's article
        source = derived.get(st) or next((in_article[i] for i in sorted(evidence[st]) if i in in_article), "")
        article = article_id_of(source)
        sentences = sorted((starts.get(i, 0), texts[i]) for i in evidence[st] if i in texts)
        fact = StatementFact(article, spo[RDF_SUBJECT], pred, spo[RDF_OBJECT], tuple(t for _, t in sentences))
        statements[(article, *fact.triple)] = fact
    return GraphFacts(entities, dict(sorted(statements.items())), dict(sorted(articles.items())))


def graph_path(path: Path) -> Path:
    """A graph file, or the graph.trig of a build folder."""
    if path.is_dir():
        for name in ("graph.trig", "graph.ttl"):
            if (path / name).is_file():
                return path / name
        raise GraphError(f"{path}: is a folder without graph.trig or graph.ttl; give a build folder or a graph file")
    return path


def facts_of_file(path: Path) -> GraphFacts:
    """`GraphFacts` of a graph file or build folder.

    Parsed leniently (no IRI validation: twice as fast, and `build` wrote
    these IRIs strictly), streamed, never held as a list of quads."""
    from .store import graph_format

    source = graph_path(path)
    fmt = graph_format(source)
    if not source.is_file():
        raise GraphError(f"{source}: no such graph; run 'policygraph build' first")
    cached = read_facts_cache(source)
    if cached is not None:
        return cached
    try:
        return facts_of_quads(ox.parse(path=str(source), format=fmt, lenient=True))
    except SyntaxError as exc:
        raise GraphError(f"{source}: cannot parse as RDF ({' '.join(str(exc).split())[:200]})") from None
    except OSError as exc:
        raise GraphError(f"{source}: cannot read ({exc.strerror or exc})") from None


def facts_of_store(store: ox.Store) -> GraphFacts:
    return facts_of_quads(store)


# --- the facts of a build, kept beside its graph -------------------------------------------------
#
# Reading a 1,000-article graph.trig takes seconds; the facts of it, as JSON,
# a fraction of that. `build` writes them for the graph.trig it writes, with
# that file's SHA-256, so `diff` of build folders and the next build's change
# report skip the parse; a cache that does not match the graph is ignored.

FACTS_CACHE_VERSION = 1


def facts_cache_path(graph: Path) -> Path:
    """Where the facts of OUTDIR/graph.trig are kept (a sub-folder: the
    extraction cache's clean-up only looks at ``.policygraph/*.json``)."""
    return graph.parent / ".policygraph" / "facts" / f"{graph.name}.json"


def facts_to_bytes(facts: GraphFacts, graph_sha256: str) -> bytes:
    return json.dumps({
        "version": FACTS_CACHE_VERSION,
        "graph_sha256": graph_sha256,
        "entities": [[e.iri, e.label, e.category, e.subclass, list(e.aliases), list(e.articles)]
                     for e in facts.entities.values()],
        "statements": [[s.article, s.subject, s.predicate, s.object, list(s.evidence)]
                       for s in facts.statements.values()],
        "articles": facts.articles,
    }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_facts_cache(graph: Path) -> GraphFacts | None:
    """The cached facts of `graph`, or None when there are none or they are not of this file."""
    cache = facts_cache_path(graph)
    try:
        data = json.loads(cache.read_bytes())
        if data.get("version") != FACTS_CACHE_VERSION or data.get("graph_sha256") != file_sha256(graph):
            return None
        entities = {row[0]: EntityFact(row[0], row[1], row[2], row[3], tuple(row[4]), tuple(row[5]))
                    for row in data["entities"]}
        statements = {(row[0], row[1], row[2], row[3]): StatementFact(row[0], row[1], row[2], row[3], tuple(row[4]))
                      for row in data["statements"]}
        return GraphFacts(entities, statements, dict(data["articles"]))
    except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
