"""A trained entity filter: keeps the entities a reader would annotate (an option, measured).

The rules over-generate (a phrase with a policy head noun, every named
organisation, every duty's verb phrase); which of those candidates a careful
reader lists as an actor, policy, behaviour or concern is learned from the
annotated corpus. Features are about form and role, never about particular
words: the rule that found it, its category, how often and where the article
names it, its shape (capitalised, acronym, length, last-word suffix), and how
many relations it takes part in. A logistic regression fitted by Newton's
method with L2 (deterministic: same gold, same model), trained per fold by the
quality benchmark. Under document-level cross-validation it raised precision
but not F1 on the held-out articles, so the default build does not use it
(docs/quality.md has the comparison). Hands on a filtered `Extraction`.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np

from ..records import Entity, Extraction

@dataclass(frozen=True)
class FilterModel:
    """Weights by feature name, a bias, and the keep threshold on P(real)."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def as_json(self) -> str:
        data = {"bias": round(self.bias, 6), "threshold": round(self.threshold, 4),
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}}
        return json.dumps(data, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> FilterModel:
        data = json.loads(text)
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]), float(data["threshold"]))


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def entity_features(entity: Entity, *, degree: int, sentences: int, predicates: frozenset[str] = frozenset()) -> list[str]:
    """Binary features of one candidate entity, each also crossed with its category.

    >>> sorted(entity_features(Entity("ecoa", "Policy", "Law", "Equal Credit Opportunity Act", ("ECOA",), (0, 4),
    ...                               sources=("acronym",)), degree=2, sentences=10))[:4]
    ['Policy', 'Policy:acronym-alias', 'Policy:aliases', 'Policy:capitalised']
    """
    label = entity.label
    words = label.split()
    mentions = len(entity.sentences)
    first = entity.sentences[0] / max(sentences, 1) if entity.sentences else 1.0
    shape = [
        f"class={entity.subclass}",
        f"words={_bucket(len(words), (1, 2, 3, 5, 8))}",
        f"mentions={_bucket(mentions, (1, 2, 4, 8))}",
        f"degree={_bucket(degree, (0, 1, 2, 4))}",
        f"first={_bucket(int(first * 10), (0, 2, 5))}",
        f"suffix={words[-1][-3:].lower() if words else ''}",
        *(f"source={s}" for s in entity.sources),
        *(f"role={p}" for p in sorted(predicates)),
    ]
    if entity.concept:
        shape.append("concept")
    if words and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        shape.append("capitalised")
    if label.isupper() and len(label) <= 8:
        shape.append("acronym")
    if any(a.isupper() and len(a) <= 8 for a in entity.aliases):
        shape.append("acronym-alias")
    if any(ch.isdigit() for ch in label):
        shape.append("digit")
    if label.islower():
        shape.append("lowercase")
    if entity.aliases:
        shape.append("aliases")
    return [entity.category, *shape, *(f"{entity.category}:{f}" for f in shape)]


def extraction_features(extraction: Extraction) -> dict[str, list[str]]:
    """Features of every entity of one article, by entity key."""
    degree: Counter[str] = Counter()
    roles: dict[str, set[str]] = {}
    for r in extraction.relations:
        degree[r.subject] += 1
        degree[r.object] += 1
        roles.setdefault(r.subject, set()).add(f"{r.predicate}-subject")
        roles.setdefault(r.object, set()).add(f"{r.predicate}-object")
    n = len(extraction.sentences)
    return {e.key: entity_features(e, degree=degree[e.key], sentences=n, predicates=frozenset(roles.get(e.key, ())))
            for e in extraction.entities}


def probability(model: FilterModel, features: list[str]) -> float:
    z = model.bias + sum(model.weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def apply_filter(extraction: Extraction, model: FilterModel | None) -> Extraction:
    """Drop the entities the model judges unlikely to be real, and every
    relation that touches one."""
    if model is None:
        return extraction
    features = extraction_features(extraction)
    kept = {e.key for e in extraction.entities if probability(model, features[e.key]) >= model.threshold}
    return replace(
        extraction,
        entities=tuple(e for e in extraction.entities if e.key in kept),
        relations=tuple(r for r in extraction.relations if r.subject in kept and r.object in kept),
    )


def fit(samples: list[tuple[list[str], int]], *, gold_total: int = 0, l2: float = 10.0, iterations: int = 25) -> FilterModel:
    """Logistic regression by Newton's method with an L2 penalty: no random
    start, so the same samples always give the same model. The threshold is
    the one that maximises F1 of the kept positives on the training samples."""
    names = sorted({f for feats, _y in samples for f in feats})
    index = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(samples), len(names) + 1))
    y = np.array([label for _f, label in samples], dtype=float)
    for row, (feats, _label) in enumerate(samples):
        x[row, -1] = 1.0
        for f in feats:
            x[row, index[f]] = 1.0
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
    threshold = _best_threshold(p, y, max(gold_total, int(y.sum())))
    return FilterModel({f: float(w[i]) for f, i in index.items() if abs(w[i]) > 1e-9}, float(w[-1]), threshold)


def _best_threshold(p: np.ndarray, y: np.ndarray, positives: int) -> float:
    best, best_f1 = 0.5, -1.0
    for t in np.arange(0.05, 0.96, 0.05):
        keep = p >= t
        tp = float((keep & (y == 1)).sum())
        fp = float((keep & (y == 0)).sum())
        f1 = 2 * tp / (2 * tp + fp + (positives - tp)) if positives else 0.0
        if f1 > best_f1 + 1e-12:
            best, best_f1 = float(t), f1
    return round(best, 2)


def training_samples(extraction: Extraction, gold) -> tuple[list[tuple[list[str], int]], int]:
    """(features, 1 if the entity is the one predicted entity of a gold entity,
    0 if it is no real thing or a split of one) for one annotated article;
    entities matching only optional names teach nothing. Also the number of
    gold entities, for the threshold."""
    from ..evaluate import match_entities, predicted_from_extraction

    matched, neutral = match_entities(gold, predicted_from_extraction(extraction))
    features = extraction_features(extraction)
    samples = [(features[e.key], int(e.key in matched)) for e in extraction.entities if e.key not in neutral]
    return samples, len(gold.entities)


def train(pairs) -> FilterModel:
    """Fit the filter on (unfiltered extraction, gold) pairs of annotated articles."""
    samples: list[tuple[list[str], int]] = []
    gold_total = 0
    for extraction, gold in pairs:
        found, total = training_samples(extraction, gold)
        samples += found
        gold_total += total
    return fit(samples, gold_total=gold_total)
