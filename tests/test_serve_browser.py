"""`policygraph serve --cors` from a page of another origin, in a real headless
Chromium: the browser's preflight (OPTIONS) before a POST of
`application/sparql-query` must be answered (it got 501; issue 9, item 5).

Both origins are loopback servers started here: the endpoint, and
`python -m http.server` serving the page that queries it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from .http_helpers import LOOPBACK, free_port, running

POLICYGRAPH = [sys.executable, "-c", "from policygraph.cli import main; main()"]
FETCH = """async url => {
    try {
        const r = await fetch(url, {method: 'POST', body: 'ASK { ?s ?p ?o }',
            headers: {'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json'}});
        return {status: r.status, body: await r.json()};
    } catch (e) {
        return {error: String(e)};
    }
}"""


@pytest.fixture(scope="module")
def other_origin(tmp_path_factory):
    """A page on another loopback port than the endpoint: another origin."""
    folder = tmp_path_factory.mktemp("origin")
    (folder / "index.html").write_text("<!doctype html><title>another site</title>", encoding="utf-8")
    port = free_port()
    cmd = [sys.executable, "-m", "http.server", str(port), "--bind", LOOPBACK, "--directory", str(folder)]
    with running(cmd, f"http://{LOOPBACK}:{port}/index.html"):
        yield f"http://{LOOPBACK}:{port}/index.html"


@pytest.mark.parametrize(("options", "allowed"), [(["--cors"], True), ([], False)], ids=["cors", "no-cors"])
def test_serve_browser_cross_origin_post(chromium, other_origin, scs_out, tmp_path, options, allowed):
    shutil.copy(scs_out / "graph.trig", tmp_path / "graph.trig")
    port = free_port()
    base = f"http://{LOOPBACK}:{port}"
    with running([*POLICYGRAPH, "serve", str(tmp_path / "graph.trig"), "--port", str(port), *options],
                 f"{base}/sparql"):
        ctx = chromium.new_context()
        try:
            page = ctx.new_page()
            page.goto(other_origin)
            got = page.evaluate(FETCH, f"{base}/sparql")
        finally:
            ctx.close()
    if allowed:
        assert got == {"status": 200, "body": {"head": {}, "boolean": True}}, got
    else:
        assert "error" in got, got  # the browser refuses to hand another origin's answer to the page
