"""Score extraction against a hand-made gold file: precision, recall, F1.

Gold format (``<article>.gold.json``, written by ``docs/annotation-guide.md``):
``text`` names the article file; ``entities`` list ``{id, type, names}``;
``optional`` lists ``{type, names}`` that cost nothing if extracted;
``relations`` list ``{subject, predicate, object}`` over entity ids with core
predicates (a sub-property in the graph counts as its core property).

The score is **strict**: names fold only case, punctuation, leading
determiners, possessives and plural -s (never the extractor's lexicon);
predicted and gold entities are matched one to one, so a real thing split
into two predicted entities costs a false positive; a relation counts only
between matched entities. The old lenient figure (many predicted entities may
match one gold entity, names folded with the lexicon) is reported beside it.
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
    lenient: dict[str, Score] = field(default_factory=dict)  # "entities", "relations": the old lenient figures

    def as_dict(self) -> dict:
        return {
            "article": self.article,
            "entities": {k: v.as_dict() for k, v in self.entities.items()},
            "relations": {k: v.as_dict() for k, v in self.relations.items()},
            "lenient": {k: v.as_dict() for k, v in self.lenient.items()},
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


def _lenient(name: str) -> str:
    return normalise_name(name, strip_words=load_lexicon().vague_modifiers)


def fold_name(name: str) -> str:
    """The strict scorer's name folding: case, punctuation, leading
    determiners, possessives and plural -s; nothing from our lexicon, so a
    score never borrows the extractor's own idea of which names are equal.

    >>> fold_name("The Department of Labor's")
    'department of labor'
    >>> fold_name("pilot programs") == fold_name("Pilot Program")
    True
    """
    return normalise_name(name)


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entities = [GoldEntity(e["id"], e["type"], frozenset(e["names"])) for e in data["entities"]]
        optional = [GoldEntity(f"optional{i}", e["type"], frozenset(e["names"]))
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
    entities: dict[str, tuple[str, frozenset[str], str]]  # id -> (category, names as written, label)
    relations: set[tuple[str, str, str]]


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
        entities[ent] = (cats[0], frozenset(n for n in names if n), label)
    preds = _core_predicates()
    relations = set()
    for st in ds.subjects(RDF.type, PG.Statement):
        if not any(ev in sentences for ev in ds.objects(st, PG.evidence)):
            continue
        s, p, o = ds.value(st, RDF.subject), ds.value(st, RDF.predicate), ds.value(st, RDF.object)
        if p in preds and s in entities and o in entities:
            relations.add((s, preds[p], o))
    return Predicted(entities, relations)


def score_lenient(gold: Gold, predicted: Predicted) -> Report:
    """The pre-strict score: any number of predicted entities may match one
    gold entity and names fold with the lexicon's vague modifiers."""
    gold = Gold(gold.text, [GoldEntity(g.id, g.category, frozenset(_lenient(n) for n in g.names)) for g in gold.entities],
                [GoldEntity(g.id, g.category, frozenset(_lenient(n) for n in g.names)) for g in gold.optional],
                gold.relations)
    predicted = Predicted({k: (c, frozenset(_lenient(n) for n in names), label)
                           for k, (c, names, label) in predicted.entities.items()}, predicted.relations)
    report = Report(article=gold.text)
    ent_scores = {c: Score() for c in CATEGORIES}
    matched: dict[str, str] = {}  # predicted id -> gold id or "" for optional
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
        candidates = sorted({g.id for n in names for g in by_name.get(n, []) if g.category == cat})
        if candidates:
            matched[iri] = candidates[0]
            found.add(candidates[0])
        elif names & optional_names[cat]:
            matched[iri] = ""
        else:
            ent_scores[cat].fp += 1
            report.false_positives.append(f"{cat}: {label}")
    _count_gold(gold, found, ent_scores, report)

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


def match_entities(gold: Gold, predicted: Predicted) -> tuple[dict[str, str], set[str]]:
    """One-to-one matching of predicted to gold entities of the same category
    sharing a folded name: as many pairs as possible and, among splits of one
    real thing, the predicted entity the graph uses most (most relations).
    Input is sorted, so the result never depends on hash order. Returns
    predicted id -> gold id, and the predicted ids matching only optional names."""
    import networkx as nx

    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g in sorted(gold.entities, key=lambda g: g.id):
        for n in sorted(g.names):
            by_name[(g.category, fold_name(n))].append(g.id)
    optional = {(o.category, fold_name(n)) for o in gold.optional for n in o.names}
    degree: dict[str, int] = defaultdict(int)
    for s, _p, o in predicted.relations:
        degree[s] += 1
        degree[o] += 1
    graph = nx.Graph()
    neutral: set[str] = set()
    for pid in sorted(predicted.entities):
        cat, names, label = predicted.entities[pid]
        keys = sorted({(cat, fold_name(n)) for n in names})
        golds = sorted({g for k in keys for g in by_name.get(k, [])})
        labelled = set(by_name.get((cat, fold_name(label)), []))
        if golds:
            for g in golds:
                # a merge of two real things counts as the one its label names
                use = degree[pid] + (0.5 if g in labelled else 0.0)
                graph.add_edge(("p", pid), ("g", g), weight=1 + use / (1 + 2 * len(predicted.relations)))
        elif any(k in optional for k in keys):
            neutral.add(pid)
    matching = nx.max_weight_matching(graph, maxcardinality=True)
    pairs = {}
    for a, b in matching:
        p, g = (a, b) if a[0] == "p" else (b, a)
        pairs[p[1]] = g[1]
    return pairs, neutral


def score(gold: Gold, predicted: Predicted) -> Report:
    """Strict score: one predicted entity per real thing, typed; relations
    between matched entities only. The lenient figures ride along in
    ``report.lenient``."""
    report = Report(article=gold.text)
    matched, neutral = match_entities(gold, predicted)
    ent_scores = {c: Score() for c in CATEGORIES}
    for pid in sorted(predicted.entities, key=lambda k: (predicted.entities[k][2], k)):
        cat, _names, label = predicted.entities[pid]
        if pid not in matched and pid not in neutral:
            ent_scores[cat].fp += 1
            report.false_positives.append(f"{cat}: {label}")
    _count_gold(gold, set(matched.values()), ent_scores, report)

    rel_scores = {r: Score() for r in RELATIONS}
    hits: set[tuple[str, str, str]] = set()
    for s, p, o in sorted(predicted.relations):
        if s in neutral or o in neutral:
            continue  # optional entity: neither right nor wrong
        triple = (matched.get(s, "?"), p, matched.get(o, "?"))
        if triple in gold.relations:
            if triple not in hits:
                hits.add(triple)
            continue
        rel_scores[p].fp += 1
        report.relation_fp.append(f"{predicted.entities[s][2]} {p} {predicted.entities[o][2]}")
    for triple in sorted(gold.relations):
        if triple in hits:
            rel_scores[triple[1]].tp += 1
        else:
            rel_scores[triple[1]].fn += 1
            report.relation_fn.append(" ".join(triple))
    report.relations = {**{k: v for k, v in rel_scores.items() if v.tp + v.fp + v.fn},
                        "all": _total(rel_scores.values())}
    lenient = score_lenient(gold, predicted)
    report.lenient = {"entities": lenient.entities["micro"], "relations": lenient.relations["all"]}
    return report


def _count_gold(gold: Gold, found: set[str], ent_scores: dict[str, Score], report: Report) -> None:
    """Each gold entity is a true positive if found, else a false negative; sets the micro total."""
    for g in gold.entities:
        if g.id in found:
            ent_scores[g.category].tp += 1
        else:
            ent_scores[g.category].fn += 1
            report.false_negatives.append(f"{g.category}: {g.id}")
    report.entities = {**ent_scores, "micro": _total(ent_scores.values())}


def _total(scores) -> Score:
    scores = list(scores)
    return Score(sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores))


def predicted_from_extraction(extraction) -> Predicted:
    """What one article's `Extraction` predicts, without going through RDF:
    the cross-validation benchmark scores thousands of these."""
    entities = {e.key: (e.category, frozenset((e.label, *e.aliases)), e.label) for e in extraction.entities}
    relations = {(r.subject, r.predicate, r.object) for r in extraction.relations
                 if r.subject in entities and r.object in entities}
    return Predicted(entities, relations)


def evaluate(gold_path: Path, graph_path: Path) -> Report:
    gold = load_gold(gold_path)
    return score(gold, load_predicted(graph_path, gold.text))


