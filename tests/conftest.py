"""Shared fixtures: the spaCy pipeline and the builds, made once per session.

Corpus articles live in ../shared/corpus (real texts nobody here wrote); tests
that need them skip with a reason when the folder is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLD = Path(__file__).resolve().parent / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} not found: the shared corpus sits beside the checkout in CI")
    return path


@pytest.fixture(scope="session")
def nlp():
    from policygraph.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def build_of(tmp_path_factory):
    """Build an article once per session: build_of(path) -> output folder."""
    from policygraph.pipeline import build

    cache: dict[Path, Path] = {}

    def _build(path: Path) -> Path:
        if path not in cache:
            out = tmp_path_factory.mktemp(path.stem)
            build([path], out)
            cache[path] = out
        return cache[path]

    return _build


@pytest.fixture(scope="session")
def scs_out(build_of) -> Path:
    return build_of(corpus_file("scs-explainer.txt"))


@pytest.fixture(scope="module")
def chromium():
    """Headless Debian chromium for the browser tests (skips with the reason when missing)."""
    from .browser import browser, require_browser

    path = require_browser()
    with browser(path) as b:
        yield b
