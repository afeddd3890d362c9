"""Extraction quality by document-level cross-validation (docs/quality.md).

The default build is rules only (the trained filter did not help on held-out
articles), so every figure is on rules fixed before a document was scored;
floors sit at most 0.05 below what was measured when they were set
(benchmarks/bench_quality.py prints the same figures per document).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.crossval import cross_validate, extract_unfiltered, find_documents, totals
from policygraph.evaluate import load_gold
from policygraph.extract.learned import train

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus():
    documents = find_documents(ROOT)
    if len(documents) < 20:
        pytest.skip(f"{len(documents)} annotated documents found: the shared corpus sits beside the checkout in CI")
    raw = extract_unfiltered(documents)
    return documents, raw, cross_validate(documents, k=5, trained=False, raw=raw)


def test_quality_cross_validated_micro_scores_hold(corpus):
    _documents, _raw, results = corpus
    total = totals(report for _fold, report in results)
    # measured 2026-12-03 (session 34) on 23 documents: entities F1 0.714 (P 0.730 R 0.698),
    # relations F1 0.433 (P 0.613)
    assert total["entities:micro"].f1 >= 0.67, total["entities:micro"].as_dict()
    assert total["relations"].f1 >= 0.39, total["relations"].as_dict()
    assert total["relations"].precision >= 0.57, total["relations"].as_dict()


def test_quality_held_out_micro_scores_hold(corpus):
    documents, _raw, results = corpus
    inspected = {line.strip() for line in (ROOT / "tests/gold/INSPECTED").read_text().splitlines()
                 if line.strip() and not line.startswith("#")}
    held_out = [report for d, (_fold, report) in zip(documents, results) if d.name not in inspected]
    assert len(held_out) >= 7
    total = totals(held_out)
    # measured 2026-12-03 (session 34, final) on the 7 held-out documents: entities F1 0.637, relations F1 0.311
    assert total["entities:micro"].f1 >= 0.59, total["entities:micro"].as_dict()
    assert total["relations"].f1 >= 0.27, total["relations"].as_dict()


def test_quality_seed_article_held_out_keeps_its_scores(corpus):
    documents, _raw, results = corpus
    report = dict(zip((d.name for d in documents), (r for _f, r in results)))["scs-explainer.txt"]
    # measured: entities 0.857, relation recall 0.853; issue #8 asks for >= 0.85 and >= 0.6
    assert report.entities["micro"].f1 >= 0.85, report.as_dict()
    assert report.relations["all"].recall >= 0.81, report.as_dict()


def test_quality_filter_training_is_deterministic(corpus):
    documents, raw, _results = corpus
    pairs = [(x, load_gold(d.gold_path)) for d, x in zip(documents, raw)]
    first, second = train(pairs).as_json(), train(pairs).as_json()
    assert first == second
