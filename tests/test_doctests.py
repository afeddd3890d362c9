"""Docstring examples of the installed modules run as tests."""

from __future__ import annotations

import ast
import doctest
import importlib
from collections import Counter
from pathlib import Path

import pytest

MODULES = ["policygraph.names", "policygraph.ingest", "policygraph.extract.entities", "policygraph.rdf",
           "policygraph.export", "policygraph.facts", "policygraph.diff.render", "policygraph.exports",
           "policygraph.exports.neo4j", "policygraph.evaluate", "policygraph.crossval", "policygraph.extract.frames",
           "policygraph.extract.learned", "policygraph.extract", "policygraph.extract.mentions",
           "policygraph.extract.people", "policygraph.extract.relations"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0


def _top_level_names(tree: ast.Module) -> list[str]:
    """Names a module binds at its top level: functions, classes, constants."""
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", sorted((Path(__file__).parents[1] / "src" / "policygraph").rglob("*.py")),
                         ids=lambda p: p.name)
def test_no_module_binds_a_top_level_name_twice(path):
    """A word set or helper defined twice in one module silently replaces the
    first for every rule that reads it (a rule then guards with the wrong
    words), so each top-level name is bound once."""
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert not [n for n, k in Counter(names).items() if k > 1]
