"""Bad input never produces a traceback, a partial file or a clobbered file.

Every test runs the real `policygraph` console script in a subprocess, so what
is checked is exactly what a user sees: the exit code, stderr, and the files
left in the output folder.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

#: What a successful build leaves in OUTDIR: graphs, the manifest, the extraction cache.
BUILD_FILES = [".policygraph", "graph.html", "graph.trig", "graph.ttl", "manifest.json"]

SENTINEL = b"# sentinel: a graph.ttl from an earlier build; a failed build must leave it alone\n"

# ------------------------------------------------------------------ helpers


def _command() -> list[str]:
    """The installed console script: beside this interpreter, else on PATH, else `-m`."""
    beside = Path(sys.executable).parent / "policygraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("policygraph")
    if found:
        return [found]
    return [sys.executable, "-m", "policygraph.cli"]


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def err_lines(self) -> list[str]:
        return self.stderr.strip().splitlines()


def run(*args: str | Path, cwd: Path, timeout: float = 600) -> Run:
    env = {k: v for k, v in os.environ.items() if k != "POLICYGRAPH_DEBUG"}
    env["COLUMNS"] = "60"  # narrow terminal: an error must still not wrap onto a second line
    start = time.monotonic()
    proc = subprocess.run([*_command(), *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)
    return Run(proc.returncode, proc.stdout, proc.stderr, time.monotonic() - start)


def assert_one_line(result: Run, *, prefix: tuple[str, ...], names: list[str]) -> str:
    """stderr is one line, starting with `prefix`, naming every one of `names`, no traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    lines = result.err_lines
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{result.stderr}"
    line = lines[0]
    assert line.startswith(prefix), line
    for name in names:
        assert name in line, f"{name!r} not named in: {line}"
    return line


def seed_outdir(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "graph.ttl").write_bytes(SENTINEL)


def assert_untouched(outdir: Path) -> None:
    assert sorted(p.name for p in outdir.iterdir()) == ["graph.ttl"], "stray files in the output folder"
    assert (outdir / "graph.ttl").read_bytes() == SENTINEL, "graph.ttl was clobbered"


def english_text(n_bytes: int, *, seed: int = 7) -> str:
    """English-looking prose of about `n_bytes` bytes (ASCII, so characters == bytes)."""
    rng = random.Random(seed)
    subjects = ["The city council", "Residents", "The pilot programme", "Local officials", "Critics", "Volunteers",
                "The credit bureau", "Small businesses", "The provincial government", "Privacy advocates"]
    verbs = ["reviewed", "criticised", "supported", "expanded", "questioned", "published", "recorded", "defended"]
    objects = ["the points system", "the new rules", "a list of rewarded behaviours", "the appeal procedure",
               "the score of each household", "the blacklist of debtors", "the annual report", "the data policy"]
    tails = ["in the spring.", "after a public hearing.", "without much debate.", "for the second time this year.",
             "because of the complaints.", "and asked for more transparency."]
    parts: list[str] = []
    size = 0
    while size < n_bytes:
        sentences = [f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)} {rng.choice(tails)}"
                     for _ in range(rng.randint(3, 6))]
        para = " ".join(sentences) + "\n\n"
        parts.append(para)
        size += len(para)
    return "".join(parts)


GOOD_ARTICLE = """\
# How Greenvale's points-based social credit pilot works

The city of Greenvale launched a points-based social credit pilot in March.
Every resident starts with 1,000 points, and the municipal credit office adds or deducts points according to a published list of behaviours.
Residents who volunteer at the food bank or donate blood receive extra points.
People who fail to pay court fines or who break traffic rules lose points.

The rewards and penalties are listed on the city website:

- Residents with high scores get discounts on public transport and priority at the library.
- Residents with low scores face extra inspections and may be refused government loans.
- Companies with low scores are excluded from public tenders.

Privacy advocates argue that the pilot collects too much personal data and lacks a fair appeal procedure.
The mayor says the scheme rewards honesty and will be reviewed by the city council after one year.
Critics fear that the provincial government will copy the system without fixing its flaws.
"""

# `<script>` text inside, unclosed <p> and <li>, a stray </div>, an unclosed <b>, no </body>.
MALFORMED_HTML = """\
<!DOCTYPE html>
<html><head><title>Greenvale's social credit pilot</title>
<script>alert(1)</script>
</head>
<body>
<h1>How Greenvale's points-based social credit pilot works
<p>The city of Greenvale launched a points-based social credit pilot in March.
Every resident starts with 1,000 points, and the municipal credit office adds or deducts points.</div>
<p>Residents who volunteer at the food bank receive extra points. <script>alert(1)</script>
People who fail to pay court fines lose points.
<ul><li>Residents with high scores get discounts on public transport.
<li>Residents with low scores may be refused government loans.</ul></span></div>
<p>Privacy advocates argue that the pilot collects too much personal data and lacks a fair appeal procedure.
<p>The mayor says the scheme rewards honesty and will be reviewed by the <b>city council after one year.
"""

FRENCH = """\
La ville de Greenvale a lancé un système de crédit social fondé sur des points. Chaque habitant commence avec mille
points, et les autorités municipales ajoutent ou retirent des points selon le comportement de chacun. Les bénévoles
qui aident leurs voisins reçoivent des points supplémentaires, tandis que les personnes qui ne paient pas leurs
factures en perdent. Les critiques estiment que ce système menace la vie privée et la liberté d'expression des
citoyens, mais les responsables locaux affirment qu'il renforce la confiance au sein de la communauté.
"""

CHINESE = """\
绿谷市推出了一项基于积分的社会信用试点计划。每位居民起始拥有一千分，市政府根据个人行为增加或扣除积分。\
帮助邻居的志愿者可以获得额外积分，而拖欠账单的人则会被扣分。批评者认为该制度威胁公民的隐私和言论自由，\
但地方官员表示它增强了社区内的信任。
"""

LATIN1 = (
    "Caf\xe9 policy in Greenvale: the city council decided that every caf\xe9 and restaurant will be scored by "
    "the municipal credit office. Owners who pay their taxes on time receive extra points, and those who break "
    "the hygiene rules lose points. Critics say the r\xe9gime is unfair to small businesses.\n"
)


def png_bytes(n: int = 4096, *, seed: int = 3) -> bytes:
    rng = random.Random(seed)
    body = bytearray(rng.getrandbits(8) for _ in range(n))
    body[::97] = b"\x00" * len(body[::97])  # make sure there are NULs wherever the header ends
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(body)


# ------------------------------------------------------------------ bad inputs for `build`


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _big(tmp: Path) -> Path:
    return _write(tmp / "huge-article.txt", english_text(5_000_000))


BAD_INPUTS = {
    # id: (make the input under tmp_path -> the argument to pass, the names stderr must mention)
    "empty": lambda tmp: _write(tmp / "empty.txt", b""),
    "whitespace-only": lambda tmp: _write(tmp / "blank.md", b"  \n\t\n   \r\n\n    \n"),
    "binary-png-as-txt": lambda tmp: _write(tmp / "scan.txt", png_bytes()),
    "binary-png": lambda tmp: _write(tmp / "logo.png", png_bytes()),
    "latin-1": lambda tmp: _write(tmp / "cafe.txt", LATIN1.encode("latin-1")),
    "5mb": _big,
    "french": lambda tmp: _write(tmp / "francais.txt", FRENCH),
    "chinese": lambda tmp: _write(tmp / "zhongwen.txt", CHINESE),
    "html-no-text": lambda tmp: _write(tmp / "shell.html", "<html><body><script>alert(1)</script></body></html>"),
    "missing-path": lambda tmp: tmp / "no-such-article.txt",
    "missing-folder": lambda tmp: tmp / "no-such-folder",
    "empty-folder": lambda tmp: (tmp / "empty-folder").mkdir() or tmp / "empty-folder",
    "folder-without-articles": lambda tmp: (
        _write(tmp / "attachments" / "photo.png", png_bytes()),
        _write(tmp / "attachments" / "notes.pdf", b"%PDF-1.4\n"),
        _write(tmp / "attachments" / ".hidden.txt", GOOD_ARTICLE),
    )[0].parent,
}


@pytest.mark.parametrize("make", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_is_one_line_and_leaves_output_alone(tmp_path: Path, make) -> None:
    target = make(tmp_path)
    outdir = tmp_path / "out"
    seed_outdir(outdir)
    result = run("build", target.relative_to(tmp_path), "-o", "out", cwd=tmp_path)
    assert result.code == 2, (result.code, result.stderr)
    assert_one_line(result, prefix=("error:", "skipped:"), names=[target.name])
    assert_untouched(outdir)


def test_too_big_article_fails_fast_with_a_hint(tmp_path: Path) -> None:
    big = _big(tmp_path)
    assert big.stat().st_size > 5_000_000 - 1000
    seed_outdir(tmp_path / "out")
    result = run("build", big.name, "-o", "out", cwd=tmp_path, timeout=120)
    assert result.code == 2
    line = assert_one_line(result, prefix=("error:",), names=[big.name])
    assert "MB" in line and "--max-bytes" in line, line
    assert result.seconds < 60, f"refusing a too-big article took {result.seconds:.0f}s"
    assert_untouched(tmp_path / "out")


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("POLICYGRAPH_SLOW") != "1", reason="parses 5 MB; set POLICYGRAPH_SLOW=1")
def test_max_bytes_option_lets_a_big_article_through(tmp_path: Path) -> None:
    big = _big(tmp_path)
    result = run("build", big.name, "-o", "out", "--max-bytes", "6000000", cwd=tmp_path, timeout=3600)
    assert result.code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")) > 0


def test_several_bad_files_in_a_folder_are_still_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _write(folder / "empty.txt", b"")
    _write(folder / "scan.html", png_bytes())
    _write(folder / "cafe.md", LATIN1.encode("latin-1"))
    seed_outdir(tmp_path / "out")
    result = run("build", "articles", "-o", "out", cwd=tmp_path)
    assert result.code == 2
    assert_one_line(result, prefix=("error:",), names=["empty.txt", "scan.html", "cafe.md"])
    assert_untouched(tmp_path / "out")


def test_unknown_encoding_is_one_line(tmp_path: Path) -> None:
    _write(tmp_path / "good.md", GOOD_ARTICLE)
    seed_outdir(tmp_path / "out")
    result = run("build", "good.md", "-o", "out", "--encoding", "no-such-codec", cwd=tmp_path)
    assert result.code == 2
    assert_one_line(result, prefix=("error:",), names=["good.md", "no-such-codec"])
    assert_untouched(tmp_path / "out")


def test_latin1_article_builds_with_encoding_option(tmp_path: Path) -> None:
    """The Latin-1 file above is refused only for its encoding, not its content."""
    _write(tmp_path / "cafe.txt", LATIN1.encode("latin-1"))
    result = run("build", "cafe.txt", "-o", "out", "--encoding", "latin-1", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert result.stderr.strip() == ""
    assert "Café" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_output_folder_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    _write(tmp_path / "good.md", GOOD_ARTICLE)
    _write(tmp_path / "out", SENTINEL)
    result = run("build", "good.md", "-o", "out", cwd=tmp_path)
    assert result.code == 2
    assert_one_line(result, prefix=("error:",), names=["out"])
    assert (tmp_path / "out").read_bytes() == SENTINEL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.md", "out"]


# ------------------------------------------------------------------ malformed HTML still builds


def _source_paths(ds: Dataset) -> set[str]:
    from policygraph.namespaces import PG

    return {Path(str(o)).name for o in ds.objects(None, PG.sourcePath)}


def test_malformed_html_builds_without_script(tmp_path: Path) -> None:
    _write(tmp_path / "broken.html", MALFORMED_HTML)
    seed_outdir(tmp_path / "out")
    result = run("build", "broken.html", "-o", "out", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip() == ""
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == BUILD_FILES
    assert (out / "graph.ttl").read_bytes() != SENTINEL
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    assert _source_paths(ds) == {"broken.html"}
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 20
    for path in (p for p in out.iterdir() if p.suffix in {".ttl", ".trig", ".html"}):
        text = path.read_text(encoding="utf-8")
        assert "greenvale" in text.lower(), f"{path.name}: the article text was not read"
        scripts = re.findall(r"<script\b[^>]*>(.*?)(?:</script\s*>|$)", text, flags=re.IGNORECASE | re.DOTALL)
        assert not any("alert(1)" in s for s in scripts), f"{path.name} carries the article's <script>"
        assert "alert(1)" not in text, f"{path.name}: script text was extracted as article text"


# ------------------------------------------------------------------ partial failure


@pytest.fixture(scope="session")
def partial_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run]:
    """One good article and one binary file in a folder, built once."""
    root = tmp_path_factory.mktemp("partial")
    _write(root / "articles" / "greenvale-pilot.md", GOOD_ARTICLE)
    _write(root / "articles" / "scanned-page.txt", png_bytes())
    seed_outdir(root / "out")
    return root, run("build", "articles", "-o", "out", cwd=root)


def test_partial_failure_exits_1_and_skips_the_bad_file(partial_build: tuple[Path, Run]) -> None:
    _, result = partial_build
    assert result.code == 1, (result.code, result.stderr)
    line = assert_one_line(result, prefix=("skipped:",), names=["scanned-page.txt"])
    assert "greenvale-pilot" not in line
    assert "1 article(s) [1 added, 0 changed, 0 unchanged, 0 removed, 1 failed]" in result.stdout


def test_partial_failure_writes_a_parseable_graph_of_the_good_article(partial_build: tuple[Path, Run]) -> None:
    root, _ = partial_build
    out = root / "out"
    assert sorted(p.name for p in out.iterdir()) == BUILD_FILES, "temporary files left behind"
    assert (out / "graph.ttl").read_bytes() != SENTINEL
    g = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(g) > 20
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    assert _source_paths(ds) == {"greenvale-pilot.md"}


def test_partial_failure_json_summary_lists_the_bad_file(tmp_path: Path) -> None:
    _write(tmp_path / "articles" / "greenvale-pilot.md", GOOD_ARTICLE)
    _write(tmp_path / "articles" / "scanned-page.txt", png_bytes())
    result = run("build", "articles", "-o", "out", "--format", "json", cwd=tmp_path)
    assert result.code == 1
    assert_one_line(result, prefix=("skipped:",), names=["scanned-page.txt"])
    summary = json.loads(result.stdout)
    assert summary["articles"] == 1
    assert [Path(p).name for p in summary["failed"]] == ["scanned-page.txt"]


# ------------------------------------------------------------------ eval and validate


VALID_GOLD = {
    "text": "greenvale-pilot.md",
    "entities": [{"id": "council", "type": "Actor", "names": ["city council"]}],
    "relations": [],
}

EVAL_CASES = {
    # id: (files to write, gold argument, graph argument, names stderr must mention)
    "missing-gold": ({}, "nope.gold.json", "graph.trig", ["nope.gold.json"]),
    "malformed-json-gold": ({"bad.gold.json": '{"text": "a.md", "entities": [ {"id": '}, "bad.gold.json",
                            "graph.trig", ["bad.gold.json"]),
    "gold-wrong-shape": ({"list.gold.json": "[1, 2, 3]"}, "list.gold.json", "graph.trig", ["list.gold.json"]),
    "gold-binary": ({"bin.gold.json": png_bytes()}, "bin.gold.json", "graph.trig", ["bin.gold.json"]),
    "missing-graph": ({"ok.gold.json": json.dumps(VALID_GOLD)}, "ok.gold.json", "missing/graph.trig",
                      ["missing/graph.trig"]),
    "graph-not-rdf": ({"ok.gold.json": json.dumps(VALID_GOLD), "notes.trig": "this is not { RDF at all"},
                      "ok.gold.json", "notes.trig", ["notes.trig"]),
}


@pytest.mark.parametrize("files,gold,graph,names", EVAL_CASES.values(), ids=EVAL_CASES.keys())
def test_eval_bad_input_is_one_line(tmp_path: Path, files: dict, gold: str, graph: str, names: list[str]) -> None:
    for name, data in files.items():
        _write(tmp_path / name, data)
    result = run("eval", gold, "-g", graph, cwd=tmp_path)
    assert result.code == 2, (result.code, result.stderr)
    assert_one_line(result, prefix=("error:",), names=names)
    assert result.stdout.strip() == ""


VALIDATE_CASES = {
    "plain-text": ("notes.ttl", "Greenvale introduced a social credit pilot.\nIt is not RDF.\n"),
    "broken-turtle": ("broken.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b \"unterminated .\n"),
    "binary": ("image.trig", png_bytes()),
    "latin-1": ("cafe.ttl", LATIN1.encode("latin-1")),
    "missing": ("absent.ttl", None),
}


@pytest.mark.parametrize("name,data", VALIDATE_CASES.values(), ids=VALIDATE_CASES.keys())
def test_validate_non_rdf_is_one_line(tmp_path: Path, name: str, data: str | bytes | None) -> None:
    if data is not None:
        _write(tmp_path / name, data)
    result = run("validate", name, cwd=tmp_path)
    assert result.code == 2, (result.code, result.stderr)
    assert_one_line(result, prefix=("error:",), names=[name])
    assert result.stdout.strip() == ""


# --- regressions from the first user review ------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [(["build", "--jobs", "0", "x.md"], "--jobs"), (["build", "--format", "yaml", "x.md"], "--format"),
     (["query", "--port", "1"], "--port"), (["nosuch"], "nosuch"), (["build"], "ARTICLE")],
    ids=["jobs-0", "format-yaml", "unknown-option", "unknown-command", "missing-argument"],
)
def test_usage_mistakes_are_one_line(tmp_path, args, named):
    result = run(*args, cwd=tmp_path)
    assert result.code == 2
    assert_one_line(result, prefix=("error:",), names=[named])


def test_build_never_reads_its_own_output(tmp_path):
    (tmp_path / "a.md").write_text("# Harbour Plan\n\nThe Harbour Plan rates firms. Littering can lead to deductions.\n",
                                   encoding="utf-8")
    first = run("build", ".", "-o", "output", cwd=tmp_path)
    assert first.code == 0, first.stderr
    second = run("build", ".", "-o", "output", cwd=tmp_path)
    assert second.code == 0, second.stderr
    assert "nothing to write" in second.stdout and "1 unchanged" in second.stdout, second.stdout


def test_article_without_entities_builds_an_empty_graph(tmp_path):
    (tmp_path / "hi.txt").write_text("hi\n", encoding="utf-8")
    result = run("build", "hi.txt", "-o", "out", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert (tmp_path / "out" / "graph.html").stat().st_size > 1000


def test_query_refuses_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("# x\n", encoding="utf-8")
    result = run("query", "stances", "--store", "articles", cwd=tmp_path)
    assert result.code == 2
    assert_one_line(result, prefix=("error:",), names=["articles", "not an Oxigraph store"])
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["a.md"]


# --- issue 9: queries that crash, hang or federate ------------------------------------------------------


QUERY_CASES = {
    # id: (extra arguments, the query, what the one line must say)
    "nested-2500": ([], "SELECT * WHERE " + "{" * 2500 + " ?s ?p ?o " + "}" * 2500, "crashed the SPARQL engine"),
    "service-refused": ([], "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }", "--allow-service"),
    "service-unbound": (["--allow-service"], "SELECT * WHERE { SERVICE ?x { ?s ?p ?o } }", "query failed"),
    "service-closed-port": (["--allow-service"], "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
                            "query failed"),
    "time-limit": (["--timeout", "1"], "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                   "1 s limit"),
}


@pytest.mark.parametrize(("extra", "text", "says"), QUERY_CASES.values(), ids=QUERY_CASES.keys())
def test_query_bad_queries_exit_2_with_one_line(scs_out, tmp_path, extra, text, says):
    (tmp_path / "q.rq").write_text(text, encoding="utf-8")
    result = run("query", "q.rq", "-g", scs_out / "graph.trig", *extra, cwd=tmp_path, timeout=120)
    assert result.code == 2, (result.code, result.stderr)
    assert_one_line(result, prefix=("error:",), names=[says])
    assert result.seconds < 60


def test_query_nested_query_to_an_endpoint_is_checked_safely(tmp_path):
    """The query is parsed before it is sent: in a worker, so a crash is exit 2."""
    (tmp_path / "q.rq").write_text("SELECT * WHERE " + "{" * 2500 + " ?s ?p ?o " + "}" * 2500, encoding="utf-8")
    result = run("query", "q.rq", "--endpoint", "http://127.0.0.1:9/sparql", cwd=tmp_path)
    assert result.code == 2, (result.code, result.stderr)
    assert_one_line(result, prefix=("error:",), names=["crashed the SPARQL engine"])


# --- issue 9: inputs that are not regular files ------------------------------------------------------------


def _fifo(tmp: Path, name: str) -> Path:
    path = tmp / name
    os.mkfifo(path)
    return path


NOT_REGULAR = {
    # id: (arguments, with {fifo} where a named pipe of that name is passed; the name stderr must mention)
    "build-fifo": (["build", "{fifo}", "-o", "out"], "article.txt"),
    "build-dev-zero": (["build", "/dev/zero", "-o", "out"], "/dev/zero"),
    "build-dev-zero-with-limit": (["build", "/dev/zero", "-o", "out", "--max-bytes", "1000"], "/dev/zero"),
    "validate-fifo": (["validate", "{fifo}"], "graph.ttl"),
    "view-fifo": (["view", "{fifo}", "-o", "page.html"], "graph.ttl"),
    "eval-fifo-gold": (["eval", "{fifo}", "-g", "{fifo}"], "a.gold.json"),
    "query-fifo-graph": (["query", "ASK { ?s ?p ?o }", "-g", "{fifo}"], "graph.ttl"),
    "query-fifo-rq": (["query", "{fifo}"], "q.rq"),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize(("args", "name"), NOT_REGULAR.values(), ids=NOT_REGULAR.keys())
def test_cli_refuses_files_that_are_not_regular(tmp_path: Path, args: list[str], name: str) -> None:
    """A named pipe hung build, validate, eval and view; /dev/zero was read without limit."""
    if "{fifo}" in args:
        os.mkfifo(tmp_path / name)
    result = run(*[a.replace("{fifo}", name) for a in args], cwd=tmp_path, timeout=60)
    assert result.code == 2, (result.code, result.stderr)
    assert_one_line(result, prefix=("error:",), names=[name, "not a regular file"])
    assert result.seconds < 30


# --- issue 9, item 13: exit codes and messages -------------------------------------------------------------


def _truncated_turtle(tmp: Path) -> Path:
    text = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e \"a long lit"
    return _write(tmp / "truncated.ttl", text)


GRAPH_MESSAGES = {
    # id: (make the graph file, what the one line must say)
    "truncated-turtle": (_truncated_turtle, "not valid Turtle"),
    "truncated-trig": (lambda tmp: _write(tmp / "truncated.trig", "<http://a/g> { <http://a/s> <http://a/p> "),
                       "not valid TriG"),
    "empty-file": (lambda tmp: _write(tmp / "empty.ttl", b""), "the graph is empty"),
    "prefixes-only": (lambda tmp: _write(tmp / "prefixes.ttl", "@prefix ex: <http://example.org/> .\n"),
                      "the graph is empty"),
}


@pytest.mark.parametrize(("make", "says"), GRAPH_MESSAGES.values(), ids=GRAPH_MESSAGES.keys())
def test_validate_says_what_is_wrong_with_the_graph(tmp_path: Path, make, says: str) -> None:
    path = make(tmp_path)
    result = run("validate", path.name, cwd=tmp_path)
    assert result.code == 2, (result.code, result.stdout, result.stderr)
    line = assert_one_line(result, prefix=("error:",), names=[path.name, says])
    assert "IndexError" not in line and "conforms" not in result.stdout


def test_eval_deeply_nested_gold_is_exit_2(tmp_path: Path) -> None:
    _write(tmp_path / "deep.gold.json", "[" * 100_000)
    _write(tmp_path / "graph.trig", "<http://a/g> { <http://a/s> <http://a/p> <http://a/o> }\n")
    result = run("eval", "deep.gold.json", "-g", "graph.trig", cwd=tmp_path)
    assert result.code == 2, (result.code, result.stderr)
    assert_one_line(result, prefix=("error:",), names=["deep.gold.json"])


def test_unknown_encoding_is_refused_when_the_article_is_cached(tmp_path: Path) -> None:
    _write(tmp_path / "good.md", GOOD_ARTICLE)
    assert run("build", "good.md", "-o", "out", cwd=tmp_path).code == 0
    result = run("build", "good.md", "-o", "out", "--encoding", "no-such-codec", cwd=tmp_path)
    assert result.code == 2, (result.code, result.stdout)
    assert_one_line(result, prefix=("error:",), names=["good.md", "no-such-codec"])
