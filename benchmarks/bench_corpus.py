"""Corpus-build benchmark: throughput, parallel speed-up, re-run cost, memory.

Generates a corpus of N article files from the examples (and the shared
corpus when present), each copy made distinct, then measures in one run, each
step in a fresh child process so memory and timings do not bleed:

  (a) build throughput as a ratio to bare spaCy ``nlp.pipe`` on the same texts
  (b) the speed-up of ``--jobs 2`` over ``--jobs 1``
  (c) a second, unchanged build as a fraction of the first
  (d) peak memory (max RSS) of a build at a small and at the full corpus size

Usage: python benchmarks/bench_corpus.py [--articles 500] [--small 100] [--format json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "examples").glob("*.md")) + sorted((ROOT / "examples").glob("*.html")) + sorted(
    (ROOT.parent / "shared" / "corpus").glob("*.txt")
)


def make_corpus(folder: Path, n: int) -> list[Path]:
    """N distinct article files (a numbered closing line changes each hash)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        src = SOURCES[i % len(SOURCES)]
        text = src.read_text(encoding="utf-8")
        closing = f"<p>Edition {i}.</p>" if src.suffix == ".html" else f"\n\nEdition {i}.\n"
        path = folder / f"{src.stem}-{i:04d}{src.suffix}"
        path.write_text(text.replace("</body>", closing + "</body>") if src.suffix == ".html" else text + closing,
                        encoding="utf-8")
        paths.append(path)
    return paths


def child(args: argparse.Namespace) -> None:
    """Runs in a fresh process: one measured step, printed as JSON."""
    paths = sorted(Path(args.corpus).iterdir())[: args.articles]
    start = time.perf_counter()
    if args.child == "baseline":
        from policygraph.extract import segments_of
        from policygraph.ingest import read_article
        from policygraph.nlp import load_model
        from policygraph.ontology import load_lexicon

        lexicon = load_lexicon()
        texts = [seg.text for p in paths for seg in segments_of(read_article(p), lexicon)]
        start = time.perf_counter()  # reading files is not the parser's work
        nlp = load_model()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
    else:
        from policygraph.pipeline import build

        start = time.perf_counter()  # like the baseline, imports are not timed; model loading is
        build(paths, Path(args.out), jobs=args.jobs)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def run_child(*extra: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *extra], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--child", choices=["baseline", "build"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        paths = make_corpus(corpus, args.articles)
        chars = sum(p.stat().st_size for p in paths)
        n = str(args.articles)
        base = run_child("--child", "baseline", "--corpus", str(corpus), "--articles", n)
        first = run_child("--child", "build", "--corpus", str(corpus), "--articles", n, "--out", f"{tmp}/a")
        again = run_child("--child", "build", "--corpus", str(corpus), "--articles", n, "--out", f"{tmp}/a")
        jobs2 = run_child("--child", "build", "--corpus", str(corpus), "--articles", n, "--out", f"{tmp}/b", "--jobs", "2")
        small = run_child("--child", "build", "--corpus", str(corpus), "--articles", str(args.small), "--out", f"{tmp}/c")
    result = {
        "articles": args.articles,
        "bytes": chars,
        "nproc": os.cpu_count(),
        "bare_nlp_pipe_s": round(base["seconds"], 2),
        "build_jobs1_s": round(first["seconds"], 2),
        "build_jobs2_s": round(jobs2["seconds"], 2),
        "unchanged_rerun_s": round(again["seconds"], 3),
        "a_throughput_ratio": round(base["seconds"] / first["seconds"], 3),
        "b_jobs2_speedup": round(first["seconds"] / jobs2["seconds"], 3),
        "c_rerun_fraction": round(again["seconds"] / first["seconds"], 4),
        f"d_peak_rss_mb_{args.small}": round(small["max_rss_mb"]),
        f"d_peak_rss_mb_{args.articles}": round(first["max_rss_mb"]),
    }
    if args.format == "json":
        print(json.dumps(result, indent=1))
        return
    for key, value in result.items():
        print(f"  {key:28} {value}")


if __name__ == "__main__":
    main()
