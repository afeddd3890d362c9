"""One exception hierarchy, caught once by the CLI and printed as one line.

Every message says what went wrong *and* what the user can do next, so the
CLI never needs to show a traceback for a user mistake.
"""

from __future__ import annotations


class PolicygraphError(Exception):
    """Base class: anything the CLI reports as a one-line error (exit 2)."""


class IngestError(PolicygraphError):
    """An article could not be read as text (missing, empty, binary, not UTF-8, not English)."""


class OntologyError(PolicygraphError):
    """The ontology or shapes file is missing or malformed."""


class ModelError(PolicygraphError):
    """The spaCy model is not installed."""


class GraphError(PolicygraphError):
    """A graph file could not be read or written."""


class GoldError(PolicygraphError):
    """A gold file is malformed."""


class QueryError(PolicygraphError):
    """A SPARQL query is malformed, unknown, or a parameter cannot be bound."""


class EndpointError(PolicygraphError):
    """A remote SPARQL endpoint could not be reached or refused the request."""
