"""Extraction quality by document-level cross-validation over the annotated corpus.

Every document is scored strictly (docs/annotation-guide.md, `policygraph
eval`). The table is the default build (rules only); the trained entity
filter, fitted on the other folds only, is printed beside it for comparison.
Documents listed in tests/gold/INSPECTED were looked at while writing rules;
the others ("held out") were only ever seen as totals. Prints a
per-document table and the micro totals; `--markdown FILE` writes the same
table for docs/quality.md.

    python benchmarks/bench_quality.py [--folds 5] [--markdown docs/quality.md] [--format json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from policygraph.crossval import cross_validate, extract_unfiltered, find_documents, totals

ROOT = Path(__file__).resolve().parent.parent


def _f(x: float) -> str:
    return f"{x:.2f}"


def inspected_names() -> set[str]:
    """Articles whose errors developers looked at (tests/gold/INSPECTED)."""
    path = ROOT / "tests" / "gold" / "INSPECTED"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def _total_row(title: str, total) -> str:
    e, rel = total["entities:micro"], total["relations"]
    cats = [total[f"entities:{c}"] for c in ("Actor", "Policy", "Behaviour", "Concern")]
    return (f"| **{title}** | | {_f(e.precision)} | {_f(e.recall)} | **{_f(e.f1)}** | "
            f"{_f(total['lenient entities'].f1)} | " + " | ".join(_f(c.recall) for c in cats)
            + f" | {_f(rel.precision)} | {_f(rel.recall)} | **{_f(rel.f1)}** |")


def table(rows, total) -> list[str]:
    inspected = inspected_names()
    head = ("| document | fold | entities P | R | F1 | lenient F1 | Actor R | Policy R | Behaviour R | Concern R "
            "| relations P | R | F1 |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for name, fold, r in rows:
        e, rel = r.entities["micro"], r.relations["all"]
        cats = [r.entities[c] for c in ("Actor", "Policy", "Behaviour", "Concern")]
        mark = "" if name in inspected else " (held out)"
        lines.append(f"| {name}{mark} | {fold} | {_f(e.precision)} | {_f(e.recall)} | {_f(e.f1)} | "
                     f"{_f(r.lenient['entities'].f1)} | " + " | ".join(_f(c.recall) for c in cats)
                     + f" | {_f(rel.precision)} | {_f(rel.recall)} | {_f(rel.f1)} |")
    lines.append(_total_row(f"micro, all {len(rows)} documents", total))
    held = [r for n, _f, r in rows if n not in inspected]
    if held:
        lines.append(_total_row(f"micro, {len(held)} held-out documents", totals(held)))
    return lines


BEGIN, END = "<!-- quality-table: written by benchmarks/bench_quality.py -->", "<!-- /quality-table -->"


def write_table(path: Path, markdown: str) -> None:
    """Replace the table between the markers in `path` (docs/quality.md), or
    write the table alone to a new file."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + BEGIN + "\n" + markdown.rstrip("\n") + "\n" + END + rest.split(END, 1)[1]
    else:
        text = markdown
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--markdown", type=Path, help="also write the table into this Markdown file (between its markers)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args(argv)
    documents = find_documents(ROOT)
    if not documents:
        print("no annotated documents found (tests/gold, examples, ../shared/corpus)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    raw = extract_unfiltered(documents)
    results = cross_validate(documents, k=args.folds, trained=False, raw=raw)  # what the default build does
    filtered = [r for _n, r in cross_validate(documents, k=args.folds, trained=True, raw=raw)]
    seconds = time.perf_counter() - started
    rows = [(d.name, fold, report) for d, (fold, report) in zip(documents, results)]
    total = totals(r for _n, _f, r in rows)
    if args.format == "json":
        print(json.dumps({"folds": args.folds, "seconds": round(seconds, 1),
                          "documents": [{"name": n, "fold": f, **r.as_dict()} for n, f, r in rows],
                          "total": {k: v.as_dict() for k, v in total.items()}}, indent=1))
    else:
        print("\n".join(table(rows, total)))
        print("\nwith the trained entity filter (fitted on the other folds), same documents:")
        print("\n".join(table([(d.name, n, r) for d, (n, _r), r in zip(documents, results, filtered)],
                               totals(filtered))[-2:]))
        print(f"\n{len(rows)} documents, {args.folds}-fold document-level cross-validation, {seconds:.0f} s")
    if args.markdown:
        write_table(args.markdown, "\n".join(table(rows, total)) + "\n\nWith the trained entity filter (fitted on "
                    "the other folds), same documents:\n\n" + "\n".join(
                        table([(d.name, n, r) for d, (n, _r), r in zip(documents, results, filtered)],
                              totals(filtered))[:2] + table([(d.name, n, r) for d, (n, _r), r in
                                                             zip(documents, results, filtered)], totals(filtered))[-2:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
