"""JSON-LD of the extracted graph, compacted with the ontology's published `@context`.

The context ships in the package (``ontology/context.jsonld``) and is inlined
in every file, so a reader needs no network. Values are written in the short
form a context term allows (a string for an IRI-typed relation, a string for
an integer-typed offset) and in the explicit ``{"@value": ...}`` form
otherwise, so expanding the file gives back exactly the graph's triples. The
ontology itself is not repeated: only triples about extracted things
(``pgid:`` subjects: entities, articles, sentences, statements).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import pyoxigraph as ox

from ..namespaces import PGID_IRI
from ..ontology import ontology_path

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@cache
def context() -> dict:
    """The `@context` object of ``ontology/context.jsonld``."""
    return json.loads(ontology_path("context.jsonld").read_text(encoding="utf-8"))["@context"]


@cache
def _tables() -> tuple[list[tuple[str, str]], dict[str, tuple[str, str | None]]]:
    """(prefixes longest first, predicate IRI -> (term, coercion)) from the context."""
    ctx = context()
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}

    def expand(value: str) -> str:
        head, _, tail = value.partition(":")
        return prefixes[head] + tail if head in prefixes else value

    terms: dict[str, tuple[str, str | None]] = {}
    for term, definition in ctx.items():
        if term in prefixes or term.startswith("@"):
            continue
        iri, coercion = (definition, None) if isinstance(definition, str) else (definition["@id"], definition.get("@type"))
        terms.setdefault(expand(iri), (term, expand(coercion) if coercion and coercion != "@id" else coercion))
    return sorted(((v, k) for k, v in prefixes.items()), key=lambda p: -len(p[0])), terms


@cache
def _sets() -> frozenset[str]:
    """Terms whose values are always written as arrays (``"@container": "@set"``)."""
    return frozenset(t for t, d in context().items() if isinstance(d, dict) and d.get("@container") == "@set")


def compact(iri: str) -> str:
    """An IRI as prefix:rest when a context prefix covers it (and the rest cannot look like an IRI)."""
    for base, prefix in _tables()[0]:
        if iri.startswith(base) and not iri[len(base):].startswith("//"):
            return f"{prefix}:{iri[len(base):]}"
    return iri


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal, coercion: str | None):
    """The short form if the term's coercion fits the value, else the explicit JSON-LD form."""
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if (coercion is None and datatype == XSD_STRING) or coercion == datatype:
            return term.value
        if datatype == XSD_STRING:
            return {"@value": term.value}
        return {"@value": term.value, "@type": compact(datatype)}
    ref = f"_:{term.value}" if isinstance(term, ox.BlankNode) else compact(term.value)
    return ref if coercion == "@id" else {"@id": ref}


def jsonld_document(quads: Iterable[ox.Quad]) -> dict:
    """One node object per extracted subject, every property in the context's terms."""
    terms = _tables()[1]
    triples = sorted({(q.subject, q.predicate, q.object) for q in quads
                      if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(PGID_IRI)},
                     key=lambda t: (t[0].value, t[1].value, str(t[2])))
    nodes: dict[str, dict] = {}
    values: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        node = nodes.setdefault(s.value, {"@id": compact(s.value)})
        if p.value == RDF_TYPE and isinstance(o, ox.NamedNode):
            node.setdefault("@type", []).append(terms[o.value][0] if o.value in terms else compact(o.value))
            continue
        term, coercion = terms.get(p.value, (compact(p.value), None))
        values[s.value][term].append(_value(o, coercion))
    sets = _sets()
    for s, props in values.items():
        for term, vals in props.items():
            nodes[s][term] = vals[0] if len(vals) == 1 and term not in sets else vals
    return {"@context": context(), "@graph": list(nodes.values())}


def jsonld_bytes(quads: Iterable[ox.Quad]) -> bytes:
    return json.dumps(jsonld_document(quads), ensure_ascii=False, indent=1).encode("utf-8")
