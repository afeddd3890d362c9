"""Load the ontology and derive the extractor's lexicon from it.

The ontology file is the single source of truth: SKOS labels become
`SpanRuler` patterns, `pg:headNoun` / `pg:cue` annotations become the
vocabulary the rules consult. No word list lives in Python code.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from .errors import OntologyError
from .namespaces import CATEGORIES, PG, PG_IRI, PGV_IRI, RELATIONS

ONTOLOGY_FILE = "policygraph.ttl"
SHAPES_FILE = "shapes.ttl"


def ontology_dir() -> Path:
    """The folder holding the ontology files: the checkout's ``ontology/``
    when running from source (it is the one being edited), else the copy
    installed as package data."""
    checkout = Path(__file__).resolve().parents[2] / "ontology"
    if (checkout / ONTOLOGY_FILE).is_file():
        return checkout
    packaged = Path(__file__).resolve().parent / "ontology"
    if (packaged / ONTOLOGY_FILE).is_file():
        return packaged
    raise OntologyError("ontology files not found; reinstall policygraph with 'pip install .'")


def ontology_path(name: str = ONTOLOGY_FILE) -> Path:
    return ontology_dir() / name


def ontology_digest() -> str:
    """Hash of the ontology file's bytes: cheap enough to check on every
    build without parsing the ontology."""
    return hashlib.sha256(ontology_path().read_bytes()).hexdigest()[:12]


@lru_cache(maxsize=1)
def load_ontology() -> Graph:
    """The parsed ontology graph (cached: it never changes during a run)."""
    path = ontology_path()
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser-specific types
        raise OntologyError(f"cannot parse {path}: {exc}".splitlines()[0]) from exc
    return graph


@dataclass(frozen=True, slots=True)
class Concept:
    """A vocabulary concept: what a lexicon match is recognised as."""

    id: str  # local name in pgv:
    subclass: str  # class local name in pg:
    category: str  # core category
    pref_label: str
    alt_labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the extractor learns from the ontology."""

    concepts: dict[str, Concept]
    head_nouns: dict[str, tuple[str, ...]]  # lemma -> classes whose phrases it heads
    frame_cues: dict[str, frozenset[str]]  # core category -> heading/frame lemmas
    relation_cues: dict[str, frozenset[str]]  # predicate -> cue lemmas
    neutral_cues: frozenset[str]
    generic: dict[str, frozenset[str]]  # core category -> words too vague to be entities
    vague_modifiers: frozenset[str]
    prohibition_cues: frozenset[str]  # "unlawful to X": X is misconduct
    obligation_cues: frozenset[str]  # "must X", "requires A to X": X is conduct A owes
    person_titles: frozenset[str]  # "Governor" in "Governor Ana Ruiz", "the Governor"
    concern_markers: frozenset[str]  # "constitutional concerns": a concern once modified
    contextual_heads: frozenset[str]  # concern heads that need a concern frame
    relational_heads: dict[str, frozenset[str]]  # category -> heads taking their complement
    harm_modifiers: frozenset[str]  # adjectives that make a noun name a harm ("high costs")
    core_of: dict[str, str]  # class local name -> core category
    name_heads: dict[str, tuple[str, ...]]  # word -> classes it marks as a capitalised name's last word
    version: str  # hash of the ontology file: part of the extractor version

    def core(self, cls: str) -> str:
        return self.core_of.get(cls, cls)

    def is_generic(self, word: str) -> bool:
        return any(word in words for words in self.generic.values())

    def cue_predicates(self, lemma: str) -> list[str]:
        return [p for p, lemmas in self.relation_cues.items() if lemma in lemmas]


def _local(term: URIRef, base: str) -> str:
    text = str(term)
    return text[len(base):] if text.startswith(base) else ""


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Build the lexicon from the ontology's SKOS labels and annotations."""
    g = load_ontology()
    core_of: dict[str, str] = {c: c for c in CATEGORIES}
    for cls, parent in g.subject_objects(RDFS.subClassOf):
        child, par = _local(cls, PG_IRI), _local(parent, PG_IRI)
        if child and par in CATEGORIES:
            core_of[child] = par

    concepts: dict[str, Concept] = {}
    for concept, cls in g.subject_objects(PG.category):
        cid, sub = _local(concept, PGV_IRI), _local(cls, PG_IRI)
        if not cid or sub not in core_of:
            raise OntologyError(f"vocabulary concept {concept} has unknown pg:category {cls}")
        pref = g.value(concept, SKOS.prefLabel)
        if pref is None:
            raise OntologyError(f"vocabulary concept {concept} has no skos:prefLabel")
        alts = tuple(sorted(str(a) for a in g.objects(concept, SKOS.altLabel)))
        concepts[cid] = Concept(cid, sub, core_of[sub], str(pref), alts)

    head_nouns: dict[str, set[str]] = {}
    for cls, word in g.subject_objects(PG.headNoun):
        head_nouns.setdefault(str(word).lower(), set()).add(_local(cls, PG_IRI))
    name_heads: dict[str, set[str]] = {}
    for cls, word in g.subject_objects(PG.nameHeadNoun):
        name_heads.setdefault(str(word).lower(), set()).add(_local(cls, PG_IRI))

    frame_cues: dict[str, set[str]] = {}
    relation_cues: dict[str, set[str]] = {r: set() for r in RELATIONS}
    for term, word in g.subject_objects(PG.cue):
        name = _local(term, PG_IRI)
        if name in relation_cues:
            relation_cues[name].add(str(word).lower())
        elif name in core_of:
            frame_cues.setdefault(core_of[name], set()).add(str(word).lower())
    neutral = frozenset(str(w).lower() for w in g.objects(None, PG.neutralCue))
    generic: dict[str, set[str]] = {}
    for cls, word in g.subject_objects(PG.genericWord):
        generic.setdefault(core_of.get(_local(cls, PG_IRI), ""), set()).add(str(word).lower())

    vague = frozenset(str(w).lower() for w in g.objects(None, PG.vagueModifier))
    contextual = frozenset(str(w).lower() for w in g.objects(None, PG.contextualHead))
    relational: dict[str, set[str]] = {}
    for cls, word in g.subject_objects(PG.relationalHead):
        relational.setdefault(core_of.get(_local(cls, PG_IRI), ""), set()).add(str(word).lower())

    digest = ontology_digest()
    return Lexicon(
        concepts=concepts,
        head_nouns={k: tuple(sorted(v)) for k, v in head_nouns.items()},
        frame_cues={k: frozenset(v) for k, v in frame_cues.items()},
        relation_cues={k: frozenset(v) for k, v in relation_cues.items()},
        neutral_cues=neutral,
        generic={k: frozenset(v) for k, v in generic.items()},
        vague_modifiers=vague,
        prohibition_cues=frozenset(str(w).lower() for w in g.objects(None, PG.prohibitionCue)),
        obligation_cues=frozenset(str(w).lower() for w in g.objects(None, PG.obligationCue)),
        person_titles=frozenset(str(w).lower() for w in g.objects(None, PG.titleWord)),
        concern_markers=frozenset(str(w).lower() for w in g.objects(None, PG.markerNoun)),
        contextual_heads=contextual,
        relational_heads={k: frozenset(v) for k, v in relational.items()},
        harm_modifiers=frozenset(str(w).lower() for w in g.objects(None, PG.harmModifier)),
        core_of=core_of,
        name_heads={k: tuple(sorted(v)) for k, v in name_heads.items()},
        version=digest,
    )
