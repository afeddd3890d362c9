"""`policygraph push --prune` against a real `oxigraph serve`: the server mirrors
the build, and the summary says what was added, replaced and removed."""

from __future__ import annotations

import json
import shutil

import pytest

from policygraph.endpoint import remote_query

from .conftest import EXAMPLES
from .http_helpers import LOOPBACK, free_port, running
from .test_cli_errors import run
from .test_push import oxigraph_binary

ARTICLE = "https://w3id.org/policygraph/id/article/"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


@pytest.fixture
def server(tmp_path):
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the Oxigraph server is not installed: pip install '.[test]' (PyPI package 'oxigraph')")
    port = free_port()
    base = f"http://{LOOPBACK}:{port}"
    with running([binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"{LOOPBACK}:{port}"], f"{base}/query"):
        yield f"{base}/query", f"{base}/store"


@pytest.fixture(scope="module")
def builds(tmp_path_factory, build_of):
    """A four-article build and a one-article build of the same project."""
    home = tmp_path_factory.mktemp("mirror")
    shutil.copytree(build_of(EXAMPLES), home / "all")
    shutil.copytree(build_of(EXAMPLES / "school-phone-ban.md"), home / "one")
    return home


def _graphs(query_url: str) -> list[str]:
    return [row["g"].value for row in remote_query(query_url, GRAPHS)]


def _push(builds, name: str, store_url: str, *extra: str) -> dict:
    result = run("push", f"{name}/graph.trig", "--endpoint", store_url, "--format", "json", *extra, cwd=builds)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def test_push_prune_removes_article_graphs_the_build_no_longer_has(server, builds):
    query_url, store_url = server
    first = _push(builds, "all", store_url)
    assert (len(first["added"]), first["replaced"], first["removed"]) == (4, [], [])
    assert len([g for g in _graphs(query_url) if g.startswith(ARTICLE)]) == 4

    kept = _push(builds, "one", store_url)  # without --prune: the other three stay, and the summary says so
    assert (kept["added"], kept["replaced"], kept["removed"]) == ([], [ARTICLE + "school-phone-ban"], [])
    assert len(kept["stale"]) == 3
    assert len([g for g in _graphs(query_url) if g.startswith(ARTICLE)]) == 4

    pruned = _push(builds, "one", store_url, "--prune")
    assert pruned["replaced"] == [ARTICLE + "school-phone-ban"]
    assert sorted(pruned["removed"]) == sorted(kept["stale"])
    assert [g for g in _graphs(query_url) if g.startswith(ARTICLE)] == [ARTICLE + "school-phone-ban"]
    titles = remote_query(query_url, "SELECT ?t WHERE { ?a a pg:Article ; dcterms:title ?t }")
    assert len(list(titles)) == 1  # the default graph mirrors the build too


def test_push_summary_line_names_added_replaced_removed(server, builds):
    _, store_url = server
    result = run("push", "one/graph.trig", "--endpoint", store_url, cwd=builds)
    assert result.code == 0, result.stderr
    assert "1 article(s) added, 0 replaced, 0 removed" in result.stdout
    again = run("push", "all/graph.trig", "--endpoint", store_url, "--prune", cwd=builds)
    assert "3 article(s) added, 1 replaced, 0 removed" in again.stdout
