"""Helpers for table tests of rules that take a parsed token."""

from __future__ import annotations


def word(nlp, text: str, form: str):
    """The first token of `text`, parsed, whose text is `form` (its doc stays reachable as `.doc`)."""
    return next(t for t in nlp(text) if t.text == form)
