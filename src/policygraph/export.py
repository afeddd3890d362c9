"""Write the graph files: Turtle (union), TriG (named graphs), and the HTML view.

Every file is written to a temporary name beside its target and renamed into
place only after all of them were written, so a crash or a bad article never
leaves a half-written or clobbered file in the output folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import GraphError
from .rdf import PREFIXES


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def write_atomic(files: dict[Path, Callable[[], bytes]]) -> None:
    """Render every file, then move them all into place (same-folder renames)."""
    staged: list[tuple[str, Path]] = []
    for target in files:
        if target.is_dir():  # refuse before anything is replaced
            raise GraphError(f"cannot write {target}: it is a folder")
    try:
        for target, render in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            data = render()
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
            staged.append((tmp, target))
        for tmp, target in staged:
            os.replace(tmp, target)
    except OSError as exc:
        raise GraphError(f"cannot write {exc.filename or 'output'}: {exc.strerror}") from None
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _term(node):
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    return ox.BlankNode(str(node))


def oxigraph_quads(ds: Dataset) -> list[ox.Quad]:
    """The dataset as Oxigraph quads, sorted so output files are byte-stable."""
    quads = []
    for graph in ds.graphs():
        name = graph.identifier
        target = ox.DefaultGraph() if name == DATASET_DEFAULT_GRAPH_ID else ox.NamedNode(str(name))
        quads.extend(ox.Quad(_term(s), _term(p), _term(o), target) for s, p, o in graph)
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return quads


def _prefixes() -> dict[str, str]:
    return {**{k: str(v) for k, v in PREFIXES.items()}, "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
            "owl": "http://www.w3.org/2002/07/owl#"}


def graph_files(ds: Dataset, outdir: Path) -> dict[Path, Callable[[], bytes]]:
    """The renderers for graph.ttl (union of all graphs) and graph.trig.

    rdflib builds the graph; Oxigraph's serialisers write it (about seven
    times faster than rdflib's Turtle writer on our graphs)."""
    quads = oxigraph_quads(ds)

    def turtle() -> bytes:
        triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        return ox.serialize(list(triples), format=ox.RdfFormat.TURTLE, prefixes=_prefixes())

    def trig() -> bytes:
        return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_prefixes())

    return {outdir / "graph.ttl": turtle, outdir / "graph.trig": trig}
