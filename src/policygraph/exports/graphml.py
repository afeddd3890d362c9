"""GraphML for Gephi and Cytoscape: entities as nodes, relations as edges, through networkx.

Node attributes: label, category, subclass, iri, aliases, articles; edge
attributes: label and relation (the predicate), articles, evidence. GraphML
has no list type, so lists are JSON arrays of strings in a string attribute.
"""

from __future__ import annotations

import io
import json

import networkx as nx

from ..facts import GraphFacts


def _json_list(items) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def property_graph(facts: GraphFacts) -> nx.MultiDiGraph:
    """One node per entity, one edge per (subject, relation, object) with the evidence of every article."""
    g = nx.MultiDiGraph()
    for e in facts.entities.values():
        g.add_node(e.iri, label=e.label, category=e.category, subclass=e.subclass, iri=e.iri,
                   aliases=_json_list(e.aliases), articles=_json_list(e.articles))
    for n, ((s, p, o), statements) in enumerate(sorted(facts.relations().items())):
        if s not in g or o not in g:
            continue
        evidence = list(dict.fromkeys(t for st in statements for t in st.evidence))
        g.add_edge(s, o, key=f"r{n}", label=p, relation=p, articles=_json_list(st.article for st in statements),
                   evidence=_json_list(evidence))
    return g


def graphml_bytes(facts: GraphFacts) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(property_graph(facts), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()
