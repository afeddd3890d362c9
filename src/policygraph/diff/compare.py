"""Compare two graphs' facts: entities matched by IRI, relations by (article, subject, predicate, object).

An entity is added or removed when its IRI appears in or leaves the graph,
renamed when its label or aliases change, re-typed when its category or
class changes. A relation change is one article's statement of a relation
appearing or going; `fact` says whether the relation itself is new to (or
gone from) the whole graph rather than only restated (or no longer stated)
by that article.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..facts import EntityFact, GraphFacts, facts_of_file
from ..namespaces import CATEGORIES, RELATIONS

ENTITY_CHANGES = ("added", "removed", "renamed", "retyped")


@dataclass(frozen=True, slots=True)
class EntityChange:
    change: str  # added | removed | renamed | retyped
    iri: str
    label: str  # the new label (the old one for a removed entity)
    category: str
    subclass: str
    articles: tuple[str, ...]  # articles that mention it (in the old graph for a removed entity)
    old_label: str = ""
    old_category: str = ""
    old_subclass: str = ""
    aliases_added: tuple[str, ...] = ()
    aliases_removed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RelationChange:
    change: str  # added | removed
    article: str
    subject: str
    predicate: str
    object: str
    subject_label: str
    object_label: str
    evidence: tuple[str, ...]
    fact: bool  # the relation is new to / gone from the graph, not only from this article


@dataclass(frozen=True, slots=True)
class ArticleChange:
    """Counts for one article: predicate or category -> (added, removed)."""

    article: str
    title: str
    relations: dict[str, tuple[int, int]]
    entities: dict[str, tuple[int, int]]


@dataclass(frozen=True)
class GraphDiff:
    old: str
    new: str
    entities: tuple[EntityChange, ...] = ()
    relations: tuple[RelationChange, ...] = ()
    articles_added: tuple[str, ...] = ()
    articles_removed: tuple[str, ...] = ()
    titles: dict[str, str] = field(default_factory=dict)  # article id -> title, from both graphs

    @property
    def equal(self) -> bool:
        return not (self.entities or self.relations or self.articles_added or self.articles_removed)

    def count(self, change: str, *, relations: bool = False) -> int:
        return sum(c.change == change for c in (self.relations if relations else self.entities))

    def by_article(self) -> dict[str, ArticleChange]:
        """Per article: relation changes by predicate, entity additions and removals by category."""
        rels: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        ents: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for r in self.relations:
            rels[r.article][r.predicate][r.change == "removed"] += 1
        for e in self.entities:
            if e.change in ("added", "removed"):
                for a in e.articles:
                    ents[a][e.category][e.change == "removed"] += 1
        out = {}
        for a in sorted(set(rels) | set(ents) | set(self.articles_added) | set(self.articles_removed)):
            out[a] = ArticleChange(
                a, self.titles.get(a, ""),
                {p: tuple(rels[a][p]) for p in RELATIONS if p in rels[a]},
                {c: tuple(ents[a][c]) for c in CATEGORIES if c in ents[a]})
        return out

    def by_relation(self) -> dict[str, tuple[int, int]]:
        """Predicate -> (statements added, statements removed)."""
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in self.relations:
            counts[r.predicate][r.change == "removed"] += 1
        return {p: (counts[p][0], counts[p][1]) for p in RELATIONS if p in counts}


def _entity_changes(old: dict[str, EntityFact], new: dict[str, EntityFact]) -> list[EntityChange]:
    out: list[EntityChange] = []
    for iri in sorted(new.keys() - old.keys()):
        e = new[iri]
        out.append(EntityChange("added", iri, e.label, e.category, e.subclass, e.articles))
    for iri in sorted(old.keys() - new.keys()):
        e = old[iri]
        out.append(EntityChange("removed", iri, e.label, e.category, e.subclass, e.articles))
    for iri in sorted(old.keys() & new.keys()):
        a, b = old[iri], new[iri]
        if a.label != b.label or a.aliases != b.aliases:
            names_a, names_b = {a.label, *a.aliases}, {b.label, *b.aliases}
            out.append(EntityChange("renamed", iri, b.label, b.category, b.subclass, b.articles, old_label=a.label,
                                    aliases_added=tuple(sorted(names_b - names_a)),
                                    aliases_removed=tuple(sorted(names_a - names_b))))
        if a.category != b.category or a.subclass != b.subclass:
            out.append(EntityChange("retyped", iri, b.label, b.category, b.subclass, b.articles,
                                    old_category=a.category, old_subclass=a.subclass))
    order = {c: i for i, c in enumerate(ENTITY_CHANGES)}
    return sorted(out, key=lambda c: (order[c.change], CATEGORIES.index(c.category) if c.category in CATEGORIES else 9,
                                      c.label.lower(), c.iri))


def _label(iri: str, *graphs: GraphFacts) -> str:
    for g in graphs:
        if iri in g.entities:
            return g.entities[iri].label
    return iri.rsplit("/", 1)[-1]


def compare(old: GraphFacts, new: GraphFacts, *, old_name: str = "old", new_name: str = "new") -> GraphDiff:
    """Everything that differs between two graphs, in a stable order."""
    old_facts = {s.triple for s in old.statements.values()}
    new_facts = {s.triple for s in new.statements.values()}
    relations: list[RelationChange] = []
    for key in sorted(new.statements.keys() - old.statements.keys()):
        s = new.statements[key]
        relations.append(RelationChange("added", s.article, s.subject, s.predicate, s.object,
                                        _label(s.subject, new), _label(s.object, new), s.evidence,
                                        s.triple not in old_facts))
    for key in sorted(old.statements.keys() - new.statements.keys()):
        s = old.statements[key]
        relations.append(RelationChange("removed", s.article, s.subject, s.predicate, s.object,
                                        _label(s.subject, old, new), _label(s.object, old, new), s.evidence,
                                        s.triple not in new_facts))
    relations.sort(key=lambda r: (r.article, r.change, RELATIONS.index(r.predicate) if r.predicate in RELATIONS else 99,
                                  r.subject_label.lower(), r.object_label.lower(), r.subject, r.object))
    return GraphDiff(old_name, new_name, tuple(_entity_changes(old.entities, new.entities)), tuple(relations),
                     tuple(sorted(new.articles.keys() - old.articles.keys())),
                     tuple(sorted(old.articles.keys() - new.articles.keys())),
                     {**old.articles, **new.articles})


def diff_files(old: Path, new: Path) -> GraphDiff:
    """`policygraph diff OLD NEW`: two graph files or build folders."""
    return compare(facts_of_file(old), facts_of_file(new), old_name=str(old), new_name=str(new))
