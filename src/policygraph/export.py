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

from rdflib import Dataset

from .errors import GraphError
from .rdf import union_graph


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def write_atomic(files: dict[Path, Callable[[], bytes]]) -> None:
    """Render every file, then move them all into place (same-folder renames)."""
    staged: list[tuple[str, Path]] = []
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


def graph_files(ds: Dataset, outdir: Path) -> dict[Path, Callable[[], bytes]]:
    """The renderers for graph.ttl and graph.trig."""
    return {
        outdir / "graph.ttl": lambda: union_graph(ds).serialize(format="turtle", encoding="utf-8"),
        outdir / "graph.trig": lambda: ds.serialize(format="trig", encoding="utf-8"),
    }
