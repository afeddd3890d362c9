"""Relations between resolved mentions, read off the dependency parse.

Each rule looks at a cue (a verb or noun whose lemma the ontology lists for a
property, see `pg:cue`) and the mentions in its subject, objects and
prepositional phrases. Coordination is expanded through the parse, negated
cues produce nothing, and anaphors ("the system", "it") resolve to the
article's main policy. Hands (subject, predicate, object, token) facts back.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token


from ..names import frame_words
from ..ontology import Lexicon
from .frames import CHANGE_VERBS, outcome_verb, targets_of
from .mentions import Mention, Segment, segment_duties

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
_ANAPHOR_DETS = {"the", "this", "that", "its", "such", "these", "those"}
_WHOLE_NOUNS = {"collection", "set", "series", "network", "patchwork", "family", "group", "combination", "system"}
_PART_NOUNS = {"part", "component", "element", "piece", "section", "article", "chapter", "subsection", "provision", "pillar"}
#: Policies that their parties make together: "an agreement between A and B".
_PACT_NOUNS = {"agreement", "memorandum", "treaty", "contract", "compact", "accord", "pact", "settlement", "partnership"}
_ISSUER_CLASSES = {"GovernmentBody", "Organisation", "Person", "Business"}


@dataclass(frozen=True, slots=True)
class Fact:
    subject: str
    predicate: str
    object: str
    token: int  # token the evidence sentence is found from


#: Nouns for what a policy holds someone to ("sets limits for", "imposes duties on").
_NORM_NOUNS = {"standard", "limit", "requirement", "rule", "criterion", "criteria", "obligation", "duty", "cap",
               "threshold", "target", "condition", "responsibility"}


def phrasal_stance(verb: Token) -> tuple[str, list[Token]]:
    """A stance a verb takes with its preposition, and what it is on:
    "called for a privacy law" supports it, "voted against the rule"
    criticises it, "voted for" supports. ("", []) for any other verb."""
    lemma = verb.lemma_.lower()
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in {"for", "against"}]
    if lemma not in {"call", "vote"} or not preps or lemma == "call" and preps[0].lower_ != "for":
        return "", []
    stance = "criticizes" if preps[0].lower_ == "against" else "supports"
    return stance, [o for p in preps[:1] for o in p.children if o.dep_ == "pobj"]


class RelationReader:
    """Reads relations from one parsed segment, given its resolved mentions."""

    def __init__(self, lexicon: Lexicon, categories: dict[str, str], classes: dict[str, str], topic: str):
        self.lex = lexicon
        self.categories = categories  # entity key -> core category
        self.classes = classes  # entity key -> class local name
        self.topic = topic  # key of the article's main policy ("" if none)
        cues = lexicon.relation_cues
        self.penalty = cues["penalizes"] | lexicon.prohibition_cues
        self.reward = cues["rewards"]
        self.policy_generic = lexicon.generic.get("Policy", frozenset())
        self.about_cues = cues["concernAbout"]
        self.worry_nouns = (lexicon.concern_markers | lexicon.frame_cues.get("Concern", frozenset())
                            | {"question", "doubt", "alarm", "objection"})
        self.any_cue = (frozenset().union(*cues.values()) | lexicon.neutral_cues | lexicon.prohibition_cues)

    # ------------------------------------------------------------ lookups
    def setup(self, doc: Doc, seg: Segment, mentions: list[Mention], label_keys: list[str], context_key: str) -> None:
        self.doc = doc
        self.seg = seg
        self.tok2key: dict[int, str] = {}
        self.mentions = [m for m in mentions if m.key in self.categories]
        for m in self.mentions:
            for i in m.tokens:
                self.tok2key[i] = m.key
            self.tok2key.setdefault(m.head, m.key)
        self.label_keys = label_keys
        self.context_key = context_key
        self.duties = segment_duties(doc, seg, self.lex)
        self._anaphor_cache: dict[tuple[int, int], bool] = {}

    def cat(self, key: str) -> str:
        return self.categories.get(key, "")

    def key_at(self, tok: Token, category: str) -> str:
        key = self.tok2key.get(tok.i, "")
        if key and self.cat(key) == category:
            return key
        if category == "Policy" and self.is_anaphor(tok):
            return self.topic
        return ""

    def is_anaphor(self, tok: Token) -> bool:
        """"it", "its", "the system", "this programme": the main policy."""
        if not self.topic:
            return False
        if tok.lower_ in {"it", "its"}:
            return True
        if tok.lemma_.lower() in self.policy_generic and tok.pos_ == "NOUN":
            dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}]
            mods = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
            return bool(dets) and dets[0] in _ANAPHOR_DETS and not mods
        return False

    def keys_in(self, tokens, category: str) -> list[str]:
        out: list[str] = []
        for tok in tokens:
            key = self.tok2key.get(tok.i, "")
            if key and self.cat(key) == category and key not in out:
                out.append(key)
        return out

    def conjuncts(self, tok: Token, category: str) -> list[str]:
        """Mentions at a token and its coordinated siblings ("A, B and C")."""
        out: list[str] = []
        for t in [tok, *tok.conjuncts]:
            key = self.key_at(t, category)
            if not key:
                # the head may sit outside the mention span ("such as" items)
                inner = self.keys_in([t], category)
                key = inner[0] if inner else ""
            if key and key not in out:
                out.append(key)
        return out

    def subject(self, verb: Token) -> Token | None:
        """The verb's subject, climbing through relative clauses, xcomp and conj."""
        seen = 0
        while seen < 5:
            seen += 1
            subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
            if subj is not None:
                if subj.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
                    return verb.head
                return subj
            if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.tag_ == "VBG":
                verb = verb.head.head  # "filed a lawsuit challenging the act": who filed it challenges it
                continue
            if verb.dep_ == "relcl" or verb.dep_ == "acl":
                return verb.head
            if verb.dep_ == "xcomp" and verb.head is not verb:
                obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
                if obj is not None:  # "authorizes the Board to develop": the Board develops (object control)
                    return obj
            if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and verb.head is not verb:
                verb = verb.head
                continue
            return None
        return None

    def policy_for(self, tok: Token | None) -> str:
        """The policy a token stands for, climbing "mechanism ... on" chains."""
        hops = 0
        while tok is not None and hops < 4:
            named = [o for acl in tok.children if acl.dep_ == "acl" and acl.lemma_.lower() in {"know", "call", "name"}
                     for p in acl.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            if named:  # "the law commonly known as the Fair Fares Act": that act
                tok = named[0]
            key = self.key_at(tok, "Policy")
            if key:
                return key
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"VERB", "AUX"}:
                tok = self.subject(tok.head.head)
                hops += 1
                continue
            return ""
        return ""

    def negated(self, tok: Token) -> bool:
        return any(c.dep_ == "neg" for c in tok.children) or any(
            c.dep_ == "neg" for c in tok.head.children if tok.dep_ in {"xcomp", "aux"}
        )

    def passive(self, verb: Token) -> bool:
        return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"})

    def pobjs(self, tok: Token, preps: set[str]) -> list[Token]:
        out = []
        for prep in tok.children:
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps:
                out += [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        return out

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

    # ------------------------------------------------------------ rules
    def read(self) -> list[Fact]:
        facts: list[Fact] = []
        for tok in self.doc:
            if tok.pos_ in {"VERB", "AUX"}:
                facts += self.targeted(tok) + self.parties(tok)
                if tok.lemma_ != "be" and not self.cue_lemmas(tok) & self.any_cue and tok.lemma_.lower() not in {"call", "vote"}:
                    continue  # most verbs cue nothing: skip the rules ("call for" is read as support)
                facts += self.effects(tok)
                facts += self.evaluations(tok)
                facts += self.issuers(tok)
                facts += self.owners_stated(tok)
                facts += self.stances(tok)
                facts += self.concerns_raised(tok)
                facts += self.parts(tok)
            if tok.pos_ in {"NOUN", "PROPN"}:
                facts += self.noun_stances(tok)
                if tok.lemma_.lower() in _NORM_NOUNS:
                    facts += self.norms_held(tok)
        facts += self.possessive_issuers()
        facts += self.concern_targets()
        facts += self.duty_facts()
        facts += self.policy_links()
        return facts

    def policy_links(self) -> list[Fact]:
        """A policy named with its whole or its maker: "Section 5 of the Act"
        / "the guarantee under the H-9C program" -> partOf; "guidance from
        the EEOC" / "a rule by the FTC" -> issuedBy."""
        facts = []
        for m in self.mentions:
            if self.cat(m.key) != "Policy":
                continue
            head = self.doc[m.head]
            for prep in (c for c in head.children if c.dep_ == "prep" and c.i not in m.tokens):
                objs = [o for o in prep.children if o.dep_ == "pobj"]
                if prep.lower_ in {"of", "under", "within"}:
                    facts += [Fact(m.key, "partOf", p, m.head) for o in objs for p in self.conjuncts(o, "Policy")
                              if p != m.key]
                elif prep.lower_ in {"from", "by"}:
                    facts += [Fact(m.key, "issuedBy", a, m.head) for o in objs for a in self.conjuncts(o, "Actor")]
        return facts

    def duty_facts(self) -> list[Fact]:
        """A duty's conduct is performed by who owes it; the policy imposing
        it evaluates them, and penalises the conduct it forbids. The policy
        is the duty verb's subject, a policy the clause is "under", or the
        article's main policy."""
        facts = []
        for duty in self.duties:
            conduct = self.tok2key.get(duty.head, "")
            if self.cat(conduct) != "Behaviour":
                continue
            verb = self.doc[duty.head]
            actors = self.conjuncts(self.doc[duty.actor], "Actor") if duty.actor is not None else []
            actors = actors or ([self.context_key] if self.context_key else [])
            policy = self.policy_for(self.doc[duty.policy]) if duty.policy is not None else ""
            clause = [verb, *verb.ancestors]
            policy = policy or next((self.key_at(p, "Policy") for t in clause for p in self.pobjs(t, {"under", "by"})
                                     if self.key_at(p, "Policy")), "")
            named = [k for k in self.keys_in(verb.sent, "Policy") if k != conduct]
            policy = policy or (named[0] if len(named) == 1 else "") or self.topic  # the one policy the sentence names
            policies = [policy] if policy else []
            if policy and duty.policy is not None:  # "the Boat Code and the Harbour Rule require owners to ..."
                policies += [p for p in self.conjuncts(self.doc[duty.policy], "Policy") if p not in policies]
            for actor in actors:
                facts.append(Fact(conduct, "performedBy", actor, duty.head))
                if duty.kind not in {"recommendation", "reward"}:
                    facts += [Fact(p, "evaluates", actor, duty.head) for p in policies]
            if duty.kind in {"prohibition", "penalty"}:
                facts += [Fact(p, "penalizes", conduct, duty.head) for p in policies]
            elif duty.kind == "reward":
                facts += [Fact(p, "rewards", conduct, duty.head) for p in policies]
        return facts

    def effects(self, verb: Token) -> list[Fact]:
        """"Paying taxes can improve one's score" -> rewards; "violations such as
        X can lead to deductions" -> penalizes; "discourages X" -> penalizes."""
        lemmas = self.cue_lemmas(verb)
        penalty, reward = lemmas & self.penalty, lemmas & self.reward
        neutral = lemmas & self.lex.neutral_cues
        if not (penalty or reward or neutral) or self.negated(verb) or self.voices_worry(verb):
            return []
        behaviours: list[str] = []
        subj = self.subject(verb) if verb.dep_ not in {"relcl", "acl"} else next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            behaviours += self.keys_in(subj.subtree, "Behaviour")
        verb_is_cue = verb.lemma_.lower() in (self.penalty | self.reward)
        if verb_is_cue and verb.lemma_.lower() not in CHANGE_VERBS:  # "reduces tax evasion" is an effect, not a penalty
            for child in verb.children:
                if child.dep_ in {"dobj", "nsubjpass"}:
                    behaviours += [k for k in self.keys_in(self.own_subtree(child), "Behaviour") if k not in behaviours]
        for obj in self.pobjs(verb, {"for"}):
            behaviours += [k for k in self.keys_in(obj.subtree, "Behaviour") if k not in behaviours]
        prohibition = lemmas & self.lex.prohibition_cues
        prohibited_doer = ""
        if prohibition:  # "makes it illegal for a landlord to evict"
            for child in verb.children:
                if child.dep_ in {"xcomp", "ccomp", "oprd", "acomp", "advcl"}:
                    behaviours += [k for k in self.keys_in(child.subtree, "Behaviour") if k not in behaviours]
                    clauses = [child, *(g for g in child.children if g.dep_ in {"advcl", "xcomp"})]  # "unlawful for X to V"
                    doers = [a for cl in clauses for c in cl.children if c.dep_ == "nsubj" for a in self.conjuncts(c, "Actor")]
                    prohibited_doer = doers[0] if doers else ""
            chain = [verb] + [c for c in verb.children if c.lemma_.lower() in prohibition]
            chain += [g for c in chain[1:] for g in c.children if g.dep_ in {"xcomp", "advcl"}]
            under = [p for c in chain for t in c.children if t.dep_ == "prep" and t.lower_ in {"under", "by"}
                     for p in t.children if p.dep_ == "pobj" and self.key_at(p, "Policy")]
            if under:
                subj = under[0]  # "unlawful ... under the Fair Lending Act": that law forbids it
        if not behaviours:
            return []
        policy = ""
        if subj is not None and not self.keys_in(subj.subtree, "Behaviour"):
            policy = self.policy_for(subj)
        policy = policy or next((self.key_at(p, "Policy") for p in self.pobjs(verb, {"by", "under"}) if self.key_at(p, "Policy")), "")
        policy = policy or self.topic
        actor = ""
        if subj is not None and self.tok2key.get(subj.i) and self.cat(self.tok2key[subj.i]) == "Actor":
            actor = self.tok2key[subj.i]
        if not actor and prohibition and prohibited_doer:
            actor = prohibited_doer
        if not actor and prohibition:
            holders = [c for c in verb.children if c.lemma_.lower() in prohibition] + [verb]
            actor = next((k for h in holders for p in self.pobjs(h, {"for"}) for k in self.conjuncts(p, "Actor")), "")
        actor = actor or self.context_key
        facts = []
        for b in behaviours:
            if penalty:
                pred = "penalizes"
            elif reward:
                pred = "rewards"
            else:
                cls = self.classes.get(b, "")
                pred = "penalizes" if cls == "Misconduct" else "rewards" if cls == "GoodConduct" else ""
            if pred and policy:
                facts.append(Fact(policy, pred, b, verb.i))
            if actor:
                facts.append(Fact(b, "performedBy", actor, verb.i))
        return facts

    def voices_worry(self, verb: Token) -> bool:
        """"raises concerns about X", "raises questions": the verb voices a
        worry about X, it does not raise anything for doing X."""
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.worry_nouns for c in verb.children)

    def evaluations(self, verb: Token) -> list[Fact]:
        """"a scoring mechanism that evaluates A, B and C"; "Companies are rated";
        "the rule applies to landlords"; "landlords are subject to the rule"."""
        if verb.lemma_ == "be" and not self.negated(verb):
            subject_to = [p for a in verb.children if a.dep_ == "acomp" and a.lower_ == "subject"
                          for p in self.pobjs(a, {"to"})]
            policies = [k for p in subject_to for k in [self.policy_for(p)] if k]
            subj = self.subject(verb)
            actors = self.conjuncts(subj, "Actor") if subj is not None else []
            return [Fact(p, "evaluates", a, verb.i) for p in policies for a in actors]
        if verb.lemma_.lower() in {"set", "impose", "establish"} and not self.negated(verb):
            return self.standards_for(verb)
        if verb.lemma_.lower() not in self.lex.relation_cues["evaluates"] or self.negated(verb):
            return []
        if self.passive(verb):
            subj = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
            if subj is None and verb.dep_ in {"acl", "relcl"}:
                subj = verb.head
            actors = self.conjuncts(subj, "Actor") if subj is not None else []
            agents = [self.policy_for(p) for p in self.pobjs(verb, {"by", "under"})]
            policy = next((a for a in agents if a), "") or self.topic
            return [Fact(policy, "evaluates", a, verb.i) for a in actors if policy]
        policy = self.policy_for(self.subject(verb))
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() == "apply":  # "applies to employers"
            objects += self.pobjs(verb, {"to"})
        actors = [a for obj in objects for a in self.conjuncts(obj, "Actor")]
        return [Fact(policy, "evaluates", a, verb.i) for a in actors if policy]

    def targeted(self, verb: Token) -> list[Fact]:
        """"The program offers small farms a grant", "small farms are
        eligible for the program": the policy evaluates whom it targets."""
        facts = []
        for actor_tok, target in targets_of(verb):
            policy = self.policy_for(actor_tok)
            if policy:
                facts += [Fact(policy, "evaluates", a, verb.i) for a in self.conjuncts(target, "Actor")]
        return facts

    def standards_for(self, verb: Token) -> list[Fact]:
        """"The rule sets emission limits for ferry operators", "imposes
        reporting duties on lenders": the policy evaluates whom its standards
        bind."""
        policy = self.policy_for(self.subject(verb))
        if not policy:
            return []
        norms = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _NORM_NOUNS]
        targets = [o for n in norms for o in self.pobjs(n, {"for", "on"})] + [
            o for o in self.pobjs(verb, {"for", "on"}) if norms]
        return [Fact(policy, "evaluates", a, verb.i) for t in targets for a in self.conjuncts(t, "Actor")]

    def norms_held(self, noun: Token) -> list[Fact]:
        """"growers' obligations under the Act", "the Act's requirements for
        growers", "the duties of lenders under the rule": the policy evaluates
        whom its obligations bind."""
        holders = [c for c in noun.children if c.dep_ == "poss"] + self.pobjs(noun, {"of", "for", "on"})
        actors = [a for h in holders for a in self.conjuncts(h, "Actor")]
        if not actors:
            return []
        sources = holders + self.pobjs(noun, {"under"}) + [o for h in holders for o in self.pobjs(h, {"under"})]
        policies = [p for t in sources for p in self.conjuncts(t, "Policy")]
        return [Fact(p, "evaluates", a, noun.i) for p in dict.fromkeys(policies) for a in actors]

    def issuers(self, verb: Token) -> list[Fact]:
        """"launched by X"; "launched under X's outline"; "X introduced the plan"."""
        if verb.lemma_.lower() not in self.lex.relation_cues["issuedBy"] or self.negated(verb):
            return []
        facts = []
        if self.passive(verb):
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is None and verb.dep_ in {"acl", "relcl"}:
                subj = verb.head
            policies = self.conjuncts(subj, "Policy") if subj is not None else []
            if subj is not None and not policies and self.is_anaphor(subj):
                policies = [self.topic]
            issuers = [a for p in self.pobjs(verb, {"by"}) for a in self.conjuncts(p, "Actor")]
            for p in self.pobjs(verb, {"under"}):
                issuers += [a for c in p.children if c.dep_ == "poss" for a in self.conjuncts(c, "Actor")]
            facts += [Fact(p, "issuedBy", a, verb.i) for p in policies for a in issuers if p != a]
        else:
            subj = self.subject(verb)
            issuers = self.conjuncts(subj, "Actor") if subj is not None else []
            objects = [obj for obj in verb.children if obj.dep_ == "dobj"]
            if verb.dep_ == "relcl" and any(o.dep_ == "dobj" and o.lower_ in {"which", "that"} for o in verb.children):
                objects.append(verb.head)  # "the program, which the Board launched": the Board launched the program
            # "monitor compliance with the directive": the policy complied with
            objects += [o for obj in objects if obj.lemma_.lower() in {"compliance", "adherence"}
                        for o in self.pobjs(obj, {"with", "to"})]
            policies = [p for obj in objects for p in self.conjuncts(obj, "Policy")]
            if not policies:
                policies = [self.topic for obj in objects if self.is_anaphor(obj)]  # "will update this directive"
            facts += [Fact(p, "issuedBy", a, verb.i) for p in policies for a in issuers]
        return facts

    def parties(self, verb: Token) -> list[Fact]:
        """"signed an agreement with the Parks Department": the parties to
        a pact made with someone made it (when "with" hangs on the verb; on
        the noun, `possessive_issuers` reads it)."""
        if verb.pos_ != "VERB" or self.negated(verb):
            return []
        pacts = [p for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PACT_NOUNS
                 for p in [self.key_at(c, "Policy")] if p]
        return [Fact(p, "issuedBy", a, verb.i) for p in pacts for o in self.pobjs(verb, {"with"})
                for a in self.conjuncts(o, "Actor")]

    def owners_stated(self, verb: Token) -> list[Fact]:
        """"The Board is responsible for the program", "the rule is a
        regulation of the Board": who runs or makes a policy, said with "be"."""
        if verb.lemma_ != "be" or self.negated(verb):
            return []
        subj = self.subject(verb)
        if subj is None:
            return []
        facts = []
        for c in verb.children:
            if c.dep_ == "acomp" and c.lower_ == "responsible":  # "the Board is responsible for the program"
                facts += [Fact(p, "issuedBy", a, verb.i) for o in self.pobjs(c, {"for"}) for p in [self.policy_for(o)] if p
                          for a in self.conjuncts(subj, "Actor")]
            if c.dep_ == "attr":  # "the rule is a regulation of the Board"
                policy = self.policy_for(subj)
                facts += [Fact(policy, "issuedBy", a, verb.i) for o in self.pobjs(c, {"of", "from", "by"})
                          for a in self.conjuncts(o, "Actor") if policy]
        return facts

    def possessive_issuers(self) -> list[Fact]:
        """"the State Council's Planning Outline": an authority's policy."""
        facts = []
        for m in self.mentions:
            if self.cat(m.key) != "Policy":
                continue
            for tok in (self.doc[i] for i in {m.head, *m.tokens}):
                for child in tok.children:
                    if child.dep_ == "poss":
                        owner = self.tok2key.get(child.i, "")
                        if owner and self.cat(owner) == "Actor" and self.classes.get(owner) in _ISSUER_CLASSES:
                            facts.append(Fact(m.key, "issuedBy", owner, tok.i))
            head = self.doc[m.head]
            if head.lemma_.lower() in _PACT_NOUNS:  # "an agreement between the port and the board", "its compact with the city"
                parties = [a for p in self.pobjs(head, {"between", "with"}) for a in self.conjuncts(p, "Actor")]
                facts += [Fact(m.key, "issuedBy", a, head.i) for a in parties]
        return facts

    def stance_of(self, lemmas: set[str]) -> str:
        if lemmas & self.lex.relation_cues["criticizes"]:
            return "criticizes"
        if lemmas & self.lex.relation_cues["supports"]:
            return "supports"
        return ""

    def stances(self, verb: Token) -> list[Fact]:
        """"Western nations view the SCS with skepticism"; "critics condemn it";
        "the system has faced criticism from observers"."""
        if self.negated(verb):
            return []
        facts = self.stance_said(verb)
        lemmas = self.cue_lemmas(verb)
        stance, targets = phrasal_stance(verb)
        stance = stance or self.stance_of(lemmas)
        if not stance:
            return facts
        subj = self.subject(verb)
        actors = self.conjuncts(subj, "Actor") if subj is not None else []
        policies = [p for c in verb.children if c.dep_ in {"dobj", "attr"} for p in [self.policy_for(c)] if p]
        policies += [p for o in targets for p in self.conjuncts(o, "Policy")]
        # "urged Congress to pass the act": the stance is on what the urged should enact
        # "sued to block the act": a critic's aim is against it, whatever the verb
        policies += [p for x in verb.children if x.dep_ == "xcomp" and (
                         stance == "criticizes" or x.lemma_.lower() in self.lex.relation_cues["issuedBy"])
                     for c in x.children if c.dep_ == "dobj" for p in [self.policy_for(c)] if p and p not in policies]
        facts += [Fact(a, stance, p, verb.i) for a in actors for p in policies]
        # "faced criticism from X": the noun carries the stance, the PP the actor
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            noun_stance = self.stance_of({obj.lemma_.lower()})
            if not noun_stance:
                continue
            voices = [a for p in self.pobjs(obj, {"from", "by"}) + self.pobjs(verb, {"from", "by"}) for a in self.conjuncts(p, "Actor")]
            target = self.policy_for(subj) if subj is not None else ""
            facts += [Fact(a, noun_stance, target or self.topic, verb.i) for a in voices if target or self.topic]
        return facts

    def stance_said(self, verb: Token) -> list[Fact]:
        """"Proponents argue that the rule cuts waste", "critics say the act
        goes too far": a speaker named by a stance says it about the policy
        that the clause is about; "groups raised concerns about the rule":
        raising a worry about a policy is criticising it."""
        if verb.lemma_.lower() not in self.lex.relation_cues["raisesConcern"] or self.negated(verb):
            return []
        subj = self.subject(verb)
        if subj is None:
            return []
        actors = self.conjuncts(subj, "Actor")
        facts = []
        stance = self.stance_of({subj.lemma_.lower(), subj.lower_})
        if stance:
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and not self.negated(c)):
                policy = self.policy_for(self.subject(clause))
                facts += [Fact(a, stance, policy, verb.i) for a in actors if policy]
        worries = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.concern_markers]
        targets = [p for w in worries for o in self.pobjs(w, {"about", "over", "regarding"}) for p in [self.policy_for(o)] if p]
        facts += [Fact(a, "criticizes", p, verb.i) for a in actors for p in targets]
        return facts

    def noun_stances(self, noun: Token) -> list[Fact]:
        """"Proponents of the SCS", "critics of the programme"."""
        key = self.tok2key.get(noun.i, "")
        if not key or self.cat(key) != "Actor":
            return []
        stance = self.stance_of({noun.lemma_.lower(), noun.lower_})
        if not stance:
            return []
        targets = [p for obj in self.pobjs(noun, {"of"}) for p in self.conjuncts(obj, "Policy")]
        return [Fact(key, stance, p, noun.i) for p in targets]

    def concerns_raised(self, verb: Token) -> list[Fact]:
        """"Critics worry that ..." inside an item labelled with a concern, or
        "critics warn of mass surveillance"."""
        if verb.lemma_.lower() not in self.lex.relation_cues["raisesConcern"] or self.negated(verb):
            return []
        subj = next((c for c in verb.children if c.dep_ in {"nsubj"}), None)
        actors = self.conjuncts(subj, "Actor") if subj is not None else []
        if not actors:
            return []
        concerns = [k for c in verb.children if c.dep_ not in _SUBJECTS for k in self.keys_in(c.subtree, "Concern")]
        if not concerns and verb.dep_ == "ROOT":
            concerns = [k for k in self.label_keys if self.cat(k) == "Concern"]
        facts = [Fact(a, "raisesConcern", c, verb.i) for a in actors for c in dict.fromkeys(concerns)]
        return facts + self.reported_criticism(verb, actors)

    def reported_criticism(self, verb: Token, actors: list[str]) -> list[Fact]:
        """"The Board concluded that the program lacks a legal basis and raises
        threats to privacy": a policy that is the subject of what a critic
        reports, with concerns in the same clause, is criticised by the critic,
        and the concerns are about it."""
        facts = []
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            subj = self.subject(clause)
            policy = self.policy_for(subj) if subj is not None else ""
            concerns = [k for c in clause.children if c.dep_ not in _SUBJECTS for k in self.keys_in(c.subtree, "Concern")]
            if policy and concerns and not self.negated(clause):
                facts += [Fact(a, "criticizes", policy, verb.i) for a in actors]
                facts += [Fact(c, "concernAbout", policy, verb.i) for c in dict.fromkeys(concerns)]
        return facts

    def concern_targets(self) -> list[Fact]:
        """A concern is about a policy when it is voiced as one: it hangs below
        a concern word ("concerns over privacy", "call it an instrument of
        surveillance") in a sentence naming the policy, or it labels an
        item in a section of criticism ("Criticisms and Concerns")."""
        facts = []
        for m in (m for m in self.mentions if self.cat(m.key) == "Concern"):
            head = self.doc[m.head]
            lacking = self.policy_for(self.subject(head)) if head.lemma_.lower() == "lack" and head.pos_ == "VERB" else ""
            if lacking:  # "the program lacked oversight": the lack is the program's
                facts.append(Fact(m.key, "concernAbout", lacking, m.head))
                continue
            outcome = outcome_verb(head)
            cause = self.policy_for(self.subject(outcome)) if outcome is not None else ""
            if cause:  # "the rule could lead to delays": a worry about the rule
                facts.append(Fact(m.key, "concernAbout", cause, m.head))
                continue
            if not any(a.lemma_.lower() in self.about_cues and a.i not in m.tokens for a in head.ancestors):
                continue
            sent = head.sent
            policies = self.keys_in((t for t in sent if t.i not in m.tokens), "Policy")
            if not policies and self._has_anaphor(sent):
                policies = [self.topic]
            facts += [Fact(m.key, "concernAbout", p, m.head) for p in policies[:1]]
        if self.criticism_section():
            for key in self.label_keys:
                if self.cat(key) != "Concern":
                    continue
                policies = self.keys_in(self.doc, "Policy") or ([self.topic] if self.topic else [])
                facts += [Fact(key, "concernAbout", p, 0) for p in policies[:1]]
        return facts

    def _has_anaphor(self, sent) -> bool:
        key = (id(self.doc), sent.start)
        if key not in self._anaphor_cache:
            self._anaphor_cache[key] = any(self.is_anaphor(t) for t in sent)
        return self._anaphor_cache[key]

    def criticism_section(self) -> bool:
        """The section heading or list intro speaks of criticism or concerns
        (not merely of "challenges")."""
        return bool(frame_words(self.seg.block.section, self.seg.block.intro) & self.about_cues)

    def parts(self, verb: Token) -> list[Fact]:
        """"X is a collection of A and B" -> A, B partOf X; "X is part of Y"."""
        if verb.lemma_.lower() != "be":
            return []
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        whole = self.policy_for(subj) if subj is not None else ""
        if not whole:
            return []
        facts = []
        negated = self.negated(verb)
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            for noun in [attr, *attr.conjuncts]:
                if negated and noun is attr:
                    continue  # "is not one scheme but a set of local schemes"
                lemma = noun.lemma_.lower()
                members = [p for obj in self.pobjs(noun, {"of"}) for p in self.conjuncts(obj, "Policy")]
                if lemma in _WHOLE_NOUNS:
                    facts += [Fact(p, "partOf", whole, verb.i) for p in members if p != whole]
                elif lemma in _PART_NOUNS:
                    facts += [Fact(whole, "partOf", p, verb.i) for p in members if p != whole]
        return facts
