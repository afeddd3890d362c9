"""Score a built graph against a hand-made gold file: precision, recall, F1.

Gold format (``<article>.gold.json``): ``text`` names the article file;
``entities`` list ``{id, type, names}`` (any one name is enough to match);
``optional`` lists ``{type, names}`` that cost nothing if extracted;
``relations`` list ``{subject, predicate, object}`` over entity ids with core
predicates (a sub-property in the graph counts as its core property).
Names match leniently: case, punctuation, possessives, leading determiners
and quantifiers, and plurals are folded.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import SKOS

from .errors import GoldError, GraphError
from .names import normalise_name
from .namespaces import CATEGORIES, PG, RELATIONS
from .ontology import load_lexicon, load_ontology


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    article: str
    entities: dict[str, Score] = field(default_factory=dict)  # per category + "micro"
    relations: dict[str, Score] = field(default_factory=dict)  # per predicate + "all"
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    relation_fp: list[str] = field(default_factory=list)
    relation_fn: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "article": self.article,
            "entities": {k: v.as_dict() for k, v in self.entities.items()},
            "relations": {k: v.as_dict() for k, v in self.relations.items()},
            "entity_false_positives": self.false_positives,
            "entity_false_negatives": self.false_negatives,
            "relation_false_positives": self.relation_fp,
            "relation_false_negatives": self.relation_fn,
        }


@dataclass(frozen=True)
class GoldEntity:
    id: str
    category: str
    names: frozenset[str]


@dataclass
class Gold:
    text: str
    entities: list[GoldEntity]
    optional: list[GoldEntity]
    relations: set[tuple[str, str, str]]


def _norm(name: str) -> str:
    return normalise_name(name, strip_words=load_lexicon().vague_modifiers)


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entities = [GoldEntity(e["id"], e["type"], frozenset(_norm(n) for n in e["names"])) for e in data["entities"]]
        optional = [GoldEntity(f"optional{i}", e["type"], frozenset(_norm(n) for n in e["names"]))
                    for i, e in enumerate(data.get("optional", []))]
        relations = {(r["subject"], r["predicate"], r["object"]) for r in data.get("relations", [])}
        text = data["text"]
    except FileNotFoundError:
        raise GoldError(f"{path}: no such gold file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: not a gold file ({type(exc).__name__}: {exc}); see README 'Gold files'") from None
    ids = {e.id for e in entities}
    for s, p, o in relations:
        if p not in RELATIONS or s not in ids or o not in ids:
            raise GoldError(f"{path}: relation ({s}, {p}, {o}) names an unknown entity or predicate")
    for e in entities + optional:
        if e.category not in CATEGORIES:
            raise GoldError(f"{path}: entity {e.id} has type {e.category!r}; use one of {', '.join(CATEGORIES)}")
    return Gold(text, entities, optional, relations)


@dataclass
class Predicted:
    entities: dict[URIRef, tuple[str, frozenset[str], str]]  # iri -> (category, names, label)
    relations: set[tuple[URIRef, str, URIRef]]


def _core_predicates() -> dict[URIRef, str]:
    """Every property that is (transitively) a sub-property of a core relation."""
    onto = load_ontology()
    out = {PG[r]: r for r in RELATIONS}
    changed = True
    while changed:
        changed = False
        for sub, sup in onto.subject_objects(RDFS.subPropertyOf):
            if sup in out and sub not in out:
                out[sub] = out[sup]
                changed = True
    return out


def load_predicted(graph_path: Path, article_name: str) -> Predicted:
    """Entities and relations a built graph holds for one article (by file name)."""
    ds = Dataset(default_union=True)
    try:
        fmt = "trig" if graph_path.suffix in {".trig", ".nq"} else "turtle"
        ds.parse(graph_path, format=fmt)
    except FileNotFoundError:
        raise GraphError(f"{graph_path}: no such graph; run 'policygraph build' first") from None
    except Exception as exc:
        raise GraphError(f"{graph_path}: cannot parse ({type(exc).__name__}); pass a .ttl or .trig written by policygraph") from None
    articles = {a for a, path in ds.subject_objects(PG.sourcePath) if Path(str(path)).name == article_name}
    if not articles:
        raise GraphError(f"{graph_path}: holds no article named {article_name}; build it first")
    sentences = {s for a in articles for s in ds.subjects(PG.inArticle, a)}
    core = {PG[c]: c for c in CATEGORIES}
    entities = {}
    for ent, sent in ds.subject_objects(PG.mentionedIn):
        if sent not in sentences or ent in entities:
            continue
        cats = [core[t] for t in ds.objects(ent, RDF.type) if t in core]
        if not cats:
            continue
        label = str(ds.value(ent, RDFS.label) or "")
        names = {label, *(str(a) for a in ds.objects(ent, SKOS.altLabel))}
        entities[ent] = (cats[0], frozenset(_norm(n) for n in names if n), label)
    preds = _core_predicates()
    relations = set()
    for st in ds.subjects(RDF.type, PG.Statement):
        if not any(ev in sentences for ev in ds.objects(st, PG.evidence)):
            continue
        s, p, o = ds.value(st, RDF.subject), ds.value(st, RDF.predicate), ds.value(st, RDF.object)
        if p in preds and s in entities and o in entities:
            relations.add((s, preds[p], o))
    return Predicted(entities, relations)


def score(gold: Gold, predicted: Predicted) -> Report:
    report = Report(article=gold.text)
    ent_scores = {c: Score() for c in CATEGORIES}
    matched: dict[URIRef, str] = {}  # iri -> gold id or "" for optional
    found: set[str] = set()
    by_name: dict[str, list[GoldEntity]] = defaultdict(list)
    for g in gold.entities:
        for n in g.names:
            by_name[n].append(g)
    optional_names = defaultdict(set)
    for o in gold.optional:
        for n in o.names:
            optional_names[o.category].add(n)
    for iri, (cat, names, label) in sorted(predicted.entities.items()):
        candidates = [g for n in names for g in by_name.get(n, []) if g.category == cat]
        if candidates:
            matched[iri] = candidates[0].id
            found.add(candidates[0].id)
        elif names & optional_names[cat]:
            matched[iri] = ""
        else:
            ent_scores[cat].fp += 1
            report.false_positives.append(f"{cat}: {label}")
    for g in gold.entities:
        if g.id in found:
            ent_scores[g.category].tp += 1
        else:
            ent_scores[g.category].fn += 1
            report.false_negatives.append(f"{g.category}: {g.id}")
    micro = Score(sum(s.tp for s in ent_scores.values()), sum(s.fp for s in ent_scores.values()),
                  sum(s.fn for s in ent_scores.values()))
    report.entities = {**ent_scores, "micro": micro}

    rel_scores = {r: Score() for r in RELATIONS}
    hits: set[tuple[str, str, str]] = set()
    for s, p, o in sorted(predicted.relations):
        gs, go = matched.get(s), matched.get(o)
        if gs == "" or go == "":
            continue  # optional entity: neither right nor wrong
        triple = (gs or "?", p, go or "?")
        if gs and go and triple in gold.relations:
            hits.add(triple)
        elif triple not in hits:
            rel_scores[p].fp += 1
            names = (predicted.entities[s][2], predicted.entities[o][2])
            report.relation_fp.append(f"{names[0]} {p} {names[1]}")
    for triple in gold.relations:
        if triple in hits:
            rel_scores[triple[1]].tp += 1
        else:
            rel_scores[triple[1]].fn += 1
            report.relation_fn.append(" ".join(triple))
    total = Score(sum(s.tp for s in rel_scores.values()), sum(s.fp for s in rel_scores.values()),
                  sum(s.fn for s in rel_scores.values()))
    report.relations = {**{k: v for k, v in rel_scores.items() if v.tp + v.fp + v.fn}, "all": total}
    return report


def evaluate(gold_path: Path, graph_path: Path) -> Report:
    gold = load_gold(gold_path)
    return score(gold, load_predicted(graph_path, gold.text))


