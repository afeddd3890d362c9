"""The README's first command works as written in a fresh copy of the checkout:
it makes its own virtual environment (so PEP 668 systems such as Debian 12 and
Ubuntu 24.04 accept it), installs the package and builds the sample article.
The second command (the test suite) is what .ci/run runs; test_docs.py checks
that the two agree. Slow: a full `pip install` into a new environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT
from .test_docs import QUICKSTART

NOT_SOURCE = shutil.ignore_patterns(".venv", "venv", ".git", "output", "__pycache__", ".pytest_cache", "*.egg-info",
                                    "build", "dist")


@pytest.mark.slow
def test_quickstart_first_readme_command_installs_and_builds(tmp_path):
    checkout = tmp_path / "policygraph"
    shutil.copytree(ROOT, checkout, ignore=NOT_SOURCE)
    ours = os.path.dirname(sys.executable)  # the system's python3, not this environment's
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "POLICYGRAPH_DEBUG"}}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and p != ours)
    if shutil.which("python3", path=env["PATH"]) is None:
        pytest.skip("no python3 on PATH besides this environment's")
    proc = subprocess.run(["bash", "-c", QUICKSTART[0]], cwd=checkout, env=env, capture_output=True, text=True,
                          timeout=1800, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert any(line.startswith("1 article(s) [1 added") for line in proc.stdout.splitlines()), proc.stdout[-2000:]
    for name in ["graph.ttl", "graph.trig", "graph.html"]:
        assert (checkout / "output" / name).stat().st_size > 1000
    assert not (checkout / ".venv" / "bin" / "pytest").exists(), "the first command installs no test tools"
