"""Names and the IRI slugs minted from them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from policygraph.names import slug

NAMES = ["监控", "社会信用体系", "Ωμέγα", "—", "🙂", "Social Credit System", "Café"]


def _slugs_in_a_new_process(seed: str) -> list[str]:
    code = "import json, sys; from policygraph.names import slug; print(json.dumps([slug(n) for n in json.load(sys.stdin)]))"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run([sys.executable, "-c", code], input=json.dumps(NAMES), capture_output=True, text=True,
                          env=env, check=True, timeout=60)
    return json.loads(proc.stdout)


def test_names_slug_is_the_same_in_every_process():
    """Regression (issue 9, item 10): names without ASCII letters fell back to the salted `hash()`."""
    assert _slugs_in_a_new_process("1") == _slugs_in_a_new_process("2") == [slug(n) for n in NAMES]


@pytest.mark.parametrize(("name", "expected"), [
    ("Social Credit System", "social-credit-system"),
    ("Café", "cafe"),
    ("监控", "x-fdc3900616980f24"),
])
def test_names_slug_table(name, expected):
    assert slug(name) == expected


def test_names_slug_distinguishes_non_ascii_names():
    assert len({slug(n) for n in ["监控", "社会信用体系", "Ωμέγα", "—", "🙂"]}) == 5
