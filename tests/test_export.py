"""graph.ttl and graph.trig diff: the same input gives the same bytes in any
process, each subject is written once with its predicates, prefixes are used
and nothing is escaped that need not be."""

from __future__ import annotations

import os
import re
import subprocess

import pyoxigraph as ox
import pytest

from .conftest import EXAMPLES
from .test_cli_errors import _command

ARTICLES = ["school-phone-ban.md", "rongcheng-pilot.html"]


def _build(cwd, outdir, *names, seed: str, jobs: int = 1) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([*_command(), "build", *[str(EXAMPLES / n) for n in names], "-o", str(outdir), "--no-html",
                    "--jobs", str(jobs)],
                   cwd=cwd, env=env, check=True, capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The same two articles built by two processes with different hash seeds
    (the articles given in a different order, the second build in parallel)."""
    root = tmp_path_factory.mktemp("twice")
    _build(root, root / "one", *ARTICLES, seed="1")
    _build(root, root / "two", *reversed(ARTICLES), seed="2", jobs=2)
    return root / "one", root / "two"


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig"])
def test_export_same_input_same_bytes_across_processes(two_builds, name):
    one, two = two_builds
    assert (one / name).read_bytes() == (two / name).read_bytes()


@pytest.mark.parametrize("name, fmt", [("graph.ttl", ox.RdfFormat.TURTLE), ("graph.trig", ox.RdfFormat.TRIG)])
def test_export_readable_turtle(two_builds, name, fmt):
    path = two_builds[0] / name
    text = path.read_text(encoding="utf-8")
    assert "\\/" not in text, "needlessly escaped slash"
    assert "<https://w3id.org/policygraph/id/" not in text.split("\n\n", 1)[1], "a minted IRI written in full"
    assert re.search(r"^\t*entity:\S+ a pg:", text, flags=re.MULTILINE), "entities not written with prefixes"
    assert re.search(r"^\t*school-phone-ban:s\d+ a pg:Sentence ;$", text, flags=re.MULTILINE)
    assert list(ox.parse(path=str(path), format=fmt)), "not parsed by a strict parser"


def test_export_each_subject_written_once_per_graph(two_builds):
    text = (two_builds[0] / "graph.ttl").read_text(encoding="utf-8")
    subjects = [line.split(" ", 1)[0] for line in text.splitlines()
                if line and not line.startswith(("\t", "@prefix", " "))]
    assert len(subjects) == len(set(subjects)) > 50


def test_export_union_is_the_named_graphs(two_builds):
    def triples(name, fmt):
        return {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(two_builds[0] / name), format=fmt)}

    assert triples("graph.ttl", ox.RdfFormat.TURTLE) == triples("graph.trig", ox.RdfFormat.TRIG)
