"""Run the `policygraph` CLI in a subprocess that kills itself (SIGKILL) just
before its Nth file operation under a folder, i.e. just after operation N-1.

The operations are read from Python's audit events (PEP 578): opening a file
for writing (mkstemp included), rename/replace, chmod, unlink, mkdir. No code
of ours is replaced; the build runs as it would for a user, and dies as it
would on a power cut between two of its file operations.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LAUNCHER = r"""
import atexit, json, os, signal, sys
folder, kill_at, log = os.path.realpath(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
ops = []
WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

def inside(path):
    if isinstance(path, int) or path is None:
        return False
    try:
        return os.path.realpath(os.fsdecode(path)).startswith(folder + os.sep) or os.path.realpath(os.fsdecode(path)) == folder
    except (TypeError, ValueError):
        return False

def hook(event, args):
    if event == "open":
        path, mode, flags = args
        if not ((mode and any(c in mode for c in "wax+")) or (flags and flags & WRITE)):
            return
    elif event not in ("os.rename", "os.remove", "os.chmod", "os.mkdir", "os.rmdir"):
        return
    if not inside(args[0]):
        return
    if len(ops) + 1 == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    ops.append([event, os.path.basename(os.fsdecode(args[0]))] + ([os.path.basename(os.fsdecode(args[1]))] if event == "os.rename" else []))

def dump():
    with open(log, "w", encoding="utf-8") as fh:
        json.dump(ops, fh)

atexit.register(dump)
sys.addaudithook(hook)
sys.argv = ["policygraph", *sys.argv[4:]]
from policygraph.cli import main
main()
"""


def run_with_kill(folder: Path, kill_at: int, *args: str | Path, cwd: Path, log: Path,
                  timeout: float = 600) -> subprocess.CompletedProcess:
    """Run `policygraph ARGS`, killed just before file operation number `kill_at` under `folder`
    (0: never); the operations done are written to `log` when it is not killed."""
    return subprocess.run([sys.executable, "-c", LAUNCHER, str(folder), str(kill_at), str(log), *map(str, args)],
                          cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL,
                          env={k: v for k, v in os.environ.items() if k != "POLICYGRAPH_DEBUG"})


def file_operations(folder: Path, *args: str | Path, cwd: Path, log: Path) -> list[list[str]]:
    """The file operations a run does under `folder`, in order (run to the end)."""
    proc = run_with_kill(folder, 0, *args, cwd=cwd, log=log)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(log.read_text(encoding="utf-8"))
