"""Frozen values the steps of the flow hand to each other.

ingest -> `Article` (with `Block`s); extract -> `Extraction` (with `Entity`,
`Relation`, `Sentence`); rdf turns an `Extraction` into a named graph.
Offsets always index the article's `text` (the decoded, visible text).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, list item or paragraph of an article.

    ``label`` is the lead-in of a list item ("Privacy Issues" in
    "Privacy Issues: The system ..."), kept apart so it is never glued onto
    the sentence after it. ``context`` is the lead-in of the enclosing list
    item ("For Businesses"), ``section`` the heading above the block.
    """

    kind: str  # "heading" | "item" | "paragraph"
    text: str  # body text, normalised, same length as text[start:end]
    start: int
    end: int
    section: str = ""
    label: str = ""
    label_start: int = -1
    context: str = ""
    intro: str = ""  # the paragraph that introduced the list ("Key concerns include:")
    row: bool = False  # a table's row, named by its first cell (``label``)


@dataclass(frozen=True, slots=True)
class Article:
    """One source document, decoded and split into blocks."""

    id: str  # stable slug, used in IRIs
    path: str
    title: str
    author: str
    content_hash: str
    text: str  # original visible text (offsets refer to it)
    blocks: tuple[Block, ...]
    date: str = ""  # ISO date of a dateline under the title ("2024-03-03"), if any


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: the unit of evidence."""

    index: int
    start: int
    end: int
    text: str
    section: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One real thing named in an article, with every surface form seen."""

    key: str  # stable id slug, shared across articles for the same thing
    category: str  # core category: Actor | Policy | Behaviour | Concern
    subclass: str  # most specific class local name (may equal category)
    label: str
    aliases: tuple[str, ...]
    sentences: tuple[int, ...]
    concept: str = ""  # vocabulary concept local name, if recognised from the lexicon
    sources: tuple[str, ...] = ()  # the mention rules that found it ("frame", "ner", ...)


@dataclass(frozen=True, slots=True)
class Relation:
    """A core-predicate fact between two entities, with its evidence sentences."""

    subject: str
    predicate: str
    object: str
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article: what the rdf step needs."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    meta: dict[str, str] = field(default_factory=dict)
