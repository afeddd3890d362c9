"""Extraction: `Article` in, `Extraction` (entities, relations, evidence) out.

Every block is cut into segments (heading, list label, body) that spaCy parses
separately, in one stream of batches over all articles. Mentions are found
(`mentions`), merged into entities (`entities`), and related through the
parse (`relations`). A pure function of the article text and the ontology.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..ingest import FIELD_LINE
from ..names import frame_words, initial_forms, initials, kind_word, last_sentence, name_head, normalise_name, singular
from ..namespaces import DOMAIN_RANGE
from ..nlp import LETTERED_KINDS, reparsed, text_of
from ..ontology import Lexicon, load_lexicon, ontology_digest
from ..records import Article, Block, Entity, Extraction, Relation, Sentence
from .entities import COMPANY_NOUNS, Resolver
from .learned import FilterModel, apply_filter
from .frames import (CONSEQUENCE_VERBS, FRAME_VERBS, NAMING_VERBS, in_condition, in_hyphenated_word, in_question,
                     heading_doer, heading_duty, intro_duty, pobjs, quoted_tokens, unrealised, with_lemmas,
                     with_words)
from .people import same_person, surname, title_reference
from .mentions import (BODY_CLASSES, COLLECTIVE_PEOPLE, DIVISION_HEADING, DIVISION_NAME, KIND_AND_CODE, LEGAL_FORMS,
                       LEGISLATION_NUMBER, SANCTION_STATED, SIZES, STAGE_WORDS, STATE_BILL_NUMBER, Finding, Mention,
                       Segment,
                       ends_in_legal_form, choose_class, covering_intro, find_acronyms, find_mentions, head_classes,
                       headline_sentence, listed_stance, segment_duties, word_classes, REVISING_VERBS, UNDOING_VERBS,
                       looks_like_agent_noun, said_kinds, span_text)
from .relations import (ACT_WORDS, INSTRUMENT_NOUNS, LAPSED_WORDS, QUOTES, Fact, Reading, answered, inside_quotes,
                        definite_policy_noun, described, is_question, mention_kind, negated, policy_kind, read)

#: Bump when extraction rules change: cached articles are then re-extracted.
EXTRACTOR_VERSION = "1"


_MAX_SEGMENT = 10_000  # characters; longer paragraphs are cut at sentence ends
_BATCH_CHARS = 50_000  # characters parsed at once (see `_batches`)


def extractor_version() -> str:
    """Rules version, plus hashes of the ontology and of the code that reads
    articles: a change of any of them re-extracts everything (a forgotten
    version bump cannot leave stale extractions in a cache)."""
    return f"{EXTRACTOR_VERSION}+{ontology_digest()}+{_code_digest()}"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    here = Path(__file__).resolve().parent
    sources = sorted(here.glob("*.py")) + [here.parent / name for name in ("ingest.py", "names.py", "nlp.py")]
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def frame_of(block: Block, lexicon: Lexicon) -> str:
    """The category a section heading or list intro frames its items as."""
    words = frame_words(block.section, block.intro)
    for category in ("Concern", "Behaviour"):
        if words & {singular(w) for w in lexicon.frame_cues.get(category, frozenset())}:
            return category
    return ""


def sanctions_listed(block: Block) -> str:
    """"Behaviour" for an item's label under a heading or intro about
    penalties, whose body states the sanction ("## Penalties" / "- **Failure
    to post the notice:** $250"): the label names what is punished.

    >>> sanctions_listed(Block("item", "$250 for a first violation.", 0, 0, section="Penalties",
    ...                        label="Failure to post the notice"))
    'Behaviour'
    >>> sanctions_listed(Block("item", "Call 311.", 0, 0, section="Penalties", label="Questions"))
    ''
    """
    words = frame_words(block.section, block.intro)
    return "Behaviour" if words & {"penalty", "fine", "sanction"} and SANCTION_STATED.search(block.text) else ""


def _kind_after_acronym(doc: Doc, paren: int, lexicon: Lexicon) -> Token | None:
    """The policy noun that ends a name after its acronym: "Harbor Safety
    Assistance (HSA) grant program" names a programme, whose short forms are
    the long form and the acronym. None when no such noun follows ")"."""
    close = next((t.i for t in doc[paren : paren + 12] if t.text == ")"), None)
    if close is None:
        return None
    kind = None
    for tok in doc[close + 1 : close + 4]:
        if tok.pos_ not in {"NOUN", "PROPN"} or not tok.is_alpha:
            break
        if lexicon.core(choose_class(head_classes(tok, lexicon), lexicon)) == "Policy":
            kind = tok
    return kind


def _named_owner(span, lexicon: Lexicon) -> int | None:
    """Where a body's name starts whose last words an acronym spells:
    "the Office of the Utility Consumer Advocate (UCA)" is the office, named
    by a capitalised kind of body before "of (the)"; None otherwise."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    owner = root.head.head
    # a body ("Office", "Department"), not an officer's title ("the Administrator of the EPA (EPA)" is the agency)
    if not owner.is_title or owner.i >= span.start or not any(
            c in _BODY_CLASSES for c in lexicon.head_nouns.get(owner.lemma_.lower(), ())):
        return None
    return min(t.i for t in owner.subtree if t.i <= owner.i and t.dep_ != "det")


#: Classes of a body that can own a name: "the Office of the Consumer Advocate".
_BODY_CLASSES = frozenset({"GovernmentBody", "Organisation"})


def _split_long(text: str, offset: int) -> Iterator[tuple[str, int]]:
    """Cut an over-long paragraph at sentence ends so the parser never sees
    more than `_MAX_SEGMENT` characters at once; the space after the full
    stop stays behind, so the next sentence starts at its first word."""
    while len(text) > _MAX_SEGMENT:
        stop, newline = text.rfind(". ", 0, _MAX_SEGMENT), text.rfind("\n", 0, _MAX_SEGMENT)
        cut = max(stop + 2 if stop > 0 else 0, newline + 1 if newline > 0 else 0) or _MAX_SEGMENT
        yield text[:cut], offset
        text, offset = text[cut:], offset + cut
    yield text, offset


#: A news dateline opening a paragraph: "WASHINGTON -", "SPRINGFIELD, Ill. (AP) -".
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'-]+ ?){1,4}(?:, ?[A-Z][A-Za-z.]{1,14}){0,2}(?: \([A-Z]{2,12}\))? ?[-\u2013\u2014]+ (?=[A-Z])")


#: A footnote's number glued after a word's punctuation ("the Act,3 marina", "program.12 The"), as text copied
#: from a PDF has them (superscript ones are blanked when the text is read: `ingest.normalise`).
_FOOTNOTE_MARK = re.compile(r"(?:(?<=[a-z]{2}[.,;!?])|(?<=[)\]\"'][.,;!?]))(?<!\b(?:[Aa]rt|[Ss]ec|[Vv]ol|[Ff]ig|[Nn]os)\.)"
                            r"\d{1,3}(?=\s|$)"  # not "H.R.3", "No.5", "Art.3", "Ayes:7"
                            r"|(?<=[a-z.,;!?\"'\u201d\u2019)\]])\[\d{1,3}\]")  # "sale.[4][5]", "costs[12]", "Act’[4]"


def without_footnote_marks(text: str) -> str:
    """A paragraph's text with footnote numbers blanked (same length:
    offsets stay valid): the parser reads "Under the Harbor Act,3 marina
    operators must ..." with "3" inside a name.

    >>> without_footnote_marks("Under the Act,3 owners must file.12 The Board agrees.")
    'Under the Act,  owners must file.   The Board agrees.'
    >>> without_footnote_marks("Section 3.1 of Pub. L. 116-3, in 2019, 3 members; S.981, H.R.3, No.5, Art.3")
    'Section 3.1 of Pub. L. 116-3, in 2019, 3 members; S.981, H.R.3, No.5, Art.3'
    >>> without_footnote_marks("at the point of sale.[4][5] Plans pay costs[12] and fees (see [3]).")
    'at the point of sale.       Plans pay costs     and fees (see [3]).'
    """
    return _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), text)


def unwrapped(text: str) -> str:
    """A paragraph's text with the line breaks of its wrapping turned into
    spaces (same length: offsets stay valid): a hard-wrapped paragraph
    ("adopted the Clean\\nDocks Rule") is one run of prose to the parser,
    which reads a line break as a token of its own that cuts a name or a
    sentence in two.

    >>> unwrapped("adopted the Clean\\nDocks Rule")
    'adopted the Clean Docks Rule'
    """
    return text.replace("\n", " ")


def without_dateline(text: str) -> str:
    """A paragraph's text with its news dateline blanked (same length:
    offsets stay valid): the parser reads "WASHINGTON - The Department ...
    announced" with the city as the subject.

    >>> without_dateline("WASHINGTON - The Board announced a rule.")
    '             The Board announced a rule.'
    >>> without_dateline("SPRINGFIELD, Ill. (AP) - The Board met."), without_dateline("The EPA - a federal agency - acts.")
    ('                         The Board met.', 'The EPA - a federal agency - acts.')
    """
    match = _DATELINE.match(text)
    return " " * match.end() + text[match.end():] if match else text


#: The mark of a question or its answer opening a paragraph of a Q&A page: "Q:", "A.", "Answer:".
_QA_MARK = re.compile(r"(?:(?:Q|A|Question|Answer)\s?:|Q\.)(?=\s+\S)")


def without_qa_mark(text: str) -> str:
    """A paragraph's text with the "Q:" or "A:" that opens it blanked (same
    length: offsets stay valid): the parser reads "A: Managing property
    without a license is a violation" with "A" as the subject and the
    gerund as a modifier, and the sentence says nothing. The segment then
    starts after the blank.

    >>> without_qa_mark("A: Managing property without a license is a violation.")
    '   Managing property without a license is a violation.'
    >>> without_qa_mark("Q. Who needs a license?"), without_qa_mark("A. Smith signed it."), without_qa_mark("A:B")
    ('   Who needs a license?', 'A. Smith signed it.', 'A:B')
    """
    match = _QA_MARK.match(text)  # (not "A." : "A. Smith signed it" opens with an initial)
    return " " * match.end() + text[match.end():] if match else text


#: A number or letter that counts the items of a list run into a sentence: "required to (1) submit ..., (2) ...".
_ENUMERATOR = re.compile(r"(?:(?<=[\s,;:])|^)\((?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)(?=\s)")
#: Words after which a bracketed letter or number is part of a citation: "Section 5 (a)", "paragraph (2)".
_CITING_WORDS = {"section", "sec", "subsection", "paragraph", "clause", "part", "title", "article", "rule", "§"}
_CITED = re.compile(r"(?:\d|\b(?:" + "|".join(sorted(_CITING_WORDS)) + r"))\W*$", re.IGNORECASE)


def without_enumerators(text: str) -> str:
    """A paragraph's text with the counters of a list run into its
    sentences blanked (same length: offsets stay valid): the parser reads
    "required to (1) submit a plan, (2) report data" with "(1)" as what is
    required, and the verbs after it hang loose. A list counts from two
    items on; a counter after a number or a citation word ("Section 5 (a)")
    is part of the citation and stays.

    >>> without_enumerators("Recipients must (1) submit a plan, (2) report data.")
    'Recipients must     submit a plan,     report data.'
    >>> without_enumerators("Under Section 5 (a), owners register. See (c) 2024.")
    'Under Section 5 (a), owners register. See (c) 2024.'

    A paragraph whose counted list opens after a colon ("two programs: (1)
    the X program, ... (2) ...") is left as it is: its items are nouns the
    colon rules read (`relations.listed_after_colon`)."""
    counters = [m for m in _ENUMERATOR.finditer(text) if not _CITED.search(text[: m.start()])]
    if len(counters) < 2 or text[: counters[0].start()].rstrip().endswith(":"):
        return text
    out = list(text)
    for m in counters:
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def headline_case(text: str) -> bool:
    """Whether a heading capitalises its words the way a headline does
    ("Commission Finalizes Rule on Hull Paint"): then a capitalised run in
    it is no evidence of a name, and only names the article's text also
    uses, or that carry a number ("Circular 2031-07"), count.

    >>> headline_case("Commission Finalizes Rule on Hull Paint"), headline_case("What the rule does")
    (True, False)
    """
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _verb_first(block: Block, lexicon: Lexicon) -> str:
    """An item under a duty intro ("Employers must:") opens with a verb; the
    capital of "Pay workers ..." makes spaCy read a name, so the parser sees
    it in lower case (same length: offsets stay valid)."""
    text = block.text
    if block.kind == "item" and block.intro and text[:2].istitle() and (intro_duty(
            block.intro, obligation_cues=lexicon.obligation_cues, prohibition_cues=lexicon.prohibition_cues)[0]
            or _ITEMS_COMPLETE_A_VERB.search(block.intro) and re.match(r"[A-Z][a-z]+ [a-z]", text)
            and not _DENIED_INTRO.search(last := last_sentence(block.intro))
            and not _FEARED_INTRO.search(last)):
        # ("The bill would: 1. Prohibit platforms from ...": what the policy would do, a command's shape too; not
        # "nothing in the act would:" nor "Critics fear the ordinance would:", whose items are no duties it states)
        return text[0].lower() + text[1:]
    return text


#: Words that deny what a list intro's items go on to say: "nothing in the act would:", "the rule does not:".
_DENIED_INTRO = re.compile(r"\b(?:not|nothing|never|neither|nor|none|no longer)\b|n't\b", re.IGNORECASE)
#: Words of critics and their fears: "Critics fear the ordinance would:" lists worries, not what the policy does.
_FEARED_INTRO = re.compile(r"\b(?:critics?|opponents?|fears?|feared|worr(?:y|ies|ied)|warns?|warned|claims?|claimed|"
                           r"argues?|argued|contends?|contended)\b", re.IGNORECASE)
#: A list intro whose items each finish its sentence with a verb phrase: "The bill would:", "The rule will also:".
_ITEMS_COMPLETE_A_VERB = re.compile(r"\b(?:would|will|shall|must|should|may)(?:\s+(?:also|further|now))?\s*:\s*$")


def segments_of(article: Article, lexicon: Lexicon) -> list[Segment]:
    segments = []
    # where a dateline stands: the first paragraph that opens with one, among the first few (a bold headline
    # or a contact line may come before it)
    opening = next((b for b in [b for b in article.blocks if b.kind == "paragraph"][:3] if _DATELINE.match(b.text)),
                   None)
    signed = False  # past a sign-off standing alone ("Sincerely," then a blank line, then the signatories)
    unsigned = _unsigned_signatories(article.blocks)
    for block in article.blocks:
        frame = frame_of(block, lexicon)
        signed = signed or block is unsigned
        if block.kind == "heading" and not signed:  # a signatory's line may read as a heading
            segments.append(Segment(block.text, block.start, "heading", block))
            continue
        if block.label:
            segments.append(Segment(block.label, block.label_start, "label", block, frame or sanctions_listed(block)))
        lines = block.text.split("\n")
        if signed and (_AFTER_SIGNATURES.match(lines[0]) or _prose_line(lines[0])):
            signed = False  # "cc: State Water Board", "Dated May 3. Please contact ...": the signatories have ended
        # signatories listed one per item after the sign-off ("Signed," then "- Harbor Watch") sign too
        if block.kind in {"paragraph", "heading"} and (signed or _SIGN_OFF.match(lines[0])) \
                or block.kind == "item" and signed:
            offset = block.start  # "Sincerely," and one signatory a line: each line is read on its own
            for line in lines:
                if _SIGN_OFF.match(line):  # "Sincerely,", "Signed by the following organizations:": no name, no fact
                    offset += len(line) + 1
                    continue
                signing = signed or offset > block.start
                # signatories set out in columns ("Harbor Watch      Sea Aid"): each column is a name of its own
                columns = [(c.group(), offset + c.start()) for c in _COLUMN.finditer(line)] if signing else [(line, offset)]
                for column, at in columns:
                    for piece, start in _split_long(column, at) if column.strip() else ():
                        segments.append(Segment(piece, start, "signature" if signing else "body", block))
                offset += len(line) + 1
            signed = True
            continue
        if block.kind == "paragraph" and block is not opening and _line_block(lines):
            offset = block.start  # "Director Ana Whitfield / State Department of Agriculture": one name a line
            for line in lines:
                if line.strip():
                    segments.append(Segment(line, offset, "body", block, frame))
                offset += len(line) + 1
            continue
        if block.text.strip():
            text = without_dateline(block.text) if block is opening else _verb_first(block, lexicon)
            # (the answer starts after its "A:": blanked, its spaces would open the parse with a token of their own)
            lead = len(text) - len(without_qa_mark(text).lstrip(" ")) if without_qa_mark(text) != text else 0
            text = without_footnote_marks(unwrapped(without_enumerators(text)))
            for text, offset in _split_long(text[lead:], block.start + lead):
                segments.append(Segment(text, offset, "body", block, frame))
    return segments


class _ArticleExtractor:
    """Holds the per-article state while its parsed segments are read."""

    def __init__(self, article: Article, segments: list[Segment], docs: list[Doc], lexicon: Lexicon):
        self.article = article
        self.segments = segments
        self.docs = docs
        self.lex = lexicon
        self.argued = False  # an opinion piece argued in its writer's voice (set by `run`)

    def sentences(self) -> tuple[list[Sentence], list[dict[int, int]]]:
        """Sentence records, and for each doc a map token index -> sentence index.
        A list label joins the first sentence of its item, so evidence for
        "Privacy Issues" reads as the whole opening sentence."""
        sentences: list[Sentence] = []
        tok_maps: list[dict[int, int]] = []
        pending_label: tuple[int, dict[int, int]] | None = None
        text = self.article.text
        for seg, doc in zip(self.segments, self.docs):
            tok_map: dict[int, int] = {}
            for n, sent in enumerate(doc.sents):
                start = seg.offset + sent.start_char
                end = seg.offset + sent.end_char
                while end > start and text[end - 1].isspace():
                    end -= 1
                if n == 0 and pending_label is not None and seg.role == "body" and seg.block is self.segments[pending_label[0]].block:
                    start = self.segments[pending_label[0]].offset
                    label_map = pending_label[1]
                    del sentences[-1]  # the label's own sentence: it joins this one
                    for k in label_map:
                        label_map[k] = len(sentences)
                for tok in sent:
                    tok_map[tok.i] = len(sentences)
                if end > start:
                    sentences.append(Sentence(len(sentences), start, end, text[start:end], seg.block.section))
            pending_label = (self.segments.index(seg), tok_map) if seg.role == "label" else None
            tok_maps.append(tok_map)
        return sentences, tok_maps

    def acronyms(self) -> tuple[dict[str, str], list[list[Mention]]]:
        """Acronyms defined anywhere in the article, and their long forms as mentions."""
        long_forms: dict[str, str] = {}
        extra: list[list[Mention]] = []
        for seg, doc in zip(self.segments, self.docs):
            found = []
            for acr, (a, b) in find_acronyms(doc).items():
                span = doc[a:b]
                # ("Department of Transportation (DOT) regulations": a body's name, then its policy)
                body = any(self.lex.core(c) == "Actor" for c in head_classes(span.root, self.lex))
                kind = _kind_after_acronym(doc, b, self.lex) if not head_classes(span[-1], self.lex) and not body else None
                if kind is not None:  # "Harbor Safety Assistance (HSA) grant program": the programme
                    toks = tuple(range(a, kind.i + 1))
                    text = span_text(doc, toks)
                    long_forms.setdefault(acr, text)
                    cls = choose_class(head_classes(kind, self.lex), self.lex)
                    # "... Ticketing (TICKET) Act": also "TICKET Act" and the long title with its kind
                    titled = (f"{acr} {kind.text}", f"{span.text} {kind.text}") if doc[kind.i - 1].text == ")" else ()
                    found.append(Mention(toks, text, cls, "acronym", head=kind.i, variants=(span.text, *titled)))
                    continue
                owner = _named_owner(span, self.lex)
                if owner is not None:  # "the Office of the Utility Consumer Advocate (UCA)": the office
                    span = doc[owner:b]
                long_forms.setdefault(acr, span.text)
                # a name ends with its kind ("Parents with Young Children Act" is an act), unless a body's kind
                # opens it ("Office of Crop Protection Programs" is an office)
                opening = head_classes(span[0], self.lex) if len(span) > 2 and span[0].is_title \
                    and span[1].lower_ in {"of", "for", "on"} else ()
                opening = opening if any(self.lex.core(c) == "Actor" for c in opening) else ()
                cls = choose_class(opening or head_classes(span[-1], self.lex) or head_classes(span.root, self.lex),
                                   self.lex)
                if not cls and span[0].lower_ in STAGE_WORDS and span[0].is_title:
                    cls = "Law"  # "Proposed Registration Decision (PRD)": a text at a stage of its making, no body
                if not cls and span.root.ent_type_ in {"ORG"}:
                    cls = "Organisation"
                if cls and self.lex.core(cls) in {"Actor", "Policy"}:
                    found.append(Mention(tuple(range(a, b)), span.text, cls, "acronym", head=span.root.i))
            extra.append(found)
        for acr in [a for a in long_forms if a.endswith("s") and a[:-1].isupper()]:
            long_forms.setdefault(acr[:-1], long_forms[acr])  # "pharmacy benefit managers (PBMs)", then "a PBM"
        return long_forms, extra

    def run(self) -> Extraction:
        sentences, tok_maps = self.sentences()
        long_forms, acronym_mentions = self.acronyms()
        # an opinion piece whose writer backs nothing argues in the writer's own voice (`writer_voices`)
        self.argued = bool(self.article.author) and opinion_piece(self.article.title, self.segments) \
            and not _BACKING.search(self.article.text)
        finding = replace(Finding.for_article(self.lex, long_forms), kinds=said_kinds(self.docs, self.lex),
                          opinion=self.argued)
        resolver = Resolver(self.lex, long_forms)
        policy_classes = frozenset(c for c, core in self.lex.core_of.items() if core == "Policy")
        policy_acronyms = frozenset(acr for acr, text in long_forms.items() if text.split() and any(
            self.lex.core(c) == "Policy" for c in self.lex.head_nouns.get(singular(text.split()[-1].lower()), ())))
        found = []
        body = " ".join(seg.text.lower() for seg in self.segments if seg.role != "heading")
        # a policy the body names ("the Clean Boats Rule"): then a title's policy the body never names is none
        named_policy = any(t.is_title and not t.is_sent_start and t.i > 0 and doc[t.i - 1].is_title
                           and doc[t.i - 1].pos_ != "DET"  # ("The Framework" calls a name back; it names none)
                           and any(self.lex.core(c) == "Policy" for c in head_classes(t, self.lex))
                           for seg, doc in zip(self.segments, self.docs) if seg.role != "heading" for t in doc)
        called = {w for seg in self.segments if seg.role != "heading"  # "the Commission", "the rule", "the proposed rule"
                  for w in re.findall(rf"\b[Tt]he (?:(?:{'|'.join(sorted(STAGE_WORDS))}) )?([A-Za-z][a-z]+)\b", seg.text)}
        prose = [k for k, seg in enumerate(self.segments) if seg.block.kind == "paragraph"
                 and seg.block.text.rstrip().endswith((".", "!", "?", '"'))]
        for k, (seg, doc, extra) in enumerate(zip(self.segments, self.docs, acronym_mentions)):
            mentions, described = find_mentions(finding, doc, seg)
            numbered = any(m.source == "number" for m in mentions)  # "S. 981, the Harbor Markets Act": named beside it
            numbered |= bool(DIVISION_HEADING.match(seg.text))  # "Part 412 - Mooring Safety Standards"
            # a title line too long for a heading ("Delmont Did Not Ensure That ... Met Inspection Requirements")
            titled = seg.role == "heading" or seg.block.kind == "paragraph" and not seg.text.rstrip().endswith(
                (".", "!", "?", ":", ";", ",", '"')) and seg.text.strip() == seg.block.text.strip() \
                and bool(prose) and k < prose[-1] and not _field_name(seg.block) \
                and not _SPONSOR_FIELD.match(seg.text.strip())  # over prose: not a signature line or a sponsor field
            # at the end, nor a memo's header field ("From: Dr. Ana Ruiz, Provost")
            if titled and headline_case(seg.text) and not numbered:
                own = seg.text.lower() if seg.role != "heading" else ""  # a body line does not vouch for itself
                mentions = [m for m in mentions if body.count(m.text.lower()) > own.count(m.text.lower())
                            or any(c.isdigit() for c in m.text)
                            or m.text == seg.text.strip()  # a line that is a name: "Federal Trade Commission"
                            or m.cls == "Person" and author_line(doc, mentions)  # "Ana Ruiz and Ben Ode"
                            or (m.cls in BODY_CLASSES or seg is self.segments[0] and not named_policy)
                            and _called_back(m, called, self.lex)]
            found.append((mentions + extra, described))
        repeated = _repeated_descriptions([d for _f, described in found for d in described])
        per_doc: list[list[Mention]] = []
        for (mentions, described), tok_map, doc in zip(found, tok_maps, self.docs):
            chosen = _non_overlapping(mentions + [d for d in described if d.text.lower() in repeated],
                                      policy_classes, policy_acronyms)
            for m in chosen:
                m.sentence = tok_map.get(m.head, tok_map.get(m.tokens[0], -1))
                _within_sentence(m, doc, tok_map)
                resolver.assign(m)
            per_doc.append(chosen)
        national = national_acronyms(self.docs)
        _add_undefined_acronyms(self.docs, per_doc, tok_maps, national)
        _add_addressed_reader(self.docs, per_doc, tok_maps, self.segments, self.article.title, self.lex, resolver)
        _add_programme_names(self.docs, per_doc, tok_maps, self.lex)
        _add_repeated_names(self.docs, per_doc, tok_maps, self.lex)
        _add_business_short_names(self.docs, per_doc, tok_maps, self.lex)
        _merge_dated_names(self.docs, per_doc, self.lex)
        _merge_year_references(self.docs, per_doc, self.lex)  # before "the Act" is called back
        _add_name_head_callbacks(self.docs, per_doc, tok_maps, self.lex)
        _add_capitalised_kind_callbacks(self.docs, per_doc, tok_maps, self.lex)
        _add_proposal_callbacks(self.docs, per_doc, tok_maps, self.lex)
        _add_person_references(self.docs, per_doc, tok_maps, self.lex.person_titles)
        _merge_people([m for ms in per_doc for m in ms], self.lex.person_titles)
        if self.argued or self.article.author and own_voice(self.docs):
            _add_writer_mentions(self.docs, per_doc, tok_maps, self.article.author, resolver)
        _merge_short_names([m for ms in per_doc for m in ms], legal_names=_legally_named(self.docs, per_doc),
                           policy_classes=policy_classes, national=national,
                           policy_kinds=self.lex.generic.get("Policy", frozenset()))
        _merge_initialled_titles([m for ms in per_doc for m in ms], self.lex)  # "SB 612": before its title is joined
        _merge_numbered_names(self.docs, per_doc, self.lex)
        _merge_cited_divisions(per_doc, self.lex)
        _merge_bracketed_names(self.docs, per_doc, self.lex)
        _merge_defined_descriptions(self.docs, per_doc, self.lex)
        _merge_known_as(self.docs, per_doc, self.lex)
        _merge_acting_as(self.docs, per_doc, self.lex)
        _merge_enacted_as(self.docs, per_doc, self.lex)
        _merge_short_titles([m for ms in per_doc for m in ms], self.lex)
        _merge_headline_short_names(per_doc, self.segments, self.lex)
        _merge_possessed_names(self.docs, per_doc)
        _merge_names_cut_before_their_object([m for ms in per_doc for m in ms], self.lex)
        _merge_policies_by_core(per_doc, self.lex)
        _merge_sectioned_names(self.docs, per_doc, self.lex)
        _merge_definite_references(self.docs, per_doc, self.segments)
        _merge_kind_callbacks(self.docs, per_doc, self.lex)
        _merge_kind_after_its_making(self.docs, per_doc, self.lex)
        _merge_place_laws(self.docs, per_doc)
        _drop_trade_senses(self.docs, per_doc)
        _merge_the_company(self.docs, per_doc)
        _merge_the_agency(self.docs, per_doc)
        _merge_appositive_descriptions(self.docs, per_doc, self.lex)
        _merge_programme_descriptions(per_doc, self.lex)
        _merge_instrument_callbacks(self.docs, per_doc, self.lex)
        _merge_class_nouns([m for ms in per_doc for m in ms], self.lex)
        _merge_policy_descriptions([m for ms in per_doc for m in ms], self.lex)
        _extend_headline_names(self.docs, per_doc, self.lex)
        _merge_national_governments([m for ms in per_doc for m in ms])
        _merge_instrument_kind_mentions(self.docs, per_doc, self.lex)
        _merge_self_given_titles(self.docs, per_doc)
        _merge_numbered_title_lines(per_doc, self.segments, self.lex)
        _merge_short_title_fields(per_doc, self.segments, self.lex)
        _add_unnamed_main_policy(self.docs, per_doc, tok_maps, resolver, self.lex)
        _add_introduced_policies(self.docs, per_doc, tok_maps, resolver, self.lex)
        entities = resolver.entities([m for ms in per_doc for m in ms])
        titles = _section_titles(entities, per_doc, self.segments, self.lex)
        if self.segments and self.segments[0].role == "heading" and not named_policy:
            # "FAQ: The Clean Trucks Rule" above "the rule requires ...": an article naming no other policy is about it
            titles -= {m.key for m in per_doc[0] if _called_back(m, called, self.lex)}
        first = self.segments[0] if self.segments else None
        if first is not None and first.role == "heading" and (division := DIVISION_HEADING.match(first.text)):
            # "Part 412 - Mooring Safety Standards" above "this part applies to ...": the text is that division
            word = division.group().split()[0].lower()
            if re.search(rf"\b[Tt]his {re.escape(word)}\b", self.article.text):
                titles -= {m.key for m in per_doc[0]}
        entities = [e for e in entities if e.key not in titles]
        relations = self.relations(entities, per_doc, tok_maps, resolver)
        used = {e.key for e in entities} - _passing_names(entities, relations) - _lone_doers(entities) \
            - _tagger_misreadings(entities) - contact_details(entities, self.article.text)
        relations = tuple(r for r in relations if r.subject in used and r.object in used)
        return Extraction(self.article, tuple(sentences), tuple(e for e in entities if e.key in used), relations)

    def relations(self, entities: list[Entity], per_doc: list[list[Mention]], tok_maps, resolver: Resolver) -> tuple[Relation, ...]:
        categories = {e.key: e.category for e in entities}
        classes = {e.key: e.subclass for e in entities}
        actor_names = {normalise_name(n): e.key for e in entities if e.category == "Actor" for n in (e.label, *e.aliases)}
        # the main policy: the one said most often; a common noun said once ("its survey process") is none
        generic = self.lex.generic.get("Policy", frozenset())
        policy_nouns = policy_head_nouns(self.lex)
        # a hearing record lists both sides ("Support: ..." and "Oppose: ..."); a guide's "Support:" lists helplines
        sides_recorded = {"supports", "criticizes"} <= {position_field(seg.text) for seg in self.segments}
        # "the measure", "the law": each time the article calls a policy back by a bare kind noun
        calls = Counter(t.lemma_.lower() for doc in self.docs for t in with_lemmas(doc, generic)
                        if definite_policy_noun(t, generic))
        # "EPA proposed amendments to the standards ... praised the proposal": the one thing proposed is "the proposal"
        proposed = _proposed_policies(self.docs, per_doc, lambda m: categories.get(m.key) == "Policy")
        policies = [e for e in entities if e.category == "Policy" and e.sentences
                    and (len(e.sentences) >= 2 or not _common_noun_policy(e) or proposed == {e.key} and calls["proposal"])]
        if not policies and sum(calls.values()) >= 2:
            # "Under the ordinance, ... opposed the measure ... will run the program": an article that never
            # names its policy keeps calling it back; the policies it describes, said once, may be what it is about
            policies = [e for e in entities if e.category == "Policy" and e.sentences]
        # "... a Georgia law that prohibits ... the law ... the law": calling a policy back by its kind noun counts too
        # ("This section requires ...", said of each section in turn, calls no one section back)
        topic = max(policies, key=lambda e: (len(e.sentences) + (0 if e.label.split()[0].lower() in _PART_NOUNS
                                                                 else calls[singular(kind_word(e.label).lower())])
                                             + (calls["proposal"] if proposed == {e.key} else 0),
                                             -e.sentences[0])).key if policies else ""
        own = _own_division(self.segments, per_doc, self.article.text,
                            frozenset(c for c, core in self.lex.core_of.items() if core == "Policy"))
        topic = own if own in categories else topic  # "Part 12 - ..." above "this part applies to ...": the text's own
        topic = _subject_field_policy(self.segments, per_doc, categories) or topic  # "Re: Policy IT-27"
        memo_issuer = not any(_field_name(seg.block) in {"re", "subject"} and _COMMENTING.match(
            FIELD_LINE.sub("", seg.block.text.strip(), count=1).strip(" *_")) for seg in self.segments)
        signers = signatories(self.segments, self.docs, per_doc, categories)
        reporters = [] if signers else report_writers(self.segments, self.docs, per_doc, classes)
        article = replace(Reading.for_article(self.lex, categories, classes, topic),
                          authors=tuple(signers or reporters or titled_writers(self.segments, per_doc, categories)
                                        or release_writers(self.segments, self.docs, per_doc, classes)),
                          # (a letter's "From:" line writes in its own name: its worries are its own)
                          reporting=bool(reporters) and not any(_field_name(seg.block) == "from"
                                                                for seg in self.segments),
                          writer=next((e.key for e in entities if e.category == "Actor" and self.article.author
                                       and self.article.author.lower() in {e.label.lower(), *map(str.lower, e.aliases)}),
                                      ""),
                          named_kinds=tuple((singular(kind_word(e.label).lower()), e.key) for e in entities
                                            if e.category == "Policy" and _is_name(e.label)),
                          # every kind a policy's names give it ("H.R. 4172" is also "the Safe Docks Act")
                          kinds_of=tuple((e.key, frozenset(singular(kind_word(n).lower()) for n in (e.label, *e.aliases)
                                                           if _is_name(n) and n.split())) for e in entities
                                         if e.category == "Policy"),
                          topic_words=frozenset(singular(w.lower()) for e in entities if e.key == topic
                                                for n in (e.label, *e.aliases) if _is_name(n) for w in n.split()))
        found: dict[tuple[str, str, str], set[int]] = defaultdict(set)
        recommendations = {int(number.group(1)): e.key for e in entities if e.category == "Policy"
                           for n in (e.label, *e.aliases) if (number := _RECOMMENDATION_NUMBER.fullmatch(n))}
        label_keys: dict[int, list[str]] = {}
        critics_in: dict[str, list[tuple[str, str, int]]] = defaultdict(list)  # paragraph -> (critic, policy, sentence)
        policies_in: dict[str, list[str]] = defaultdict(list)  # paragraph -> policies it names
        subject_policy_in: dict[str, str] = {}  # paragraph -> the named policy its last sentence on one is about
        question: Reading | None = None  # the question the next block answers
        earlier: list[tuple[str, str]] = []  # policies named so far, with their kind: what "the bill" stands for
        previous_block = None
        headed = _policy_of_headings(self.segments, per_doc, categories, self.article.title)
        for seg, doc, mentions, tok_map in zip(self.segments, self.docs, per_doc, tok_maps):
            block_id = id(seg.block)
            if seg.block is not previous_block and seg.role != "label":
                if question is not None:
                    for fact in answered(question, article.for_segment(doc, seg, mentions, [], "")):
                        if _fits(fact, categories):
                            found[(fact.subject, fact.predicate, fact.object)].add(tok_map.get(fact.token, -1))
                question = article.for_segment(doc, seg, mentions, [], "") if is_question(doc) else None
                previous_block = seg.block
            if seg.role == "label":
                label_keys[block_id] = [m.key for m in mentions]
                for key, pred, obj, sentence in _listed_worries(seg.block, label_keys[block_id], categories, critics_in):
                    found[(key, pred, obj)].add(sentence)
                policy = headed.get(seg.block.section) or topic
                listed = _letter_listed_worries(seg.block, label_keys[block_id], categories, article, policy)
                for key, pred, obj in listed:
                    found[(key, pred, obj)].add(tok_map.get(0, -1))
                # "- Wage Violations: Failing to pay ...", "| Paying cash for a converter | $1,000 |" under "Violation"
                for m, pred in _listed_conduct(mentions, classes, seg.block.context if seg.block.row else ""):
                    found[(policy, pred, m.key)].add(tok_map.get(m.head, -1))
                covering = _covering_policy(seg.block, subject_policy_in, policies_in, topic, policy_nouns)
                for m in (m for m in mentions if covering and categories.get(m.key) == "Actor"):
                    found[(covering, "evaluates", m.key)].add(tok_map.get(m.head, -1))  # "- **Banks** and lenders;"
                for m in mentions:  # "- Blacklists: ...": a mechanism of the policy the list describes
                    if categories.get(m.key) == "Policy" and m.key != policy and policy:
                        found[(m.key, "partOf", policy)].add(tok_map.get(m.head, -1))
                continue
            context_keys = self._context_keys(seg.block, resolver, categories, actor_names)
            reading = article.for_segment(doc, seg, mentions, label_keys.get(block_id, []), context_keys, tuple(earlier))
            if headed.get(seg.block.section) and seg.role != "heading":
                # "## The Harbor Act" ... "It would ban ..."
                reading = replace(reading, topic=headed[seg.block.section], sectioned=True)
            earlier += [(m.key, mention_kind(doc, m)) for m in sorted(reading.mentions, key=lambda m: m.head)
                        if categories.get(m.key) == "Policy"]
            if seg.block.kind == "item" and seg.block.text.rstrip().endswith(":"):  # an item introducing items
                policies_in[seg.block.text.strip()] += [m.key for m in mentions if categories.get(m.key) == "Policy"]
                subject_policy_in[seg.block.text.strip()] = reading.subject_policy()
            if seg.block.kind == "paragraph":
                policies_in[seg.block.text] += [m.key for m in mentions if categories.get(m.key) == "Policy"]
                subject_policy_in[seg.block.text] = reading.subject_policy() or subject_policy_in.get(seg.block.text, "")
            elif seg.block.kind == "item" and (numbered := _numbered_recommendation(
                    seg.block, self.article.text, recommendations)):
                reading = replace(reading, intro_policy=numbered)  # "We recommend that CNS: 1. Require ..."
            elif seg.block.kind == "item" and subject_policy_in.get(seg.block.intro, topic) != topic:
                # "The Orders prohibit employers from ... Among other things, youth may not:": the items are its
                reading = replace(reading, intro_policy=subject_policy_in[seg.block.intro])
            stance = listed_stance(seg.block.intro) if seg.block.kind == "item" else ""
            held = (policies_in.get(seg.block.intro) or [topic])[0] if stance else ""
            opening = next((t.i for t in doc if t.is_alpha and t.pos_ != "DET"), -1)
            for m in (m for m in mentions if held and categories.get(m.key) == "Actor" and m.tokens[0] <= opening):
                # "endorsed by:" / "- Parents for Safe Sleep": the body the item opens with, not those its clause names
                found[(m.key, stance, held)].add(tok_map.get(m.head, -1))
            position = position_field(text_of(doc)) \
                if topic and seg.block.kind == "paragraph" and sides_recorded else ""
            for m in _positions_listed(doc, mentions, categories) if position else []:
                # "Support: Harbor Parents Association; Rural Families for Clean Air." under a bill's hearing record
                found[(m.key, position, topic)].add(tok_map.get(m.head, -1))
            covering = _covering_policy(seg.block, subject_policy_in, policies_in, topic, policy_nouns)
            for m in (m for m in mentions if covering and categories.get(m.key) == "Actor" and m.tokens[0] <= opening):
                # "The Framework applies to three sectors:" / "- banks and other lenders;": whom it covers, it evaluates
                found[(covering, "evaluates", m.key)].add(tok_map.get(m.head, -1))
            if topic and memo_issuer and _field_name(seg.block) == "from":  # "From: the Provost": who issues its policy
                for m in (m for m in mentions if categories.get(m.key) == "Actor"):
                    found[(topic, "issuedBy", m.key)].add(tok_map.get(m.head, -1))
            sponsor_line = bool(topic and _SPONSOR_FIELD.match(seg.text.strip()))
            for m in (m for m in mentions if sponsor_line and m.tokens and classes.get(m.key) == "Person"):
                # "Sponsor: Sen. Ana Ruiz [D-NM]", "Cosponsors: ...": a bill page's sponsors back the bill it is about
                before = text_of(doc)[: doc[m.tokens[0]].idx]
                labels = _FIELD_LABEL.findall(before)  # the last field label before the name is its field
                value = before[before.rfind(labels[-1] + ":"):] if labels else ""
                ended = any(w.lower() not in _TITLE_ABBREVIATIONS for w in re.findall(r"(\w+)\.\s+[A-Z]", value))
                field = _SPONSOR_FIELD.match(labels[-1] + ":") if labels and not ended else None  # (not prose after it)
                if field:
                    found[(m.key, "supports", topic)].add(tok_map.get(m.head, -1))
                    if not field.group(1).lower().startswith("co"):
                        found[(topic, "issuedBy", m.key)].add(tok_map.get(m.head, -1))
            for fact in read(reading):
                # "an amendment, offered by Rep. Ruiz, would have barred X": what never came to be is not
                # imposed, though who offered it did so
                if _fits(fact, categories) and not (fact.predicate != "issuedBy" and 0 <= fact.token < len(doc)
                                                    and unrealised(doc[fact.token])):
                    found[(fact.subject, fact.predicate, fact.object)].add(tok_map.get(fact.token, -1))
                    if fact.predicate == "criticizes" and seg.block.kind == "paragraph":
                        critics_in[seg.block.text].append((fact.subject, fact.object, tok_map.get(fact.token, -1)))
        speakers = quote_speakers(self.segments, self.docs, per_doc, classes)  # read once, for both rules below
        for (s, p, o), sents in _quoted_stances(speakers, self.docs, per_doc, tok_maps, categories, found).items():
            found[(s, p, o)] |= sents
        for key, sents in _issuer_voices(speakers, self.docs, per_doc, tok_maps, categories, found, topic).items():
            found[key] |= sents
        for key, sents in _vote_tallies(self.segments, self.docs, per_doc, tok_maps, entities, topic).items():
            found[key] |= sents
        for key, sents in _bills_before_congress(entities).items():
            found[key] |= sents
        facts = self._pilot_parts(entities, topic, found) | _numbered_parts(entities, topic, found)
        for key, sents in facts.items():
            found[key] |= sents
        if article.writer and self.argued:
            label = next((e.label for e in entities if e.key == topic), "")
            called = kind_called_back(self.docs, tok_maps, kind_word(label)) if label else set()
            for key, sents in writer_voices(entities, found, article.writer, topic, called).items():
                found[key] |= sents
        for key, sents in critics_worries(found).items():
            found[key] |= sents
        labels = {e.key: e.label for e in entities}
        business = {e.key for e in entities if e.subclass == "Business" or e.category == "Actor" and any(
            ends_in_legal_form(n) for n in (e.label, *e.aliases))}
        issuers = defaultdict(set)
        for (s, p, o) in found:
            if p == "issuedBy":
                issuers[s].add(o)

        def bilateral(policy: str) -> bool:  # a settlement, or an agreement or order a public body also makes
            label = labels.get(policy, " ").lower()
            head = singular(label.split()[-1])
            public = {o for o in issuers[policy] if classes.get(o) in {"GovernmentBody", "Person"}}
            return head in _SETTLEMENTS or label.startswith("consent ") or head in _BILATERAL and bool(public)

        coalitions = {e.key for e in entities if "coalition" in e.sources} or _named_coalition(entities, article.authors)
        parts = {e.key for e in entities if e.category == "Policy" and e.label.split()[0].lower() in _PART_NOUNS}
        for key, moved in _coalition_voice(found, article.authors, coalitions, parts):
            found[moved] |= found.pop(key)
        for (s, p, o) in [k for k in found if k[1] == "issuedBy" and k[2] in business and bilateral(k[0])]:
            # "a settlement with Acme Inc.", "the consent order, which the company signed": a business is
            # party to the settlement or order it signs, which regulates it; the regulator issues it
            found[(s, "evaluates", o)] |= found.pop((s, p, o))
        for key in against_own_policy(found):
            del found[key]
        return tuple(
            Relation(s, p, o, tuple(sorted(i for i in sents if i >= 0)))
            for (s, p, o), sents in sorted(found.items())
        )

    def _context_keys(self, block: Block, resolver: Resolver, categories: dict[str, str],
                      names: dict[str, str]) -> tuple[str, ...]:
        """"For Businesses:" above an item, or an intro "Employers must:":
        the item's conduct is theirs. "The order imposes requirements on Acme
        and its owner. They must:": "they" are the actors the intro named
        last."""
        text = re.sub(r"^for\s+", "", block.context, flags=re.IGNORECASE) if block.context else ""
        kind = ""
        if not text and block.kind == "item" and block.intro:
            kind, text = intro_duty(block.intro, obligation_cues=self.lex.obligation_cues,
                                    prohibition_cues=self.lex.prohibition_cues)
        if not text and block.kind == "item" and (kind or not block.intro):
            # under "What employers may not do" (not a list of what they may do, "Hosts may:", under it)
            text = heading_doer(block.section)
        if not text:
            return ()
        if text.lower() in {"they", "it"} and not block.context:  # "It must:" may be the policy: no one
            return named_before_pronoun(block.intro, names) if text.lower() == "they" else ()
        whole = self._actor_key(text, resolver, categories, names) or _longer_actor_key(text, names, categories)
        if whole:
            return (whole,)
        keys = [self._shorter_actor_key(part, resolver, categories, names) for part in listed_doers(text)]
        return tuple(dict.fromkeys(k for k in keys if k))

    def _shorter_actor_key(self, text: str, resolver: Resolver, categories: dict[str, str],
                           names: dict[str, str]) -> str:
        """The actor one doer of a list intro names, as written or without its
        first words, down to two: "third-party delivery platforms" where the
        article's actor is named "delivery platforms"."""
        words = text.split()
        return next((k for n in range(len(words) - 1 if len(words) > 2 else 1)
                     if (k := self._actor_key(" ".join(words[n:]), resolver, categories, names))), "")

    @staticmethod
    def _actor_key(text: str, resolver: Resolver, categories: dict[str, str], names: dict[str, str]) -> str:
        key, _ = resolver.key_for(text, "Actor")
        if categories.get(key) != "Actor":  # "The Department should:", the Department named in full before
            key = names.get(normalise_name(text), "")
        return key if categories.get(key) == "Actor" else ""

    def _pilot_parts(self, entities: list[Entity], topic: str, found) -> dict[tuple[str, str, str], set[int]]:
        """A pilot programme is part of the article's main system."""
        out: dict[tuple[str, str, str], set[int]] = {}
        topic_entity = next((e for e in entities if e.key == topic), None)
        if topic_entity is None or "pilot" in topic_entity.label.lower():
            return out
        for e in entities:
            names = [e.label, *e.aliases]
            if e.category == "Policy" and e.key != topic and any(re.search(r"\bpilot", n, re.IGNORECASE) for n in names):
                if not any(s == e.key and p == "partOf" for (s, p, _o) in found):
                    out[(e.key, "partOf", topic)] = {e.sentences[0]} if e.sentences else set()
        return out


#: The label an opinion piece opens under, alone on its line or before a colon, bar or dash: "OPINION",
#: "Op-Ed: ...", "Guest column | Housing" (not "Opinion poll: ...", "Commentary period opens").
_OPINION_LABEL = re.compile(r"(?:opinion|op-ed|oped|commentary|guest (?:column|opinion|essay)|viewpoint|my view|"
                            r"perspective|column)\s*(?:$|[:|\u2014\u2013]|-\s)", re.IGNORECASE)
#: A writer's own words of backing: "I applaud the council", "we urge lawmakers to pass it", "I will vote yes".
_BACKING = re.compile(r"\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:applaud|commend|support|welcome|endorse|urge|praise|"
                      r"vote\s+yes|back)\b|\bwelcome step\b", re.IGNORECASE)


def against_own_policy(found: dict[tuple[str, str, str], set[int]]) -> list[tuple[str, str, str]]:
    """Criticism read as coming from the body that issues the policy ("the
    Department has said it is concerned about underreporting", of its own
    standard): a maker's worry is about what its policy meets, not against
    the policy, so such a stance is a misreading.

    >>> against_own_policy({("rule", "issuedBy", "dept"): set(), ("dept", "criticizes", "rule"): set(),
    ...                     ("union", "criticizes", "rule"): set()})
    [('dept', 'criticizes', 'rule')]
    """
    return sorted((s, p, o) for (s, p, o) in found if p == "criticizes" and (o, "issuedBy", s) in found)


def opinion_piece(title: str, segments: list[Segment]) -> bool:
    """Whether the article's title or one of its first lines labels it an
    opinion piece ("OPINION", "Op-Ed: ...", "Guest column"): its writer
    argues in their own voice, where a reporter or a research service
    only relays what others say.

    >>> opinion_piece("OPINION", []), opinion_piece("Council approves rental limits", [])
    (True, False)
    >>> opinion_piece("Opinion poll: voters back the levy", []), opinion_piece("Op-Ed: The levy is a bad deal", [])
    (False, True)
    """
    lines = [title, *(seg.text for seg in segments[:3])]
    return any(_OPINION_LABEL.match(line.strip(" *#_|:")) for line in lines if line)


def kind_called_back(docs: list[Doc], tok_maps: list[dict[int, int]], kind: str) -> set[int]:
    """The sentences that call a policy back by its kind word ("the order
    allows", "praised this ordinance" for "General Order 4.27"), by index:
    the word as a clause's subject or object."""
    if not kind:
        return set()
    # (the policy acted or said of, not a phrase: "in the order they arrive", "by order of the court")
    return {tok_map[t.i] for doc, tok_map in zip(docs, tok_maps) for t in doc[1:]
            if t.lower_ == kind.lower() and doc[t.i - 1].lower_ in {"the", "this"} and t.i in tok_map
            and t.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"}}


def writer_voices(entities: list[Entity], found: dict[tuple[str, str, str], set[int]],
                  writer: str, topic: str, called: Iterable[int] = ()) -> dict[tuple[str, str, str], set[int]]:
    """In an opinion piece its byline signs ("By Rachel Donovan") and that
    backs nothing in the writer's words ("I applaud ..."), the worries no
    one else is said to voice are the writer's ("There is also a
    transparency problem"), about the policy the piece argues over when it
    is named, or called back by its kind word (`called`, sentence indices),
    in that sentence or the two before unless the text says what else; and
    a policy the writer worries about is one the writer criticises (unless
    the writer is said to support it)."""
    voiced = {o for (_s, p, o) in found if p == "raisesConcern"}
    about = {s for (s, p, _o) in found if p == "concernAbout"}
    # (named, or called back by its kind word: "the order" for "General Order 4.27")
    near = {i + k for e in entities if e.key == topic for i in [*e.sentences, *called] for k in (0, 1, 2)}
    out: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for e in entities:
        if e.category == "Concern" and e.key not in voiced:
            out[(writer, "raisesConcern", e.key)] |= set(e.sentences[:1])
            if topic and e.key not in about and e.sentences and e.sentences[0] in near:
                out[(e.key, "concernAbout", topic)] |= set(e.sentences[:1])
    own = {o for (s, p, o) in [*found, *out] if s == writer and p == "raisesConcern"}
    for (concern, p, policy), sents in [*found.items(), *out.items()]:
        if p == "concernAbout" and concern in own and (writer, "supports", policy) not in found:
            out[(writer, "criticizes", policy)] |= sents
    return out


def critics_worries(found: dict[tuple[str, str, str], set[int]]) -> dict[tuple[str, str, str], set[int]]:
    """"The union opposes the bill. It warned of job losses": a worry its
    voice ties to no policy is about the one policy that voice criticises,
    within two sentences of saying so (not when it criticises several:
    which one it means is not said)."""
    about = {s for (s, p, _o) in found if p == "concernAbout"}
    criticised: dict[str, set[str]] = defaultdict(set)
    for (s, p, o) in found:
        if p == "criticizes":
            criticised[s].add(o)
    out: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for (voice, p, worry), sents in found.items():
        if p == "raisesConcern" and worry not in about and len(criticised[voice]) == 1:
            policy = next(iter(criticised[voice]))
            said = found[(voice, "criticizes", policy)]
            if any(abs(i - j) <= 2 for i in sents for j in said):  # said near the criticism, not "separately"
                out[(worry, "concernAbout", policy)] |= sents
    return out


def listed_doers(text: str) -> list[str]:
    """The doers a list intro joins ("Employers and labor contractors
    must:", "All public and private schools and licensed child care
    facilities must:"), each without the word that says all of them; two
    neighbours joined again too, as "and" may join two words of one doer
    ("public and private schools").

    >>> listed_doers("Employers and labor contractors")
    ['Employers', 'labor contractors', 'Employers and labor contractors']
    >>> listed_doers("All public and private schools and clinics")[-2:]
    ['public and private schools', 'private schools and clinics']
    >>> listed_doers("Employers")
    []
    >>> listed_doers("restaurants, bars and delivery platforms operating in the city")[:3]
    ['restaurants', 'bars', 'delivery platforms']
    """
    text = re.sub(r"^(?:all|each|every|any|both|either|neither)\s+", "", text.strip(), flags=re.IGNORECASE)
    text = _TRAILING_CLAUSE.sub("", text)  # "... and platforms operating in the city": who they are, said of all
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and/or|and|or|nor)\s+", text) if p.strip()]
    if len(parts) < 2:
        return []
    return parts + [f"{a} and {b}" for a, b in zip(parts, parts[1:])]


#: A clause or participle that ends a list of doers: "that list local restaurants", "operating in the city",
#: "licensed in the county" (whose place is no doer).
_TRAILING_CLAUSE = re.compile(r"\s+(?:(?:that|who|which)\s"
                              r"|\w+(?:ing|ed)\s+(?:in|on|at|within|from|for|under|by|with|out)\s).*$")


#: A hearing record's field of positions: "Support:", "Opposed:", "Opponents:", "In support:".
_POSITION_FIELD = re.compile(r"^\W*(?:(support|supporters|supported by|in support|proponents)|"
                             r"(oppose|opposed|opposed by|opponents|opposition|in opposition|oppose unless amended))"
                             r"\W*:", re.IGNORECASE)


def position_field(text: str) -> str:
    """The stance a hearing record's position field gives those it lists.

    >>> position_field("Support: Harbor Parents Association."), position_field("Opponents: the Farm Bureau")
    ('supports', 'criticizes')
    >>> position_field("Supporters say the bill works.")
    ''
    """
    field = _POSITION_FIELD.match(text)
    return "" if field is None else "supports" if field.group(1) else "criticizes"


def _positions_listed(doc: Doc, mentions: list[Mention], categories: dict[str, str]) -> list[Mention]:
    """"Support: A; B; C." / "Oppose: D, which argued that ...": a position
    field's first sentence lists the bodies holding that position on the
    policy the page is about; not those named inside what they said."""
    first = next(iter(doc.sents))
    colon = next((t.i for t in doc if t.text == ":"), len(doc))
    if first.root.i > colon and first.root.pos_ in {"VERB", "AUX"}:
        return []  # "Support: call the helpline ...", "Support: The Office offers advice": prose, no list
    return [m for m in mentions if categories.get(m.key) == "Actor" and colon < m.tokens[0] and m.head < first.end
            and m.cls != "Country"  # (a place's name opening a body's: "Brandt Legal Aid")
            and doc[m.tokens[0]].text[:1].isupper()  # a body's name ("Opposed: tenants in older buildings": none)
            and not any(a.dep_ in {"relcl", "acl", "ccomp", "advcl", "xcomp", "pobj"} for a in doc[m.head].ancestors)
            and doc[m.head].dep_ != "pobj"]  # (nor "according to Okafor")


def _covering_policy(block: Block, subject_policy_in: dict[str, str], policies_in: dict[str, list[str]],
                     topic: str, policy_nouns: frozenset[str]) -> str:
    """The policy an item's covering intro says applies to it ("The
    Framework applies to three sectors:"): the policy whose reach the intro
    states ("it", "the Framework", a policy noun), the one it names or else
    the article's; "" for any other item."""
    if block.kind != "item" or not covering_intro(block.intro):
        return ""
    last = last_sentence(block.intro)
    reach = _COVERING_SUBJECT.search(last)  # "the Framework applies to", "It covers:"
    if reach is None or reach.group(1) and singular(reach.group(1).lower()) not in policy_nouns:
        return ""  # ("The agency's annual report covers:": no policy's reach)
    if reach.group(1):  # "the plan applies to:": the policy of that kind the intro or the article is about
        kind = singular(reach.group(1).lower())
        named = [k for k in [subject_policy_in.get(block.intro, ""), *policies_in.get(block.intro, []), topic]
                 if k and singular(k.split("-")[-1]) == kind]
        return named[0] if named else ""
    return subject_policy_in.get(block.intro) or (policies_in.get(block.intro) or [topic])[0]


#: The subject of a covering intro's verb: a pronoun, or "the" and a noun ("the Framework", "the new rule").
_COVERING_SUBJECT = re.compile(r"(?:^|\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:new\s+|revised\s+|proposed\s+)?([A-Za-z]+)|"
                               r"\b(?:[Ii]t|[Tt]his|[Tt]hey|[Tt]hese))\s+(?:now\s+|also\s+|only\s+|will\s+|would\s+)?"
                               r"(?:appl|cover|extend)")


def named_before_pronoun(intro: str, names: dict[str, str]) -> tuple[str, ...]:
    """The actors a list intro's "they" stands for, in the last sentence
    before it that names any: the group of actors joined by "and" that the
    sentence binds ("imposes duties on Acme and Jo Hale", "requires
    employers to protect workers", "applies to ..."); never a group it sets
    apart ("but not their lenders"). A sentence that binds no one leaves
    "they" no one's. Read from the names the article gives its actors.

    >>> names = {"acme inc": "a", "jo hale": "j", "hale": "j", "court": "c", "lender": "l", "worker": "w",
    ...          "employer": "e"}
    >>> named_before_pronoun("The order binds Acme Inc. and Jo Hale. They must:", names)
    ('a', 'j')
    >>> named_before_pronoun("The order, approved by the court, imposes duties on Acme Inc. and Jo Hale. They must:",
    ...                      names)
    ('a', 'j')
    >>> named_before_pronoun("The rule requires employers to protect workers from heat. They must:", names)
    ('e',)
    >>> named_before_pronoun("The order binds Acme Inc. and Jo Hale, but not their lenders. They must:", names)
    ('a', 'j')
    """
    sentences: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z])", intro.strip()):
        if sentences and (re.search(r"\b(?:Mr|Ms|Mrs|Dr|St|No|U\.S)\.$", sentences[-1]) or re.search(
                r"\b(?:" + "|".join(map(re.escape, sorted(LEGAL_FORMS))) + r")\.$", sentences[-1], re.IGNORECASE)):
            sentences[-1] += " " + piece  # "Acme Inc. and its founder": no sentence ends at a legal form
        else:
            sentences.append(piece)
    for sentence in reversed(sentences[:-1]):
        folded = " " + normalise_name(sentence) + " "
        found: dict[str, tuple[int, str]] = {}
        for name, key in sorted(names.items(), key=lambda kv: -len(kv[0])):  # longest first: "jo hale" before "hale"
            at = folded.find(" " + name + " ") if name else -1
            if at >= 0 and key not in found:
                found[key] = (at, name)
                folded = folded[:at] + " " + "#" * len(name) + folded[at + len(name) + 1:]
        spans = sorted((at, at + len(name) + 1, key) for key, (at, name) in found.items())
        groups: list[list[tuple[int, int, str]]] = []
        for span in spans:  # actors joined by "and" ("Acme and its owner Jo Hale") are one group
            gap = folded[groups[-1][-1][1] : span[0] + 1] if groups else ""
            if groups and not gap.strip():
                groups[-1][-1] = span  # "its owner Dana Kerr": a description right before the name is the name's
            elif groups and re.fullmatch(r"\s*(?:and|or)?\s*(?:its|their|his|her)?\s*", gap):
                groups[-1].append(span)
            else:
                groups.append([span])
        leading = {n: folded[: g[0][0]].split()[-2:] for n, g in enumerate(groups)}  # the two words before each
        kept = [n for n in leading if "not" not in leading[n]]  # "..., but not their lenders"
        bound = [n for n in kept if set(leading[n]) & _BINDING_WORDS]
        chosen = bound[:1]
        if chosen:
            return tuple(dict.fromkeys(key for _s, _e, key in groups[chosen[0]]))
    return ()


#: Words right before whom a sentence binds, as `normalise_name` folds them (base forms): "imposes duties on",
#: "binds", "requires", "applies to", "covers", "ordered servicers to".
_BINDING_WORDS = frozenset({"on", "upon", "bind", "require", "apply", "cover", "order", "direct"})


def _numbered_parts(entities: list[Entity], topic: str, found) -> dict[tuple[str, str, str], set[int]]:
    """"Section 3 would require ... Section 4 would cap facility fees": an
    article that walks through numbered parts in turn (two with consecutive
    numbers) walks through the policy it is about, and the parts the text ties
    to no policy are its parts. A lone "Section 215" or "Section 702" is
    most often a citation of another law's section, and stays apart."""
    if not any(e.key == topic and e.category == "Policy" for e in entities):
        return {}
    owned = {s for (s, p, o) in found if p == "partOf" and o != topic}  # (a part the text gives to the topic is its)
    numbered = defaultdict(lambda: defaultdict(list))  # kind word -> number -> entities ("Section 3(a)", "3(e)")
    for e in entities:
        match = _NUMBERED_PART.fullmatch(e.label) if e.category == "Policy" and e.key != topic else None
        if match:
            numbered[_PART_KINDS.get(match.group(1).lower(), match.group(1).lower())][int(match.group(2))].append(e)
    parts = []
    for by_number in numbered.values():  # runs of consecutive numbers
        numbers = sorted(by_number)
        runs = [[numbers[0]]]
        for n in numbers[1:]:
            if n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        # (two subsections of one number may be another law's: "Section 3(a) and 3(b) of title 47")
        walked = [run for run in runs if len(run) >= 2]
        # a run one of whose parts the text gives to another policy ("Section 4 of the Ports Rule") is that policy's
        parts += [e for run in walked if not any(e.key in owned for n in run for e in by_number[n])
                  for n in run for e in by_number[n]]
    return {(e.key, "partOf", topic): {e.sentences[0]} if e.sentences else set() for e in parts}


#: A part of a law known only by its number: "Section 4", "Title 2", "Sec. 3", "Section 3(a)(1)" (a bill's
#: parts are few).
_NUMBERED_PART = re.compile(r"(?i)(section|sec\.|title|part|subtitle|division|subpart)\s+(\d{1,2})(?:\([a-z0-9]{1,4}\))*")
#: Abbreviations of part words, read as the word: "Sec. 3" beside "Section 4".
_PART_KINDS = {"sec.": "section"}


#: What follows a letter's signatories: copies, enclosures, a date line.
_AFTER_SIGNATURES = re.compile(r"^\s*(?:cc|bcc|encl(?:osures?)?|attachments?|dated|date)\b", re.IGNORECASE)


#: How a letter greets whom it is written to: "Dear Director Whitfield:", "Dear Members of the Board,".
_SALUTATION = re.compile(r"^\s*(?:[Dd]ear|To)\s+[A-Z][^\n]{0,80}[:,]\s*$")


def _unsigned_signatories(blocks: list[Block]) -> Block | None:
    """The first block of the names that end a letter with no sign-off
    before them: "Dear Director Whitfield:", the letter, then one name a
    line ("Friends of the Meadow", "Prairie Farmers Union"; a plain text's
    short lines may read as headings). None if the text greets no one, or
    ends in prose."""
    blocks = [b for b in blocks if b.text.strip()]
    if not any(_SALUTATION.match(b.text) for b in blocks[:8]):
        return None
    tail: list[Block] = []
    for block in reversed(blocks):
        if block.kind not in {"paragraph", "heading"} or _SIGN_OFF.match(block.text.split("\n")[0]) \
                or not all(_name_line(line) for line in block.text.split("\n") if line.strip()):
            break
        tail.insert(0, block)
    lines = sum(len(b.text.split("\n")) for b in tail)
    return tail[0] if lines >= 3 and len(tail) < len(blocks) - 2 else None


def _line_block(lines: list[str]) -> bool:
    """Whether a paragraph is a block of short lines, each a name or part of
    an address, as a letter's inside address or a contact block sets them
    ("Director Ana Whitfield", "State Department of Agriculture", "100
    Capitol Way"): each line is read on its own. (A wrapped paragraph's
    lines are long and run on mid-sentence.)

    >>> _line_block(["Director Ana Whitfield", "State Department of Agriculture", "100 Capitol Way"])
    True
    >>> _line_block(["The rule bars spraying on blooming crops and", "requires notice to beekeepers."])
    False
    """
    lines = [line for line in lines if line.strip()]
    return len(lines) >= 2 and all(_name_line(line) for line in lines)


def _name_line(line: str) -> bool:
    """Whether a line is short and reads as a name or part of an address
    ("State Department of Agriculture", "100 Capitol Way", "Eastport, OR
    97001"), not a sentence or a line of a wrapped one ("Keep the centers
    open until midnight", "The Port Authority, which issued the"): most of
    its words are capitalised or figures, and it ends in neither a link
    word nor a sentence's stop (an abbreviation's stop is one: "Inc.").

    >>> [_name_line(t) for t in ("State Department of Agriculture", "Keep the centers open", "issued the")]
    [True, False, False]
    """
    words = line.strip().split()
    if not words or len(words) > 7 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    last = words[-1]
    if last.endswith(("!", "?", ";", ":")) or last.lower() in _NAME_LINKS_AT_END \
            or last.endswith(".") and not re.fullmatch(r"[A-Z][A-Za-z]{0,3}\.", last):
        return False
    content = [w for w in words if w.lower().strip(",.") not in _NAME_LINKS_AT_END]
    return sum(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum() for w in content) * 3 >= len(content) * 2


#: Small words inside names and addresses that never end one: "Department of", "Harbor and".
_NAME_LINKS_AT_END = frozenset({"of", "and", "the", "for", "to", "a", "an", "in", "on", "at", "by", "&", "with", "or"})


def _prose_line(line: str) -> bool:
    """Whether a line is prose, not a name: it says something in lower-case
    words ("Please contact our counsel with questions.")."""
    words = re.findall(r"[A-Za-z][\w'-]*", line)
    return len(words) >= 5 and sum(w.islower() for w in words) >= 3 and line.rstrip().endswith((".", "!", "?"))


#: A stretch of a line between runs of two or more spaces or a tab: a column.
_COLUMN = re.compile(r"\S+(?: \S+)*")

#: How a letter is signed off: "Sincerely," then the signatories, or a line
#: that heads the list of them ("Signed by the following organizations:",
#: "Signatories:", "The undersigned:").
_SIGN_OFF = re.compile(r"^\s*(?:sincerely|respectfully(?: submitted)?|regards|best regards|signed"
                       r"|signed by(?: the following)?(?: \w+){0,2}|(?:list of )?(?:signatories|signers|co-?signers)"
                       r"|the undersigned(?: \w+)?)\s*[,.:]?\s*$", re.IGNORECASE)


#: Last words of the name of a body of member groups that writes as one: "Franklin Pharmacy Coalition".
_COALITION_NOUNS = frozenset({"coalition", "alliance"})


def _named_coalition(entities: list[Entity], authors: tuple[str, ...]) -> set[str]:
    """The coalition a letter's people sign for, by its name ("Nora Halvorsen,
    Executive Director, Franklin Pharmacy Coalition" above the other
    signers): the one signatory named a coalition or alliance when every
    other signatory is a person. Among bodies signing side by side, an
    alliance is one signatory like the rest."""
    named = [e.key for e in entities if e.key in authors and e.label.split()[-1].lower() in _COALITION_NOUNS]
    people = {e.key for e in entities if e.subclass == "Person"}
    return set(named) if len(named) == 1 and all(a in people for a in authors if a != named[0]) else set()


def _coalition_voice(found: dict[tuple[str, str, str], set[int]], authors: tuple[str, ...],
                     coalitions: set[str], parts: set[str]) -> list[tuple[tuple[str, str, str], tuple[str, str, str]]]:
    """A letter written as "the undersigned organizations" (or under the
    coalition's name) argues as one coalition: a worry its signatories
    raise, and a stance on a numbered part of a policy (a section it
    comments on), is the coalition's, not again each signatory's, and so is
    what the letter itself issues (its recommendations); each still takes
    the letter's stance on the policies it is about. Each fact to move, and
    where to.

    >>> found = {("ana", "raisesConcern", "cost"): {1}, ("ana", "supports", "rule"): {2},
    ...          ("ana", "supports", "section 4"): {3}, ("coalition", "supports", "rule"): {2}}
    >>> sorted(_coalition_voice(found | {("recommendations", "issuedBy", "ana"): {5}}, ("ana", "coalition"),
    ...                         {"coalition"}, {"section 4"}))
    [(('ana', 'raisesConcern', 'cost'), ('coalition', 'raisesConcern', 'cost')), \
(('ana', 'supports', 'section 4'), ('coalition', 'supports', 'section 4')), \
(('recommendations', 'issuedBy', 'ana'), ('recommendations', 'issuedBy', 'coalition'))]
    >>> _coalition_voice(found, ("ana",), set(), {"section 4"})
    []
    """
    coalition = next((a for a in authors if a in coalitions), "")
    if not coalition and len(coalitions) == 1 and authors:  # (the coalition itself among no signatories)
        coalition = next(iter(coalitions))
    if not coalition:
        return []
    voiced = [((s, p, o), (coalition, p, o)) for (s, p, o) in found if s in authors and s != coalition and (
        p == "raisesConcern" or p in {"supports", "criticizes"} and o in parts)]
    # ("Our recommendations", said by the letter: the coalition issues them, not each signatory)
    return voiced + [((s, p, o), (s, p, coalition)) for (s, p, o) in found
                     if p == "issuedBy" and o in authors and o != coalition]


def signatories(segments: list[Segment], docs: list[Doc], per_doc: list[list[Mention]],
                categories: dict[str, str]) -> list[str]:
    """Who signs a letter: the actors named after its sign-off ("Sincerely,"
    followed by organisations and people), and those on whose behalf "we"
    or "I" write as the letter opens ("On behalf of Harbor Watch, we submit
    ..."). The letter's "we" is them."""
    out: list[str] = []
    opening: list[int] = []  # the first two paragraphs of the body (not its address lines or salutation)
    for seg, doc, mentions in zip(segments, docs, per_doc):
        if seg.role == "signature":
            out += [m.key for m in mentions if categories.get(m.key) == "Actor" and m.key not in out]
        elif seg.role == "body":
            if id(seg.block) not in opening and len(seg.block.text.split()) >= 12 \
                    and seg.block.text.rstrip(" *_").endswith((".", "!", "?", '"', "\u201d")):
                opening.append(id(seg.block))  # (prose: not an address block or a "Re:" line above the salutation)
            if len(opening) > 2 or seg.text.lstrip()[:1] in {'"', "\u201c"}:
                continue  # a letter says whom it speaks for as it opens; a quoted speaker does not
            at = {i: m.key for m in mentions if categories.get(m.key) == "Actor" for i in m.tokens}
            out += [k for k in (at.get(t.i) for t in behalf_of_writers(doc)) if k and k not in out]
            # (the bodies named, not a class a name's first word reads as: "Riders United" is no "riders")
            named = {i: m.key for m in mentions if categories.get(m.key) == "Actor" and len(m.text.split()) >= 2
                     for i in m.tokens}
            out += [k for k in (named.get(t.i) for t in named_writers(doc)) if k and k not in out]
    return list(dict.fromkeys(out))  # (a name of several words is met at each of its words)


def named_writers(doc: Doc) -> list[Token]:
    """"Harbor Watch, the Sea Aid Network and 40 other organizations write
    to urge ...": the words before a letter's "write" or "submit" in the
    sentence that says who writes (the parse of such a list is often
    broken, so by position)."""
    for verb in doc:
        if verb.lemma_.lower() in _WRITING_VERBS and (verb.tag_ in {"VBP", "VBZ"} or verb.tag_ == "VB" and any(
                c.dep_ == "nsubj" for c in verb.children)) and (
                doc[verb.i + 1 : verb.i + 2].text.lower() == "to" or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _LETTER_WORDS for c in verb.children)):
            before = doc[verb.sent.start : verb.i]
            if any(t.lower_ in {"we", "i", "they"} for t in before):
                return []
            # ("The undersigned organizations, which represent landowners and tribal nations, submit ...": whom the
            # writers represent is said of them, and does not write)
            said_of = {t.i for c in before if c.dep_ in {"relcl", "acl"} and c.head.i < c.i for t in c.subtree}
            return [t for t in before if t.i not in said_of]
    return []


#: Verbs by which a letter says who writes it: "... write to urge", "... submit these comments".
_WRITING_VERBS = frozenset({"write", "submit"})
_LETTER_WORDS = frozenset({"letter", "comment", "statement", "testimony", "submission"})


def author_line(doc: Doc, mentions: list[Mention]) -> bool:
    """Whether a line names people and nothing else ("Leila Haddad and
    Marcus Brennan" under a brief's title): its authors, who are named
    there once and may speak as "we" below.

    >>> from spacy.lang.en import English
    >>> doc = English()("Ana Ruiz and Ben Ode")
    >>> ana, ben = Mention((0, 1), "Ana Ruiz", "Person", "ner"), Mention((3, 4), "Ben Ode", "Person", "ner")
    >>> author_line(doc, [ana, ben]), author_line(doc, [ana])
    (True, False)
    """
    people = {i for m in mentions if m.cls == "Person" for i in m.tokens}
    return bool(people) and all(t.i in people or t.lower_ in {"and", "&"} or t.is_punct or t.is_space for t in doc)


def report_writers(segments: list[Segment], docs: list[Doc], per_doc: list[list[Mention]],
                   classes: dict[str, str]) -> list[str]:
    """Who "we" are in a report that says in the first person what it did
    ("we reviewed", "we found", "We recommend that CMS ..."): the body its
    header names (the short lines before the first paragraph), the office
    among them when it names one under its department ("Department of Harbors /
    Office of Marina Audits"), else the last. A
    "we" in a quotation or in reported speech ("..., said Ana Ruiz") is
    someone else's; without a "we" of a report, "we" stays no one."""
    header: list[tuple[str, bool]] = []
    authors: list[str] = []  # "Leila Haddad and Marcus Brennan" under a brief's title
    writes = False
    in_header = True
    for seg, doc, mentions in zip(segments, docs, per_doc):
        if len(seg.text.split()) >= 12 and seg.role != "heading":  # (a long title is still the header's)
            in_header = False
        if seg.role == "body" and not in_header and not writes:
            said = [t for t in with_words(doc, {"we"})
                    if t.dep_ == "nsubj" and reports(t.head) and not _reported_speech(t)]
            writes = bool(said) and bool({t.i for t in said} - quoted_tokens(doc))  # (the quotes only when needed)
        elif in_header and _field_name(seg.block) not in {"to", "cc", "attn", "attention"}:  # not the addressee
            ordered = sorted(mentions, key=lambda m: m.tokens[:1])
            names = [m.key for m in ordered if classes.get(m.key) in _WRITING_BODIES]
            header += [(k, _field_name(seg.block) == "from" or k.startswith("office-")) for k in names]
            if not authors and author_line(doc, mentions):
                authors = list(dict.fromkeys(m.key for m in ordered if classes.get(m.key) == "Person"))
    preferred = [k for k, office in header if office]  # "From: GAO", or the office under its department
    return [] if not writes else authors or (preferred or [k for k, _office in header])[-1:]


def reports(verb: Token) -> bool:
    """Whether a verb of "we" says what a report's writers did or found:
    "we reviewed", "we recommend", "we find that ...", "we estimate 4,000
    ..."; not "we find it troubling", "we all find ourselves paying more"
    (a letter's feeling) or "we review cases" of a body describing its
    work."""
    if verb.lemma_.lower() not in _REPORTING_VERBS:
        return False
    if verb.tag_ == "VBD" or verb.lemma_.lower() == "recommend":
        return True
    return verb.tag_ == "VBP" and verb.lemma_.lower() in _FINDING_VERBS and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        or c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "NUM"} and not any(o.dep_ in {"oprd", "acomp"}
                                                                              for o in verb.children)
        for c in verb.children)


#: What a study says it finds, in the present: "we find that ...", "we estimate ...", "we conclude ...".
_FINDING_VERBS = frozenset({"find", "estimate", "conclude"})


#: A recommendation named by its number: "Recommendation 3".
_RECOMMENDATION_NUMBER = re.compile(r"Recommendations? (\d{1,2})")


def _numbered_recommendation(block: Block, text: str, recommendations: dict[int, str]) -> str:
    """"We recommend that the Administrator: 1. Require ... 2. Issue ...",
    in a report that goes on to say "CNS concurred with Recommendation 1":
    item N of a numbered list of recommendations is Recommendation N (its
    key), and what the item asks for is that recommendation's."""
    if not recommendations or "recommend" not in block.intro.lower():
        return ""
    number = re.search(r"(\d{1,2})[.)]\s*$", text[max(0, block.start - 8) : block.start])
    return recommendations.get(int(number.group(1)), "") if number else ""


def titled_writers(segments: list[Segment], per_doc: list[list[Mention]], categories: dict[str, str]) -> list[str]:
    """Who "we" are in comments, testimony or a statement its title says is
    someone's ("Comments of the Coastal Anglers Federation on the Proposed
    Rule", "Testimony of Ana Ruiz, Harbor Watch"): the first actor the
    title names after "of", "from" or "by"."""
    first = next(((seg, ms) for seg, ms in zip(segments, per_doc) if seg.text.strip()), None)
    if first is None or not _WRITTEN_BY.match(first[0].text.strip()):
        return []
    named = sorted((m for m in first[1] if categories.get(m.key) == "Actor" and m.tokens), key=lambda m: m.tokens[0])
    return [m.key for m in named][:1]


def release_writers(segments: list[Segment], docs: list[Doc], per_doc: list[list[Mention]],
                    classes: dict[str, str]) -> list[str]:
    """Who "we" are in a press release whose header lines carry its mark
    ("Civic Freedoms Watch | For immediate release") and that speaks in the
    first person outside quotation marks ("We urge ..."): the body named in
    the marked line under the title, else in another header line. Not one
    named only in the title ("Harbor Department Fee Plan Hurts Families" may
    name its target) or the first paragraph ("The Port Authority today
    approved ..."), nor a release mentioned in prose ("said in a press
    release"); a release that only reports speaks in no one's own voice."""
    header = []
    for k, (seg, mentions) in enumerate(zip(segments, per_doc)):
        if len(seg.text.split()) >= 12 and seg.role == "body":
            break  # the first paragraph
        header.append((k, bool(_RELEASE.search(seg.text)), mentions))
    if not any(marked for _k, marked, _ms in header):
        return []
    issuers = [m.key for marked in (True, False) for k, is_marked, mentions in header if k > 0 and is_marked is marked
               for m in sorted(mentions, key=lambda m: m.tokens[:1])
               if classes.get(m.key) in _ISSUING_BODIES and m.text[:1].isupper()]
    speaks = any(t.dep_ == "nsubj" and not _reported_speech(t) and t.i not in quoted_tokens(doc)
                 for seg, doc in zip(segments, docs) if seg.role == "body" for t in with_words(doc, {"we"}))
    return issuers[:1] if speaks else []


#: Who issues a press release: a body or a business named as one.
_ISSUING_BODIES = frozenset({"GovernmentBody", "Organisation", "Business"})
#: The marks of a press release.
_RELEASE = re.compile(r"\b(?:for immediate release|(?:press|media|news) (?:release|statement))\b", re.IGNORECASE)
#: A title that says whose words follow: "Comments of ...", "Testimony of ...", "Statement by ...".
_WRITTEN_BY = re.compile(r"(?:joint\s+)?(?:comments?|testimony|statement|remarks|letter|submission)\s+(?:of|from|by)\s+",
                         re.IGNORECASE)


def _reported_speech(we: Token) -> bool:
    """Whether a "we" stands in someone's reported words ("We reviewed the
    data, said Ana Ruiz"): its clause is what a saying verb says (not a
    clause joined to one: "officials told us ..., but we found ...")."""
    return any(a.dep_ == "ccomp" and a.head.lemma_.lower() in {"say", "tell", "add", "write"}
               for a in [we.head, *we.head.ancestors])


#: What a report's writer says it did: "we reviewed", "we found", "we recommend" (a letter's "we urge" is no
#: report, nor "we all find ourselves").
_REPORTING_VERBS = frozenset({"review", "find", "estimate", "examine", "identify", "audit", "analyze", "analyse",
                              "determine", "conclude", "recommend", "assess", "evaluate", "survey", "sample", "test"})
#: Classes of actor that write a report in the first person: an office or agency, not a person or a country
#: ("Office of Inspector General" may be read as a group, by its "General").
_WRITING_BODIES = frozenset({"GovernmentBody", "Organisation", "Group"})


def behalf_of_writers(doc: Doc) -> list[Token]:
    """"On behalf of Harbor Watch and Sea Aid, we submit these comments",
    "we are joined in this letter by Sea Aid": the words naming those the
    first person speaks for."""
    out = []
    for joined in (t for t in doc if t.lemma_.lower() == "join" and t.tag_ == "VBN"
                   and any(c.dep_ == "nsubjpass" and c.lower_ == "we" for c in t.children)
                   and any(o.lemma_.lower() in {"letter", "comment", "statement", "submission", "testimony"}
                           for o in pobjs(t, {"in", "on"}))):  # (not "at a town hall we were joined by the mayor")
        # "We are joined in this letter by Harbor Watch and Sea Aid": they write too
        out += [w for p in joined.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"
                for c in [o, *o.conjuncts] for w in c.subtree if w.dep_ != "cc" and w.lower_ != "and"]
    for behalf in (t for t in doc if t.lower_ == "behalf" and t.head.lower_ == "on"):
        verb = behalf.head.head
        if not any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in verb.children):
            continue
        out += [w for p in behalf.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for w in o.subtree
                if not any(a.dep_ in {"appos", "relcl", "acl"} and a.i in {x.i for x in o.subtree}
                           for a in [w, *w.ancestors] if a.i != o.i)]  # (not "a nonprofit that represents residents")
    return out


#: A paragraph that hands the word to someone: "Remarks attributed to Ana Ruiz, of Harbor Watch:".
_ATTRIBUTION = re.compile(r"\b(?:attributed to|statement (?:from|by)|said|says|added|according to)\b", re.IGNORECASE)


def quote_speakers(segments: list[Segment], docs: list[Doc], per_doc: list[list[Mention]],
                   classes: dict[str, str]) -> dict[int, str]:
    """Who speaks each quoted paragraph (by segment index): the person a
    lead-in names ("Remarks attributed to Ana Ruiz, director
    of Harbor Watch:"), or the person a "said" names inside the paragraph
    ('"...," said Ana Ruiz.'). A paragraph without quotation marks has no
    speaker."""
    out: dict[int, str] = {}
    lead_in = ""
    for n, (seg, doc, mentions) in enumerate(zip(segments, docs, per_doc)):
        people = [m.key for m in mentions if classes.get(m.key) == "Person"]
        text = seg.text.strip()
        quoted = text[:1] in {'"', "\u201c"}
        if quoted:
            said = [m.key for m in mentions if classes.get(m.key) == "Person"
                    and doc[m.head].head.lemma_.lower() in {"say", "add", "tell", "explain", "note"}]
            speaker = said[0] if said else lead_in
            if speaker:
                out[n] = speaker
            lead_in = ""
        elif text.endswith(":") and _ATTRIBUTION.search(text) and people:
            lead_in = people[0]
        elif seg.role != "label":
            lead_in = ""
    return out


#: Verbs by which someone calls for a policy: "Congress must pass a strong privacy law".
_ENACT_VERBS = {"pass", "enact", "adopt", "approve", "strengthen", "update", "finalize", "finalise"}


#: Verbs by which a speaker says what a policy does for or to people ("this bill protects families"), and the
#: stance saying so takes. Not "punishes": a policy punishing wrongdoers is what its supporters want.
_QUOTED_JUDGEMENTS = {**dict.fromkeys(("protect", "help", "save", "safeguard", "strengthen", "improve", "empower",
                                       "support", "benefit"), "supports"),
                      **dict.fromkeys(("hurt", "harm", "undermine", "threaten", "destroy", "kill", "endanger",
                                       "weaken"), "criticizes")}


#: A roll call's lists: "(Yes: Okafor, Lindqvist; No: Haskell)", "Ayes: ...", "Voting against: ...".
_VOTE_LIST = re.compile(r"\b(?P<side>Yes|Yeas?|Ayes?|In favou?r|Voting (?:for|yes|against|no)|No|Nays?|Noes|Against|"
                        r"Opposed)\s*:\s*(?P<names>[^;:().\n]+)")
#: Words of a vote taken, which a roll call follows: "passed 5-2", "the motion carried", "voted".
_VOTE_WORDS = re.compile(r"\b(?:vot(?:e|ed|es|ing)|passed|adopted|approved|rejected|defeated|motion|roll call|\d+\s?-\s?\d+)\b",
                         re.IGNORECASE)
_AGAINST = {"no", "nay", "nays", "noes", "against", "opposed", "voting against", "voting no"}


def _vote_tallies(segments: list[Segment], docs: list[Doc], per_doc: list[list[Mention]], tok_maps,
                  entities: list[Entity], topic: str) -> dict[tuple[str, str, str], set[int]]:
    """A roll call after a vote on a policy ("passed the ordinance 5-2
    (Yes: Okafor, Lindqvist; No: Haskell, Prewitt)"): each member who voted
    yes supports it, each who voted no criticises it. A member is the one
    person the article names with that surname; the policy is the one the
    sentence names, else the article's."""
    people: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        if e.subclass == "Person":
            for name in (e.label, *e.aliases):
                people[surname(name).lower()].add(e.key)
    categories = {e.key: e.category for e in entities}
    found: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for seg, doc, mentions, tok_map in zip(segments, docs, per_doc, tok_maps):
        if seg.role != "body":
            continue
        if not _VOTE_WORDS.search(seg.text):
            continue  # "Is the ordinance in force? No: ask the clerk": no vote, no roll call
        for match in _VOTE_LIST.finditer(seg.text):
            start = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            sentence = tok_map.get(start.start, -1) if start is not None else -1
            policy = next((m.key for m in mentions if categories.get(m.key) == "Policy"
                           and tok_map.get(m.head, -2) == sentence), topic)
            stance = "criticizes" if match.group("side").lower() in _AGAINST else "supports"
            for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("names").strip().rstrip(".")):
                keys = people.get(surname(name).lower(), set())
                if policy and len(keys) == 1 and 1 <= len(name.split()) <= 3 and all(
                        w[:1].isupper() for w in name.split()):  # names only: "tenants in older buildings" is none
                    found[(next(iter(keys)), stance, policy)].add(sentence)
    return found


def _quoted_stances(speakers: dict[int, str], docs: list[Doc], per_doc: list[list[Mention]], tok_maps,
                    categories: dict[str, str],
                    read: dict[tuple[str, str, str], set[int]]) -> dict[tuple[str, str, str], set[int]]:
    """Someone's quoted words (`quote_speakers`) state their stance: a worry
    named there is theirs, and so is criticism of the policy it is about;
    a policy they say must be passed or adopted, they support."""
    found: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    about = defaultdict(set)
    for (s, p, o) in read:
        if p == "concernAbout":
            about[s].add(o)
    for n, speaker in speakers.items():
        doc, tok_map = docs[n], tok_maps[n]
        for m in per_doc[n]:
            sentence = tok_map.get(m.head, -1)
            if categories.get(m.key) == "Concern":
                found[(speaker, "raisesConcern", m.key)].add(sentence)
                for policy in about[m.key]:
                    found[(speaker, "criticizes", policy)].add(sentence)
            elif categories.get(m.key) == "Policy":
                verb = doc[m.head].head
                modal = any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in verb.children)
                if doc[m.head].dep_ == "dobj" and verb.lemma_.lower() in _ENACT_VERBS and modal:
                    found[(speaker, "supports", m.key)].add(sentence)
                # "This bill protects families", "the ordinance punishes the wrong people": what a speaker says
                # the policy does for or to people is their stance on it
                judged = _QUOTED_JUDGEMENTS.get(verb.lemma_.lower(), "") if doc[m.head].dep_ == "nsubj" \
                    and verb.pos_ == "VERB" and not any(c.dep_ == "neg" for c in verb.children) and not any(
                        o.lower_ in {"no", "nothing", "nobody", "none"} or any(d.lower_ == "no" for d in o.children)
                        for o in verb.children if o.dep_ == "dobj") else ""  # ("helps no one": nothing said for it)
                if judged:
                    found[(speaker, judged, m.key)].add(sentence)
    return found


def _issuer_voices(speakers: dict[int, str], docs: list[Doc], per_doc: list[list[Mention]], tok_maps,
                   categories: dict[str, str], found: dict[tuple[str, str, str], set[int]],
                   topic: str) -> dict[tuple[str, str, str], set[int]]:
    """"'This order sends a clear message,' said FCC Chairwoman Dana
    Whitfield": someone quoted as an officer of the body that issued the
    article's policy, named beside it, speaks for that policy: not one who
    criticises a policy or voices a worry, a former officer, nor a quote
    that names another policy."""
    makers = {o for (s, p, o) in found if p == "issuedBy" and s == topic}
    against = {s for (s, p, o) in found if p in {"criticizes", "raisesConcern"}}
    out: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    if not topic or not makers:
        return out
    for n, speaker in speakers.items():
        if speaker in against or speaker in makers:
            continue
        said = [m for m in per_doc[n] if m.key == speaker]
        bodies = [m for m in per_doc[n] if m.key in makers]
        if any(docs[n][i].lower_ in LAPSED_WORDS for m in said for i in range(max(0, min(m.tokens) - 4), min(m.tokens))) \
                or any(categories.get(m.key) == "Policy" and m.key != topic for m in per_doc[n]):
            continue  # ("said former FCC chairman Ajit Lane"; a quote on another policy is about that one)
        near = any(abs(min(b.tokens) - min(m.tokens)) <= 6 and docs[n][b.head].sent == docs[n][m.head].sent
                   for b in bodies for m in said if b.tokens and m.tokens)
        if near:
            out[(speaker, "supports", topic)].add(tok_maps[n].get(said[0].head, -1))
    return out


def _listed_worries(block: Block, keys: list[str], categories: dict[str, str],
                    critics_in: dict[str, list[tuple[str, str, int]]]) -> list[tuple[str, str, str, int]]:
    """"Rights groups have raised concerns about the pilot:" followed by
    items labelled with a concern ("Vague Rules: ..."): each label is a
    worry the critics of the introducing paragraph raise about that policy.
    Returns (subject, predicate, object, evidence sentence) facts."""
    critics = critics_in.get(block.intro, []) if block.kind == "item" else []
    return [(*fact, sentence) for critic, policy, sentence in critics
            for fact in _worry_facts([critic], keys, categories, policy)]


def _worry_facts(speakers: list[str] | tuple[str, ...], keys: list[str], categories: dict[str, str],
                 policy: str) -> list[tuple[str, str, str]]:
    """Each worry among `keys` raised by each speaker, about `policy`."""
    return [fact for key in keys if categories.get(key) == "Concern"
            for fact in [*((s, "raisesConcern", key) for s in speakers), (key, "concernAbout", policy)]]


def _letter_listed_worries(block: Block, keys: list[str], categories: dict[str, str], article: Reading,
                           policy: str) -> list[tuple[str, str, str]]:
    """A letter's list under a heading of its worries ("## Our concerns" /
    "1. **Misidentification.** ..."): each label naming a worry is the
    writers' own, about the policy the letter is on. Not a study's, which
    reports others' worries (`Reading.reporting`)."""
    if not article.authors or article.reporting or not policy or not _WORRY_HEADING.search(block.section):
        return []
    return _worry_facts(article.authors, keys, categories, policy)


#: A heading over a list of worries: "Our concerns", "Concerns", "Key objections", "What worries us".
_WORRY_HEADING = re.compile(r"\b(?:concerns?|objections?|worries|worry|problems)\b", re.IGNORECASE)


#: Instruments a regulator makes with the party it regulates: "a settlement with Acme", "a consent decree";
#: an agreement, order or contract is one only where a body other than the business makes it too
#: ("Swiftride Inc. introduced the Driver Safety Agreement": its own).
_SETTLEMENTS = frozenset({"settlement", "decree", "assurance"})
_BILATERAL = frozenset({"agreement", "order", "contract"})


def _listed_conduct(mentions: list[Mention], classes: dict[str, str], column: str = "") -> list[tuple[Mention, str]]:
    """A list item's label naming misconduct or good conduct ("Environmental
    Violations: ...", "Tax Evasion: ...") under a heading or intro about
    conduct (the only place a label names conduct: `mentions.label_mentions`):
    the article's policy (the section's, if its heading names one) punishes
    or rewards it. In a table whose first column is headed by violations or
    offences, any conduct a row names is punished ("Violation" over
    "Paying cash for a converter"; "Step" over "Filing an appeal" is not)."""
    effect = {"Misconduct": "penalizes", "GoodConduct": "rewards"}
    if _PENALTY_HEADING.search(column):
        effect["Behaviour"] = "penalizes"
    return [(m, effect[classes[m.key]]) for m in mentions if m.source == "label" and classes.get(m.key) in effect]


#: A table column's heading over the conduct a policy punishes: "Violation", "Offense", "Prohibited practice".
_PENALTY_HEADING = re.compile(r"\b(?:violations?|penalt(?:y|ies)|fines|offen[cs]es?|prohibit(?:ed|ions?)|sanctions)\b",
                              re.IGNORECASE)


def _policy_of_headings(segments: list[Segment], per_doc: list[list[Mention]],
                        categories: dict[str, str], title: str) -> dict[str, str]:
    """The one policy each section heading names, by heading text: under
    "## Safe Skies Act (H.R. 2210)", "it" and "the bill" are that bill, not
    the article's main policy. A heading naming none or several gives none;
    so does the article's title, whose section is the whole article (a
    headline names what the story is about, not always its main policy)."""
    out: dict[str, str] = {}
    first = next((seg.block for seg in segments if seg.role == "heading"), None)
    for seg, ms in zip(segments, per_doc):
        if seg.role == "heading" and seg.block is not first and seg.block.text.strip() != title.strip():
            keys = list(dict.fromkeys(m.key for m in ms if categories.get(m.key) == "Policy"))
            out[seg.block.text] = keys[0] if len(keys) == 1 else ""
    return out


#: A bill page's line naming its sponsors: "Sponsor: Sen. Ana Ruiz [D-NM]", "Cosponsors: Rep. Tom Lee; ...".
_SPONSOR_FIELD = re.compile(r"^(sponsors?|co-?sponsors?|introduced by)\s*:", re.IGNORECASE)
#: Abbreviations before a name whose period ends no sentence: "Sen. Ana Ruiz".
_TITLE_ABBREVIATIONS = frozenset({"sen", "rep", "gov", "dr", "mr", "ms", "mrs", "st", "hon", "jr", "sr"})
#: A field's label in a run of "Label: value" lines: "Cosponsors:", "Latest Action:".
_FIELD_LABEL = re.compile(r"\b([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)?)\s*:")


def _field_name(block: Block) -> str:
    """The header field a memo's or letter's line fills ("from", "re",
    "subject", "to"), lower-cased; "" for any other block."""
    field = FIELD_LINE.match(block.text.strip()) if block.kind == "paragraph" else None
    return field.group(1).lower() if field else ""


#: Subject lines of a letter about someone else's policy: "Re: Comments on the Proposed Dock Fee Rule".
_COMMENTING = re.compile(r"(?:public )?(?:comments?|response|reply|testimony|statement|objections?|opposition|"
                         r"support)\s+(?:on|to|regarding|concerning|about|of|in|for)\b", re.IGNORECASE)


def _subject_field_policy(segments: list[Segment], per_doc: list[list[Mention]], categories: dict[str, str]) -> str:
    """The policy a memo's "Re:" or "Subject:" line names: what the memo is
    about, however often it names others. "" when there is none."""
    for seg, ms in zip(segments, per_doc):
        if _field_name(seg.block) in {"re", "subject"}:
            return next((m.key for m in ms if categories.get(m.key) == "Policy"), "")
    return ""


def _own_division(segments: list[Segment], per_doc: list[list[Mention]], text: str,
                  policy_classes: frozenset[str]) -> str:
    """The policy a text's numbered division heading names ("Part 12 -
    Rental Operator Standards") when the text calls itself by the
    division's word ("this part applies to ..."): the text is that
    division, whatever other policy it names more often. "" otherwise."""
    first = segments[0] if segments else None
    division = DIVISION_HEADING.match(first.text) if first is not None and first.role == "heading" else None
    if division is None or not re.search(rf"\b[Tt]his {re.escape(division.group().split()[0].lower())}\b(?! of)", text):
        return ""  # ("this part of the bay" is no call of the text's own)
    return next((m.key for m in per_doc[0] if m.cls in policy_classes), "")


def _section_titles(entities: list[Entity], per_doc: list[list[Mention]], segments: list[Segment],
                    lexicon: Lexicon) -> set[str]:
    """"Federal Regulation", "State Programs": a heading in title case whose
    head is a word too vague to name a policy alone, and that no sentence of
    the article repeats, titles a section; it names no policy."""
    in_body = {m.key for seg, ms in zip(segments, per_doc) if seg.role != "heading" for m in ms}
    vague = lexicon.generic.get("Policy", frozenset())
    return {e.key for e in entities if e.category == "Policy" and e.key not in in_body and not e.concept
            and singular(e.label.split()[-1].lower()) in vague and len(e.label.split()) <= 3
            and not any(ch.isdigit() for ch in e.label) and not e.label.split()[0].isupper()}


def _called_back(m: Mention, called: set[str], lexicon: Lexicon) -> bool:
    """"Comments to the Federal Harbor Commission" above a body that
    says "the Commission", "FAQ: The Clean Trucks Rule" above "the rule
    requires ...": a body or policy named in a headline is the one the
    article calls back by its head noun (a body's capitalised)."""
    words = m.text.split()
    if len(words) < 2 or not _is_name(m.text):
        return False
    if m.cls in BODY_CLASSES:
        return words[-1] in called
    return bool(m.cls) and lexicon.core(m.cls) == "Policy" and words[-1].lower() in {w.lower() for w in called}


def _passing_names(entities: list[Entity], relations: tuple[Relation, ...]) -> set[str]:
    """Names the tagger found, actors known only by their head noun, a
    vocabulary word or a name defined by an acronym ("businesses",
    "individuals"), unnamed policies known only by their head noun
    ("software programs"), and policies or
    concerns known only as an example in a list ("tools such as neural
    networks"), written in one sentence and in no
    relation: the article mentions them in passing (where something
    happened, an example, a source), which the annotation guide says is not
    an entity. So is conduct or a worry known only by a gerund or a noun
    ("cycling to work", "reckless driving"), said once, that no frame ties
    to a policy, and a vocabulary word for misconduct or a worry ("fraud",
    "bias") said once and tied to nothing: the guide's behaviour is conduct
    a policy governs. A
    policy known only by a common noun or a description ("information
    systems", "the final rule") and in no relation is passing however often it is
    said: the article never says who makes it or whom it governs. People
    are kept: an article names a person because they act or speak."""
    related = {r.subject for r in relations} | {r.object for r in relations}
    return {e.key for e in entities if e.subclass != "Person" and e.key not in related
            and (len(e.sentences) <= 1 and _droppable(e) or _common_noun_policy(e) or _class_said_by_the_way(e))}


def _class_said_by_the_way(e: Entity) -> bool:
    """A class of people or bodies known only by its head noun and written
    in lower case ("residents", "local agencies"), or an organisation only
    the tagger named ("the Brookings Institution", a source cited), said in
    at most two sentences: with no relation it is background. (A place is
    kept: "Norway fines retailers" is a state acting.)"""
    return e.category == "Actor" and len(set(e.sentences)) <= 2 and (
        e.sources == ("head",) and e.label[:1].islower() or e.sources == ("ner",) and e.subclass == "Organisation")


def _longer_actor_key(text: str, names: dict[str, str], categories: dict[str, str]) -> str:
    """The one actor whose name ends in a list intro's doer: "banks" of
    "Covered banks must:" (the intro's "covered" is read as a lead word) is
    the article's "covered banks"."""
    tail = " " + normalise_name(text)
    keys = {k for name, k in names.items() if name.endswith(tail) and categories.get(k) == "Actor"}
    return next(iter(keys)) if len(keys) == 1 and tail.strip() else ""


def _bills_before_congress(entities: list[Entity]) -> dict[tuple[str, str, str], set[int]]:
    """"H.R. 7806", "S. 3948", "P.L. 115-141": a bill or law known by its
    congressional number is Congress's (the numbers are the House's, the
    Senate's and the public laws'), in an article that names Congress."""
    congress = next((e.key for e in entities if e.category == "Actor"
                     and e.label.lower().removeprefix("the ").removeprefix("u.s. ") == "congress"), "")
    if not congress:
        return {}
    return {(e.key, "issuedBy", congress): {e.sentences[0]} for e in entities if e.category == "Policy"
            and e.sentences and any(LEGISLATION_NUMBER.fullmatch(n) and not STATE_BILL_NUMBER.fullmatch(n)
                                    for n in (e.label, *e.aliases))}


def _common_noun_policy(e: Entity) -> bool:
    return e.category == "Policy" and set(e.sources) <= {"head", "described"} and e.label[:1].islower()


def _droppable(e: Entity) -> bool:
    """Whether the rules that found an entity may have found a name said in
    passing: the tagger alone, a class's head noun or vocabulary word, a
    list's example, a bare gerund; not a frame, which ties it to a policy,
    nor a public body named in full (an article names one because it acts)."""
    sources = set(e.sources)
    if e.category == "Actor" and ends_in_legal_form(e.label) and _is_name(e.label):
        return False  # "HireSort, Inc.": a business named in full, by its legal form
    if e.sources == ("ner",):
        return True
    if e.category == "Actor" and "office" in sources:
        return False  # "FTC Chair Lina Khan": the body its officer speaks for
    if e.category == "Actor":
        if e.subclass == "GovernmentBody" and len(e.label.split()) >= 3 and _is_name(e.label):
            return False  # "Department of Harbor Safety": a public body named in full
        if e.subclass == "Organisation" and sources & {"head", "acronym"} and any(
                len(n.split()) >= 3 and _is_name(n) for n in (e.label, *e.aliases)):
            # "Flyers' Rights Coalition": an organisation named in full, by its kind (also when its acronym labels it)
            return False
        return sources <= {"ner", "head", "lexicon", "acronym"}
    if e.category == "Policy":
        return e.sources == ("enum",) or _common_noun_policy(e)
    if e.category == "Behaviour":
        return sources <= {"gerund", "head", "lexicon"}
    return e.sources in {("enum",), ("head",), ("lexicon",)}  # a Concern


def _lone_doers(entities: list[Entity]) -> set[str]:
    """A subject of one duty sentence that nothing else names as an actor
    ("the size of the fleet must shrink", "reasons must be specific"):
    the duty frame takes any subject, and an inanimate one is no actor. Said
    again, found by another rule, named like someone who acts
    ("couriers", `looks_like_agent_noun`) or by a business's legal form
    ("Quickwage Inc."), it is kept."""
    return {e.key for e in entities if e.category == "Actor" and e.sources == ("doer",) and len(e.sentences) <= 1
            and not looks_like_agent_noun(name_head(e.label.split()))  # "Secretary of Commerce": a secretary
            and e.label.split()[-1].lower() not in COLLECTIVE_PEOPLE  # "staff must wear life jackets"
            and not (e.label[:1].isupper() and ends_in_legal_form(e.label))  # "Acme Inc."
            and e.subclass not in {"Organisation", "Person"}}  # a name the tagger knows: "Brandt Minerals"


def _tagger_misreadings(entities: list[Entity]) -> set[str]:
    """Actors only the tagger found whose name has a digit or starts in lower
    case ("FY2031", "GAO-19-204", "i. Require"), is a legal form alone
    ("LLC") or a document a code designates ("Schedule CCA"): a date, a
    report number, a list marker, a suffix or a form, never a person or
    body."""
    return {e.key for e in entities if e.category == "Actor" and set(e.sources) <= {"ner", "repeat"}
            and (any(c.isdigit() for c in e.label) and not _ORDINAL_NAME.match(e.label) or e.label[:1].islower()
                 or e.label.lower().rstrip(".") in LEGAL_FORMS  # "LLC" cut from "Acme Servicing, LLC"
                 # "Schedule CCA", "Form W": a document a letter or code designates
                 or len(e.label.split()) == 2 and e.label.split()[0].lower() in LETTERED_KINDS
                 and e.label.split()[1].isupper())}


#: A name opened by a figure's ordinal: "4th District Court of Appeal", "1st Amendment Coalition".
_ORDINAL_NAME = re.compile(r"\d+(?:st|nd|rd|th) [A-Z][a-z]")
#: An e-mail or web address.
_CONTACT = re.compile(r"\S@\S+\.\w|\bwww\.\S|://")


def contact_details(entities: list[Entity], text: str) -> set[str]:
    """Names that are an e-mail or web address, or a lone word the text
    writes just before one ("Email help@dlr.example.gov", "Visit
    www.x.gov"): a page's contact line, no actor, policy or act (a body
    named before its address, "Contact the Rent Board: rent@x.org", stays)."""
    return {e.key for e in entities if _CONTACT.search(e.label) or " " not in e.label and re.search(
        rf"(?<![\w-]){re.escape(e.label)}[ \t]+(?:\S+@\S+\.\w|www\.\S|https?://)", text)}


def _within_sentence(m: Mention, doc: Doc, tok_map: dict[int, int]) -> None:
    """A mention never runs past its sentence (a misparse can join "Permits"
    to the next sentence's "16-"): the evidence sentence must contain it."""
    inside = tuple(i for i in m.tokens if tok_map.get(i, m.sentence) == m.sentence)
    if inside != m.tokens and inside:
        m.tokens, m.text = inside, span_text(doc, inside)


def _repeated_descriptions(described: list[Mention]) -> set[str]:
    """"The final rule", "the proposed rule": a policy named only by a
    description is an entity when the article comes back to it (twice or
    more); said once, it is a passing phrase."""
    counts = Counter(m.text.lower() for m in described)
    return {text for text, n in counts.items() if n >= 2}


_CAPS = re.compile(r"\b[A-Z]{2,6}\b")


def national_acronyms(docs: list[Doc]) -> frozenset[str]:
    """Acronyms the article writes after "federal", "national" or "U.S."
    ("the federal DOT"): a national body's, never the state's body whose
    name spells them without its place ("Calloway Department of
    Transportation")."""
    return frozenset(t.text for doc in docs for t in doc if t.is_upper and len(t) >= 2 and t.i > 0
                     and doc[t.i - 1].lower_ in {"federal", "national", "u.s.", "us", "u.s", "american"})


def acronym_forms(name: str, national: frozenset[str]) -> set[str]:
    """The initials a name may be written in here (`names.initial_forms`),
    except that a place left out ("DEQ" for "Kessler Department of
    Environmental Quality") never spells an acronym the article gives a
    national body (`national_acronyms`)."""
    return initial_forms(name, placed=False) | (initial_forms(name) - national)


def _add_undefined_acronyms(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                            national: frozenset[str] = frozenset()) -> None:
    """"ECOA" never defined but spelling the initials of a name in the article
    ("Equal Credit Opportunity Act") is a mention of that name."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for ms in per_doc:
        for m in ms:
            if m.cls and len(m.text.split()) >= 2:
                for letters in acronym_forms(m.text, national):
                    by_initials[letters].add(m.key)
    if not by_initials:
        return
    for doc, ms, tok_map in zip(docs, per_doc, tok_maps):
        taken = {i: m for m in ms for i in m.tokens}
        for match in _CAPS.finditer(text_of(doc)):  # rare: scan the text, not every token
            keys = by_initials.get(match.group(), set())
            span = doc.char_span(match.start(), match.end()) if len(keys) == 1 else None
            if span is None or len(span) != 1:
                continue
            if span.start not in taken:
                ms.append(Mention((span.start,), span.text, "", "acronym", key=next(iter(keys)), head=span.start,
                                  sentence=tok_map.get(span.start, -1)))
            elif taken[span.start].text == span.text and taken[span.start].source in {"ner", "head"}:
                taken[span.start].key = next(iter(keys))  # "PPS" the tagger took for a name of its own


#: Nouns numbering a part of a law, not a bill: "Section 131", "Title IV".
_PART_NOUNS = {"section", "sec.", "title", "division", "subsection", "part", "chapter", "article", "clause", "subtitle"}


#: A policy named by its kind and number: "Ordinance 24-17", "Executive Order 14110", "Directive No. 7".
_NUMBERED_NAME = re.compile(r"(?:(?:Executive|Administrative|Emergency|Municipal)\s+)?"
                            r"(?:Order|Ordinance|Directive|Resolution|Decree|Circular)\s+(?:No\.\s*)?\d[\w.-]*")


def _merge_cited_divisions(per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"14 C.F.R. Part 107 ... Part 107 generally prohibits ...": a division
    named by its kind word and number is the one policy the article cites
    with a code before that same division."""
    cited: dict[str, set[str]] = defaultdict(set)
    for ms in per_doc:
        for m in ms:
            division = DIVISION_NAME.search(m.text)
            if m.cls and lexicon.core(m.cls) == "Policy" and division and division.end() == len(m.text) \
                    and division.start() > 0:
                cited[division.group()].add(m.key)
    for ms in per_doc:
        for m in ms:
            keys = cited.get(m.text, set())
            if DIVISION_NAME.fullmatch(m.text) and len(keys) == 1 and m.key not in keys:
                m.key = next(iter(keys))


def _merge_numbered_names(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"the Fair Fares Act (H.R. 4410)", "S. 2071, the Clear Pricing Act,",
    "Ordinance 24-17, the Rental Heating Ordinance": a bill's number (or a
    policy's kind and number) written beside its name, in brackets or
    between commas, is another name of that bill."""
    links: dict[str, set[str]] = defaultdict(set)
    for doc, ms in zip(docs, per_doc):
        numbered = [m for m in ms if m.source == "number" or m.cls and (  # ("a new Chapter 27B, the Docks Act,")
            LEGISLATION_NUMBER.fullmatch(m.text) or _NUMBERED_NAME.fullmatch(m.text)
            or DIVISION_NAME.fullmatch(m.text))]
        names = {m.tokens[0]: m for m in ms if m.cls and m not in numbered and m.text[:1].isupper()
                 and m.text.split()[0].lower() not in _PART_NOUNS}  # "P.L. 109-58, Section 131": a part of it
        ends = {m.tokens[-1]: m for m in names.values()}
        ends.update({m.tokens[-1]: m for m in ms if m.cls and m not in numbered and m.text.islower()
                     and m.tokens[-1] + 2 < len(doc) and doc[m.tokens[-1] + 1].text == ","})  # "a companion bill,"
        for m in numbered:
            a, b = m.tokens[0], m.tokens[-1]
            before = doc[a - 1].text if a > 0 else ""
            after = doc[b + 1].text if b + 1 < len(doc) else ""
            kind_numbered = m.source != "number" and not LEGISLATION_NUMBER.fullmatch(m.text)
            # "the Solar Rule, Ordinance 24-17 and Ordinance 24-18": a numbered ordinance after a name is a list's
            # next item; only "Ordinance 24-17, the Heating Ordinance," sets a title beside it
            listed = after in {"and", "or"} or after == "," and b + 2 < len(doc) and doc[b + 2].lower_ in {"and", "or"}
            # ("the Clean Water Act (CWA), H.R. 3390, and S. 120 differ": a list of bills, not a bill's other name)
            named = ends.get(_name_end_before(doc, a)) if before in {"(", ",", ";"} and not kind_numbered \
                and not (listed and before == ",") else None
            if named is None and after in {"(", ","}:
                the = b + 2 < len(doc) and doc[b + 2].lower_ == "the"
                start = b + 3 if the else b + 2
                if the and start + 2 < len(doc) and doc[start].lower_ == "so" and doc[start + 1].text == "-":
                    start += 3  # "S. 1142, the so-called Flexibility Act"
                named = names.get(start) if the or not kind_numbered else None
            line_start = a == 0 or "\n" in doc[a - 1].text_with_ws or doc[a - 1].is_space
            short_end = next((t.i for t in doc[b + 2 : b + 7] if t.text == ")"), None) if after == "(" else None
            if named is None and short_end is not None and short_end + 3 < len(doc) \
                    and doc[short_end + 1].text == "," and doc[short_end + 2].lower_ == "the" and not kind_numbered:
                named = names.get(short_end + 3)  # "House Bill 409 (HB 409), the Data Broker Act": short form first
            if after == "(" and line_start:  # "SB 612 (Voss) — ...": the sponsor in brackets before the dash
                close = next((t.i for t in doc[b + 2 : b + 6] if t.text == ")"), None)
                if close is not None and close + 1 < len(doc):
                    b, after = close, doc[close + 1].text
            titled = after in {"\u2014", "\u2013", "-", "--", ":"} and line_start
            if named is None and titled:  # a title line: "H.B. 1184 -- Residential Solar Consumer Protection Act"
                the = b + 2 < len(doc) and doc[b + 2].lower_ == "the"
                named = names.get(b + 3 if the else b + 2)
            if named is not None and lexicon.core(named.cls) == "Policy" and named.key != m.key:
                links[m.key].add(named.key)
    rekey = {number: next(iter(keys)) for number, keys in links.items() if len(keys) == 1}
    for ms in per_doc:
        for m in ms:
            if m.key in rekey:
                m.key = rekey[m.key]


def _merge_bracketed_names(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"the Dodd-Frank Harbor Reform Act (Dodd-Frank Act; P.L. 111-203)":
    a bill's or law's number that opens a bracket after a policy's name, or
    follows a semicolon in it, is another name of that policy (a number the
    bracket names later, "(P.L. 109-58, Section 131)", is not). Short names
    in the bracket ("(HTC Act)") were merged too and cost held-out relations
    (docs/quality.md), so only numbers are."""
    links: dict[str, set[str]] = defaultdict(set)
    # where each name is first given ('"Fair Start" (the Budget Act)' names the titled policy only if the Budget Act
    # is not already another)
    first_at: dict[str, tuple[int, int]] = {}
    for n, ms in enumerate(per_doc):
        for m in sorted(ms, key=lambda m: m.tokens[0]):
            first_at.setdefault(m.key, (n, m.tokens[0]))
    for n, (doc, ms) in enumerate(zip(docs, per_doc)):
        policies = [m for m in ms if m.cls and lexicon.core(m.cls) == "Policy"]
        ends = {m.tokens[-1]: m for m in policies}
        starts = {m.tokens[0]: m for m in policies}
        for tok in (t for t in with_words(doc, {"("}) if t.i >= 1):
            end = tok.i - 1
            if end >= 2 and doc[end].like_num and doc[end - 1].lower_ == "of":  # "Act of 1990 (...)"
                end -= 2
            quoted = doc[end].text in QUOTES and end >= 1  # 'titled "Refunding Airline Tickets" (the Refund Rule)'
            named = ends.get(end - 1 if quoted else end)
            if named is None or quoted and named.source != "title":
                continue
            close = next((t.i for t in doc[tok.i + 1 : tok.i + 16] if t.text == ")"), None)
            if close is None:
                continue
            items = [tok.i + 1] + [t.i + 1 for t in doc[tok.i + 1 : close] if t.text == ";"]
            for item in items:
                i = item + (1 if item < close and doc[item].lower_ == "the" else 0)
                i += 1 if i < close and doc[i].text in QUOTES else 0  # (the "Code")
                other = starts.get(i)
                if other is not None and other.key != named.key and other.tokens[-1] < close \
                        and (LEGISLATION_NUMBER.fullmatch(other.text) or KIND_AND_CODE.fullmatch(other.text)
                             or item == tok.i + 1 and defines_short_name(doc, tok.i, close, named.text)
                             or item == tok.i + 1 and quoted and titled_as(doc, named)
                             and names_a_title(doc, tok.i, close, lexicon)
                             and first_at.get(other.key) == (n, other.tokens[0])):
                    links[other.key].add(named.key)  # "(Policy IT-27)" too
    rekey = {other: next(iter(keys)) for other, keys in links.items() if len(keys) == 1}
    for ms in per_doc:
        for m in ms:
            if m.key in rekey:
                m.key, m.concept = rekey[m.key], ""


def titled_as(doc: Doc, title: Mention) -> bool:
    """Whether a quoted title is given as what a policy is titled: 'a final
    rule, titled "Refunding Airline Tickets"' (not 'an amendment called "Fair
    Start"', a nickname)."""
    start = title.tokens[0] - (1 if title.tokens[0] >= 1 and doc[title.tokens[0] - 1].text in QUOTES else 0)
    return start >= 1 and doc[start - 1].lower_ in {"titled", "entitled"}


def names_a_title(doc: Doc, open_: int, close: int, lexicon: Lexicon) -> bool:
    """'a final rule titled "Refunding Airline Tickets and Ancillary Service
    Fees" (the Refund Rule)': a bracket after a quoted title that opens with
    "the" and holds a short capitalised name ending in a policy's kind word
    gives the name the text calls the titled policy by, whatever its words."""
    words = [t for t in doc[open_ + 1 : close] if t.text not in QUOTES]
    return 3 <= len(words) <= 6 and words[0].lower_ == "the" and all(t.is_title for t in words[1:]) \
        and any(lexicon.core(c) == "Policy" for c in lexicon.head_nouns.get(singular(words[-1].lower_), ()))


def defines_short_name(doc: Doc, open_: int, close: int, name: str) -> bool:
    """"the Consumer Credit (Deferred Payment) Amendment Regulations 2025 (the
    Amendment Regulations)", "the Anti-Doping Code (the "Code")": a bracket
    that opens with "the" and holds only capitalised words of the name
    before it, maybe quoted, defines the short name the text uses for it."""
    words = [t for t in doc[open_ + 1 : close] if t.text not in QUOTES]
    if len(words) < 2 or words[0].lower_ != "the":
        return False
    own = {w.lower() for w in re.findall(r"[\w-]+", name)}
    return all(t.is_title and t.lower_ in own for t in words[1:])


def _merge_defined_descriptions(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"the Ohio Department of Harbors (the State agency)", "Acme Marine
    LLC (the Company)": a description in brackets right after an actor's
    name defines what the article calls it from then on; the words in the
    bracket name nothing else. (Acronyms are handled as long forms;
    policies' bracketed short names cost relations, see
    `_merge_bracketed_names`.)"""
    defined: dict[str, str] = {}
    for doc, ms in zip(docs, per_doc):
        brackets: list[tuple[int, int]] = []
        for named in [m for m in ms if m.cls and lexicon.core(m.cls) == "Actor"]:
            open_ = named.tokens[-1] + 1
            close = next((t.i for t in doc[open_ + 1 : open_ + 6] if t.text == ")"), None)
            if open_ >= len(doc) or doc[open_].text != "(" or close is None:
                continue
            words = [t for t in doc[open_ + 1 : close] if t.lower_ != "the"]
            if not words or not all(t.is_alpha for t in words) or len(words) == 1 and words[0].is_upper:
                continue
            defined.setdefault(" ".join(t.lower_ for t in words), named.key)
            brackets.append((open_, close))
        ms[:] = [m for m in ms if not any(a < m.tokens[0] < b for a, b in brackets)]
    rekey = {m.key: defined[text] for ms in per_doc for m in ms if m.cls
             and (text := re.sub(r"^the ", "", m.text.lower())) in defined and m.key != defined[text]}
    for ms in per_doc:
        for m in ms:
            if m.key in rekey:
                m.key, m.concept = rekey[m.key], ""


def _merge_known_as(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"The Tenant Protection Act, commonly called the Delgado Act", "the
    Fair Fees Rule, known as the all-in pricing rule": the name given after
    a naming participle is another name of the same thing, when it names
    the same kind of thing ("a memorandum named the Commission as the lead
    agency" names no memorandum). After a list the parser hangs the
    participle on its first item, it names the last ("the Chamber of
    Commerce and a coalition of platforms called Works Flexibly")."""
    for doc, ms in zip(docs, per_doc):
        at = {i: m for m in ms if m.cls for i in m.tokens}
        for first in (m for m in ms if m.cls):
            for verb in (c for c in doc[first.head].children if c.lemma_.lower() in NAMING_VERBS and (
                    c.dep_ == "acl" or c.dep_ == "relcl" and any(  # "AB 412, which its sponsors call the X Act"
                        o.dep_ == "dobj" and o.lower_ in {"which", "that"} for o in c.children))):
                if any(c.dep_ == "advmod" and c.lower_ in {"collectively", "together", "jointly"} for c in verb.children):
                    continue  # "collectively known as the Coalition": a name for the whole list
                # (the list's last item, however the parser chains its items)
                joined = [c for c in doc[first.head].subtree if c.dep_ == "conj" and first.tokens[-1] < c.i < verb.i
                          and _items_up_to(c, first.head)]
                m = at.get(joined[-1].i) if joined else first
                if m is None:
                    continue
                given = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp"}]
                given += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                          for o in p.children if o.dep_ == "pobj"]
                # "known as ZOAM-2025-04 or the Harbor Noise Standards": each name after an "or" is one too
                given += [j for t in list(given) for j in t.conjuncts if j.i > t.i and any(
                    c.dep_ == "cc" and c.lower_ == "or" for c in t.children)]
                for other in (at[t.i] for t in given if t.i in at and at[t.i].key != m.key
                              and lexicon.core(at[t.i].cls) == lexicon.core(m.cls)):
                    old = other.key
                    for named in (x for xs in per_doc for x in xs if x.key == old):
                        named.key = m.key


#: Verbs of acting under a name: "writing together as the Fair Accounts Coalition", "doing business as Quickwage".
_ACTING_VERBS = frozenset({"write", "act", "work", "operate", "do", "speak", "sign", "comment", "file", "trade"})


def _merge_acting_as(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"The undersigned organizations, writing together as the Fair
    Accounts Coalition, ...", "Bayside Fuel, Inc., doing business as
    Bayside Marine": who acts under a name is the one it names. Read from
    the words after the actor ("X, <verb>-ing [together] as [the] Y"), as
    the parse of such openings is often wrong."""
    for doc, ms in zip(docs, per_doc):
        starts = {m.tokens[0]: m for m in ms if m.tokens and lexicon.core(m.cls) == "Actor"}
        for m in [m for m in ms if m.tokens and lexicon.core(m.cls) == "Actor"]:
            i = m.tokens[-1] + 1
            if not (i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].tag_ == "VBG"
                    and doc[i + 1].lemma_.lower() in _ACTING_VERBS):
                continue
            j = i + 2
            if doc[j].pos_ == "ADV" or doc[j].lower_ == "business":  # "writing together as", "doing business as"
                j += 1
            if j + 1 < len(doc) and doc[j].lower_ == "as":
                j += 1 + (doc[j + 1].lower_ == "the")
                other = starts.get(j)
                if other is not None and other.key != m.key:
                    old = other.key
                    for named in (x for xs in per_doc for x in xs if x.key == old):
                        named.key = m.key


#: Verbs by which a bill becomes law under a number or name: "the Act, which the Legislature passed as House Bill 2211".
_ENACTING_VERBS = frozenset({"pass", "enact", "introduce", "adopt", "file", "approve", "sign", "publish", "issue"})


def _merge_enacted_as(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"the Residential Property Manager Licensing Act, which the
    Legislature passed as House Bill 2211", "the Harbor Safety Act, enacted
    as Senate Bill 12": the number or name a policy was passed as is
    another name of it, when it is written as a name and names the same
    kind of thing ("passed as an amendment to the budget" is no name).
    Matched by the words after "as", since the parser may read that "as"
    as opening a clause ("as House Bill 2211 and the Governor signed")."""
    for doc, ms in zip(docs, per_doc):
        starts = {m.tokens[0]: m for m in ms if m.cls and m.tokens}
        for m in (m for m in ms if m.cls and lexicon.core(m.cls) == "Policy"):
            for verb in (c for c in doc[m.head].children if c.dep_ in {"relcl", "acl"} and c.i > m.head
                         and c.lemma_.lower() in _ENACTING_VERBS and not negated(c)):
                if verb.dep_ == "relcl" and not any(c.dep_ in {"dobj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}
                                                    for c in verb.children):
                    continue  # "the Act, which passed the House as ...": no name given to the Act
                after = [c.i + 1 for c in verb.children if c.lower_ == "as" and c.dep_ in {"prep", "mark", "advmod"}]
                after = [i + 1 if i < len(doc) and doc[i].lower_ == "the" else i for i in after]
                for other in (starts[i] for i in after if i in starts):
                    if other.key != m.key and lexicon.core(other.cls) == "Policy" and other.text[:1].isupper():
                        old = other.key
                        for named in (x for xs in per_doc for x in xs if x.key == old):
                            named.key = m.key


#: Where a bill or act gives its own short title: "Names the bill the \"Safe Harbors Act\"", "This Act may be cited
#: as the Safe Harbors Act"; group 1 is the kind noun that stands for the bill.
_SELF_GIVEN_TITLE = re.compile(
    r"(?:^|(?<=[.:]\s))(?:Names|Titles)\s+(?:the|this)\s+(bill|act|measure|ordinance|resolution)\s+"
    r"(?:as\s+)?(?:the\s+)?[\"\u201c]?(?=[A-Z])"
    r"|\b[Tt]his\s+(act|bill|ordinance|resolution)\s+(?:may|shall|will)\s+be\s+(?:cited|known)\s+as\s+"
    r"(?:the\s+)?[\"\u201c]?(?=[A-Z])")


def _merge_self_given_titles(docs: list[Doc], per_doc: list[list[Mention]]) -> None:
    """"Section 1. Short title. Names the bill the \"Safe Harbors Act.\"",
    "This Act may be cited as the Safe Harbors Act": the title a bill gives
    itself is another name of the bill the kind noun there stands for."""
    for doc, ms in zip(docs, per_doc):
        for match in _SELF_GIVEN_TITLE.finditer(text_of(doc)):
            kind = match.start(1) if match.group(1) else match.start(2)
            bill = next((m for m in ms if m.cls and doc[m.head].idx == kind), None)
            title = next((m for m in ms if m.cls and doc[m.tokens[0]].idx == match.end() and m is not bill), None)
            if bill is None or title is None or bill.key == title.key:
                continue
            old = title.key
            for named in (x for xs in per_doc for x in xs if x.key == old):
                named.key = bill.key


def _items_up_to(item: Token, first: int) -> bool:
    """Whether a conjunct hangs on the list's first item through items only
    ("the Union, the League and a group": the parser may chain them), not
    from inside one ("a coalition of delivery and errand platforms")."""
    at = item
    while at.dep_ == "conj" and at.head.i != at.i:
        at = at.head
        if at.i == first:
            return True
    return False


#: A short title with its kind noun: "TICKET Act", "BOSS and SWIFT Act".
_SHORT_TITLE = re.compile(r"[A-Z][A-Z&-]*(?: (?:and|&) [A-Z][A-Z&-]*)* [A-Z][a-z]+")


def short_titles_of(m: Mention) -> list[str]:
    """A policy's short titles with their kind noun among its other names."""
    return [v for v in m.variants if _SHORT_TITLE.fullmatch(v)] if m.source in {"title", "acronym"} else []


def _merge_short_titles(mentions: list[Mention], lexicon: Lexicon) -> None:
    """"The BOSS and SWIFT Act was introduced in 2022", a mention of its
    own: the short title of a policy named in full before is that policy."""
    titled = {short.lower(): m.key for m in mentions for short in short_titles_of(m)}
    for m in mentions:
        key = titled.get(m.text.lower())
        if key and m.key != key and m.cls and lexicon.core(m.cls) == "Policy":
            m.key, m.concept = key, ""


#: A bill or resolution named in words and number ("Senate Bill 612", "Assembly Bill 5"), and in initials ("SB 612").
_NUMBERED_IN_WORDS = re.compile(r"((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+) (\d+)")
_NUMBERED_IN_INITIALS = re.compile(r"((?:[A-Z]\.?){2,4}) ?(\d+)")
def _merge_sectioned_names(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"the Section 12 harbor dredging program" and "the Harbor Dredging
    Program": a policy's name of three words or more, written again after
    the section of law that makes it, is the same policy. (Not after a
    place: "the Texas Religious Freedom Restoration Act" is not the federal
    one; nor after a kind word: "Corporate Social Credit System".)"""
    names: dict[str, str] = {}
    for ms in per_doc:
        for m in ms:
            if m.cls and lexicon.core(m.cls) == "Policy" and len(m.text.split()) >= 3 and not m.text.islower():
                names.setdefault(m.text.lower(), m.key)
    rekey: dict[str, str] = {}
    for doc, ms in zip(docs, per_doc):
        for m in ms:
            if not m.cls or lexicon.core(m.cls) != "Policy":
                continue
            if len(m.tokens) < 5:  # "Section 12" and a name of three words or more
                continue
            section, number = doc[m.tokens[0]], doc[m.tokens[1]]
            key = names.get(" ".join(m.text.lower().split()[2:]))
            if section.lower_ in {"section", "title"} and number.like_num and key and key != m.key:
                rekey[m.key] = key
    for ms in per_doc:
        for m in ms:
            m.key = rekey.get(m.key, m.key)


#: A title written with the initials of its name before its kind: "PHS Act", "FD&C Act".
_INITIALLED_TITLE = re.compile(r"([A-Z][A-Z&]{1,7}) ([A-Z][a-z]+)")


def _without_scope(name: str) -> str:
    """A name without the word saying whose it is, which initials often
    leave out: "Food, Drug, and Cosmetic" of "Federal Food, Drug, and
    Cosmetic" ("FD&C Act")."""
    return re.sub(r"^(?:the\s+)?(?:Federal|National|State|U\.S\.)\s+", "", name)


def _merge_initialled_titles(mentions: list[Mention], lexicon: Lexicon) -> None:
    """"the PHS Act" after "the Public Health Service Act": a title made of
    the initials of a policy's name and the same kind word is that policy,
    when one policy the article names fits; so is "SB 612" after "Senate
    Bill 612"."""
    policies = [m for m in mentions if m.cls and lexicon.core(m.cls) == "Policy"]
    numbered: dict[str, set[str]] = defaultdict(set)  # "SB 612" -> keys of "Senate Bill 612"
    for m in policies:
        full = _NUMBERED_IN_WORDS.fullmatch(m.text)
        if full:
            numbered[f"{initials(full.group(1))} {full.group(2)}"].add(m.key)
    for m in policies:
        coded = _NUMBERED_IN_INITIALS.fullmatch(m.text)
        keys = numbered.get(f"{coded.group(1).replace('.', '')} {coded.group(2)}", set()) if coded else set()
        if len(keys) == 1 and m.key not in keys:
            m.key, m.concept = next(iter(keys)), ""
    for m in policies:
        short = _INITIALLED_TITLE.fullmatch(m.text)
        if not short:
            continue
        letters, kind = short.group(1).replace("&", ""), short.group(2)
        if len(letters) < 3:
            continue  # "EU Directive": two letters spell too many names
        keys = {o.key for o in policies if o.key != m.key and o.text.endswith(" " + kind)
                and letters in {initials(o.text[: -len(kind)]), initials(_without_scope(o.text[: -len(kind)]))}}
        if len(keys) == 1:
            m.key, m.concept = keys.pop(), ""


#: A law called by its year and kind: "the 2019 Act", "the 2018 Regulations".
_YEAR_AND_KIND = re.compile(r"(?:the\s+)?((?:19|20)\d\d)\s+([A-Z][a-z]+)")


def _merge_dated_names(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"APBL Anti-Doping Code 2025" and "the APBL Anti-Doping Code": a
    policy's name with its year written after it and the same name without
    it are one policy, when the article dates that name with one year only
    (a "Farm Bill 2014" and a "Farm Bill 2018" leave a bare "Farm Bill" apart)."""
    policies = [m for ms in per_doc for m in ms if m.cls and lexicon.core(m.cls) == "Policy"]
    # "the old Gambling Act", "new Grant Rules": a bare name told apart from another version is not the dated one
    versioned = {re.sub(r"^the ", "", m.text.lower()) for doc, ms in zip(docs, per_doc) for m in ms
                 if m.tokens and m.tokens[0] > 0 and doc[m.tokens[0] - 1].lower_ in _VERSION_WORDS}
    dated: dict[str, set[str]] = defaultdict(set)  # the name without its year -> keys of its dated forms
    for m in policies:
        name, _, year = m.text.rpartition(" ")
        if re.fullmatch(r"(?:19|20)\d\d", year) and len(name.split()) >= 2 and name[:1].isupper() \
                and name.lower() not in versioned:
            dated[name.lower()].add(m.key)
    rekey = {m.key: next(iter(keys)) for m in policies
             if len(keys := dated.get(re.sub(r"^the ", "", m.text.lower()), set())) == 1 and m.key not in keys}
    for m in (m for ms in per_doc for m in ms if m.key in rekey):
        m.key, m.concept = rekey[m.key], ""


#: Words that tell one version of a law from another: "the old Act", "the new Rules".
_VERSION_WORDS = frozenset({"old", "new", "former", "previous", "prior", "original", "earlier", "existing", "current",
                            "repealed", "amended", "revised", "updated"})


def _merge_year_references(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"Under the 2019 Act": a law called by its year and kind is the one law
    the article names with that year and kind ("Pensions and Caregiving Act
    2019", "the Harbor Act of 2019", its year said right after the name);
    left apart when none or several do."""
    policies: list[tuple[Mention, str]] = []  # each policy mention, with the text that carries its year
    for doc, ms in zip(docs, per_doc):
        for m in (m for m in ms if m.cls and lexicon.core(m.cls) == "Policy"):
            end = m.tokens[-1]
            after = doc[end + 1 : end + 3].text if end + 2 < len(doc) and doc[end + 1].lower_ == "of" else ""
            policies.append((m, f"{m.text} {after}"))
    for m, _named in policies:
        short = _YEAR_AND_KIND.fullmatch(m.text)
        if short is None:
            continue
        year, kind = short.groups()
        full = {o.key for o, named in policies if o.key != m.key and year in named.split()
                and not _YEAR_AND_KIND.fullmatch(o.text)
                and singular(kind.lower()) in {singular(w.lower()) for w in o.text.split()}}
        if len(full) == 1:
            m.key, m.concept = full.pop(), ""


def _name_end_before(doc: Doc, start: int) -> int:
    """Where the name a bracketed number belongs to ends: "the Fair Fares Act
    (H.R. 4410)", "the Fair Fares Act of 2019 (P.L. 116-3)", "the Fair Fares
    Act (FFA; P.L. 116-3)", "the Fair Fares Act (FFA), H.R. 4410," all point
    at "Act"; -1 when nothing fits."""
    i = start - 1
    if doc[i].text in {";", ","} and i >= 2 and doc[i - 2].text == "(":  # "(FFA; P.L. 116-3)": skip the acronym
        i -= 2
    elif doc[i].text == "," and i >= 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].is_upper:
        i -= 3  # "the Fair Fares Act (FFA), H.R. 4410,": the number after the name's acronym
    if doc[i].text not in {"(", ","}:
        return -1
    i -= 1
    if i >= 2 and doc[i].like_num and doc[i - 1].lower_ in {"of", ","}:  # "Act of 2019", "Act, 2018"
        i -= 2 if doc[i - 1].lower_ == "of" else 0
    return i


def proper_core(text: str) -> str:
    """The proper name a policy's name starts with when only lower-case words
    follow it: "Section 88" of "Section 88 boat records program",
    "H-9C" of "H-9C labor certification"; "" when there is none or the name
    goes on with another capitalised word.

    >>> proper_core("Section 88 harbour survey program"), proper_core("H-9C regulations")
    ('Section 88', 'H-9C')
    >>> proper_core("pilot program"), proper_core("GREEN LABEL Office Space"), proper_core("Section 88")
    ('', '', '')
    """
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    n = 0
    while n < len(words) and (words[n][:1].isupper() or words[n][:1].isdigit()):
        n += 1
    rest = words[n:]
    if n == 0 or not rest or not all(w.islower() for w in rest):
        return ""
    return " ".join(words[:n])


#: Kind words naming the policy itself, not a document about it ("H-9C
#: regulations" is the H-9C programme; "Section 88 recommendations" and
#: "GREEN LABEL program requirements" are documents of their own).
_SAME_POLICY_KINDS = {"program", "programs", "programme", "programmes", "scheme", "initiative", "system", "regulation",
                      "regulations", "rule", "rules", "certification"}


def _merge_policies_by_core(per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"the H-9C program", "H-9C regulations", "the H-9C labor certification",
    and "H-9C" alone: one policy named by its proper core and different kind
    words. A numbered part of a law alone names something else (the statute
    "Section 88" and "the Section 88 program" run under it). Not when
    the core names an actor or place ("HSE rules" and "HSE guidance" are two
    policies of one agency), nor when two cores differ ("Section 88" and
    "Section 91")."""
    mentions = [m for ms in per_doc for m in ms]
    not_policy = {m.text for m in mentions if m.cls and lexicon.core(m.cls) != "Policy"}
    by_core: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.cls and lexicon.core(m.cls) == "Policy" and not m.concept:
            core = proper_core(m.text) or m.text.removeprefix("the ")
            by_core[core].append(m)
    for core, ms in by_core.items():
        part = core.split()[0].lower() in _PART_NOUNS  # "Section 88" is a statute, "the Section 88 program" runs under it
        ms = [m for m in ms if (m.text.removeprefix("the ") != core or not part and len(by_core[core]) > 1)
              and (m.text.removeprefix("the ") == core or m.text.split()[-1].lower() in _SAME_POLICY_KINDS)]
        keys = Counter(m.key for m in ms)
        if len(keys) < 2 or core in not_policy or len(core) < 3:
            continue
        target = keys.most_common(1)[0][0]
        for m in mentions:  # the whole of each policy merged, not only the mentions written with the core
            if m.key in keys:
                m.key = target


def programme_stem(text: str) -> str:
    """The proper name of a programme without its kind noun: "GREEN LABEL"
    of "GREEN LABEL program", "Quick Return" of "the HMRC Quick Return Program";
    "" unless every word before the kind noun is capitalised.

    >>> programme_stem("GREEN LABEL program"), programme_stem("pilot program"), programme_stem("Section 12 program")
    ('GREEN LABEL', '', '')
    """
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words[:-1]):
        return ""
    return " ".join(words[:-1])


#: Kind nouns a programme's name may drop ("the GREEN LABEL program" / "GREEN LABEL").
_PROGRAMME_NOUNS = {"program", "programme", "scheme", "initiative", "project", "system", "practice", "offering"}


def _add_programme_names(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                         lexicon: Lexicon) -> None:
    """"the agency launched GREEN LABEL" after "the GREEN LABEL program": the name
    without its kind noun (program, scheme, initiative ...) is the programme.
    Also taken from the name's tail after an owner ("Quick Return" of "HMRC
    Quick Return Program"). Only names a single programme of the article has."""
    by_stem: dict[str, set[str]] = defaultdict(set)
    for doc, ms in zip(docs, per_doc):
        for m in ms:
            if lexicon.core(m.cls) != "Policy" or m.head != m.tokens[-1] or doc[m.head].lemma_.lower() not in _PROGRAMME_NOUNS:
                continue
            words = programme_stem(m.text).split()
            for n in range(len(words)):  # "HMRC Quick Return" -> also "Quick Return"
                tail = " ".join(words[n:])
                if len(tail) >= 4 and not re.fullmatch(r"[A-Z]{2,6}|[A-Z][a-z]+", tail):
                    by_stem[tail].add(m.key)
    _add_occurrences(docs, per_doc, tok_maps, by_stem, lexicon)


def _add_repeated_names(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                        lexicon: Lexicon) -> None:
    """A proper name of an actor or policy found once names the same thing
    wherever else the article writes it (the tagger often finds "Lisbon" in
    one sentence and not in the next): one sense per article."""
    by_name: dict[str, set[str]] = defaultdict(set)
    defined: dict[str, set[str]] = defaultdict(set)  # a name the article defines an acronym for
    for ms in per_doc:
        for m in ms:
            if m.cls and lexicon.core(m.cls) in {"Actor", "Policy"} and _is_name(m.text):
                by_name[m.text].add(m.key)
                if m.source == "acronym":
                    defined[m.text].add(m.key)
            for short in short_titles_of(m):  # "the FAST and DOCK Act" after "... Docking (FAST and DOCK) Act"
                by_name[short].add(m.key)
                defined[short].add(m.key)
    for name, keys in by_name.items():
        if len(keys) > 1 and len(defined.get(name, ())) == 1:
            by_name[name] = defined[name]  # "Parents with Young Children Act (PYCA)": the act, not a group
    _add_occurrences(docs, per_doc, tok_maps, by_name, lexicon)


def _add_business_short_names(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                              lexicon: Lexicon) -> None:
    """"Silver Delta" for "Silver Delta Resorts, Inc.": the first words of a
    business's name (two at least, short of its last word and legal form),
    written as a name of their own (no capitalised word before or after),
    are that business, when they begin no other business's name and are
    never written as a place or as a body set apart (`_place_or_apart`)."""
    prefixes: dict[str, set[str]] = defaultdict(set)
    first_named: dict[str, int] = {}  # business -> order of its first mention
    lower_words = {t.lower_ for doc in docs for t in doc if t.is_lower}
    for doc, ms in zip(docs, per_doc):
        for m in ms:
            words = [w for w in m.text.replace(",", " ").split() if w.lower().replace(".", "") not in LEGAL_FORMS]
            if m.tokens and _is_name(m.text) and _legal_form_ends(doc, m.tokens[-1]) and len(words) >= 2:
                first_named.setdefault(m.key, len(first_named))
                for n in range(1, len(words)):
                    if n > 1 or _coined_word(words[0], lower_words):
                        prefixes[" ".join(words[:n])].add(m.key)
    # ("Halvorsen" of "Halvorsen Home Appliances, Inc." and of its subsidiary "Halvorsen Direct LLC", named after it:
    # a coined word alone is the business named first)
    names = {p: keys if len(keys) == 1 else {min(keys, key=first_named.__getitem__)} for p, keys in prefixes.items()
             if len(keys) == 1 or " " not in p}
    # not a place ("New York" of "New York Life Insurance Co.", "into the Great Lakes") nor a body told apart
    # ("Morgan Stanley, its parent company")
    names = {p: keys for p, keys in names.items() if not any(_place_or_apart(doc, start, p) for doc in docs
                                                             for start in _starts(doc, p))}
    if not names:
        return
    for doc, ms, tok_map in zip(docs, per_doc, tok_maps):
        for m in ms:  # the words found as an actor of their own ("Silver Delta" read as a group)
            if m.text in names and lexicon.core(m.cls) in {"Actor", ""} and not m.concept and _alone(doc, m.tokens) \
                    and m.cls != "Country":
                m.key, m.cls = next(iter(names[m.text])), ""
        taken = {i for m in ms for i in m.tokens}
        for name, keys in names.items():
            for start in _starts(doc, name):
                toks = tuple(range(start, start + len(name.split())))
                if not taken.intersection(toks) and _alone(doc, toks):
                    taken.update(toks)
                    ms.append(Mention(toks, name, "", "repeat", key=next(iter(keys)), head=toks[-1],
                                      sentence=tok_map.get(start, -1)))


#: Words that open many names and say what a business is or where, not which one: "American", "National".
_COMMON_NAME_WORDS = frozenset({"american", "national", "united", "general", "first", "global", "international",
                                "federal", "state", "city", "county", "north", "south", "east", "west", "northern",
                                "southern", "eastern", "western", "new", "great", "royal", "central", "pacific",
                                "atlantic", "standard", "universal", "allied", "consolidated", "the"})


def _coined_word(word: str, lower_words: set[str]) -> bool:
    """Whether a business name's first word is coined ("Halvorsen",
    "TideMark"), so it names that business alone; a word the text also
    writes in lower case ("Summit", "summit") or that opens many names
    ("National") does not."""
    return len(word) >= 4 and word[:1].isupper() and not word.isupper() and word.isalpha() \
        and word.lower() not in lower_words and word.lower() not in _COMMON_NAME_WORDS


def _starts(doc: Doc, words: str) -> list[int]:
    """Token indexes where `words` begin in `doc`."""
    first, n = words.split()[0], len(words.split())
    return [t.i for t in doc if t.text == first and doc[t.i : t.i + n].text == words]


def _place_or_apart(doc: Doc, start: int, words: str) -> bool:
    """Whether the words at `start` name a place (the tagger's place, or
    after "the" or a preposition of place: "into the Great Lakes") or a
    body set apart by a description ("Morgan Stanley, its parent company")."""
    span = doc[start : start + len(words.split())]
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return span[0].ent_type_ == "GPE" or before[-1:] == ["the"] or any(w in _PLACE_PREPOSITIONS for w in before) \
        or any(c.dep_ == "appos" for c in span.root.children)


#: Prepositions of where: the words after them ("in Southern California") name a place.
_PLACE_PREPOSITIONS = frozenset({"in", "into", "across", "throughout", "near", "from", "at", "around", "outside"})


def _alone(doc: Doc, tokens: tuple[int, ...]) -> bool:
    """Whether words are a name of their own, no capitalised word (or "&")
    right before or after them: not the start of "the Silver Delta Casino
    & Hotel"."""
    before = doc[tokens[0] - 1] if tokens[0] > 0 else None
    after = doc[tokens[-1] + 1] if tokens[-1] + 1 < len(doc) else None
    return not (before is not None and before.is_title and not before.is_sent_start
                or after is not None and (after.is_title or after.text == "&"))


def _add_name_head_callbacks(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                             lexicon: Lexicon) -> None:
    """"The Caregiver Relief Credit ... The credit was created by ...": a
    name's last word that marks a policy only in a name (`nameHeadNoun`:
    credit, fund, grant, rebate) calls that policy back after "the", when the
    article names exactly one policy so headed."""
    heads = {w for w, classes in lexicon.name_heads.items() if any(lexicon.core(c) == "Policy" for c in classes)}
    named: dict[str, set[str]] = defaultdict(set)
    for ms in per_doc:
        for m in ms:
            words = m.text.split()
            if len(words) >= 2 and _is_name(m.text) and words[-1].lower() in heads and lexicon.core(m.cls) == "Policy":
                named[words[-1].lower()].add(m.key)
    named = {w: keys for w, keys in named.items() if len(keys) == 1}
    for doc, ms, tok_map in zip(docs, per_doc, tok_maps):
        taken = {i for m in ms for i in m.tokens}
        for t in with_words(doc, frozenset(named)):
            if t.i not in taken and t.tag_ == "NN" and t.i > 0 and doc[t.i - 1].lower_ == "the" \
                    and not any(c.dep_ in {"compound", "amod"} for c in t.children):
                ms.append(Mention((t.i,), t.text, "", "repeat", key=next(iter(named[t.lower_])), head=t.i,
                                  sentence=tok_map.get(t.i, -1)))


def _add_capitalised_kind_callbacks(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                                    lexicon: Lexicon) -> None:
    """"the Food Labelling Regulations 2025 ... officers enforce the
    Regulations", "the Rule": a policy's kind word written with a capital
    after "the" or "these" is the defined short name of the one policy the
    article names with that kind word (a kind word alone is otherwise too
    general to be a mention: "regulations", "the rule")."""
    generic = lexicon.generic.get("Policy", frozenset())
    named: dict[str, set[str]] = defaultdict(set)
    for ms in per_doc:
        for m in ms:
            words = _up_to_kind(m.text).split()
            bare = re.sub(r"[()]", "", " ".join(words))  # ("Food Information (Allergen Labelling) Regulations")
            if len(words) >= 2 and m.cls and lexicon.core(m.cls) == "Policy" and _is_name(bare) \
                    and singular(words[-1].lower()) in generic:
                named[words[-1]].add(m.key)
    named = {w: keys for w, keys in named.items() if len(keys) == 1}
    for doc, ms, tok_map in zip(docs, per_doc, tok_maps):
        taken = {i for m in ms for i in m.tokens}
        for t in (t for t in doc if t.text in named and t.i not in taken and t.i > 0):
            named_on = t.i + 1 < len(doc) and doc[t.i + 1].is_title  # ("the Rules Committee": another name)
            if doc[t.i - 1].lower_ in {"the", "these", "this"} and not named_on and not any(
                    c.dep_ in {"compound", "amod"} for c in t.children):
                ms.append(Mention((t.i,), t.text, "", "repeat", key=next(iter(named[t.text])), head=t.i,
                                  sentence=tok_map.get(t.i, -1)))


def _add_proposal_callbacks(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                           lexicon: Lexicon) -> None:
    """"EPA proposed amendments to the standards ... Clean Air Frontlines
    praised the proposal": "the proposal" calls back the one policy the
    article says someone proposed (also "the proposed rule"), and is one of
    its names."""
    keys = _proposed_policies(docs, per_doc, lambda m: bool(m.cls) and lexicon.core(m.cls) == "Policy")
    if len(keys) != 1:
        return
    key = keys.pop()
    for doc, ms, tok_map in zip(docs, per_doc, tok_maps):
        taken = {i for m in ms for i in m.tokens}
        for t in with_words(doc, {"proposal"}):
            if t.i not in taken and t.i > 0 and doc[t.i - 1].lower_ in {"the", "this"} \
                    and not any(c.dep_ in {"compound", "amod", "poss"} or c.dep_ == "prep" and c.lower_ == "of"
                                for c in t.children):
                ms.append(Mention((t.i,), t.text, "", "repeat", key=key, head=t.i, sentence=tok_map.get(t.i, -1)))


def _said_proposed(head: Token) -> bool:
    """Whether a policy's head word is what someone proposed: "EPA proposed
    amendments", "the proposed rule"."""
    return head.dep_ == "dobj" and head.head.lemma_.lower() == "propose" \
        or any(c.dep_ == "amod" and c.lower_ == "proposed" for c in head.children)


#: Kinds of law an article may write about without naming: "a rule ... the rule requires ...".
_UNNAMED_KINDS = ("rule", "law", "regulation", "ordinance")


def _add_unnamed_main_policy(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                             resolver, lexicon: Lexicon) -> None:
    """"The department finalized a rule ... Under the rule, schools must
    ... The rule also bars ...": an article that calls a law back by its
    kind noun at least three times and names no law at all is about that
    unnamed law, which becomes a policy of its own (else its duties go to
    whatever programme the article happens to name), also where a body
    makes "a rule"."""
    if any(m.cls == "Law" for ms in per_doc for m in ms):
        return
    generic = lexicon.generic.get("Policy", frozenset())
    uses = [(n, t) for n, doc in enumerate(docs) for t in doc  # "the rule of law", "the rule of thumb": idioms
            if t.lemma_.lower() in _UNNAMED_KINDS and definite_policy_noun(t, generic)
            and not any(p.dep_ == "prep" and p.lower_ == "of" for p in t.children)]
    counts = Counter(t.lemma_.lower() for _n, t in uses)
    kind, count = counts.most_common(1)[0] if counts else ("", 0)
    if count < 3:
        return
    made = lexicon.relation_cues["issuedBy"]  # "DEQ finalized a rule that ...": where it is introduced
    uses += [(n, t) for n, doc in enumerate(docs) for t in doc if t.lemma_.lower() == kind and t.dep_ == "dobj"
             and t.head.lemma_.lower() in made and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)]
    for n, tok in uses:
        if tok.lemma_.lower() == kind:
            m = Mention((tok.i,), kind, "Law", "head", head=tok.i)
            m.sentence = tok_maps[n].get(tok.i, -1)
            resolver.assign(m)
            per_doc[n].append(m)


#: A title addressed to a class of readers: "Questions and answers for food businesses", "A guide for landlords",
#: "What operators need to know".
_ADDRESSED_TITLE = re.compile(r"(?:\b(?:for|to)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s)\s*[:.?!]?\s*$"
                              r"|(?:^|:\s*)what\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)"
                              r"\s+(?:need|should|must)\s+to\s+know\b)", re.IGNORECASE)


def _add_addressed_reader(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                          segments: list[Segment], title: str, lexicon: Lexicon, resolver) -> None:
    """"Allergen labelling: questions and answers for food businesses" over
    "You must label each item ...": a guide addressed in its title to a
    class of readers says "you" to that class, so the "you" bound by a duty
    is that class (a class of people or bodies: "for businesses", not "for
    2025")."""
    # (the title, or a heading line under a letterhead: "Allergen labelling: questions and answers for businesses")
    lines = [title] + [seg.text for seg in segments[:4] if seg.role == "heading"]
    found = next((f for line in lines if (f := _ADDRESSED_TITLE.search(line.strip()))), None)
    if not found:
        return
    words = (found.group(1) or found.group(2)).lower().split()
    classes = word_classes(lexicon, singular(words[-1]), words[-1])
    if not any(lexicon.core(c) == "Actor" for c in classes) and not looks_like_agent_noun(words[-1]):
        return
    cls = choose_class(tuple(c for c in classes if lexicon.core(c) == "Actor"), lexicon) or "Group"
    text = " ".join(words)
    for doc, seg, ms, tok_map in zip(docs, segments, per_doc, tok_maps):
        if seg.role == "heading":
            continue
        taken = {i for m in ms for i in m.tokens}
        for duty in segment_duties(doc, seg, lexicon):
            you = doc[duty.actor] if duty.actor is not None else None
            if you is not None and you.lower_ == "you" and you.i not in taken:
                m = Mention((you.i,), text, cls, "required", head=you.i, sentence=tok_map.get(you.i, -1))
                resolver.assign(m)
                ms.append(m)
                taken.add(you.i)


#: Kind nouns of an instrument an article may introduce without naming it ("signed an executive order").
_INTRODUCED_KINDS = frozenset({"rule", "regulation", "order", "ordinance", "directive", "law", "bill", "policy",
                               "program", "programme", "measure"})
#: Words that describe an instrument's making, not its kind ("a new rule", "a sweeping order").
_PASSING_ADJECTIVES = frozenset({"new", "first", "second", "sweeping", "controversial", "landmark", "major",
                                 "similar", "separate", "broad", "strict", "tough", "temporary", "recent"})
#: Verbs by which a body decides to make something, and so makes it: "the council voted to approve an ordinance".
_DECIDING_VERBS = frozenset({"vote", "decide", "agree", "move", "choose", "elect"})
#: Auxiliaries of a making that has not happened ("the Board will adopt a permanent policy").
_NOT_YET = frozenset({"will", "would", "shall", "may", "might", "could", "should", "must", "to", "'ll"})
#: Verbs by which someone makes or puts forward an instrument.
_MAKING_VERBS = frozenset({"issue", "sign", "adopt", "pass", "enact", "finalize", "finalise", "propose", "approve",
                           "introduce", "announce", "launch", "unveil", "establish", "create", "publish", "implement"})


def introduced_policy(tok: Token) -> str:
    """The name an unnamed instrument gets where an article introduces it:
    "Governor Ruiz signed an executive order", "the council passed a new
    zoning ordinance" ("executive order", "zoning ordinance"); "" where the
    noun is no such introduction ("a rule of thumb", "signed the order").
    The words that qualify its kind stay; those that only say it is new do
    not."""
    if tok.lemma_.lower() not in _INTRODUCED_KINDS or tok.pos_ != "NOUN" or not tok.is_lower:
        return ""
    # "voted to approve an ordinance" made one; "expects to issue a rule" has not yet
    voted = tok.head.dep_ == "xcomp" and tok.head.head.lemma_.lower() in _DECIDING_VERBS and not negated(tok.head.head) \
        and tok.head.head.tag_ == "VBD"
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _MAKING_VERBS or negated(tok.head) \
            or tok.head.dep_ == "xcomp" and not voted or unrealised(tok.head) or in_question(tok.head) \
            or in_condition(tok.head) \
            or tok.sent.text.rstrip().endswith("?") or tok.head.tag_ == "VBG" and tok.head.dep_ in {"csubj", "nsubj"} \
            or any(c.dep_ == "aux" and c.lower_ in _NOT_YET and not (voted and c.lower_ == "to")
                   for c in tok.head.children):
        return ""  # "expects to issue a rule", "will adopt a policy", "would have passed a law": none made yet
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return ""
    start = tok.i  # the lower-case words right before the noun that qualify its kind ("zoning", "executive")
    while start > 0 and (word := tok.doc[start - 1]).is_lower and word.is_alpha and word.dep_ in {"compound", "amod"} \
            and word.lower_ not in _PASSING_ADJECTIVES and not in_hyphenated_word(word) \
            and tok.i in {a.i for a in [word.head, *word.head.ancestors]}:
        start -= 1
    return tok.doc[start : tok.i + 1].text


def _add_introduced_policies(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                             resolver, lexicon: Lexicon) -> None:
    """"Governor Ruiz signed an executive order that requires ... Business
    groups criticized the order": an instrument the article introduces
    without a name is a policy, and "the order" after it calls it back
    (the guide's unnamed policy "the article discusses as one definite
    thing"). Not where the article names a policy of the same kind ("the
    Harbor Order" would be what "the order" calls back), nor where it
    introduces two of one kind."""
    named = [m for ms in per_doc for m in ms if m.cls and lexicon.core(m.cls) == "Policy"
             and (m.text[:1].isupper() or any(c.isdigit() for c in m.text))]
    # "Executive Order 25-04" is an order ("the regulations" are not "Regulation No. 3": a name is one of its kind)
    named_kinds = {(_instrument_kind(m.text), _kind_plural(m.text)) for m in named}
    if any(LEGISLATION_NUMBER.search(m.text) or STATE_BILL_NUMBER.search(m.text) for m in named):
        named_kinds |= {("act", False), ("act", True)}  # "introduced a bill": the one the article numbers
    if named:  # "testified in favour of the policy": a word for any policy calls back the one the article names
        named_kinds |= {(k, plural) for k in ("policy", "act", "program", "programme") for plural in (False, True)}
    intros: dict[str, list[tuple[int, Token, str, Mention | None]]] = defaultdict(list)
    for n, (doc, ms) in enumerate(zip(docs, per_doc)):
        taken = {i for m in ms for i in m.tokens}
        for tok in with_lemmas(doc, _INTRODUCED_KINDS):
            name = introduced_policy(tok) if tok.i not in taken else ""
            if name:
                intros[tok.lemma_.lower()].append((n, tok, name, None))
        for m in ms:  # "the Department's refund rule", "the proposed rule": described where it is introduced
            if m.cls and lexicon.core(m.cls) == "Policy" and m.text[:1].islower() and m.head >= 0 \
                    and doc[m.head].lemma_.lower() in _INTRODUCED_KINDS and doc[m.head].i == m.tokens[-1]:
                intros[doc[m.head].lemma_.lower()].append((n, doc[m.head], m.text, m))
    for kind, found in intros.items():
        # (two introductions are two instruments, whatever they are called: "adopted a policy ... a new policy")
        if len({m.key if m is not None else t.i for _n, t, _name, m in found}) != 1:
            continue
        law_kind = "act" if kind in _LAW_WORDS else kind
        if (law_kind, found[0][1].tag_ == "NNS") in named_kinds:
            _name_given_after(found, named, docs, per_doc, tok_maps, law_kind)
            continue
        n0, intro, name, first = min(found, key=lambda f: (f[0], f[1].i))
        cls = next((c for c in head_classes(intro, lexicon) if lexicon.core(c) == "Policy"), "")
        if not cls or any(m.sentence == tok_maps[n0].get(intro.i, -2) and not _changed_by(docs[n0], m, intro)
                          for m in named if m in per_doc[n0]):
            continue  # "signed an executive order, the Clean Water Order": named where it is introduced
        if first is None:
            first = Mention(tuple(range(intro.i - len(name.split()) + 1, intro.i + 1)), name, cls,
                            "head", head=intro.i, sentence=tok_maps[n0].get(intro.i, -1))
            resolver.assign(first)
            per_doc[n0].append(first)
        for n in range(n0, len(docs)):
            taken = {i for m in per_doc[n] for i in m.tokens}
            for tok in docs[n]:
                if n == n0 and tok.i <= intro.i or tok.i in taken or tok.lemma_.lower() != kind or not tok.is_lower:
                    continue
                dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
                mods = [c.text for c in tok.children if c.dep_ in {"compound", "amod"} and c.lower_ not in STAGE_WORDS]
                if dets[:1] in (["the"], ["this"]) and (not mods or " ".join(mods + [tok.text]) == name) \
                        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                    per_doc[n].append(Mention((tok.i,), tok.text, "", "repeat", key=first.key, head=tok.i,
                                              sentence=tok_maps[n].get(tok.i, -1)))


def _changed_by(doc: Doc, named: Mention, intro: Token) -> bool:
    """"published a final rule revising the Loan Relief Program": a policy
    named as what the introduced instrument changes is another policy, not
    its name."""
    head = doc[named.head] if 0 <= named.head < len(doc) else doc[named.tokens[0]]
    return any(v.lemma_.lower() in REVISING_VERBS | UNDOING_VERBS | {"replace", "implement", "extend", "expand"}
               and v.dep_ in {"acl", "relcl"} and v.head.i == intro.i for v in head.ancestors)


def _name_given_after(found: list[tuple[int, Token, str, Mention | None]], named: list[Mention], docs: list[Doc],
                      per_doc: list[list[Mention]], tok_maps: list[dict[int, int]], kind: str) -> None:
    """"The agency issued a final rule that requires ... The Passenger Refund
    Rule takes effect in April": an instrument introduced without a name and
    named in one of the next two sentences, as what that sentence is about
    (its subject), the only one of its kind the article names, is that named
    one ("the final rule" after it too). ("A neighbouring town adopted the
    Pet Licensing Ordinance": another body's, made by it.)"""
    n0, intro, _name, first = min(found, key=lambda f: (f[0], f[1].i))
    if first is None or intro.tag_ == "NNS":
        return
    keys = {m.key for m in named if _instrument_kind(m.text) == kind and not _kind_plural(m.text)}
    if len(keys) != 1:
        return
    key = next(iter(keys))
    said = tok_maps[n0].get(intro.i, -1)
    where = {id(m): n for n, ms in enumerate(per_doc) for m in ms}
    earliest = min((m for m in named if m.key == key and m.sentence >= 0 and id(m) in where),
                   key=lambda m: m.sentence, default=None)
    about = earliest is not None and docs[where[id(earliest)]][earliest.head].dep_ in {"nsubj", "nsubjpass"}
    if said >= 0 and about and 0 < earliest.sentence - said <= 2:
        unnamed = first.key
        for ms in per_doc:
            for m in ms:
                if m.key == unnamed:
                    m.key = key


#: Kind words one law goes by: "the bill" is the Harbor Safety Act as much as "the Act" is.
_LAW_WORDS = frozenset({"act", "bill", "law", "measure", "statute", "legislation"})


def _instrument_kind(text: str) -> str:
    """The instrument kind a policy's name ends on ("ordinance" for
    "Short-Term Rental Registration Ordinance", "order" for "Executive Order
    25-04"); the words a law goes by are one kind; "" for no kind.

    >>> _instrument_kind("Executive Order 25-04"), _instrument_kind("College Athletes Bill of Rights Act"), _instrument_kind("the bill")
    ('order', 'act', 'act')
    """
    word = _last_kind_word(text)
    kind = singular(word.lower())
    return ("act" if kind in _LAW_WORDS else kind) if word else ""


def _last_kind_word(text: str) -> str:
    """The last word of a name that says what kind of instrument it is, as written ("" if none)."""
    return next((w for w in reversed(text.split()) if singular(w.lower()) in _INTRODUCED_KINDS | _LAW_WORDS), "")


def _kind_plural(text: str) -> bool:
    """Whether the kind word a policy's name ends on is plural ("Dock
    Safety Orders"): then the name is of several instruments.

    >>> _kind_plural("Dock Safety Orders"), _kind_plural("Harbor Safety Regulation No. 3")
    (True, False)
    """
    word = _last_kind_word(text)
    return bool(word) and singular(word.lower()) != word.lower()


def _merge_instrument_kind_mentions(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"The council voted to approve an ordinance that will require ... The
    Short-Term Rental Registration Ordinance, sponsored by ...": a policy
    the article introduces once by its kind word ("an ordinance") and then,
    within three sentences, names as the subject of a sentence, is the one
    policy it names with that word. Not with two such names or two
    introductions, nor a name said only as an object ("a neighbouring town
    adopted the Pet Licensing Ordinance") or with a year ("the Parking
    Ordinance of 1998": an older one), nor a kind word said only after the
    name ("introduced the Clean Harbor Act ... filed a rival bill")."""
    mentions = [m for ms in per_doc for m in ms if m.cls and lexicon.core(m.cls) == "Policy" or not m.cls]
    first: dict[str, tuple[int, int, Mention]] = {}
    for n, ms in enumerate(per_doc):
        for m in ms:
            at = (n, m.tokens[0] if m.tokens else 0)
            if m.key not in first or at < first[m.key][:2]:
                first[m.key] = (*at, m)
    named: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.cls and m.text[:1].isupper() and len(m.text.split()) > 1 and _instrument_kind(m.text):
            named[_instrument_kind(m.text)].add(m.key)
    introductions = Counter(_instrument_kind(t.text) for doc in docs for t in with_lemmas(doc, _INTRODUCED_KINDS)
                            if introduced_policy(t))

    def named_as_subject(key: str) -> bool:
        n, i, m = first[key]
        head = docs[n][m.head] if 0 <= m.head < len(docs[n]) else docs[n][i]
        return head.dep_ in {"nsubj", "nsubjpass"} and not _YEAR_IN_NAME.search(m.text)

    bare = {m.key: _instrument_kind(m.text) for m in mentions if m.text[:1].islower() and len(m.text.split()) == 1}
    rekey = {}
    for key, kind in bare.items():
        if not kind or len(named.get(kind, ())) != 1 or introductions[kind] != 1 or key in named[kind]:
            continue
        target = next(iter(named[kind]))
        if not first[key][:2] < first[target][:2] or not named_as_subject(target) \
                or not 0 <= first[target][2].sentence - first[key][2].sentence <= 3:
            continue
        # ("The bill amends the Fair Housing Act": said beside the name, the kind word is another policy)
        beside = {m.sentence for m in mentions if m.key == target} & {m.sentence for m in mentions if m.key == key}
        if not beside and all(m.text[:1].islower() and len(m.text.split()) == 1 and _instrument_kind(m.text) == kind
                              for m in mentions if m.key == key):
            rekey[key] = target
    for m in (m for ms in per_doc for m in ms):
        if m.key in rekey:
            m.key, m.concept = rekey[m.key], ""


#: A year in a policy's name: "Parking Ordinance of 1998", "the 2018 Farm Bill".
_YEAR_IN_NAME = re.compile(r"\b(?:19|20)\d\d\b")


def _is_name(text: str) -> bool:
    """Capitalised words (minor words aside), four letters or more: the
    shape of a name ("Lisbon", "Transit Authority", "HCCS"), not of a common
    noun the article may also use in lower case.

    >>> _is_name("Lisbon"), _is_name("Office of Rental Housing"), _is_name("the board"), _is_name("EU")
    (True, True, False, False)
    """
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in _MINOR_WORDS for w in words) and len(text) >= 4


def _named_programme(text: str) -> bool:
    """A name followed by its kind in lower case, as articles often write
    it: "the Clean Boats programme", "the ENERGY STAR program".

    >>> _named_programme("Clean Boats programme"), _named_programme("voluntary labelling scheme")
    (True, False)
    """
    words = text.split()
    return len(words) >= 2 and words[-1] in _PROGRAMME_WORDS and _is_name(" ".join(words[:-1]))


def _add_occurrences(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                     names: dict[str, set[str]], lexicon: Lexicon) -> None:
    """Every free occurrence of a name that belongs to exactly one entity
    becomes a mention of it; a mention typed only as an actor whose text is
    such a name ("Quick Return" typed as an organisation) joins the entity."""
    names = {n: keys for n, keys in names.items() if len(keys) == 1}
    if not names:
        return
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in sorted(names, key=len, reverse=True)))
    for doc, ms, tok_map in zip(docs, per_doc, tok_maps):
        for m in ms:
            keys = names.get(m.text, set())
            if keys and m.key not in keys and not m.concept and lexicon.core(m.cls) in {"Actor", ""}:
                m.key, m.cls = next(iter(keys)), ""
        taken = {i for m in ms for i in m.tokens}
        for match in pattern.finditer(text_of(doc)):
            span = doc.char_span(match.start(), match.end())
            if span is None:
                continue
            inside = set(range(span.start, span.end))
            pieces = [m for m in ms if inside.intersection(m.tokens)]
            if pieces and len(match.group().split()) >= 3 and all(inside.issuperset(m.tokens) and m.text != match.group()
                                                                  for m in pieces):
                for m in pieces:  # "Parents" and "Young Children Act" in "Parents with Young Children Act": one name
                    ms.remove(m)
                    taken.difference_update(m.tokens)
            if taken.intersection(inside):
                continue
            taken.update(range(span.start, span.end))
            ms.append(Mention(tuple(range(span.start, span.end)), span.text, "", "repeat", key=next(iter(names[match.group()])),
                              head=span.end - 1, sentence=tok_map.get(span.start, -1)))


#: Words a roman numeral "I" follows: "Title I schools", "Phase I", "Part I of the plan".
_NUMBERED_BY_ROMAN = frozenset({"title", "phase", "part", "section", "article", "chapter", "stage", "tier", "class",
                                "schedule", "level", "type", "grade", "category", "division", "appendix", "volume",
                                "annex", "war", "round", "step", "track"})


def _first_person(tok: Token) -> bool:
    """"I", "me", "my" in the writer's own words: outside quotation marks, not in a question ("Can I apply?"),
    not a roman numeral ("Title I schools")."""
    numeral = tok.i > 0 and tok.doc[tok.i - 1].lower_ in _NUMBERED_BY_ROMAN
    return tok.lower_ in {"i", "me", "my"} and tok.pos_ == "PRON" and tok.text != "I." and not numeral \
        and not inside_quotes(tok) and not tok.sent.text.rstrip().endswith("?")


def own_voice(docs: list[Doc]) -> bool:
    """Whether the writer speaks for themself in at least two sentences:
    an opinion piece or a blog post ("I think the levy will do little"), not
    a report, whose "I" is only ever inside someone's quoted words, nor an
    interview, whose "I" answers the questions it asks."""
    if sum(1 for doc in docs if text_of(doc).rstrip(" *_").endswith("?")) >= 2:
        return False  # questions set as paragraphs of their own: an interview or an FAQ
    return len({t.sent.start for doc in docs for t in with_words(doc, {"i", "me", "my"}) if _first_person(t)}) >= 2


def _add_writer_mentions(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                         author: str, resolver: Resolver) -> None:
    """"I" and "me" in an article its byline signs are the writer: the one
    who says "I think the levy will do little" is an actor of the article,
    named by the byline, though the text may never write the name."""
    named = next((m.key for ms in per_doc for m in ms if m.cls == "Person" and m.text.split()
                  and m.text.split()[-1] == author.split()[-1]), "")  # "Lena Ortiz runs a bakery", "Ortiz"
    key = named or resolver.key_for(author, "Actor")[0]
    for doc, ms, tok_map in zip(docs, per_doc, tok_maps):
        taken = {i for m in ms for i in m.tokens}
        ms += [Mention((t.i,), author, "Person", "person", key=key, head=t.i, sentence=tok_map.get(t.i, -1))
               for t in with_words(doc, {"i", "me"}) if _first_person(t) and t.i not in taken]


def _add_person_references(docs: list[Doc], per_doc: list[list[Mention]], tok_maps: list[dict[int, int]],
                           titles: frozenset[str]) -> None:
    """"Ruiz" and "the Governor" after "Governor Ana Ruiz": the surname alone,
    or "the" + the title, refers to the one person in the article who has it."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_title: dict[str, set[str]] = defaultdict(set)
    for ms in per_doc:
        for m in ms:
            words = m.text.split()
            if m.cls == "Person" and len(words) >= 2:
                by_surname[surname(m.text)].add(m.key)
                if words[0].lower() in titles:
                    by_title[words[0].lower()].add(m.key)
    if not by_surname:
        return
    for doc, ms, tok_map in zip(docs, per_doc, tok_maps):
        taken = {i for m in ms for i in m.tokens}
        for tok in doc:
            if tok.i in taken or not tok.is_title:
                continue
            keys = by_surname.get(tok.text, set()) if tok.pos_ in {"PROPN", "NOUN"} else set()
            if not keys and title_reference(doc, tok.i, titles):
                keys = by_title.get(tok.lower_, set())
            if len(keys) == 1:
                ms.append(Mention((tok.i,), tok.text, "", "person", key=next(iter(keys)), head=tok.i,
                                  sentence=tok_map.get(tok.i, -1)))


def _merge_people(mentions: list[Mention], titles: frozenset[str]) -> None:
    """Re-key the names of one person to one entity (`people.same_person`)."""
    people = sorted({(m.key, m.text) for m in mentions if m.cls == "Person" and m.key})
    rekey = same_person(people, titles)
    for m in mentions:
        if m.key in rekey:
            m.key = rekey[m.key]


_NATIONAL_GOVERNMENT = re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]{3,})\s+(?:government|authorities|state|administration)$")


def _merge_national_governments(mentions: list[Mention]) -> None:
    """"the Chinese government" / "French authorities" act for the country the
    article names ("China", "France"): a demonym sharing the first four
    letters of exactly one country mention."""
    countries: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.cls == "Country" and m.text[:1].isupper():
            countries[m.text[:4].lower()].add(m.key)
    for m in mentions:
        found = _NATIONAL_GOVERNMENT.match(m.text)
        keys = countries.get(found.group(1)[:4].lower(), set()) if found else set()
        if len(keys) == 1 and not m.concept:
            m.key = next(iter(keys))


def shared_leads(names: dict[str, set[str]], bodies: set[str]) -> frozenset[str]:
    """Proper words that open the names of two or more different things in
    an article, a body's among them ("Tamarack Labor Federation", "Tamarack
    Association of Commerce", "Tamarack Administrative Code"): whose they
    are, a place or owner, which a short name may leave out ("the
    Association of Commerce"). Not a word of a name's kind ("National",
    "State"), nor one only policies' names share ("Green Building Code",
    "Green Jobs Program").

    >>> names = {"a": {"Tamarack Labor Federation"}, "b": {"Tamarack Administrative Code"}, "c": {"National Guard"},
    ...          "d": {"National Park Service"}, "e": {"Green Building Code"}, "f": {"Green Jobs Program"}}
    >>> sorted(shared_leads(names, bodies={"a", "c", "d"}))
    ['Tamarack']
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for key, texts in names.items():
        for text in texts:
            words = text.split()
            if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+", words[0]) and words[1][:1].isupper():
                owners[words[0]].add(key)
    return frozenset(w for w, keys in owners.items() if len(keys) >= 2 and keys & bodies and w not in _OPENING_SCOPES)


#: Words that open a name to say its scope, not whose it is: "National Park Service", "State Board".
_OPENING_SCOPES = frozenset({"National", "Federal", "State", "International", "American", "General", "Central",
                          "Regional", "Public", "Joint", "Office", "Department", "Senate", "House"})


def _owner_prefix(prefix: str, countries: frozenset[str] = frozenset()) -> bool:
    """The words a short name drops are an owner ("Rongcheng's", "Rosa
    Delgado", an acronym: "U.S." Department of Labor, "HMRC" Quick Return, a
    country the article names), not a kind ("Corporate" Social Credit System
    is another system).

    >>> _owner_prefix("Rongcheng's "), _owner_prefix("Rosa Delgado "), _owner_prefix("Corporate ")
    (True, True, False)
    >>> _owner_prefix("U.S. "), _owner_prefix("Japan ", frozenset({"Japan"}))
    (True, True)
    """
    words = prefix.split()
    if not words or not all(w[0].isupper() for w in words):
        return False
    acronym = len(words) == 1 and re.fullmatch(r"[A-Z]{2,5}|(?:[A-Z]\.){2,4}", words[0]) is not None
    return words[-1].endswith(("'s", "\u2019s")) or len(words) >= 2 or acronym or prefix.strip() in countries


def _skips_middle(short: str, name: str) -> bool:
    """"Delgado Act" of "Rosa Delgado Tenant Protection Act": the short name
    keeps one proper word of the long name and its last word (the kind), and
    leaves words out between them (a suffix is an owner's short name, see
    `_owner_prefix`).

    >>> _skips_middle("Delgado Act", "Rosa Delgado Tenant Protection Act")
    True
    >>> _skips_middle("Social Credit System", "Corporate Social Credit System"), _skips_middle("Tenant Act", "Rosa Delgado Tenant Protection Act")
    (False, True)
    """
    s, n = short.split(), name.split()
    if len(s) != 2 or len(n) < 4 or s[-1] != n[-1] or s[0] not in n[:-2]:
        return False
    return n.index(s[0]) < len(n) - 2


_CONDUCT_OR_WORRY = {"Behaviour", "Misconduct", "GoodConduct", "Concern"}


def without_legal_form(name: str) -> str:
    """A business's name without the legal form that ends it, when at least
    two words are left; any other name as it is.

    >>> without_legal_form("PulseFit Labs, Inc."), without_legal_form("Acme Inc."), without_legal_form("Labor Act")
    ('PulseFit Labs', 'Acme Inc.', 'Labor Act')
    """
    forms = "|".join(re.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True))
    bare = re.sub(rf",?\s+(?:{forms})\.?$", "", name.strip(), flags=re.IGNORECASE)
    return bare if len(bare.split()) >= 2 else name


def _proposed_policies(docs: list[Doc], per_doc: list[list[Mention]], is_policy: Callable[[Mention], bool]) -> set[str]:
    """Policies the article says someone proposed ("EPA proposed amendments
    to the standards", "the proposed rule"): what "the proposal" calls back
    when there is one."""
    return {m.key for doc, ms in zip(docs, per_doc) for m in ms if is_policy(m) and m.head >= 0
            and _said_proposed(doc[m.head])}


def _legally_named(docs: list[Doc], per_doc: list[list[Mention]]) -> set[str]:
    """Keys of names a legal form ends ("PulseFit Labs" in "PulseFit Labs,
    Inc."): businesses, whatever class the tagger gave them."""
    return {m.key for doc, ms in zip(docs, per_doc) for m in ms
            if m.tokens and _is_name(m.text) and _legal_form_ends(doc, m.tokens[-1])}


def _merge_short_names(mentions: list[Mention], *, legal_names: set[str] = frozenset(),
                       policy_classes: frozenset[str] = frozenset(), national: frozenset[str] = frozenset(),
                       policy_kinds: frozenset[str] = frozenset()) -> None:
    """Re-key mentions that are short names of another entity in the article:
    an undefined acronym whose letters are a name's initials ("ECOA" for
    "Equal Credit Opportunity Act"), a capitalised head noun that ends
    exactly one longer name ("the Board", "the Act"), or the first word of
    exactly one business's name ("Brightwave" for "Brightwave Home Security,
    Inc.", "PulseFit" for "PulseFit Labs, Inc.")."""
    names: dict[str, set[str]] = defaultdict(set)
    places: set[str] = set()
    for m in mentions:
        if m.cls and m.cls not in _CONDUCT_OR_WORRY:  # names of actors and policies, not phrases of conduct
            names[m.key].add(m.text)
        if m.cls == "Country":
            places.add(m.key)
    countries = frozenset(m.text for m in mentions if m.cls == "Country" and m.text[:1].isupper())
    businesses = {m.key for m in mentions if m.cls == "Business"} | set(legal_names)
    long_names = {key: texts for key, texts in names.items() if any(len(t.split()) >= 2 for t in texts)}
    policy_keys = {m.key for m in mentions if m.cls in policy_classes}
    # "Tamarack Labor Federation", "Tamarack Administrative Code": a place ("Green Building Code" and "Green Jobs
    # Program" share a word but no body is named by it: no owner)
    countries |= shared_leads(names, bodies={key for key in names if key not in policy_keys})
    rekey: dict[str, str] = {}

    def first_word_of(word: str, key: str) -> list[str]:  # the other businesses whose name opens with the word
        return [k for k, ts in long_names.items() if k != key and k in businesses and any(t.split()[0] == word for t in ts)]

    formal = {without_legal_form(t): key for key, texts in names.items() for t in texts if without_legal_form(t) != t}
    for key, texts in names.items():  # "PulseFit Labs" in a headline for "PulseFit Labs, Inc."
        hit = next((formal[t] for t in texts if formal.get(t, key) != key), "")
        if hit:
            rekey[key] = hit
    for key, texts in names.items():
        if key in rekey:
            continue
        for text in texts:
            word = text.strip()
            if key in long_names and len(word.split()) < 2:
                continue
            if re.fullmatch(r"[A-Z]{2,6}|(?:[A-Z]\.){2,4}", word):  # "ECOA", "U.S."
                letters = word.replace(".", "")
                hits = [k for k, ts in long_names.items() if k != key and any(
                    letters in acronym_forms(t, national) for t in ts)]
            elif re.fullmatch(r"[A-Z][a-z]+ [\w.()-]*\d[\w.()-]*", word) and key in policy_keys:
                # "Rule 840-3" after "Board Rule 840-3": a numbered kind is the tail of the one policy so numbered
                hits = [k for k, ts in long_names.items() if k != key and k in policy_keys and any(
                    t.endswith(" " + word) and t[: -len(word)].strip()[:1].isupper() for t in ts)]
            elif len(word.split()) >= 2 and all(w[0].isupper() or w in _MINOR_WORDS for w in word.split()) and word[0].isupper():
                # "Social Credit Pilot" after "Rongcheng's": the tail of one longer name
                hits = [k for k, ts in long_names.items() if k != key and any(
                    t.endswith(" " + word) and _owner_prefix(t[: -len(word)], countries) for t in ts)]
                owned = re.fullmatch(r"(.+) of (?:the )?(?:United States(?: of America)?|U\.S\.)", word)
                if not hits and owned:  # "Tax Court of the United States" is the "U.S. Tax Court"
                    hits = [k for k, ts in long_names.items() if k != key and any(
                        t.endswith(" " + owned.group(1)) and _owner_prefix(t[: -len(owned.group(1))], countries) for t in ts)]
                if not hits:  # "Delgado Act": a name's proper noun and kind, the middle left out
                    hits = [k for k, ts in long_names.items() if k != key and any(_skips_middle(word, t) for t in ts)]
            elif re.fullmatch(r"[A-Z][a-z]+s", word) and singular(word.lower()) != word.lower() \
                    and singular(word.lower()) in policy_kinds:
                # "the Regulations" for "Food Labelling Regulations 2025": a policy named by a plural kind (not
                # "Teachers", a class of people)
                hits = [k for k, ts in long_names.items() if k != key and k in policy_keys
                        and any((b := _up_to_kind(t)).split()[-1] == word and len(b.split()) >= 2 for t in ts)]
            elif re.fullmatch(r"[A-Z][a-z]+", word) and key not in places and singular(word.lower()) == word.lower():
                # "the Board" for "Marren Board of Education"; not "Teachers" (a class of people) nor "Canada"
                # or names it after "of the" ("the Treasury"); "Medicaid" is not the "Ohio Department of Medicaid"
                # ("the Act" for "Pensions and Caregiving Act 2019" too: the kind word before a year or number)
                hits = [k for k, ts in long_names.items()
                        if any((b := _up_to_kind(t)).split()[-1].lower() == word.lower() and len(b.split()) >= 2
                               and b.split()[0][0].isupper()
                               and (b.split()[-2].lower() not in _MINOR_WORDS or b.split()[-2] == "the") for t in ts)]
                if not hits:  # "the Department" for "Department of Labor"
                    hits = [k for k, ts in long_names.items() if k != key and any(
                        len(t.split()) >= 3 and t.split()[0] == word and t.split()[1] in {"of", "for", "on"} for t in ts)]
                if not hits:  # "the Commission" for "Consumer Finance Commission of Kaldoria": a body named before "of"
                    hits = [k for k, ts in long_names.items() if k != key and any(
                        (ws := t.split())[0] != word and ws[0][:1].isupper() and name_head(ws) == word
                        and ws.index(word) <= len(ws) - 3 for t in ts)]
                if not hits:  # "Brightwave" for "Brightwave Home Security, Inc.": a business by its first word
                    hits = first_word_of(word, key)
            elif re.fullmatch(r"(?!(?:Mc|Mac|De|Di|Du|Da|La|Le|Van|Von|Fitz)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]*)+", word):
                # "PulseFit" for "PulseFit Labs, Inc.", "PayPal" (not a surname: "McDonald", "DeSantis")
                hits = first_word_of(word, key)
            else:
                continue
            if len(hits) > 1 and re.fullmatch(r"[A-Z][a-z]+", word):
                counts = Counter(m.key for m in mentions if m.key in hits)
                ranked = counts.most_common()
                if len(ranked) >= 2 and ranked[0][1] >= 2 * ranked[1][1]:
                    hits = [ranked[0][0]]  # "the Department": the one the article names far more often
            if len(hits) == 1:
                rekey[key] = hits[0]
                break
    for m in mentions:
        if m.key in rekey and not m.concept:
            m.key = rekey[m.key]


def _up_to_kind(name: str) -> str:
    """A name up to its kind word: "Pensions and Caregiving Act" of
    "Pensions and Caregiving Act 2019"."""
    kind = kind_word(name)
    return name[: name.rfind(kind) + len(kind)] if kind else name


def _quoted(tok) -> bool:
    """Whether a word stands in a quotation, also one opened in an earlier
    sentence of the paragraph (its closing mark comes after it)."""
    return inside_quotes(tok) or sum(1 for t in tok.doc[tok.i:] if t.text in QUOTES) % 2 == 1


#: Words between "the" and a policy's kind that still mean the one named: "the whole amendment".
_WHOLE_WORDS = frozenset({"whole", "entire", "full", "same"})


#: Kinds of policy known by a number, called back by the kind alone: "Amendment 27" ... "the amendment".
_NUMBERED_KINDS = frozenset({"amendment", "resolution", "proposition", "rule", "regulation", "directive", "order",
                             "decree", "circular"})


#: An acronym defined in brackets inside a name: "Better Online Ticket Sales (BOTS) Act".
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z0-9&.-]{1,11}\)")


def _merge_definite_references(docs: list[Doc], per_doc: list[list[Mention]], segments: list[Segment]) -> None:
    """"the agency" / "the board" / "the state board" after "the Marren State
    Board of Education": a lower-case description the article only ever
    writes after "the" refers to the one named actor or policy whose name
    is headed by its last noun and holds all its words. Written once with
    "each", "an" or "every", or in the plural, it is a class, not a name.
    "The bill" or "the act", when the article names several acts, is the
    one the heading of its section names ("H.R. 2210, the Fair Wagers Act"),
    else the one its paragraph named before it, else the one act its other
    uses stand for. "The bill" is first of all the one act known by a
    bill's number, when the article names exactly one (a report on a bill
    and the laws around it). Any other description fitting several names ("the
    association") is the one named last before it. "This directive" is the
    text's own: the named one only when the text's title names it."""
    named: dict[str, dict[str, str]] = defaultdict(dict)  # head noun -> key -> name in lower case
    acted: set[str] = set()  # acts named other than as what is amended or repealed
    for doc, ms in zip(docs, per_doc):
        for m in ms:
            # ("Better Online Ticket Sales (BOTS) Act": the acronym it defines in brackets is no word of the name)
            words = _BRACKETED_ACRONYM.sub("", m.text).split()
            numbered_kind = next((w for w in reversed(words[:-1]) if w.isalpha()), "") \
                if len(words) >= 2 and words[-1][:1].isdigit() and _is_name(" ".join(words[:-1])) else ""
            if m.cls and numbered_kind.lower() in ACT_WORDS | _NUMBERED_KINDS:  # "Ordinance 24-117": "the ordinance"
                named[singular(numbered_kind.lower())][m.key] = m.text.lower()
            # (the words of all its names: "Proposed X Rule"; a number inside a name is in it: "Stage 3 Water Rules")
            if m.cls and len(words) >= 2 and _is_name(" ".join(w for w in words if not w[:1].isdigit())):
                head = singular(name_head(words).lower())
                named[head][m.key] = f"{named[head].get(m.key, '')} {m.text.lower()}".strip()
                if not _amended(doc[m.head]):
                    acted.add(m.key)
    if not named:
        return
    uses: dict[str, list[Mention]] = defaultdict(list)
    definite: dict[str, bool] = defaultdict(lambda: True)
    own: dict[str, bool] = defaultdict(bool)  # "this directive": the text's own, which its title names
    for doc, ms in zip(docs, per_doc):
        for m in ms:
            if not 1 <= len(m.tokens) <= 3 or not m.text.islower() or m.concept:
                continue
            first, last = doc[m.tokens[0]], doc[m.tokens[-1]]
            uses[m.text].append(m)
            before = doc[first.i - 1].lower_ if first.i > 0 else ""
            # ("the whole amendment", "the proposed ordinance": "the" before its modifier)
            between = [t.lower_ for t in doc[first.i - 1 : first.i] if first.i > 0]
            det = next((c.lower_ for c in last.children if c.dep_ == "det" and c.i < first.i), before) \
                if between and between[0] in _WHOLE_WORDS else before  # not "the original amendment"
            # ("NMFS's proposed rule", "its proposed rule": whose it is makes it as definite as "the"; so does
            # a possessive the parse hangs elsewhere, as in "the Service's (NMFS) proposed rule")
            owned = any(c.dep_ == "poss" and c.i < first.i for c in last.children) or before in {")", "'s", "’s"}
            definite[m.text] &= (det in {"the", "this"} or owned) and last.tag_ == "NN"
            own[m.text] |= before == "this" and not _quoted(first)  # (a speaker's "this amendment" is the one named)
    titled = {m.key for m in per_doc[0]} if segments and segments[0].role == "heading" else set()
    # "has filed a rival bill ... this bill": a kind noun the article also uses for an unnamed one of its own
    unnamed_kinds = {m.text.split()[-1].lower() for doc, ms in zip(docs, per_doc) for m in ms
                     if m.text.islower() and doc[m.tokens[0]].i > 0
                     and doc[m.tokens[0] - 1].lower_ in {"a", "an", "another"}}
    numbered = _numbered_acts(per_doc)
    acts = set(named.get("act", {})) | numbered
    headed = _acts_in_headings(per_doc, segments, acts)
    paragraph_acts = _acts_before_in_paragraph(per_doc, segments, acts)
    for text, ms in uses.items():
        words = text.split()
        # ("the proposed rule" for the Bycatch Reporting Rule: a stage of its making is no word of its name)
        keys = [k for k, name in named.get(singular(words[-1]), {}).items()
                if all(w in name.split() or w in STAGE_WORDS for w in words)]
        if not keys and text in ACT_WORDS:  # "the bill", "the ordinance" for the one act the article names
            keys = list(named.get("act", {}))
            if len(keys) > 1 or text in BILL_WORDS:
                # "The Fair Docks Act would amend the Harbor Act ...", "the bill would amend the Rent Act": the bill
                # is not the law it amends
                keys = [k for k in keys if k in acted]
        bills = [k for k in keys if k in numbered]
        if len(keys) > 1 and definite[text] and text in BILL_WORDS and len(bills) == 1:
            # "H.B. 1127 would amend ... The attorney general could act under the Trade Practices Act ... the
            # bill would also ...": of the acts named, the one known by a bill's number is "the bill"
            for m in ms:
                m.key = bills[0]
            continue
        if len(keys) > 1 and definite[text] and text in ACT_WORDS:  # several acts: its heading's, or its paragraph's
            unresolved = []
            for m in ms:
                near = [k for k in headed.get(id(m), []) or paragraph_acts.get(id(m), [])
                        if k in keys or k not in named["act"]]  # a bill by number only is no named act
                if len(near) == 1:
                    m.key = near[0]
                else:
                    unresolved.append(m)
            resolved = {m.key for m in ms if all(m is not u for u in unresolved)}
            if not resolved and text in BILL_WORDS and len(bills := [k for k in keys if k in numbered]) == 1:
                resolved = set(bills)  # "the bill" in a report on one numbered bill and the laws around it
            if len(resolved) == 1:  # "the bill" where no act is near: the one "the bill" stands for elsewhere
                for m in unresolved:
                    m.key = next(iter(resolved))
            elif not resolved and text not in BILL_WORDS:
                # "adopted the Stage 3 Conservation Ordinance ... also adopted the Sidewalk Vending Ordinance. Vendors
                # praised the ordinance": of several ordinances named, none near, the one named last before it
                for m in unresolved:
                    m.key = _named_last_before(per_doc, m, keys) or m.key
            continue
        if definite[text] and len(keys) == 1 and (not own[text] or keys[0] in titled
                                                  or text in ACT_WORDS and text not in unnamed_kinds):
            # ("this guidance" under an untitled text is its own, not another named guidance; "this bill", said by
            # a supporter in a release about one, is that bill; "this ordinance" in an op-ed, that ordinance)
            for m in ms:
                m.key = keys[0]
        elif definite[text] and len(keys) > 1 and text not in ACT_WORDS:
            for m in ms:  # "The association argues ...": of two associations, the one named last before it
                m.key = _named_last_before(per_doc, m, keys) or m.key


def policy_head_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The head nouns that make a noun phrase a policy's ("act", "scheme", "framework")."""
    return frozenset(w for w, classes in lexicon.head_nouns.items() if any(lexicon.core(c) == "Policy" for c in classes))


def _made_description(doc: Doc, m: Mention) -> bool:
    """An unnamed policy told of as being made: "voted to approve some of
    the toughest short-term rental rules", "the board adopted new rules"."""
    if not m.text[:1].islower():
        return False
    tok = doc[m.head]
    for _ in range(4):  # up through "some of", to the verb
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok.lemma_.lower() in _MAKING_VERBS
    return False


#: Words that set one instrument against a newer one of its kind: "the old ordinance".
_EARLIER_WORDS = frozenset({"old", "older", "previous", "former", "existing", "current", "original", "earlier",
                            "prior", "outgoing", "repealed", "expired"})


def _another_of_its_kind(modifier: Token) -> bool:
    """Whether a kind word's modifier says it is another instrument than the
    one just made: "the ordinance they replace", "the old ordinance", "the
    ordinance of 2015"; not "the ordinance adopted Tuesday", "the ordinance
    that the council approved", "the ordinance, which takes effect March 1,"
    or "the ordinance in its final form"."""
    if modifier.dep_ == "amod":
        return modifier.lower_ in _EARLIER_WORDS
    if modifier.dep_ in {"relcl", "acl"}:
        return modifier.doc[modifier.left_edge.i - 1].text != "," and modifier.lemma_.lower() not in _MAKING_VERBS
    return modifier.dep_ == "prep" and modifier.lower_ in {"of", "from"} and any(
        o.like_num for o in modifier.children if o.dep_ == "pobj")


def _merge_kind_after_its_making(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"The council voted to approve some of the toughest short-term rental
    rules ... The ordinance, which takes effect March 1, requires every host
    to register": a policy known only by its bare kind word ("the
    ordinance"), first said as the next policy after an unnamed one the
    text tells of being made, is that policy under its kind. A kind the
    article names ("the Harbor Ordinance") is called back by its name
    (`_merge_definite_references`), and a policy named between them breaks
    the chain."""
    kinds = policy_head_nouns(lexicon)
    ordered = [(d, m) for d, ms in enumerate(per_doc) for m in sorted(ms, key=lambda m: m.tokens[0])
               if m.cls and m.tokens and lexicon.core(m.cls) == "Policy"]
    texts: dict[str, set[str]] = defaultdict(set)
    for _d, m in ordered:
        texts[m.key].add(m.text.lower())
    bare = {k for k, ts in texts.items() if all(singular(t) in kinds for t in ts)}
    seen: set[str] = set()
    for n, (d, m) in enumerate(ordered):
        if m.key in seen or m.key not in bare:
            seen.add(m.key)
            continue
        seen.add(m.key)
        if not n or m.tokens[0] == 0 or docs[d][m.tokens[0] - 1].lower_ != "the" \
                or any(_another_of_its_kind(c) for c in docs[d][m.head].children):
            continue
        pd, before = ordered[n - 1]
        if d - pd <= 1 and before.key != m.key and before.key not in bare and _made_description(docs[pd], before):
            old = m.key
            for x in (x for xs in per_doc for x in xs if x.key == old):
                x.key = before.key


def _merge_kind_callbacks(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"the Harbor Safety Modernization Amendments ... The Amendments would
    require ...", "the Harbor Safety Guidelines ... the Guidelines": a
    policy's kind word written alone with a capital after "the" (a law's
    own way of calling itself back, plural or not) is the one policy the
    article names with that last word, or with that word before its number
    ("Directive 20-01 ... The Directive", "Policy IC-114 ... This Policy").
    Not when the sentence names that policy too ("This Directive supersedes
    Directive 19-02": another one), nor when the article also tells of one
    of that kind unnamed ("issued a new directive")."""
    kinds = policy_head_nouns(lexicon)
    named: dict[str, set[str]] = defaultdict(set)
    said_in: dict[str, set[int]] = defaultdict(set)  # the sentences each policy is named in
    unnamed = {t.lemma_.lower() for doc in docs for t in doc if t.pos_ == "NOUN"
               and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in t.children)}
    for ms in per_doc:
        for m in ms:
            said_in[m.key].add(m.sentence)
            words = re.sub(r"^(?:the|this)\s+", "", m.text, flags=re.IGNORECASE).split()  # ("the Act" is no name)
            lettered = " ".join(w for w in words if not w[:1].isdigit())  # ("Directive 20-01")
            if len(words) >= 2 and _is_name(lettered) and m.cls and lexicon.core(m.cls) == "Policy":
                named[words[-1].lower()].add(m.key)
                if any(c.isdigit() for c in words[-1]) and words[-2].isalpha():
                    named[words[-2].lower()].add(m.key)
    for doc, ms in zip(docs, per_doc):
        for m in ms:
            # ("Among other things, the Act:": the name may have kept its "the")
            kind = [i for i in m.tokens if not (i == m.tokens[0] and doc[i].lower_ in {"the", "this"})]
            word = doc[kind[-1]].text.lower() if len(kind) == 1 else ""
            if len(kind) == 1 and doc[kind[0]].text.istitle() and kind[0] > 0 \
                    and doc[kind[0] - 1].lower_ in {"the", "this"} \
                    and singular(word) in kinds and len(named.get(word, ())) == 1 and m.key not in named[word] \
                    and m.sentence not in said_in[next(iter(named[word]))] and singular(word) not in unnamed:
                m.key, m.concept = next(iter(named[word])), ""


def _merge_headline_short_names(per_doc: list[list[Mention]], segments: list[Segment], lexicon: Lexicon) -> None:
    """"# Ticket Act" above "The Ticket Fairness Act (H.R. 123) was
    introduced ...": a headline shortens the one policy the body names with
    the same first and last words and all of the headline's words in order;
    it is that policy, not a second one the body's "the bill" would call
    back."""
    def words(m: Mention) -> list[str]:
        return m.text.lower().removeprefix("the ").split()

    body = {m.key: words(m) for seg, ms in zip(segments, per_doc) if seg.role != "heading" for m in ms
            if m.cls and lexicon.core(m.cls) == "Policy" and _is_name(m.text) and len(m.text.split()) >= 3}
    for seg, ms in zip(segments, per_doc):
        for m in (m for m in ms if seg.role == "heading" and m.cls and lexicon.core(m.cls) == "Policy"
                  and _is_name(m.text) and m.key not in body and len(words(m)) >= 2):
            short = words(m)
            longer = {k for k, w in body.items() if len(w) > len(short) and w[0] == short[0] and w[-1] == short[-1]
                      and _in_order(short, w)}
            if len(longer) == 1:
                m.key = longer.pop()


_NUMBER_ANY_CASE = re.compile(LEGISLATION_NUMBER.pattern, re.IGNORECASE)  # "SENATE BILL 412" in a capitals line


#: Last words of a law's name, as a bill's own title ends ("... Buffer Act"), not a fund or a board it creates.
_LAW_KINDS = frozenset({"act", "bill", "law", "code", "ordinance", "statute", "regulations", "rule", "amendment"})


def _merge_numbered_title_lines(per_doc: list[list[Mention]], segments: list[Segment], lexicon: Lexicon) -> None:
    """"BILL SUMMARY: SENATE BILL 412" over "Safe Schools Buffer Act": the
    opening headline lines of a bill page give the bill's number, then its
    name; a line that is nothing but a law's name, right under a line with
    one bill number, names that bill, unless the body names the two apart
    (the law the bill amends)."""
    heads = list(zip(segments[:4], per_doc[:4]))
    for (upper, above), (lower, below) in zip(heads, heads[1:]):
        if upper.role != "heading" or lower.role != "heading":
            continue
        numbers = [m for m in above if m.cls and _NUMBER_ANY_CASE.search(m.text)]
        names = [m for m in below if m.cls and lexicon.core(m.cls) == "Policy" and m.text.strip() == lower.text.strip(
            "*_ ") and kind_word(m.text).lower() in _LAW_KINDS]
        if len(numbers) == 1 and len(names) == 1 and not _NUMBER_ANY_CASE.search(names[0].text) and not any(
                {numbers[0].key, names[0].key} <= {m.key for m in ms} for seg, ms in zip(segments, per_doc)
                if seg.role != "heading"):  # ("HB 45 amends the Clean Water Act": another law)
            old = names[0].key
            for named in (x for xs in per_doc for x in xs if x.key == old):
                named.key = numbers[0].key


#: A header's field lines that give a bill's number and its short title: "Bill: House Bill 1187", "Short title: ...".
_BILL_FIELD = re.compile(r"(?:bill|measure|bill number|bill no\.?)\s*:", re.IGNORECASE)
#: (a "Citation:" field names the law a bill amends)
_SHORT_TITLE_FIELD = re.compile(r"(?:short title|popular name)\s*:", re.IGNORECASE)


def _merge_short_title_fields(per_doc: list[list[Mention]], segments: list[Segment], lexicon: Lexicon) -> None:
    """"Bill: House Bill 1187" above "Short title: Pharmacy Reimbursement
    Fairness Act": a fiscal note's or bill analysis's header says the two
    names are one bill's, whatever the body goes on to say."""
    def policies(seg: Segment, ms: list[Mention]) -> set[str]:
        return {m.key for m in ms if m.cls and lexicon.core(m.cls) == "Policy"}

    header = list(zip(segments[:12], per_doc[:12]))
    bills = {k for seg, ms in header if _BILL_FIELD.match(seg.text.strip(" *_")) for k in policies(seg, ms)}
    titles = {k for seg, ms in header if _SHORT_TITLE_FIELD.match(seg.text.strip(" *_")) for k in policies(seg, ms)}
    if len(bills) == 1 and len(titles) == 1 and bills != titles:
        bill, title = bills.pop(), titles.pop()
        for named in (m for ms in per_doc for m in ms if m.key == title):
            named.key = bill


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether every word of `short` occurs in `long`, in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


def _merge_place_laws(docs: list[Doc], per_doc: list[list[Mention]]) -> None:
    """"the Georgia law" after "the Hands-Free Georgia Act": a place's name
    before a lower-case kind noun, after "the", is the one policy the article
    names with that place in its name."""
    names = {m.key: m.text for ms in per_doc for m in ms if m.cls and _is_name(m.text) and len(m.text.split()) >= 2}
    for doc, ms in zip(docs, per_doc):
        for m in ms:
            words = m.text.split()
            first = doc[m.tokens[0]]
            if len(words) != 2 or not words[0][:1].isupper() or not words[1].islower() \
                    or not policy_kind(singular(words[1])) or first.i == 0 or doc[first.i - 1].lower_ != "the":
                continue
            kind = policy_kind(singular(words[1]))
            keys = {k for k, name in names.items() if k != m.key and words[0] in name.split()
                    and policy_kind(singular(name.split()[-1].lower())) == kind}
            if len(keys) == 1:
                m.key = keys.pop()


def _merge_possessed_names(docs: list[Doc], per_doc: list[list[Mention]]) -> None:
    """"Rongcheng's Social Credit Pilot" beside "the Rongcheng Social Credit
    Pilot": a name after a possessive is the one whose full name is the
    possessor's name followed by it (a title often writes a place's policy
    so), not a second policy."""
    full = {m.text.lower(): m.key for ms in per_doc for m in ms if m.cls and _is_name(m.text)}
    for doc, ms in zip(docs, per_doc):
        for m in ms:
            first = doc[m.tokens[0]]
            if not m.cls or first.i < 2 or doc[first.i - 1].lower_ not in {"'s", "’s"} or not _is_name(m.text):
                continue
            owner = doc[first.i - 2]
            whole = [t.text for t in doc[owner.left_edge.i : owner.i + 1] if t.dep_ != "det" and t.lower_ != "the"]
            key = full.get(f"{' '.join(whole)} {m.text}".lower())
            if key and key != m.key:
                m.key = key


def _merge_names_cut_before_their_object(mentions: list[Mention], lexicon: Lexicon) -> None:
    """"The Official Interpretations" after "the Official Interpretations to
    the Dock Rule": a policy's name said again without the phrase that says
    what it belongs to is that policy, when exactly one named policy so
    opens."""
    names = {m.key: m.text for m in mentions if m.cls and lexicon.core(m.cls) == "Policy" and _is_name(m.text)}
    for m in mentions:
        if not m.cls or lexicon.core(m.cls) != "Policy" or not _is_name(m.text) or len(m.text.split()) < 2:
            continue
        longer = {k for k, name in names.items() if k != m.key and name.lower().startswith(m.text.lower() + " ")
                  and name.split()[len(m.text.split())].lower() in _BELONGING_PREPS}
        if len(longer) == 1:
            m.key = longer.pop()


#: Prepositions after which a policy's name says what it belongs to: "Official Interpretations to Regulation B".
_BELONGING_PREPS = frozenset({"to", "of", "for", "under", "on"})


#: Nouns for a measure not yet law: "the bill" is the numbered bill, not the act it amends.
BILL_WORDS = frozenset({"bill", "measure", "legislation"})


def _named_last_before(per_doc: list[list[Mention]], use: Mention, keys: list[str]) -> str:
    """Of `keys`, the one named last before `use` in its segment or the
    segment before, or ""."""
    at = next((n for n, ms in enumerate(per_doc) if any(m is use for m in ms)), None)
    if at is None:
        return ""
    before = [(n, m.tokens[0], m.key) for n in range(max(at - 1, 0), at + 1) for m in per_doc[n]
              if m.key in keys and (n < at or m.tokens[0] < use.tokens[0])]
    return max(before)[2] if before else ""


#: Nouns by which an article calls back a public body it named: "the agency".
_AGENCY_NOUNS = frozenset({"agency", "regulator"})


def _merge_the_agency(docs: list[Doc], per_doc: list[list[Mention]]) -> None:
    """"The FAA regulates drones ... The bill would direct the agency to
    study ...": "the agency", always written with "the" and in the
    singular, is the public body the article names most often (a body's
    name need not end in "agency": "Federal Aviation Administration"; a
    body named once in passing, such as an auditor, is not the subject)."""
    uses = [(doc, m) for doc, ms in zip(docs, per_doc) for m in ms
            if len(m.tokens) == 1 and doc[m.tokens[0]].lower_ in _AGENCY_NOUNS]
    if not uses or not all(m.tokens[0] > 0 and doc[m.tokens[0] - 1].lower_ == "the" and doc[m.tokens[0]].tag_ == "NN"
                           for doc, m in uses):
        return
    named = {m.key for ms in per_doc for m in ms if m.cls == "GovernmentBody" and _is_name(m.text)
             and len(m.text.split()) >= 2}
    counts = Counter(m.key for ms in per_doc for m in ms if m.key in named)
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        for _doc, m in uses:
            m.key, m.concept = ranked[0][0], ""


#: Determiners of a noun said of any one of its kind: "a company that buries renewal dates".
_ANY_ONE = frozenset({"a", "an", "any", "every", "each", "no"})
#: Legal forms that end a company's name: "Blue Harbor Marinas, LLC".


def _merge_the_company(docs: list[Doc], per_doc: list[list[Mention]]) -> None:
    """"Blue Harbor Marinas, LLC agreed to pay ... The company did not admit
    liability": "the company", always written with "the" when singular, is
    the one company the article names (a business, or a name a legal form
    ends). The plural ("companies that bury renewal dates") is the class."""
    # ("the Company", as a filing calls the company it names, is tagged a proper noun)
    uses = [(doc, m) for doc, ms in zip(docs, per_doc) for m in ms
            if len(m.tokens) == 1 and doc[m.tokens[0]].lower_ in COMPANY_NOUNS and doc[m.tokens[0]].tag_ in {"NN", "NNP"}]
    # "a company that buries renewal dates ...; the company must ...": companies at large, in that sentence and the next
    at_large = {(id(doc), s) for doc, m in uses
                if any(c.dep_ == "det" and c.lower_ in _ANY_ONE for c in doc[m.tokens[0]].children)
                for s in (doc[m.tokens[0]].sent.start, doc[m.tokens[0]].sent.end)}
    # "the company", "the alarm-monitoring company", a headline's "Company ..." (not "the cost of doing business")
    uses = [(doc, m) for doc, m in uses if (any(c.dep_ == "det" and c.lower_ == "the" for c in doc[m.tokens[0]].children)
                                            or doc[m.tokens[0]].is_sent_start and doc[m.tokens[0]].is_title)
            and (id(doc), doc[m.tokens[0]].sent.start) not in at_large]
    # (not a class a sentence opens with: "Marinas that bury fees ...")
    named = [(n, m.tokens[0], m.key) for n, (doc, ms) in enumerate(zip(docs, per_doc)) for m in ms
             if _is_name(m.text) and not m.concept and (
                 m.cls == "Business" or m.cls in {"Organisation", ""} and _legal_form_ends(doc, m.tokens[-1]))
             and len(m.tokens) >= 2]  # (not a word alone: "Hotel" cut from "Silver Delta Casino & Hotel")
    keys = {key for _n, _i, key in named}
    place = {id(doc): n for n, doc in enumerate(docs)}
    # 'Kestrel Data Co. (the "Company")': a filing's capitalised "the Company" is the one it defines so
    defined = next((m.key for doc, ms in zip(docs, per_doc) for m in ms if m.key in keys
                    and _defined_as_the_company(doc, m.tokens[-1])), "")
    for doc, m in uses:
        # the one company the article names, else the one it named last before ("Silver Delta Resorts ... Silver
        # Delta ... the company")
        before = [key for n, i, key in named if (n, i) < (place[id(doc)], m.tokens[0])]
        key = defined if defined and doc[m.tokens[0]].text == "Company" else next(iter(keys)) if len(keys) == 1 \
            else before[-1] if before else ""
        if key:
            m.key, m.concept = key, ""  # the company itself, not the vocabulary's "businesses"


def _defined_as_the_company(doc: Doc, last: int) -> bool:
    """Whether a bracket right after a name defines it as "the Company":
    'Kestrel Data Co. (the "Company")', "Ridgeland Power & Light Company
    (RP&L, or the Company)"."""
    after = doc[last + 1 : last + 3]
    opening = next((t.i for t in after if t.text == "("), None)
    if opening is None:
        return False
    closing = next((t.i for t in doc[opening : opening + 10] if t.text == ")"), opening + 10)
    return any(t.text == "Company" for t in doc[opening:closing])


def trade_sense(tok: Token) -> bool:
    """Whether "business" names a trade, not a business: "went out of
    business", "the business of carrying passengers", "doing business"
    (a business is counted: "a business", "each business", "the business").

    >>> from policygraph.nlp import build_pipeline
    >>> nlp = build_pipeline()
    >>> [trade_sense(t) for t in nlp("The firm went out of business.") if t.lower_ == "business"]
    [True]
    >>> [trade_sense(t) for t in nlp("Each business must register.") if t.lower_ == "business"]
    [False]
    >>> [trade_sense(t) for t in nlp("Small business opposed the rule.") if t.lower_ == "business"]
    [False]
    """
    if tok.lower_ != "business" or tok.tag_ != "NN" or any(c.dep_ in {"amod", "compound"} for c in tok.children):
        return False  # ("small business", "family business": a business of a kind)
    dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}]
    of = any(c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "VBG" for g in c.children) for c in tok.children)
    return not dets or dets == ["the"] and of


def _drop_trade_senses(docs: list[Doc], per_doc: list[list[Mention]]) -> None:
    """Drops the actors read from "business" said of a trade (`trade_sense`)."""
    for doc, ms in zip(docs, per_doc):
        ms[:] = [m for m in ms if not (len(m.tokens) == 1 and trade_sense(doc[m.tokens[0]]))]


def _legal_form_ends(doc: Doc, last: int) -> bool:
    """Whether a legal form ends the name whose last word is at `last`, or
    follows it across capitalised words and commas ("Blue Harbor" in "Blue
    Harbor Marinas, LLC"; "Northwind Fuel Inc.")."""
    def legal(tok: Token) -> bool:
        return tok.lower_.replace(".", "") in LEGAL_FORMS
    after = (t for t in doc[last + 1 : last + 5] if t.text != "," and not (t.is_title and not legal(t)))
    return legal(doc[last]) or legal(next(after, doc[last]))


def _numbered_acts(per_doc: list[list[Mention]]) -> set[str]:
    """Keys of acts named by number ("H.R. 2210")."""
    return {m.key for ms in per_doc for m in ms if LEGISLATION_NUMBER.fullmatch(m.text)}


def _acts_before_in_paragraph(per_doc: list[list[Mention]], segments: list[Segment],
                              acts: set[str]) -> dict[int, list[str]]:
    """For each mention (by id), the acts its paragraph names before it:
    "The Permit Integrity Act bans ... The Commission enforces the act"."""
    out: dict[int, list[str]] = {}
    seen: list[str] = []
    block = None
    for seg, ms in zip(segments, per_doc):
        if seg.block is not block:
            block, seen = seg.block, []
        for m in sorted(ms, key=lambda m: m.tokens[:1]):
            out[id(m)] = list(dict.fromkeys(seen))
            if m.key in acts:
                seen.append(m.key)
    return out


def _acts_in_headings(per_doc: list[list[Mention]], segments: list[Segment], acts: set[str]) -> dict[int, list[str]]:
    """For each mention (by id), the acts the heading of its section names."""
    by_heading: dict[str, list[str]] = {}
    for seg, ms in zip(segments, per_doc):
        if seg.role == "heading":
            by_heading[seg.block.text] = list(dict.fromkeys(m.key for m in ms if m.key in acts))
    return {id(m): by_heading.get(seg.block.section, []) for seg, ms in zip(segments, per_doc) if seg.role != "heading"
            for m in ms}


def _amended(head: Token) -> bool:
    """Whether a name is only what is amended or repealed ("would amend the
    Harbor Act"), which is not the bill doing it."""
    verb = head.head if head.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in {"amend", "repeal", "reauthorize", "modify", "replace"}


_PROGRAMME_WORDS = {"program", "programme", "scheme", "initiative", "project"}


def _merge_programme_descriptions(per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"the pilot" and "the pilot program", "the registry" and "the
    registry scheme": a policy described with and without a word for a
    programme is one policy."""
    policies = [m for ms in per_doc for m in ms if m.cls and lexicon.core(m.cls) == "Policy" and m.text.islower()]
    keys = {normalise_name(m.text): m.key for m in policies}
    for m in policies:
        for word in _PROGRAMME_WORDS:
            longer = keys.get(normalise_name(m.text) + " " + word)
            if longer and longer != m.key:
                m.key = longer


def _merge_appositive_descriptions(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"the Honest Ticket Act, a bill that would ...", "the bill, the Honest
    Ticket Act,", "the Honest Ticket Act is a bill that ...": a policy's
    description set beside its name, or said of it with "is", is that
    policy, and so is the description wherever the article repeats it,
    unless it is set beside two names. A plural description beside a name
    ("two programmes, the X and the Y") lists members, not one thing."""
    names: dict[str, set[str]] = defaultdict(set)  # description key -> keys of the names it describes
    for doc, ms in zip(docs, per_doc):
        at = {i: m for m in ms for i in m.tokens}
        for m in ms:
            head = doc[m.head] if m.head >= 0 else None
            if head is None or not m.cls:
                continue
            said_of = described(head)
            if said_of is None:
                continue
            other = at.get(said_of.i)
            if other is None or other is m or lexicon.core(m.cls) != "Policy" or lexicon.core(other.cls or m.cls) != "Policy":
                continue
            pair = [x for x in (m, other) if _is_name(x.text) or _named_programme(x.text)]
            if len(pair) != 1:
                continue
            name = pair[0]
            description = other if name is m else m
            if description.text.islower() and doc[description.head].tag_ == "NN":  # "board members, Ann and Bo": a list
                names[description.key].add(name.key)
    for ms in per_doc:
        for m in ms:
            if len(names.get(m.key, ())) == 1:
                m.key = next(iter(names[m.key]))


_QUANTIFIERS = {"the", "each", "every", "all", "any", "a", "an", "some", "many", "most", "these", "those", "such"}


def class_head(text: str) -> tuple[str, bool]:
    """The noun a class of actors is named by, singular, and whether the
    name is that noun alone: "each employer" -> ("employer", True);
    "covered workers" -> ("worker", False); a proper name -> ("", False).

    >>> class_head("the agencies"), class_head("Federal agencies"), class_head("Department of Labor")
    (('agency', True), ('agency', False), ('', False))
    """
    words = text.split()
    while len(words) > 1 and words[0].lower() in _QUANTIFIERS:
        words = words[1:]
    alone = len(words) == 1
    last = words[-1].lower() if alone and words[0].istitle() else words[-1]  # "Growers must ..." opens a sentence
    if not last.islower() or not last.isalpha():
        return "", False
    return singular(last), alone


#: Modifiers that set a thing apart from the one already named: "a companion bill", "a rival plan".
_CONTRAST_WORDS = {"companion", "similar", "another", "separate", "rival", "competing", "alternative", "earlier",
                   "previous", "prior"}


#: Modifiers that say a class is the one a policy reaches, not a narrower
#: group: "covered workers", "eligible taxpayers", "licensed hospitals" (the
#: standing a rule gives or requires, of those it governs).
_SCOPE_WORDS = {"covered", "eligible", "qualified", "qualifying", "participating", "affected", "regulated",
                "applicable", "licensed", "accredited", "authorized", "authorised", "enrolled"}


def _merge_instrument_callbacks(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"The Farm Bureau supports the tax" beside the Carbon Tax Act: a bare
    word for an instrument (a tax, a levy, a cap, a ban, a registry:
    `INSTRUMENT_NOUNS`) is the one named policy whose name says it is one.
    Not when two names do, nor when the article also has one of that kind
    it does not name ("a ban on plastic straws", "a 2% tax on water"): then
    "the ban" may be that one; and "the cap" beside the Tax Act stays its own."""
    mentions = [m for ms in per_doc for m in ms]
    named: dict[str, set[str]] = defaultdict(set)
    unnamed: set[str] = set()  # kinds the article also has an unnamed one of
    for doc, ms in zip(docs, per_doc):
        for m in ms:
            words = m.text.lower().split()
            if lexicon.core(m.cls) != "Policy" or not words:
                continue
            if _is_proper_name(m):
                for word in (w for w in words if w in INSTRUMENT_NOUNS):
                    named[word].add(m.key)
            elif words[-1] in INSTRUMENT_NOUNS and (words[0][:1].isdigit() or m.tokens and m.tokens[0] > 0
                                                     and doc[m.tokens[0] - 1].lower_ in {"a", "an", "another"}
                                                     and any(c.dep_ == "prep" and c.lower_ == "on"
                                                             for c in doc[m.tokens[-1]].children)):
                # ("a ban on plastic straws", "a 2% tax": one of its own; "a tax that funds kitchens" is any tax)
                unnamed.add(words[-1])
    rekey = {}
    for m in mentions:
        word = m.text.lower()
        if lexicon.core(m.cls) == "Policy" and word in INSTRUMENT_NOUNS and len(named.get(word, ())) == 1 \
                and m.key not in named[word] and word not in unnamed:
            rekey[m.key] = next(iter(named[word]))
    for m in mentions:
        m.key = rekey.get(m.key, m.key)


def _merge_class_nouns(mentions: list[Mention], lexicon: Lexicon) -> None:
    """"employers" after "farm employers", "the directives" after "harbor
    directives": a class of actors or policies named by its bare noun is the
    one narrower class the article names with that noun, when it names
    exactly one ("covered workers" and "domestic workers" leave "workers"
    alone); a policy's plural noun is not one rule known by its measure
    ("the rules" are not "the 14-hour rule"). A bare noun already standing for a named body or policy ("the
    Department" for the Department of Agriculture) is that name's, not a
    class's: "County health departments" are other bodies."""
    bare: dict[str, set[str]] = defaultdict(set)
    narrowed: dict[str, set[str]] = defaultdict(set)
    scoped: dict[str, set[str]] = defaultdict(set)
    # a singular-headed name ("Department of Agriculture"), not a heading's class in capitals ("Farm Employers")
    # (or one known by an acronym, or with "of" or "for" in it: "Centers for Medicare & Medicaid Services")
    named = {m.key for m in mentions if _is_proper_name(m)
             and (singular(name_head(m.text.split()).lower()) == name_head(m.text.split()).lower()
                  or {"of", "for"} & set(m.text.split()))} | {m.key for m in mentions if m.source == "acronym"}
    for m in mentions:
        if lexicon.core(m.cls) not in {"Actor", "Policy"} or m.cls == "Person" or m.concept or m.key in named:
            continue
        head, alone = class_head(m.text)
        words = m.text.lower().split()
        # "a companion bill" is another bill; "small landlords" are some of the landlords, not all the article means
        # ("other owners" are not the owners the article means, so no narrower class of them either)
        if head and not set(words) & (_CONTRAST_WORDS | SIZES | {"other"}):
            if len(words) == 2 and words[0] in _SCOPE_WORDS:  # "covered workers" are the workers the policy means
                scoped[head].add(m.key)
            else:
                (bare if alone else narrowed)[head].add(m.key)
    rekey = {k: next(iter(bare[head])) for head, keys in scoped.items() if len(bare.get(head, ())) == 1 for k in keys}
    for m in mentions:
        m.key = rekey.get(m.key, m.key)
    rekey = {}
    texts: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        texts[m.key].append(m.text.lower())
    for head, keys in bare.items():
        if head in scoped:
            continue  # ("certified teachers" are the teachers the act means: "uncertified teachers" are others)
        targets = narrowed.get(head, set()) - keys
        if len(targets) == 1:
            target = next(iter(targets))
            measured = all(t[:1].isdigit() for t in texts[target])  # "14-hour rule", "15% cap"
            rekey.update({k: target for k in keys if not (measured and any(
                singular(t.split()[-1]) != t.split()[-1] for t in texts[k]))})  # ("the rules" are other rules)
    for m in mentions:
        if m.key in rekey:
            m.key = rekey[m.key]


def _extend_headline_names(docs: list[Doc], per_doc: list[list[Mention]], lexicon: Lexicon) -> None:
    """"Binding Dock Directive 7: Post Your Fees" above "a binding dock
    directive is ...": in a headline every word is capitalised,
    so a name is not run back over the words before it; a word the article
    itself uses as part of the name's term in lower case belongs to it."""
    terms = {re.sub(r"^(?:the|a|an|these|this|such) ", "", m.text.lower()) for ms in per_doc for m in ms}
    for doc, mentions in zip(docs, per_doc):
        taken = {i for o in mentions for i in o.tokens}
        for k, m in enumerate(mentions):
            before = m.tokens[0] - 1
            if not m.cls or lexicon.core(m.cls) != "Policy" or before < 0 or not doc[before].is_title \
                    or not doc[before].is_alpha or before in taken or not headline_sentence(doc[before]):
                continue
            words = [t.lower_ for t in (doc[i] for i in m.tokens) if t.is_alpha]
            term = " ".join([doc[before].lower_, *words])
            if term in terms or term + "s" in terms:
                mentions[k] = replace(m, tokens=(before, *m.tokens), text=span_text(doc, (before, *m.tokens)))


def _description_words(m: Mention, lexicon: Lexicon) -> tuple[str, frozenset[str]]:
    """(head noun, other words) of a policy described by common nouns
    ("a sweeping state boat safety law" -> ("law", {state, boat,
    safety})), without vague or evaluative words; ("", {}) for a name or
    for one set against another ("other privacy laws", "a companion bill")."""
    words = re.findall(r"[a-z][a-z-]*", m.text.lower())
    # (a capital on the first word alone is no name: "Federal harbor safety provisions")
    # ("the 10-Year Plan": a figure may open a name)
    named = (m.text[:1].isupper() or m.text[:1].isdigit()) and (
        len(m.text.split()) < 2 or not all(w.islower() for w in m.text.split()[1:]))
    if not words or named or m.concept or lexicon.core(m.cls) != "Policy" \
            or set(words) & (_CONTRAST_WORDS | {"other"}):
        return "", frozenset()
    rest = frozenset(w for w in words[:-1] if w not in _DESCRIPTION_STOPS and w not in lexicon.vague_modifiers)
    return singular(words[-1]), rest


#: Words that say how a policy is judged, not which one it is ("a strong federal law").
_DESCRIPTION_STOPS = frozenset({"the", "a", "an", "any", "this", "that", "its", "their", "our", "strong", "stronger",
                                "sweeping", "comprehensive", "meaningful", "robust", "weak", "real"}) | STAGE_WORDS


def _merge_policy_descriptions(mentions: list[Mention], lexicon: Lexicon) -> None:
    """"a sweeping state boat safety law" ... "any state boat law",
    "a draft operating permit" ... "the draft permit": a policy described
    again with fewer of the same words (a stage of its making is one) is
    the one described with more, when exactly one is ("federal law" after
    a federal privacy law and a federal tax law stays apart)."""
    described = [(m, *_description_words(m, lexicon)) for m in mentions]
    staged = {id(m): set(m.text.lower().split()) & STAGE_WORDS for m in mentions}
    # ("a draft operating permit" ... "the draft permit": a stage of its making is description enough)
    described = [(m, head, words) for m, head, words in described if head and (words or staged[id(m)])]
    rekey: dict[str, str] = {}
    for m, head, words in described:
        wider = {o.key for o, h, w in described if h == head and words < w and o.key != m.key
                 and staged[id(m)] <= staged[id(o)]}
        if len(wider) == 1:
            rekey[m.key] = next(iter(wider))
    for m in mentions:
        while m.key in rekey:  # each step goes to a description with more words: no cycle
            m.key = rekey[m.key]


def _fits(fact: Fact, categories: dict[str, str]) -> bool:
    domain, range_ = DOMAIN_RANGE[fact.predicate]
    return fact.subject != fact.object and categories.get(fact.subject) == domain and categories.get(fact.object) == range_


_MINOR_WORDS = {"of", "for", "the", "and", "to", "a", "an", "on", "in", "with", "de", "&", "-"}


def _is_proper_name(m: Mention) -> bool:
    words = m.text.replace("-", " ").split()
    return len(words) >= 2 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _MINOR_WORDS for w in words)


_CONDUCT_CLASSES = frozenset({"Behaviour", "Misconduct", "GoodConduct"})


#: The words that open the name of a failure: "fail to file", "failure to register", "neglecting to report".
_FAILURE_OPENING = re.compile(r"(?:fail|fails|failed|failing|failure|neglect|neglects|neglecting)\s+to\s", re.IGNORECASE)


def _without_nested_conduct(mentions: list[Mention]) -> list[Mention]:
    """"landlords who collect side payments are fined": the conduct is the
    frame's whole phrase; the act noun inside it ("side payments") is no
    second behaviour. (A frame shares its words so actors and policies
    named inside it stay mentions; conduct does not.)"""
    frames = [set(m.tokens) for m in mentions if m.source == "frame" and m.cls in _CONDUCT_CLASSES]
    nested = [m for m in mentions if m.source == "head" and m.cls in _CONDUCT_CLASSES
              and any(set(m.tokens) < f for f in frames)]
    # "marinas that fail to file reports face fines": what is punished is the failure, not the act owed inside it
    # (and a failure cut short inside the whole one: "fail to file" of "fail to file or pay on time")
    failures = [set(m.tokens) for m in mentions if m.cls in _CONDUCT_CLASSES and _FAILURE_OPENING.match(m.text)]
    nested_ids = {id(m) for m in nested}
    nested += [m for m in mentions if m.cls in _CONDUCT_CLASSES and id(m) not in nested_ids and m.tokens
               and any(set(m.tokens) < f and (max(f) == m.tokens[-1] or _FAILURE_OPENING.match(m.text))
                       for f in failures)]
    # what the nested act noun would have shadowed stays shadowed ("security" in "security incidents")
    shadowed = [m for m in mentions if any(set(m.tokens) <= set(n.tokens) and (m.priority, len(m.tokens))
                                           < (n.priority, len(n.tokens)) for n in nested)]
    return [m for m in mentions if m not in nested and m not in shadowed]


def _non_overlapping(mentions: list[Mention], policy_classes: frozenset[str] = frozenset(),
                     policy_acronyms: frozenset[str] = frozenset()) -> list[Mention]:
    """Strongest source first, then longest: each token belongs to one mention.
    A proper name is atomic: a vocabulary word inside it ("Consumer" in
    "Consumer Credit Protection Act") does not split it; a body's acronym
    opening a policy's name ("FTC" in "the FTC Act") is both the body and
    part of the name."""
    proper = [set(m.tokens) for m in mentions if m.source in {"ner", "slot", "head", "title", "acronym"} and _is_proper_name(m)]
    mentions = [m for m in mentions if not (m.source == "lexicon" and any(set(m.tokens) < p for p in proper))]
    body_acronyms = {m.tokens for m in mentions if m.source == "acronym" and m.text not in policy_acronyms}
    mentions = [replace(m, shared=(*m.shared, m.tokens[0])) if len(m.tokens) > 1 and m.tokens[:1] in body_acronyms
                and m.source in {"ner", "head", "title"} and m.cls in policy_classes
                and _is_proper_name(m) and m.head == m.tokens[-1] else m for m in mentions]
    mentions = _without_nested_conduct(mentions)
    taken: set[int] = set()
    out = []
    for m in sorted(mentions, key=lambda m: (-m.priority, -len(m.tokens), m.tokens)):
        own = set(m.tokens) - set(m.shared)
        if not m.tokens or taken.intersection(own):
            continue
        taken.update(own)
        out.append(m)
    return sorted(out, key=lambda m: m.tokens)


def commands_listed(segment: Segment, lexicon: Lexicon) -> bool:
    """Whether a list item stands under a heading or intro that makes its
    items duties or advice ("## What restaurants should do" / "- Close ice
    machines"): its first word is a command, however capitalised, which the
    tagger may read as a noun or adjective (`nlp.misread_command`)."""
    block = segment.block
    words = segment.text.split()
    if segment.role != "body" or block.kind != "item" or segment.offset != block.start or len(words) < 2 \
            or words[1][:1].isupper():  # ("Board Members Rachel Brand and ...": a name opens it)
        return False
    listed, _doer = intro_duty(block.intro, obligation_cues=lexicon.obligation_cues,
                               prohibition_cues=lexicon.prohibition_cues) if block.intro else ("", "")
    return bool(listed in {"obligation", "prohibition", "recommendation"} or heading_duty(block.section))


def extract_many(articles: Iterable[Article], nlp: Language, *, batch_size: int = 64,
                 entity_filter: FilterModel | None = None) -> Iterator[Extraction]:
    """Extract articles in one stream of batches; yields in input order and
    holds only one article's parsed docs at a time. `entity_filter` is a
    trained filter (`learned`) to apply; the default build uses none, because
    cross-validation showed it does not help on unseen articles (docs/quality.md)."""
    lexicon = load_lexicon()
    model = entity_filter
    verbs = (frozenset().union(*lexicon.relation_cues.values()) | lexicon.obligation_cues | lexicon.prohibition_cues
             | CONSEQUENCE_VERBS | FRAME_VERBS)
    doers = frozenset(w for w, classes in lexicon.head_nouns.items()
                      if any(lexicon.core(c) == "Actor" for c in classes))
    staged: dict[int, tuple[Article, list[Segment]]] = {}

    def stream() -> Iterator[tuple[str, tuple[int, int]]]:
        for n, article in enumerate(articles):
            segments = segments_of(article, lexicon)
            staged[n] = (article, segments)
            for i, seg in enumerate(segments):
                yield seg.text, (n, i)
            if not segments:
                yield "", (n, -1)

    current: int | None = None
    docs: list[Doc] = []
    for batch in _batches(stream(), batch_size, _BATCH_CHARS):
        for doc, (n, i) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            if current is not None and n != current:
                yield apply_filter(_finish(staged.pop(current), docs, lexicon), model)
                docs = []
            current = n
            if i >= 0:
                segment = staged[n][1][i]
                command = segment.text[:1].islower() or commands_listed(segment, lexicon)
                docs.append(_without_tensor(reparsed(doc, nlp, verbs, command=command, doers=doers)))
    if current is not None:
        yield apply_filter(_finish(staged.pop(current), docs, lexicon), model)


def _batches(items: Iterable[tuple[str, tuple[int, int]]], size: int,
             chars: int) -> Iterator[list[tuple[str, tuple[int, int]]]]:
    """Runs of at most `size` segments and `chars` characters (one longer
    segment goes alone). spaCy batches by count, and its working memory
    grows with the text of a batch (about 15 KB a token in tok2vec): twenty
    100,000-character segments of one long line took 5 GB in one batch."""
    batch: list[tuple[str, tuple[int, int]]] = []
    total = 0
    for item in items:
        if batch and (len(batch) >= size or total + len(item[0]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += len(item[0])
    if batch:
        yield batch


def _without_tensor(doc: Doc) -> Doc:
    """Drop tok2vec's output (96 floats a token, over half of what a parsed
    Doc holds): the rules read tags, parses and entities, never vectors, and
    an article's docs are all held until it is done."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def _finish(staged: tuple[Article, list[Segment]], docs: list[Doc], lexicon: Lexicon) -> Extraction:
    article, segments = staged
    return _ArticleExtractor(article, segments, docs, lexicon).run()


def extract(article: Article, nlp: Language) -> Extraction:
    """Extract one article."""
    return next(extract_many([article], nlp))
