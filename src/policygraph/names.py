"""Name normalisation shared by the resolver (entity keys, IRI slugs) and `eval`.

Both sides must fold names the same way, or scores would measure spelling.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my"}


def slug(text: str) -> str:
    """IRI-safe slug: ASCII letters, digits and hyphens only, never empty.

    A name with nothing to transliterate gets a digest of its text, the same
    in every process (Python's `hash` is salted per process, so IRIs minted
    from it drifted between builds).

    >>> slug("Social Credit System")
    'social-credit-system'
    >>> slug("监控")
    'x-fdc3900616980f24'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].strip("-")
    return out or "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def singular(word: str) -> str:
    """Crude English singular, good enough to merge "programs" with "program"."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def normalise_name(text: str, *, strip_words: frozenset[str] = frozenset()) -> str:
    """Lenient form of a name: case, punctuation, possessives, leading
    determiners and plurals folded. Shared by the resolver and by `eval`.

    >>> normalise_name("China's Social Credit Systems")
    'china social credit system'
    >>> normalise_name("the Western  Nations")
    'western nation'
    >>> normalise_name("Centers for Medicare & Medicaid Services")
    'center for medicare and medicaid service'
    """
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower().replace("&", " and ")
    text = re.sub(r"'s\b|'\B", "", text)
    text = re.sub(r"[^\w\s-]", " ", text).replace("-", " ")
    words = text.split()
    while words and (words[0] in _DETERMINERS or words[0] in strip_words):
        words.pop(0)
    return " ".join(singular(w) for w in words)




def initials(text: str) -> str:
    """Capital initials of a name: "Equal Credit Opportunity Act" -> "ECOA"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", text) if w[0].isupper())


def frame_words(section: str, intro: str) -> set[str]:
    """Singular words of a section heading and of the last sentence of a list
    intro: what frames the items of a list ("Key concerns include:")."""
    last = re.split(r"(?<=[.!?])\s+", intro.strip())[-1] if intro else ""
    return {singular(w) for w in re.findall(r"[a-z]+", f"{section} {last}".lower())}


def looks_like_agent_noun(word: str) -> bool:
    """English names who does something by a suffix: couriers, operators,
    chemists, applicants, residents, trustees, physicians, ferrymen,
    beneficiaries. Not "-ment" (requirements), nor a word under four letters.

    >>> [looks_like_agent_noun(w) for w in ("couriers", "operators", "residents", "budgets", "requirements", "scope")]
    [True, True, True, False, False, False]
    >>> [looks_like_agent_noun(w) for w in ("tenants", "grants", "plants", "events")]
    [True, False, False, False]
    >>> [looks_like_agent_noun(w) for w in ("guarantees", "trustees", "registers", "orders")]
    [False, True, False, False]
    """
    w = singular(word.lower())
    if len(w) < 4 or w.endswith("ment") or w in _NOT_AGENTS:
        return False
    if w.endswith(("ant", "ent")):  # "tenant", "applicant"; a shorter word is a root, not a doer ("grant", "event")
        return len(w) >= 6
    return w.endswith(("er", "or", "ist", "ee", "ian", "man", "men", "person", "people", "ary"))


#: Words that end like a doer's name but name a thing ("guarantee", "decree").
_NOT_AGENTS = frozenset({"guarantee", "decree", "degree", "pedigree", "spree", "calendar", "register", "order",
                         "number", "letter", "matter", "chapter", "center", "centre", "quarter", "summary", "boundary",
                         "dictionary"})


def kind_word(name: str) -> str:
    """The word saying what kind of thing a name is: its last word, or the
    word before its number or code ("Policy IT-27", "Order No. 7"), so that
    "this policy" and "the order" can call it back.

    >>> kind_word("Policy IT-27"), kind_word("Order No. 7"), kind_word("Clean Air Act of 1990")
    ('Policy', 'Order', 'Act')
    >>> kind_word("Regulation (EU) 2016/679"), kind_word("Consolidated Appropriations Act, 2018")
    ('Regulation', 'Act')
    """
    words = name.replace(",", " ").split()
    while len(words) > 1 and (any(c.isdigit() for c in words[-1]) or words[-1].lower() in {"no", "no.", "of"}
                              or words[-1].startswith("(") or words[-1].endswith(")")):
        words.pop()  # "Clean Air Act of 1990", "Regulation (EU) 2016/679", "Appropriations Act, 2018"
    return words[-1] if words else ""


def name_head(words: list[str]) -> str:
    """The noun a name is headed by: the last word, or the word before its
    first "of" / "for" / "on" ("Board" in "State Board of Education").

    >>> name_head("Marren State Board of Education".split()), name_head("Environment Agency".split())
    ('Board', 'Agency')
    """
    cut = next((n for n, w in enumerate(words) if n > 0 and w.lower() in {"of", "for", "on"}), len(words))
    return words[cut - 1]


#: Words for a body a state or city name stands before: "Kessler Department of Environmental Quality" is its DEQ.
_PLACED_BODIES = frozenset({"Department", "Office", "Ministry", "Board", "Bureau", "Division", "Commission", "Council"})


def initial_forms(name: str, *, placed: bool = True) -> set[str]:
    """The ways a name is written in initials: "Equal Credit Opportunity
    Act" -> ECOA; "Department of Labor" -> DL, DOL; "Department of Parks
    and Public Spaces" -> also PPS (the department's own words).

    >>> sorted(initial_forms("Department of Parks and Public Spaces"))
    ['DOPAPS', 'DPPS', 'PPS']
    >>> sorted(initial_forms("Kessler Department of Environmental Quality"))
    ['DEQ', 'DOEQ', 'KDEQ', 'KDOEQ']
    >>> "CADA" in initial_forms("Calderran Anti-Doping Authority")  # each capitalised part of a hyphenated word
    True
    """
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    forms = {"".join(w[0].upper() for w in words if w[0].isupper() or w in {"of", "and"})}
    parts = [p for w in words for p in (w.split("-") if all(p[:1].isupper() for p in w.split("-")) else [w])]
    forms.add("".join(p[0] for p in parts if p[:1].isupper()))
    if len(words) > 3 and words[0] in {"Department", "Office", "Ministry"} and words[1] == "of":
        forms.add(initials(" ".join(words[2:])))
    if placed and len(words) > 3 and words[1] in _PLACED_BODIES and words[2] in {"of", "for", "on"}:
        forms |= initial_forms(" ".join(words[1:]))  # "Kessler Department of Environmental Quality": DEQ
    # (two letters spell too much: "VA", "PA" are also states)
    return {initials(name)} | {f for f in forms if len(f) >= 3}


#: Titles whose full stop never ends a sentence: a name follows ("Dr. Lee", "Sen. Ruiz").
_TITLES_ABBREVIATED = frozenset({"dr", "mr", "mrs", "ms", "st", "sen", "rep", "gov", "hon", "gen", "lt", "col", "sgt"})
#: Words whose full stop may end an abbreviation or a sentence: a legal form, "No.", "U.S.", "e.g.".
_ABBREVIATED = frozenset({"inc", "corp", "ltd", "co", "plc", "llc", "bros", "no", "nos", "jr", "sr", "vs", "u.s", "e.g",
                          "i.e"})


def last_sentence(text: str) -> str:
    """The last sentence of a short text such as a list's intro, not cut at
    an abbreviation's full stop: "Under the permit, Brandt Minerals Inc.
    must:" is one sentence.

    >>> last_sentence("The permit was issued in May. Under it, Brandt Minerals Inc. must:")
    'Under it, Brandt Minerals Inc. must:'
    >>> last_sentence("Dr. J. Smith said so. Employers must:")
    'Employers must:'
    >>> last_sentence("The complaint names Hollis Co. Employers must:")
    'Employers must:'
    """
    pieces = re.split(r"(?<=[.!?])\s+", text.strip())
    last = pieces.pop() if pieces else ""
    while pieces:
        word = re.search(r"([\w.]+)\.$", pieces[-1])
        abbreviation = word.group(1).lower() if word else ""
        # a legal form ends a sentence before a capital ("The complaint names Hollis Co. Employers must:")
        if not (abbreviation in _TITLES_ABBREVIATED or re.fullmatch(r"[A-Z]", word.group(1) if word else "")
                or abbreviation in _ABBREVIATED and last[:1].islower()):
            break
        last = pieces.pop() + " " + last
    return last
