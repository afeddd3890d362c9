"""People named with a title, and the later references to them.

"Governor Ana Ruiz signed the act. Ruiz said ... The Governor added ...":
one person under three names. spaCy's small model often misses a name that
follows a title, so a title word (from the ontology) before a run of proper
nouns names a person; afterwards the surname alone, and "the" + that title,
refer to the same person when exactly one person in the article fits.
Hands token ranges to the mention rules and the extractor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


#: Words that qualify a title before a name ("Vice Chair", "Acting Director",
#: "Ranking Member"): part of the title, not a name or a thing of their own.
_TITLE_QUALIFIERS = frozenset({"vice", "deputy", "acting", "assistant", "associate", "chief", "ranking", "principal",
                               "senior", "executive"})


def _title_at(tok: Token, titles: frozenset[str]) -> bool:
    """A title word; "Member" is one after "Ranking" (a committee's ranking member)."""
    if tok.lower_ == "member" and tok.i > 0 and tok.doc[tok.i - 1].text == "Ranking":
        return tok.is_title
    if tok.lower_ in BARE_HONORIFICS:  # "Ms Okafor", not "MS" (a disease, a post-nominal)
        return tok.lower_ in titles and tok.is_title
    return tok.lower_ in titles and (tok.is_title or tok.is_upper)


#: Forms of address written without a full stop, as in British usage.
BARE_HONORIFICS = frozenset({"mr", "ms", "mrs", "dr"})


def _qualified_start(doc: Doc, i: int) -> int:
    """Where a title begins: back over its capitalised qualifiers."""
    while i > 0 and doc[i - 1].lower_ in _TITLE_QUALIFIERS and doc[i - 1].is_title:
        i -= 1
    return i


def titled_names(doc: Doc, titles: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges [start, end) of "Title Given Surname" runs: a title word
    followed by one to four capitalised proper nouns.

    The range includes the title and its qualifiers ("Acting Director");
    the name needs at least one word after it. A title in lower case
    ("board chair Ana Ruiz") is left out and needs a full name after it. A
    date ends a name ("Chair Ana Ruiz Tuesday said"). After a plural title
    ("Senators Ana Ruiz and Tom Lee") each name is a range of its own,
    without the title.
    """
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        plural = _plural_title_at(tok, titles)
        j = _name_after_lower_title(doc, i, titles)
        if j:
            out.append((i + 1, j))  # "Harbor Board chair Ana Ruiz": the name, without the office written as a noun
            i = j
            continue
        if not _title_at(tok, titles) and not plural:
            i += 1
            continue
        held = portfolio_end(doc, i)
        if held:  # "Minister for Climate and Trade Helena Sorby"
            out.append((_qualified_start(doc, i), held))
            i = held
            continue
        j = _name_end(doc, i + 1, titles)
        if j > i + 1 and (j >= len(doc) or doc[j].pos_ != "PROPN"):
            out.append((i + 1 if plural else _qualified_start(doc, i), j))
            i = j
            while plural and i + 1 < len(doc) and doc[i].lower_ in {"and", ","}:  # "Senators Ana Ruiz and Tom Lee"
                first = i + 2 if doc[i].text == "," and doc[i + 1].lower_ == "and" else i + 1  # ", and"
                k = _name_end(doc, first, titles)
                if k <= first + 1 or k < len(doc) and doc[k].pos_ == "PROPN":
                    break  # one word after "and" is no full name; a run still going on is a name and more
                out.append((first, k))
                i = k
        else:
            i += 1
    return out


def portfolio_end(doc: Doc, i: int) -> int:
    """Where the name ends after a title with its portfolio ("Minister for
    Health Karen Whitlock", "Minister for Climate and Trade Helena Sorby"),
    else 0. The portfolio is one capitalised word, or words joined by "and";
    the name is the two or three proper nouns after it.

    >>> from policygraph.nlp import load_model
    >>> doc = load_model()("Minister for Climate and Trade Helena Sorby defended it.")
    >>> end = portfolio_end(doc, 0); doc[name_start(doc, 0, end):end].text
    'Helena Sorby'
    """
    if i + 4 >= len(doc) or doc[i + 1].lower_ not in {"for", "of"}:
        return 0
    k = i + 2
    while k < len(doc) and doc[k].is_title and k + 2 < len(doc) and doc[k + 1].lower_ in {"and", "&"} \
            and doc[k + 2].is_title:
        k += 2  # "Climate and Trade"
    if not doc[k].is_title:
        return 0
    end = k + 1
    while end < len(doc) and end - k <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return end if end - (k + 1) >= 2 else 0


def name_start(doc: Doc, a: int, b: int) -> int:
    """Where the person's own name begins in a titled range [a, b): after a
    portfolio ("Minister for Health Karen Whitlock"), the last two words."""
    return b - 2 if a + 1 < b and doc[a + 1].lower_ in {"for", "of"} else a


def _name_after_lower_title(doc: Doc, i: int, titles: frozenset[str]) -> int:
    """Where the full name ends that a title written in lower case at `i`
    stands before ("board chair Ana Ruiz", "chief executive Tomas Brennan",
    "spokesperson Lia Park"), else 0: the office as a common noun in
    apposition, which the small model often leaves untagged. At least two
    proper nouns follow, so a title before one capitalised word ("director
    Office") names no one."""
    tok = doc[i]
    if not tok.is_lower or tok.lower_ not in titles and tok.lower_ not in _LOWER_TITLES or tok.lower_ in BARE_HONORIFICS:
        return 0
    end = _name_end(doc, i + 1, titles)
    return end if end >= i + 3 and doc[i + 1].ent_type_ in {"", "PERSON"} else 0


#: Offices written in lower case before a name ("chief executive Tomas Brennan") that are no title words:
#: capitalised before a name they are part of a body's or a role's name.
_LOWER_TITLES = frozenset({"executive", "head", "founder"})


def _name_end(doc: Doc, start: int, titles: frozenset[str]) -> int:
    """Where the run of capitalised proper nouns from `start` ends (at most
    four words); a hyphenated surname is one word ("Elena Vasquez-Read").
    A word the tagger put in a body's or place's name ends the run, unless
    that name began at the title: the tagger read "Superintendent Monica
    Hale" as one organisation, title and all."""
    j = start
    while j < len(doc) and j - start < 4 and doc[j].pos_ == "PROPN" and doc[j].is_title \
            and not _title_at(doc[j], titles) \
            and doc[j].ent_type_ not in {"DATE", "TIME"} \
            and (doc[j].ent_type_ not in {"ORG", "GPE", "LAW", "NORP"} or _tagged_with_its_title(doc, start, j)):
        j += 1
        while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN":
            j += 2
            start += 2  # the joined word counts once
    return j


def _tagged_with_its_title(doc: Doc, start: int, j: int) -> bool:
    """Whether token j is in an organisation's name that the tagger began
    at the title word just before `start`, or at "the" or a body's acronym
    before it ("ATCA Administrator Renata Osei" read as one organisation)."""
    title = start - 1
    before = doc[title - 1] if title > 0 else None
    begins = title >= 0 and doc[title].ent_type_ == "ORG" and (
        doc[title].ent_iob_ == "B" or before is not None and before.ent_iob_ == "B"
        and (before.lower_ == "the" or before.is_upper and len(before) >= 2 and before.is_alpha))
    return begins and doc[j].ent_type_ == "ORG" and all(doc[k].ent_iob_ == "I" for k in range(start, j + 1))


def _plural_title_at(tok: Token, titles: frozenset[str]) -> bool:
    """"Senators", "Representatives" before the names of several people."""
    return tok.is_title and tok.lower_.endswith("s") and tok.lower_[:-1] in titles


def surname(name: str) -> str:
    """The last word of a person's name, before any letters after it:
    "Governor Ana Ruiz" -> "Ruiz", "Deborah Okafor MP" -> "Okafor"."""
    words = _without_post_nominals(name.replace(",", " ").split())
    return words[-1] if words else ""


def title_reference(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """"the Governor" at token i: a capitalised title after "the" and not
    followed by a name or an "of" / "for" phrase that would make it another
    office ("the Minister for Culture")."""
    tok = doc[i]
    if not _title_at(tok, titles) or i == 0 or doc[i - 1].lower_ != "the":
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.pos_ == "PROPN" or nxt.lower_ in {"of", "for"})


#: Words that continue a title rather than start a name ("Attorney General",
#: "Inspector General", "Surgeon General").
TITLE_TAILS = frozenset({"general"})


def split_title(name: str, titles: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A person's name as (title words, name words): "Inspector General
    Helen R. Walker" -> (("inspector", "general"), ("Helen", "R.",
    "Walker")); "the Governor" -> (("governor",), ())."""
    words = name.replace(",", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    words = _without_post_nominals(words)  # "Deborah Okafor MP" is Okafor
    title: list[str] = []
    while words and (words[0].lower() in titles or title and words[0].lower() in TITLE_TAILS
                     or words[0].lower() in _TITLE_QUALIFIERS or title == ["ranking"] and words[0] == "Member"):
        title.append(words.pop(0).lower())
    return tuple(title), tuple(words)


#: Letters written after a person's name for a seat, a degree or an honour ("Deborah Okafor MP").
POST_NOMINALS = frozenset({"MP", "MSP", "MLA", "MPP", "MHA", "MS", "QC", "KC", "PhD", "MD", "Esq", "Jr", "Sr", "OBE",
                           "MBE", "CBE"})


def _without_post_nominals(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1].replace(".", "") in POST_NOMINALS:
        words = words[:-1]
    return words


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) <= 1


def same_person(names: list[tuple[str, str]], titles: frozenset[str]) -> dict[str, str]:
    """Which person entities are one person, as key -> key of the fullest name.

    `names` are (entity key, name as written) of the people an article
    names. Names sharing a surname are one person when they never give two
    different first names ("Ana Ruiz", "Mayor Ruiz", "Ruiz"; not "Ana Ruiz"
    and "Luis Ruiz"); a title alone ("the Inspector General") is the one
    person written with that title. Each merge is one a reader makes
    without thinking, and it is made only when exactly one person fits.
    """
    by_surname: dict[str, set[str]] = {}
    titled: dict[tuple[str, ...], set[str]] = {}
    fullest: dict[str, tuple[int, str]] = {}
    firsts: dict[str, set[str]] = {}
    bare_titles: dict[str, tuple[str, ...]] = {}
    for key, text in names:
        title, words = split_title(text, titles)
        if not words:
            if title:
                bare_titles[key] = title
            continue
        last = words[-1]
        by_surname.setdefault(last, set()).add(key)
        if len(words) >= 2 and not _is_initial(words[0]):
            firsts.setdefault(last, set()).add(words[0])
        if title:
            titled.setdefault(title, set()).add(last)
        fullest[last] = max(fullest.get(last, (0, key)), (len(words) * 10 + len(title), key))
    out: dict[str, str] = {}
    for last, keys in by_surname.items():
        if len(firsts.get(last, ())) > 1:
            continue
        target = fullest[last][1]
        out.update({k: target for k in keys if k != target})
    for key, title in bare_titles.items():
        people = titled.get(title, set())
        if len(people) == 1:
            last = next(iter(people))
            if len(firsts.get(last, ())) <= 1:
                out[key] = fullest[last][1]
    return out
