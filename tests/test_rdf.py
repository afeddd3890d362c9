"""The written graph: strict parsers agree, SHACL conforms, IRIs are stable."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from policygraph.namespaces import PG
from policygraph.pipeline import build
from policygraph.validate import validate_path

from .conftest import EXAMPLES


@pytest.mark.parametrize(("name", "fmt"), [("graph.ttl", "turtle"), ("graph.trig", "trig")])
def test_rdf_rdflib_and_oxigraph_parse_the_same_triples(scs_out, name, fmt):
    path = scs_out / name
    ds = Dataset()
    ds.parse(path, format=fmt)
    rdflib_count = sum(len(g) for g in ds.graphs())
    ox = pyoxigraph.Store()
    ox.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE if fmt == "turtle" else pyoxigraph.RdfFormat.TRIG)
    assert rdflib_count == len(ox) > 500


def test_rdf_named_graph_per_article_plus_ontology(tmp_path):
    build([EXAMPLES], tmp_path)
    store = pyoxigraph.Store()
    store.load(path=str(tmp_path / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    graphs = {str(g.value) for g in store.named_graphs()}
    assert graphs == {
        "https://w3id.org/policygraph/ontology",
        "https://w3id.org/policygraph/id/article/corporate-social-credit",
        "https://w3id.org/policygraph/id/article/rongcheng-pilot",
        "https://w3id.org/policygraph/id/article/school-phone-ban",
        "https://w3id.org/policygraph/id/article/tenant-protection-act",
    }


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig"])
def test_rdf_output_conforms_to_shapes(scs_out, name):
    result = validate_path(scs_out / name)
    assert result.conforms, result.text


def test_rdf_shapes_catch_a_broken_graph(scs_out, tmp_path):
    g = Graph()
    g.parse(scs_out / "graph.ttl", format="turtle")
    entity = next(iter(g.subjects(PG.mentionedIn, None)))
    from rdflib import RDFS, Literal

    g.add((entity, RDFS.label, Literal("a second label")))
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    result = validate_path(broken)
    assert not result.conforms
    assert any(f.focus == str(entity) and f.path.endswith("#label") for f in result.findings), result.findings


def test_rdf_rebuild_is_isomorphic(scs_out, tmp_path):
    from .conftest import corpus_file

    build([corpus_file("scs-explainer.txt")], tmp_path)
    first, second = Graph(), Graph()
    first.parse(scs_out / "graph.ttl", format="turtle")
    second.parse(tmp_path / "graph.ttl", format="turtle")
    assert isomorphic(first, second)


HOSTILE = """# Policy <script>alert(1)</script> "quoted" \\ back\\slash

The <img src=x onerror=alert(1)> Programme (TP) was launched by the Ministry of {braces} & Things.
- Critics: Critics warn that the <b>Programme</b> enables mass surveillance of residents > 100%.
Residents who are caught littering in "parks" %20 face penalties under the TP.
"""


def test_rdf_iris_valid_for_hostile_text(tmp_path):
    article = tmp_path / "hostile <x> %zz.md"
    article.write_text(HOSTILE, encoding="utf-8")
    build([article], tmp_path / "out")
    for name, fmt in [("graph.ttl", pyoxigraph.RdfFormat.TURTLE), ("graph.trig", pyoxigraph.RdfFormat.TRIG)]:
        store = pyoxigraph.Store()
        store.load(path=str(tmp_path / "out" / name), format=fmt)  # strict parser: raises on a bad IRI
        for quad in store:
            for term in (quad.subject, quad.object):
                if isinstance(term, pyoxigraph.NamedNode):
                    assert not any(ch in term.value for ch in ' <>"{}|\\^`\n'), term.value


def test_rdf_outputs_are_ordinary_readable_files(scs_out):
    import os

    mask = os.umask(0)
    os.umask(mask)
    for name in ("graph.ttl", "graph.trig"):
        assert (scs_out / name).stat().st_mode & 0o777 == 0o666 & ~mask
    assert not [p for p in scs_out.rglob("*.tmp")]
