"""Kill a build after every one of its file operations (issue 9, items 7 and 8).

For each file operation the build of a changed article does in OUTDIR (temp
file opened, chmod, rename, unlink, mkdir), a copy of the old build is
rebuilt with a SIGKILL injected just after that operation (see
tests/faults.py), then built again normally, and once more with graph.ttl
deleted (so the graph is drawn from the cache). After each, the graph must
be the new text's, and no temp file of ours may be left. Prints one line per
kill point and a summary.

    python benchmarks/bench_faults.py
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from policygraph.export import temp_files  # noqa: E402
from tests.faults import file_operations, run_with_kill  # noqa: E402

OLD = "# Harbour Plan\n\nThe Harbour Plan covers residents. Residents must not feed pigeons.\n"
NEW = "# Harbour Plan\n\nThe Harbour Plan covers residents. Residents must not block driveways.\n"
BUILD = ["build", "plan.md", "-o", "out"]


def policygraph(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from policygraph.cli import main; main()", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def labels(graph: Path) -> set[str]:
    """Every rdfs:label in a Turtle file ."""
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    return {q.object.value for q in ox.parse(path=str(graph), format=ox.RdfFormat.TURTLE) if q.predicate.value == label}


def problems(out: Path) -> list[str]:
    found = []
    graph = labels(out / "graph.ttl")
    if "block driveways" not in graph or "feed pigeons" in graph:
        found.append("old text's graph")
    if "block driveways" not in (out / "graph.html").read_text(encoding="utf-8"):
        found.append("old graph.html")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    if [e["hash"] for e in manifest["articles"].values()] != [hashlib.sha256(NEW.encode()).hexdigest()]:
        found.append("stale manifest")
    strays = [p.name for folder in (out, out / ".policygraph") for p in temp_files(folder)]
    if strays:
        found.append(f"temp files {strays}")
    return found


def copy_build(base: Path, work: Path) -> None:
    """The old build as if made in `work` (the manifest keys articles by absolute path); the article changed."""
    shutil.copytree(base, work)
    manifest = work / "out" / "manifest.json"
    old_root, new_root = json.dumps(str(base.resolve()))[1:-1], json.dumps(str(work.resolve()))[1:-1]
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(old_root, new_root), encoding="utf-8")
    (work / "plan.md").write_text(NEW, encoding="utf-8")


def main() -> None:
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "old"
        base.mkdir()
        (base / "plan.md").write_text(OLD, encoding="utf-8")
        assert policygraph(base, *BUILD).returncode == 0
        count = Path(tmp) / "count"
        copy_build(base, count)
        ops = file_operations(count / "out", *BUILD, cwd=count, log=Path(tmp) / "ops.json")
        print(f"{len(ops)} file operations in a build of the changed article")
        bad = 0
        for n, op in enumerate(ops, start=1):
            work = Path(tmp) / f"kill{n}"
            copy_build(base, work)
            killed = run_with_kill(work / "out", n + 1, *BUILD, cwd=work, log=work / "ops.json")
            again = policygraph(work, *BUILD)
            found = problems(work / "out") if again.returncode == 0 else [f"rebuild failed: {again.stderr.strip()}"]
            if not found:  # and once more from the cache alone (a stale cache showed only then)
                (work / "out" / "graph.ttl").unlink()
                again = policygraph(work, *BUILD)
                found = problems(work / "out") if again.returncode == 0 else [f"rebuild failed: {again.stderr}"]
            bad += bool(found)
            print(f"kill after op {n:2d} {' '.join(op):60s} exit {killed.returncode:3d}: {'; '.join(found) or 'ok'}")
            shutil.rmtree(work)
    print(f"{len(ops)} kill points, {bad} with stale or mixed state after the next build, "
          f"{time.monotonic() - start:.0f} s")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
