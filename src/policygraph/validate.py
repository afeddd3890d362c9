"""Check a graph against `ontology/shapes.ttl` with pySHACL.

The ontology is added to the data graph so sub-classes count as their core
class; the report is pySHACL's own (RDF and text).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, Dataset, Graph
from rdflib.namespace import SH

from .errors import GraphError, OntologyError
from .files import check_regular
from .ontology import load_ontology, ontology_path


@dataclass(frozen=True)
class Finding:
    """One SHACL violation, as a user needs it to fix the graph."""

    focus: str
    path: str
    message: str
    severity: str


@dataclass(frozen=True)
class Validation:
    conforms: bool
    text: str
    results: int
    findings: tuple[Finding, ...] = ()


def check_syntax(path: Path, fmt: str) -> int:
    """The number of quads in a graph file, read by Oxigraph's strict parser
    first: its messages say where the file is broken (rdflib's said
    ``IndexError: string index out of range`` for a truncated file)."""
    import pyoxigraph as ox

    try:
        return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.TURTLE))
    except SyntaxError as exc:
        raise GraphError(f"{path}: not valid {'TriG' if fmt == 'trig' else 'Turtle'} "
                         f"({' '.join(str(exc).split())[:200]}); is the file complete?") from None
    except (OSError, ValueError) as exc:
        raise GraphError(f"{path}: cannot read ({' '.join(str(exc).split())[:200]})") from None


def load_graph(path: Path) -> Graph:
    """A .ttl or .trig file as one graph (the union of its named graphs);
    a file without a single triple is refused, not reported as conforming."""
    if not path.exists():
        raise GraphError(f"{path}: no such graph; run 'policygraph build' first")
    check_regular(path, GraphError)
    fmt = "trig" if path.suffix.lower() in {".trig"} else "turtle"
    if check_syntax(path, fmt) == 0:
        raise GraphError(f"{path}: the graph is empty (no triples); validate a graph written by 'policygraph build'")
    ds = Dataset()
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:
        first = (str(exc).splitlines() or [""])[0][:200]
        raise GraphError(f"{path}: cannot parse as RDF ({type(exc).__name__}: {first})") from None
    g = Graph()
    for ctx in ds.graphs():
        for triple in ctx:
            g.add(triple)
    return g


def validate_graph(data: Graph) -> Validation:
    shapes = Graph()
    try:
        shapes.parse(ontology_path("shapes.ttl"), format="turtle")
    except Exception as exc:
        raise OntologyError(f"cannot parse shapes.ttl: {exc}".splitlines()[0]) from None  # first line is never empty
    conforms, report_graph, text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=load_ontology(), inference="none", abort_on_first=False, allow_warnings=True
    )
    findings = []
    for result in report_graph.subjects(RDF.type, SH.ValidationResult):
        value = report_graph.value
        findings.append(Finding(
            focus=str(value(result, SH.focusNode) or ""),
            path=str(value(result, SH.resultPath) or ""),
            message=str(value(result, SH.resultMessage) or ""),
            severity=str(value(result, SH.resultSeverity) or "").rsplit("#", 1)[-1],
        ))
    findings.sort(key=lambda f: (f.focus, f.path, f.message))
    return Validation(bool(conforms), str(text), len(findings), tuple(findings))


def validate_path(path: Path) -> Validation:
    return validate_graph(load_graph(path))
