"""Document-level cross-validation of extraction against the annotated corpus.

Takes gold files and the articles they name; hands on one strict `Report` per
document, each scored with components trained only on the other folds. A
figure on a document counts as evidence of generalisation only when nothing
that produced it saw that document's gold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .evaluate import Gold, Report, Score, load_gold, predicted_from_extraction, score

#: Where gold files are looked for, relative to the project root, and where
#: the articles they name live (the development corpus sits beside the project).
GOLD_DIRS = ("tests/gold", "examples", "../shared/corpus")
ARTICLE_DIRS = ("examples", "../shared/corpus", "../shared/corpus/dev")


@dataclass(frozen=True)
class Document:
    """A gold file and the article it annotates."""

    name: str  # article file name
    gold_path: Path
    article_path: Path


def find_documents(root: Path) -> list[Document]:
    """Every gold file under `GOLD_DIRS` whose article can be found, by name."""
    docs: dict[str, Document] = {}
    for gold_dir in GOLD_DIRS:
        for gold_path in sorted((root / gold_dir).glob("*.gold.json")):
            gold = load_gold(gold_path)
            for article_dir in ARTICLE_DIRS:
                article = root / article_dir / gold.text
                if article.is_file() and gold.text not in docs:
                    docs[gold.text] = Document(gold.text, gold_path, article.resolve())
                    break
    return [docs[name] for name in sorted(docs)]


def folds(names: Sequence[str], k: int) -> list[list[str]]:
    """`k` folds of sorted names dealt round-robin: deterministic and balanced.

    >>> folds(["a", "b", "c", "d", "e"], 2)
    [['a', 'c', 'e'], ['b', 'd']]
    """
    ordered = sorted(names)
    return [ordered[i::k] for i in range(min(k, len(ordered)))]


#: A trainer takes the training documents and returns the extractor options
#: (e.g. a trained model) used on the held-out fold.
Trainer = Callable[[list[Document]], dict]


def cross_validate(documents: list[Document], *, k: int = 5, trainer: Trainer | None = None,
                   extract_options: dict | None = None) -> list[tuple[int, Report]]:
    """Score every document with what was trained on the other folds.

    Returns (fold number, strict report) per document, in document order.
    """
    from .extract import extract_many
    from .ingest import read_article
    from .nlp import build_pipeline

    nlp = build_pipeline()
    by_name = {d.name: d for d in documents}
    out: dict[str, tuple[int, Report]] = {}
    for n, held_out in enumerate(folds(list(by_name), k)):
        training = [d for d in documents if d.name not in held_out]
        options = dict(extract_options or {})
        if trainer is not None:
            options.update(trainer(training))
        test = [by_name[name] for name in held_out]
        articles = [read_article(d.article_path) for d in test]
        for doc, extraction in zip(test, extract_many(articles, nlp, **options)):
            out[doc.name] = (n, score(load_gold(doc.gold_path), predicted_from_extraction(extraction)))
    return [out[d.name] for d in documents]


def totals(reports: Iterable[Report]) -> dict[str, Score]:
    """Micro totals over documents: entities, relations, and per category."""
    reports = list(reports)
    keys = ["micro", "Actor", "Policy", "Behaviour", "Concern"]
    out = {}
    for key in keys:
        out[f"entities:{key}"] = _sum(r.entities[key] for r in reports)
    out["relations"] = _sum(r.relations["all"] for r in reports)
    out["lenient entities"] = _sum(r.lenient["entities"] for r in reports)
    return out


def _sum(scores: Iterable[Score]) -> Score:
    scores = list(scores)
    return Score(sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores))


__all__ = ["Document", "Gold", "cross_validate", "find_documents", "folds", "totals"]
