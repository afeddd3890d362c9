"""Docstring examples of the installed modules run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["policygraph.names", "policygraph.ingest", "policygraph.extract.entities", "policygraph.rdf",
           "policygraph.export", "policygraph.facts", "policygraph.diff.render", "policygraph.exports",
           "policygraph.exports.neo4j", "policygraph.evaluate", "policygraph.crossval", "policygraph.extract.frames",
           "policygraph.extract.learned", "policygraph.extract"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
