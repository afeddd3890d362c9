"""Every command in README.md and docs/*.md runs, as written, and prints what the page shows.

Doctest for shell pages: in a ```console block a line starting with `$ ` is a
command and the lines under it are its expected stdout (doctest's ELLIPSIS:
`...` matches anything); ```bash blocks are commands; ```python blocks run
as scripts; a block after `<!-- save as NAME -->` is saved as the file NAME.
Each page runs in a fresh folder holding the project's `examples/` and an
`output/` built from them by `policygraph build examples/`; a command ending
in `&` is a server, started and stopped when the page is done. The README's
install commands are run by tests/test_quickstart.py and .ci/run.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: The README's two install commands, run as written by test_quickstart.py (the first) and .ci/run (the second).
QUICKSTART = [
    "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/policygraph build examples/corporate-social-credit.md",
    "python3 -m venv .venv && .venv/bin/pip install '.[test]' && .venv/bin/pytest",
]
FENCE = re.compile(r"^(?:<!-- save as (?P<save>[\w.-]+) -->\n)?```(?P<lang>\w*)\n(?P<body>.*?)^```\s*$",
                   re.MULTILINE | re.DOTALL)


@dataclass
class Step:
    kind: str  # "shell" | "python" | "file"
    text: str
    line: int
    want: str | None = None  # expected stdout of a console command
    name: str = ""  # the file a "file" step writes


def steps_of(page: Path) -> list[Step]:
    """The runnable steps of a Markdown page, in order."""
    source = page.read_text(encoding="utf-8")
    found: list[Step] = []
    for block in FENCE.finditer(source):
        line = source.count("\n", 0, block.start("body")) + 1
        lang, body = block["lang"], block["body"]
        if block["save"]:
            found.append(Step("file", body, line, name=block["save"]))
        elif lang == "python":
            found.append(Step("python", body, line))
        elif lang == "bash":
            found.extend(Step("shell", cmd, line) for cmd in _commands(body.splitlines()))
        elif lang == "console":
            for i, row in enumerate(body.splitlines()):
                if row.startswith("$ "):
                    found.append(Step("shell", row[2:], line + i, want=""))
                elif found and found[-1].want is not None:
                    found[-1].want += row + "\n"
    return found


def _commands(lines: list[str]) -> list[str]:
    commands, current = [], ""
    for row in lines:
        current += row
        if current.endswith("\\"):
            current = current[:-1] + " "
            continue
        if current.strip() and not current.lstrip().startswith("#"):
            commands.append(current.strip())
        current = ""
    return commands


def test_docs_pages_have_commands():
    assert len(PAGES) >= 8
    assert len([s for s in steps_of(ROOT / "README.md") if s.kind == "shell"]) >= 6
    assert sum(len(steps_of(p)) for p in PAGES) > 40


def test_docs_readme_is_short_and_its_install_commands_are_the_tested_ones():
    readme = ROOT / "README.md"
    assert readme.stat().st_size < 8 * 1024
    install = [s.text for s in steps_of(readme) if "pip install" in s.text]
    assert install == QUICKSTART


def test_docs_ci_runs_the_readme_test_command_unchanged():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert QUICKSTART[1] in [line.strip() for line in ci]


def test_docs_links_point_at_files():
    for page in PAGES:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            if target in {"quality.md", "docs/quality.md"} and not (ROOT / "docs" / "quality.md").exists():
                continue  # written elsewhere; merged separately
            assert (page.parent / target).exists(), f"{page.name}: broken link {target}"


# ------------------------------------------------------------------ running the pages


def _port(command: str) -> int | None:
    match = re.search(r"(?:--port\s+|--bind\s+\S*:)(\d+)", command)
    return int(match.group(1)) if match else None


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "POLICYGRAPH_DEBUG"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = sys.prefix
    env["BROWSER"] = "true"  # `view --open` opens nothing during tests
    env["COLUMNS"] = "100"
    return env


@pytest.fixture(scope="session")
def seeded_output(tmp_path_factory) -> Path:
    """`output/` as `policygraph build examples/` leaves it, built once."""
    home = tmp_path_factory.mktemp("docs-seed")
    (home / "examples").symlink_to(EXAMPLES)
    subprocess.run(["policygraph", "build", "examples/"], cwd=home, env=_env(), check=True, capture_output=True,
                   timeout=600)
    return home / "output"


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_docs_commands_run_as_written(page, tmp_path, seeded_output):
    home = tmp_path / "home"
    home.mkdir()
    (home / "examples").symlink_to(EXAMPLES)
    (home / ".venv").symlink_to(Path(sys.prefix))
    shutil.copytree(seeded_output, home / "output", symlinks=True)
    env = _env()
    servers: list[subprocess.Popen] = []
    checker = doctest.OutputChecker()
    try:
        for step in steps_of(page):
            where = f"{page.name}:{step.line}"
            if step.kind == "file":
                (home / step.name).write_text(step.text, encoding="utf-8")
            elif step.kind == "python":
                script = home / f"snippet_{step.line}.py"
                script.write_text(step.text, encoding="utf-8")
                proc = subprocess.run([sys.executable, script.name], cwd=home, env=env, capture_output=True, text=True,
                                      timeout=600)
                assert proc.returncode == 0, f"{where}: python block failed:\n{proc.stderr[-3000:]}"
            elif step.text in QUICKSTART:
                continue  # run by test_quickstart.py / .ci/run
            elif shutil.which(shlex.split(step.text)[0], path=env["PATH"]) is None and "=" not in step.text.split()[0] \
                    and not step.text.startswith((".", "cd ")):
                warnings.warn(f"{where}: {shlex.split(step.text)[0]} is not installed; skipped {step.text!r}")
            elif step.text.rstrip().endswith("&"):
                servers.append(_start(step.text.rstrip()[:-1], home, env, where))
            else:
                proc = subprocess.run(["bash", "-c", step.text], cwd=home, env=env, capture_output=True, text=True,
                                      timeout=600, stdin=subprocess.DEVNULL)
                expected = re.search(r"#\s*exit (\d+)\b", step.text)  # a documented non-zero status ("# exit 1: ...")
                code = int(expected.group(1)) if expected else 0
                assert proc.returncode == code, f"{where}: `{step.text}` exited {proc.returncode}:\n{proc.stderr[-3000:]}"
                assert "Traceback" not in proc.stderr, f"{where}: {proc.stderr}"
                if step.want:
                    ok = checker.check_output(step.want, proc.stdout, doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
                    assert ok, f"{where}: `{step.text}` printed\n{proc.stdout}\nthe page shows\n{step.want}"
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def _start(command: str, home: Path, env: dict[str, str], where: str) -> subprocess.Popen:
    """Start a server command and wait until its port answers."""
    port = _port(command)
    assert port is not None, f"{where}: a background command must name its port"
    if _listening(port):
        pytest.skip(f"{where}: port {port} is already in use on this machine")
    server = subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=home, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while not _listening(port):
        if server.poll() is not None:
            raise AssertionError(f"{where}: `{command}` exited {server.returncode}: {server.stderr.read().decode()[-2000:]}")
        assert time.monotonic() < deadline, f"{where}: `{command}` did not listen on port {port}"
        time.sleep(0.1)
    return server
