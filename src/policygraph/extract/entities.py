"""Canonicalise mentions into entities: one entity per real thing.

Mentions share an entity when they name the same vocabulary concept, or
normalise to the same key (case, determiners, possessives, plurals), or one
is an acronym defined for the other. The key doubles as the entity's IRI slug,
so the same thing in two articles becomes the same node.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..names import initial_forms, name_head, normalise_name, slug
from ..ontology import Lexicon
from ..records import Entity
from .mentions import LEGISLATION_NUMBER, SIZES, Mention


_ARTICLES = frozenset({"a", "an", "the"})
#: Nouns by which an article calls back the company it named ("the company", a filing's "the Company"):
#: never its label.
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "chain"})


#: A state bill's number, however written: "SB 412", "S.B. 412", "Senate Bill 412", "SENATE BILL NO. 412".
_STATE_BILL = re.compile(r"(?:the\s+)?(senate|house|assembly|[sha])\.?\s*(?:bill|b\.?)\s*(?:no\.\s*)?(\d{1,5})",
                         re.IGNORECASE)


class Resolver:
    """Assigns keys to mentions and merges them into entities."""

    def __init__(self, lexicon: Lexicon, acronyms: dict[str, str]):
        self.lex = lexicon
        self.acronyms = acronyms  # acronym -> long form text
        self.concept_by_name: dict[str, str] = {}
        for concept in lexicon.concepts.values():
            for label in (concept.pref_label, *concept.alt_labels):
                self.concept_by_name.setdefault(normalise_name(label), concept.id)
        self.concern_generic = lexicon.generic.get("Concern", frozenset())

    def key_for(self, text: str, category: str = "") -> tuple[str, str]:
        """(key, concept) for a surface text."""
        if text in self.acronyms:
            text = self.acronyms[text]
        if bill := _STATE_BILL.fullmatch(text.strip()):  # "SB 412", "Senate Bill 412", "SENATE BILL NO. 412": one bill
            text = f"{bill.group(1)[0].upper()}B {bill.group(2)}"
        # ("small landlords" are a class of their own: the trim keeps a size only before a class of actors)
        norm = normalise_name(text, strip_words=self.lex.vague_modifiers - SIZES if category == "Actor"
                              else self.lex.vague_modifiers)
        if norm in self.concept_by_name:
            concept = self.concept_by_name[norm]
            return concept, concept
        words = norm.split()
        if category == "Behaviour":  # "provide a notice" and "provide notices" are one act; so are "implement
            # several additional safeguards" and "implement additional safeguards" (how many says nothing of what)
            words = words[:1] + [w for w in words[1:] if w not in _ARTICLES and w not in self.lex.vague_modifiers]
            norm = " ".join(words)
        if category == "Concern" and len(words) > 1 and words[-1] in self.concern_generic:
            shorter = " ".join(words[:-1])  # "privacy issues" is privacy
            if shorter in self.concept_by_name:
                concept = self.concept_by_name[shorter]
                return concept, concept
            norm = shorter
        return slug(norm), ""

    def assign(self, mention: Mention) -> None:
        if mention.concept:
            mention.key = mention.concept
            return
        key, concept = self.key_for(mention.text, self.lex.core(mention.cls) if mention.cls else "")
        mention.key, mention.concept = key, concept

    def entities(self, mentions: list[Mention]) -> list[Entity]:
        by_key: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            by_key[m.key].append(m)
        out = []
        for key, group in by_key.items():
            typed = [m for m in group if m.cls]
            if not typed:
                continue
            best = max(typed, key=lambda m: (m.priority, -m.sentence))
            cls = best.cls
            if best.concept and best.concept in self.lex.concepts:
                concept = self.lex.concepts[best.concept]
                if self.lex.core(concept.subclass) == self.lex.core(cls):
                    cls = concept.subclass
            category = self.lex.core(cls)
            label = self._label(group, best)
            seen = {label.lower()}
            aliases = []
            in_order = sorted(group, key=lambda m: m.sentence)
            texts = [m.text for m in in_order] + [v for m in in_order for v in m.variants]
            for text in texts:
                if text.lower() not in seen:
                    seen.add(text.lower())
                    aliases.append(text)
            sentences = tuple(sorted({m.sentence for m in group if m.sentence >= 0}))
            sources = tuple(sorted({m.source for m in group}))
            out.append(Entity(key, category, cls, label, tuple(aliases), sentences, best.concept, sources))
        return sorted(out, key=lambda e: e.key)

    def _label(self, group: list[Mention], best: Mention) -> str:
        if best.concept and best.concept in self.lex.concepts:
            return self.lex.concepts[best.concept].pref_label
        texts = {m.text for m in group}
        spelled = {t for t in texts if t.isupper() and any(t in initial_forms(o) for o in texts if o != t)}
        # (not "Company", as a filing calls the company it names: its name labels it)
        long_forms = [m.text for m in group if m.text not in self.acronyms and m.text not in spelled
                      and m.text.lower() not in COMPANY_NOUNS]
        names = long_forms or [m.text for m in group]
        titles = [t for t in names if not LEGISLATION_NUMBER.fullmatch(t) and not t.islower()]
        # "H.R. 2056, the Patient Rebate Act": the title labels it, the number is an alias ("a companion bill" is none)
        if titles and any(LEGISLATION_NUMBER.fullmatch(t) for t in names):
            names = titles
        if any(t.islower() for t in names):  # "bill" set beside "the Honest Ticket Act": the name labels it
            names = [t for t in names if len(t.split()) >= 2 and all(  # "Ordinance 24-117" too
                w[:1].isupper() or w[:1].isdigit() or w in {"of", "for", "and", "the", "on", "to", "in"}
                or re.fullmatch(r"\([A-Z][\w&.-]*\)", w)  # "Better Online Ticket Sales (BOTS) Act"
                for w in t.split())] or names
        counts = Counter(names)
        usual = max(counts, key=lambda n: (counts[n], not n.islower(), len(n), n))
        titles = self.lex.person_titles | {"general"}
        own_words = lambda n: sum(w.lower().rstrip(".") not in titles for w in n.split())
        if best.cls == "Person" or all(w.lower().rstrip(".") in titles for w in usual.split()):
            # "the Attorney General" or "Chairwoman Khan" said most often of "Chair Lina Khan": the fullest name
            usual = max(counts, key=lambda n: (own_words(n), counts[n], len(n), n))
        # "Commission" said most often (as "the Commission"): the full name it shortens labels it
        # ("Federal Trade Commission", "Department of Agriculture and Markets"; "Amendment Regulations" too)
        # ("Food Labelling Regulations 2025" for "the Regulations": a name's year after it is no part of the shortening)
        # ("Amendment Regulations" short for a formal title with a bracket or a year labels nothing: the title does;
        # "New Fare Enforcement Policy", "Harbour City Transit Credit Plan" do not label "Transit Credit Plan";
        # "Halden Department of Commerce" labels the "Department" it is headed by)
        one = len(usual.split()) == 1
        longer = [n for n in counts if n[:1].isupper() and (
            re.sub(r"\s(?:19|20)\d\d$", "", n).endswith(" " + usual)
            and (one or "(" in n or re.search(r"\s(?:19|20)\d\d$", n))
            or one and (n.startswith(usual + " ") or name_head(n.split()) == usual))]
        return max(longer, key=len) if usual[:1].isupper() and longer else usual
