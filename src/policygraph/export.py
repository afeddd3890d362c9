"""Write the graph files: Turtle (union), TriG (named graphs), and the HTML view.

Every file is written to a temporary name beside its target and renamed into
place only after all of them were written, so a crash or a bad article never
leaves a half-written or clobbered file in the output folder.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD

from .errors import GraphError
from .rdf import PREFIXES


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


TEMP_SUFFIX = ".tmp"


def temp_files(folder: Path, name: str = "*") -> list[Path]:
    """Temp files `write_atomic` makes for `name` in `folder` (mkstemp's
    ``.NAME.XXXXXXXX.tmp``): left behind only by a killed process."""
    return [p for p in folder.glob(f".{name}.*{TEMP_SUFFIX}")
            if len(p.name.rsplit(".", 2)[-2]) == 8 and p.is_file()]


def remove_temp_files(folder: Path, name: str = "*") -> None:
    for path in temp_files(folder, name):
        path.unlink(missing_ok=True)


def write_atomic(files: dict[Path, Callable[[], bytes]]) -> None:
    """Render every file, then move them all into place (same-folder renames)
    in the order given. Temp files are removed on any failure (a full disk),
    and those a killed earlier run left for the same targets are removed first."""
    staged: list[tuple[str, Path]] = []
    for target in files:
        if target.is_dir():  # refuse before anything is replaced
            raise GraphError(f"cannot write {target}: it is a folder")
    try:
        for target, render in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            remove_temp_files(target.parent, target.name)
            data = render()
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
            staged.append((tmp, target))  # before the write: a full disk must not leave it behind
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        for tmp, target in staged:
            os.replace(tmp, target)
    except OSError as exc:
        raise GraphError(f"cannot write {exc.filename or 'output'}: {exc.strerror}") from None
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _prefixes() -> dict[str, str]:
    return {**{k: str(v) for k, v in PREFIXES.items()}, "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
            "owl": "http://www.w3.org/2002/07/owl#"}


_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")  # a local name Turtle writes without escapes


def readable_prefixes(iris: Iterable[str]) -> dict[str, str]:
    """Our prefixes plus one per namespace of minted IRIs (`entity:`, `article:`,
    `<article-slug>:` for its sentences, `<article-slug>-r:` for its statements),
    so no prefixed name needs an escaped slash (`pgid:article\\/x\\/s54`).

    >>> readable_prefixes(["https://w3id.org/policygraph/id/article/scs/s5"])["scs"]
    'https://w3id.org/policygraph/id/article/scs/'
    """
    out = _prefixes()
    base = out["pgid"]
    spaces: set[str] = set()
    for iri in iris:
        if iri.startswith(base):
            cut = iri.rfind("/") + 1
            if cut > len(base) and _LOCAL.fullmatch(iri[cut:]):
                spaces.add(iri[:cut])
    for space in sorted(spaces):
        parts = space[len(base):].strip("/").split("/")
        name = "-".join(parts[1:] if parts[0] == "article" and len(parts) > 1 else parts)
        name = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-") or "id"
        name = name if name[0].isalpha() else f"a-{name}"
        candidate, n = name, 1
        while candidate in out:
            n += 1
            candidate = f"{name}-{n}"
        out[candidate] = space
    return out


def _order(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph) -> str:
    return "" if term == RDF_TYPE or isinstance(term, ox.DefaultGraph) else str(term)


RDF_TYPE = ox.NamedNode(str(RDF.type))


def serialize_sorted(store: ox.Store, fmt: ox.RdfFormat) -> bytes:
    """Turtle (the union of the graphs) or TriG that diffs: the same graph
    gives the same bytes in any process (statements sorted: graph, subject,
    predicate with `a` first, object), each subject written once with its
    predicates, prefixes sorted."""
    union = fmt == ox.RdfFormat.TURTLE
    iris = (t.value for q in store for t in (q.subject, q.object, *(() if union else (q.graph_name,)))
            if isinstance(t, ox.NamedNode))
    prefixes = readable_prefixes(iris)
    body = ox.serialize(_sorted_statements(store, union=union), format=fmt, prefixes=prefixes)
    start = 0
    while body.startswith(b"@prefix ", start):  # Oxigraph orders its prefix lines by its own rule: write ours
        start = body.index(b"\n", start) + 1
    head = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in sorted(prefixes.items()))
    return head.encode() + b"\n" + body[start:]


def _sorted_statements(store: ox.Store, *, union: bool) -> Iterator[ox.Quad | ox.Triple]:
    """The store's statements in `serialize_sorted`'s order, one subject at a
    time (as triples, without repeats, for the union): sorting them all at
    once held about 1 KB a statement, and a 5 MB article has 490,000."""
    def by_predicate(q: ox.Quad | ox.Triple) -> tuple[str, str]:
        return _order(q.predicate), str(q.object)

    if union:
        for s in sorted({q.subject for q in store}, key=str):
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(s, None, None)}
            yield from sorted(triples, key=by_predicate)
        return
    for g, s in sorted({(q.graph_name, q.subject) for q in store}, key=lambda gs: (_order(gs[0]), str(gs[1]))):
        yield from sorted(store.quads_for_pattern(s, None, None, g), key=by_predicate)


def graph_files(store: ox.Store, outdir: Path) -> dict[Path, Callable[[], bytes]]:
    """The renderers for graph.ttl (the union of all graphs) and graph.trig,
    written by Oxigraph's serialisers (about seven times faster than rdflib's
    on our graphs) from the store's statements in a fixed order."""

    def turtle() -> bytes:
        return serialize_sorted(store, ox.RdfFormat.TURTLE)

    def trig() -> bytes:
        return serialize_sorted(store, ox.RdfFormat.TRIG)

    return {outdir / "graph.ttl": turtle, outdir / "graph.trig": trig}
