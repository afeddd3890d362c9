"""Headless Chromium for the viewer tests: Debian's `chromium` driven by Playwright.

Never downloads a browser (no `playwright install`): uses the system binary
and skips, with the reason, when it or Playwright is missing. Every request
other than the page's own file is aborted and recorded.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def chromium_path() -> str | None:
    found = os.environ.get("POLICYGRAPH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    return found if found and Path(found).exists() else None


def require_browser() -> str:
    """The chromium executable, or skip the test saying what to install."""
    path = chromium_path()
    if path is None:
        pytest.skip("chromium not found: install Debian's 'chromium' package (.ci/run does) to run the browser tests")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("playwright not installed: pip install '.[test]' (the browser itself comes from apt, not playwright)")
    return path


@dataclass
class Visit:
    page: object
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)


@contextmanager
def browser(executable: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def wait_until(page, predicate: str, arg=None, *, timeout_ms: int = 5_000, every_ms: int = 100) -> None:
    """Poll a JavaScript function until it returns true. Playwright's
    `wait_for_function` polls by evaluating a string inside the page, which
    the viewer's Content-Security-Policy (no 'unsafe-eval') forbids: it
    failed whenever the first check came too early, i.e. on a loaded machine.
    `page.evaluate` runs through the DevTools protocol, which the policy
    does not govern."""
    waited = 0
    while not page.evaluate(predicate, arg):
        if waited >= timeout_ms:
            raise TimeoutError(f"not true after {timeout_ms} ms: {predicate}")
        page.wait_for_timeout(every_ms)
        waited += every_ms


@contextmanager
def visit(b, html: Path, *, width: int = 1400, height: int = 860, timeout_ms: int = 60_000) -> Iterator[Visit]:
    """Open a page offline, wait until the viewer says it is drawn, collect what happened."""
    ctx = b.new_context(viewport={"width": width, "height": height})
    page = ctx.new_page()
    v = Visit(page)

    def route(r):
        url = r.request.url
        v.requests.append(url)
        if url.startswith("file:"):
            r.continue_()
        else:
            v.blocked.append(url)
            r.abort()

    ctx.route("**/*", route)
    page.on("dialog", lambda d: (v.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: v.errors.append(str(e)))
    page.on("console", lambda m: v.console.append(f"{m.type}: {m.text}"))
    try:
        page.goto(html.resolve().as_uri())
        wait_until(page, "() => Boolean(window.policygraph && window.policygraph.state.ready)", timeout_ms=timeout_ms)
        yield v
    finally:
        ctx.close()
