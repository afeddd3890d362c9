"""The vocabulary rule stated in the ontology's header: general domain terms only."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from policygraph.crossval import find_documents
from policygraph.ontology import load_lexicon

ROOT = Path(__file__).resolve().parent.parent


def _labels(concept) -> list[str]:
    return [concept.pref_label, *concept.alt_labels]


def test_ontology_vocabulary_holds_no_proper_names():
    # a country, a body or a named programme is found in the text, never listed here
    for concept in load_lexicon().concepts.values():
        for label in _labels(concept):
            assert label == label.lower(), f"{concept.id}: {label!r} looks like a proper name"


def test_ontology_no_label_names_two_concepts():
    counts = Counter(label.lower() for c in load_lexicon().concepts.values() for label in _labels(c))
    assert [label for label, n in counts.items() if n > 1] == []


def test_ontology_no_concept_exists_for_one_article():
    documents = find_documents(ROOT)
    if len(documents) < 20:
        pytest.skip("the annotated corpus sits beside the checkout in CI")
    texts = [d.article_path.read_text(encoding="utf-8", errors="replace").lower() for d in documents]
    for concept in load_lexicon().concepts.values():
        patterns = [re.compile(r"\b" + re.escape(label.lower()) + r"\b") for label in _labels(concept)]
        naming = sum(any(p.search(t) for p in patterns) for t in texts)
        # named by none: general English no article drove; by one: fitted to that article
        assert naming != 1, f"{concept.id} is named by only one of {len(texts)} annotated articles: article-specific"
