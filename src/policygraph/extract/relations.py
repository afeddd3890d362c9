"""Relations between resolved mentions, read off the dependency parse.

Each rule is a small function of a `Reading` (one segment's parse, its
resolved mentions and duties, the article's main policy) and a token, with
a table test of its own. Most look at a cue (a verb or noun whose lemma the
ontology lists for a property, see `pg:cue`) and the mentions in its
subject, objects and prepositional phrases. Coordination is expanded
through the parse, negated cues produce nothing, and anaphors ("the
system", "it") resolve to the policy their paragraph or section is about,
else the article's main policy. `read` runs them all
and hands (subject, predicate, object, token) facts back.
"""

from __future__ import annotations

import itertools
import re

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ..names import frame_words, kind_word, singular
from ..nlp import GIVING_VERBS, SAYING_VERBS, text_of
from ..ontology import Lexicon
from .frames import BINDING_TERMS, COURT_WORDS, SANCTIONING_VERBS, VOICED_RISKS, VOICING_VERBS
from .frames import (CALLED_WRONG, CHANGE_VERBS, DUTY_NOUNS, Duty, EASED, HELD_PAPERS, OBEYING_VERBS, OPPOSING_VERBS,
                     QUOTES, REMEDY_VERBS, RUNNING_VERBS, after_nor, asked, changes_standing, denied_by_subject,
                     goes_too_far, has_no_determiner, in_condition, in_question, is_worried, no_longer, outcome_verb,
                     pobjs, opposed_for, opposing_reasons, purpose_holder, remedy_verb, risking_subject, targets_of,
                     to_infinitive, with_words)
from .mentions import (BODY_CLASSES, JOINING_WORDS, LEGISLATION_NUMBER, REVISING_VERBS, STAGE_WORDS, STANCE_PREP_VERBS,
                       UNDOING_VERBS, WORRY_VERBS, Mention, Segment, described, harm_said_of, head_classes, list_items,
                       making_a_policy, segment_duties)

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
#: A cue that voices a worry only by what it reports ("claims that ..."), never by its object ("claim a credit").
_SAYING_ONLY = {"claim"}
#: Nouns by which a story refers back to the organisation it just named: "The group argued ...".
_BODY_NOUNS = {"group", "organization", "organisation", "coalition", "company", "firm", "union", "association",
               "alliance", "nonprofit"}
#: Nouns by which a story refers back to the public body it just named: "The office will run the registry".
_PUBLIC_BODY_NOUNS = {"office", "agency", "department", "commission", "board", "bureau", "authority", "council",
                      "ministry", "administration", "division"}
_CALLED_BACK_BODIES = frozenset(_BODY_NOUNS | _PUBLIC_BODY_NOUNS)
_ANAPHOR_DETS = {"the", "this", "that", "its", "such", "these", "those"}
_WHOLE_NOUNS = {"collection", "set", "series", "network", "patchwork", "family", "group", "combination", "system"}
_PART_NOUNS = {"part", "component", "element", "piece", "section", "article", "chapter", "subsection", "provision", "pillar"}
#: Policies that their parties make together: "an agreement between A and B".
_PACT_NOUNS = {"agreement", "memorandum", "treaty", "contract", "compact", "accord", "pact", "settlement", "partnership"}
_ISSUER_CLASSES = {"GovernmentBody", "Organisation", "Person", "Business", "Country"}
#: Nouns for asking that a policy be made or granted: "the petition for a waiver".
_REQUEST_NOUNS = {"petition", "request", "application", "motion", "bid"}


@dataclass(frozen=True, slots=True)
class Fact:
    subject: str
    predicate: str
    object: str
    token: int  # token the evidence sentence is found from


#: Nouns for what a policy holds someone to ("sets limits for", "imposes duties on").
_NORM_NOUNS = {"standard", "limit", "requirement", "rule", "criterion", "criteria", "obligation", "duty", "cap",
               "threshold", "target", "condition", "responsibility"}


#: Words for a policy's newness or stage, which leave a possessor its maker: "the Agency's new rule".
_MAKING_STAGES = STAGE_WORDS | {"new", "latest", "own", "first", "current"}
#: Verbs of publishing a text, not of issuing a policy: "Published by the Bayport Gazette" under an article.
_PUBLISHING = {"publish", "post", "print", "write", "report", "update"}
#: Verbs of agreeing "with" something: with a policy, a stance on it.
_AGREEING = {"concur", "agree", "disagree"}
#: Verbs read for stances whatever cue they carry: "for"/"against" stances and agreeing "with".
_STANCE_READ_VERBS = STANCE_PREP_VERBS | _AGREEING


def phrasal_stance(verb: Token) -> tuple[str, list[Token]]:
    """A stance a verb takes with its preposition, and what it is on:
    "called for a privacy law" supports it, "voted against the rule"
    criticises it, "voted for" supports. ("", []) for any other verb."""
    lemma = verb.lemma_.lower()
    if lemma in _AGREEING and not negated(verb):  # "the Department concurred with the recommendations"
        targets = pobjs(verb, {"with"})
        return ("supports" if lemma != "disagree" else "criticizes", targets) if targets else ("", [])
    # "pushed back against", "spoke out against": the parse may hang the preposition on the particle
    holders = [verb, *(c for c in verb.children if c.dep_ in {"advmod", "prt"} and c.lower_ in {"back", "out", "up"})]
    preps = sorted((p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"for", "against"}),
                   key=lambda p: p.i)
    if lemma in STANCE_PREP_VERBS and not negated(verb):  # "called for the rule to be scrapped / to be adopted"
        # the parse makes "for" the clause's mark and the policy its subject, or "for" a preposition with the
        # policy its object and the clause beside it
        fors = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        for clause in (c for c in verb.children if c.dep_ in {"advcl", "ccomp", "xcomp"} and any(
                m.dep_ == "aux" and m.lower_ == "to" or m.dep_ == "mark" and m.lower_ == "for" for m in c.children)):
            held = [t for t in clause.children if t.dep_ in {"nsubj", "nsubjpass"}] or (
                fors if clause.i > max((o.i for o in fors), default=clause.i) else [])
            wanted = "criticizes" if clause.lemma_.lower() in UNDOING_VERBS else \
                "supports" if clause.lemma_.lower() in _ADOPTING_VERBS else ""
            if held and wanted:
                return ("", []) if negated(clause) else (wanted, held)  # ("for the rule not to be extended")
    if lemma not in STANCE_PREP_VERBS or not preps or lemma == "call" and preps[0].lower_ != "for":
        return "", []
    if lemma == "come" and (not any(c.lower_ == "out" for c in verb.children) or asked(verb)):
        return "", []  # "came out against the bill" takes a side; "came for the vote" and "will they come out ...?" do not
    stance = "criticizes" if preps[0].lower_ == "against" else "supports"
    targets = [o for p in preps[:1] for o in p.children if o.dep_ == "pobj"]
    undone = [o for t in targets if t.lemma_.lower() in _UNDOING_NOUNS for o in pobjs(t, {"of"})]
    if undone:  # "called for the repeal of the rule" opposes it; "voted against its repeal" backs it
        return ("supports" if stance == "criticizes" else "criticizes"), undone
    if verb.dep_ == "relcl" and (targets and all(t.lower_ in {"that", "which"} for t in targets) or not targets
                                 and not any(c.dep_ == "pcomp" for c in preps[0].children)):
        targets = [verb.head]  # "a policy that the Governor called for": the relative clause's noun
    return stance, targets


#: Words for a policy that is enacted or adopted as a whole, which "the new ..." calls back: "the new law".
_ENACTED_KINDS = frozenset({"act", "bill", "law", "legislation", "measure", "ordinance", "statute", "rule",
                            "regulation"})


def definite_policy_noun(tok: Token, policy_nouns: frozenset[str]) -> bool:
    """"the measure", "this plan", "the program", "the Regulation", "the new
    law": a bare word for a policy with a definite determiner, which refers
    back to the article's main policy ("the discount program" names another)."""
    if tok.lemma_.lower() not in policy_nouns or not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_title):
        return False  # ("opposed the Regulation": a law's own text calls it back with a capital)
    dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}]
    # "the amended rule", "the proposed rule", "the new law": the rule or law
    # ("the new system" may be a new one beside it)
    stages = STAGE_WORDS | ({"new"} if tok.lemma_.lower() in _ENACTED_KINDS else set())
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.lower_ not in stages]
    return bool(dets) and dets[0] in _ANAPHOR_DETS and not mods


# ------------------------------------------------------------ parse helpers: the grammar, no entities
#: Verbs of saying, which a speaker may say one thing by and go on to say another: "said X and warned of Y".
_SAID_AGAIN = WORRY_VERBS | {"say", "tell", "claim", "state", "add", "note", "write", "insist", "testify", "urge",
                             "predict", "call"}


def power_holder(verb: Token) -> Token | None:
    """Who holds the power an infinitive names: "gives the Attorney General
    exclusive authority to enforce the Act", "grants the Department the
    power to enforce it", "the Board has authority to adopt rules"; None
    when the infinitive names no power given or held."""
    if verb.dep_ == "acl":
        power = verb.head
    elif verb.dep_ == "xcomp":  # ("gives the Attorney General authority to enforce": the parse may hang it higher)
        power = next((o for o in verb.head.children if o.dep_ == "dobj" and o.i < verb.i), verb)
    else:
        return None
    if power.lemma_.lower() not in _POWER_WORDS or power.dep_ != "dobj":
        return None
    holder = power.head
    if negated(holder) or any(c.dep_ == "det" and c.lower_ == "no" for c in power.children):
        return None  # ("the county does not have authority to enforce the Act", "has no power to")
    if holder.lemma_.lower() in {"have", "hold"}:
        return next((c for c in holder.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if holder.lemma_.lower() not in _GRANTING_VERBS:
        return None
    # (the parse may read the one given it as the power's modifier: "the Attorney General exclusive authority")
    return next((c for c in holder.children if c.dep_ in {"dative", "dobj"} and c.i != power.i
                 and c.pos_ in {"NOUN", "PROPN"}), None) or next(
        (c for c in power.children if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"), None)


#: Nouns for a power to act: "authority to enforce", "the power to issue rules".
_POWER_WORDS = frozenset({"authority", "power", "powers", "responsibility", "mandate", "jurisdiction"})
#: Verbs by which a power is given: "gives", "grants", "delegates", "vests".
_GRANTING_VERBS = frozenset({"give", "grant", "delegate", "vest", "confer", "assign"})


def said_of_oneself(pronoun: Token) -> Token | None:
    """Who "he" or "she" is in what someone says of themself: "Mayor Tom
    Whitfield said he would sign the ordinance" (the speaker); None for any
    other word, or when the saying verb has no named subject.

    >>> import spacy
    >>> said_of_oneself(spacy.blank("en")("he")[0]) is None
    True
    """
    verb = pronoun.head
    if pronoun.lower_ not in {"he", "she"} or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING_SELF:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    # ("Tim Hale, the governor's spokesman, said he would sign": he speaks for someone else)
    return None if speaker is None or any(c.dep_ == "appos" for c in speaker.children) else speaker


#: Verbs of saying by which someone tells what they will do: "said he would sign".
_SAYING_SELF = frozenset({"say", "tell", "announce", "pledge", "promise", "vow", "indicate", "state"})


def subject(verb: Token) -> Token | None:
    """The verb's subject, climbing through relative clauses, xcomp and conj."""
    seen = 0
    while seen < 5:
        seen += 1
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            if subj.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
                return verb.head
            return said_of_oneself(subj) or subj
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.tag_ == "VBG":
            verb = verb.head.head  # "filed a lawsuit challenging the act": who filed it challenges it
            continue
        if doing_while(verb):  # "In enacting the Act, the Legislature found ...": who found enacted it
            verb = verb.head.head
            continue
        holder = power_holder(verb)
        if holder is not None:  # "gives the Attorney General authority to enforce the Act": the Attorney General
            return holder
        if verb.dep_ == "relcl" or verb.dep_ == "acl":
            return verb.head
        if verb.dep_ == "xcomp" and verb.head is not verb and verb.head.lemma_.lower() not in REVISING_VERBS:
            # (a count is no one: "voted 12 to 5 to adopt"; "would amend the Act to require": the amending bill
            # requires, not the law it changes)
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ != "NUM"), None)
            # "called on Congress to pass", "appealed to the Board to act": whom the call is to acts
            obj = obj or next((o for p in verb.head.children if p.dep_ == "prep" and p.lower_ in {"on", "upon", "to"}
                               and p.i < verb.i and verb.head.lemma_.lower() in {"call", "appeal"}
                               for o in p.children if o.dep_ == "pobj"), None)
            if obj is not None:  # "authorizes the Board to develop": the Board develops (object control)
                return obj
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.lemma_.lower() in _SAID_AGAIN \
                and verb.head.head.lemma_.lower() in _SAID_AGAIN and verb.tag_ == verb.head.head.tag_ \
                and verb.head.lemma_.lower() not in _SAID_AGAIN:  # ("testified that opponents feared X and claimed Y")
            # "told the Committee that the levy was unfair and warned of job losses": the parse joins the second
            # saying to the clause said, but who warned is who told
            verb = verb.head.head
            continue
        if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and verb.head is not verb:
            verb = verb.head
            continue
        return None
    return None


def doing_while(verb: Token) -> bool:
    """Whether a gerund leading a clause says what the clause's subject did
    ("In enacting the Act, the Legislature found ...", "By adopting the
    rule, the Board ..."): a gerund after "in", "by", "after", "before",
    "upon", "on", "when" or "while" that comes before the verb it hangs on.
    After the verb the doer may be another ("costs the offices incurred in
    supporting the program" is work done; "guides taxpayers in preparing
    returns" is the taxpayers' doing)."""
    prep = verb.head
    # (not a passive clause: "In enforcing the Act, landowners have been fined by the Commission" is the agent's act)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in prep.head.children)
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in _WHILE_DOING \
        and prep.head.pos_ in {"VERB", "AUX"} and prep.i < prep.head.i and not passive


#: Prepositions before a gerund leading a clause whose subject does it: "In enacting the Act, ...".
_WHILE_DOING = frozenset({"in", "by", "after", "before", "upon", "on", "when", "while"})


def listed_after_colon(noun: Token) -> list[Token]:
    """The items a colon lists after a plural noun: "runs two programs: the
    Clean Docks Program and the Safe Moorings Program" says what it runs
    twice, so what holds of "programs" holds of each item. The parser hangs
    the first item on the noun as an apposition and the rest as its
    conjuncts, sometimes through a participle between them ("(1) A, offered
    to ..., and (2) B"); items are the nouns on that chain, not the nouns
    inside their modifiers."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return []
    colons = [p.i for p in noun.children if p.text == ":" and p.i > noun.i]
    firsts = [a for a in noun.children if a.dep_ == "appos" and colons and a.i > colons[0]]
    if not firsts:  # "runs two programs for marinas: (1) the X program ...": the parse hangs the list on "marinas"
        preps = [*noun.children, *(c for c in noun.head.children if c.i > noun.i and noun.dep_ == "dobj")]
        inner = [o for prep in preps if prep.dep_ == "prep" for o in prep.children if o.dep_ == "pobj"]
        firsts = [a for o in inner for a in o.children if a.dep_ == "appos" and a.lemma_ == noun.lemma_
                  and any(p.text == ":" and o.i < p.i < a.i for p in o.children)]
    if not firsts and colons and colons[0] == noun.i + 1:
        firsts = _hung_above(noun, colons[0])
    items: list[Token] = []
    stack = list(firsts)
    while stack:
        t = stack.pop()
        items.append(t)
        stack += [c for c in t.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        stack += [g for c in t.children if c.dep_ in {"acl", "relcl"}
                  for g in c.children if g.dep_ == "conj" and g.pos_ in {"NOUN", "PROPN"}]
    return sorted(items, key=lambda t: t.i)


def _hung_above(noun: Token, colon: int) -> list[Token]:
    """"applies to three sectors: marinas, ferry operators and fuel docks":
    the parser may hang the first item on the verb above the noun (as an
    adverbial noun), not on the noun; the first noun after the colon, so
    hung, is the first item."""
    after = noun.doc[colon + 1 : noun.sent.end]
    first = next((t for t in after if t.pos_ in {"NOUN", "PROPN"}), None)
    while first is not None and first.dep_ in {"compound", "amod"} and first.head.i > first.i:
        first = first.head
    if first is None or first.dep_ not in {"npadvmod", "appos", "dep", "attr", "dobj"} \
            or first.head not in list(noun.ancestors):
        return []
    return [first]


def inside_quotes(tok: Token) -> bool:
    """Whether a word stands inside quotation marks in its paragraph
    (an odd number of them before it): someone else's words."""
    return sum(1 for t in tok.doc[: tok.i] if t.text in QUOTES) % 2 == 1


def negated(tok: Token) -> bool:
    """"does not ban", "no longer penalizes", "declined to endorse": the
    verb, or the verb it completes, is denied. Asked of each verb by many
    rules, so kept per parsed text (the parse is final when rules read it)."""
    seen = tok.doc.user_data.setdefault("pg_denied", {})
    if tok.i not in seen:
        seen[tok.i] = _denied(tok)
    return seen[tok.i]


def _denied(tok: Token) -> bool:
    """`negated`, worked out (the word's own denial, "nor", a no-one subject, a refused infinitive)."""
    return any(c.dep_ == "neg" or no_longer(c) for c in tok.children) or after_nor(tok) or denied_by_subject(tok) \
        or tok.dep_ in {"xcomp", "aux"} and (
        any(c.dep_ == "neg" for c in tok.head.children) or tok.head.lemma_.lower() in _REFUSING)


#: Verbs by which one refuses what the infinitive after them says: "declined to endorse the rule".
_REFUSING = {"decline", "refuse"}


def passive(verb: Token) -> bool:
    """"was launched by", "a program run by", and a participle set off by
    commas with its agent: "H.R. 2345, sponsored by Rep. Smith, would ...",
    also opening the sentence ("Introduced by Rep. Smith, H.R. 2345 ...").
    Not a relative clause with its own subject: "the rule, which the Board
    finalized in May" (the tagger's VBN is a past tense there)."""
    own_subject = any(c.dep_ == "nsubj" for c in verb.children)
    agent = any(c.dep_ == "agent" for c in verb.children)
    # ("the Rule, approved 4-1 by the Board, ...": a tally after it may make the tagger read a past tense)
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and agent and verb.dep_ in {"acl", "conj"}
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (participle and not own_subject and (
        verb.dep_ in {"acl", "relcl"} or verb.dep_ in {"advcl", "csubj", "nsubj"} and agent
        or verb.dep_ == "ROOT" and agent and verb.i == verb.sent.start  # "Issued by the Authority under ...": a line
        # "is funded by X and administered by Y"; "is a scheme run by X and administered day to day by Y" (the
        # parse may join the second participle to "is")
        or verb.dep_ == "conj" and agent and (passive(verb.head) or verb.head.lemma_ == "be")))


#: Nouns for what a policy imposes or grants: "the fee" of a fee programme is that programme.
INSTRUMENT_NOUNS = frozenset({"fee", "tax", "charge", "levy", "toll", "tariff", "surcharge", "subsidy", "rebate",
                               "ban", "cap", "registry", "mandate", "moratorium", "curfew", "quota"})


#: Of those, the charges someone pays ("pay the levy"), with a customs "duty".
_PAID_CHARGES = frozenset({"fee", "tax", "levy", "toll", "tariff", "surcharge", "duty"})
#: Words that name some of a group ("each of the districts"): the group is who is meant.
_PARTITIVES = {"each", "all", "some", "many", "most", "none", "any", "both", "either", "neither", "one", "several",
               "few"}
#: Nouns for an unnamed gathering of actors, who act as its members: "a coalition of 37 health groups".
_COLLECTIVES = {"coalition", "alliance", "group", "number", "handful", "consortium", "network", "bloc", "host",
                "majority", "minority", "dozen", "dozens", "hundreds", "thousands"}


@dataclass(frozen=True)
class Reading:
    """What the rules read one parsed segment with: the article's resolved
    entities (their categories and classes, its main policy), the
    vocabulary's cues, and the segment's parse, mentions and duties. Built
    once per segment (`for_segment`); the rules below are functions of it
    and a token, and never change it."""

    lex: Lexicon
    categories: dict[str, str]  # entity key -> core category
    classes: dict[str, str]  # entity key -> class local name
    topic: str  # key of the article's main policy ("" if none)
    penalty: frozenset[str]
    reward: frozenset[str]
    policy_generic: frozenset[str]
    about_cues: frozenset[str]
    worry_nouns: frozenset[str]
    any_cue: frozenset[str]
    doc: Doc | None = None
    seg: Segment | None = None
    tok2key: dict[int, str] = field(default_factory=dict)  # token index -> entity key of the mention there
    mentions: tuple[Mention, ...] = ()
    label_keys: tuple[str, ...] = ()  # keys named by the list item's lead-in
    context_keys: tuple[str, ...] = ()  # the actors a list's context names ("For Businesses:", "They must:")
    duties: tuple[Duty, ...] = ()
    authors: tuple[str, ...] = ()  # who "we" are: a letter's signatories, a report's or study's writers
    reporting: bool = False  # whether "we" write a report or study (its worries may be others', reported)
    writer: str = ""  # who "I" am: the author a byline names, when the article names them too
    earlier: tuple[tuple[str, str], ...] = ()  # (key, kind) of the policies named before this segment, in order
    named_kinds: tuple[tuple[str, str], ...] = ()  # (kind noun, key) of each policy the article names by a name
    kinds_of: tuple[tuple[str, frozenset[str]], ...] = ()  # (key, last words of its names) of each policy
    sectioned: bool = False  # whether `topic` is the policy the segment's section heading names
    intro_policy: str = ""  # the policy a list item's intro paragraph is about ("The Orders prohibit ... may not:")
    several_policies: bool = False  # whether the article has more than one policy
    topic_words: frozenset[str] = frozenset()  # the words of the main policy's names, singular, in lower case

    @classmethod
    def for_article(cls, lexicon: Lexicon, categories: dict[str, str], classes: dict[str, str], topic: str) -> Reading:
        cues = lexicon.relation_cues
        return cls(lexicon, categories, classes, topic,
                   penalty=cues["penalizes"] | lexicon.prohibition_cues,
                   reward=cues["rewards"],
                   policy_generic=lexicon.generic.get("Policy", frozenset()),
                   about_cues=cues["concernAbout"],
                   worry_nouns=(lexicon.concern_markers | lexicon.frame_cues.get("Concern", frozenset())
                                | {"question", "doubt", "alarm", "objection"}),
                   any_cue=frozenset().union(*cues.values()) | lexicon.neutral_cues | lexicon.prohibition_cues,
                   several_policies=sum(c == "Policy" for c in categories.values()) > 1)

    def for_segment(self, doc: Doc, seg: Segment, mentions: list[Mention], label_keys: list[str],
                    context_keys: tuple[str, ...], earlier: tuple[tuple[str, str], ...] = ()) -> Reading:
        # ("voiced concerns about the tax", in an article on the Carbon Tax Act: the tax is the policy, no worry)
        # (nor a worry a speaker denies: "'We do not believe the rule raises safety concerns,' said Ana Lutz")
        known = tuple(m for m in mentions if m.key in self.categories and not (
            self.categories[m.key] == "Concern" and 0 <= m.head < len(doc)
            and (self.names_the_instrument(doc[m.head]) or _denied_clause(doc[m.head]))))
        tok2key: dict[int, str] = {}
        for m in known:
            for i in m.tokens:
                if i in m.shared:  # "FDA" in "FDA regulations" stays the body's
                    tok2key.setdefault(i, m.key)
                else:
                    tok2key[i] = m.key
            tok2key.setdefault(m.head, m.key)
        return replace(self, doc=doc, seg=seg, tok2key=tok2key, mentions=known, label_keys=tuple(label_keys),
                       context_keys=context_keys, duties=tuple(segment_duties(doc, seg, self.lex)), earlier=earlier)

    def antecedent(self, tok: Token) -> str:
        """The policy a definite description stands for: the latest one named
        before it whose kind it names ("H.R. 4410 ... the bill", "a final
        rule ... the rule"), else the article's main policy. "It" is the
        policy an earlier sentence of its paragraph was about, else the main
        policy."""
        kind = policy_kind(tok.lemma_.lower())
        if tok.lower_ in {"it", "its"}:
            return self.named_before_in_sentence(tok) or self.subject_before(tok) or self.topic
        if not kind:
            return self.topic
        here = sorted((m for m in self.mentions if m.head < tok.i and self.cat(m.key) == "Policy"),
                      key=lambda m: m.head)
        before = [*self.earlier, *((m.key, mention_kind(self.doc, m)) for m in here)]
        return next((key for key, k in reversed(before) if k == kind), self.topic)

    def named_before_in_sentence(self, pronoun: Token) -> str:
        """The one policy the pronoun's own sentence names by name before
        it, that a later clause calls "it" ("advocates support S. 1187 but
        argue that it does not go far enough"); "" when it names none or
        several. ("Opposes the ban, arguing that it ...": a description may
        be another name of the article's policy, left to `subject_before`.)"""
        before = [m for m in self.mentions if self.cat(m.key) == "Policy" and pronoun.sent.start <= m.head < pronoun.i]
        verb = pronoun.head
        if pronoun.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "conj":
            # "The credit was created by the Act, and it is run by the Department": the subject it goes on about
            first = next((m.key for m in before if self.doc[m.head].dep_ in {"nsubj", "nsubjpass"}
                          and self.doc[m.head].head == verb.head), "")
            if first:
                return first
        if any(self.doc[m.head].dep_ in {"nsubj", "nsubjpass"} for m in before):
            return ""  # "Unlike the Clean Water Act, the bill is voluntary, and X supports it": what a clause is about
        keys = {m.key for m in before if m.text[:1].isupper()}  # a name
        return next(iter(keys)) if len(keys) == 1 else ""

    def subject_policy(self) -> str:
        """The named policy a list intro paragraph is about: the one its last
        sentence opens under ("Under the new Harbor Safety Act, which
        replaced the Dock Rule, operators must:"),
        else the latest one a sentence had as its subject ("The Hazardous
        Occupations Orders prohibit ... Among other things, youth may not:");
        "" when none ("the program" may be any)."""
        # (or one whose terms bind the parties: "Under a stipulated settlement approved by the Commission, Acme will:")
        named = [m for m in self.mentions if self.cat(m.key) == "Policy" and (
            m.text[:1].isupper() or self.doc[m.head].lemma_.lower() in BINDING_TERMS)]
        last = self.doc[-1].sent
        # "Under the new Harbor Safety Act, ...:", "according to the Act, ...": a phrase on the sentence's own verb
        # (not one inside a clause about something else: "which replaced the Dock Rule", "who were exempt under")
        in_last = [m for m in named if last.start <= m.head < last.end and self.doc[m.head].dep_ == "pobj"
                   and (prep := self.doc[m.head].head).lower_ in {"under", "to"}
                   and last.root in {prep.head, prep.head.head} and (prep.lower_ == "under" or prep.head.lower_
                                                                     in {"according", "pursuant"})]
        subjects = [m for m in named if _about(self.doc[m.head])]
        return max(in_last or subjects, key=lambda m: m.head).key if in_last or subjects else ""

    def subject_before(self, pronoun: Token) -> str:
        """The policy an earlier sentence of the paragraph is about, that
        "it" goes on about: the latest policy that was a sentence's subject
        ("S. 1187, the Drone Privacy Act, would ban ... It would also
        require ..."), else none."""
        def is_lead_in(m: Mention) -> bool:  # "Recommendation 1. The Agency should ...": a sentence that is a name
            sent = self.doc[m.head].sent
            return all(t.i in m.tokens or t.is_punct for t in sent) and sent.end < len(self.doc)
        subjects = [m for m in self.mentions if self.cat(m.key) == "Policy" and m.head < pronoun.sent.start
                    and (_about(self.doc[m.head]) or is_lead_in(m))]
        return max(subjects, key=lambda m: m.head).key if subjects else ""

    # ------------------------------------------------------------ lookups
    def called_by_name(self, key: str) -> bool:
        """Whether the segment calls `key` by a capitalised name ("the Clean
        Docks Program"), not only by its kind word ("the program")."""
        return any(m.key == key and m.text[:1].isupper() for m in self.mentions)

    def cat(self, key: str) -> str:
        return self.categories.get(key, "")

    def _section_kind(self, tok: Token, key: str) -> str:
        """"Under the bill, ..." in a section a bill's heading names: that
        bill, not the policy the kind word alone stands for elsewhere."""
        kind = policy_kind(tok.lemma_.lower())
        topic_kinds = {policy_kind(w) for key_, words in self.kinds_of if key_ == self.topic for w in words}
        if self.sectioned and self.topic and key == tok.lower_ and tok.tag_ == "NN" and self.cat(key) == "Policy" \
                and kind and kind in topic_kinds and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self.topic  # (not "the rule" under a bill's heading, nor "the bills")
        return key

    def key_at(self, tok: Token, category: str) -> str:
        key = self.tok2key.get(tok.i, "")
        if key and category == "Policy":
            key = self._section_kind(tok, key)
        if key and self.cat(key) == category:
            return key
        if category == "Policy" and self.is_anaphor(tok):
            return self.antecedent(tok)
        if category == "Actor" and tok.lower_ in _CALLED_BACK_BODIES and tok.tag_ == "NN":
            return self.body_named_before(tok)
        if category == "Actor" and tok.lower_ in {"he", "she"} and tok.dep_ in {"nsubj", "nsubjpass"}:
            return self.person_called_he(tok)
        return ""

    def person_called_he(self, pronoun: Token) -> str:
        """"Kevin Marsh opposed the rule. He warned that ...": "he" or "she"
        opening its sentence is the person who was the subject of the
        sentence before, when that sentence names no other person. (Inside a
        sentence, "said she supports it" is `reporter`'s.)"""
        doc, sent = self.doc, pronoun.sent

        def people(start: int, end: int) -> list[str]:
            return [k for t in doc[start:end] for k in [self.tok2key.get(t.i, "")] if self.classes.get(k) == "Person"]

        if sent.start == 0 or not all(t.is_punct or t.pos_ in {"ADV", "CCONJ"} for t in doc[sent.start : pronoun.i]):
            return ""
        before = doc[sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        key = self.tok2key.get(subj.i, "") if subj is not None else ""
        # (any other person the tagger sees there may be meant: "praised Ana Ruiz, the harbour master")
        others = [t for t in before if t.ent_type_ == "PERSON" and self.tok2key.get(t.i, "") != key]
        return key if self.classes.get(key) == "Person" and set(people(before.start, before.end)) == {key} \
            and not others else ""

    def body_named_before(self, noun: Token) -> str:
        """"The Live Events Coalition opposed the bill. The group argued
        ...": "the group" (the company, the union) alone is the one
        organisation named in its sentence or the one before."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
                c.dep_ in {"amod", "compound", "poss"} for c in noun.children):
            return ""
        first = noun.sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        if noun.lower_ in _PUBLIC_BODY_NOUNS:  # "the Office of Dock Safety ... The office will run": named with the noun
            keys = {m.key for m in self.mentions if first <= m.head < noun.i and self.classes.get(m.key) == "GovernmentBody"
                    and noun.lower_ in m.text.lower().split() and m.text[:1].isupper()}
        else:
            keys = {m.key for m in self.mentions if first <= m.head < noun.i
                    and self.classes.get(m.key) in {"Organisation", "Business"}
                    and len(m.text.split()) >= 2 and m.text[:1].isupper()}
        return next(iter(keys)) if len(keys) == 1 else ""

    def is_anaphor(self, tok: Token) -> bool:
        """"it", "its", "the system", "this programme": the main policy ("the
        laws" only in an article with one policy)."""
        if not self.topic:
            return False
        if tok.lower_ in {"it", "its"}:
            return True
        if tok.tag_ == "NNS" and tok.lemma_.lower() in ACT_WORDS and self.several_policies:
            return False  # "advocates support the laws" in an article on several laws: not one of them
        return definite_policy_noun(tok, self.policy_generic) or self.names_the_instrument(tok)

    def names_the_instrument(self, tok: Token) -> bool:
        """"the fee" in an article on the Clean Harbors Fee Program, "the
        tax" beside the Carbon Tax Act: a bare definite word for a levy, a
        ban or a registry that the main policy's own name says it is calls
        that policy back."""
        return tok.tag_ == "NN" and tok.lemma_.lower() in INSTRUMENT_NOUNS and tok.lemma_.lower() in self.topic_words \
            and definite_policy_noun(tok, INSTRUMENT_NOUNS)

    def _list_hung_inside(self, tok: Token, category: str) -> list[Token]:
        """"covers enterprises with sales of at least $500,000, hospitals,
        schools, and public agencies": the parser hangs the rest of a list
        on the last noun inside the first item; items that are of the first
        item's kind while that noun is not belong with the first item."""
        if not self.key_at(tok, category):
            return []
        inner = [d for d in tok.subtree if d.i > tok.i and d.dep_ == "pobj" and not self.key_at(d, category)]
        return [c for d in inner for c in d.conjuncts if c.i > d.i and self.key_at(c, category)]

    def _previous_subjects(self, pronoun: Token) -> list[str]:
        """"Two organizations, Clearwater Riverkeepers and the Prairie Air
        Alliance, petitioned for review. They argued that ...": "they"
        opening a sentence is the actors the sentence before had as its
        subject, in the same paragraph ("Landlords praised the city. They
        may not raise the rent"; "he" and "she": `person_called_he`)."""
        sent, doc = pronoun.sent, pronoun.doc
        if sent.start == 0 or next((t.i for t in sent if not t.is_punct and not t.is_space), -1) != pronoun.i:
            return []
        before = doc[sent.start - 1].sent.root
        subjects = [c for c in before.children if c.dep_ in {"nsubj", "nsubjpass"}]
        keys: list[str] = []
        for subject in subjects:
            named = [a for a in subject.children if a.dep_ == "appos"]  # "Two organizations, A and B,"
            for t in named or [subject]:
                keys += [k for k in self.conjuncts(t, "Actor") if k not in keys]
        return keys

    def keys_in(self, tokens, category: str) -> list[str]:
        out: list[str] = []
        for tok in tokens:
            key = self.tok2key.get(tok.i, "")
            if key and category == "Policy":
                key = self._section_kind(tok, key)
            if key and self.cat(key) == category and key not in out:
                out.append(key)
        return out

    def conjuncts(self, tok: Token, category: str) -> list[str]:
        """Mentions at a token and its coordinated siblings ("A, B and C")."""
        out: list[str] = []
        if category == "Actor" and tok.lower_ in {"we", "us"} and self.authors and not inside_quotes(tok):
            return list(self.authors)  # "we urge you to reject the act", in a letter its signatories sign
        if category == "Actor" and tok.lower_ in {"i", "me"} and tok.pos_ == "PRON" and self.writer \
                and not inside_quotes(tok):
            return [self.writer]  # "I oppose the ordinance", in an opinion piece its byline signs (not in a quote)
        if category == "Actor" and tok.lower_ == "they" and tok.pos_ == "PRON" \
                and tok.dep_ == "nsubj" and not self.key_at(tok, category) and not inside_quotes(tok):
            return self._previous_subjects(tok)  # "Two groups, A and B, petitioned. They argued that ..."
        if category == "Actor" and tok.lower_ == "it" and tok.pos_ == "PRON" and tok.dep_ in {"nsubj", "nsubjpass"} \
                and not inside_quotes(tok):
            return self._body_said_of(tok)  # "Bayside Marina LLC agreed to pay $150,000 ... that it failed to ..."
        if tok.lower_ in _PARTITIVES and tok.pos_ in {"PRON", "DET", "NUM", "ADJ"}:  # "each of the districts must ..."
            whole = next((o for o in pobjs(tok, {"of"})), None)
            if whole is not None:
                return self.conjuncts(whole, category)
        for t in [tok, *tok.conjuncts, *listed_after_colon(tok), *self._list_hung_inside(tok, category)]:
            # ("the undersigned organizations", "Harbor Watch and 40 other organizations write to urge ...")
            if category == "Actor" and self.authors and (t.lower_ == "undersigned" or any(
                    c.lower_ in {"undersigned", "other"} and t.dep_ == "nsubj" and t.head.lemma_.lower() in {
                        "write", "submit"} or c.lower_ == "undersigned" for c in t.children)):
                out += [a for a in self.authors if a not in out]  # "the undersigned organizations": who sign
                continue
            key = self.key_at(t, category)
            gathered = self._gathered(t, key) if category == "Actor" else []
            if gathered:  # "a coalition of 37 health groups urged ...": the groups the unnamed collective gathers
                out += [k for k in gathered if k not in out]
                continue
            named = [k for c in t.children if c.dep_ == "appos" for n in [c, *c.conjuncts]
                     for k in [self.key_at(n, "Actor")] if self.classes.get(k) == "Person"] \
                if category == "Actor" and t.is_lower else []
            if named and self.classes.get(key) != "Person":
                # "its director of policy, Martin Kowalczyk, said", "two councilmembers, Ann Lee and Bo Park,":
                # the people the office or group is set beside
                out += [k for k in named if k not in out]
                continue
            if not key:
                # the head may sit outside the mention span ("such as" items)
                inner = self.keys_in([t], category)
                key = inner[0] if inner else ""
            if key and key not in out:
                out.append(key)
        return out

    def _body_said_of(self, pronoun: Token) -> list[str]:
        """The body or business a clause of "it" is said of: the subject of a
        verb the clause hangs under ("Bayside Marina LLC agreed to resolve
        allegations that it failed to report spills"), else none."""
        for verb in pronoun.ancestors:
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i
                         and c.lower_ != "it"), None)
            if subj is not None:
                keys = [k for k in self.conjuncts(subj, "Actor") if self.classes.get(k) in BODY_CLASSES]
                others = [k for c in verb.children if c.dep_ in {"dobj", "dative"}
                          for k in self.conjuncts(c, "Actor") if self.classes.get(k) in BODY_CLASSES]
                # ("The Chamber told the City Council it had opposed ...": either may be "it")
                return keys[:1] if not others else []
        return []

    def _gathered(self, tok: Token, key: str) -> list[str]:
        """The actors an unnamed collective noun gathers ("a coalition of 37
        health groups", "Dozens of growers"), or [] (not one the article
        names: "a coalition of platforms called Lakeview Works Flexibly")."""
        if tok.lemma_.lower() not in _COLLECTIVES or not (tok.is_lower or tok.is_sent_start) \
                or key and self.called_by_name(key):
            return []
        return [k for o in pobjs(tok, {"of"}) for k in self.conjuncts(o, "Actor")]

    def introduced(self, noun: Token) -> str:
        """"The FDA proposed a rule that ... The Sprout Safety Rule would
        ...": a policy introduced with "a" and its kind noun, before the
        article names any, is the one policy of that kind it names, or ""."""
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) or self.key_at(noun, "Policy"):
            return ""
        noun_kind = policy_kind(singular(noun.lower_)) or singular(noun.lower_)  # "a law" ... "the Fair Rent Act"
        keys = [k for kind, k in self.named_kinds if (policy_kind(kind) or kind) == noun_kind]
        named_before = {k for k, _kind in self.earlier} | {m.key for m in self.mentions if m.head < noun.i}
        # once the article has named it, "a rule" is another one
        return keys[0] if len(keys) == 1 and keys[0] not in named_before else ""

    def policy_for(self, tok: Token | None) -> str:
        """The policy a token stands for, climbing "mechanism ... on" chains;
        a request for a policy stands for what it asks for ("reject the
        petition for a waiver": the waiver), and its making for it ("passage
        of the bill")."""
        hops = 0
        if tok is not None and not self.key_at(tok, "Policy") and tok.lemma_.lower() in _REQUEST_NOUNS:
            asked = [p for o in pobjs(tok, {"for"}) for p in [self.key_at(o, "Policy")] if p]
            if asked:
                return asked[0]
        if tok is not None and not self.key_at(tok, "Policy") and tok.lemma_.lower() in _MAKING_NOUNS:
            made = [p for o in pobjs(tok, {"of"}) for p in [self.key_at(o, "Policy")] if p]
            if made:  # "called for passage of H.R. 2210", "applauded the introduction of the bill": the bill
                return made[0]
            if tok.lemma_.lower() in {"adoption", "passage", "enactment"} and self.topic and not any(
                    c.dep_ in {"prep", "poss", "compound", "amod"} for c in tok.children) \
                    and (self.sectioned or not self.several_policies):
                return self.topic  # "urged adoption": of the one policy the article or its section is about
        while tok is not None and hops < 4:
            named = [o for acl in tok.children if acl.dep_ == "acl" and acl.lemma_.lower() in {"know", "call", "name"}
                     for p in acl.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            if named:  # "the law known as the Fair Fares Act": that act
                tok = named[0]
            key = self.key_at(tok, "Policy")
            if key:
                return key
            if described(tok) is not None:  # a description of a policy stands for it
                tok = described(tok)
                hops += 1
                continue
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"VERB", "AUX"} \
                    and tok.head.lower_ not in {"without", "except"}:  # (what one lacks is no part of the policy)
                tok = subject(tok.head.head)
                hops += 1
                continue
            return ""
        return ""

    def own_subtree(self, tok: Token) -> list[Token]:
        """A subtree without the branches another effect cue governs:
        "rewarding recycling and penalizing littering"."""
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            for c in t.children:
                # a conjunct governed by its own effect cue: "penalizing misconduct"
                # (spaCy may attach the cue to the conjunct as a modifier)
                cues = [c] + [m for m in c.children if m.dep_ in {"amod", "compound"} and m.pos_ == "VERB"]
                if c.dep_ == "conj" and any(self._is_effect_cue(x) for x in cues):
                    continue
                stack.append(c)
        return out

    def _is_effect_cue(self, tok: Token) -> bool:
        stem = tok.lower_[:-3] if tok.lower_.endswith("ing") else ""
        return bool({tok.lemma_.lower(), stem, stem + "e"} & (self.penalty | self.reward))

    def cue_lemmas(self, verb: Token) -> set[str]:
        """The verb and the nouns it governs: "lead to deductions" -> {lead, deduction}."""
        lemmas = {verb.lemma_.lower()}
        for child in verb.children:
            if child.dep_ in {"dobj", "attr", "acomp", "oprd", "xcomp"} or (child.dep_ == "ccomp" and child.pos_ == "ADJ"):
                lemmas.add(child.lemma_.lower())  # "makes it unlawful": ccomp adjective
            if child.dep_ == "prep":
                lemmas.update(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
        return lemmas

    def voices_worry(self, verb: Token) -> bool:
        """"raises concerns about X", "raises questions": the verb voices a
        worry about X, it does not raise anything for doing X."""
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.worry_nouns for c in verb.children)

    def stance_of(self, lemmas: set[str]) -> str:
        if lemmas & self.lex.relation_cues["criticizes"]:
            return "criticizes"
        if lemmas & self.lex.relation_cues["supports"]:
            return "supports"
        return ""

    def has_anaphor(self, sent) -> bool:
        """Whether a sentence refers to the main policy by an anaphor ("it", "the system")."""
        return any(self.is_anaphor(t) for t in sent)

    def criticism_section(self) -> bool:
        """The section heading or list intro speaks of criticism or concerns
        (not merely of "challenges")."""
        return bool(frame_words(self.seg.block.section, self.seg.block.intro) & self.about_cues)


# ------------------------------------------------------------ rules
def policy_links(r: Reading) -> list[Fact]:
    """A policy named with its whole or its maker: "Section 5 of the Act"
    / "the guarantee under the H-9C program" -> partOf; "guidance from
    the EEOC" / "a rule by the FTC" -> issuedBy."""
    facts = []
    for m in r.mentions:
        if r.cat(m.key) != "Policy":
            continue
        head = r.doc[m.head]
        preps = [c for c in head.children if c.dep_ == "prep" and c.i not in m.tokens]
        after = r.doc[max(m.tokens) + 1] if max(m.tokens) + 1 < len(r.doc) else None
        if not preps and after is not None and after.lower_ == "of" and after.dep_ == "prep" and r.doc[min(m.tokens)].lower_ in _PART_CODE_WORDS:
            preps = [after]  # "Under Section 4(b) of the Act": the parse hangs "of" on "Under", beside the part
        for prep in preps:
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ in {"of", "under", "within"}:
                facts += [Fact(m.key, "partOf", p, m.head) for o in objs for p in r.conjuncts(o, "Policy")
                          if p != m.key]
            if prep.lower_ == "in":  # "the grant program in H.R. 2291": what a law or bill holds is part of it
                facts += [Fact(m.key, "partOf", p, m.head) for o in objs for p in r.conjuncts(o, "Policy")
                          if p != m.key and r.classes.get(p) == "Law"]
            if prep.lower_ == "of" and head.lemma_.lower() not in _NORM_NOUNS | _LISTING_NOUNS:
                # "the StreamFree practice of Veritel" (not "a blacklist of firms", "the rating of lenders": whom it lists)
                facts += [Fact(m.key, "issuedBy", a, m.head) for o in objs for a in r.conjuncts(o, "Actor")]
            elif prep.lower_ in {"from", "by"}:
                facts += [Fact(m.key, "issuedBy", a, m.head) for o in objs for a in r.conjuncts(o, "Actor")]
        # "the Harbor Rule's winter moratorium": a policy's own provision
        # (named: "its agreement" may be anyone's)
        # ("the Act's repeal bill", "the Plan's successor rule": another policy about it, no part of it)
        related = any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in _RELATED_POLICY_WORDS for c in head.children)
        facts += [Fact(m.key, "partOf", p, m.head) for o in head.children if o.dep_ == "poss" and o.i not in m.tokens
                  and o.pos_ in {"NOUN", "PROPN"} and not related for p in [norm_owner(r, o)] if p and p != m.key]
    return facts


#: Words that open the name of a numbered part of a law: "Section 4(b)", "Title II", "Sec. 3".
_PART_CODE_WORDS = frozenset({"section", "sec.", "title", "part", "subtitle", "division", "subpart", "article",
                              "chapter", "paragraph", "§"})
#: Policy nouns whose "of" names whom they list or rate, not whose they are: "a registry of landlords".
_LISTING_NOUNS = frozenset({"list", "blacklist", "redlist", "registry", "register", "database", "index", "ranking",
                            "rating", "score", "scorecard", "scoring", "record"})
#: Words for a policy that stands beside another rather than inside it: "the Act's repeal bill".
_RELATED_POLICY_WORDS = frozenset({"repeal", "successor", "replacement", "rival", "alternative", "counterpart",
                                   "predecessor", "competing"})


def previous_subjects(r: Reading, pronoun: Token) -> list[str]:
    """The actors a pronoun opening a duty's sentence continues: the
    subject of the sentence before it in the same paragraph, when that
    sentence states a duty of theirs too ("Landlords must register each
    unit. They also may not raise the rent ...")."""
    sent = pronoun.sent
    if pronoun.lower_ == "they" and pronoun.i - sent.start > 2:  # "states select subgrantees ...; they must report"
        if r.doc[pronoun.i - 1].text not in {";", ",", "and", ":"}:
            return []
        # only where the clause before names one class of people ("consumers complained about fees charged by
        # banks, and they must ..." names two)
        classes = {r.tok2key[t.i] for t in r.doc[sent.start : pronoun.i] if t.tag_ in {"NNS", "NNPS"}
                   and r.cat(r.tok2key.get(t.i, "")) == "Actor"}
        subjects = [s for v in r.doc[sent.start : pronoun.i] if v.pos_ == "VERB" for s in v.children
                    if s.dep_ == "nsubj" and s.i < pronoun.i]
        found = next((actors for s in subjects for actors in [r.conjuncts(s, "Actor")] if actors), [])
        return found if len(classes) <= 1 and set(found) >= classes else []
    if pronoun.lower_ == "it" and pronoun.i - sent.start > 2 and r.doc[pronoun.i - 1].text == ",":
        # "When a collector messages a consumer, it must include an opt-out notice": the one party the clause
        # before names (a singular one: "it")
        # (only a body or business, and only where the clause names no one else: "when a tenant files a complaint
        # against a landlord, it must respond" is ambiguous; "it" is no person)
        clauses = [v for v in r.doc[sent.start : pronoun.i] if v.dep_ == "advcl"]
        parties = {k for v in clauses for t in v.subtree for k in [r.tok2key.get(t.i, "")] if r.cat(k) == "Actor"}
        subjects = {r.tok2key.get(s.i, "") for v in clauses for s in v.children if s.dep_ == "nsubj" and s.tag_ in {"NN", "NNP"}}
        return sorted(parties) if len(parties) == 1 and parties <= subjects and not any(
            r.classes.get(k) in {"Person", "Group"} for k in parties) else []
    if pronoun.i - sent.start > 2 or sent.start == 0:
        return []
    before = r.doc[sent.start - 1].sent
    owed = {d.actor for d in r.duties if d.actor is not None and before.start <= d.actor < before.end}
    found = [k for i in sorted(owed) for k in r.conjuncts(r.doc[i], "Actor")]
    if not found and pronoun.lower_ == "they":  # "The Harbor Rule covers marina operators. They must post fees."
        # (only where the one class of people the sentence before named is whom a policy there acts on: not
        # "a fire killed four tenants", "students rallied")
        classes = {r.tok2key[t.i] for t in before if t.tag_ in {"NNS", "NNPS"} and r.cat(r.tok2key.get(t.i, "")) == "Actor"}
        governed = {r.tok2key[t.i] for t in before if r.tok2key.get(t.i) in classes and t.dep_ in {"dobj", "pobj"}
                    and (v := next((a for a in t.ancestors if a.pos_ == "VERB"), None)) is not None
                    and (s := subject(v)) is not None and r.policy_for(s)}
        found = sorted(governed) if len(classes) == 1 and governed == classes else []
    return found


def earlier_owers(r: Reading, pronoun: Token) -> list[str]:
    """The actors an object pronoun a duty falls on stands for: who owes
    the duty stated last before it in its sentence ("bars landlords from
    charging fees and requires them to give notice")."""
    owed = [d.actor for d in r.duties if d.actor is not None and pronoun.sent.start <= d.actor < pronoun.i
            and r.doc[d.actor].lower_ not in {"them", "him", "her"}]
    return r.conjuncts(r.doc[max(owed)], "Actor") if owed else []


def pronoun_policy(r: Reading, verb: Token) -> str:
    """The policy an anaphoric subject up the clause stands for: in "It
    would require operators to post limits and would bar the sale of
    fuel", the parse may hang "bar" on "post", whose subject is the
    operators; "It", the subject of "require" above, is what bars it."""
    return next((k for t in verb.ancestors if t.pos_ in {"VERB", "AUX"} and (s := subject(t)) is not None
                 and r.is_anaphor(s) and (k := r.policy_for(s))), "")


def _unnamed_antecedent(r: Reading, i: int | None) -> bool:
    """Whether a duty's imposer is a policy the article never names: a
    relative pronoun standing for one ("legislation that would require
    ..."), one named with "a" ("a rule should require ...", "a rulemaking
    to prohibit ..."), the law as it stands ("current law requires ...")."""
    if i is None:
        return False
    tok = r.doc[i]
    if tok.lower_ in {"that", "which"} and tok.head.dep_ == "relcl":
        noun = tok.head.head
    elif any(c.dep_ == "det" and c.lower_ in {"a", "an"} or c.dep_ == "amod" and c.lower_ in _STATUS_QUO
             or c.dep_ == "poss" and c.ent_type_ in {"GPE", "LOC", "NORP"} for c in tok.children) or tok.tag_ == "NNS":
        noun = tok  # "current law requires ...", "under existing law": the law as it stands, not the bill;
        # "Minnesota's law bans ...", "state laws cap ...": another's law, or laws in general
    else:
        return False
    return bool(policy_kind(noun.lemma_.lower()) or noun.lemma_.lower() in _PROPOSAL_NOUNS) \
        and not r.key_at(noun, "Policy")


def unnamed_imposer(r: Reading, verb: Token) -> bool:
    """Whether a clause above the verb has a policy the article never names
    as its subject or object ("a rule should require X and ban Y", "urge
    the agency to begin a rulemaking to prohibit Y"): what the verb
    imposes is that proposal's, not the article's main policy's."""
    return any(_unnamed_antecedent(r, c.i) for t in [verb, *verb.ancestors] for c in t.children
               if c.dep_ in {"nsubj", "dobj"} and c.i < verb.i) or any(
        _unnamed_antecedent(r, o.i) for t in [verb, *verb.ancestors] for o in pobjs(t, {"under"}) if o.i < verb.i)


#: Nouns for a policy proposed but not yet named: "legislation that would ...", "a rulemaking to ...".
_PROPOSAL_NOUNS = {"legislation", "proposal", "rulemaking"}
#: Words for the law as it stands, which a bill would change: "current law", "existing regulations".
_STATUS_QUO = {"current", "existing", "present", "prior", "previous"}


def duty_facts(r: Reading) -> list[Fact]:
    """A duty's conduct is performed by who owes it; the policy imposing
    it evaluates them, and penalises the conduct it forbids (`duty_policies`).
    A duty whose conduct is no entity ("employers must comply with the
    Act") still says whom its policy regulates."""
    facts = []
    for duty in r.duties:
        conduct = r.tok2key.get(duty.head, "")
        named = r.cat(conduct) == "Behaviour"
        if not named and duty.kind not in {"obligation", "prohibition"}:
            continue
        verb = r.doc[duty.head]
        actors = r.conjuncts(r.doc[duty.actor], "Actor") if duty.actor is not None else []
        if not actors and duty.actor is not None and r.doc[duty.actor].lower_ in {"they", "he", "she", "it"}:
            # "Landlords must register. They also may not ...", "Acme must refund fees. It may not ...": a policy
            # owes no duty, so "it" that owes one is the one before it that did
            actors = previous_subjects(r, r.doc[duty.actor])
        if not actors and duty.actor is not None and r.doc[duty.actor].lower_ in {"them", "him", "her"}:
            actors = earlier_owers(r, r.doc[duty.actor])  # "bars landlords from X and requires them to Y"
        actors = actors or list(r.context_keys)
        if duty.actor is not None:  # "bars an employer, including any manager or supervisor, from ...": they owe it too
            actors += [k for p in r.doc[duty.actor].children if p.dep_ == "prep" and p.lower_ == "including"
                       for o in p.children if o.dep_ == "pobj" for k in r.conjuncts(o, "Actor") if k not in actors]
        policies = duty_policies(r, duty, verb, conduct if named else "")
        for actor in actors:
            if named:
                facts.append(Fact(conduct, "performedBy", actor, duty.head))
            if duty.kind not in {"recommendation", "reward"}:
                facts += [Fact(p, "evaluates", actor, duty.head) for p in policies]
        if named and duty.kind in {"prohibition", "penalty"}:
            facts += [Fact(p, "penalizes", conduct, duty.head) for p in policies]
        elif named and duty.kind == "reward":
            facts += [Fact(p, "rewards", conduct, duty.head) for p in policies]
    return facts


def duty_policies(r: Reading, duty, verb: Token, conduct: str) -> list[str]:
    """The policies imposing a duty: the duty verb's subject, a policy the
    clause is "under", the policy a duty obeys ("must comply with the
    Act"), the one policy its sentence names (the first, when it names
    several and not the main one), the policy a list item's intro is about,
    or the article's main policy (not when an unnamed proposal imposes it)."""
    imposer = reward_imposer(r.doc[duty.policy], duty) if duty.policy is not None else None
    policy = r.policy_for(imposer)
    # "legislation that would require X", "a rulemaking to prohibit X": no main policy's duty
    # "Oregon imposes fines on drivers who ...": a place or body that imposes it does so by a law of its own
    own_law = imposer is not None and bool(r.key_at(imposer, "Actor"))
    unnamed = not policy and (_unnamed_antecedent(r, duty.policy) or unnamed_imposer(r, verb) or asked_for(verb)
                              or own_law)
    amending = amending_clause(verb)
    if not policy and amending is not None:  # "The bill would amend the Rent Act to require ...": the bill's
        policy = amending_policy(r, amending)
        return [policy] if policy else []  # (never the law it amends)
    policy = policy or policy_after(r, [verb, *verb.ancestors], {"under", "by"})
    policy = policy or pronoun_policy(r, verb)
    if not policy and verb.lemma_.lower() in OBEYING_VERBS:
        policy = next((k for p in pobjs(verb, {"with", "to", "by"}) for k in [r.policy_for(p)] if k), "")
    named = sentence_policy(r, verb)
    if named and all(set(m.tokens) <= set(duty.conduct) for m in r.mentions if m.key == named):
        named = ""  # "- possession of a substance on the Prohibited List": a policy inside the act imposes nothing
    if duty.kind == "reward" and not policy and not named and not unnamed:
        policy = benefit_created_before(r, verb)
    policy = policy or named or ("" if unnamed else paragraph_policy(r, verb) or r.intro_policy or r.topic)
    policies = [policy] if policy else []
    part = labelled_part(r) if policy and policy == r.topic and not named else ""
    if part:  # "- **Sensitive data (Section 6).** Brokers would be prohibited from ...": the part says it, and so
        policies.insert(0, part)  # does the policy it is part of
    if policy and duty.policy is not None:  # "the Boat Code and the Harbour Rule require owners to ..."
        policies += [p for p in r.conjuncts(r.doc[duty.policy], "Policy") if p not in policies]
    return policies


#: Verbs of not doing what follows: "declined to fund the Travel Nurse Incentive Program".
_REFUSING_VERBS = frozenset({"decline", "refuse", "fail", "reject", "omit"})
#: Verbs that bring a programme into being: "Section 12 establishes the Pipeline Grant Program".
_SETTING_UP_VERBS = frozenset({"create", "establish", "launch", "introduce", "fund", "set"})
#: Words naming a programme that hands out a benefit: "Grant", "Incentive", "Rebate", "Tax Credit".
_BENEFIT_NAME_WORDS = frozenset({"grant", "grants", "incentive", "incentives", "rebate", "rebates", "subsidy",
                                 "subsidies", "credit", "bonus", "award", "stipend", "voucher", "vouchers",
                                 "scholarship", "scholarships", "discount"})


def benefit_created_before(r: Reading, verb: Token) -> str:
    """The benefit programme the sentence before set up, by name ("Section
    12 establishes the Nurse Pipeline Grant Program. Hospitals that partner
    with a nursing school can receive grants"): a reward whose own sentence
    names no policy is that programme's, not the section's or the act's
    that created it. "" when that sentence set up no such programme, or
    several."""
    start = verb.sent.start
    givers = [o for t in verb.sent for o in pobjs(t, {"from"}) if r.key_at(o, "Actor")]
    if start == 0 or givers:
        return ""  # ("... can also earn a bonus from the Centers for Medicare & Medicaid Services": the giver's)
    before = r.doc[start - 1].sent
    keys = {k for t in before if t.pos_ == "VERB" and t.lemma_.lower() in _SETTING_UP_VERBS and not negated(t)
            and not (t.dep_ == "xcomp" and t.head.lemma_.lower() in _REFUSING_VERBS)  # "declined to fund the X Program"
            and not negated(t.head)
            for o in t.children if o.dep_ == "dobj" for k in [r.key_at(o, "Policy")] if k
            and any(m.key == k and m.text[:1].isupper() and _BENEFIT_NAME_WORDS & set(m.text.lower().split())
                    for m in r.mentions)}
    return next(iter(keys)) if len(keys) == 1 else ""


def reward_imposer(imposer: Token, duty: Duty) -> Token:
    """The token standing for what grants a reward, read through "which":
    "creates the Clean Fleets Fund, which offers grants to owners who
    install filters" (the fund, not the act the sentence opens with); any
    other token as it is. Only for rewards: a duty imposed by "which" keeps
    the sentence's policy (read for every duty, it cost held-out relations)."""
    if duty.kind == "reward" and imposer.tag_ == "WDT" and imposer.dep_ == "nsubj" and imposer.head.dep_ == "relcl":
        return imposer.head.head
    return imposer


def labelled_part(r: Reading) -> str:
    """The part of a policy a list item's lead-in names ("- **Sensitive
    data (Section 6).** Brokers would be prohibited from ..."): what the
    item says, that part says; "" when the lead-in names none."""
    return next((k for k in r.label_keys if r.cat(k) == "Policy" and _NUMBERED_PART_KEY.match(k)), "")


#: The key of a numbered part of a policy ("Section 6", "Part 3", "Article 12(b)"): keys are its name's slug.
_NUMBERED_PART_KEY = re.compile(r"(?:section|part|chapter|subpart|article|title|subsection|clause|paragraph|rule)-\d")


def amending_clause(verb: Token) -> Token | None:
    """The verb of amending a duty's clause hangs on ("would amend the Drone
    Act to prohibit sellers from ..."), or None; a clause with a subject of
    its own says who imposes the duty."""
    for tok in [verb, *verb.ancestors]:
        head = tok.head
        if tok.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in REVISING_VERBS and head.i < tok.i:
            return head
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) or tok.dep_ in {"relcl", "ccomp", "ROOT"}:
            return None
    return None


def amending_policy(r: Reading, amend: Token) -> str:
    """"H.R. 300 would amend the Drone Act to prohibit sellers from ...": a
    duty a policy writes into another by amending it is the amending
    policy's (a bill is known by what it would change), "the bill" the one
    the article is about; "" when the amending one is not known."""
    subj = subject(amend)
    if subj is None:
        return ""
    return r.policy_for(subj) or (r.topic if r.is_anaphor(subj) else "") or r.introduced(subj)


def paragraph_policy(r: Reading, verb: Token) -> str:
    """The policy an earlier sentence of the verb's paragraph was about (its
    subject, `Reading.subject_before`), when that is not the article's main
    policy: in a report's paragraph on one of several bills ("H.R. 4102 would
    create a grant program. Hospitals that receive grants would have to
    report ..."), a duty its sentence ties to no policy is that bill's. Only
    a policy the paragraph calls by name: "the program" may be the main one."""
    key = r.subject_before(verb)
    named = r.called_by_name(key)  # "the program" may be the main one
    return key if named and key != r.topic and not r.sectioned else ""  # a section headed by a policy is about it


#: Nouns for a policy's making: a stance on "passage of the bill" is a stance on the bill.
_MAKING_NOUNS = frozenset({"passage", "adoption", "enactment", "approval", "introduction", "implementation",
                           "reauthorization", "reauthorisation", "extension", "expansion"})


def asked_for(verb: Token) -> bool:
    """Whether a duty or ban is what someone asks a body to impose ("urged
    the agency to go further and ban the sale of untested sprouts"): a
    policy not made yet, no duty of the article's main policy."""
    for tok in [verb, *verb.ancestors]:
        if tok.dep_ in {"xcomp", "ccomp"} and tok.head.lemma_.lower() in _URGING:
            return True
        if tok.dep_ in {"relcl", "acl"}:  # a relative clause describes something said, not asked for
            return False
    return False


def sentence_policy(r: Reading, verb: Token) -> str:
    """The one policy the verb's clause of its sentence names (`own_clause`),
    or the first it names when it names several and not the article's main
    one (a sentence naming only other policies is about them); "" otherwise.
    A policy the sentence says is lost or granted ("may lose their
    permits") is none, nor one the conduct, or a verb coordinated with it,
    acts on ("must disclose refund policies", "explain how their algorithms
    work")."""
    # also what the verbs it is coordinated with act on, or join ("enrolled in a plan")
    # (and what any conduct the sentence lists acts on: "required to submit a plan, report data, and ...")
    listed = [r.doc[d.head] for d in r.duties if r.doc[d.head].sent == verb.sent]
    acted_on = {t.i for v in [verb, *verb.conjuncts, *listed] for c in v.children if c.i > v.i and (
                    c.dep_ in {"dobj", "ccomp"} or c.dep_ == "prep" and c.lower_ == "in"
                    and v.lemma_.lower() in JOINING_WORDS) for t in c.subtree}
    # "enter restricted data, as defined in the Data Standard, into ...": a policy that defines a term imposes nothing
    acted_on |= {t.i for t in verb.sent if t.dep_ in {"advcl", "acl"} and t.tag_ == "VBN"
                 and t.lemma_.lower() in _DEFINING_VERBS for t in t.subtree}
    # "prohibits night flights unless the operator obtains a waiver", "boats without a permit may not ...":
    # what exempts from a rule, or what someone lacks, imposes nothing
    acted_on |= {t.i for t in verb.sent if t.dep_ == "advcl" and exception_clause(t)
                 or t.dep_ == "prep" and t.lower_ == "without" for t in t.subtree}
    clause = [t for t in own_clause(verb) if t.i not in acted_on]
    consequences = r.penalty | r.reward
    taken = set(r.keys_in((t for v in clause if v.lemma_.lower() in consequences
                           for c in v.children if c.dep_ == "dobj" for t in c.subtree), "Policy"))
    named = [k for k in r.keys_in(clause, "Policy") if k not in taken]
    return named[0] if len(named) == 1 or named and r.topic not in named else ""


def exception_clause(verb: Token) -> bool:
    """Whether a clause says when a rule does not hold: "unless the operator
    obtains a waiver", "except where a permit allows it", "until the
    licence is renewed"."""
    return any(c.dep_ == "mark" and c.lower_ in _EXCEPTION_MARKS for c in verb.children) or any(
        c.dep_ == "advmod" and c.lower_ == "except" for c in verb.children)


#: Conjunctions that open an exception to a rule.
_EXCEPTION_MARKS = frozenset({"unless", "except", "until"})


#: Participles by which a sentence cites where a term is defined: "as defined in", "as described in".
_DEFINING_VERBS = frozenset({"define", "describe", "specify", "mean"})


def own_clause(verb: Token) -> list[Token]:
    """The verb's sentence without the other main clauses coordinated with
    its own: in "Staff must log each phone, and the district reviews the log
    under its search policy", the second clause's policy imposes nothing on
    the first. (A verb inside a coordinated clause keeps the whole sentence:
    "under the Act" often hangs on the first clause; clauses the parser
    hangs on a semicolon's other side stay, as splitting there cost
    held-out relations.)"""
    sent = verb.sent
    clauses = [c for c in sent.root.children if c.dep_ in {"conj", "parataxis"} and c.pos_ in {"VERB", "AUX"}]
    if any(c.left_edge.i <= verb.i <= c.right_edge.i for c in clauses):
        return list(sent)
    skip = {t.i for c in clauses for t in c.subtree}
    return [t for t in sent if t.i not in skip]


def policy_after(r: Reading, tokens, preps: set[str]) -> str:
    """The first policy named after one of `preps` on one of `tokens`
    ("under the Clean Boats Rule", "by the Act"), or ""."""
    return next((k for t in tokens for p in pobjs(t, preps) if (k := r.key_at(p, "Policy"))), "")


#: Verbs by which a benefit goes back: whatever benefit they name is lost.
GIVE_BACK_VERBS = frozenset({"repay", "return", "forfeit", "surrender", "reimburse", "refund"})


#: Kinds of policy a definite description can name, by the nouns for each.
_POLICY_KINDS = {"bill": "act", "measure": "act", "legislation": "act", "law": "act", "ordinance": "act",
                 "statute": "act", "act": "act", "rule": "rule", "regulation": "rule", "program": "program",
                 "programme": "program", "scheme": "program", "initiative": "program", "pilot": "program",
                 "order": "order", "directive": "order", "plan": "plan", "system": "system", "standard": "standard",
                 "guidance": "guidance", "policy": "policy"}


#: Nouns for an act of a legislature: "the bill", "the measure", "the law".
ACT_WORDS = frozenset(w for w, kind in _POLICY_KINDS.items() if kind == "act")


def policy_kind(noun: str) -> str:
    """The kind of policy a noun names ("bill" and "act" name one kind), or ""."""
    return _POLICY_KINDS.get(noun, "")


def mention_kind(doc: Doc, m: Mention) -> str:
    """The kind of policy a mention names by its head noun; a bill by its
    number ("H.R. 4410", "S. 2071") is an act."""
    if LEGISLATION_NUMBER.fullmatch(m.text):
        return "act"
    return policy_kind(doc[m.head].lemma_.lower()) or policy_kind(m.text.split()[-1].lower())


#: Verbs by which someone hands out a penalty or a benefit: "may impose a fine for flying ...", "awards a grant for ...".
_IMPOSING_VERBS = {"impose", "levy", "assess", "issue", "award", "give", "offer", "grant", "provide", "extend"}


def called_a_wrong(verb: Token) -> bool:
    """"Charging rent above the cap is an illegal rent increase": what the
    verb says the subject is, or does, is called unlawful; no benefit."""
    return any(a.dep_ == "amod" and a.lower_ in CALLED_WRONG
               for c in verb.children if c.dep_ in {"attr", "dobj"} for a in c.children)


def effects(r: Reading, verb: Token) -> list[Fact]:
    """"Paying taxes can improve one's score" -> rewards; "violations such as
    X can lead to point losses" -> penalizes; "discourages X" -> penalizes."""
    lemmas = r.cue_lemmas(verb)
    penalty, reward = lemmas & r.penalty, lemmas & r.reward
    if verb.lemma_.lower() in GIVE_BACK_VERBS or called_a_wrong(verb):
        # "would have to repay the grant": losing a benefit punishes; "is an illegal rent increase": a wrong
        penalty, reward = penalty | reward, set()
    neutral = lemmas & r.lex.neutral_cues
    if not (penalty or reward or neutral) or negated(verb) or r.voices_worry(verb) or in_question(verb):
        return []  # ("consider whether districts that ... should be suspended": an open question)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail" and r.policy_for(subject(verb.head)):
        return []  # "the rule fails to account for the impacts of diesel pollution": what a policy fails to do
    if rebutted(verb):
        return []  # "the company denied wrongdoing": a charge rebutted, no benefit denied
    if verb.lemma_.lower() in CHANGE_VERBS and not changes_standing(verb) and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in r.penalty | r.reward for c in verb.children):
        return []  # "fixing the rate would reduce total funding": what changes is no standing, no reward or penalty
    behaviours: list[str] = []
    subj = subject(verb) if verb.dep_ not in {"relcl", "acl"} else next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    # "the union praised the council for acting": someone's praise is no policy's reward unless it is "under" one
    stance = r.lex.relation_cues["supports"] | r.lex.relation_cues["criticizes"]
    opinion = verb.lemma_.lower() in stance and subj is not None and bool(r.key_at(subj, "Actor"))
    # "Failure to report a spill results in a fine": the failure, not the reporting (not where the verb is inside
    # the subject's own clause: "a worker who makes a false statement to get benefits" is no reward for it)
    if subj is not None and not any(t.i == verb.i for t in subj.subtree):
        inner = {t.i for c in subj.children if c.dep_ == "acl" and r.key_at(subj, "Behaviour") for t in c.subtree}
        behaviours += r.keys_in((t for t in subj.subtree if t.i not in inner), "Behaviour")
    verb_is_cue = verb.lemma_.lower() in (r.penalty | r.reward)
    punished: set[str] = set()  # conduct the verb's object names: the subject punishes or rewards it, not does it
    if verb_is_cue and verb.lemma_.lower() not in CHANGE_VERBS:  # "reduces tax evasion" is an effect, not a penalty
        for child in verb.children:
            gerund = child.dep_ == "xcomp" and child.tag_ == "VBG"  # "penalizes littering", read as an open clause
            if child.dep_ in {"dobj", "nsubjpass"} or gerund:
                named = [k for k in r.keys_in(r.own_subtree(child), "Behaviour") if k not in behaviours]
                behaviours += named
                punished.update(named if child.dep_ != "nsubjpass" else ())
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    praised_policy = any(r.policy_for(c) for c in objects)
    # "fined TixNow $3 million for ...": the one fined may stand as the verb's indirect object
    object_doers = [a for c in [*objects, *(c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP")]
                    for a in r.conjuncts(c, "Actor")]
    for_doers: dict[str, list[str]] = {}  # "praises residents for recycling": the residents recycle
    for obj in pobjs(verb, {"for"}) if not praised_policy else []:  # "praised the visa for easing shortages": a stance
        named = [k for k in r.keys_in(obj.subtree, "Behaviour") if k not in behaviours]
        behaviours += named
        if object_doers:
            for_doers.update({k: object_doers for k in named})
        elif verb_is_cue or verb.lemma_.lower() in _IMPOSING_VERBS:
            punished.update(named)  # "the agency was fined for ...", "the agency may impose a fine for ...": not its act
    prohibition = lemmas & r.lex.prohibition_cues
    prohibited_doer = ""
    if prohibition:  # "makes it illegal for a landlord to evict"
        banning = verb.lemma_.lower() in prohibition  # "bans anchoring to protect fish": the infinitive says what for
        # what is banned follows the ban: a clause before it is another item the parse hung there
        # ("would (1) require X to Y; (2) prohibit Z")
        for child in (c for c in verb.children if c.i > verb.i):
            if child.dep_ in {"xcomp", "ccomp", "oprd", "acomp"} or child.dep_ == "advcl" and not banning:
                behaviours += [k for k in r.keys_in(child.subtree, "Behaviour") if k not in behaviours]
                clauses = [child, *(g for g in child.children if g.dep_ in {"advcl", "xcomp"})]  # "unlawful for X to V"
                doers = [a for cl in clauses for c in cl.children if c.dep_ == "nsubj" for a in r.conjuncts(c, "Actor")]
                prohibited_doer = doers[0] if doers else ""
        chain = [verb] + [c for c in verb.children if c.lemma_.lower() in prohibition]
        chain += [g for c in chain[1:] for g in c.children if g.dep_ in {"xcomp", "advcl"}]
        under = [p for c in chain for t in c.children if t.dep_ == "prep" and t.lower_ in {"under", "by"}
                 for p in t.children if p.dep_ == "pobj" and r.key_at(p, "Policy")]
        if under:
            subj = under[0]  # "unlawful ... under the Fair Lending Act": that law forbids it
    if verb.lemma_.lower() in r.reward:  # "prohibits colleges from granting any preference": a conduct's own
        behaviours = [b for b in behaviours if b != r.key_at(verb, "Behaviour")]  # verb ("granting") rewards nothing
    if not behaviours:
        return []
    policy = ""
    if subj is not None and not r.keys_in(subj.subtree, "Behaviour"):
        policy = r.policy_for(subj)
    policy = policy or policy_after(r, [verb], {"by", "under"})
    # "has authority under Section 5 to prohibit unfair practices": the policy the clause above is under
    policy = policy or policy_after(r, verb.ancestors, {"under"})
    policy = policy or pronoun_policy(r, verb) or sentence_policy(r, verb) \
        or ("" if unnamed_imposer(r, verb) or asked_for(verb) or opinion else r.topic)
    actor = ""
    # "announced a penalty against Ridgeline for violating the rule": the one the penalty is laid on did it
    fined = [k for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for o in pobjs(h, {"against", "on"})
             for k in r.conjuncts(o, "Actor")] if penalty else []
    if fined:
        actor = fined[0]
    elif subj is not None and r.tok2key.get(subj.i) and r.cat(r.tok2key[subj.i]) == "Actor":
        actor = r.tok2key[subj.i]
    if not actor and prohibition and prohibited_doer:
        actor = prohibited_doer
    if not actor and prohibition:
        holders = [c for c in verb.children if c.lemma_.lower() in prohibition] + [verb]
        actor = next((k for h in holders for p in pobjs(h, {"for"}) for k in r.conjuncts(p, "Actor")), "")
    actor = actor or next(iter(r.context_keys), "")
    facts = []
    for b in behaviours:
        if penalty:
            pred = "penalizes"
        elif reward:
            pred = "rewards"
        else:
            cls = r.classes.get(b, "")
            pred = "penalizes" if cls == "Misconduct" else "rewards" if cls == "GoodConduct" else ""
        if pred and policy:
            facts.append(Fact(policy, pred, b, verb.i))
        if b in for_doers:
            facts += [Fact(b, "performedBy", a, verb.i) for a in for_doers[b]]
        elif actor and b not in punished:  # "inspectors fine operators who skip inspections": not the inspectors
            facts.append(Fact(b, "performedBy", actor, verb.i))
    # "the Department announced a penalty against Ridgeline for violating the Anti-Idling Rule": a public body
    # laying a penalty for breaking a policy the sentence names enforces it
    enforcer = r.tok2key.get(subj.i, "") if fined and subj is not None else ""
    if enforcer and r.classes.get(enforcer) == "GovernmentBody" and policy in r.keys_in(verb.subtree, "Policy"):
        facts.append(Fact(policy, "issuedBy", enforcer, verb.i))
    return facts


#: What one denies or disputes about oneself: a charge, not a benefit withheld.
_CHARGES = frozenset({"wrongdoing", "allegation", "accusation", "violation", "guilt", "misconduct"})


def rebutted(verb: Token) -> bool:
    """"Acme denied wrongdoing", "the firm disputes the allegations": to deny
    or dispute an accusation answers it; neither punishes the conduct
    charged ("deny claims for leave" withholds a benefit)."""
    return verb.lemma_.lower() in {"deny", "dispute", "contest", "reject"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CHARGES for c in verb.children)


def evaluations(r: Reading, verb: Token) -> list[Fact]:
    """"a rating scheme that grades A, B and C"; "Companies are rated";
    "the rule applies to landlords"; "landlords are subject to the rule"."""
    if verb.lemma_ == "be" and not negated(verb):
        subject_to = [p for a in verb.children if a.dep_ == "acomp" and a.lower_ == "subject"
                      for p in pobjs(a, {"to"})]
        policies = [k for p in subject_to for k in [r.policy_for(p)] if k]
        if subject_to and not policies:  # "under the Act, lenders are subject to audits"
            policies = [k for o in pobjs(verb, {"under"}) for k in [r.key_at(o, "Policy")] if k]
        # "creditors may also be liable under the Act", "are accountable under the rule": it binds them (not "no
        # landlord shall be liable", nor "would be liable ... only if"; "responsible under" names who runs it)
        exempt = has_no_determiner(subject(verb)) or supposed(verb) or any(c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children) for c in verb.children)
        policies += [k for a in verb.children if a.dep_ == "acomp" and a.lower_ in {"liable", "accountable"}
                     for o in pobjs(a, {"under"}) + pobjs(verb, {"under"}) for k in r.conjuncts(o, "Policy")
                     if k not in policies and not exempt]
        subj = subject(verb)
        actors = r.conjuncts(subj, "Actor") if subj is not None else []
        return [Fact(p, "evaluates", a, verb.i) for p in policies for a in actors]
    if verb.lemma_.lower() in _NORM_SETTING_VERBS and not negated(verb):
        return standards_for(r, verb)
    if verb.lemma_.lower() not in r.lex.relation_cues["evaluates"] or negated(verb):
        return []
    reaching = verb.lemma_.lower() == "extend" and not any(c.dep_ == "dobj" for c in verb.children)
    if passive(verb):
        subj = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        if subj is None and verb.dep_ in {"acl", "relcl"}:
            subj = verb.head
        actors = r.conjuncts(subj, "Actor") if subj is not None else []
        agents = [r.policy_for(p) for p in pobjs(verb, {"by", "under"})]
        if not any(agents) and any(policy_kind(p.lemma_.lower()) and any(
                c.lower_ in _OTHER_WORDS for c in p.children) for p in pobjs(verb, {"by", "under"})):
            return []  # "are covered by a separate rule": another policy, not one the article names
        policy = next((a for a in agents if a), "") or sentence_policy(r, verb) or r.topic
        return [Fact(policy, "evaluates", a, verb.i) for a in actors if policy]
    policy = r.policy_for(subject(verb))
    if not policy and verb.dep_ == "acl" and verb.tag_ == "VBG" and not bare_introduction(verb.head):
        # "the Provider Service Scorecard grading each provider": the noun the participle hangs on grades
        policy = r.policy_for(verb.head)
    if not policy:  # "under the rule, inspectors rate each marina": whoever rates, the rule evaluates
        policy = next((k for o in pobjs(verb, {"under"}) for k in [r.policy_for(o)] if k), "")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "apply" or reaching:  # "applies to employers", "now extends to yacht clubs"
        objects += pobjs(verb, {"to"})
        # "... and to enterprises with annual sales of $500,000": the parse may join the second "to" to the verb
        objects += [o for c in verb.children if c.dep_ == "conj" and c.lower_ == "to" for o in c.children
                    if o.dep_ == "pobj"]
    # "the rule governs how landlords price their units": whom the clause says acts ("how much water farmers
    # can use" is left alone: the parse cannot tell what is measured from who uses it)
    objects += [s for c in verb.children if c.dep_ == "ccomp" and any(
        w.lower_ in {"how", "when", "whether", "where"} for w in c.children if w.i < c.i) for s in c.children
        if s.dep_ == "nsubj"]
    # "applies to any person who collects debt, including hospitals and debt buyers": each named among them
    objects += [i for obj in objects for i in pobjs(obj, {"including"})]
    actors = [a for obj in objects for a in r.conjuncts(obj, "Actor")]
    return [Fact(policy, "evaluates", a, verb.i) for a in actors if policy]


def bare_introduction(noun: Token) -> bool:
    """Whether a noun brings in a thing by its kind word alone ("created a
    Scorecard grading restaurants"): which one the article may never say,
    so it is not the article's Scorecard ("an annual Provider Service
    Scorecard" names one)."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) \
        and not any(c.dep_ == "compound" for c in noun.children)


def charge_payers(r: Reading, verb: Token) -> list[Fact]:
    """"Manufacturers and importers, not retailers, pay the levy": a charge
    regulates whoever pays it (not "do not pay", nor a question)."""
    if verb.lemma_.lower() != "pay" or negated(verb) or in_question(verb) or in_condition(verb):
        return []  # (nor "if importers pay the fee late": a condition)
    charges = [p for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _PAID_CHARGES
               for p in [r.policy_for(o)] if p]
    subj = subject(verb) if charges else None
    payers = r.conjuncts(subj, "Actor") if subj is not None else []
    return [Fact(c, "evaluates", a, verb.i) for c in charges for a in payers]


#: Words that set a policy apart from the one an article is about: "a separate rule", "another law".
_OTHER_WORDS = {"separate", "another", "different", "other"}


def subject_to(r: Reading, adj: Token) -> list[Fact]:
    """"Lenders subject to the rule must ...", "for any lender subject to
    the Act": whom a policy is said to bind, it regulates."""
    if adj.lower_ != "subject" or adj.pos_ != "ADJ" or adj.dep_ == "acomp":  # "are subject to": `evaluations`
        return []
    holders = [adj.head] if adj.dep_ in {"amod", "acl"} else [c for c in adj.children if c.dep_ == "nsubj"]
    policies = [p for o in pobjs(adj, {"to"}) for p in r.conjuncts(o, "Policy")]
    return [Fact(p, "evaluates", a, adj.i) for p in policies for h in holders for a in r.conjuncts(h, "Actor")]


def with_respect_to(r: Reading, verb: Token) -> list[Fact]:
    """"The agency enforces the Act with respect to employers", "administers
    the rule as to lenders", "enforces the rule against operators": whom a
    policy is run for, it regulates."""
    if verb.pos_ != "VERB" or negated(verb):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb, *objects]  # the parse hangs "with respect to" on the verb or on its object
    respects = [o for h in heads for o in pobjs(h, {"with"}) if o.lemma_.lower() == "respect"]
    targets = [t for o in respects for t in pobjs(o, {"to"})] + [t for h in heads for t in pobjs(h, {"regarding", "as"})]
    if verb.lemma_.lower() == "enforce":  # "enforces the rule against ferry operators"
        targets += pobjs(verb, {"against"})
    policies = [p for c in objects for p in r.conjuncts(c, "Policy")] if targets else []
    return [Fact(p, "evaluates", a, verb.i) for p in policies for t in targets for a in r.conjuncts(t, "Actor")]


def targeted(r: Reading, verb: Token) -> list[Fact]:
    """"The program offers small farms a grant", "small farms are
    eligible for the program": the policy evaluates whom it targets."""
    facts = []
    for actor_tok, target in targets_of(verb):
        policy = r.policy_for(actor_tok)
        if policy:
            facts += [Fact(policy, "evaluates", a, verb.i) for a in r.conjuncts(target, "Actor")]
    return facts


#: Verbs by which a policy lays standards or charges on someone: "sets limits for", "places duties on".
_NORM_SETTING_VERBS = frozenset({"set", "impose", "establish", "place", "put", "lay"})
#: What a policy lays on someone, not for them: "imposes a fee on operators", "places a ban on vendors".
_LEVIED_NOUNS = frozenset({"fee", "tax", "charge", "surcharge", "levy", "restriction", "ban", "penalty", "fine"})


def standards_for(r: Reading, verb: Token) -> list[Fact]:
    """"The rule sets emission limits for ferry operators", "imposes
    reporting duties on lenders", "places a fee on charter operators": the
    policy evaluates whom its standards or charges bind."""
    policy = r.policy_for(subject(verb))
    if not policy:
        return []
    norms = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _NORM_NOUNS]
    levied = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _LEVIED_NOUNS]
    targets = [o for n in norms for o in pobjs(n, {"for", "on"})] + [
        o for o in pobjs(verb, {"for", "on"}) if norms] + [
        o for n in levied for o in pobjs(n, {"on"}) + pobjs(verb, {"on"})]
    return [Fact(policy, "evaluates", a, verb.i) for t in targets for a in r.conjuncts(t, "Actor")]


def norms_held(r: Reading, noun: Token) -> list[Fact]:
    """"growers' obligations under the Act", "the Act's requirements for
    growers", "the duties of lenders under the rule": the policy evaluates
    whom its obligations bind."""
    holders = [c for c in noun.children if c.dep_ == "poss"] + pobjs(noun, {"of", "for", "on"})
    actors = [a for h in holders for a in r.conjuncts(h, "Actor")]
    if not actors:
        return []
    sources = holders + pobjs(noun, {"under"}) + [o for h in holders for o in pobjs(h, {"under"})]
    policies = [p for t in sources for p in r.conjuncts(t, "Policy")]
    return [Fact(p, "evaluates", a, noun.i) for p in dict.fromkeys(policies) for a in actors]


def by_agents(r: Reading, verb: Token) -> list[str]:
    """The actors a passive's "by" names, a list of them included: "is
    supported by Homeowners for Fair Insurance, the Statewide Fire Safe
    Council, and several county boards": the parse may set a later item
    beside an earlier one's name (an apposition after a comma) or hang the
    last on the verb as its conjunct."""
    by = pobjs(verb, {"by"})
    agents = [a for p in by for a in r.conjuncts(p, "Actor")]
    if not agents:
        return agents
    listed = [t for p in by for t in p.subtree if t.dep_ == "appos" and t.is_title
              and r.doc[t.left_edge.i - 1].text == ","]  # a name, not a description ("Senator Lopez, a critic")
    listed += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    listed_keys = [a for t in listed for a in r.conjuncts(t, "Actor")]
    # "backed by a coalition of farm groups, including the Grange Alliance": each member named acts too
    members = [a for p in by for n in [p, *pobjs(p, {"of"})] for a in listed_members(r, n)]
    return agents + [a for a in dict.fromkeys(listed_keys + members) if a not in agents]


def issuers(r: Reading, verb: Token) -> list[Fact]:
    """"launched by X"; "launched under X's outline"; "X introduced the plan"."""
    if verb.lemma_.lower() not in r.lex.relation_cues["issuedBy"] or negated(verb):
        return []
    facts = []
    if passive(verb):
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if (subj is None or subj.lower_ in {"that", "which"}) and verb.dep_ in {"acl", "relcl"}:
            subj = verb.head  # "a program that is managed by ...": the program
            if not r.policy_for(subj) and subj.dep_ == "pobj" and r.policy_for(subj.head.head):
                subj = subj.head.head  # "a program for clean beaches that is managed by": the parse hangs it low
        if subj is None and verb.dep_ == "advcl":
            subj = subject(verb.head)  # "H.R. 2345, sponsored by Rep. Smith, would ...": the bill
        if verb.dep_ in {"advcl", "csubj", "nsubj"} and not (subj is not None and r.conjuncts(subj, "Policy")):
            # "Introduced by Rep. Ruiz, H.R. 3301 would ...": the parser may set the bill beside the sponsor
            subj = next((a for p in pobjs(verb, {"by"}) for a in p.children
                         if a.dep_ in {"appos", "npadvmod"} and r.key_at(a, "Policy")), subj)
        if subj is None and verb.dep_ == "conj" and passive(verb.head):
            subj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)  # "was enacted ... and is enforced by"
        if subj is None and verb.dep_ == "conj":  # "was sponsored by X, passed the Senate, and was signed by Y"
            subj = subject(verb)
        policies = r.conjuncts(subj, "Policy") if subj is not None else []
        if subj is None and verb.dep_ == "ROOT" and verb.tag_ == "VBN" and verb.i == verb.sent.start and r.topic \
                and verb.lemma_.lower() not in _PUBLISHING:
            policies = [r.topic]  # "Issued by the Housing Authority under the Rental Act.": a line under the title
        if subj is not None and not policies:  # "a program that is managed by", "it is run by"
            policies = [p for p in [r.policy_for(subj) or (r.topic if r.is_anaphor(subj) else "") or r.introduced(subj)]
                        if p]
        makers = by_agents(r, verb)
        for p in pobjs(verb, {"under"}):
            makers += [a for c in p.children if c.dep_ == "poss" for a in r.conjuncts(c, "Actor")]
        # (a law a legislature makes: not an ordinance, which a council passes)
        acts = [p for p in policies if kind_word(p.replace("-", " ")) in {"act", "law", "statute", "bill"}]
        if not makers and verb.lemma_.lower() in _ENACTING and not pobjs(verb, {"by"}) and acts == policies:
            makers = legislature(r)  # "the Harbor Safety Act, which was passed in 2016": by the legislature named
        facts += [Fact(p, "issuedBy", a, verb.i) for p in policies for a in makers if p != a]
    else:
        subj = subject(verb)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "move" and moved_adoption(r, verb.head):
            return []  # "Councillor Tran moved to adopt the ordinance": a backer (`motions`); the council adopts it
        makers = r.conjuncts(subj, "Actor") if subj is not None else []
        maker_of = _instrument_maker(verb)
        if not makers and maker_of is not None and not asked_for(maker_of):
            # "the Board proposed rules to implement the Act": a public body runs what its rules carry out (not "the
            # Farm Bureau proposed rules to ...", nor "urged the Board to adopt rules to ...")
            makers = [a for a in (r.conjuncts(subject(maker_of), "Actor") if subject(maker_of) is not None else [])
                      if r.classes.get(a) == "GovernmentBody"]
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i < verb.i and (
                r.keys_in(r.doc[verb.head.i + 1 : verb.i], "Policy")
                or any(t.lemma_.lower() in r.policy_generic and t.pos_ == "NOUN" for t in r.doc[verb.head.i + 1 : verb.i])):
            # "write in response to the proposed rule published by the agency, implementing Section 14": the
            # participle after the policy says what that policy does, not what the writers do
            makers = []
        # ("submit the inventory and update it": "it" is the inventory)
        objects = [obj for obj in verb.children if obj.dep_ == "dobj" and not _thing_before(r, obj)]
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and not any(
                c.dep_ == "aux" for c in verb.children) and verb.head.head.lower_ != "with":
            # "volunteers answering it": in a participle's phrase on a common noun, "it" is whatever the sentence is
            # about ("with the Board enforcing it", "the Board, enforcing it since May," are about the policy)
            objects = [obj for obj in objects if obj.pos_ != "PRON"]
        if verb.dep_ == "relcl" and (any(o.dep_ == "dobj" and o.lower_ in {"which", "that"} for o in verb.children)
                                     or _contact_clause(verb)):
            objects.append(verb.head)  # "the program, which the Board launched": the Board launched the program
            if verb.head.dep_ == "appos" and not r.conjuncts(verb.head, "Policy"):
                objects.append(verb.head.head)  # "the Spraying Standard, a rule the Board adopted": the standard
        # "monitor compliance with the directive": the policy complied with (not one's own: "managers must certify
        # their compliance with the Code" attest what they do under it)
        objects += [o for obj in objects if obj.lemma_.lower() in {"compliance", "adherence"}
                    and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
                    for o in pobjs(obj, {"with", "to"})]
        policies = [p for obj in objects for p in r.conjuncts(obj, "Policy")]
        # "would enforce the Act's requirements", "the bill's provisions": the policy whose norms are enforced
        policies += [p for obj in objects if obj.lemma_.lower() in _NORM_NOUNS | {"provision", "prohibition"}
                     for c in obj.children if c.dep_ == "poss" for p in [norm_owner(r, c)] if p]
        if not policies:  # "will revise this rule"
            policies = [r.topic for obj in objects if r.is_anaphor(obj)]
        if not policies:  # "proposed a rule that would ...", the rule the article goes on to name
            policies = [p for obj in objects for p in [r.introduced(obj)] if p]
        if any(obj.lemma_.lower() in HELD_PAPERS for obj in objects):  # "hosts must renew the licence": the paper
            makers = [a for a in makers if r.classes.get(a) not in {"Business", "Group"}]  # they hold; a body issues it
        facts += [Fact(p, "issuedBy", a, verb.i) for p in policies for a in makers]
    if verb.lemma_.lower() in _SPONSORING_VERBS and not asked(verb):  # "Rep. Ruiz, who sponsored the bill": a sponsor backs it
        facts += [Fact(f.object, "supports", f.subject, f.token) for f in facts if f.predicate == "issuedBy"]
    if verb.lemma_.lower() == "sign" and any(a.dep_ == "aux" and a.lower_ in {"would", "will", "'ll"}
                                             for a in verb.children):
        # "Mayor Ortiz said she would sign the ordinance": signing to come is a stance on it, not yet its making
        facts = [Fact(f.object, "supports", f.subject, f.token) if f.predicate == "issuedBy" else f for f in facts]
    return facts


def _instrument_maker(verb: Token) -> Token | None:
    """"The Board proposed rules to implement the Act", "issued a rule to
    carry out the Act": an infinitive after the instrument an issuing verb
    makes says what the maker does by it. The issuing verb, or None."""
    if verb.tag_ != "VB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    if verb.dep_ in {"xcomp", "advcl"}:
        head = verb.head
    elif verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "dobj":
        head = verb.head.head
    else:
        return None
    made = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    return head if head.lemma_.lower() in _INSTRUMENT_MAKING and made and all(
        m.lemma_.lower() in _ISSUED_INSTRUMENTS for m in made) else None


#: Verbs of putting out an instrument: "proposed rules", "issued guidance".
_INSTRUMENT_MAKING = frozenset({"propose", "issue", "adopt", "publish", "finalize", "finalise", "release", "promulgate"})
#: Instruments an agency puts out to carry a law into effect.
_ISSUED_INSTRUMENTS = frozenset({"rule", "regulation", "guidance", "guideline", "standard", "order", "directive",
                               "procedure", "amendment"})


def _contact_clause(verb: Token) -> bool:
    """"a rule the Board adopted in 2017", "a rule that the Board adopted":
    a relative clause with a subject of its own and no object says what its
    subject did to the noun it describes (the parse may leave "that" out of
    the object's place)."""
    # ("the Act, under which marinas operate", "the rule the companies operate under": those it governs)
    under = any(c.dep_ == "prep" and (not any(o.dep_ == "pobj" for o in c.children) or any(
        o.lower_ in {"which", "whom"} for o in c.subtree)) for c in verb.children)
    return not under and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ not in {"that", "which", "who"} for c in verb.children)


#: Verbs of putting a policy forward, which its maker stands behind: "sponsored the bill".
_SPONSORING_VERBS = frozenset({"sponsor", "cosponsor", "co-sponsor", "introduce", "propose", "author"})


def _thing_before(r: Reading, pronoun: Token) -> bool:
    """Whether "it" has a nearer antecedent than the policy: a singular
    thing, no policy, that a verb coordinated with its own acts on first
    ("must submit the inventory by May and update it yearly")."""
    verbs = [pronoun.head, *pronoun.head.conjuncts]
    objects = [o for v in verbs for o in v.children if o.dep_ == "dobj" and o.i < pronoun.i]
    # ("reviewed the rule, held a vote and passed it": with a policy acted on first, "it" may be the policy)
    return pronoun.lower_ == "it" and not any(r.key_at(o, "Policy") for o in objects) and any(
        o.tag_ == "NN" and not r.key_at(o, "Actor") for o in objects)


#: Verbs only a legislature does to a law: "the Act was enacted in 2015".
_ENACTING = frozenset({"enact", "pass"})
#: Last words of a legislature's name.
_LEGISLATURES = ("congress", "parliament", "legislature", "assembly")


def legislature(r: Reading) -> list[str]:
    """The one legislature the article names ("Congress", "the Ohio General
    Assembly"), as a list; [] when it names none or several (then which of
    them enacted a law is not said)."""
    found = [k for k, c in r.categories.items() if c == "Actor" and k.split("-")[-1] in _LEGISLATURES
             and "united-nations" not in k]
    return found if len(found) == 1 else []


def norm_owner(r: Reading, poss: Token) -> str:
    """The policy a possessive names ("the Fair Fares Act's", "the bill's":
    the latest bill named before)."""
    key = r.key_at(poss, "Policy")
    if not key and poss.pos_ == "NOUN" and policy_kind(poss.lemma_.lower()):
        key = r.antecedent(poss)
    return key


def parties(r: Reading, verb: Token) -> list[Fact]:
    """"signed an agreement with the Parks Department": the parties to
    a pact made with someone made it (when "with" hangs on the verb; on
    the noun, `possessive_issuers` reads it)."""
    if verb.pos_ != "VERB" or negated(verb):
        return []
    pacts = [p for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PACT_NOUNS
             for p in [r.key_at(c, "Policy")] if p]
    return [Fact(p, "issuedBy", a, verb.i) for p in pacts for o in pobjs(verb, {"with"})
            for a in r.conjuncts(o, "Actor")]


def passed_chambers(r: Reading, verb: Token) -> list[Fact]:
    """"S. 1187 passed the Senate in June", "the bill cleared the House":
    the chamber a bill passes enacts it (with the other chamber)."""
    if verb.lemma_.lower() not in _PASSING_VERBS or negated(verb) or (subj := subject(verb)) is None:
        return []
    bills = r.conjuncts(subj, "Policy")
    chambers = [a for o in verb.children if o.dep_ == "dobj" for a in r.conjuncts(o, "Actor")
                if r.classes.get(a) in {"GovernmentBody", "Organisation"}]
    return [Fact(b, "issuedBy", c, verb.i) for b in bills for c in chambers]


def permitted_under(r: Reading, verb: Token) -> list[Fact]:
    """"Under the Harbor Rule, marina operators may charge a fee": whom a
    policy lets do something it regulates (said with "under" it; a
    permission with no policy named says nothing of one)."""
    if verb.pos_ != "VERB" or negated(verb) or not any(
            c.dep_ == "aux" and c.lower_ in {"may", "can"} for c in verb.children):
        return []
    policies = [p for o in pobjs(verb, {"under"}) for p in [r.key_at(o, "Policy")] if p]
    subj = subject(verb)
    lemma = verb.lemma_.lower()
    if not policies or subj is None or lemma in r.penalty or lemma in RUNNING_VERBS or subj.lower_ in OFFICIAL_TITLES:
        return []  # "under the Act, the Commission (or the Commissioner) may fine operators": a power, read elsewhere
    return [Fact(p, "evaluates", a, verb.i) for p in policies for a in r.conjuncts(subj, "Actor")
            if r.classes.get(a) != "GovernmentBody"]


#: Verbs by which someone breaks a policy ("violate the Act") or keeps it
#: ("comply with the rule", "abide by it"), with the preposition that names it.
_BREAKING_POLICY_VERBS = {"violate": "", "breach": "", "contravene": "", "infringe": "", "flout": "",
                          "disobey": "", "comply": "with", "abide": "by"}


def wished(verb: Token) -> bool:
    """Whether a clause is only what someone wants or urges done ("critics
    want Congress to assign enforcement to the FTC"): nothing done yet."""
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in _URGING | {"want", "wish", "hope", "seek", "prefer"}


def supposed(verb: Token) -> bool:
    """Whether a clause is asked, supposed or left open ("did it violate the
    Act?", "if the agency were to violate it", "it is unclear whether farms
    must comply"): it states nothing."""
    return in_question(verb) or in_condition(verb) or verb.sent.text.rstrip().endswith("?") or any(
        m.dep_ == "mark" and m.lower_ in {"whether", "if"} for v in [verb, *verb.ancestors] for m in v.children)


def bound_by(r: Reading, verb: Token) -> list[Fact]:
    """"Students who violate the Interim Policy will be referred", "landlords
    that comply with the rule": whoever can break or keep a policy is bound
    by it, so the policy regulates them (a denial says nothing: "did not
    violate")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _BREAKING_POLICY_VERBS or negated(verb) or passive(verb) or supposed(verb):
        return []  # ("if the agency were to violate the Act", "did the hospital violate it?", "whether farms must comply")
    prep = _BREAKING_POLICY_VERBS[lemma]
    named = pobjs(verb, {prep}) if prep else [c for c in verb.children if c.dep_ == "dobj"]
    policies = [p for o in named for p in r.conjuncts(o, "Policy")]
    subj = subject(verb)
    if not policies or subj is None:
        return []
    return [Fact(p, "evaluates", a, verb.i) for p in policies for a in r.conjuncts(subj, "Actor")]


def systems_used(r: Reading, verb: Token) -> list[Fact]:
    """"The Board ranks applications using a scoring system, the
    Conservation Benefit Index": a public body that judges others with a
    rating or scoring system runs it."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in {"use", "employ", "rely", "deploy"} or negated(verb) or supposed(verb) \
            or passive(verb):
        return []
    objects = pobjs(verb, {"on", "upon"}) if lemma == "rely" else [c for c in verb.children if c.dep_ == "dobj"]
    named = [c for c in verb.children if c.dep_ in {"dep", "appos", "npadvmod"} and c.i > verb.i]  # "a system, the Index"
    systems = [p for t in [*objects, *(c for o in objects for c in o.children if c.dep_ == "appos"), *named]
               for p in r.conjuncts(t, "Policy") if r.classes.get(p) == "RatingSystem"]
    subj = subject(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        subj = subject(verb.head.head)  # "ranks applications using a scoring system": who ranks uses it
    # (a public body judging with it runs it; "consumers can use the Energy Star rating to compare" do not)
    users = [a for a in (r.conjuncts(subj, "Actor") if subj is not None else []) if r.classes.get(a) == "GovernmentBody"]
    return [Fact(p, "issuedBy", a, verb.i) for p in dict.fromkeys(systems) for a in users]


#: Verbs that hand a task to someone (the tasks that make the receiver a policy's runner: `_RUNNING_NOUNS`).
_TASK_HANDING_VERBS = frozenset({"assign", "give", "delegate", "vest", "entrust", "grant", "transfer", "leave"})


def tasks_assigned(r: Reading, verb: Token) -> list[Fact]:
    """"would assign enforcement of that duty to the OCC", "gives the
    Commission oversight of the program", "enforcement is vested in the
    Board": whom a policy hands its running to runs it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TASK_HANDING_VERBS or negated(verb) or supposed(verb) \
            or wished(verb):
        return []
    tasks = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _RUNNING_NOUNS]
    if not tasks:
        return []
    owners = [c for c in verb.children if c.dep_ == "dative"] + pobjs(verb, {"to", "in"})
    actors = [a for o in owners for a in r.conjuncts(o, "Actor")]
    policies = [p for t in tasks for o in pobjs(t, {"of", "over", "for"}) for p in [r.policy_for(o)] if p]
    if not policies and not passive(verb):
        policies = [p for p in [r.policy_for(subject(verb))] if p]
    policies = policies or [p for p in [sentence_policy(r, verb)] if p]
    return [Fact(p, "issuedBy", a, verb.i) for p in policies for a in actors]


#: Titles of public officials, who hold a policy's powers ("the Commissioner may suspend a player"); a chief
#: executive, a judge or a lawyer holds none of them.
OFFICIAL_TITLES = frozenset({"commissioner", "secretary", "administrator", "director", "inspector", "minister",
                             "superintendent", "governor", "mayor", "sheriff", "registrar", "ombudsman", "regulator",
                             "chief", "comptroller", "controller", "auditor", "marshal", "warden"})
#: Verbs by which a policy grants a power: "the Act authorizes the Commission to license casinos".
_EMPOWERING_VERBS = frozenset({"authorize", "authorise", "empower", "entitle", "permit", "allow", "enable"})


def powers_granted(r: Reading, verb: Token) -> list[Fact]:
    """"The Gaming Act authorizes the Commission to license and discipline
    casino operators", "the Act empowers the Board to fine marinas": a
    public body (or an official by title) a policy empowers to act runs it,
    and whom the power acts on, the policy regulates. Not a business or a
    group a policy lets do something: that one it regulates
    (`permitted_under`), nor a power denied, asked for or supposed."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _EMPOWERING_VERBS or negated(verb) or supposed(verb) \
            or wished(verb) or passive(verb):
        return []
    policy = r.policy_for(subject(verb))
    if not policy:
        return []
    # ("to fine operators": "fine" may be read as an adjective)
    acts = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and (c.pos_ == "VERB" or any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    # the one empowered: the object, or the subject the parse gives the act ("empowers [the Board to fine]"), or
    # for "it", the body the verb before made ("created the Commission and authorizes it to ...")
    holders = [c for c in verb.children if c.dep_ == "dobj"] + [
        c for a in acts for c in a.children if c.dep_ == "nsubj"]
    holders = [c for h in holders for c in ([h] if h.pos_ != "PRON" else [
        d for d in verb.head.children if d.dep_ == "dobj" and verb.dep_ == "conj" and h.lower_ in {"it", "them"}])]
    bodies = [a for h in holders if h.lemma_.lower() not in _JUDICIAL_NOUNS  # (a court applies a law, `sanctioners`)
              for a in r.conjuncts(h, "Actor") if r.classes.get(a) == "GovernmentBody"
              or h.lower_ in OFFICIAL_TITLES and r.classes.get(a) in {"Group", "Person"}]
    acts += [v for a in acts for v in a.conjuncts]
    targets = [k for a in acts for o in a.children if o.dep_ in {"dobj", "conj"} and o.pos_ in {"NOUN", "PROPN"}
               for k in r.conjuncts(o, "Actor")]
    # a power over those the policy governs ("to license and discipline operators", "to fine them"), not one to
    # act for itself ("authorizes the Secretary to issue directives", "to appoint a panel")
    # (nor one to make or run another policy: "authorizes the Secretary to oversee the implementation of
    # binding directives" says who runs the directives)
    other = [p for a in acts for o in a.children if o.dep_ == "dobj" for t in [o, *pobjs(o, {"of"})]
             for p in r.conjuncts(t, "Policy")]
    if not bodies or other or not targets and not any(a.lemma_.lower() in RUNNING_VERBS | r.penalty for a in acts):
        return []
    return [Fact(policy, "issuedBy", b, verb.i) for b in bodies] + [
        Fact(policy, "evaluates", t, verb.i) for t in dict.fromkeys(targets) if t not in bodies]


#: Verbs by which a body answers recommendations made to it, with the preposition that names them.
_ANSWERING_VERBS = {"concur": "with", "agree": "with", "disagree": "with", "accept": "", "reject": "",
                    "implement": "", "adopt": ""}


def answered_recommendations(r: Reading, verb: Token) -> list[Fact]:
    """"CMS concurred with our first three recommendations", "FEMA agreed with
    the recommendations": recommendations are made to whoever answers them,
    so they regulate that body (its stance is read by `stances`)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _ANSWERING_VERBS or passive(verb) or negated(verb) or supposed(verb):
        return []
    prep = _ANSWERING_VERBS[lemma]
    named = pobjs(verb, {prep}) if prep else [c for c in verb.children if c.dep_ == "dobj"]
    recommendations = [p for o in named if o.lemma_.lower() == "recommendation" for p in r.conjuncts(o, "Policy")]
    subj = subject(verb)
    if not recommendations or subj is None:
        return []
    # (made to a public body: "critics agreed with the recommendations" are not whom they are made to)
    return [Fact(p, "evaluates", a, verb.i) for p in recommendations for a in r.conjuncts(subj, "Actor")
            if r.classes.get(a) == "GovernmentBody"]


#: Verbs by which a bill gets through a chamber.
_PASSING_VERBS = frozenset({"pass", "clear"})


def enforcers(r: Reading, verb: Token) -> list[Fact]:
    """"Under the Clean Boats Rule, the Harbor Commission inspects every
    marina": a public body acting under a policy runs or enforces it (a
    business or person acting under it is what it governs), and whom it
    oversees or inspects there, the policy regulates."""
    if verb.pos_ != "VERB" or negated(verb):
        return []
    # "oversees marinas under the Act": the parse may hang "under" on the object
    # (or on a legal form it takes for an adverb: "sued Acme, LLC under the Act")
    held = pobjs(verb, {"under"}) + [o for d in verb.children if d.dep_ in {"dobj", "npadvmod"}
                                     for o in pobjs(d, {"under"})]
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        # "resolves a lawsuit brought by the Department in 2022 under the Act": the parse may hang "under" on the
        # verb whose object the participle describes
        held += [o for o in pobjs(verb.head.head, {"under"}) if o.i > verb.i]
    policies = list(dict.fromkeys(p for o in held for p in r.conjuncts(o, "Policy")))  # ("under the Act and the Code")
    # "grants are awarded by the Office under the Act": the agent runs it (not "struck down by the Court", "grants
    # were received by the Port Authority")
    done_by = passive(verb) and verb.lemma_.lower() not in UNDOING_VERBS | _NOT_RUNNING
    subj = subject(verb)
    if not policies or subj is None and not done_by or any(d.head == verb.i for d in r.duties):
        return []  # "under the rule, agencies must report falls": a duty binds them, they do not run it
    doers = by_agents(r, verb) if done_by else r.conjuncts(subj, "Actor")
    # a body the tagger calls an organisation ("the FTC") runs it when it enforces or administers under it
    running = verb.lemma_.lower() in RUNNING_VERBS
    # an official named by a title ("the Commissioner may suspend a player") holds a power of the policy's
    official = subj is not None and not done_by and subj.lower_ in OFFICIAL_TITLES and any(
        c.dep_ == "aux" and c.lower_ in {"may", "can", "will", "shall"} for c in verb.children)
    bodies = [a for a in doers if r.classes.get(a) == "GovernmentBody"
              or running and r.classes.get(a) == "Organisation" or official and r.classes.get(a) in {"Group", "Person"}]
    # "the Board oversees landlords under the Rule": whom a body supervises under a policy, the policy regulates
    # ("marinas are inspected by the Board under the Rule": the one the passive is about), and so whom it fines or
    # sues under it ("the Department sued Acme under the Act")
    watching = r.lex.relation_cues["evaluates"] | SANCTIONING_VERBS
    watched = [a for d in ([subj] if done_by and subj is not None else [c for c in verb.children if c.dep_ == "dobj"])
               for a in r.conjuncts(d, "Actor")] if bodies and verb.lemma_.lower() in watching else []
    return [Fact(p, "issuedBy", a, verb.i) for p in policies for a in bodies] + [
        Fact(p, "evaluates", a, verb.i) for p in policies for a in watched if a not in bodies]


#: Sanctions a body imposes when it enforces a policy ("may impose a civil penalty of up to $500").
_SANCTION_NOUNS = frozenset({"fine", "penalty", "citation"})  # (not "sanctions on Iran", a state's measure)
#: Courts apply a law; they do not run it: "a federal judge imposed a penalty under the Clean Water Act".
_JUDICIAL_NOUNS = frozenset({"court", "judge", "jury", "tribunal", "magistrate", "justice"})
#: Verbs by which a body imposes one ("impose", "levy", "assess", "issue").
_SANCTIONING_VERBS = frozenset({"impose", "levy", "assess", "issue"})


def sanctioners(r: Reading, verb: Token) -> list[Fact]:
    """"The Harbor Office may impose a fine of $500 for each violation": a
    public body (or official) that imposes a policy's sanctions enforces
    that policy, the one its sentence or paragraph names, else the
    article's main one. Not a business or group, nor a sanction asked for
    ("urged the Office to impose fines"), denied, or someone's quoted words."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SANCTIONING_VERBS or negated(verb) or asked_for(verb) \
            or wished(verb) or inside_quotes(verb) or passive(verb):
        return []
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _SANCTION_NOUNS for c in verb.children):
        return []
    subj = subject(verb)
    if subj is None or subj.lemma_.lower() in _JUDICIAL_NOUNS:
        return []
    # (an official named by a title alone, "the Insurance Commissioner", is one person, not a group)
    official = subj.tag_ in {"NN", "NNP"} and subj.lower_ in r.lex.person_titles
    bodies = [a for a in r.conjuncts(subj, "Actor")
              if r.classes.get(a) in {"GovernmentBody", "Person"} or official and r.classes.get(a) == "Group"]
    # the main policy only for a power stated ("may impose a fine"), not a fine once issued for something else
    power = any(c.dep_ == "aux" and c.lower_ in {"may", "can", "shall", "will", "must"}  # ("may issue ... and impose")
                for h in [verb, *([verb.head] if verb.dep_ == "conj" else [])] for c in h.children)
    policy = sentence_policy(r, verb) or paragraph_policy(r, verb) or (r.topic if power else "")
    return [Fact(policy, "issuedBy", a, verb.i) for a in bodies] if policy else []


#: Verbs whose agent, acting under a policy, gets, asks for, builds or fights something rather than running the
#: policy: "grants were received by the Port Authority under the Act", "struck down by the Court under ...".
_NOT_RUNNING = frozenset({"receive", "seek", "request", "obtain", "apply", "win", "get", "build", "rebuild", "use",
                          "strike", "challenge", "overturn", "oppose", "criticize", "criticise", "question", "sue"})


def owners_stated(r: Reading, verb: Token) -> list[Fact]:
    """"The Board is responsible for the program", "the rule is a
    regulation of the Board": who runs or makes a policy, said with "be"."""
    if verb.lemma_ != "be" or negated(verb):
        return []
    subj = subject(verb)
    if subj is None:
        return []
    facts = []
    tasks = [t for t in [subj, *subj.conjuncts] if t.lemma_.lower() in _RUNNING_NOUNS]
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ == "responsible":  # "the Board is responsible for the program"
            held = pobjs(c, {"for"})  # "... for enforcing the rule": what it runs is the gerund's object
            held += [o for g in held if g.tag_ == "VBG" and g.lemma_.lower() in RUNNING_VERBS
                     for o in g.children if o.dep_ == "dobj"]
            facts += [Fact(p, "issuedBy", a, verb.i) for o in held for p in [r.policy_for(o)] if p
                      for a in r.conjuncts(subj, "Actor")]
        if c.dep_ == "attr" and c.lemma_.lower() in {"responsibility", "job", "task"} and tasks:
            # "Collection and enforcement (of the levy) are the responsibility of the VRA": it runs the policy
            # ("management of the marina is the responsibility of ...": a marina is no policy)
            whose = [o for t in tasks for o in pobjs(t, {"of", "for"})]
            policies = [p for o in whose for p in r.conjuncts(o, "Policy")]
            if not whose:
                policies = [p for p in [sentence_policy(r, verb) or r.topic] if p]
            facts += [Fact(p, "issuedBy", a, verb.i) for o in pobjs(c, {"of"}) for a in r.conjuncts(o, "Actor")
                      for p in dict.fromkeys(policies)]
        elif c.dep_ == "attr" and c.lemma_.lower() not in DUTY_NOUNS:  # "the rule is a regulation of the Board"
            policy = r.policy_for(subj)  # ("it is the duty of owners to ..." owes, `frames.periphrastic_duties`)
            facts += [Fact(policy, "issuedBy", a, verb.i) for o in pobjs(c, {"of", "from", "by"})
                      for a in r.conjuncts(o, "Actor") if policy]
    return facts


#: Nouns for running a policy: "enforcement of the rule falls to the Board".
_RUNNING_NOUNS = frozenset({"enforcement", "administration", "oversight", "implementation", "management",
                            "responsibility", "supervision", "collection"})
#: Verbs by which a task goes to someone: "falls to", "rests with", "lies with".
_ASSIGNING_VERBS = frozenset({"fall", "rest", "lie", "belong", "pass"})


def running_owned(r: Reading, noun: Token) -> list[Fact]:
    """"The Department of Early Learning's administration of the Child Care
    Assistance Program", "FEMA's management of the program": whose running
    of a policy it is runs the policy."""
    # (not "oversight", "supervision": an auditor's or a watchdog's as often as the runner's)
    if noun.lemma_.lower() not in _RUNNING_NOUNS - {"responsibility", "collection", "oversight", "supervision"}:
        return []
    owners = [a for c in noun.children if c.dep_ == "poss" for a in r.conjuncts(c, "Actor")]
    return [Fact(p, "issuedBy", a, noun.i) for o in pobjs(noun, {"of"}) for p in r.conjuncts(o, "Policy")
            for a in owners]


def running_assigned(r: Reading, verb: Token) -> list[Fact]:
    """"Enforcement of the Clean Boats Rule falls to the Harbor Board",
    "responsibility for the program rests with the county": whom the
    running of a policy goes to runs it."""
    if verb.lemma_.lower() not in _ASSIGNING_VERBS or negated(verb):
        return []
    task = subject(verb)
    if task is None or task.lemma_.lower() not in _RUNNING_NOUNS:
        return []
    whose = pobjs(task, {"of", "for"})
    policies = [p for o in whose for p in r.conjuncts(o, "Policy")]
    if not whose:  # "Enforcement falls to the Office": of the policy the sentence is about
        fallback = sentence_policy(r, verb) or r.topic
        policies = [fallback] if fallback else []
    return [Fact(p, "issuedBy", a, verb.i) for o in pobjs(verb, {"to", "with"})
            for a in r.conjuncts(o, "Actor") for p in policies]


def roles_held(r: Reading, noun: Token) -> list[Fact]:
    """"The Harbor Board is the lead agency for the Clean Boats Program",
    "the Board, the agency responsible for the rule", "designated the Board
    as lead agency for that program": a body said to be the body for a
    policy runs it."""
    if noun.pos_ != "NOUN" or not any(r.lex.core(c) == "Actor" for c in head_classes(noun, r.lex)):
        return []
    held = pobjs(noun, {"for"}) + [o for c in noun.children if c.lower_ == "responsible" for o in pobjs(c, {"for"})]
    policies = [p for o in held for p in r.conjuncts(o, "Policy")]
    if not policies:
        return []
    holder = described(noun)
    if holder is None and noun.dep_ == "pobj" and noun.head.lower_ == "as":  # "designated the Board as the agency for"
        before = r.doc[noun.head.i - 1] if noun.head.i > 0 else None
        holder = next((c for c in noun.head.head.children if c.dep_ in {"dobj", "oprd", "nsubjpass"}), None)
        if before is not None and before.pos_ in {"PROPN", "NOUN"}:
            holder = before  # "... and the Boating Office as lead agency for": the second of a pair, hung elsewhere
    actors = r.conjuncts(holder, "Actor") if holder is not None else []
    return [Fact(p, "issuedBy", a, noun.i) for p in policies for a in actors if a != r.tok2key.get(noun.i)]


def issuing_modifiers(r: Reading) -> list[Fact]:
    """"FDA regulations", "CFTC rules": a body named before a policy noun
    made the policy."""
    return [Fact(m.key, "issuedBy", k, m.head) for m in r.mentions if r.cat(m.key) == "Policy"
            for i in m.shared for k in [r.tok2key.get(i, "")] if k != m.key and r.cat(k) == "Actor"
            and r.classes.get(k) in _ISSUER_CLASSES]  # (not a class of people: "the PBM Accountability Act")


#: What writers make themselves: "our recommendations", "our proposal" (our laws are not theirs).
_WRITTEN_POLICIES = frozenset({"recommendation", "proposal", "principle", "guidance", "guideline", "framework"})


def _about(tok: Token) -> bool:
    """Whether a word is what its sentence is about: the subject of its main
    clause, or a name beside it ("S. 1187, the Drone Privacy Act, would ...");
    a reported clause's subject is not ("X opposed it, saying the rules would ...")."""
    while tok.dep_ in {"appos", "nummod", "compound"} and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ in {"ROOT", "conj"}


def possessive_issuers(r: Reading) -> list[Fact]:
    """"the State Council's Planning Outline": an authority's policy."""
    facts = []
    for m in r.mentions:
        if r.cat(m.key) != "Policy":
            continue
        for tok in (r.doc[i] for i in {m.head, *m.tokens}):
            for child in tok.children:
                if child.dep_ == "poss":
                    owner = r.tok2key.get(child.i, "")
                    if owner and r.cat(owner) == "Actor" and r.classes.get(owner) in _ISSUER_CLASSES:
                        facts.append(Fact(m.key, "issuedBy", owner, tok.i))
                    elif child.lower_ == "our" and not inside_quotes(child) and tok.lemma_.lower() in _WRITTEN_POLICIES:
                        # "our recommendations", in a report or letter: its writers' (not "our privacy laws")
                        facts += [Fact(m.key, "issuedBy", a, tok.i) for a in r.authors]
        head = r.doc[m.head]
        # "the Harbor Rule is the Agency's new rule", "the Harbor Rule, the Agency's rule on ...": whose it is said to be
        said = [d for d in head.children if d.dep_ == "appos"] + [
            a for v in [head.head] if head.dep_ in {"nsubj", "nsubjpass"} and v.lemma_ == "be" and not negated(v)
            for a in v.children if a.dep_ == "attr"]
        for desc in (d for d in said if d.pos_ == "NOUN" and any(r.lex.core(c) == "Policy" for c in head_classes(d, r.lex))
                     and all(a.lower_ in _MAKING_STAGES for a in d.children if a.dep_ == "amod")):
            # ("the Council's least favorite regulation", "its preferred plan": whose taste, not whose policy)
            owners = [r.tok2key.get(c.i, "") for c in desc.children if c.dep_ == "poss"]
            facts += [Fact(m.key, "issuedBy", o, desc.i) for o in owners
                      if o and r.cat(o) == "Actor" and r.classes.get(o) in _ISSUER_CLASSES]
        if head.lemma_.lower() in _PACT_NOUNS:  # "an agreement between the port and the board", "its compact with the city"
            signers = [a for p in pobjs(head, {"between", "with"}) + _hung_higher(r, m, head)
                       for a in r.conjuncts(p, "Actor")]
            facts += [Fact(m.key, "issuedBy", a, head.i) for a in signers]
    return facts


def _hung_higher(r: Reading, m: Mention, head: Token) -> list[Token]:
    """The objects of a "with" right after a pact's name (past its bracketed
    short form) that the parse hangs on a word above it: "the marina's
    failures under its Harbor Safety Compact (HSC) with the Port Board"."""
    end = max(m.tokens)
    return [o for a in head.ancestors for c in a.children if c.dep_ == "prep" and c.lower_ == "with"
            and 0 < c.i - end <= 4 and all(t.is_punct or t.dep_ == "appos" for t in r.doc[end + 1 : c.i])
            for o in c.children if o.dep_ == "pobj"]


def named_speakers(r: Reading, subj: Token | None, verb: Token) -> list[str]:
    """The actors a clause's subject names, and the members it lists as
    examples of the group ("critics, including the Boaters Union, warn
    that ..."): each holds the stance or worry too. Not the members a
    "which include" clause lists: they are what it names, not speakers."""
    if subj is None:
        return []
    if subj.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl" and verb.lemma_.lower() in _WARNING_PARTICIPLES \
            and verb.head.dep_ == "pobj" and any(h.lemma_.lower() in _OPPOSITION_NOUNS for h in [
                verb.head.head.head, *(c for c in verb.head.head.head.children if c.dep_ == "dobj")]):
        subj = verb.head  # "opposition from ticket brokers, who argue that ...": the brokers argue
    actors = r.conjuncts(subj, "Actor") or titled_appositions(r, subj)
    members = listed_members(r, subj) if verb.lemma_.lower() != "include" else []
    return actors + [a for a in members if a not in actors]


def titled_appositions(r: Reading, subj: Token) -> list[str]:
    """"Supervisors Tom Ode and Lia Marsh, who voted no, said ...": the
    parse may make a plural title the subject and the names its apposition;
    the people named speak, not the title."""
    if subj.tag_ not in {"NNS", "NNPS"} or subj.lemma_.lower() not in r.lex.person_titles:
        return []
    return [a for c in subj.children if c.dep_ == "appos" for a in r.conjuncts(c, "Actor")]


def listed_members(r: Reading, noun: Token) -> list[str]:
    """The actors listed as examples of a group that holds a stance:
    "groups such as the Renters Alliance oppose ...", "opponents, including
    the Renters Alliance, ...", "critics of the act include the Renters
    Alliance", "the organizations, which include Save the Bay and Harbor
    Action, oppose ...": each listed member holds it too."""
    cues = [p for p in noun.children if p.dep_ == "prep" and (
                p.lower_ in {"including", "like"}
                or p.lower_ == "as" and any(c.lower_ == "such" for c in [*noun.children, *p.children]))]
    examples = [o for p in cues for o in p.children if o.dep_ == "pobj"]
    includes = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() == "include"]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "include":
        includes.append(noun.head)
        examples += [o for o in noun.head.children if o.dep_ == "dobj"]
    members = [a for o in examples for a in r.conjuncts(o, "Actor")]
    named = [r.doc[i] for c in [*cues, *includes] for toks in list_items(r.doc, c.i + 1) for i in toks]
    return members + [a for a in r.keys_in(named, "Actor") if a not in members]


def reporter(r: Reading, pronoun: Token | None, verb: Token) -> list[str]:
    """"The Harbor Association said it opposes the ordinance", "Councilmember
    Lee has stated that she supports it": a pronoun subject of a clause
    someone reports is that someone."""
    if pronoun is None or pronoun.lower_ not in {"it", "they", "he", "she", "we"} or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in _REPORTING_VERBS:
        return []
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or any(c.dep_ in {"dobj", "dative"} and c.lower_ not in {"us", "me", "you"}
                              for c in verb.head.children):
        return []  # ("told the Council it had opposed ...": "it" may be whom they told; "told us they" may not)
    actors = r.conjuncts(speaker, "Actor")
    person = bool(actors) and all(r.classes.get(a) == "Person" for a in actors)
    plural = speaker.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in speaker.children)
    # the pronoun agrees with whom it stands for ("critics of the mayor said she ...": not the critics; "the
    # Chamber said they oppose": someone else), and no other person named before it could be meant
    agrees = {"he": person and not plural, "she": person and not plural, "it": not person and not plural,
              "they": plural, "we": not person}[pronoun.lower_]
    others = {k for t in pronoun.sent if t.i < pronoun.i for k in [r.tok2key.get(t.i, "")]
              if k and r.classes.get(k) == "Person" and k not in actors}
    return actors if agrees and not (person and others) else []


#: Verbs that report what someone says or holds: "said it opposes", "has stated that she supports".
_REPORTING_VERBS = frozenset({"say", "state", "write", "note", "indicate", "announce", "tell", "confirm", "declare",
                              "add", "explain", "reiterate", "maintain", "insist", "signal", "make"})


#: Words by which a story calls its one policy back as the step taken: "backed the change", "opposes the move".
_CHANGE_CALLBACKS = frozenset({"change", "switch", "shift", "overhaul", "decision", "move", "action", "step"})
#: Of those, words for a step anyone takes: "the decision" may be a court's (`step_of_topic`).
_STEP_CALLBACKS = frozenset({"decision", "move", "action", "step"})


def step_of_topic(r: Reading, tok: Token) -> bool:
    """Whether "the decision" (or "the move", "the step") is the story's
    policy: its sentence or the one before names that policy, and its
    paragraph no court ("The board adopted the policy. Students welcomed the
    decision"; not "a judge halted the ordinance ... owners praised the
    decision", nor "Ford laid off 300 workers. The union condemned the
    move")."""
    # (by name or as "the policy", in its sentence or the one before: "disappointed by the policy. Others welcomed
    # the decision"; not by "its", nor with another step between)
    sentences = [s for s in r.doc.sents if s.start <= tok.i]
    start = sentences[-2].start if len(sentences) > 1 else sentences[-1].start
    named = any(m.key == r.topic and start <= m.head < tok.i for m in r.mentions) or any(
        r.is_anaphor(t) and t.pos_ != "PRON" for t in r.doc[start : tok.i])
    return named and not any(t.lemma_.lower() in COURT_WORDS for t in r.doc[: tok.i])




def stances(r: Reading, verb: Token) -> list[Fact]:
    """"many states view the scheme with doubt"; "critics condemn it";
    "the code has drawn criticism from observers"."""
    if negated(verb) or any(a.dep_ == "aux" and a.lower_ in _MAYBE for a in verb.children):
        return []  # "Parliament could reject it": what someone may do is no stance taken
    facts = stance_said(r, verb)
    conjoined = verb.dep_ == "conj" and verb.head.dep_ == "xcomp"  # "... to oppose X and to support Y"
    asker = verb.head.head if conjoined else verb.head
    if (verb.dep_ == "xcomp" or conjoined) and asker.lemma_.lower() in _URGING:
        return facts  # "we urge the Commission to reject the waiver (and to ...)": the urger's stance, read at "urge"
    lemmas = r.cue_lemmas(verb)
    stance, targets = phrasal_stance(verb)
    stance = stance or r.stance_of(lemmas)
    if verb.lemma_.lower() == "accept" and not accepts_a_proposal(verb):
        stance = ""  # "landlords must accept vouchers", "will accept applications": no stance
    # "called on Congress to pass the act": an ask takes no stance itself, the act asked for does
    urging = verb.lemma_.lower() in _URGING and bool(acts_asked(verb))
    if not stance and not urging:
        return facts
    subj = subject(verb)
    if passive(verb) and verb.tag_ == "VBN":  # "the act has been endorsed by the Marina Association"
        agents = by_agents(r, verb)
        held = r.conjuncts(subj, "Policy") if subj is not None else []
        if not held and subj is not None:
            held = [p for p in [r.policy_for(subj)] if p]
        return facts + [Fact(a, stance, p, verb.i) for a in agents for p in held if stance]
    actors = named_speakers(r, subj, verb) or reporter(r, subj, verb)
    actors += [a for a in likewise(r, verb) if a not in actors]
    # "supports H.R. 5032 and S. 2290", "opposes outright bans and S. 918": each policy it names
    policies = [p for c in verb.children if c.dep_ in {"dobj", "attr"} for t in [c, *c.conjuncts]
                for p in [r.policy_for(t) or whole_of_part(r, t)] if p]
    # ("supports H.R. 5032 and S. 2290": the parse may join the second bill to the first one's number)
    policies += [p for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.dep_ == "conj"
                 and t.head.like_num for p in [r.key_at(t, "Policy")] if p]
    policies = list(dict.fromkeys(policies))
    if not policies and r.topic:  # "the union backed the change", in a story on one plan: that plan
        policies = [r.topic for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CHANGE_CALLBACKS
                    and any(d.dep_ == "det" and d.lower_ in {"the", "this"} for d in c.children)
                    and not any(d.dep_ in {"prep", "compound", "amod", "acl", "relcl"} for d in c.children)
                    and (c.lemma_.lower() not in _STEP_CALLBACKS or step_of_topic(r, c))][:1]
    if not targets and not any(c.dep_ == "dobj" for c in verb.children):
        targets = pobjs(verb, {"to", "against"})  # "fishermen object to the rule", "protested against it"
    policies += [p for o in targets for p in r.conjuncts(o, "Policy") or [r.policy_for(o)] if p]
    # "urged Congress to pass the act": the stance is on what the urged should enact
    # "sued to block the act": a critic's aim is against it, whatever the verb
    policies += [p for x in verb.children if x.dep_ == "xcomp" and not negated(x) and (
                     stance == "criticizes" or x.lemma_.lower() in r.lex.relation_cues["issuedBy"] - REVISING_VERBS)
                 for c in x.children if c.dep_ == "dobj" for p in [r.policy_for(c)] if p and p not in policies]
    # "praised the Commission for adopting the rule": a stance on what the one praised made, which it issued
    made = [(g, p) for g in pobjs(verb, {"for"}) if g.tag_ == "VBG"
            and making_a_policy(g, [c for c in g.children if c.dep_ == "dobj"], r.lex)
            for c in g.children if c.dep_ == "dobj" for p in r.conjuncts(c, "Policy") if p not in policies]
    policies += [p for _g, p in made]
    facts += [Fact(p, "issuedBy", a, verb.i) for _g, p in made for o in verb.children if o.dep_ == "dobj"
              for a in r.conjuncts(o, "Actor")]
    facts += [Fact(a, stance, p, verb.i) for a in actors for p in policies if stance]
    # "urge you to reject the act (and to support another)": the stance asked of the urged is the urger's
    asked = acts_asked(verb) if verb.lemma_.lower() in _URGING else []
    for x in asked:
        lemma = x.lemma_.lower()
        backing = lemma in r.lex.relation_cues["supports"] | r.lex.relation_cues["issuedBy"] | _ADOPTING_VERBS \
            and lemma not in REVISING_VERBS
        if negated(x):  # "we urge the President not to sign it": against it
            wanted = "criticizes" if backing else ""
        else:  # ("urge EPA to revise the decision": it is wanted changed, not backed)
            wanted = "criticizes" if lemma in r.lex.relation_cues["criticizes"] | UNDOING_VERBS else \
                "supports" if backing else ""
        facts += [Fact(a, wanted, p, verb.i) for c in x.children if c.dep_ == "dobj" for p in [r.policy_for(c)]
                  if p and wanted for a in actors]
    # "faced criticism from X": the noun carries the stance, the PP the actor
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        noun_stance = r.stance_of({obj.lemma_.lower()})
        if not noun_stance:
            continue
        voices = [a for p in pobjs(obj, {"from", "by", "of"}) + pobjs(verb, {"from", "by"}) for a in r.conjuncts(p, "Actor")]
        target = r.policy_for(subj) if subj is not None else ""
        facts += [Fact(a, noun_stance, target or r.topic, verb.i) for a in voices if target or r.topic]
        # "the Marina Association expressed support for the act": the speaker's stance on what the noun is for
        aimed = [p for o in pobjs(obj, {"for", "to", "of", "against", "behind"})
                 + pobjs(verb, {"for", "to", "against", "behind"}) for p in r.conjuncts(o, "Policy")]
        facts += [Fact(a, noun_stance, p, verb.i) for a in actors for p in aimed]
    return facts


def dissenters(r: Reading, verb: Token) -> list[Fact]:
    """"The Board voted to accept the settlement, with Commissioner Dorsey
    dissenting": who dissents from a decision to adopt a policy opposes
    it."""
    if not verb.lower_.startswith("dissent") or verb.head.lower_ != "with":
        return []  # (the tagger may call "dissenting" a noun)
    decided = [verb.head.head, *(x for x in verb.head.head.children if x.dep_ == "xcomp")]
    policies = [p for v in decided if v.lemma_.lower() in _ADOPTING_VERBS | r.lex.relation_cues["issuedBy"] | {"accept"}
                for c in v.children if c.dep_ == "dobj" for p in [r.policy_for(c)] if p]
    return [Fact(a, "criticizes", p, verb.i) for s in verb.children if s.dep_ == "nsubj"
            for a in r.conjuncts(s, "Actor") for p in policies]


def likewise(r: Reading, verb: Token) -> list[str]:
    """Who is said to do the same, in a clause that only repeats the
    auxiliary: "the Alliance has lobbied against the bill, as has the
    Dealers Association", "..., as does the Grange"."""
    return [a for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in {"have", "do", "be"}
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            and not any(o.dep_ in {"dobj", "xcomp", "ccomp", "acomp", "attr", "prep"} for o in c.children)
            for s in c.children if s.dep_ == "nsubj" for a in r.conjuncts(s, "Actor")]


#: Nouns and quantity words for a share of a policy's text: a stance on "parts of the act", "much of the
#: plan" is a stance on the act, the plan.
_SHARE_NOUNS = frozenset({"part", "provision", "section", "element", "aspect", "portion", "piece", "component",
                          "feature", "clause", "much", "most", "some", "half"})


def whole_of_part(r: Reading, tok: Token) -> str:
    """The policy a share of it stands for in a stance: "has opposed parts
    of the new Act", "criticised several provisions of the bill", "backed
    key sections of the law" (a named part, "the fuel-dock provision of
    the Act", is its own policy and is found before this)."""
    if tok.lemma_.lower() not in _SHARE_NOUNS:
        return ""
    return next((p for o in pobjs(tok, {"of"}) for p in [r.key_at(o, "Policy")] if p), "")


#: Modals of what may happen: "could reject", "might oppose" take no stance ("would support" states an intent).
_MAYBE = {"could", "might", "may", "can"}




#: Nouns for undoing a policy: "called for the repeal of the act".
_UNDOING_NOUNS = frozenset({"repeal", "rescission", "withdrawal", "abolition", "elimination", "reversal", "suspension",
                            "revocation", "cancellation", "termination"})
#: Verbs of making or keeping a policy, as asked for: "called for the rule to be adopted".
_ADOPTING_VERBS = frozenset({"adopt", "pass", "enact", "approve", "finalize", "finalise", "implement", "extend", "renew",
                             "reauthorize", "reauthorise", "keep", "retain", "preserve", "recommend", "advance",
                             "fund"})


def aimed_against(r: Reading, verb: Token) -> list[Fact]:
    """"Republican lawmakers voted to repeal the act", "the federation filed
    suit to stop the rule", "moved to block it": who acts in order to undo
    a policy opposes it, whatever the verb they act with."""
    if verb.pos_ != "VERB" or negated(verb) or verb.dep_ in {"xcomp", "advcl"}:
        return []
    subj = subject(verb)
    actors = r.conjuncts(subj, "Actor") if subj is not None else []
    undone = [c for x in verb.children if x.dep_ in {"xcomp", "advcl"} and x.lemma_.lower() in UNDOING_VERBS
              and to_infinitive(x) and not negated(x) for c in x.children if c.dep_ == "dobj"]
    return [Fact(a, "criticizes", p, verb.i) for a in actors for c in undone for p in [r.policy_for(c)] if p]


def acts_asked(verb: Token) -> list[Token]:
    """What a verb of asking asks to be done, each act of a list: "urged
    the city to expand the program and to repeal the fine", "recommends
    that the district (should) keep the rewards and end the fines" (a
    "that" clause in the base form, as a request is put; not "recommends
    that the district has ...", a finding, nor "asked whether parents
    support it", a question)."""
    asked = [x for x in verb.children if x.dep_ == "xcomp" or x.dep_ == "ccomp" and x.tag_ in {"VB", "VBP"}
             and x.lower_ == x.lemma_.lower() and all(c.lower_ == "should" for c in x.children if c.dep_ == "aux")
             and not any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in x.children)
             and x.left_edge.tag_ not in {"WDT", "WP", "WRB"}]
    return [v for x in asked for v in [x, *x.conjuncts]]


#: Verbs by which someone asks another to act: the stance in what is asked is the asker's.
_URGING = {"urge", "ask", "call", "encourage", "request", "press", "implore", "petition", "invite", "recommend",
           "appeal"}


def attributed_worries(r: Reading, verb: Token) -> list[Fact]:
    """"According to the Marina Association, the rule could lead to higher
    fees": whom a clause is attributed to raises the worries it names."""
    sources = [o for a in verb.children if a.lower_ == "according" for p in a.children if p.lower_ == "to"
               for o in p.children if o.dep_ == "pobj"]
    speakers = [a for o in sources for a in r.conjuncts(o, "Actor")]
    if not speakers or negated(verb):
        return []
    worries = dict.fromkeys(k for k in r.keys_in(verb.subtree, "Concern"))
    return [Fact(a, "raisesConcern", w, verb.i) for a in speakers for w in worries]


def stance_said(r: Reading, verb: Token) -> list[Fact]:
    """"Proponents argue that the rule cuts waste", "critics say the act
    goes too far": a speaker named by a stance says it about the policy
    that the clause is about; "groups raised concerns about the rule":
    raising a worry about a policy is criticising it."""
    if verb.lemma_.lower() not in r.lex.relation_cues["raisesConcern"] or negated(verb):
        return []
    subj = subject(verb)
    if subj is None:
        return []
    actors = r.conjuncts(subj, "Actor")
    facts = []
    # "privacy advocates" advocate privacy: a noun naming a cause says nothing of their stance on the policy
    cause = any(c.dep_ == "compound" for c in subj.children)
    stance = "" if cause else r.stance_of({subj.lemma_.lower(), subj.lower_})
    if stance == "supports" and verb.lemma_.lower() in r.about_cues:
        stance = ""  # "advocates fear that the act creates a loophole": what they fear is no support
    if stance:
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and not negated(c)):
            policy = r.policy_for(subject(clause))
            facts += [Fact(a, stance, policy, verb.i) for a in actors if policy]
    doubting = verb.lemma_.lower() in {"question", "doubt"}  # "questioned whether the rule is necessary"
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and doubting and not negated(c)
                   and any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)):
        policy = r.policy_for(subject(clause))
        facts += [Fact(a, "criticizes", policy, verb.i) for a in actors if policy]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and not negated(c)):
        judged = judgement(clause)  # "the Pier Group said the act is a good step", "... argued the rule is unworkable"
        policy = r.policy_for(subject(clause)) if judged else ""
        facts += [Fact(a, judged, policy, verb.i) for a in actors if policy]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and goes_too_far(c)):
        policy = r.policy_for(subject(clause))  # "advocates argue the rule does not go far enough"
        facts += [Fact(a, "criticizes", policy, verb.i) for a in actors if policy]
    worries = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in r.lex.concern_markers]
    targets = [p for w in worries for o in pobjs(w, {"about", "over", "regarding"}) for p in [r.policy_for(o)] if p]
    facts += [Fact(a, "criticizes", p, verb.i) for a in actors for p in targets]
    return facts


def concerns_held(r: Reading, verb: Token) -> list[Fact]:
    """"We have serious concerns about the proposed rule", "the union
    expressed reservations about the Act": worries someone has or voices
    about a policy criticise it (not "no concerns", nor a question: "do
    you have concerns about ...?")."""
    if verb.lemma_.lower() not in _HOLDING_VERBS or negated(verb) or verb.sent.text.rstrip().endswith("?"):
        return []
    worries = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _WORRY_HELD
               and not any(d.lower_ in {"no", "few"} for d in c.children if d.dep_ in {"det", "amod"})]
    subj = subject(verb)
    if not worries or subj is None:
        return []
    actors = named_speakers(r, subj, verb)
    targets = [p for w in worries for o in pobjs(w, {"about", "over", "regarding", "with"}) for p in r.conjuncts(o, "Policy")]
    return [Fact(a, "criticizes", p, verb.i) for a in actors for p in dict.fromkeys(targets)]


def possessed_worries(r: Reading, noun: Token) -> list[Fact]:
    """"The Traders Association's concerns about lost revenue": whose worry
    it is, its possessor says; the worry is what it is about."""
    if noun.lemma_.lower() not in _WORRY_HELD or noun.pos_ != "NOUN":
        return []
    owners = [a for c in noun.children if c.dep_ == "poss" for a in r.conjuncts(c, "Actor")]
    worries = [k for o in pobjs(noun, {"about", "over", "regarding"}) for t in o.subtree
               for k in [r.tok2key.get(t.i, "")] if k and r.cat(k) == "Concern"]
    return [Fact(a, "raisesConcern", w, noun.i) for a in owners for w in dict.fromkeys(worries)]


#: Verbs by which someone has or voices a worry: "have concerns about", "expressed reservations about".
_HOLDING_VERBS = frozenset({"have", "express", "voice", "share", "hold", "harbor", "harbour"})
#: Nouns for a worry or objection held: "concerns", "reservations", "objections".
_WORRY_HELD = frozenset({"concern", "reservation", "objection", "worry", "misgiving", "doubt", "fear"})


#: Words that judge a policy good or bad when said to be it: "the act is needed", "the rule is unworkable",
#: "the ban has been a success", "a good step". General English evaluation, not a policy's own words.
_PRAISE_WORDS = frozenset({"needed", "necessary", "essential", "overdue", "welcome", "sensible", "reasonable", "fair",
                           "effective", "vital", "success", "victory", "win", "milestone", "lifeline", "improvement"})
_BLAME_WORDS = frozenset({"flawed", "unworkable", "misguided", "unfair", "unnecessary", "unconstitutional",
                          "burdensome", "harmful", "dangerous", "premature", "excessive", "disaster", "mistake",
                          "overreach", "failure", "boondoggle", "unenforceable", "counterproductive", "ineffective",
                          "violation", "discrimination", "assault", "giveaway", "censorship", "infringement",
                          "barrier", "burden", "loophole", "sham", "grab", "scam", "trap", "handout", "bailout"})
#: Verbs that say what something is in effect: "amounts to a violation", "constitutes a taking".
_AMOUNTING_VERBS = frozenset({"amount", "constitute", "represent"})
#: Nouns for a kind of something, judged by what they are a kind of: "a form of discrimination".
_KIND_NOUNS = frozenset({"form", "kind", "type", "case", "example", "instance"})
#: Nouns praised by a good word before them: "a good step", "an important first step".
_STEP_NOUNS = frozenset({"step", "start", "move", "development"})
_GOOD_WORDS = frozenset({"good", "important", "positive", "right", "significant", "welcome", "major", "big", "great"})
#: Adjectives that praise whatever noun they qualify ("a landmark reform"; not "a major change", which only sizes it).
_PRAISING_ADJECTIVES = frozenset({"good", "positive", "great", "welcome", "historic", "landmark", "overdue",
                                  "sensible"})
#: Adjectives of weight, praise only at the top of the scale: "the most important passenger protection".
_WEIGHTY_ADJECTIVES = frozenset({"important", "crucial", "vital", "significant"})


def judgement(clause: Token) -> str:
    """"the act is needed" / "is a good step" / "has been a success" ->
    "supports"; "the rule is unworkable" / "is a mistake" -> "criticizes";
    "" for a clause that judges nothing (or judges it with "not")."""
    if negated(clause) or any(c.dep_ in {"advmod", "neg"} and c.lower_ in {"hardly", "scarcely", "barely", "never"}
                              for c in clause.children):
        return ""
    if any(c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children)
           and not any(m.lower_ == "even" for m in c.children) for c in clause.children):
        return ""  # "would be a mistake if it were repealed": a supposition ("even if it is modest" concedes)
    if any(c.dep_ == "agent" and any(o.lower_ in {"nobody", "no", "none"} for o in c.subtree) for c in clause.children):
        return ""  # "is needed by nobody"
    if clause.lemma_.lower() in {"need", "warrant", "justify"} and any(c.dep_ == "auxpass" for c in clause.children):
        return "supports"  # "the act is needed", "is long overdue and justified"
    if clause.lemma_.lower() in _AMOUNTING_VERBS:  # "the rule amounts to a violation of ...", "constitutes a taking"
        preds = pobjs(clause, {"to"}) + [c for c in clause.children if c.dep_ in {"dobj", "attr"}]
        return next((j for pred in preds for j in [judged_as(pred)] if j), "")
    placeholder = any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in clause.children)
    if clause.lemma_ != "be" or placeholder and any(
            c.dep_ in {"xcomp", "ccomp", "csubj", "relcl", "acl"} for p in [clause, *clause.children] for c in p.children):
        return ""  # ("it would be a mistake to repeal the act": the judgement is of the repeal)
    return next((j for pred in clause.children if pred.dep_ in {"acomp", "attr"} for j in [judged_as(pred)] if j), "")


def judged_as(pred: Token) -> str:
    """What a word said of a policy judges it: "needed", "a success", "a
    good step", "a step forward" -> "supports"; "unworkable", "a mistake" ->
    "criticizes"; "" otherwise ("hardly a success"; "no small success" is praise)."""
    if any(a.dep_ in {"advmod", "det"} and a.lower_ in {"not", "never", "hardly", "no"} for a in pred.children) \
            and not any(a.lower_ == "small" for a in pred.children):
        return ""
    word = pred.lower_ if pred.pos_ == "ADJ" else pred.lemma_.lower()
    if word in _KIND_NOUNS:  # "a form of trade discrimination": judged by what it is a form of
        return next((j for o in pobjs(pred, {"of"}) for j in [judged_as(o)] if j), "")
    if word in _PRAISE_WORDS or word in _STEP_NOUNS and any(
            a.dep_ == "amod" and a.lower_ in _GOOD_WORDS or a.dep_ == "advmod" and a.lower_ == "forward"
            for a in pred.children):
        return "supports"
    if word in _BLAME_WORDS:
        return "criticizes"
    # "the most important passenger protection in a decade", "a landmark reform": a noun praised by its adjective
    # ("a crucial test of the governor's power", "an important source of revenue": what it is a test or source of)
    praised = pred.pos_ == "NOUN" and not pobjs(pred, {"of"}) and any(
        a.dep_ in {"amod", "compound"} and (a.lower_ in _PRAISING_ADJECTIVES or a.lower_ in _WEIGHTY_ADJECTIVES and any(
            m.lower_ == "most" for m in a.children)) for a in pred.children)
    return "supports" if praised else ""


def called_judgement(r: Reading, verb: Token) -> list[Fact]:
    """"Environmental groups called the rule a step forward", "critics
    have labelled the act a boondoggle", "hailed the ban as a victory":
    what someone calls a policy is their stance on it."""
    if verb.lemma_.lower() not in _CALLING_VERBS or negated(verb) or asked(verb) or any(
            a.dep_ == "aux" and a.lower_ in _MAYBE or a.dep_ == "mark" and a.lower_ in {"if", "whether", "unless"}
            for a in verb.children):
        return []  # ("does the Bureau consider the rule necessary?", "if regulators deem it unnecessary")
    subj = subject(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preds = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp"} and c.pos_ in {"NOUN", "ADJ"}]
    preds += [o for h in [verb, *objects] for a in h.children if a.dep_ == "prep" and a.lower_ == "as"
              for o in a.children if o.dep_ in {"pobj", "amod", "acomp"}]  # ("described it as unworkable")
    # ("declared the rule effective as of June 1": in force; "a victory for the coal industry": whose gain)
    stance = next((j for p in preds if p.lower_ != "effective" and not pobjs(p, {"for"}) for j in [judged_as(p)] if j), "")
    # "described the rule as a burden on small marinas": called a worry, it is criticised, and the worry is theirs
    worries = [k for p in preds for k in [r.tok2key.get(p.i, "")] if k and r.cat(k) == "Concern"]
    stance = stance or ("criticizes" if worries else "")
    if subj is None or not stance:
        return []
    objects += [s for p in preds for s in p.children if s.dep_ == "nsubj"]  # "considers the rule necessary"
    policies = [p for o in objects for p in [r.policy_for(o)] if p]
    actors = r.conjuncts(subj, "Actor")
    facts = [Fact(a, stance, p, verb.i) for a in actors for p in policies]
    if stance == "criticizes" and policies:
        facts += [Fact(a, "raisesConcern", w, verb.i) for a in actors for w in worries]
        facts += [Fact(w, "concernAbout", p, verb.i) for w in worries for p in policies]
    return facts


#: Verbs of calling something by a judging word: "called the rule a mistake", "hailed it as a victory".
_CALLING_VERBS = frozenset({"call", "label", "brand", "dub", "term", "hail", "describe", "deem", "declare", "consider",
                            "characterize", "characterise"})


#: Nouns of a stance said "in ... of / to": "testified in favor of the bill", "spoke in opposition to it".
_STANCE_IN = {"favor": "supports", "favour": "supports", "support": "supports", "defense": "supports",
              "defence": "supports", "opposition": "criticizes"}


def stance_in(r: Reading, verb: Token) -> list[Fact]:
    """"The association testified in favor of the Harbor Act", "spoke in
    opposition to the bill": who did so takes that stance on the policy."""
    if verb.pos_ != "VERB" or negated(verb):
        return []
    facts = []
    # "gathered signatures in support": the phrase may hang on the verb's object
    held = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    for noun in (n for h in held for n in pobjs(h, {"in"})):
        # (not "in supporting X"; the tagger may take "favour" for a name, not "in Defence", "in Support")
        stance = _STANCE_IN.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" or noun.pos_ == "PROPN" \
            and noun.lower_ in {"favour", "favor"} else None
        policies = [k for o in pobjs(noun, {"of", "to"}) for k in [r.policy_for(o)] if k] if stance else []
        if stance and not policies and not any(c.dep_ == "prep" for c in noun.children) and r.topic \
                and not _other_policy_before(r, verb):
            policies = [r.topic]  # "in support": of what the article is about, when nothing else was just named
        subj = subject(verb) if policies else None
        actors = r.conjuncts(subj, "Actor") if subj is not None else []
        facts += [Fact(a, stance, p, verb.i) for a in actors for p in policies]
    return facts


#: Nouns for another policy, said with "a": "a rival proposal", "an amendment".
_OTHER_POLICY_NOUNS = frozenset(_PROPOSAL_NOUNS | {"amendment", "bill", "measure", "alternative", "plan", "ordinance",
                                                   "motion"})


def _other_policy_before(r: Reading, verb: Token) -> bool:
    """Whether the verb's paragraph, up to the verb, names a policy other
    than the article's main one, or a proposal by its kind noun ("the
    council rejected a rival proposal. Only the union spoke in support"):
    then what a bare "in support" is of is not said. ("The bill's lead
    sponsor", with "the", calls the main policy back.)"""
    before = [m for m in r.mentions if r.cat(m.key) == "Policy" and m.head < verb.i]
    named = bool(before) and max(before, key=lambda m: m.head).key != r.topic  # the latest one named is another
    return named or any(t.lemma_.lower() in _OTHER_POLICY_NOUNS and r.tok2key.get(t.i, "") != r.topic and any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in t.children) for t in r.doc[: verb.i])


#: What one accepts as a stance on it: a recommendation, a proposal.
_PROPOSED_THINGS = frozenset({"recommendation", "proposal", "amendment", "finding", "offer", "plan", "settlement"})


def accepts_a_proposal(verb: Token) -> bool:
    """"The Agency accepts Recommendations 1, 2 and 4": accepting what was
    put to one is a stance on it; accepting what a rule makes one take
    ("must accept vouchers") or what one receives ("accept applications")
    is none."""
    owed = verb.dep_ == "xcomp" or any(a.dep_ == "aux" and a.lower_ in {"must", "shall"} for a in verb.children)
    return not owed and any(o.dep_ == "dobj" and o.lemma_.lower() in _PROPOSED_THINGS for o in verb.children)


def noun_stances(r: Reading, noun: Token) -> list[Fact]:
    """"proponents of the scheme", "critics of the programme"; and whoever
    is said to be one: "the Alliance is a supporter of the act", "is among
    the act's strongest supporters", "is one of its most vocal critics"."""
    stance = r.stance_of({noun.lemma_.lower(), noun.lower_})
    if not stance or noun.pos_ != "NOUN":
        return []
    key = r.tok2key.get(noun.i, "")
    holders = [key, *listed_members(r, noun)] if key and r.cat(key) == "Actor" else []
    named = r.conjuncts(noun.head, "Actor") if noun.dep_ == "appos" else []
    if named:  # "Rep. Dana Cole, a longtime supporter of the act": the one named is the supporter
        holders = named
    said_of = noun
    if noun.dep_ == "pobj" and noun.head.lower_ in {"among", "of"} and (
            noun.head.lower_ == "among" or noun.head.head.lower_ == "one"):  # "among its supporters", "one of its critics"
        said_of = noun.head.head if noun.head.lower_ == "of" else noun.head
    copula = said_of.head if said_of.dep_ in {"attr", "prep"} and said_of.head.lemma_ == "be" else None
    lapsed = any(c.lower_ in LAPSED_WORDS for c in [*noun.children, *said_of.children]) \
        or copula is not None and any(c.lower_ in {"hardly", "formerly", "never"} or c.lower_ == "once" and not any(
            a.lower_ in {"again", "more"} for a in c.children) and c.doc[c.i + 1].lower_ not in {"again", "more"}
            for c in copula.children)
    supposed = copula is not None and (copula.i == copula.sent.start or asked(copula) or any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in copula.children))
    if lapsed or supposed:
        return []  # "is no supporter of", "a former critic", "Is X a supporter of ...?", "if X were a supporter"
    if copula is not None and not negated(copula):
        holders += [a for s in copula.children if s.dep_ == "nsubj" for a in r.conjuncts(s, "Actor")]
    targets = [p for obj in pobjs(noun, {"of"}) for p in r.conjuncts(obj, "Policy")]
    targets += [p for c in noun.children if c.dep_ == "poss" for p in [norm_owner(r, c)] if p]  # "the act's critics"
    return [Fact(a, stance, p, noun.i) for a in dict.fromkeys(holders) for p in dict.fromkeys(targets)]


#: Words that say a role is over: "a former sponsor", "an erstwhile critic", "retired chair".
LAPSED_WORDS = frozenset({"no", "former", "ex", "onetime", "erstwhile", "hardly", "retired"})
#: Maker nouns whose holder stands behind the policy: "the bill's sponsor" (an "architect" may have left it).
_BACKING_MAKERS = frozenset({"sponsor", "cosponsor", "co-sponsor", "author"})
#: Nouns for who makes a policy: "Rep. Ana Ruiz, the bill's sponsor".
_MAKER_NOUNS = {"sponsor", "cosponsor", "co-sponsor", "author", "architect", "drafter"}


def makers_named(r: Reading, noun: Token) -> list[Fact]:
    """"Rep. Ana Ruiz, the bill's sponsor", "the sponsor of the Clean Boats
    Act, Rep. Ana Ruiz", "Ruiz is the bill's author": the one the maker noun
    is said of issued the policy it names."""
    if noun.lemma_.lower() not in _MAKER_NOUNS:
        return []
    policies = [p for c in noun.children if c.dep_ == "poss" for p in [norm_owner(r, c)] if p]  # "the bill's"
    policies += [p for obj in pobjs(noun, {"of"}) for p in r.conjuncts(obj, "Policy")]
    said_of = [described(noun)] if described(noun) is not None else [c for c in noun.children if c.dep_ == "appos"]
    actors = [a for t in said_of for a in r.conjuncts(t, "Actor")]
    # a sponsor backs the bill it puts forward, as "who sponsored the bill" does (`issuers`)
    # (not asked, "Will Senator Pruitt be a cosponsor of the act?", nor lapsed, "a former sponsor of the act")
    lapsed = any(c.lower_ in LAPSED_WORDS for c in noun.children)
    backing = [Fact(a, "supports", p, noun.i) for p in policies for a in actors] \
        if noun.lemma_.lower() in _BACKING_MAKERS and not lapsed and not supposed(noun.head) else []
    return [Fact(p, "issuedBy", a, noun.i) for p in policies for a in actors] + backing


def letter_worries(r: Reading) -> list[Fact]:
    """In a letter, the worries its body states in no one else's voice are
    its signatories' ("Granting the waiver would undermine the
    Commission's authority"): a letter speaks in its signers' own name."""
    if not r.authors or r.reporting or r.seg is None or r.seg.role != "body":
        return []  # (a study reports worries, its own among them only as it says: "we are concerned that ...")
    cues = r.lex.relation_cues["raisesConcern"]
    # another voice: the subject of a verb of worrying, its agent ("the concerns raised by the Restaurant
    # Association"), or the one a relative clause of worrying is about ("the Association, which argues that ...")
    others = {m.key for m in r.mentions if r.cat(m.key) == "Actor" and (
        r.doc[m.head].dep_ == "nsubj" and r.doc[m.head].head.lemma_.lower() in cues
        or r.doc[m.head].dep_ == "pobj" and r.doc[m.head].head.dep_ == "agent"
        and r.doc[m.head].head.head.lemma_.lower() in cues
        or any(c.dep_ == "relcl" and c.lemma_.lower() in _WARNING_PARTICIPLES for c in r.doc[m.head].children))}
    if others:
        return []
    return [Fact(a, "raisesConcern", m.key, m.head) for m in r.mentions if r.cat(m.key) == "Concern"
            and not _voiced_by_another(r, r.doc[m.head], r.authors) and not _denied_clause(r.doc[m.head])
            for a in r.authors]  # (not "we do not believe the rule raises safety concerns")


def _denied_clause(tok: Token) -> bool:
    """Whether a word stands in a clause that a verb holding it denies ("we
    do not believe the rule raises safety concerns"); a verb it is only
    coordinated with denies nothing of it ("terminals do not have contracts
    and expressed concern about ...")."""
    node = tok
    while node.head.i != node.i:
        via_conj = node.dep_ == "conj"
        node = node.head
        if not via_conj and node.pos_ in {"VERB", "AUX"} and negated(node) \
                and node.lemma_.lower() in SAYING_VERBS | _RAISING_VERBS:
            return True  # (not "does not ease their fears", "cannot afford the costs": there the worry stands)
    return False


#: Verbs by which something gives rise to a worry: "raises safety concerns", "poses a risk".
_RAISING_VERBS = frozenset({"raise", "pose", "create", "cause", "present", "believe", "think", "argue", "claim",
                            "contend", "feel", "find"})


def _voiced_by_another(r: Reading, tok: Token, speakers: list[str] | tuple[str, ...], above: Token | None = None) -> bool:
    """Whether a worry is said in someone else's clause: "the Council has
    urged the agency to extend the deadline, citing the cost of
    relabeling" is the Council's, though the letter (or "we note that")
    reports it. Climbs from the worry to `above` (the reporting verb)."""
    for verb in (a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}):
        if above is not None and verb.i == above.i:  # (a token is made anew each time it is read: compare places)
            return False
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # (only a verb of saying or asking has a voice: "warned that carriers could pressure shippers, creating a
        # loophole" is the warner's worry, not the carriers')
        if doer is not None and (verb.lemma_.lower() in SAYING_VERBS or r.cue_lemmas(verb) & r.any_cue):
            others = r.conjuncts(doer, "Actor")
            if others:
                return not set(others) <= set(speakers)
            if doer.lower_ not in {"it", "they", "this", "these"} and not r.key_at(doer, "Policy"):
                return False  # ("but our analysis finds that it would ...": the finding is the writer's)
            # ("... has asked the Commission to withdraw the rule, arguing that it would raise costs": the policy
            # said to raise them voices nothing; the one who argues it is further up)
    return False




#: Nouns for a stance taken against something: "drew opposition from ticket brokers, who argue ...".
_OPPOSITION_NOUNS = frozenset({"opposition", "criticism", "objection", "complaint", "pushback", "resistance"})
#: Verbs whose participle after a comma voices the clause subject's worry: "opposed the bill, warning of ...".
_WARNING_PARTICIPLES = frozenset({"warn", "caution", "argue", "contend", "complain", "object", "cite", "fear", "worry",
                                  "claim", "note", "say"})


def _backing_holds(r: Reading, noun: Token) -> bool:
    """Whether a noun stands under a word of backing ("has won support from
    fan groups, who argue that it would end gouging"): what they argue
    then is a reason for the policy, not a worry about it."""
    return any(a.lemma_.lower() in r.lex.relation_cues["supports"] for a in list(noun.ancestors)[:3])


def concerns_raised(r: Reading, verb: Token) -> list[Fact]:
    """"Critics worry that ..." inside an item labelled with a concern, or
    "critics warn of mass surveillance"; being worried about a policy
    ("marina owners are worried about the Dock Act") is criticising it."""
    worried = [c for c in verb.children if is_worried(c)]  # "fishers are concerned that ..."
    cited = verb.lemma_.lower() == "cite" and any(c.dep_ == "dobj" for c in verb.children)  # "citing repair costs"
    cue = verb.lemma_.lower() in r.lex.relation_cues["raisesConcern"] or bool(worried) or cited
    # "opposes the rule because it would raise fees": the opponent's reason is their worry (only the reason's)
    reasons = [] if cue or not opposed_for(verb) else opposing_reasons(verb)
    if not cue and not reasons or negated(verb):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and is_worried(verb))), None)
    if subj is not None and subj.lower_ in {"which", "who", "that"} and verb.dep_ == "relcl" \
            and verb.lemma_.lower() in _WARNING_PARTICIPLES and not _backing_holds(r, verb.head):
        subj = verb.head  # "the Restaurant Association, which argues that ...": the association argues
    agent = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None) \
        if subj is None and verb.tag_ == "VBN" else None
    subj = agent if agent is not None else subj  # "concerns were raised by the Restaurant Association": it raised them
    if subj is None and verb.dep_ == "conj":  # "welcomed the rules but warned that ...": the welcomer warns
        subj = subject(verb)
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and r.stance_of({verb.head.lemma_.lower()}):
        subj = subject(verb.head)  # "opposed the bill, warning that ...": the opponent warns
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and cited:
        # "the Council has urged the agency to extend the deadline, citing the cost": who urged cites it
        # (the first verb above with a subject of its own: not the agency urged to act)
        subj = next((c for a in verb.ancestors for c in a.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and verb.lemma_.lower() in _WARNING_PARTICIPLES:
        # "opposed the bill, warning of patient abandonment": the parse may hang the participle on the object;
        # after its comma it still says what the clause's subject does
        subj = next((s for a in verb.ancestors if a.pos_ == "VERB" for s in [subject(a)] if s is not None), None)
    actors = named_speakers(r, subj, verb) or reporter(r, subj, verb)  # "the Association said it is concerned ..."
    if not actors:
        return []
    said = verb.lemma_.lower() in _SAYING_ONLY  # "claim a tax credit" raises nothing; "claim that ..." may
    concerns = [k for c in reasons or verb.children if (c.dep_ not in _SUBJECTS or agent is not None and c.dep_ == "nsubjpass")
                and (not said or c.dep_ == "ccomp")
                and not (c.dep_ == "conj" and subject(c) is not None and subject(c).i > verb.i)  # "..., and groups warned"
                for t in c.subtree for k in r.keys_in([t], "Concern") if not _voiced_by_another(r, t, actors, verb)]
    lessened = remedied_keys(r, verb) if concerns else set()
    concerns = [k for k in concerns if k not in lessened]
    if verb.lemma_.lower() in _WEAK_RAISING:  # "stressed the risk of delay" (not "stressed the need for transparency")
        voiced = {t.i for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in VOICED_RISKS
                  for t in o.subtree}
        concerns = [k for k in concerns if any(m.key == k and m.head in voiced for m in r.mentions)]
    if not concerns and verb.dep_ == "ROOT" and not reasons:
        concerns = [k for k in r.label_keys if r.cat(k) == "Concern"]
    facts = [Fact(a, "raisesConcern", c, verb.i) for a in actors for c in dict.fromkeys(concerns)]
    if reasons:
        return facts
    facts += [Fact(a, "criticizes", p, verb.i) for w in worried for o in pobjs(w, {"about", "over", "regarding", "with"})
              for p in r.conjuncts(o, "Policy") for a in actors]
    return facts + [f for v in [verb, *worried] for f in reported_criticism(r, v, actors)]


#: Raising verbs that voice a worry only as a risk or difficulty they name: "described the risk of stalking".
_WEAK_RAISING = VOICING_VERBS - {"raise", "highlight", "cite"}
#: Verbs by which a policy lessens what is worried about: "will reduce the risk of oil spills".
_LESSENING_VERBS = (REMEDY_VERBS - {"protect"}) | {"lower", "cut", "minimize", "minimise", "mitigate", "decrease",
                                                    "avoid", "ease", "alleviate"}


def remedied_keys(r: Reading, head: Token, *, shielded_from: bool = False) -> set[str]:
    """Worries below `head` that a verb says something lessens ("supporters
    say the rule will reduce the risk of oil spills"): what a policy is
    said to remedy is no one's worry about it, and saying so criticises
    nothing."""
    out = set()
    for tok in head.subtree:
        key = r.tok2key.get(tok.i, "")
        if not key or r.cat(key) != "Concern":
            continue
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)  # the verb whose object the worry is in
        if verb is not None and r.tok2key.get(verb.i, "") == key:
            continue  # "warned that the act would reduce access to credit": the lessening is the worry itself
        # (`shielded_from`: also what it is said to shield people from, "argue that it protects consumers from
        # infection", a worry of those who argue so, which criticises nothing)
        shielded = shielded_from and verb is not None and verb.lemma_.lower() in _SHIELDING_VERBS and any(
            a.dep_ == "prep" and a.lower_ in {"from", "against"} and a.head == verb for a in tok.ancestors)
        if verb is not None and (verb.lemma_.lower() in _LESSENING_VERBS or shielded) and not negated(verb) \
                and not _undone(verb):
            out.add(key)
    return out


#: Verbs of keeping someone from a harm: "protects consumers from infection".
_SHIELDING_VERBS = frozenset({"protect", "shield", "safeguard", "guard"})


def _undone(verb: Token) -> bool:
    """"fails to reduce the risk", "does little to reduce it": a lessening
    said not to happen."""
    head = verb.head if verb.dep_ in {"xcomp", "advcl"} else None
    return head is not None and (head.lemma_.lower() == "fail" or any(
        c.lower_ in {"little", "nothing"} for c in head.children if c.dep_ in {"dobj", "npadvmod", "advmod"}))


def reported_criticism(r: Reading, verb: Token, actors: list[str]) -> list[Fact]:
    """"The council found that the plan lacks a legal basis and poses
    risks to privacy": a policy that is the subject of what a critic
    reports, with concerns in the same clause, is criticised by the critic,
    and the concerns are about it."""
    facts = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = subject(clause)
        policy = argued_of(r, subj) or (r.policy_for(subj) if subj is not None else "")
        concerns = [k for c in clause.children if c.dep_ not in _SUBJECTS for k in r.keys_in(c.subtree, "Concern")]
        lessened = remedied_keys(r, clause, shielded_from=True) if concerns else set()
        concerns = [k for k in concerns if k not in lessened]
        # (not what they say it should do: "argues that it should take effect at once, citing the danger of delay")
        wished = any(a.dep_ == "aux" and a.lower_ in {"should", "must", "ought"} for a in clause.children)
        if policy and concerns and not negated(clause) and not wished:
            facts += [Fact(a, "criticizes", policy, verb.i) for a in actors]
            facts += [Fact(c, "concernAbout", policy, verb.i) for c in dict.fromkeys(concerns)]
    return facts


def argued_of(r: Reading, pronoun: Token | None) -> str:
    """The policy "it" stands for in what someone argues while acting on
    that policy: "criticised the leave provision, arguing that it threatens
    due process" (the provision, not the article's policy); "" otherwise."""
    if pronoun is None or pronoun.lower_ != "it":
        return ""
    clause = next((a for a in pronoun.ancestors if a.dep_ == "ccomp"), None)
    arguing = clause.head if clause is not None else None
    if arguing is None or arguing.dep_ != "advcl":
        return ""
    # (a policy called by its kind alone, "opposes the ban, arguing that it ...", may be the article's own: "it" is
    # read as ever)
    return next((p for o in arguing.head.children if o.dep_ == "dobj" and (o.pos_ == "PROPN" or any(
        c.dep_ in {"compound", "amod"} for c in o.children)) for p in [r.policy_for(o)] if p), "")


def worried_policy_part(r: Reading, m: Mention) -> str:
    """The policy a worry's own phrase locates it in: "a lack of oversight
    in the program", "gaps in the act". The worry is about what it is a
    flaw in. Not "of" or "under": "breaches of the agreement" are no worry
    about it, "concerns under the First Amendment" are not about it."""
    inside = set(m.tokens)
    for tok in (r.doc[i] for i in m.tokens):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "within"} and prep.i not in inside:
                found = [r.policy_for(o) for o in prep.children if o.dep_ == "pobj"]
                if any(found):
                    return next(p for p in found if p)
    after = m.tokens[-1] + 1  # the parse may hang the phrase on the verb: "point to a lack of oversight in the program"
    if after < len(r.doc) and r.doc[after].lower_ in {"in", "within"} and r.doc[after].dep_ == "prep":
        return next((p for o in r.doc[after].children if o.dep_ == "pobj" and (p := r.policy_for(o))), "")
    return ""


def concern_targets(r: Reading) -> list[Fact]:
    """A concern is about a policy when it is voiced as one: it hangs below
    a concern word ("concerns over privacy", "call it an instrument of
    surveillance") in a sentence naming the policy, or it labels an
    item in a section of criticism ("Criticisms and Concerns")."""
    facts = []
    for m in (m for m in r.mentions if r.cat(m.key) == "Concern"):
        head = r.doc[m.head]
        if _denied_clause(head):
            continue  # "we do not believe the rule raises safety concerns", "did not argue that it raises costs"
        reasoned = next((a for a in [head, *head.ancestors] if a.dep_ == "advcl" and a in opposing_reasons(a.head)),
                        None)
        opposed = [p for o in reasoned.head.children if o.dep_ == "dobj" for p in r.conjuncts(o, "Policy")] + [
            p for a in reasoned.head.children if a.dep_ == "prep" and a.lower_ == "against" for o in a.children
            if o.dep_ == "pobj" for p in r.conjuncts(o, "Policy")] if reasoned is not None else []
        if opposed:  # "the council opposes the Skate Ban because it would ...": a worry about what it opposes
            facts += [Fact(m.key, "concernAbout", p, m.head) for p in opposed]
            continue
        lacking = r.policy_for(subject(head)) if head.lemma_.lower() == "lack" and head.pos_ == "VERB" else ""
        if lacking:  # "the program lacked oversight": the lack is the program's
            facts.append(Fact(m.key, "concernAbout", lacking, m.head))
            continue
        remedy = remedy_verb(head)
        if remedy is not None:  # "the rule seeks to curb illegal dumping": a worry the rule exists to address
            holder = purpose_holder(remedy)
            named = r.keys_in(head.sent, "Policy")
            policy = (r.policy_for(holder) if holder is not None else "") or (named[0] if len(named) == 1 else "")
            if policy:
                facts.append(Fact(m.key, "concernAbout", policy, m.head))
            continue
        outcome = outcome_verb(head) or (head.head if head.dep_ == "acomp" and head.head.lemma_ == "be" else None)
        if outcome is None and head.pos_ == "VERB":  # "critics say the rule would drive marinas out of business"
            outcome = head
        risker = risking_subject(head) if head.tag_ == "VBG" else None  # "the ban risks pushing ...", misread
        cause = (argued_of(r, subject(outcome)) or r.policy_for(risker or subject(outcome))) if outcome is not None \
            else ""
        if not cause and outcome is not None and r.topic and provision_of_topic(r, subject(outcome)):
            cause = r.topic  # "privacy advocates worry that the identity checks would expose data": the policy's part
        if not cause and head.dep_ == "dobj" and head.lemma_.lower() in r.about_cues and not negated(head.head):
            cause = r.policy_for(subject(head.head))  # "the rule raises privacy concerns": concerns the rule gives rise to
        blamer = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else None
        if not cause and blamer is not None and blamer.lemma_.lower() == "blame" and not negated(blamer):
            # "the rule has been blamed for rising fees", "critics blame the rule for higher fees": what is blamed
            cause = next((p for c in blamer.children if c.dep_ in {"nsubjpass", "dobj"} for p in [r.policy_for(c)] if p), "")
        if not cause and head.dep_ == "attr":  # "the main criticism of the rule is its cost"
            cause = next((p for s in head.head.children if s.dep_ == "nsubj" for o in pobjs(s, {"of", "with", "in"})
                          for p in r.conjuncts(o, "Policy")), "")
        if cause:  # "the rule could lead to delays": a worry about the rule
            facts.append(Fact(m.key, "concernAbout", cause, m.head))
            continue
        citer = next((a for a in head.ancestors if a.lemma_.lower() == "cite" and a.dep_ == "advcl"
                      and a.head.lemma_.lower() in OPPOSING_VERBS and not negated(a.head)), None)
        opposed = [p for o in citer.head.children if o.dep_ == "dobj" for p in r.conjuncts(o, "Policy")] if citer else []
        if opposed:  # "has opposed the bill, citing the cost of compliance": the cost the opponent sees in it
            facts += [Fact(m.key, "concernAbout", p, m.head) for p in opposed]
            continue
        within = worried_policy_part(r, m)
        if within:  # "a lack of oversight in the program", "the cost of the rule"
            facts.append(Fact(m.key, "concernAbout", within, m.head))
            continue
        harmful = any(c.dep_ == "amod" and c.lower_ in r.lex.harm_modifiers - EASED for c in head.children) \
            or harm_said_of(head)  # "higher premiums", "the risk of fire"
        if harmful:  # a harm named outright is the policy's only if it brings it or it falls under it
            brought = harm_brought_by(r, head)
            if brought:
                facts.append(Fact(m.key, "concernAbout", brought, m.head))
            continue
        if not any(a.lemma_.lower() in r.about_cues and a.i not in m.tokens for a in head.ancestors) and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in r.about_cues and c.i < head.i
                for a in head.ancestors for c in a.children):  # "drew criticism over its cost": the object voices it
            continue
        sent = head.sent
        # ("concerns about eviction notices and security deposits": a worry's coordinated sibling is no policy it
        # is about)
        siblings = {t.i for s in [*head.conjuncts, *([head.head] if head.dep_ == "conj" else [])]
                    for t in s.doc[s.left_edge.i : s.i + 1]}
        policies = r.keys_in((t for t in sent if t.i not in m.tokens and t.i not in siblings and not _set_aside(t)),
                             "Policy")
        if not policies and r.has_anaphor(sent):
            policies = [r.topic]
        facts += [Fact(m.key, "concernAbout", p, m.head) for p in policies[:1]]
    if r.criticism_section():
        for key in r.label_keys:
            if r.cat(key) != "Concern":
                continue
            policies = r.keys_in(r.doc, "Policy") or ([r.topic] if r.topic else [])
            facts += [Fact(key, "concernAbout", p, 0) for p in policies[:1]]
    return facts


#: Verbs that end, pay for or date a harm, beside `_LESSENING_VERBS`: "ended a shortage", "cover damage to boats".
_HARM_EASING_VERBS = frozenset({"end", "clear", "cover", "repair", "compensate", "address", "fix", "solve", "offset",
                                "relieve", "help", "predate"})


#: Causes of harm no policy is: "the storm caused damage", "the recession closed the market".
_NATURAL_CAUSES = frozenset({"storm", "hurricane", "flood", "fire", "drought", "pandemic", "recession", "war",
                             "earthquake", "wildfire", "outbreak", "weather"})
#: Words that date a clause against something: what it says happened apart from it.
_DATING = frozenset({"before", "until", "prior"})


def harm_brought_by(r: Reading, head: Token) -> str:
    """The policy a harm named outright ("higher premiums", "a shortage of
    plumbers") is a worry about: the subject of the clause that names it
    ("the act places a burden on small shops"), the policy it falls
    under ("higher costs under the act"), else the policy its sentence
    names; "" when the clause ends, eases, covers or dates it ("the act
    ended a shortage", "cover damage to boats", "before the act there was
    a shortage")."""
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    under = [p for h in (head, verb) if h is not None for o in pobjs(h, {"under", "of"}) for p in [r.policy_for(o)]
             if p and (h.i == head.i or o.head.lower_ == "under")]
    if under:  # "higher costs under the act", "the higher costs of the act"
        return under[0]
    eased = verb is not None and head.dep_ == "dobj" and head.head.i == verb.i \
        and verb.lemma_.lower() in _HARM_EASING_VERBS | _LESSENING_VERBS
    if verb is None or eased or negated(verb):
        return ""
    if any(c.dep_ == "prep" and c.lower_ in _DATING or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _DATING for m in c.children) for c in verb.children):
        return ""  # "before the act, there was a shortage", "... months before the act was passed"
    subj = subject(verb)
    by_subject = r.policy_for(subj) if subj is not None and subj.lower_ != "there" else ""
    if by_subject:
        return by_subject
    if subj is not None and subj.lower_ in _NATURAL_CAUSES:
        return ""  # "the storm caused damage to piers": the harm is said of something else
    named = r.keys_in((t for t in head.sent if not _set_aside(t)), "Policy")  # "higher costs for shops, the act's critics say"
    return named[0] if named else (r.topic if r.has_anaphor(head.sent) else "")


def _set_aside(tok: Token) -> bool:
    """"blame warm water, not the Harbor Rule, for the poor catch": a
    phrase opened by "not" is what the sentence says it is not about."""
    start = min(t.i for t in tok.head.subtree) if tok.dep_ in {"compound", "det"} else min(t.i for t in tok.subtree)
    return start > 0 and tok.doc[start - 1].lower_ in {"not", "nor"} or any(c.dep_ == "neg" for c in tok.children)


def provision_of_topic(r: Reading, noun: Token | None) -> bool:
    """Whether a worry's cause is a part of the article's policy it never
    names: "the daily limit", "these identity checks" said by a worried
    speaker, a definite common noun that is no entity of its own (no actor,
    no other policy)."""
    if noun is None or noun.pos_ != "NOUN" or r.tok2key.get(noun.i):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "these"} for c in noun.children)
    worried = any(a.lemma_.lower() in WORRY_VERBS or a.lemma_.lower() in r.about_cues for a in noun.ancestors)
    return definite and worried and noun.lemma_.lower() in _PROVISION_NOUNS


#: Nouns for a part of a policy: "the daily limit", "the identity checks", "the reporting requirement".
_PROVISION_NOUNS = frozenset({"limit", "cap", "check", "fee", "requirement", "provision", "mandate", "ban",
                              "restriction", "standard", "deadline", "threshold", "test", "inspection", "rule",
                              "exemption", "penalty", "fine", "tax", "surcharge", "quota", "waiver"})


def parts(r: Reading, verb: Token) -> list[Fact]:
    """"X is a collection of A and B" -> A, B partOf X; "X is part of Y"."""
    if verb.lemma_.lower() != "be":
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    whole = r.policy_for(subj) if subj is not None else ""
    if not whole:
        return []
    facts = []
    is_negated = negated(verb)
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        for noun in [attr, *attr.conjuncts]:
            if is_negated and noun is attr:
                continue  # "is not one scheme but a set of local schemes"
            lemma = noun.lemma_.lower()
            members = [p for obj in pobjs(noun, {"of"}) for p in r.conjuncts(obj, "Policy")]
            if lemma in _WHOLE_NOUNS:
                facts += [Fact(p, "partOf", whole, verb.i) for p in members if p != whole]
            elif lemma in _PART_NOUNS:
                facts += [Fact(whole, "partOf", p, verb.i) for p in members if p != whole]
    return facts


def empowered(r: Reading, noun: Token) -> list[Fact]:
    """"The Act gives the Coast Guard authority to fine ferry operators",
    "the Board has authority under the Act to inspect marinas": a public body
    a policy empowers to act runs it, and whom the power acts on, the policy
    regulates."""
    if noun.lemma_.lower() not in {"authority", "power"} or noun.dep_ != "dobj" or negated(noun.head) \
            or supposed(noun.head) or wished(noun.head) or any(c.lower_ == "no" for c in noun.children) \
            or any(a.dep_ == "aux" and a.lower_ in {"should", "would", "could", "might"} for a in noun.head.children):
        return []  # ("has no authority", "whether the Board has authority", "should have authority")
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in GIVING_VERBS:
        policies = r.conjuncts(subject(verb), "Policy") if subject(verb) is not None else []
        holders = [c for c in verb.children if c.dep_ == "dative"] + [
            c for c in noun.children if c.dep_ == "compound" and r.key_at(c, "Actor")][:1]
    elif lemma == "have":
        policies = [k for o in pobjs(verb, {"under"}) + pobjs(noun, {"under"}) for k in r.conjuncts(o, "Policy")]
        holders = [s for s in [subject(verb)] if s is not None]
    else:
        return []
    bodies = [k for h in holders for k in r.conjuncts(h, "Actor") if r.classes.get(k) == "GovernmentBody"]
    if not policies or not bodies:
        return []
    acts = [c for c in [*noun.children, *verb.children] if c.dep_ in {"acl", "advcl", "xcomp"} and c.tag_ == "VB"]
    targets = [k for a in acts for o in a.children if o.dep_ == "dobj" for k in r.conjuncts(o, "Actor")]
    return [Fact(p, "issuedBy", b, noun.i) for p in policies for b in bodies] + [
        Fact(p, "evaluates", t, noun.i) for p in policies for t in targets if t not in bodies]


def cosponsors_named(r: Reading, noun: Token) -> list[Fact]:
    """"..., with Senator Quintal as an original cosponsor", "Senators Pruitt
    and Carvajal are cosponsors", "14 cosponsors, including Senator Pruitt":
    a bill's cosponsor backs it (the bill its sentence names, or the
    paragraph's)."""
    if noun.lemma_.lower() not in {"cosponsor", "co-sponsor"} or noun.pos_ != "NOUN" or negated(noun.head) \
            or supposed(noun.head):
        return []
    people = []
    if noun.head.lower_ == "as" and noun.dep_ == "pobj" and noun.head.head.pos_ in {"PROPN", "NOUN"}:
        people = [noun.head.head]  # "with Senator Quintal as a cosponsor"
    elif noun.head.lower_ == "as" and noun.dep_ == "pobj":  # (the parse may hang "as" on the verb beside "with")
        people = [o for p in noun.head.head.children if p.dep_ == "prep" and p.lower_ == "with" and p.i < noun.head.i
                  for o in p.children if o.dep_ == "pobj"][-1:]
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        people = [s for s in noun.head.children if s.dep_ == "nsubj"]  # "Senators Pruitt and Carvajal are cosponsors"
    people += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "including"
               for o in p.children if o.dep_ == "pobj"]  # "14 cosponsors, including Senator Pruitt"
    backers = [k for t in people for k in r.conjuncts(t, "Actor")]
    bill = sentence_policy(r, noun) or paragraph_policy(r, noun)
    return [Fact(k, "supports", bill, noun.i) for k in backers] if bill else []


def named_parts(r: Reading, noun: Token) -> list[Fact]:
    """"One component of the Harbor Rule, the Clean Berth Program, ...",
    "the Clean Berth Program, a key element of the rule": a policy set
    beside a part noun "of" another is part of it."""
    if noun.lemma_.lower() not in _PART_NOUNS:
        return []
    wholes = [p for o in pobjs(noun, {"of", "in"}) for p in r.conjuncts(o, "Policy")]
    named = [c for c in noun.children if c.dep_ == "appos"] + ([noun.head] if noun.dep_ == "appos" else [])
    return [Fact(p, "partOf", w, noun.i) for t in named for p in r.conjuncts(t, "Policy") for w in wholes if p != w]


#: Verbs by which a policy brings another into being: what it creates is part of it.
_CREATE_VERBS = {"create", "establish", "codify", "institute", "authorize", "authorise", "set", "introduce", "insert"}


def created_parts(r: Reading, verb: Token) -> list[Fact]:
    """"The Act creates the Rental Registry", "the program was established
    by the act", "the Commission set up the program under the authority of
    the Marren Clean Water Act": a policy another policy creates, or that is
    created under it, is part of it (a component, pilot or section of the
    larger policy)."""
    if verb.lemma_.lower() not in _CREATE_VERBS or verb.pos_ != "VERB" or negated(verb):
        return []
    if verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []  # "sets a limit" is no creation; "sets up a fund" is
    into = [p for o in pobjs(verb, {"into"}) for p in [r.key_at(o, "Policy")] if p]
    if verb.lemma_.lower() == "insert" or into:  # "the Regulations insert a new Part 7A into the Consumer Credit Act"
        made = [c for c in verb.children if c.dep_ == "dobj"]
        return [Fact(p, "partOf", w, verb.i) for m in made for p in r.conjuncts(m, "Policy") for w in into if p != w]
    # ("introduced under Rule 12 of the Procedure Rules": moved by that procedure, no part of it)
    under = pobjs(verb, {"under", "by", "pursuant"}) if verb.lemma_.lower() != "introduce" else []
    under += [o for a in list(under) if a.lemma_.lower() == "authority" for o in pobjs(a, {"of"})]
    wholes = [p for o in under for p in [r.key_at(o, "Policy")] if p]
    subj = subject(verb) if not passive(verb) else None
    if subj is not None and r.key_at(subj, "Policy"):
        wholes.append(r.key_at(subj, "Policy"))
    if passive(verb):
        made = [c for c in verb.children if c.dep_ == "nsubjpass"]
        made = made or ([verb.head] if verb.dep_ in {"acl", "relcl"} else [])
    else:
        made = [c for c in verb.children if c.dep_ == "dobj"]
    parts_made = [p for m in made for p in r.conjuncts(m, "Policy")]
    return [Fact(p, "partOf", w, verb.i) for p in parts_made for w in dict.fromkeys(wholes) if p != w]


def formed_parts(r: Reading, verb: Token) -> list[Fact]:
    """"The Prohibited List, which forms part of the Code", "the levy forms a
    central part of the scheme": a policy that forms part of another is
    part of it."""
    if verb.lemma_.lower() != "form" or negated(verb):
        return []
    wholes = [p for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _PART_NOUNS
              for w in pobjs(o, {"of"}) for p in r.conjuncts(w, "Policy")]
    subj = subject(verb)  # ("the Prohibited List, which forms part of ...": `subject` gives what "which" stands for)
    parts = r.conjuncts(subj, "Policy") if subj is not None else []
    return [Fact(p, "partOf", w, verb.i) for p in parts for w in wholes if p != w]


def included_parts(r: Reading, verb: Token) -> list[Fact]:
    """"The Harbor Rule includes the Clean Docks Program", "the program is
    included in the Act": a policy that another contains is part of it."""
    if verb.lemma_.lower() not in {"include", "contain", "comprise", "incorporate"} or negated(verb):
        return []
    if passive(verb):
        parts = [c for c in verb.children if c.dep_ == "nsubjpass"]
        wholes = pobjs(verb, {"in", "within"})
    else:
        parts = [c for c in verb.children if c.dep_ == "dobj"]
        wholes = [s for s in [subject(verb)] if s is not None]
    return [Fact(p, "partOf", w, verb.i) for a in parts for p in r.conjuncts(a, "Policy")
            for b in wholes for w in r.conjuncts(b, "Policy") if p != w]


#: What a motion asks a body to do with a policy, that its mover backs: "moved to adopt", "moved to approve".
_ADOPTING = frozenset({"adopt", "approve", "pass", "enact", "accept", "ratify", "endorse"})


def motions(r: Reading, verb: Token) -> list[Fact]:
    """"Councillor Tran moved to adopt Ordinance 25-07; seconded by
    Councillor Abdi", "Councillor Voss moved an amendment ...": who moves
    or seconds adopting a policy, or moves one (an amendment), backs it;
    the body that votes makes it."""
    if verb.lemma_.lower() != "move" or negated(verb) or not moved_adoption(r, verb):
        return []
    asked = [o for x in verb.children if x.dep_ == "xcomp" and x.lemma_.lower() in _ADOPTING
             for o in x.children if o.dep_ == "dobj"]
    moved = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _MOTION_NOUNS]
    policies = [p for o in asked + moved for p in r.conjuncts(o, "Policy")]
    backers = r.conjuncts(subject(verb), "Actor")
    # "...; seconded by Councillor Abdi": the seconder of this motion, before any other motion the sentence names
    later = [t for t in verb.sent
             if t.i > verb.i and (t.lemma_.lower() in {"move", "motion"} or t.lower_ == "seconded")]
    if later and later[0].lower_ == "seconded":
        backers += [a for o in pobjs(later[0], {"by"}) for a in r.conjuncts(o, "Actor")]
    return [Fact(a, "supports", p, verb.i) for a in dict.fromkeys(backers) for p in policies]


#: Nouns for what one moves as a motion: "moved an amendment".
_MOTION_NOUNS = frozenset({"amendment", "resolution", "substitute"})


def moved_adoption(r: Reading, verb: Token) -> bool:
    """Whether "moved" puts a motion, by a person: "Councillor Tran moved to
    adopt ...", "moved an amendment"; not "the Council moved quickly to
    enact" (a body acting) nor "moved the forms online" (a place)."""
    mover = subject(verb)
    person = mover is not None and any(r.classes.get(a) == "Person" for a in r.conjuncts(mover, "Actor"))
    asks = any(x.dep_ == "xcomp" and x.lemma_.lower() in _ADOPTING for x in verb.children)
    puts = any(c.dep_ == "dobj" and c.lemma_.lower() in _MOTION_NOUNS for c in verb.children)
    return person and (asks or puts)


def programmes_held(r: Reading, verb: Token) -> list[Fact]:
    """"The Harbor Board also has two grant programs: the Clean Docks
    Program and the Safe Moorings Program", "The agency has a Fuel Dock
    Inspection Program": the named programmes a public body or an
    organisation is said to have, it runs. Only policies called by a name
    ("has several other agreements", "towns have parking programs" name
    none), and not where it is denied or idiomatic ("has the program in
    mind", "have the Act to rely on")."""
    if verb.lemma_.lower() != "have" or verb.pos_ not in {"VERB", "AUX"} or negated(verb) \
            or any(c.dep_ in {"xcomp", "ccomp", "advcl"} or c.dep_ == "prep" and c.lower_ in {"in", "on", "at"}
                   for c in verb.children):
        return []  # ("has to comply with", "have said that", "has the Program in mind", "... on their side")
    subj = subject(verb)
    # only a body runs a programme: "working families have the Earned Income Tax Credit" benefit from it
    holders = [k for k in r.conjuncts(subj, "Actor") if r.classes.get(k) in {"GovernmentBody", "Organisation"}] \
        if subj is not None else []
    objects = [o for c in verb.children if c.dep_ == "dobj" and not any(  # ("have the Act to rely on", "... to thank")
        a.dep_ in {"acl", "relcl"} and a.tag_ == "VB" and any(t.tag_ == "TO" for t in a.children) or a.dep_ == "prep"
        and a.lower_ in {"on", "in"} for a in c.children) for o in [c, *c.conjuncts, *listed_after_colon(c)]]
    policies = [k for o in objects for k in [r.key_at(o, "Policy")] if k and r.called_by_name(k)] if holders else []
    return [Fact(p, "issuedBy", a, verb.i) for p in dict.fromkeys(policies) for a in holders]


#: Rules read at every verb: what a policy does for someone and pacts
#: signed with someone need no relation cue.
VERB_RULES = (motions, targeted, parties, passed_chambers, permitted_under, bound_by, answered_recommendations,
              tasks_assigned, powers_granted, systems_used, enforcers, sanctioners, created_parts, included_parts,
              formed_parts, running_assigned, attributed_worries, with_respect_to, stance_in, aimed_against,
              called_judgement, concerns_held, charge_payers, dissenters, programmes_held)
#: Rules read at a verb that cues a relation (or "be"): most verbs cue nothing.
CUE_RULES = (effects, evaluations, issuers, owners_stated, stances, concerns_raised, parts)
#: Rules read over the whole segment: mentions, duties and list labels.
#: Titles of a legislator, as a bill's sponsor is written in brackets after it: "(Sen. Blackburn)".
_LEGISLATOR_TITLES = frozenset({"rep.", "rep", "representative", "sen.", "sen", "senator", "del.", "delegate",
                                "assemblymember", "assemblyman", "assemblywoman", "councilmember", "councilor"})


def bracketed_sponsors(r: Reading) -> list[Fact]:
    """"S. 3457 (Sen. Marsha Blackburn) would ...", "the Fans First Act (S.
    3457; Sen. Lujan)": a legislator named in brackets right after a bill
    is its sponsor, who introduced it."""
    facts = []
    for opening in (t for t in with_words(r.doc, {"("}) if t.i > 0):
        inside = list(itertools.takewhile(lambda t: t.text != ")", r.doc[opening.i + 1 : opening.i + 14]))
        # the bill before the bracket, or the one its number opens ("the Act (S. 3457; Sen. Lujan)")
        policy = r.key_at(r.doc[opening.i - 1], "Policy") or (r.key_at(inside[0], "Policy") if inside else "")
        if not policy:
            continue
        for i, tok in enumerate(inside):
            if tok.lower_ not in _LEGISLATOR_TITLES:
                continue
            # "(opposed by Sen. Cruz)", "(which Rep. Mace called a giveaway)": someone else's part; co-sponsors
            # listed with "and" are sponsors too ("(Rep. Moreau and Rep. Lam)")
            if any(t.is_alpha and not r.key_at(t, "Policy") and t.lower_ not in _LEGISLATOR_TITLES | {"and"}
                   and r.classes.get(r.key_at(t, "Actor")) != "Person" for t in inside[:i]):
                break
            person = next((k for t in inside[i + 1 : i + 5] for k in [r.key_at(t, "Actor")] if k), "")
            person = person or r.key_at(tok, "Actor")  # "Sen. Lujan" read as one name with its title
            if person and r.classes.get(person) == "Person":  # a sponsor makes and backs the bill (`issuers`)
                facts += [Fact(policy, "issuedBy", person, tok.i), Fact(person, "supports", policy, tok.i)]
    return facts


#: Words that end a bracketed note of who voted against a motion: "(Kowalczyk and Pereira opposed)".
_DISSENTING = frozenset({"opposed", "dissenting", "against", "no", "nay"})
#: Verbs of a motion's fate, whose bracket notes the dissent: "Carried 5-1 (Kowalczyk opposed)".
_DECIDED = frozenset({"carry", "pass", "adopt", "approve", "fail", "defeat"})


def dissents_recorded(r: Reading) -> list[Fact]:
    """"The amendment carried 4-2 (Kowalczyk and Pereira opposed)",
    "Carried 5-1 (Kowalczyk opposed)": minutes note who voted against a
    motion in brackets after its fate; they oppose the policy decided (the
    fate's subject, else the one a motion to adopt put just before). A vote
    against tabling, repealing or adjourning opposes no policy."""
    facts = []
    for closing in (t for t in with_words(r.doc, {")"})
                    if t.i >= 3 and r.doc[t.i - 1].lower_ in _DISSENTING):
        opening = next((t for t in reversed(r.doc[max(0, closing.i - 12) : closing.i]) if t.text == "("), None)
        sent = closing.sent
        fate = next((t for t in sent if t.lemma_.lower() in _DECIDED and t.i < closing.i), None)
        if opening is None or fate is None or any(t.is_alpha and t.lower_ not in _DISSENTING | {"and", "voting"}
                                                  and not t.is_title for t in r.doc[opening.i + 1 : closing.i]):
            continue
        voters = list(dict.fromkeys(k for t in r.doc[opening.i + 1 : closing.i] if t.pos_ == "PROPN"
                                    and t.lower_ not in r.lex.person_titles
                                    for k in [r.key_at(t, "Actor")] if r.classes.get(k) == "Person"))
        decided = subject(fate)
        # the policy the motion adopts: the fate's subject ("The amendment carried"), else the one a motion to adopt
        # moved just before in this paragraph ("... moved to adopt Ordinance 25-07. Carried 5-1"), nothing else
        policy = r.key_at(decided, "Policy") if decided is not None else ""
        moved = [f for t in r.doc if t.lemma_.lower() == "move" and t.i < fate.i for f in motions(r, t)]
        policy = policy or (moved[-1].object if moved and decided is None else "")
        facts += [Fact(v, "criticizes", policy, fate.i) for v in voters
                  if policy and not any(f.subject == v for f in moved)]
    return facts


SEGMENT_RULES = (possessive_issuers, issuing_modifiers, concern_targets, duty_facts, policy_links, letter_worries,
                 bracketed_sponsors, dissents_recorded)


def read(r: Reading) -> list[Fact]:
    """Every fact the rules read in one segment, in rule order."""
    facts: list[Fact] = []
    for tok in r.doc:
        if tok.pos_ in {"VERB", "AUX"}:
            for rule in VERB_RULES:
                facts += rule(r, tok)
            if tok.lemma_ == "be" or r.cue_lemmas(tok) & r.any_cue \
                    or tok.lemma_.lower() in _STANCE_READ_VERBS | _URGING | _NORM_SETTING_VERBS | {"cite"}:
                for rule in CUE_RULES:  # "call for" / "vote against" / "lobbied against" are read as stances
                    facts += rule(r, tok)
        if tok.pos_ == "ADJ":
            facts += subject_to(r, tok)
        if tok.pos_ in {"NOUN", "PROPN"}:
            facts += noun_stances(r, tok) + makers_named(r, tok) + roles_held(r, tok) + named_parts(r, tok) \
                + cosponsors_named(r, tok) + empowered(r, tok) + possessed_worries(r, tok) + dissenters(r, tok) \
                + running_owned(r, tok)
            if tok.lemma_.lower() in _NORM_NOUNS:
                facts += norms_held(r, tok)
    for rule in SEGMENT_RULES:
        facts += rule(r)
    return facts


# ------------------------------------------------------------ questions and answers
#: What a "who" question asks for when its verb is not an issuer's: "Who is
#: covered?", "Who must register?", "Who does the rule apply to?"
_TARGET_WORDS = {"cover", "affect", "apply", "qualify", "eligible", "subject", "benefit", "comply", "must", "need",
                 "require", "have"}


def is_question(doc: Doc) -> bool:
    """A block that is one short question ("Who enforces the rule?")."""
    return len(doc) <= 30 and text_of(doc).strip().strip("*").strip().endswith("?") and len(list(doc.sents)) == 1


def asked_role(q: Reading) -> tuple[str, str]:
    """(predicate, policy) a "who" question asks the answer to fill: "Who
    enforces it?" -> issuedBy of the main policy; "Who must register under
    the Clean Boats Rule?" -> evaluates of that rule. ("", "") for any other
    question."""
    who = next((t for t in q.doc if t.lower_ in {"who", "whom"}), None)
    if who is None:
        return "", ""
    verb = who.head if who.dep_ in _SUBJECTS else next((a for a in who.ancestors if a.pos_ in {"VERB", "AUX"}), who.head)
    policy = next((k for t in q.doc for k in [q.key_at(t, "Policy")] if k), "") or q.topic
    lemmas = {t.lemma_.lower() for t in q.doc}
    if who.dep_ == "nsubj" and verb.lemma_.lower() in q.lex.relation_cues["issuedBy"] and not passive(verb):
        return "issuedBy", policy
    if lemmas & (_TARGET_WORDS | q.lex.relation_cues["evaluates"]):
        return "evaluates", policy
    return "", ""


def asks_who_runs(q: Reading) -> str:
    """The policy a "how is it run" or "who runs it" question asks about
    ("How is the rule enforced?", "Who enforces the rule?"), or "":
    whoever the answer's first sentence has act runs it."""
    root = next(iter(q.doc.sents)).root if len(q.doc) else None
    if root is None or root.lemma_.lower() not in q.lex.relation_cues["issuedBy"]:
        return ""
    if any(t.lower_ == "how" for t in q.doc) and passive(root):
        asked = next((c for c in root.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    elif any(c.dep_ == "nsubj" and c.lower_ == "who" for c in root.children):
        asked = next((c for c in root.children if c.dep_ == "dobj"), None)
    else:
        return ""
    return q.policy_for(asked) if asked is not None else ""


def answered(q: Reading, a: Reading) -> list[Fact]:
    """An answer that opens with who ("Who enforces it?" / "The Harbor
    Commission.") fills the question's role. Only a first sentence without
    a verb of its own (a name, or "X does") is read this way: a full
    sentence is read by the other rules. After "How is the rule enforced?"
    the first sentence's subject ("The Harbor Patrol conducts checks")
    runs the rule."""
    first = next(iter(a.doc.sents), None)
    run_policy = asks_who_runs(q)
    if run_policy and first is not None and not negated(first.root):
        runners = [Fact(run_policy, "issuedBy", k, first.root.i) for s in first.root.children if s.dep_ == "nsubj"
                   for k in a.conjuncts(s, "Actor")]
        if runners:  # else the answer is a name alone ("The Harbor Commission."): read below
            return runners
    predicate, policy = asked_role(q)
    if not predicate or not policy or first is None:
        return []
    root = first.root
    if root.pos_ in {"NOUN", "PROPN"}:
        actors = a.conjuncts(root, "Actor")
    elif root.lemma_ in {"do", "be"} and not any(c.dep_ in {"dobj", "attr", "acomp", "xcomp"} for c in root.children):
        actors = [k for s in root.children if s.dep_ == "nsubj" for k in a.conjuncts(s, "Actor")]
    else:
        return []
    return [Fact(policy, predicate, actor, root.i) for actor in actors]
