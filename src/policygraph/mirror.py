"""Push a build so that the server mirrors it: what was added, replaced and removed.

`endpoint.push` PUTs every article graph and their union as the default
graph. The Graph Store Protocol cannot list graphs, so each push also PUTs
a small graph, `pgid:pushed`, listing the article graphs this project has
on the server (`pgid:pushed dcterms:hasPart <article>`). Comparing it with
the build says which article graphs are new, which are replaced and, with
`prune`, which the build no longer has: those are deleted (`DELETE
?graph=`). Graphs of other projects are never touched.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .endpoint import _request, push
from .errors import EndpointError
from .namespaces import PG
from .store import read_quads

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ARTICLE = ox.NamedNode(str(PG.Article))
PUSHED = ox.NamedNode("https://w3id.org/policygraph/id/pushed")
HAS_PART = ox.NamedNode("http://purl.org/dc/terms/hasPart")


@dataclass
class MirrorReport:
    """What a push changed on the server, for the summary line and `--format json`."""

    endpoint: str
    graphs: int = 0
    triples: int = 0
    added: list[str] = field(default_factory=list)  # article IRIs new on the server
    replaced: list[str] = field(default_factory=list)  # article IRIs that were there and were replaced
    removed: list[str] = field(default_factory=list)  # article IRIs deleted (--prune)
    stale: list[str] = field(default_factory=list)  # article IRIs left on the server that the build lacks

    def summary(self) -> str:
        text = (f"pushed {self.graphs} graph(s), {self.triples} triples -> {self.endpoint}: "
                f"{len(self.added)} article(s) added, {len(self.replaced)} replaced, {len(self.removed)} removed")
        if self.stale:
            text += f"; {len(self.stale)} article(s) of earlier pushes left on the server (--prune removes them)"
        return text


def _with(url: str, query: str) -> str:
    return f"{url}{'&' if urllib.parse.urlsplit(url).query else '?'}{query}"


def _get(url: str) -> list[ox.Quad] | None:
    """A graph from a Graph Store endpoint, None if the server has no such graph."""
    try:
        ctype, body = _request(url, method="GET", data=None, headers={"Accept": "application/n-triples"})
    except EndpointError as exc:
        if " 404 " in f" {exc} ":
            return None
        raise
    try:
        return list(ox.parse(body, format=ox.RdfFormat.from_media_type(ctype) or ox.RdfFormat.N_TRIPLES))
    except SyntaxError as exc:
        raise EndpointError(f"{url} sent a graph that does not parse: {' '.join(str(exc).split())[:200]}") from None


def articles_on_server(url: str) -> set[str]:
    """The article graphs this project has on the server, as the last push listed them
    (for a server pushed to before the listing existed: the articles of its default graph)."""
    listing = _get(_with(url, f"graph={urllib.parse.quote(PUSHED.value, safe='')}"))
    if listing is not None:
        return {q.object.value for q in listing if q.subject == PUSHED and q.predicate == HAS_PART}
    default = _get(_with(url, "default")) or []
    return {q.subject.value for q in default if q.predicate == RDF_TYPE and q.object == ARTICLE}


def articles_in(graph: Path) -> set[str]:
    """The article IRIs of a build's graph file."""
    return {q.subject.value for q in read_quads(graph) if q.predicate == RDF_TYPE and q.object == ARTICLE}


def mirror(url: str, graph: Path, *, prune: bool = False,
           progress: Callable[[str], None] | None = None) -> MirrorReport:
    """Push `graph` to a Graph Store endpoint and report, per article, what changed;
    with `prune`, delete the article graphs of earlier pushes that `graph` lacks."""
    before = articles_on_server(url)
    now = articles_in(graph)
    pushed = push(url, graph, progress=progress)
    report = MirrorReport(endpoint=url, graphs=pushed.graphs, triples=pushed.triples,
                          added=sorted(now - before), replaced=sorted(now & before))
    for iri in sorted(before - now):
        if not prune:
            report.stale.append(iri)
            continue
        _request(_with(url, f"graph={urllib.parse.quote(iri, safe='')}"), method="DELETE", data=None, headers={})
        report.removed.append(iri)
        if progress:
            progress(iri)
    listing = [ox.Triple(PUSHED, HAS_PART, ox.NamedNode(iri)) for iri in sorted(now | set(report.stale))]
    _request(_with(url, f"graph={urllib.parse.quote(PUSHED.value, safe='')}"), method="PUT",
             data=ox.serialize(listing, format=ox.RdfFormat.N_TRIPLES), headers={"Content-Type": "application/n-triples"})
    return report
