"""Extraction quality floors on gold files (see README 'Measuring quality').

The SCS explainer is the reference article; the CFPB and PCLOB articles are
real texts whose gold was written before any rule was tuned on them; the two
samples are our own.
"""

from __future__ import annotations

import pytest

from policygraph.evaluate import evaluate

from .conftest import EXAMPLES, GOLD, corpus_file


def test_quality_scs_explainer_meets_floors(build_of):
    report = evaluate(corpus_file("scs-explainer.gold.json"), build_of(corpus_file("scs-explainer.txt")) / "graph.trig")
    assert report.entities["micro"].f1 >= 0.85, report.as_dict()
    assert report.relations["all"].recall >= 0.6, report.as_dict()
    assert report.relations["all"].precision >= 0.8, report.as_dict()


@pytest.mark.parametrize("article", ["cfpb-black-box-credit.txt", "pclob-section-215.txt"])
def test_quality_unseen_corpus_articles_entity_f1(build_of, article):
    gold = GOLD / article.replace(".txt", ".gold.json")
    report = evaluate(gold, build_of(corpus_file(article)) / "graph.trig")
    assert report.entities["micro"].f1 >= 0.7, report.as_dict()


@pytest.mark.parametrize(
    ("article", "entity_floor", "relation_precision_floor"),
    [("corporate-social-credit.md", 0.65, 0.75), ("rongcheng-pilot.html", 0.7, 0.7)],
)
def test_quality_sample_articles(build_of, article, entity_floor, relation_precision_floor):
    path = EXAMPLES / article
    gold = path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json")
    report = evaluate(gold, build_of(path) / "graph.trig")
    assert report.entities["micro"].f1 >= entity_floor, report.as_dict()
    assert report.relations["all"].precision >= relation_precision_floor, report.as_dict()
