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


def graph_files(store: ox.Store, outdir: Path) -> dict[Path, Callable[[], bytes]]:
    """The renderers for graph.ttl (the union of all graphs) and graph.trig,
    written by Oxigraph's serialisers (about seven times faster than rdflib's
    on our graphs) straight from the store."""

    def turtle() -> bytes:
        union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        return ox.serialize(union, format=ox.RdfFormat.TURTLE, prefixes=_prefixes())

    def trig() -> bytes:
        return store.dump(format=ox.RdfFormat.TRIG, prefixes=_prefixes())

    return {outdir / "graph.ttl": turtle, outdir / "graph.trig": trig}
