"""Node and relationship tables in the CSV layout of `neo4j-admin database import` (and LOAD CSV).

nodes: ``iri:ID,label,category,subclass,aliases:string[],articles:string[],:LABEL``
relationships: ``:START_ID,:END_ID,:TYPE,articles:string[],evidence:string[]``

Array cells are joined with ``|`` (import with ``--array-delimiter="|"``); a
``|`` inside a value becomes ``¦`` and a line break (CR or LF) a space, so every record
is one line (no ``--multiline-fields`` needed). `:LABEL` holds the category
and, when there is one, the subclass (``Actor;GovernmentBody``).
"""

from __future__ import annotations

import csv
import io
import re

from ..facts import GraphFacts

ARRAY = "|"
NODE_HEADER = ["iri:ID", "label", "category", "subclass", "aliases:string[]", "articles:string[]", ":LABEL"]
RELATIONSHIP_HEADER = [":START_ID", ":END_ID", ":TYPE", "articles:string[]", "evidence:string[]"]


def cell(text: str) -> str:
    """A value on one line without the array delimiter.

    >>> cell("a | b\\nc")
    'a ¦ b c'
    """
    return re.sub(r"\r\n|\r|\n", " ", text.replace(ARRAY, "\u00a6"))


def array(items) -> str:
    return ARRAY.join(cell(i) for i in items)


def _csv(header: list[str], rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def neo4j_tables(facts: GraphFacts) -> tuple[bytes, bytes]:
    """(nodes.csv, relationships.csv) of the entities and the relations between them."""
    nodes = [[e.iri, cell(e.label), e.category, e.subclass, array(e.aliases), array(e.articles),
              e.category if e.subclass == e.category else f"{e.category};{e.subclass}"]
             for e in facts.entities.values()]
    rels = []
    for (s, p, o), statements in sorted(facts.relations().items()):
        if s in facts.entities and o in facts.entities:
            evidence = dict.fromkeys(t for st in statements for t in st.evidence)
            rels.append([s, o, p, array(st.article for st in statements), array(evidence)])
    return _csv(NODE_HEADER, nodes), _csv(RELATIONSHIP_HEADER, rels)
