"""Peak memory of `policygraph build` on long input (issue 9, item 9).

Two articles: one line of N characters (default 2,000,000: no paragraph
break, no newline) and a varied article of M bytes (default 5 MB, English
prose in paragraphs of varied sentences). Each is built in its own
subprocess with `--max-bytes` raised; prints the peak RSS (the child's
``ru_maxrss``) and the wall time. The target is below 1 GB: the exit
status is 1 when a build fails or goes above it.

    python benchmarks/bench_memory.py [--line-chars 2000000] [--article-bytes 5000000] [--only line|article]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 1000  # peak RSS a build of either article must stay below

SUBJECTS = ["The city council", "Residents", "The pilot programme", "Local officials", "Critics", "Volunteers",
            "The credit bureau", "Small businesses", "The provincial government", "Privacy advocates",
            "The Social Credit System", "The central bank", "Courts", "Journalists"]
VERBS = ["reviewed", "criticised", "supported", "expanded", "questioned", "published", "recorded", "defended",
         "penalises", "rewards", "rates", "blacklisted"]
OBJECTS = ["the points system", "the new rules", "a list of rewarded behaviours", "the appeal procedure",
           "the score of each household", "the blacklist of debtors", "jaywalking", "littering", "tax evasion",
           "late payment of fines", "volunteering", "blood donation"]
TAILS = ["in the spring.", "after a public hearing.", "without much debate.", "for the second time this year.",
         "because of the complaints.", "and asked for more transparency.", "despite concerns about privacy."]


def prose(n_bytes: int, *, seed: int, paragraphs: bool) -> str:
    rng = random.Random(seed)
    parts, size = [], 0
    while size < n_bytes:
        s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
        s += "\n\n" if paragraphs and rng.random() < 0.2 else " "
        parts.append(s)
        size += len(s)
    return "".join(parts)[:n_bytes]


def peak_build(article: Path, outdir: Path) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, exit code) of one build in a fresh process."""
    code = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(p.returncode)")
    cmd = [sys.executable, "-c", "from policygraph.cli import main; main()", "build", str(article), "-o", str(outdir),
           "--no-html", "--max-bytes", str(article.stat().st_size + 1)]
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True)
    seconds = time.monotonic() - start
    kb = int(proc.stdout.strip().splitlines()[-1]) if proc.stdout.strip() else 0
    return kb / 1024, seconds, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--line-chars", type=int, default=2_000_000)
    ap.add_argument("--article-bytes", type=int, default=5_000_000)
    ap.add_argument("--only", choices=["line", "article"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases = []
        if args.only in (None, "line"):
            line = Path(tmp) / "one-line.txt"
            line.write_text(prose(args.line_chars, seed=1, paragraphs=False).replace("\n", " "), encoding="utf-8")
            cases.append((f"one line of {args.line_chars:,} characters", line))
        if args.only in (None, "article"):
            article = Path(tmp) / "varied.txt"
            article.write_text(prose(args.article_bytes, seed=2, paragraphs=True), encoding="utf-8")
            cases.append((f"varied article of {args.article_bytes:,} bytes", article))
        failed = False
        for name, path in cases:
            mb, seconds, code = peak_build(path, Path(tmp) / f"out-{path.stem}")
            verdict = "below 1 GB" if mb < TARGET_MB else "ABOVE 1 GB"
            print(f"{name}: peak RSS {mb:,.0f} MB ({verdict}), {seconds:.0f} s, exit {code} (cpus: {os.cpu_count()})")
            failed = failed or code != 0 or mb >= TARGET_MB
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
