"""How big and how fast is graph.html for a large graph?

Builds a synthetic graph shaped like ours (5,000 entities in the four
categories, 10,000 core relations concentrated on policy hubs, every relation
with an evidence sentence, every entity mentioned in a sentence, 50 articles),
renders the page, and opens it in headless Chromium (Debian's `chromium`, via
Playwright, network blocked) to time how long until the network is drawn and
interactive: the viewer's `policygraph-ready` moment, i.e. the first
`afterDrawing` with physics off, measured from navigation start.

    python benchmarks/bench_viewer.py                 # 5,000 nodes / 10,000 edges, best of 3
    python benchmarks/bench_viewer.py --nodes 1000 --edges 2000 --repeat 1
    python benchmarks/bench_viewer.py --format json
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from policygraph.namespaces import DOMAIN_RANGE, PG_IRI
from policygraph.viz import Triple, render_html, view_model

ID = "https://w3id.org/policygraph/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SHARE = {"Actor": 0.40, "Policy": 0.06, "Behaviour": 0.36, "Concern": 0.18}
SUB = {"Actor": ["Business", "GovernmentBody", "Group", "Person"], "Policy": ["RatingSystem", "Law", "Programme"],
       "Behaviour": ["Misconduct", "GoodConduct"], "Concern": []}
WORDS = ("credit score blacklist court fine loan tax company citizen court ruling privacy data bureau platform "
         "transparency appeal record pilot city rating penalty reward travel ban education").split()
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def synthetic(nodes: int, edges: int, articles: int = 50, seed: int = 7) -> list[Triple]:
    rng = random.Random(seed)
    t: list[Triple] = []
    lit = lambda s, p, o: t.append((s, p, o, True))  # noqa: E731
    iri = lambda s, p, o: t.append((s, p, o, False))  # noqa: E731
    arts = [f"{ID}article/a{i}" for i in range(articles)]
    for i, a in enumerate(arts):
        iri(a, RDF_TYPE, PG_IRI + "Article")
        lit(a, "http://purl.org/dc/terms/title", f"Synthetic article {i} on social credit")
    sentences = 0

    def sentence() -> str:
        nonlocal sentences
        s = f"{ID}article/a{sentences % articles}/s{sentences}"
        iri(s, RDF_TYPE, PG_IRI + "Sentence")
        lit(s, PG_IRI + "text", " ".join(rng.choice(WORDS) for _ in range(18)).capitalize() + ".")
        lit(s, PG_IRI + "section", "Section " + rng.choice(WORDS))
        lit(s, PG_IRI + "startOffset", str(sentences * 100))
        iri(s, PG_IRI + "inArticle", arts[sentences % articles])
        sentences += 1
        return s

    by_cat: dict[str, list[str]] = {c: [] for c in SHARE}
    for i in range(nodes):
        cat = rng.choices(list(SHARE), weights=list(SHARE.values()))[0]
        e = f"{ID}entity/e{i}"
        by_cat[cat].append(e)
        iri(e, RDF_TYPE, PG_IRI + cat)
        if SUB[cat]:
            iri(e, RDF_TYPE, PG_IRI + rng.choice(SUB[cat]))
        lit(e, "http://www.w3.org/2000/01/rdf-schema#label", f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}")
        if rng.random() < 0.3:
            lit(e, "http://www.w3.org/2004/02/skos/core#altLabel", f"E{i}")
        iri(e, PG_IRI + "mentionedIn", sentence())
    # relations concentrate on hubs, as policies do in real articles: Zipf-like choice of ends
    weights = {c: [1 / (r + 1) ** 0.8 for r in range(len(v))] for c, v in by_cat.items()}
    seen: set[tuple[str, str, str]] = set()
    preds = list(DOMAIN_RANGE)
    while len(seen) < edges:
        p = rng.choice(preds)
        d, r = DOMAIN_RANGE[p]
        s = rng.choices(by_cat[d], weights=weights[d])[0]
        o = rng.choices(by_cat[r], weights=weights[r])[0]
        if s == o or (s, p, o) in seen:
            continue
        seen.add((s, p, o))
        iri(s, PG_IRI + p, o)
        st = f"{ID}article/a0/r/{len(seen)}"
        iri(st, RDF_TYPE, PG_IRI + "Statement")
        iri(st, "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", s)
        iri(st, "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate", PG_IRI + p)
        iri(st, "http://www.w3.org/1999/02/22-rdf-syntax-ns#object", o)
        iri(st, PG_IRI + "evidence", sentence())
    return t


def time_in_chromium(html: Path, executable: str) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        ctx = browser.new_context(viewport={"width": 1400, "height": 860})
        blocked: list[str] = []
        ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                  else (blocked.append(r.request.url), r.abort()))
        page = ctx.new_page()
        start = time.perf_counter()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.policygraph && window.policygraph.state.ready", timeout=120_000, polling=50)
        wall = time.perf_counter() - start
        ready_ms = page.evaluate("policygraph.state.readyAt")
        counts = page.evaluate("[policygraph.nodes.length, policygraph.edges.length]")
        # interactive: a search plus selecting the hit (highlight + panel) and the next frame drawn
        click_ms = page.evaluate("""() => new Promise(done => {
            const t = performance.now(), hits = policygraph.search('credit');
            policygraph.selectNode(hits[0], false);
            policygraph.network.once('afterDrawing', () => done(performance.now() - t));
            policygraph.network.redraw();
        })""")
        redraw_ms = page.evaluate("""() => new Promise(done => {
            const t = performance.now();
            policygraph.network.once('afterDrawing', () => done(performance.now() - t));
            policygraph.network.redraw();
        })""")
        browser.close()
    return {"ready_ms": ready_ms, "wall_s": wall, "drawn": counts, "select_ms": click_ms, "redraw_ms": redraw_ms,
            "blocked": blocked}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--chromium", default=shutil.which("chromium"))
    ap.add_argument("--format", choices=["text", "json"], default="text")
    args = ap.parse_args()
    triples = synthetic(args.nodes, args.edges)
    t0 = time.perf_counter()
    model = view_model(triples)
    t1 = time.perf_counter()
    html = render_html(model).encode("utf-8")
    t2 = time.perf_counter()
    result = {"nodes": len(model.nodes), "edges": len(model.edges), "physics": model.physics,
              "model_and_layout_s": round(t1 - t0, 2), "render_s": round(t2 - t1, 2), "page_bytes": len(html)}
    if not args.chromium:
        print("chromium not found: install Debian's 'chromium' to time the page", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "graph.html"
        page.write_bytes(html)
        runs = [time_in_chromium(page, args.chromium) for _ in range(args.repeat)]
    best = min(runs, key=lambda r: r["ready_ms"])
    assert best["drawn"] == [len(model.nodes), len(model.edges)], best["drawn"]
    assert not any(r["blocked"] for r in runs), "the page tried to fetch something"
    result.update({"ready_ms": round(best["ready_ms"]), "ready_ms_runs": [round(r["ready_ms"]) for r in runs],
                   "wall_s": round(best["wall_s"], 2), "select_ms": round(best["select_ms"]),
                   "redraw_ms": round(best["redraw_ms"])})
    if args.format == "json":
        print(json.dumps(result))
    else:
        print(f"graph: {result['nodes']:,} nodes, {result['edges']:,} edges (physics {'on' if model.physics else 'off'})")
        print(f"python: view model + layout {result['model_and_layout_s']} s, render {result['render_s']} s")
        print(f"page size: {result['page_bytes']:,} bytes ({result['page_bytes'] / 2**20:.1f} MiB)")
        print(f"time to interactive (navigation start -> first frame drawn, best of {args.repeat}): "
              f"{result['ready_ms']} ms (runs: {result['ready_ms_runs']}); wall {result['wall_s']} s")
        print(f"search + select (highlight, panel) + redraw: {result['select_ms']} ms; "
              f"a bare redraw of the whole network: {result['redraw_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
