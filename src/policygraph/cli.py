"""The `policygraph` command line: build, diff, export, eval, validate, query, serve, push, view.

Errors a user can cause are printed as one line on stderr with exit code 2;
findings (SHACL violations, failed articles) exit 1; success exits 0.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from .errors import GraphError, PolicygraphError


class _Argument(typer.core.TyperArgument):
    """An argument shown as the user types it (`ARTICLE...`, `[GRAPH]`),
    not as typer's Python type (`{inputs}... <list[Path]>`)."""

    def display_type_rich(self, ctx) -> str | None:
        return None

    def _rich_display_name(self) -> str:
        return self.metavar or self.name.upper()

    def _usage_display_name(self) -> str:
        name = self._rich_display_name()
        return name if self.required else f"[{name}]"


class _Command(typer.core.TyperCommand):
    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            if type(param) is typer.core.TyperArgument:
                param.__class__ = _Argument
        return params


class _Typer(typer.Typer):
    def command(self, *args, **kwargs):
        kwargs.setdefault("cls", _Command)
        return super().command(*args, **kwargs)


app = _Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build a knowledge graph of actors, policies, behaviours and concerns from policy articles.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

F = TypeVar("F", bound=Callable)


class RateColumn(ProgressColumn):
    """Articles per second, once there is a rate to show."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f} articles/s" if task.speed else "")


class Format(str, Enum):
    text = "text"
    json = "json"


class ExportFormat(str, Enum):
    graphml = "graphml"
    jsonld = "jsonld"
    csv = "csv"


class ReadAs(str, Enum):
    txt = "txt"
    md = "md"
    html = "html"


def _write_document(data: bytes) -> None:
    """Machine-readable output is a text file: it ends with a newline."""
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")
    sys.stdout.flush()


def one_line(text: str) -> str:
    """Control characters (a newline in a file name) never break the one line."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def one_line_errors(func: F) -> F:
    """Turn our errors into one line and exit code 2; never a traceback
    unless POLICYGRAPH_DEBUG is set."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except PolicygraphError as exc:
            err.print(f"error: {one_line(str(exc))}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            err.print("interrupted", markup=False)
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug of ours: still one line for the user
            if os.environ.get("POLICYGRAPH_DEBUG"):
                raise
            err.print(f"internal error: {type(exc).__name__}: {one_line(str(exc))} (set POLICYGRAPH_DEBUG=1 for details)",
                      markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(3) from None

    return wrapper  # type: ignore[return-value]


@app.command()
@one_line_errors
def build(
    inputs: Annotated[list[Path], typer.Argument(metavar="ARTICLE...", help="Article files (.txt, .md, .html) or folders of them (searched recursively; README, LICENSE, CHANGELOG, SOURCES and the like are skipped).")],
    outdir: Annotated[Path, typer.Option("--outdir", "-o", metavar="DIR", help="Folder for graph.ttl, graph.trig and graph.html.")] = Path("output"),
    glob: Annotated[str, typer.Option(metavar="PATTERN", help="Only files in the folders whose name matches this pattern.")] = "*",
    exclude: Annotated[list[str] | None, typer.Option("--exclude", metavar="PATTERN", help="Also skip files of the folders whose name or path inside the folder matches this pattern (e.g. 'drafts/*'). Repeatable.")] = None,
    read_as: Annotated[ReadAs | None, typer.Option("--read-as", metavar="[txt|md|html]", help="How to read files named explicitly whose extension is not .txt, .md or .html.")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Drop articles of earlier builds that are no longer among the inputs.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Parse with this many processes.")] = 1,
    dask: Annotated[str | None, typer.Option(metavar="ADDRESS", help="Extract on a Dask cluster: scheduler address (tcp://host:8786).")] = None,
    encoding: Annotated[str | None, typer.Option(metavar="CODEC", help="Text encoding of the articles (default: UTF-8).")] = None,
    max_bytes: Annotated[int, typer.Option(min=1, metavar="BYTES", help="Refuse articles larger than this many bytes.")] = 2_000_000,
    store: Annotated[Path | None, typer.Option("--store", metavar="DIR", help="Also load the graph into this on-disk Oxigraph store (each article's graph replaced).")] = None,
    fmt: Annotated[Format, typer.Option("--format", metavar="[text|json]", help="Summary as text or JSON.")] = Format.text,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip graph.html (the interactive view).")] = False,
    export: Annotated[list[ExportFormat] | None, typer.Option("--export", metavar="[graphml|jsonld|csv]", help="Also write OUTDIR/graph.graphml, graph.jsonld or graph.nodes.csv + graph.relationships.csv (Neo4j). Repeatable.")] = None,
) -> None:
    """Extract the graph from articles and write OUTDIR/graph.ttl, graph.trig and graph.html.

    Re-running is incremental: unchanged articles (same content, same
    extractor version) are not parsed again; exit 1 if some articles failed."""
    from .pipeline import build as run_build
    from .viz import html_files

    extractor = None
    if dask:
        from .cluster import dask_extractor

        extractor = dask_extractor(dask, encoding=encoding, max_bytes=max_bytes)
    show = sys.stderr.isatty() and fmt is Format.text
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True, disable=not show) as bar:
        task = bar.add_task("extracting", total=None)

        def advance(article_id: str, total: int) -> None:
            bar.update(task, advance=1, total=total, description=article_id)

        report = run_build(inputs, outdir, glob=glob, exclude=tuple(exclude or ()),
                           read_as=read_as.value if read_as else None, prune=prune, jobs=jobs, extractor=extractor,
                           encoding=encoding, max_bytes=max_bytes, progress=advance,
                           extra_files=None if no_html else html_files,
                           exports=list(dict.fromkeys(f.value for f in export or [])))
    for reason in report.failed.values():
        err.print(f"skipped: {one_line(reason)}", markup=False, highlight=False, soft_wrap=True)
    for key, counts in sorted(report.conflicts.items()):
        kinds = ", ".join(f"{c} in {n}" for c, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        err.print(f"note: {key} is typed {kinds} article(s); kept the majority", markup=False, highlight=False)
    if store is not None:
        from .store import load_file_into_store

        loaded = load_file_into_store(outdir / "graph.trig", store, prune=prune)
        err.print(f"store: {loaded.graphs} graph(s), {loaded.quads} quads -> {store}", markup=False, highlight=False)
    if fmt is Format.json:  # plain json: the change report of a large build is too big for rich's highlighter
        sys.stdout.write(json.dumps(report.__dict__, indent=2, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    else:
        out.print(report.summary(), markup=False, highlight=False, soft_wrap=True)
        if report.change and not report.change["equal"]:
            from .diff import article_lines, summary_line

            since = "since the last build" if report.change["old"] else "(first build)"
            lines = [f"graph {since}: {summary_line(report.change)}", *article_lines(report.change)]
            out.print("\n".join(lines), markup=False, highlight=False, soft_wrap=True)
    if report.failed:
        raise typer.Exit(1)


@app.command("eval")
@one_line_errors
def eval_(
    gold: Annotated[Path, typer.Argument(metavar="GOLD", help="Gold file (<article>.gold.json).")],
    graph: Annotated[Path, typer.Option("--graph", "-g", metavar="GRAPH", help="Graph built by 'policygraph build'.")] = Path("output/graph.trig"),
    fmt: Annotated[Format, typer.Option("--format", metavar="[text|json]", help="Scores as a table or JSON.")] = Format.text,
    details: Annotated[bool, typer.Option("--details", help="List false positives and negatives.")] = False,
) -> None:
    """Score the graph of one article against its gold file: strict precision, recall, F1
    (one predicted entity per real thing, splits are false positives), the lenient figure beside it."""
    from .errors import GoldError
    from .evaluate import evaluate
    from .files import check_regular

    check_regular(gold, GoldError)
    check_regular(graph, GraphError)
    try:
        report = evaluate(gold, graph)
    except RecursionError:  # json.loads on a file nested thousands deep
        raise GoldError(f"{gold}: nested too deeply to be a gold file; see README 'Gold files'") from None
    if fmt is Format.json:
        out.print_json(json.dumps(report.as_dict()))
        return
    table = Table(title=f"{report.article}")
    for col in ("", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col else "left")
    for name, s in [*[(f"entities: {k}", v) for k, v in report.entities.items()],
                    *[(f"relations: {k}", v) for k, v in report.relations.items()]]:
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    for name, s in report.lenient.items():
        table.add_row(f"lenient {name}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp),
                      str(s.fn), style="dim")
    out.print(table)
    if details:
        for title, items in [("entity false positives", report.false_positives),
                             ("entity false negatives", report.false_negatives),
                             ("relation false positives", report.relation_fp),
                             ("relation false negatives", report.relation_fn)]:
            out.print(f"{title}: " + ("; ".join(items) or "none"), markup=False, highlight=False, soft_wrap=True)


@app.command()
@one_line_errors
def validate(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH", help="Graph file (.ttl or .trig).")] = Path("output/graph.trig"),
    fmt: Annotated[Format, typer.Option("--format", metavar="[text|json]", help="Report as text or JSON.")] = Format.text,
) -> None:
    """Check a graph against the SHACL shapes (exit 0 conforms, 1 violations, 2 bad input)."""
    from .validate import validate_path

    result = validate_path(graph)
    if fmt is Format.json:
        out.print_json(json.dumps({"conforms": result.conforms, "results": result.results,
                                   "findings": [asdict(f) for f in result.findings]}))
    elif result.conforms:
        out.print(f"{graph}: conforms to the policygraph shapes", markup=False, highlight=False)
    else:
        out.print(result.text, markup=False, highlight=False)
    if not result.conforms:
        raise typer.Exit(1)


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


@app.command()
@one_line_errors
def query(
    spec: Annotated[str | None, typer.Argument(metavar="QUERY", help="A .rq file, a bundled question's name (see --list) or inline SPARQL.")] = None,
    graph: Annotated[Path | None, typer.Option("--graph", "-g", metavar="GRAPH", help="Graph file to query in memory (default output/graph.trig).")] = None,
    store: Annotated[Path | None, typer.Option("--store", metavar="DIR", help="On-disk Oxigraph store filled by 'build --store'.")] = None,
    endpoint: Annotated[str | None, typer.Option("--endpoint", metavar="URL", help="Remote SPARQL query endpoint URL.")] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", metavar="[table|csv|tsv|json]", help="SELECT results as a table or SPARQL 1.1 CSV / TSV / JSON (CONSTRUCT and DESCRIBE always print Turtle).")] = QueryFormat.table,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", metavar="NAME=VALUE", help="Bind a variable: NAME=text (a plain literal) or NAME=<iri>. Repeatable.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the bundled questions and their parameters.")] = False,
    timeout: Annotated[float, typer.Option(min=0, metavar="SECONDS", help="Stop the query after this many seconds (0: no limit).")] = 0,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Allow federated queries (SERVICE), which fetch the URLs they name.")] = False,
) -> None:
    """Ask the graph a SPARQL question (exit 0; an ASK answered false exits 1)."""
    import pyoxigraph as ox

    from .engine import Source, request, run_once
    from .query import RESULT_FORMATS, bundled_questions, compact, parse_params, resolve_query

    if list_ and fmt is QueryFormat.json:
        questions = [{"name": q.name, "answers": q.description, "params": [n for n, _ in q.params]}
                     for q in bundled_questions().values()]
        out.print_json(json.dumps(questions))
        return
    if list_:
        table = Table(title="bundled questions (policygraph query NAME)")
        for col in ("name", "answers", "--param"):
            table.add_column(col)
        for q in bundled_questions().values():
            table.add_row(q.name, q.description, " ".join(n for n, _ in q.params))
        out.print(table)
        return
    if spec is None:
        raise PolicygraphError("pass a QUERY (a .rq file, a bundled question or SPARQL); --list shows the questions")
    name, text = resolve_query(spec)
    params = parse_params(param)
    if endpoint is not None:
        if graph is not None or store is not None:
            raise PolicygraphError("pass one of -g, --store or --endpoint")
        from .endpoint import remote_query

        result = remote_query(endpoint, text, params)
        if isinstance(result, ox.QuerySolutions) and fmt is not QueryFormat.table:
            _write_document(result.serialize(format=RESULT_FORMATS[fmt.value]))
            return
    else:  # in a worker process: a time limit that stops the work, and an engine crash is an error, not ours
        if graph is not None and store is not None:
            raise PolicygraphError("pass either a graph file (-g) or --store, not both")
        source = Source(store=store) if store is not None else Source(graph=graph or Path("output/graph.trig"))
        results = "json" if fmt is QueryFormat.table else fmt.value
        answer = run_once(source, request(text, params=params, results=results, allow_service=allow_service),
                          timeout=timeout or None)
        if answer.kind == "boolean":
            result = answer.boolean
        elif answer.kind == "triples" or fmt is not QueryFormat.table:
            _write_document(answer.data)
            return
        else:
            result = ox.parse_query_results(answer.data, format=ox.QueryResultsFormat.JSON)
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        answer_ = bool(result)
        if fmt is QueryFormat.json:
            out.print_json(json.dumps({"head": {}, "boolean": answer_}))
        else:
            out.print("true" if answer_ else "false", markup=False, highlight=False)
        raise typer.Exit(0 if answer_ else 1)
    if not isinstance(result, ox.QuerySolutions):  # CONSTRUCT / DESCRIBE from an endpoint
        from .query import serialize_triples

        sys.stdout.buffer.write(serialize_triples(result))
        sys.stdout.flush()
        return
    names = [v.value for v in result.variables]
    table = Table(title=name if name in bundled_questions() else None, show_lines=False)
    for col in names:
        table.add_column(col, overflow="fold")
    count = 0
    for row in result:
        table.add_row(*(Text(compact(row[n])) for n in names))
        count += 1
    table.caption = f"{count} row(s)"
    out.print(table)


@app.command()
@one_line_errors
def serve(
    graph: Annotated[Path | None, typer.Argument(metavar="GRAPH", help="Graph file to serve (default output/graph.trig).")] = None,
    store: Annotated[Path | None, typer.Option("--store", metavar="DIR", help="Serve an on-disk Oxigraph store instead of a file.")] = None,
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to listen on; keep 127.0.0.1 unless others must reach it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, metavar="PORT", help="Port (0 picks a free one).")] = 7878,
    cors: Annotated[bool, typer.Option("--cors", help="Let web pages from other origins (e.g. YASGUI) query it.")] = False,
    timeout: Annotated[float, typer.Option(min=0.1, metavar="SECONDS", help="Stop a query after this many seconds (503).")] = 30.0,
    workers: Annotated[int | None, typer.Option(min=1, metavar="N", help="Query worker processes, each holding the graph (default: CPUs, at most 4).")] = None,
    threads: Annotated[int, typer.Option(min=1, metavar="N", help="Requests handled at once (others wait in the queue).")] = 16,
    read_timeout: Annotated[float, typer.Option(min=0.1, metavar="SECONDS", help="Close a connection that sends nothing for this many seconds.")] = 10.0,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Allow federated queries (SERVICE): the server then fetches any URL a client names.")] = False,
    allow_host: Annotated[list[str] | None, typer.Option("--allow-host", metavar="NAME", help="Also answer requests whose Host header names this (e.g. a DNS name of this machine); '*' accepts any. Repeatable.")] = None,
) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint (/sparql) and its page (/)."""
    from .engine import Source
    from .serve import make_server

    if graph is not None and store is not None:
        raise PolicygraphError("pass either a graph file or --store, not both")
    lock = None
    if store is not None:
        from .store import open_store

        lock = open_store(store)  # held while serving: no build writes under the workers' feet
        source = Source(store=store)
        page = None
    else:
        graph = graph or Path("output/graph.trig")
        source = Source(graph=graph)
        page = graph.parent / "graph.html"
    try:
        server = make_server(source, host=host, port=port, page=page, cors=cors, workers=workers, threads=threads,
                             timeout=timeout, read_timeout=read_timeout, allow_service=allow_service,
                             allow_hosts=tuple(allow_host or ()))
    except OSError as exc:
        raise PolicygraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; try another --port") from None
    out.print(f"SPARQL endpoint: {server.url}/sparql  graph page: {server.url}/  (Ctrl-C stops)",
              markup=False, highlight=False, soft_wrap=True)
    sys.stdout.flush()
    import signal

    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop as on Ctrl-C: the workers are ended too
    try:
        server.serve_forever()
    finally:
        server.server_close()
        del lock


@app.command()
@one_line_errors
def push(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH", help="Graph built by 'policygraph build' (.trig keeps one graph per article).")] = Path("output/graph.trig"),
    endpoint: Annotated[str, typer.Option("--endpoint", metavar="URL", help="Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph), http://localhost:3030/ds/data (Fuseki).")] = ...,
    prune: Annotated[bool, typer.Option("--prune", help="Also delete the article graphs of earlier pushes that this build no longer has.")] = False,
    fmt: Annotated[Format, typer.Option("--format", metavar="[text|json]", help="Summary as text or JSON.")] = Format.text,
) -> None:
    """Upload each article's named graph and the ontology to a SPARQL server
    (PUT replaces each graph, so pushing again is idempotent) and say which
    article graphs were added, replaced and removed."""
    from .mirror import mirror

    show = sys.stderr.isatty() and fmt is Format.text
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  transient=True, disable=not show) as bar:
        task = bar.add_task("pushing", total=None)
        report = mirror(endpoint, graph, prune=prune, progress=lambda name: bar.update(task, advance=1, description=name))
    if fmt is Format.json:
        out.print_json(json.dumps(report.__dict__))
    else:
        out.print(report.summary(), markup=False, highlight=False, soft_wrap=True)


@app.command("export")
@one_line_errors
def export_(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH", help="Graph file (.ttl or .trig) or build folder.")] = Path("output"),
    to: Annotated[ExportFormat, typer.Option("--to", metavar="[graphml|jsonld|csv]", help="graphml (Gephi, Cytoscape), jsonld (with the ontology's @context) or csv (Neo4j node and relationship tables).")] = ...,
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="File to write; for csv, FILE.csv becomes FILE.nodes.csv and FILE.relationships.csv.")] = ...,
    fmt: Annotated[Format, typer.Option("--format", metavar="[text|json]", help="Summary as text or JSON.")] = Format.text,
) -> None:
    """Write the graph for other tools: GraphML, JSON-LD or Neo4j CSV tables."""
    from .export import write_atomic
    from .exports import export_graph

    files = export_graph(graph, to.value, output)
    write_atomic(files)
    names = [str(p) for p in files]
    if fmt is Format.json:
        out.print_json(json.dumps({"graph": str(graph), "format": to.value, "files": names}))
    else:
        out.print(f"{graph} -> {', '.join(names)}", markup=False, highlight=False, soft_wrap=True)


class DiffFormat(str, Enum):
    text = "text"
    json = "json"
    md = "md"


@app.command()
@one_line_errors
def diff(
    old: Annotated[Path, typer.Argument(metavar="OLD", help="The earlier graph: a .ttl/.trig file or a build folder.")],
    new: Annotated[Path, typer.Argument(metavar="NEW", help="The later graph: a .ttl/.trig file or a build folder.")],
    fmt: Annotated[DiffFormat, typer.Option("--format", metavar="[text|json|md]", help="Report as text, JSON or Markdown.")] = DiffFormat.text,
) -> None:
    """What changed between two graphs: entities added, removed, renamed, re-typed; relations
    added and removed with their evidence, by article and by relation (exit 0 equal, 1 different)."""
    from .diff import as_dict, diff_files, to_markdown, to_text

    result = diff_files(old, new)
    if fmt is DiffFormat.json:  # plain json: rich's highlighter takes seconds on a large diff
        sys.stdout.write(json.dumps(as_dict(result), indent=2, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    else:
        sys.stdout.write(to_markdown(result) if fmt is DiffFormat.md else to_text(result))
        sys.stdout.flush()
    if not result.equal:
        raise typer.Exit(1)


@app.command()
@one_line_errors
def view(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH", help="Graph file (.ttl or .trig) written by 'policygraph build'.")] = Path("output/graph.trig"),
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="HTML file to write (default: GRAPH with .html).")] = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in the default web browser.")] = False,
    fmt: Annotated[Format, typer.Option("--format", metavar="[text|json]", help="Summary as text or JSON.")] = Format.text,
    since: Annotated[Path | None, typer.Option("--since", metavar="GRAPH", help="An earlier graph (file or build folder): mark what is new since it.")] = None,
) -> None:
    """Draw a graph as one self-contained, offline HTML page (and optionally open it)."""
    from .export import write_atomic
    from .viz import html_of_file

    target = output or graph.with_suffix(".html")
    if target.resolve() == graph.resolve():
        raise GraphError(f"{target}: would overwrite the graph itself; pass -o FILE.html")
    marks = None
    if since is not None:
        from .diff import diff_files
        from .facts import graph_path
        from .viz import change_marks, mtime_utc

        marks = change_marks(diff_files(since, graph), since=mtime_utc(graph_path(since)))
    html = html_of_file(graph, changes=marks)
    write_atomic({target: lambda: html})
    if fmt is Format.json:
        out.print_json(json.dumps({"graph": str(graph), "html": str(target), "bytes": len(html)}))
    else:
        out.print(f"{graph} -> {target} ({len(html) // 1024} KiB)", markup=False, highlight=False, soft_wrap=True)
    if open_browser:
        import webbrowser

        if not webbrowser.open(target.resolve().as_uri()):
            err.print(f"could not open a browser; open {target} yourself", markup=False, highlight=False, soft_wrap=True)


def main() -> None:
    """Run the CLI; a usage mistake (unknown option, bad value) is one line too."""
    try:
        code = app(standalone_mode=False)
    except Exception as exc:  # typer ships its own click: match its exceptions by shape
        if type(exc).__name__ == "Abort":
            sys.exit(130)
        if not hasattr(exc, "format_message"):
            raise
        ctx = getattr(exc, "ctx", None)
        hint = f"; see '{ctx.command_path} --help'" if ctx is not None else "; see 'policygraph --help'"
        err.print(f"error: {one_line(exc.format_message())}{hint}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
