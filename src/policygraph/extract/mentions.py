"""Find mentions of actors, policies, behaviours and concerns in parsed text.

Sources, strongest first: the ontology lexicon (SpanRuler), defined acronyms
and quoted titles, list labels framed by their section ("Criticisms and
Concerns"), gerund phrases of conduct, items enumerated after "such as" /
"like" / "including", noun phrases whose head noun the ontology knows, and
named entities. Each source is a rule: a function of a `Finding` (the
vocabulary, the article's acronyms, the segment's noun chunks) and the
parsed segment, with table tests of its own; `find_mentions` runs them all
and hands `Mention`s to the resolver.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..ingest import capitals_heading
from ..names import frame_words, last_sentence, looks_like_agent_noun, name_head, singular
from ..nlp import AGE_WORD, LEXICON_KEY, SUSPENDED_NUMBER, text_of, verb_base
from ..ontology import Lexicon
from ..records import Block
from .frames import (INTENSIFYING_VERBS, RUNNING_VERBS, SANCTIONING_VERBS, Duty, EASED, HURTING_VERBS,
                     OBEYING_VERBS, OFFENCE_NOUNS, QUOTES, asked, boundary_prefixes, concern_phrases, conduct_phrase,
                     costly_outcomes, denied_above, duties, foreseen_outcomes, generic_act, harm_phrases,
                     heading_doer, imperative_duty, in_breach_of, in_hyphenated_word, intro_duty, is_worried,
                     item_duty, judged_harms, list_intro_doers, names_an_act, names_conduct, outcome_verb,
                     phrase_variants, pobjs, policy_lacks, policy_targets, reach_judged, risks_read_as_noun,
                     shared_object_phrase, unrealised, up_to_gap, with_lemmas, with_words)
from .people import BARE_HONORIFICS, name_start, title_reference, titled_names

#: How much each source is trusted when mentions overlap or disagree on class.
PRIORITY = {"owing": 4, "covered": 4, "office": 2, "number": 2, "repeat": 0, "slot": 2, "described": 2, "doer": 2, "required": 2, "voice": 2, "signature": 6, "person": 5, "named": 5, "frame": 5, "lexicon": 6, "title": 7, "coalition": 7, "acronym": 8, "label": 6, "gerund": 4, "enum": 3, "head": 3, "ner": 1}

#: Entity types of a count and its unit that set a rule's measure ("14-hour", "25-cent", "5 percent").
_MEASURES = frozenset({"TIME", "MONEY", "PERCENT", "QUANTITY"})
#: Charges known by their amount ("a 25-cent levy"); an amount before another kind of policy is its budget ("a $2
#: billion housing plan").
_CHARGE_WORDS = frozenset({"levy", "tax", "fee", "charge", "surcharge", "tariff", "toll", "fine", "cap"})
_DROP_DEPS = {"meta", "det", "predet", "case", "punct", "nummod", "quantmod", "cc", "preconj", "neg"}
_ENUM_PREPS = {"like", "as", "including", "include"}
_NER_CLASSES = {"GPE": "Country", "LOC": "Country", "PERSON": "Person", "LAW": "Law", "ORG": "Organisation"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")
#: How legislatures number bills and enacted laws: "H.R. 4410", "S. 2071",
#: "H.Res. 12", "P.L. 112-58", "Pub. L. No. 111-203", "Public Law 104-191".
#: A state legislature's bill by its number: "Senate Bill 412", "Assembly Bill 5", "SB 412", "H.B. 1234".
STATE_BILL_NUMBER = re.compile(r"\b(?:(?:Senate|House|Assembly)\s+Bill(?:\s+No\.)?|[SHA]\.?B\.?)\s?\d{1,5}\b")
LEGISLATION_NUMBER = re.compile(
    r"\b(?:H\.\s?R\.|H\.\s?Res\.|S\.\s?Res\.|H\.\s?J\.\s?Res\.|S\.\s?J\.\s?Res\.|S\.|P\.\s?L\.|Pub\.\s?L\.(?:\s?No\.)?|Public\s+Law)"
    r"\s?\d{1,5}(?:-\d{1,4})?\b|" + STATE_BILL_NUMBER.pattern)
#: A heading that numbers a division of a code or act and titles it: "Part 412 - Mooring Safety Standards".
DIVISION_HEADING = re.compile(
    r"\s*(?:Part|Subpart|Chapter|Title|Article|Section|§)\s*(?:\d[\w.]*|[IVXLC]+|[A-Z])\s*[-\u2013\u2014:]\s*\w")
#: How codes cite a regulation or statute by title and part: "29 CFR Part 570",
#: "29 C.F.R. 570.52", "42 U.S.C. 1983".
CODE_CITATION = re.compile(r"\b\d{1,2}\s(?:CFR|C\.F\.R\.|U\.S\.C\.|USC)\s(?:Part\s|§\s?|Section\s)?\d{1,5}(?:\.\d{1,4})?\b")


@dataclass(slots=True)
class Segment:
    """A piece of a block parsed on its own: heading, list label or body."""

    text: str
    offset: int  # char offset of text[0] in the article text
    role: str  # "heading" | "label" | "body" | "signature" (a line under a letter's sign-off)
    block: Block
    frame: str = ""  # "Concern" / "Behaviour" when the section or intro frames its items


def _determiner_in_name(doc: Doc, kept: list[int]) -> bool:
    """"the Every Day Counts program", 'the District's "No Excuses" plan':
    a determiner written with a capital inside a sentence, after "the", a
    possessive or a quotation mark and before another capitalised word,
    is the first word of a name."""
    first = doc[kept[0]]
    return len(kept) > 1 and first.lower_ in {"every", "no", "each", "all", "any"} and first.is_title \
        and not first.is_sent_start and doc[kept[1]].is_title and first.i > 0 \
        and doc[first.i - 1].lower_ in {"the", "'s", "\u2019s", '"', "\u201c"}


#: Adverbs that point or limit rather than describe ("only", "also"): no part of a class of people or things.
_FOCUSING_ADVERBS = frozenset({"only", "also", "even", "just", "still", "already", "especially", "particularly",
                               "mainly", "mostly", "primarily", "generally", "usually", "typically", "largely",
                               "currently", "potentially", "certainly", "possibly", "probably", "actually", "really",
                               "so", "too", "now", "then", "however", "otherwise", "likewise", "similarly", "further"})


#: Acts cited with their maker's code in brackets before the number: "Regulation (EU) 2016/679",
#: "Directive (EU) 2019/790", "Decision (CFSP) 2022/266".
_CODED_ACTS = frozenset({"regulation", "directive", "decision"})
_MAKER_CODE_BEFORE_NUMBER = re.compile(r"\(\s?[A-Z]{2,5}\s?\)\s?\d[\d/.-]*")


def degree_adverb(doc: Doc, kept: list[int]) -> bool:
    """Whether the phrase opens with an adverb that says how far, or in
    what way, the adjective after it holds: "Newly hired employees", "Highly skilled
    workers", "Very large online platforms" are those classes, so the
    adverb is part of the name. Not an adverb that points or limits ("only
    registered voters", "also large firms"), nor one on the noun itself.

    >>> from policygraph.nlp import load_model
    >>> nlp = load_model()
    >>> degree_adverb(nlp("Newly hired employees must train."), [0, 1, 2])
    True
    >>> degree_adverb(nlp("Only registered voters may vote."), [0, 1, 2])
    False
    """
    if len(kept) < 3:
        return False
    adverb, modifier = doc[kept[0]], doc[kept[1]]
    return adverb.pos_ == "ADV" and adverb.dep_ == "advmod" and adverb.head.i == modifier.i \
        and kept[1] == kept[0] + 1 and modifier.tag_ in {"JJ", "JJR", "JJS", "VBN", "VBG"} \
        and modifier.dep_ in {"amod", "compound"} and adverb.lower_ not in _FOCUSING_ADVERBS \
        and (adverb.lower_.endswith("ly") or adverb.lower_ in {"very", "most", "least", "well", "less", "more"})


def _sum_before_name(doc: Doc, kept: list[int]) -> bool:
    """"a £15 million Attendance Improvement Fund", "a $200,000 Clean
    Streets program", "a $6 million grant program": a sum in millions, or
    in tens of thousands before a capitalised name, before a policy that is
    no charge says how big it is (its budget); it is no part of its name.
    A charge is known by its amount ("the £2 Bus Fare Cap", "a $25 fee"),
    and a small sum is what each gets or pays ("a $1 fare program")."""
    first = doc[kept[0]]
    if len(kept) < 2 or not (first.tag_ == "$" or first.ent_type_ == "MONEY" and first.like_num):
        return False  # (the common case, on every trim: one word looked at)
    if doc[kept[-1]].ent_type_ == "MONEY" or doc[kept[-1]].lemma_.lower() in _CHARGE_WORDS:
        return False
    scaled = any(doc[i].lower_ in _SCALE_WORDS for i in kept[:4])  # ("the £2 Bus Fare Cap": the sum is its name)
    # ("a $1 fare program", "a $1,000 signing bonus program": a small sum is what each gets or pays)
    large = any(re.fullmatch(r"\d{2,3}(?:,\d{3})+|\d{1,3}(?:,\d{3}){2,}|\d{5,}", doc[i].text) for i in kept[:3])
    return scaled or large and any(doc[i].is_title for i in kept[1:])


#: Words that scale a sum: a budget's size, never a name's amount.
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "m", "bn"})
#: Posts whose holder's office is named after them: "the U.S. Attorney's Office", "the Governor's Office".
_POSTS_WITH_OFFICES = frozenset({"attorney", "general", "governor", "mayor", "sheriff", "comptroller", "controller",
                                 "auditor", "treasurer", "prosecutor", "clerk", "assessor", "coroner", "marshal",
                                 "commissioner", "ombudsman", "registrar", "superintendent", "speaker"})


@dataclass(slots=True)
class Mention:
    """A span of tokens recognised as one of the categories."""

    tokens: tuple[int, ...]  # token indices in the segment's doc, sorted
    text: str
    cls: str  # ontology class local name ("" = take the entity's class)
    source: str
    concept: str = ""
    key: str = ""  # filled by the resolver
    sentence: int = -1  # filled by the extractor
    head: int = -1  # token index of the syntactic head
    shared: tuple[int, ...] = ()  # tokens other mentions may also use ("paying" in "paying bills, loans")
    variants: tuple[str, ...] = ()  # other names the text gives the same thing (`frames.phrase_variants`)

    @property
    def priority(self) -> int:
        return PRIORITY[self.source]


def _run_around(doc: Doc, tokens: list[int], head: int) -> list[int]:
    """The unbroken run of `tokens` that holds `head` (all of them if `head`
    is not among them), bridging only quotation marks left out ('its "Free
    Mooring" plan'): "Open Harbor the Harbor bans", picked from a misparsed
    sentence, is "bans"."""
    if head not in tokens:
        return tokens

    def joined(a: int, b: int) -> bool:
        return all(doc[k].text in _QUOTE_MARKS for k in range(a + 1, b))

    i = j = tokens.index(head)
    while i > 0 and joined(tokens[i - 1], tokens[i]):
        i -= 1
    while j + 1 < len(tokens) and joined(tokens[j], tokens[j + 1]):
        j += 1
    return tokens[i : j + 1]


_QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


#: Words for a stage of a policy's making, never part of its name: "the proposed Harbor Rule", "the final rule".
STAGE_WORDS = frozenset({"proposed", "final", "draft", "interim", "amended", "revised", "updated"})


def span_text(doc: Doc, tokens: tuple[int, ...]) -> str:
    """Surface text of possibly non-contiguous tokens ("paying loans")."""
    parts = []
    for n, i in enumerate(tokens):
        tok = doc[i]
        parts.append(tok.text)
        if n + 1 < len(tokens):
            nxt = tokens[n + 1]
            parts.append(tok.whitespace_ if nxt == i + 1 else " ")
    return " ".join("".join(parts).split())  # a line break or indent inside a wrapped name is one space


def variant_texts(doc: Doc, head: int, text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The other names the sentence gives the conduct or worry headed at
    `head`; never the name of whom it is done to ("notify the Harbour
    Board" is not called "Harbour Board")."""
    denied = any(c.dep_ == "neg" or c.lower_ in {"not", "never", "n't"} for c in doc[head].children if c.i < head)
    if denied and not text.lower().startswith(doc[head].lower_):
        return ()  # "do not register their boats": the act alone is the opposite conduct, never its name
    texts = dict.fromkeys(span_text(doc, span) for span in phrase_variants(doc[head])
                          if head in span or not _names_a_party(doc, span, lexicon))
    texts.pop(text, None)
    return tuple(texts)


def _names_a_party(doc: Doc, span: tuple[int, ...], lexicon: Lexicon) -> bool:
    """Whether a span without the act's verb is a noun phrase naming
    someone: a name, or a noun for people."""
    roots = [doc[i] for i in span if doc[i].head.i not in span or doc[i].head.i == doc[i].i]
    return any(r.pos_ == "PROPN" or r.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
               or names_someone(r, lexicon) for r in roots)


#: Sizes that narrow a class of actors: "small landlords", "large employers".
SIZES = frozenset({"small", "large", "smaller", "larger"})


#: Prepositions whose phrase narrows a class of actors or a policy
#: ("tenants with children", "owners of small buildings",
#: "upgrades to the Green Label scheme", "a directive from the Office").
_QUALIFYING_PREPS = {"with", "of", "in", "to", "from", "for", "on", "under"}
_MAX_QUALIFIED = 12


def _count(tok: Token) -> bool:
    """"32 million taxpayers", "3,000 employers": a count before a noun of
    people is no part of their name (a year or a name's number is not one)."""
    return tok.tag_ == "CD" and tok.dep_ in {"compound", "nummod", "quantmod"} and tok.ent_type_ in {"CARDINAL", ""} \
        and not _YEAR.fullmatch(tok.text) and tok.head.pos_ in {"NOUN", "NUM"} and tok.head.is_lower


def number_in_name(doc: Doc, kept: list[int]) -> bool:
    """"the 10-Year Plan", "the 5G Deployment Act", "the 21st Century Cures
    Act", "the 3-1-1 Service Program": a number written onto the capitalised
    words after it (no space between, or a figure's ordinal) is the name's
    first word, not a count or a date before it ("3,000 Employers", "the
    first Climate Plan" and "a five-year plan" are not)."""
    if len(kept) < 2 or not doc[kept[0]].text[:1].isdigit() or not doc[kept[-1]].is_title:
        return False
    first = doc[kept[0]]
    written_on = not first.whitespace_ and kept[1] == first.i + 1
    figure_ordinal = re.fullmatch(r"\d+(st|nd|rd|th)", first.lower_) is not None
    rest = [doc[i] for i in kept[1:]]
    return (written_on or figure_ordinal) and all(
        t.is_title or t.is_upper or t.like_num or t.text == "-" or t.is_stop and t.is_lower for t in rest) \
        and (rest[0].is_title or rest[0].is_upper or rest[0].like_num or rest[0].text == "-")


def _is_coordinated_name(doc: Doc, tokens: list[int]) -> bool:
    """"of Parks and Recreation", "of Roads, Bridges and Tunnels": a
    complement whose words are all capitalised, joined by "and" or commas,
    belongs to one name. "of Labour and the HSE" names two bodies."""
    words = [doc[i] for i in tokens]
    if not any(w.lower_ in {"and", "&"} for w in words) or not words[-1].is_title:  # "Medicare & Medicaid"
        return False
    for n, w in enumerate(words):
        if not (w.is_title or w.like_num or w.lower_ in {"and", "of", "for", "on", "the", "&", ","}):
            return False
        if w.lower_ == "the" and n and words[n - 1].lower_ in {"and", ","}:
            return False
    return True


def qualified_names(doc: Doc, root: Token, toks: list[int]) -> list[str]:
    """The noun phrase with the prepositional phrase that narrows it, as the
    article writes it, whole and cut before each final phrase ("the cost of
    pouches for rural districts", "the cost of pouches"): other names for
    the same actor, policy or worry."""
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in _QUALIFYING_PREPS and c.i > root.i), None)
    if prep is None or toks[-1] >= prep.i:
        return []
    if any(o.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"} for o in prep.children if o.dep_ == "pobj"):
        return []  # "civil penalties under the Clean Air Act of more than $120,000": an amount, no narrower name
    end = prep.right_edge.i
    while end > prep.i and doc[end].is_punct:
        end -= 1
    span = tuple(range(toks[0], end + 1))
    if any(doc[i].is_sent_start for i in span[1:]):
        return []
    shorter = [cut for cut in boundary_prefixes(doc, span, root) if cut and cut[-1] > toks[-1]]
    return [span_text(doc, s) for s in [span, *shorter] if len(s) <= _MAX_QUALIFIED]


def choose_class(classes: tuple[str, ...], lexicon: Lexicon, prefer: str = "") -> str:
    """Pick one class for an ambiguous head noun: the frame's category first,
    then actors, policies, concerns, behaviours."""
    if not classes:
        return ""
    order = [prefer] if prefer else []
    order += ["Actor", "Policy", "Concern", "Behaviour"]
    for cat in order:
        for cls in sorted(classes, key=lambda c: (c in {"Actor", "Policy", "Concern", "Behaviour"}, c)):
            if lexicon.core(cls) == cat:
                return cls
    return classes[0]


_TITLING = {",", ":", "titled", "entitled", "called", "named"}
#: A year or fiscal year that opens a policy's name: "2018", "FY2024".
_YEAR = re.compile(r"(?:FY\s?)?(?:19|20)\d\d")


def cites_a_code(doc: Doc, i: int) -> bool:
    """Whether token i is a code's abbreviation between a title number and a
    section number: "Proposed Rules 14 FAC 8.300", "40 CFR 141" (a rule's
    name goes on through its citation).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> cites_a_code(nlp("Proposed Rules 14 FAC 8.300"), 3), cites_a_code(nlp("Rule 14 FAC members"), 2)
    (True, False)
    """
    return 0 < i < len(doc) - 1 and doc[i - 1].like_num and _CODE_ABBREVIATION.fullmatch(doc[i].text) is not None \
        and doc[i + 1].text[:1].isdigit()


#: A code's abbreviation in a citation: "CFR", "C.F.R.", "U.S.C.", "FAC".
_CODE_ABBREVIATION = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,4}")
#: What follows a policy noun as its number or code: "88", "2031-07", "B", "III", "M-20-32".
_CODE = re.compile(r"\d[\w./-]*(?:\(\w{1,4}\)?)*|[A-Z]|[IVX]+|[A-Z]{1,3}-\d[\w-]*")
#: A part's number as one token, a subsection's bracket left open by the tokenizer: "226", "212(c", "III".
_PART_CODE = re.compile(r"\d+[A-Za-z]?(?:\(\w{1,3}\)?)*|[IVXLC]+")
#: Words that name a numbered part of a law: "Title III", "Section 226", "Part B".
_PART_WORDS = {"title", "section", "part", "chapter", "subtitle", "subsection", "division", "article", "appendix", "subpart",
               "annex", "paragraph"}
#: Part words that number a part of a law in lower case too ("proposed section 43C", "under section 12"); "part 2"
#: or "chapter 3" in lower case is as often a part of the article itself.
_LOWER_PARTS = frozenset({"section", "subsection"})


def titled_noun(doc: Doc, quote: int) -> Token | None:
    """The common noun a quoted title names: "a final rule, "...", "guidance
    titled "..."", "the memo "..."" (quote = index of the opening quote)."""
    i = quote - 1
    while i >= 0 and quote - i <= 2 and doc[i].lower_ in _TITLING:
        i -= 1
    if i < 0 or doc[i].pos_ != "NOUN" or not doc[i].is_lower:
        return None
    return doc[i]


#: Lower-case words a capitalised name may hold between its words
#: ("Keep Dark Money Out of Schools Act", "Tax Cuts and Jobs Act").
_NAME_LINKS = frozenset({"of", "for", "in", "on", "to", "and", "from", "with", "against", "by", "at", "the", "a"})


#: Words that go on a policy's name after its head, where the parse may hang them elsewhere
#: ("Guidelines on AI in Teaching and Research", "Policy on Staff Use of Generative AI Tools").
_TAIL_OPENERS = frozenset({"on", "of", "for"})
_TAIL_LINKS = frozenset({"on", "of", "for", "in", "and"})


def titled_tail(doc: Doc, head: int) -> list[int]:
    """The capitalised words that continue a policy's name after its head
    noun through "on" / "of" / "for" (and then "in", "and"), ending on a
    capitalised word: the title a reader sees, whatever the parse hung them
    on. [] when none follows ("the Rule on Monday"). A title stops before
    "and the" (another name follows: "the Guidelines on Dock Safety and the
    Mooring Fee Rule") and before "in" a place or "in the" ("the Policy on
    Remote Work in New York")."""
    tail: list[int] = []
    i = head + 1
    while i + 1 < len(doc):
        link, word = doc[i], doc[i + 1]
        allowed = _TAIL_OPENERS if not tail else _TAIL_LINKS
        if link.lower_ not in allowed:
            break
        place = doc[i + 2] if word.pos_ == "DET" and i + 2 < len(doc) else word
        if link.lower_ == "and" and word.pos_ == "DET" or link.lower_ == "in" and place.ent_type_ in {"GPE", "LOC", "FAC"}:
            break  # "... on Dock Safety and the Mooring Fee Rule", "... on Remote Work in New York"
        run = [i]
        j = i + 1
        while j < len(doc) and doc[j].lower_ in {"the", "a", "an"}:  # "Guidelines for the Inspection of a ..."
            run.append(j)
            j += 1
        if j >= len(doc) or not _name_word(doc[j]) or doc[j].ent_type_ in {"DATE", "TIME"}:
            break
        while j < len(doc) and _name_word(doc[j]) and doc[j].ent_type_ not in {"DATE", "TIME"}:
            run.append(j)
            j += 1
            # "Regulation on Deforestation-free Products": a lower-case word joined by a hyphen, then the name goes on
            if j + 2 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and doc[j + 1].is_lower and doc[j + 1].is_alpha and _name_word(doc[j + 2]):
                run += [j, j + 1]
                j += 2
        tail += run
        i = j
    return tail


def capitalised(tok: Token) -> bool:
    """Whether a word is written as a name's: "Harbor", "EPA", and a name
    joined from capitalised words ("HomeStart", "TideMark", "CalFresh"),
    which is neither title case nor upper case (not "PhD", "CEOs", "EVs").

    >>> import spacy
    >>> [capitalised(t) for t in spacy.blank("en")("Harbor EPA HomeStart eBay harbor PhD CEOs")]
    [True, True, True, False, False, False, False]
    """
    return tok.is_title or tok.is_upper or bool(_JOINED_NAME.fullmatch(tok.text))


#: A name joined from capitalised words: "HomeStart", "BlackRock", "CalFresh".
_JOINED_NAME = re.compile(r"(?:[A-Z][a-z]+){2,}")


def hyphenated_modifier(doc: Doc, toks: list[int]) -> list[int]:
    """The hyphenated word right before a phrase that the parse left out of
    it ("the rule's ability-to-repay requirement", "a pay-as-you-go plan":
    the parser may hang "ability" and "to" apart), as its tokens; [] when
    the word before is none, is already in the phrase, counts ("five-year")
    or comes before a name ("a well-known Harbor Rule").

    >>> import spacy
    >>> doc = spacy.blank("en")("the ability-to-repay requirement")
    >>> [doc[i].text for i in hyphenated_modifier(doc, [6])]
    ['ability', '-', 'to', '-', 'repay']
    >>> hyphenated_modifier(doc, [1, 2, 3, 4, 5, 6]), hyphenated_modifier(spacy.blank("en")("the new rule"), [2])
    ([], [])
    """
    end = toks[0] - 1
    if end < 2 or not doc[end].whitespace_ or doc[end - 1].text != "-" or doc[end - 1].whitespace_ \
            or doc[end - 2].whitespace_:
        return []
    start = end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    words = [doc[i] for i in range(start, end + 1, 2)]
    # (a length of time is no part of a name: "a five-year agreement", `Finding.trim`)
    return list(range(start, end + 1)) if start < end and end - start <= 8 and not any(
        w.like_num for w in words) and doc[toks[0]].is_lower else []


def _name_word(tok: Token) -> bool:
    """A capitalised word a name can hold: not a sentence's opening word
    unless the tagger calls it a name ("The", "Under", "Pursuant"), nor a
    determiner."""
    return tok.is_alpha and capitalised(tok) and not (tok.is_sent_start and tok.pos_ != "PROPN") \
        and tok.pos_ != "DET"


def _name_run_start(doc: Doc, end: int) -> int:
    """Where the run of capitalised name words that ends at `end` begins
    ("Ridgeland Power" before "& Light Company")."""
    start = end
    while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN" and end - start < 5:
        start -= 1
    return start


def opens_a_for_name(tok: Token) -> bool:
    """A sentence's capitalised first word that a capitalised "for" phrase
    continues ("Parents for Safe Schools supports the ban", "Airlines for
    America said ..."): the first word of a group's name, not a class of
    people, though a sentence's first word is capitalised anyway.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Parents for Safe Schools supports it.")
    >>> doc[0].is_sent_start = True
    >>> opens_a_for_name(doc[0]), opens_a_for_name(nlp("Parents for years opposed it.")[0])
    (True, False)
    """
    doc = tok.doc
    return tok.is_title and tok.is_sent_start and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "for" \
        and _name_word(doc[tok.i + 2]) and doc[tok.i + 2].ent_type_ not in {"ORG", "PERSON"}
    # ("Lawyers for Meta argued": lawyers acting for a company the tagger knows, no group's name)


def headline_sentence(tok: Token) -> bool:
    """A sentence in headline case ("Immediately Add Privacy Safeguards to
    the Program"): its capitals mark no names."""
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.is_title or t.is_upper for t in words)


def _plural_possessive(tok: Token) -> bool:
    """The apostrophe of "Workers' Compensation Act": a plural possessive
    inside a name is part of it, unlike "'s", which marks an owner ("the
    Commission's Safeguards Rule")."""
    return tok.text in {"'", "\u2019"} and tok.i > 0 and tok.doc[tok.i - 1].lower_.endswith("s") \
        and not tok.doc[tok.i - 1].whitespace_


def proper_name_start(doc: Doc, start: int, head_kind: Callable[[Token], str] = lambda _t: "") -> int:
    """Where a capitalised name whose words begin at `start` really begins,
    across the lower-case links, hyphens and commas that titles of laws
    and programmes keep: "the Keep Dark Money Out of Schools Act", "the
    Harbor Aid, Relief, and Boater Security Act", "Dodd-Frank ...
    Act". A link needs a capitalised word before it. The name ends at
    "of the" / "of a" / "and the" ("Title III of the Clean Boats Act" is a part), at "of"
    after a numbered part ("Appendix C of Regulation B"), at
    "and" after a whole name or acronym ("ECOA and Regulation B" are two),
    at "of" / "for" after a word that heads a body's name ("State Office for
    Boat Regulation" is a body; `head_kind` says which core category a word
    heads), and at a comma that no "and" of a list follows ("Clean Boats
    Act, Section 12" is a section of the act)."""
    if headline_sentence(doc[start]):
        return start
    begin = i = start
    listed = False  # an "and" of a list follows: "Aid, Relief, and Economic Security"
    while i > 0 and start - i < 24:
        j = i - 1
        while j >= 0 and i - j <= 3 and (doc[j].text in {",", "-", "&"} or doc[j].lower_ in _NAME_LINKS and doc[j].is_lower
                                          or _plural_possessive(doc[j])):
            j -= 1
        links = [t.lower_ for t in doc[j + 1 : i]]
        listed = listed or "and" in links
        article_after = links[-1:] in (["the"], ["a"]) and links[:1] not in (["for"], ["to"], ["in"], ["on"])
        if j < 0 or not _name_word(doc[j]) or article_after:  # "of the", "and the": another name begins
            break
        if "-" in links and doc[j].whitespace_ or "," in links and not listed:
            break  # "Dodd-Frank" holds its hyphen; a comma holds only a list
        if "and" in links and (doc[j].is_upper or head_kind(doc[j])):
            break
        if {"of", "for"} & set(links) and head_kind(doc[j]) == "Actor":
            break
        if links == ["of"] and j >= 1 and doc[j - 1].lower_ in _PART_WORDS:
            break  # "Appendix C of Regulation B": a numbered part of the law, named apart
        begin = i = j
    return begin


def names_someone(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names someone: an actor class of the vocabulary, or
    a word English forms for who does something ("farmers", "tenants")."""
    own = head_classes(tok, lexicon)
    if own:
        return any(lexicon.core(c) == "Actor" for c in own)
    return tok.pos_ == "NOUN" and ((tok.tag_ == "NNS" or each_of_a_class(tok)) and looks_like_agent_noun(tok.lower_)
                                   or tok.lower_ in COLLECTIVE_PEOPLE)


def each_of_a_class(tok: Token) -> bool:
    """"Every player must ...", "each visitor shall ...": a singular noun
    counted by "every", "each" or "any" stands for each of a class, as its
    plural does."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"every", "each", "any"} for c in tok.children)


#: Verbs of what a text or thing says, holds or measures: "plans must include targets", "the fee must not
#: exceed $50" bind no one.
_CONTENT_VERBS = frozenset({"list", "show", "include", "contain", "state", "describe", "indicate", "specify",
                            "reflect", "be", "remain", "exceed", "mention", "name"})


def institutions_owing(tok: Token, own: tuple[str, ...], lexicon: Lexicon) -> bool:
    """"Covered systems must replace ...", "each water system shall
    develop ...", "health plans must cover ...": a class of systems or plans
    that owes a duty is a class of organisations running them, not a
    policy (one named policy, "the scheme", owes nothing)."""
    quantified = tok.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in {"each", "every", "a", "an", "any", "no"}
                                          for c in tok.children)
    lower = tok.is_lower or tok.is_sent_start and tok.text[1:].islower()  # "Systems must not ..." opens its sentence
    # "climate plans must include targets": what a text says (but "a system that fails to meet the rate is subject
    # to penalties" is said of bodies, by what they do)
    said = tok.head.lemma_.lower() in _CONTENT_VERBS and not any(
        c.dep_ == "relcl" and c.pos_ == "VERB" and c.lemma_.lower() not in _CONTENT_VERBS for c in tok.children)
    return tok.lemma_.lower() in _INSTITUTION_HEADS and quantified and lower and not said \
        and all(lexicon.core(c) == "Policy" for c in own)


def institutions_listed(doer: str) -> bool:
    """"Community water systems must:" above a list of duties: a class of
    systems named in a list intro is a class of bodies running them (as
    `institutions_owing` reads it in a sentence); "Any such plan must:" is
    one plan, whose design the items state.

    >>> institutions_listed("community water systems"), institutions_listed("any such plan")
    (True, False)
    >>> institutions_listed("Local hazard mitigation plans")
    False
    >>> institutions_listed("Systems"), institutions_listed("the Health Plans")
    (True, False)
    """
    words = doer.split()
    last = words[-1] if words else ""
    # (systems only: "mitigation plans must:" lists what documents hold, as often as "health plans" owe duties)
    return last.lower() != singular(last.lower()) and singular(last.lower()) == "system" \
        and (last.islower() or len(words) == 1)


#: Policy head nouns that also name the bodies running one: "water systems", "health plans".
_INSTITUTION_HEADS = frozenset({"system", "plan"})


#: Singular nouns that name a body of people ("Staff must complete the training"): someone, though no -s says so.
COLLECTIVE_PEOPLE = frozenset({"staff", "personnel", "crew", "workforce"})


def word_classes(lexicon: Lexicon, lemma: str, word: str, table: dict | None = None) -> tuple[str, ...]:
    """Classes the vocabulary gives a head noun (or, with `table`, a name's
    last word), by its lemma, its form or its singular."""
    heads = lexicon.head_nouns if table is None else table
    return heads.get(lemma) or heads.get(word) or heads.get(singular(word), ())


def head_classes(token: Token, lexicon: Lexicon) -> tuple[str, ...]:
    """Classes a noun heads; a short name or number ("Regulation B",
    "Section 88", "Recommendation 1") is headed by its compound noun."""
    found = word_classes(lexicon, token.lemma_.lower(), token.lower_)
    if token.pos_ == "PROPN" and token.is_title and token.lower_ in lexicon.name_heads and any(
            c.dep_ == "compound" and c.is_title and not c.like_num for c in token.children) \
            and not (token.i + 1 < len(token.doc) and (_PART_CODE.fullmatch(token.doc[token.i + 1].text)
                                                       or re.fullmatch(r"[A-Z]", token.doc[token.i + 1].text))):
        # "the Pesticide Compliance Section", "the Marine Enforcement Division": a capitalised name's last word marks
        # its class before the word's own ("Section 12", "Division B" are parts of a law)
        return word_classes(lexicon, token.lemma_.lower(), token.lower_, lexicon.name_heads)
    if token.lemma_.lower() == "act" and token.is_lower and any(
            c.dep_ == "amod" and c.lower_ in _WRONGFUL for c in token.children):
        return ()  # "an unfair or deceptive act or practice", "a criminal act": a deed, not a law
    if not found and AGE_WORD.fullmatch(token.lower_) and token.dep_ not in {"amod", "compound", "nummod"}:
        return word_classes(lexicon, "person", "person")  # "15-year-olds may not work in mines": people of an age
    if token.lemma_.lower() in _NAMED_PRACTICES and any(
            c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i < token.i and c.left_edge.i > 0
            and token.doc[c.left_edge.i - 1].text in _QUOTE_MARKS for c in token.children):
        # "the "StreamFree" practice": a company's programme under a name of its own ("the Smith practice" is a firm)
        return ("Policy",)
    if not found and token.lower_ == "general" and token.i > 0 and token.doc[token.i - 1].head.i == token.i:
        # "state attorneys general", "inspectors general": the office noun before the postposed adjective heads it
        before = token.doc[token.i - 1]
        found = word_classes(lexicon, before.lemma_.lower(), before.lower_)
    if not found and token.pos_ == "PROPN" and token.is_title and any(  # "National Park Service", "Center for X"
            c.dep_ == "compound" and (c.is_title or c.is_upper) or c.dep_ == "prep" and c.lower_ in {"for", "of", "on"}
            and any(o.dep_ == "pobj" and o.is_title for o in c.children) for c in token.children):
        found = word_classes(lexicon, token.lemma_.lower(), token.lower_, lexicon.name_heads)
    coded = token.like_num or _PART_CODE.fullmatch(token.text)
    if not found and (coded or (token.pos_ in {"PROPN", "NUM", "X"} and len(token.text) <= 4
                                and token.ent_type_ != "PERSON")):  # "Secretary ... Park" is a person, not a secretary
        for child in token.children:
            if child.dep_ in {"compound", "nmod"} and child.i < token.i and (child.is_title or child.lower_ in _LOWER_PARTS):
                found = lexicon.head_nouns.get(child.lemma_.lower()) or lexicon.head_nouns.get(singular(child.lower_), ())
                if not found and child.lower_ == "title" and coded:
                    found = ("Law",)  # "Title III" of an act is a part of it, as "Section 226" is
                if found:
                    break
    return found


#: Words that make "act" a deed, not a law: "an unfair or deceptive act", "a criminal act".
_WRONGFUL = frozenset({"unfair", "deceptive", "abusive", "unlawful", "illegal", "criminal", "overt", "discriminatory",
                       "fraudulent", "wrongful", "hostile", "violent", "corrupt", "prohibited", "retaliatory"})
#: Nouns for what a company does by a name of its own, a programme of its own: "the StreamFree practice".
_NAMED_PRACTICES = frozenset({"practice", "offering"})


def _through_named_and(doc: Doc, toks: list[int]) -> list[int]:
    """"Ministry of Agriculture and Farmers Welfare": where the parse hangs
    the words after "and" on the body's head, the tagger's organisation name
    still runs on through them, capitalised, to its end ("Department of Labor
    and the Coast Guard" is two: "the" is no part of a name)."""
    end = toks[-1] if toks else -1
    if not toks or end + 2 >= len(doc) or doc[end + 1].lower_ != "and":
        return toks
    run = []
    for t in doc[end + 1 :]:  # the organisation's words straight after the name, "and" first
        if t.ent_iob_ != "I" or t.ent_type_ != "ORG":
            break
        run.append(t)
    words = run[1:]
    if words and all(t.is_title and t.is_alpha for t in words) and doc[toks[0]].ent_type_ == "ORG" \
            and all(t.head.i <= run[-1].i or t.head.is_title for t in run):  # ("Red Cross volunteers": another phrase)
        return toks + [t.i for t in run]
    return toks


@dataclass(frozen=True)
class Finding:
    """What the mention rules read one parsed segment with: the vocabulary,
    the article's acronyms, and the segment's noun chunks. Built once per
    segment (`for_segment`). `described` collects generic policy
    descriptions ("the final rule") that count only if the article repeats
    them; `lemma_cache` remembers each sentence's lemmas."""

    lex: Lexicon
    acronyms: dict[str, str]  # acronym -> long form
    effect_cues: frozenset[str]
    not_conduct: frozenset[str]  # "rating X" is the policy acting
    concern_frame: frozenset[str]
    chunks: dict[int, Span] = field(default_factory=dict)  # noun chunk by root token (noun_chunks re-parses on access)
    described: list[Mention] = field(default_factory=list)
    lemma_cache: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    cue_verbs: frozenset[str] = frozenset()  # every verb a rule reads by its lemma
    kinds: dict[str, str] = field(default_factory=dict)  # name -> class the article says it is (`said_kinds`)
    opinion: bool = False  # an opinion piece: its writer's own sentences criticise (`opinion_piece`)

    @classmethod
    def for_article(cls, lexicon: Lexicon, acronyms: dict[str, str]) -> Finding:
        effect_cues = lexicon.relation_cues["rewards"] | lexicon.relation_cues["penalizes"]
        return cls(lexicon, acronyms, effect_cues, effect_cues | lexicon.relation_cues["evaluates"],
                   lexicon.frame_cues.get("Concern", frozenset())
                   | lexicon.relation_cues["raisesConcern"] - {"say", "note", "include", "point", "argue", "raise",
                                                               "highlight", "express", "question"}
                   | lexicon.relation_cues["criticizes"],
                   cue_verbs=frozenset().union(*lexicon.relation_cues.values()) | lexicon.obligation_cues
                   | lexicon.prohibition_cues)

    def for_segment(self, doc: Doc) -> Finding:
        return replace(self, chunks={c.root.i: c for c in doc.noun_chunks}, described=[], lemma_cache={})

    # ------------------------------------------------------------ helpers
    def trim(self, doc: Doc, tokens: list[int]) -> list[int]:
        """Drop determiners, possessors, quotes and vague quantifiers at the edges."""
        drop: set[int] = set()
        inside = set(tokens)
        for i in tokens:
            tok = doc[i]
            if tok.dep_ == "poss" and tok.head.i in inside and (not (self._possessive_in_name(tok) or _members_of(tok)
                                                                      and not tok.head.is_lower)
                                                                 or self._body_owning_policy(tok, tokens)):
                drop.update(t.i for t in tok.subtree)
            elif tok.tag_ == "POS" and (tok.head.i in drop or i == tokens[-1]):
                drop.add(i)  # keep the 's of a name ("People's Bank of China")
            elif tok.text in {'"', "\u201c", "\u201d", "``", "''"}:
                drop.add(i)  # 'its "Free Mooring" plan': quotation marks are no part of the name
        kept = [i for i in tokens if i not in drop]
        closing = [n for n, i in enumerate(kept) if doc[i].text == ")" and n < len(kept) - 1
                   and doc[i - 1].is_upper and i >= 3 and doc[i - 2].text == "(" and doc[i - 3].tag_ == "POS"]
        if closing:  # "the Harbor Commission's (HC) proposed rule": the owner's acronym is no part of the name
            kept = kept[closing[-1] + 1 :]
        while len(kept) > 1 and (doc[kept[0]].is_upper and doc[kept[0]].lower_ in _STANCE_CAPITALS | {"re"}
                                 or doc[kept[0]].text == ":") and not doc[kept[1]].is_upper or (
                len(kept) > 2 and doc[kept[0]].lower_ in _STANCE_CAPITALS | _STANCE_FIELDS
                and doc[kept[1]].text == ":") or (
                len(kept) > 2 and doc[kept[0]].lower_ == "re" and doc[kept[1]].text == ":"):
            kept.pop(0)  # "RE: OPPOSE Senate Bill 412": a letter's subject field and stance, no part of the name
        dashes = [n for n, i in enumerate(kept) if doc[i].text in {"\u2014", "\u2013", "--"} and 0 < n < len(kept) - 2
                  and LEGISLATION_NUMBER.fullmatch(span_text(doc, tuple(kept[:n])))]
        if dashes:  # "S. 2214 \u2014 Pharmacy Benefit Transparency Act": a title line's bill number, then the name
            kept = kept[dashes[-1] + 1 :]
        while kept and (doc[kept[0]].lemma_.lower() in self.effect_cues and kept[0] != kept[-1] and doc[kept[0]].pos_ == "VERB"):
            kept.pop(0)  # "penalizing misconduct" is misconduct
        while kept and (doc[kept[0]].dep_ in _DROP_DEPS or doc[kept[0]].is_punct or doc[kept[0]].is_space
                        or (doc[kept[0]].lower_ in self.lex.vague_modifiers and doc[kept[0]].pos_ != "PROPN"  # "First Circuit"
                            and not in_hyphenated_word(doc[kept[0]]) and not self._sized_class(doc, kept))
                        or doc[kept[0]].pos_ in {"DET", "PRON", "ADP", "CCONJ", "ADV", "SCONJ"}
                        or doc[kept[0]].tag_ in {"IN", "TO"}  # "applies to ferry companies" with "to" misparsed
                        or doc[kept[0]].dep_ == "mark"
                        or doc[kept[0]].pos_ == "AUX" and doc[kept[0]].tag_ in {"VBP", "VBZ", "VBD", "MD"}  # "Do employers have to"
                        # ("the second report"; not "third-party vendors", one hyphenated word)
                        or (doc[kept[0]].ent_type_ == "ORDINAL" and doc[kept[0]].is_lower
                            and not in_hyphenated_word(doc[kept[0]])) or doc[kept[0]].text in {'"', "'"}
                        or _count(doc[kept[0]]) and len(kept) > 1
                        # "the former Harbour Board": a body's old name, the body
                        # (not "former Members of Congress": those who once held a post are a group of their own)
                        or doc[kept[0]].lower_ == "former" and len(kept) > 1 and doc[kept[1]].is_title
                        and doc[kept[1]].tag_ not in {"NNS", "NNPS"}
                        # "the so-called Worker Flexibility Act": what it is called, no word of the name
                        or doc[kept[0]].lower_ in _NAMING_PARTICIPLES and len(kept) > 1 and doc[kept[1]].is_title
                        or _sum_before_name(doc, kept) or adjective_before_name(doc, kept)) \
                and not self._measured_policy(doc, kept) and not degree_adverb(doc, kept) \
                and not number_in_name(doc, kept) and not _determiner_in_name(doc, kept):
            kept.pop(0)
        # (in lower case: "the Wildfire Risk-Based Allocation Act" is named so)
        based = next((n for n, i in enumerate(kept[:5]) if doc[i].text in {"based", "headquartered"} and n >= 2
                      and doc[kept[n - 1]].text == "-" and n < len(kept) - 1 and doc[kept[n + 1]].is_title), None)
        if based is not None:  # "the Albuquerque-based Digital Rights Center": where it is based, no word of its name
            kept = kept[based + 1 :]
        while len(kept) > 1 and kept[0] >= 2 and doc[kept[0] - 1].text == "-" and doc[kept[0] - 2].like_num:
            kept.pop(0)  # "five-year agreement": "year" belongs to the number the trim dropped
            while len(kept) > 1 and (doc[kept[0]].is_punct or _sum_before_name(doc, kept)):
                kept.pop(0)  # "a 10-year, $40 million Home Repair Program": the comma and sum before the name
        while kept and (doc[kept[-1]].is_punct or doc[kept[-1]].tag_ == "POS" or doc[kept[-1]].is_space
                        or doc[kept[-1]].pos_ in {"ADP", "CCONJ", "DET"}):
            kept.pop()
        if kept and _determiner_in_name(doc, kept):  # "the Every Day Counts program": the parse may leave "Day" out
            kept = [i for i in range(kept[0], kept[-1] + 1) if i in kept or doc[i].is_alpha and doc[i].is_title]
        return kept

    def _sized_class(self, doc: Doc, kept: list[int]) -> bool:
        """"small landlords", "large employers", "small businesses": a size
        before a plural class of actors names a narrower class, as policies
        treat them ("small employers are exempt"); before anything else the
        size is vague ("small fines", "a large share")."""
        head = doc[kept[-1]]
        return doc[kept[0]].lower_ in SIZES and head.tag_ == "NNS" and doc[kept[0]].head.i == head.i and any(
            self.lex.core(c) == "Actor" for c in head_classes(head, self.lex))

    def _measured_policy(self, doc: Doc, kept: list[int]) -> bool:
        """"the 14-hour rule", "a 25-cent levy", "the 5 percent limit": an
        unnamed rule or charge is known by the measure it sets, so the
        count and its unit stay in its name (a count of people, "3,000
        employers", and a capitalised name after a measure, "a five-year
        Corporate Integrity Agreement", do not keep it)."""
        count, head = doc[kept[0]], doc[kept[-1]]
        unit = count.head
        return (count.tag_ == "CD" and unit.i in kept[1:3] and unit.dep_ in {"compound", "amod", "nmod"}
                and unit.ent_type_ in _MEASURES and head.is_lower and not any(doc[i].is_title for i in kept[1:])
                and (unit.ent_type_ != "MONEY" or head.lemma_.lower() in _CHARGE_WORDS)
                and any(self.lex.core(c) == "Policy" for c in self.lex.head_nouns.get(head.lemma_.lower(), ())))

    def _owner_in_name(self, root: Token) -> Token | None:
        """The possessive inside an actor's one name that `root` heads
        ("Officers'" in "the Police Officers' Association"), or None; the
        parse makes it a noun phrase of its own."""
        if root.is_lower or not any(self.lex.core(c) == "Actor" for c in head_classes(root, self.lex)):
            return None
        return next((c for c in root.children if c.dep_ == "poss" and (self._possessive_in_name(c) or _members_of(c))),
                    None)

    @staticmethod
    def _possessive_in_name(poss: Token) -> bool:
        """"People's Bank of China": the possessive is part of one name, not an
        owner. So is an official's title before "Office" ("the U.S. Attorney's
        Office", "the Governor's Office"): the office is named after the post."""
        if poss.lower_ in _POSTS_WITH_OFFICES and poss.is_title and poss.head.lower_ == "office" \
                and poss.head.is_title and poss.head.i == poss.i + 2:
            return True  # (not "the Treasury's Office of Foreign Assets Control": a body's office is its part)
        return (poss.ent_iob_ != "" and poss.ent_type_ in {"ORG", "FAC", "LAW"} and poss.head.ent_type_ == poss.ent_type_
                and poss.is_title and not any(t.ent_iob_ == "B" for t in poss.doc[poss.i + 1 : poss.head.i + 1]))

    def _body_owning_policy(self, poss: Token, tokens: list[int]) -> bool:
        """"the Maritime Office's Mooring Rule", "the European Union's Regulation
        261/2004": a body before a policy's name owns it (and made it), however
        the tagger joined the two into one name; "People's Bank of China" is
        no policy, and "the Harbour Authority's Plan" leaves no name without
        its owner (one word after the "'s", with no code after it)."""
        doc = poss.doc
        rest = [i for i in tokens if i > poss.right_edge.i and doc[i].tag_ != "POS"]
        coded = bool(rest) and rest[-1] + 1 < len(doc) and any(ch.isdigit() for ch in doc[rest[-1] + 1].text)
        # (an owner known by its name alone: "Larchmont's Responsible Sourcing Policy", "Vestria's Carbon Levy")
        # (not "Megan's Law Registry": a name that opens with a policy's kind is the person's law's)
        named = poss.tag_ == "NNP" and poss.ent_type_ != "PERSON" \
            and all(t.tag_ in {"NNP", "POS"} for t in poss.subtree) \
            and bool(rest) and not any(self.lex.core(c) == "Policy" for c in head_classes(doc[rest[0]], self.lex))
        body = any(self.lex.core(c) == "Actor" for c in head_classes(poss, self.lex))
        return (len(rest) >= 2 or coded) and (named or body) \
            and any(self.lex.core(c) == "Policy" for c in head_classes(poss.head, self.lex))

    def is_generic(self, doc: Doc, tokens: list[int], category: str) -> bool:
        """A generic head on its own or with only descriptive adjectives ("the
        system", "a single, monolithic system", "scoring mechanism",
        "ethical implications") is no entity; a compound or a proper name
        makes it specific ("pilot programs", "Western nations")."""
        words = self.lex.generic.get(category, frozenset()) | self.lex.generic.get("Actor", frozenset())

        def generic(tok) -> bool:
            return tok.lemma_.lower() in words or tok.lower_ in words or singular(tok.lower_) in words

        content = [doc[i] for i in tokens if doc[i].lower_ not in self.lex.vague_modifiers and not doc[i].is_punct]
        if not content:
            return True
        head = content[-1] if len(content) == 1 else doc[tokens[0] : tokens[-1] + 1].root
        if not generic(head) or _federated_states(head):
            return False
        for tok in content:
            if tok is head or generic(tok) or tok.pos_ == "CCONJ":
                continue
            if category == "Actor" and _classifying(tok, head, self.lex):
                return False  # "environmental groups", "consumer groups": a kind of group, named by its cause
            if category != "Concern" and (tok.pos_ in {"ADJ", "ADV"} or (tok.pos_ == "VERB" and tok.dep_ in {"amod", "conj"})) \
                    and not (category == "Policy" and in_hyphenated_word(tok)):  # "the anti-coercion provision" is one
                if not tok.is_title or tok.i == tokens[0]:
                    continue
            return False
        return True

    def under_concern_cue(self, tok: Token) -> bool:
        """"concerns over privacy", "fears of surveillance": the phrase hangs
        (within a few hops) below a concern word."""
        hops = 0
        for anc in tok.ancestors:
            hops += 1
            if anc.lemma_.lower() in self.concern_frame:
                return True
            if hops >= 6 or anc.pos_ in {"VERB", "AUX"} and anc.lemma_.lower() not in self.concern_frame:
                return False
        return False

    def sentence_lemmas(self, token: Token) -> set[str]:
        """Lemmas of the token's sentence, plus the plain stems of "-ed"
        verbs: the small model lemmatises "rated" as "rat"."""
        sent = token.sent
        key = (id(token.doc), sent.start)
        if key not in self.lemma_cache:
            lemmas = {t.lemma_.lower() for t in sent}
            lemmas |= {t.lower_[:-1] for t in sent if t.tag_ in {"VBN", "VBD"} and t.lower_.endswith("ed")}
            lemmas |= {t.lower_[:-2] for t in sent if t.tag_ in {"VBN", "VBD"} and t.lower_.endswith("ed")}
            self.lemma_cache[key] = lemmas
        return self.lemma_cache[key]

    def _says_nothing(self, doc: Doc, m: Mention) -> bool:
        """"doing so", "do this": conduct named only by stop words refers
        back to conduct named elsewhere; it is no conduct of its own."""
        return self.lex.core(m.cls) == "Behaviour" and not any(doc[i].is_alpha and not doc[i].is_stop for i in m.tokens)

    def _phrase(self, doc: Doc, token: Token) -> list[int]:
        """A token and its dependents, without coordinated siblings, clauses,
        or a phrase naming a law or body ("... under the Fair Lending Act")."""
        keep: list[int] = []
        stack = [token]
        while stack:
            tok = stack.pop()
            keep.append(tok.i)
            for child in tok.children:
                if child.dep_ == "prep" and any(g.ent_type_ in {"LAW", "ORG", "GPE"} or g.pos_ == "PROPN" for g in child.children):
                    continue
                if child.dep_ in {"conj", "cc", "punct", "relcl", "advcl", "appos", "acl", "parataxis", "mark"} and tok is token:
                    continue
                if child.dep_ in {"conj", "cc", "relcl", "advcl", "appos", "parataxis"}:
                    continue
                if child.dep_ == "prep" and child.lower_ == "as" and tok.pos_ == "NOUN":
                    continue  # "citing the lack of a standard as a danger to workers": what it is cited as
                stack.append(child)
        return sorted(keep)

    def _is_behaviour_slot(self, tok: Token) -> bool:
        """Positions where a gerund names conduct: subject of a clause, item
        of an enumeration, object of a reward/penalty verb, "for" + gerund
        after one."""
        while tok.dep_ == "conj":
            tok = tok.head
        head = tok.head
        if tok.dep_ in {"csubj", "csubjpass"} or (tok.dep_ in {"nsubj", "nsubjpass"} and tok.tag_ == "VBG"):
            return True
        if tok.dep_ in {"pcomp", "pobj"} and head.lower_ in _ENUM_PREPS:
            return True
        if tok.dep_ in {"pcomp", "pobj"} and head.lower_ == "for" and head.head.lemma_.lower() in self.effect_cues:
            return True
        if tok.dep_ == "dobj" and head.lemma_.lower() in {"include", "involve", "comprise", "cover"}:
            subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            return subj is not None and any(self.lex.core(c) == "Behaviour" for c in head_classes(subj, self.lex))
        # "penalizes littering": the parse may call a gerund object an open clause
        gerund_clause = tok.dep_ == "xcomp" and tok.tag_ == "VBG"
        return (tok.dep_ == "dobj" or gerund_clause) and head.lemma_.lower() in self.effect_cues

    def _policy_or_it(self, tok: Token) -> bool:
        """Whether a subject names a policy by its head noun, or is "it" (in
        a policy article, most often the policy)."""
        return tok.lower_ == "it" or any(self.lex.core(c) == "Policy" for c in head_classes(tok, self.lex))

    def _animate(self, tok: Token) -> bool:
        return names_someone(tok, self.lex)

    def _doer_mentions(self, doc: Doc, tok: Token, source: str = "doer") -> list[Mention]:
        """Who owes a duty is an actor, whatever its head noun ("growers
        must ..."): a group unless the lexicon or a name says more. A policy
        or a pronoun owes nothing."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return []
        own = head_classes(tok, self.lex)
        if own and institutions_owing(tok, own, self.lex):
            mention = self._noun_mention(doc, tok, "Organisation", "owing")
            return [mention] if mention else []
        if own and not any(self.lex.core(c) == "Actor" for c in own):
            return []
        cls = choose_class(tuple(c for c in own if self.lex.core(c) == "Actor"), self.lex) or named_doer_class(tok) \
            or "Group"
        mention = self._noun_mention(doc, tok, cls, source)
        return [mention] if mention else []

    def with_code(self, doc: Doc, toks: list[int]) -> list[int]:
        """"Bulletin 2031-07", "Section 88", "Memorandum M-20-32",
        "Appropriations Act, 2018", "Order No. 2": a policy name keeps its number."""
        end = toks[-1] + 1
        number = [end + k for k, t in enumerate(doc[end : end + 3]) if t.text != "."]  # "Order No. 2", "Rule Number 4"
        if end < len(doc) and doc[end].lower_.rstrip(".") in {"no", "number"} and len(number) >= 2 \
                and doc[number[1]].like_num and doc[end].text[:1].isupper():
            toks = [*toks, *range(end, number[1] + 1)]
            end = number[1] + 1
        if _MAKER_CODE_BEFORE_NUMBER.fullmatch(doc[end : end + 4].text) and doc[toks[-1]].lower_ in _CODED_ACTS:
            toks = [*toks, end, end + 1, end + 2]  # "Regulation (EU) 2022/2065": who made it, between kind and number
            end += 3
        while end < len(doc) and (doc[end].like_num or _CODE.fullmatch(doc[end].text) or cites_a_code(doc, end) or (
                doc[end].text in "-/." and end + 1 < len(doc) and end > toks[-1]
                and (doc[end + 1].like_num or doc[end + 1].text[:1].isdigit() and _CODE.fullmatch(doc[end + 1].text))
                and doc[end - 1].text[-1:].isdigit())):
            toks = [*toks, end]
            end += 1
        if doc[toks[-1]].text.count("(") > doc[toks[-1]].text.count(")") and end < len(doc) and doc[end].text == ")":
            toks = [*toks, end]  # "Section 212(c)": the tokenizer leaves its bracket apart
            end += 1
        if vote_tally_at_end(doc, toks):
            toks = toks[:-3]  # "passed the Heating Ordinance 5-2", "Senate Bill 612 31-8": a vote's count, no number
        if doc[toks[-1]].lower_ == "act" and end + 1 < len(doc) and doc[end].text == "," \
                and re.fullmatch(r"(?:19|20)\d\d", doc[end + 1].text):
            toks = [*toks, end, end + 1]  # "Consolidated Appropriations Act, 2018": the year is part of its title
        return toks

    def _noun_mention(self, doc: Doc, root: Token, cls: str, source: str) -> Mention | None:
        titled: tuple[int, ...] = ()
        chunk = self.chunks.get(root.i)
        toks = [t.i for t in chunk] if chunk is not None else [t.i for t in root.subtree if t.i <= root.i and t.dep_ in {"compound", "amod", "det", "poss", "nmod"} or t.i == root.i]
        owner = self._owner_in_name(root)
        if owner is not None:  # "the Port Halvern Police Officers' Association": a possessive inside one name
            toks = sorted({*toks, *(t.i for t in owner.subtree)})
        toks = self.trim(doc, toks)
        start = len(toks) - 1  # the phrase's last unbroken run of words
        while start > 0 and toks[start - 1] + 1 == toks[start]:
            start -= 1
        tail = toks[start:]
        joined = hyphenated_modifier(doc, tail) if tail and self.lex.core(cls) == "Policy" else []
        # a policy's kind noun keeps the hyphenated word before it, which the parse may leave apart (not a class of
        # people's: "noted how much face-to-face access state legislators give lobbyists")
        toks = joined + tail if joined else toks
        suspended = [c.i for c in root.children if c.dep_ == "nummod" and SUSPENDED_NUMBER.fullmatch(c.text)]
        if toks and suspended and suspended[0] < toks[0]:  # "14- and 15-year-olds" (`nlp.suspended_ages`)
            toks = list(range(suspended[0], toks[0])) + toks
        if toks and self.lex.core(cls) == "Policy" and (doc[toks[-1]].is_title or doc[toks[-1]].text[:1].isdigit() or (
                doc[toks[-1]].lower_ in _LOWER_PARTS and toks[-1] + 1 < len(doc) and _PART_CODE.fullmatch(doc[toks[-1] + 1].text)
                and doc[toks[-1] + 2 : toks[-1] + 4].text.lower() != "of this")):  # ("section 3 of this report": its own)
            toks = self.with_code(doc, toks)
        part = bool(toks) and doc[toks[0]].lower_ in _PART_WORDS and len(toks) <= 3  # "Title III of the Act": a part
        proper = root.pos_ == "PROPN" or (root.is_title and not root.is_sent_start) or opens_a_for_name(root)
        if toks and proper and root.i == toks[-1] and not part:
            toks = self._with_proper_complement(doc, root, toks)
            if self.lex.core(cls) == "Policy" and _name_word(doc[toks[-1]]):
                tail = titled_tail(doc, toks[-1])
                # a policy's name inside the title stays a mention of its own ("Guidelines for Enforcing the Clean
                # Docks Rule"); other words in it name no one ("Code of Conduct for Vendors")
                inner = any(self.lex.core(c) == "Policy" for i in tail for c in head_classes(doc[i], self.lex))
                toks, titled = toks + tail, tuple(tail) if inner else ()
        if toks and not proper and self.lex.core(cls) == "Policy" and root.i == toks[-1] and len(toks) >= 2 \
                and doc[toks[0]].is_title and not doc[toks[0]].is_sent_start and toks[0] > 2:
            # "the Boat Counseling for the Elderly program": a name before a lower-case kind noun runs back
            # through its links as a capitalised name does
            toks = list(range(proper_name_start(doc, toks[0], self._name_head_kind), toks[0])) + toks
        if toks and proper and self.lex.core(cls) == "Actor" and toks[0] >= 2 and doc[toks[0] - 1].text == "&" \
                and _name_word(doc[toks[0] - 2]):
            toks = list(range(_name_run_start(doc, toks[0] - 2), toks[0])) + toks  # "Ridgeland Power & Light Company"
        if toks and proper and self.lex.core(cls) == "Policy" and doc[toks[0]].is_title:
            whole = doc[toks[0] : toks[-1] + 1]  # "Dodd-Frank Wall Street Reform and Consumer Protection Act" whole
            if all(_name_word(t) or t.text in {",", "-"} or t.lower_ in _NAME_LINKS for t in whole):
                toks = [t.i for t in whole]
            toks = list(range(proper_name_start(doc, toks[0], self._name_head_kind), toks[0])) + toks
            if len(toks) > 2 and asked_to_make(doc, toks[0]):
                toks = toks[1:]  # "1. **Pass House Bill 1142**": a recommendation's verb, no word of the bill's name
            first = toks[0]
            if first >= 2 and doc[first - 1].lower_ in {"for", "of"} and doc[first - 2].is_title \
                    and self._name_head_kind(doc[first - 2]) == "Actor":
                return None  # "State Administration for Market Regulation": the end of a body's name
        if self.lex.core(cls) == "Behaviour" and in_breach_of(root):
            return None  # "placed calls in violation of the Act": how an act stands to the Act, which is named
        if self.lex.core(cls) == "Actor" and root.dep_ in {"attr", "appos"} and root.head.pos_ in {"AUX", "VERB", "PROPN", "NOUN"} and not root.is_title:
            return None  # "the PCLOB is an independent agency": a description, not another actor
        if not toks or (root.pos_ == "PRON") or self.lex.core(cls) == "Policy" and someones_bill(root, self.lex):
            return None
        if self.lex.core(cls) == "Concern" and listed_with_sanctions(root):
            return None  # "fines of up to three times the levy and the loss of declarant status": a sanction
        if self.lex.core(cls) == "Policy" and root.is_lower and liable_to_with_penalties(root):
            return None  # "subject to compliance orders and civil penalties": a sanction, no policy of its own
        toks = self._extend_relational(doc, root, toks, self.lex.core(cls))
        if self.is_generic(doc, toks, self.lex.core(cls)):
            if self.lex.core(cls) == "Policy" and len(toks) >= 2 and source == "head":
                self.described.append(Mention(tuple(toks), span_text(doc, tuple(toks)), cls, "described", head=root.i))
            return None
        toks = _run_around(doc, sorted(toks), root.i)  # a name is text the article contains, never words picked apart
        text = span_text(doc, tuple(toks))
        variants = tuple(v for v in qualified_names(doc, root, toks) if v != text)
        named = name_after_stage(doc, toks) if self.lex.core(cls) == "Policy" and proper else toks
        if named != toks:
            variants, toks = (text, *variants), named
            text = span_text(doc, tuple(toks))
        # "FDA regulations": the body's acronym before a policy noun is the body's mention too (`issuing_modifiers`)
        shared = tuple(i for i in toks if i < root.i and doc[i].head.i == root.i and doc[i].dep_ in {"compound", "nmod"}
                       and (self.body_acronym(doc[i]) or doc[i].ent_type_ == "GPE" and all(
                           doc[j].like_num for j in toks if j < i))) \
            if self.lex.core(cls) == "Policy" and root.lemma_.lower() in _ISSUED_NOUNS else ()
        year = toks[0] - 1
        if self.lex.core(cls) == "Policy" and proper and year >= 0 and _YEAR.fullmatch(doc[year].text) \
                and doc[toks[0]].is_title:  # "the 2018 Farm Bill": the year tells one farm bill from another
            variants, toks = (text, *variants), [year, *toks]
            text = span_text(doc, tuple(toks))
        shared += tuple(i for i in titled if i in toks)
        return Mention(tuple(toks), text, cls, source, head=root.i, variants=variants, shared=shared)

    def body_acronym(self, tok: Token) -> bool:
        """An acronym for a body: one the article spells out as a body's
        name ("Food and Drug Administration (FDA)"), or one it never spells
        out that the tagger calls an organisation."""
        if not (tok.is_upper and tok.is_alpha and len(tok) >= 2):
            return False
        long = self.acronyms.get(tok.text)
        if long is None:
            return tok.ent_type_ == "ORG"
        last = long.split()[-1].lower()
        return any(self.lex.core(c) == "Actor" for c in word_classes(self.lex, last, last))

    def _name_head_kind(self, tok: Token) -> str:
        """"Policy" or "Actor" when a word heads a whole name of a policy or
        a body ("Regulation", "Board"), else ""."""
        return next((k for c in head_classes(tok, self.lex) for k in [self.lex.core(c)] if k in {"Policy", "Actor"}), "")

    def _with_proper_complement(self, doc: Doc, root: Token, toks: list[int]) -> list[int]:
        """"Board of Harbour Commissioners", "Office for Rental Housing",
        "Committee on Transport and Infrastructure": a capitalised name
        continues through of/for/on (not "the Board on Monday", "the Council
        on Harbor Street")."""
        for prep in root.children:
            if prep.dep_ == "prep" and prep.i == toks[-1] + 1 and (prep.lower_ in {"of", "for"} or prep.lower_ == "on"
                                                                  and self._name_head_kind(root) == "Actor"):
                # (a policy's title runs through "on" by `titled_tail`, which stops before a place)
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and (pobj.ent_type_ in {"DATE", "TIME"} or prep.lower_ == "on" and (
                        pobj.ent_type_ in {"FAC", "GPE", "LOC"} or pobj.lower_ in _PLACE_WORDS)):
                    return toks  # "the Board on Monday"
                if pobj is not None and root.lower_ in self.lex.person_titles and self._name_head_kind(pobj) == "Actor":
                    return toks  # "Secretary of the Harbor Department": an office, and a body of its own
                owner = next((c for c in pobj.children if c.dep_ == "poss" and c.is_title and c.i == prep.i + 1
                              + sum(1 for t in c.subtree if t.i < c.i)), None) \
                    if pobj is not None and not pobj.is_title else None
                if owner is not None:  # "the Department of Early Learning's administration of ...": the parse
                    # makes the name's last words the owner of what follows; the name runs through them
                    extra = [t.i for t in owner.subtree if t.dep_ != "case"]
                    if all(doc[i].is_title for i in extra):
                        return sorted(set(toks) | {prep.i} | set(extra))
                if pobj is not None and pobj.is_title:
                    whole = list(range(prep.i, pobj.right_edge.i + 1))
                    if _is_coordinated_name(doc, whole):  # "Department of Parks and Public Spaces"
                        return sorted(set(toks) | set(whole))
                    extra = [t.i for t in pobj.subtree if t.i <= pobj.i or t.is_title or t.dep_ in {"prep", "pobj", "compound"}
                             or t.dep_ == "det" and t.i + 1 < len(doc) and doc[t.i + 1].is_title]  # "of the Federal ..."
                    extra = [i for i in extra if doc[i].dep_ not in {"conj", "cc", "punct"} or doc[i].text == "-"]
                    if all(doc[i].is_title or doc[i].is_stop or doc[i].like_num for i in extra):
                        return _through_named_and(doc, up_to_gap(sorted(set(toks) | {prep.i} | set(extra))))
        return toks

    def _extend_relational(self, doc: Doc, root: Token, toks: list[int], category: str) -> list[int]:
        """"lack of transparency", "potential for abuse": take the complement."""
        if root.lemma_.lower() not in self.lex.relational_heads.get(category, frozenset()):
            return toks
        preps = {"of"} if category == "Actor" else {"of", "for", "to", "on", "against"}
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
                if pobj is not None:
                    extra = [prep.i] + self._phrase(doc, pobj)
                    return sorted(set(toks) | set(extra))
        return toks

    def _in_concern_frame(self, tok: Token, seg: Segment) -> bool:
        if seg.frame == "Concern" and seg.role == "label":
            return True
        if tok.lemma_.lower() in self.lex.concern_markers and any(
            c.dep_ in {"amod", "compound"} and c.lower_ not in self.lex.vague_modifiers | _INTENSITY_WORDS
            for c in tok.children
        ):
            return True  # "constitutional concerns", "privacy risks" (not "serious concerns": how much, not what)
        if any(c.dep_ == "amod" and c.lower_ in self.lex.harm_modifiers - EASED for c in tok.children):
            return True  # "higher premiums", "undue burden", "unnecessary delays": said to be bad, a worry
        if harm_said_of(tok):
            return True  # "the risk of fire", "harm to pollinators", "a burden on households": a harm and what it hits
        return self.under_concern_cue(tok)

    def _in_behaviour_frame(self, tok: Token) -> bool:
        """A sentence that rewards, penalises or evaluates ("rated on their
        adherence to laws"): conduct a policy judges is a behaviour."""
        return bool(self.sentence_lemmas(tok) & (self.effect_cues | self.lex.neutral_cues
                                                 | self.lex.relation_cues["evaluates"]))

    def _coordinated_actors(self, doc: Doc, root: Token, cls: str) -> list[Mention]:
        """"growers, couriers and brewers": nouns coordinated with a class of
        actors are actors too, though the ontology does not list their head
        ("couriers" is as much an actor as "growers" beside it). Plural
        common nouns the ontology gives no class of their own only."""
        out = []
        for conj in root.conjuncts:
            if conj.tag_ != "NNS" or head_classes(conj, self.lex) or any(c.dep_ == "nummod" for c in conj.children):
                continue  # "500,000 dollars, hospitals and schools": an amount is no one
            if any(c.dep_ == "compound" and c.tag_ in {"VB", "VBP", "VBZ", "VBD"} for c in conj.children):
                continue  # "brokers that fail to file reports, or that falsify records, ...": a clause misread
            mention = self._noun_mention(doc, conj, cls, "head")
            if mention:
                out.append(mention)
        return out

    def _owner_of_policy(self, doc: Doc, pos: Token, ent: Span) -> bool:
        """Split a name at "'s" only when a policy follows ("X's Planning
        Outline"), not inside a name ("People's Bank of China")."""
        after = doc[pos.i + 1 : ent.end]
        return any(self.lex.core(c) == "Policy" for t in after for c in head_classes(t, self.lex)) or pos.i == ent.end - 1

    def launched_by_a_body(self, tok: Token) -> bool:
        """"The Harbor Board launched Clean Slips": what a public body or a
        programme launches, establishes or creates under a name is a
        programme (a company launching a product is neither)."""
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _LAUNCH_VERBS:
            return False
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        kinds = {c if self.lex.core(c) == "Actor" else self.lex.core(c) for c in head_classes(subj, self.lex)} \
            if subj is not None else set()
        return bool(kinds & {"GovernmentBody", "Policy"})

    def _ner_class(self, label: str, span: Span) -> str:
        own = head_classes(span.root, self.lex)
        cls = choose_class(own, self.lex)
        if cls and self.lex.core(cls) in {"Actor", "Policy"}:
            return cls
        if label in {"ORG", "PRODUCT"} and (policy_slot(span.root) or self.launched_by_a_body(span.root)):
            return "Policy"
        if label == "ORG" and _described_as_someone(span.root):
            return "Person"  # "the group's founder, Marcus Bell": a name in apposition to a person's role
        if label == "ORG":
            if any(self.lex.core(c) == "Policy" for t in span for c in head_classes(t, self.lex)) and span.root.pos_ == "PROPN":
                return ""
            gov = any("GovernmentBody" in head_classes(t, self.lex) for t in span)
            return "GovernmentBody" if gov else "Organisation"
        return _NER_CLASSES[label]


#: Verbs whose object, and prepositions whose object, is a rule or programme
#: ("comply with the Noise Code", "under HCRA", "in violation of the Act").
_POLICY_VERBS = {"comply", "violate", "amend", "enforce", "implement", "repeal", "codify", "reauthorize", "enact", "breach"}
_POLICY_PREPS = {"under", "pursuant"}
#: Policy nouns a body's acronym or a place before them says who made: "FDA regulations", "California law".
_ISSUED_NOUNS = {"regulation", "rule", "guidance", "standard", "policy", "order", "directive", "guideline", "program",
                 "programme", "law", "statute"}
#: Verbs by which a body starts a programme it names: "launched Clean Slips".
_LAUNCH_VERBS = {"launch", "establish", "create", "unveil", "introduce", "start", "pilot"}
_POLICY_NOUNS = {"violation", "compliance", "accordance", "amendment", "enforcement", "requirement", "provision"}


# ------------------------------------------------------------ rules
def coordinated_modifier(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """"privacy and consumer groups", "civil liberties and consumer
    organizations": words before "and" + a noun modifier + a noun for
    someone sort those people as the modifier does, though the parser
    coordinates them with the noun ("privacy and data protection" are two
    things). Also first in a longer list: "civil liberties, hobbyist and
    small business organizations"."""
    if end + 1 < len(doc) and doc[end].text == ",":
        return _first_of_modifier_list(doc, start, end, lexicon)
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or doc[end + 1].dep_ != "compound":
        return False
    noun = doc[end + 1].head
    root = doc[start:end].root
    someone = any(lexicon.core(c) == "Actor" for c in head_classes(noun, lexicon))
    return someone and noun.i > end + 1 and (root.head.i == noun.i or noun.head.i == root.i) \
        and "conj" in {root.dep_, noun.dep_} and not any(c.dep_ in {"det", "poss"} for c in noun.children)


def _first_of_modifier_list(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the words before a comma open a list of modifiers that ends
    in a modified noun for people ("civil liberties, hobbyist and small
    business organizations"), which the parser coordinates with them."""
    root = doc[start:end].root
    later = [c for c in root.conjuncts if c.i > root.i]
    if not later:
        return False
    last = max(later, key=lambda t: t.i)
    someone = any(lexicon.core(c) == "Actor" for c in head_classes(last, lexicon))
    modified = any(c.dep_ in {"compound", "amod"} and c.i > end for c in last.children)
    listed = all(t.text in {",", "and", "or"} or t.dep_ in {"conj", "compound", "amod", "cc"} for t in doc[end:last.i])
    return someone and modified and listed and not any(c.dep_ in {"det", "poss"} for c in last.children)


def lexicon_mentions(f: Finding, doc: Doc, seg: Segment | None = None) -> list[Mention]:
    out = []
    for span in doc.spans[LEXICON_KEY]:
        root = span.root
        if root.pos_ in {"VERB", "AUX"} and root.tag_ != "VBG":
            continue  # "officials could misuse records": a verb, not the concern "misuse"
        if root.dep_ in {"compound", "amod", "nmod"} and not (span.start <= root.head.i < span.end) and root.head.pos_ in {"NOUN", "PROPN"}:
            continue  # a modifier of a longer noun ("surveillance programs"), not a mention
        left = doc[span.start - 1] if span.start > 0 else None
        if f.lex.core(span.label_) in {"Actor", "Policy"} and left is not None and left.dep_ in {"compound", "amod"} \
                and span.start <= left.head.i < span.end \
                and (left.lower_ not in f.lex.vague_modifiers or left.lower_ in SIZES and root.tag_ == "NNS") \
                and left.pos_ in {"NOUN", "ADJ", "PROPN"}:
            continue  # "tax software companies" is a narrower class than "companies": the head-noun rule names it
        if f.lex.core(span.label_) == "Actor" and span.end < len(doc) and doc[span.end].lower_ == "with" \
                and doc[span.end].head.i == root.i and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and o.is_lower
                                                          for o in doc[span.end].children):
            continue  # "individuals with disabilities", "tenants with children": a narrower class, named whole
        if f.lex.core(span.label_) == "Concern" and not (
                seg is not None and seg.frame == "Concern"  # a section of worries: "Potential for Abuse: ..."
                or f.under_concern_cue(root) or f.sentence_lemmas(root) & f.concern_frame):
            continue  # "privacy" said where no one worries is a topic word, not a worry
        toks = tuple(range(span.start, span.end))
        out.append(Mention(toks, span.text, span.label_, "lexicon", concept=span.id_, head=span.root.i,
                           variants=_modified_worry(doc, span, f.lex.vague_modifiers)
                           if f.lex.core(span.label_) == "Concern" else ()))
    return out


#: Stances a letter's subject line writes in capitals before the policy's name: "RE: OPPOSE Senate Bill 412".
_STANCE_CAPITALS = frozenset({"oppose", "support", "endorse", "opposing", "supporting"})
#: A hearing record's position fields, before the bodies they list: "Opposed: Brandt Landlords Association".
_STANCE_FIELDS = frozenset({"opposed", "supported", "supporters", "opponents", "opposition", "proponents"})


#: Words that say how strong a worry is, not what it is about: "serious concerns", "grave doubts".
_INTENSITY_WORDS = frozenset({"serious", "grave", "deep", "real", "strong", "growing", "legitimate", "substantial",
                              "considerable", "profound", "genuine", "lingering", "ongoing", "continuing"})


def _modified_worry(doc: Doc, span: Span, vague: frozenset[str]) -> tuple[str, ...]:
    """The worry as written with the modifiers before it ("aerial
    surveillance", "mass data collection"): the vocabulary names the kind,
    the article the thing. Empty when nothing but vague words ("such",
    "more") modifies it."""
    start = span.start
    while start > 0 and doc[start - 1].dep_ in {"amod", "compound"} and doc[start - 1].head.i in range(start, span.end) \
            and doc[start - 1].pos_ in {"ADJ", "NOUN", "VERB"} and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ not in vague | {"such", "more", "less", "other", "much", "further", "same"}:
        start -= 1
    return (doc[start:span.end].text,) if start < span.start else ()


def acronym_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """An acronym the article defines names what it stands for; followed by
    its long form's kind word ("the BOTS Act" after "the Better Online
    Ticket Sales (BOTS) Act"), the mention takes in the kind word and is
    headed by it, as a verb's object is ("criticized the BOTS Act")."""
    out = []
    for t in doc:
        if t.text not in f.acronyms:
            continue
        kind = doc[t.i + 1] if t.i + 1 < len(doc) else None
        last = (f.acronyms[t.text].split() or [""])[-1]
        if kind is not None and t.head.i == kind.i and t.dep_ == "compound" \
                and singular(kind.lower_) == singular(last.lower()):
            out.append(Mention((t.i, kind.i), t.text, "", "acronym", head=kind.i))  # (named by the acronym)
        elif kind is not None and t.head.i == kind.i and t.dep_ == "compound" and kind.is_title \
                and kind.pos_ == "PROPN" and any(f.lex.core(c) == "Actor" for c in head_classes(kind, f.lex)):
            continue  # "the OHS Board", "the CADA Board": a body of its own, named with the acronym
        else:
            out.append(Mention((t.i,), t.text, "", "acronym", head=t.i))
    return out + numbered_parts(f, doc)


def numbered_parts(f: Finding, doc: Doc) -> list[Mention]:
    """"HO 7" after "Hazardous Occupations Orders (HOs)": a defined plural
    acronym, singular and numbered, names one of the policies it stands for."""
    out = []
    for tok in doc[:-1]:
        long_form = f.acronyms.get(tok.text + "s", "")
        number = doc[tok.i + 1]
        if not long_form or not (number.like_num or _PART_CODE.fullmatch(number.text)):
            continue
        cls = choose_class(f.lex.head_nouns.get(singular(long_form.split()[-1].lower()), ()), f.lex)
        if cls and f.lex.core(cls) == "Policy":
            out.append(Mention((tok.i, number.i), f"{tok.text} {number.text}", cls, "acronym", head=tok.i))
    return out


def numbered_divisions(f: Finding, doc: Doc, *, heading: bool = False) -> list[Mention]:
    """"## Part 1 \u2014 Contributions" over a guide's section, "under Part 4
    of the Act": a law's division named by its capitalised kind word and
    number is a policy (a part of the one the article walks through, when
    it names several in turn). In a heading, only at its start and titled
    after a dash or colon, not by a policy's name (then the text is that
    policy); in a sentence, only one "of" a policy or one something is
    "under"; never the text's own ("Part 2 of this report") nor a cited
    code's ("29 CFR, Part 570")."""
    if heading and any(t.is_title and any(f.lex.core(c) == "Policy" for c in head_classes(t, f.lex)) for t in doc[2:]):
        return []  # "Part 412 - Mooring Safety Standards": a division titled by a policy's name is that policy
    out = []
    for tok in with_words(doc, _DIVISION_WORDS):
        code = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
        # ("Subpart C", "Part B": a division a letter designates too)
        if not tok.is_title or not (_PART_CODE.fullmatch(code.text) or _DIVISION_LETTER.fullmatch(code.text)) \
                or tok.i > 0 and (doc[tok.i - 1].is_upper or doc[tok.i - 1].text == ","):
            continue  # ("29 CFR, Part 570": a part of a cited code, named with it)
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        # a heading's division is titled after a dash or colon ("Part 1 - Contributions"; not "## Chapter 1"); in a
        # sentence it is one "of" a policy or one something is "under" ("Chapter 3 of her book", "Chapter 11
        # bankruptcy", "Part 2 of the series" are none)
        titled = heading and tok.i == 0 and after is not None and after.text in {"-", "\u2013", "\u2014", ":"}
        of_policy = after is not None and after.lower_ == "of" and any(
            f.lex.core(c) == "Policy" for o in after.children if o.dep_ == "pobj" for c in head_classes(o, f.lex)) \
            and not doc[tok.i + 2 : tok.i + 4].text.lower().startswith(("of this", "of these"))
        under = tok.i > 0 and doc[tok.i - 1].lower_ == "under"
        # "Part 107 generally prohibits operators from ...": a division that requires or bans is a rule's
        ruling = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in f.lex.obligation_cues | f.lex.prohibition_cues
        if titled or not heading and (of_policy or under or ruling):
            cls = choose_class(f.lex.head_nouns.get("section", ()), f.lex)
            root = doc[tok.i : code.i + 1].root.i
            out.append(Mention((tok.i, code.i), f"{tok.text} {code.text}", cls, "head", head=root))
    return out


#: Capitalised words for a law's numbered divisions: "Part 1", "Chapter 4", "Subpart B".
_DIVISION_WORDS = frozenset({"part", "chapter", "subpart"})
#: A capital letter that designates a division: "Part B", "Subpart C".
_DIVISION_LETTER = re.compile(r"[A-Z]")
#: The name `numbered_divisions` gives one: "Part 1", "Chapter 27B", "Subpart C".
DIVISION_NAME = re.compile(r"(?:Part|Chapter|Subpart)\s+(?:\d+[A-Za-z]?(?:\(\w{1,3}\))*|[IVXLC]+|[A-Z])")


#: Kinds of law whose short titles run long and take such words: "... Transparency and Patient Savings Act".
_TITLED_LAWS = frozenset({"act", "bill", "law", "code", "ordinance", "resolution", "amendment"})


def proper_policy_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """In headings, only proper names of policies count ("Consumer
    Harbor Safety Bulletin 2031-07"); common words there are
    section titles, not mentions."""
    out = []
    covered = {t.i for c in f.chunks.values() for t in c}
    spans = [(c.root, [t.i for t in c]) for c in f.chunks.values()]
    spans += [(t, [c.i for c in t.lefts if c.dep_ == "compound"] + [t.i]) for t in doc
              if t.pos_ in {"NOUN", "PROPN"} and t.i not in covered and t.dep_ not in {"compound", "amod"}]
    for root, chunk in spans:
        cls = choose_class(head_classes(root, f.lex), f.lex, "Policy")
        if in_hyphenated_word(root):
            continue  # "SECTION-BY-SECTION ANALYSIS": a kind noun inside a longer word names no policy
        toks = f.trim(doc, chunk)
        words = [doc[i] for i in toks if doc[i].is_alpha]
        if toks:
            toks = f.with_code(doc, toks)
        if root.tag_ in {"NNS", "NNPS"} and root.i == (toks or [-1])[-1] and root.lower_ != singular(root.lower_) \
                and not DIVISION_HEADING.match(text_of(doc)):
            continue  # "Ticket Bills", "New Harbor Rules": a heading about several policies names none of them
            # ("Part 412 - Mooring Safety Standards" titles one division of a code: its standards are one policy)
        toks = after_headline_verb(doc, toks, f.lex)
        toks = _without_section_number(doc, toks)
        while toks and _amount_word(doc[toks[0]]):  # "Secures $4.2 Million Settlement": an amount names nothing
            toks = toks[1:]
        # ("Pharmacy Benefit Transparency and Patient Savings Act": a minor word inside the name is lower case)
        linked = root.lemma_.lower() in _TITLED_LAWS  # (not "Fund for a Cleaner Harbor", a body)
        # (not "Summary of Ordinance No. 7": a text about the policy)
        while linked and toks and toks[0] >= 2 and doc[toks[0] - 1].lower_ in {"and", "of", "for", "on"} \
                and doc[toks[0] - 2].is_title and doc[toks[0] - 2].is_alpha \
                and doc[toks[0] - 2].lower_ not in DOCUMENTS_ABOUT:
            # "Dock Safety and Boater Savings Act": the parse may join the title's first half to it as a conjunct
            start = toks[0] - 2
            while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
                start -= 1
            toks = list(range(start, toks[0])) + toks
        words = [doc[i] for i in toks if doc[i].is_alpha]
        if cls and f.lex.core(cls) == "Policy" and len(toks) >= 2 and words and all(
                w.is_title or w.is_upper or linked and w.lower_ in _NAME_LINKS and 0 < n < len(words) - 1
                for n, w in enumerate(words)):
            name = name_after_stage(doc, toks)
            variants = (span_text(doc, tuple(toks)),) if name != toks else ()
            division = DIVISION_HEADING.match(text_of(doc))
            # the dash after the division's number, not a hyphen inside a word ("Short-Term")
            dash = next((t.i for t in doc if t.text in {"-", "\u2013", "\u2014", ":"} and (
                t.i == 0 or doc[t.i - 1].whitespace_ or t.text != "-")), None) if division else None
            if dash is not None and toks[-1] > dash:
                # "Part 412 - Mooring Safety Standards": titled by what follows the dash, also known by its number
                tail = [t.i for t in doc[dash + 1:] if not t.is_space and not (t.i == dash + 1 and t.pos_ == "DET")]
                while tail and doc[tail[-1]].is_punct:
                    tail.pop()
                number = [t.i for t in doc[:dash] if not t.is_space]
                if any(doc[i].is_alpha for i in tail):
                    name, variants = tail, (*variants, span_text(doc, tuple(number)))
            out.append(Mention(tuple(name), span_text(doc, tuple(name)), cls, "head", head=root.i, variants=variants))
    return out


def _without_section_number(doc: Doc, toks: list[int]) -> list[int]:
    """"Sec. 9. Home Hardening Assistance Program": a bill's section heading
    numbers the section; the programme it creates is named after the
    number."""
    if not toks or doc[toks[0]].lower_ not in {"sec.", "sec", "section", "\u00a7"}:
        return toks
    k = 1
    k += k < len(toks) and doc[toks[k]].text == "."
    if k >= len(toks) or not doc[toks[k]].like_num:
        return toks
    k += 1
    if k >= len(toks) or doc[toks[k]].text != ".":
        return toks  # "Section 230 Reform Act": a name holding the number
    k += 1
    return toks[k:] if len(toks) - k >= 2 else toks


def _amount_word(tok: Token) -> bool:
    """A word of a sum of money or a share: "$", "4.2", "Million" ("2018" in "2018 Farm Bill" names the bill)."""
    return tok.ent_type_ in {"MONEY", "PERCENT"} or tok.tag_ == "$"


def after_headline_verb(doc: Doc, toks: list[int], lexicon: Lexicon) -> list[int]:
    """"Governor Signs Short-Term Rental Law", "Council Approves Scooter
    Rules": a headline's capitalised verb of making or judging a policy
    ends whatever names its subject; the policy's name follows it."""
    cues = lexicon.relation_cues["issuedBy"] | lexicon.relation_cues["supports"] | lexicon.relation_cues["criticizes"]

    def someone(tok: Token) -> bool:  # "Governor", "Council", "Senate": who signs or passes ("Clean Energy" does not)
        return tok.lower_ in lexicon.person_titles or any(lexicon.core(c) == "Actor" for c in head_classes(tok, lexicon))

    cut = next((k for k, i in enumerate(toks) if 0 < i and k < len(toks) - 1 and doc[i].lower_.endswith("s")
                and verb_base(doc[i].lower_, cues | _HEADLINE_VERBS) and someone(doc[i - 1])), -1)
    if cut < 0:  # "Lawmakers Debate Ticket Resale Bill": a plural subject's verb has no "-s"
        cut = next((k for k, i in enumerate(toks) if 0 < i and k < len(toks) - 1
                    and doc[i].lower_ in cues | _HEADLINE_VERBS and doc[i - 1].lower_.endswith("s")
                    and someone(doc[i - 1])), -1)
    return toks[cut + 1:] if cut >= 0 else toks


#: Verbs a headline uses of what is done with a policy: "Lawmakers Debate ...", "Council Weighs ...".
_HEADLINE_VERBS = frozenset({"debate", "weigh", "consider", "eye", "mull", "push", "back", "oppose", "pass", "reject",
                             "approve", "unveil", "propose", "introduce", "sign", "adopt", "delay", "block", "advance",
                             "revive", "kill", "seek", "urge", "challenge", "sue", "vote"})


def name_after_stage(doc: Doc, toks: list[int]) -> list[int]:
    """A policy's proper name without the lower-case or stage words before
    it: "the proposed Remote Identification Rule", "Proposed Harbor Data
    Rule" in a heading: the name is what a later mention calls it."""
    lead = next((k for k, i in enumerate(toks) if (doc[i].is_title or doc[i].is_upper)
                 and doc[i].lower_ not in STAGE_WORDS or number_in_name(doc, list(toks[k:]))), 0)
    # ("the proposed 21st Century Cures Act", "the proposed 10-Year Plan": the figure is the name's first word)
    if lead and len(toks) - lead >= 2 and all(doc[i].is_lower or doc[i].lower_ in STAGE_WORDS for i in toks[:lead]):
        return list(toks[lead:])
    return list(toks)


def short_title_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """"the Fair Access to Slips and Transparent Docking (FAST and DOCK)
    Act": a bill's short title in capitals, in parentheses before its kind
    noun, is part of its name; the bill is also named by the short title
    with the noun ("FAST and DOCK Act") and by the long title with it."""
    out = []
    for kind in (doc[t.i + 1] for t in with_words(doc, {")"}) if t.i + 1 < len(doc)):  # "(HSA) Act"
        if kind.i < 4 or not kind.is_title:
            continue
        cls = choose_class(head_classes(kind, f.lex), f.lex, "Policy")
        opening = next((i for i in range(kind.i - 2, max(0, kind.i - 9), -1) if doc[i].text == "("), None)
        if not cls or f.lex.core(cls) != "Policy" or opening is None or opening < 2:
            continue
        inner = doc[opening + 1 : kind.i - 1]
        if not len(inner) or not inner[0].is_upper or not all(t.is_upper or t.lower_ in {"and", "&"} for t in inner):
            continue
        run = opening - 1
        if not (doc[run].is_title or doc[run].is_upper):
            continue
        while run > 0 and (doc[run - 1].is_title or doc[run - 1].is_upper) and doc[run - 1].is_alpha \
                and doc[run - 1].lower_ not in {"the", "a", "an"}:
            run -= 1
        first = proper_name_start(doc, run, f._name_head_kind)
        toks = tuple(range(first, kind.i + 1))
        long_title = doc[first:opening].text
        out.append(Mention(toks, span_text(doc, toks), cls, "title", head=kind.i,
                           variants=(f"{inner.text} {kind.text}", f"{long_title} {kind.text}")))
    return out


def title_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """A capitalised title in quotes whose head is a policy noun ("the
    "Fair Housing Act""), or that a policy noun introduces: a final rule,
    "Protecting Swimmers in Coastal Waters" (the title is the rule's name,
    and the noun the article acts on: "issued a final rule, ...")."""
    out = []
    quotes = [t.i for t in with_words(doc, QUOTES)]
    for a, b in zip(quotes[::2], quotes[1::2]):
        inner = doc[a + 1 : b]
        if not 2 <= len(inner) <= 20 or not inner[0].is_title:
            continue
        toks = [t.i for t in inner if not (t.is_punct and t.i == b - 1)]
        root = doc[toks[0] : toks[-1] + 1].root
        cls = choose_class(head_classes(root, f.lex), f.lex, "Policy")
        if cls and f.lex.core(cls) == "Policy":
            out.append(Mention(tuple(toks), span_text(doc, tuple(toks)), cls, "title", head=root.i))
            continue
        noun = titled_noun(doc, a)
        cls = choose_class(head_classes(noun, f.lex), f.lex) if noun is not None else ""
        if noun is not None and cls and f.lex.core(cls) == "Policy":
            described = [t.i for t in noun.subtree if t.i <= noun.i and t.dep_ in {"amod", "compound"}] + [noun.i]
            out.append(Mention((noun.i, *toks), span_text(doc, tuple(toks)), cls, "title", head=noun.i,
                               variants=(span_text(doc, tuple(sorted(described))),)))
    return out


#: A rule named by its kind and code: "Policy IT-27", "Rule 10b-5", "Circular A-123", "Directive 2019/1937".
KIND_AND_CODE = re.compile(r"\b(?:Policy|Rule|Regulation|Directive|Circular|Order|Ordinance|Resolution|Decree|Bulletin|"
                           r"Memorandum|Notice|Standard|Guideline)\s+(?:No\.\s?)?(?:[A-Z]{1,4}-)?\d\w*(?:[-/]\w*\d\w*)*"
                           r"(?:-[A-Z]{1,3}\b)?(?![\w-])")  # "Ordinance 17-A"; "Standard 30-year mortgages": no code


def legislation_number_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """"H.R. 4410", "P.L. 112-58", "29 CFR Part 570": a bill, law or
    regulation by its number is a policy, whatever the tagger made of the
    abbreviation (often a date); so is a rule by its kind and code ("Policy
    IT-27"), where the parse makes the code the head."""
    out, text = [], text_of(doc)
    coded = {m.start() for m in KIND_AND_CODE.finditer(text)}
    for match in [*LEGISLATION_NUMBER.finditer(text), *CODE_CITATION.finditer(text), *KIND_AND_CODE.finditer(text)]:
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and span.text == match.group():
            # "Administrative Policy IC-214", "Hand Hygiene Standard IC-102": the capitalised words before a rule's
            # kind and code are its name's
            start = proper_name_start(doc, span.start, f._name_head_kind) if match.start() in coded else span.start
            if start > 0 and doc[start - 1].lower_ in _NAME_LINKS:
                start = span.start  # ("the Department of Labor Policy 12": a body's rule, its name the body's)
            out.append(Mention(tuple(range(start, span.end)), doc[start : span.end].text, "Law", "number",
                               head=span.end - 1))
    return out


#: A title with a bracketed part, as UK and Commonwealth statutes and regulations are named: "the Advertising (Less
#: Healthy Food) Regulations", "Data Protection (Charges and Information) Regulations 2018".
_TITLE_WORD = r"(?:[A-Z][\w'\u2019-]*|and|of|for|on|in|to|the)"
BRACKETED_TITLE = re.compile(rf"(?<![\w'\u2019-])(?:[A-Z][\w'\u2019-]*\s+){{1,5}}\({_TITLE_WORD}(?:\s+{_TITLE_WORD})*\)"
                             rf"(?:\s+[A-Z][\w'\u2019-]*){{1,4}}(?:\s+\d{{4}})?")
# (the lookbehind, not \b, keeps a match from starting inside a run of hyphenated words, which took quadratic time)


def _policy_head_class(f: Finding, tok: Token) -> str:
    classes = f.lex.head_nouns.get(singular(tok.lower_), ()) if tok.is_alpha else ()
    return next((c for c in classes if f.lex.core(c) == "Policy"), "")


def _cites_a_part(tok: Token) -> bool:
    """"Section 4", "Part 2": a part's word before its number cites a part of the title before it."""
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in _PART_CITATIONS and after is not None and after.like_num


#: Words that cite a part of a law by its number: "Act Section 4", "Regulations Part 2".
_PART_CITATIONS = frozenset({"section", "part", "article", "chapter", "schedule", "paragraph", "clause", "subsection",
                             "title", "regulation", "rule"})


def bracketed_title_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """"the Advertising (Less Healthy Food) Regulations": a title with a
    bracketed part names one policy ending at its last policy head noun
    (and a year right after it), whatever the parse made of the brackets (it
    reads them as an aside and splits the name). A possessor before the
    title is its owner, not part of it ("the Department of Health's ...")."""
    out = []
    for match in BRACKETED_TITLE.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.text != match.group():
            continue
        close = next(t.i for t in span if t.text == ")")
        heads = [t for t in doc[close + 1 : span.end] if _policy_head_class(f, t) and not _cites_a_part(t)]
        if not heads:
            continue
        head, end = heads[-1], heads[-1].i + 1
        if end < span.end and doc[end].like_num and len(doc[end].text) == 4:
            end += 1  # its year: "... Regulations 2018"
        if end < span.end and not _cites_a_part(doc[end]):
            continue  # "the Housing (Wales) Act Review Board": a longer name runs on past the title, another thing's
        opening = next(t.i for t in span if t.text == "(")
        start = max([span.start] + [t.i + 1 for t in doc[span.start : opening] if t.tag_ == "POS"])
        start += 1 if doc[start].lower_ == "the" else 0
        if start < opening:
            out.append(Mention(tuple(range(start, end)), doc[start:end].text, _policy_head_class(f, head), "title",
                               head=head.i))
    return out


def label_mentions(f: Finding, doc: Doc, seg: Segment) -> list[Mention]:
    """The lead-in of a list item under a heading or intro about concerns
    (or conduct) names one: "Lack of Transparency: ..."."""
    if seg.frame not in {"Concern", "Behaviour"} or seg.block.text == "" and not seg.block.row:
        return []  # a lead-in with nothing after it heads the items below ("For Businesses:"); a table row's does not
    toks = f.trim(doc, [t.i for t in doc])
    if not toks or len(toks) > 8:
        return []
    cls = "Concern" if seg.frame == "Concern" else "Behaviour"
    root = doc[toks[0] : toks[-1] + 1].root
    if seg.frame == "Concern" and (_someone_named(root, f.lex) or root.ent_type_ == "PERSON"):
        return []  # "**Farmers.** The Growers Association says ...": who worries, not the worry
    if seg.frame == "Concern" and _issues_only(seg.block, f.lex) and not any(
            f.lex.core(c) == "Concern" for t in doc[toks[0] : toks[-1] + 1] for c in head_classes(t, f.lex)) \
            and not any(doc[i].lower_ in f.lex.harm_modifiers for i in toks):  # ("Inadequate monitoring" is one)
        return []  # "**State role.**" under "Issues for Congress": a topic to weigh; a worry's label names one
    if seg.frame == "Behaviour":  # "Deductions:" heads conduct; it is not conduct itself
        found = next((c for c in head_classes(root, f.lex) if f.lex.core(c) == "Behaviour"), "")
        if not found and root.tag_ != "VBG" and doc[toks[0]].tag_ == "VBG":
            root = doc[toks[0]]  # "Reselling before the holding period ends": a gerund opens it, whatever the parse
        if not found and root.tag_ != "VBG" and doc[toks[0]].lower_ not in _FAILURE_OPENERS:
            return []  # (a failure names the act it fails at: "Failure to keep records")
        cls = found or cls
        if root.lemma_.lower() in OFFENCE_NOUNS and any(c.dep_ in {"amod", "nummod"} and (
                c.tag_ == "CD" or c.lower_ in _COUNTING_WORDS) for c in root.children):
            return []  # "**First offence:** a written warning": which offence it is, no act
        if f.lex.core(cls) == "Behaviour" and cls != "GoodConduct" and (
                doc[toks[0]].lower_ in _FAILURE_OPENERS or SANCTION_STATED.search(seg.block.text)):
            cls = "Misconduct"  # "- **Failure to post the notice:** $250 for a first violation": what it costs
    return [Mention(tuple(toks), span_text(doc, tuple(toks)), cls, "label", head=root.i)]


#: Words that count offences: "First offence", "Repeat violations", "Each additional violation".
_COUNTING_WORDS = frozenset({"first", "second", "third", "fourth", "subsequent", "repeat", "repeated", "further",
                             "additional", "later", "each", "every"})
#: Words that open a label naming a failure, which a list of penalties punishes: "Failure to keep records".
_FAILURE_OPENERS = frozenset({"failure", "failing", "refusal", "refusing", "neglecting"})
#: A sanction stated after a label: an amount of money or a word for a penalty ("$250 for a first violation",
#: "a fine of up to $1,000", "suspension of the licence").
SANCTION_STATED = re.compile(r"[$\u20ac\u00a3]\s?\d|\b(?:fines?|penalt(?:y|ies)|suspension|revocation|warning|"
                              r"imprisonment|jail|prison|damages|forfeiture|debarment|disqualification)\b",
                              re.IGNORECASE)


def _issues_only(block: Block, lexicon: Lexicon) -> bool:
    """Whether the only worry word that frames a block is "issue(s)" ("Issues
    for Congress", "Policy issues"): a report's issues are matters to weigh,
    not yet worries, unless a label names a worry."""
    cues = frame_words(block.section, block.intro) & {singular(w) for w in lexicon.frame_cues.get("Concern", ())}
    return cues == {"issue"}


def _someone_named(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a word names people or a body: "Farmers", "Retailers", "Unions"."""
    return looks_like_agent_noun(tok.lower_) or any(lexicon.core(c) == "Actor" for c in head_classes(tok, lexicon))


def gerund_mentions(f: Finding, doc: Doc) -> list[Mention]:
    out = []
    for tok in doc:
        is_gerund = tok.tag_ == "VBG" or (
            tok.pos_ == "NOUN" and tok.lower_.endswith("ing") and
            any(f.lex.core(c) == "Behaviour" for c in head_classes(tok, f.lex))
        )
        stem = tok.lower_.removesuffix("ing")
        if not is_gerund or not f._is_behaviour_slot(tok) or {tok.lemma_.lower(), stem, stem + "e"} & f.not_conduct:
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if making_a_policy(tok, objects, f.lex):
            continue  # "praised the Commission for adopting the rule": the rule made, a stance on it, no conduct
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if tok.tag_ == "VBG" and first is not tok and ((whole := conduct_phrase(tok)) and whole[0] < tok.i
                                                       or not conduct_phrase(first)
                                                       and tok.i in shared_object_phrase(first)[1]):
            continue  # "altering" in "deleting or altering footage": the act is named whole at its first gerund
        whole = shared_object_phrase(tok)[1] if tok.tag_ == "VBG" and not objects else ()
        if whole:  # "deleting or altering footage": the first gerund shares the object the second one holds
            out.append(Mention(whole, span_text(doc, whole), "Behaviour", "gerund", head=tok.i))
            continue
        base = [tok.i] + [i for c in tok.children if c.dep_ in {"prt", "neg", "advmod"} and c.i < tok.i + 3 for i in [c.i]]
        if objects:
            conjuncts = [objects[0], *objects[0].conjuncts]
            for obj in conjuncts:
                toks = sorted(set(base) | set(f._phrase(doc, obj)))
                toks = [i for i in toks if not doc[i].is_punct or doc[i].text == "-"]
                out.append(Mention(tuple(toks), span_text(doc, tuple(toks)), "Behaviour", "gerund",
                                   head=tok.i, shared=tuple(base) if len(conjuncts) > 1 else ()))
            continue
        toks = f._phrase(doc, tok)
        toks = [i for i in toks if (i >= tok.i or (doc[i].head.i == tok.i and doc[i].dep_ in {"amod", "compound"}))
                and (not doc[i].is_punct or doc[i].text == "-")]  # "drunk driving" keeps "drunk"
        if len(toks) > 12:
            continue
        text = span_text(doc, tuple(toks))
        out.append(Mention(tuple(toks), text, "Behaviour", "gerund", head=tok.i, variants=variant_texts(doc, tok.i, text, f.lex)))
    return out


def making_a_policy(verb: Token, objects: list[Token], lexicon: Lexicon) -> bool:
    """Whether a verb makes, issues or runs a policy it takes as object
    ("adopting the Broadband Labels Rule", "for passing the act"): that is
    who made the policy, not conduct a policy rewards or a worry. Not
    undoing or changing one ("rescinding the ordinance", "rolling back the
    program", "amending the act"), nor not making it ("for not passing it")."""
    return verb.lemma_.lower() in lexicon.relation_cues["issuedBy"] - REVISING_VERBS - UNDOING_VERBS \
        and not any(c.dep_ == "neg" or c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children) \
        and any(lexicon.core(c) == "Policy" for o in objects for c in head_classes(o, lexicon))


#: Verbs of changing a policy: "would amend the Act to require ..." (the amending one requires it), "urge EPA
#: to revise the decision" (asking for a change takes no side on the policy as it stands).
REVISING_VERBS = frozenset({"revise", "amend", "modify", "change", "update", "rewrite", "reconsider", "revisit",
                            "strengthen", "weaken", "narrow", "broaden", "clarify", "improve"})

#: Verbs of undoing a policy: whoever acts to do so, asks for it ("called on the agency to withdraw the rule") or
#: praises it opposes it ("voted to repeal", "filed suit to block").
UNDOING_VERBS = frozenset({"repeal", "overturn", "block", "stop", "kill", "scrap", "rescind", "abolish", "halt", "undo",
                           "nullify", "invalidate", "defund", "dismantle", "withdraw", "revoke", "reverse", "suspend",
                           "shelve", "abandon", "end", "eliminate", "terminate", "discontinue", "cancel", "strike"})


#: Verbs of meeting a policy's requirements (obeying it), and of making a policy.
_MEETING_VERBS = {"meet", "fulfill", "fulfil", "satisfy"}
_ENACTING_VERBS = {"enact", "pass", "establish", "create", "legislate"}
#: Verbs of bringing in or changing a policy; said of a named one, who does it makes policy ("adopt a
#: safety plan" may be a duty of those a rule governs; "adopt the Clean Air Plan" is a government's act).
_CHANGING_VERBS = {"introduce", "adopt", "expand", "extend", "convert", "amend", "repeal", "implement", "launch"}
#: Verbs by which a body lays a sanction on someone, and the sanctions.
_IMPOSING_VERBS = {"impose", "levy", "issue", "assess"}
_SANCTION_WORDS = {"fine", "penalty", "sanction", "surcharge"}


def obeys_or_makes_policy(verb: Token, lexicon: Lexicon) -> bool:
    """"Employers must comply with the Act", "Congress should enact
    legislation", "states must establish a program": obeying a policy is
    what every duty under it asks, and making one is who issues it; neither
    is conduct the policy governs (the annotation guide's behaviour)."""
    lemma = verb.lemma_.lower()
    if lemma == "legislate":
        return True
    if lemma in OBEYING_VERBS:
        objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"with", "to", "by"}
                   for o in p.children if o.dep_ == "pobj"]
    elif lemma in _MEETING_VERBS:  # "meet the program requirements", "fulfill the following requirements"
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in {"requirement", "obligation"}]
    elif lemma in _ENACTING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma in _CHANGING_VERBS and _done_by_government(verb, lexicon):
        # "the agency should introduce a Quiet Approach Incentive", "expand the Scheme"
        objects = [o for o in [*(c for c in verb.children if c.dep_ == "dobj"), *pobjs(verb, {"into"})]
                   if o.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.children)]
    elif lemma in _IMPOSING_VERBS and _done_by_government(verb, lexicon):
        # "the authority should impose a fine": the sanction, not conduct it governs
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _SANCTION_WORDS for c in verb.children)
    else:
        return False
    return any(o.lemma_.lower() == "legislation" or any(lexicon.core(c) == "Policy" for c in head_classes(o, lexicon))
               for o in objects)


def _done_by_government(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of bringing in a policy or laying a sanction is said of
    a public body, named ("the CAA", "the Department of Infrastructure") or
    by its noun ("the city"), and not forbidden it: "employers must
    implement the Heat Illness Prevention Program" and "landlords may not
    impose a penalty" are conduct of those a rule governs."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return True
    if subject.pos_ == "PROPN":
        name = subject.doc[subject.left_edge.i : subject.i + 1].text
        return subject.ent_type_ in {"ORG", "GPE"} and not ends_in_legal_form(name)
    return bool({"GovernmentBody", "Country"} & set(head_classes(subject, lexicon)))  # "the city": its government


def liable_to_with_penalties(noun: Token) -> bool:
    """Whether a noun is one of the sanctions someone is "subject to" or
    "liable for", listed with a fine or penalty: "subject to compliance
    orders and civil penalties" (orders a body issues as sanctions).

    >>> import spacy
    >>> liable_to_with_penalties(spacy.blank("en")("orders")[0])
    False
    """
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    prep = first.head if first.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in {"to", "for"} and prep.head.lower_ in {"subject", "liable"} and any(
        t.lemma_.lower() in {"penalty", "fine", "sanction"} for t in [first, *first.conjuncts] if t.i != noun.i)


def listed_with_sanctions(noun: Token) -> bool:
    """Whether a noun is listed with a fine or a penalty as what an act
    leads to ("can lead to fines and the loss of declarant status", "faces
    penalties and loss of the licence"): a sanction the policy sets, not a
    worry about it ("farmers fear fines and the loss of their land" is one)."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    governor = first.head.head if first.dep_ == "pobj" else first.head
    while governor.dep_ == "pobj" and governor.head.head.i != governor.i:  # "fines of three times the levy"
        governor = governor.head.head
    if governor.lemma_.lower() not in _BRINGING_ON_VERBS:
        return False
    # (the parse may join it to the sum a fine is "of": "fines of three times the levy and the loss of ...")
    owner = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    return any(t.lemma_.lower() in _SANCTION_WORDS for t in [first, *first.conjuncts] if t.i != noun.i) \
        or owner is not None and owner.lemma_.lower() in _SANCTION_WORDS


#: Verbs of what an act brings on its doer: "can lead to fines", "faces penalties", "carries a fine".
_BRINGING_ON_VERBS = frozenset({"lead", "result", "face", "carry", "bring", "incur", "trigger", "mean", "include"})
#: Words that grade a risk: "high risk", "lower-risk", "medium risk".
_RISK_LEVELS = frozenset({"high", "higher", "highest", "low", "lower", "lowest", "medium", "moderate", "elevated",
                          "standard", "negligible"})


def risk_level(doc: Doc, toks: tuple[int, ...]) -> bool:
    """Whether a worry phrase is only a grade of risk ("high risk", "at
    higher risk", "'low risk' ones"): a rating a policy sorts by, not a
    worry; "a high risk of fraud" says what is risked and is one.

    >>> from policygraph.nlp import load_model
    >>> doc = load_model()("Shipments from high risk countries and a high risk of fraud.")
    >>> risk_level(doc, (2, 3)), risk_level(doc, (7, 8))
    (True, False)
    """
    words = [doc[i].lower_ for i in toks if doc[i].is_alpha and doc[i].lower_ not in {"one", "ones", "at"}]
    if len(words) != 2 or words[0] not in _RISK_LEVELS or words[1] != "risk":
        return False
    risk = next(doc[i] for i in toks if doc[i].lower_ == "risk")
    # ("a high risk of fraud" says what is risked; "the plan is high risk" judges the plan)
    return not any(c.dep_ == "prep" and c.lower_ in {"of", "to", "for"} for c in risk.children) \
        and not (risk.dep_ in {"attr", "acomp"} and risk.head.lemma_ == "be")


def cut_short(doc: Doc, conduct: tuple[int, ...]) -> bool:
    """Whether a conduct phrase stops where its words still ask for more:
    "operation of", "remove the" (a word that links or points, last) names
    no act a reader could."""
    last = doc[conduct[-1]]
    return last.pos_ in {"ADP", "DET", "CCONJ", "SCONJ"} and last.dep_ != "prt"


def held_state(verb: Token) -> bool:
    """"a veteran must: - be eligible for VA health care; - have household
    income below 50% of median": being something, or having an amount, is a
    condition met, not conduct (the annotation guide's states); who must
    meet it is still regulated. Having a thing one keeps ("have a working
    smoke alarm") is a duty."""
    if verb.dep_ in {"aux", "auxpass"}:
        return False
    if verb.lemma_.lower() == "be":
        return True
    # ("have the right to appeal", "have the option of a hearing": a right held, no act either)
    if verb.lemma_.lower() != "have":
        return False
    after = [t for t in verb.subtree if t.i > verb.i]
    return any(t.like_num or t.text == "%" or t.lower_ in {"percent", "least", "most", "fewer", "less"} for t in after) \
        or any(o.dep_ == "dobj" and o.lemma_.lower() in _HELD_ENTITLEMENTS for o in verb.children)


#: What one has rather than does: "have the right to appeal", "have the option of a hearing".
_HELD_ENTITLEMENTS = frozenset({"right", "option", "opportunity", "choice", "entitlement"})


def duty_mentions(f: Finding, doc: Doc, seg: Segment) -> list[Mention]:
    """Conduct named by an obligation, ban or recommendation (`frames`).
    Only the verb is the mention's own token: an actor or policy named
    inside the phrase ("notify the Department") stays a mention too."""
    out = []
    for duty in segment_duties(doc, seg, f.lex):
        if not duty.conduct or obeys_or_makes_policy(doc[duty.head], f.lex) or generic_act(doc, duty.conduct) \
                or held_state(doc[duty.head]):
            # the duty still says whom its policy regulates
            if duty.actor is not None:
                out += f._doer_mentions(doc, doc[duty.actor])
            continue
        if cut_short(doc, duty.conduct):
            continue
        cls = {"prohibition": "Misconduct", "penalty": "Misconduct", "reward": "GoodConduct"}.get(duty.kind, "Behaviour")
        shared = tuple(i for i in duty.conduct if i != duty.head)
        text = span_text(doc, duty.conduct)
        out.append(Mention(duty.conduct, text, cls, "frame", head=duty.head, shared=shared,
                           variants=variant_texts(doc, duty.head, text, f.lex)))
        if duty.actor is not None:
            out += f._doer_mentions(doc, doc[duty.actor], "required" if required_of_many(doc, duty) else "doer")
    for actor, target in policy_targets(doc):  # "the program offers small farms a grant"
        named = actor.head if actor.dep_ == "appos" else actor  # "the Green Roof Program, a subsidy that allows"
        if any(f.lex.core(c) == "Policy" for c in head_classes(named, f.lex)) and f._animate(target):
            out += f._doer_mentions(doc, target)
    intro_doers = list_intro_doers(doc)
    for doer in intro_doers:  # "Under the rule, lifeguards must:" (a list of their duties)
        out += f._doer_mentions(doc, doer, "required")
    for modal in with_words(doc, {"must", "shall", "should"}):  # "Growers must, by law." (no list)
        if modal.dep_ == "ROOT":
            out += [m for c in modal.children if c.dep_ == "nsubj" and c not in intro_doers
                    for m in f._doer_mentions(doc, c)]
    for required in required_above_a_list(doc, f.lex.obligation_cues | f.lex.prohibition_cues):
        out += f._doer_mentions(doc, required, "required")  # "The rule requires water systems to:" (a list)
    for verb in with_lemmas(doc, SANCTIONING_VERBS):  # "counties may fine hosts up to $1,000": who is punished
        if verb.pos_ == "VERB" and not any(
                c.dep_ == "neg" for c in verb.children):
            out += [m for o in verb.children if o.dep_ == "dobj" and o.tag_ == "NNS" and not names_conduct(o)
                    for m in f._doer_mentions(doc, o)]
    return out


def required_above_a_list(doc: Doc, cues: frozenset[str]) -> list[Token]:
    """Whom a list intro requires or forbids to do its items: "The rule
    requires community water systems to:", "The order bars operators
    from:". The parse leaves the "to" or "from" without an object, before
    the colon, so no duty frame names them; the items say what they must do."""
    if len(doc) < 4 or doc[-1].text != ":" or doc[-2].lower_ not in {"to", "from"}:
        return []
    # (the parse may hang the "to" on a participle the cue governs: "directs covered utilities to:")
    verb = next((v for v in (doc[-2].head, *doc[-2].head.ancestors) if v.lemma_.lower() in cues), None)
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    return [o for o in verb.subtree if o.dep_ == "dobj" and o.i < doc[-2].i and o.pos_ in {"NOUN", "PROPN"}][:1]


def named_doer_class(tok: Token) -> str:
    """The class a duty's subject gets from the tagger when the vocabulary
    has no word for it: a proper name tagged as an organisation or a person
    ("Under the permit, Brandt Minerals must drill wells") names someone
    who acts, as much as one with a legal form ("Brandt Minerals Inc.").

    >>> from policygraph.nlp import load_model
    >>> doc = load_model()("Under the permit, Brandt Minerals must drill wells.")
    >>> named_doer_class(doc[5]), named_doer_class(doc[8])
    ('Organisation', '')
    >>> named_doer_class(load_model()("Brandt Minerals must drill wells, critics argue.")[1])
    ''
    """
    verb = tok.head
    if tok.pos_ != "PROPN" or verb.dep_ in {"ccomp", "parataxis"} or any(t.text in _DOUBLE_QUOTES for t in tok.sent):
        return ""  # ("the Fed must raise rates, economists argue", a quote: what someone says is owed, no rule)
    return {"ORG": "Organisation", "PERSON": "Person"}.get(tok.ent_type_, "")


_DOUBLE_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def required_of_many(doc: Doc, duty: Duty) -> bool:
    """"The Harbor Act requires airports to file a report", "requires every
    host to register", "the rule bars wineries from shipping": the class a
    policy or body requires to act, or bars from acting, is who acts,
    though the vocabulary lists no such noun (a subject of "must" may be a
    thing: "the fleet must shrink"; what a text must contain or a thing
    must have or meet is no conduct: "requires labels to list", "requires
    vehicles to carry", "requires buildings to meet")."""
    if duty.actor is None or duty.policy is None or duty.kind not in {"obligation", "prohibition"}:
        return False
    doer, verb = doc[duty.actor], doc[duty.head]
    each = doer.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"every", "each"} for c in doer.children)
    return doer.dep_ == "dobj" and (doer.tag_ == "NNS" or each) and doer.head.i != verb.i and not names_an_act(doer) \
        and verb.lemma_.lower() not in _CONTENT_VERBS | _HAVING_VERBS


#: Worry words that name a good a policy is judged by, no harm it brings: "will lead to transparency".
_VALUES = frozenset({"transparency", "accountability", "privacy", "security", "fairness", "freedom", "right", "liberty",
                     "control", "impact", "implication", "challenge", "issue", "conformity"})


#: Words that mark one particular instrument: "pending legislation", "new regulation".
_PARTICULAR_WORDS = frozenset({"pending", "new", "current", "existing", "recent", "upcoming"})


def unspecific_policy_word(noun: Token, classes: tuple[str, ...], lexicon: Lexicon) -> bool:
    """"raised concerns about due process": a policy word in lower case,
    singular, with no determiner and a modifier of its own names an idea,
    not one policy (the guide's policies are named or definite: "concerns
    about the process" is about one)."""
    return all(lexicon.core(c) == "Policy" for c in classes) and noun.tag_ == "NN" and noun.is_lower \
        and not any(c.dep_ in {"det", "poss"} for c in noun.children) \
        and any(c.dep_ in {"amod", "compound"} and c.i < noun.i for c in noun.children) \
        and not any(c.lower_ in STAGE_WORDS | _PARTICULAR_WORDS for c in noun.children)  # "pending legislation": one bill


def _subject_up_the_clauses(verb: Token) -> Token:
    """Who does what a verb says: its subject, or the subject of the verb
    it is joined to or hangs from ("the ordinance would raise fees and
    strain small shops": the ordinance); the verb itself when none is said."""
    at = verb
    for _ in range(4):
        subject = next((c for c in at.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        if at.dep_ not in {"conj", "advcl", "xcomp"}:
            break
        at = at.head
    return verb


def worry_mentions(f: Finding, doc: Doc, seg: Segment) -> list[Mention]:
    """What a worry frame names is a concern (`frames.concern_phrases`);
    under a concern label ("Lack of Oversight: critics worry that
    officials could misuse records") the label names it, the clause only
    explains it."""
    markers = f.lex.concern_markers
    labelled = bool(seg.block.label) and seg.frame == "Concern"
    out = []
    for head, toks in concern_phrases(doc, markers=markers, raise_cues=f.lex.relation_cues["raisesConcern"],
                                      critics=f.lex.relation_cues["criticizes"],
                                      supporters=f.lex.relation_cues["supports"]):
        if labelled and doc[head].pos_ in {"VERB", "AUX"} or doc[head].pos_ == "VERB" and denied_above(doc[head]):
            continue  # ("growers do not fear that the act will hurt their yields")
        if risk_level(doc, toks):
            continue  # "countries rated 'high risk'", "athletes judged to be at higher risk": a rating, no worry
        if making_a_policy(doc[head], [c for c in doc[head].children if c.dep_ == "dobj"], f.lex):
            continue  # "criticized the Board for adopting the rule": a stance on the rule, the rule no worry
        if doc[head].pos_ == "PROPN" and _names_a_policy(doc[head], f.lex):
            continue  # "raised concerns about S. 1187": a bill known by its number is what they worry about
        own = head_classes(doc[head], f.lex) if doc[head].pos_ != "VERB" else ()  # ("risk driving landlords out")
        if own and not any(f.lex.core(c) == "Concern" for c in own) and not unspecific_policy_word(doc[head], own, f.lex):
            bringer = doc[head].head
            if doc[head].dep_ != "dobj" or bringer.lemma_.lower() not in INTENSIFYING_VERBS \
                    or not conduct_phrase(bringer):
                continue  # "concerns about the Act", "worries about employers": not the worry itself
            # ("could invite conflicting state laws": what would come is a policy; the worry is its coming)
            head, toks = bringer.i, conduct_phrase(bringer)
        cause = outcome_verb(doc[head])
        reported = cause is not None and (cause.dep_ == "ccomp" and cause.head.lemma_.lower() in WORRY_VERBS
                                          or cause.dep_ in {"acl", "relcl", "ccomp"}  # "raised concerns that X could lead to Y"
                                          and cause.head.lemma_.lower() in f.lex.concern_markers)
        hurting = doc[head].pos_ == "VERB" and doc[head].lemma_.lower() in HURTING_VERBS
        hurter = _subject_up_the_clauses(doc[head])
        feared = doc[head].dep_ == "ccomp" and (doc[head].head.lemma_.lower() in WORRY_VERBS | f.lex.concern_markers
                                                 or is_worried(doc[head].head)) \
            and not denied_above(doc[head]) and not asked(doc[head])  # ("growers do not fear that ...")
        if hurting and not f._policy_or_it(hurter) and (f._animate(hurter) or not feared):
            continue  # "the rule would hurt small farms" is a worry about the rule; "the landlord hurt tenants" an act
            # ("worries that aggressive clearing will harm oak woodlands": a harm feared, whatever does it)
        if cause is not None and cause.lemma_.lower() in {"lead", "result"} and not reported:
            subj = next((c for c in cause.children if c.dep_ == "nsubj"), None)
            if subj is None or not f._policy_or_it(subj):
                continue  # a possible outcome is a worry only when a policy (or "it") would bring it, or someone warns of it
        if f.is_generic(doc, list(toks), "Concern"):
            continue
        text = span_text(doc, toks)
        # "could drive consumers abroad": the consumers are an actor too
        shared = tuple(t.i for i in toks if i != head and any(f.lex.core(c) == "Actor" for c in head_classes(doc[i], f.lex))
                       for t in doc[i].subtree if t.i in toks and t.i <= i)
        out.append(Mention(toks, text, "Concern", "frame", head=head, shared=shared,
                           variants=variant_texts(doc, head, text, f.lex)))
    taken = {m.head for m in out}
    for verb, outcome, toks in foreseen_outcomes(doc):  # "the law would lead to discrimination": a harm foreseen
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if outcome.i not in taken and subj is not None and f._policy_or_it(subj) and any(
                f.lex.core(c) == "Concern" for c in head_classes(outcome, f.lex)) \
                and outcome.lemma_.lower() not in _VALUES:
            text = span_text(doc, toks)
            out.append(Mention(toks, text, "Concern", "frame", head=outcome.i, variants=variant_texts(doc, outcome.i, text, f.lex)))
    return out


#: Verbs whose subject voices a worry, and so is someone.
WORRY_VERBS = frozenset({"worry", "fear", "warn", "complain", "object", "argue", "contend", "caution", "protest",
                         "question", "doubt"})
#: Verbs whose subject takes a stance when their object is a policy ("support the rule", not "support a range").
STANCE_VERBS = frozenset({"oppose", "criticize", "criticise", "condemn", "support", "endorse", "praise", "welcome",
                          "applaud", "back", "lobby", "campaign"})
#: Verbs whose subject takes a stance with "for" or "against": "voted against the rule", "pushed for the bill".
STANCE_PREP_VERBS = frozenset({"call", "vote", "lobby", "campaign", "argue", "advocate", "testify", "rally", "speak",
                               "fight", "petition", "mobilize", "mobilise", "push", "press", "come"})
#: Verbs only someone, never a policy, is the subject of: "the Environmental Defense Fund welcomed the rule".
_SPEAKING_VERBS = (WORRY_VERBS | STANCE_VERBS | STANCE_PREP_VERBS | {"say", "urge", "testify"}) - {"support", "back"}
#: Verbs by which someone voices a worry named by their object: "expressed concern", "raised objections".
_VOICING_VERBS = frozenset({"express", "voice", "raise"})
_VOICED_WORRIES = frozenset({"concern", "worry", "fear", "objection", "doubt", "reservation", "alarm", "opposition"})
#: Nouns for writings, which "warn" or "argue" without being anyone.
_WRITINGS = frozenset({"study", "report", "analysis", "research", "data", "evidence", "survey", "paper", "letter",
                       "article", "review", "audit", "finding", "document", "statement", "memo", "brief", "comment"})


def voice_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """Who worries or warns is an actor ("some small marinas worry that
    ..."), and so is who opposes or supports a policy ("boat clubs oppose
    the rule"); a writing that "warns" is not someone."""
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        worried = verb.lemma_ == "be" and any(is_worried(c) for c in verb.children)  # "fishers are concerned that"
        worried |= lemma in _VOICING_VERBS and any(  # "some resellers have expressed concern that ..."
            c.dep_ == "dobj" and c.lemma_.lower() in _VOICED_WORRIES for c in verb.children)
        if (verb.pos_ != "VERB" or lemma not in WORRY_VERBS | STANCE_VERBS | STANCE_PREP_VERBS) and not worried:
            continue
        particles = [c for c in verb.children if c.dep_ in {"advmod", "prt"} and c.lower_ in {"back", "out", "up"}]
        held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + [
            o for h in [verb, *particles] for p in h.children if p.dep_ == "prep" and p.lower_ in {"against", "for"}
            for o in p.children]
        if lemma in STANCE_VERBS | STANCE_PREP_VERBS - WORRY_VERBS and not any(_names_a_policy(c, f.lex) for c in held):
            continue
        voices = [c for c in verb.children if c.dep_ == "nsubj"] + [  # "is opposed by ticket resellers"
            o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for subj in voices:
            if lemma in _VOICING_VERBS and verb.dep_ == "ccomp" and subj.pos_ == "NOUN" \
                    and not names_someone(subj, f.lex):
                continue  # "the union said the crackdown raises concerns": a thing that gives cause for worry
            if subj.pos_ == "NOUN" and subj.lemma_.lower() not in _WRITINGS:  # names are the tagger's
                out += [replace(m, source="voice") for m in f._doer_mentions(doc, subj)]
            elif subj.pos_ == "PROPN" and not subj.ent_type_ and subj.is_title and not head_classes(subj, f.lex):
                # "Ticketmaster lobbied against the bill", "Okafor warned that ...": a name the tagger missed, of
                # someone who takes a stance; one word alone is more often a person's surname (it then joins the
                # person named in full), several a body's name
                toks = name_run(doc, subj)
                if toks and not any(doc[i].ent_type_ for i in toks):
                    cls = "Person" if len(toks) == 1 else "Organisation"
                    out.append(Mention(toks, span_text(doc, toks), cls, "voice", head=subj.i))
    return out


def undersigned_mentions(doc: Doc) -> list[Mention]:
    """"The undersigned consumer, civil rights, senior and community
    organizations write to urge ...": the coalition a letter writes for is
    one actor, named from "undersigned" to the plural noun that says what
    its members are (the parse of such a list is often broken, so by
    position)."""
    out = []
    for tok in (t for t in doc if t.lower_ == "undersigned"):
        end = next((t for t in doc[tok.i + 1 : tok.i + 12] if t.tag_ in {"NNS", "NNPS"}
                    and t.lemma_.lower() in _SIGNING_BODIES or t.tag_ in {"VBP", "VBZ", "VBD", "MD"} or t.is_sent_end),
                   None)  # (up to the verb they write with: "boating" or "civil" on the way are what they are)
        if end is not None and end.tag_ in {"NNS", "NNPS"}:
            toks = tuple(range(tok.i, end.i + 1))
            out.append(Mention(toks, span_text(doc, toks), "Organisation", "coalition", head=end.i))
    return out


#: What the members of a coalition that signs a letter are: "the undersigned organizations".
_SIGNING_BODIES = frozenset({"organization", "organisation", "group", "association", "union", "member", "party",
                             "signatory", "business", "company", "coalition", "advocate", "nonprofit"})


def regulated_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """Whom a policy regulates, covers or governs is an actor, named by a
    word for someone ("the Act regulates breeders", "breeders are regulated
    under the Breeder Act", "kennel owners are covered by the rule"): the
    vocabulary need not list them. Things it governs ("emissions", "loans")
    are no one."""
    out: list[Mention] = []
    for verb in with_lemmas(doc, f.lex.relation_cues["evaluates"]):
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ == "acl"
        if passive:
            policies = pobjs(verb, {"by", "under"})
            held = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
        else:
            policies = [c for c in verb.children if c.dep_ == "nsubj"]
            held = [c for c in verb.children if c.dep_ == "dobj"]
        if not any(_names_a_policy(p, f.lex) for p in policies):
            continue
        out += [m for t in held for c in [t, *t.conjuncts] if f._animate(c) for m in f._doer_mentions(doc, c)]
    return out


def _names_a_policy(noun: Token, lexicon: Lexicon) -> bool:
    """"the rule", "the Ticket Act", "H.R. 2210": a policy by its head noun or a bill's number."""
    number = _name_text(noun)
    return any(lexicon.core(k) == "Policy" for k in head_classes(noun, lexicon)) or bool(
        LEGISLATION_NUMBER.search(number))


def _name_text(noun: Token) -> str:
    """The noun with its compounds and number: "H.R. 2210"."""
    toks = [t for t in noun.subtree if t.dep_ in {"compound", "nummod", "appos"} or t.i == noun.i]
    return " ".join(t.text for t in sorted(toks, key=lambda t: t.i))


def harm_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """Harms a criticism names (`frames.harm_phrases`); a harm to a named
    actor or policy ("low-income taxpayers") is that actor, not a concern."""
    out = []
    for head, toks in harm_phrases(doc, modifiers=f.lex.harm_modifiers, cues=f.concern_frame, argued=f.opinion):
        own = head_classes(doc[head], f.lex)
        absent = doc[toks[0]].lower_ == "no"  # "There is no warrant requirement": the absence, whatever is absent
        if own and not any(f.lex.core(c) == "Concern" for c in own) and not absent or doc[head].ent_type_ \
                or risk_level(doc, toks):
            continue
        text = span_text(doc, toks)
        out.append(Mention(toks, text, "Concern", "frame", head=head, variants=variant_texts(doc, head, text, f.lex)))
    for said_of, head, toks in judged_harms(doc, modifiers=f.lex.harm_modifiers):  # "the framework is inadequate"
        if toks and f._policy_or_it(said_of):
            out.append(Mention(toks, span_text(doc, toks), "Concern", "frame", head=head))
    taken = {m.head for m in out}
    for verb, said_of, toks in [*policy_lacks(doc), *reach_judged(doc), *costly_outcomes(doc)]:
        # "advocates said the act lacks adequate protections", "... the rule does not go far enough", whoever says it
        if verb.i not in taken and f._policy_or_it(said_of):
            text = span_text(doc, toks)
            # "would cost small firms thousands of dollars": the firms are an actor too
            shared = tuple(t.i for i in toks if i != verb.i and any(f.lex.core(c) == "Actor" for c in head_classes(doc[i], f.lex))
                           for t in doc[i].subtree if t.i in toks and t.i <= i)
            out.append(Mention(toks, text, "Concern", "frame", head=verb.i, shared=shared,
                               variants=variant_texts(doc, verb.i, text, f.lex)))
    return out


def prohibited_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """"It is illegal for a landlord to refuse repairs": the infinitive
    after a prohibition names misconduct."""
    out = []
    for tok in doc:
        if tok.tag_ != "VB" or tok.dep_ not in {"xcomp", "ccomp", "advcl", "csubj"}:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        gov = tok.head
        cues = {gov.lemma_.lower()} | {c.lemma_.lower() for c in gov.children if c.dep_ in {"acomp", "oprd", "ccomp", "xcomp", "attr"}}
        if not cues & f.lex.prohibition_cues:
            continue
        toks = [i for i in f._phrase(doc, tok) if i >= tok.i and not (doc[i].is_punct and doc[i].text != "-")]
        if len(toks) > 10:  # "resell a ticket at more than 10% above its face value": the verb and its object
            toks = list(conduct_phrase(tok))
        if 1 <= len(toks) <= 10:
            text = span_text(doc, tuple(toks))
            out.append(Mention(tuple(toks), text, "Misconduct", "gerund", head=tok.i, variants=variant_texts(doc, tok.i, text, f.lex)))
    return out


def _listed_after_clause(owner: Token, prep: Token) -> Token:
    """"measures that do not weaken security, such as funding ...": after a
    comma, a list that follows a relative clause gives examples of the noun
    the clause describes, not of the clause's last noun."""
    doc = owner.doc
    start = prep.i - 1 if doc[prep.i - 1].lower_ == "such" else prep.i
    if start < 1 or doc[start - 1].text != ",":
        return owner
    clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in {"NOUN", "PROPN"} else owner


def enumeration_mentions(f: Finding, doc: Doc, seg: Segment) -> list[Mention]:
    """Items after "X such as / like / including": typed by their own head
    noun, else by X's ("offences such as late filings")."""
    out = []
    for prep in with_words(doc, _ENUM_PREPS):
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.head.children) and doc[prep.i - 1].lower_ != "such":
            continue
        owner = prep.head
        if owner.lower_ == "such" or owner.dep_ == "amod":
            owner = owner.head
        owner = _listed_after_clause(owner, prep)
        if owner.lemma_.lower() in f.effect_cues or owner.pos_ not in {"NOUN", "PROPN"}:
            continue  # "penalties, including fines": sanctions, not conduct
        if any(t.pos_ == "VERB" for t in doc[owner.i + 1 : prep.i]):
            continue  # "a rule requiring sellers to show the price, including all fees": the list is not of rules
        owner_cls = choose_class(head_classes(owner, f.lex), f.lex, seg.frame)
        first = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
        if first is None:
            continue
        for item in [first, *first.conjuncts]:
            if item.tag_ == "VBG":
                continue  # gerund rule
            own = head_classes(item, f.lex)
            cls = choose_class(own, f.lex, f.lex.core(owner_cls) if owner_cls else "") if own else owner_cls
            if not cls and item.ent_type_ in _NER_CLASSES:
                cls = _NER_CLASSES[item.ent_type_]
            if not cls:
                continue
            mention = f._noun_mention(doc, item, cls, "enum")
            if mention:
                out.append(mention)
    return out


def listed_names(f: Finding, doc: Doc) -> list[Mention]:
    """"The endorsing organizations, which include Save the Bay, Harbor
    Action and Friends of the Marina", "groups such as Harbor Watch":
    each capitalised name in a list of what bodies include is one of them.
    The names are read off the text between the commas, as the parse takes
    such names apart (a verb in "Save the Bay", a kind noun in "Harbor
    Action")."""
    out = []
    for cue in doc:
        if cue.lemma_.lower() == "include" and cue.pos_ == "VERB" and not any(c.dep_ == "neg" for c in cue.children):
            owner = cue.head if cue.dep_ == "relcl" else next((c for c in cue.children if c.dep_ == "nsubj"), None)
        elif cue.lower_ == "including" or cue.lower_ == "as" and cue.i > 0 and doc[cue.i - 1].lower_ == "such":
            owner = cue.head.head if cue.head.lower_ == "such" or cue.head.dep_ == "amod" else cue.head
        else:
            continue
        owner_cls = choose_class(head_classes(owner, f.lex), f.lex, "Actor") if owner is not None else ""
        if not owner_cls or f.lex.core(owner_cls) != "Actor" or owner_cls == "Person" or owner.tag_ not in {"NNS", "NN"}:
            continue
        for toks in list_items(doc, cue.i + 1):
            own = choose_class(head_classes(doc[toks[-1]], f.lex), f.lex, "Actor")
            cls = own if own and f.lex.core(own) == "Actor" else "Organisation" if owner_cls == "Group" else owner_cls
            out.append(Mention(toks, span_text(doc, toks), cls, "enum", head=toks[-1]))
    return out


#: Marks that end a list of names.
_LIST_ENDS = {".", ";", ":", "(", ")", "\u2014", "\u2013", "--", "!", "?"}


def list_items(doc: Doc, start: int) -> list[tuple[int, ...]]:
    """The capitalised names of a list that starts at `start`, split at its
    commas and its last "and" / "or"; the list ends at the item after that
    conjunction, at a mark that closes it, or at an item that is no name
    ("Harbor Watch, Save the Bay and others")."""
    items, current, last = [], [], False
    for tok in doc[start:]:
        if tok.text in _LIST_ENDS or tok.text == "," and last or tok.text == "," and not current:
            break
        if tok.text == "," or tok.pos_ == "CCONJ" and tok.lower_ in {"and", "or"} and current:
            items.append(tuple(current))
            current, last = [], last or tok.pos_ == "CCONJ"
            continue
        if tok.pos_ == "CCONJ" and tok.lower_ in {"and", "or"}:
            last = True  # ", and" after an Oxford comma
            continue
        current.append(tok.i)
    if current:
        items.append(tuple(current))
    names = []
    for n, toks in enumerate(items):
        if toks and doc[toks[0]].lower_ == "the" and len(toks) > 1:
            toks = toks[1:]  # "the Sierra Club"
        words = [doc[i] for i in toks]
        # a capital opens each word of a name, also one in camel case ("MediaJustice") or with a domain ("Presente.org")
        if not words or not words[0].text[:1].isupper() or words[0].pos_ == "DET":
            break
        size = next((k for k, w in enumerate(words) if not (w.text[:1].isupper() or w.lower_ in _NAME_LINKS
                                                            or not w.is_alpha)), len(words))
        while size and words[size - 1].lower_ in _NAME_LINKS:
            size -= 1
        if size < len(words) and n < len(items) - 1:
            break  # "Harbor Watch, local anglers and ...": the list is not of names
        names.append(toks[:size])  # the last name ends where the sentence goes on: "... and Clean Water Now criticized"
    return names


#: Verbs whose object "authority" is a power, not a body: "gives the agency authority over futures".
_POWER_VERBS = frozenset({"give", "grant", "have", "gain", "lack", "exercise", "hold", "delegate", "expand", "limit",
                          "retain", "confer", "provide"})


#: Nouns for a person's role, in apposition to a name: "the group's founder, Marcus Bell".
_ROLE_NOUNS = {"founder", "president", "director", "spokesperson", "spokesman", "spokeswoman", "chair", "chairman",
               "chairwoman", "ceo", "executive", "head", "leader", "owner", "member", "organizer", "organiser"}


def described(tok: Token) -> Token | None:
    """What a description stands for: the noun it is set beside ("the Green
    Roof Program, *a subsidy* that ...") or the subject it is said of with
    "is" ("the Green Label is *a program* that ..."). None otherwise."""
    if tok.dep_ == "appos":
        return tok.head
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    # (an object the parser makes of a punctuation mark has no words: no description)
    start = min((t.i for t in tok.subtree if not t.is_punct), default=0) if tok.dep_ == "dobj" else 0
    if start >= 2 and tok.doc[start - 1].text == ",":
        # "introduced the Safe Nursery Act, legislation that would ...": the parse makes it a second object
        return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i
                     and max((t.i for t in c.subtree if not t.is_punct), default=-1) == start - 2), None)
    return None


#: What the tagger may call a name that says what it is: a person or a place keeps its own rules.
_OWN_KIND_ENTS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def name_run(doc: Doc, head: Token) -> tuple[int, ...]:
    """The capitalised words a name headed at `head` is written with,
    hyphens inside kept: "Coastal Compact", "Medi-Cal"; () when `head`
    is no capitalised word."""
    if not (head.is_alpha and capitalised(head) and head.pos_ in {"PROPN", "NOUN"}):
        return ()
    start = head.i
    while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                         and start > 1 and _name_word(doc[start - 2])):
        start -= 1
    return tuple(range(start, head.i + 1))


def whole_name(doc: Doc, head: Token) -> tuple[int, ...]:
    """The name a description is said of: the tagger's entity it heads
    ("Americans with Disabilities Act", "National Institutes of Health"),
    else its capitalised words (`name_run`); () when the name runs on past
    a link the run cannot hold."""
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    end = ent.end if ent is not None and ent.root == head else head.i + 1
    if end + 1 < len(doc) and doc[end].lower_ in _NAME_LINKS and doc[end].is_lower and _name_word(doc[end + 1]):
        return ()  # "Americans with Disabilities Act" the tagger cut short: no sure name
    if ent is not None and ent.root == head:
        toks = [t.i for t in ent if t.pos_ != "DET" and t.tag_ != "POS"]
        return tuple(toks) if toks and all(doc[i].is_alpha or doc[i].text in {"-", "&", "."} for i in toks) \
            and any(not doc[i].is_lower for i in toks) else ()
    return name_run(doc, head)


def said_kinds(docs: list[Doc], lexicon: Lexicon) -> dict[str, str]:
    """The class of each name the article says what it is: "the Coastal
    Compact is an agreement between ...", "Harborwatch, a nonprofit
    group, ...", "Medi-Cal, California's Medicaid program, ...": a name
    is of its description's class wherever the article writes it, what
    the tagger guessed (or missed) notwithstanding. A class of people said
    of a first and last name ("Ana Ruiz, a farmer") makes it a person's;
    a person's or a place's name keeps its tagger's class unless said to
    be a policy."""
    kinds: dict[str, str] = {}
    for doc in docs:
        for noun in doc:
            if noun.pos_ != "NOUN" or not noun.is_lower or noun.tag_ in {"NNS", "NNPS"}:
                continue
            said_of = described(noun)
            classes = head_classes(noun, lexicon)
            if said_of is None or not classes:
                continue
            cls = choose_class(classes, lexicon)
            core = lexicon.core(cls)
            if core not in {"Policy", "Actor"} or core == "Actor" and said_of.ent_type_ in _OWN_KIND_ENTS - {"PERSON"}:
                continue
            toks = whole_name(doc, said_of)
            if not toks or any(doc[i].pos_ == "PRON" for i in toks) or (
                    len(toks) == 1 and said_of.is_sent_start and said_of.tag_ in {"NN", "NNS"}):
                continue  # ("Names the bill the ...": a common word opening the sentence, read as a name)
            if len(toks) == 1 and doc[toks[0]].lower_.rstrip(".") in LEGAL_FORMS:
                continue  # "Okafor Logistics, LLC, a freight broker": the description is the company's, named whole
            if cls in {"Group", "Person"}:  # "Ana Ruiz, a farmer": one person named by first and last name
                if len(toks) < 2 or not all(doc[i].pos_ == "PROPN" and doc[i].is_title for i in toks) \
                        or said_of.ent_type_ not in {"", "PERSON"}:
                    continue
                cls = "Person"
            elif said_of.ent_type_ == "PERSON" and core == "Actor":
                continue
            kinds.setdefault(span_text(doc, toks).lower(), cls)
    return kinds


def said_kind_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """Every place the article writes a name it says what it is (`said_kinds`)."""
    out = []
    if not f.kinds:
        return out
    for tok in doc:
        toks = name_run(doc, tok) if tok.i + 1 == len(doc) or not _name_word(doc[tok.i + 1]) else ()
        for n in range(len(toks)):  # the longest described name ending here ("the New Coastal Compact")
            text = span_text(doc, toks[n:]).lower()
            if text in f.kinds:
                out.append(Mention(toks[n:], span_text(doc, toks[n:]), f.kinds[text], "described", head=tok.i))
                break
    return out


def _described_as_someone(root: Token) -> bool:
    """Whether a name stands in apposition to a person's role ("the
    founder, Marcus Bell" / "Marcus Bell, the group's founder")."""
    if root.dep_ == "appos" and root.head.lemma_.lower() in _ROLE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in _ROLE_NOUNS for c in root.children)


def _classifying(adj: Token, head: Token, lexicon: Lexicon | None = None) -> bool:
    """An adjective that sorts a plural body of people by its cause or
    field ("environmental groups", "civic organizations") rather than
    describing it ("other groups", "large groups"): one ending like a
    relational adjective (-al, -ic, -ary, -ian), never a vague word."""
    # ("patient groups", "tenant associations": a word the vocabulary knows for people, read as an adjective)
    people = lexicon is not None and any(lexicon.core(c) == "Actor" for c in word_classes(lexicon, adj.lower_, adj.lower_))
    return (adj.dep_ == "amod" and adj.head.i == head.i and head.tag_ == "NNS"
            and (adj.pos_ == "ADJ" and adj.lower_.endswith(("al", "ic", "ary", "ian")) or adj.lower_ in _LEGAL_STANDING
                 or people)
            and adj.lower_ not in {"several", "additional", "general", "local", "potential", "typical"})


#: Adjectives by which a law sorts persons into a class it regulates: "liable persons", "covered entities".
_LEGAL_STANDING = frozenset({"liable", "eligible", "responsible", "covered", "regulated", "registered", "licensed",
                             "obligated", "qualified", "exempt", "designated"})


def _federated_states(tok: Token) -> bool:
    """"grants to states", "many states have passed laws", "each state must
    submit a plan": the plural, or the singular taken one by one, names the
    governments of a federation's states, who act and are regulated; the
    singular alone stays too vague ("the state of the market", "the state")."""
    if tok.dep_ == "compound":
        return False
    return tok.lower_ == "states" and tok.tag_ == "NNS" or tok.lower_ == "state" and tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in {"each", "every"} for c in tok.children)


#: Verbs of paying what is owed: their object ("pay the bill") is a sum, not a law.
_PAYING_VERBS = frozenset({"pay", "owe", "settle", "repay", "overpay", "underpay"})


#: Legal forms that end a business's name: "Inc.", "LLC", "Ltd".
LEGAL_FORMS = frozenset({"llc", "inc", "corp", "ltd", "plc", "co", "lp", "llp", "l.l.c"})


def vote_tally_at_end(doc: Doc, tokens: list[int]) -> bool:
    """Whether a name ends in a vote's count: after a name with no number
    ("Heating Ordinance 5-2"), or after the name's own number ("Senate
    Bill 612 31-8", "Ordinance 24-117 7-2"); not "Ordinance 24-117".

    >>> from policygraph.nlp import build_pipeline
    >>> doc = build_pipeline()("The council adopted Ordinance 24-117 7-2.")
    >>> vote_tally_at_end(doc, [3, 4, 5, 6, 7, 8, 9]), vote_tally_at_end(doc, [3, 4, 5, 6])
    (True, False)
    """
    if len(tokens) < 4:
        return False
    if re.search(r"(?<![\w-])\d-\d$", "".join(doc[i].text for i in tokens[-3:])) \
            and not any(doc[i].like_num for i in tokens[:-3]):
        return True  # a count of one figure each side, after a name with no number
    if len(tokens) < 5 or tokens[-1] - tokens[-4] != 3:
        return False
    before, first, dash, last = (doc[i] for i in tokens[-4:])
    return before.like_num and bool(before.whitespace_) and first.like_num and dash.text in {"-", "\u2013"} \
        and not first.whitespace_ and not dash.whitespace_ and last.like_num and len(first.text) <= 3 >= len(last.text)


def legal_form_after(doc: Doc, last: int) -> list[int]:
    """The legal form a comma parts from a company's name, which the tagger
    leaves out of it: "Brightwater Staffing, LLC" is the whole name (the
    tagger takes "Kestrel Data Co." whole).

    >>> from policygraph.nlp import build_pipeline
    >>> doc = build_pipeline()("Tenants sued Meridian Rentals, LLC over deposits.")
    >>> [doc[i].text for i in legal_form_after(doc, 3)]
    [',', 'LLC']
    """
    if last + 2 < len(doc) and doc[last + 1].text == "," and doc[last + 2].lower_.rstrip(".") in LEGAL_FORMS:
        return [last + 1, last + 2]
    return []


def ends_in_legal_form(name: str) -> bool:
    """Whether a name's last word is a legal form: "Quickwage Inc.", "Blue Harbor LLC"."""
    words = name.split()
    return bool(words) and words[-1].lower().rstrip(".") in LEGAL_FORMS


#: Nouns that name a harm outright once they say what it befalls ("the risk of fire", "harm to
#: pollinators"), with the prepositions that say it ("the risk to the program" is its own).
_HARM_PREPS = {"risk": {"of", "to", "for"}, "harm": {"to", "for"}, "burden": {"on", "for"}, "danger": {"of", "to"},
               "threat": {"of", "to"}, "hardship": {"for", "on"}, "disruption": {"to", "of"}, "loss": {"of"},
               "shortage": {"of"}, "closure": {"of"}, "collapse": {"of"}, "displacement": {"of"},
               "injury": {"to"}, "damage": {"to"}, "backlog": {"of", "in"}}


def harm_said_of(noun: Token) -> bool:
    """Whether a harm noun says what it befalls: "the risk of fire", "a
    burden on households" are worries however the sentence frames them."""
    preps = _HARM_PREPS.get(noun.lemma_.lower(), set())
    denied = any(c.lower_ == "no" for c in noun.children) or noun.dep_ in {"attr", "dobj"} and any(
        c.dep_ == "neg" for c in noun.head.children)  # "is not a threat to marinas", "poses no risk of fire"
    return not denied and any(p.dep_ == "prep" and p.lower_ in preps and any(o.dep_ == "pobj" for o in p.children)
                              for p in noun.children)


def head_mentions(f: Finding, doc: Doc, seg: Segment) -> list[Mention]:
    """Noun phrases headed by a noun the ontology lists for a class."""
    out = []
    chunk_roots = [c.root for c in f.chunks.values()]
    covered = {t.i for c in f.chunks.values() for t in c}
    # nouns spaCy left out of its chunks ("X's Integrity Plan" after an
    # overlapping "of Commerce" chunk) are heads too
    orphans = [t for t in doc if t.pos_ in {"NOUN", "PROPN"} and t.i not in covered and t.dep_ not in {"compound", "amod", "poss"}]
    # a policy's name as a possessor is a mention too ("the Honest Ticket Act's sponsor")
    possessors = [t for t in doc if t.dep_ == "poss" and t.pos_ == "PROPN" and t.is_title]
    # "Harbor Order No. 5": the parse may head the name by "No", its kind noun a compound of it
    numbered = [doc[t.i - 1] for t in with_words(doc, {"no", "no.", "number"}) if t.i > 0
                and doc[t.i - 1].dep_ == "compound" and doc[t.i - 1].head.i == t.i]
    for root in chunk_roots + orphans + possessors + numbered:
        if root.dep_ == "poss" and f._owner_in_name(root.head) is root:
            continue  # "Officers'" in "the Police Officers' Association": a word of the one name its head is
        if risks_read_as_noun(root) is not None:  # "the ban risks pushing ...": the tagger's noun is a verb
            root = [c for c in root.children if c.dep_ in {"compound", "nmod"}][-1]  # and its subject "the ban"
        classes = head_classes(root, f.lex)
        if not classes or root.pos_ == "PRON":
            continue
        if in_hyphenated_word(root) and all(f.lex.core(c) == "Policy" for c in classes):
            continue  # "SECTION-BY-SECTION ANALYSIS", "rule-making": a kind noun inside a longer word names no policy
        if root.dep_ == "poss" and root in possessors and not any(f.lex.core(c) == "Policy" for c in classes):
            continue
        if root.lower_ == "authority" and (not any(c.dep_ in {"det", "amod", "compound", "poss"} for c in root.children)
                                           or root.is_lower and root.dep_ == "dobj"
                                           and root.head.lemma_.lower() in _POWER_VERBS):
            continue  # "has authority to issue rules", "gives the agency authority over futures": the power, not a body
        if len({f.lex.core(c) for c in classes}) > 1 and any(f.lex.core(c) == "Concern" for c in classes) \
                and breaks_a_policy(root, f.lex):
            continue  # "in breach of the Act": no worry (a wrong), and no act of its own (the Act is named in it)
        cls = choose_class(classes, f.lex, seg.frame)
        if ends_in_legal_form(root.text) and not root.is_lower:
            cls = "Business"  # "Brightwave Home Security, Inc.": a legal form heads a business's name, whatever is before it
        if cls == "Country" and root.is_lower and any(o.pos_ == "NOUN" and o.is_lower
                                                      for o in pobjs(root, {"of"})):
            continue  # "the country of origin", "city of residence": an attribute of something, not a place that acts
        category = f.lex.core(cls)
        lemma = root.lemma_.lower()
        if category == "Policy" and called_who(root):
            cls, category = "Group", "Actor"  # "any pilot who flies while impaired": people, not a pilot programme
        if category == "Policy" and root.lower_ in f.lex.name_heads and not root.is_lower and speaks(root):
            cls, category = "Organisation", "Actor"  # "Environmental Defense Fund welcomed the rule": a fund that speaks
        if category == "Policy" and root.is_lower and root.dep_ == "dobj" and root.head.lemma_.lower() in _PAYING_VERBS:
            continue  # "failing to pay utility bills", "owes a bill": a sum owed, not a law
        if category == "Concern" and (lemma in f.lex.contextual_heads or root.lower_ in f.lex.contextual_heads):
            if not f._in_concern_frame(root, seg):
                other = [c for c in classes if f.lex.core(c) != "Concern"]
                if not other:
                    continue
                cls = choose_class(tuple(other), f.lex)
                category = f.lex.core(cls)
        if category == "Behaviour" and lemma in f.lex.generic.get("Behaviour", frozenset()):
            if not f._in_behaviour_frame(root):
                continue
        mention = f._noun_mention(doc, root, cls, "head")
        named = mention and any(doc[i].ent_type_ == "PERSON" for i in [*mention.tokens, mention.tokens[-1] + 1]
                                if i < len(doc))
        if named and lemma in f.lex.person_titles:
            continue  # "Secretary of Transport John Park": a title before a name is the person's (`people`)
        if mention:
            out.append(mention)
            if category == "Actor":
                out += f._coordinated_actors(doc, root, cls)
    return out + named_modifiers(f, doc)


def breaks_a_policy(noun: Token, lexicon: Lexicon) -> bool:
    """"a breach of the Telemarketing Act", "abuse of the exemption": a
    wrong "of" a policy is no worry (a breach of privacy is one); it names
    the policy, not an act of its own."""
    return any(lexicon.core(c) == "Policy" for o in pobjs(noun, {"of"}) for c in head_classes(o, lexicon))


def speaks(noun: Token) -> bool:
    """Whether a noun is the subject of a verb by which someone takes a
    stance or voices a worry ("welcomed", "opposes", "warned"): a policy
    does neither ("supports" and "backs" are what a fund does, too)."""
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _SPEAKING_VERBS


def called_who(noun: Token) -> bool:
    """Whether a relative clause says "who" of a noun: only people are
    "who", so "a pilot who flies" or "an agent whom the state licenses" is
    someone, whatever else the noun can name ("whose" is said of things
    too: "the program, whose costs have soared")."""
    return any(c.dep_ == "relcl" and any(w.lower_ in {"who", "whom"} for w in c.subtree if w.i < c.i)
               for c in noun.children)


def named_modifiers(f: Finding, doc: Doc) -> list[Mention]:
    """"a Fair Fares Act case", "Clean Boats Rule violations": a policy's
    proper name used to modify another noun is still a mention of it (a run
    of capitalised compounds ending in a policy noun)."""
    out = []
    for tok in doc:
        if tok.dep_ != "compound" or not tok.is_title or tok.head.pos_ != "NOUN" or not tok.head.is_lower:
            continue
        cls = choose_class(head_classes(tok, f.lex), f.lex)
        if not cls or f.lex.core(cls) != "Policy":
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, tok.i + 1) \
                and (doc[start - 1].is_title or doc[start - 1].is_upper):
            start -= 1
        if start < tok.i:  # a name, not a lone "Program" before a noun
            toks = tuple(range(start, tok.i + 1))
            out.append(Mention(toks, span_text(doc, toks), cls, "head", head=tok.i))
    return out


#: Nouns by which an appositive says a name is an organisation's: "X, a group formed in 2022".
_ORGANISATION_NOUNS = {"group", "organization", "organisation", "coalition", "nonprofit", "association", "alliance",
                       "network", "campaign", "union", "charity", "foundation", "caucus"}


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen inside one word of a name ("Lead-Free"):
    no space on either side, a capitalised word before it."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].is_title


def described_organisations(f: Finding, doc: Doc) -> list[Mention]:
    """"Parents Advocating for School Safety, a group formed after ...":
    the capitalised words before a comma and "a group" (an organisation,
    a coalition ...) are one organisation's name, however the parser
    splits a name holding a verb."""
    out = []
    for comma in with_words(doc, {","}):
        if comma.i + 3 > len(doc) or doc[comma.i + 1].lower_ not in {"a", "an"}:
            continue
        described = next((t for t in doc[comma.i + 2 : comma.i + 5] if t.pos_ == "NOUN" and t.dep_ != "compound"), None)
        if described is None or described.lemma_.lower() not in _ORGANISATION_NOUNS:
            continue
        start = comma.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in _NAME_LINKS and doc[start - 1].is_lower
                             or _joining_hyphen(doc, start - 1)  # "Lead-Free Homes Campaign"
                             or doc[start - 1].text == "&" and start > 1 and doc[start - 2].is_title):  # "Data & Marketing"
            start -= 1
        while start < comma.i and (doc[start].is_lower or doc[start].lower_ == "the"):
            start += 1  # a name begins with a capital, after "the" ("The Harbor Alliance, a group ..."; "A Better
            # Chicago" keeps its "A")
        toks = tuple(range(start, comma.i))
        linked = any(doc[i].is_lower for i in toks) or len(toks) >= 4  # a person's name has no "for" and is short
        if len(toks) >= 3 and sum(doc[i].is_title for i in toks) >= 3 and (linked or doc[start].ent_type_ != "PERSON"):
            # the described noun stands for the name too ("a group ... opposes the ban" misparsed)
            out.append(Mention((*toks, described.i), span_text(doc, toks), "Organisation", "named", head=toks[-1],
                               shared=(described.i,)))
    for name in doc:  # "the resident group Quiet Alder Neighbors": the name after the kind of body it is
        kind = name.head
        if name.dep_ == "appos" and name.pos_ == "PROPN" and kind.i == name.i - 1 - sum(
                1 for c in name.children if c.dep_ == "compound" and c.i < name.i) \
                and kind.lemma_.lower() in _ORGANISATION_NOUNS and kind.is_lower:
            toks = tuple(t.i for t in doc[kind.i + 1 : name.i + 1])
            if all(doc[i].is_title for i in toks) and len(toks) >= 2:
                out.append(Mention(toks, span_text(doc, toks), "Organisation", "named", head=name.i))
    return out


#: A list intro saying who stands for or against a policy: "The Act is endorsed by:", "Opposed by:".
_LISTED_STANCE = re.compile(r"\b(?:(endorsed|supported|backed)|(opposed|criticized|criticised))\s+by\s*:\s*\W*$",
                            re.IGNORECASE)


def listed_stance(intro: str) -> str:
    """The stance of the bodies listed under an intro ("The Safe Nursery Act
    is endorsed by:" -> "supports"), "" for any other intro.

    >>> listed_stance("The Act is endorsed by:"), listed_stance("**Opposed by:**"), listed_stance("Employers must:")
    ('supports', 'criticizes', '')
    """
    match = _LISTED_STANCE.search(intro.replace("*", ""))
    return "" if match is None else "supports" if match.group(1) else "criticizes"


#: A list intro whose items are whom a policy covers: "The Framework applies to three sectors:", "The rule covers:".
_COVERING_INTRO = re.compile(r"\b(?:appl(?:y|ies)|extends?|will\s+apply|will\s+extend)\s+(?:only\s+)?to\b"
                             r"[^.:;]*:\s*\W*$"
                             r"|\bcovers?\b[^.:;]*:\s*\W*$", re.IGNORECASE)


#: What makes a covering intro list whom it leaves out, asks about, once meant or covers through others: "does not
#: apply to:", "everyone except:", "exemptions cover:", "asked whether it applies to:", "customers of:".
_NOT_COVERED = re.compile(r"\b(?:not|never|no longer|except|other than|exempt\w*|exclu\w+|whether|if|meant|intended|"
                          r"originally|would have)\b|n't\b|\b(?:of|from|by|with|for|in|on)\s*:\s*\W*$", re.IGNORECASE)


def covering_intro(intro: str) -> bool:
    """Whether the items under an intro are whom its policy applies to (a
    negated intro lists whom it does not).

    >>> covering_intro("From 1 July the Framework applies to three sectors:"), covering_intro("The rule covers:")
    (True, True)
    >>> covering_intro("The rule does not apply to:"), covering_intro("Employers must:")
    (False, False)
    >>> covering_intro("The tax applies to all owners except:"), covering_intro("The rebate applies to customers of:")
    (False, False)
    """
    last = last_sentence(intro.replace("*", ""))
    return bool(_COVERING_INTRO.search(last)) and not _NOT_COVERED.search(last)


def covered_item_mentions(f: Finding, doc: Doc, seg: Segment) -> list[Mention]:
    """"The Framework applies to three sectors:" / "- fuel docks that sell
    diesel": the nouns an item under a covering intro opens with (and those
    joined to them) are whom the policy covers, actors whatever their head
    noun, as a duty's doers are."""
    if seg.block.kind != "item" or not covering_intro(seg.block.intro):
        return []
    first = next((c.root for c in doc.noun_chunks), None)
    if first is None or first.pos_ not in {"NOUN", "PROPN"}:
        return []
    words = [t for t in doc[: first.i] if not t.is_punct]
    if words and all(t.is_alpha and t.pos_ in {"VERB", "NOUN", "ADJ", "PROPN"} for t in words) and len(words) <= 2 \
            and names_someone(first, f.lex):
        # "ferry operators": a noun phrase the tagger read as a command ("ferry" the operators); items here are nouns
        toks = tuple(t.i for t in (*words, first))
        return [Mention(toks, span_text(doc, toks), "Group", "covered", head=first.i)]
    if words and any(t.pos_ in {"VERB", "AUX"} for t in words):
        return []  # "sell fuel to boats": what they do, not who they are
    # someone, not something: "sales over $500", "buildings", "rent" are what a rule covers, not whom
    return [replace(m, source="covered") for t in (first, *first.conjuncts) if names_someone(t, f.lex)
            or t.pos_ == "PROPN" for m in f._doer_mentions(doc, t)]


def stance_list_names(f: Finding, doc: Doc, seg: Segment) -> list[Mention]:
    """An item under "The Act is endorsed by:" that is all one capitalised
    name ("Coalition of Pediatric Nurses", "Parents for Safe Sleep") is one
    body's name, however its words parse: an organisation unless its last
    word says more."""
    if seg.block.kind != "item" or not listed_stance(seg.block.intro):
        return []
    toks = [t.i for t in doc if not t.is_punct and not t.is_space]
    words = [doc[i] for i in toks]
    if not words or not words[0].is_title or not all(w.is_title or w.is_upper or w.lower_ in _NAME_LINKS
                                                     for w in words) or words[0].lower_ in f.lex.vague_modifiers:
        return []  # ("Several Local Marinas": some of a class, no name)
    own = [c for c in head_classes(words[-1], f.lex) if f.lex.core(c) == "Actor"]
    return [Mention(tuple(toks), span_text(doc, tuple(toks)), choose_class(tuple(own), f.lex) if own else "Organisation",
                    "named", head=words[-1].i)]


def lead_in(span: Span) -> bool:
    """Whether a span is all of a short first sentence that its paragraph
    goes on after ("**Protects Boaters.** The bill requires ..."): a
    summary's lead-in, read as a sentence of its own."""
    doc, sent = span.doc, span.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    first = next((t.i for t in doc if not t.is_space), 0)
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return (sent.start <= first and sent.end < len(doc) and last is not None and last.text in {".", ":"}
            and 2 <= len(words) <= 4 and all(span.start <= t.i < span.end for t in words))


#: An address line's town, state code and ZIP code: "Harrisburg Falls, FR 17001", "Salem, OR 97301-1234".
_CITY_STATE_ZIP = re.compile(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}, [A-Z]{2} \d{5}(?:-\d{4})?")


def ner_mentions(f: Finding, doc: Doc) -> list[Mention]:
    out = []
    # "Eastport, Ridgeland 40211" on a line of its own: an address names no one
    address = all(t.ent_type_ in {"GPE", "LOC"} or t.is_punct or t.like_num for t in doc)
    # ("Harrisburg Falls, FR 17001": a town, state code and ZIP code, whatever the tagger calls them)
    town_line = _CITY_STATE_ZIP.fullmatch(doc.text.strip()) is not None
    for ent in doc.ents:
        if address and ent.label_ in {"GPE", "LOC"} or town_line:
            continue
        if any(ent.start in m.tokens for m in out):
            continue  # "Commerce" of "the Senate Committee on Labor" + "and Commerce": the name before took it
        if ent.label_ == "NORP" and ent.root.tag_ in {"NNPS", "NNS"}:
            out.append(Mention(tuple(range(ent.start, ent.end)), ent.text, "Group", "ner", head=ent.root.i))
            continue  # "Americans": a group of people
        if ent.label_ not in _NER_CLASSES:
            continue
        if ent.label_ in {"PERSON", "ORG"} and lead_in(ent) and not any(head_classes(t, f.lex) for t in ent):
            continue  # "Strengthens Oversight. The Act creates ...": a paragraph's lead-in, no one's name
        if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in {"based", "headquartered"}:
            continue  # "the Albuquerque-based Digital Rights Center": where a body is (the tagger may call it anything)
        if ent.label_ in {"GPE", "LOC"} and ent.root.dep_ in {"compound", "nmod", "amod"} and ent.root.head.pos_ == "NOUN" \
                and ent.root.head.lemma_.lower() not in _ISSUED_NOUNS:
            continue  # "U.S. workers", "California farms": a place that sorts the noun after it names no actor
        parts: list[list[int]] = [[]]
        for tok in ent:
            if tok.tag_ == "POS" and f._owner_of_policy(doc, tok, ent):
                parts.append([])  # "the State Council's Planning Outline": issuer, then policy
            elif tok.lower_ in {"v.", "vs.", "v", "vs"} and ent.start < tok.i < ent.end - 1 and ent.label_ != "LAW" \
                    and any(t.lower_ == "in" for t in doc[max(0, ent.start - 3) : ent.start]):
                # "In Ferreira v. Halcyon Mobility, the court held ...": the case a sentence is set in names its two
                # parties (not "to codify Roe v. Wade": the ruling itself)
                parts.append([])
            elif tok.tag_ != "POS" or tok.i != ent.end - 1:
                parts[-1].append(tok.i)
        for part in parts:
            toks = f.trim(doc, part)
            toks = [i for i in toks if not doc[i].is_punct or doc[i].text in {"-", ".", "&"}
                    or legal_form_after(doc, i - 1)]  # ("Halvorsen Home Appliances, Inc.": the comma as written)
            if not toks or all(doc[i].is_lower for i in toks):
                continue
            toks += _coordinated_rest(f, doc, toks) + legal_form_after(doc, toks[-1]) if ent.label_ == "ORG" else []
            toks = _given_names(f, doc, toks) + toks if ent.label_ == "PERSON" else toks
            span: Span = doc[toks[0] : toks[-1] + 1]
            cls = f._ner_class(ent.label_, span)
            if cls:  # the slot outranks the tagger's guess when one name is tagged both ways
                source = "slot" if cls == "Policy" and (policy_slot(span.root) or f.launched_by_a_body(span.root)) \
                    else "ner"
                out.append(Mention(tuple(toks), span_text(doc, tuple(toks)), cls, source, head=span.root.i))
    return out


def _given_names(f: Finding, doc: Doc, toks: list[int]) -> list[int]:
    """"Margot Flynn, senior counsel at ...": the tagger may leave a given
    name that opens a sentence out of the person's name; a capitalised
    proper noun right before it that the parse joins to the name is part of
    it (not a title, nor a word the vocabulary knows: "Chair Flynn",
    "Commission Flynn")."""
    first = doc[toks[0]]
    before = doc[first.i - 1] if first.i > 0 else None
    if before is None or before.ent_type_ or before.tag_ != "NNP" or not before.is_title or before.dep_ != "compound" \
            or before.head.i not in toks or before.lower_.rstrip(".") in f.lex.person_titles \
            or head_classes(before, f.lex) or before.i > 0 and doc[before.i - 1].is_title and not before.is_sent_start:
        return []
    return [before.i]


def _coordinated_rest(f: Finding, doc: Doc, toks: list[int]) -> list[int]:
    """"Center for Harbor" + "and Civic Life": the tagger may end a name
    whose complement is a list at its "and"; the capitalised words after
    it belong to the name, unless they name a body of their own ("the
    Department of Justice and Federal Trade Commission" are two)."""
    if not any(doc[i].lower_ in {"of", "for", "on"} for i in toks):
        return []
    end = toks[-1] + 1
    if end >= len(doc) or doc[end].lower_ != "and":
        return []
    rest = []
    for tok in doc[end + 1 :]:
        if not (tok.is_title and tok.is_alpha):
            break
        rest.append(tok.i)
    whole = [*range(toks[0], end + 1), *rest]
    if not rest or not _is_coordinated_name(doc, whole) or any(head_classes(doc[i], f.lex) for i in rest) \
            or any(doc[i].ent_type_ == "PERSON" or doc[i].lower_ in f.lex.person_titles for i in rest):
        return []  # ("the Task Force on Homelessness and Mayor Lee": a person after it)
    return [end, *rest]


def person_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """"Governor Ana Ruiz": a title before proper nouns names a person
    (`people`); "FTC Chair Lina Khan": a body named right before the title
    is the one the person holds office in, named because it acts through
    them. "The Governor" names the one who holds the office though the
    article never gives their name (`office_references`)."""
    out = [Mention((i,), doc[i].text, "Person", "person", head=i) for i in office_references(doc, f.lex.person_titles)
           if not head_classes(doc[i], f.lex)]  # "the Secretary": the vocabulary's head-noun rule reads it
    for a, b in titled_names(doc, f.lex.person_titles):
        if any(f.lex.core(c) != "Actor" or c in BODY_CLASSES for c in head_classes(doc[b - 1], f.lex)):
            # "Principal Financial Group", "The Justice Party": a body whose name opens with a title word;
            # "Director Anthony Ruiz Division of ...": a person's name run on into their body's (a line break lost)
            b -= 1
            if sum(1 for i in range(a, b) if doc[i].lower_.rstrip(".") not in f.lex.person_titles) < 2:
                continue
        # the name without its title is one of the person's names ("Helena Marchetti" of "President Helena Marchetti")
        first = next((i for i in range(name_start(doc, a, b), b)
                      if doc[i].lower_.rstrip(".") not in f.lex.person_titles), b)
        bare = (doc[first:b].text,) if b - first >= 2 and first > a else ()
        out.append(Mention(tuple(range(a, b)), doc[a:b].text, "Person", "person", head=b - 1, variants=bare))
        body = doc[a - 1] if a > 0 else None
        if body is not None and body.ent_type_ == "ORG" and body.is_upper and len(body) >= 2 and body.pos_ == "PROPN":
            # (a body of any kind, "IBM CEO Arvind Krishna" too; the acronym's long form may say which)
            out.append(Mention((body.i,), body.text, "Organisation", "office", head=body.i))
    return out


#: Last words of a place's name: "on Harbor Street" says where, not which body.
_PLACE_WORDS = frozenset({"street", "avenue", "road", "square", "lane", "boulevard", "drive", "way", "island", "hill"})


def office_references(doc: Doc, titles: frozenset[str]) -> list[int]:
    """Tokens of "the Governor", "the Superintendent", "The Mayor": a
    capitalised title after "the" is the person holding that office (the
    style guides capitalise a title only when it stands for its holder), not
    a form of address ("the Dr."), nor a word in a body's name the tagger
    found, nor the first word of a capitalised name it owns ("the Governor's
    Office of Planning")."""
    return [tok.i for tok in doc if (tok.is_title or tok.is_upper) and title_reference(doc, tok.i, titles)
            and tok.is_alpha and tok.lower_ not in BARE_HONORIFICS and not _owns_a_name(tok)
            and not _owns_no_policy(tok)]


#: Nouns for a text written about a policy: "Summary of Ordinance No. 7", "Guide to the Harbor Act".
DOCUMENTS_ABOUT = frozenset({"summary", "overview", "guide", "explainer", "analysis", "outline", "digest",
                             "highlights", "primer"})


#: Participles that say a name is what something is called: "so-called", "self-styled", "newly named".
_NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed", "styled", "titled", "branded"})


def adjective_before_name(doc: Doc, kept: list[int]) -> bool:
    """Whether a phrase opens with a lower-case adjective before a proper
    name of two or more capitalised words: "the independent Fiscal
    Council", "the proposed Clean Water Rule". The adjective describes the
    body or policy; it is no part of its name.

    >>> from policygraph.nlp import load_model
    >>> doc = load_model()("The independent Fiscal Council backs it.")
    >>> adjective_before_name(doc, [1, 2, 3]), adjective_before_name(doc, [2, 3])
    (True, False)
    """
    first, rest = doc[kept[0]], [doc[i] for i in kept[1:]]
    return first.pos_ == "ADJ" and first.is_lower and first.dep_ == "amod" and not in_hyphenated_word(first) \
        and len(rest) >= 2 and rest[-1].pos_ == "PROPN" and rest[0].is_title \
        and all(t.is_title or t.is_upper or t.lower_ in {"of", "for", "and", "on", "the", "&"} for t in rest)


def someones_bill(noun: Token, lexicon: Lexicon) -> bool:
    """"the bill of every enrolled customer", "shown on the customer's
    bill", "worried about their monthly bill": a bill someone has, what
    something is put on or said of, is what they owe, not a law. A
    lawmaker's bill that would do something, or that someone backs, is a
    law ("her bill would require ...", "support the governor's bill"), and so
    is a body's ("the council's bill")."""
    if noun.lemma_.lower() != "bill" or not noun.is_lower:
        return False

    def someone(o: Token) -> bool:
        return o.tag_ == "PRP$" and o.lower_ != "its" or o.pos_ == "NOUN" and (
            looks_like_agent_noun(o.lower_) or any(c in {"Group", "Person"} for c in head_classes(o, lexicon)))

    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # (not "lobbied against the senator's bill", "in support of the lawmaker's bill": a stance's object)
    owned = noun.dep_ == "pobj" and noun.head.lower_ in {"on", "onto", "from", "about", "off", "to"} and any(
        c.dep_ == "poss" and someone(c) and c.lower_ not in lexicon.person_titles for c in noun.children)
    return owned or any(someone(o) for o in of)


def _members_of(tok: Token) -> bool:
    """"Tenants'" in "the Greenfield Tenants' Union", "Nurses'" in "the
    State Nurses' Association": a capitalised plural with a bare apostrophe
    names the members, part of their body's name (not an owner: "the
    Department's Office")."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.is_title and tok.lower_.endswith("s") and after is not None and after.text in {"'", "\u2019"}


def _owns_no_policy(tok: Token) -> bool:
    """"the Mayor's race", "the Chair's report": a title in the possessive
    names its holder only before a measure of theirs ("the Governor's
    proposal", "budget", "veto", "plan")."""
    owned = tok.head if tok.dep_ == "poss" else None
    return any(c.tag_ == "POS" for c in tok.children) and (owned is None or owned.lemma_.lower() not in _MEASURE_NOUNS)


#: What an office holder puts forward or decides: "the Governor's budget", "the Mayor's veto".
_MEASURE_NOUNS = frozenset({"budget", "proposal", "plan", "veto", "order", "decision", "policy", "bill", "initiative",
                            "program", "programme", "agenda", "directive", "decree", "executive"})


def _owns_a_name(tok: Token) -> bool:
    """"Governor" in "the Governor's Office of Planning": a capitalised word after its "'s"."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].tag_ == "POS" and doc[tok.i + 2].is_title


def policy_slot(tok: Token) -> bool:
    """Whether a name sits where only a rule or programme can: object of a
    verb of compliance or enactment, or of "under" / "pursuant to" / "in
    violation of" / "in compliance with", what one participates or enrolls
    in ("participate in Medicare"), and names coordinated with any of these."""
    while tok.dep_ == "conj" and tok.head is not tok:  # "participate in Medicare and Medicaid": both
        tok = tok.head
    head = tok.head
    if tok.dep_ == "compound" and head.lemma_.lower() in _MEMBER_NOUNS:  # "TPS holders", "SNAP recipients"
        return True
    if tok.dep_ in {"dobj", "nsubjpass"}:
        return head.lemma_.lower() in _POLICY_VERBS
    if tok.dep_ == "nsubj":  # "the Code applies to ...", "the Act expires"
        return head.lemma_.lower() in {"apply", "govern", "expire", "lapse"} and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
    if tok.dep_ != "pobj":
        return False
    if head.lower_ in _POLICY_PREPS or (head.lower_ == "to" and head.head.lower_ in {"pursuant", "subject"}):
        return True
    if head.lower_ == "in" and head.head.lemma_.lower() in JOINING_WORDS:  # "participate in Medicare"
        return True
    if head.lower_ == "for" and head.head.lower_ in {"eligible", "ineligible"}:  # "ineligible for TPS"
        return True
    return head.lower_ in {"with", "of"} and (head.head.lemma_.lower() in _POLICY_VERBS | _POLICY_NOUNS)


#: Nouns for those a programme serves: what names them ("TPS holders") is the programme.
_MEMBER_NOUNS = frozenset({"holder", "recipient", "beneficiary", "enrollee", "participant"})
#: Words for taking part in a programme: what one participates or enrolls in is one.
JOINING_WORDS = frozenset({"participate", "participation", "enroll", "enrol", "enrollment", "enrolment", "enrolled",
                           "join"})


def segment_duties(doc: Doc, seg: Segment, lexicon: Lexicon) -> list[Duty]:
    """Duties stated in a segment, and the one a list item completes when its
    intro states the duty ("Employers must:" / "- Provide housing"). Kept
    on the doc: the mention rules and the relation rules both ask."""
    if "pg_duties" in doc.user_data:
        return doc.user_data["pg_duties"]
    doc.user_data["pg_duties"] = found = _segment_duties(doc, seg, lexicon)
    return found


def _segment_duties(doc: Doc, seg: Segment, lexicon: Lexicon) -> list[Duty]:
    cues = {"obligation_cues": lexicon.obligation_cues, "prohibition_cues": lexicon.prohibition_cues}
    found = duties(doc, **cues, penalty_cues=lexicon.relation_cues["penalizes"] - lexicon.prohibition_cues,
                   reward_cues=lexicon.relation_cues["rewards"], critics=lexicon.relation_cues["criticizes"],
                   supporters=lexicon.relation_cues["supports"])
    found = [d for d in found if not _policy_acts(doc, d, lexicon) and not owed_by_a_thing(doc, d, lexicon)
             and not runs_a_policy(doc, d, lexicon)
             and not (d.kind == "recommendation" and policymaking(doc[d.head], lexicon))
             and not unrealised(doc[d.head])]  # "an amendment that would have prohibited leases" (it failed)
    if seg.role == "body" and seg.block.kind == "item" and seg.block.intro:
        kind, doer = intro_duty(seg.block.intro, **cues)
        if kind == "prohibition":  # "The plan must not:" / "- Require boaters to pay a fee": no duty on boaters
            found = [d for d in found if d.kind != "obligation"]
        last = doer.lower().split()[-1:] or [""]
        classes = word_classes(lexicon, singular(last[0]), last[0])
        if classes and all(lexicon.core(c) == "Policy" for c in classes) and not institutions_listed(doer):
            kind = ""  # "any such law must:" then "- Act as a floor": what a policy must do is its design, no conduct
        words = doer.lower().split()
        head = name_head(words) if words else ""
        addressed = last_sentence(seg.block.intro)
        # (not "To strengthen enforcement, OIG recommends that CMS:", a purpose before who should act)
        if re.fullmatch(r"to\s[^,]*:", addressed, re.IGNORECASE) and not any(
                lexicon.core(c) == "Actor" for c in word_classes(lexicon, singular(head), head)):
            kind = ""  # "To the Editor:", "To Apply:": addressed to no body that could act ("To the Department of X:" is)
        if kind and kind != "finding":  # (what someone was found to do is read by the item's own frames)
            items = item_duty(doc, kind)
            # "- domestic violence, sexual assault and harassment": the item's offences, not one act spanning them
            found = [d for d in found if sum(i.head in d.conduct for i in items) < 2]
            heads = {d.head for d in found}
            found += [d for d in items if d.head not in heads]
    if seg.role == "body" and seg.block.kind == "item":  # "- Don't park within 200 feet of a school"
        heads = {d.head for d in found}
        found += [d for d in imperative_duty(doc, seg.block.section) if d.head not in heads]
    return found


def owed_by_a_thing(doc: Doc, duty: Duty, lexicon: Lexicon) -> bool:
    """"The field must identify the component", "the statement must indicate
    total earnings", "the fee must not exceed $50": a duty whose stated doer is a common noun naming no
    one (no actor class of the vocabulary, no word English forms for a
    doer, no acronym) says what a thing must contain or do, not conduct
    a policy governs."""
    if duty.actor is None or duty.kind not in {"obligation", "recommendation", "prohibition"}:
        return False
    doer = doc[duty.actor]
    if duty.kind == "prohibition" and (doer.dep_ not in {"nsubj", "nsubjpass"}
                                       or doc[duty.head].lemma_.lower() not in _CONTENT_VERBS):
        return False  # "bars the fund from investing", "the hotel must not charge fees": whom a ban names does it
    if required_of_many(doc, duty):
        return False  # "requires every host to register": one a policy requires to act, each of a class, acts
    return doer.tag_ == "NN" and not doer.text.isupper() and not names_someone(doer, lexicon) \
        and not institutions_owing(doer, head_classes(doer, lexicon), lexicon)


#: Verbs of what a thing has or bears: "requires every vehicle to carry an extinguisher" puts no duty on the vehicle.
_HAVING_VERBS = frozenset({"have", "carry", "bear", "meet", "hold", "use", "display", "feature", "run", "operate",
                           "comply", "conform", "cost", "last", "expire", "apply", "cover", "undergo", "record",
                           "withstand", "reach", "achieve", "emit", "burn"})


#: Verbs by which a policy is made, changed or ended.
_POLICYMAKING_VERBS = frozenset({"pass", "enact", "repeal", "amend", "adopt", "approve", "reject", "reauthorize",
                                 "reauthorise", "rescind", "revoke", "veto", "sign", "end", "withdraw", "codify"})


#: Instruments someone holds under a policy: revoking one enforces the policy, it changes none.
_HELD_INSTRUMENTS = frozenset({"license", "licence", "permit", "certificate", "registration", "accreditation"})


#: Words a bill's number or chamber name opens with: "House Bill 1142", "Senate Bill 9", "H.R. 12", "SB 40".
_BILL_OPENERS = frozenset({"House", "Senate", "Assembly", "H.R.", "S.", "H.B.", "S.B.", "A.B.", "HB", "SB", "AB",
                           "LD", "HF", "SF", "Bill", "Proposition", "Measure", "Ordinance", "Resolution"})


def asked_to_make(doc: Doc, i: int) -> bool:
    """Whether token i is a capitalised policymaking verb opening a
    recommendation before a name: "Pass House Bill 1142", "Repeal the
    Braider License" (the tagger may read the verb as the name's first word).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> asked_to_make(nlp("Pass House Bill 1142"), 0), asked_to_make(nlp("Ask House Bill"), 0)
    (True, False)
    >>> asked_to_make(nlp("Sign Language Access Act"), 0)
    False
    """
    word = doc[i]
    opens = i == 0 or all(t.is_punct or t.is_space or t.like_num for t in doc[max(0, i - 3) : i]) or word.is_sent_start
    # (what follows opens a bill's number or chamber: not "Sign Language Access Act", "End Waiting Lists Act")
    return opens and word.is_title and word.lower_ in _POLICYMAKING_VERBS and i + 1 < len(doc) \
        and doc[i + 1].text in _BILL_OPENERS


def policymaking(verb: Token, lexicon: Lexicon) -> bool:
    """"Lawmakers should repeal the tax credit", "urged that the
    government end the program": making, changing or ending a policy is
    policymaking; urged on someone, it is advice on the policy, not conduct
    a policy governs (a duty to "adopt a local plan" is conduct; a
    "license" revoked is a sanction, and no policy)."""
    return verb.lemma_.lower() in _POLICYMAKING_VERBS and any(
        o.dep_ == "dobj" and o.lemma_.lower() not in _HELD_INSTRUMENTS
        and any(lexicon.core(c) == "Policy" for c in head_classes(o, lexicon))
        and lexicon.core(choose_class(head_classes(o, lexicon), lexicon)) == "Policy" for o in verb.children)


def _policy_acts(doc: Doc, duty: Duty, lexicon: Lexicon) -> bool:
    """"The law must serve as a baseline", "the rule should remain in effect":
    what a policy itself must do is its design, not conduct it governs."""
    if duty.actor is None:
        return False
    actor = doc[duty.actor]
    own = head_classes(actor, lexicon)
    return any(lexicon.core(c) == "Policy" for c in own) and not any(lexicon.core(c) == "Actor" for c in own) \
        and not institutions_owing(actor, own, lexicon)


def runs_a_policy(doc: Doc, duty: Duty, lexicon: Lexicon) -> bool:
    """"The Health Department shall enforce this ordinance", "the Office
    must administer the program": a body bound to run or enforce a policy
    runs it (its issuer), which is no conduct the policy governs."""
    verb = doc[duty.head]
    # (a body's, however named: "teachers must enforce this policy" is people's conduct)
    bodies = duty.actor is not None and not any(c in {"Group", "Business"}
                                                for c in head_classes(doc[duty.actor], lexicon))
    # (the one policy, named or called back: not "implement additional safety measures", conduct of its own)
    return bodies and verb.lemma_.lower() in RUNNING_VERBS and any(
        o.dep_ == "dobj" and o.tag_ in {"NN", "NNP"}
        and any(lexicon.core(c) == "Policy" for c in head_classes(o, lexicon))
        and (o.pos_ == "PROPN" or any(d.dep_ in {"det", "poss"} and d.lower_ in {"the", "this", "its", "that"}
                                      for d in o.children)) for o in verb.children)


def find_acronyms(doc: Doc) -> dict[str, tuple[int, int]]:
    """Acronyms defined in text: "Social Credit System (SCS)", "Board ("PCLOB")",
    "Court ("FISC" or "FISA court")" -> token range of the long form."""
    out: dict[str, tuple[int, int]] = {}
    for tok in with_words(doc, {"("}):
        inside = []
        for nxt in doc[tok.i + 1 : tok.i + 12]:
            if nxt.text == ")":
                break
            inside.append(nxt)
        candidates = [t.text for t in inside if _ACRONYM.match(t.text) and sum(ch.isupper() for ch in t.text) >= 2]
        if not candidates or not inside or inside[0].text not in {candidates[0], '"', "'", "``"}:
            continue
        for acr in candidates[:2]:
            span = _long_form(doc, tok.i, acr)
            if span is None and len(inside) == 2 and inside[0].text == acr and tok.i > 1 \
                    and inside[1].lower_ == doc[tok.i - 1].lower_ and inside[1].pos_ == "NOUN":
                # "Community Wildfire Defense Grant program (CWDG program)": the kind noun, repeated, has no letter
                span = _long_form(doc, tok.i - 1, acr)
                span = (span[0], tok.i) if span else None
            if span:
                out.setdefault(acr, span)
    return out


def _long_form(doc: Doc, paren: int, acr: str) -> tuple[int, int] | None:
    """The words before "(" whose initials spell the acronym (stop words may be skipped)."""
    letters = "".join(ch for ch in acr if ch.isupper())
    words: list[Token] = []
    # "the Coastal Harbor Commission's (CHC) proposed rule": the possessive is no part of the long form
    end = paren - 1 if paren > 1 and doc[paren - 1].tag_ == "POS" else paren
    j = end - 1
    while j >= 0 and end - j <= len(letters) + 5:
        if doc[j].text == "-" and j > 0 and not doc[j].whitespace_ and not doc[j - 1].whitespace_:
            j -= 1  # "Anti-Doping": each part of a hyphenated word has its letter
            continue
        if doc[j].is_punct and doc[j].text != "&" or doc[j].tag_ == "POS":  # "Medicare & Medicaid" holds its "&"
            break
        words.insert(0, doc[j])
        j -= 1
        content = [w for w in words if not (w.is_stop and not w.is_title) and w.text != "&"]
        initials = "".join(w.text[0].upper() for w in content)
        capitalised = bool(content) and content[0].text[0].isupper()
        if capitalised and initials == letters:
            return content[0].i, end
        spelled = acr[:-1] if acr.endswith("s") and acr[:-1].isupper() else acr  # "pharmacy benefit managers (PBMs)"
        if "".join(w.text[0].upper() for w in words) == spelled.upper() and (
                words[0].text[0].isupper() or len(words) >= 3 and (not words[0].is_stop or words[0].pos_ == "ADV")):
            # "Department of Labor (DOL)": the "of" has its letter too; so has
            # a lower-case long form spelled word by word ("memorandum of agreement (MOA)"), an adverb
            # opening it too ("very large online platforms (VLOPs)")
            return words[0].i, end
        if capitalised and len(content) >= 3 and initials[:-1] == letters \
                and content[-1].lower_.rstrip(".") in _FORM_WORDS:
            return content[0].i, end  # "Ridgeland Power & Light Company (RP&L)": "Company" has no letter
        if capitalised and acr.endswith("s") and len(content) >= 3 and initials[:-1] == letters:
            return content[0].i, end  # "Hazardous Occupations Orders (HOs)": the plural kind noun has no letter
        if capitalised and len(content) == len(letters) + 1 and len(letters) >= 3 \
                and all(w.text[0].isupper() for w in content) and initials[0] == letters[0] \
                and initials[-1] == letters[-1] and _skips_one(initials, letters):
            return content[0].i, end  # "Centers for Medicare & Medicaid Services (CMS)": one word has no letter
    return None


#: Words that end a business's name and take no letter in its acronym: "Company", "Corporation", "Inc.".
_FORM_WORDS = LEGAL_FORMS | {"company", "corporation", "incorporated", "limited"}


def _skips_one(longer: str, shorter: str) -> bool:
    """Whether `shorter` is `longer` with one letter left out.

    >>> _skips_one("CMMS", "CMS"), _skips_one("CMMS", "CAS")
    (True, False)
    """
    return any(longer[:k] + longer[k + 1 :] == shorter for k in range(len(longer)))


def signature_mentions(doc: Doc, titles: frozenset[str], lexicon: Lexicon) -> list[Mention]:
    """A line under a letter's sign-off names who signs: a person if the
    tagger says so, else an organisation ("Center for Fair Data"); after a
    comma come roles and affiliations ("Jane Doe, Director, ..."), and a
    line of titles alone ("Executive Director") names no one. A bracket
    after a name says where the signatory is ("Harbor Watch (Portland,
    OR)"): it is no name, and its commas part none."""
    bracketed = _bracketed(doc)
    # "Harbor Watch \u2014 Portland, OR": what follows a dash says where or what the signatory is
    dash = next((t.i for t in doc if t.i > 0 and (t.text in {"\u2014", "\u2013"} or t.text == "-" and t.whitespace_
                                                 and doc[t.i - 1].whitespace_)), None)
    if dash is not None:
        bracketed = bracketed | frozenset(range(dash, len(doc)))
    # "Contact: Lucía Ferrer, Coordinator": a field's name before its colon is no part of who signs
    lead = next((t.i + 1 for t in doc[:4] if t.text == ":" and t.i > 0 and all(w.is_alpha for w in doc[: t.i])), 0)
    commas = [t.i for t in doc if t.text == "," and t.i not in bracketed and t.i >= lead]
    first = _signatory(doc, lead, commas[0] if commas else len(doc), titles, bracketed)
    if first is not None and first.cls == "Person":
        return [first, *_affiliation(doc, commas, titles, bracketed, lexicon)]
    # an organisation is not followed by its role: "Harbor Watch, Clean Seas Alliance, ..." lists signatories
    bounds = zip([lead, *(c + 1 for c in commas)], [*commas, len(doc)])
    return [m for a, b in bounds for m in [_signatory(doc, a, b, titles, bracketed)]
            if m is not None and m.cls != "Person"]


def _affiliation(doc: Doc, commas: list[int], titles: frozenset[str], skip: frozenset[int],
                 lexicon: Lexicon) -> list[Mention]:
    """"Dana Ruiz, Director, Harbor Boaters Coalition", "Rev. Sam Okafor,
    Port Ellis Housing Council": the last part of a signer's line names the
    body they sign for, when it reads as a body's name (headed by a body's
    noun, or an organisation to the tagger; two words or more after a role,
    three alone) and is no role ("Staff Attorney", "Small Business Owner",
    "Clerk to the Board"), department or place."""
    found = _signatory(doc, commas[-1] + 1, len(doc), titles, skip) if commas else None
    if found is None or found.cls == "Person":
        return []
    headed = any(c in BODY_CLASSES for c in head_classes(doc[found.head], lexicon))
    if not headed and _named_before_its_town(doc, commas, titles, skip):
        return []  # ("..., Harbor Families Network": a body by its head noun is no town)
    body = headed or sum(doc[i].ent_type_ == "ORG" for i in found.tokens) * 2 > len(found.tokens)
    last = doc[found.tokens[-1]]  # ("Small Business Owner", "Town Council Member": a person's role in a body)
    if not body or any(lexicon.core(c) == "Actor" and c not in BODY_CLASSES for c in head_classes(last, lexicon)):
        return []
    words = [doc[i] for i in found.tokens if doc[i].is_alpha]
    # (a role held in a body is no body: "Chair of the Board", "Clerk to the Board")
    if len(words) < (2 if len(commas) >= 2 else 3) or words[-1].lower_ in titles or words[0].lower_ in titles \
            or any(w.lower_ == "to" for w in words) or all(doc[i].ent_type_ in {"GPE", "LOC"} for i in found.tokens):
        return []
    return [found]


def _named_before_its_town(doc: Doc, commas: list[int], titles: frozenset[str], skip: frozenset[int]) -> bool:
    """"Dennis Whitcomb, RPh, President, Whitcomb Apothecary, Cedar Bend":
    a name of two words or more that is no role ("President", "Policy
    Director"), right before a signer's last part, is the body they sign for,
    and the last part is its town."""
    if len(commas) < 2:
        return False
    before = _signatory(doc, commas[-2] + 1, commas[-1], titles, skip)
    words = [doc[i].lower_ for i in before.tokens if doc[i].is_alpha] if before is not None else []
    return len(words) >= 2 and not any(w in titles or w in _ROLE_WORDS for w in words)


#: Words of a signer's role besides the vocabulary's titles: "Executive Director", "Senior Counsel".
_ROLE_WORDS = frozenset({"executive", "deputy", "senior", "general", "vice", "owner", "founder", "member", "staff",
                         "manager", "coordinator", "organizer", "organiser", "associate", "assistant", "co-founder",
                         "analyst", "officer", "chief", "counsel", "advocate", "specialist", "fellow", "partner"})


def _bracketed(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside round or square brackets, brackets included."""
    inside, depth = set(), 0
    for t in doc:
        depth += t.text in {"(", "["}
        if depth:
            inside.add(t.i)
        depth = max(0, depth - (t.text in {")", "]"}))
    return frozenset(inside)


def _signatory_word(word: Token) -> bool:
    """"Harbor", "CREDO", "for", "OpenSeas", "18MillionBoaters.org": a word
    of a signatory's name (advocacy groups often go by a run-together word
    or their web address); "write", "urge" are prose."""
    camel = word.text[:1].isupper() and any(c.isupper() for c in word.text[1:])
    hyphened = word.i >= 2 and word.doc[word.i - 1].text == "-" and not word.doc[word.i - 1].whitespace_  # "Co-op"
    return word.is_title or word.is_upper or word.is_stop or camel or word.like_url or hyphened


def _signatory(doc: Doc, start: int, end: int, titles: frozenset[str],
               skip: frozenset[int] = frozenset()) -> Mention | None:
    """The name between two commas of a signature line, or None."""
    toks = [t.i for t in doc[start:end] if t.i not in skip
            and (not t.is_space and not t.is_punct or t.text in {"&", "-", "."})]
    while toks and doc[toks[-1]].text == ".":
        toks.pop()  # "..., and Harbor Watch." ends the list, not the name ("Acme Inc." keeps its stop)
    while toks and doc[toks[0]].lower_ == "and":
        toks.pop(0)  # "..., and Harbor Watch"
    words = [doc[i] for i in toks if doc[i].is_alpha or doc[i].like_url]
    if not toks or not words or len(words) > 10 or not all(_signatory_word(w) for w in words):
        return None
    if all(w.lower_ in titles or w.lower_ in {"executive", "deputy", "senior", "general", "vice"} for w in words):
        return None
    person = sum(doc[i].ent_type_ == "PERSON" for i in toks) * 2 > len(toks)
    root = doc[toks[0]: toks[-1] + 1].root
    cls = "Person" if person else "Organisation"
    return Mention(tuple(toks), span_text(doc, tuple(toks)), cls, "signature", head=root.i)


def addressee_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """A line that is nothing but a body's name ("Federal Trade Commission"
    above a letter's street address) names that body: a whole line the
    tagger calls one organisation, headed by a word for a body."""
    words = [t for t in doc if not t.is_space]
    if not 2 <= len(words) <= 8 or words[-1].is_punct:
        return []
    ents = [e for e in doc.ents if e.label_ == "ORG"]
    if len(ents) != 1 or ents[0].start != words[0].i or ents[0].end != words[-1].i + 1:
        return []
    root = ents[0].root
    classes = tuple(c for c in head_classes(root, f.lex) if f.lex.core(c) == "Actor")
    if not classes or not all(t.is_title or t.is_upper or t.lower_ in _NAME_LINKS or t.text == "&" for t in words):
        return []
    toks = tuple(t.i for t in words)
    return [Mention(toks, span_text(doc, toks), choose_class(classes, f.lex), "head", head=root.i)]


def heading_bodies(f: Finding, doc: Doc) -> list[Mention]:
    """"Comments to the Federal Harbor Commission on ...": a body the
    tagger finds in a heading, named in full and headed by a word for a
    body. (The extractor keeps it where the body names it too, or calls it
    back by its head noun: "the Commission".)"""
    out = []
    for ent in (e for e in doc.ents if e.label_ == "ORG" and len(e) >= 2):
        root = next((t for t in ent if t.pos_ in {"NOUN", "PROPN"} and (t.head.i == t.i or not ent.start <= t.head.i < ent.end)), None)
        if root is None:
            continue
        classes = tuple(c for c in head_classes(root, f.lex) if f.lex.core(c) == "Actor")
        end = root.i + 1
        while end + 1 < ent.end and doc[end].lower_ in {"of", "for", "and", "&"} and doc[end + 1].is_title:
            end += 2  # "Department of Labor", not "Commission on Mooring Fees"
            while end < ent.end and doc[end].is_title:
                end += 1  # "Department of Parks and Public Spaces": its words to the end of the tagger's name
        if end == ent.end and end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and not word_classes(f.lex, doc[end].lemma_.lower(), doc[end].lower_) \
                and doc[end - 1].lower_ not in {"of", "for", "and", "&"}:
            end += 1  # "Office of Inspector General": the tagger's name may stop one word short
        words = [t for t in doc[ent.start : end] if t.dep_ != "det"]
        if classes and words and singular(root.lower_) == root.lower_ and all(  # "Labor Contractors": a class
                t.is_title or t.is_upper or t.lower_ in _NAME_LINKS or t.text == "&" for t in words):
            toks = tuple(t.i for t in words)
            out.append(Mention(toks, span_text(doc, toks), choose_class(classes, f.lex), "head", head=root.i))
    return out


def letterhead_body(f: Finding, doc: Doc) -> list[Mention]:
    """"LARCHMONT STATE BOARD OF NURSING", "HALVARD INSTITUTE FOR OCEAN
    POLICY" on a heading line of their own: a body's name written in
    capitals over its document, headed by a word for a body. The tagger
    reads capitals poorly, so the name is the line's words up to a dash or
    colon ("MARREN CITY COUNCIL - MEETING MINUTES"), written as a name is
    ("Larchmont State Board of Nursing") so that "the Board" calls it back."""
    words = [t for t in doc if not t.is_space]
    cut = next((n for n, t in enumerate(words) if t.text in {"—", "–", "-", ":", "|"} and n > 0), len(words))
    words = words[:cut]
    if not 2 <= len(words) <= 10 or not all(t.is_upper or t.text in {".", "&", ","} or t.like_num for t in words):
        return []
    if words[-1].lower_ in _NAME_LINKS or words[0].lower_ in _NAME_LINKS or not capitals_heading(doc.text):
        return []  # (not a rule in capitals: "OWNERS MUST REGISTER WITH THE BOARD")
    if any(t.lower_ in {"to", "from", "by", "at", "with"} or t.lower_ == "the" and words[n - 1].lower_ not in {
            "of", "for", "on"} for n, t in enumerate(words) if n):
        return []  # a title naming a body: "ABOUT THE DEPARTMENT", "REPORT TO THE CITY COUNCIL"
    cut = next((n for n, t in enumerate(words) if n > 0 and t.lower_ in {"of", "for", "on"}), len(words))
    head = words[cut - 1]  # "BOARD" in "STATE BOARD OF NURSING" (`names.name_head`)
    # (a word that heads a body's name only, "CENTER", "LEAGUE", counts: the line is a name)
    classes = tuple(c for c in word_classes(f.lex, singular(head.lower_), head.lower_)
                    or word_classes(f.lex, singular(head.lower_), head.lower_, f.lex.name_heads)
                    if f.lex.core(c) == "Actor" and c != "Person")
    if not classes:
        return []
    # (a word with no vowel is an acronym, "NYC", unless a point shortens it: "ST.")
    text = " ".join(t.lower_ if t.lower_ in _NAME_LINKS and n else t.text.capitalize() if t.is_alpha and (
                        re.search(r"[AEIOUY]", t.text) or t.i + 1 < len(doc) and doc[t.i + 1].text == ".") else t.text
                    for n, t in enumerate(words)).replace(" .", ".").replace(" ,", ",")
    return [Mention(tuple(t.i for t in words), text, choose_class(classes, f.lex), "head", head=head.i)]


def verb_read_as_noun(f: Finding, doc: Doc, m: Mention) -> bool:
    """"The 1987 rule bans interstate sales": a policy's kind noun and a cue
    verb's third-person form after it ("rule bans", "law caps") are a
    subject and its verb the tagger read as one noun, never a name."""
    if not m.cls or f.lex.core(m.cls) != "Policy" or len(m.tokens) < 2:
        return False
    last, before = doc[m.tokens[-1]], doc[m.tokens[-2]]
    return last.tag_ == "NNS" and bool(verb_base(last.lower_, f.cue_verbs)) and before.is_lower \
        and any(f.lex.core(c) == "Policy" for c in head_classes(before, f.lex))


#: Classes of a body: one can own another ("the Department of Labor's Wage and Hour Division"), and an
#: article calls one back by its head noun ("the Commission").
BODY_CLASSES = frozenset({"GovernmentBody", "Organisation", "Business"})


def owned_body_parts(f: Finding, doc: Doc, m: Mention) -> list[Mention]:
    """"The Department of Labor's Wage and Hour Division", "the FTC's
    Bureau of Consumer Protection": a body's name owned by another body's
    is two bodies, the owner and the part; a name with a possessive of its
    own ("People's Bank of China") or an owner that is no body stays whole.
    A policy's name owned by another policy's splits the same way
    (`_owned_policy_part`)."""
    poss = [i for i in m.tokens if doc[i].tag_ == "POS" and m.tokens[0] < i < m.tokens[-1]]
    if not m.cls or len(poss) != 1 or _members_of(doc[poss[0] - 1]):
        return [m]  # ("the Police Officers' Association": the members a plural possessive names own no body)
    left = tuple(i for i in m.tokens if i < poss[0])
    right = tuple(i for i in m.tokens if i > poss[0])
    if f.lex.core(m.cls) == "Policy":
        return _owned_policy_part(f, doc, m, left, right)
    if f.lex.core(m.cls) != "Actor":
        return [m]

    def body(toks: tuple[int, ...]) -> str:
        if len(toks) == 1 and doc[toks[0]].is_upper and len(doc[toks[0]]) >= 2:
            return "GovernmentBody" if f.body_acronym(doc[toks[0]]) else ""
        classes = [c for i in toks for c in head_classes(doc[i], f.lex) if c in BODY_CLASSES]
        return classes[0] if classes and all(_name_word(doc[i]) or doc[i].lower_ in _NAME_LINKS for i in toks) else ""

    owner, part = body(left), body(right)
    if not owner:
        return [m]
    # what follows the owner is a body of its own, or a piece of one named in another mention
    def root(toks: tuple[int, ...]) -> int:
        return doc[toks[0] : toks[-1] + 1].root.i

    return [replace(m, tokens=left, text=span_text(doc, left), cls=owner, head=root(left), variants=(), key="")] + (
        [replace(m, tokens=right, text=span_text(doc, right), cls=part, head=root(right), variants=(), key="")]
        if part else [])


def _owned_policy_part(f: Finding, doc: Doc, m: Mention, left: tuple[int, ...],
                       right: tuple[int, ...]) -> list[Mention]:
    """"The Convention's Control Scheme", "the Code's Prohibited List": a
    policy's name owned by another policy's (its name or its capitalised
    kind word) is two policies, the whole and its part (`relations` reads
    the possessive as the part's). "Megan's Law", "the People's Charter":
    an owner that is no policy keeps the name whole."""
    def policy(toks: tuple[int, ...]) -> bool:
        return bool(toks) and all(_name_word(doc[i]) or doc[i].lower_ in _NAME_LINKS for i in toks) \
            and any(f.lex.core(c) == "Policy" for c in head_classes(doc[toks[-1]], f.lex))
    if not policy(left) or not policy(right) or not doc[right[-1]].text[:1].isupper():
        return [m]
    whole = doc[left[0] : left[-1] + 1].root.i
    part = doc[right[0] : right[-1] + 1].root.i
    cls = choose_class(tuple(c for c in head_classes(doc[whole], f.lex) if f.lex.core(c) == "Policy"), f.lex)
    return [replace(m, tokens=left, text=span_text(doc, left), cls=cls, head=whole, variants=(), key=""),
            replace(m, tokens=right, text=span_text(doc, right), head=part, variants=(), key="")]


def worried_conduct_dropped(f: Finding, found: list[Mention]) -> list[Mention]:
    """"Stakeholders raised concerns about the potential for fraud": conduct
    the vocabulary knows ("fraud") inside what a worry frame names is the
    worry's words, not conduct some policy judges; the worry keeps them."""
    worries = [set(m.tokens) for m in found if m.source == "frame" and m.cls and f.lex.core(m.cls) == "Concern"]
    found = [m for m in found if not (m.source in {"lexicon", "head"} and m.cls and f.lex.core(m.cls) == "Behaviour"
                                      and any(set(m.tokens) <= w for w in worries))]
    # "charging higher fares to riders is prohibited": a harm inside conduct a frame names is the conduct's words
    acts = [set(m.tokens) for m in found if m.source == "frame" and m.cls and f.lex.core(m.cls) == "Behaviour"]
    return [m for m in found if not (m.cls and f.lex.core(m.cls) == "Concern" and m.source == "frame"
                                     and any(set(m.tokens) < a for a in acts))]


def heading_doer_mentions(f: Finding, doc: Doc) -> list[Mention]:
    """"What swimmers may not do", "Duties of landlords": whom a heading
    names as owing the duties listed under it is an actor (`heading_doer`)."""
    doer = heading_doer(doc.text)
    return [m for t in doc if doer and t.lower_ == doer.split()[-1].lower() for m in f._doer_mentions(doc, t, "required")]


def find_mentions(article: Finding, doc: Doc, seg: Segment) -> tuple[list[Mention], list[Mention]]:
    """Every mention the rules find in one parsed segment, and the generic
    policy descriptions ("the final rule") that count only if the article
    repeats them. A heading is read for names only."""
    f = article.for_segment(doc)
    found = lexicon_mentions(f, doc, seg) + acronym_mentions(f, doc)
    if seg.role == "heading":  # "H.R. 2210, the Fair Wagers Act": a bill's number names it in a heading too
        letterhead = letterhead_body(f, doc)  # (the name in capitals, written as a name, over the tagger's pieces)
        found += proper_policy_mentions(f, doc) + legislation_number_mentions(f, doc) + addressee_mentions(f, doc) \
            + heading_bodies(f, doc) + numbered_divisions(f, doc, heading=True) + heading_doer_mentions(f, doc)
        return letterhead + [m for m in found if not set(m.tokens) & {i for h in letterhead for i in h.tokens}], \
            f.described
    if seg.role == "signature":
        return found + signature_mentions(doc, article.lex.person_titles, article.lex), f.described
    found += title_mentions(f, doc) + short_title_mentions(f, doc) + legislation_number_mentions(f, doc)
    found += bracketed_title_mentions(f, doc) + numbered_divisions(f, doc)
    if seg.role == "label":
        found += label_mentions(f, doc, seg)
    found += gerund_mentions(f, doc) + duty_mentions(f, doc, seg) + worry_mentions(f, doc, seg) + harm_mentions(f, doc)
    found += voice_mentions(f, doc) + regulated_mentions(f, doc) + undersigned_mentions(doc)
    found += prohibited_mentions(f, doc) + enumeration_mentions(f, doc, seg) + head_mentions(f, doc, seg)
    found += listed_names(f, doc) + covered_item_mentions(f, doc, seg)
    if seg.role == "body":
        found += ner_mentions(f, doc) + person_mentions(f, doc) + described_organisations(f, doc) \
            + said_kind_mentions(f, doc) + stance_list_names(f, doc, seg)
    found = [m for m in found if not verb_read_as_noun(f, doc, m) and not (  # "makes it a crime to ...": no act itself
        doc[m.head].lemma_.lower() in OFFENCE_NOUNS and doc[m.head].head.lemma_.lower() == "make")]
    found = worried_conduct_dropped(f, found)
    for m in found:  # "Quickwage Inc." however found (the tagger's organisation, a duty's doer): a business
        if m.cls and f.lex.core(m.cls) == "Actor" and m.cls != "Person" and m.text[:1].isupper() \
                and ends_in_legal_form(m.text):
            m.cls = "Business"
    parts = {id(m): owned_body_parts(f, doc, m) for m in found}
    cuts = {i for m in found if parts[id(m)] != [m] for i in m.tokens if doc[i].tag_ == "POS"}
    # the parts of "the Department of Labor's Wage and Hour Division" replace names that run across its "'s"
    found = [p for m in found if parts[id(m)] != [m] or not any(m.tokens[0] < i < m.tokens[-1] for i in cuts)
             for p in parts[id(m)]]
    found = [m for m in found if not f._says_nothing(doc, m) and not (  # "privacy and consumer groups": no worry
        m.cls and f.lex.core(m.cls) == "Concern" and coordinated_modifier(doc, m.tokens[0], m.tokens[-1] + 1, f.lex))]
    for m in found:
        if m.cls and f.lex.core(m.cls) == "Concern" and m.tokens:
            forms = [v for v in worry_forms(doc, m.tokens, f.lex.vague_modifiers) if v != m.text and v not in m.variants]
            m.variants = (*m.variants, *forms)
    return found, f.described


#: Verbs that bring someone to act: "lead lenders to leave the state", "force farmers to sell land".
_LEADING_VERBS = frozenset({"lead", "cause", "force", "push", "drive", "prompt", "compel"})


def worry_forms(doc: Doc, tokens: tuple[int, ...], vague: frozenset[str]) -> list[str]:
    """Other ways a reader names the same worry, each a stretch of the text:
    without the verb that brings it ("invite litigation": litigation; "lead
    to fragmented oversight"), without how big or how likely it is said to
    be ("possible loss of financing"), without where or on whom it falls at
    its end ("loss of jobs in rural communities"), and as the risk it is
    said to be of ("the risk of crop losses")."""
    toks = [i for i in tokens if not doc[i].is_punct or doc[i].text == "-"]
    if not toks:
        return []
    spans = [toks]
    first = doc[toks[0]]
    if first.pos_ == "VERB":  # the worry the verb brings about: its object, or what it leads to
        objects = [c for c in first.children if c.dep_ == "dobj" and c.i in toks] + [
            o for p in first.children if p.dep_ == "prep" and p.i in toks for o in p.children if o.dep_ == "pobj"]
        spans += [[t.i for t in objects[0].subtree if t.i in toks]] if objects else []
        # "lead lenders to leave the state": what the ones led are said to do is the worry too
        led = next((c for c in first.children if c.dep_ == "xcomp" and c.i in toks and c.tag_ == "VB"), None) \
            if first.lemma_.lower() in _LEADING_VERBS and objects else None
        act = [t.i for t in led.subtree if t.i in toks and t.i >= led.i] if led is not None else []
        spans += [act] if len(act) >= 2 else []  # (not a bare verb: "force clinics to close" is no worry "close")
    for span in list(spans):  # how big or how likely says nothing of what
        cut = span
        while len(cut) > 1 and doc[cut[0]].pos_ in {"ADJ", "ADV"} and (
                doc[cut[0]].lower_ in vague | _SIZE_OR_CHANCE_WORDS):
            cut = cut[1:]
        if cut != span:
            spans.append(cut)
    for span in [s for s in spans if doc[s[0]].pos_ != "VERB"]:  # without its last phrase on where or whom
        # ("loss of hundreds of jobs in rural communities", "litigation over local rules")
        last = max((i for i in span if doc[i].dep_ == "prep" and doc[i].head.pos_ in {"NOUN", "PROPN"}
                    and doc[i].head.i < i), default=None)
        if last is not None and last > span[0]:
            spans.append([i for i in span if i < last])
    head = next((doc[i] for i in toks if doc[i].head.i not in toks), None)
    if head is not None and head.dep_ == "pobj" and head.head.lower_ in {"of", "to"} \
            and head.head.head.lemma_.lower() in _RISK_NOUNS and head.head.i < toks[0] \
            and all(doc[i] in head.subtree for i in range(head.head.i + 1, toks[0])):  # "risks to borrower privacy"
        risk = head.head.head  # "the risk of crop losses", "risks to borrower privacy"
        start = min(t.i for t in risk.subtree if t.dep_ not in {"det", "poss"} or t.i == risk.i)
        spans.append(list(range(start, toks[-1] + 1)))
    if head is not None and head.pos_ == "NOUN" and toks[-1] == head.i:
        # "the agency's capacity to receive and analyze reports": the noun with what it is a capacity for
        infinitive = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VB" and c.i == head.i + 2
                           and doc[head.i + 1].lower_ == "to"), None)
        if infinitive is not None:
            end = max(t.i for t in infinitive.subtree if not t.is_punct)
            if end - head.i <= 8:
                spans.append(list(range(toks[0], end + 1)))
    out = []
    for span in spans[1:]:
        text = span_text(doc, tuple(span)) if span else ""
        if text and any(doc[i].pos_ in {"NOUN", "PROPN", "VERB"} for i in span) and text not in out:
            out.append(text)
    return out


#: Words for how big or how likely a worry is: "possible loss", "significant burden", "disproportionate costs".
_SIZE_OR_CHANCE_WORDS = frozenset({"possible", "potential", "likely", "probable", "significant", "substantial",
                                   "serious", "severe", "heavy", "major", "considerable", "disproportionate",
                                   "excessive", "enormous", "huge", "increased", "higher", "greater", "further"})
#: Nouns for the chance of a harm: "the risk of crop losses", "threats to privacy".
_RISK_NOUNS = frozenset({"risk", "threat", "danger", "possibility", "likelihood", "prospect"})
