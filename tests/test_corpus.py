"""Corpus builds: incremental re-runs equal clean builds, failures stay local,
parallel and Dask extraction give the same graph, entities merge across articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from policygraph.namespaces import PG
from policygraph.pipeline import build

from .conftest import EXAMPLES, corpus_file


def graph(outdir: Path) -> Graph:
    g = Graph()
    g.parse(outdir / "graph.ttl", format="turtle")
    return g


def named_graphs(outdir: Path) -> dict[str, Graph]:
    ds = Dataset()
    ds.parse(outdir / "graph.trig", format="trig")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(EXAMPLES / "corporate-social-credit.md", folder / "corporate-social-credit.md")
    shutil.copy(EXAMPLES / "rongcheng-pilot.html", folder / "nested" / "rongcheng-pilot.html")
    return folder


def clean_build(folder: Path, out: Path) -> Graph:
    build([folder], out)
    return graph(out)


def test_corpus_incremental_add_change_delete_equals_clean_build(corpus, tmp_path):
    out = tmp_path / "out"
    first = build([corpus], out)
    assert len(first.added) == 2 and not first.unchanged

    # add
    shutil.copy(corpus_file("scs-explainer.txt"), corpus / "scs-explainer.txt")
    report = build([corpus], out)
    assert (len(report.added), len(report.unchanged)) == (1, 2)
    assert isomorphic(graph(out), clean_build(corpus, tmp_path / "clean1"))

    # change
    md = corpus / "corporate-social-credit.md"
    md.write_text(md.read_text(encoding="utf-8").replace("Miriam Okafor", "M. Okafor") + "\nCritics condemn the blacklists.\n",
                  encoding="utf-8")
    report = build([corpus], out)
    assert (len(report.changed), len(report.unchanged)) == (1, 2)
    assert isomorphic(graph(out), clean_build(corpus, tmp_path / "clean2"))

    # delete: kept until --prune, then gone
    (corpus / "scs-explainer.txt").unlink()
    report = build([corpus], out)
    assert "https://w3id.org/policygraph/id/article/scs-explainer" in named_graphs(out)
    report = build([corpus], out, prune=True)
    assert len(report.removed) == 1
    assert "https://w3id.org/policygraph/id/article/scs-explainer" not in named_graphs(out)
    assert not (out / ".policygraph" / "scs-explainer.json").exists()
    assert isomorphic(graph(out), clean_build(corpus, tmp_path / "clean3"))


def test_corpus_unchanged_rerun_parses_and_writes_nothing(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([corpus], out)
    before = {p: p.stat().st_mtime_ns for p in out.iterdir()}

    import policygraph.pipeline as pipeline

    def no_parse(*args, **kwargs):
        raise AssertionError("an unchanged article was parsed again")

    monkeypatch.setattr(pipeline, "extract_many", no_parse)
    report = build([corpus], out)
    assert len(report.unchanged) == 2 and report.files == []
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == before


def test_corpus_extractor_version_change_re_extracts_everything(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    manifest = json.loads((out / "manifest.json").read_text())
    for entry in manifest["articles"].values():
        entry["extractor_version"] = "0+old"
    (out / "manifest.json").write_text(json.dumps(manifest))
    report = build([corpus], out)
    assert len(report.changed) == 2 and not report.unchanged


def test_corpus_glob_selects_files(corpus, tmp_path):
    report = build([corpus], tmp_path / "out", glob="*.html")
    assert report.articles == 1 and report.added[0].endswith("rongcheng-pilot.html")


def test_corpus_bad_article_is_reported_and_the_rest_built(corpus, tmp_path):
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary\xff" * 50)
    out = tmp_path / "out"
    report = build([corpus], out)
    assert list(report.failed) == [str(corpus / "broken.txt")]
    assert report.articles == 2
    manifest = json.loads((out / "manifest.json").read_text())
    failed = [e for e in manifest["articles"].values() if e["status"] == "failed"]
    assert len(failed) == 1 and "binary" in failed[0]["error"]
    (corpus / "broken.txt").unlink()
    assert isomorphic(graph(out), clean_build(corpus, tmp_path / "good-only"))


def test_corpus_same_thing_in_two_articles_is_one_node(tmp_path):
    out = tmp_path / "out"
    build([corpus_file("scs-explainer.txt"), EXAMPLES / "corporate-social-credit.md"], out)
    g = graph(out)
    scs = URIRef("https://w3id.org/policygraph/id/entity/social-credit-system")
    articles = {g.value(s, PG.inArticle) for s in g.objects(scs, PG.mentionedIn)}
    assert len(articles) == 2
    council = URIRef("https://w3id.org/policygraph/id/entity/state-council")
    assert len({g.value(s, PG.inArticle) for s in g.objects(council, PG.mentionedIn)}) == 2


def test_corpus_parallel_jobs_give_the_same_graph(corpus, tmp_path):
    build([corpus], tmp_path / "one", jobs=1)
    build([corpus], tmp_path / "two", jobs=2)
    assert isomorphic(graph(tmp_path / "one"), graph(tmp_path / "two"))


def test_corpus_dask_path_equals_local_path(corpus, tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")
    from policygraph.cluster import dask_extractor

    build([corpus], tmp_path / "local")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        report = build([corpus], tmp_path / "dask", extractor=dask_extractor(client, max_bytes=2_000_000))
    assert report.articles == 2
    assert isomorphic(graph(tmp_path / "local"), graph(tmp_path / "dask"))


def test_corpus_summary_counts_articles_kept_until_prune(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    (corpus / "corporate-social-credit.md").unlink()
    report = build([corpus], out)
    assert len(report.kept) == 1 and "kept (gone from the inputs; --prune drops them)" in report.summary()
