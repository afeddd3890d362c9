"""A build killed between any two of its file operations, or out of disk
space, leaves no temp file and no stale state: the next build serves the
new text's graph (issue 9, items 7 and 8).

The builds are real `policygraph build` subprocesses; the kill is a real
SIGKILL (see `faults`). `benchmarks/bench_faults.py` kills after every file
operation, not only after each rename.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from policygraph.export import temp_files

from .faults import file_operations, run_with_kill

OLD = "# Harbour Plan\n\nThe Harbour Plan covers residents. Residents must not feed pigeons.\n"
NEW = "# Harbour Plan\n\nThe Harbour Plan covers residents. Residents must not block driveways.\n"
POLICYGRAPH = [sys.executable, "-c", "from policygraph.cli import main; main()"]
TARGETS = ["cache", "graph.ttl", "graph.trig", "graph.trig.json", "graph.html", "manifest.json"]


def build(cwd: Path, *extra: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*POLICYGRAPH, "build", "plan.md", "-o", "out", *extra], cwd=cwd, capture_output=True,
                          text=True, timeout=600, stdin=subprocess.DEVNULL, **kwargs)


def labels(graph: Path) -> set[str]:
    """Every rdfs:label in a Turtle file ."""
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    return {q.object.value for q in ox.parse(path=str(graph), format=ox.RdfFormat.TURTLE) if q.predicate.value == label}


def stray_temp_files(out: Path) -> list[str]:
    return [p.name for folder in (out, out / ".policygraph") for p in temp_files(folder)]


@pytest.fixture(scope="module")
def old_build(tmp_path_factory) -> Path:
    """OUTDIR of a build of the old text (the article then says "feed pigeons")."""
    root = tmp_path_factory.mktemp("old")
    (root / "plan.md").write_text(OLD, encoding="utf-8")
    done = build(root)
    assert done.returncode == 0, done.stderr
    assert "feed pigeons" in labels(root / "out" / "graph.ttl")
    return root / "out"


def fresh_copy(old_build: Path, tmp_path: Path) -> Path:
    """The old build as if made in `tmp_path` (the manifest keys articles by absolute path); the article changed."""
    shutil.copytree(old_build, tmp_path / "out")
    manifest = tmp_path / "out" / "manifest.json"
    old_root, new_root = json.dumps(str(old_build.parent.resolve()))[1:-1], json.dumps(str(tmp_path.resolve()))[1:-1]
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(old_root, new_root), encoding="utf-8")
    (tmp_path / "plan.md").write_text(NEW, encoding="utf-8")
    return tmp_path / "out"


@pytest.fixture(scope="module")
def operations(old_build, tmp_path_factory) -> list[list[str]]:
    """The file operations of the build of the new text, in order."""
    root = tmp_path_factory.mktemp("count")
    out = fresh_copy(old_build, root)
    ops = file_operations(out, "build", "plan.md", "-o", "out", cwd=root, log=root / "ops.json")
    assert "block driveways" in labels(out / "graph.ttl")
    return ops


def test_build_renames_the_manifest_last(operations):
    renamed = [op[2] for op in operations if op[0] == "os.rename"]
    assert renamed[-1] == "manifest.json" and renamed[0] == "plan.json" and len(renamed) == len(TARGETS), renamed


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
@pytest.mark.parametrize("target", TARGETS)
def test_build_killed_after_a_rename_leaves_no_stale_state(old_build, operations, tmp_path, target):
    """Regression: killed between renaming the manifest and the cache, every
    later build served the old text's graph; killed builds left .tmp orphans."""
    renames = [i for i, op in enumerate(operations) if op[0] == "os.rename"]
    index = renames[0] if target == "cache" else next(i for i in renames if operations[i][2] == target)
    out = fresh_copy(old_build, tmp_path)
    killed = run_with_kill(out, index + 2, "build", "plan.md", "-o", "out", cwd=tmp_path, log=tmp_path / "ops.json")
    if index + 2 <= len(operations):
        assert killed.returncode == -signal.SIGKILL, killed.stderr
    (out / "graph.ttl").unlink(missing_ok=True)  # so the next build draws the graph, from the cache if it trusts it
    again = build(tmp_path)
    assert again.returncode == 0, again.stderr
    graph = labels(out / "graph.ttl")
    assert "block driveways" in graph and "feed pigeons" not in graph, "the old text's graph is served"
    assert "block driveways" in (out / "graph.html").read_text(encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [e["hash"] for e in manifest["articles"].values()] == [hashlib.sha256(NEW.encode()).hexdigest()]
    assert stray_temp_files(out) == []


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX file size limit")
def test_build_on_a_full_disk_leaves_no_temp_file(old_build, tmp_path):
    """A write that fails (here: over RLIMIT_FSIZE, as on a full disk) removes
    the temp file it was writing and leaves the old output alone."""
    out = fresh_copy(old_build, tmp_path)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    limit = 20_000  # graph.html is larger, the other files smaller

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    assert (out / "graph.html").stat().st_size > limit
    failed = build(tmp_path, preexec_fn=small_files)
    assert failed.returncode == 2, failed.stderr
    assert failed.stderr.startswith("error: cannot write") and len(failed.stderr.strip().splitlines()) == 1
    assert stray_temp_files(out) == []
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_build_removes_temp_files_a_killed_build_left(old_build, tmp_path):
    out = fresh_copy(old_build, tmp_path)
    orphans = [out / ".graph.ttl.k3x9_q2z.tmp", out / ".manifest.json.abcdefgh.tmp",
               out / ".policygraph" / ".gone-article.json.12345678.tmp"]
    for path in orphans:
        path.write_bytes(b"half a file")
    keep = out / "notes.tmp"
    keep.write_text("not ours", encoding="utf-8")
    assert build(tmp_path).returncode == 0
    assert stray_temp_files(out) == [] and keep.exists()
