"""Every entity's evidence sentence names it, over the whole annotated corpus (issue 9, item 11)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policygraph.crossval import extract_unfiltered, find_documents

ROOT = Path(__file__).resolve().parent.parent


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower().replace("\u2019", "'")))


def test_provenance_every_mention_sentence_contains_one_of_the_entity_names():
    documents = find_documents(ROOT)
    if len(documents) < 20:
        pytest.skip("the annotated corpus sits beside the checkout in CI")
    wrong = []
    for doc, extraction in zip(documents, extract_unfiltered(documents)):
        for entity in extraction.entities:
            names = [_words(n) for n in (entity.label, *entity.aliases)]
            for i in entity.sentences:
                sentence = _words(extraction.sentences[i].text)
                if not any(n <= sentence for n in names):  # words, so "paying loans" in "paying bills, loans" counts
                    wrong.append(f"{doc.name}: {entity.label!r} -> {extraction.sentences[i].text[:80]!r}")
    assert wrong == []
