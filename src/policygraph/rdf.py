"""Turn extractions into RDF: one named graph per article plus the ontology.

IRIs are minted from slugs (ASCII letters, digits, hyphens), so they are valid
whatever the article says and identical on every run. Each relation is stated
directly (``?policy pg:penalizes ?behaviour``) and reified as a `pg:Statement`
whose `pg:evidence` is the sentence it came from; each entity points at the
sentences that mention it (`pg:mentionedIn`). Each article graph is built with
rdflib terms and added to an Oxigraph store, which export writes.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .namespaces import DOMAIN_RANGE, PG, PGID, PGV, PROV
from .ontology import load_ontology
from .records import Entity, Extraction

ONTOLOGY_GRAPH = URIRef("https://w3id.org/policygraph/ontology")
PREFIXES = {"pg": PG._NS, "pgid": PGID, "pgv": PGV, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS}


def article_iri(article_id: str) -> URIRef:
    return PGID[f"article/{article_id}"]


def sentence_iri(article_id: str, index: int) -> URIRef:
    return PGID[f"article/{article_id}/s{index}"]


def entity_iri(key: str) -> URIRef:
    return PGID[f"entity/{key}"]


def statement_iri(article_id: str, s: str, p: str, o: str) -> URIRef:
    digest = hashlib.sha1(f"{s}|{p}|{o}".encode()).hexdigest()[:12]
    return PGID[f"article/{article_id}/r/{digest}"]


def _literal(text: str) -> Literal:
    """Text as a plain literal, without characters XML/N-Triples cannot carry."""
    clean = "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
    return Literal(clean)


class Canon:
    """One label and one category per entity across all articles.

    Rule for conflicts: the category most articles give wins (ties: the
    first article); labels from vocabulary concepts win, else the most
    frequent label. Other labels become skos:altLabel.
    """

    def __init__(self, extractions: list[Extraction]):
        cats: dict[str, Counter] = defaultdict(Counter)
        subs: dict[str, Counter] = defaultdict(Counter)
        labels: dict[str, Counter] = defaultdict(Counter)
        self.concept: dict[str, str] = {}
        for x in extractions:
            for e in x.entities:
                cats[e.key][e.category] += 1
                subs[e.key][e.subclass] += 1
                labels[e.key][e.label] += 1
                if e.concept:
                    self.concept[e.key] = e.concept
        self.category = {k: c.most_common(1)[0][0] for k, c in cats.items()}
        self.subclass = {}
        for key, counter in subs.items():
            fitting = [(n, s) for s, n in counter.items() if s == self.category[key] or s not in {"Actor", "Policy", "Behaviour", "Concern"}]
            self.subclass[key] = max(fitting)[1] if fitting else self.category[key]
        self.label = {k: c.most_common(1)[0][0] for k, c in labels.items()}
        self.conflicts = {k: dict(c) for k, c in cats.items() if len(c) > 1}


def _add_entity(g: Graph | _QuadSink, e: Entity, article_id: str, canon: Canon, core: dict[str, URIRef]) -> None:
    iri = entity_iri(e.key)
    category = canon.category[e.key]
    g.add((iri, RDF.type, PG[category]))
    sub = canon.subclass[e.key]
    if sub != category and sub in core:
        g.add((iri, RDF.type, core[sub]))
    label = canon.label[e.key]
    g.add((iri, RDFS.label, _literal(label)))
    for alias in dict.fromkeys([e.label, *e.aliases]):
        if alias != label:
            g.add((iri, SKOS.altLabel, _literal(alias)))
    if e.concept:
        g.add((iri, PG.concept, PGV[e.concept]))
    for i in e.sentences:
        g.add((iri, PG.mentionedIn, sentence_iri(article_id, i)))


class _QuadSink:
    """Stands for an rdflib graph in `add_extraction`: each triple is added
    to one named graph of an Oxigraph store, `RUN` at a time."""

    RUN = 10_000

    def __init__(self, store: ox.Store, graph: ox.NamedNode):
        self.store, self.graph = store, graph
        self.pending: list[ox.Quad] = []

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        self.pending.append(ox.Quad(_term(s), _term(p), _term(o), self.graph))
        if len(self.pending) >= self.RUN:
            self.flush()

    def flush(self) -> None:
        self.store.extend(self.pending)
        self.pending = []


def add_extraction(g: Graph | _QuadSink, x: Extraction, canon: Canon, classes: dict[str, URIRef]) -> None:
    """An article's statements, added to its graph `g`."""
    a = x.article
    art = article_iri(a.id)
    g.add((art, RDF.type, PG.Article))
    g.add((art, RDF.type, PROV.Entity))
    g.add((art, DCTERMS.title, _literal(a.title)))
    if a.author:
        g.add((art, DCTERMS.creator, _literal(a.author)))
    if a.date:
        g.add((art, DCTERMS.date, Literal(a.date, datatype=XSD.date)))
    g.add((art, PG.sourcePath, _literal(a.path)))
    g.add((art, PG.contentHash, Literal(a.content_hash)))
    if x.meta.get("extractor_version"):
        g.add((art, PG.extractorVersion, Literal(x.meta["extractor_version"])))
    used: set[int] = set()
    for e in x.entities:
        _add_entity(g, e, a.id, canon, classes)
        used.update(e.sentences)
    for r in x.relations:
        domain, range_ = DOMAIN_RANGE[r.predicate]
        if canon.category.get(r.subject) != domain or canon.category.get(r.object) != range_:
            continue  # another article settled one end's category differently
        s, o = entity_iri(r.subject), entity_iri(r.object)
        pred = PG[r.predicate]
        g.add((s, pred, o))
        st = statement_iri(a.id, r.subject, r.predicate, r.object)
        g.add((st, RDF.type, PG.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, pred))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, art))
        for i in r.sentences:
            g.add((st, PG.evidence, sentence_iri(a.id, i)))
        used.update(r.sentences)
    for sent in x.sentences:
        if sent.index not in used:
            continue
        si = sentence_iri(a.id, sent.index)
        g.add((si, RDF.type, PG.Sentence))
        g.add((si, PG.text, _literal(sent.text)))
        g.add((si, PG.startOffset, Literal(sent.start, datatype=XSD.integer)))
        g.add((si, PG.endOffset, Literal(sent.end, datatype=XSD.integer)))
        g.add((si, PG.inArticle, art))
        if sent.section:
            g.add((si, PG.section, _literal(sent.section)))


def _term(node):
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    return ox.BlankNode(str(node))


def build_store(extractions: Iterable[Extraction], *, canon: Canon | None = None, with_ontology: bool = True) -> ox.Store:
    """All extractions in an in-memory Oxigraph store, one named graph per article.

    Each article's statements go into the store in runs of `_QuadSink.RUN`,
    so memory holds the compact store and one run, never a whole article
    in rdflib (about 1 KB a triple: 490,000 triples for a 5 MB article)."""
    items = list(extractions)
    canon = canon or Canon(items)
    classes = {str(c).rsplit("#", 1)[-1]: c for c in load_ontology().subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class"))}
    store = ox.Store()
    if with_ontology:
        target = ox.NamedNode(str(ONTOLOGY_GRAPH))
        store.extend(ox.Quad(_term(s), _term(p), _term(o), target) for s, p, o in load_ontology())
    for x in items:
        sink = _QuadSink(store, ox.NamedNode(str(article_iri(x.article.id))))
        add_extraction(sink, x, canon, classes)
        sink.flush()
    return store
