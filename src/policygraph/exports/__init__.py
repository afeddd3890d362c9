"""The graph in the tools people already use: takes a built graph (file or the build's
store) and hands on GraphML (Gephi, Cytoscape), JSON-LD (the web) and Neo4j CSV tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from ..errors import GraphError
from ..facts import facts_of_quads, graph_path
from .graphml import graphml_bytes
from .jsonld import jsonld_bytes
from .neo4j import neo4j_tables

#: --to choices, and the file `build --export` writes beside graph.trig (csv: two files, see `csv_paths`).
FORMATS: dict[str, str] = {"graphml": "graph.graphml", "jsonld": "graph.jsonld", "csv": "graph.csv"}


def csv_paths(target: Path) -> tuple[Path, Path]:
    """`-o graph.csv` -> graph.nodes.csv and graph.relationships.csv beside it.

    >>> [p.name for p in csv_paths(Path("out/policy.csv"))]
    ['policy.nodes.csv', 'policy.relationships.csv']
    """
    stem = target.name[:-4] if target.name.lower().endswith(".csv") else target.name
    return target.with_name(f"{stem}.nodes.csv"), target.with_name(f"{stem}.relationships.csv")


def export_paths(outdir: Path, formats: list[str]) -> list[Path]:
    """The files `build --export` leaves in OUTDIR for these formats."""
    paths: list[Path] = []
    for to in formats:
        paths += list(csv_paths(outdir / FORMATS[to])) if to == "csv" else [outdir / FORMATS[to]]
    return paths


def export_files(quads: Callable[[], list[ox.Quad]], to: str, target: Path) -> dict[Path, Callable[[], bytes]]:
    """Renderers for `write_atomic`: the file(s) of one format at `target`.

    `quads` is called (once per format) only when the files are rendered."""
    if to == "graphml":
        return {target: lambda: graphml_bytes(facts_of_quads(quads()))}
    if to == "jsonld":
        return {target: lambda: jsonld_bytes(quads())}
    if to == "csv":
        cache: dict[str, tuple[bytes, bytes]] = {}

        def tables() -> tuple[bytes, bytes]:
            if "t" not in cache:
                cache["t"] = neo4j_tables(facts_of_quads(quads()))
            return cache["t"]

        nodes, rels = csv_paths(target)
        return {nodes: lambda: tables()[0], rels: lambda: tables()[1]}
    raise GraphError(f"unknown export format {to!r}; use one of {', '.join(FORMATS)}")


def build_exports(store: ox.Store, outdir: Path, formats: list[str]) -> dict[Path, Callable[[], bytes]]:
    """`build --export`: the chosen formats beside graph.trig, from the build's store."""
    out: dict[Path, Callable[[], bytes]] = {}
    for to in formats:
        out.update(export_files(lambda: list(store), to, outdir / FORMATS[to]))
    return out


def export_graph(graph: Path, to: str, target: Path) -> dict[Path, Callable[[], bytes]]:
    """`policygraph export GRAPH --to FORMAT -o FILE`: renderers for the file(s) to write."""
    from ..store import read_quads

    source = graph_path(graph)
    quads = read_quads(source)
    return export_files(lambda: quads, to, target)
