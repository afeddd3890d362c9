"""Ingest: decoding, Unicode normalisation, blocks, labels, context, furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.errors import IngestError
from policygraph.ingest import normalise, parse_article


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("China\u2019s \u201cplan\u201d", "China's \"plan\""),
        # a dash between words stays a dash; a hyphen or a range's dash is a hyphen
        ("A \u2014 B \u2013 C", "A \u2014 B \u2014 C"),
        ("short\u2011term, 2019\u20132020, a\u2014b", "short-term, 2019-2020, a\u2014b"),
        ("\u2014 Higher costs\n  \u2013 item", "- Higher costs\n  - item"),  # a dash opening a line is a bullet
        ("\u2022 item", "- item"),
        ("Flag \U0001F1E8\U0001F1F3 end", "Flag    end"),
        ("non\u00a0breaking\u200bzero", "non breaking zero"),
        ("\uff21\uff22\uff23", "ABC"),
        ("the Act\u00b9\u00b2 requires", "the Act   requires"),  # a footnote's superscript number is no digit of a word
    ],
)
def test_ingest_normalise_is_char_for_char(raw, expected):
    out = normalise(raw)
    assert out == expected
    assert len(out) == len(raw)  # offsets into the original text stay valid


PLAIN = """Understanding the Harbour Plan
Building Trust in a Digital Age

The Harbour Plan rates firms and residents across the city.
Objectives
The plan aims to reduce fraud. Here is how it works:
1. For Businesses:
- Late Filing: Filing reports late can lead to deductions.
- Fraud: Fraud leads to blacklisting.
Concerns
Critics raise several concerns:
- Privacy Issues: The plan collects too much data.
About the Author
Jane Doe
Jane writes about cities.
Comments (2)
Great article!
"""


@pytest.fixture(scope="module")
def plain():
    return parse_article(PLAIN.encode(), path=Path("harbour.txt"))


def test_ingest_headings_are_their_own_blocks(plain):
    headings = [b.text for b in plain.blocks if b.kind == "heading"]
    assert headings == ["Understanding the Harbour Plan", "Building Trust in a Digital Age", "Objectives", "Concerns"]
    bodies = [b.text for b in plain.blocks if b.kind != "heading"]
    assert not any(text.startswith(("Objectives", "Concerns")) for text in bodies)


def test_ingest_list_labels_context_and_intro(plain):
    items = [b for b in plain.blocks if b.kind == "item" and b.text]
    late = items[0]
    assert (late.label, late.text, late.context) == ("Late Filing", "Filing reports late can lead to deductions.", "For Businesses")
    privacy = items[-1]
    assert privacy.label == "Privacy Issues" and privacy.section == "Concerns"
    assert privacy.intro == "Critics raise several concerns:"


def test_ingest_offsets_index_the_original_text(plain):
    for b in plain.blocks:
        assert plain.text[b.start : b.end] == b.text
        if b.label:
            assert plain.text[b.label_start : b.label_start + len(b.label)] == b.label


def test_ingest_a_byline_with_a_dash_names_the_author():
    article = parse_article("# The Harbor Plan\n\nBy Jane Doe \u2014 Harbor Times\n\nThe plan rates firms and "
                            "residents in the harbor district.\n".encode(), path=Path("plan.md"))
    assert article.author == "Jane Doe"


def test_ingest_furniture_dropped_author_kept(plain):
    assert plain.author == "Jane Doe"
    assert plain.title == "Understanding the Harbour Plan"
    assert not any("Great article" in b.text or "writes about" in b.text for b in plain.blocks)


@pytest.mark.parametrize(
    ("line", "label", "text"),
    [
        ("- **Enrolment chasing.** Because the bonus is tied to headcount, providers recruit.", "Enrolment chasing",
         "Because the bonus is tied to headcount, providers recruit."),
        ("- **Weak oversight**. Nobody checks the grants.", "Weak oversight", "Nobody checks the grants."),
        # a section's number with stops in it stays in the lead-in
        ("- **Section 8.44.030 (Prohibition).** Prohibits any person from operating a blower.",
         "Section 8.44.030 (Prohibition)", "Prohibits any person from operating a blower."),
        ("- __Paper partnerships:__ one letter satisfies the rule.", "Paper partnerships", "one letter satisfies the rule."),
        ("- The **bonus** is tied to headcount.", "", "The bonus is tied to headcount."),  # bold inside: no lead-in
        ("- **Landlords** must keep every unit warm.", "", "Landlords must keep every unit warm."),  # no stop: no lead-in
        ("- **not** pay cash for a converter;", "", "not pay cash for a converter;"),
    ],
)
def test_ingest_a_bold_lead_in_labels_a_markdown_item(line, label, text):
    article = parse_article(f"# Brief\n\n## Key concerns\n\n{line}\n".encode(), path=Path("brief.md"))
    item = next(b for b in article.blocks if b.kind == "item")
    assert (item.label, " ".join(item.text.split())) == (label, text)
    if label:
        assert article.text[item.label_start : item.label_start + len(label)] == label


def test_ingest_a_markdown_table_row_is_an_item_named_by_its_first_cell():
    md = ("# Law\n\nThe Act sets fines for dealers who break it.\n\n## Violations and fines\n\n"
          "| Violation | First offense |\n|---|:---:|\n| Paying cash for a converter | $1,000 |\n"
          "| Failing to record the VIN | $500 |\n\nMore text follows here.\n")
    article = parse_article(md.encode(), path=Path("law.md"))
    rows = [b for b in article.blocks if b.row]
    assert [(b.label, b.section) for b in rows] == [("Paying cash for a converter", "Violations and fines"),
                                                   ("Failing to record the VIN", "Violations and fines")]
    assert all(article.text[b.label_start : b.label_start + len(b.label)] == b.label for b in rows)
    assert all(b.context == "Violation" for b in rows)  # the first column's heading, which is no row
    assert not any("|" in b.text or "|" in b.label for b in article.blocks)


def test_ingest_a_table_cell_that_says_something_is_an_item_under_its_row():
    md = ("# Law\n\nThe Heating Act covers landlords and tenants in the city.\n\n## Duties\n\n"
          "| Who | What they must do |\n|:-:|:-:|\n| Landlords | Landlords must keep every unit warm. |\n"
          "| Tenants | $0 |\n")
    article = parse_article(md.encode(), path=Path("law.md"))
    items = [(b.label, b.text, b.context) for b in article.blocks if b.kind == "item"]
    assert items == [("Landlords", "", "Who"), ("", "Landlords must keep every unit warm.", "Landlords"),
                     ("Tenants", "", "Who")]


HTML = """<!doctype html><html><head><title>The Harbour Plan</title><meta name="author" content="Ann Lee">
<script>var x = "The Harbour Plan penalizes littering";</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> Subscribe</nav><article><h1>The Harbour Plan</h1>
<p>The plan rates firms &amp; residents.<p>Unclosed paragraph about fines.
<ul><li><strong>Privacy:</strong> It collects data.</li></ul></div></article>
<footer>Copyright</footer></body></html>"""


def test_ingest_html_visible_text_only():
    article = parse_article(HTML.encode(), path=Path("page.html"))
    texts = [b.text for b in article.blocks]
    assert article.title == "The Harbour Plan" and article.author == "Ann Lee"
    assert "The plan rates firms & residents." in texts
    assert "Unclosed paragraph about fines." in texts
    item = next(b for b in article.blocks if b.kind == "item")
    assert (item.label, item.text) == ("Privacy", "It collects data.")
    joined = " ".join(texts)
    assert "var x" not in joined and "Home" not in joined and "Copyright" not in joined


def test_ingest_markdown_markup_blanked():
    md = "# Title\n\nThe **Harbour Plan** is [described here](http://example.org/x) in _detail_ for all firms.\n"
    article = parse_article(md.encode(), path=Path("a.md"))
    body = next(b for b in article.blocks if b.kind == "paragraph")
    assert "*" not in body.text and "http" not in body.text and "_" not in body.text
    assert " ".join(body.text.split()) == "The Harbour Plan is described here in detail for all firms."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)), "binary"),
        ("Caf\u00e9 policy".encode("latin-1") + b" is a plan that rates firms." * 5, "not valid UTF-8"),
        ("La politique de cr\u00e9dit social est un syst\u00e8me de notation des entreprises et des citoyens.".encode() * 3, "English"),
        ("\u793e\u4f1a\u4fe1\u7528\u4f53\u7cfb\u662f\u4e00\u4e2a\u8bc4\u5206\u7cfb\u7edf".encode() * 5, "English"),
    ],
)
def test_ingest_refuses_what_is_not_an_english_article(data, message):
    with pytest.raises(IngestError, match=message):
        parse_article(data, path=Path("bad.txt"))


def test_ingest_utf16_with_byte_order_mark_is_read():
    text = "Harbour Plan\n\nThe Harbour Plan rates firms and residents across the whole city every year.\n"
    article = parse_article(text.encode("utf-16"), path=Path("u16.txt"))
    assert any("rates firms" in b.text for b in article.blocks)


def test_ingest_long_first_line_is_the_title():
    text = ("Update on the Government's Implementation of the Board's Recommendations on Section 215 and Section 702\n\n"
            "Introduction\nIn 2014, the Board issued reports on two surveillance programs run by the government.\n")
    article = parse_article(text.encode(), path=Path("update.txt"))
    assert article.title.startswith("Update on the Government's Implementation")


BYLINED = """\
# Harbourtown Caps Short-Term Rentals

By Priya Nandakumar, City Hall Reporter

March 3, 2024

The Harbourtown council approved a cap on short-term rentals on Monday. Owners who rent out a second home
without a licence will pay a fine, and the housing office will publish a list of licensed hosts.

By 2026, every host must show a licence number in each listing.
"""


@pytest.mark.parametrize(("line", "expected"), [
    ("By Priya Nandakumar", ("Priya Nandakumar", "")),
    ("*By Lucia Ferrante, Education Reporter, Capitol Bureau*", ("Lucia Ferrante", "")),
    ("By Jane van der Berg and Tom Li | 3 Mar. 2024", ("Jane van der Berg and Tom Li", "2024-03-03")),
    ("Published: 12 January 2025", ("", "2025-01-12")),
    ("2024-11-05", ("", "2024-11-05")),
    ("By Contrast, the city did nothing.", None),
    ("By 2026, every host must show a licence number.", None),
    ("HARBOURTOWN - The council voted on Monday", None),
])
def test_ingest_byline_and_dateline(line, expected):
    from policygraph.ingest import byline

    assert byline(line) == expected


def test_ingest_byline_is_metadata_not_a_heading():
    article = parse_article(BYLINED.encode(), path=Path("rentals.md"))
    assert (article.author, article.date) == ("Priya Nandakumar", "2024-03-03")
    assert not any("Nandakumar" in b.text or "March 3" in b.text for b in article.blocks)
    assert all(b.section == "Harbourtown Caps Short-Term Rentals" for b in article.blocks if b.kind != "heading")
    assert any(b.text.startswith("By 2026") for b in article.blocks)  # a sentence in the body stays


def test_rdf_byline_and_dateline_become_dcterms(tmp_path):
    import pyoxigraph as ox

    from policygraph.pipeline import build

    (tmp_path / "rentals.md").write_text(BYLINED, encoding="utf-8")
    build([tmp_path / "rentals.md"], tmp_path / "out")
    store = ox.Store()
    store.load(path=str(tmp_path / "out" / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    rows = list(store.query("""PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?who ?when WHERE { ?a dcterms:creator ?who ; dcterms:date ?when }"""))
    assert [(r["who"].value, r["when"].value, r["when"].datatype.value) for r in rows] == [
        ("Priya Nandakumar", "2024-03-03", "http://www.w3.org/2001/XMLSchema#date")]


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("a. Post notices in every break room.", "item", "Post notices in every break room."),
        ("B) Keep records.", "item", "Keep records."),
        # a bill by number opens a sentence; it is not a lettered list item
        ("S. 981 would direct the Harbor Commission to issue rules.", "paragraph",
         "S. 981 would direct the Harbor Commission to issue rules."),
        # a number after a bullet, roman numerals
        ("- ii. Report spills within 24 hours.", "item", "Report spills within 24 hours."),
        ("- b) Keep records.", "item", "Keep records."),
        ("iv. Keep records.", "item", "Keep records."),
        ("- (iii) Keep records.", "item", "Keep records."),
    ],
)
def test_ingest_a_letter_and_a_number_is_a_bill_not_a_list_marker(line, kind, text):
    article = parse_article(("# Notes\n\n" + line + "\n").encode(), path=Path("t.md"))
    block = [b for b in article.blocks if b.kind != "heading"][0]
    assert (block.kind, block.text) == (kind, text)


@pytest.mark.parametrize(
    ("items", "intros"),
    [
        # an item that states a duty introduces the items below it ...
        ("- a) Publish a plan.\n- b) The plan must not:\n- i. Require a fee.\n- ii. Limit docking.\n",
         {"Publish a plan.": "Agencies must:", "Require a fee.": "The plan must not:",
          "Limit docking.": "The plan must not:"}),
        # ... until an item numbered as it is goes on with the outer list
        ("- a) Publish a plan.\n- b) Boat dealers must not:\n- i. Sell unregistered boats.\n- c) Hold a hearing.\n",
         {"Publish a plan.": "Agencies must:", "Sell unregistered boats.": "Boat dealers must not:",
          "Hold a hearing.": "Agencies must:"}),
    ],
)
def test_ingest_an_item_that_states_a_duty_introduces_the_items_numbered_below_it(items, intros):
    article = parse_article(("# Notes\n\nAgencies must:\n\n" + items).encode(), path=Path("t.md"))
    assert {b.text: b.intro for b in article.blocks if b.kind == "item" and b.text} == intros


@pytest.mark.parametrize(
    ("paragraph", "intro"),
    [
        # a paragraph that breaks off at its duty is completed by the list below, as an intro with a colon is
        ("Under the contract, the landlord must", "Under the contract, the landlord must:"),
        ("Swimmers are prohibited from", "Swimmers are prohibited from:"),
        ("Hosts may not", "Hosts may not:"),
        # a paragraph that ends its own sentence introduces nothing
        ("Landlords must comply.", ""),
        ("The rule names three groups", ""),
    ],
)
def test_ingest_a_paragraph_broken_off_at_its_duty_introduces_the_list(paragraph, intro):
    article = parse_article(f"# Notes\n\n{paragraph}\n\n- keep records;\n- pay fees.\n".encode(), path=Path("t.md"))
    assert {b.intro for b in article.blocks if b.kind == "item"} == {intro}


def test_ingest_a_memo_header_field_is_a_line_of_its_own():
    # Markdown joins a paragraph's lines; a memo's "To:", "From:", "Re:" lines stay apart
    article = parse_article(b"# Memorandum\n\n**To:** All Harbor Staff\n**From:** Ana Ruiz, Harbor Master\n"
                            b"**Re:** Policy HB-4\n\nThe policy takes effect in May.\n", path=Path("memo.md"))
    assert [" ".join(b.text.split()) for b in article.blocks if b.kind == "paragraph"] == [
        "To: All Harbor Staff", "From: Ana Ruiz, Harbor Master", "Re: Policy HB-4", "The policy takes effect in May."]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # lines set wholly in bold or italics under a title (its authors, its series) stay apart
        (b"# Fares and Footfall\n\n**Ana Ruiz and Ben Ode**\n*Harbor Institute, Brief No. 4*\n\nWe find gains.\n",
         ["Ana Ruiz and Ben Ode", "Harbor Institute, Brief No. 4", "We find gains."]),
        # a paragraph that only opens or only closes in bold goes on as one
        (b"# Notice\n\n**Note:** the rule applies\nto every vendor in the city.\n",
         ["Note: the rule applies to every vendor in the city."]),
        (b"# Notice\n\nThe rule applies to **every**\nvendor in the city.\n",
         ["The rule applies to every vendor in the city."]),
        # a line that opens and closes in emphasis with plain words between goes on too
        (b"# Notice\n\nThe rule amends\n*the Safe Drinking Water Act*, and requires *permits*\nfor wells.\n",
         ["The rule amends the Safe Drinking Water Act , and requires permits for wells."]),
    ],
)
def test_ingest_a_line_set_wholly_in_emphasis_is_a_line_of_its_own(text, paragraphs):
    article = parse_article(text, path=Path("brief.md"))
    assert [" ".join(b.text.replace("*", " ").split()) for b in article.blocks if b.kind == "paragraph"] == paragraphs


WRAPPED = """Harbor Rules

The Harbor Board adopted the Clean Docks Rule in May after two years of
hearings. Under the Clean Docks Rule, marina operators must inspect every
fuel tank each month and keep the inspection records for three years.
Operators that dump fuel into the harbor will be fined up to 500 dollars
for each day the fuel stays in the water, and the Board may revoke their
permits.

Key duties:
- Operators must post the harbor's spill hotline number at every fuel dock
  and in each marina office.
- Operators must report any spill to the Board within two hours.
"""


def test_ingest_a_hard_wrapped_text_is_read_a_paragraph_at_a_time():
    # text wrapped at a fixed width (as e-mail or PDF-to-text gives it) keeps its paragraphs and items whole
    article = parse_article(WRAPPED.encode(), path=Path("rules.txt"))
    kinds = [(b.kind, " ".join(b.text.split())[:40]) for b in article.blocks]
    assert kinds == [("heading", "Harbor Rules"), ("paragraph", "The Harbor Board adopted the Clean Docks"),
                     ("paragraph", "Key duties:"), ("item", "Operators must post the harbor's spill h"),
                     ("item", "Operators must report any spill to the B")]
    assert article.blocks[1].text.endswith("permits.") and article.blocks[3].text.endswith("marina office.")


def test_ingest_lines_of_one_paragraph_each_are_not_joined():
    # a text written a paragraph to a line, of every length, is no wrapped text
    text = ("Harbor Rules\n\nThe Board adopted the rule.\nOperators must inspect every fuel tank each month and keep "
            "the inspection records for three years, the rule says, or face fines of up to 500 dollars a day.\n"
            "It takes effect in May.\nOwners welcomed it.\nCritics did not.\nThe vote was 5-2.\n")
    article = parse_article(text.encode(), path=Path("rules.txt"))
    assert len([b for b in article.blocks if b.kind == "paragraph"]) == 6


def test_ingest_a_markdown_line_with_prose_straight_under_it_is_no_heading():
    article = parse_article(b"# Docks\n\nThe Harbor Board adopted the Clean\nDocks Rule in May.\n", path=Path("d.md"))
    assert [b.kind for b in article.blocks] == ["heading", "paragraph"]


MIXED_WRAP = """Harbor Commission Adopts Clean Docks Rule After a Year of Debate
By Jane Doe

The Harbor Commission adopted the Clean Docks Rule in May after a year of
debate among marina owners, boaters and environmental groups. Operators
who fail to comply face fines of up to $5,000 per day, as set out in part
(b) of the Commission's guidance for the rule.

Fee schedule
Permit for a new mooring ........... $200
Late fee for any permit ............ $75

What operators must do:

1. Install pump-out stations at every dock with more than twenty slips
   by the deadline set by the Commission in the rule.
2. Keep records of each pump-out for three years and show them to
   inspectors on request at any time.
The Commission will publish a list of marinas that have not complied.

Harbor Commission
Pier 1, The Embarcadero, Suite 200, Building C
San Francisco, CA 94111
"""


def test_ingest_a_wrapped_text_keeps_apart_what_its_writer_set_apart():
    article = parse_article(MIXED_WRAP.encode(), path=Path("news.txt"))
    texts = [(b.kind, " ".join(b.text.split())) for b in article.blocks]
    assert article.author == "Jane Doe" and article.title.endswith("After a Year of Debate")
    # the wrapped paragraph is whole, "(b) of the guidance" included
    assert any(k == "paragraph" and t.endswith("part (b) of the Commission's guidance for the rule.") for k, t in texts)
    # short lines of a table and an address stay apart
    assert ("paragraph", "Permit for a new mooring ........... $200 Late fee for any permit ............ $75") not in texts
    assert not any("Building C San Francisco" in t for _k, t in texts)
    # an item's indented line is the item's; a line after an item that ended its sentence is not
    assert ("item", "Install pump-out stations at every dock with more than twenty slips by the deadline set by the "
                    "Commission in the rule.") in texts
    assert ("item", "Keep records of each pump-out for three years and show them to inspectors on request at any "
                    "time.") in texts
    assert not any(k == "item" and "will publish" in t for k, t in texts)


def test_ingest_a_setext_heading_stays_a_heading():
    article = parse_article(b"# Harbor news\n\nThe rule took effect.\n\nReaction\n--------\nOwners warned of costs.\n",
                            path=Path("n.md"))
    assert [(b.kind, b.text.strip()) for b in article.blocks][-2:] == [("heading", "Reaction"),
                                                                        ("paragraph", "Owners warned of costs.")]


HTML_TABLE = b"""<html><body><h1>Clean Docks Rule</h1>
<p>The Marina Association opposed the rule,<br>
warning of compliance costs for small marinas.</p>
<p>Harbor Commission<br>Pier 1, The Embarcadero</p>
<table><tr><th>Violation</th><th>Fine</th></tr>
<tr><td>Dumping fuel into the harbor</td><td>$500</td></tr>
<tr><td>Landlords</td><td>Landlords must keep every unit warm in winter.</td></tr></table>
<table><tr><td>""" + b"A layout table holds the article's long paragraphs. " * 6 + b"""</td></tr></table>
</body></html>"""


def test_ingest_html_tables_and_line_breaks():
    article = parse_article(HTML_TABLE, path=Path("page.html"))
    got = [(b.kind, " ".join(b.text.split()), b.label, b.context) for b in article.blocks]
    # a lone <br> inside a sentence is no paragraph's end; between an address's lines it is
    assert ("paragraph", "The Marina Association opposed the rule, warning of compliance costs for small marinas.",
            "", "") in got
    assert ("paragraph", "Harbor Commission", "", "") in got
    # a table's row is named by its first cell, read under its column's heading, its long cells under its name
    assert ("item", "", "Dumping fuel into the harbor", "Violation") in got
    assert ("item", "Landlords must keep every unit warm in winter.", "", "Landlords") in got
    # a layout table's long cell stays a paragraph
    assert any(k == "paragraph" and t.startswith("A layout table holds") for k, t, _l, _c in got)


PAGED = """Clean Docks Rule

The Harbor Commission adopted the Clean Docks Rule in May after a year of
debate among marina owners, boaters and environmental groups across the
bay, and after two public hearings on the cost of the new fuel tanks for
small marinas.

Operators must inspect every fuel tank each month and keep the records of
each inspection for three years, and they must post the harbor's spill
hotline number at every fuel dock and in each marina office in the bay.

Operators that dump fuel into the harbor will be fined up to 500 dollars
a day, and the Commission may revoke the permits of repeat offenders

Harbor Report HR-7            Port Research Office            2

after a hearing.

Owners welcomed the rule at the hearing in May, and the two largest
marinas said they had already bought the new tanks and trained their
staff to inspect them, which the Commission praised in its order.

The Marina Association opposed the rule, warning of compliance costs.

The Commission will review the rule after two years and publish a report
on its costs to small marinas, its effect on spills in the bay and the
number of permits it has revoked, and it will hold a hearing on it then.

Harbor Report HR-7            Port Research Office            3

Page 4 of 9

Harbor Report HR-7            Port Research Office            4
"""


def test_ingest_page_furniture_is_blanked_and_a_sentence_goes_on_across_the_page():
    # text from a PDF: running heads and page numbers are no blocks, and a sentence cut by a page break is one
    article = parse_article(PAGED.encode(), path=Path("report.txt"))
    texts = [(b.kind, " ".join(b.text.split())) for b in article.blocks]
    assert texts == [
        ("heading", "Clean Docks Rule"),
        ("paragraph", "The Harbor Commission adopted the Clean Docks Rule in May after a year of debate among marina "
                      "owners, boaters and environmental groups across the bay, and after two public hearings on the "
                      "cost of the new fuel tanks for small marinas."),
        ("paragraph", "Operators must inspect every fuel tank each month and keep the records of each inspection for "
                      "three years, and they must post the harbor's spill hotline number at every fuel dock and in "
                      "each marina office in the bay."),
        ("paragraph", "Operators that dump fuel into the harbor will be fined up to 500 dollars a day, and the "
                      "Commission may revoke the permits of repeat offenders after a hearing."),
        ("paragraph", "Owners welcomed the rule at the hearing in May, and the two largest marinas said they had "
                      "already bought the new tanks and trained their staff to inspect them, which the Commission "
                      "praised in its order."),
        ("paragraph", "The Marina Association opposed the rule, warning of compliance costs."),
        ("paragraph", "The Commission will review the rule after two years and publish a report on its costs to small "
                      "marinas, its effect on spills in the bay and the number of permits it has revoked, and it will "
                      "hold a hearing on it then."),
    ]


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a signatory's title said under each name is no running head
    ("Letter\n\nWe write to oppose the rule, which would force the small family marinas of the bay to close and "
     "would raise the cost of a slip for every boat owner in the harbor.\n\nSincerely,\n\nAna Ruiz\nBoard Member, Marina Owners Association\nTom Lee\n"
     "Board Member, Marina Owners Association\nSam Park\nBoard Member, Marina Owners Association\n", "l.txt",
     "Board Member, Marina Owners Association"),
    # numbers that do not rise page by page, and a heading with a number, are content
    ("Harbor Inspections\n\nThe Commission resumed inspections.\n\nPhase-2\n\nOperators must keep records.\n\n"
     "Key figures\n\n212\n\nmarinas inspected\n\n14\n\nspills reported\n", "t.txt", "212"),
    ("Harbor Inspections\n\nThe Commission resumed inspections.\n\nCOVID-19\n\nOperators must keep records.\n",
     "t.txt", "COVID-19"),
])
def test_ingest_content_that_repeats_or_is_a_number_is_not_page_furniture(text, name, expected):
    article = parse_article(text.encode(), path=Path(name))
    assert any(" ".join(b.text.split()) == expected or b.label == expected for b in article.blocks)


@pytest.mark.parametrize(("text", "name", "apart"), [
    # a list item after its lead-in, though it opens in lower case
    ("Rules\n\nUnder section 4, each marina operator must\n\na) keep fuel records for five years;\n"
     "b) post the permit.\n", "r.txt", "keep fuel records for five years;"),
    # a letter's salutation and its first line
    ("Notice\n\nDear harbor users,\n\nplease note that the north basin closes on Friday.\n", "n.txt",
     "please note that the north basin closes on Friday."),
])
def test_ingest_a_lower_case_line_after_a_blank_is_not_always_the_sentence_going_on(text, name, apart):
    article = parse_article(text.encode(), path=Path(name))
    assert any(" ".join(b.text.split()) == apart for b in article.blocks)


def test_ingest_an_html_layout_table_is_read_as_text():
    html = (b"<html><body><table><tr><td>Home</td><td><h1>Clean Docks Rule Adopted</h1><p>The Harbor Commission "
            b"adopted the Clean Docks Rule.</p><p>The rule takes effect in July.</p></td></tr></table></body></html>")
    article = parse_article(html, path=Path("layout.html"))
    assert [(b.kind, b.text) for b in article.blocks if b.kind != "item"][-3:] == [
        ("heading", "Clean Docks Rule Adopted"), ("paragraph", "The Harbor Commission adopted the Clean Docks Rule."),
        ("paragraph", "The rule takes effect in July.")]


def test_ingest_an_html_list_made_with_line_breaks_stays_apart():
    html = b"<html><body><p>Operators must:<br>keep fuel records<br>post permits<br>report spills</p></body></html>"
    article = parse_article(html, path=Path("br.html"))
    assert [b.text for b in article.blocks][-3:] == ["keep fuel records", "post permits", "report spills"]


WRAPPED_LEGAL = """Harbor Fees and the Clean Docks Rule

The Harbor Commission adopted the Clean Docks Rule in May 2024 after a
long year of hearings on fuel spills, slip fees and the cost of the new
tanks, and the rule takes effect for every marina in the bay in July.
Background
The Commission first proposed the fee in 2022, when two fuel spills in
the north basin closed the harbor to boats for a week in the summer and
the cleanup cost the city more than two million dollars in that year.
Under section 4, each operator must:
(a) keep fuel records for five years at the marina office and the dock; and
(b) post the permit at each dock where boats are fuelled or moored; or
(c) pay the annual fee before the first day of July in each year.
"""


def test_ingest_wrapped_text_keeps_a_heading_and_a_legal_lists_items_apart():
    article = parse_article(WRAPPED_LEGAL.encode(), path=Path("fees.txt"))
    got = [(b.kind, " ".join(b.text.split())[:30]) for b in article.blocks]
    assert ("heading", "Background") in got
    assert [t for k, t in got if k == "item"] == ["keep fuel records for five yea", "post the permit at each dock w",
                                                 "pay the annual fee before the "]


def test_ingest_a_short_wrapped_paragraph_is_one_paragraph_and_no_heading():
    # three wrapped lines show no wrap width; a line that ends mid-sentence still goes on, and one holding a
    # sentence's end is no heading
    text = ("Wildfire insurance\n\nSenate Bill 612 requires insurers to reward homeowners who harden their homes. "
            "Supporters\nsay SB 612 will help. The bill is supported by Homeowners for Fair Insurance, the\nStatewide "
            "Fire Safe Council, and several county boards of supervisors.\n")
    article = parse_article(text.encode(), path=Path("short.txt"))
    assert [b.kind for b in article.blocks] == ["heading", "paragraph"]
    # an all-capitals heading with a short lower-case line under it stays apart
    text = "REPORT OF THE COMMITTEE ON DOCKS AND HARBORS\non\nH.B. 12 -- Clean Docks Act\n\nThe bill bans fuel spills.\n"
    article = parse_article(text.encode(), path=Path("report.txt"))
    assert article.blocks[0].kind == "heading" and "on" not in article.blocks[0].text.split()


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("3.3 Failure to maintain mooring logs will attract a written warning.", "item",
         "Failure to maintain mooring logs will attract a written warning."),
        ("2.1.4 Boats must carry a light.", "item", "Boats must carry a light."),
        ("2.5 million boaters use the harbour each year.", "paragraph", "2.5 million boaters use the harbour each year."),
        ("1.5 Million visitors came to the harbour last year.", "paragraph",
         "1.5 Million visitors came to the harbour last year."),
    ],
)
def test_ingest_a_numbered_paragraph_s_number_is_no_part_of_its_text(line, kind, text):
    article = parse_article(f"Harbor Rule: compliance alert\n\n{line}\n\nMore text follows here.\n".encode(),
                            path=Path("alert.txt"))
    block = next(b for b in article.blocks if text in b.text)
    assert (block.kind, block.text.strip()) == (kind, text)


@pytest.mark.parametrize("line", ["2.1 Definitions", "9.30 Welcome by the Mayor", "4.2 Enforcement and Penalties"])
def test_ingest_a_numbered_heading_or_agenda_line_keeps_its_number(line):
    article = parse_article(f"Harbor Rule: compliance alert\n\n{line}\n\nMore text follows here.\n".encode(),
                            path=Path("alert.txt"))
    assert any(line in b.text for b in article.blocks), [b.text for b in article.blocks]
