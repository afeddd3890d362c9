"""How long does `policygraph diff` take on two 1,000-article builds?

Parsing 1,000 real articles twice would take minutes of spaCy per run, and
the diff never looks at text, so the two builds are synthesised as
extraction records shaped like real ones (per article 38-56 sentences,
35-75 entities, 22-38 relations, hub entities shared by many articles and
a long tail of article-only ones; the shape measured for bench_query.py)
and written by the real graph code (`rdf.build_store` + `export.graph_files`,
exactly what `build` writes). The second build changes what a re-run with
new articles does: `--added` new articles, `--edited` articles with a third
of their relations and some entities replaced, `--removed` articles dropped.

Timed, best of `--repeat`:
- `diff_files` on two bare graph.trig files: both parsed and compared;
- `diff_files` on the two build folders: their kept facts read (`.policygraph/facts/`) and compared;
- `policygraph diff OLD NEW --format json` on the folders as a subprocess (interpreter start and output included);
- the build's change report: the new store's facts, the previous build's facts, compared.

    python benchmarks/bench_diff.py                       # 1,000 articles, best of 3
    python benchmarks/bench_diff.py --articles 200 --repeat 1 --format json
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from policygraph.diff import diff_files
from policygraph.export import graph_files, write_atomic
from policygraph.namespaces import DOMAIN_RANGE
from policygraph.facts import facts_of_store
from policygraph.pipeline import _keep_facts, graph_change
from policygraph.rdf import build_store
from policygraph.records import Article, Entity, Extraction, Relation, Sentence

SUB = {"Actor": ["Business", "GovernmentBody", "Group", "Person"], "Policy": ["RatingSystem", "Law", "Programme"],
       "Behaviour": ["Misconduct", "GoodConduct"], "Concern": ["Concern"]}
SHARE = {"Actor": 0.40, "Policy": 0.14, "Behaviour": 0.30, "Concern": 0.16}
WORDS = ("credit score blacklist court fine loan tax company citizen ruling privacy data bureau platform "
         "transparency appeal record pilot city rating penalty reward travel ban education water transit").split()


def _name(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).title()


class Corpus:
    """Synthetic extractions with a shared vocabulary of entities (hubs + Zipf tail)."""

    def __init__(self, seed: int = 11, shared: int = 3000):
        self.rng = random.Random(seed)
        cats = list(SHARE)
        self.shared = []
        for i in range(shared):
            cat = self.rng.choices(cats, weights=[SHARE[c] for c in cats])[0]
            self.shared.append((f"shared-{i}", cat, f"{_name(self.rng, 2)} {i}"))
        self.weights = [1 / (i + 1) for i in range(shared)]

    def entities(self, article: str, n: int) -> list[Entity]:
        rng = self.rng
        picked: dict[str, tuple[str, str]] = {}
        for key, cat, label in rng.choices(self.shared, weights=self.weights, k=n // 2):
            picked[key] = (cat, label)
        while len(picked) < n:
            cat = rng.choices(list(SHARE), weights=list(SHARE.values()))[0]
            picked[f"{article}-e{len(picked)}"] = (cat, f"{_name(rng, 3)} of {article}")
        out = []
        for key, (cat, label) in picked.items():
            sub = rng.choice(SUB[cat])
            aliases = (label.upper()[:6],) if rng.random() < 0.2 else ()
            out.append(Entity(key, cat, sub if sub != "Concern" else cat, label, aliases, ()))
        return out

    def article(self, i: int, version: int = 0) -> Extraction:
        rng = self.rng
        aid = f"art-{i:05d}"
        n_sent = rng.randint(38, 56)
        sentences = []
        offset = 0
        for s in range(n_sent):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."
            sentences.append(Sentence(s, offset, offset + len(text), text, f"Section {s // 10}"))
            offset += len(text) + 1
        ents = self.entities(aid, rng.randint(35, 75))
        ents = [replace(e, sentences=tuple(sorted(rng.sample(range(n_sent), rng.choice((1, 1, 1, 2, 3)))))) for e in ents]
        by_cat: dict[str, list[Entity]] = {}
        for e in ents:
            by_cat.setdefault(e.category, []).append(e)
        rels: dict[tuple[str, str, str], Relation] = {}
        preds = [p for p, (d, r) in DOMAIN_RANGE.items() if by_cat.get(d) and by_cat.get(r)]
        target = rng.randint(22, 38)
        while preds and len(rels) < target:
            p = rng.choice(preds)
            d, r = DOMAIN_RANGE[p]
            s, o = rng.choice(by_cat[d]), rng.choice(by_cat[r])
            if s.key != o.key:
                rels[(s.key, p, o.key)] = Relation(s.key, p, o.key, (rng.randrange(n_sent),))
        art = Article(aid, f"corpus/{aid}.txt", f"Synthetic article {i} v{version}", "", f"{i:08d}{version:04d}",
                      "", ())
        return Extraction(art, tuple(sentences), tuple(ents), tuple(rels.values()), {"extractor_version": "bench"})

    def edit(self, x: Extraction) -> Extraction:
        """A third of the relations and a few entities replaced, as a rewritten article would."""
        fresh = self.article(int(x.article.id.split("-")[1]), version=1)
        keep = len(x.relations) * 2 // 3
        ents = {e.key: e for e in (*x.entities[: len(x.entities) - 5], *fresh.entities)}
        rels = [r for r in (*x.relations[:keep], *fresh.relations[: len(x.relations) - keep])
                if r.subject in ents and r.object in ents]
        used = {r.subject for r in rels} | {r.object for r in rels}
        ents = [e for k, e in ents.items() if k in used or k in {e.key for e in x.entities[:20]}]
        return replace(x, entities=tuple(ents), relations=tuple(rels),
                       article=replace(x.article, content_hash=x.article.content_hash + "e"))


def write_build(extractions: list[Extraction], outdir: Path) -> None:
    """graph.ttl, graph.trig and the facts kept beside it, as `build` writes them."""
    store = build_store(sorted(extractions, key=lambda x: x.article.id))
    files = graph_files(store, outdir)
    _keep_facts(files, outdir / "graph.trig", facts_of_store(store))
    write_atomic(files)


def best(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--added", type=int, default=10)
    ap.add_argument("--edited", type=int, default=10)
    ap.add_argument("--removed", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--format", choices=("text", "json"), default="text")
    ap.add_argument("--keep", type=Path, help="Write the two builds here (and reuse them when present).")
    args = ap.parse_args()

    corpus = Corpus()
    start = time.perf_counter()
    old = [corpus.article(i) for i in range(args.articles)]
    rng = random.Random(5)
    edited = set(rng.sample(range(args.removed, args.articles), args.edited))
    new = [corpus.edit(x) if i in edited else x for i, x in enumerate(old)][args.removed:]
    new += [corpus.article(args.articles + i) for i in range(args.added)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        a, b = folder / "old", folder / "new"
        if not (a / "graph.trig").exists():
            write_build(old, a)
        if not (b / "graph.trig").exists():
            write_build(new, b)
        generated = time.perf_counter() - start
        bare = Path(tmp) / "bare"  # the same graphs without the facts a build keeps: parsed
        bare.mkdir()
        for name, folder in (("old.trig", a), ("new.trig", b)):
            (bare / name).write_bytes((folder / "graph.trig").read_bytes())
        parsed, diff = best(lambda: diff_files(bare / "old.trig", bare / "new.trig"), args.repeat)
        in_process, cached = best(lambda: diff_files(a, b), args.repeat)
        cli, run = best(lambda: subprocess.run([sys.executable, "-m", "policygraph.cli", "diff", str(a), str(b),
                                               "--format", "json"], capture_output=True), args.repeat)
        assert run.returncode == 1, run.stderr
        assert json.loads(run.stdout)["summary"]["articles"]["added"]
        assert (cached.entities, cached.relations) == (diff.entities, diff.relations)
        store = build_store(sorted(new, key=lambda x: x.article.id))
        report, change = best(lambda: graph_change(a, facts_of_store(store)), args.repeat)
        result = {
            "articles": [len(old), len(new)],
            "graph_trig_bytes": [(a / "graph.trig").stat().st_size, (b / "graph.trig").stat().st_size],
            "quads_new": len(store),
            "generate_s": round(generated, 2),
            "diff_files_parsed_s": round(parsed, 2),
            "diff_build_folders_s": round(in_process, 2),
            "diff_cli_s": round(cli, 2),
            "build_change_report_s": round(report, 2),
            "changes": {"entities": {c: diff.count(c) for c in ("added", "removed", "renamed", "retyped")},
                        "relations": {c: diff.count(c, relations=True) for c in ("added", "removed")},
                        "articles_changed": len(diff.by_article())},
            "build_change_matches_diff": change.relations == diff.relations and change.entities == diff.entities,
        }
    if args.format == "json":
        print(json.dumps(result, indent=1))
        return
    mb = [round(n / 1e6, 1) for n in result["graph_trig_bytes"]]
    print(f"{result['articles'][0]} -> {result['articles'][1]} articles, graph.trig {mb[0]} MB -> {mb[1]} MB "
          f"({result['quads_new']:,} quads in the new build; generated in {result['generate_s']} s)")
    print(f"diff of two graph files (both parsed): {result['diff_files_parsed_s']} s")
    print(f"diff of two build folders (their kept facts): {result['diff_build_folders_s']} s")
    print(f"policygraph diff --format json (subprocess): {result['diff_cli_s']} s")
    print(f"build change report (old graph.trig vs new store): {result['build_change_report_s']} s")
    print(f"changes: {json.dumps(result['changes'])}; build report == diff: {result['build_change_matches_diff']}")


if __name__ == "__main__":
    main()
