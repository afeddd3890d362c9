"""The eval command: strict one-to-one scoring, with the lenient figure beside it."""

from __future__ import annotations

import json
import os
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


def test_eval_strict_counts_a_split_as_a_false_positive_and_ignores_optional():
    gold = Gold("x.txt", [GoldEntity("scs", "Policy", frozenset({"Social Credit System", "SCS"}))],
                [GoldEntity("o", "Concern", frozenset({"fear"}))], set())
    predicted = Predicted(
        {"a": ("Policy", frozenset({"social credit systems"}), "A"), "b": ("Policy", frozenset({"SCS"}), "B"),
         "c": ("Concern", frozenset({"fear"}), "C"), "d": ("Actor", frozenset({"SCS"}), "D")},
        set(),
    )
    report = score(gold, predicted)
    assert (report.entities["Policy"].tp, report.entities["Policy"].fp) == (1, 1)  # one of the split is extra
    assert report.entities["Concern"].fp == 0  # optional
    assert report.entities["Actor"].fp == 1  # right name, wrong type
    assert (report.lenient["entities"].tp, report.lenient["entities"].fp) == (1, 1)  # lenient: split is free


def test_eval_strict_keeps_the_split_that_carries_the_relations():
    gold = Gold("x.txt", [GoldEntity("law", "Policy", frozenset({"Fair Pay Act", "FPA"})),
                          GoldEntity("firms", "Actor", frozenset({"employers"}))],
                [], {("law", "evaluates", "firms")})
    predicted = Predicted({"a": ("Policy", frozenset({"Fair Pay Act"}), "A"), "b": ("Policy", frozenset({"FPA"}), "B"),
                           "e": ("Actor", frozenset({"employers"}), "E")}, {("b", "evaluates", "e")})
    report = score(gold, predicted)
    assert report.relations["all"].tp == 1 and report.entities["micro"].fp == 1


def test_eval_strict_counts_a_merge_as_the_thing_its_label_names():
    # "employers" with the longer "employers in the public sector" folded in: the node the user sees
    # says employers, so it is scored as employers and the sector's employers go unfound
    gold = Gold("x.txt", [GoldEntity("law", "Policy", frozenset({"Fair Pay Act"})),
                          GoldEntity("all", "Actor", frozenset({"employers"})),
                          GoldEntity("public", "Actor", frozenset({"employers in the public sector"}))],
                [], {("law", "evaluates", "all")})
    predicted = Predicted({"a": ("Policy", frozenset({"Fair Pay Act"}), "Fair Pay Act"),
                           "e": ("Actor", frozenset({"employers", "employers in the public sector"}), "employers")},
                          {("a", "evaluates", "e")})
    report = score(gold, predicted)
    assert report.relations["all"].tp == 1
    assert (report.entities["Actor"].tp, report.entities["Actor"].fn) == (1, 1)


def test_eval_score_does_not_depend_on_hash_seed(tmp_path):
    code = ("from policygraph.evaluate import Gold, GoldEntity, Predicted, score\n"
            "g = Gold('x', [GoldEntity('a', 'Actor', frozenset({'Alpha', 'A1', 'Beta'})), "
            "GoldEntity('b', 'Actor', frozenset({'Beta', 'B1'}))], [], set())\n"
            "p = Predicted({str(i): ('Actor', frozenset({n}), n) for i, n in enumerate(['Alpha', 'A1', 'Beta', 'B1'])}, set())\n"
            "r = score(g, p)\nprint(sorted(r.false_positives), r.entities['micro'].as_dict())")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "2", "3")}
    assert len(outputs) == 1, outputs


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
