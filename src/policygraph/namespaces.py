"""The stable namespaces users write queries against.

`PG` is closed, like rdflib's own `SKOS`: a misspelt term is an error at
import time instead of a silently minted new IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

PG_IRI = "https://w3id.org/policygraph/ontology#"
PGID_IRI = "https://w3id.org/policygraph/id/"
PGV_IRI = "https://w3id.org/policygraph/vocab#"

#: Extracted entities, articles and sentences.
PGID = Namespace(PGID_IRI)
#: The SKOS domain vocabulary shipped in the ontology file.
PGV = Namespace(PGV_IRI)
PROV = Namespace("http://www.w3.org/ns/prov#")


class PG(DefinedNamespace):
    """Classes and properties of ``ontology/policygraph.ttl``."""

    _NS = Namespace(PG_IRI)
    _fail = True

    # core classes and their sub-classes
    Actor: URIRef
    Policy: URIRef
    Behaviour: URIRef
    Concern: URIRef
    Person: URIRef
    Group: URIRef
    Organisation: URIRef
    Business: URIRef
    GovernmentBody: URIRef
    Country: URIRef
    Law: URIRef
    Programme: URIRef
    RatingSystem: URIRef
    Misconduct: URIRef
    GoodConduct: URIRef
    Article: URIRef
    Sentence: URIRef
    Statement: URIRef
    # relations
    relation: URIRef
    issuedBy: URIRef
    evaluates: URIRef
    rewards: URIRef
    penalizes: URIRef
    performedBy: URIRef
    raisesConcern: URIRef
    concernAbout: URIRef
    supports: URIRef
    criticizes: URIRef
    partOf: URIRef
    # provenance and metadata
    mentionedIn: URIRef
    evidence: URIRef
    inArticle: URIRef
    text: URIRef
    startOffset: URIRef
    endOffset: URIRef
    section: URIRef
    contentHash: URIRef
    sourcePath: URIRef
    extractorVersion: URIRef
    concept: URIRef
    # lexicon annotations
    category: URIRef
    headNoun: URIRef
    nameHeadNoun: URIRef
    cue: URIRef
    neutralCue: URIRef
    genericWord: URIRef
    vagueModifier: URIRef
    prohibitionCue: URIRef
    obligationCue: URIRef
    titleWord: URIRef
    markerNoun: URIRef
    contextualHead: URIRef
    relationalHead: URIRef
    harmModifier: URIRef


#: The four core categories, in the order reports list them.
CATEGORIES: tuple[str, ...] = ("Actor", "Policy", "Behaviour", "Concern")

#: Core relation names (local names in `PG`).
RELATIONS: tuple[str, ...] = (
    "issuedBy",
    "evaluates",
    "rewards",
    "penalizes",
    "performedBy",
    "raisesConcern",
    "concernAbout",
    "supports",
    "criticizes",
    "partOf",
)

#: Core category of each relation's subject and object (domain, range).
DOMAIN_RANGE: dict[str, tuple[str, str]] = {
    "issuedBy": ("Policy", "Actor"),
    "evaluates": ("Policy", "Actor"),
    "rewards": ("Policy", "Behaviour"),
    "penalizes": ("Policy", "Behaviour"),
    "performedBy": ("Behaviour", "Actor"),
    "raisesConcern": ("Actor", "Concern"),
    "concernAbout": ("Concern", "Policy"),
    "supports": ("Actor", "Policy"),
    "criticizes": ("Actor", "Policy"),
    "partOf": ("Policy", "Policy"),
}
