"""The build: article files in, graph files out (ingest -> extract -> rdf -> export).

Bad articles are reported one line each and skipped; the output is written
only if at least one article was built, and atomically.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Dataset

from .errors import IngestError, PolicygraphError
from .export import graph_files, write_atomic
from .extract import extract_many, extractor_version
from .ingest import DEFAULT_MAX_BYTES, find_articles, read_article
from .namespaces import CATEGORIES
from .nlp import build_pipeline
from .rdf import build_dataset
from .records import Article, Extraction


@dataclass
class BuildReport:
    """What a build did, for the one-line summary and `--format json`."""

    outdir: str
    articles: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # path -> reason
    entities: dict[str, int] = field(default_factory=dict)  # category -> count
    relations: int = 0
    files: list[str] = field(default_factory=list)
    conflicts: dict[str, dict[str, int]] = field(default_factory=dict)

    def summary(self) -> str:
        plural = {"Actor": "actors", "Policy": "policies", "Behaviour": "behaviours", "Concern": "concerns"}
        ents = ", ".join(f"{self.entities.get(c, 0)} {plural[c]}" for c in CATEGORIES)
        failed = f"; {len(self.failed)} failed" if self.failed else ""
        return f"{self.articles} article(s){failed}: {sum(self.entities.values())} entities ({ents}), {self.relations} relations -> {self.outdir}"


def read_articles(paths: list[Path], report: BuildReport, *, encoding: str | None, max_bytes: int) -> Iterator[Article]:
    ids: Counter[str] = Counter()
    for path in paths:
        try:
            article = read_article(path, encoding=encoding, max_bytes=max_bytes)
        except IngestError as exc:
            report.failed[str(path)] = str(exc)
            continue
        ids[article.id] += 1
        if ids[article.id] > 1:  # two files with one stem: keep both, distinctly
            article = replace(article, id=f"{article.id}-{ids[article.id]}")
        yield article


def extract_paths(
    inputs: list[Path],
    report: BuildReport,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[Extraction], None] | None = None,
) -> list[Extraction]:
    paths = find_articles(inputs)
    if not paths:
        raise IngestError("no .txt, .md or .html articles found in " + ", ".join(str(p) for p in inputs))
    version = extractor_version()
    nlp = build_pipeline()
    out = []
    for x in extract_many(read_articles(paths, report, encoding=encoding, max_bytes=max_bytes), nlp):
        x = replace(x, meta={**x.meta, "extractor_version": version})
        out.append(x)
        if progress:
            progress(x)
    return out


def build(
    inputs: list[Path],
    outdir: Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[Extraction], None] | None = None,
    extra_files: Callable[[Dataset, Path], dict] | None = None,
) -> BuildReport:
    """Build the graph of all articles under `inputs` into `outdir`."""
    report = BuildReport(outdir=str(outdir))
    extractions = extract_paths(inputs, report, encoding=encoding, max_bytes=max_bytes, progress=progress)
    if not extractions:
        reasons = "; ".join(report.failed.values())
        raise PolicygraphError(reasons or "no article could be read")
    ds = build_dataset(extractions)
    files = graph_files(ds, outdir)
    if extra_files:
        files.update(extra_files(ds, outdir))
    write_atomic(files)
    report.articles = len(extractions)
    counts: Counter[str] = Counter()
    keys: dict[str, str] = {}
    rels: set[tuple[str, str, str]] = set()
    for x in extractions:
        for e in x.entities:
            keys.setdefault(e.key, e.category)
        rels.update((r.subject, r.predicate, r.object) for r in x.relations)
    counts.update(keys.values())
    report.relations = len(rels)
    report.entities = {c: counts.get(c, 0) for c in CATEGORIES}
    report.files = [str(p) for p in files]
    return report
