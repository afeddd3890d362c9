"""People named with a title, and the later references to them.

"Governor Ana Ruiz signed the act. Ruiz said ... The Governor added ...":
one person under three names. spaCy's small model often misses a name that
follows a title, so a title word (from the ontology) before a run of proper
nouns names a person; afterwards the surname alone, and "the" + that title,
refer to the same person when exactly one person in the article fits.
Hands token ranges to the mention finder and the extractor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def _title_at(tok: Token, titles: frozenset[str]) -> bool:
    return tok.lower_ in titles and (tok.is_title or tok.is_upper)


def titled_names(doc: Doc, titles: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges [start, end) of "Title Given Surname" runs: a title word
    followed by one to four capitalised proper nouns.

    The range includes the title; the name needs at least one word after it.
    """
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _title_at(tok, titles):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i <= 4 and doc[j].pos_ == "PROPN" and doc[j].is_title \
                and not _title_at(doc[j], titles) and doc[j].ent_type_ not in {"ORG", "GPE", "LAW", "NORP"}:
            j += 1
        if j > i + 1 and (j >= len(doc) or doc[j].pos_ != "PROPN"):
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def surname(name: str) -> str:
    """The last word of a person's name: "Governor Ana Ruiz" -> "Ruiz"."""
    words = name.replace(",", " ").split()
    return words[-1] if words else ""


def title_reference(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """"the Governor" at token i: a capitalised title after "the" and not
    followed by a name or an "of" phrase that would make it another office."""
    tok = doc[i]
    if not _title_at(tok, titles) or i == 0 or doc[i - 1].lower_ != "the":
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.pos_ == "PROPN" or nxt.lower_ == "of")
