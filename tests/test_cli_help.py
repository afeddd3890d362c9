"""`--help` shows what a user types, defaults agree, and JSON output is a proper text file."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from .test_cli_errors import run

USAGE = {
    "build": "policygraph build [OPTIONS] ARTICLE...",
    "eval": "policygraph eval [OPTIONS] GOLD",
    "validate": "policygraph validate [OPTIONS] [GRAPH]",
    "query": "policygraph query [OPTIONS] [QUERY]",
    "serve": "policygraph serve [OPTIONS] [GRAPH]",
    "push": "policygraph push [OPTIONS] [GRAPH]",
    "view": "policygraph view [OPTIONS] [GRAPH]",
    "diff": "policygraph diff [OPTIONS] OLD NEW",
    "export": "policygraph export [OPTIONS] [GRAPH]",
}
PYTHON_TYPES = re.compile(r"<(list\[|path>|str>|int>|int range>|text\|)|\{\w+\}|Path\]")


@pytest.mark.parametrize("command", sorted(USAGE))
def test_cli_help_shows_what_the_user_types(tmp_path, command):
    result = run(command, "--help", cwd=tmp_path)
    assert result.code == 0
    assert f"Usage: {USAGE[command]}" in result.stdout
    assert not PYTHON_TYPES.search(result.stdout), result.stdout


def test_cli_help_value_options_have_metavars(tmp_path):
    text = run("build", "--help", cwd=tmp_path).stdout
    for option in ["-o, --outdir DIR", "--exclude PATTERN", "--read-as [txt|md|html]", "-j, --jobs N",
                   "--format [text|json]", "--store DIR"]:
        assert option in text, option


@pytest.fixture(scope="module")
def built(tmp_path_factory, build_of):
    """A folder with output/ as `policygraph build` leaves it, and nothing else."""
    from .conftest import EXAMPLES

    home = tmp_path_factory.mktemp("home")
    shutil.copytree(build_of(EXAMPLES / "school-phone-ban.md"), home / "output")
    return home


def test_cli_every_graph_command_defaults_to_output_graph_trig(built):
    (built / "output" / "graph.ttl").unlink()  # the defaults must not need it
    (built / "output" / "graph.html").unlink(missing_ok=True)
    view = run("view", cwd=built)
    assert view.code == 0, view.stderr
    assert view.stdout.startswith("output/graph.trig -> output/graph.html")
    assert (built / "output" / "graph.html").exists()
    validate = run("validate", cwd=built)
    assert validate.code == 0, validate.stderr
    assert run("query", "articles", cwd=built).code == 0


@pytest.mark.parametrize("args", [
    ["query", "articles", "--format", "json"],
    ["query", "--list", "--format", "json"],
    ["query", "ASK { ?s ?p ?o }", "--format", "json"],
    ["validate", "--format", "json"],
    ["view", "-o", "page.html", "--format", "json"],
    ["build", "output/../input.md", "--no-html", "--format", "json"],
])
def test_cli_json_output_is_one_document_ending_in_a_newline(built, args):
    from .conftest import EXAMPLES

    shutil.copy(EXAMPLES / "school-phone-ban.md", built / "input.md")
    result = run(*args, cwd=built)
    assert result.code == 0, result.stderr
    assert result.stdout.endswith("}\n") or result.stdout.endswith("]\n"), result.stdout[-40:]
    json.loads(result.stdout)
