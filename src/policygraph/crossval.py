"""Document-level cross-validation of extraction against the annotated corpus.

Takes gold files and the articles they name; hands on one strict `Report` per
document, each scored with components trained only on the other folds. A
figure on a document counts as evidence of generalisation only when nothing
that produced it saw that document's gold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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


def extract_unfiltered(documents: list[Document]) -> list:
    """Each document's extraction by the rules alone, before any trained
    filter: computed once, reused by every fold."""
    from .extract import extract_many
    from .ingest import read_article
    from .nlp import build_pipeline

    articles = [read_article(d.article_path) for d in documents]
    return list(extract_many(articles, build_pipeline()))


def cross_validate(documents: list[Document], *, k: int = 5, trained: bool = True,
                   raw: list | None = None) -> list[tuple[int, Report]]:
    """Score every document with the filter trained on the other folds only
    (`trained=False`: the rules alone). Returns (fold, strict report) per
    document, in document order."""
    from .extract.learned import apply_filter, train

    raw = raw if raw is not None else extract_unfiltered(documents)
    golds = [load_gold(d.gold_path) for d in documents]
    fold_of = {name: n for n, names in enumerate(folds([d.name for d in documents], k)) for name in names}
    out = []
    for n in range(max(fold_of.values(), default=-1) + 1):
        model = None
        if trained:
            model = train([(x, g) for d, x, g in zip(documents, raw, golds) if fold_of[d.name] != n])
        for d, x, g in zip(documents, raw, golds):
            if fold_of[d.name] == n:
                out.append((d.name, n, score(g, predicted_from_extraction(apply_filter(x, model)))))
    by_name = {name: (n, report) for name, n, report in out}
    return [by_name[d.name] for d in documents]


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
