"""Read article files into `Article` values: decoded, normalised, split into blocks.

Headings, list items and paragraphs become separate blocks (with character
offsets into the article text) so a heading or a list label is never glued
onto the next sentence. Page furniture (author bio, comments) is dropped from
the blocks, but the author is kept as metadata. Hands `Article` to extract.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from .errors import IngestError
from .files import read_limited
from .records import Article, Block

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DEFAULT_MAX_BYTES = 2_000_000

_CHAR_MAP = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"),
    **dict.fromkeys("\u2022\u25cf\u25aa\u25e6\u2023\u2043\u2219\u25a0\u25a1\u25ba\u27a2", "-"),
    **dict.fromkeys("\u2026", "."),
}


#: Dashes that set words apart: the em dash, the horizontal bar, and an en dash with a space each side.
_DASHES = {"\u2013", "\u2014", "\u2015"}


_SUPERSCRIPT_DIGITS = frozenset("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")


def normalise(text: str) -> str:
    """Normalise Unicode one character for one character, so offsets survive.

    Curly quotes, hyphens and bullets become ASCII; a dash between words
    becomes an em dash (read as "-", the parser would join the words round
    it into one compound: "the Heating Ordinance - second reading"); emoji, flags, zero-width
    and control characters become spaces, and so do superscript digits (a
    footnote's number); compatibility forms (full-width letters,
    non-breaking spaces) fold to their plain form.
    """
    out = []
    for i, ch in enumerate(text):
        if ch in _DASHES and not text[text.rfind("\n", 0, i) + 1 : i].strip():
            out.append("-")  # a dash opening a line is a bullet
            continue
        if ch in _DASHES and (ch != "\u2013" or text[i - 1 : i] == " " == text[i + 1 : i + 2]):
            out.append("\u2014")  # a dash between words ("Ordinance 7 \u2014 second reading") is no hyphen
            continue
        if ch in _CHAR_MAP:
            out.append(_CHAR_MAP[ch])
            continue
        if ch == "\r":
            out.append(" " if text[i + 1 : i + 2] == "\n" else "\n")
            continue
        if ch in _SUPERSCRIPT_DIGITS:
            out.append(" ")  # a footnote's number ("the Act\u00b9 requires"): folded, it would join the word
            continue
        if ch in "\n\t" or (" " <= ch <= "~"):
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat in {"So", "Sk", "Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me"} or cat.startswith("Z"):
            out.append(" ")
            continue
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB" if n >= 1_000 else f"{n} bytes"


def size_error(source: object, size: int, max_bytes: int) -> IngestError:
    """The one message for an article over the size limit."""
    return IngestError(f"{source}: {_size(size)} is over the {_size(max_bytes)} article limit; "
                       "split it or raise --max-bytes")


def decode(data: bytes, *, source: str, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Bytes to text, refusing what is not an article with a one-line reason."""
    if not data.strip():
        raise IngestError(f"{source}: the file is empty")
    if len(data) > max_bytes:
        raise size_error(source, len(data), max_bytes)
    if encoding is None and data[:2] in {b"\xff\xfe", b"\xfe\xff"}:
        encoding = "utf-16"  # a byte-order mark says so
    if encoding is None and b"\x00" in data[:65536]:
        raise IngestError(f"{source}: looks like a binary file, not a text article")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except LookupError:
        raise IngestError(f"{source}: unknown encoding {encoding!r}; give a Python codec name such as latin-1") from None
    except UnicodeDecodeError as exc:
        where = f" at byte {exc.start}"
        raise IngestError(
            f"{source}: not valid {encoding or 'UTF-8'}{where}; re-save it as UTF-8 or pass --encoding"
        ) from None
    controls = sum(1 for ch in text[:65536] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 65536):
        raise IngestError(f"{source}: looks like a binary file, not a text article")
    return text


_WORD = re.compile(r"[^\W\d_]+")


def check_english(text: str, *, source: str) -> None:
    """Refuse text the English model cannot read, instead of extracting noise."""
    words = _WORD.findall(text[:200_000])
    if not words:
        raise IngestError(f"{source}: contains no words to extract from")
    ascii_words = sum(1 for w in words if w.isascii())
    stop = sum(1 for w in words if w.lower() in STOP_WORDS)
    if ascii_words < 0.6 * len(words) or (len(words) >= 20 and stop < 0.15 * len(words)):
        raise IngestError(f"{source}: does not look like English text; policygraph reads English articles only")


# ---------------------------------------------------------------- blocks

@dataclass(slots=True)
class _Raw:
    """A block before section/label/context analysis."""

    kind: str
    start: int
    end: int
    numbered: bool = False
    table: bool = False  # a Markdown table's row: its first cell is its lead-in
    context: str = ""  # a row's: its table's first column heading; a cell's: its row's first cell
    lead: tuple[int, int, int] | None = None  # a bold lead-in: (its words' start, end, where the item's text goes on)


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
#: A list item's number: "3.", "b)", "(iv)", "ii." (not "S. 981", a bill's number), or a numbered
#: paragraph's "3.3" / "2.1.4" before a sentence ("3.3 Failure to keep logs will ...": a capital, four words or more,
#: a stop at the end or a long line, wrapped; not "2.1 Definitions", a heading, "9.30 Welcome by the Mayor", nor "1.5 Million visitors ...").
_ITEM_NUMBER = (r"(?:\d{1,3}(?:\.\d{1,2}){1,3}\.?(?=\s+(?!(?:Million|Billion|Trillion|Thousand|Hundred|Percent|Per|"
                r"Hectares?|Acres?|Miles?|Kilomet(?:re|er)s?|Metres?|Meters?|Tonnes?|Tons?|Hours?|Days?|Years?)\b)"
                r"[A-Z]\S*(?:\s+\S+){2})(?=[^\n]*[.;:]\s*$|[^\n]{45,})|\d{1,3}[.)]|[a-zA-Z](?:\)|\.(?!\s+\d))|[ivx]{2,5}[.)]|\(\w{1,4}\))")
#: A bullet or a number opening a list item, and a number after a bullet ("- ii. Report spills ...").
_BULLET = re.compile(rf"^\s*(?:[-*+](?:\s+{_ITEM_NUMBER})?|{_ITEM_NUMBER})\s+")
_NUMBERED = re.compile(rf"^\s*(?:[-*+]\s+)?{_ITEM_NUMBER}\s+")
_LABEL = re.compile(r"^([^:.!?;]{2,70}?):\s*")
#: A memo's or letter's header field: "To:", "**From:**", "SUBJECT:", "Re:".
FIELD_LINE = re.compile(r"^(?:\*\*|__)?(to|from|date|re|subject|cc|attn|attention|through|memorandum for)"
                        r"(?:\*\*|__)?\s*:", re.IGNORECASE)
#: A Markdown table's row ("| Paying cash | $1,000 |") and the rule under its header ("|---|:--|").
_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|[\s:|-]*-[\s:|-]*$")
#: A list item's bold lead-in, ended by a full stop or colon inside or after the bold: "**Weak oversight.** The ..."
#: (a stop between digits is part of it: "**Section 8.44.030 (Prohibition).**")
_BOLD_LEAD = re.compile(r"(\*\*|__)\s*((?:[^*_:.!?;\n]|(?<=\d)\.(?=\d)){2,70}?)\s*(?:[.:]\s*\1|\1\s*[.:])\s+(?=\S)")
#: Bold lead-ins that mark an aside or a story's furniture, not what the paragraph is about: "**Note:** ...",
#: "**Why it matters:** ...".
_ASIDE_LEADS = frozenset({"note", "nb", "n.b", "update", "updated", "correction", "clarification", "disclaimer",
                          "source", "sources", "editor's note", "important", "reminder", "tip", "warning", "caution",
                          "why it matters", "the big picture", "big picture", "yes, but", "yes but", "what's next",
                          "by the numbers", "background", "the background", "the data", "context",
                          "the context", "bottom line", "the bottom line", "what they're saying", "related",
                          "go deeper", "between the lines", "zoom in", "zoom out", "state of play", "the latest",
                          "details", "the details", "catch up quick", "flashback", "reality check", "the other side"})


def topic_lead(lead: str, closing: str) -> bool:
    """Whether a paragraph's bold lead-in names what the paragraph is about
    ("**Paperwork.** Advocates say ..."), as an item's label does: short,
    closed by a full stop, not an aside or a story's furniture ("**Why it
    matters:**"), not a speaker ("**Tom Hale, State Chamber:**",
    "**Tom Hale:**") or anyone's view ("**Grocers' view.**"). (A name that
    labels a worry's paragraph is read as no worry: `extract.mentions.label_mentions`.)

    >>> topic_lead("Paperwork", ".** "), topic_lead("Why it matters", ":** "), topic_lead("Tom Hale", ":** ")
    (True, False, False)
    >>> topic_lead("Cost to small firms", ".** "), topic_lead("Grocers' view", ".** ")
    (True, False)
    """
    words = lead.split()
    return 0 < len(words) <= 6 and "." in closing and ":" not in closing and lead.strip().lower() not in _ASIDE_LEADS \
        and "," not in lead and not re.search(r"\w['\u2019](?:s\b|\s|$)", lead)


#: Words by which a line ending in a colon states a duty its items complete ("Each plan must not:").
_DUTY_WORD = re.compile(r"\b(?:must|shall|should|may|will|required|prohibited|requires|prohibits)\b", re.IGNORECASE)
_FURNITURE = re.compile(
    r"^(about the (author|creator|writer|authors)|about (me|us)|comments?( \(\d+\))?|\d+ comments?|"
    r"leave a (comment|reply)|related( articles| posts| stories| reading)?|share( this( article| post)?)?|"
    r"subscribe.*|sign up.*|newsletter|you (may|might) also like.*|more from .*|read more|recommended.*|"
    r"advertisement|footnotes|tags|follow us.*)$",
    re.IGNORECASE,
)


#: A bill page's sponsor field: "Sponsor: Senator Ana Ruiz", "Co-sponsors: ...", "Introduced by: ...".
_SPONSOR_LINE = re.compile(r"^(?:\*\*|__)?(?:sponsors?|co-?sponsors?|introduced by)(?:\*\*|__)?\s*:", re.IGNORECASE)


def capitals_heading(text: str) -> bool:
    """Whether a numbered line is a heading in capitals (minutes, reports),
    not an item: "CALL TO ORDER", "ORDINANCE 25-07: DOG LICENSING".

    >>> capitals_heading("ORDINANCE 25-07: DOG LICENSING (SECOND READING)"), capitals_heading("CALL TO ORDER")
    (True, True)
    >>> capitals_heading("Owners must license dogs."), capitals_heading("FDA"), capitals_heading("NO DOGS ALLOWED.")
    (False, False, False)
    >>> capitals_heading("OWNERS MUST REMOVE ABANDONED VEHICLES"), capitals_heading("CORRESPONDENCE")
    (False, True)
    """
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and not _RULE_IN_CAPITALS.search(text) \
        and not text.rstrip().endswith((".", "!", "?", ";", ","))


#: A line numbered as a list's next item ("2. ..."), not a sub-item ("3.1 ...") under a numbered heading.
_SIBLING_NUMBER = re.compile(r"\s*(?:\d{1,3}|[A-Z])[.)]\s")
#: Words of a rule written in capitals, never of a heading: "OWNERS MUST REMOVE ...", "DO NOT BURN TRASH".
_RULE_IN_CAPITALS = re.compile(r"\b(?:MUST|SHALL|NOT|NEVER|DO|DON'T|MAY|SHOULD|WILL|ALWAYS|NO)\b")


def _is_heading_line(line: str, next_line: str | None, *, first: bool = False) -> bool:
    """Short, unpunctuated, capitalised lines are headings; the first line of
    a file may be a longer title ("Progress Report on the City's Response to
    the Auditor's Findings on Rental Housing and Harbour Safety")."""
    words = line.split()
    if FIELD_LINE.match(line.strip()) or _SPONSOR_LINE.match(line.strip()):
        return False  # "SUBJECT: Remote Work Policy", "Sponsor: Senator Ana Ruiz": a header field, not a heading
    limit_words, limit_chars = (30, 200) if first else (14, 100)
    if not words or len(words) > limit_words or len(line) > limit_chars or next_line is None:
        return False
    if line.rstrip()[-1] in ".!?,;:" or not (line[0].isupper() or line[0].isdigit()):
        return False
    if _DANGLING_DUTY.search(line.rstrip()):
        return False  # "Under the contract, the landlord must": a sentence the list below completes
    # a sentence ends inside it ("... harden their homes. Supporters"): prose wrapped at its end, no heading
    return not _SENTENCE_INSIDE.search(line)


#: A sentence's end inside a line: a lower-case word's stop, then a capitalised word.
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][\"'\u201d\u2019)]?\s+[A-Z]")


#: A page's number standing alone on its line, as PDF-to-text leaves it: "Page 3 of 12", "- 3 -" (a bare "3" or
#: "CRS-3" counts only where such numbers rise through the text: `without_page_furniture`).
_PAGE_NUMBER = re.compile(r"\s*(?:[Pp]age\s+\d{1,3}(?:\s+of\s+\d{1,3})?|[-\u2014]\s*\d{1,3}\s*[-\u2014])\s*")
_BARE_NUMBER = re.compile(r"\s*(?:[A-Z]{2,5}-)?(\d{1,3})\s*")  # "3", "CRS-3" (not "COVID-19" said once)
#: How far apart a running head's repeats mostly stand: a page's worth of lines (the last page may be short).
_PAGE_LINES = 10


def without_page_furniture(text: str) -> str:
    """The text with the furniture of its printed pages blanked (same
    length: offsets stay valid): page numbers on lines of their own ("Page
    2 of 9", or bare numbers that rise through the text), and running heads
    or feet: short lines of three or more words said three times or more,
    numbers aside, mostly a page's worth of lines apart ("CRS Report
    R12345   Congressional Research Service   3"). A text of a few pages
    reads as prose again; a signatory's title said under each name, a
    table's repeated rows or a refrain stay.

    >>> without_page_furniture("The rule\\n\\nPage 2 of 9\\n\\napplies.")
    'The rule\\n\\n           \\n\\napplies.'
    """
    lines = text.split("\n")
    shapes = [re.sub(r"\d+", "#", line.strip()) for line in lines]  # a line with its numbers aside
    seen: dict[str, list[int]] = defaultdict(list)
    for n, line in enumerate(lines):
        if len(line.strip()) <= 100 and len(line.split()) >= 3 and not (
                _BULLET.match(line) or _MD_HEADING.match(line) or _TABLE_ROW.match(line.strip())):
            seen[shapes[n]].append(n)
    gaps = {shape: sorted(b - a for a, b in zip(at, at[1:])) for shape, at in seen.items() if len(at) >= 3}
    heads = {shape for shape, g in gaps.items() if g[0] >= 3 and g[len(g) // 2] >= _PAGE_LINES}
    bare = [(n, int(m.group(1))) for n, line in enumerate(lines) if (m := _BARE_NUMBER.fullmatch(line))]
    rising = {n for n, _v in bare} if len(bare) >= 2 and all(a[1] < b[1] for a, b in zip(bare, bare[1:])) else set()
    out = []
    for n, line in enumerate(lines):
        furniture = bool(line.strip()) and (_PAGE_NUMBER.fullmatch(line) is not None or n in rising
                                            or shapes[n] in heads)
        out.append(" " * len(line) if furniture else line)
    return "\n".join(out)


def wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text's lines were broken at, or 0 when its
    lines are not wrapped. Only lines another line of prose follows at once
    can have been broken by wrapping; most of those end within a few
    characters of one width under about a hundred (72, 80), where a text
    written a paragraph to a line has lines of every length, many longer.
    Headings, bullets, addresses and paragraph ends say nothing either way.

    >>> wrap_width(["The board adopted the rule in May after a long year of", "hearings and two"] * 4)
    54
    >>> wrap_width(["The board adopted the rule.", "Owners must file."] * 4)
    0
    """
    ends = [len(line.rstrip()) for line, nxt in zip(lines, lines[1:])
            if len(line.strip()) >= 40 and nxt.strip() and not _BULLET.match(nxt) and not _MD_HEADING.match(nxt)]
    if len(ends) < 3:
        return 0
    width = sorted(ends)[int(len(ends) * 0.9)]
    near = sum(1 for n in ends if width - 12 <= n <= width)
    return width if width <= 110 and near >= 0.7 * len(ends) else 0


#: A Markdown setext heading's underline: "--------" or "========".
_SETEXT = re.compile(r"^\s*(?:=+|-+)\s*$")
#: A Markdown line set wholly in bold or italics: "**Ana Ruiz and Ben Ode**", "*Harbor Institute, Brief No. 4*".
_EMPHASISED_LINE = re.compile(r"(\*\*?|__?)(?=[^*_\s])[^*_]*[^*_\s]\1")
#: A line that opens a byline: "By Jane Doe".
_BY = re.compile(r"\s*By\s+[A-Z]")


def says_something(cell: str) -> bool:
    """Whether a table cell other than a row's first says something to read
    under the row's name (three words or more), not a figure ("$500")."""
    return len(re.findall(r"[A-Za-z]{2,}", cell)) >= 3


#: Words a sentence never ends on: a line ending with one goes on ("... Fair Insurance, the" / "Statewide ...").
_LEADING_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "with", "by", "from", "that"})


def _runs_on(line: str, nxt: str | None, width: int) -> bool:
    """Whether a hard-wrapped line goes on in the next one: the next line's
    first word would not have fitted after it within the wrap width (so the
    break was the wrapping's, not the writer's), and the next line is no
    underline or byline. With no width to go by (a few lines), a line that
    ends mid-sentence goes on into a next line opening in lower case."""
    if not nxt or not nxt.strip() or _SETEXT.match(nxt) or _BY.match(nxt):
        return False
    if not width:  # a few wrapped lines show no width; a sentence going on in lower case, or cut after "the"
        last = line.split()[-1].lower() if line.split() else ""
        prose = len(line.split()) >= 6 and not line.isupper() and len(nxt.split()) >= 2  # not "REPORT ..." / "on"
        return prose and not re.search(r"[.!?:;]\W*$", line.rstrip()) and (
            nxt.strip()[0].islower() or last.endswith(",") or last in _LEADING_WORDS)
    if re.search(r"[.!?:]\W*$", line.rstrip()) and len(nxt.strip()) < 0.5 * width and nxt.strip()[0].isupper() \
            and not re.search(r"[.!?:;,]\W*$", nxt.rstrip()):
        return False  # "... at every dock." / "Background": a sentence's end, then a heading
    return len(line.rstrip()) + 1 + len(nxt.split()[0]) > width


def _text_blocks(text: str, *, markdown: bool) -> list[_Raw]:
    """Lines to raw blocks; Markdown paragraphs may wrap over several lines,
    and so may any text's paragraphs and list items when it is hard-wrapped
    (`wrap_width`)."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    contents = [(s, e) for s, e in lines if text[s:e].strip()]
    width = wrap_width([text[s:e] for s, e in lines])
    raws: list[_Raw] = []
    para: _Raw | None = None
    wrapped_line: _Raw | None = None  # the paragraph or item the line before runs on into this one
    header = ""  # the first column's heading of the Markdown table being read
    for idx, (s, e) in enumerate(lines):
        line = text[s:e]
        stripped = line.strip()
        following = text[slice(*lines[idx + 1])] if idx + 1 < len(lines) else None  # the next line, blank or not
        if not stripped:
            para = wrapped_line = None
            continue
        lead = len(line) - len(line.lstrip())
        s, e = s + lead, s + len(line.rstrip())
        wraps = _runs_on(line, following, width)  # whether this line, wrapped, goes on in the next
        gap = text[raws[-1].end : s] if raws else ""
        if not markdown and para is None and wrapped_line is None and raws and raws[-1].kind == "paragraph" \
                and stripped[0].islower() and not _BULLET.match(line) and (width or re.search(r"\n +\n", gap)) \
                and not re.search(r"[.!?:;,)\"']\W*$", text[raws[-1].start : raws[-1].end]):
            # (only across a blanked page's furniture, or in a wrapped text: "Dear harbor users," / "please note" no)
            raws[-1].end = e  # a sentence going on after a page break ("... keep the" / [page 3] / "records for")
            wrapped_line = raws[-1] if wraps else None
            continue
        starts_block = bool(_MD_HEADING.match(line) or FIELD_LINE.match(stripped) or _TABLE_ROW.match(stripped)
                            or _BULLET.match(line) and not (wrapped_line is not None and raws and not re.search(
                                r"[.:;!?]\W*$|[;,]\s*(?:and|or)\s*$", text[raws[-1].start : raws[-1].end])
                                and not re.match(r"\s*[-*+]\s", line)))  # ("(a) ...; and" / "(b) ...": the next item)
        # ("(b) of the guidance" after a line that ends mid-sentence is the sentence going on, not an item)
        if wrapped_line is not None and not starts_block:
            wrapped_line.end = e  # a hard-wrapped paragraph or list item goes on in this line
            wrapped_line = wrapped_line if wraps else None
            continue
        if raws and raws[-1].kind == "item" and lead >= 2 and not starts_block and para is None \
                and lines[idx - 1][1] >= raws[-1].end and text[slice(*lines[idx - 1])].strip():
            raws[-1].end = e  # "- Operators must post the number" / "  at every dock.": an item's indented next line
            continue
        wrapped_line = None
        if markdown and _SETEXT.match(stripped) and raws and raws[-1].kind == "heading" and para is None:
            continue  # "Reaction" / "--------": the heading's underline
        if markdown and _TABLE_ROW.match(stripped):
            para = None
            cells = [(s + c.start(1), c.group(1)) for c in re.finditer(r"\|\s*([^|]*?)\s*(?=\|)", stripped)]
            if _TABLE_RULE.match(stripped) or not cells:
                continue
            if idx + 1 < len(lines) and _TABLE_RULE.match(text[slice(*lines[idx + 1])].strip()):
                header = cells[0][1]  # the row above the rule names the columns
                continue
            first, name = cells[0]
            if name:  # each row a list item, its first cell the item's lead-in
                raws.append(_Raw("item", first, first + len(name), table=True, context=header))
            for start, cell in cells[1:]:  # "| Landlords | Landlords must keep units warm. |": a cell that says
                if says_something(cell):  # something is read as an item of the row's
                    raws.append(_Raw("item", start, start + len(cell), context=name))
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            raws.append(_Raw("heading", s + heading.end() - lead, e))
            para = None
            continue
        bullet = _BULLET.match(line)
        if bullet and _NUMBERED.match(line) and capitals_heading(text[s + bullet.end() - lead : e]) \
                and not _SIBLING_NUMBER.match(next((text[a:b] for a, b in lines[idx + 1 :] if text[a:b].strip()), "")) \
                and not (raws and raws[-1].kind == "item" and _SIBLING_NUMBER.match(
                    text[text.rfind("\n", 0, raws[-1].start) + 1 : raws[-1].start] + " ")):
            # (not an agenda or a list of rules in capitals: "1. APPROVE THE ORDINANCE" / "2. REJECT ...")
            raws.append(_Raw("heading", s + bullet.end() - lead, e))  # "3. CALL TO ORDER": a numbered heading
            para = None
            continue
        if bullet:
            start = s + bullet.end() - lead
            bold = _BOLD_LEAD.match(text, start, e) if markdown else None
            raws.append(_Raw("item", start, e, numbered=bool(_NUMBERED.match(line)),
                             lead=(bold.start(2), bold.end(2), bold.end()) if bold else None))
            para = None
            # an item that ends a sentence goes on only in an indented line
            ended = re.search(r"[.!?]\W*$", stripped) and following is not None and not following.startswith((" ", "\t"))
            wrapped_line = raws[-1] if wraps and not ended else None
            continue
        nxt = next((text[a:b] for a, b in lines[idx + 1 :] if text[a:b].strip()), None)
        plain_next = bool(following and following.strip()) and not (
            _BULLET.match(following) or _MD_HEADING.match(following) or FIELD_LINE.match(following.strip())
            or _BY.match(following) or _SETEXT.match(following) or _TABLE_ROW.match(following.strip()))
        # a wrapped paragraph's first line is no heading; nor, in Markdown, any line but the first with prose
        # straight under it
        runs_on = wraps or markdown and bool(raws) and plain_next
        if para is None and not runs_on and _is_heading_line(stripped, nxt, first=not raws) and not (markdown and raws and raws[-1].kind == "paragraph" and para):
            if markdown and not stripped.startswith("#") and len(contents) > 1 and idx > 0 and len(stripped.split()) > 8:
                pass
            else:
                raws.append(_Raw("heading", s, e))
                continue
        # "**From:** the Provost": a memo's header field is a line of its own; so is a line set wholly in bold or
        # italics ("**Leila Haddad and Marcus Brennan**" / "*Center for Education Policy, Policy Brief No. 14*")
        field = bool(FIELD_LINE.match(stripped) or _EMPHASISED_LINE.fullmatch(stripped))
        if markdown and para is not None and not field:
            para.end = e
            continue
        bold = _BOLD_LEAD.match(text, s, e) if markdown and not field else None
        # "**Paperwork.** Advocates say ...": a paragraph's bold lead-in labels it, as an item's does
        para = _Raw("paragraph", s, e, lead=(bold.start(2), bold.end(2), bold.end()) if bold else None)
        raws.append(para)
        if not field and wraps:
            wrapped_line = para  # "... adopted the Clean" / "Docks Rule in May.": one paragraph, wrapped
        if not markdown or field:
            para = None
    return raws


#: Tags that make a table cell a page's layout, not a datum: "<td><h1>...</h1><p>...</p></td>".
_LAYOUT_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "blockquote", "article", "section"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "nav", "footer", "form", "svg", "iframe", "button", "select", "head"}
_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote", "pre", "dt", "dd",
               "section", "article", "main", "ul", "ol", "table", "tr", "br", "hr", "header", "figcaption", "title"}
_SKIP_CLASS = re.compile(r"comment|share|social|related|sidebar|advert|cookie|subscribe|newsletter|breadcrumb|menu", re.IGNORECASE)
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


class _HTMLText(HTMLParser):
    """Visible text of an HTML page as (kind, text) blocks, plus title and author."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str, bool]] = []
        self.title = ""
        self.author = ""
        self._buf: list[str] = []
        self._stack: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._ol_depth: list[bool] = []
        self._row: list[str] | None = None  # the cells of the table row being read
        self._tables = 0  # how deep in tables the reader is
        self._row_heads = True  # whether all its cells so far are <th>
        self._soft_break = False  # a lone <br> was just read: the line may go on

    def _kind(self) -> tuple[str, bool]:
        for tag in reversed(self._stack):
            if re.fullmatch(r"h[1-6]", tag):
                return "heading", False
            if tag == "li":
                return "item", bool(self._ol_depth and self._ol_depth[-1])
        return "paragraph", False

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
        self._buf = []
        self._soft_break = False
        if text and not self._skip_depth:
            if self._in_cell():
                self._row.append(text)  # a table cell: read with its row
                return
            kind, numbered = self._kind()
            self.blocks.append((kind, text, numbered))

    def _in_cell(self) -> bool:
        """Whether the text being read is a cell of a table row read as a record."""
        return self._row is not None and ("td" in self._stack or "th" in self._stack)

    def _end_row(self) -> None:
        """A table row of short cells is one record (`_html_blocks` reads it
        as a Markdown table's row); a layout table's long cells are text."""
        cells, self._row = self._row or [], None
        if cells and all(len(c) <= 200 for c in cells):
            self.blocks.append(("header" if self._row_heads else "row", "\t".join(cells), False))
        else:
            self.blocks += [("paragraph", c, False) for c in cells]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        if tag == "meta" and attr.get("name", "").lower() == "author":
            self.author = self.author or attr.get("content", "").strip()
        if tag in _VOID:
            if tag == "br" and not self._skip_depth and not self._soft_break and self._buf \
                    and re.search(r"(?:,|\b(?:and|or|of|the|a|to|that|which|who))\s*$", "".join(self._buf).strip()):
                self._soft_break = True  # "opposed the rule,<br>warning of costs": the sentence goes on
                return
            if tag in {"br", "hr"} and not self._skip_depth:
                self._flush()
            return
        skip = tag in _SKIP_TAGS or bool(_SKIP_CLASS.search(attr.get("class", "") + " " + attr.get("id", "")))
        if tag in _BLOCK_TAGS or skip:
            self._flush()
        if self._in_cell() and (tag == "table" or tag in _LAYOUT_TAGS):
            # a cell that holds a table, a heading or paragraphs: a layout table, its text read as text
            self.blocks += [("paragraph", c, False) for c in self._row or []]
            self._row = None
        if tag == "table":
            self._tables += 1
            if self._tables == 1:
                self.blocks.append(("table", "", False))  # a new table: its own column headings
        if tag == "tr" and not self._skip_depth and self._tables == 1:
            if self._row is not None:
                self._end_row()
            self._row, self._row_heads = [], True
        if tag == "td":
            self._row_heads = False
        self._stack.append(tag)
        if skip or self._skip_depth:
            self._skip_depth += 1
        if tag == "title":
            self._in_title = True
        if tag in {"ol", "ul"}:
            self._ol_depth.append(tag == "ol")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self._stack:
            return  # stray close tag in malformed HTML
        while self._stack:
            open_tag = self._stack[-1]
            if open_tag in _BLOCK_TAGS:
                self._flush()
            if open_tag in {"tr", "table"} and self._row is not None:
                self._end_row()
            if open_tag == "table":
                self._tables -= 1
            self._stack.pop()
            if self._skip_depth:
                self._skip_depth -= 1
            if open_tag in {"ol", "ul"} and self._ol_depth:
                self._ol_depth.pop()
            if open_tag == "title":
                self._in_title = False
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip_depth and "head" not in self._stack:
            if self._soft_break and data.strip():
                if not data.strip()[0].islower():
                    self._flush()  # "Harbor Commission<br>Pier 1": a new line, not the sentence going on
                self._soft_break = False
                self._buf.append(" ")
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _html_blocks(html: str) -> tuple[str, list[_Raw], str, str]:
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # html.parser is lenient; this is a last resort
        raise IngestError(f"cannot read HTML: {exc}") from None
    parts: list[str] = []
    raws: list[_Raw] = []
    pos = 0
    header = ""  # a table's first column heading
    for kind, text, numbered in parser.blocks:
        if kind == "table":
            header = ""
            continue
        if kind in {"header", "row"}:  # "<tr><td>Dumping fuel</td><td>$500</td></tr>": read as a Markdown table's row
            cells = text.split("\t")
            if kind == "header":
                header = cells[0]
                continue
            name = cells[0]
            raws.append(_Raw("item", pos, pos + len(name), table=True, context=header))
            parts.append(name)
            pos += len(name) + 1
            for cell in cells[1:]:
                if says_something(cell):  # under the row's name
                    raws.append(_Raw("item", pos, pos + len(cell), context=name))
                    parts.append(cell)
                    pos += len(cell) + 1
            continue
        raws.append(_Raw(kind, pos, pos + len(text), numbered))
        parts.append(text)
        pos += len(text) + 1
    return "\n".join(parts), raws, re.sub(r"\s+", " ", parser.title).strip(), parser.author


_NAME = re.compile(r"^[*_\s]*((?:[A-Z][\w.'-]*\s+){0,3}[A-Z]?[\w.'-]+)[*_]*(?:\s+(?:is|was|has|writes)\b|\s*$)")
#: A paragraph that breaks off at its duty, the list below completing it: "Under the contract, the landlord
#: must", "Operators are required to" (read as the intro "...must:").
_DANGLING_DUTY = re.compile(r"\b(?:must|shall|should|(?:may|must|shall|should|can)\s+not|cannot|"
                            r"(?:is|are)\s+(?:required|obliged|obligated)\s+to|(?:is|are)\s+(?:prohibited|barred)\s+from)$",
                            re.IGNORECASE)
_FOR_CONTEXT = re.compile(r"^(?:\d{1,3}[.)]\s*)?(for\s+[^:]{2,60}?):?\s*$", re.IGNORECASE)
_RULE = re.compile(r"^[\s\-*_=#~.]*$")


def _author_name(line: str) -> str:
    """The name that opens an author bio ("Jane Doe is a reporter ...") or stands alone."""
    line = line.strip()
    match = _NAME.match(line)
    if match and len(match.group(1).split()) <= 4:
        return match.group(1).strip()
    return ""


_MD_INLINE = re.compile(r"\]\([^)\s]*\)|[*_`\[]{1,3}(?=\S)|(?<=\S)[*_`\]]{1,3}")


def blank_markdown(text: str) -> str:
    """Blank Markdown emphasis and link targets with spaces (offsets survive)."""
    return _MD_INLINE.sub(lambda m: " " * len(m.group(0)), text)


_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                               "nov", "dec"])}
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
_DATE = re.compile(
    rf"(?P<iso>(?P<y1>\d{{4}})-(?P<m1>\d{{2}})-(?P<d1>\d{{2}}))"
    rf"|{_MONTH}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month3>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?),?"
    rf"\s+(?P<y3>\d{{4}})",
    re.IGNORECASE)
_DATELINE = re.compile(r"(?:(?:published|updated|last updated|posted|date)\s*:?\s*(?:on\s+)?)?(?P<date>.+?)\.?",
                       re.IGNORECASE)
_NAME_WORD = r"(?:[A-Z][\w.'-]*|van|von|de|da|del|der|la|le|bin|al|and|&)"
_BYLINE = re.compile(rf"(?i:by|written by|words by|reporting by)\s+(?P<name>[A-Z][\w.'-]*(?:\s+{_NAME_WORD}){{0,7}}?)"
                     r"\s*(?P<rest>(?:[,|;(/\u00b7\u2014-].*)?)")


def _date(text: str) -> str:
    """The ISO date a dateline names ("March 3, 2024", "3 Mar 2024", "2024-03-03"), else ""."""
    import datetime

    match = _DATE.search(text)
    if not match:
        return ""
    if match["iso"]:
        y, m, d = int(match["y1"]), int(match["m1"]), int(match["d1"])
    else:
        month = (match["month"] or match["month3"]).lower()[:3]
        y, m, d = int(match["y2"] or match["y3"]), _MONTHS[month], int(match["d2"] or match["d3"])
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return ""


def byline(line: str) -> tuple[str, str] | None:
    """(author, ISO date) of a byline or dateline under a title, or None if the line is not one.

    >>> byline("By Priya Nandakumar, Staff Writer | March 3, 2024")
    ('Priya Nandakumar', '2024-03-03')
    >>> byline("Published: 12 January 2025")
    ('', '2025-01-12')
    >>> byline("By 2020, every city must have a plan.") is None
    True
    """
    line = line.strip(" \t*_")
    if not line or len(line) > 160:
        return None
    match = _BYLINE.fullmatch(line)
    if match and not (line.endswith(".") and match["rest"]):  # "By Contrast, the city did x." is a sentence
        return match["name"].strip(), _date(match["rest"])
    match = _DATELINE.fullmatch(line)
    if match and _DATE.fullmatch(match["date"].strip()):
        return "", _date(line)
    return None


def _marker_kind(text: str, start: int) -> str:
    """How a list item is numbered, from the marker before its text: "roman"
    ("ii.", "(iv)"), "letter" ("b)"), "number" ("3."), "bullet" ("-")."""
    marker = text[text.rfind("\n", 0, start) + 1 : start].strip().split()
    last = marker[-1].strip("().") if marker else ""
    if re.fullmatch(r"[ivx]{1,5}", last) and len(last) > 1 or last in {"i", "v", "x"} and len(marker) > 1:
        return "roman"
    if re.fullmatch(r"[A-Za-z]", last):
        return "letter"
    return "number" if last.isdigit() else "bullet"


def _analyse(text: str, raws: list[_Raw]) -> tuple[list[Block], str, str, str]:
    """Attach sections, labels, list context and intros; cut page furniture.

    Returns the blocks to extract from, the title, the author (from a byline
    under the title, or the furniture: "About the Author" followed by a name)
    and the date of a dateline under the title.
    """
    blocks: list[Block] = []
    section = ""
    context = ""
    intro = ""
    title = ""
    author = ""
    date = ""
    nested: tuple[str, str] | None = None  # (number kind, outer intro) while under an item that states a duty
    for i, raw in enumerate(raws):
        body = text[raw.start : raw.end]
        meta = byline(body) if i < 5 and raw.kind != "item" else None
        if meta:  # "By Priya Nandakumar", "March 3, 2024": article metadata, not text to extract from
            author, date = author or meta[0], date or meta[1]
            continue
        if raw.kind == "heading" and _FURNITURE.match(body.strip()):
            if re.match(r"about", body.strip(), re.IGNORECASE) and i + 1 < len(raws):
                author = author or _author_name(text[raws[i + 1].start : raws[i + 1].end])
            break  # everything after page furniture is furniture too
        if _RULE.match(body):
            continue  # horizontal rules and decoration
        if raw.kind == "heading":
            title = title or body.strip()
            section, intro, nested = body.strip(), "", None
            for_context = _FOR_CONTEXT.match(section)
            context = for_context.group(1) if for_context else ""
            blocks.append(Block("heading", body, raw.start, raw.end, section=section))
            continue
        if raw.kind == "paragraph":
            nested = None
            if not _FOR_CONTEXT.match(section):
                context = ""
            intro = body.strip() if body.rstrip().endswith(":") else ""
            if _DANGLING_DUTY.search(body.rstrip()):  # "Under the contract, the landlord must" above its list
                intro = body.strip() + ":"
            lead = text[raw.lead[0] : raw.lead[1]] if raw.lead is not None else ""
            if lead and raw.lead[2] < raw.end and topic_lead(lead, text[raw.lead[1] : raw.lead[2]]):
                blocks.append(Block("paragraph", text[raw.lead[2] : raw.end], raw.lead[2], raw.end, section=section,
                                    context=context, label=lead, label_start=raw.lead[0]))
                continue
            blocks.append(Block("paragraph", body, raw.start, raw.end, section=section, context=context))
            continue
        if raw.table:  # "| Paying cash for a converter | $1,000 |": the row's first cell names what the row is about
            blocks.append(Block("item", "", raw.end, raw.end, section=section, label=text[raw.start : raw.end],
                                label_start=raw.start, context=raw.context, intro=intro, row=True))
            continue
        if raw.context:  # a table's cell: read under its row's name, as an item under "For Landlords:"
            blocks.append(Block("item", text[raw.start : raw.end], raw.start, raw.end, section=section,
                                context=raw.context))
            continue
        marker = _marker_kind(text, raw.start)
        if nested is not None and marker == nested[0]:
            intro, nested = nested[1], None  # "- c) Hold a hearing" after "- b) Dealers must not:" and its "- i." items
        label, label_start, start = "", -1, raw.start
        match = _LABEL.match(body)
        if raw.lead is not None and len(text[raw.lead[0] : raw.lead[1]].split()) <= 8:
            # "- **Enrolment chasing.** Because the bonus ...": the bold words label the item as "X:" would
            label, label_start, start = text[raw.lead[0] : raw.lead[1]], raw.lead[0], raw.lead[2]
        elif match and len(match.group(1).split()) <= 8:
            label, label_start = match.group(1).strip(), raw.start
            start = raw.start + match.end()
        if label and start >= raw.end and _DUTY_WORD.search(label):
            # "- c) Each plan must not:" introduces the items below it, as a paragraph would, until an item
            # numbered as it is ("- d)") goes on with the list it is in
            nested, intro = (marker, intro), label + ":"
            blocks.append(Block("item", "", raw.end, raw.end, section=section, label=label,
                                label_start=label_start, intro=intro))
            continue
        if label and start >= raw.end:  # "For Businesses:" heads the items below it
            context = label
            blocks.append(Block("item", "", raw.end, raw.end, section=section, label=label,
                                label_start=label_start, intro=intro))
            continue
        blocks.append(Block("item", text[start : raw.end], start, raw.end, section=section, label=label,
                            label_start=label_start, context=context, intro=intro))
        if body.rstrip().endswith(":") and nested is None:
            # "3.1 ... Under Ordinance 25-07 as drafted:" / "(a) every owner must ...": an item that ends in a colon
            # introduces the items below it, until one numbered as it is goes on with its own list
            nested, intro = (marker, intro), body.strip()
    return blocks, title, author, date


def article_id(path: Path) -> str:
    """Stable slug for an article: its file stem, made IRI-safe."""
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode().lower()).strip("-")
    return slug or "article"


def parse_article(data: bytes, *, path: Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  read_as: str | None = None) -> Article:
    """Turn an article file's bytes into an `Article` (pure: no file access);
    `read_as` ("txt", "md", "html") overrides what the extension says."""
    source = str(path)
    raw_text = decode(data, source=source, encoding=encoding, max_bytes=max_bytes)
    suffix = READ_AS[read_as] if read_as else path.suffix.lower()
    html_title = author = ""
    if suffix in {".html", ".htm"} or (suffix == "" and re.match(r"\s*<(!doctype|html)", raw_text, re.IGNORECASE)):
        raw_text, raws, html_title, author = _html_blocks(raw_text)
        text = normalise(raw_text)
    else:
        text = without_page_furniture(normalise(raw_text))
        raws = _text_blocks(text, markdown=suffix in {".md", ".markdown"})
        if suffix in {".md", ".markdown"}:
            text = blank_markdown(text)
    check_english(" ".join(text[r.start : r.end] for r in raws) or text, source=source)
    blocks, first_heading, text_author, date = _analyse(text, raws)
    if not any(b.kind != "heading" for b in blocks):
        raise IngestError(f"{source}: has no paragraphs or list items to extract from")
    return Article(
        id=article_id(path),
        path=path.as_posix(),
        title=first_heading or normalise(html_title).strip() or path.stem,  # <h1> over "<title> | Site"
        author=author or text_author,
        date=date,
        content_hash=hashlib.sha256(data).hexdigest(),
        text=raw_text,
        blocks=tuple(blocks),
    )


def read_article(path: Path, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and parse one article file."""
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    if path.is_dir():
        raise IngestError(f"{path}: is a folder; pass article files or use a folder as INPUT")
    return parse_article(read_bytes(path, max_bytes), path=path, encoding=encoding, max_bytes=max_bytes)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """An article file's bytes, the size limit enforced while reading (a
    size the file system reports is not trusted: /dev/zero reports 0)."""
    data = read_limited(path, max_bytes, IngestError)
    if len(data) > max_bytes:
        try:
            size = max(path.stat().st_size, len(data))
        except OSError:
            size = len(data)
        raise size_error(path, size, max_bytes)
    return data


#: Project files that sit beside articles in a folder and are not articles
#: (README.md, LICENSE.txt, CHANGELOG.md, SOURCES.md, ...): skipped in folders.
NOT_ARTICLES = re.compile(
    r"(readme|licen[cs]e|copying|change[-_]?log|changes|sources|contributing|authors|notice|code[-_]of[-_]conduct)"
    r"([-_.][^/]*)?", re.IGNORECASE)
READ_AS = {"txt": ".txt", "md": ".md", "html": ".html"}


@dataclass(frozen=True, slots=True)
class Inputs:
    """The article files a build reads, and the files of its folders it skipped."""

    paths: list[Path]
    skipped: list[Path]


def find_inputs(inputs: list[Path], *, pattern: str = "*", exclude: tuple[str, ...] = (),
                read_as: str | None = None) -> Inputs:
    """Expand files and folders (recursively) into article files, sorted, no duplicates.

    In folders, README/LICENSE/CHANGELOG/SOURCES-style files and names
    matching an `exclude` pattern (against the file name or its path inside
    the folder) are skipped. A file named explicitly is read, but only if its
    extension says how (or `read_as` does).
    """
    found: dict[str, Path] = {}
    skipped: dict[str, Path] = {}
    for item in inputs:
        if item.is_dir():
            for p in sorted(item.rglob(pattern)):
                if not p.is_file() or p.suffix.lower() not in SUFFIXES or p.name.startswith("."):
                    continue
                inner = p.relative_to(item).as_posix()
                if NOT_ARTICLES.fullmatch(p.name) or any(fnmatch.fnmatchcase(p.name, x) or fnmatch.fnmatchcase(inner, x)
                                                         for x in exclude):
                    skipped.setdefault(str(p.resolve()), p)
                else:
                    found.setdefault(str(p.resolve()), p)
        elif item.exists():
            from .files import check_regular

            check_regular(item, IngestError)  # a FIFO or /dev/zero is refused as such, whatever its name
            if item.suffix.lower() not in SUFFIXES and read_as is None:
                raise IngestError(f"{item}: not a .txt, .md or .html file; pass --read-as txt, md or html "
                                  "to say how to read it")
            found.setdefault(str(item.resolve()), item)
        else:
            raise IngestError(f"{item}: no such file or folder")
    return Inputs(list(found.values()), [p for k, p in skipped.items() if k not in found])


def find_articles(inputs: list[Path], *, pattern: str = "*") -> list[Path]:
    """The article files among `inputs` (see `find_inputs`)."""
    return find_inputs(inputs, pattern=pattern).paths
