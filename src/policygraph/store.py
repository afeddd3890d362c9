"""Open the graph in an Oxigraph store: a built file in memory, or an on-disk store.

Every store we fill keeps each article's triples in its named graph *and*
their union, deduplicated, in the default graph, which is what queries read.
(Oxigraph's "default graph as union" option does not deduplicate: an entity
labelled in 500 articles would join 500 x 500 times.)

`load_graph_file` gives an in-memory store for one query; `open_store` opens
an on-disk store (``build --store DIR`` fills it with `load_into_store`, one
named graph per article replaced on every build) so large corpora are not
re-parsed on every query. Hands the store to query, serve and endpoint.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError
from .files import check_regular
from .namespaces import PGID_IRI

ARTICLE_GRAPHS = PGID_IRI + "article/"

RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
}


def graph_format(path: Path) -> ox.RdfFormat:
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown graph format; pass a .ttl, .trig, .nt or .nq file written by policygraph build")
    return fmt


def read_quads(path: Path) -> list[ox.Quad]:
    """Every quad of a graph file (strict parser: a bad IRI is an error, not a silent guess)."""
    fmt = graph_format(path)
    check_regular(path, GraphError)
    if not path.is_file():
        raise GraphError(f"{path}: no such graph; run 'policygraph build' first")
    try:
        return list(ox.parse(path=str(path), format=fmt))
    except SyntaxError as exc:
        raise GraphError(f"{path}: cannot parse as RDF ({' '.join(str(exc).split())[:200]})") from None
    except OSError as exc:
        raise GraphError(f"{path}: cannot read ({exc.strerror or exc})") from None


def union_quads(quads: list[ox.Quad]) -> list[ox.Quad]:
    """Every distinct triple of `quads`, in the default graph."""
    triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    return [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]


def load_graph_file(path: Path) -> ox.Store:
    """A graph file in a fresh in-memory store: named graphs kept, their union as the default graph."""
    store = ox.Store()
    quads = read_quads(path)
    store.extend(quads)
    store.extend(union_quads(quads))
    return store


def open_store(directory: Path, *, create: bool = False, read_only: bool = False) -> ox.Store:
    """An on-disk Oxigraph store; one process at a time may hold it for
    writing, any number read-only (the query workers of `engine`)."""
    if not create and not directory.is_dir():
        raise GraphError(f"{directory}: no such store; create it with 'policygraph build ARTICLES --store {directory}'")
    if directory.exists() and not directory.is_dir():
        raise GraphError(f"{directory}: is a file, not a store folder")
    if directory.is_dir() and any(directory.iterdir()) and not (directory / "CURRENT").is_file():
        raise GraphError(f"{directory}: is a folder but not an Oxigraph store; give an empty or new folder")
    try:
        return ox.Store.read_only(str(directory)) if read_only else ox.Store(str(directory))
    except OSError as exc:
        text = " ".join(str(exc).split())
        if "lock" in text.lower():
            raise GraphError(f"{directory}: the store is in use by another process (a running 'policygraph serve'?); "
                             "stop it, or query that server with --endpoint") from None
        raise GraphError(f"{directory}: cannot open the store ({text[:200]})") from None


@dataclass(frozen=True)
class LoadReport:
    graphs: int
    quads: int


def load_into_store(store: ox.Store, quads: list[ox.Quad], *, prune: bool = False) -> LoadReport:
    """Replace each graph named in `quads` by its new content; other graphs
    stay, except, with `prune`, article graphs the new quads no longer hold."""
    by_graph: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[ox.Quad]] = defaultdict(list)
    for q in quads:
        by_graph[q.graph_name].append(q)
    if prune:
        for name in list(store.named_graphs()):
            if isinstance(name, ox.NamedNode) and name.value.startswith(ARTICLE_GRAPHS) and name not in by_graph:
                store.remove_graph(name)
    for name, graph_quads in by_graph.items():
        if isinstance(name, ox.DefaultGraph):
            store.clear_graph(name)
        elif store.contains_named_graph(name):
            store.remove_graph(name)
        store.extend(graph_quads)
    store.clear_graph(ox.DefaultGraph())  # the union of what the store now holds, duplicates once
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.flush()
    return LoadReport(graphs=len(by_graph), quads=len(quads))


def load_file_into_store(graph: Path, directory: Path, *, prune: bool = False) -> LoadReport:
    """``build --store``: the built TriG into the on-disk store at `directory`."""
    store = open_store(directory, create=True)
    return load_into_store(store, read_quads(graph), prune=prune)
