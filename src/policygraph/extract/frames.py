"""Duty frames: what obligations, bans and recommendations name as conduct.

"Employers must keep records", "the rule requires landlords to register
units", "the law bans night-time deliveries", "students may not use phones",
"firms should disclose fees": the verb phrase under the duty is conduct
(a Behaviour), its subject is who owes it, and the subject of the duty verb
("the rule") is the policy that imposes it. General English grammar, not
vocabulary: the only words come from the ontology's obligation and
prohibition cues. Hands `Duty` records to the mention rules (the conduct
becomes a mention) and to the relation rules (performedBy, evaluates,
penalizes).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from ..names import last_sentence, looks_like_agent_noun, singular

#: Modal verbs that forbid when negated, and the negations that do it.
_MODALS = {"must", "shall", "may", "can", "should", "will"}
#: Verbs of being able, said of what one could not do whatever a rule says: "could not afford the fees".
_ABILITY_VERBS = frozenset({"afford", "tell", "meet", "see", "keep", "find", "know", "determine", "verify", "understand",
                            "compete", "survive", "get", "manage", "cope", "access", "reach", "obtain", "expect"})
#: Nouns for a policy proposed, whose effects are told with "would" and "could": "under the bill".
_PROPOSED = frozenset({"bill", "proposal", "measure", "legislation", "amendment", "draft"})
_NEGATIONS = {"not", "n't", "never"}
#: Instruments whose terms bind the parties to them, so that what one "will" do under them is owed: "Under the
#: settlement, the company will retain a monitor" (not "under the program, households will receive ...", a benefit).
BINDING_TERMS = frozenset({"settlement", "agreement", "decree", "order", "permit", "license", "licence", "undertaking"})
_PHRASE_DEPS = {"dobj", "dative", "prt", "attr", "acomp", "oprd", "compound"}
_CUT_DEPS = {"relcl", "advcl", "conj", "cc", "punct", "appos", "parataxis", "mark", "acl", "nsubj", "nsubjpass"}
_MAX_WORDS = 9
#: Modals of ability: "cannot" bans only where the article states it, not in a clause it reports.
_ABILITY_MODALS = {"can", "ca", "could"}
_REPORTED_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp"}
#: Words that complete a phrasal verb after its object ("turn the engine off").
_PARTICLE_ADVERBS = {"away", "back", "off", "out", "up", "down", "aside"}
#: Verbs of obeying a policy: "must comply with the Act" is a duty under the Act, no conduct of its own.
OBEYING_VERBS = frozenset({"comply", "adhere", "conform", "obey", "abide"})
#: Prepositions that set an exception apart from an act: "except in the harbour district".
_EXCEPTING = frozenset({"except", "excluding", "besides", "notwithstanding", "barring"})
#: Verbs whose thing given follows "with": "provide workers with a copy".
_SUPPLY_VERBS = {"provide", "furnish", "supply", "equip", "present", "issue"}


@dataclass(frozen=True, slots=True)
class Duty:
    """One duty stated in a sentence."""

    kind: str  # "obligation" | "prohibition" | "recommendation" | "penalty" | "reward"
    head: int  # token index of the conduct verb
    conduct: tuple[int, ...]  # tokens naming the conduct
    actor: int | None  # head token of who owes the duty, if stated
    policy: int | None  # head token of what imposes it ("the rule requires"), if stated


def conduct_phrase(verb: Token) -> tuple[int, ...]:
    """The verb with its particle and objects, without subject, auxiliaries,
    clauses or trailing adjuncts: "keep records of hours worked" stays whole,
    "pay workers promptly after each shift" becomes "pay workers".

    A verb with no object keeps its first prepositional phrase ("comply with
    the rule"); a declaring verb whose object is a clause keeps it
    (`_reported_object`: "disclose whether they own the ticket"). Over `_MAX_WORDS` words, only the verb, particle and the
    objects' head phrases remain. Words the parse leaves out between kept
    ones ("supply safe and clean drinking water") are filled in
    while the phrase stays short: a name is text the article contains. A
    phrase with fewer than two content words ("comply", "pay") names no
    conduct and gives nothing.
    """
    if _bare_before_shared(verb) is not None:
        return ()  # "repair" alone: named with the verb after it, which holds the object
    first = verb  # "must repair or replace broken windows", "repair, replace or remove ...": one act, the list's verbs
    while first.dep_ == "conj" and first.head.i != first.i and (held := _bare_before_shared(first.head)) is not None \
            and held.i == first.i:
        first = first.head
    if first is not verb:
        inner = conduct_phrase_of_own(verb)
        return tuple(range(first.i, inner[-1] + 1)) if inner and inner[0] == verb.i else inner
    return conduct_phrase_of_own(verb)


#: Prepositions that set an age limit on whom an act is done to ("under the age of 16").
_AGE_LIMITS = frozenset({"under", "over", "below", "above"})
#: Prepositions of where and by when an act on a pronoun is done: "keep it in a locked enclosure", "replace it within
#: 12 months".
_WHERE_AND_WHEN = frozenset({"in", "at", "on", "inside", "outside", "within", "by", "before", "after", "until", "during",
                             "near", "from"})
#: Nouns after "in" that say how, not where: "in accordance with", "in compliance with".
_MANNER_NOUNS = frozenset({"accordance", "compliance", "addition", "respect", "light", "view", "order", "case"})
#: Words opening a clause of when or where an act is done ("spray when the wind exceeds 10 km/h").
_WHEN_WORDS = frozenset({"when", "while", "where", "whenever", "wherever"})
#: Verbs of a rule starting or ending ("when the rule takes effect", "comes into force", "begins", "expires").
_STARTING_VERBS = frozenset({"take", "come", "begin", "start", "expire", "end", "launch", "commence", "lapse"})
def _rule_starting(clause: Token) -> bool:
    """"when the rule takes effect", "when it comes into force": a clause of
    the rule starting or ending says when a duty applies, not which act it is
    ("when children come within 30 metres" does)."""
    return clause.lemma_.lower() in _STARTING_VERBS and any(
        s.dep_ in {"nsubj", "nsubjpass"} and (s.lower_ in {"it", "this"} or s.lemma_.lower() in DUTY_NOUNS | _STARTING)
        for s in clause.children)


#: Nouns a rule is called by when it starts: "when the ordinance takes effect".
_STARTING = frozenset({"rule", "law", "act", "ban", "ordinance", "regulation", "policy", "scheme", "requirement"})


#: Verbs of duties that take no object: "must register and pay a fee" are two acts.
_INTRANSITIVE_DUTIES = frozenset({"register", "comply", "apply", "enroll", "enrol", "participate", "cooperate",
                                  "respond", "qualify", "reside", "appear", "consent", "agree", "wait", "reapply"})


def _bare_before_shared(verb: Token) -> Token | None:
    """The verb right after "or" / "and" that holds the object a bare verb
    before it shares ("repair or replace broken windows" -> "replace"), or
    None."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in {"or", "and", ","}:
        return None  # ("eat, smoke or vape on vehicles": a list's bare first verb shares what its last one holds)
    if any(c.dep_ in _PHRASE_DEPS or c.dep_ == "prep" for c in verb.children if c.i > verb.i) \
            or verb.lemma_.lower() in _INTRANSITIVE_DUTIES:
        return None  # ("register and pay an annual fee": registering takes no fee)
    after = doc[verb.i + 2]
    if after.head.i == verb.i and after.dep_ == "conj" and after.tag_ == verb.tag_ \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in after.children):
        return after
    return None


#: Verbs that go on doing what their -ing form names: "keep supporting records", "continue paying wages".
_CONTINUING_VERBS = frozenset({"keep", "continue", "resume"})


def _continued(verb: Token) -> tuple[int, ...]:
    """"keep supporting records", "continue paying wages": a verb of going
    on, with no object of its own and its -ing form right after it, names
    the act with that form and its object; () otherwise."""
    if verb.lemma_.lower() not in _CONTINUING_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return ()
    going_on = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
    inner = conduct_phrase_of_own(going_on) if going_on is not None else ()
    return tuple(range(verb.i, inner[-1] + 1)) if inner and inner[0] == going_on.i else ()


def _had_done(verb: Token) -> list[int]:
    """"- have those emissions checked by a verifier": in a list item alone,
    the parse may read "have" as the helper of the participle whose subject
    follows it; the act runs to its participle and a short "by" phrase (not
    what befalls them: "have their permits revoked"). (Read as well where
    the parse makes the participle a clause of "have", it cost a never-read
    probe two wrong relations and helped nowhere: dropped.)"""
    done = verb.head
    if verb.lemma_.lower() != "have" or verb.dep_ != "aux" or done.tag_ != "VBN" or not 0 < done.i - verb.i <= 6 \
            or done.lemma_.lower() in _BEFALLING:
        return []
    between = any(s.dep_ == "nsubj" and verb.i < s.i < done.i for s in done.children)
    return list(range(verb.i, _by_whom(done) + 1)) if between else []


def _by_whom(done: Token) -> int:
    """Where a participle's act ends: after its "by" phrase when that keeps
    the act short ("have their emissions checked by an accredited verifier")."""
    agent = next((c for c in done.children if c.dep_ == "agent"), None)
    return agent.right_edge.i if agent is not None and agent.right_edge.i - done.i <= 4 else done.i


def conduct_phrase_of_own(verb: Token) -> tuple[int, ...]:
    """`conduct_phrase` for one verb alone."""
    if continued := _continued(verb):
        return continued
    if had_done := _had_done(verb):
        return tuple(had_done)
    keep = [verb.i, *_joined_prefix(verb)]
    objects = [c for c in verb.children if c.dep_ in _PHRASE_DEPS
               and not (c.i < verb.i and c.dep_ in {"dobj", "dative", "attr", "oprd"})]  # "which" before it: a misparse
    if not any(c.dep_ in {"dobj", "attr", "acomp", "oprd"} for c in verb.children):
        if reported := _reported_object(verb):  # "demonstrate that the unit is their residence, except in ...":
            return tuple(sorted(set(keep) | set(reported)))  # the clause says what
        # (an exception is no part of the act: "comply, except in an emergency")
        objects += [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ not in _EXCEPTING][:1]
        if not objects:  # "anchoring overnight", "driving recklessly": how or when says which act
            keep += [c.i for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1 and c.is_alpha
                     and not c.is_stop and c.lower_ not in _NEGATIONS]
        if len(keep) == 1:  # "must not spray when wind speed exceeds 10 km/h": the time or place says which act
            # (not when the duty starts: "must register when the rule takes effect in May")
            objects += [c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1
                        and c.left_edge.head.i == c.i and c.left_edge.lower_ in _WHEN_WORDS
                        and not _rule_starting(c) and len(list(c.subtree)) <= 10][:1]
    elif verb.lemma_.lower() in _SUPPLY_VERBS:  # "provide tenants with a written notice": what is given is the point
        objects += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i][:1]
    else:  # "put their phones away": the parse calls the particle after the object an adverb
        keep += [c.i for c in verb.children if c.dep_ == "advmod" and c.lower_ in _PARTICLE_ADVERBS and c.i > verb.i]
    # "employ anyone under the age of 16", "sell tobacco to customers over the age of 18": an age limit says who
    objects += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AGE_LIMITS and c.i > verb.i and objects
                and any(o.lemma_.lower() == "age" for o in c.children if o.dep_ == "pobj")][:1]
    if objects and all(o.pos_ == "PRON" for o in objects):
        # "must replace it within 12 months", "mow and clear them each year by May 1": a pronoun says not what is done
        # to; when and by what time do
        # where: "keep it in a locked enclosure", "leash it in public" (not why or under what: "display it under
        # Section 4", "renew it in accordance with ...")
        objects += [c for c in verb.children if c.i > verb.i and (
            c.dep_ == "prep" and c.lower_ in _WHERE_AND_WHEN and not any(
                o.lemma_.lower() in _MANNER_NOUNS for o in c.children if o.dep_ == "pobj")
            or c.dep_ == "npadvmod")][:2]
    if verb.lemma_.lower() in _RESULT_VERBS:  # "make enforcement harder": what it makes of its object
        objects += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and c.i > verb.i][:1] \
            if not objects else []
        end = max([verb.i, *(o.right_edge.i for o in objects)])
        if objects:
            objects += [c for c in verb.children if c.tag_ in {"JJR", "RBR", "JJ"} and c.i == end + 1]
    # "have their plan certified", "get their boats inspected": what they have done to the object is the act
    # (not what befalls them: "have their permits revoked")
    done = [a for o in objects if o.dep_ == "dobj" and verb.lemma_.lower() in {"have", "get"} for a in o.children
            if a.dep_ in {"acl", "oprd", "ccomp"} and a.tag_ == "VBN" and a.i == max(_subtree(o)) + 1
            and a.lemma_.lower() not in _BEFALLING]
    keep += [a.i for a in done]
    # "turn a gift into an assumption", "charge fees above the cap": what completes the act, right after its object
    end = max([verb.i, *(o.right_edge.i for o in objects)])
    objects += [c for c in verb.children if c.dep_ == "prep" and c.i == end + 1 and (
        c.lower_ in _LIMIT_PREPS or c.lower_ == "into" and verb.lemma_.lower() in _TURNING_VERBS)]
    # "revoke a license without a hearing", "operate without a permit": done without what it needs, another act
    objects += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "without" and c.i > verb.i
                and c not in objects and len(list(c.subtree)) <= 6]
    for child in objects:
        keep += _subtree(child)
    toks = sorted(set(keep))
    cut = len(toks) > _MAX_WORDS
    if cut:  # keep the verb, particle and the head phrase of each object
        toks = sorted({verb.i} | {c.i for c in verb.children if c.dep_ == "prt"}
                      | {t.i for c in objects for t in _head_phrase(c)}
                      # "spend more than an average of $8,009": a comparison keeps what it is measured against
                      | {t.i for c in objects if c.tag_ in {"JJR", "RBR"} for p in c.children
                         if p.dep_ == "prep" and p.lower_ == "than" for t in _head_phrase(p)})
    toks = [i for i in toks if not verb.doc[i].is_punct or verb.doc[i].text == "-"]
    if toks and toks[-1] - toks[0] < _MAX_WORDS + 3:  # "supply safe and clean drinking water": say it whole
        toks = list(range(toks[0], toks[-1] + 1))
    while cut and len(toks) > 1 and verb.doc[toks[-1]].pos_ in _DANGLING and verb.doc[toks[-1]].dep_ != "prt":
        toks.pop()  # "reallocate the quota to": a cut phrase's "to" (a particle stays: "turn their engines off")
    if _content_words(verb, up_to_gap(toks)) >= 2:  # a phrase the article says, when it still names the conduct
        return tuple(up_to_gap(toks))
    if _content_words(verb, toks) >= 2:
        return tuple(toks)
    return _reported_object(verb)


#: What is done to someone's things as a sanction or loss: "have their permits revoked", "get their cars impounded".
_BEFALLING = frozenset({"revoke", "suspend", "cancel", "seize", "deny", "impound", "terminate", "confiscate", "reject",
                        "withdraw", "withhold", "cut", "freeze", "tow", "steal", "damage", "destroy"})
#: Verbs that turn their object into something else: "turns a gift into an assumption" ("dump grease into drains" is
#: a place).
_TURNING_VERBS = frozenset({"turn", "convert", "transform", "force", "pressure", "coerce"})
#: Verbs that say what they make of their object: "make enforcement harder", "leave families worse off".
_RESULT_VERBS = frozenset({"make", "render", "leave"})
#: Prepositions of a limit passed: "above the cap", "beyond the 14th hour", "below the minimum".
_LIMIT_PREPS = frozenset({"above", "below", "beyond"})


def _joined_prefix(verb: Token) -> list[int]:
    """"pre-selecting": a short prefix the tokenizer split off at its
    hyphen belongs to the verb (`nlp.VERB_PREFIXES` keeps only "re-" whole)."""
    doc, i = verb.doc, verb.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ \
            and doc[i - 2].is_alpha and doc[i - 2].is_lower and len(doc[i - 2]) <= 5:
        return [i - 2, i - 1]
    return []


def letting_phrase(verb: Token) -> tuple[int, ...]:
    """"let customers set deposit limits", "help small farms buy
    equipment": a verb of letting or helping with no object of its own is
    named with the clause it lets happen; () otherwise."""
    if verb.lemma_.lower() not in _LETTING_WORDS:
        return ()
    let = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VB"
                and any(s.dep_ == "nsubj" for s in c.children)), None)
    inner = conduct_phrase(let) if let is not None else ()
    toks = tuple(range(verb.i, inner[-1] + 1)) if inner and inner[-1] > verb.i else ()
    return toks if len(toks) <= _MAX_WORDS + 3 else ()


#: Verbs of letting or helping someone do something.
_LETTING_WORDS = frozenset({"let", "help", "allow", "permit", "enable"})


def _nested_infinitives(clause: Token) -> list[Token]:
    """Other duties of the same doer that the parse hangs inside the duty's
    clause: the later items of a list of infinitives each with its own "to",
    and an infinitive with "to" joined to a bare one it cannot stand beside
    ("to let customers set limits and to display a number")."""
    own_to = lambda v: to_infinitive(v) and _subject(v) is None
    # "to obtain a license, to verify that ..., and to confirm that ...": the parse may make the second a clause
    # of the first and hang the third on it; a list only when a third follows ("..., to make travel fairer" is
    # a purpose)
    listed = [c for c in clause.children if c.dep_ == "advcl" and own_to(c)
              and c.left_edge.i > 0 and clause.doc[c.left_edge.i - 1].text == ","
              and any(x.i > c.i and own_to(x) for x in c.conjuncts)]
    # an infinitive with "to" joined to an inner verb without one can only stand beside the duty's own: "to let
    # customers set limits and to display a number" (but "to help patients to quit smoking and to lose weight" is
    # the patients' act)
    parallel = [c for c in clause.subtree if c.dep_ == "conj" and own_to(c)
                and c.head.dep_ in {"xcomp", "ccomp"} and c.head.head.i == clause.i
                and not to_infinitive(c.head)]
    # an infinitive with "to" joined to a gerund or participle can only stand beside the duty's own too: "to
    # complete an assessment before offering a tool and to file it", "to pay the minimum wage for all hours worked
    # and to pay overtime" (the parse may join it to a participle it makes the cue's)
    sidelined = [c for c in clause.doc[clause.i + 1 : clause.sent.end] if c.dep_ == "conj" and own_to(c)
                 and c.head.tag_ in {"VBG", "VBN", "VBD"} and not to_infinitive(c.head) and c not in parallel
                 and (c.head in clause.subtree or c.head.dep_ == "conj" and c.head.head == clause.head
                      and c.head.tag_ != "VBG")]
    return parallel + sidelined + [v for c in listed for v in [c, *(x for x in c.conjuncts if x.i > c.i and own_to(x))]]


def handed_phrase(verb: Token) -> tuple[int, ...]:
    """"require workers to skip rest breaks": a duty handed on, named with
    what is handed (under a ban, the handing is the banned act)."""
    handed = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VB"), None)
    own = conduct_phrase(verb)
    inner = conduct_phrase(handed) if handed is not None else ()
    if not own or not inner:
        return own
    toks = tuple(range(min(own[0], inner[0]), max(own[-1], inner[-1]) + 1))
    return toks if len(toks) <= _MAX_WORDS + 3 else own


#: Parts of speech that never end a conduct phrase: a preposition, article or conjunction left by a cut.
_DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART"})
#: Words that open a clause a verb can take as its object: "disclose whether ...", "verify that ...".
_OBJECT_CLAUSE_MARKS = {"whether", "if", "that", "how", "what", "when", "where", "why", "which", "who"}
#: Verbs of declaring or attesting, whose clause is what is declared: conduct a rule can require
#: ("disclose whether ...", "certify that ..."); "ensure that ..." and "assess whether ..." name an aim.
_DECLARING_VERBS = {"disclose", "report", "notify", "inform", "certify", "verify", "attest", "assure", "confirm",
                    "state", "indicate", "document", "demonstrate", "explain", "tell", "reveal", "specify", "show",
                    "misrepresent", "misstate", "conceal", "hide"}  # (telling falsely or hiding, "misstate how")


def _reported_object(verb: Token) -> tuple[int, ...]:
    """A verb whose object is a clause: "disclose whether they own the
    ticket", "verify that workers are paid": the verb with the clause up to
    its own object, when that stays short."""
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children) or verb.lemma_.lower() not in _DECLARING_VERBS:
        return ()
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        opener = clause.doc[clause.left_edge.i]
        if opener.lower_ not in _OBJECT_CLAUSE_MARKS or opener.i != verb.i + 1:
            continue
        # ("how it collects, uses or anonymizes data": the clause's verbs share the object after the last)
        # (the parse may hang them on the declaring verb, in the clause's tense, not its own)
        verbs = [clause, *(v for v in clause.conjuncts if v.i > clause.i and v.pos_ == "VERB")]
        verbs += [v for c in verb.children if c.dep_ == "conj" and c.i > clause.i and c.tag_ == clause.tag_ != verb.tag_
                  for v in [c, *c.conjuncts] if v.i > clause.i and v not in verbs]
        # (not a verb with its own modal or subject: "disclose how they collect data and must delete it")
        # (nor when the first verb has its own object: "how they collect data and delete it" is two acts)
        shared = not any(c.dep_ == "dobj" for c in clause.children)
        verbs = [clause] + [v for v in verbs[1:] if shared and not any(c.dep_ in {"aux", "nsubj", "nsubjpass"}
                                                                        for c in v.children)]
        end = max([v.i for v in verbs] + [i for v in verbs for o in v.children
                                          if o.dep_ in {"dobj", "attr", "acomp", "prt"} and o.i > v.i
                                          for i in _subtree(o)])
        toks = list(range(verb.i, end + 1))
        while toks and verb.doc[toks[-1]].is_punct:
            toks.pop()
        if len(toks) <= _MAX_WORDS + 3 and _content_words(verb, toks) >= 2:
            return tuple(toks)
    return ()


def _content_words(verb: Token, tokens: list[int]) -> int:
    """Words that say what is done: not stop words, except the verb itself
    ("make payments", "using scripts"), unless it is a light verb ("have")."""
    doc = verb.doc
    return sum(1 for i in tokens if _is_word(doc[i]) and (
        not doc[i].is_stop or i == verb.i and verb.lemma_.lower() not in _LIGHT_VERBS))


def _is_word(tok: Token) -> bool:
    """Letters, or letters joined by hyphens ("re-inspect", "15-year-olds"),
    or a number ("work before 7 a.m.": the hour says which conduct)."""
    return tok.is_alpha or tok.like_num or "-" in tok.text and all(
        part.isalpha() or part.isdigit() for part in tok.text.split("-")) and any(c.isalpha() for c in tok.text)


def up_to_gap(toks: list[int]) -> list[int]:
    """The tokens up to the first skipped word: "evict a tenant without one of
    twelve just causes" is "evict a tenant", never "evict a tenant just
    causes", which the article does not say.

    >>> up_to_gap([3, 4, 5, 9, 10])
    [3, 4, 5]
    """
    for n in range(1, len(toks)):
        if toks[n] != toks[n - 1] + 1:
            return toks[:n]
    return toks


#: Longest alternative name kept for one piece of conduct, in tokens.
_MAX_VARIANT = 40
#: Where a conduct phrase can be cut short: before a prepositional phrase or
#: a clause that qualifies it (and before a second coordinated verb).
_PREFIX_CUT_DEPS = {"prep", "relcl", "advcl", "acl", "mark", "appos"}
#: "failed to register", "refused to repair": the failure is the conduct.
_FAILURE_VERBS = {"fail", "refuse", "neglect"}
_NO_FINAL_POS = {"ADP", "SCONJ", "CCONJ", "DET", "PART", "PUNCT", "ADV"}
_MAX_PREFIX_TOKENS = 16
#: Verbs that say little by themselves ("have the capability", "do so").
_LIGHT_VERBS = {"have", "be", "do", "get", "go", "become", "seem"}


def phrase_variants(head: Token) -> list[tuple[int, ...]]:
    """Other spans of the sentence that name the same conduct, longest first:
    the whole predicate as written ("post their grade in the lobby"), the
    verb with its objects' full phrases ("report the number of confiscations
    and referrals"), the verb with its objects and first prepositional phrase,
    and the object's own noun phrase ("monthly progress reports"). Readers name
    conduct by any of these, so they become alternative labels of the one
    entity; each is contiguous text the article contains.
    """
    doc = head.doc
    # (a coordinated verb from where its clause starts: "provide water, to maintain a plan" ends before "to")
    coordinated = [c.i if c.dep_ == "cc" else c.left_edge.i for c in head.children if c.i > head.i
                   and (c.dep_ == "cc" or c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    # ", while the union praised ...": a contrasting clause after a comma says something else
    coordinated += [c.left_edge.i for c in head.children if c.i > head.i and c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in _CONTRASTS for m in c.children)]
    # "hire a monitor, to keep a log, and to report": the next duty of a list the parse reads as a purpose
    coordinated += [c.left_edge.i for c in head.children if c.i > head.i and c.dep_ == "advcl"
                    and c.left_edge.lower_ == "to" and doc[c.left_edge.i - 1].text == ","]
    # ", except in cases where ...": an exception is no part of any name of the act
    coordinated += [t.i for t in head.subtree if t.i > head.i and t.dep_ == "prep" and t.lower_ in _EXCEPTING]
    # "(placed calls), in violation of the Act": how the act stands to a policy is no part of it
    coordinated += [t.i - (doc[t.i - 1].text == ",") for t in head.subtree if t.i > head.i and t.lower_ == "in"
                    and any(in_breach_of(o) for o in t.children)]
    stop = min(coordinated, default=head.right_edge.i + 1)
    start = head.i if head.pos_ in {"VERB", "AUX"} else head.left_edge.i  # a noun keeps its modifiers
    spans = [_contiguous(doc, [t.i for t in head.subtree if start <= t.i < stop])]
    first = head
    while first.dep_ == "conj" and first.head.pos_ == "VERB" and not any(c.dep_ == "dobj" and c.i < first.i
                                                                          for c in first.head.children) \
            and not to_infinitive(first):  # ("..., and to pay overtime": its own "to" shares nothing before it)
        first = first.head  # "opening or reading letters": the verbs share the object (one the parse hangs on the
        # first verb after the second's is the second's: "request or accept money ..., the filing fees")
    if first is not head:
        spans.append(_contiguous(doc, list(range(first.i, spans[0][-1] + 1)) if spans[0] else []))
    if head.dep_ == "xcomp" and head.head.lemma_ in _FAILURE_VERBS and spans[0]:  # "failed to meet the standards"
        spans.append(_contiguous(doc, list(range(head.head.i, spans[0][-1] + 1))))
    spans += [cut for whole in list(spans) for cut in boundary_prefixes(doc, whole, head)]
    if head.pos_ in {"VERB", "AUX"}:
        objects = [c for c in head.children if c.dep_ in _PHRASE_DEPS and head.i < c.i < stop]
        for obj in (c for c in objects if c.dep_ == "dobj"):  # "evict a tenant", "pay relocation assistance"
            spans.append(_contiguous(doc, list(range(head.i, obj.i + 1))))
        particle = [c.i for c in head.children if c.dep_ == "prt" and c.i == head.i + 1]
        if particle:  # "shut out a disabled boater": the phrasal verb alone names the act ("shut out")
            spans.append((head.i, *particle))
        own = [head.i] + [t.i for c in objects for t in c.subtree]
        spans.append(_contiguous(doc, own))
        first_prep = [c for c in head.children if c.dep_ == "prep" and head.i < c.i < stop][:1]
        spans.append(_contiguous(doc, own + [t.i for c in first_prep for t in c.subtree]))
        for obj in (c for c in objects if c.dep_ == "dobj"):
            spans += [_contiguous(doc, [t.i for t in obj.subtree]), _contiguous(doc, _subtree(obj))]
    before = doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.head == head and before.dep_ == "advmod" and done_how(before):
        # "lenders that knowingly exceed the cap", "must closely observe new workers": the act is often named as done so
        spans += [(before.i, *span) for span in list(spans) if span and span[0] == head.i]
    out = []
    for span in spans:
        bracket = next((n for n, i in enumerate(span) if n and doc[i].text in {"(", "["}), None)
        span = span[:bracket] if bracket is not None else span  # "... from buyers (Section 4 of the Code)": a citation
        while span and (doc[span[-1]].pos_ == "CCONJ" or doc[span[-1]].is_punct):
            span = span[:-1]  # "flying at night without lights and ignoring ...": the "and" leads to the next act
        if len([i for i in span if doc[i].is_alpha]) >= 2 and len(span) <= _MAX_VARIANT and span not in out:
            out.append(span)
    return out


#: Adverbs of the state of mind or frequency an act is done in, which readers keep in its name.
_STATES_OF_MIND = frozenset({"knowingly", "willfully", "wilfully", "intentionally", "deliberately", "recklessly",
                             "negligently", "repeatedly", "fraudulently", "falsely", "unlawfully", "illegally"})
#: "-ly" adverbs that say how sure, how often or when something is said, not how an act is done.
_SENTENCE_ADVERBS = frozenset({"generally", "typically", "usually", "currently", "previously", "recently", "only",
                               "really", "simply", "merely", "likely", "probably", "possibly", "reportedly", "allegedly",
                               "actually", "largely", "mostly", "primarily", "partly", "initially", "finally",
                               "eventually", "subsequently", "additionally", "similarly", "ultimately", "apparently",
                               "certainly", "clearly", "especially", "particularly", "specifically", "newly"})


def done_how(adverb: Token) -> bool:
    """Whether an adverb says how an act is done, so that readers keep it in
    the act's name ("knowingly exceed the cap", "closely observe new
    workers", "immediately report the breach"): a state of mind, or a
    manner adverb in "-ly" that is not a hedge or a time of saying
    ("generally", "currently", "only").

    >>> from spacy.lang.en import English
    >>> [done_how(t) for t in English()("closely currently knowingly soon")]
    [True, False, True, False]
    """
    word = adverb.lower_
    return word in _STATES_OF_MIND or word.endswith("ly") and len(word) > 4 and word not in _SENTENCE_ADVERBS


#: Subordinators of a contrasting clause: "..., while critics say ...".
_CONTRASTS = {"while", "whereas", "although", "though"}


def boundary_prefixes(doc: Doc, span: tuple[int, ...], head: Token) -> list[tuple[int, ...]]:
    """The span cut where a final qualifying phrase or clause starts, again
    and again from the right: "pay wages to each worker | who applies | until
    the season ends" gives "pay wages to each worker who applies" and "pay
    wages to each worker"; a final time phrase ("every month") is cut too. A
    reader names conduct at any of these lengths; each cut drops whole
    constituents that end the span, never part of one nor of a proper name,
    and a cut short name stays short (at most 16 tokens).
    """
    out: list[tuple[int, ...]] = []
    end = span[-1] if span else -1
    while span:
        peel = [t.left_edge.i for t in doc[head.i + 1:end + 1]
                if t.right_edge.i >= end and span[0] <= t.left_edge.i and t.left_edge.i > head.i
                and not _inside_a_name(t)
                and (t.dep_ in _PREFIX_CUT_DEPS or t.dep_ == "npadvmod" and t.head.pos_ in {"VERB", "AUX"}
                     or t.dep_ in {"conj", "cc"} and t.head.pos_ in {"VERB", "AUX"}
                     or t.dep_ in {"conj", "cc"} and t.head.pos_ == "NOUN" and _alternatives(t.head))]
        # ("place phones in a pouch | or a caddy": a reader may name the act by its first alternative)
        if not peel:
            break
        toks = list(range(span[0], max(peel)))
        while toks and doc[toks[-1]].pos_ in _NO_FINAL_POS and doc[toks[-1]].dep_ != "prt":
            toks.pop()  # never end on "and", "of", "prior" or a comma (a particle ends "keep phones powered off")
        if not toks or toks[-1] <= head.i and len(toks) < 2:
            break
        end = toks[-1]
        if len(toks) <= _MAX_PREFIX_TOKENS:
            out.append(_contiguous(doc, toks))
    return out


def _inside_a_name(prep: Token) -> bool:
    """Whether a prepositional phrase continues a proper name: "Office | of
    Sustainability" (not "Section 4 | of the Act", a part of something named)."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.pos_ == "PROPN" and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and not any(d.dep_ == "det" for d in o.children) for o in prep.children)


def _alternatives(noun: Token) -> bool:
    """Whether a noun is joined to others by "or": "a pouch or a caddy"."""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in noun.children)


def _contiguous(doc: Doc, tokens: list[int]) -> tuple[int, ...]:
    """The tokens as one unbroken span without edge punctuation; () if the
    parse leaves a gap (the span would not be text the article contains)."""
    toks = sorted(set(tokens))
    while toks and doc[toks[-1]].is_punct:
        toks.pop()
    while toks and (doc[toks[0]].is_punct or doc[toks[0]].dep_ in {"det", "predet"}):
        toks.pop(0)
    if not toks or toks[-1] - toks[0] + 1 != len(toks):
        return ()
    return tuple(toks)


#: Nouns that say little without what they are to: "access to credit", "exposure to lead".
_TO_NOUNS = frozenset({"access", "exposure", "harm", "damage", "injury", "threat", "barrier", "right", "entitlement"})


def _head_phrase(tok: Token) -> list[Token]:
    """A noun with its left modifiers ("free cooking facilities"); a
    preposition with that of its object ("with three meals")."""
    if tok.dep_ == "prep":
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        return [tok, *(t for o in objs[:1] for t in _head_phrase(o))]
    return [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"det", "poss", "predet", "punct"}]


def _subtree(tok: Token) -> list[int]:
    """The phrase under an object, without the prepositional phrases that
    qualify its noun ("reasons for denial" is "reasons"), except "of"
    ("statement of reasons") and a limit passed ("commissions above the
    cap"): the shortest phrase that says what is done."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t.i)
        stack += [c for c in t.children if c.dep_ not in _CUT_DEPS
                  and not (c.dep_ == "prep" and t.pos_ in {"NOUN", "PROPN"} and c.lower_ != "of"
                           and not (c.lower_ in _LIMIT_PREPS and c.i == t.i + 1)
                           and not (c.lower_ == "to" and t.lemma_.lower() in _TO_NOUNS))]
        if t.pos_ == "ADP" and not any(c.dep_ in {"pobj", "pcomp"} for c in t.children):
            # "work on or near conveyors": a preposition sharing the next one's object keeps it
            stack += [c for c in t.children if c.dep_ == "cc" or c.dep_ == "conj" and c.pos_ == "ADP"]
    return out


def with_lemmas(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The words of `doc` with one of `lemmas` (lower case), in order: rules
    that read one construction look only at its words, from an index made
    once per parsed text, instead of each walking the whole text."""
    index = _positions(doc, "pg_lemmas", LEMMA)
    return [doc[i] for i in sorted(i for lemma in lemmas for i in index.get(lemma, ()))]


def _positions(doc: Doc, name: str, attribute: int) -> dict[str, list[int]]:
    """Where each value of a word's `attribute` (lower case) stands in
    `doc`, made once per parsed text and kept under `name` (positions, not
    tokens: no token keeps its text alive from the index)."""
    index = doc.user_data.get(name)
    if index is None:
        index = doc.user_data[name] = defaultdict(list)
        strings = doc.vocab.strings
        for i, value in enumerate(doc.to_array(attribute).tolist()):  # (no Token made for each word)
            index[strings[value].lower()].append(i)
    return index


def with_words(doc: Doc, words: Collection[str]) -> list[Token]:
    """The words of `doc` written as one of `words` (lower case), in order:
    `with_lemmas` for rules that test the form, not the lemma ("concerned"
    is lemmatised "concern" or "concerned" by its tag)."""
    index = _positions(doc, "pg_words", LOWER)
    return [doc[i] for i in sorted(i for word in words for i in index.get(word, ()))]


def _negated(tok: Token) -> bool:
    """Whether a word is denied ("not", "no longer", "nor", "nothing ...").
    Asked of the same words by many rules, so kept per parsed text (the
    parse is final by the time rules read it)."""
    seen = tok.doc.user_data.setdefault("pg_negated", {})
    if tok.i not in seen:
        seen[tok.i] = any(c.dep_ == "neg" or c.lower_ in _NEGATIONS or no_longer(c) for c in tok.children
                          if c.dep_ in {"neg", "advmod"}) or after_nor(tok) or denied_by_subject(tok)
    return seen[tok.i]


def denied_above(verb: Token) -> bool:
    """Whether a verb, or one whose clause holds it, is denied: "does not
    suggest that the insurance itself is unlawful"."""
    return any(_negated(v) for v in [verb, *verb.ancestors] if v.pos_ in {"VERB", "AUX"})


def denied_by_subject(verb: Token) -> bool:
    """"Nothing in the Act prohibits X", "No provision requires Y", "None
    of the rules bans Z": a subject that is no one and nothing denies the
    verb. ("No landlord may deny housing" forbids: a modal's duty, read by
    `modal_duties`.)"""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in _NO_ONE or any(
        d.dep_ == "det" and d.lower_ in {"no", "neither"} for d in c.children)) for c in verb.children)


#: Subjects that are no one and nothing.
_NO_ONE = {"nothing", "none", "neither", "nobody", "no-one"}


def after_nor(tok: Token) -> bool:
    """"does not require X, nor does it bar Y": a clause joined by "nor"
    is denied as the one before it is (the parser hangs "nor" on the first)."""
    if tok.dep_ != "conj":
        return False
    joins = [c for c in (*tok.head.children, *tok.children) if c.dep_ in {"cc", "preconj"} and c.i < tok.i]
    return bool(joins) and max(joins, key=lambda c: c.i).lower_ == "nor"  # the nearest: ", and X bans ..." is not


def no_longer(tok: Token) -> bool:
    """"no longer" (and "not any longer"): what was done has stopped."""
    return tok.lower_ == "longer" and any(c.lower_ in {"no", "not"} for c in tok.children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; in "Lenders subject to the rule must keep records"
    the parse makes "subject" the clause's subject and "Lenders" its own:
    the noun, not the adjective, is who must."""
    found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if found is None:
        found = next((s for c in verb.children if c.dep_ == "csubj" and c.pos_ == "ADJ"
                      for s in c.children if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}), None)
    return found


def _clause_doer(verb: Token) -> Token | None:
    """The subject, or for "owners who fail to register" the noun the
    relative clause hangs on."""
    subject = _subject(verb)
    if subject is not None and subject.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
        return verb.head
    return subject


def has_no_determiner(subject: Token | None) -> bool:
    """"No employer may ...": a negative determiner forbids."""
    return subject is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


#: Reward and penalty cues that say something went up or down: what they
#: change is a standing ("lowers the score"), so what they take as object is
#: no conduct rewarded or penalised ("reduces tax evasion" is an effect).
CHANGE_VERBS = frozenset({"reduce", "lower", "decrease", "cut", "increase", "raise", "boost", "improve", "lift",
                          "enhance", "add", "deduct", "damage", "harm", "hurt"})
#: What a scheme raises or lowers when it rewards or penalises: someone's standing.
_STANDING_NOUNS = {"score", "rating", "grade", "point", "credit", "rank", "ranking", "standing", "status", "tier",
                   "level", "record", "reputation", "star", "mark"}


def changes_standing(verb: Token) -> bool:
    """Whether a change verb says someone's standing went up or down ("can
    improve one's score", "lowers a firm's rating", "adds points") rather
    than any quantity ("reduce total funding", "reduce the burden"): only
    then is what brought it about rewarded or penalised.

    >>> import spacy
    >>> changes_standing(spacy.blank("en")("reduce")[0])
    False
    """
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(singular(o.lower_) in _STANDING_NOUNS or o.lemma_.lower() in _STANDING_NOUNS for o in objects)

#: Marks of a clause that states a condition ("if a driver runs a red light").
_CONDITIONS = {"if", "when", "whenever", "once"}
#: Marks of a clause whose content is only supposed.
_HYPOTHETICAL = _CONDITIONS | {"unless", "until", "while"}


def in_condition(verb: Token) -> bool:
    """Whether a clause sits inside a condition ("when couriers cannot find
    a bay, ..."): what it says is supposed, not required or forbidden."""
    tok, hops = verb, 0
    while tok.dep_ != "ROOT" and tok.head is not tok and hops < 6:
        if _is_condition(tok) or _continues_condition(tok):
            return True
        tok, hops = tok.head, hops + 1
    return False


#: Openers by which a report describes a bill's superseded text: "As introduced, Section 4 banned ...".
_SUPERSEDED = re.compile(r"\s*as (?:originally |first )?(?:introduced|drafted|filed)\b(?!\s+by)[^,]{0,40},",
                         re.IGNORECASE)


def unrealised(tok: Token) -> bool:
    """Whether what a clause says never came to be: a counterfactual ("an
    amendment that would have prohibited leases failed", "the agency should
    have required audits") or a bill's text before it was amended ("As
    introduced, Section 4 banned all door-to-door sales")."""
    if _SUPERSEDED.match(tok.sent.text):
        return True
    verb, hops = tok, 0
    while hops < 4:
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if verb.tag_ == "VBN" and "have" in auxes and auxes & {"would", "could", "might", "should"}:
            return True
        if verb.dep_ == "ROOT" or verb.head is verb:
            return False
        verb, hops = verb.head, hops + 1
    return False


def in_question(verb: Token) -> bool:
    """Whether a clause sits inside an open question ("consider whether
    districts that submit bad claims should be suspended"): what it says
    may or may not follow. Asked of the same words by many rules, so kept
    per parsed text."""
    seen = verb.doc.user_data.setdefault("pg_in_question", {})
    if verb.i not in seen:
        seen[verb.i] = _in_question(verb)
    return seen[verb.i]


def _in_question(verb: Token) -> bool:
    tok, hops = verb, 0
    while tok.dep_ != "ROOT" and tok.head is not tok and hops < 6:
        if tok.dep_ in {"ccomp", "advcl", "csubj"} and any(m.dep_ == "mark" and m.lower_ == "whether"
                                                           for m in tok.children):
            return True  # ("whether lenders must verify income remains unclear")
        if tok.dep_ in {"xcomp", "ccomp", "pcomp"} and tok.head.lemma_.lower() in _WEIGHING_VERBS \
                and (tok.tag_ == "VBG" or to_infinitive(tok)):
            return True  # "Congress may wish to consider requiring lenders to ...": an option weighed (not "the
            # report discusses how the Act requires ...")
        tok, hops = tok.head, hops + 1
    # "one option would be to require lenders to ...": what an option would be is weighed, not stated
    return tok.lemma_ == "be" and any(s.dep_ == "nsubj" and s.lemma_.lower() in _OPTION_NOUNS for s in tok.children) \
        and any(a.dep_ == "aux" and a.lower_ in {"would", "could"} for a in tok.children)


#: Verbs of weighing a course not yet taken: "consider requiring", "explore whether".
_WEIGHING_VERBS = frozenset({"consider", "explore", "weigh", "contemplate", "debate", "discuss", "study"})
#: Nouns for a course set out to be weighed: "one option would be to ...".
_OPTION_NOUNS = frozenset({"option", "alternative", "possibility"})


def _is_condition(clause: Token) -> bool:
    return clause.dep_ == "advcl" and (any(m.dep_ in {"mark", "advmod"} and m.lower_ in _HYPOTHETICAL
                                           for m in clause.children) or _where_condition(clause))


def states_condition(clause: Token) -> bool:
    """Whether a clause is the condition a consequence follows from: "if a
    driver runs a red light", "when a tank leaks", and the drafter's "where"
    opening the sentence ("Where an airline exceeds its share, the authority
    may impose a fine")."""
    # ("when" the parse calls an adverb: "residents receive $150 when they turn in a blower", the ones the main
    # clause is about; not "said when announcing the rule", a time with no one acting in it, nor "when the city
    # inspects the outlet", a time set by another's act)
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PRON" for c in clause.children)
    return any(m.dep_ == "mark" and m.lower_ in _CONDITIONS or m.dep_ == "advmod" and m.lower_ in {"when", "whenever"}
               and m.i < clause.i and subject for m in clause.children) or _where_condition(clause)


def _where_condition(clause: Token) -> bool:
    """"Where" opening a clause that comes before its main clause is "if" (not
    "notices must be posted where tenants can see them": a place)."""
    first = clause.left_edge
    return clause.dep_ == "advcl" and clause.i < clause.head.i and first.lower_ == "where" \
        and first.dep_ == "advmod" and first.head.i == clause.i


def _continues_condition(clause: Token) -> bool:
    """Whether a clause after "and" (no comma) goes on with the condition
    just before it, which the parser hangs on the main verb instead: in
    "carriers charge fees when terminals are closed and truckers cannot
    return containers", the truckers' inability is part of the "when"."""
    start = clause.left_edge.i
    if clause.dep_ != "conj" or start < 2 or clause.doc[start - 1].lower_ not in {"and", "or"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS - _ABILITY_MODALS for c in clause.children):
        return False  # "... when a tank leaks and they must not reopen the dock": a rule of its own
    before = clause.doc[start - 2]  # the last word before "and": a comma there ends the condition
    return not before.is_punct and any(_is_condition(t) and t.right_edge.i in {start - 1, start - 2}
                                       for t in [before, *before.ancestors])


def bound_by_terms(verb: Token) -> bool:
    """Whether a verb says what is done under the terms of a binding
    instrument (`BINDING_TERMS`): "Under the settlement, Acme will retain
    a monitor", "under the terms of the consent decree, it will pay ...
    and install ...". What someone "will" do is otherwise a forecast."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    doer = _subject(verb) or (_subject(verb.head) if verb.dep_ == "conj" else None)
    # a party ("Acme", "the company", "the city"), not what the deal brings ("tariffs will fall", "prices")
    party = doer is not None and (doer.pos_ == "PROPN" or doer.ent_type_ in {"ORG", "GPE", "PERSON"}
                                  or looks_like_agent_noun(doer.lower_) or doer.lemma_.lower() in _PARTY_NOUNS
                                  # "the marina", "each grantee": one party named as such (not "tariffs", "prices")
                                  or doer.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"the", "each"}
                                                               for c in doer.children))
    costs = verb.lemma_.lower() in {"pay", "foot", "bear"} and any(
        o.dep_ == "dobj" and o.lemma_.lower() in _PRICE_LOSS_NOUNS | _PRICES_PAID for o in verb.children)
    if not party or costs or _negated(verb) \
            or verb.lemma_.lower() in _OUTCOME_VERBS | _UNDERGOING_VERBS | _RECEIVING_VERBS:
        return False  # ("will not admit wrongdoing": a disclaimer; "consumers will save $200": what it brings them)
    for under in (o for h in heads for o in pobjs(h, {"under"})):
        named = [under, *pobjs(under, {"of"})] if under.lemma_.lower() in {"term", "condition"} else [under]
        if any(n.lemma_.lower() in BINDING_TERMS for n in named):
            return True
    return False


#: Nouns for a party to binding terms that `looks_like_agent_noun` does not know: "the company", "the city".
_PARTY_NOUNS = frozenset({"company", "firm", "business", "city", "county", "state", "district", "agency", "bank",
                          "hospital", "school", "university", "operator", "utility", "carrier", "platform",
                          "corporation"})
#: What one pays as a price beside `_PRICE_LOSS_NOUNS`, not what terms bind one to: "will pay higher rates".
_PRICES_PAID = frozenset({"rate", "more", "less", "share"})
#: What terms bring someone, not what they owe: "consumers will save $200", "workers will lose their jobs".
_OUTCOME_VERBS = frozenset({"save", "earn", "gain", "lose", "see", "enjoy", "rise", "fall", "grow", "increase", "foot",
                            "begin", "start", "double", "negotiate",
                            "decrease", "drop", "climb", "reach", "cost", "remain", "become", "end", "expire", "last"})


#: What one needs before acting: "make loans without a license" is the wrong itself.
_PERMISSION_NOUNS = frozenset({"license", "licence", "permit", "registration", "certificate", "authorization",
                               "authorisation", "approval", "certification", "accreditation", "consent"})


def modal_duties(doc: Doc, *, obligation_cues: frozenset[str]) -> Iterator[Duty]:
    """"A must X" / "A shall X" / "A should X" oblige; "A must not X", "A may
    not X", "no A may X" forbid, and "A may only X ..." restricts. Passive conduct ("records must be kept") is
    left to other rules: its doer is not stated; so is what a condition
    supposes ("when couriers cannot find a bay")."""
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        enabled = enabled_act(verb)  # "must be able to give", "must have the ability to accept": the act
        if verb.lemma_ == "be" and enabled is None or verb.tag_ == "VBN" or in_condition(verb) or in_question(verb):
            continue
        # "under the bill, operators could not offer bonus bets": what a proposal would leave them unable to do
        # ("under the Act, the agency could not verify the data" is an inability)
        under = any(o.lemma_.lower() in _PROPOSED for o in [*pobjs(verb, {"under"}), *(
            pobjs(verb.head, {"under"}) if verb.dep_ == "conj" else [])]) \
            and verb.lemma_.lower() not in _ABILITY_VERBS and not verb.sent.text.rstrip().endswith("?")
        modals = [c for c in verb.children if c.dep_ == "aux" and (
            c.lower_ in _MODALS or c.lower_ == "could" and under and _negated(verb))]
        if not modals:
            continue
        modal = modals[0].lower_
        if modal == "will" and bound_by_terms(verb):
            modal = "must"  # "under the settlement, the company will retain a monitor": owed under its terms
        if verb.lemma_ == "be" and (modal not in {"must", "shall"} or _negated(verb)):
            continue  # "may not be able to afford", "should be able to download": an ability, a worry or a right
        if verb.lemma_.lower() in _UNDERGOING_VERBS and (doer := _subject(verb)) is not None and _doer_clauses(doer):
            continue  # "an operator who completes the inspection shall receive a reduction": a consequence, no conduct
        if modal in _ABILITY_MODALS and verb.dep_ in _REPORTED_CLAUSE_DEPS:
            continue  # "if using it means they cannot explain a denial": an inability reported, not a ban
        if modal in _ABILITY_MODALS and unable_to_know(verb):
            continue  # "the Ministry cannot yet show that the scheme works": what it is unable to know, not a ban
        subject = _subject(verb)
        borrowed = subject is None and verb.dep_ == "conj"
        if borrowed:
            # "borrowers must be enrolled ... and must certify ...": after a passive, the subject is the doer;
            # "must inspect each site and must complete checks": the same ("marinas that dump waste and cannot
            # pay": a relative pronoun stands for no one here)
            subject = _subject(verb.head)
            if subject is not None and subject.tag_ in {"WDT", "WP"}:
                subject = None
        # "employers may only reject workers for lawful reasons": an act allowed only so is restricted
        # ("can only" mostly means "merely": "the agency can only recommend changes")
        restricted = modal == "may" and (any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)
                                         or _only_when(verb))
        # a subject taken from the verb before ("no marina may charge fees but may ask for donations") does not
        # carry its "no" over
        forbidden = _negated(verb) or has_no_determiner(subject) and not borrowed or restricted
        if forbidden and modal in {"must", "shall", "may", "can", "could"}:
            kind = "prohibition"
        elif forbidden:
            continue
        elif modal in obligation_cues:
            kind = "recommendation" if modal == "should" else "obligation"
        else:
            continue
        if kind == "recommendation" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _OPINION_VERBS and not any(
                s.dep_ == "nsubj" and s.lemma_.lower() in _ADVISING_DOCUMENTS for s in verb.head.children):
            continue  # "critics say the city should adopt the rule": an opinion reported, no policy's advice
            # ("the guidelines say lawyers should avoid conflicts" is the guidelines' advice)
        sanction = kind == "prohibition" or kind == "obligation" and verb.lemma_.lower() in _SANCTION_VERBS
        failed = [found for c in (_doer_clauses(subject) if sanction and subject is not None else [])
                  if c.lemma_.lower() in _FAILURE_VERBS for found in _named_failure(c)]
        # "lenders that make loans without a license may not collect interest": what is done without what it
        # needs is the wrong, and what they may not do is its sanction
        failed += [(c.i, phrase) for c in (_doer_clauses(subject) if sanction and subject is not None else [])
                   if not _negated(c) and any(p.dep_ == "prep" and p.lower_ == "without"
                                              and any(o.lemma_.lower() in _PERMISSION_NOUNS for o in p.children)
                                              for p in c.children)
                   and (phrase := clause_conduct(c))]
        # "applicators with two violations in three years may not renew their license": a record that costs a
        # right is what is punished; what they may not do is the sanction
        failed += [(o.i, _contiguous(doc, [t.i for t in o.subtree])) for o in (
            pobjs(subject, {"with"}) if kind == "prohibition" and subject is not None else [])
                   if o.lemma_.lower() in OFFENCE_NOUNS | _RECORD_NOUNS and _contiguous(doc, [t.i for t in o.subtree])]
        # "owners who fail to register cannot file cases", "makers that refuse to negotiate must pay a tax":
        # what follows for those who fail or refuse punishes the failure, and is no duty of its own
        if failed:
            for head, phrase in failed:
                yield Duty("penalty", head, phrase, subject.i, None)
            continue
        for conduct in [enabled or verb, *_shared_conjuncts(verb)]:
            if kind != "prohibition" and passes_duty_on(conduct) and conduct.lemma_.lower() in _HANDING_VERBS:
                continue  # "Congress should require providers to report earnings": the providers' duty, not Congress's
                # ("must allow workers to rest" is the employer's own duty)
            if kind == "obligation" and subject is not None and _pays_penalty(conduct):
                # "facilities that emit more than their allowances must (buy allowances or) pay a penalty": the
                # emitting; "if the company violates the decree, it must pay penalties": the violating
                own = [c for c in conduct.children if c.dep_ == "advcl" and c.pos_ == "VERB" and states_condition(c)
                       and not _negated(c) and _same_doer(_subject(c), subject)
                       and c.lemma_.lower() in _BREACHING_VERBS | _FAILURE_VERBS]  # (not "if it appeals a citation")
                for clause in _doer_clauses(subject) + own:
                    yield Duty("penalty", clause.i, clause_conduct(clause), subject.i, None)
                continue
            if kind == "obligation" and subject is not None and gives_back_a_benefit(conduct):
                # "a landlord who breaks this condition must repay the full rebate", "if you remove the system
                # within five years, you must repay a share of it": giving the benefit back punishes that act
                # (not what brought the benefit, "firms that receive the grant", nor what befell them, "households
                # that were paid twice", nor another's act, "if the project is cancelled, the city must return it")
                own = [c for c in conduct.children if c.dep_ == "advcl" and c.pos_ == "VERB" and states_condition(c)
                       and not _negated(c) and _same_doer(_subject(c), subject)]
                causes = [c for c in _doer_clauses(subject) + own if c.lemma_.lower() not in _RECEIVING_VERBS
                          and not any(x.dep_ == "auxpass" for x in c.children)]
                for clause in causes:
                    yield Duty("penalty", clause.i, clause_conduct(clause), subject.i, None)
                if causes:
                    continue
            refrained = _refrained(conduct) if kind == "obligation" else ()
            if refrained:  # "must refrain from dumping waste": dumping waste is forbidden
                yield Duty("prohibition", refrained[0], refrained, subject.i if subject is not None else None, None)
                continue
            # "permit workers to rest"; "may not refuse to serve a passenger": the refusal with what is refused
            phrase = handed_phrase(conduct) if passes_duty_on(conduct) else conduct_phrase(conduct) or _failure_phrase(conduct)
            yield Duty(kind, conduct.i, phrase, subject.i if subject is not None else None, None)


def _only_when(verb: Token) -> bool:
    """"students may use AI tools only when an instructor permits it",
    "drones may fly over parks only if the operator holds a permit": an act
    allowed only on a condition is restricted. Not a benefit one may get
    only on a condition ("may apply for the rebate only if they earn less
    than $80,000"): that says who is eligible."""
    if verb.lemma_.lower() in _RECEIVING_VERBS | set(_JOINING_VERBS) or any(
            o.dep_ == "dobj" and o.lemma_.lower() in _BENEFIT_NOUNS | _GRANT_NOUNS for o in verb.children):
        return False  # ("may apply for the rebate only if they earn less": a condition for a benefit)
    return any(c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ in {"mark", "advmod"} and m.lower_ in _ONLY_ON and m.i > 0 and c.doc[m.i - 1].lower_ == "only"
        for m in c.children) for c in verb.children)


#: What an act may be done only on: "only when", "only if", "only after".
_ONLY_ON = frozenset({"when", "if", "after", "once", "where", "while", "with"})


def gives_back_a_benefit(verb: Token) -> bool:
    """"repay the full rebate", "refund a share of the grant", "forfeit the
    subsidy": handing back what a programme gave is a sanction, not a duty
    of its own."""
    if verb.lemma_.lower() not in _GIVING_BACK_VERBS:
        return False
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in [c, *pobjs(c, {"of"})]]
    return any(o.lemma_.lower() in _BENEFIT_NOUNS for o in objects)


#: Verbs of handing back, and what a programme hands out ("a share of the rebate": the share is of it).
#: ("refund the payment" gives a customer's own money back: a duty)
_GIVING_BACK_VERBS = frozenset({"repay", "refund", "forfeit", "surrender", "return", "reimburse"})
_BENEFIT_NOUNS = frozenset({"rebate", "grant", "subsidy", "credit", "bonus", "incentive", "award", "stipend",
                            "allowance", "benefit"})
#: Verbs of coming to have a benefit.
_RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "accept", "qualify", "claim", "apply", "take", "win"})


def _same_doer(one: Token | None, other: Token) -> bool:
    """Whether a condition's subject is the one who must act ("if owners
    remove the panels, they must repay"): a pronoun on either side, or the
    same noun."""
    return one is not None and ("PRON" in {one.pos_, other.pos_} or one.lemma_.lower() == other.lemma_.lower())


#: A record of wrongs someone may carry: "drivers with three convictions", "applicators with two violations".
_RECORD_NOUNS = frozenset({"conviction", "infraction", "citation", "strike", "breach"})


#: Documents whose "say" states their own advice: "the guidance says retailers should ...".
_ADVISING_DOCUMENTS = frozenset({"guidance", "guideline", "handbook", "manual", "report", "rule", "regulation", "policy",
                                 "law", "act", "order", "directive", "code", "notice", "circular", "bulletin",
                                 "standard", "statute", "bill", "advisory", "recommendation", "plan"})
#: Verbs that report an opinion: what someone says should be done is their view, not a rule's advice.
_OPINION_VERBS = frozenset({"say", "argue", "contend", "claim", "believe", "think", "insist", "maintain", "feel",
                            "assert", "suggest", "tell"})


def enabled_act(verb: Token) -> Token | None:
    """"must be able to give a reason", "must have the ability to accept
    reports": a duty to be able to do something is a duty to do it; the
    act's verb, or None."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        holders = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _ABLE_WORDS]
        return next((x for h in holders for x in h.children if x.dep_ == "xcomp" and x.tag_ == "VB"), None)
    if lemma == "have":
        holders = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _ABILITY_NOUNS]
        return next((x for h in holders for x in h.children if x.dep_ in {"acl", "relcl"} and x.tag_ == "VB"
                     and any(a.lower_ == "to" for a in x.children)), None)
    return None


#: Words for being able to do something: "must be able to explain".
_ABLE_WORDS = frozenset({"able", "prepared", "ready"})
#: Nouns for the means of doing something: "must have the capacity to take reports".
_ABILITY_NOUNS = frozenset({"ability", "capability", "capacity", "means"})


#: Verbs of what befalls someone, never conduct of theirs: "shall receive a reduction", "will face a fine".
_UNDERGOING_VERBS = {"receive", "get", "face", "incur", "suffer"}


#: Verbs of what is owed as a sanction by those who fail or refuse ("must pay a tax or withdraw their
#: products"); "landlords who refuse to make repairs must notify tenants" owes a duty of its own.
_SANCTION_VERBS = {"pay", "forfeit", "withdraw", "lose", "repay", "return", "surrender", "refund"}
#: Nouns for what one pays as a punishment (a fee is one only when it is late or extra).
_PENALTY_NOUNS = {"penalty", "fine", "surcharge", "sanction"}


def _pays_penalty(verb: Token) -> bool:
    """"must pay a penalty of $100 per ton", "must pay a late fee": paying the
    penalty is the consequence of conduct, not conduct a policy requires;
    "must pay a fee to register" is."""
    if verb.lemma_.lower() not in {"pay", "face", "incur"}:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if lemma in _PENALTY_NOUNS or lemma == "fee" and any(a.lower_ in {"late", "extra", "additional"} for a in obj.children):
            return True
    return False


def _less_paid(verb: Token) -> bool:
    """"pays no fine", "pay a reduced fine", "would pay a lower penalty": a
    sanction spared or cut rewards the conduct; it punishes nothing."""
    return any(c.lower_ in {"no", "reduced", "lower", "smaller", "discounted", "half"} or c.dep_ == "neg"
               for o in verb.children if o.dep_ == "dobj" for c in o.children)


def _owed(verb: Token) -> bool:
    """"must pay a penalty": a modal's duty to pay (the duty rules read it), not what befalls conduct."""
    return any(c.dep_ == "aux" and c.lower_ in {"must", "shall", "should"} for c in verb.children)


def _refrained(verb: Token) -> tuple[int, ...]:
    """What "refrain from" / "abstain from" / "stop" names: the gerund phrase."""
    doc = verb.doc
    if verb.lemma_.lower() in {"stop", "cease", "discontinue", "quit", "avoid"}:  # "must stop selling customer data"
        # (not "avoid using the tools in ways that discriminate": the way is the wrong, not the use)
        return next((_with_manner(doc, conduct_phrase(g) or (g.i,)) for g in verb.children
                     if g.dep_ == "xcomp" and g.tag_ == "VBG" and not _in_a_way(g)), ())
    if verb.lemma_.lower() not in {"refrain", "abstain"}:
        return ()
    return next((_with_manner(doc, conduct or (head,)) for prep in verb.children
                 if prep.dep_ == "prep" and prep.lower_ == "from" for head, conduct in _gerunds_after(prep)), ())


def _with_manner(doc: Doc, phrase: tuple[int, ...]) -> tuple[int, ...]:
    """An act with the manner adverb just before its verb: "stop
    automatically renewing contracts" stops the automatic renewing, not
    every renewal."""
    first = doc[phrase[0]]
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.dep_ == "advmod" and before.head == first and before.lower_.endswith("ly"):
        return (before.i, *phrase)
    return phrase


def _in_a_way(act: Token) -> bool:
    """"using the tools in ways that discriminate": done in a way named
    after it, which is what is wrong."""
    return any(o.lemma_.lower() in {"way", "manner"} for o in pobjs(act, {"in"}))


def _gerunds_after(prep: Token) -> list[tuple[int, tuple[int, ...]]]:
    """(head, conduct) of the gerund phrases after "from": "from selling
    permits", also when the parser reads them as a noun with a compound
    ("selling" before "permits"). Each coordinated gerund after one with
    words of its own is its own act ("from flying over stadiums or landing
    on roads"); "from selling or leasing drones" is one."""
    # ("from recording, photographing or filming students": the tagger may read the first as a noun)
    gerunds = [g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG" or g.dep_ == "pobj" and g.tag_ == "NN"
               and g.lower_.endswith("ing") and any(c.tag_ == "VBG" for c in g.conjuncts)]
    gerunds += [c for g in gerunds for c in g.conjuncts if c.i > g.i and c.tag_ == "VBG" and _subject(c) is None
                and any(o.dep_ in {"dobj", "prep", "xcomp"} and o.i < c.i for o in g.children)]
    out = [(g.i, conduct_phrase(g) or _failure_phrase(g)) for g in gerunds]
    # "from selling or leasing a boat": headed by the verb with the object, so its variants span both verbs
    out = [(h, c) if c else shared_object_phrase(doc_token) for (h, c), doc_token in zip(out, gerunds)]
    out += [(o.left_edge.i, tuple(range(o.left_edge.i, o.i + 1))) for o in prep.children
            if o.dep_ == "pobj" and (o.left_edge.tag_ == "VBG" or o.left_edge.dep_ == "compound"
                                     and o.left_edge.lower_.endswith("ing") and o.left_edge.i < o.i)]
    return out


def gerund_conduct(gerund: Token) -> tuple[int, ...]:
    """An act named by an -ing form: with what it acts on ("flying a
    drone"), as a failure ("failing to report"), or sharing the object of
    the gerund coordinated after it ("deleting or altering footage")."""
    return conduct_phrase(gerund) or _failure_phrase(gerund) or shared_object_phrase(gerund)[1] or (gerund.i,)


def shared_object_phrase(gerund: Token) -> tuple[int, tuple[int, ...]]:
    """"from selling or leasing a boat to minors": a gerund whose object
    the parse hangs on the next coordinated one shares it; the act is the
    whole coordination ("selling or leasing a boat"), headed by the verb
    that has the object; (the gerund, ()) if there is none."""
    # ("from selling, transferring, or sharing a consumer's consent": the first later one with words of its own)
    for nxt in sorted((c for c in gerund.conjuncts if c.i > gerund.i and c.tag_ == "VBG"), key=lambda c: c.i):
        phrase = conduct_phrase(nxt)
        if phrase:
            between = {c.i for c in gerund.conjuncts if gerund.i < c.i <= nxt.i}  # ("recording, photographing or")
            return (nxt.i, tuple(range(gerund.i, phrase[-1] + 1))) if phrase[0] in {nxt.i, gerund.i} | between \
                else (gerund.i, ())
    # "from selling or leasing boats": the parse may read the second gerund as a modifier of the object noun
    noun = next((c for c in gerund.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > gerund.i
                 and c.left_edge.dep_ == "compound" and c.left_edge.lower_.endswith("ing")), None)
    return (gerund.i, tuple(range(gerund.i, noun.i + 1))) if noun is not None else (gerund.i, ())


def _failure_phrase(gerund: Token) -> tuple[int, ...]:
    """"failing to establish fair practices" after "prohibits carriers
    from": the failure with what is failed, or ()."""
    if gerund.lemma_.lower() not in _FAILURE_VERBS:
        return ()
    phrase = next((p for c in gerund.children if c.dep_ == "xcomp" for p in [conduct_phrase(c)] if p), ())
    return tuple(range(gerund.i, phrase[-1] + 1)) if phrase else ()


def keeps_or_ends_a_policy(act: Token) -> bool:
    """"recommends that the district keep the Attendance Rewards program",
    "... end the Truancy Fine program", "repeal the rule": to keep, extend
    or end a policy, named by its kind, is a stance on it (read as such),
    not conduct a policy governs ("keep Lincoln Elementary open", "retain
    payroll records" are)."""
    return act.lemma_.lower() in _POLICY_FATES and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _POLICY_KINDS for c in act.children)


#: Nouns that name a policy by its kind ("the program", "the Truancy Fine program", "the ban"): the ones a rule is
#: called by when it starts, and a programme's.
_POLICY_KINDS = _STARTING | frozenset({"program", "programme", "initiative", "pilot", "mandate", "moratorium", "cap"})
#: What may be done to a policy itself: kept, widened or ended.
_POLICY_FATES = frozenset({"keep", "retain", "preserve", "continue", "extend", "expand", "renew", "adopt", "enact",
                           "end", "repeal", "scrap", "abolish", "rescind", "suspend", "eliminate", "terminate",
                           "discontinue", "cancel", "revoke", "withdraw", "replace"})


def recommended_acts(doc: Doc) -> Iterator[Duty]:
    """"We recommend that HSA develop a tracking system and impose
    penalties", "OIG urged that the agency revise its guidance": the acts
    a recommendation asks of someone, said in the subjunctive (a bare verb
    with no modal, which the modal frames do not read), are recommended
    conduct of the one asked. An act that passes the duty on ("recommend
    that HSA require agencies to obtain evidence") is the others' duty,
    read by `required_duties`. Not a recommendation denied ("we do not
    recommend that ...")."""
    for cue in with_lemmas(doc, _RECOMMENDING_VERBS):
        if cue.lemma_.lower() not in _RECOMMENDING_VERBS or cue.pos_ != "VERB" or _negated(cue):
            continue
        adviser = _subject(cue)
        if adviser is not None and not (adviser.lower_ in {"we", "i"} or adviser.is_upper and len(adviser) >= 2
                                        or adviser.lemma_.lower() in _ADVISING_BODIES):
            continue  # "critics recommend that the agency withdraw the rule", "the Growers Coalition recommended
            # that ...": an opinion; a report's "we", "OIG" or "the inspector general" advises on record
        for clause in cue.children:
            doer = _subject(clause)
            if clause.dep_ != "ccomp" or clause.tag_ not in {"VB", "VBP"} or doer is None or doer.tag_ == "PRP" \
                    or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
                    or any(c.dep_ == "aux" for c in clause.children) or _negated(clause):
                continue
            # the list's later acts may hang on the recommending verb, each after a comma
            listed = [c for c in cue.children if c.i > clause.i and _listed_verb(c)]
            for act in [clause, *_shared_conjuncts(clause), *listed, *(c for v in listed for c in _shared_conjuncts(v))]:
                if passes_duty_on(act) and act.lemma_.lower() in _HANDING_VERBS or keeps_or_ends_a_policy(act):
                    continue
                phrase = conduct_phrase(act)
                if phrase:
                    yield Duty("recommendation", act.i, phrase, doer.i, None)


#: Nouns for the offices whose recommendations are on record: "the inspector general recommended that ...".
_ADVISING_BODIES = frozenset({"office", "general", "inspector", "board", "commission", "committee", "agency",
                              "department", "council", "panel", "force", "administration", "bureau", "auditor",
                              "secretary", "administrator", "comptroller", "ombudsman", "service"})
#: Verbs by which a report asks someone to act: "we recommend that the agency ...".
_RECOMMENDING_VERBS = frozenset({"recommend", "urge", "advise"})


#: Verbs by which a thing is given a name: "called the three-fourths guarantee", "known as the ledger".
NAMING_VERBS = frozenset({"know", "call", "name", "dub", "term", "refer", "label", "nickname"})


def _shared_conjuncts(verb: Token) -> list[Token]:
    """"must approve the budget and publish it": coordinated verbs without a
    subject or a modal of their own share the duty ("cannot receive grants
    but may be hired as contractors": what they may do is allowed)."""
    # ("must charge 10 cents and may not waive, absorb or rebate the fee": the verbs after one with its own
    # modal or subject are that one's)
    own = [c.i for c in verb.conjuncts if c.i > verb.i and (_subject(c) is not None or any(
        a.dep_ == "aux" and a.lower_ in _MODALS | _ABILITY_MODALS for a in c.children))]
    return [c for c in verb.conjuncts if verb.i < c.i < min(own, default=len(verb.doc)) and c.pos_ == "VERB"
            # ("must guarantee 75% of the workdays - called the 'three-fourths guarantee'": a name given, no act)
            and not (c.tag_ == "VBN" and c.lemma_.lower() in NAMING_VERBS)
            and not (verb.tag_ == "VB" and c.tag_ in {"VBZ", "VBD"})]  # "requires hosts to register and caps
    # rentals": a finite verb after the infinitive is what the policy does, no second duty


def required_duties(doc: Doc, *, obligation_cues: frozenset[str], prohibition_cues: frozenset[str]) -> Iterator[Duty]:
    """"P requires A to X", "A is required to X", "P prohibits A from X-ing",
    "P bans X-ing / bans night-time deliveries"."""
    for cue in doc:
        lemma = cue.lemma_.lower()
        refused = lemma in _PERMISSION_VERBS and _negated(cue)  # "boaters are not allowed to anchor"
        if cue.pos_ != "VERB" or _negated(cue) and not refused:
            continue
        if lemma in obligation_cues and lemma not in {"must", "shall", "should"}:
            kind = "obligation"
        elif lemma in prohibition_cues or refused:
            kind = "prohibition"
        else:
            continue
        if _supposed(cue):
            continue  # "states could require lenders to verify income": an option weighed, no one's duty
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.children)
        subject = _subject(cue)
        policy = None if passive or subject is None else subject.i
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        if not objects:  # "have banned or restricted private funding": the coordinated verbs share the object
            objects = [o for v in cue.children if v.dep_ == "conj" and v.pos_ == "VERB" and _subject(v) is None
                       and not any(c.dep_ in {"xcomp", "ccomp"} for c in cue.children)  # not a list's next act
                       for o in v.children if o.dep_ == "dobj"]
        gerunds = [c for c in cue.children if c.dep_ in {"advcl", "acl"} and c.tag_ == "VBG" and (
            c.i == cue.i + 1 or c.i == cue.i + 2 and cue.doc[cue.i + 1].tag_ == "RB")]  # "bans overnight anchoring"
        # "banned raw milk sales to protect consumers": after a ban, an infinitive says what for, not who must
        purpose_only = kind == "prohibition" and lemma != "forbid" and not refused
        clauses = [c for c in cue.children if c.pos_ in {"VERB", "AUX"} and (
            c.dep_ in {"xcomp", "ccomp"} or _infinitive_after(c, objects) and not purpose_only
            # "are required under the Rule to post": a phrase between them makes the parse read a purpose
            or passive and not purpose_only and c.dep_ == "advcl" and to_infinitive(c))]
        participle = object_participle(cue, objects)
        # "each hospital operating in the state (1) to post a file": the infinitive is the duty, the participle says
        # which hospitals (the parse may hang the infinitive on the cue or on the participle)
        hung = [c for c in participle.children if c.dep_ == "advcl" and to_infinitive(c)] if participle is not None \
            and not purpose_only else []
        if participle is not None and (hung or any(c.dep_ == "advcl" and c.i > participle.i for c in clauses)):
            clauses = [c for c in clauses if c.i != participle.i] + hung
        if not clauses and not purpose_only:
            clauses = [c for o in objects[:1] for c in _infinitive_in_description(o)]
        clauses += [v for v in _listed_infinitives(cue, clauses) if v not in clauses]
        for clause in clauses:
            mandative = clause.tag_ == "VBP" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            if clause.lemma_ == "be" or clause.tag_ not in {"VB", "VBG"} and not mandative:
                continue  # "requires that records were kept": no duty stated on a doer ("that owners register" is one)
            if clause.dep_ == "xcomp" and not passive and not objects:
                continue  # "parents need to call": the subject is the doer (`periphrastic_duties`), not a policy
            if objects and names_an_act(objects[0]) and clause.i > objects[0].i:
                continue  # "requires annual inspections to ensure safety": an act does nothing; it says what for
            actor = _subject(clause) or (objects[0] if objects else None) or (subject if passive else None)
            # "are required to submit a plan, report data, and maintain the site": the parse may hang the list's
            # later verbs on the cue
            hung = [v for c in cue.children if c.dep_ in {"conj", "advcl"} for v in [c, *c.conjuncts]]
            listed = [v for v in dict.fromkeys(hung) if v.i > clause.i and v.tag_ in {"VB", "VBP"} and v.pos_ == "VERB"
                      and _subject(v) is None and not any(a.dep_ in {"aux", "auxpass", "mark"} for a in v.children)
                      and _word_before(v.doc, v.left_edge.i) in {",", "and", "or"}] \
                if clause.dep_ == "xcomp" and passive else []  # (active: "the rules require X and take effect")
            # "required each hospital (1) to post a file, and (2) to post a display": an infinitive with its own "to"
            # the parse joins to the cue is the list's next duty (the cue takes no "to" of its own)
            listed += [v for v in cue.children if v.dep_ == "conj" and v.i > clause.i and to_infinitive(v)
                       and _subject(v) is None and v not in listed]
            for conduct in [clause, *_shared_conjuncts(clause), *listed, *_nested_infinitives(clause)]:
                # "to permit passengers to travel with service animals": a permission given is named with what it permits
                allows = passes_duty_on(conduct) and conduct.lemma_.lower() in _LETTING_WORDS
                yield Duty(kind, conduct.i, handed_phrase(conduct) if allows else conduct_phrase(conduct)
                           or letting_phrase(conduct), actor.i if actor is not None else None, policy)
        if kind != "prohibition":
            continue
        # "prohibits members and their staff from trading": "from" may hang on the last object
        # ("prohibits county boards, and any official acting for them, from accepting money": the parse may join the
        # second object to the verb)
        joined = [c for c in cue.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and objects]
        froms = [c for h in [cue, *(t for o in objects for t in [o, *o.conjuncts]), *joined] for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "from"]
        froms += [c for f in froms for c in f.conjuncts if c.lower_ == "from" and c not in froms]  # "from X and from Y"
        if not froms:  # "prohibit departments located off a main campus from charging fees": the parse may hang it deeper
            # (not the "from" a verb of the description takes itself: "firms that profit from lobbying")
            froms = [c for o in objects[:1] for c in o.subtree if c.dep_ == "prep" and c.lower_ == "from"
                     and c.head.lemma_.lower() not in _FROM_VERBS and c.head.i != o.i
                     and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)][-1:]
        # "bans the sale of raw oysters from trucks": a "from" on a banned act with no act after it says where from
        froms = [f for f in froms if f.head.i == cue.i or _gerunds_after(f)
                 or not is_action_noun(f.head, named_object=False)]
        if passive and subject is not None and (_sanction_for_another(cue, subject) or _violators(subject)):
            froms = []  # "managers can be barred from holding directorships if their company defaults": a sanction
            # ("contractors found in violation may be barred from bidding": what violators lose is no conduct)
        for prep in froms:
            actor = objects[0] if objects else (subject if passive else None)
            for head, conduct in _gerunds_after(prep):
                yield Duty(kind, head, conduct, actor.i if actor is not None else None, policy)
        if not refused and not froms:
            for obj in objects + gerunds:  # "bans anchoring in seagrass beds" (the gerund read as a clause)
                agent = _act_agent(obj)  # "prohibits discrimination by private entities": they would do it
                if obj.tag_ == "VBG":  # "bans overnight anchoring by cargo ships"
                    before = [obj.i - 1] if obj.doc[obj.i - 1].dep_ == "advmod" and obj.doc[obj.i - 1].head == obj else []
                    yield Duty(kind, obj.i, tuple(before) + (conduct_phrase(obj) or (obj.i,)),
                               agent.i if agent is not None else None, policy)
                elif obj.pos_ == "NOUN":
                    yield Duty(kind, obj.i, nominal_conduct(obj), agent.i if agent is not None else None, policy)


def _supposed(cue: Token) -> bool:
    """"Congress could require agencies to ...", "the act might force
    lenders to close": a duty only supposed, not one a policy states:
    "could" or "might" suppose it, unless a policy it is "under" gives the
    power (a report's "the bill would require ..." states what the bill
    does; a harm argued with "would force" is `forced_in_argument`'s)."""
    modals = {a.lower_ for a in cue.children if a.dep_ == "aux"}
    # ("under the Act, the port authority could require marinas to ...": a power the Act gives)
    return bool(modals & (_GUESSING_MODALS - {"may"})) and not pobjs(cue, {"under"})


def forced_in_argument(conduct: Token, supporters: frozenset[str]) -> bool:
    """"Opponents argue the rule would force small farms to sell": what a
    policy would force people to do, in a clause anyone but its supporters
    argues or warns, is a harm foreseen, not a duty it states (supporters'
    "would compel polluters to pay" describes one)."""
    while conduct.dep_ == "conj" and conduct.head.pos_ == "VERB":
        conduct = conduct.head  # ("would force farms to sell land and lay off workers": each act forced)
    cue = conduct.head
    if conduct.dep_ != "xcomp" or cue.lemma_.lower() not in _FORCING_VERBS or cue.dep_ not in {"ccomp", "conj"} \
            or not any(a.dep_ == "aux" and a.lower_ == "would" for a in cue.children):
        return False
    while cue.dep_ == "conj":
        cue = cue.head  # ("... would raise prices and would force farms to sell": the first verb is the clause)
    return cue.dep_ == "ccomp" and cue.head.lemma_.lower() in _ALARMED | _ARGUING \
        and not _supporter_speaks(cue.head, supporters)


#: Verbs of forcing, which critics use for a harm a policy would bring: "would force storefronts to close".
_FORCING_VERBS = frozenset({"force", "compel"})


#: Verbs whose own complement is "from" + gerund: "profit from lobbying", "refrain from selling".
_FROM_VERBS = frozenset({"profit", "benefit", "recover", "refrain", "abstain", "desist", "suffer", "result", "stem",
                         "derive", "arise", "earn", "gain", "retire", "resign", "escape", "keep", "stop", "prevent",
                         "prohibit", "bar", "ban", "exempt", "protect", "shield", "discourage", "deter", "dissuade",
                         "differ", "learn", "come", "emerge", "switch", "move", "shift", "withdraw"})


def _word_before(doc: Doc, i: int) -> str:
    """The text of the last token before i that is not white space ("" at the start)."""
    return next((t.lower_ for t in reversed(doc[:i]) if not t.is_space), "")


def _act_agent(act: Token) -> Token | None:
    """Who does an act named by a noun or gerund, by its "by" phrase
    ("price gouging by ticket brokers"); the parse may hang the phrase on
    the verb that bans the act, right after it ("bans anchoring by ships")."""
    preps = [p for p in act.children if p.dep_ == "prep" and p.lower_ == "by"]
    preps += [p for p in act.head.children if p.dep_ == "prep" and p.lower_ == "by" and p.i == act.right_edge.i + 1]
    return next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)


#: Words for breaking a rule: those described by them are violators.
_VIOLATING = {"violate", "violation", "breach", "break", "infringe", "contravene"}


def _violators(noun: Token) -> bool:
    """"contractors found in violation", "companies that violate the rule":
    a noun described as breaking a rule, whatever it is barred from then is
    a sanction, not their conduct."""
    return any(c.dep_ in {"relcl", "acl"} and any(t.lemma_.lower() in _VIOLATING for t in c.subtree)
               for c in noun.children)


def _sanction_for_another(verb: Token, barred: Token) -> bool:
    """Whether a ban falls on someone because of what another of theirs
    does: "a firm's managers can be barred from holding directorships if
    their company defaults" punishes the company's default, and what is
    taken from the managers is no conduct of theirs. ("Marinas are
    prohibited from hiring if the marina dismissed guards": the same doer,
    a rule.)"""
    conditions = [c for c in verb.subtree if c.dep_ == "advcl"  # the parse may hang it on the barred act
                  and states_condition(c)]
    doers = [s for c in conditions for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    # the other is theirs ("their company", "the firm's owner"): "residents are prohibited from watering lawns if
    # the reservoir falls" states a rule
    return bool(doers) and all(s.pos_ in {"NOUN", "PROPN"} and s.lemma_.lower() != barred.lemma_.lower()
                               and any(c.dep_ == "poss" for c in s.children) for s in doers)


def made_unlawful(doc: Doc, *, prohibition_cues: frozenset[str]) -> Iterator[Duty]:
    """"The bill would make it unlawful for a reseller to use bots": what a
    policy makes unlawful for someone is their forbidden conduct, and the
    policy forbids it. This reads the parse that hangs the infinitive on the
    doer; the one that makes the doer its subject is read with the other
    prohibitions too (`relations.effects`, `mentions.prohibited_mentions`)."""
    for adj in with_words(doc, prohibition_cues):
        if adj.pos_ != "ADJ" or adj.lower_ not in prohibition_cues or adj.dep_ not in {"ccomp", "oprd", "xcomp"} \
                or adj.head.lemma_.lower() != "make" or _negated(adj.head):
            continue
        maker = _subject(adj.head)
        pairs = [(o, v) for p in adj.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                 if o.dep_ == "pobj" for v in o.children if v.dep_ in {"acl", "relcl"} and v.tag_ == "VB"]
        # or the parse that makes the doer the infinitive's subject, "for" its mark
        pairs += [(o, v) for v in adj.children if v.dep_ in {"advcl", "ccomp", "xcomp"} and v.tag_ == "VB"
                  and any(m.dep_ == "mark" and m.lower_ == "for" for m in v.children) and not _negated(v)
                  for o in v.children if o.dep_ == "nsubj"]
        for doer, act in pairs[:1]:
            yield from _forbidden(act, doer, maker)


#: Nouns for a punishable act: what a policy makes one of is forbidden.
OFFENCE_NOUNS = {"crime", "offense", "offence", "misdemeanor", "misdemeanour", "felony", "violation"}
#: Verbs saying an act is an offence: "makes it a crime to ...", "it is an offence to ...".
_OFFENCE_MAKING = frozenset({"make", "be"})


def made_an_offence(doc: Doc) -> Iterator[Duty]:
    """"The Act makes it a misdemeanor to operate a drone over a prison",
    "makes it a crime for any person to resell tickets": what a policy makes
    an offence is forbidden conduct, of whoever "for" names. So is what the
    law's own sentence says "it is" an offence to do ("Under the Act, it is
    an offence for a marina to sell fuel without a permit"), when no one is
    said to claim it ("critics say it is a crime to ...")."""
    for make in with_lemmas(doc, _OFFENCE_MAKING):
        if make.pos_ not in {"VERB", "AUX"} or _negated(make):
            continue
        if make.lemma_.lower() == "be" and (make.dep_ not in {"ROOT", "conj"} or in_question(make) or not any(
                c.dep_ == "nsubj" and c.lower_ == "it" for c in make.children)):
            continue
        maker = _subject(make) if make.lemma_.lower() == "make" else None
        acts = []
        for child in make.children:
            if child.lemma_.lower() in OFFENCE_NOUNS and child.dep_ in {"ccomp", "oprd", "dobj", "xcomp", "attr"}:
                acts += [v for v in child.children if v.dep_ in {"advcl", "acl", "relcl"} and v.tag_ == "VB"]
            elif child.dep_ == "ccomp" and child.tag_ == "VB" and any(  # "a misdemeanor to operate": read as its subject
                    s.dep_ == "nsubj" and s.lemma_.lower() in OFFENCE_NOUNS for s in child.children):
                acts.append(child)
        for act in acts[:1]:
            yield from _forbidden(act, next((s for s in act.children if s.dep_ == "nsubj"
                                             and s.lemma_.lower() not in OFFENCE_NOUNS), None), maker)


#: Nouns for what someone must do, said with the doer and the act: "the requirement that builders install ...".
_DUTY_STATING_NOUNS = frozenset({"requirement", "obligation", "duty", "mandate"})


def nominal_duties(doc: Doc) -> Iterator[Duty]:
    """"The rule's requirement that builders install monitoring equipment",
    "imposes a requirement on builders to install ...", "an obligation for
    employers to provide notice": a duty noun stating who must do what is a
    duty, whatever verb carries the noun ("no requirement that ..." is none)."""
    for noun in with_lemmas(doc, _DUTY_STATING_NOUNS):
        if noun.lemma_.lower() not in _DUTY_STATING_NOUNS or noun.pos_ != "NOUN" \
                or any(c.lower_ in {"no", "without"} for c in noun.children) or noun.dep_ in {"attr"} and _negated(noun.head):
            continue
        # "requirement that builders install ...", "obligation for employers to provide ..."
        clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp", "advcl", "relcl"} and c.pos_ == "VERB"
                   and any(m.dep_ == "mark" and m.lower_ in {"that", "for"} for m in c.children)]
        for clause in clauses:
            doer = next((s for s in clause.children if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}), None)
            if doer is not None and clause.tag_ in {"VB", "VBP"} and not _negated(clause):
                yield Duty("obligation", clause.i, conduct_phrase(clause), doer.i, None)
        # "imposes a requirement on builders to install ...": the parse may hang the infinitive on the verb
        holders = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"} for o in p.children
                   if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
        acts = [c for h in [noun, noun.head] for c in h.children if c.dep_ in {"acl", "xcomp", "advcl"}
                and to_infinitive(c) and c.i > noun.i]
        if holders and acts and not _negated(noun.head):
            yield Duty("obligation", acts[0].i, conduct_phrase(acts[0]), holders[0].i, None)


def violated_by(doc: Doc) -> Iterator[Duty]:
    """"Operators violate the Act if they charge hidden fees", "a landlord
    breaches the code by refusing repairs": what one breaks a policy by
    doing, or if one does it, is forbidden conduct, the breaker's. Not
    where the breach is denied or only alleged ("the suit claims the firm
    violated the Act by ...")."""
    for verb in (t for t in with_lemmas(doc, _BREAKING_VERBS) if t.pos_ == "VERB"):
        breaker = _clause_doer(verb)
        if _negated(verb) or breaker is None or verb.dep_ in {"ccomp", "xcomp"} or verb.tag_ == "VBG":
            continue
        policy = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if policy is None or not (policy.pos_ == "PROPN" or policy.lemma_.lower() in _RULE_NOUNS):
            continue  # "breached her lease by keeping a dog": a contract, no policy
        acts = [o for o in pobjs(verb, {"by"}) if o.tag_ == "VBG"]
        acts += [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                 and any(m.dep_ == "mark" and m.lower_ in {"if", "when", "whenever"} for m in c.children)]
        stated = False
        for act in acts:
            conduct = conduct_phrase(act) or _failure_phrase(act)
            doer = _subject(act) if act.dep_ == "advcl" else None
            theirs = doer is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children)
            if doer is not None and doer.pos_ != "PRON" and not theirs:
                continue  # "violates the Act if the inspector finds leaks": what another does is no breach of theirs
            stated = True
            yield Duty("prohibition", act.i, conduct, breaker.i, policy.i)
        subject = _subject(verb)  # "an employer who schedules minors beyond these limits violates the Act"
        hedged = any(a.dep_ == "aux" and a.lower_ in {"may", "might", "could", "can", "would"} or a.dep_ == "advmod"
                     and a.lower_ in {"arguably", "allegedly", "possibly", "perhaps"} for a in verb.children)
        if not stated and subject is not None and subject.tag_ in {"NN", "NNS"} and not in_condition(verb) and not hedged:
            # an act, not a state or what befell them ("a carrier that was hacked", "that has 50 workers")
            for clause in (c for c in _doer_clauses(subject) if c.lemma_ not in {"be", "have"}
                           and not any(a.dep_ in {"auxpass", "nsubjpass"} for a in c.children)):
                yield Duty("prohibition", clause.i, clause_conduct(clause), subject.i, policy.i)


#: Nouns for sanctions taken against wrongdoers: "seek forfeitures against providers that ..." (an action only
#: as enforcement or discipline: "filed a lawsuit against" is a private suit, no policy's sanction).
_ACTIONS_AGAINST = frozenset({"forfeiture", "penalty", "fine", "sanction"})
_ENFORCING = frozenset({"enforcement", "disciplinary", "regulatory"})




def _sanction_taken(noun: Token) -> bool:
    """"forfeitures", "penalties", "enforcement action", "disciplinary
    action": a step that punishes (not "a lawsuit", "legal action")."""
    return noun.lemma_.lower() in _ACTIONS_AGAINST or noun.lemma_.lower() == "action" and any(
        c.lower_ in _ENFORCING for c in noun.children if c.dep_ in {"compound", "amod"})


def sanctions_against(doc: Doc) -> Iterator[Duty]:
    """"The agency may take enforcement action against firms that continue
    to sell recalled products", "seek forfeitures against providers that
    violate these rules": what those a sanction is taken against do is
    punished; they do it. Not against a thing ("action against the
    outbreak"), nor what befell them ("against owners whose boats sank")."""
    for against in with_words(doc, {"against"}):
        taken = against.head
        if against.dep_ != "prep" or not any(_sanction_taken(t) for t in [taken, *(
                o for o in taken.children if o.dep_ == "dobj" and taken.pos_ == "VERB")]):
            continue
        if _negated(taken) or taken.pos_ == "NOUN" and _negated(taken.head):
            continue
        verb = taken if taken.pos_ == "VERB" else taken.head
        if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in _URGED_BY_OTHERS:
            continue  # "groups urged the FCC to impose disciplinary action against ...": asked for, not taken
        for target in (o for o in against.children if o.dep_ == "pobj"):
            for clause in (c for c in _doer_clauses(target) if not any(a.dep_ == "auxpass" for a in c.children)):
                yield Duty("penalty", clause.i, clause_conduct(clause), target.i, None)


def done_in_violation(doc: Doc) -> Iterator[Duty]:
    """"The firm placed calls without consent, in violation of the Act",
    "the agency fined the carrier for placing calls in violation of the
    Act": what is done in breach of a policy is conduct it forbids, the
    doer's (for a sanction, whoever it falls on). Not where the act is
    denied, supposed or only alleged ("the complaint alleges that ...")."""
    for noun in doc:
        if not in_breach_of(noun):
            continue
        policy = next((o for o in pobjs(noun, {"of"}) if o.pos_ == "PROPN" or o.lemma_.lower() in _RULE_NOUNS), None)
        verb = noun.head.head
        if verb.dep_ == "relcl" and doc[noun.head.i - 1].text == ",":
            verb = verb.head  # "took deposits for work it never did, in violation of": the parse hangs it on "did"
        while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
            verb = verb.head  # "placing calls without consent in violation of": hung on the act's object
        if policy is None or verb.pos_ not in {"VERB", "AUX"} or denied_above(verb) or in_condition(verb) \
                or asked(verb) or any(a.lemma_.lower() in _ALLEGING_VERBS or _denied_noun(a) for a in verb.ancestors):
            continue  # ("has not determined that the plant operated in violation of ...": no breach is stated)
        punished = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN"}]
        for_acts = [o for h in [verb, *punished, *(c for c in verb.children if c.dep_ == "dobj")]
                    for o in pobjs(h, {"for"}) if o.tag_ == "VBG"]
        if verb.lemma_.lower() in _SANCTIONS_FOR_ACTS and for_acts:
            act = for_acts[0]
            doer = next((c for c in punished if c.dep_ == "dative"), punished[0] if punished else None)
        elif verb.lemma_.lower() in _SANCTIONS_FOR_ACTS:
            continue  # "fined the carrier in violation of the Act": the fine breaks it, or no act is named
        else:
            act, doer = verb, _clause_doer(verb)
        conduct = tuple(i for i in conduct_phrase(act) or _failure_phrase(act) if i < noun.head.i)
        while conduct and doc[conduct[-1]].is_punct:
            conduct = conduct[:-1]
        if len(conduct) >= 2:  # ("operated in violation of ...": the verb alone names no act)
            yield Duty("prohibition", act.i, conduct, doer.i if doer is not None and doer.pos_ in {"NOUN", "PROPN"}
                       else None, policy.i)


def _denied_noun(tok: Token) -> bool:
    """"no evidence that ...", "no sign that ...": a noun that denies the clause it governs."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


#: Nouns of breaking a rule, after "in": "in violation of the Act", "in breach of the order".
BREACH_NOUNS = frozenset({"violation", "breach", "contravention", "defiance"})
#: Verbs of sanctioning someone: their object is who is punished ("fine hosts", "sue landlords").
SANCTIONING_VERBS = frozenset({"fine", "penalize", "penalise", "sanction", "punish", "sue", "prosecute"})
#: ... and the verbs of a sanction whose "for" names the act punished: "fined the carrier for placing calls".
_SANCTIONS_FOR_ACTS = SANCTIONING_VERBS | {"charge", "cite", "impose", "assess", "order", "settle"}
#: Verbs of a claim not yet proved: what they report was done is only alleged.
_ALLEGING_VERBS = frozenset({"allege", "claim", "accuse", "contend", "argue", "assert", "suspect"})


def in_breach_of(noun: Token) -> bool:
    """"(placed calls) in violation of the Act", "in breach of the order":
    the phrase says how an act stands to a policy; it names no conduct.

    >>> import spacy
    >>> in_breach_of(spacy.blank("en")("violation")[0])
    False
    """
    return noun.lemma_.lower() in BREACH_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and any(p.lower_ == "of" for p in noun.children)


#: Nouns for a rule one can break: "violates the code", "breaches the order" (a lease or contract is no policy).
_RULE_NOUNS = frozenset({"act", "law", "rule", "regulation", "code", "ordinance", "statute", "order", "directive",
                         "standard", "requirement", "policy", "ban", "prohibition", "agreement", "decree", "judgment"})
#: Verbs of breaking a rule, said of whoever breaks it.
_BREAKING_VERBS = frozenset({"violate", "breach", "contravene", "infringe"})


def offences_named(doc: Doc, *, prohibition_cues: frozenset[str]) -> Iterator[Duty]:
    """"Flying a drone near an airport is a violation of the Act",
    "violations include flying at night and ignoring a no-fly order",
    "prohibited practices include bait pricing": an act the text calls an
    offence, or lists among forbidden ones, is forbidden; the policy is the
    one the offence is "of" or "under"."""
    # a reported claim ("the suit argues that the rule is a violation of the Act") states no rule
    for verb in (t for t in with_lemmas(doc, {"be", "include"}) if not _negated(t) and t.dep_ != "ccomp"):
        if verb.lemma_.lower() == "be":
            offences = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in OFFENCE_NOUNS]
            acts = [c for c in verb.children if c.dep_ in {"csubj", "nsubj"}] if offences else []
        else:
            offences = [s for s in [_subject(verb)] if s is not None and _names_offences(s, prohibition_cues)]
            acts = [c for c in verb.children if c.dep_ in {"dobj", "xcomp"}] if offences else []
        acts += [c for a in acts for c in a.conjuncts if c.i > a.i]
        offences += [o for n in offences for o in pobjs(n, {"of"}) if _names_offences(o, prohibition_cues)]
        # "examples of violations of the Act": the Act; "examples of prohibited conduct" name no policy
        policy = next((o for n in offences for o in pobjs(n, {"of", "under"}) if not _names_offences(o, prohibition_cues)
                       and (o.pos_ == "PROPN" or o.lemma_.lower() not in _GENERIC_ACTS)), None)
        def offence(act: Token) -> Duty | None:
            if act.tag_ == "VBG":
                conduct = gerund_conduct(act)
            elif act.pos_ == "NOUN" and names_conduct(act):
                conduct = nominal_conduct(act)
            else:
                return None
            return Duty("prohibition", act.i, conduct, None, policy.i if policy is not None else None)

        yield from whole_acts(acts, offence)


def pobjs(tok: Token, preps: set[str]) -> list[Token]:
    """The objects of `tok`'s prepositions among `preps` ("by" as a passive's agent too)."""
    return [c for prep in tok.children if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps
            for c in prep.children if c.dep_ in {"pobj", "pcomp"}]


def _names_offences(noun: Token, prohibition_cues: frozenset[str]) -> bool:
    """"violations", "prohibited practices", "examples of unlawful conduct"."""
    named = [noun, *pobjs(noun, {"of"})] if noun.lemma_.lower() in {"example", "form", "type", "kind"} else [noun]
    return any(n.lemma_.lower() in OFFENCE_NOUNS or any(
        a.dep_ == "amod" and (a.lower_ in prohibition_cues or a.lemma_.lower() in prohibition_cues) for a in n.children)
        for n in named)


def penalties_in_cases(doc: Doc) -> Iterator[Duty]:
    """"In the case of a fraudulent claim, a civil fraud penalty of 75
    percent applies": the case a penalty is laid down for is conduct it
    punishes (not "in the case of a tie, the chair decides")."""
    for case in with_lemmas(doc, _CASE_NOUNS):
        verb = case.head.head
        if case.dep_ != "pobj" or case.head.lower_ != "in" or verb.pos_ not in {"VERB", "AUX"} or _negated(verb):
            continue
        subj = _subject(verb)
        if subj is None or subj.lemma_.lower() not in _PENALTY_NOUNS:
            continue
        for act in (a for o in pobjs(case, {"of"}) for a in [o, *o.conjuncts] if a.pos_ == "NOUN"):
            # ("a fraudulent claim or a false statement": each without the others)
            others = {t.i for c in act.children if c.dep_ in {"cc", "conj"} for t in c.subtree}
            conduct = _contiguous(doc, [t.i for t in act.subtree if t.i not in others])
            if conduct:
                yield Duty("penalty", act.i, conduct, None, None)


def offences_committed(doc: Doc) -> Iterator[Duty]:
    """"A pool operator who hires an uncertified lifeguard commits a
    misdemeanor": what someone does to commit an offence is forbidden
    conduct, theirs (the policy is the one the sentence names)."""
    for commit in (t for t in with_lemmas(doc, {"commit"}) if t.pos_ == "VERB" and not _negated(t)):
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in OFFENCE_NOUNS for c in commit.children):
            continue
        doer = _subject(commit)
        for clause in _doer_clauses(doer) if doer is not None else []:
            yield Duty("prohibition", clause.i, clause_conduct(clause), doer.i, None)


#: Adjectives by which a text calls conduct a wrong the law forbids: "may be deceptive", "unfair acts or practices".
WRONGFUL = frozenset({"unlawful", "illegal", "deceptive", "unfair", "abusive", "fraudulent", "misleading"})
#: What conduct is called when it is said to be a wrong of some kind: "an illegal rent increase", "a prohibited sale".
CALLED_WRONG = WRONGFUL | {"prohibited", "banned"}


def called_wrongful(doc: Doc) -> Iterator[Duty]:
    """"Lenders that charge borrowers for insurance they do not need may be
    engaging in unfair acts or practices", "dealers that hide fees are
    being deceptive": what those a text calls unfair or deceptive do (the
    relative clause) is forbidden conduct, theirs (conduct itself called so
    is `declared_bans`'). Not when denied, asked, supposed or only reported
    as someone's view."""
    for verb in with_lemmas(doc, {"be", "engage"}):
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in {"be", "engage"} or verb.dep_ == "ccomp":
            continue  # (nor what someone says: "airlines say passengers who cancel late are being unfair")
        said = verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in WRONGFUL for c in verb.children)
        engaged = verb.lemma_.lower() == "engage" and any(  # "engaging in unfair acts or practices"
            a.lower_ in WRONGFUL for o in pobjs(verb, {"in"}) for a in o.children if a.dep_ in {"amod", "conj"})
        if not said and not engaged or in_question(verb) or in_condition(verb) \
                or denied_above(verb):
            continue
        subject = _subject(verb) or next((c for c in verb.children if c.dep_ == "csubj"), None)
        if subject is None:
            continue
        for clause in _doer_clauses(subject):
            yield Duty("prohibition", clause.i, clause_conduct(clause), subject.i, None)


def _forbidden(act: Token, doer: Token | None, maker: Token | None) -> Iterator[Duty]:
    """The prohibitions a policy (`maker`) states on an act and the verbs
    that share its doer ("to buy or resell tickets")."""
    for conduct in [act, *_shared_conjuncts(act)]:
        yield Duty("prohibition", conduct.i, conduct_phrase(conduct), doer.i if doer is not None else None,
                   maker.i if maker is not None else None)


def declared_bans(doc: Doc, *, prohibition_cues: frozenset[str]) -> Iterator[Duty]:
    """"The resale of permits is prohibited", "late registration is not
    permitted", "dumping waste is illegal": the subject of a ban stated as a
    predicate is forbidden conduct. Its doer and policy are not stated."""
    for pred in doc:
        lemma = pred.lemma_.lower()
        banned = (pred.tag_ == "VBN" and (lemma in prohibition_cues or pred.lower_ in prohibition_cues)
                  and any(c.dep_ == "auxpass" for c in pred.children) and not _negated(pred))
        not_allowed = pred.tag_ == "VBN" and lemma in _PERMISSION_VERBS and _negated(pred)
        # ("misrepresenting the cost may be deceptive"; not "does not suggest that the insurance itself is unlawful")
        illegal = pred.pos_ == "ADJ" and pred.dep_ == "acomp" and (
            pred.lower_ in prohibition_cues or pred.lower_ in WRONGFUL and pred.head.dep_ != "ccomp") \
            and not denied_above(pred.head)  # ("opponents argue it is unfair")
        # "any fee not listed is not permissible", "a resale is lawful only if ...": refused or restricted
        refused = pred.pos_ == "ADJ" and pred.dep_ == "acomp" and pred.lower_ in _PERMITTED_ADJECTIVES \
            and pred.head.dep_ != "ccomp" and (  # "critics said the deal is not lawful": a claim, no rule
            _negated(pred.head) or any(c.lower_ == "only" for c in pred.children)
            or any(c.lower_ == "only" for a in [*pred.children, *pred.head.children] if a.dep_ == "advcl"
                   for c in a.children))
        # "charging rent above the cap is an illegal rent increase": the subject is called a wrong of some kind
        called = pred.pos_ == "ADJ" and pred.dep_ == "amod" and pred.lower_ in CALLED_WRONG \
            and pred.head.dep_ == "attr" and pred.head.head.lemma_ == "be" and pred.head.head.dep_ != "ccomp" \
            and not _negated(pred.head.head) and not denied_above(pred.head.head)
        verb = pred.head if illegal or refused else pred.head.head if called else pred
        if pred.pos_ == "VERB" and pred.tag_ != "VBN" and lemma in _PERMISSION_VERBS | {"tolerate"} and _negated(pred) \
                and pred.dep_ not in {"ccomp", "xcomp"} and not any(_negated(v) for v in pred.ancestors):
            # "the Code does not permit night fishing", "will not tolerate bribery" (not "critics say it does not ...")
            imposer = _subject(pred)
            policy = imposer.i if imposer is not None else None
            for obj in (c for c in pred.children if c.dep_ == "dobj" and c.i > pred.i):
                acts = [obj, *(c for c in obj.conjuncts if c.i > obj.i and c.tag_ == obj.tag_)]
                yield from (d for a in acts if (d := _banned_act(a, policy)) is not None)
            continue
        if not (banned or not_allowed or illegal or refused or called):
            continue
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}):
            # each act of a list: "filling pools and hosing down driveways are banned"
            acts = [subject, *(c for c in subject.conjuncts if c.tag_ == "VBG" and c.i > subject.i)] \
                if subject.tag_ == "VBG" else [subject]
            yield from whole_acts(acts, _banned_act)


def whole_acts(acts: list[Token], duty_of: Callable[[Token], Duty | None]) -> Iterator[Duty]:
    """Each act's duty, in order, but none for an act already named inside
    an earlier one's conduct: "deleting or altering footage", "dismissing,
    demoting or penalising a worker" are one act, named at the first gerund."""
    said: set[int] = set()
    for act in acts:
        duty = duty_of(act) if act.i not in said else None
        if duty is not None:
            said.update(duty.conduct)
            yield duty


def _banned_act(act: Token, policy: int | None = None) -> Duty | None:
    """The ban on one act a clause names: an -ing form with what it acts on,
    or a noun that names an act by its ending ("the resale of permits")."""
    if act.tag_ == "VBG":
        return Duty("prohibition", act.i, gerund_conduct(act), None, policy)
    if act.pos_ == "NOUN" and is_action_noun(act, named_object=False):
        return Duty("prohibition", act.i, nominal_conduct(act), None, policy)
    return None


#: "is not permissible", "is lawful only if": adjectives of allowing, refused or restricted.
_PERMITTED_ADJECTIVES = {"permissible", "allowable", "lawful", "legal"}
#: "is not permitted", "is not allowed": a ban by refusal.
_PERMISSION_VERBS = {"permit", "allow", "authorize", "authorise"}
#: Endings of English nouns that name an act ("registration", "payment",
#: "removal", "disclosure", "dumping").
_ACTION_SUFFIXES = ("tion", "sion", "ment", "al", "ance", "ence", "ure", "ing", "sale", "use", "ery")


def is_action_noun(tok: Token, *, named_object: bool = True) -> bool:
    """A noun that names an act by its ending: "registration", "the payment",
    "removal", "resale"; not "boat" or "permit".

    The ending alone is a guess, so where the slot could hold any noun the
    noun must also have an "of" complement saying what is acted on, or be
    an -ing form (`named_object`); the subject of "is prohibited" needs no more.
    """
    word = tok.lower_
    if not word.endswith(_ACTION_SUFFIXES) or len(word) < 5 and word not in {"use", "sale"}:
        return False
    return not named_object or word.endswith("ing") or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def nominal_conduct(noun: Token) -> tuple[int, ...]:
    """An act named by a noun, with its left modifiers and its "of" phrase
    or infinitive: "the unlicensed resale of permits" -> "unlicensed resale
    of permits", "failure to report a spill"."""
    toks = [t.i for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "poss", "predet"}
            and not (t.dep_ == "case" and t.head.dep_ == "poss")  # "a center's failure": whose it is, not the act
            and not (t.is_punct and t.text != "-")]
    owns = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    # "the sale or installation of an exhaust system": acts coordinated before one "of" phrase share it
    shared = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > noun.i] if not owns else []
    for conj in shared[-1:]:
        of = [c for c in conj.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of:
            toks += list(range(noun.i + 1, conj.i + 1))
            owns = of
    between = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and owns and noun.i < c.i < owns[0].i]
    if between:  # (or the parse hangs the shared phrase on the first)
        toks += list(range(noun.i + 1, owns[0].i))
    for prep in owns:
        # "sale of speculative tickets, which are ...": the clause describes the tickets, not the act
        clauses = {t.i for d in prep.subtree if d.dep_ in {"relcl", "acl", "appos"} for t in d.subtree}
        phrase = [t.i for t in prep.subtree if t.i not in clauses]
        while phrase and noun.doc[phrase[-1]].is_punct:
            phrase.pop()  # the comma before the clause
        toks += phrase
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB" and c.i == noun.i + 2
                   and doc_word(noun, noun.i + 1) == "to"):  # "failure to report a spill", "refusal to pay"
        toks += list(conduct_phrase(clause) or (clause.i,)) + [noun.i + 1]
    toks = up_to_gap(sorted(set(toks)))
    while toks and noun.doc[toks[0]].dep_ in {"det", "poss", "predet"} | {"neg"}:
        toks.pop(0)
    return tuple(toks) if len(toks) <= _MAX_WORDS else tuple(i for i in toks if i <= noun.i)


def doc_word(tok: Token, i: int) -> str:
    """The lower-case word at index `i` of `tok`'s doc, or "" past its end."""
    return tok.doc[i].lower_ if 0 <= i < len(tok.doc) else ""


def _infinitive_in_description(obj: Token) -> list[Token]:
    """"requires agencies that take part in Medicare | to report injuries":
    the parser hangs the infinitive after a relative clause describing the
    object somewhere inside that clause; it is what the object must do. The
    last infinitive ending the clause, not one the clause's verb takes at
    once ("employers who want to hire workers | to pay ...")."""
    out = []
    for rel in (r for r in obj.children if r.dep_ in {"relcl", "acl"} and r.i > obj.i):
        if rel.tag_ == "VB" and rel.left_edge.lower_ == "to" and rel.left_edge.i == obj.i + 1 \
                and _subject(rel) is None:
            out.append(rel)  # "requires retailers | to register": the parse may make the infinitive describe them
            continue
        inner = [t for t in rel.subtree if t.tag_ == "VB" and t.dep_ in {"advcl", "xcomp", "relcl", "acl"} and t.i > rel.i
                 and t.left_edge.lower_ == "to" and t.left_edge.i > rel.i + 1 and t.right_edge.i == rel.right_edge.i]
        out += inner[-1:]
    return out


def _infinitive_after(clause: Token, objects: list[Token]) -> bool:
    """"directs the office | to inspect": an infinitive right after the
    object, which the parser may call a clause of purpose (advcl); a closing
    bracket between them counts for nothing ("directs the Department (HHS)
    to publish")."""
    if clause.dep_ != "advcl" or not objects or clause.left_edge.lower_ != "to" \
            or clause.left_edge.i <= objects[0].right_edge.i:  # "To reduce waste, the rule directs ...": a purpose
        return False
    doc = clause.doc
    end = objects[0].right_edge.i + 1
    participle = object_participle(clause.head, objects)
    if participle is not None:  # "requires each hospital operating in the state to post ...": the object's participle
        end = max(t.i for t in participle.subtree if not _enumerator(t)) + 1
    return all(t.text in {")", "]"} or t.is_space or _enumerator(t) for t in doc[end : clause.left_edge.i])


def object_participle(cue: Token, objects: list[Token]) -> Token | None:
    """A participle right after a cue's object that the parse hangs on the
    cue ("requires each hospital *operating* in the state (1) to post a
    file"): it says which of them, it is no duty."""
    if not objects:
        return None
    after = objects[0].right_edge.i + 1
    return next((c for c in cue.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VBG" and c.i == after), None)


def _enumerator(tok: Token) -> bool:
    """Whether a token is part of an inline enumerator: "(1)", "(a)", "(ii)"."""
    if tok.text in {"(", ")"}:
        return True
    return bool(re.fullmatch(r"\d{1,2}|[a-z]|[ivx]{1,4}", tok.text)) and 0 < tok.i < len(tok.doc) - 1 \
        and tok.doc[tok.i - 1].text == "(" and tok.doc[tok.i + 1].text == ")"


#: Endings of nouns that name an act or a quality, never someone who could be told to act.
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ism")
#: Nouns for bodies that end like an act or a quality: "requires the department to report".
_BODIES_LIKE_ACTS = frozenset({"commission", "division", "administration", "organization", "organisation",
                               "association", "federation", "confederation", "corporation", "institution",
                               "foundation", "coalition",
                               "government", "department", "authority", "entity", "city", "municipality",
                               "university", "community", "management", "parliament", "business", "utility",
                               "alliance", "nation", "minority", "population"})


def names_an_act(noun: Token) -> bool:
    """Whether a noun names an act or a quality ("inspections", "safety"),
    not a body ("the Federal Trade Commission", "the department").

    >>> import spacy
    >>> doc = spacy.blank("en")("inspection department")
    >>> names_an_act(doc[0]), names_an_act(doc[1])
    (True, False)
    """
    word = (noun.lemma_ or noun.text).lower()
    return noun.pos_ != "PROPN" and word.endswith(_ABSTRACT_ENDINGS) and word not in _BODIES_LIKE_ACTS


#: Verbs for running a policy: who is responsible for doing them to a policy runs it, owing no conduct under it.
RUNNING_VERBS = frozenset({"implement", "enforce", "administer", "oversee", "manage", "run", "operate", "supervise"})


#: Nouns for what someone owes: "have a duty to provide housing".
DUTY_NOUNS = frozenset({"duty", "obligation", "responsibility"})


def to_infinitive(verb: Token) -> bool:
    """A base-form verb with its "to": "to post their fees"."""
    return verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


#: Verbs that put a responsibility on their object: "makes operators responsible for ..." ("hold X
#: responsible for" mostly blames them for something done).
_HOLDING_VERBS = {"make"}


def periphrastic_duties(doc: Doc) -> Iterator[Duty]:
    """"Districts have to update their plans", "landlords need to register",
    "owners are responsible for reporting spills", "it is the duty of
    owners to report spills": an obligation on the
    subject; "drivers must ensure they never block the
    bus lane": what the ensured clause forbids (or requires) is the duty, and
    the doer is the one who must ensure it."""
    for cue in with_lemmas(doc, _PERIPHRASTIC_CUES):
        lemma = cue.lemma_.lower()
        made = cue.dep_ in {"ccomp", "oprd", "xcomp"} and cue.head.lemma_.lower() in _HOLDING_VERBS
        held = cue.dep_ == "amod" and cue.head.dep_ == "dobj" and cue.head.head.lemma_.lower() in _HOLDING_VERBS
        negated = _negated(cue.head.head) if held else _negated(cue.head)
        if lemma == "responsible" and (cue.dep_ == "acomp" or made or held) and not negated:
            # "are responsible for reporting"; "makes operators responsible for", "holds landlords responsible for"
            subject = cue.head if held else next((c for c in cue.children if c.dep_ == "nsubj"), None) or next(
                (c for c in cue.head.children if c.dep_ == "dobj"), None) if made else _clause_doer(cue.head)
            for gerund in (c for p in cue.children if p.dep_ == "prep" and p.lower_ == "for"
                           for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                           # "responsible for notifying customers and removing the product": each is owed
                           for c in [g, *(x for x in g.conjuncts if x.tag_ == "VBG" and x.i > g.i)]
                           if c.lemma_.lower() not in RUNNING_VERBS):  # "responsible for enforcing the rule" runs it
                yield Duty("obligation", gerund.i, conduct_phrase(gerund), subject.i if subject is not None else None, None)
        if lemma == "be" and not _negated(cue):  # "it is the responsibility of operators to post fees"
            duty = next((a for a in cue.children if a.dep_ == "attr" and a.lemma_.lower() in DUTY_NOUNS), None)
            owers = [o for p in duty.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"] if duty is not None else []
            for verb in (c for c in cue.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and to_infinitive(c)) \
                    if owers else ():
                yield Duty("obligation", verb.i, conduct_phrase(verb), owers[0].i, None)
        yield from _tasked(cue)
        if lemma not in {"have", "need", "ensure"} or cue.pos_ not in {"VERB", "AUX"} or _negated(cue):
            continue
        if any(a.dep_ == "aux" and a.lower_ in _GUESSING_MODALS for a in cue.children):
            continue  # "vendors might have to carry permits": a guess about what could be asked, no duty
        if lemma in {"have", "need"} and cue.dep_ not in {"relcl", "acl", "advcl"}:  # "parents who need to call"
            subject = _clause_doer(cue)
            # "has limited resources to enforce the rule": what it has is for that, nothing owed
            owed = [] if any(o.dep_ == "dobj" for o in cue.children) else [c for c in cue.children if c.dep_ == "xcomp"]
            if lemma == "have":  # "employers have a duty to provide housing"
                owed += [v for o in cue.children if o.dep_ == "dobj" and o.lemma_.lower() in DUTY_NOUNS
                         for v in o.children if v.dep_ in {"acl", "relcl"}]
            for verb in (c for c in owed if to_infinitive(c)):
                for conduct in [verb, *_shared_conjuncts(verb)]:
                    yield Duty("obligation", conduct.i, conduct_phrase(conduct), subject.i if subject is not None else None, None)
        if lemma == "ensure" and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cue.children):
            subject = _clause_doer(cue)
            for clause in (c for c in cue.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
                kind = "prohibition" if _negated(clause) else "obligation"
                for conduct in [clause, *_shared_conjuncts(clause)]:
                    yield Duty(kind, conduct.i, conduct_phrase(conduct), subject.i if subject is not None else None, None)


#: The words `periphrastic_duties` (and `_tasked`) read a duty from.
_PERIPHRASTIC_CUES = frozenset({"responsible", "be", "task", "have", "need", "ensure"})


#: Modals of a guess: "might have to", "may have to", "could need to" say what may come to be owed, not what is.
_GUESSING_MODALS = {"might", "could", "may"}


#: Adjectives by which "it is ... for X to Y" obliges X: "it is mandatory for cooperatives to install cameras".
_MANDATORY = {"mandatory", "compulsory", "obligatory", "required"}


def _tasked(cue: Token) -> Iterator[Duty]:
    """Duties said with a task: "operators are tasked with screening
    containers", "it is mandatory for cooperatives to install cameras". Not
    denied ("are not tasked with"), nor running the policy ("is tasked with
    enforcing the rule": `relations.enforcers`). Not what someone "is
    expected to" do, which mostly forecasts ("buyers are expected to save
    on fuel"), nor a deadline ("have 60 days to comment":
    a right as often as a duty), nor a responsibility borne ("bears
    responsibility for causing the spill": blame as often as a duty)."""
    lemma = cue.lemma_.lower()
    if cue.pos_ not in {"VERB", "AUX", "ADJ"} or _negated(cue):
        return
    if lemma == "task" and any(c.dep_ == "auxpass" for c in cue.children):  # "are tasked with screening ..."
        doer = _subject(cue)
        for g in (g for p in cue.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                  if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() not in RUNNING_VERBS):
            yield Duty("obligation", g.i, conduct_phrase(g), doer.i if doer is not None else None, None)
    if lemma == "be" and any(a.dep_ == "acomp" and a.lower_ in _MANDATORY for a in cue.children):
        # "it is mandatory for cooperatives to install cameras": the parse hangs the infinitive on "for"
        # (or makes "for" the mark of a clause whose subject is the doer)
        verbs = [v for a in cue.children if a.dep_ in {"prep", "acomp"} for p in [a, *a.children]
                 if p.dep_ == "prep" and p.lower_ == "for" for v in p.children if v.dep_ == "pcomp" and v.tag_ == "VB"]
        verbs += [v for v in cue.children if v.dep_ in {"advcl", "ccomp", "xcomp"} and v.tag_ == "VB"
                  and any(m.dep_ == "mark" and m.lower_ == "for" for m in v.children)]
        for v in verbs:
            doer = _subject(v)
            yield Duty("obligation", v.i, conduct_phrase(v), doer.i if doer is not None else None, None)


def unmet_duties(doc: Doc) -> Iterator[Duty]:
    """"Nursing homes did not report abuse as required by the Act", "did
    not notify the office, as the rule requires", "contrary to the rule,
    marinas did not post their fees": what someone did not do, said to be
    required, is conduct the policy requires of them (what an audit or an
    enforcement notice finds left undone)."""
    for verb in doc:
        if verb.pos_ != "VERB" or not _negated(verb):
            continue
        required = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "require"
                    and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]
        contrary = [c for c in verb.children if c.lower_ == "contrary" and any(p.lower_ == "to" for p in c.children)]
        if not required and not contrary:
            continue
        policy = next((o for c in required for a in c.children if a.dep_ == "agent" for o in a.children
                       if o.dep_ == "pobj"), None) or next(
            (s for c in required for s in c.children if s.dep_ == "nsubj"), None) or next(
            (o for c in contrary for p in c.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"), None)
        doer = _subject(verb)
        yield Duty("obligation", verb.i, conduct_phrase(verb), doer.i if doer is not None else None,
                   policy.i if policy is not None else None)


def failed_duties(doc: Doc) -> Iterator[Duty]:
    """"The company failed to file reports, train its staff, or notify the
    regulator" / "its failure to file reports": what someone failed
    to do is conduct they owed (an obligation), and its doer is the subject."""
    for cue in with_lemmas(doc, {"fail", "failure", "neglect"}):
        if cue.lemma_.lower() not in {"fail", "failure", "neglect"} or _negated(cue) or cue.tag_ == "VBG":
            continue  # "failing to meet standards" is itself the conduct's name (a gerund)
        subject = _clause_doer(cue) if cue.pos_ in {"VERB", "AUX"} else next(
            (c for c in cue.children if c.dep_ == "poss"), None)
        for head, phrase in _failed_conduct(cue):
            yield Duty("obligation", head, phrase, subject.i if subject is not None else None, None)


def _failed_conduct(cue: Token) -> list[tuple[int, tuple[int, ...]]]:
    """What "fail to" / "failure to" names, as (head token, tokens) pairs."""
    out = []
    verbs = [c for c in cue.children if c.dep_ in {"xcomp", "acl"} and c.tag_ == "VB"]
    # "failed to file reports, train staff, properly maintain a log, and ...": the parse may hang the list's
    # later verbs on "failed" or on each other as bare clauses of their own, each after a comma
    listed = [c for h in [cue, *verbs] for c in h.children if verbs and c.i > verbs[0].i and _listed_verb(c)]
    while listed:
        verbs.append(listed.pop(0))
        listed += [c for c in verbs[-1].children if c.dep_ != "conj" and _listed_verb(c)]
    for verb in verbs:
        joined = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB" and c not in verbs]
        shared = conduct_phrase(joined[-1]) if joined and verb.i - cue.i <= 2 and not conduct_phrase(verb) else ()
        if shared and shared[-1] - cue.i <= _MAX_WORDS:  # "fail to file or pay on time": one failure, said whole
            out.append((verb.i, tuple(range(cue.i, shared[-1] + 1))))
            continue
        for conduct in [verb, *joined]:
            phrase = conduct_phrase(conduct)
            if not phrase and conduct is verb and verb.i - cue.i <= 2:  # "owners who fail to register"
                phrase = tuple(range(cue.i, verb.i + 1))
            if phrase:
                out.append((conduct.i, phrase))
    return out


def _named_failure(cue: Token) -> list[tuple[int, tuple[int, ...]]]:
    """What a failure punished names, as (head token, tokens) pairs:
    "landlords who fail to return deposits must pay double" punishes
    failing to return them, so the first act is named with its "fail to"
    and headed by it (the act owed stays a duty of its own); the acts
    listed after it are named as `_failed_conduct` names them."""
    found = _failed_conduct(cue)
    if found and cue.doc[found[0][0]].head == cue and found[0][1][0] > cue.i:
        found[0] = (cue.i, tuple(range(cue.i, found[0][1][-1] + 1)))
    return found


#: Verbs of what a duty is for: "..., to help researchers track waste and to inform the public".
_PURPOSE_INFINITIVES = frozenset({"help", "ensure", "protect", "promote", "prevent", "avoid", "keep", "allow", "enable",
                            "reduce", "improve", "inform", "support", "encourage", "increase", "make", "assist"})


def _listed_infinitives(cue: Token, clauses: list[Token]) -> list[Token]:
    """"require institutions to share revenue, to maintain scholarships,
    and to cover medical expenses": after the first infinitive, a comma and
    "to" opening a run that ends in ", and to ..." lists more duties (the
    parse reads the second as a purpose); a lone ", to ensure compliance"
    is a purpose."""
    first = next((c for c in clauses if c.dep_ == "xcomp" and to_infinitive(c)), None)
    if first is None:
        return []
    doc = cue.doc
    for c in cue.children:
        if c.dep_ == "advcl" and to_infinitive(c) and c.i > first.i and doc[c.left_edge.i - 1].text == "," \
                and doc[c.left_edge.i].lower_ == "to" and c.lemma_.lower() not in _PURPOSE_INFINITIVES:
            # (the parse may hang the last one on a word inside the one before: "... remains enrolled, and to cover")
            more = [j for j in c.subtree if j.dep_ == "conj" and j.i > c.i and to_infinitive(j)
                    and doc[j.left_edge.i - 1].lower_ in {"and", "or"} and j.lemma_.lower() not in _PURPOSE_INFINITIVES]
            if more:
                return [c, *more]
    return []


def _listed_verb(verb: Token) -> bool:
    """A bare verb right after a list's comma, with no subject, mark or
    "to" of its own: the next item of a list of acts."""
    return (verb.dep_ in {"advcl", "dep", "conj"} and verb.tag_ == "VB" and verb.left_edge.i > 0
            and verb.doc[verb.left_edge.i - 1].text == ","
            and not any(g.dep_ in {"mark", "nsubj", "aux"} for g in verb.children))


def duties(doc: Doc, *, obligation_cues: frozenset[str], prohibition_cues: frozenset[str],
           penalty_cues: frozenset[str] = frozenset(), reward_cues: frozenset[str] = frozenset(),
           critics: frozenset[str] = frozenset(), supporters: frozenset[str] = frozenset()) -> list[Duty]:
    """Every duty or consequence in a parsed segment, one per conduct verb."""
    found: dict[int, Duty] = {}
    quoted = quoted_tokens(doc)
    for duty in [*caught_doing(doc, penalty_cues=penalty_cues, reward_cues=reward_cues),
                 *required_duties(doc, obligation_cues=obligation_cues, prohibition_cues=prohibition_cues),
                 *modal_duties(doc, obligation_cues=obligation_cues),
                 *consequences(doc, penalty_cues=penalty_cues, reward_cues=reward_cues, prohibition_cues=prohibition_cues),
                 *failed_duties(doc), *unmet_duties(doc), *periphrastic_duties(doc), *declared_bans(doc, prohibition_cues=prohibition_cues),
                 *made_unlawful(doc, prohibition_cues=prohibition_cues), *made_an_offence(doc), *offences_committed(doc),
                 *penalties_in_cases(doc),
                 *called_wrongful(doc), *recommended_acts(doc),
                 *offences_named(doc, prohibition_cues=prohibition_cues), *violated_by(doc), *nominal_bans(doc),
                 *nominal_duties(doc), *done_in_violation(doc), *sanctions_against(doc)]:
        earlier = found.get(duty.head)
        if earlier is not None and earlier.actor is None and duty.actor is not None and earlier.kind == duty.kind \
                and earlier.conduct == duty.conduct:
            # "imposed a fine on Harbor Fuel for dumping waste": a later reading of the same act may name its doer
            found[duty.head] = replace(earlier, actor=duty.actor)
            continue
        if earlier is not None and earlier.policy is None and duty.policy is not None \
                and earlier.kind in _FORBIDDING_KINDS:
            # "fined the carrier for placing calls, in violation of the Act": a later reading may name the policy
            found[duty.head] = replace(earlier, policy=duty.policy,
                                       actor=earlier.actor if earlier.actor is not None else duty.actor)
            continue
        if (duty.conduct or _owed_unnamed(doc, duty)) and duty.head not in found \
                and not ((duty.head in quoted or duty.actor is not None and doc[duty.actor].lower_ in {"i", "we"})
                         and _inability(doc[duty.head])) \
                and not is_state_or_thought(doc[duty.head]) and not claimed_harm(doc[duty.head], critics) \
                and not asked(doc[duty.head]) and not in_question(doc[duty.head]) \
                and not forced_in_argument(doc[duty.head], supporters) \
                and not (duty.kind == "prohibition" and sanction_added(doc[duty.head])):
            same = next((d for d in found.values() if d.conduct and d.conduct == duty.conduct), None)
            if same is not None:  # "owners who fail to register face a fine": the failure owed is also punished
                if same.kind == "obligation" and duty.kind in _CONSEQUENCE_KINDS:
                    actor = same.actor if same.actor is not None else duty.actor
                    found[same.head] = replace(same, kind=duty.kind, actor=actor)
                continue
            found[duty.head] = duty
            for example in listed_examples(doc, duty):
                found.setdefault(example.head, example)
    return [found[i] for i in sorted(found)]


def sanction_added(verb: Token) -> bool:
    """"A host who receives three violations will have the licence revoked
    and may not reapply for two years": a ban joined to a sanction on those
    who did something is part of the sanction, no conduct of its own."""
    if verb.dep_ != "conj":
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    sanctioned = lemma in {"lose", "forfeit"} or bool(done_to_their_own(head))  # (not "face new rules and may not")
    subject = _subject(head)
    return sanctioned and subject is not None and bool(_doer_clauses(subject))


def _owed_unnamed(doc: Doc, duty: Duty) -> bool:
    """"would require operators to register", "sellers must comply", "bars
    vendors from reselling": a duty whose conduct is one word too bare to
    name still says who owes it, so its policy regulates them (the guide's
    `evaluates`), though no behaviour is named. Only a verb in the form a
    duty takes (base, mandative or "from" + gerund): other rules may leave
    a finite verb with no conduct ("if using it means ..."); and only where
    a policy imposes it or the verb is a duty's own ("must register"), not
    an exhortation ("Congress must act, the mayor said")."""
    return duty.kind in {"obligation", "prohibition"} and duty.actor is not None \
        and doc[duty.head].tag_ in {"VB", "VBP", "VBG"} and doc[duty.actor].pos_ in {"NOUN", "PROPN"} \
        and (duty.policy is not None or doc[duty.head].lemma_.lower() in _INTRANSITIVE_DUTIES)


def nominal_bans(doc: Doc) -> Iterator[Duty]:
    """"imposes a ban on speculative listings", "the prohibitions on
    harassment and deception": what a ban or prohibition is on is banned, as
    with the verb ("bans speculative listings"). Not a ban denied, lifted or
    only asked about ("no ban on", "lifted the ban on", "whether to ban")."""
    for noun in with_lemmas(doc, _BAN_NOUNS):
        if noun.lemma_.lower() not in _BAN_NOUNS or noun.pos_ != "NOUN" or any(
                c.lower_ == "no" for c in noun.children) or in_condition(noun) or in_question(noun):
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and (_negated(verb) or verb.lemma_.lower() in _BAN_UNDOING_VERBS):
            continue
        for obj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                    for o in p.children if o.dep_ in {"pobj", "pcomp"}):
            for act in [obj, *obj.conjuncts]:
                if act.tag_ == "VBG":  # ("against holding or confiscating passports": the object shared)
                    head, phrase = (act.i, conduct_phrase(act)) if conduct_phrase(act) else shared_object_phrase(act)
                    if phrase:
                        yield Duty("prohibition", head, phrase, None, None)
                elif _someone(act):  # "a ban on foreign investors buying farmland": what they would do
                    hung = [c for c in act.children if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBG"]
                    hung = hung or [c for c in (verb.children if verb is not None else []) if c.dep_ == "advcl"
                                    and c.tag_ == "VBG" and c.i == act.i + 1]  # (the parse may hang it on the verb)
                    for g in hung:
                        if conduct_phrase(g):
                            yield Duty("prohibition", g.i, conduct_phrase(g), act.i, None)
                elif act.pos_ == "NOUN" and (is_action_noun(act, named_object=False) or act.lemma_.lower() in OFFENCE_NOUNS):
                    # an act ("resale", "harassment"); not the things dealt in ("large trucks", "the occupations")
                    yield Duty("prohibition", act.i, nominal_conduct(act), None, None)


#: Nouns for a ban: what they are "on" is banned.
_BAN_NOUNS = frozenset({"ban", "prohibition", "moratorium"})
#: Verbs that take a ban away, fight it or only wish for it: "lifted the ban on X", "repeal the prohibition on Y",
#: "critics want a ban on Z".
_BAN_UNDOING_VERBS = frozenset({"lift", "repeal", "end", "overturn", "remove", "rescind", "strike", "suspend", "waive",
                                "relax", "ease", "loosen", "reverse", "oppose", "challenge", "criticize", "block",
                                "want", "seek", "demand", "urge", "call", "ask", "push", "favor", "favour"})


def asked(tok: Token) -> bool:
    """Whether a word stands in a question ("Why should she lose her
    livelihood?", "Should vendors be fined?"): a question states no duty
    and no consequence. A statement with a question tagged on ("Marinas
    must pump out tanks, but who will pay?") still states its duty."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    return first is not None and first.lower_ in _QUESTION_OPENERS


#: Words a question opens with: a question word or an auxiliary put first.
_QUESTION_OPENERS = frozenset({"why", "what", "who", "whom", "whose", "which", "when", "where", "how", "should",
                               "must", "shall", "can", "could", "would", "will", "do", "does", "did", "is", "are",
                               "was", "were", "has", "have", "had", "may", "might"})


def claimed_harm(tok: Token, critics: frozenset[str]) -> bool:
    """"Hospital groups argue that the ratings penalize hospitals that treat
    poorer patients": a harm a cause's advocates or critics say a policy does
    is their worry (`concern_phrases`), not a penalty the text states."""
    for clause in (a for a in [tok, *tok.ancestors] if a.dep_ == "ccomp"
                   and a.lemma_.lower() in _HARMING_VERBS | _HARM_VERBS):
        speaker = _subject(clause.head)
        claiming = clause.head.lemma_.lower() in _ARGUING | _ALARMED
        if speaker is not None and claiming and (_cause_speaks(clause.head) or _critic_speaks(clause.head, critics)):
            return True
    return False


#: Verbs of arguing a case.
_ARGUING = {"argue", "contend", "claim", "allege", "insist", "complain", "say"}


#: Kinds of duty that say what follows from conduct, not only that it is owed.
_CONSEQUENCE_KINDS = {"penalty", "reward", "prohibition"}
#: Kinds of reading whose act a policy forbids or punishes.
_FORBIDDING_KINDS = frozenset({"penalty", "prohibition"})

#: Double quotation marks (a single one is as often an apostrophe).
QUOTES = frozenset({'"', "``", "''", "\u201c", "\u201d"})


#: Verbs for being in a state or having a thought: what they name is no conduct.
_STATE_VERBS = {"remain", "stay", "seem", "appear", "become", "exist", "know", "understand", "remember", "realize",
                "realise", "recognize", "recognise", "believe", "think", "expect", "note", "learn"}


def is_state_or_thought(verb: Token) -> bool:
    """"must remain in effect", "should keep in mind that ...", "should note
    that ...": a state or a thought, not conduct a policy governs."""
    if verb.lemma_.lower() in _STATE_VERBS:
        return True
    return verb.lemma_.lower() in {"keep", "bear"} and any(
        o.lower_ == "mind" for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children)


def unable_to_know(verb: Token) -> bool:
    """Whether "cannot" says someone is unable to find out or show
    something, not that they are forbidden to act: a verb of knowing ("the
    agency cannot know how many claims were paid"), one of finding out or
    showing with what is found out as a clause ("cannot determine how
    many", "cannot show that the scheme works"), or "not yet" ("cannot yet
    show"). "Vendors cannot show alcohol ads" and "landlords cannot assess
    late fees", "cannot tell tenants to leave" still forbid."""
    clause = any(c.dep_ == "ccomp" for c in verb.children)  # ("cannot tell tenants to leave" forbids)
    return verb.lemma_.lower() in _KNOWING_VERBS or verb.lemma_.lower() in _FINDING_OUT_VERBS and clause \
        or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)


#: Verbs of knowing: "cannot" before them says what is not known, not what is banned.
_KNOWING_VERBS = frozenset({"know", "understand", "ascertain", "quantify"})
#: Verbs of finding out or showing, which say so with a clause after them ("cannot show that ...").
_FINDING_OUT_VERBS = frozenset({"tell", "determine", "verify", "show", "demonstrate", "prove", "confirm", "estimate",
                                "assess", "measure", "establish"})


def _inability(verb: Token) -> bool:
    """"cannot afford": with "can", a negation says what someone is unable
    to do; in a rule's text it forbids, in someone's speech it does not."""
    return _negated(verb) and any(c.dep_ == "aux" and c.lower_ in {"can", "could", "ca"} for c in verb.children)


_SPEECH_VERBS = {"say", "tell", "add", "explain", "note", "state", "write", "ask", "insist", "argue"}


def quoted_tokens(doc: Doc) -> set[int]:
    """Tokens of words quoted as someone's speech ('"Our members cannot
    afford new gear," said Ana Ruiz'): inside quotation marks, in a sentence
    whose main verb, outside them, is one of saying. A quoted passage of a
    law is not speech."""
    out: set[int] = set()
    for sent in doc.sents:
        inside, quoted = False, set()
        for tok in sent:
            if tok.text in QUOTES:
                inside = not inside
            elif inside:
                quoted.add(tok.i)
        if quoted and sent.root.i not in quoted and sent.root.lemma_.lower() in _SPEECH_VERBS:
            out |= quoted
    return out


_EXAMPLE_PREPS = {"as", "including", "like"}
#: Endings of nouns that name an act ("discrimination", "harassment", "retaliation", "disclosure").
_ACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ing", "ure", "ism")
#: Nouns of conduct no ending marks, and of norms, whose examples are what they require or ban
#: ("comply with all laws, including the prohibition against confiscating passports").
_ACT_NOUNS = {"practice", "conduct", "act", "activity", "behavior", "behaviour", "abuse", "fraud", "misconduct",
              "breach", "offence", "offense", "infraction", "theft", "crime",
              "law", "rule", "regulation", "duty", "obligation", "standard", "provision", "ban",
              "step", "measure", "precaution", "safeguard"}  # ("take several steps, including installing tanks")


def names_conduct(holder: Token) -> bool:
    """Whether examples hung on `holder` can be conduct: a noun that names
    an act ("unfair practices such as charging hidden fees", "discrimination,
    including refusing to rent"), or a verb whose object does (or that has
    none). "Display the total price, including cleaning fees and taxes":
    the price's parts are no conduct, whatever the parse hangs them on."""
    if holder.pos_ in {"VERB", "AUX"}:
        objects = [c for c in holder.children if c.dep_ == "dobj"]
        return all(names_conduct(o) for o in objects)
    lemma = holder.lemma_.lower()
    return lemma.endswith(_ACT_ENDINGS) or lemma in _ACT_NOUNS or holder.tag_ == "VBG"


def listed_examples(doc: Doc, duty: Duty) -> list[Duty]:
    """Conduct given as examples of a duty's conduct is conduct of the same
    kind: "bans unfair practices such as charging hidden fees and refusing
    refunds", "must not take adverse actions, such as denying a shift or
    cutting pay", "prohibits discrimination, including refusing to rent"."""
    holders = [doc[i] for i in duty.conduct] + [doc[duty.head]]
    preps = {c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _EXAMPLE_PREPS
             and (c.lower_ != "as" or any(a.lower_ == "such" for a in c.children) or doc[c.i - 1].lower_ == "such")
             and names_conduct(h)}
    out = []
    for prep in sorted(preps, key=lambda t: t.i):
        for g in prep.subtree:
            if g.tag_ == "VBG" and g.dep_ in {"pcomp", "conj"} and g.i != prep.i:
                phrase = conduct_phrase(g)
                inner = next((conduct_phrase(x) for x in g.children if x.dep_ == "xcomp"), ())
                if not phrase and inner:  # "refusing to rent to families"
                    phrase = tuple(range(g.i, inner[-1] + 1))
                if phrase:
                    out.append(Duty(duty.kind, g.i, phrase, duty.actor, duty.policy))
            elif g.dep_ in {"pobj", "conj"} and g.pos_ == "NOUN" and g.lemma_.lower() in _FAILURE_NOUNS \
                    and any(x.dep_ == "acl" and x.tag_ == "VB" for x in g.children):
                # "violations, including failure to respond to a complaint within an hour": the failure, whole
                out.append(Duty(duty.kind, g.i, nominal_conduct(g), duty.actor, duty.policy))
    return out


#: Verbs of breaking a rule or term: "if the company violates the decree, it must pay penalties".
_BREACHING_VERBS = frozenset({"violate", "breach", "break", "contravene", "exceed", "miss", "ignore", "disregard",
                             "default"})


#: Nouns naming an act not done: "failure to file", "refusal to pay".
_FAILURE_NOUNS = frozenset({"failure", "refusal", "neglect"})


_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_LEAD = {"the", "a", "an", "each", "every", "all", "any", "covered", "these", "those"}


#: Recommendations said to be that someone act: "four recommendations, including that the Agency:", "Our
#: recommendations are that the Board:" (not "the recommendations that the Board accepted:").
_RECOMMENDED_THAT = re.compile(r"\brecommendations?\b.*\b(?:including|are|is|namely)\s+that\s+([^,:]+):\s*$",
                               re.IGNORECASE)


#: Someone said to have broken a policy by doing the items: "the companies breached the Act by:".
_BREACHED_BY = re.compile(r"(.*?)\b(?:breached|violated|contravened|broke|infringed)\b[^:]*\bby\s*:$", re.IGNORECASE)
#: The words that report a claim before what is claimed: "The NCMA alleges (that)".
_REPORTING = re.compile(r"^.*\b(?:alleges?|alleged|says?|said|found|finds|claims?|claimed|argues?|argued|charges?|"
                        r"charged)\s+(?:that\s+)?", re.IGNORECASE)
#: Words that deny what a list intro says of its items: "had not breached the Act by:", "denies it violated".
_DENIED = re.compile(r"\b(?:not|never|no|den(?:y|ies|ied)|disput(?:e|es|ed))\b|n't\b", re.IGNORECASE)
#: Words that turn a list of bans into its exceptions: "not allowed except:", "prohibited unless the warden ...:".
_EXCEPTED = re.compile(r"\b(?:except|unless|other than|but)\b", re.IGNORECASE)
#: A finding said to be that someone did the items: "It found that, between 2023 and 2024, Silver Delta:".
_FOUND_THAT = re.compile(r"\b(?:found|finds|determined|determines|concluded|concludes|alleges?|alleged)"
                         r"\s+that\b\s*,?\s*(?:[^:]*,\s*)?([^,:]+):\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # asked of the same intro by each item under it, and by three rules
def intro_duty(intro: str, *, obligation_cues: frozenset[str], prohibition_cues: frozenset[str]) -> tuple[str, str]:
    """(kind, doer) of a list intro whose items complete a duty: "Employers
    must:" -> ("obligation", "Employers"); "The rule requires landlords to:"
    -> ("obligation", "landlords"); "Drivers may not:" -> ("prohibition",
    "Drivers"). ("", "") when the intro states no duty.

    >>> intro_duty("Under the rule, H-9C employers must:", obligation_cues=frozenset({"must"}),
    ...            prohibition_cues=frozenset())
    ('obligation', 'H-9C employers')
    >>> intro_duty("We recommend that the Harbor Commission:", obligation_cues=frozenset(),
    ...            prohibition_cues=frozenset())
    ('recommendation', 'Harbor Commission')
    >>> intro_duty("To the Arden General Assembly:", obligation_cues=frozenset(), prohibition_cues=frozenset())
    ('recommendation', 'Arden General Assembly')
    >>> intro_duty("To comply, operators should, and in most cases must:", obligation_cues=frozenset({"must"}),
    ...            prohibition_cues=frozenset())
    ('obligation', 'operators')
    >>> intro_duty("Operators should, and under the rule must not:", obligation_cues=frozenset({"must"}),
    ...            prohibition_cues=frozenset())
    ('prohibition', 'Operators')
    >>> intro_duty("Operators must, and dock staff should (where feasible):", obligation_cues=frozenset({"must"}),
    ...            prohibition_cues=frozenset())
    ('recommendation', 'dock staff')
    >>> intro_duty("Operators may, but need not:", obligation_cues=frozenset({"need"}), prohibition_cues=frozenset())
    ('', '')
    >>> intro_duty("It found that, between 2023 and 2024, the company:", obligation_cues=frozenset(),
    ...            prohibition_cues=frozenset())
    ('finding', 'company')
    >>> intro_duty("The agency alleges the companies breached the Act by:", obligation_cues=frozenset(),
    ...            prohibition_cues=frozenset())
    ('prohibition', 'companies')
    >>> intro_duty("Under a settlement approved on a 5-0 vote, Acme will:", obligation_cues=frozenset(),
    ...            prohibition_cues=frozenset())
    ('obligation', 'Acme')
    >>> intro_duty("Next year, Acme will:", obligation_cues=frozenset(), prohibition_cues=frozenset())
    ('', '')
    >>> intro_duty("SFAs participating in the program must:", obligation_cues=frozenset({"must"}),
    ...            prohibition_cues=frozenset())
    ('obligation', 'SFAs')
    >>> intro_duty("Under Section 4, a covered bank would be required to:", obligation_cues=frozenset({"require"}),
    ...            prohibition_cues=frozenset())
    ('obligation', 'bank')
    >>> intro_duty("The rule does not require landlords to:", obligation_cues=frozenset({"require"}),
    ...            prohibition_cues=frozenset())
    ('', '')
    """
    last = last_sentence(intro)
    if not last.rstrip().endswith(":"):
        return "", ""
    if any(_OFFENCES_LISTED.fullmatch(part) for part in (last.strip(), re.split(r",\s*", last.strip())[-1])) \
            and not _EXCEPTED.search(last):  # (not "... are not allowed except:", what is allowed)
        return "prohibition", ""  # "(Under the Code,) violations include:" above "- tampering with doping control"
    if any(_REWARDED_LISTED.fullmatch(part) for part in (last.strip(), re.split(r"[,.]\s*", last.strip())[-1])):
        return "reward", ""  # "Eligible practices include:" above "- planting cover crops over winter"
    addressed = _ADDRESSED.match(last.strip())
    if addressed:  # "To the Arden Department of Environmental Quality:" above what it should do
        return "recommendation", re.sub(r"^the\s+", "", addressed.group(1))
    breached = _BREACHED_BY.match(last.strip()) if not _DENIED.search(last) else None
    if breached:  # "The agency alleges the companies breached the Act by:" above "- calling numbers on the register"
        return "prohibition", _doer(_WORDS.findall(_REPORTING.sub("", breached.group(1))))
    held = next((m for part in (last.strip(), re.split(r",\s*", last.strip())[-1]) if (m := _DUTIES_HELD.match(part))),
                None) if not _CLAIMED.search(last) else None
    if held:  # "Providers that join the programme take on several obligations under the Rules:" above what they owe
        return "obligation", _doer(_WORDS.findall(held.group(1)))
    found = _FOUND_THAT.search(last)
    if found:  # "The audit found that, in 2023, the company:" above "- failed to file reports": what it did
        return "finding", _doer(_WORDS.findall(found.group(1)))
    asked = _RECOMMENDED_THAT.search(last)
    if asked:  # "We made four recommendations to the Board, including that the Agency:": what the Agency should do
        return "recommendation", _doer(_WORDS.findall(asked.group(1)))
    bound = _UNDER_TERMS.search(last) is not None
    parts = re.split(r",\s*", last)
    # "Growers, packers and shippers must:": a list of doers before the modal is one doer list, not clauses
    listed = len(parts) > 1 and re.match(r"(?:\w[\w-]*\s+){0,3}(?:and|or)\s", parts[-1]) is not None and all(
        0 < len(p.split()) <= 4 and not re.search(r"\b(?:must|shall|should|may|will|can)\b", p, re.IGNORECASE)
        for p in parts[:-1])
    last = ", ".join(parts) if listed else parts[-1]
    modal = re.search(r"\b(must|shall|should|may)(\s+not|\s+never)?\b", last, re.IGNORECASE) if listed else None
    if modal and modal.group(1).lower() != "may" or modal and modal.group(2):  # the list kept with its commas
        kind = "prohibition" if modal.group(2) else "recommendation" if modal.group(1).lower() == "should" \
            else "obligation"
        return kind, last[: modal.start()].strip()
    if len(parts) > 1 and re.match(r"(?:and|or|but)\b", last, re.IGNORECASE) \
            and re.search(r"\b(?:must|shall|should|may)$", parts[-2], re.IGNORECASE):
        # "employers should, and in many cases must not:": the doer is before the first modal, the duty is what
        # the last part says from its own modal or cue on ("must not", "are required to", "need not")
        said = re.search(r"\b(?:must|shall|should|may|need|is|are)\b.*$", last, re.IGNORECASE)
        between = last[: said.start()].split()[1:] if said else []
        if said is not None and (not between or between[0].lower() in _ADVERBIAL_OPENERS):
            # (not "and dock staff should:", a doer of its own)
            last = re.sub(r"\b\w+$", "", parts[-2]).strip() + " " + said.group()
    words = _WORDS.findall(last)
    lower = [w.lower() for w in words]
    for n, word in enumerate(lower):
        if word in {"recommend", "recommends", "recommended", "urge", "urges"} and "that" in lower[n + 1 : n + 2]:
            return "recommendation", _doer(words[n + 2 :])  # "We recommend that the Harbor Commission:"
        negated = n + 1 < len(lower) and lower[n + 1] in {"not", "never"}
        if word == "need" and negated:
            return "", ""  # "may, but need not:": nothing owed
        if word in {"must", "shall", "may", "should"} or word == "will" and bound:
            kind = "prohibition" if negated else "recommendation" if word == "should" else "obligation" if word != "may" else ""
            if kind:
                return kind, _doer(words[:n])
    for n, word in enumerate(lower):
        # the cue's inflected form ("requires", "bars", "barred") before whom it binds and "to" / "from", or after
        # "are" ("are barred from:"); not a plural noun ("bars must:", "executive orders signed this week:")
        linked = "to" in lower[n + 1:] or "from" in lower[n + 1:] or n > 0 and lower[n - 1] in {"are", "is", "be"}
        stems = {word, *((word[:-1],) if word.endswith("s") else ()),
                 *((word[:-1], word[:-2]) if word.endswith("ed") else ()),
                 *((word[:-3],) if word.endswith("ed") and len(word) > 4 and word[-3] == word[-4] else ())} \
            if linked else {word}
        if stems & (obligation_cues | prohibition_cues):
            if any(w in {"not", "never", "longer"} or w.endswith("n't") for w in lower[max(n - 2, 0) : n]) \
                    and "only" not in lower[max(n - 1, 0) : n]:  # ("not only requires staff to:" requires it)
                return "", ""  # "The rule does not require landlords to:": what it leaves them free to do
            kind = "prohibition" if stems & prohibition_cues else "obligation"
            if n > 0 and lower[n - 1] in {"are", "is", "be"}:  # "employers are required to:"
                before = words[: n - 1]
                while before and before[-1].lower() in _MODAL_WORDS:  # "a covered bank would be required to:"
                    before = before[:-1]
                return kind, _doer(before)
            for link in ("to", "from"):  # "requires agencies to:", "bars marina staff from:"
                if link in lower[n + 1:]:
                    return kind, _doer(words[n + 1 : n + 1 + lower[n + 1:].index(link)])
            return kind, ""
    return "", ""


#: A list intro's opening phrase naming a binding instrument (`BINDING_TERMS`): "Under a stipulated settlement
#: approved by the Commission, Acme will:" lists what Acme owes under it.
_UNDER_TERMS = re.compile(r"\bunder\s+(?:the\s+terms\s+of\s+)?(?:an?|the|its|this|their|that)\s+(?:[\w-]+\s+){0,3}"
                          rf"(?:{'|'.join(sorted(BINDING_TERMS))})\b", re.IGNORECASE)


#: A list intro saying its subject holds duties: "Providers take on several obligations under the Rules:",
#: "Landlords have the following duties:", "Employers now face three new requirements:" (not "have no duties").
_DUTIES_HELD = re.compile(r"(?:[\w-]+\s+){0,3}?([A-Za-z][\w'-]*(?:\s+[\w'-]+){0,8}?)\s+(?:now\s+|also\s+)?"
                          r"(?:(?:take|takes|took)\s+on|have|has|face|faces|assume|assumes|bear|bears)\s+"
                          r"(?!no\b|too\b)(?:the\s+following\s+|several\s+|these\s+|new\s+|[\w-]+\s+){0,3}"
                          r"(?:obligations|duties|responsibilities|requirements)\b[^:]*:$")


#: A list intro that reports a claim ("Critics say landlords have too many duties:"): no duty of the article's.
_CLAIMED = re.compile(r"\b(?:say|says|said|argue|argues|argued|claim|claims|claimed|complain|complains|complained|"
                      r"fear|fears|feared|worry|worries|worried|warn|warns|warned)\b", re.IGNORECASE)


#: Words that open an adverbial phrase between "and" and a modal: "and in many cases must", "and where feasible should".
_ADVERBIAL_OPENERS = frozenset({"in", "under", "where", "when", "if", "as", "at", "by", "for", "generally", "often",
                                "always", "usually", "sometimes", "also", "then"})


#: Words after which a doer's name has ended: a relative clause or a qualifying phrase ("Landlords of
#: buildings with three units", "A dealer who buys scrap") says which of them, it is not their name.
_DOER_ENDS = {"who", "that", "which", "whose", "of", "with", "in", "under", "at", "on", "for", "from", "whom"}
#: Modals and adverbs between a list intro's doer and its "be required to": "would", "will also".
_MODAL_WORDS = frozenset({"would", "will", "could", "might", "may", "shall", "should", "must", "also", "now", "then"})


#: A list intro naming the acts a programme pays or credits for: "Eligible practices include:", "Qualifying
#: activities:" (not "Eligible projects include:": things, not acts).
_REWARDED_LISTED = re.compile(
    r"(?:the\s+)?(?:eligible|qualifying|approved|rewarded|creditable|fundable)\s+"
    r"(?:practices|activities|actions|measures|work|conduct)"
    r"(?:\s+(?:include|includes|are)(?:\s+the\s+following)?)?\s*:", re.IGNORECASE)
#: A list intro naming offences as its items: "Violations include:", "Prohibited conduct includes:",
#: "The following are violations of this Code:", "Examples of misconduct:" (not "Penalties for violations include:").
_OFFENCES_LISTED = re.compile(
    r"(?:the\s+following\s+(?:are|is|constitute)\s+(?:[\w-]+\s+){0,2}|(?:examples|forms|types)\s+of\s+)?"
    r"(?:(?:prohibited|banned|unlawful|illegal)\s+(?:conduct|acts?|practices?|activities|behaviou?rs?)"
    r"|(?:the\s+[\w-]+'s\s+(?:[\w-]+\s+){0,2}"
    r"|(?:(?![\w-]*ing\b|(?:for|of|to|by|on|in|with|about|against|after|following|upon|from)\b)[\w-]+\s+){0,2})"
    r"(?:violations?|offen[cs]es?|infractions?|misconduct))"
    r"(?:\s+(?:of|under)\s+(?:the|this|these|its|our)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:include|includes|are|consist\s+of)(?:\s+the\s+following)?)?\s*:"
    # "The following conduct is prohibited and subject to discipline:"
    r"|the\s+following\s+(?:conduct|acts?|practices?|activities|behaviou?rs?)\s+(?:is|are)\s+(?:strictly\s+)?"
    r"(?:prohibited|banned|forbidden|not\s+permitted|not\s+allowed|not\s+tolerated)\b[^:]*:", re.IGNORECASE)


#: A list intro addressed to a named body: "To the Arden General Assembly:" (not "To apply:").
_ADDRESSED = re.compile(r"^[Tt]o\s+((?:the\s+)?[A-Z][\w.'&-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w.'&-]*))*)\s*:$")


def _doer(words: list[str]) -> str:
    """The doer's name from the words before the duty: its head noun with
    what precedes it, not the clause that says which ones ("Landlords of
    buildings with three or more units" -> "Landlords"); "of" or "for"
    inside a capitalised name stays ("Secretary of the Treasury", "Minister
    for Health")."""
    said = [n for n, w in enumerate(words[:-1]) if w.lower() == "that"
            and (words[n + 1].lower() in _LEAD or words[n + 1][:1].isupper())]
    if said:  # "groups say that a good law must:": the doer opens after the "that" of what is said
        words = words[said[-1] + 1:]
    while words and words[0].lower() in _LEAD | {"and", "or", "but"}:  # ("..., and dock staff should:")
        words = words[1:]
    for n, word in enumerate(words[1:], start=1):
        after = words[n + 2] if n + 2 < len(words) and words[n + 1].lower() == "the" else \
            words[n + 1] if n + 1 < len(words) else ""
        if word.lower() in _DOER_ENDS and not (word.lower() in {"of", "for"} and words[n - 1][:1].isupper()
                                               and after[:1].isupper()):  # "Secretary of the Treasury"
            words = words[:n]
            break
        if word.islower() and word.endswith("ing") and len(word) > 4 and n + 1 < len(words) \
                and words[n + 1].lower() in _DOER_ENDS | _LEAD | {"to", "at", "more", "over"}:
            words = words[:n]  # "SFAs participating in the program", "landlords renting to students": which ones
            break
    joined = [n for n, w in enumerate(words) if w.lower() in {"and", "or"}]
    # "All public and private schools and licensed child care facilities": a list of doers is whole
    return " ".join(words[-4:] if not joined or len(words) > 14 else words)


#: Verbs by which one passes a duty on to others ("require inspectors to verify"); "train staff to" is conduct.
_PASSING_VERBS = {"require", "direct", "instruct", "order", "compel", "oblige", "obligate", "mandate", "force",
                  "authorize", "authorise", "allow", "permit", "encourage", "urge"}


#: Passing verbs that hand on a duty (not "allow" or "permit", by which a duty holder lets others act).
_HANDING_VERBS = {"require", "direct", "instruct", "order", "compel", "oblige", "obligate", "mandate", "force"}


def passes_duty_on(verb: Token) -> bool:
    """"require providers to report earnings", "direct the agency to
    publish data": the verb hands a duty to its object; the handed duty is
    the conduct (`required_duties`), the handing is none."""
    return verb.lemma_.lower() in _PASSING_VERBS and any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VB" for c in verb.children)


#: Modals that state a duty alone before a list: "Growers must:", "Hosts shall:", "Drivers may not:".
_LIST_DUTY_MODALS = {"must", "shall", "should", "may", "can", "cannot"}


def list_intro_doers(doc: Doc) -> list[Token]:
    """Who owes the duties of the list a modal introduces, the modal ending
    its sentence, before a colon or with none: "Under the rules, lifeguards
    must:", "Drivers may not:", "each lifeguard must" (the list goes on with
    the sentence); and the subject of "are required to" or "are prohibited
    from" left open so. The items are their conduct, so the subject is an
    actor whatever its noun. "may" and "can" state a duty only when denied
    ("Hosts may:" lists what they are allowed)."""
    out = []
    for modal in with_words(doc, _LIST_DUTY_MODALS):
        rest = [t for t in doc[modal.i + 1 : modal.sent.end] if not t.is_space and t.dep_ != "neg"]
        if modal.dep_ != "ROOT" or [t.text for t in rest] not in ([], [":"]):
            continue
        if modal.lower_ in {"may", "can"} and not any(t.dep_ == "neg" for t in doc[modal.i + 1 : modal.sent.end]):
            continue
        out += [c for c in modal.children if c.dep_ == "nsubj"]
    for link in with_words(doc, {"to", "from"}):
        rest = [t.text for t in doc[link.i + 1 : link.sent.end] if not t.is_space]
        bound = link.head
        if rest not in ([], [":"]) or bound.tag_ != "VBN" or bound.lemma_.lower() not in _BOUND_PARTICIPLES \
                or not any(c.dep_ == "auxpass" for c in bound.children) or _negated(bound):
            continue
        out += [c for c in bound.children if c.dep_ == "nsubjpass" and c.pos_ in {"NOUN", "PROPN"}]
    return out


#: Participles that bind their subject to the acts listed after "to" or "from": "are required to", "are barred from".
_BOUND_PARTICIPLES = frozenset({"require", "oblige", "obligate", "prohibit", "bar", "forbid"})


def item_duty(doc: Doc, kind: str) -> list[Duty]:
    """A list item under a duty intro that opens with a verb ("Provide
    housing at no cost") names the conduct; its doer is the intro's."""
    first = next((t for t in doc if t.is_alpha), None)
    if first is not None and first.tag_ == "RB" and first.head.i > first.i and first.head.tag_ in {"VB", "VBP"} \
            and all(t.tag_ == "RB" for t in doc[first.i : first.head.i]):
        if any(t.lower_ in _NEGATIONS for t in doc[first.i : first.head.i]):
            kind = "prohibition" if kind == "obligation" else ""  # "must:" / "- never sell tickets above face value"
            if not kind:
                return []
        first = first.head  # "clearly disclose the renewal terms": the verb after its adverb
    if kind in {"prohibition", "reward"} and first is not None and (act := _item_offence(doc)) is not None:
        listed = [c for c in act.conjuncts if c.i > act.i and c.pos_ == "NOUN"]
        if any(c.dep_ == "prep" for n in [act, *listed] for c in n.children):
            listed = []  # ("possession or trafficking of steroids": acts sharing what they act on are one)
        if listed:  # "- domestic violence, sexual assault and harassment": each of the item's own list is an offence
            return [Duty(kind, n.i, tuple(t.i for t in n.subtree if t.i <= n.i
                                          and t.dep_ not in {"det", "cc", "punct"}), None, None)
                    for n in [act, *listed]]
        return [Duty(kind, act.i, _item_phrase(doc, act), None, None)]  # "- possession or trafficking of steroids"
    if kind in {"prohibition", "reward"} and first is not None and misread_gerund(first):
        # "- planting cover crops over winter": the tagger may read an item's opening -ing form as a noun
        words = [t.i for t in doc[first.i:] if not t.is_punct or t.text == "-"]
        return [Duty(kind, first.i, tuple(range(first.i, words[-1] + 1)), None, None)] if len(words) <= 9 else []
    if first is None or first.tag_ not in {"VB", "VBG", "VBP"} or first.pos_ not in {"VERB", "AUX"}:
        return []
    if kind != "prohibition" and passes_duty_on(first):
        return []  # "require state inspectors to verify ...": the duty it passes on is the conduct (`required_duties`)
    # "- maintain a security program and designate a security officer": each verb of the item is owed
    # (not a verb after "or" or "but", an alternative or a sanction: "pay the fine or contest the ticket", "repair
    # heaters or lose their licence"; nor one denied: "and never schedule work at noon")
    joined = [v for v in _shared_conjuncts(first) if kind == "prohibition" or not _negated(v)
              and doc[v.left_edge.i - 1].lower_ not in {"or", "but", "nor"}
              and not any(c.lower_ in {"never", "not"} for c in v.children if c.i < v.i)]
    shared = _bare_before_shared(first)  # "- repair or replace damaged scooters": one act, held by the second verb
    if shared is not None and all(v.i != shared.i for v in joined):
        joined.insert(0, shared)
    out = []
    for verb in [first, *joined]:
        if kind == "obligation" and (_pays_penalty(verb) or verb.lemma_.lower() in _UNDERGOING_VERBS):
            continue  # "Acme will: 1. pay a $2 million fine; 2. retain a monitor": the fine is the sanction; "the
            # state will: - receive $2 billion in aid": what it gets
        refrained = _refrained(verb) if kind == "obligation" else ()
        if refrained:  # "a covered bank must: - refrain from charging NSF fees": charging them is banned
            out.append(Duty("prohibition", refrained[0], refrained, None, None))
            continue
        conduct = handed_phrase(verb) if passes_duty_on(verb) else conduct_phrase(verb)
        if conduct and (verb.i == first.i or not passes_duty_on(verb)):
            out.append(Duty(kind, verb.i, conduct, None, None))
    return out


def misread_gerund(first: Token) -> bool:
    """Whether a list item's first word is an -ing form the tagger read as
    a noun ("planting" of "planting cover crops over winter") at the head
    of a phrase that goes on: the item names an act."""
    return first.is_lower and first.lower_.endswith("ing") and len(first) > 5 and first.pos_ == "NOUN" \
        and first.dep_ in {"nsubj", "compound", "ROOT"} and first.i + 1 < len(first.doc) \
        and first.doc[first.i + 1].is_alpha


def _item_offence(doc: Doc) -> Token | None:
    """The act a forbidden (or rewarded) list's item names by a noun, when
    the item is that noun's phrase ("the presence of a prohibited substance
    in a sample", "possession or trafficking of steroids"); None for an item
    opening with a verb, naming a thing ("a laptop"), or a heading taken
    for an item ("Sanctions")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "NOUN" or root.tag_ == "VBG" or sum(t.is_alpha for t in doc) < 2 \
            or not (names_conduct(root) or is_action_noun(root)):  # ("use of steroids": an act by its "of")
        return None
    return root


def _item_phrase(doc: Doc, act: Token) -> tuple[int, ...]:
    """An offence item's words, as a reader names the act: the whole phrase
    from its first word after the article to its end ("presence of a
    prohibited substance in an athlete's sample"), or the act's own phrase
    when the item runs on past a clause."""
    toks = [t.i for t in act.subtree if not t.is_punct or t.text in {"-", "'s"}]
    while toks and (doc[toks[0]].dep_ in {"det", "predet"} or doc[toks[0]].is_punct):
        toks.pop(0)
    while toks and (doc[toks[-1]].is_punct or doc[toks[-1]].dep_ == "cc"):
        toks.pop()
    whole = tuple(range(toks[0], toks[-1] + 1)) if toks else ()
    clause = any(t.dep_ in {"relcl", "advcl", "acl"} and t.pos_ == "VERB" for t in act.subtree)
    return whole if whole and len(whole) <= 2 * _MAX_WORDS and not clause else nominal_conduct(act)


#: Headings over lists of what to do and what not to do in a guide: "Do" / "Don't".
_DO_HEADINGS = frozenset({"do", "dos", "do's", "always", "what to do"})
_DONT_HEADINGS = frozenset({"don't", "don'ts", "do not", "never", "avoid", "what not to do", "prohibited"})


#: A heading that says its list is what the reader must not do: "What is banned", "Prohibited uses", "You may not".
_DONT_HEADING_WORDS = re.compile(r"\b(?:banned|prohibited|forbidden|not\s+allowed|not\s+permitted|must\s+not|may\s+not"
                           r"|cannot|can't|don't|never)\b")
#: A heading that says its list is what the reader is advised to do: "Advice to residents", "What you should do".
_ADVICE_HEADING_WORDS = re.compile(r"\b(?:should|advice|advised|tips|recommendations|recommended\s+(?:steps|actions))\b")
#: A heading that says its list is what the reader must do: "What you must do", "Your responsibilities".
_DO_HEADING_WORDS = re.compile(r"\b(?:must|required|requirements?|responsibilities|obligations|duties|have\s+to)\b")
#: Headings over a case, a question or a list of things, whatever rule word they hold: "If you cannot pay on
#: time", "What happens if you don't pay", "Don't know where to start?", "Banned substances list".
_NO_RULE_HEADING = re.compile(r"^(?:if|when|unless|what\s+happens)\b|\b(?:know|list|late)\b|\?$")


def heading_duty(heading: str) -> str:
    """The duty a heading puts on the bare instructions listed under it:
    "prohibition" under "Don't" or "What is banned", "obligation" under "Do"
    or "What you must do", "" under a plain one ("How to apply": steps, no
    rule).

    >>> [heading_duty(h) for h in ("Don't", "What is banned", "What you must do", "Your responsibilities",
    ...                            "How to apply", "If you cannot pay on time", "Banned substances list",
    ...                            "Advice to residents", "What restaurants should do", "What you should not do")]
    ['prohibition', 'prohibition', 'obligation', 'obligation', '', '', '', 'recommendation', 'recommendation', '']
    """
    title = " ".join(heading.lower().replace("\u2019", "'").split()).rstrip(":?")
    if title in _DONT_HEADINGS or title in _DO_HEADINGS:
        return "prohibition" if title in _DONT_HEADINGS else "obligation"
    if _NO_RULE_HEADING.search(heading.lower().strip()):
        return ""
    if re.search(r"\bshould\s+not\b|\bshouldn't\b", title):
        return ""  # "What you should not do": advice against, no ban
    if _DONT_HEADING_WORDS.search(title):
        return "prohibition"
    if _DO_HEADING_WORDS.search(title):
        return "obligation"
    return "recommendation" if _ADVICE_HEADING_WORDS.search(title) else ""


#: A heading that names who owes the duties listed under it: "What employers must do", "What swimmers may not
#: do", "Duties of landlords", "Landlords' responsibilities".
_HEADING_DOER = re.compile(r"^(?:what\s+(?P<asked>[\w' -]+?)\s+(?:must|may|should|shall|can|cannot|can't|need\s+to|"
                           r"have\s+to)(?:\s+not|n't)?\s+do"
                           r"|(?:duties|obligations|responsibilities|advice|tips|guidance)\s+(?:of|for|to)\s+(?:the\s+)?"
                           r"(?P<of>[\w' -]+?)"
                           r"|(?P<owner>[\w -]+?)(?:'s?|\u2019s?)\s+(?:duties|obligations|responsibilities))\s*[:.]?$",
                           re.IGNORECASE)
#: Who a heading speaks to rather than names: "What you must do".
_ADDRESSEES = frozenset({"you", "we", "i", "they", "it", "he", "she", "one"})


def heading_doer(heading: str) -> str:
    """Who owes the duties a heading lists: "What employers may not do" ->
    "employers"; "" for a heading naming no one ("What you must do", "How
    to apply").

    >>> [heading_doer(h) for h in ("What employers may not do", "Duties of the landlord", "Hosts' obligations",
    ...                            "What you must do", "How to apply", "What happens next")]
    ['employers', 'landlord', 'Hosts', '', '', '']
    """
    found = _HEADING_DOER.match(" ".join(heading.split()).strip("*#_ "))
    doer = next((g for g in found.groups() if g), "") if found else ""
    return "" if doer.lower() in _ADDRESSEES else doer


def imperative_duty(doc: Doc, heading: str) -> list[Duty]:
    """A guide's list item that tells the reader what to do: "Do keep a
    log" / "Always carry the permit" oblige, "Don't park near a school" /
    "Never sell ..." forbid, and so does a bare instruction under a "Do" or
    "Don't" heading. The doer is the guide's reader, whom the item does not
    name."""
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if not words:
        return []
    opener = words[0].lower_
    if opener == "do" and len(words) > 2 and words[1].lower_ in {"not", "n't"}:
        kind, verb = "prohibition", words[2]
    elif opener == "never" and len(words) > 1:
        kind, verb = "prohibition", words[1]
    elif opener in {"do", "always"} and len(words) > 1:
        kind, verb = "obligation", words[1]
    elif opener == "avoid" and len(words) > 1 and words[1].tag_ == "VBG":  # "Avoid idling near schools"
        # (not "Avoid using the tools in ways that discriminate": the way is the wrong, not the use)
        conduct = () if _in_a_way(words[1]) else conduct_phrase(words[1])
        return [Duty("prohibition", words[1].i, conduct, None, None)] if conduct else []
    else:
        kind, verb = heading_duty(heading), words[0]
    if not kind or verb.tag_ != "VB" or verb.pos_ != "VERB":
        return []
    # "Cooperate with investigations and report any violation you witness": each instruction joined on is one too
    return [Duty(kind, act.i, conduct, None, None) for act in [verb, *_shared_conjuncts(verb)]
            if act.tag_ == "VB" and (conduct := conduct_phrase(act))]


#: Words after which a "that" clause or an of/about phrase names the worry.
_WORRY_PREPS = {"about", "over", "of", "regarding", "around", "with"}
#: Nouns for criticism, whose "over" / "about" phrase names what is criticised: "drew criticism over its cost".
_CRITICISM_NOUNS = {"criticism", "objection", "complaint", "scrutiny", "backlash", "outcry"}
_SPECULATIVE = {"could", "would", "may", "might", "will"}
#: Verbs that make whatever they report a worry ("economists warned that
#: price caps often lead to shortages"); "say" or "argue" need a "could".
_ALARMED = {"warn", "fear", "worry", "caution", "complain", "lament"}
#: Verbs of doing good, whose outcome someone argues for, not worries about: "would help small farms".
_BENEFIT_VERBS = frozenset({"help", "benefit", "improve", "strengthen", "ensure", "promote", "enhance", "support",
                            "empower", "encourage", "protect", "safeguard", "shield"})
#: Verbs that make what they ask "whether" a worry ("members questioned
#: whether the program duplicates federal efforts").
_DOUBTING = {"question", "doubt", "wonder", "ask"}


def _critic_speaks(verb: Token, critics: frozenset[str]) -> bool:
    """"Critics say ...", "opponents note ...": what a critic says is a worry,
    what anyone else says need not be."""
    subject = _subject(verb)
    if subject is not None and (subject.lemma_.lower() in critics or singular(subject.lower_) in critics):
        return True
    # "the Federation opposes the bill, saying it would raise prices": who says it has just opposed the policy
    opposing = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and opposing.lemma_.lower() in OPPOSING_VERBS \
        and not _negated(opposing) and not any(c.dep_ in {"xcomp", "ccomp"} for c in opposing.children) \
        and any(c.dep_ == "dobj" and c.ent_type_ not in {"PERSON", "NORP"}
                and not any(a.lower_ in _OTHER_POLICY_WORDS for a in c.children) for c in opposing.children)
    # (not "fought hard for the act", "challenged the Governor to sign it": no policy opposed)


#: Words that set what is opposed apart from the policy at hand: "opposes a rival proposal".
_OTHER_POLICY_WORDS = frozenset({"rival", "competing", "separate", "another", "other", "alternative"})
#: Verbs by which someone sets themselves against a policy.
OPPOSING_VERBS = frozenset({"oppose", "criticize", "criticise", "condemn", "reject", "fight", "challenge", "object",
                             "protest", "denounce", "sue"})


def opposed_for(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """Why someone opposes a policy, when the reason is what it would do or
    what harm it does: "opposed the ordinance because it would treat bakeries
    differently and could invite litigation", "voted against the rule
    because it raises fees". The reason an opponent gives is their worry
    (`_reported_worry` names it); a reason that is no forecast or harm
    ("because it was rushed") is not read, nor a denied one."""
    lemma = verb.lemma_.lower()
    against = lemma == "vote" and any(p.dep_ == "prep" and p.lower_ == "against" for p in verb.children)
    if verb.pos_ != "VERB" or not (lemma in OPPOSING_VERBS or against) or denied_above(verb) or in_question(verb) \
            or in_condition(verb):
        return []
    out: list[tuple[int, tuple[int, ...]]] = []
    for reason in opposing_reasons(verb):
        for clause in [reason, *(v for v in reason.conjuncts if v.pos_ == "VERB" and v.i > reason.i)]:
            holders = [clause, reason]  # "because it would treat X ... and could invite Y": each its own modal
            foreseen = any(a.dep_ == "aux" and a.lower_ in _SPECULATIVE for a in clause.children) or not any(
                a.dep_ == "aux" for a in clause.children) and any(a.dep_ == "aux" and a.lower_ in _SPECULATIVE
                                                                for h in holders for a in h.children)
            harmful = clause.lemma_.lower() in CHANGE_VERBS | _HARMING_VERBS | _HARM_VERBS
            if (foreseen or harmful) and not _negated(clause):
                out += _reported_worry(clause)
    return out


def opposing_reasons(verb: Token) -> list[Token]:
    """The because/since clauses of an opposing verb that are about what is
    opposed: their subject is "it", "this", "they" or the opposed thing's
    own noun ("opposes the fee because the fee would ..."), not someone's
    wish ("because members would prefer a voluntary scheme")."""
    opposed = {o.lemma_.lower() for o in verb.children if o.dep_ == "dobj"} | {
        o.lemma_.lower() for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
        for o in p.children if o.dep_ == "pobj"}
    return [c for c in verb.children if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"}
            and any(m.dep_ == "mark" and m.lower_ in {"because", "since"} for m in c.children)
            and any(s.dep_ in {"nsubj", "nsubjpass"} and (s.lower_ in {"it", "this", "that", "they"}
                                                          or s.lemma_.lower() in opposed) for s in c.children)]


def _cause_speaks(verb: Token) -> bool:
    """"Environmental groups argue ...", "privacy advocates say ...": those
    who speak for a cause speak up against what harms it."""
    subject = _subject(verb)
    return subject is not None and subject.lemma_.lower() in _CAUSE_SPEAKERS and any(
        c.dep_ in {"amod", "compound"} for c in subject.children)


#: Verbs of wronging someone: "it discriminates against smallholders" (a right violated or infringed is named
#: by the right: `_harmful`).
_WRONGING_VERBS = frozenset({"discriminate", "burden", "overburden"})
#: Verbs of doing harm: what they do is a worry whoever says it.
_HARMING_VERBS = frozenset({"damage", "weaken", "punish", "penalize", "penalise"})  # with `_HARM_VERBS`
#: Nouns for those who campaign for a cause: "environmental groups", "consumer advocates".
_CAUSE_SPEAKERS = frozenset({"advocate", "group", "activist", "campaigner", "organization", "organisation"})


def _supporter_speaks(verb: Token, supporters: frozenset[str]) -> bool:
    """"Supporters argue the rule would protect swimmers": what a policy's
    supporters say it would do is a claimed benefit, not a worry.
    Advocates of a cause ("privacy advocates") are not its supporters."""
    subject = _subject(verb)
    return subject is not None and (subject.lemma_.lower() in supporters or singular(subject.lower_) in supporters) \
        and not any(c.dep_ == "compound" for c in subject.children)


#: Adjectives by which someone is said to worry: "are concerned that ...".
WORRIED_ADJECTIVES = frozenset({"concerned", "worried", "alarmed", "afraid", "fearful", "anxious"})


def is_worried(adj: Token) -> bool:
    """"Fishers are concerned that ...", "members were worried that ...":
    being worried is worrying; "the concerned agencies" is not. The parse
    may read "are concerned" as a passive verb: the same worry."""
    if adj.lower_ in WORRIED_ADJECTIVES and adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children):
        return not _negated(adj)
    # ("is concerned that ...": the parse may also tag it a participle complementing "is")
    return adj.pos_ in {"ADJ", "VERB"} and adj.lower_ in WORRIED_ADJECTIVES and adj.dep_ == "acomp" \
        and not _negated(adj.head)


def asked_how(clause: Token) -> bool:
    """"describing how it will prioritize communities", "outline what the
    agency would do": a clause opened by a question word says what is
    told, not a claim that it will happen ("whether" is left to doubt)."""
    return any(c.dep_ in {"advmod", "mark", "dobj", "nsubj"} and c.lower_ in _QUESTION_WORDS and c.i < clause.i
               for c in clause.children)


#: Words that open a clause told as a question: "how it will ...", "what the agency would do".
_QUESTION_WORDS = frozenset(_OBJECT_CLAUSE_MARKS - {"whether", "if", "that"})


def _reports_worry(verb: Token, critics: frozenset[str], supporters: frozenset[str]) -> bool:
    """Whether what a reporting verb reports may be a worry: what critics
    "say" is, what anyone else merely says need not be; what supporters
    argue a policy would do is a benefit they claim, unless they warn."""
    lemma = verb.lemma_.lower()
    if lemma in {"say", "note", "include"} and not _critic_speaks(verb, critics):
        return False
    return lemma in _ALARMED or not _supporter_speaks(verb, supporters)


def concern_phrases(doc: Doc, *, markers: frozenset[str], raise_cues: frozenset[str],
                    critics: frozenset[str] = frozenset(),
                    supporters: frozenset[str] = frozenset()) -> list[tuple[int, tuple[int, ...]]]:
    """What a worry frame names, as (head token, tokens):
    "concerns about compliance costs" / "the risk of exploitation" -> the noun
    phrase; "critics warn that the law could shrink the housing supply" -> the
    speculative clause's verb phrase ("shrink the housing supply"), also
    when a critic merely says it ("opponents say the rule could raise costs").
    """
    out: list[tuple[int, tuple[int, ...]]] = []
    # each frame below starts from a word of its own (its cue); only those words are walked
    starts = {t.i: t for t in with_lemmas(doc, markers | raise_cues | _WORRY_CUES | _PROBLEM_NOUNS)}
    starts.update((t.i, t) for t in with_words(doc, WORRIED_ADJECTIVES))
    for tok in (starts[i] for i in sorted(starts)):
        lemma = tok.lemma_.lower()
        if _negated(tok):
            continue  # "critics do not warn that ..."
        if tok.pos_ == "NOUN" and any(c.lower_ == "no" for c in tok.children) or tok.dep_ in {"dobj", "attr"} \
                and _negated(tok.head) and tok.head.lemma_.lower() in _BRINGING_VERBS:
            continue  # "poses no risk of flooding", "is not a concern" ("does not ease fears of layoffs" still names one)
        if tok.pos_ == "NOUN" and lemma in markers or tok.pos_ == "VERB" and lemma in raise_cues | markers:
            # a verb that acts on something else says what the worry is about only by "about", "over" or "regarding"
            # ("raised red flags about the fee"; not "raised attendance by 7 points, with larger gains for girls")
            # (whom one warns is no object acted on: "warned lawmakers of job losses")
            acts_on = lemma not in _ALARMED and any(c.dep_ == "dobj" and c.lemma_.lower() not in markers
                                                    for c in tok.children)
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _WORRY_PREPS and c.i > tok.i
                     and not (acts_on and tok.pos_ == "VERB" and c.lower_ not in {"about", "over", "regarding"})]
            preps += [c for p in preps for c in p.conjuncts if c.lower_ in _WORRY_PREPS]  # "about X and about Y"
            for prep in preps:  # "concerns about religious liberty and parental rights": each is one
                for obj in (x for c in prep.children if c.dep_ in {"pobj", "pcomp"}
                            for x in [c, *(j for j in c.conjuncts if j.i > c.i and listed_alike(j, c))]):
                    if prep.lower_ == "with" and (_someone(obj) or obj.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}):
                        continue  # "raised concerns with the City Council": whom they were raised with
                    split = _joined_modifier_worries(obj)
                    if split:
                        out += split
                        continue
                    toks = _worry_phrase(obj)
                    if toks:
                        out.append((obj.i, toks))
        if tok.pos_ == "NOUN" and lemma in markers | _PROBLEM_NOUNS:  # "a risk known as carbon leakage"
            out += [(o.i, toks) for o in [*named_as(tok), *said_to_be(tok)] if (toks := _worry_phrase(o))]
        if tok.pos_ == "NOUN" and lemma in _CRITICISM_NOUNS:  # "has drawn criticism over its cost"
            holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "over" may hang on "drew"
            out += [(o.i, toks) for h in holders for p in h.children
                    if p.dep_ == "prep" and p.lower_ in {"over", "about", "regarding", "for"} and p.i > tok.i
                    for o in p.children if o.dep_ == "pobj" and not _someone(o) and (toks := _worry_phrase(o))]
        if tok.pos_ == "NOUN" and lemma in markers:  # "concerns that the ban will hurt safety"
            for clause in (c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}):
                # the parse may read the "that" of a content clause as a determiner and the clause as relative
                content = clause.dep_ == "relcl" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that" and any(
                    s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ != "that" for s in clause.children)
                if (content or any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)) \
                        and not _negated(clause):
                    out += _reported_worry(clause)
                    out += [w for v in clause.conjuncts if v.pos_ == "VERB" and v.i > clause.i and not _negated(v)
                            for w in _reported_worry(v)]  # "concerns that the rule lacks X and may make Y"
        if tok.pos_ == "VERB" and lemma in markers:  # "researchers fear legal reprisal"
            for obj in (c for c in tok.children if c.dep_ == "dobj"):
                toks = _worry_phrase(obj)
                if toks:
                    out.append((obj.i, toks))
        if tok.pos_ == "VERB" and lemma in raise_cues | markers and _reports_worry(tok, critics, supporters) \
                and not misread_catching(tok):  # ("landlords found renting unsafe units will lose ...": no report)
            reported = [c for c in tok.children if c.dep_ == "ccomp" and (c.pos_ == "VERB" or c.lemma_ == "be")
                        and not asked_how(c)]  # ("a plan describing how it will prioritize high-risk areas")
            reported += [v for c in reported for v in c.conjuncts if v.pos_ == "VERB" and v.i > c.i]  # "... and could hurt X"
            for clause in reported:
                doubted = lemma in _DOUBTING and any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in clause.children)
                # "would raise costs and reduce service": a coordinated verb shares the first verb's "would"
                modal_holders = [clause] + ([clause.head] if clause.dep_ == "conj" else [])
                # what a critic argues a policy changes ("raises fees", "hurts small marinas")
                # ... and what a cause's advocates argue it lets happen or harms ("lets refineries keep polluting")
                # ... and what a critic says it wrongs ("arguing that it discriminates against smallholder farmers")
                claimed = _critic_speaks(tok, critics) and clause.lemma_.lower() in CHANGE_VERBS | _LETTING_VERBS \
                    | _HARMING_VERBS | _HARM_VERBS | _WRONGING_VERBS \
                    or _cause_speaks(tok) and clause.lemma_.lower() in _HARMING_VERBS | _HARM_VERBS | _LETTING_VERBS
                # ("argued that the act would protect the bay", "... would help small farms": a benefit claimed)
                # (not a critic's: "critics said it would help large landlords", nor "would stop farms from selling")
                benefit = clause.lemma_.lower() in _BENEFIT_VERBS and not _critic_speaks(tok, critics) and not any(
                    p.dep_ == "prep" and p.lower_ == "from" for p in clause.children)
                if (lemma in _ALARMED or doubted or claimed or any(a.dep_ == "aux" and a.lower_ in _SPECULATIVE
                                                        for h in modal_holders for a in h.children)) \
                        and not _negated(clause) and not (benefit and lemma not in _ALARMED):
                    out += _reported_worry(clause)
        if tok.pos_ == "VERB" and lemma in raise_cues | markers and not _reports_worry(tok, critics, supporters) \
                and not _supporter_speaks(tok, supporters):
            out += foreseen_harms(tok)
        out += opposed_for(tok)
        if is_worried(tok):  # "fishers are concerned that the act will raise fees", "... about insider trading"
            out += [(o.i, toks) for p in tok.children if p.dep_ == "prep" and p.lower_ in _WORRY_PREPS
                    for o in p.children if o.dep_ in {"pobj", "pcomp"} and not _someone(o) and (toks := _worry_phrase(o))]
            for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and not _negated(c)):
                out += _reported_worry(clause)
                out += [w for v in clause.conjuncts if v.pos_ == "VERB" and v.i > clause.i and not _negated(v)
                        for w in _reported_worry(v)]
        if tok.pos_ == "VERB" and lemma == "raise" and not _negated(tok):  # "raises questions about its enforcement"
            out += [(o.i, toks) for q in tok.children if q.dep_ == "dobj" and q.lemma_.lower() in {"question", "doubt"}
                    for p in q.children if p.dep_ == "prep" and p.lower_ in {"about", "over", "regarding", "as"}
                    for o in p.children if o.dep_ == "pobj" and (toks := _worry_phrase(o))]
        denied = any(c.lower_ == "no" for c in tok.children) or tok.dep_ in {"attr", "dobj"} and _negated(tok.head) \
            and tok.head.lemma_.lower() in _BRINGING_VERBS
        if tok.pos_ == "NOUN" and lemma in _RISK_NOUNS and not denied:  # "risks to election integrity": what it threatens
            # ("is not a threat to public safety", "poses no risk to": none)
            holders = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"pose", "present", "create"} else [])
            for p in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"to", "for"} and c.i > tok.i):
                whole = sorted({tok.i} | {t.i for c in tok.children if c.dep_ in {"amod", "compound"} for t in c.subtree}
                               | {t.i for t in p.subtree if not t.is_punct})
                if len(whole) <= 8 and whole == list(range(whole[0], whole[-1] + 1)):
                    out.append((tok.i, tuple(whole)))
        if _left_open(tok):
            # "the scheme is vulnerable to misuse by insiders", "leaves the program exposed to fraud": open to what
            out += [(n.i, toks) for o in pobjs(tok, {"to"}) for n in _listed_worries(o)
                    if not _someone(n) and (toks := _worry_phrase(n))]
        if tok.pos_ == "VERB" and lemma == "point" and tok.dep_ != "amod":  # "advocates point to the potential for abuse"
            out += [(o.i, toks) for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj"
                    and o.lemma_.lower() in _CHANCE_NOUNS | _RISK_NOUNS | _FLAW_NOUNS  # ("an enforcement gap": a flaw)
                    and (toks := _worry_phrase(o))]
        if tok.pos_ == "VERB" and lemma == "question" and not any(c.dep_ == "ccomp" for c in tok.children):
            out += [(o.i, toks) for o in tok.children if o.dep_ == "dobj" and not _someone(o)
                    and (toks := _worry_phrase(o))]  # "questioned the rule's effect on small marinas"
        if tok.pos_ == "VERB" and lemma in {"criticize", "criticise", "fault", "blame"}:  # "criticized for its cost"
            # "for years, servicers were criticized for giving ...": what follows the verb, said or done
            fors = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" and p.i > tok.i]
            out += [(o.i, toks) for p in fors for o in p.children if o.dep_ == "pobj" and (toks := _worry_phrase(o))]
            out += [(g.i, phrase) for p in fors for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                    and (phrase := conduct_phrase(g))]
            # "criticized as too costly": what it is criticised as, with its degree words, not for whom
            out += [(a.i, _contiguous(doc, [c.i for c in a.children if c.dep_ == "advmod" and c.i < a.i
                                           and c.lower_ != "as"] + [a.i]))
                    for a in tok.children if a.dep_ in {"oprd", "acomp"} and a.pos_ == "ADJ"
                    and any(c.lower_ == "as" for c in a.children)]
        if tok.pos_ == "VERB" and lemma == "object":  # "objected to the cost of pouches"
            out += [(o.i, toks) for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj" and (toks := _worry_phrase(o))]
        out += voiced_risks(tok)
        out += _put_at_risk(tok) + _threatened(tok) + _hedged_outcome(tok) + remedied(tok) + stated_worries(tok)
        out += imposed_loads(tok) + cited_worries(tok) + fallen_loads(tok) + harmed(tok)
        out += _harmful(tok, raise_cues)
    # one per span: "we are concerned that ..." is read as a worried state and as a worry verb, and a word the
    # parse splits into nouns ("cross-contamination") is found once per noun, each widened to the whole word
    named: dict[tuple[int, ...], int] = {}
    for head, toks in out:
        named.setdefault(toks, head)
    return [(head, toks) for toks, head in named.items()]


#: Verbs by which someone puts a risk or difficulty before others: "raised the difficulty of enforcement".
VOICING_VERBS = frozenset({"raise", "describe", "highlight", "flag", "stress", "emphasize", "emphasise", "underline",
                            "underscore", "detail", "outline", "cite"})
#: Nouns for a risk or difficulty someone may voice, named with what it is of: "the risk of stalking".
VOICED_RISKS = frozenset({"risk", "danger", "threat", "difficulty", "problem", "challenge"})


def voiced_risks(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"Hobbs described the risk of stalking", "Sorensen raised the
    difficulty of enforcement against out-of-state brokers": a risk or
    difficulty a person voices, with what it is of, is a worry. Not one a
    thing raises ("heat raises the risk of falls": an increase), nor one
    denied.

    >>> from policygraph.nlp import load_model
    >>> doc = load_model()("Senator Ruiz raised the difficulty of enforcing the rule.")
    >>> [doc[i].text for i in voiced_risks(doc[2])[0][1]]
    ['difficulty', 'of', 'enforcing', 'the', 'rule']
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VOICING_VERBS or _negated(verb):
        return []
    subj = _subject(verb)
    if subj is None or not (_someone(subj) or subj.ent_type_ in {"PERSON", "ORG"} or subj.pos_ == "PROPN"):
        return []
    return [(o.i, toks) for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in VOICED_RISKS
            and pobjs(o, {"of", "to", "for"}) and (toks := _risk_phrase(o))]


#: Words that make any outcome a loss: "deferred maintenance", "lost harvest time", "worse care".
_LOSS_WORDS = frozenset({"deferred", "lost", "worse", "poorer", "diminished", "weaker"})
#: Words of less of something, a loss only of a good thing: "less new construction" (not "fewer accidents").
_FEWER_WORDS = frozenset({"less", "fewer", "reduced", "lower"})
#: Things less of which is a loss: "fewer jobs", "less research", "reduced hours".
_GOOD_THINGS = frozenset({"job", "construction", "housing", "home", "unit", "rental", "research", "investment",
                          "funding", "cure", "treatment", "hour", "access", "coverage", "service", "choice", "option",
                          "competition", "innovation", "supply", "care", "staff", "doctor", "bed", "program",
                          "programme", "school", "teacher", "landlord", "provider", "lender", "credit", "income",
                          "wage", "pay", "benefit", "protection", "oversight", "transparency", "privacy", "freedom"})
#: What rising is a harm for: "higher labour costs", "rising rents" (not "higher vaccination rates").
_PRICE_LOSS_NOUNS = frozenset({"cost", "price", "rent", "fee", "tax", "premium", "bill", "fare"})
#: Outcomes that are harms by their noun: "will lead to shortages", "result in layoffs".
_HARM_OUTCOMES = frozenset({"loss", "shortage", "closure", "layoff", "decline", "eviction", "delay", "backlog",
                            "burden", "uncertainty", "confusion", "disruption", "harm", "damage", "injury", "abuse",
                            "fraud", "litigation", "bankruptcy", "unemployment"})


def foreseen_harms(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"Szabo says the cap will lead to deferred maintenance and less new
    construction": what anyone says a thing will lead to or result in is a
    worry when it is a loss by its words ("less", "fewer", "deferred",
    "higher costs", "shortages"); a gain forecast ("will lead to safer
    streets") is none.

    >>> from policygraph.nlp import load_model
    >>> doc = load_model()("She says the cap will lead to deferred maintenance and better schools.")
    >>> [" ".join(doc[i].text for i in toks) for _head, toks in foreseen_harms(doc[1])]
    ['deferred maintenance']
    """
    out = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and not _negated(c)):
        if not any(a.dep_ == "aux" and a.lower_ in _SPECULATIVE for a in clause.children):
            continue
        for prep in (p for p in clause.children if (clause.lemma_.lower(), p.lower_) in _OUTCOME_PREPS):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                for noun in _listed_worries(obj):
                    words = {t.lower_ for t in noun.children if t.dep_ in {"amod", "advmod", "compound"}}
                    lemma = noun.lemma_.lower()
                    # less of a good thing ("less new construction", "fewer jobs"), a thing put off or lost ("deferred
                    # maintenance"), a harm ("shortages", not "fewer delays") or a price risen ("higher rents", not
                    # "higher vaccination rates"); less of anything else ("fewer accidents") is a gain
                    fewer = bool(words & _FEWER_WORDS)
                    loss = fewer and lemma in _GOOD_THINGS or bool(words & _LOSS_WORDS) \
                        or lemma in _HARM_OUTCOMES and not fewer \
                        or lemma in _PRICE_LOSS_NOUNS and bool(words & {"higher", "rising", "increased"})
                    if loss and (toks := _worry_phrase(noun)):
                        out.append((noun.i, toks))
        # "the rule would worsen the housing shortage": what it worsens is a harm (not a case supposed: "if lawmakers
        # were to expand it, it would worsen ...")
        if clause.lemma_.lower() in _WORSENING_VERBS and not any(c.dep_ == "advcl" and states_condition(c)
                                                                 for c in clause.children):
            out += [(n.i, toks) for o in clause.children if o.dep_ == "dobj" for n in _listed_worries(o)
                    if not _someone(n) and (toks := _worry_phrase(n))]
    return out


#: Verbs whose object is a harm by their meaning alone: "would worsen the shortage" ("hasten the transition" and
#: "invite new investment" may be hopes).
_WORSENING_VERBS = frozenset({"worsen", "exacerbate", "aggravate"})


#: Verbs for harming someone: what does it, said by someone, is the worry ("hidden fees mislead buyers").
_HARM_VERBS = {"mislead", "deceive", "harm", "hurt", "exploit", "endanger", "confuse", "disadvantage", "defraud"}


def _harmful(verb: Token, raise_cues: frozenset[str]) -> list[tuple[int, tuple[int, ...]]]:
    """"Advocates say that hidden fees and speculative listings mislead
    buyers": what someone reports as harming people is a worry. Not a
    person or a body doing it (who harms is no worry), nor a policy."""
    if verb.lemma_.lower() not in _HARM_VERBS or verb.pos_ != "VERB" or _negated(verb):
        return []
    if not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in raise_cues):
        return []
    subj = _subject(verb)
    if subj is None or subj.pos_ != "NOUN" or _someone(subj) or not subj.is_lower:
        return []
    return [(n.i, toks) for n in _listed_worries(subj) if n.pos_ == "NOUN" and (toks := _worry_phrase(n))]


#: Verbs of a change or load landing on someone: "increases could fall hardest on renters", "costs would hit".
_FALLING_VERBS = frozenset({"fall", "land", "hit", "weigh", "burden", "strike"})
#: Verbs of a state going on or growing: what a risk "will remain" or "grow" is said of the risk.
_STAYING_VERBS = frozenset({"remain", "stay", "grow", "persist", "rise"})


def _risk_phrase(noun: Token) -> tuple[int, ...]:
    """"the risk of off-target movement", "the danger to children": a risk
    noun with its modifiers and what is at risk or feared, or () when it
    says neither (a bare "the risk")."""
    doc = noun.doc
    toks = sorted(i for i in _subtree(noun) if not doc[i].is_punct and doc[i].dep_ not in {"det", "poss"})
    said = {i for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "to", "for"} for i in _subtree(p)
            if not doc[i].is_punct}
    toks = sorted(set(toks) | said)
    whole = list(range(toks[0], toks[-1] + 1))
    gaps = [i for i in whole if i not in toks]
    return tuple(whole) if said and len(whole) <= 9 and all(doc[i].text == "-" for i in gaps) else ()  # "off-target"


#: Verbs of asking someone to act: "asked the province to fund", "urged the department to publish".
_ASKING_VERBS = frozenset({"ask", "urge", "call", "request", "demand", "press", "implore", "recommend"})
#: Verbs by which someone asks another to act, so that what is asked for is not yet done ("groups urged the FCC to
#: impose ..."): the asking verbs, not a recommendation (an agency's own advice is read as one), and wanting.
_URGED_BY_OTHERS = _ASKING_VERBS - {"recommend"} | {"petition", "want"}


#: Verbs of something good dwindling, whose subject a warner fears for: "alumni giving could fall".
_DWINDLING_VERBS = frozenset({"fall", "decline", "drop", "shrink", "dwindle", "plummet", "collapse", "disappear",
                              "evaporate", "vanish", "erode"})


#: What is bad to have more of, whose fall is no worry: "complaints could drop", "app fees could fall".
_BAD_WHEN_HIGH = frozenset({"fee", "tax", "fine", "premium", "cost", "charge", "penalty", "rent", "toll", "debt", "price",
                            "complaint", "crime", "violation", "emission", "pollution", "death", "injury", "accident",
                            "error", "delay", "backlog", "fraud", "waste", "wait", "tariff"})


def _dwindling(subject: Token) -> tuple[int, ...]:
    """The words naming what would dwindle: the subject with its modifiers
    and what it is "of" ("alumni giving", "the number of applicants", "the
    supply of rental homes"), not a clause about it ("which pays for ...")."""
    of = {t.i for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
    toks = sorted(t.i for t in subject.subtree if t.i in of or t.i <= subject.i
                  and (t.dep_ in {"compound", "amod", "nmod"} or t.i == subject.i))
    return tuple(toks) if toks == list(range(toks[0], toks[-1] + 1)) else (subject.i,)


def _reported_worry(clause: Token) -> list[tuple[int, tuple[int, ...]]]:
    """What a clause reported as a worry names: the outcome it leads to or
    causes ("will lead to job losses", "could cause an increase in
    complaints"), what someone would engage in ("may engage in deceptive
    pricing"), else its verb phrase ("would shrink the housing supply")."""
    lemma = clause.lemma_.lower()
    if lemma in {"raise", "express", "voice", "share"} and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _WORRY_WORDS for o in clause.children):
        return []  # "warned that it could slow innovation and raised concerns about ...": the raising is no worry
    if lemma in _ASKING_VERBS and clause.dep_ == "conj" and _subject(clause) is None:
        return []  # "warned that ... and asked the city to fund inspectors": what the warner asks for is no worry
        # ("fear that the rule demands too much paperwork": the rule's demand, a worry)
    # (each outcome of a list: "could lead to neighbor disputes and uneven enforcement")
    outcomes = [(n.i, toks) for prep in clause.children if (lemma, prep.lower_) in _OUTCOME_PREPS
                or lemma in {"engage", "participate"} and prep.lower_ == "in"
                for o in prep.children if o.dep_ == "pobj" for n in _listed_worries(o) if (toks := _worry_phrase(n))]
    if lemma in _CAUSE_VERBS:
        outcomes += [(o.i, toks) for o in clause.children if o.dep_ == "dobj" and (toks := _burden_phrase(o))]
    if lemma == "expose":  # "expose consumers to public disclosure of their debts": what they are exposed to
        # (not to whom: "would expose rebate terms to competitors" is the exposure of the terms)
        outcomes += [(o.i, toks) for o in pobjs(clause, {"to"}) if not _someone(o) and (
            toks := _risk_phrase(o) if o.lemma_.lower() in _RISK_NOUNS else _worry_phrase(o))]
    if lemma in _LEAVING_VERBS:  # "leaves the program exposed to fraud": what it is left open to
        outcomes += [(n.i, toks) for t in clause.subtree if t.head.i in {clause.i, *(c.i for c in clause.children)}
                     and _left_open(t) for o in pobjs(t, {"to"}) for n in _listed_worries(o)
                     if not _someone(n) and (toks := _worry_phrase(n))]
    if lemma in _PUT_VERBS:  # "would place a burden on workers": the burden, and on whom
        outcomes += [(o.i, toks) for o in clause.children if o.dep_ == "dobj" and o.lemma_.lower() in _LOADS
                     and (toks := _burden_phrase(o))]
    if lemma == "raise":  # "would raise the spectre of mass layoffs": what is foreseen
        outcomes += [(o.i, toks) for d in clause.children if d.dep_ == "dobj" and d.lemma_.lower() in _FORESEEN
                     for o in pobjs(d, {"of"}) if (toks := _worry_phrase(o))]
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in {"likely", "inevitable", "possible"}
                             for c in clause.children):  # "warned that licensing delays are likely": the delays
        outcomes += [(s.i, toks) for s in clause.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"
                     and not _someone(s) and s.lemma_.lower() not in _ENFORCING_NOUNS and (toks := tuple(i for i in _worry_phrase(s) if i <= s.i))]  # its words
        # before any measure of it ("delays of three months or more")
    # "that the rule underestimates the risk of drift", "ignores the danger to children": the harm it names
    # (a risk raised or increased names what is feared: "raise the risk of accidents" is a worry of accidents)
    outcomes += [(o.i, toks) for o in clause.children if o.dep_ == "dobj" and o.lemma_.lower() in _RISK_NOUNS
                 and lemma not in CHANGE_VERBS and (toks := _risk_phrase(o))]
    if lemma in _STAYING_VERBS:  # "the risk of undetected noncompliance will remain high": that risk
        outcomes += [(s.i, toks) for s in clause.children if s.dep_ == "nsubj" and s.lemma_.lower() in _RISK_NOUNS
                     and (toks := _risk_phrase(s))]
    if lemma in _FALLING_VERBS and pobjs(clause, {"on", "upon"}):  # "increases could fall hardest on renters"
        # (not "would fall short of what schools need")
        outcomes += [(s.i, toks) for s in clause.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"
                     and s.lemma_.lower() in _CHANGE_NOUNS | _LOADS and (toks := _worry_phrase(s))]
    if lemma in _DWINDLING_VERBS and not any(c.dep_ == "dobj" or c.lower_ in {"short", "behind"}
                                             for c in clause.children) \
            and not (lemma == "fall" and any(c.dep_ == "prep" and c.lower_ != "by" for c in clause.children)):
        # "warned that alumni giving could fall": what would dwindle (not what "would fall short of" a need, nor
        # what "could fall along party lines" or "in the middle of the season": there "fall" is to happen or land)
        outcomes += [(s.i, toks) for s in clause.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"
                     and not _someone(s) and s.lemma_.lower() not in _BAD_WHEN_HIGH and (toks := _dwindling(s))]
    if lemma == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in DANGEROUS for c in clause.children):
        # "warns that listeriosis is especially dangerous for pregnant people": the danger is the worry
        # ("listeriosis", "these supplements"; not a person: "the suspect is dangerous")
        outcomes += [(s.i, toks) for s in clause.children if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}
                     and not _someone(s) and s.lemma_.lower() not in _DANGEROUS_PEOPLE
                     and (toks := tuple(i for i in _worry_phrase(s) if i <= s.i))]
    if outcomes:
        return outcomes
    if lemma == "be" and any(c.dep_ == "acomp" and c.tag_ == "JJR" or c.dep_ == "attr" for c in clause.children):
        return []  # "the true number is likely higher", "the program is the only source of ...": no conduct to name
    if lemma == "use" and any(c.dep_ == "auxpass" for c in clause.children):  # "could be used to target small firms"
        aims = [v for x in clause.children if x.dep_ in {"xcomp", "advcl"} and x.pos_ == "VERB"
                for v in [x, *x.conjuncts]]
        found = [(v.i, phrase) for v in aims if (phrase := conduct_phrase(v))]
        # "could be used for insider trading": what it would be used for
        found += [(o.i, toks) for o in pobjs(clause, {"for"}) if (toks := _worry_phrase(o))]
        if found:
            return found
    subject = _subject(clause)
    if subject is not None and subject.pos_ == "NOUN" and not _someone(subject) and any(
            c.dep_ == "amod" and c.lower_ in FAULTY for c in subject.children) \
            and (toks := tuple(t.i for t in subject.subtree if t.i <= subject.i and t.dep_ not in {"det", "poss"}
                               and not t.is_punct)):
        # "is concerned that weak enforcement leaves patients ...": the weak enforcement (with what it lets happen)
        enabled = _enabled(clause)
        return [(subject.i, toks)] + ([(clause.i, enabled)] if enabled else [])
    made = [c for c in clause.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"] if lemma in _MAKING_VERBS else []
    if made:  # "will make mooring more difficult and costly": what it would be made is the worry
        for_whom = {t.i for a in [made[0], *made[0].conjuncts] for p in a.children  # "... for small owners":
                    if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree}  # whom it is so for, not what it is
        toks = [t.i for t in made[0].subtree if t.i not in for_whom and (not t.is_punct or t.text == "-")]
        if len(toks) <= _MAX_WORDS + 3 and toks == list(range(toks[0], toks[-1] + 1)):
            return [(made[0].i, tuple(toks))]
    forced = [x for x in clause.children if x.dep_ == "xcomp" and x.tag_ == "VB"] if lemma in _FORCING_VERBS else []
    if forced:  # "could compel small lenders to raise fees": the forcing with what it forces
        end = max([forced[0].i, *(conduct_phrase(forced[0]) or ())])
        if end - clause.i < _MAX_WORDS + 3:
            return [(clause.i, tuple(range(clause.i, end + 1)))]
    if lemma in _AMOUNTING_VERBS:  # "the cost of replacing pipes could reach $300 million": the cost is the worry
        subject = _subject(clause)
        toks = _worry_phrase(subject) if subject is not None else ()
        return [(subject.i, toks)] if toks else []
    subject = _subject(clause)
    if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _BROUGHT_HARMS \
            and not any(t.lemma_.lower() in {"repeal", "rescind", "undo", "scrap", "abolish", "delay", "withdraw"}
                        for t in subject.subtree) \
            and (toks := _worry_phrase(subject)):  # ("the costs of repealing the act": a worry about the repeal)
        return [(subject.i, tuple(i for i in toks if i <= subject.i) or toks)]  # "compliance costs could drive ..."
    if lemma == "be":
        return []  # "question whether the surcharge is consistent with the rule": a state, no act to name
    conduct = _enabled(clause) or conduct_phrase(clause)
    return [(clause.i, conduct)] if conduct else []


#: Adjectives that call a thing faulty: a worry's subject so described is the worry ("weak enforcement",
#: "inaccurate directories", "unsupported diagnoses"), not what it is then said to do.
FAULTY = frozenset({"weak", "lax", "poor", "inadequate", "insufficient", "inaccurate", "incomplete", "unsupported",
                    "improper", "excessive", "unreliable", "inconsistent", "unchecked", "unclear", "vague", "flawed",
                    "faulty", "outdated", "uneven", "unequal", "unsafe", "erroneous", "ineffective", "opaque",
                    "arbitrary"})


#: People said to be dangerous, who are no worry about a policy: "the suspect is dangerous".
_DANGEROUS_PEOPLE = frozenset({"suspect", "gunman", "defendant", "offender", "man", "woman", "person", "inmate",
                               "driver", "shooter", "attacker", "individual", "criminal"})
#: Adjectives that call a thing a danger: what is "dangerous for children" is a worry.
DANGEROUS = frozenset({"dangerous", "harmful", "hazardous", "unsafe", "deadly", "toxic", "risky", "lethal", "fatal"})


#: Verbs by which an amount grows to a figure: what grows so is the worry, not the reaching.
_AMOUNTING_VERBS = {"reach", "exceed", "top", "total", "surpass", "hit", "double", "triple"}


def _enabled(verb: Token) -> tuple[int, ...]:
    """"would allow vendors to collect personal data": what a verb of
    letting lets happen names it, from the letting verb on, while short."""
    inner = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB" and c.i > verb.i), None)
    if inner is None or verb.lemma_.lower() not in _LETTING_VERBS:
        return ()
    conduct = conduct_phrase(inner)
    # "force small marinas to close", "allow spills to go unreported": to the end of what is let happen
    end = conduct[-1] if conduct else max(t.i for t in inner.subtree if not t.is_punct)
    whole = tuple(range(verb.i, end + 1))
    return whole if len(whole) <= _MAX_WORDS + 3 else conduct


_HEDGES = {"could", "may", "might"}
#: Verbs that make something so: "make filing more costly", "leave owners worse off".
_MAKING_VERBS = {"make", "render", "leave"}
#: Verbs of letting something happen: "allow vendors to collect data".
_LETTING_VERBS = {"allow", "let", "enable", "permit", "encourage", "force", "push", "lead"}
#: Nouns for a danger, named with what it endangers: "risks to election integrity".
_RISK_NOUNS = {"risk", "threat", "danger", "harm"}
#: Verbs that are, bring or make up a risk: denied, they deny it ("poses no risk", "is not a threat").
_BRINGING_VERBS = {"be", "pose", "present", "create", "carry", "constitute", "raise", "mean"}
#: Adjectives for being open to a harm: "vulnerable to fraud", "susceptible to abuse".
_EXPOSED = {"vulnerable", "susceptible", "prone"}
#: Verbs that leave something in a state: "leaves the program exposed to fraud", "makes tenants vulnerable to eviction".
_LEAVING_VERBS = {"leave", "make", "render", "keep"}


def _left_open(tok: Token) -> bool:
    """Whether a word says something is, or is left, open to a harm: "is
    vulnerable to misuse", "leaves the program exposed to fraud", "makes
    tenants vulnerable to eviction" (not "workers exposed to heat must rest",
    who they are)."""
    if tok.lower_ != "exposed" and (tok.pos_ != "ADJ" or tok.lemma_.lower() not in _EXPOSED):
        return False
    if tok.dep_ == "acomp" and tok.lower_ != "exposed":
        return not _negated(tok.head)
    leaver = tok.head.head if tok.dep_ in {"amod", "acl"} and tok.head.dep_ == "dobj" and tok.i > tok.head.i \
        else tok.head if tok.dep_ in {"ccomp", "oprd", "xcomp"} else None
    return leaver is not None and leaver.lemma_.lower() in _LEAVING_VERBS and not _negated(leaver)

#: Verbs whose object is what their subject brings about.
#: Verbs of making a harm come sooner or worse: "would invite litigation", "may hasten the depletion of the fund".
INTENSIFYING_VERBS = frozenset({"invite", "hasten", "accelerate", "worsen", "exacerbate", "deepen", "aggravate"})
_CAUSE_VERBS = {"cause", "create", "pose", "impose", "bring", "mean", "produce", "trigger",
                "spark"} | INTENSIFYING_VERBS
#: Nouns for a worry voiced: "raised concerns", "expressed doubts".
_WORRY_WORDS = frozenset({"concern", "worry", "fear", "question", "doubt", "objection", "alarm", "reservation"})

_OUTCOME_PREPS = {("result", "in"), ("lead", "to"), ("saddle", "with"), ("burden", "with"), ("contribute", "to"),
                  ("add", "to")}  # "more inspections could add to the administrative burden on farmers"
_PUT_VERBS = {"put", "place"}


def _hedged_outcome(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"the rule could lead to longer delays", "may pose challenges for
    small marinas": an outcome a policy is said only possibly to bring is a
    worry about it. Whether the subject is a
    policy is for the caller to say (the mention rules know the vocabulary);
    a claimed outcome ("will lead to") need not be a worry."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() == "risk" and not _negated(verb):  # "risks pushing marinas out"
        return [(g.i, phrase) for g in verb.children if g.dep_ in {"xcomp", "dobj"} and g.tag_ == "VBG"
                and g.lemma_.lower() not in _THREAT_VERBS and (phrase := conduct_phrase(g))]  # threats: `_threatened`
    risked = risks_read_as_noun(verb)
    if risked is not None:  # the tagger's "the ban risks pushing ...": the same frame
        phrase = conduct_phrase(risked)
        return [(risked.i, phrase)] if phrase and risked.lemma_.lower() not in _THREAT_VERBS else []
    if verb.pos_ != "VERB" or _negated(verb) or not any(a.dep_ == "aux" and a.lower_ in _HEDGES for a in verb.children):
        return []
    subject = _subject(verb)
    if subject is None or not (subject.lower_ == "it" or subject.pos_ in {"NOUN", "PROPN"}):
        return []
    if verb.lemma_.lower() == "pose":  # "may pose challenges for small marinas": what it may pose
        return [(obj.i, toks) for obj in verb.children if obj.dep_ == "dobj" and obj.lemma_.lower() not in _RISK_NOUNS
                and (toks := _worry_phrase(obj))]  # "may pose risks to X": the risk rule names it
    return [(obj.i, toks) for prep in verb.children if (verb.lemma_.lower(), prep.lower_) in _OUTCOME_PREPS
            for obj in prep.children if obj.dep_ == "pobj" and (toks := _worry_phrase(obj))]


def risks_read_as_noun(tok: Token) -> Token | None:
    """The gerund of "the ban risks pushing operators away" when the tagger
    read "risks" as a plural noun ("ban risks") with the gerund hung on it
    (or it the gerund's subject): the verb "risk" and what is risked."""
    if tok.lower_ != "risks" or tok.pos_ != "NOUN" or not any(c.dep_ in {"compound", "nmod"} for c in tok.children):
        return None
    if tok.dep_ == "nsubj" and tok.head.tag_ == "VBG" and tok.head.i == tok.i + 1 \
            and not any(c.dep_ in {"aux", "auxpass"} for c in tok.head.children):
        return tok.head  # (not "flood risks are growing": a verb of its own)
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return None  # "cyber risks affecting hospitals have grown": the noun of another verb
    return next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == tok.i + 1), None)


def risking_subject(gerund: Token) -> Token | None:
    """Who or what risks the gerund in the tagger's misreading ("the ban" of
    "the ban risks pushing ...", `risks_read_as_noun`)."""
    nouns = [gerund.head] if gerund.dep_ == "acl" else [c for c in gerund.children if c.dep_ == "nsubj"]
    risks = next((n for n in nouns if (risked := risks_read_as_noun(n)) is not None and risked.i == gerund.i), None)
    return [c for c in risks.children if c.dep_ in {"compound", "nmod"}][-1] if risks is not None else None


_THREAT_VERBS = {"threaten", "undermine", "erode", "jeopardize", "jeopardise", "endanger", "compromise",
                 "infringe", "encroach", "impinge", "intrude"}
#: Threat verbs that name what they threaten after "on": "infringes on free speech", "intrudes on autonomy".
_ENCROACH_VERBS = {"infringe", "encroach", "impinge", "intrude"}


#: Nouns for a measure, which may intrude on a right or an autonomy ("the law intrudes on ...").
_INTRUDING_NOUNS = frozenset({"law", "act", "rule", "bill", "order", "regulation", "ordinance", "policy", "program",
                              "programme", "measure", "plan", "requirement", "mandate", "ban", "system", "code", "it"})


def _intruding_measure(subject: Token | None) -> bool:
    """Whether what intrudes is a measure: "the law intrudes on institutional
    autonomy", "it intrudes on ..." (not "protesters intruded on the
    hearing", "pop-up surveys intrude on shoppers")."""
    return subject is not None and (subject.lemma_.lower() in _INTRUDING_NOUNS or subject.pos_ == "PROPN")


def _threatened(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"the rule threatens press freedom", "could undermine public trust":
    what is said to be threatened is the worry."""
    if verb.lemma_.lower() not in _THREAT_VERBS or verb.pos_ != "VERB" or _negated(verb):
        return []
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":  # "without jeopardizing X": no threat
        return []
    if verb.tag_ == "VBG":  # "jeopardizing river research nationwide": the act of threatening is named
        whole = _contiguous(verb.doc, [t.i for t in verb.subtree if t.i >= verb.i])
        return [(verb.i, whole)] if 2 <= len(whole) <= 8 else []
    if verb.lemma_.lower() == "intrude" and not _intruding_measure(_subject(verb)):
        return []  # ("protesters intruded on the hearing", "nothing ... shall intrude on": no measure threatens)
    if verb.lemma_.lower() in _ENCROACH_VERBS:  # "infringes on property rights"
        return [(o.i, toks) for p in verb.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
                for o in p.children if o.dep_ == "pobj" and (toks := _worry_phrase(o))]
    objects = [obj for obj in verb.children if obj.dep_ == "dobj"]
    if any(_someone(obj) for obj in objects):  # "sidewalk clutter endangers blind pedestrians": the danger, not them
        phrase = conduct_phrase(verb)
        return [(verb.i, phrase)] if phrase else []
    return [(obj.i, toks) for obj in objects if (toks := _worry_phrase(obj))]


#: Nouns for a worry that a "be" sentence states: "The main criticism of
#: the rule is its cost".
_STATED_WORRIES = {"concern", "worry", "fear", "risk", "danger", "criticism", "complaint", "objection", "drawback",
                   "downside", "weakness", "shortcoming", "flaw"}


def stated_worries(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"The main criticism of the rule is its cost", "the biggest worry is
    delays": what a worry noun is said to be is the worry. (What a "that"
    clause says after one, "one concern is that ...", was tried too and
    cost a held-out false positive: docs/quality.md.)"""
    if verb.lemma_ != "be" or _negated(verb):
        return []
    if any(a.dep_ == "attr" and a.lemma_.lower() in _STATED_WORRIES for a in verb.children):
        # "market manipulation is a key concern": what is said to be a worry is one
        return [(s.i, toks) for s in verb.children if s.dep_ == "nsubj" and s.lemma_.lower() not in _STATED_WORRIES
                and s.pos_ == "NOUN" and not _someone(s) and (toks := _worry_phrase(s))]
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in _STATED_WORRIES for c in verb.children):
        return []
    return [(a.i, toks) for a in verb.children if a.dep_ == "attr" and a.lemma_.lower() not in _STATED_WORRIES
            and (toks := _worry_phrase(a))]


_AT_RISK = {("at", "risk"), ("in", "jeopardy"), ("in", "danger")}

#: Verbs that lay a load on someone or bring a harm about: "imposes costs on small yards", "adds an
#: administrative burden", "created regulatory uncertainty", "would cause delays".
_LOAD_VERBS = frozenset({"impose", "place", "put", "add", "create", "pose", "shift", "cause", "produce"})


def imposed_loads(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"The photo requirement imposes costs on small yards", "would impose a
    heavy paperwork burden on households": a burden or cost laid on
    someone is a worry, whoever says so (a load nobody would call a
    benefit). Not when denied ("imposes no burden") or only supposed."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LOAD_VERBS or _doubted(verb) or in_condition(verb) \
            or in_question(verb) or asked(verb):
        return []
    if any(c.dep_ in {"ccomp", "xcomp", "advcl"} and c.pos_ == "VERB" for c in verb.children):
        return []  # "caused costs to fall", "put pressure on the Authority to modernize": the load does something else
    return [(o.i, toks) for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _BROUGHT_HARMS
            and not any(c.lower_ == "no" or c.lower_ in EASED or c.dep_ == "acl" and to_infinitive(c) for c in o.children)
            and (toks := _burden_phrase(o))]


#: Adverbs that all but deny a clause: "can hardly cause delays", "was never expected to".
_HARDLY = frozenset({"hardly", "scarcely", "barely", "never"})
#: Modifiers of a load that make it smaller, a benefit: "lower costs", "reduced delays".
EASED = frozenset({"low", "lower", "lowest", "reduced", "fewer", "less", "decreased", "cheaper"})


def _doubted(verb: Token) -> bool:
    """Negated, or all but denied, here or in the verb it completes ("was
    never expected to cause delays")."""
    for tok in (verb, verb.head) if verb.dep_ in {"xcomp", "ccomp"} else (verb,):
        if _negated(tok) or any(c.dep_ in {"advmod", "neg"} and c.lower_ in _HARDLY for c in tok.children):
            return True
    return False


def fallen_loads(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"Compliance costs will fall hardest on Main Street businesses": a
    load or a rise said to land on someone is a worry, whoever says so."""
    landed = [o for o in pobjs(verb, {"on", "upon"}) if o.ent_type_ not in {"DATE", "TIME"} and o.pos_ in {"NOUN", "PROPN"}]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FALLING_VERBS or _negated(verb) or not landed \
            or in_condition(verb):
        return []  # ("costs fell on Monday": a date, no one)
    return [(s.i, toks) for s in verb.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"
            and s.lemma_.lower() in _LOADS | {"increase", "rise"} and not any(c.lower_ in EASED for c in s.children)
            and (toks := _worry_phrase(s))]


#: Verbs of doing harm to someone or something, whoever says so: "the rule would hurt small farms".
#: (What a threat falls on, "undermine public trust", is read as the worry itself: `_THREAT_VERBS`.)
HURTING_VERBS = frozenset({"hurt", "harm", "damage", "weaken", "disadvantage", "mislead", "confuse", "cripple", "strain",
                           "hamper", "stifle", "overwhelm", "devastate", "bankrupt"})


def harmed(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"The rule would hurt small farms", "the fee harms renters": harm a
    thing is said to do is a worry about it, whoever says so; named by the
    verb phrase. Not when denied or only supposed. Whether the subject is
    a policy (a landlord hurting tenants is an act) is for the caller."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HURTING_VERBS or _negated(verb) or in_condition(verb) \
            or verb.tag_ in {"VBN", "VBG"} or in_question(verb) or asked(verb):
        return []
    subject = _subject(verb)
    # a policy is "it", named, or "the rule" / "this fee" ("hidden fees mislead buyers": the fees are the worry)
    definite = subject is not None and (subject.lower_ == "it" or subject.pos_ == "PROPN" or any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its", "their"} for c in subject.children))
    if not definite or _someone(subject) or subject.ent_type_ in {"PERSON", "NORP"}:
        return []
    phrase = conduct_phrase(verb)
    return [(verb.i, phrase)] if phrase else []


def cited_worries(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"opposed the measure, citing repair costs for small landlords": a
    load someone cites for their stance is their worry ("citing a 2019
    study" cites none; "citing the risk of fraud" is read as a risk)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "cite" or _negated(verb) \
            or verb.dep_ == "advcl" and verb.head.lemma_.lower() in _BACKING_VERBS:
        return []  # ("supported the act, citing lower costs": a reason for support)
    objects = [n for o in verb.children if o.dep_ == "dobj" for n in _listed_worries(o)]
    return [(o.i, toks) for o in objects if o.lemma_.lower() in _LOADS
            and not any(c.lower_ in EASED for c in o.children) and (toks := _burden_phrase(o))]


#: Verbs of backing a policy: what someone cites for it is a reason, not a worry.
_BACKING_VERBS = frozenset({"support", "back", "endorse", "praise", "welcome", "defend", "favor", "favour"})


def _put_at_risk(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"puts student safety at risk", "placed patients' health in
    jeopardy": what is put at risk is the worry."""
    if verb.lemma_.lower() not in _PUT_VERBS or _negated(verb):
        return []
    if not any((p.lower_, o.lemma_.lower()) in _AT_RISK for p in verb.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj"):
        return []
    return [(obj.i, toks) for obj in verb.children if obj.dep_ == "dobj" and not _someone(obj)
            and (toks := _worry_phrase(obj))]


def _plural_subject(subject: Token) -> bool:
    """Whether the verb agrees with a plural subject ("Participating landlords
    receive ...", "are rewarded"): then its -ing word modifies people, while
    an act named by a gerund takes a singular verb ("Dumping waste results
    in a fine")."""
    verb = subject.head
    return verb.tag_ == "VBP" or any(a.dep_ in {"aux", "auxpass"} and a.lower_ in {"are", "were", "have"}
                                     for a in verb.children)


def _someone(noun: Token) -> bool:
    """Whether a noun names people ("puts boaters at risk"): what is at risk
    is then their safety, which the sentence does not name."""
    return noun.tag_ == "NNS" and looks_like_agent_noun(noun.lower_) or noun.ent_type_ == "PERSON"


#: Verbs that remedy a harm: what a policy is meant to curb is a worry it
#: exists to address ("aims to curb illegal dumping").
REMEDY_VERBS = frozenset({"curb", "prevent", "combat", "tackle", "fight", "reduce", "stop", "deter", "eliminate", "counter",
                 "address", "remedy",
                 "protect", "shield", "safeguard", "guard", "crack", "minimize", "minimise", "mitigate"})
#: Remedy verbs that say what their subject is for, whatever its tense ("the ordinance tackles dumping").
_TARGETING_VERBS = frozenset({"curb", "combat", "tackle", "fight", "deter", "mitigate", "protect", "shield", "safeguard"})
#: Verbs whose infinitive says what something is for ("seeks to", "is designed to").
_PURPOSE_VERBS = {"aim", "seek", "intend", "design", "mean", "try", "attempt", "strive", "work", "exist"}

#: The cue of every worry frame `concern_phrases` reads besides its markers and raising verbs (each frame's own
#: words: a word with none of them starts no frame, so `concern_phrases` walks only words with one).
_WORRY_CUES = frozenset(_CRITICISM_NOUNS | _RISK_NOUNS | _EXPOSED | {"expose", "exposed"} | OPPOSING_VERBS | _HARM_VERBS
                        | _THREAT_VERBS
                        | _PUT_VERBS | _LOAD_VERBS | _FALLING_VERBS | HURTING_VERBS | REMEDY_VERBS
                        | {verb for verb, _ in _OUTCOME_PREPS}
                        | VOICING_VERBS
                        | {"point", "question", "criticize", "criticise", "fault", "blame", "object", "vote",
                           "risk", "pose", "be", "cite"})


def purpose_holder(verb: Token) -> Token | None:
    """What a remedy verb says the purpose of, or None: the subject of
    "seeks to curb" / "is designed to prevent", or what the clause a purpose
    infinitive hangs on acts on ("adopted the rule to curb": the rule)."""
    head = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _PURPOSE_VERBS:
        return _subject(head)  # subject or passive subject: "is designed to prevent"
    if infinitive and verb.dep_ in {"xcomp", "acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "dobj":
        return head  # "adopted the rule to curb fraud", the infinitive read as the rule's
    if infinitive and verb.dep_ == "advcl":  # "adopted the rule to curb fraud": the thing adopted is for it
        return next((c for c in head.children if c.dep_ == "dobj"), None) or _subject(head)
    subject = _subject(verb) if verb.lemma_.lower() in _TARGETING_VERBS and verb.dep_ in {"ROOT", "ccomp"} else None
    # (a named rule may be tagged a law or an organisation: "the Clean Streets Ordinance")
    thing = subject is not None and (subject.ent_type_ in {"", "LAW"} or subject.ent_type_ == "ORG"
                                     and subject.lemma_.lower() in _STARTING | {"program", "programme", "code", "plan"})
    if thing and subject.pos_ in {"NOUN", "PROPN"} and not looks_like_agent_noun(subject.lower_) \
            or subject is not None and subject.lower_ == "it" and verb.dep_ == "ccomp":
        # "the ordinance tackles illegal dumping": a thing (not someone) that targets a harm is for it; "supporters
        # argue that it protects consumers from infection": the "it" argued over
        return subject
    if verb.dep_ == "conj" and verb.tag_ == "VB" and head.tag_ == "VB" and head.i < verb.i:
        return purpose_holder(head)  # "to curb fraud and (to) prevent flooding": the second purpose is the same one's
    return None


def remedied(verb: Token) -> list[tuple[int, tuple[int, ...]]]:
    """What a policy is for remedying, a worry it exists to address (the
    annotation guide links it to the policy): "the rule seeks to curb
    illegal dumping", "was designed to protect boaters from deceptive
    pricing", "was adopted to crack down on fraud". Not what a policy
    merely does ("the rule reduces fees"): that is its effect."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REMEDY_VERBS or _negated(verb) \
            or purpose_holder(verb) is None or verb.dep_ == "xcomp" and _negated(verb.head):
        return []  # ("does not seek to cut staff")
    lemma = verb.lemma_.lower()
    if lemma in {"protect", "shield", "safeguard", "guard"}:  # "protect boaters from deceptive pricing"
        objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"from", "against"}
                   for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    elif lemma == "crack":  # "crack down on fraud"
        objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                   for o in p.children if o.dep_ == "pobj"]
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj"
                   and not (lemma == "address" and c.lemma_.lower() in _ADDRESSED_NON_WORRIES)]
    out = []
    for obj in objects:
        for noun in _listed_worries(obj):  # "to curb waste, fraud and abuse"
            toks = _worry_phrase(noun)
            if toks:
                out.append((noun.i, toks))
    return out


#: What one addresses that is no worry: "address the needs of rural students", "address questions".
_ADDRESSED_NON_WORRIES = frozenset({"need", "question", "comment", "request", "letter", "topic", "audience"})


def remedy_verb(noun: Token) -> Token | None:
    """The remedy verb whose remedied worry `noun` is (`remedied`), or None."""
    verb = next((a for a in noun.ancestors if a.lemma_.lower() in REMEDY_VERBS), None)
    return verb if verb is not None and any(i == noun.i for i, _toks in remedied(verb)) else None


def outcome_verb(noun: Token) -> Token | None:
    """The verb whose worried-about outcome `noun` is ("could lead to
    *delays*", "puts *safety* at risk", "threatens *press freedom*"), or
    None: its subject is what the worry is about."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (noun.head.head.lemma_.lower(), noun.head.lower_) in _OUTCOME_PREPS:
        return noun.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _PUT_VERBS | _CAUSE_VERBS | _THREAT_VERBS:
        return noun.head  # "could cause an increase in complaints", "threatens press freedom"
    if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "upon"} and noun.head.head.lemma_.lower() in _ENCROACH_VERBS:
        return noun.head.head  # "may infringe on the privacy of boat owners"
    if noun.dep_ in {"pobj", "conj"} and noun.head.lower_ == "to" or noun.dep_ == "conj" and noun.head.dep_ == "pobj":
        prep = noun.head if noun.head.lower_ == "to" else noun.head.head
        if prep.lower_ == "to" and prep.head.lemma_.lower() in _EXPOSED and prep.head.dep_ == "acomp":
            return prep.head.head  # "is vulnerable to misuse": what is
    return None


#: What is laid on someone: "a burden on small carriers", "strain on staff".
_LOADS = frozenset({"burden", "strain", "pressure", "hardship", "cost", "costs"})
#: Harms that whatever brings them about brings a worry: "created regulatory uncertainty".
_BROUGHT_HARMS = _LOADS | {"uncertainty", "confusion", "delay", "disruption", "harm", "conflict", "loophole", "barrier",
                           "backlog", "shortage", "damage", "injury"}


#: What enforcing a policy consists of: "fines are likely" foresees the policy working, no worry about it.
_ENFORCING_NOUNS = frozenset({"enforcement", "fine", "penalty", "sanction", "inspection", "audit"})


#: Adjectives of size alone: "a heavy burden", "significant costs" name the burden, the costs.
_DEGREE_WORDS = frozenset({"heavy", "significant", "substantial", "major", "huge", "enormous", "considerable", "large",
                           "great", "serious", "big", "severe"})


def _burden_phrase(obj: Token) -> tuple[int, ...]:
    """A load with whom it falls on: "a heavy administrative burden on small
    carriers" is "administrative burden on small carriers" (its "on" is part
    of the worry); any other worry as `_worry_phrase` gives it."""
    toks = _worry_phrase(obj)
    if not toks or obj.lemma_.lower() not in _LOADS:
        return toks
    cost = obj.lemma_.lower() == "cost"
    # how heavy it is says nothing of what it is: "a heavy paperwork burden" is a paperwork burden
    toks = tuple(i for i in toks if not (i < obj.i and obj.doc[i].lower_ in _DEGREE_WORDS and obj.doc[i].dep_ == "amod"))
    if cost and any(c.dep_ in {"compound", "amod"} and c.lower_ not in _DEGREE_WORDS for c in obj.children):
        return toks  # "compliance costs", "repair costs" say enough; bare "costs" are named with whom they fall on
    # whom it falls on, up to that noun ("on late-night staff", not "... who drive to work"); costs fall "to"
    # someone too ("costs to small businesses"), and the parse may hang that on the verb that lays them
    falls = {"on", "upon", "for", "to"} if cost else {"on", "upon", "for"}
    holders = [*obj.children, *(obj.head.children if obj.dep_ == "dobj" and cost else ())]
    on = [t.i for p in holders if p.dep_ == "prep" and p.lower_ in falls and p.i == toks[-1] + 1
          for o in p.children if o.dep_ == "pobj" and o.lower_ != "tune"  # ("to the tune of $4 billion")
          for t in [p, *o.subtree] if t.i <= o.i and not t.is_punct]
    return tuple(sorted({*toks, *on})) if on and len(on) <= 6 and on == list(range(on[0], on[-1] + 1)) else toks


#: Nouns for a problem that a name may be given: "a problem known as double counting".
_PROBLEM_NOUNS = frozenset({"problem", "phenomenon", "harm"})
#: Verbs of giving something a name: "known as", "called", "dubbed".
_CALLING_VERBS = frozenset({"know", "call", "dub", "term", "label"})


def named_as(noun: Token) -> list[Token]:
    """"a risk known as carbon leakage", "a problem called double
    counting": the name a worry noun is given."""
    return [o for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in _CALLING_VERBS
            for o in [*pobjs(v, {"as"}), *(c for c in v.children if c.dep_ in {"oprd", "dobj"})]
            if o.pos_ in {"NOUN", "PROPN"}]


#: Words that rank a worry or count it among others: "the deeper problem", "another concern".
_RANKING_WORDS = frozenset({"real", "main", "deeper", "deepest", "bigger", "biggest", "greater", "greatest", "key",
                            "central", "chief", "primary", "core", "fundamental", "underlying", "larger", "largest",
                            "major", "serious", "another", "second", "third", "final", "other", "further"})


def said_to_be(noun: Token) -> list[Token]:
    """"The deeper problem is a lack of accountability", "our main concern
    is cost": what a worry noun is said to be names it. Not what is denied
    or asked ("the problem is not cost"), nor a case supposed ("when the
    problem is an emergency"), nor a clause ("the risk is that ..."), which
    other frames read."""
    verb = noun.head
    # (the worry is ranked or counted among others, as an argument names it: "the real problem", "another concern";
    # and said as it stands: "the problem was a faulty valve", "the main problem was a broken pipe" tell what went
    # wrong)
    ranked = any(c.dep_ in {"amod", "det"} and c.lower_ in _RANKING_WORDS for c in noun.children)
    if not ranked or noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ not in {"VBZ", "VBP"} or _negated(verb) \
            or in_question(verb) or asked(verb) \
            or in_condition(verb) or verb.dep_ == "advcl" \
            or any(c.dep_ in {"mark", "advmod"} and c.lower_ in _HYPOTHETICAL | {"where"} for c in verb.children):
        return []
    return [o for c in verb.children if c.dep_ == "attr" and c.i > verb.i
            for o in [c, *(j for j in c.conjuncts if j.pos_ == c.pos_)] if o.pos_ in {"NOUN", "PROPN"}]


def listed_alike(item: Token, first: Token) -> bool:
    """Whether a conjunct is another item of the same list: the same part of
    speech, or nouns listed after a gerund the parse reads as a verb ("risks of
    stalking, harassment and discrimination"), not a clause joined on
    ("concerns about costs and said ...")."""
    if item.pos_ == first.pos_:
        return True
    return first.tag_ == "VBG" and first.dep_ in {"pobj", "pcomp"} and item.pos_ == "NOUN"


def _worry_phrase(obj: Token) -> tuple[int, ...]:
    """A noun with its modifiers and "of" complement ("cost of pouches"), or a
    gerund with its object ("losing access"); whole hyphenated words
    ("cross-contamination", which the parse may split into three nouns)."""
    return whole_words(obj.doc, _worry_tokens(obj))


def whole_words(doc: Doc, toks: tuple[int, ...]) -> tuple[int, ...]:
    """A span widened to the whole hyphenated words at its edges: "cross"
    of "cross-contamination" is the word "cross-contamination".

    >>> from spacy.lang.en import English
    >>> doc = English()("concerned about cross-contamination today")
    >>> whole_words(doc, (2,)), whole_words(doc, (4,)), whole_words(doc, (5,))
    ((2, 3, 4), (2, 3, 4), (5,))
    """
    if not toks:
        return toks
    start, end = toks[0], toks[-1]
    while end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text == "-" and not doc[end + 1].whitespace_ \
            and doc[end + 2].is_alpha:
        end += 2
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    return tuple(range(start, toks[0])) + toks + tuple(range(toks[-1] + 1, end + 1))


def _worry_tokens(obj: Token) -> tuple[int, ...]:
    kinds = pobjs(obj, {"of"}) if obj.lemma_.lower() in _KIND_NOUNS else []
    if kinds:  # "this kind of surveillance", "that type of fraud": the worry is what it is a kind of
        return _worry_tokens(kinds[0])
    if obj.tag_ == "VBG":
        return conduct_phrase(obj) or (obj.i,)
    # ("worried about mission creep": a noun the tagger read as an adjective still heads the nouns before it)
    misread = obj.pos_ == "ADJ" and obj.dep_ in {"pobj", "dobj"} and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in obj.children)
    if obj.pos_ not in {"NOUN", "PROPN"} and not misread or obj.ent_type_ in {"ORG", "GPE", "PERSON", "LAW"}:
        return ()
    leading = {i for c in obj.children if c.dep_ in {"det", "poss", "predet"} and c.i < obj.i for i in _subtree(c)}
    # "the same damage to private property": a word pointing back at another mention says nothing of the worry
    leading |= {c.i for c in obj.children if c.dep_ == "amod" and c.lower_ in _POINTING_BACK and c.i < obj.i}
    # "higher fees under the rule": the policy it falls under is no part of the worry; nor what it is cited as
    # ("citing the lack of a standard as a danger to workers")
    leading |= {i for c in obj.children if c.dep_ == "prep" and c.lower_ in {"under", "as"} for i in _subtree(c)}
    toks = sorted(i for i in _subtree(obj) if not obj.doc[i].is_punct and i not in leading)
    toks = sorted(set(toks) | set(_paired_nouns(obj)))
    if obj.lemma_.lower() in _CHANGE_NOUNS | _CHANCE_NOUNS:  # "an increase in complaints", "the potential for abuse"
        preps = {"in", "on", "to"} if obj.lemma_.lower() in _CHANGE_NOUNS else {"for", "of"}
        toks = sorted(set(toks) | {i for p in obj.children if p.dep_ == "prep" and p.lower_ in preps
                                   for i in [p.i, *(j for o in p.children if o.dep_ == "pobj" for j in _subtree(o))]
                                   if not obj.doc[i].is_punct})
        return tuple(toks) if len(toks) <= 10 else ()
    return tuple(toks) if len(toks) <= 6 else ()


#: Nouns for a kind of something: "this kind of surveillance", "other forms of abuse".
_KIND_NOUNS = frozenset({"kind", "type", "sort", "form"})


#: Modifiers that point back at something said before: "the same damage", "similar harms", "such abuse".
_POINTING_BACK = frozenset({"same", "similar", "such"})


def _joined_modifier_worries(noun: Token) -> list[tuple[int, tuple[int, ...]]]:
    """"concerns about location tracking and data retention": the parse
    joins "location tracking" and "data" as modifiers of "retention"; read
    as the two worries it lists, each its own words ("location tracking",
    "data retention"), or [] when the noun has no such modifiers."""
    doc = noun.doc
    for mod in (c for c in noun.children if c.dep_ in {"nmod", "compound", "amod"} and c.i < noun.i):
        joined = [j for j in mod.children if j.dep_ == "conj" and mod.i < j.i < noun.i]
        cc = [c for c in mod.children if c.dep_ == "cc" and c.lower_ in {"and", "or"}]
        if len(joined) == 1 and cc and joined[0].i + 1 == noun.i and cc[0].i + 1 == joined[0].i:
            first = tuple(range(mod.left_edge.i, mod.i + 1))
            second = (joined[0].i, noun.i)
            if all(doc[i].is_alpha for i in first + second):
                return [(mod.i, first), (noun.i, second)]
    return []


def _paired_nouns(noun: Token) -> list[int]:
    """"health and safety", "fraud and abuse": a bare noun joined by "and"
    or "or" to the bare noun right after it, not in a longer list, names
    one thing; the tokens of "and" and the second noun, or []."""
    cc = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    pair = next((c for c in noun.children if c.dep_ == "conj" and c.i == noun.i + 2), None)
    # both singular, the second bare, neither modified: "rent increases and evictions", "delays and layoffs" are two
    bare = lambda t: t.pos_ == "NOUN" and t.tag_ == "NN" and not any(c.dep_ in {"det", "poss", "amod", "compound"}
                                                                     for c in t.children)
    listed = noun.dep_ == "conj" or any(c.text == "," for c in noun.children)  # "fraud, theft and abuse": a list
    if cc is None or cc.lower_ not in {"and", "or"} or pair is None or not bare(pair) or listed \
            or noun.tag_ != "NN" or any(c.dep_ in {"amod", "compound"} for c in noun.children):
        return []
    return [cc.i, pair.i]


def _listed_worries(noun: Token) -> list[Token]:
    """The nouns of a list each naming a worry ("higher fees, longer waits
    and fewer slots"); a pair that names one thing ("health and safety") is
    one."""
    return [noun] if _paired_nouns(noun) else [noun, *noun.conjuncts]


#: Nouns for what someone foresees, named with what may happen: "raises the spectre of layoffs".
_FORESEEN = {"spectre", "specter", "prospect", "possibility", "threat", "danger", "risk"}
#: Nouns for a chance, named with what may happen: "the potential for manipulation".
_CHANCE_NOUNS = {"potential", "possibility", "likelihood", "prospect"}
#: Nouns for a change or effect, named with what changes: "an increase in complaints".
_CHANGE_NOUNS = {"effect", "impact", "increase", "decrease", "rise", "drop", "decline", "reduction", "loss", "cut"}


def in_hyphenated_word(tok: Token) -> bool:
    """Whether a token is part of a hyphenated word ("high-risk",
    "low-income"): the compound word, not its parts, says what is meant
    (neither a vague modifier nor a worry on its own)."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-"
            and not doc[tok.i + 1].whitespace_) or (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)


def foreseen_outcomes(doc: Doc) -> list[tuple[Token, Token, tuple[int, ...]]]:
    """"the law would lead to discrimination against applicants": what a
    clause says will or would result, as (the verb, the outcome's head,
    its tokens), unless said to grow less or better ("fewer errors",
    "greater transparency", "no discrimination"). Whether its subject is a
    policy and the outcome a harm is for the caller to say (the vocabulary's
    worries: discrimination, surveillance, exclusion)."""
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or _negated(verb) or in_condition(verb) or in_question(verb) or not any(
                a.dep_ == "aux" and a.lower_ in {"would", "will"} for a in verb.children):
            continue
        out += [(verb, o, toks) for p in verb.children if (verb.lemma_.lower(), p.lower_) in _OUTCOME_PREPS
                for o in p.children if o.dep_ == "pobj" and not any(c.lower_ in _BETTER_OR_LESS for c in o.children)
                and (toks := _worry_phrase(o))]
        if verb.lemma_.lower() in _PUT_VERBS | _CAUSE_VERBS:  # "the permit rule would place a burden on workers"
            # (costs only when said to be heavy: "would impose significant costs on ..."; "would impose costs of
            # $2 million on the private sector" is an estimate)
            out += [(verb, o, toks) for o in verb.children if o.dep_ == "dobj" and (
                        o.lemma_.lower() in _LOADS - {"cost", "costs"}
                        or o.lemma_.lower() == "cost" and any(c.dep_ == "amod" and c.lower_ in _DEGREE_WORDS
                                                              for c in o.children))
                    and (toks := _burden_phrase(o))]
    return out


#: Words by which an outcome is said to be good or small: "greater transparency", "fewer errors", "no bias".
_BETTER_OR_LESS = frozenset({"greater", "more", "better", "improved", "stronger", "increased", "less", "fewer", "no",
                             "reduced", "lower", "enhanced"})


def harm_phrases(doc: Doc, *, modifiers: frozenset[str], cues: frozenset[str],
                 argued: bool = False) -> list[tuple[int, tuple[int, ...]]]:
    """In a sentence that voices a worry or criticism (a lemma in `cues`,
    or, `argued`, any sentence of an opinion piece's writer outside
    quotation marks), a noun a harm adjective modifies names a concern
    ("the program's high costs", "limited uptake", "a poor return"); so
    does what something is said to lack ("lacks a clear legal basis"), and
    what a writer says does not exist ("There is no independent audit.").
    Returns (head token, tokens) pairs."""
    out: list[tuple[int, tuple[int, ...]]] = []
    quoted = quoted_tokens(doc) if argued else set()
    for sent in doc.sents:
        cued = bool({t.lemma_.lower() for t in sent if not in_hyphenated_word(t)} & cues)
        writers = argued and not any(t.i in quoted or t.text in QUOTES for t in sent)  # (a quote is another's)
        if not cued and not writers:
            continue  # "high-risk plants" voices no worry
        # (a writer arguing uncued names a harm by a word that judges: "a poor return", not "lower tax rates")
        harms = modifiers if cued else modifiers - _SCALAR_WORDS
        for tok in sent:
            if tok.pos_ == "VERB" and tok.lemma_.lower() == "lack" and not _negated(tok):
                conduct = conduct_phrase(tok)
                if conduct:
                    out.append((tok.i, conduct))
            if tok.pos_ != "NOUN" or tok.dep_ == "compound" or tok.dep_ == "pobj" and tok.head.lower_ == "with" \
                    and _someone(tok.head.head):
                continue  # ("borrowers with poor credit": which borrowers, no harm)
            left = [t.i for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"det", "poss", "predet", "case", "nummod"}]
            left = [i for i in left if i > max((j for j in left if doc[j].dep_ in {"poss", "det"}), default=-1)]
            while left and doc[left[0]].pos_ == "ADV":  # "only limited value"
                left.pop(0)
            left = _contiguous(doc, left)
            if left and writers and len(left) >= 2 and tok.lemma_.lower() in _FLAW_NOUNS and tok.dep_ == "attr" \
                    and any(c.dep_ == "expl" for c in tok.head.children):
                out.append((tok.i, left))  # "There is also a transparency problem.": the writer names a flaw
                continue
            if writers and (absent := there_is_no(tok)):  # "There is no warrant requirement.": the writer names a flaw
                out.append((tok.i, absent))
                continue
            if left and any(doc[i].lemma_.lower() in harms or doc[i].lower_ in harms for i in left
                            if i != tok.i and not in_hyphenated_word(doc[i])):  # "high-risk plants" are no high thing
                out.append((tok.i, left))
    return out


def there_is_no(noun: Token) -> tuple[int, ...]:
    """"There is no warrant requirement.", "There is no duty to tell
    defendants.": said in criticism, a thing said not to exist is what is
    wrong; its words from "no" to the noun, with an infinitive saying what
    it is a duty or right to do. () when the noun is not so denied, in an
    idiom ("There is no doubt"), or a burden whose absence is good ("There is
    no fee").

    >>> from policygraph.nlp import load_model
    >>> doc = load_model()("There is no duty to tell defendants.")
    >>> [doc[i].text for i in there_is_no(doc[3])]
    ['no', 'duty', 'to', 'tell', 'defendants']
    """
    verb = noun.head
    no = [c for c in noun.children if c.dep_ == "det" and c.lower_ == "no"]
    if noun.dep_ != "attr" or verb.lemma_ != "be" or not no or not any(c.dep_ == "expl" for c in verb.children) \
            or _negated(verb) or in_condition(verb) or in_question(verb):
        return ()
    if noun.lemma_.lower() in _SAID_ABSENT | _BROUGHT_HARMS | _RISK_NOUNS | _EXTRA_CHARGES:
        return ()  # "There is no doubt", "no reason to wait": an idiom; "There is no fee": a burden spared
    end = noun.i
    for clause in (c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.i > noun.i and to_infinitive(c)):
        end = max(end, clause.right_edge.i)
    toks = tuple(i for i in range(no[0].i, end + 1) if not noun.doc[i].is_punct)
    return toks if len(toks) <= 8 else tuple(range(no[0].i, noun.i + 1))


#: Nouns that "There is no ..." says in idioms, not of a missing safeguard: "no doubt", "no reason to wait".
_SAID_ABSENT = frozenset({"doubt", "reason", "time", "need", "question", "way", "point", "excuse", "substitute",
                          "shortage", "evidence", "sign", "end", "telling", "denying", "guarantee", "place"})
#: Nouns for what is wrong with something: "There is a transparency problem."
_FLAW_NOUNS = frozenset({"problem", "flaw", "loophole", "weakness", "gap", "risk", "danger", "shortcoming"})
#: Harm words that only place a measure on a scale: "lower costs" may be a harm or a hope.
_SCALAR_WORDS = frozenset({"high", "higher", "low", "lower", "reduced", "rising", "heavy", "limited"})


def goes_too_far(clause: Token) -> bool:
    """"the rule goes too far", "does not go far enough": English for a
    policy judged wrong in its reach, either way."""
    if clause.lemma_.lower() != "go":
        return False
    words = {t.lower_ for c in clause.children if c.dep_ == "advmod" for t in c.subtree}
    denied = _negated(clause) or clause.dep_ == "xcomp" and _negated(clause.head)  # "does not seem to go far enough"
    return "far" in words and ("too" in words and not denied or "enough" in words and denied)


def reach_judged(doc: Doc) -> list[tuple[Token, Token, tuple[int, ...]]]:
    """"advocates say the rule does not go far enough", "the act goes too
    far": a reach judged wrong is a criticism, a worry named by the clause's
    words after its subject. Returns (verb, whose reach, tokens) triples;
    the caller checks that a policy's reach is judged."""
    out = []
    for verb in with_lemmas(doc, {"go"}):
        if not goes_too_far(verb) or (said_of := _subject(verb)) is None or _not_asserted(verb) \
                or any(_negated(v) for v in verb.ancestors if v.pos_ == "VERB"):
            continue
        # ("goes too far and would cost small firms ...": the judgement ends where the next verb of its list begins)
        joined = {t.i for c in verb.children if c.dep_ in {"conj", "cc"} and c.i > verb.i for t in c.subtree}
        toks = [t.i for t in verb.subtree if t.i > said_of.right_edge.i and not t.is_punct and t.i not in joined]
        if toks and toks[-1] - toks[0] + 1 == len(toks):
            out.append((verb, said_of, tuple(toks)))
    return out


def costly_outcomes(doc: Doc) -> list[tuple[Token, Token, tuple[int, ...]]]:
    """"the Zone 0 rules would cost some homeowners thousands of dollars":
    what a policy is foreseen to cost people in money is a worry about it,
    named by the verb and its objects. Returns (verb, what costs, tokens)
    triples; the caller checks that a policy costs it. Not an estimate said
    as fact ("costs $5 million a year", "will cost taxpayers $3 million"),
    nor what is denied or asked."""
    out = []
    for verb in with_lemmas(doc, {"cost"}):
        if verb.pos_ != "VERB" or (said_of := _subject(verb)) is None or _negated(verb) \
                or in_question(verb) or asked(verb) \
                or not any(a.dep_ == "aux" and a.lower_ in _FORESEEING for a in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        if any(t.lower_ in {"less", "only", "little", "just", "mere"} for o in objects for t in o.subtree):
            continue  # "would cost drivers less than $20 a year": a reassurance
        money = any(t.ent_type_ == "MONEY" or t.lemma_.lower() in {"dollar", "pound", "euro"}
                    for o in objects for t in o.subtree)
        if objects and money:
            out.append((verb, said_of, tuple(range(verb.i, max(o.right_edge.i for o in objects) + 1))))
    return out


def _not_asserted(verb: Token) -> bool:
    """Whether a clause judging a policy is not put forward as true: asked,
    in an open question or a condition, or under a verb that denies it
    ("rejected claims that the ordinance goes too far"). The callers check
    negation themselves ("does not go far enough" is itself the judgement)."""
    return asked(verb) or in_question(verb) or in_condition(verb) \
        or any(v.lemma_.lower() in _DENYING for v in verb.ancestors)


#: Verbs that deny or dismiss a claim: "rejected claims that the ordinance goes too far".
_DENYING = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "rebut"})
#: Modals of an outcome foreseen as a worry: "would cost", "could cost" (not an estimate: "will cost $3 million").
_FORESEEING = frozenset({"would", "could", "might"})


def policy_lacks(doc: Doc) -> list[tuple[Token, Token, tuple[int, ...]]]:
    """"the act lacks adequate protections", "the program lacked a clear
    legal basis": what something is said to lack is a worry about it, in a
    critic's words or the writer's (`harm_phrases` asks for a critic's
    word). The caller checks that a policy lacks it. Returns (verb, what
    lacks, tokens) triples; none denied, asked or in a condition ("might
    lack the funding it needs" is a worry hedged, and kept)."""
    return [(tok, said_of, conduct) for tok in with_lemmas(doc, {"lack"}) if tok.pos_ == "VERB"
            and not denied_above(tok) and not _not_asserted(tok)
            and (said_of := _subject(tok)) is not None and (conduct := conduct_phrase(tok))]


#: Verbs `consequences` reads besides the consequence, penalty, reward and ban
#: verbs: "will get its licence revoked", "would subject an employer to a
#: penalty", "costs three points", "are charged $10", "may be cited".
_CONSEQUENCE_CUES = frozenset({"have", "get", "subject", "cost", "charge", "cite", "pay"})


def consequences(doc: Doc, *, penalty_cues: frozenset[str], reward_cues: frozenset[str],
                 prohibition_cues: frozenset[str] = frozenset()) -> Iterator[Duty]:
    """Conduct named by what follows from it (kind "penalty" or "reward"):
    "if a driver runs a red light, they lose three points" (the condition);
    "residents earn points by recycling" (the means); "the state fines
    utilities that miss a test" / "rewards teachers who collect phones"
    (the relative clause on whom the consequence falls); "an employer that
    underpays workers may be barred" (being banned is a penalty)."""
    cues = _CONSEQUENCE_CUES | CONSEQUENCE_VERBS | penalty_cues | reward_cues | prohibition_cues
    for cue in with_lemmas(doc, cues):
        lemma = cue.lemma_.lower()
        if cue.pos_ != "VERB" or _negated(cue) or in_question(cue):
            continue
        if done_to_their_own(cue):
            yield from _had_taken(cue, penalty_cues)  # "will get its licence revoked"
            continue
        if lemma in CONSEQUENCE_VERBS:
            yield from _incurred(cue, penalty_cues=penalty_cues, reward_cues=reward_cues)
            continue
        if lemma == "pay":  # "an owner who renews after 31 March pays a late fee": the late renewal is punished
            subject = _subject(cue) if _pays_penalty(cue) and not _owed(cue) and not _less_paid(cue) else None
            if subject is not None:
                yield from _subject_conduct("penalty", subject)
            else:
                yield from paid_for_doing(cue)
            continue
        if lemma == "subject" and not any(c.dep_ == "auxpass" for c in cue.children) and any(
                o.lemma_.lower() in penalty_cues for o in pobjs(cue, {"to"})):
            # "failure to conduct a bias audit would subject an employer to a civil penalty": the failure is punished
            subject = _subject(cue)
            if subject is not None:
                yield from _subject_conduct("penalty", subject)
            continue
        if lemma == "cost" and any(o.dep_ in {"dobj", "npadvmod"} and o.lemma_.lower() in _STANDING_NOUNS
                                   for o in cue.children):
            # "running a red light costs three points": what costs standing is punished
            subject = _subject(cue) or next((c for c in cue.children if c.dep_ == "csubj"), None)
            # an act, an offence or those who do something cost points; "the scandal cost the senator points" no
            if subject is not None and (subject.tag_ == "VBG" or subject.lemma_.lower() in OFFENCE_NOUNS
                                        or _doer_clauses(subject)):
                yield from _subject_conduct("penalty", subject)
            continue
        if lemma == "charge":  # "subscribers who exceed the cap are charged $10": what the charged did is punished
            subject = _subject(cue)  # (only a doer's: "costs are charged using a rate" punishes nothing)
            if subject is not None and any(c.dep_ == "auxpass" for c in cue.children) and _extra_charge(cue):
                for clause in _doer_clauses(subject):
                    yield Duty("penalty", clause.i, clause_conduct(clause), subject.i, None)
            continue
        if lemma == "cite" and any(c.dep_ == "auxpass" for c in cue.children) and not pobjs(cue, {"as", "in"}):
            # "employers found to have exposed workers to heat may be cited": a citation punishes what they did
            # (not "studies cited by critics", "cited as an example")
            subject = _subject(cue)
            for clause in _doer_clauses(subject) if subject is not None else []:
                yield Duty("penalty", clause.i, clause_conduct(clause), subject.i, None)
            continue
        banned = lemma in prohibition_cues and any(c.dep_ == "auxpass" for c in cue.children)
        kind = "penalty" if lemma in penalty_cues or banned else "reward" if lemma in reward_cues else ""
        if not kind:
            continue
        # "owners ... risk losing"; "a visitor who ... may be asked to leave and may be barred": the first verb's
        subject = _subject(cue) or (_subject(cue.head) if cue.dep_ in {"xcomp", "conj"} else None)
        undergone = lemma in _UNDERGONE or any(c.dep_ == "auxpass" for c in cue.children)  # "may be barred"
        if undergone and subject is not None and lemma in _UNDERGONE:  # "recycling used oil earns a credit" too
            yield from _subject_conduct(kind, subject)
        if lemma in _UNDERGONE:  # "residents earn points for volunteering and donating blood"
            preps = [c for h in [cue, *(o for o in cue.children if o.dep_ == "dobj")] for c in h.children
                     if c.dep_ == "prep" and c.lower_ == "for"]
            # "for volunteering, donating blood and ...": the parse hangs the list's later gerunds on the verb
            listed = [(c.i, conduct_phrase(c) or (c.i,)) for g in cue.children if preps and g.dep_ == "advcl"
                      and g.tag_ == "VBG" and g.i > preps[0].i and g.doc[g.i - 1].text == "," for c in [g, *g.conjuncts]]
            for head, conduct in [pair for p in preps for pair in _gerunds_after(p)] + listed:
                yield Duty(kind, head, conduct, subject.i if subject is not None else None, None)
        elif undergone and subject is not None:  # "companies that miss the deadline are barred"
            for clause in _doer_clauses(subject):
                yield Duty(kind, clause.i, clause_conduct(clause), subject.i, None)
        if banned and lemma not in penalty_cues:
            continue  # "employers are prohibited from hiring if ...": what the ban supposes is no conduct
        for clause in (c for c in cue.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
            if states_condition(clause):
                actor = _subject(clause)
                yield Duty(kind, clause.i, conduct_phrase(clause), actor.i if actor is not None else None, None)
        if lemma in CHANGE_VERBS and not changes_standing(cue):
            continue  # "reduce the burden by providing a free option": a means, not conduct earning anything
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "by"):
            for means in (c for c in prep.children if c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG"
                          and c.lemma_.lower() not in penalty_cues | reward_cues):  # "by rewarding X": X, not the rewarding
                conduct = conduct_phrase(means) or (means.i,)
                yield Duty(kind, means.i, conduct, subject.i if subject is not None else None, None)
        for obj in (c for c in cue.children if c.dep_ == "dobj" and lemma in _JUDGING_VERBS and c.pos_ == "NOUN"
                    and names_conduct(c) and c.lemma_.lower() not in penalty_cues | reward_cues | _GENERIC_ACTS):
            # "penalizes late payments", "punishes illegal dumping": the act the verb judges, done by someone unnamed
            # (or by whom its "by" phrase names: "penalises price gouging by ticket brokers")
            agent = _act_agent(obj)
            yield Duty(kind, obj.i, nominal_conduct(obj), agent.i if agent is not None else None,
                       subject.i if subject is not None else None)
        # (what one earns or loses is the thing, not whom: "earn Preferred Partner status, which brings ...")
        for obj in (c for c in cue.children if c.dep_ == "dobj" and lemma not in CHANGE_VERBS | _UNDERGONE):
            for holder in [obj, *_holders(obj)]:
                for clause in _doer_clauses(holder):  # "fines utilities that miss a test"
                    policy = subject.i if subject is not None else None
                    yield Duty(kind, clause.i, clause_conduct(clause), holder.i, policy)
    yield from _liable(doc, penalty_cues=penalty_cues, reward_cues=reward_cues)
    yield from _grounds_for(doc, penalty_cues=penalty_cues)
    yield from _penalties_for(doc)
    yield from _fined_sums(doc)
    yield from _actions_against(doc)
    yield from _debts_forgiven(doc)
    yield from _paid_to_act(doc)


#: What is done to a holder's standing when it is taken away: "have its contract terminated".
_TAKEN_AWAY = frozenset({"terminate", "cancel", "withhold", "rescind", "freeze", "seize", "confiscate"})
#: What is done to a debt, a penalty or points when they are lifted.
_LIFTING_VERBS = frozenset({"cancel", "waive", "forgive", "erase", "remove", "suspend", "reduce", "lift", "clear"})


#: Papers a policy grants and people hold: "will have the licence revoked" is the holder's own; who renews
#: "the licence" holds one, a body issues it.
HELD_PAPERS = frozenset({"licence", "license", "permit", "certificate", "registration", "badge", "card"})


def done_to_their_own(verb: Token) -> list[Token]:
    """What "have" or "get" says is done to something of the subject's:
    "revoked" in "will have their permits revoked", "get its licence
    suspended"; [] for any other verb."""
    if verb.lemma_.lower() not in {"have", "get"}:
        return []
    return [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VBN"]


def _had_taken(cue: Token, penalty_cues: frozenset[str]) -> Iterator[Duty]:
    """"A landlord that collects side payments may have its contract
    terminated", "operators who ... will have their licences revoked": what
    the holder does is punished by what is done to its own thing."""
    holder = _subject(cue)
    if holder is None:
        return
    for done in done_to_their_own(cue):
        lemma = done.lemma_.lower()
        things = [t for t in done.children if t.dep_ in {"nsubj", "dobj", "nsubjpass"}]
        owned = any(p.dep_ == "poss" or p.lower_ == "the" and t.lemma_.lower() in HELD_PAPERS
                    for t in things for p in t.children)  # "their licences", "will have the licence revoked"
        # "have their points cancelled", "have their penalties suspended": a debt or a mark lifted is relief;
        # "have their rent reduced" too: a change of amount says neither
        lifted = any(t.lemma_.lower() in _DEBT_NOUNS | _PENALTY_NOUNS | {"point"} for t in things)
        if owned and lifted and lemma in _LIFTING_VERBS:  # "have their violation points cancelled": a reward
            for clause in _doer_clauses(holder):
                yield Duty("reward", clause.i, clause_conduct(clause), holder.i, None)
            return
        if owned and not lifted and (lemma in penalty_cues - CHANGE_VERBS or lemma in _TAKEN_AWAY):
            for clause in _doer_clauses(holder):
                yield Duty("penalty", clause.i, clause_conduct(clause), holder.i, None)
            return


#: Verbs that lift a debt or charge off someone, and what they lift.
_FORGIVING_VERBS = {"cancel", "forgive", "waive", "erase", "write"}
_DEBT_NOUNS = {"fee", "tax", "fine", "charge", "penalty", "debt", "balance"}


def _debts_forgiven(doc: Doc) -> Iterator[Duty]:
    """"cancels the remaining loan balance of borrowers who make 120
    payments", "waives the fees of owners who ...": a debt or charge lifted
    off those who do something rewards what they do."""
    for verb in with_lemmas(doc, _FORGIVING_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FORGIVING_VERBS or _negated(verb):
            continue
        if verb.lemma_.lower() == "write" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            continue  # "writes off the debts of ...", not "writes the fines of ..."
        subject = _subject(verb)
        for debt in (o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _DEBT_NOUNS):
            for holder in _holders(debt):
                # "the balance of borrowers who make ...": the parse may hang the "who" clause on the debt
                misplaced = [c for c in debt.children if c.dep_ == "relcl" and any(
                    w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)]
                for clause in _doer_clauses(holder) or misplaced:
                    yield Duty("reward", clause.i, clause_conduct(clause), holder.i,
                               subject.i if subject is not None else None)


#: Verbs that punish or reward an act named as their object ("penalizes late payments").
_JUDGING_VERBS = {"penalize", "penalise", "punish", "sanction", "reward"}
#: Nouns too general to name one act ("rewards good behavior"): the examples that follow do.
_GENERIC_ACTS = {"behavior", "behaviour", "conduct", "activity", "practice", "action", "act"}


#: Words that count or point without saying what kind: "several practices", "certain activities".
_QUANTIFIERS = frozenset({"several", "certain", "various", "other", "such", "many", "some", "numerous", "following",
                          "specific", "these", "those", "any", "all", "multiple", "few"})  # (and any number)


def generic_act(doc: Doc, conduct: tuple[int, ...]) -> bool:
    """"bans several practices", "prohibits certain activities": a noun too
    general to name one act, with only words that count or point at it,
    names no conduct (what the practices are is said elsewhere); nor does
    an act whose object points at a list to come ("should consider the
    following steps:")."""
    words = [doc[i] for i in conduct if not doc[i].is_punct]
    if any(w.lower_ == "following" and w.dep_ == "amod" and w.head.dep_ == "dobj" for w in words):
        return True
    return bool(words) and words[-1].pos_ == "NOUN" and words[-1].lemma_.lower() in _GENERIC_ACTS and all(
        w.lower_ in _QUANTIFIERS or w.like_num for w in words[:-1])


def _holders(thing: Token) -> list[Token]:
    """Whose a thing is: "the license of any operator who ...", "an
    operator's license" (a penalty that takes it falls on them)."""
    owners = [o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    return owners + [c for c in thing.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]


#: Adjectives by which a subject is open to a consequence: "subject to
#: fines", "liable for penalties", "eligible for a rebate".
_LIABLE = {("subject", "to"), ("liable", "for"), ("liable", "to"), ("eligible", "for"), ("exempt", "from")}
#: What one is glad to be exempt from: "hospitals that pass two audits are exempt from routine audits".
_BURDEN_NOUNS = frozenset({"audit", "inspection", "fee", "tax", "requirement", "penalty", "fine", "surcharge",
                           "review", "check", "obligation", "filing", "reporting", "assessment", "levy", "charge"})
#: Adjectives that are themselves the consequence: "punishable by a fine".
_PUNISHABLE = {"punishable", "sanctionable", "fineable"}


def _liable(doc: Doc, *, penalty_cues: frozenset[str], reward_cues: frozenset[str]) -> Iterator[Duty]:
    """"Owners who dump sewage are subject to civil penalties", "dumping
    sewage is punishable by a fine", "growers who plant cover crops are
    eligible for a rebate": what the subject does (or is) earns it. (Being
    liable for a tax or ineligible for a credit is no sanction: "companies that
    import fuel are liable for the excise tax".)"""
    for adj in doc:
        if adj.dep_ != "acomp" or adj.pos_ != "ADJ" or _negated(adj.head):
            continue
        nouns = [n for p in adj.children if p.dep_ == "prep" and (adj.lower_, p.lower_) in _LIABLE
                 for o in p.children if o.dep_ == "pobj" for n in (o, *o.conjuncts)]  # "orders and civil penalties"
        lemmas = {n.lemma_.lower() for n in nouns}
        lemmas |= {c.lemma_.lower() for n in nouns for c in n.children if c.dep_ == "compound"}
        if adj.lower_ == "exempt":  # exempt from a burden is relief; "exempt from the rebate program" is no reward
            kind = "reward" if lemmas & _BURDEN_NOUNS else ""
        else:
            only_if = any(c.dep_ == "advcl" for c in adj.head.children) or any(
                c.lower_ == "only" for c in adj.children)  # ("subject to a late fee only if rent is overdue")
            kind = ("penalty" if adj.lower_ in _PUNISHABLE or lemmas & penalty_cues
                    or any(map(_late_charge, nouns)) and not only_if
                    else "reward" if lemmas & reward_cues or any(map(_relief, nouns)) else "")
        subject = _subject(adj.head)
        if subject is None:  # "commingling client assets is subject to a penalty": a gerund clause as subject
            subject = next((c for c in adj.head.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
        if kind and subject is not None:
            yield from _subject_conduct(kind, subject)
        for clause in (c for c in adj.head.children if kind and c.dep_ == "advcl" and c.pos_ == "VERB"
                       and not _negated(c) and states_condition(c)):
            # "vendors are eligible for a discount if they power their truck with batteries": the condition's act,
            # when the one eligible or liable does it ("... if an inspector finds leaks" is no act of theirs)
            own = _subject(clause)
            same = own is not None and subject is not None and (own.lower_ in {"they", "it", "he", "she"}
                                                                 or own.lemma_.lower() == subject.lemma_.lower())
            theirs = own is not None and any(c.dep_ == "poss" and c.lower_ in {"their", "its"} for c in own.children)
            if same:
                yield Duty(kind, clause.i, conduct_phrase(clause), subject.i, None)
            elif theirs:  # "fleet owners are eligible for a rebate if their drivers complete training"
                yield Duty(kind, clause.i, conduct_phrase(clause), own.i, None)


def _late_charge(noun: Token) -> bool:
    """Whether a noun names a charge for lateness, a sanction: "a late fee of
    $50 per day", "a late-payment charge"."""
    return noun.lemma_.lower() in {"fee", "charge", "surcharge"} and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in {"late", "late-payment", "delinquency"} for c in noun.children)


def _grounds_for(doc: Doc, *, penalty_cues: frozenset[str]) -> Iterator[Duty]:
    """"A center's failure to notify parents could be grounds for suspension
    of its license", "late payment is cause for termination": what is
    grounds for a sanction is punished."""
    for noun in with_words(doc, {"grounds", "ground", "cause", "basis"}):
        if noun.lower_ not in {"grounds", "ground", "cause", "basis"} or noun.dep_ != "attr" \
                or noun.head.lemma_.lower() != "be" or _negated(noun.head) or in_question(noun.head) \
                or in_condition(noun.head) or _proposed(noun.head):
            continue  # (not "if the rule applied, ... would be grounds", "critics say it should be grounds")
        sanctions = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                     for o in p.children if o.dep_ == "pobj"]
        lemmas = {w.lemma_.lower() for o in sanctions for w in [o, *o.children] if w.dep_ in {"pobj", "compound", "amod"}}
        subject = _subject(noun.head)
        if subject is not None and lemmas & (penalty_cues | _SANCTION_NOUNS):
            yield from _subject_conduct("penalty", subject)


def _penalties_for(doc: Doc) -> Iterator[Duty]:
    """"would increase civil penalties for operators who fly near airports",
    "sets fines for flying near airports", "establishes criminal penalties
    for interference with firefighting aircraft": what a penalty is for is
    punished, whatever verb sets the penalty; those who do it ("operators
    who fly ...") do the conduct. The policy is the subject of the verb that
    sets it, if any. Not where the verb is denied, asked or in a condition,
    nor
    where the verb takes a penalty away or lowers it ("waives fines for")."""
    for noun in with_lemmas(doc, _PENALTY_NOUNS):
        if noun.pos_ != "NOUN":
            continue
        first = noun
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head  # ("new fees and penalties for ...": the list's first noun hangs on the verb)
        verb = first.head if first.dep_ in {"dobj", "nsubjpass"} else None
        if verb is None or verb.pos_ != "VERB" or _negated(verb) or in_question(verb) or in_condition(verb) \
                or verb.lemma_.lower() in _BAN_UNDOING_VERBS | _LIFTING_VERBS | {"eliminate"}:
            continue  # ("eliminates fines for marinas that ...", "reduces penalties for ...": no one punished)
        holders = [noun, verb] if first.dep_ == "dobj" else [noun]  # the parse may hang "for" on the verb
        under = pobjs(verb, {"under"}) if first.dep_ == "dobj" else []
        holders += under  # ... or on the policy it is laid under: "assess penalties under Section 9 for failure to ..."
        if first.dep_ == "dobj" and verb.dep_ == "acl":  # ("issued an order imposing a fine on X, ..., for Y": higher)
            order = verb.head
            holders.append(order.head.head if order.dep_ == "pobj" else order.head if order.dep_ == "dobj" else order)
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
                     and (h is noun or c.i > noun.i)):
            policy = under[0] if under and under[0].pos_ == "PROPN" else _subject(verb)
            policy_i = policy.i if policy is not None and policy.pos_ in {"NOUN", "PROPN"} else None
            # "imposed a $2 million fine on Harbor Fuel for dumping waste": the one it is laid on did it
            fined = next(iter(pobjs(noun, {"on", "against"}) + pobjs(verb, {"on", "against"})), None)
            for head, conduct in _gerunds_after(prep):  # "for flying near airports"
                yield Duty("penalty", head, conduct, fined.i if fined is not None else None, policy_i)
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for holder in [obj, *(c for c in obj.conjuncts if c.pos_ == "NOUN")]:
                    for clause in _doer_clauses(holder):  # "for operators who fly near airports"
                        yield Duty("penalty", clause.i, clause_conduct(clause), holder.i, policy_i)
                # "for interference with firefighting aircraft"; a list goes on: "for failure to register, failure
                # to file a report, or filing a false one"
                listed = [c for h in [obj, *under] for c in h.conjuncts if c.i > obj.i]  # (hung on either)
                for act in dict.fromkeys([obj, *listed]):
                    if act.tag_ == "VBG" and act.i != obj.i:
                        yield Duty("penalty", act.i, gerund_conduct(act), None, policy_i)
                    elif names_conduct(act) and act.lemma_.lower() not in _PENALTY_NOUNS | _GENERIC_ACTS:
                        agent = _act_agent(act)
                        yield Duty("penalty", act.i, nominal_conduct(act), agent.i if agent is not None else None,
                                   policy_i)


#: Nouns for a court, whose fine or "decision" rules on a case: no policy of the story's.
COURT_WORDS = frozenset({"court", "judge", "tribunal", "jury"})


def _fined_sums(doc: Doc) -> Iterator[Duty]:
    """"The Board fined Harbor Fuel Inc. $2 million for dumping waste": the
    parse hangs "for" on the sum, not the verb; what the fine is for is
    punished, done by the one fined (the verb's indirect object). Not where
    the verb is denied, asked or in a condition."""
    for verb in with_lemmas(doc, {"fine"}):
        if verb.pos_ != "VERB" or _negated(verb) or in_question(verb) or in_condition(verb):
            continue
        fined = next((c for c in verb.children if c.dep_ == "dative"), None)
        fining = _subject(verb)  # (who fines says whose rule it is; a court's fine enforces no policy of the story's)
        if any(c.dep_ == "auxpass" for c in verb.children):  # "Harbor Fuel Co. was fined $80,000 for ...": the subject
            fined, fining = fining, next(iter(pobjs(verb, {"by"})), None)  # is fined, by whom the agent says
        if fining is not None and fining.lemma_.lower() in COURT_WORDS:
            continue
        totals = [c for c in verb.children if c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.like_num)]
        # ("was fined $80,000 by the Board for dumping waste": then the parse may hang "for" on the verb)
        for prep in (c for h in [*totals, *(totals and [verb])] for c in h.children
                     if c.dep_ == "prep" and c.lower_ == "for"):
            for head, conduct in _gerunds_after(prep):
                yield Duty("penalty", head, conduct, fined.i if fined is not None else None,
                           fining.i if fining is not None else None)


#: What is brought or taken against someone to punish them: "an action", "enforcement action", "a lawsuit".
_ACTIONS_AT_LAW = frozenset({"action", "suit", "lawsuit", "proceeding", "charge", "prosecution"})
#: Verbs by which an action at law is started: "bring an action", "take enforcement action", "file suit".
_BRINGING_ACTION_VERBS = frozenset({"bring", "take", "file", "pursue", "initiate", "commence", "institute"})
#: Modals of a power to act: "the attorney general may bring an action", "could take enforcement action".
_POWER_MODALS = frozenset({"may", "can", "could", "will", "would", "shall"})


def _actions_against(doc: Doc) -> Iterator[Duty]:
    """"could bring an action under the Act against lenders that make loans
    without a license", "can take enforcement action against dealers who
    sell stolen boats": what those an action at law may be brought against
    do is punished, as "may sue dealers that ..." says. Only a power stated
    with a modal: a suit someone did file ("residents filed a lawsuit
    against companies that polluted the bay") is an event, no policy's
    sanction. Not where the power is denied, asked or in a condition."""
    for verb in with_lemmas(doc, _BRINGING_ACTION_VERBS):
        if verb.pos_ != "VERB" or _negated(verb) \
                or in_question(verb) or in_condition(verb) \
                or not any(a.dep_ == "aux" and a.lower_ in _POWER_MODALS for a in verb.children):
            continue
        actions = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in _ACTIONS_AT_LAW]
        for prep in (p for h in [verb, *actions] for p in h.children if actions and p.dep_ == "prep"
                     and p.lower_ == "against"):
            for target in (o for o in prep.children if o.dep_ == "pobj"):
                for holder in [target, *(c for c in target.conjuncts if c.pos_ == "NOUN")]:
                    for clause in _doer_clauses(holder):
                        yield Duty("penalty", clause.i, clause_conduct(clause), holder.i, None)


#: Verbs that pay someone to act: "pays farmers to plant cover crops" ("encourages others to follow the rules"
#: urges, and rewards nothing).
_PAYING_TO_ACT = frozenset({"pay", "incentivize", "incentivise", "reimburse", "subsidize", "subsidise"})
#: Verbs that hand someone a benefit to act with: "offers landlords grants to insulate homes".
_GIVING_TO_ACT = frozenset({"give", "offer", "grant", "award", "provide"})
#: What is handed out to pay for an act ("gives schools money to hire nurses").
_FUNDS = _BENEFIT_NOUNS | {"money", "fund", "funding", "payment", "loan", "cash", "voucher", "dollar"}


def _paid_to_act(doc: Doc) -> Iterator[Duty]:
    """"The programme pays farmers to plant cover crops", "offers landlords
    grants to insulate older homes": what someone is paid or funded to do is rewarded,
    and they do it. The verb's subject stands for what grants it (a body
    that pays by a law of its own grants nothing of the article's policy).
    Not where the payment is denied, asked about or only supposed."""
    for verb in with_lemmas(doc, _PAYING_TO_ACT | _GIVING_TO_ACT):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _negated(verb) or in_question(verb) or in_condition(verb) \
                or verb.tag_ in {"VBN", "VBD"} or any(c.dep_ == "advcl" and states_condition(c) for c in verb.children):
            continue  # ("paid consultants to write reports": a past deal; "if funding allows, will pay": supposed)
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        funds = [o for o in objects if o.lemma_.lower() in _FUNDS or o.lower_.startswith("$")]
        if lemma in _GIVING_TO_ACT:
            # "offers landlords grants": the parse may read the one given to as the gift's modifier
            holders = [o for o in objects if o not in funds] + [c for f in funds for c in f.children
                                                                if c.dep_ == "compound" and c.i < f.i]
            holders += [o for p in verb.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
                        for o in p.children if o.dep_ == "pobj"]  # "offers grants to landlords to insulate ..."
        else:
            holders = [o for o in objects if o not in funds]
        if lemma in _GIVING_TO_ACT and not funds:
            continue  # "gives tenants the right to sue": a right given is no payment
        holders = [h for h in holders if h.pos_ in {"NOUN", "PROPN"}]
        # (not "urged lawmakers to repeal the act": what is done to a policy is a stance on it)
        acts = [c for h in [verb, *funds] for c in h.children if c.dep_ in {"xcomp", "advcl", "acl"} and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and _subject(c) is None
                and not keeps_or_ends_a_policy(c)]
        if not holders or not acts:
            continue
        subject = _subject(verb)
        for act in acts[:1]:
            conduct = conduct_phrase(act)
            if conduct:
                yield Duty("reward", act.i, conduct, holders[0].i, subject.i if subject is not None else None)


def _proposed(verb: Token) -> bool:
    """Whether a clause says what should be, or what would be if something
    else held ("should be grounds for suspension", "would be grounds"), or
    an opinion reported ("critics say ... is grounds"): no rule stated."""
    modal = any(a.dep_ == "aux" and a.lower_ in {"should", "would", "ought"} for a in verb.children)
    return modal or verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _OPINION_VERBS


#: Sanctions named as what conduct is grounds for: "grounds for dismissal", "cause for termination".
_SANCTION_NOUNS = frozenset({"termination", "dismissal", "expulsion", "disciplinary", "discipline", "removal",
                             "disqualification", "debarment", "denial"})
#: Rebukes an act brings though no penalty word: "will attract a written warning".
_REBUKES = frozenset({"warning", "reprimand", "censure"})


def _extra_charge(charged: Token) -> bool:
    """Whether what someone is charged is an extra sum: money or a fee,
    fine or surcharge, not a lower or no one ("are charged $10 for each
    gigabyte", "a late fee"; not "in-network rates", "no premium", "a
    smaller penalty", "in-state tuition")."""
    sums = [c for c in charged.children if c.dep_ in {"dobj", "dative", "attr", "oprd"}]
    return any((s.ent_type_ == "MONEY" or s.lemma_.lower() in _EXTRA_CHARGES) and not any(
        m.lower_ in _LESSER_WORDS or m.tag_ in {"JJR", "RBR"} for m in s.children) for s in sums)


#: Sums charged on top for what someone did: "a fee", "a surcharge", "$10".
_EXTRA_CHARGES = frozenset({"fee", "fine", "penalty", "surcharge", "charge", "$"})
#: Words that make a sum charged less, not more: "no premium", "a reduced fee".
_LESSER_WORDS = frozenset({"no", "reduced", "lower", "discounted", "smaller", "waived"})


#: Penalty and reward verbs whose subject undergoes them: what that subject
#: does earns it ("drivers who speed lose points", "stores that recycle earn
#: credits"), where "the city fines owners" names who punishes.
_UNDERGONE = frozenset({"lose", "earn", "gain", "forfeit", "suffer"})

#: Verbs by which conduct meets its consequence: "owners who dump waste face
#: fines", "late filing results in a penalty", "early payers receive a
#: discount", "the code imposes fines on owners who ...".
CONSEQUENCE_VERBS = {"face", "receive", "get", "incur", "risk", "result", "lead", "impose", "levy", "award", "give", "attract",
                     "qualify", "offer", "provide", "claim", "carry", "grant", "extend",
                     "draw", "bring", "issue"}  # "illegal eviction carries a fine", "violations may draw penalties"


#: Nouns for less of a charge, and the charges: "a reduction in inspection
#: fees", "a waiver of the permit fee", "a cut in their tax" are rewards.
_RELIEF_NOUNS = {"reduction", "cut", "waiver", "exemption", "refund", "break", "rebate", "discount", "forgiveness"}
_CHARGE_NOUNS = {"fee", "tax", "fine", "rate", "premium", "cost", "charge", "payment", "penalty", "rent", "toll", "debt",
                 "balance", "loan", "interest"}


#: Charges one pays, whose cut is relief: "a reduced rate", "lower fees".
_PAID_CHARGES = frozenset({"fee", "tax", "rate", "premium", "charge", "toll", "levy", "rent"})

#: Nouns for money a programme pays out: a reward for whoever receives it ("farmers who ... receive payments").
_GRANT_NOUNS = {"payment", "grant", "stipend", "reimbursement", "award", "loan"}


def _relief(noun: Token) -> bool:
    """Whether a noun names relief from a charge ("a 20 percent reduction in
    inspection fees", "a reduced rate", "lower fees")."""
    if noun.lemma_.lower() in _PAID_CHARGES and any(c.dep_ == "amod" and c.lower_ in {"reduced", "lower", "discounted"}
                                                    for c in noun.children) \
            and not any(c.dep_ == "compound" and c.lemma_.lower() in _GRANT_NOUNS | {"reimbursement", "benefit"}
                        for c in noun.children):
        return True  # what one pays, cut; not "reduced payments" or "a reduced reimbursement rate" one receives
    return noun.lemma_.lower() in _RELIEF_NOUNS and (any(
        o.lemma_.lower() in _CHARGE_NOUNS for p in noun.children if p.dep_ == "prep" and p.lower_ in {"in", "of", "on", "from"}
        for o in p.children if o.dep_ == "pobj") or any(  # "an interest-rate reduction", "a fee waiver"
        c.dep_ == "compound" and c.lemma_.lower() in _CHARGE_NOUNS for c in noun.children))


def _called_offence(verb: Token) -> bool:
    """Whether a verb says its subject is an offence: "is a violation",
    "is treated as a knowing violation", "is considered an offense"."""
    named = [c for c in verb.children if c.dep_ in {"attr", "oprd"}] + pobjs(verb, {"as"})
    return any(n.lemma_.lower() in OFFENCE_NOUNS for n in named)


#: Penalty cue words that name a harm rather than a sanction: a harm imposed is a worry, not a penalty.
_HARM_WORDS = frozenset({"harm", "hurt", "loss"})  # ("imposes treble damages" is a sanction: `_incurred`)


def _told(noun: Token) -> bool:
    """A warning that tells rather than rebukes: "storm warnings", "a
    warning about strong currents", "a warning that the currents are
    strong" (a rebuke stands alone or is written, formal, first, final)."""
    return noun.lemma_.lower() in _REBUKES and any(
        c.dep_ in {"compound", "ccomp"} or c.dep_ == "acl" and c.tag_ not in {"VBN", "VBG"} or c.dep_ == "prep" and c.lower_ in {"about", "of", "on",
                                                                                             "regarding", "against"}
        for c in noun.children)


def _incurred(cue: Token, *, penalty_cues: frozenset[str], reward_cues: frozenset[str]) -> Iterator[Duty]:
    """The conduct a consequence verb ties to a penalty or reward noun: the
    relative clause on who incurs it, or its subject when that names an act."""
    nouns = [c for c in cue.children if c.dep_ == "dobj"]
    nouns += [o for p in cue.children if p.dep_ == "prep" and (p.lower_ in {"in", "to"} or p.lower_ == "for" and
              cue.lemma_.lower() == "qualify") for o in p.children if o.dep_ == "pobj"]  # "qualify for a tax credit"
    # "will attract a written warning and, on repetition, suspension of registration": each sanction counts
    lemmas = {n.lemma_.lower() for n in nouns for n in [n, *n.conjuncts] if not _told(n)} \
        | {c.lemma_.lower() for n in nouns for c in n.children if c.dep_ == "compound"}
    received = cue.lemma_.lower() in {"receive", "get", "claim"} and (lemmas & _GRANT_NOUNS or any(
        n.ent_type_ == "MONEY" or any(c.dep_ == "amod" and c.lower_ == "free" for c in n.children)
        or n.ent_type_ == "PERCENT" and any(o.lemma_.lower() in _PRICE_NOUNS for o in pobjs(n, {"of"}))
        for n in nouns))  # ("would receive up to 50 percent of its cost": a share of the price paid back)
    # ("receive payments", "caregivers who ... receive an extra $250", "homeowners who ... receive a free connection")
    # "provides payments to dairy farmers who reduce production": money handed to those who do something
    received = bool(received) or cue.lemma_.lower() in {"provide", "give", "offer", "award", "extend", "make"} \
        and any(n.lemma_.lower() in _GRANT_NOUNS for n in nouns)  # (not "an extended payment plan": relief)
    free = any(c.dep_ == "amod" and c.lower_ == "free" for n in nouns for c in n.children)
    kind = "penalty" if lemmas & (penalty_cues | _REBUKES) or not free and lemmas & _SANCTION_NOUNS else "reward" if lemmas & reward_cues or received or any(
        map(_relief, nouns)) else _standing_change(nouns)
    if cue.lemma_.lower() in {"draw", "bring"} and (kind != "penalty" or pobjs(cue, {"against", "on", "upon"})):
        return  # "violations may draw penalties"; not "can draw reduced benefits", "bring penalties against factories"
    if not kind:
        return
    subject = _subject(cue)
    if subject is None and cue.dep_ == "conj" and cue.head.pos_ in {"VERB", "AUX"} and _called_offence(cue.head):
        subject = _subject(cue.head)  # "Falsification of records is a violation and may lead to revocation"
    for clause in (c for c in cue.children if c.dep_ == "advcl" and c.pos_ == "VERB" and not _negated(c)):
        if states_condition(clause):
            # "if a caregiver knowingly makes a false claim, the caregiver faces a penalty": the condition's act
            actor = _subject(clause)
            if actor is not None and actor.pos_ == "PRON" and subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
                actor = subject  # "residents receive $150 when they turn in a blower": "they" are the residents
            yield Duty(kind, clause.i, conduct_phrase(clause), actor.i if actor is not None else None, None)
    imposed = cue.lemma_.lower() in {"impose", "levy", "award", "give", "offer", "provide", "grant", "extend", "issue"}
    for means in (o for h in [cue, *nouns] for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                  for o in p.children if o.dep_ in {"pcomp", "pobj"} and o.tag_ == "VBG"):
        # "owners receive a discount for recycling used oil": the recycling earns it, the owners do it
        doer = subject.i if subject is not None and subject.pos_ in {"NOUN", "PROPN"} and not imposed else None
        # ("fines for failing to disclose fees": the failure with what is failed)
        yield Duty(kind, means.i, conduct_phrase(means) or _failure_phrase(means) or (means.i,), doer, None)
    harms = _HARM_WORDS | ({"damage"} if cue.lemma_.lower() not in {"impose", "levy"} else set())
    if any(n.lemma_.lower() == "loss" and pobjs(n, {"of"}) for n in nouns):
        harms -= {"loss"}  # "imposes the loss of license on brokers who ...": a sanction; "heavy losses", a harm
    if imposed and kind == "penalty" and not lemmas & (penalty_cues - harms):
        # "would impose reputational harm on hospitals that correct deficiencies": a harm foreseen, no sanction
        # ("awards damages to consumers who were overcharged": compensation; "imposes treble damages on": a sanction)
        return
    if imposed:  # "imposes fines on owners who dump waste"
        # ("a $500 bonus for skippers who ...", "fines for landscapers who ...": whom it falls on)
        targets = _falls_on(cue, nouns, {"on", "to", "for"})
        policy = subject.i if subject is not None else None
        for target in targets:  # ("loans to businesses that were damaged by the flood": nothing they did)
            for clause in (c for c in _doer_clauses(target) if not any(a.dep_ == "auxpass" for a in c.children)):
                yield Duty(kind, clause.i, clause_conduct(clause), target.i, policy)
        return
    subject = subject or next((c for c in cue.children if c.dep_ in {"csubj", "csubjpass"}), None)
    if subject is not None:
        yield from _subject_conduct(kind, subject)


def _falls_on(cue: Token, nouns: list[Token], preps: set[str]) -> list[Token]:
    """Whom a charge or payment is laid on or paid to: the object of one of
    `preps` after the verb, after what it gives, or after an amount inside
    that ("imposes fines of up to $500 on owners": the parse may hang "on"
    on the amount), and the verb's indirect object ("pays owners $50")."""
    holders = [cue, *nouns, *(t for n in nouns for t in n.subtree if t.pos_ in {"NUM", "NOUN"} and t not in nouns)]
    return [o for h in holders for p in h.children if p.dep_ in {"prep", "dative"} and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"] + [c for c in cue.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def paid_for_doing(cue: Token) -> Iterator[Duty]:
    """"The program pays $50 to owners who install a module", "pays signing
    bonuses of up to $2,500 for landlords who lease to veterans": money paid
    to whoever does something rewards the act (not a fine or fee paid)."""
    paid = [c for c in cue.children if c.dep_ == "dobj"]
    if _negated(cue) or any(n.lemma_.lower() in _PENALTY_NOUNS | _SANCTION_NOUNS | _PRICE_NOUNS for n in paid):
        return
    recipients = _falls_on(cue, paid, {"to", "for"})
    subject = _subject(cue)
    if subject is None or subject.lemma_.lower() not in _PAYING_SCHEMES and subject.lower_ != "it":
        return  # ("residents pay $40 to haulers who collect trash", "the city paid a consultant": no policy pays)
    for recipient in recipients:  # ("pays $50 to owners who were flooded", "who lost their homes": what befell them)
        for clause in (c for c in _doer_clauses(recipient) if not any(a.dep_ == "auxpass" for a in c.children)
                       and c.lemma_.lower() not in _UNDERGONE | _UNDERGOING_VERBS):
            yield Duty("reward", clause.i, clause_conduct(clause), recipient.i, subject.i)


#: Words for a scheme that pays people: "the program pays $50 to owners who ...".
_PAYING_SCHEMES = frozenset({"program", "programme", "rule", "law", "act", "fund", "scheme", "plan", "ordinance",
                             "bill", "initiative", "policy", "regulation", "measure", "statute", "legislation",
                             "credit", "grant", "rebate", "incentive"})


#: What is paid for something, a share of which may be paid back: "50 percent of its cost".
_PRICE_NOUNS = frozenset({"cost", "price", "expense", "purchase", "fee", "bill"})


#: Modifiers that make a standing better or worse: "a higher rating", "a lower score".
_BETTER = frozenset({"high", "higher", "better", "top", "extra", "additional", "bonus"})
_WORSE = frozenset({"low", "lower", "worse", "reduced", "poor", "poorer"})


def _standing_change(nouns: list[Token]) -> str:
    """"receive a higher rating" rewards, "get a lower score" penalises:
    a standing with a better or worse modifier; "" for any other thing."""
    for noun in (n for n in nouns if n.lemma_.lower() in _STANDING_NOUNS):
        mods = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
        if mods & _BETTER:
            return "reward"
        if mods & _WORSE:
            return "penalty"
    return ""


def _subject_conduct(kind: str, subject: Token) -> Iterator[Duty]:
    """What a consequence's subject does: its relative clause ("owners who
    recycle receive a discount"), or the subject itself when it names an
    act ("dumping waste", "late payment")."""
    cases = [o for n in [subject, *subject.conjuncts] if n.lemma_.lower() in _CASE_NOUNS for o in pobjs(n, {"of"})
             if o.pos_ == "NOUN"]
    for act in cases:  # "any case of contract cheating can lead to expulsion": the act each case is of
        start = next((t.i for t in act.subtree if t.dep_ not in {"det", "predet"}), act.i)
        yield Duty(kind, act.i, tuple(range(start, act.i + 1)), None, None)
    if cases:  # ("a third violation, or any case of X": the count of violations names no act of its own)
        return
    clauses = _doer_clauses(subject)
    for clause in clauses:  # "owners who recycle receive a discount"
        yield Duty(kind, clause.i, clause_conduct(clause), subject.i, None)
    edge = subject.left_edge
    # "Dumping waste" read as a noun, its gerund a compound or an -ing modifier
    gerund = edge.tag_ == "VBG" or edge.dep_ == "compound" and edge.lower_.endswith("ing")
    if not clauses and subject.pos_ == "NOUN" and edge.i < subject.i and not _plural_subject(subject) and gerund:
        yield Duty(kind, subject.left_edge.i, tuple(range(subject.left_edge.i, subject.i + 1)), None, None)
    elif not clauses and subject.tag_ == "VBG" and conduct_phrase(subject):  # else the gerund rule names it whole
        # ("not displaying a permit results in a fine": the failure is punished, not the act)
        yield Duty(kind, subject.i, _with_negation(subject, conduct_phrase(subject)), None, None)
    elif not clauses and subject.pos_ == "NOUN" and (_named_act(subject) or subject.lemma_.lower() in OFFENCE_NOUNS):
        yield Duty(kind, subject.i, nominal_conduct(subject), None, None)  # "traffic violations cost points"


def _named_act(noun: Token) -> bool:
    """Whether a consequence's subject names an act by its ending: with
    what is acted on ("removal of trees") or a word saying which act ("late
    payment", "unlicensed resale"). A bare noun with that ending is as often
    who undergoes it ("the hospital will receive a penalty", "the
    association faces a fine"), and one a participle describes is ("a
    hospital found out of compliance")."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in _DETECTING_VERBS for c in noun.children):
        return False
    return is_action_noun(noun) or is_action_noun(noun, named_object=False) and any(
        c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i or c.dep_ == "acl" and c.tag_ == "VB"
        for c in noun.children)  # ("failure to give the notice": the act failed names it)


#: Nouns for one occurrence of an act: "any case of contract cheating", "each instance of late payment".
_CASE_NOUNS = frozenset({"case", "instance", "incident", "act", "occurrence"})  # (not "each count of the indictment")


def clause_conduct(clause: Token) -> tuple[int, ...]:
    """What a relative clause on whom a consequence falls says they do:
    its verb phrase, or its verb alone when it takes no object ("residents
    who recycle", "drivers who speed"), unless that verb says nothing by
    itself ("who comply", "who apply")."""
    phrase = conduct_phrase(clause)
    inner = next((c for c in clause.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if not phrase and inner is not None and clause.lemma_.lower() in _FAILURE_VERBS | _CARRYING_ON_VERBS:
        # "manufacturers that fail to report", "a platform that continues to display a flagged listing"
        phrase = tuple(range(clause.i, (conduct_phrase(inner) or (inner.i,))[-1] + 1))
    timing = [c.i for c in clause.children if c.dep_ == "advmod" and c.lower_ in _TIMING_ADVERBS]
    if phrase and timing and timing[0] == phrase[-1] + 1:
        phrase = (*phrase, timing[0])  # "committees that file a report late": when is what is fined
    if not phrase:
        alone = not any(c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "prt"} for c in clause.children)
        if alone and clause.lemma_.lower() not in _LIGHT_VERBS | {"comply", "apply", "qualify", "participate", "exist", "fail"}:
            phrase = (clause.i,)
    return _with_negation(clause, phrase)


#: Verbs of going on with or trying an act, named with it: "continues to display", "attempts to resell".
_CARRYING_ON_VERBS = frozenset({"continue", "persist", "attempt", "try", "seek", "choose", "begin", "start"})
#: Adverbs of timing that make conduct what it is: filing late is fined, filing is not.
_TIMING_ADVERBS = frozenset({"late", "early", "promptly", "belatedly", "repeatedly"})


def _with_negation(verb: Token, phrase: tuple[int, ...]) -> tuple[int, ...]:
    """"drivers who do not pay within 72 hours are fined": what they are
    fined for is not paying, so the name keeps the negation ("do not pay
    within 72 hours"); never the act it denies."""
    negations = [c.i for c in verb.children if c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _NEGATIONS]
    if not phrase or not negations:
        return phrase
    start = min([c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i] + negations)
    return tuple(range(start, phrase[0])) + phrase if start < phrase[0] else phrase


def _doer_clauses(noun: Token) -> list[Token]:
    """"owners who dump waste": the relative clauses saying what they do,
    each act of a list in one ("operators who dump waste, falsify logs, or
    refuse inspections")."""
    relatives = [_caught_at(c) for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                 and any(s.lower_ in _RELATIVES for s in c.children if s.dep_ in {"nsubj", "nsubjpass"})]
    # the acts joined to a clause, or to the noun where the parse joins them there ("a provider that fails to keep
    # the logs, or deletes them early, ..."), in the clause's own form ("punish shareholders who have invested ...
    # and cause a loss" goes on with the sentence's verb)
    joined = [(c, x) for c in relatives for x in c.conjuncts] + [
        (relatives[0], x) for x in noun.children if x.dep_ == "conj" and relatives]
    # ("..., or that push boaters into vouchers": a second relative clause of the same noun is another act; not one
    # saying which ones by size or holding, "or that own more than ten units")
    return relatives + [x for c, x in joined if x.pos_ == "VERB" and x.i > c.i
                        and x.tag_ == c.tag_ and not any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ not in _RELATIVES
                                                         for s in x.children)
                        and not (any(s.lower_ in _RELATIVES for s in x.children) and sized_or_held(x))] + [
        # "companies found placing unsafe goods on the market", "drivers caught speeding"
        x for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _DETECTING_VERBS
        for x in [*(x for x in c.children if x.dep_ in {"xcomp", "advcl", "ccomp", "oprd"} or _ing_noun_object(x)),
                  *(x for x in noun.children if x.dep_ == "acl" and x.tag_ == "VBG")]  # (the parse may hang it on the noun)
        # ("found not to have dumped waste" clears them; "found not displaying a permit" is caught failing)
        if (x.pos_ == "VERB" or _ing_noun_object(x)) and x.i > c.i and (x.tag_ == "VBG" or not _negated(x))] \
        + convicted_of(noun)


def _ing_noun_object(tok: Token) -> bool:
    """"caught speeding" where the parse reads "speeding" as a noun, the
    catching's object: an -ing word right after it still names the act."""
    return tok.dep_ == "dobj" and tok.tag_ == "NN" and tok.lower_.endswith("ing") and tok.i == tok.head.i + 1


def _caught_at(clause: Token) -> Token:
    """The act of a relative clause, past the catching when it is caught:
    "drivers who are caught using a phone" (using a phone), "firms that are
    found to have misled buyers" (misled buyers); the clause itself for any
    other verb, and when no act follows ("found in breach")."""
    if clause.lemma_.lower() not in _DETECTING_VERBS or not any(c.dep_ == "auxpass" for c in clause.children):
        return clause
    return next((x for x in clause.children if x.dep_ in {"xcomp", "advcl", "ccomp", "oprd"} and x.pos_ == "VERB"
                 and x.i > clause.i and (x.tag_ == "VBG" or not _negated(x))), clause)


def convicted_of(noun: Token) -> list[Token]:
    """"hunters convicted of poaching", "a firm found guilty of dumping
    waste": what a court found them doing, an act named by its -ing verb
    (an offence named by a noun, "convicted of fraud", is named apart)."""
    return [x for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and (c.lemma_.lower() == "convict"
                 or c.lemma_.lower() == "find" and any(g.lower_ == "guilty" for g in c.children))
            for p in [*c.children, *(g for g in c.children if g.lower_ == "guilty" for g in g.children)]
            if p.dep_ == "prep" and p.lower_ == "of"
            for x in p.children if x.dep_ in {"pcomp", "pobj"} and x.tag_ == "VBG" and not _negated(x)]


def sized_or_held(verb: Token) -> bool:
    """Whether a relative clause says which ones by what they hold or how
    big they are ("that own more than ten units", "that operate more than
    fifty aircraft", "that have 50 employees"), not by what they do wrong."""
    return verb.lemma_.lower() in _OWNING_VERBS or any(
        c.dep_ == "dobj" and any(n.dep_ == "nummod" or n.like_num for n in c.children) for c in verb.children)


#: Verbs of holding or having: "landlords that own ten units" says which landlords.
_OWNING_VERBS = frozenset({"own", "have", "hold", "employ", "possess", "lease", "rent", "serve", "manage"})
#: Relative pronouns that stand for the noun a clause describes: "owners who dump", "firms that fail".
_RELATIVES = frozenset({"who", "that", "which"})
#: Verbs of catching someone at something: what they are found doing is their conduct.
_DETECTING_VERBS = frozenset({"find", "catch", "discover"})


def caught_doing(doc: Doc, *, penalty_cues: frozenset[str], reward_cues: frozenset[str]) -> Iterator[Duty]:
    """"Stores caught selling tobacco to minors will pay a penalty",
    "drivers found not displaying a permit will receive a warning": the
    parse reads "caught" as the sentence's past-tense verb and the sanction
    as what was caught. The participle right after its noun says whom it
    catches at what; a sanction in the future or the present ("will be
    fined", "faces a fine", "will lose their licence") says whether the
    act is punished or rewarded. Not a finding told in the past ("Inspectors
    found missing records"): the act comes right after the participle."""
    for found in with_lemmas(doc, _DETECTING_VERBS):
        if not misread_catching(found):
            continue
        doer, act = _subject(found), _caught_act(found)
        for sanction in _sanctions_after(found, act):
            kind = _sanction_kind(sanction, penalty_cues, reward_cues)
            if kind:  # ("anyone caught littering": no one named does it)
                actor = doer.i if doer.pos_ in {"NOUN", "PROPN"} and doer.lower_ not in _ANYONE else None
                conduct = _with_negation(act, conduct_phrase(act) or (act.i,))
                # ("caught fishing without a license": the parse may hang how it was done on "caught")
                tail = [p for p in found.children if p.dep_ == "prep" and p.i == conduct[-1] + 1]
                if tail and tail[0].right_edge.i < sanction.i:
                    conduct = tuple(range(conduct[0], tail[0].right_edge.i + 1))
                yield Duty(kind, act.i, conduct, actor, None)
                break


def misread_catching(found: Token) -> bool:
    """Whether the parse took a participle right after its noun ("stores
    caught selling", "drivers found not displaying") for a past-tense verb
    with a subject: the act named right after it tells it apart from a
    finding ("Inspectors found missing records", "the audit found that")."""
    if found.lemma_.lower() not in _DETECTING_VERBS or found.tag_ != "VBD":
        return False
    doer = _subject(found)
    return doer is not None and doer.i == found.i - 1 and _caught_act(found) is not None


#: Words for whoever it may be: "anyone caught littering" names no one.
_ANYONE = frozenset({"anyone", "anybody", "whoever", "someone", "somebody", "everyone", "one"})


def _caught_act(found: Token) -> Token | None:
    """The act a misread "caught" or "found" names right after it: "caught
    selling", "found not displaying" (an -ing form, as verb or noun),
    "found to have misled" (what they are found to have done) or "found
    guilty of dumping"."""
    doc = found.doc
    at = found.i + 1
    if at < len(doc) and doc[at].lower_ in _NEGATIONS:
        at += 1
    if at >= len(doc):
        return None
    word = doc[at]
    if word.dep_ == "amod":
        return None  # ("Inspectors caught leaking tanks": what was found, described)
    if word.tag_ == "VBG" or word.tag_ == "NN" and word.lower_.endswith("ing") \
            and word.dep_ in {"nsubj", "csubj", "xcomp", "dobj"}:
        return word
    if word.lower_ == "to" and at + 2 < len(doc) and doc[at + 1].lower_ == "have" and doc[at + 2].tag_ == "VBN":
        return doc[at + 2]
    if word.lower_ == "guilty" and at + 2 < len(doc) and doc[at + 1].lower_ == "of" and doc[at + 2].tag_ == "VBG":
        return doc[at + 2]  # "found guilty of dumping waste"
    return None


def _sanctions_after(found: Token, act: Token) -> list[Token]:
    """The verbs the parse hangs after a misread "caught X-ing" that say
    what befalls them, in the future or the present: "will be fined",
    "faces a fine" (not a past "were fined", which tells what happened)."""
    near = [c for c in found.children if c.dep_ in {"ccomp", "conj", "xcomp", "dep"} and c.i > act.i]
    if act.dep_ in {"csubj", "nsubj"} and act.head.i > act.i:
        near.append(act.head)
    if found.dep_ in {"csubj", "csubjpass"} and found.head.i > act.i:  # or the clause "stores caught X" its subject
        near.append(found.head)
    # (not a verb with a subject of its own: "Inspectors caught leaking tanks, and the owners will pay a fine")
    return [v for v in near if v.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)
            and (v.tag_ in {"VBZ", "VBP"} or any(a.dep_ == "aux" and a.lower_ in _MODALS | _SPECULATIVE
                                                 for a in v.children))]


def _sanction_kind(verb: Token, penalty_cues: frozenset[str], reward_cues: frozenset[str]) -> str:
    """"will be fined" and "faces a fine", "will lose their licence",
    "will receive a warning" punish; "will be rewarded", "earns a credit"
    and "receive a rebate" reward; "" for any other verb."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "auxpass" for c in verb.children):
        return "penalty" if lemma in penalty_cues else "reward" if lemma in reward_cues else ""
    if lemma in {"lose", "forfeit"}:
        return "penalty"
    if lemma == "have" and any(c.lemma_.lower() in penalty_cues for c in done_to_their_own(verb)):
        return "penalty"  # "will have their permits revoked"
    nouns = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    if lemma not in CONSEQUENCE_VERBS | _UNDERGONE | {"pay"} or not nouns:
        return ""
    if set(nouns) & (penalty_cues | _SANCTION_NOUNS | _REBUKES | _EXTRA_CHARGES):
        return "penalty"
    return "reward" if set(nouns) & (reward_cues | _GRANT_NOUNS) else ""


#: Verbs by which a policy does something for or to someone: whom it names
#: after them is whom it targets ("the program offers small farms a grant",
#: "the act protects tenants from eviction", "the rule exempts small firms").
_TARGET_VERBS = frozenset({"offer", "grant", "give", "provide", "allow", "permit", "let", "help", "protect", "exempt",
                          "serve", "benefit", "fund", "reimburse", "compensate", "entitle", "enable", "assist",
                          "support", "cover", "pay", "apply"})
#: Verbs by which an order or notice goes to whom it binds: "issued a directive to six carriers" (the caller
#: says whether what is sent is a policy).
_SERVING_VERBS = frozenset({"issue", "send", "serve", "deliver", "address"})
#: Papers that bind whom they are served on: "issued an order to six carriers", "served a notice on the owner".
_SERVED_PAPERS = frozenset({"order", "directive", "notice", "citation", "warning", "summons", "subpoena", "injunction"})
#: Verbs of joining a programme, with the prepositions that name it: "apply for the grant", "enroll in the program".
_JOINING_VERBS = {"apply": {"for"}, "enroll": {"in"}, "enrol": {"in"}, "participate": {"in"}, "register": {"for"},
                  "sign": {"up"}, "qualify": {"for"}}
#: Verbs by which someone holds what binds them: "face new duties under the act", "take on obligations under".
_BOUND_HOLDING_VERBS = frozenset({"face", "have", "take", "assume", "bear", "carry", "shoulder", "incur"})
#: What binds whoever faces it under a policy: "face new duties under the act".
_BINDING_NOUNS = frozenset({"duty", "requirement", "obligation", "rule", "restriction", "limit", "inspection", "audit",
                            "mandate", "standard"})
#: "The guidance was directed at the Harbor Board", "a rule aimed at landlords".
_AIM_VERBS = {"direct", "aim", "target"}
#: "Small farms are eligible for the program", "the program is open to veterans".
_TARGET_ADJECTIVES = {("eligible", "for"), ("open", "to"), ("available", "to")}


#: Verbs by which a policy permits, limits or bars an act: "allows the hiring of minors".
_GOVERNING_VERBS = frozenset({"permit", "authorize", "authorise", "allow", "prohibit", "ban", "bar", "restrict",
                              "limit", "regulate", "govern", "forbid"})
#: Nouns for what people do that a policy governs, named with whose act it is: "the employment of minors".
_PEOPLES_ACTS = frozenset({"employment", "hiring", "admission", "entry", "use", "participation", "enrollment",
                           "enrolment", "recruitment", "dismissal", "eviction", "detention", "removal", "registration",
                           "licensing", "deportation", "discharge", "termination"})


def policy_targets(doc: Doc) -> list[tuple[Token, Token]]:
    """(what acts, whom it targets) pairs of a parsed text (`targets_of`).

    >>> import spacy
    >>> policy_targets(spacy.blank("en")("no parse"))
    []
    """
    return [pair for verb in doc for pair in targets_of(verb)]


def targets_of(verb: Token) -> list[tuple[Token, Token]]:
    """(what acts, whom it targets) pairs a verb states: its subject and the
    object or recipient of a target verb ("offers small farms a grant",
    "allows growers to sell power"), and "X is eligible for / open to Y"
    the other way round. Whether the first is a policy and the second
    someone is for the caller to say; a negated clause gives nothing."""
    if verb.pos_ not in {"VERB", "AUX"} or _negated(verb):
        return []
    subject = _clause_doer(verb)  # "a partnership that allows taxpayers to ...": the partnership
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in _JOINING_VERBS \
            and verb.head.pos_ in {"NOUN", "PROPN"}:
        subject = verb.head  # "school food authorities participating in the lunch program": they take part
    if subject is None:
        return []
    if verb.lemma_.lower() in _AIM_VERBS and verb.tag_ == "VBN":  # "guidance directed at the Board"
        return [(subject, o) for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "to", "toward", "towards"}
                for o in p.children if o.dep_ == "pobj"]
    if verb.lemma_.lower() == "subject" and verb.pos_ == "VERB" and verb.tag_ != "VBN":
        return [(subject, o) for o in verb.children if o.dep_ == "dobj"]  # "would subject resellers to penalties"
    lemma = verb.lemma_.lower()
    owed = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"must", "shall", "should"} for c in verb.children)
    if (lemma in _JOINING_VERBS or lemma in {"fall", "come"}) and not owed:
        # "small farms can apply for the grant", "employers fall under the rule": what they join or come under
        # (not "to qualify, borrowers must be enrolled in a repayment plan": a condition of another policy)
        preps = {"fall": {"under", "within"}, "come": {"under", "within"}}.get(lemma, _JOINING_VERBS.get(lemma, set()))
        if lemma == "apply" and any(p.dep_ == "prep" and p.lower_ == "for" for p in verb.children):
            preps = preps | {"to"}  # "farms can apply to the Resilience Fund for grants" (not "the rule applies to")
        joined = [(o, subject) for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                  for o in p.children if o.dep_ == "pobj"]
        if joined:  # ("the rule applies to operators" is the rule's reach, below)
            return joined
    if lemma in _BOUND_HOLDING_VERBS:  # "landlords face (have, take on) new duties under the act": the act binds them
        return [(o, subject) for d in verb.children if d.dep_ == "dobj" and d.lemma_.lower() in _BINDING_NOUNS
                and not any(c.lower_ == "no" for c in d.children)  # ("face no new duties")
                for p in [*verb.children, *d.children] if p.dep_ == "prep" and p.lower_ == "under"
                for o in p.children if o.dep_ == "pobj"]
    if lemma == "affect" and verb.tag_ != "VBN":  # "the rule affects 3,000 employers"
        return [(subject, o) for o in verb.children if o.dep_ == "dobj"]
    if lemma in _SERVING_VERBS and not any(c.dep_ == "auxpass" for c in verb.children):
        # "the agency (has) issued a blocking directive to six carriers": the carriers it binds
        # (a named or described instrument, or an order or notice: not "sent its proposal to the district")
        sent = [(o, r) for o in verb.children if o.dep_ == "dobj" and (
                    o.pos_ == "PROPN" or o.lemma_.lower() in _SERVED_PAPERS
                    or any(c.dep_ in {"compound", "amod"} for c in o.children) and not any(
                        c.dep_ == "poss" for c in o.children))
                for h in [verb, o] for p in h.children
                if p.dep_ in {"prep", "dative"} and p.lower_ == "to" for r in p.children if r.dep_ == "pobj"]
        if sent:
            return sent
    if lemma in _GOVERNING_VERBS and not any(c.dep_ == "auxpass" for c in verb.children):
        # "allows the hiring of 15-year-olds", "authorizes the entry of seasonal crews": whose act
        # a policy permits, limits or bars, named as its "of" or "by" (whether they are someone is the caller's)
        acts = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.lemma_.lower() in _PEOPLES_ACTS]
        named = [(subject, w) for a in acts for w in pobjs(a, {"of", "by"}) if w.pos_ == "NOUN" and w.tag_ == "NNS"]
        if named:
            return named
    if verb.lemma_.lower() in _TARGET_VERBS and verb.tag_ != "VBN":
        datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]  # "offers growers a subsidy": growers
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(d.dep_ == "det" and d.lower_ == "no" for o in objects for d in o.children):
            return []  # "gives local police no new power": nothing given
        if any(o.lemma_.lower() in {"authority", "power", "jurisdiction", "oversight"} and o.is_lower for o in objects):
            return []  # "gives the Board authority to fine operators": whom it empowers runs it (relations.empowered)
        recipients = [o for h in [verb, *objects] for p in h.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj"]  # "provides grants to small farms": the farms
        targets = datives or recipients or objects
        targets += [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for s in c.children if s.dep_ == "nsubj"]
        return [(subject, t) for t in targets]
    if verb.lemma_ == "be":
        pairs = [(obj, subject) if adj.lower_ == "eligible" else (subject, obj)
                 for adj in verb.children if adj.dep_ == "acomp"
                 for prep in adj.children if prep.dep_ == "prep" and (adj.lower_, prep.lower_) in _TARGET_ADJECTIVES
                 for obj in prep.children if obj.dep_ == "pobj"]
        # "workers are eligible for benefits under the Act": the Act whose benefits they are
        return pairs + [(u, subject) for obj, holder in pairs if holder.i == subject.i
                        for h in [obj, *obj.ancestors][:4] for p in h.children if p.dep_ == "prep" and p.lower_ == "under"
                        for u in p.children if u.dep_ == "pobj"]
    return []


#: Degree words that make any quality a fault: "too strict", "overly broad".
_EXCESS = frozenset({"too", "overly", "excessively", "unduly", "unnecessarily", "needlessly"})


def judged_harms(doc: Doc, *, modifiers: frozenset[str]) -> list[tuple[Token, int, tuple[int, ...]]]:
    """"The framework is inadequate", "the fees are excessive": a harm said
    of something with "be", as (what it is said of, head token, tokens:
    the adjective with its degree words, "too costly" / "unnecessarily
    harsh"). Whether that is a policy is for the caller to say.

    >>> import spacy
    >>> judged_harms(spacy.blank("en")("no parse"), modifiers=frozenset({"inadequate"}))
    []
    """
    out = []
    for verb in with_lemmas(doc, {"be"}):
        if verb.lemma_ != "be" or _negated(verb):
            continue
        subject = _subject(verb)
        for adj in (c for c in verb.children if c.dep_ == "acomp"):
            degree = [c.i for c in adj.children if c.dep_ == "advmod" and c.i < adj.i]
            excess = any(adj.doc[i].lower_ in _EXCESS for i in degree)  # "too strict", "overly broad": a fault
            scalar = adj.lower_ in _SCALAR_WORDS and not excess  # "where the minimum age is higher": a measure
            if subject is not None and (excess or adj.lemma_.lower() in modifiers) and not scalar:
                out.append((subject, adj.i, _contiguous(doc, degree + [adj.i])))
    return out


#: Every verb a frame reads by its lemma: the parse is repaired where the
#: tagger reads one of them as a noun (`nlp.reparsed`).
FRAME_VERBS = frozenset(RUNNING_VERBS | _HARM_VERBS | _THREAT_VERBS | REMEDY_VERBS | _TARGET_VERBS)
