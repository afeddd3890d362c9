"""The eval command and its lenient matching."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from policygraph.errors import GoldError
from policygraph.evaluate import Gold, GoldEntity, Predicted, load_gold, score
from policygraph.names import normalise_name

from .conftest import corpus_file


@pytest.mark.parametrize(
    ("a", "b"),
    [("China's Social Credit System", "china social credit systems"), ("the Western Nations", "Western nation"),
     ("pilot programs", "Pilot Program"), ("reputation-based ranking", "reputation based ranking")],
)
def test_eval_names_fold_leniently(a, b):
    assert normalise_name(a) == normalise_name(b)


def test_eval_counts_splits_once_and_ignores_optional():
    gold = Gold("x.txt", [GoldEntity("scs", "Policy", frozenset({"social credit system", "scs"}))],
                [GoldEntity("o", "Concern", frozenset({"fear"}))], set())
    predicted = Predicted(
        {"a": ("Policy", frozenset({"social credit system"}), "A"), "b": ("Policy", frozenset({"scs"}), "B"),
         "c": ("Concern", frozenset({"fear"}), "C"), "d": ("Actor", frozenset({"scs"}), "D")},
        set(),
    )
    report = score(gold, predicted)
    assert (report.entities["Policy"].tp, report.entities["Policy"].fp) == (1, 0)
    assert report.entities["Concern"].fp == 0  # optional
    assert report.entities["Actor"].fp == 1  # right name, wrong type


def test_eval_rejects_malformed_gold(tmp_path):
    bad = tmp_path / "bad.gold.json"
    bad.write_text(json.dumps({"text": "x", "entities": [{"id": "a", "type": "Thing", "names": ["a"]}]}))
    with pytest.raises(GoldError, match="type"):
        load_gold(bad)


def test_eval_cli_json(scs_out):
    cmd = [sys.executable, "-m", "policygraph.cli", "eval", str(corpus_file("scs-explainer.gold.json")),
           "-g", str(scs_out / "graph.trig"), "--format", "json"]
    result = subprocess.run(cmd, capture_output=True, text=True, check=True)
    data = json.loads(result.stdout)
    assert data["article"] == "scs-explainer.txt"
    assert data["entities"]["micro"]["f1"] >= 0.85
    assert set(data["relations"]["all"]) >= {"precision", "recall", "f1"}
