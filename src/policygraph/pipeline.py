"""The build: article files in, graph files out (ingest -> extract -> rdf -> export).

Builds are incremental: the manifest in OUTDIR says which files were read,
with which content hash and extractor version, so unchanged articles come
from the cache and are never parsed again; when nothing changed at all the
build writes nothing. Bad articles are reported one line each and skipped;
the output is written only if at least one article was built, and atomically.
"""

from __future__ import annotations

import codecs
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from .cache import Entry, Manifest, cache_path, content_hash, extraction_to_bytes, load_extraction
from .diff import GraphDiff, as_dict, compare
from .errors import GraphError, IngestError, PolicygraphError
from .export import graph_files, remove_temp_files, write_atomic
from .extract import extract_many, extractor_version
from .exports import build_exports, export_paths
from .facts import GraphFacts, facts_cache_path, facts_of_file, facts_of_store, facts_to_bytes
from .ingest import DEFAULT_MAX_BYTES, SUFFIXES, article_id, find_inputs, parse_article, read_bytes
from .namespaces import CATEGORIES
from .nlp import build_pipeline
from .rdf import Canon, build_store
from .records import Article, Extraction


@dataclass
class BuildReport:
    """What a build did, for the summary line and `--format json`."""

    outdir: str
    articles: int = 0  # articles in the graph
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # gone from the inputs, kept until --prune
    failed: dict[str, str] = field(default_factory=dict)  # path -> reason
    entities: dict[str, int] = field(default_factory=dict)  # category -> count
    relations: int = 0
    files: list[str] = field(default_factory=list)  # files written (none when nothing changed)
    conflicts: dict[str, dict[str, int]] = field(default_factory=dict)  # entity -> category -> articles
    change: dict = field(default_factory=dict)  # what this build did to the graph: `diff --format json`'s form
    skipped: list[str] = field(default_factory=list)  # files of the input folders that are not articles

    def summary(self) -> str:
        plural = {"Actor": "actors", "Policy": "policies", "Behaviour": "behaviours", "Concern": "concerns"}
        ents = ", ".join(f"{self.entities.get(c, 0)} {plural[c]}" for c in CATEGORIES)
        changes = (f"{len(self.added)} added, {len(self.changed)} changed, {len(self.unchanged)} unchanged, "
                   f"{len(self.removed)} removed, {len(self.failed)} failed")
        if self.kept:
            changes += f", {len(self.kept)} kept (gone from the inputs; --prune drops them)"
        written = "" if self.files else " (nothing to write)"
        skipped = ""
        if self.skipped:
            names = sorted({Path(f).name for f in self.skipped}, key=str.lower)
            shown = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
            skipped = f"; {len(self.skipped)} file(s) not articles, skipped: {shown}"
        return (f"{self.articles} article(s) [{changes}]: {sum(self.entities.values())} entities ({ents}), "
                f"{self.relations} relations -> {self.outdir}{written}{skipped}")


@dataclass(frozen=True)
class Pending:
    """An article file that must be (re-)extracted. Locally its bytes are read
    only when it is, so memory does not grow with the corpus; a Dask task
    carries them (`data`), so workers need no shared disk."""

    path: Path
    id: str
    data: bytes | None = None
    read_as: str | None = None  # "txt" | "md" | "html" when the extension does not say


def _assign_ids(paths: list[Path], manifest: Manifest) -> dict[Path, str]:
    """Stable article ids: the manifest's for known files, the file stem for
    new ones, with a numeric suffix when two files share a stem."""
    ids: dict[Path, str] = {}
    used: set[str] = set()
    for path in paths:
        entry = manifest.articles.get(str(path.resolve()))
        if entry and entry.id not in used:
            ids[path] = entry.id
            used.add(entry.id)
    for path in paths:
        if path in ids:
            continue
        base, n = article_id(path), 1
        candidate = base
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        ids[path] = candidate
        used.add(candidate)
    return ids


def extract_pending(pending: Iterable[Pending], *, encoding: str | None, max_bytes: int,
                    failed: dict[str, str]) -> Iterator[Extraction]:
    """Ingest and extract articles in one spaCy stream; failures go to `failed`."""

    def articles() -> Iterator[Article]:
        for item in pending:
            try:
                data = item.data if item.data is not None else read_bytes(item.path, max_bytes)
                article = parse_article(data, path=item.path, encoding=encoding,
                                        max_bytes=max_bytes, read_as=item.read_as)
            except IngestError as exc:
                failed[str(item.path)] = str(exc)
                continue
            yield replace(article, id=item.id)

    version = extractor_version()
    for x in extract_many(articles(), build_pipeline()):
        yield replace(x, meta={**x.meta, "extractor_version": version})


def _extract_chunk(chunk: list[Pending], encoding: str | None, max_bytes: int) -> list:
    """Runs in a worker process: whole articles in, small extractions out
    (parsed docs never cross a process boundary)."""
    failed: dict[str, str] = {}
    done: list = list(extract_pending(chunk, encoding=encoding, max_bytes=max_bytes, failed=failed))
    return done + list(failed.items())


def extract_parallel(pending: list[Pending], *, jobs: int, encoding: str | None, max_bytes: int,
                     failed: dict[str, str], chunk: int = 8) -> Iterator[Extraction]:
    """Extract on `jobs` processes, a few articles per task, results in order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = [pending[i : i + chunk] for i in range(0, len(pending), chunk)]
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for results in pool.map(_extract_chunk, chunks, [encoding] * len(chunks), [max_bytes] * len(chunks)):
            for item in results:
                if isinstance(item, tuple):
                    failed[item[0]] = item[1]
                else:
                    yield item


def build(
    inputs: list[Path],
    outdir: Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    glob: str = "*",
    exclude: tuple[str, ...] = (),
    read_as: str | None = None,
    prune: bool = False,
    jobs: int = 1,
    extractor: Callable[[list[Pending], dict[str, str]], Iterable[Extraction]] | None = None,
    progress: Callable[[str, int], None] | None = None,
    extra_files: Callable[..., dict] | None = None,
    exports: Iterable[str] = (),
) -> BuildReport:
    """Build (or bring up to date) the graph of all articles under `inputs` in `outdir`.

    `extractor(pending, failed)` replaces local extraction (the Dask path
    passes one) and records unreadable articles in `failed`;
    `progress(article_id, total)` is called once per extracted article;
    `extra_files(store, outdir, change=GraphDiff)` adds files to write (graph.html);
    `exports` names formats of `exports.FORMATS` to write beside graph.trig.
    `exclude` patterns skip more files of the folders, `read_as` says how to
    read files named explicitly whose extension does not.
    """
    report = BuildReport(outdir=str(outdir))
    if encoding is not None:  # checked before the cache can hide it
        try:
            codecs.lookup(encoding)
        except LookupError:
            names = ", ".join(str(p) for p in inputs)
            raise IngestError(f"{names}: unknown encoding {encoding!r}; give a Python codec name such as latin-1") from None
    out = outdir.resolve()
    found = find_inputs(inputs, pattern=glob, exclude=tuple(exclude), read_as=read_as)
    report.skipped = [str(p) for p in found.skipped]
    paths = [p for p in found.paths if out not in p.resolve().parents]  # never our own output
    if not paths:
        where = ", ".join(str(p) for p in inputs) + (f" matching {glob!r}" if glob != "*" else "")
        also = f" (skipped as not articles: {', '.join(report.skipped)})" if report.skipped else ""
        raise IngestError(f"no .txt, .md or .html articles found in {where}{also}")
    version = extractor_version()
    manifest = Manifest.load(outdir)
    ids = _assign_ids(paths, manifest)
    fresh = Manifest(version)
    unchanged: list[tuple[Path | None, Entry]] = []  # (path, entry) whose cached extraction is reused
    pending: list[Pending] = []
    for path in paths:
        key = str(path.resolve())
        try:
            digest = content_hash(read_bytes(path, max_bytes))
        except IngestError as exc:
            report.failed[str(path)] = str(exc)
            fresh.articles[key] = Entry(ids[path], "", version, "failed", str(exc))
            continue
        old = manifest.articles.get(key)
        fresh.articles[key] = Entry(ids[path], digest, version)
        if (old and old.status == "ok" and old.hash == digest and old.extractor_version == version
                and cache_path(outdir, ids[path]).exists()):
            unchanged.append((path, fresh.articles[key]))
            report.unchanged.append(str(path))
        else:
            pending.append(Pending(path, ids[path], read_as=_read_as(path, read_as)))
            (report.changed if old and old.status == "ok" else report.added).append(str(path))
    for key, entry in manifest.articles.items():
        if key in fresh.articles or entry.status != "ok":
            continue
        if prune:
            report.removed.append(key)
        elif cache_path(outdir, entry.id).exists():  # not among the inputs: kept until --prune
            fresh.articles[key] = entry
            unchanged.append((None, entry))
            report.kept.append(key)

    exports = list(exports)
    outputs = graph_files_for(outdir, extra_files, exports)
    if (not pending and not report.removed and not report.failed and manifest.articles == fresh.articles
            and manifest.summary and all(p.exists() for p in outputs)):
        report.__dict__.update({k: v for k, v in manifest.summary.items() if k in {"articles", "entities", "relations"}})
        return report  # an unchanged corpus costs one hash per file

    kept: list[Extraction] = []
    for path, entry in unchanged:
        cached = load_extraction(cache_path(outdir, entry.id), source_hash=entry.hash,
                                 extractor_version=entry.extractor_version)
        if cached is None and path is not None:
            pending.append(Pending(path, entry.id, read_as=_read_as(path, read_as)))  # unreadable or stale cache: extract again
        elif cached is not None:
            kept.append(replace(cached, article=replace(cached.article, path=path.as_posix())) if path else cached)

    extracted: list[Extraction] = []
    if pending:
        if extractor:
            stream = extractor(pending, report.failed)
        elif jobs > 1 and len(pending) > 1:
            stream = extract_parallel(pending, jobs=jobs, encoding=encoding, max_bytes=max_bytes, failed=report.failed)
        else:
            stream = extract_pending(pending, encoding=encoding, max_bytes=max_bytes, failed=report.failed)
        for x in stream:
            extracted.append(slim(x))
            if progress:
                progress(x.article.id, len(pending))
    for path_str, reason in report.failed.items():
        key = str(Path(path_str).resolve())
        if key in fresh.articles:
            fresh.articles[key] = replace(fresh.articles[key], status="failed", error=reason)
        for bucket in (report.added, report.changed):
            if path_str in bucket:
                bucket.remove(path_str)

    everything = sorted(kept + extracted, key=lambda x: x.article.id)
    if not everything:
        raise PolicygraphError("; ".join(report.failed.values()) or "no article could be read")
    canon = Canon(everything)
    _count(everything, canon, report)
    fresh.summary = {"articles": report.articles, "entities": report.entities, "relations": report.relations}
    store = build_store(everything, canon=canon)
    # Renamed in this order: the cache, the graphs, the manifest last. A kill
    # between two renames leaves a manifest that does not yet know the new
    # text, so the next build extracts it again; and a cached extraction is
    # used only for the text hash and extractor version it records.
    hashes = {e.id: e.hash for e in fresh.articles.values()}
    files: dict[Path, Callable[[], bytes]] = {
        cache_path(outdir, x.article.id): (lambda x=x: extraction_to_bytes(x, hashes.get(x.article.id, "")))
        for x in extracted}
    files.update(graph_files(store, outdir))
    new_facts = facts_of_store(store)
    change = graph_change(outdir, new_facts)
    report.change = as_dict(change)
    _keep_facts(files, outdir / "graph.trig", new_facts)
    if extra_files:
        files.update(extra_files(store, outdir, change=change))
    files.update(build_exports(store, outdir, exports))
    files[outdir / "manifest.json"] = fresh.to_bytes
    remove_temp_files(outdir / ".policygraph")  # a killed build's, of any article
    write_atomic(files)
    live = {e.id for e in fresh.articles.values()}
    for stale in (outdir / ".policygraph").glob("*.json"):
        if stale.stem not in live:
            stale.unlink(missing_ok=True)
    report.files = [str(p) for p in files if p.parent == outdir]
    return report


def graph_change(outdir: Path, new: GraphFacts) -> GraphDiff:
    """What the new graph changes against the one the previous build left in OUTDIR
    (against an empty graph on a first build, or when that file cannot be read)."""
    previous = outdir / "graph.trig"
    try:
        old = facts_of_file(previous) if previous.is_file() else GraphFacts()
    except GraphError:
        old = GraphFacts()
    return compare(old, new, old_name=str(previous) if previous.is_file() else "", new_name=str(previous))


def _keep_facts(files: dict, trig: Path, facts: GraphFacts) -> None:
    """Write the facts of graph.trig beside it, keyed by the hash of the bytes
    rendered for it (so the cache can only ever match the file written with it)."""
    render = files[trig]
    digest: dict[str, str] = {}

    def trig_bytes() -> bytes:
        data = render()
        digest["sha256"] = hashlib.sha256(data).hexdigest()
        return data

    files[trig] = trig_bytes
    files[facts_cache_path(trig)] = lambda: facts_to_bytes(facts, digest["sha256"])  # rendered after graph.trig


def _read_as(path: Path, read_as: str | None) -> str | None:
    """`--read-as` applies to the files whose extension does not say how to read them."""
    return read_as if path.suffix.lower() not in SUFFIXES else None


def slim(x: Extraction) -> Extraction:
    """What the graph needs of an extraction: no article text or blocks, only
    the sentences that are evidence (a corpus's text is not held in memory)."""
    used = {i for e in x.entities for i in e.sentences} | {i for r in x.relations for i in r.sentences}
    return replace(x, article=replace(x.article, text="", blocks=()),
                   sentences=tuple(s for s in x.sentences if s.index in used))


def graph_files_for(outdir: Path, extra_files, exports: list[str] = ()) -> list[Path]:
    """The files a build leaves in OUTDIR (to tell whether any is missing)."""
    names = ["graph.ttl", "graph.trig", "manifest.json"] + (["graph.html"] if extra_files else [])
    return [outdir / n for n in names] + export_paths(outdir, exports)


def _count(extractions: list[Extraction], canon: Canon, report: BuildReport) -> None:
    categories: dict[str, str] = {}
    rels: set[tuple[str, str, str]] = set()
    for x in extractions:
        for e in x.entities:
            categories.setdefault(e.key, e.category)
        rels.update((r.subject, r.predicate, r.object) for r in x.relations)
    report.conflicts = canon.conflicts
    counts = Counter(canon.category[key] for key in categories)
    report.articles = len(extractions)
    report.entities = {c: counts.get(c, 0) for c in CATEGORIES}
    report.relations = len(rels)
