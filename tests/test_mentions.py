"""Each mention rule on its own: a function of a `Finding` and a parsed sentence (our own sentences)."""

from __future__ import annotations

import pytest

from policygraph.extract import mentions
from policygraph.extract.mentions import Finding, Segment
from policygraph.ontology import load_lexicon
from policygraph.records import Block


def _found(nlp, rule, text: str, *, role: str = "body") -> list[tuple[str, str]]:
    doc = nlp(text)
    f = Finding.for_article(load_lexicon(), {"HCC": "Harbor Commission"}).for_segment(doc)
    block = Block("paragraph", text, 0, len(text))
    args = (f, doc, Segment(text, 0, role, block)) if rule in {mentions.label_mentions, mentions.duty_mentions,
                                                                mentions.worry_mentions, mentions.enumeration_mentions,
                                                                mentions.head_mentions} else (f, doc)
    return [(m.text, m.cls) for m in rule(*args)]


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        (mentions.legislation_number_mentions, "Congress passed H.R. 4410 in March.", ("H.R. 4410", "Law")),
        (mentions.acronym_mentions, "The HCC met on Monday.", ("HCC", "")),
        (mentions.title_mentions, 'The board adopted the "Clean Boats Act" in May.', ("Clean Boats Act", "Law")),
        (mentions.title_mentions, 'The board issued guidance titled "Safe Harbors for Small Boats".',
         ("Safe Harbors for Small Boats", "Law")),
        (mentions.prohibited_mentions, "It is illegal for a landlord to refuse repairs.", ("refuse repairs", "Misconduct")),
        # a long infinitive after a prohibition keeps the verb and its object
        (mentions.prohibited_mentions, "The act makes it unlawful for any person to resell a ferry ticket at more than "
                                       "10% above its face value.", ("resell a ferry ticket", "Misconduct")),
        (mentions.duty_mentions, "Marina operators must inspect every fuel tank.", ("inspect every fuel tank", "Behaviour")),
        # a class of systems or plans that owes a duty is a class of organisations running them
        (mentions.duty_mentions, "Covered water systems must replace all lead pipes.",
         ("Covered water systems", "Organisation")),
        (mentions.duty_mentions, "Each water system shall test its supply.", ("water system", "Organisation")),
        (mentions.duty_mentions, "Health plans must cover preventive care.", ("Health plans", "Organisation")),
        (mentions.worry_mentions, "Owners raised concerns about compliance costs.", ("compliance costs", "Concern")),
        # a policy's proper name modifying another noun
        (mentions.named_modifiers, "The chain settled a Fair Fares Act case in 2010.", ("Fair Fares Act", "Law")),
        # a short title in capitals before the kind noun is part of the bill's name
        (mentions.short_title_mentions, "The Fair Access to Slips and Transparent Docking (FAST and DOCK) Act passed.",
         ("Fair Access to Slips and Transparent Docking (FAST and DOCK) Act", "Law")),
        # a list marker inside a sentence is no part of the name after it
        (mentions.head_mentions, "The board runs two programs: (1) the Clean Docks Program, open to marinas, and "
                                 "(2) the Safe Moorings Program.", ("Clean Docks Program", "Policy")),
        # a name before a lower-case kind noun runs back through its links
        (mentions.head_mentions, "The board runs the Boat Counseling for the Elderly program.",
         ("Boat Counseling for the Elderly program", "Policy")),
        # what a public body launches under a name is a programme
        (mentions.ner_mentions, "In 2020, the Harbor Board launched Clean Slips to recognize marinas.",
         ("Clean Slips", "Policy")),
        # a count before a noun of people is no part of their name; a year before a law's name is
        (mentions.head_mentions, "About 3.5 million residents would be eligible.", ("residents", "Group")),
        # a headline's verb of making a policy ends its subject: the name follows it
        (mentions.proper_policy_mentions, "Governor Signs Short-Term Rental Law", ("Short-Term Rental Law", "Law")),
        (mentions.proper_policy_mentions, "Governor Vetoes Rent Control Bill", ("Rent Control Bill", "Law")),
        (mentions.proper_policy_mentions, "Lawmakers Debate Ticket Resale Bill", ("Ticket Resale Bill", "Law")),
        (mentions.proper_policy_mentions, "Council Weighs Scooter Rule", ("Scooter Rule", "Law")),
        (mentions.proper_policy_mentions, "The Veterans Benefits Act", ("Veterans Benefits Act", "Law")),
        # (session 40) a title runs on through a word joined by a hyphen
        (mentions.head_mentions, "The Union adopted its Regulation on Deforestation-free Products in 2023.",
         ("Regulation on Deforestation-free Products", "Law")),
        # (session 40) a text about the policy is no word of its name
        (mentions.proper_policy_mentions, "Summary of Ordinance No. 2025-07: Buffer Zones Around Schools",
         ("Ordinance No. 2025-07", "Law")),
        # a numbered division of a code, titled: its standards are one policy, named by the title
        (mentions.proper_policy_mentions, "Part 412 - Mooring Safety Standards", ("Mooring Safety Standards", "Policy")),
        # only people are "who": a noun that can name a pilot programme names people here
        (mentions.head_mentions, "The board may fine any pilot who flies over the harbor.", ("pilot", "Group")),
        # "whose" is said of things too
        (mentions.head_mentions, "The group opposes the rebate program, whose costs have soared.",
         ("rebate program", "Policy")),
        (mentions.head_mentions, "The 2018 Farm Bill expanded the program.", ("2018 Farm Bill", "Law")),
        # quotation marks inside a name are no part of it
        (mentions.head_mentions, 'The company\'s "Free Mooring" plan exempts its app.', ("Free Mooring plan", "Policy")),
        # an office noun before a postposed "general" heads the name
        (mentions.head_mentions, "State attorneys general may sue resellers.", ("State attorneys general", "Group")),
        # a capitalised body's name runs on through "on", not into a day or a street
        (mentions.head_mentions, "The Standing Committee on Transport and Infrastructure (the Committee) tables this "
         "summary.", ("Standing Committee on Transport and Infrastructure", "GovernmentBody")),
        (mentions.head_mentions, "The Council on Harbor Street approved the Harbor Rule.", ("Council", "GovernmentBody")),
        (mentions.head_mentions, "The Board on Monday approved the Harbor Rule.", ("Board", "GovernmentBody")),
        # a line that is nothing but a body's name (a letter's addressee) names it
        (mentions.addressee_mentions, "Federal Maritime Commission", ("Federal Maritime Commission", "GovernmentBody")),
        # a vague word joined by a hyphen is part of a compound word ("low" alone is vague)
        (mentions.head_mentions, "The fund pays rebates to low-income families.", ("low-income families", "Group")),
        (mentions.head_mentions, "The rule covers high-risk employers.", ("high-risk employers", "Business")),
        (mentions.head_mentions, "The grant program reimburses family farms.", ("family farms", "Business")),
        # a name's last word marks its class where the lower-case word would not
        (mentions.head_mentions, "The National Harbor Service runs the program.", ("National Harbor Service", "GovernmentBody")),
        (mentions.head_mentions, "The council runs the Boat Repair Fund.", ("Boat Repair Fund", "Policy")),
        (mentions.head_mentions, "Families may claim the Caregiver Relief Credit.", ("Caregiver Relief Credit", "Policy")),
        (mentions.head_mentions, "Vendors may apply for the Clean Air Vendor Discount.", ("Clean Air Vendor Discount", "Policy")),
        # a legal form heads a business's name, whatever word comes before it
        (mentions.head_mentions, "The board fined Harbor Security, Inc. last year.", ("Harbor Security, Inc.", "Business")),
        (mentions.head_mentions, "The Clean Boiler Rebate pays owners $500.", ("Clean Boiler Rebate", "Policy")),
        (mentions.head_mentions, "The Center for Harbor Data sued the board.", ("Center for Harbor Data", "Organisation")),
        # teenagers and investors are people a policy can concern
        (mentions.head_mentions, "The rule protects teenagers and small investors.", ("teenagers", "Group")),
        # shops and restaurants are businesses
        (mentions.head_mentions, "The rule requires every grocery store to post prices.", ("grocery store", "Business")),
        (mentions.head_mentions, "Restaurants must post calorie counts.", ("Restaurants", "Business")),
        # those with a stake in a policy are people it concerns
        (mentions.head_mentions, "Stakeholders met with the board in May.", ("Stakeholders", "Group")),
        (mentions.harm_mentions, "Growers warned that the rule imposes heavy paperwork burdens.",
         ("heavy paperwork burdens", "Concern")),
        # a rule by its kind and code, the code the parse's head
        (mentions.legislation_number_mentions, "Policy IT-27 applies to all staff.", ("Policy IT-27", "Law")),
        (mentions.legislation_number_mentions, "Rule 10b-5 bars fraud.", ("Rule 10b-5", "Law")),
        (mentions.legislation_number_mentions, "Circular A-123 applies to agencies.", ("Circular A-123", "Law")),
        (mentions.legislation_number_mentions, "Ordinance 17-A bans leaf blowers.", ("Ordinance 17-A", "Law")),
        # the capitalised words before a rule's kind and code are its name's; a body's before "of" are not
        (mentions.legislation_number_mentions, "Staff follow Administrative Policy IC-214 at all times.",
         ("Administrative Policy IC-214", "Law")),
        (mentions.legislation_number_mentions, "Staff follow Hand Hygiene Standard IC-102.",
         ("Hand Hygiene Standard IC-102", "Law")),
        (mentions.legislation_number_mentions, "Staff follow the Department of Labor Policy 12.", ("Policy 12", "Law")),
        # a title runs on through "in the" where no place follows
        (mentions.head_mentions, "Employers must follow the Code of Practice on Harassment in the Workplace.",
         ("Code of Practice on Harassment in the Workplace", "Law")),
        # a name's title runs on through "on", "of", "in", "and", whatever the parse hung the words on
        (mentions.head_mentions, "Faculty should follow the Guidelines on AI in Teaching and Research.",
         ("Guidelines on AI in Teaching and Research", "Law")),
        (mentions.head_mentions, "This memo announces the Interim Policy on Staff Use of Generative AI Tools.",
         ("Policy on Staff Use of Generative AI Tools", "Policy")),  # "Interim" a stage, as "Draft" is
        # a hyphenated first word stays in the name
        (mentions.described_organisations, "The Data & Marketing Alliance of the West, a trade group, spoke.",
         ("Data & Marketing Alliance of the West", "Organisation")),
        (mentions.described_organisations, "Supporters, including the resident group Quiet Alder Neighbors, spoke.",
         ("Quiet Alder Neighbors", "Organisation")),
        (mentions.described_organisations, "The Lead-Free Homes Campaign, a coalition of charities, spoke.",
         ("Lead-Free Homes Campaign", "Organisation")),
    ],
)
def test_mentions_rule_finds(nlp, rule, text, expected):
    assert expected in _found(nlp, rule, text)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (mentions.legislation_number_mentions, "The meeting ran from 4 to 6 p.m."),
        (mentions.title_mentions, 'Critics called the rule "a mess" in May.'),
        (mentions.prohibited_mentions, "It is easy for a landlord to make repairs."),
        (mentions.duty_mentions, "Marina operators need not inspect tanks."),
        (mentions.named_modifiers, "The Program funds pay for roofs."),  # a lone capitalised noun names nothing
        (mentions.head_mentions, "The state of the harbor worries the state."),  # the singular is too vague
        (mentions.proper_policy_mentions, "New Harbor Rules"),  # a heading about several policies names none
        (mentions.head_mentions, "Residents who fail to pay utility bills lose points."),  # a sum owed, no law
        (mentions.short_title_mentions, "The fee (FEE) Act passed."),  # no capitalised long title before it
        (mentions.head_mentions, "Other groups and large groups met."),  # describing adjectives leave a group vague
        (mentions.addressee_mentions, "Washington, DC 20580"),  # a place
        (mentions.described_organisations, "Ana Lopez, a group leader, spoke."),  # a person, "group" a modifier
        (mentions.addressee_mentions, "Commission Findings and Recommendations"),  # a heading, not a name
        (mentions.head_mentions, "The marina offers customer service and a repair fund."),  # lower-case: no class
        (mentions.legislation_number_mentions, "Standard 30-year mortgages are exempt."),  # a term is no code
        (mentions.head_mentions, "Post the permit where customers can see it."),  # a bare permit names no policy
    ],
)
def test_mentions_rule_finds_nothing(nlp, rule, text):
    found = _found(nlp, rule, text)
    assert not [m for m in found if m[1] in {"Law", "Policy", "Misconduct", "Behaviour", "GovernmentBody", "Organisation"}], found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Employers must first offer the jobs to U.S. workers.", []),  # a place sorting the noun after it
        ("Canada and Mexico signed the agreement.", ["Canada", "Mexico"]),
    ],
)
def test_mentions_a_place_is_an_actor_only_when_it_acts_or_is_named_alone(nlp, text, places):
    assert [t for t, cls in _found(nlp, mentions.ner_mentions, text) if cls == "Country"] == places


@pytest.mark.parametrize(("text", "names"), [
    ("The coalition includes Save the Bay, Harbor Action, and Friends of the Marina.",
     ["Save the Bay", "Harbor Action", "Friends of the Marina"]),
    ("Members include the Sierra Club and Clean Water Now, which sued the city.", ["Sierra Club", "Clean Water Now"]),
    # names in camel case or with a web domain are names too
    ("The endorsing organizations\u2014which include Harbor Watch, BayKeepers, Save.org, and Clean Water Now\u2014signed.",
     ["Harbor Watch", "BayKeepers", "Save.org", "Clean Water Now"]),
    # a list that is not of names, or not of bodies, gives none
    ("The coalition includes Harbor Watch, local anglers and others.", ["Harbor Watch"]),
    ("Penalties include Fines and Warnings.", []),
    ("The coalition does not include Harbor Watch.", []),
])
def test_mentions_listed_names(nlp, text, names):
    assert [t for t, _cls in _found(nlp, mentions.listed_names, text)] == names


@pytest.mark.parametrize(("text", "places"), [
    ("Labels must state the country of origin of each ingredient.", []),  # an attribute of the ingredient
    ("Buyers must give their county of residence.", []),
    ("The city of Riverton runs the program.", ["city"]),  # a place named (its name is the tagger's)
])
def test_mentions_a_place_noun_with_an_attribute_names_no_place(nlp, text, places):
    assert [t for t, cls in _found(nlp, mentions.head_mentions, text) if cls == "Country"] == places


@pytest.mark.parametrize("text", ['"A fee is not a plan," said the group\'s founder, Marcus Bell.',
                                  "Marcus Bell, the group's founder, opposes the fee."])
def test_mentions_a_name_beside_a_persons_role_is_a_person(nlp, text):
    assert ("Marcus Bell", "Person") in _found(nlp, mentions.ner_mentions, text)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a word before "and" + a noun modifier + a noun for people sorts those people
        ("Privacy and consumer groups oppose the rule.", "Privacy", True),
        ("The undersigned civil liberties and consumer organizations oppose the rule.", "civil liberties", True),
        # ... also first in a longer list of modifiers
        ("The undersigned civil liberties, hobbyist and small business organizations oppose the rule.",
         "civil liberties", True),
        ("The rule threatens privacy, security and free speech.", "privacy", False),
        # two things, or people and people, are coordinated as they read
        ("The rule poses risks to privacy and civil liberties.", "privacy", False),
        ("The rule threatens privacy and data protection.", "privacy", False),
        ("Marinas and boat clubs oppose the rule.", "Marinas", False),
    ],
)
def test_mentions_coordinated_modifier(nlp, text, words, expected):
    doc = nlp(text)
    start = next(t.i for t in doc if doc[t.i : t.i + len(words.split())].text == words)
    assert mentions.coordinated_modifier(doc, start, start + len(words.split()), load_lexicon()) is expected


@pytest.mark.parametrize(
    ("text", "tokens", "head", "run"),
    [
        # a misparse picks words apart: only the run around the head is a name
        ("The 2015 Open Harbor Order, adopted by the Harbor Commission, bans blocking.", [2, 3, 8, 9, 12], 12, [12]),
        # quotation marks left out of a name do not break it
        ('The company\'s "Free Mooring" plan exempts its app.', [4, 5, 7], 7, [4, 5, 7]),
        # a head outside the tokens keeps them all
        ("The Clean Boats Rule bans anchoring.", [1, 2, 3], 9, [1, 2, 3]),
    ],
)
def test_mentions_run_around(nlp, text, tokens, head, run):
    assert mentions._run_around(nlp(text), tokens, head) == run


@pytest.mark.parametrize(("text", "names", "whole"), [
    # a policy's part named with its owner's possessive is two policies
    ("Under the Convention's Control Scheme, vessels must carry a monitor.", {"Convention", "Control Scheme"},
     "Convention's Control Scheme"),
    ("The Code's Prohibited List is updated every January.", {"Code", "Prohibited List"}, "Code's Prohibited List"),
    # an owner that is no policy keeps the name whole
    ("The People's Charter was adopted in May.", {"People's Charter"}, "People"),
])
def test_mentions_owned_policy_parts(nlp, text, names, whole):
    from policygraph.extract.mentions import find_mentions

    doc = nlp(text)
    found, _ = find_mentions(Finding.for_article(load_lexicon(), {}), doc,
                             Segment(text, 0, "body", Block("paragraph", text, 0, len(text))))
    policies = {m.text for m in found if m.cls and load_lexicon().core(m.cls) == "Policy"}
    assert names <= policies and whole not in policies, policies


def test_mentions_a_misparsed_sentence_gives_no_name_picked_apart(nlp):
    found = _found(nlp, mentions.head_mentions, "The 2015 Open Harbor Order, adopted by the Harbor Commission, bans blocking.")
    assert all(" the " not in text for text, _cls in found), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body's part named with its owner's possessive is two bodies
        ("The Department of Harbors's Mooring and Dock Division inspects marinas.",
         {"Department of Harbors", "Mooring and Dock Division"}),
        # a possessive inside one name keeps it whole
        ("The People's Bank of China runs the program.", {"People's Bank of China"}),
    ],
)
def test_mentions_owned_body_parts(nlp, text, names):
    from policygraph.extract.mentions import find_mentions

    doc = nlp(text)
    found, _ = find_mentions(Finding.for_article(load_lexicon(), {}), doc,
                             Segment(text, 0, "body", Block("paragraph", text, 0, len(text))))
    actors = {m.text for m in found if load_lexicon().core(m.cls) == "Actor"}
    assert names <= actors and not any("'s " in a for a in actors - names), actors


@pytest.mark.parametrize(
    ("text", "policies"),
    [
        # a kind noun and a cue verb read as one noun are a subject and its verb, never a name
        ("The Harbor Commission's 1987 rule bans interstate sales of raw fish.", []),
        # a plural noun that is no cue verb stays a name
        ("The Harbor Commission's 1987 rule amendments took effect in May.", ["rule amendments"]),
    ],
)
def test_mentions_verb_read_as_noun(nlp, text, policies):
    from policygraph.extract.mentions import find_mentions

    lex = load_lexicon()
    found, _ = find_mentions(Finding.for_article(lex, {}), nlp(text),
                             Segment(text, 0, "body", Block("paragraph", text, 0, len(text))))
    assert [m.text for m in found if m.cls and lex.core(m.cls) == "Policy"] == policies


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # after a comma, a list following a relative clause exemplifies the noun the clause describes
        ("Congress should fund measures that do not weaken security, such as grants for investigators.", "measures"),
        # without the comma the list is the last noun's
        ("Congress should fund measures that protect tools such as encryption.", "tools"),
    ],
)
def test_mentions_listed_after_clause(nlp, text, owner):
    doc = nlp(text)
    prep = next(t for t in doc if t.lower_ == "as" and t.dep_ == "prep")
    head = prep.head.head if prep.head.lower_ == "such" else prep.head
    assert mentions._listed_after_clause(head, prep).text == owner


@pytest.mark.parametrize(
    ("text", "concerns", "conduct"),
    [
        # conduct the vocabulary knows inside a worried-about phrase is the worry's words
        ("Stakeholders raised concerns about the potential for fraud in mooring auctions.",
         ["potential for fraud"], []),
        # outside a worry it stays conduct
        ("The rule penalizes fraud in mooring auctions.", [], ["fraud"]),
    ],
)
def test_mentions_worried_conduct_dropped(nlp, text, concerns, conduct):
    from policygraph.extract.mentions import find_mentions

    lex = load_lexicon()
    found, _ = find_mentions(Finding.for_article(lex, {}), nlp(text),
                             Segment(text, 0, "body", Block("paragraph", text, 0, len(text))))
    assert [m.text for m in found if m.cls and lex.core(m.cls) == "Concern"] == concerns
    assert sorted({m.text for m in found if m.cls and lex.core(m.cls) == "Behaviour"}) == conduct


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # lower-case or stage words before a policy's proper name are no part of it
        ("the proposed Remote Harbor Rule", "Remote Harbor Rule"),
        ("Proposed Harbor Data Rule", "Harbor Data Rule"),
        ("Final Harbor Data Rule", "Harbor Data Rule"),
        # a stage word and one word is no name without it
        ("Proposed Rule", "Proposed Rule"),
        ("Harbor Data Rule", "Harbor Data Rule"),
    ],
)
def test_mentions_name_after_stage(nlp, text, name):
    doc = nlp(text)
    toks = [t.i for t in doc if t.lower_ != "the"]
    assert doc[mentions.name_after_stage(doc, toks)[0]:].text == name


@pytest.mark.parametrize(
    ("text", "worries"),
    [
        # a worry the vocabulary knows is one where someone worries, and a topic word elsewhere
        ("Boaters raised concerns about privacy.", ["privacy"]),
        ("The course teaches privacy.", []),
    ],
)
def test_mentions_vocabulary_worries_need_a_worry(nlp, text, worries):
    assert [t for t, cls in _found(nlp, mentions.lexicon_mentions, text) if cls == "Concern"] == worries


def test_mentions_a_worry_section_s_label_names_its_worry(nlp):
    # "Potential for Abuse:" heading an item in a section of concerns is the worry, whatever its sentence says
    doc = nlp("Privacy")
    f = Finding.for_article(load_lexicon(), {}).for_segment(doc)
    seg = Segment("Privacy", 0, "label", Block("item", "Privacy", 0, 7), "Concern")
    assert [(m.text, m.cls) for m in mentions.lexicon_mentions(f, doc, seg)] == [("Privacy", "Concern")]
    assert mentions.lexicon_mentions(f, doc) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who takes a stance on a policy is someone, whatever the noun
        ("Ticket resellers oppose the rule.", [("Ticket resellers", "Group")]),
        # ... a bill known only by its number, a passive's agent, "lobbied against"
        ("Ticket resellers oppose H.R. 2210.", [("Ticket resellers", "Group")]),
        ("H.R. 2210 is opposed by ticket resellers.", [("ticket resellers", "Group")]),
        ("Ticket resellers have lobbied against H.R. 2210.", [("Ticket resellers", "Group")]),
        # who voices a worry by its noun worries
        ("Some resellers have expressed concern that the rule would raise prices.", [("resellers", "Group")]),
        # supporting something that is no policy is no stance
        ("Ticket resellers support a range of prices.", []),
        # a writing that warns is nobody
        ("The study warns that prices will rise.", []),
        # a thing that raises concerns gives cause for them; it voices none
        ("The union said the crackdown raises concerns about racial profiling.", []),
        ("Some landlords raised concerns about the cost.", [("landlords", "Business")]),
        ("The opposition on the council raised concerns about cost.", [("opposition", "Group")]),
    ],
)
def test_mentions_voice_mentions(nlp, text, expected):
    assert _found(nlp, mentions.voice_mentions, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # where only a rule or programme can stand
        ("Marinas must comply with the Harbor Code.", "Code", True),
        ("Under the Harbor Code, marinas post fees.", "Code", True),
        # what one participates or enrolls in is a programme, and so is what is coordinated with it
        ("Clinics that participate in Medicare must report falls.", "Medicare", True),
        ("Clinics that participate in Medicare and Medicaid must report falls.", "Medicaid", True),
        ("Families enrolled in CalFresh receive benefits.", "CalFresh", True),
        # what one is eligible for, and what names those a programme serves, is a programme
        ("Applicants convicted of a felony are ineligible for CalFresh.", "CalFresh", True),
        ("CalFresh recipients must report income changes.", "CalFresh", True),
        # elsewhere a name may be anyone
        ("Clinics that work with Acme must report falls.", "Acme", False),
    ],
)
def test_mentions_policy_slot(nlp, text, name, expected):
    doc = nlp(text)
    assert mentions.policy_slot(next(t for t in doc if t.text == name)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph's short lead-in is no one's name
        ("Strengthens Oversight. The Harbor Act creates an office to inspect marinas.", []),
        ("Protects Boaters: The bill requires marinas to post emergency numbers.", []),
        # a name in a sentence of its own words is a name
        ("Senator Maria Lopez spoke first. The Harbor Act passed.", [("Maria Lopez", "Person")]),
    ],
)
def test_mentions_a_lead_in_is_no_name(nlp, text, expected):
    assert [m for m in _found(nlp, mentions.ner_mentions, text) if m[1] in {"Person", "Organisation"}] == expected


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("The rule protects individuals.", "individuals", True),
        # a class narrowed by what its members have is named whole by the head-noun rule, not by the vocabulary word
        ("The rule protects individuals with disabilities.", "individuals", False),
        ("The rule protects individuals with Medicare.", "individuals", True),  # a named thing they have: no narrower class
    ],
)
def test_mentions_a_vocabulary_class_narrowed_by_with_is_left_to_the_head_rule(nlp, text, word, found):
    assert any(t == word for t, _c in _found(nlp, mentions.lexicon_mentions, text)) is found


@pytest.mark.parametrize(
    "text",
    [
        # one named plan or system is a policy: what it must do is its design
        "The Green Plan must remain in force until 2030.",
        "The scoring system must treat all applicants alike.",
        # plans that must include or state something are texts, not their makers
        "Climate action plans must include emission targets.",
    ],
)
def test_mentions_a_policy_that_must_do_something_owes_no_duty(nlp, text):
    assert not [m for m in _found(nlp, mentions.duty_mentions, text) if m[1] == "Organisation"]


def test_mentions_a_body_named_in_a_heading_is_named_in_full(nlp):
    # the tagger's name stops short of "General"; the body's name runs on through its capitalised words
    assert ("Office of Inspector General", "GovernmentBody") in _found(nlp, mentions.heading_bodies,
                                                                       "Office of Inspector General", role="heading")


def test_mentions_a_section_heading_names_the_programme_after_its_number(nlp):
    found = _found(nlp, mentions.proper_policy_mentions, "Sec. 9. Home Hardening Assistance Program", role="heading")
    assert [text for text, _cls in found] == ["Home Hardening Assistance Program"]


@pytest.mark.parametrize(
    ("sentence", "first", "last", "forms"),
    [
        # without the verb that brings the worry about, and without its last phrase
        ("The Conference warned that the provision could invite litigation over local rules.", "invite", "rules",
         ["litigation over local rules", "litigation"]),
        # without how likely or how big it is said to be
        ("He warned of a possible loss of financing for the mine.", "possible", "mine",
         ["loss of financing for the mine", "possible loss of financing", "loss of financing"]),
        # as the risk it is said to be of
        ("Growers fear the risk of crop losses.", "crop", "losses", ["risk of crop losses"]),
        ("The rule would cause the loss of hundreds of jobs in rural communities.", "loss", "communities",
         ["loss of hundreds of jobs"]),
        ("Privacy advocates have warned of risks to borrower privacy.", "privacy", "privacy",
         ["risks to borrower privacy"]),
        # a capacity with what it is a capacity for
        ("Observers have questioned the agency's capacity to analyze reports.", "capacity", "capacity",
         ["capacity to analyze reports"]),
        # what the ones a policy leads are said to do
        ("Keller warned that the cap could lead lenders to leave the state.", "lead", "state",
         ["lenders", "leave the state"]),
        ("Critics warned that the rule could force rural clinics to close.", "force", "close", ["rural clinics"]),
        # a worry named by one noun has no other form
        ("Critics warn of surveillance.", "surveillance", "surveillance", []),
    ],
)
def test_mentions_the_forms_a_worry_is_named_by(nlp, sentence, first, last, forms):
    from policygraph.extract.mentions import worry_forms
    doc = nlp(sentence)
    i = next(t.i for t in doc if t.text == first)
    j = next(t.i for t in doc if t.text == last)
    assert worry_forms(doc, tuple(range(i, j + 1)), load_lexicon().vague_modifiers) == forms


@pytest.mark.parametrize(
    "text, noun, idea",
    [
        ("The union raised concerns about due process.", "process", True),
        ("The union raised concerns about the process.", "process", False),
        ("The union raised concerns about the agency's review process.", "process", False),
        ("The union raised concerns about rules.", "rules", False),
        ("The union raised concerns about Federal Regulation.", "Regulation", False),
    ],
)
def test_mentions_unspecific_policy_word(nlp, text, noun, idea):
    lexicon = load_lexicon()
    tok = next(t for t in nlp(text) if t.text == noun)
    classes = mentions.head_classes(tok, lexicon)
    assert mentions.unspecific_policy_word(tok, classes, lexicon) is idea


@pytest.mark.parametrize(
    "text, verb, making",
    [
        ("Lawmakers should repeal the law.", "repeal", True),
        ("The council recommended that the city end the parking program.", "end", True),
        ("Districts must adopt a local plan.", "adopt", True),
        ("The agency may revoke a license.", "revoke", False),  # a licence is no policy here
        ("Lenders must end the practice of rollovers.", "end", False),
    ],
)
def test_mentions_policymaking(nlp, text, verb, making):
    tok = next(t for t in nlp(text) if t.text == verb)
    assert mentions.policymaking(tok, load_lexicon()) is making


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("the 10-Year Plan", "10-Year Plan", True),
        ("the 5G Deployment Act", "5G Deployment Act", True),
        ("the 21st Century Cures Act", "21st Century Cures Act", True),
        ("the 3-1-1 Service Program", "3-1-1 Service Program", True),
        ("hired 3,000 Employees", "3,000 Employees", False),  # a count before a name
        ("a five-year plan", "five-year plan", False),  # a word, no figure
        ("the 10-year plan", "10-year plan", False),  # no capitalised name after it
    ],
)
def test_number_in_name(nlp, text, name, expected):
    doc = nlp(text)
    start = text.index(name)
    toks = [t.i for t in doc if start <= t.idx < start + len(name)]
    assert mentions.number_in_name(doc, toks) is expected


@pytest.mark.parametrize(
    ("text", "offices"),
    [
        ("The Governor signed the Harbor Act in May.", ["Governor"]),
        ("The bill now goes to the Mayor, who may veto it.", ["Mayor"]),
        ("The Superintendent will review the policy each year.", ["Superintendent"]),
        ("The Governor's budget cuts the program.", ["Governor"]),
        # not a title for its holder
        ("The governor of a steam engine limits its speed.", []),  # lower case: the thing or the class
        ("The Secretary of Commerce issued the rule.", []),  # an "of" phrase names another office
        ("We support the levy proposed by the Minister for Culture and Sport.", []),
        ("The President Biden administration issued the rule.", []),  # a name follows
        ("The Governor's Office of Planning will enforce it.", []),  # a body the tagger names
        # a title in the possessive names its holder only before a measure of theirs
        ("The Mayor's race has turned on the rental ordinance.", []),
        ("The Chair's report was received and noted.", []),
    ],
)
def test_mentions_office_references(nlp, text, offices):
    doc = nlp(text)
    assert [doc[i].text for i in mentions.office_references(doc, load_lexicon().person_titles)] == offices


@pytest.mark.parametrize(
    ("text", "makes_policy"),
    [
        ("Congress should enact legislation on drones.", True),
        # bringing in or changing a named policy is making policy, not conduct a policy governs
        ("The agency should introduce a Quiet Harbor Incentive.", True),
        ("The department should expand the Noise Insulation Scheme.", True),
        ("The agency should convert the Quota Count budget into a binding Night Noise Cap.", True),
        # a sanction a body lays on someone is the policy's penalty, not conduct
        ("The authority should impose a fine on the operator.", True),
        # adopting an unnamed plan of one's own may be what a rule asks
        ("Employers must adopt a written heat safety plan.", False),
        ("Employers must introduce rest breaks.", False),
        ("The authority should impose limits on night flights.", False),
        # the same verbs said of those a rule governs, or forbidden them, are their conduct
        ("Employers must implement the Heat Illness Prevention Program at every worksite.", False),
        ("Landlords may not impose a penalty for late rent.", False),
        ("The city should levy a surcharge on ride-hail trips.", True),
    ],
)
def test_mentions_obeys_or_makes_policy(nlp, text, makes_policy):
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert mentions.obeys_or_makes_policy(verb, load_lexicon()) is makes_policy


@pytest.mark.parametrize("text", ["Principal Financial Group said the rule would raise costs for advisers.",
                                  "The Justice Party opposed the Citizenship Amendment Act."])
def test_mentions_a_body_named_with_a_title_word_is_no_person(nlp, text):
    assert not [m for m in _found(nlp, mentions.person_mentions, text) if m[1] == "Person"]


def test_mentions_a_persons_name_run_on_into_their_body_s_is_cut_before_it(nlp):
    text = "Director Anthony Ruiz Division of Labor Standards said the act requires employers to adopt heat plans."
    assert ("Director Anthony Ruiz", "Person") in _found(nlp, mentions.person_mentions, text)


@pytest.mark.parametrize(("line", "expected"), [
    # a body's name in capitals over its document, written as a name
    ("LARCHMONT STATE BOARD OF NURSING", [("Larchmont State Board of Nursing", "GovernmentBody")]),
    ("HARBOR INSTITUTE FOR OCEAN POLICY", [("Harbor Institute for Ocean Policy", "Organisation")]),
    ("ATLANTIC PROFESSIONAL BASKETBALL LEAGUE", [("Atlantic Professional Basketball League", "Organisation")]),
    ("MARREN CITY COUNCIL - MEETING MINUTES", [("Marren City Council", "GovernmentBody")]),
    # a word that heads only a body's name counts on a line that is a name
    ("ST. BRENNAN REGIONAL MEDICAL CENTER", [("St. Brennan Regional Medical Center", "Organisation")]),
    # no word for a body, a heading in title case, or a rule in capitals: none
    ("PUBLIC DISCIPLINARY ACTION SUMMARY", []),
    ("Larchmont State Board of Nursing", []),
    ("OWNERS MUST REGISTER WITH THE BOARD", []),
    ("ABOUT THE DEPARTMENT", []),
    ("REPORT TO THE CITY COUNCIL", []),
    ("OFFICE OF THE INSPECTOR GENERAL", [("Office of the Inspector General", "GovernmentBody")]),
])
def test_mentions_a_letterhead_names_its_body(nlp, line, expected):
    assert _found(nlp, mentions.letterhead_body, line, role="heading") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bill someone has is what they owe
        ("The discount must appear on the customer's bill.", True),
        ("Providers must apply the discount to the bill of every enrolled customer.", True),
        ("Families worry about their monthly bill.", True),
        ("Providers must apply the discount to the customer's bill.", True),
        ("The committee sent amendments to the senator's bill.", False),
        # a bill of a legislature, or no one's, is a law
        ("The council's bill would ban night flights.", False),
        ("The bill would ban night flights.", False),
        ("The Senate passed its bill on Monday.", False),
        # a lawmaker's bill that would do something, or that someone backs, is a law
        ("Her bill would require districts to delete images.", False),
        ("Groups lobbied against the senator's bill.", False),
        ("Unions rallied in support of the lawmaker's bill.", False),
        ("Hospital groups support the governor's bill.", False),
    ],
)
def test_mentions_someones_bill(nlp, text, expected):
    doc = nlp(text)
    bill = next(t for t in doc if t.lower_ == "bill")
    assert mentions.someones_bill(bill, load_lexicon()) is expected


@pytest.mark.parametrize(("text", "name"), [
    # a capitalised determiner inside a sentence, before another capitalised word, opens a name
    ('Students in the "Every Day Counts" program earn prizes.', "Every Day Counts program"),
    ("Schools join the Every Day Counts program each fall.", "Every Day Counts program"),
    # a determiner opening the sentence, or written lower-case, is no part of it
    ("Every Harbor Program must publish fees.", "Harbor Program"),
    ("Marinas in every Harbor Program must publish fees.", "Harbor Program"),
])
def test_mentions_a_capitalised_determiner_inside_a_name(nlp, text, name):
    from policygraph.extract.mentions import find_mentions

    doc = nlp(text)
    found, _ = find_mentions(Finding.for_article(load_lexicon(), {}), doc,
                             Segment(text, 0, "body", Block("paragraph", text, 0, len(text))))
    assert name in {m.text for m in found if m.cls and load_lexicon().core(m.cls) == "Policy"}


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a wrong "of" a policy is conduct against it
    ("The company acted in breach of the Telemarketing Act.", "breach", True),
    ("Regulators found abuse of the exemption.", "abuse", True),
    # a wrong of anything else may be a worry
    ("Critics fear a breach of privacy.", "breach", False),
    ("The rule invites abuse of power.", "abuse", False),
])
def test_mentions_breaks_a_policy(nlp, text, word, expected):
    doc = nlp(text)
    assert mentions.breaks_a_policy(next(t for t in doc if t.lower_ == word), load_lexicon()) is expected


@pytest.mark.parametrize(("text", "heading", "expected"), [
    # a law's division named by its capitalised kind word and number
    ("Part 1 \u2014 Contributions", True, ["Part 1"]),
    ("Employers must register under Part 4 of the Act.", False, ["Part 4"]),
    ("Under Chapter 7, inspectors may fine operators.", False, ["Chapter 7"]),
    # (session 44) or by a letter, also where it ends the sentence
    ("Processors must follow the limits under Subpart B of the rule.", False, ["Subpart B"]),
    ("Processors are covered under Subpart C.", False, ["Subpart C"]),
    # a heading names one only at its start; the text's own parts, or a cited code's, are none
    ("Questions about Part 2", True, []),
    ("Part 412 - Mooring Safety Standards", True, []),
    ("Part 2 of this report lists our findings.", False, []),
    ("The rules are at 29 CFR, Part 570.", False, []),
    ("Most of the part 3 rules are new.", False, []),
    # nor a chapter of a book, a series or a bankruptcy, nor a bare heading
    ("In Chapter 3 of her book, the author criticizes the Farm Bill.", False, []),
    ("The airline filed for Chapter 11 bankruptcy last week.", False, []),
    ("Chapter 1", True, []),
])
def test_mentions_numbered_divisions(nlp, text, heading, expected):
    doc = nlp(text)
    f = Finding.for_article(load_lexicon(), {}).for_segment(doc)
    assert [m.text for m in mentions.numbered_divisions(f, doc, heading=heading)] == expected


@pytest.mark.parametrize(
    "text, start, end, short",
    [
        # (session 40) a conduct phrase ending on a word that links or points names no act a reader could
        ("Minors may not work in the operation of power-driven hoists.", 5, 8, True),  # "the operation of"
        ("Minors may not work in the operation of power-driven hoists.", 3, 5, True),  # "work in"
        ("Landlords must turn the heating on.", 2, 6, False),  # a particle ends a phrase well
        ("Landlords must repair broken windows.", 2, 5, False),
    ],
)
def test_mentions_conduct_cut_short(nlp, text, start, end, short):
    doc = nlp(text)
    assert mentions.cut_short(doc, tuple(range(start, end))) is short


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("In Moreno v. Bayside Ferries, the court held that the ferries broke the rule.", True),
        # (review) a ruling named as the thing itself is not split
        ("Senators want to codify Moreno v. Bayside Ferries into the rule.", False),
    ],
)
def test_mentions_a_case_caption_names_its_two_parties(nlp, text, split):
    """The tagger may read a case's caption as one name ("Moreno v. Bayside
    Ferries"); where a sentence is set in the case, it names the two
    parties, each on its own."""
    from spacy.tokens import Span

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Moreno")
    doc.ents = [Span(doc, start, start + 4, label="PERSON")]  # the tagger's reading: "Moreno v. Bayside Ferries"
    f = Finding.for_article(load_lexicon(), {}).for_segment(doc)
    names = [m.text for m in mentions.ner_mentions(f, doc)]
    assert ("Moreno" in names and "Bayside Ferries" in names and not any(" v. " in n for n in names)) is split, names


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The rule requires community water systems to:", "systems"),
        ("Under the order, the agency directs covered utilities to:", "utilities"),
        ("The ordinance bars landscapers from:", "landscapers"),
        ("The bill would require platforms to:", "platforms"),
        # no list follows, or the requirement is denied, or the verb binds no one
        ("The rule requires community water systems to replace lead lines.", None),
        ("The rule does not require community water systems to:", None),
        ("The rule applies to:", None),
    ],
)
def test_mentions_whom_a_list_intro_requires(nlp, text, doer):
    """A list intro "requires X to:" leaves its "to" without an object, so no
    duty frame reads X; the items are X's duties, so X is the doer."""
    lexicon = load_lexicon()
    found = mentions.required_above_a_list(nlp(text), lexicon.obligation_cues | lexicon.prohibition_cues)
    assert [t.text for t in found] == ([doer] if doer else [])


@pytest.mark.parametrize("line", ["Harrisburg Falls, FR 17001", "Cedar Bend, FR 17001", "Salem, OR 97301-1234"])
def test_mentions_an_address_line_names_no_one(nlp, line):
    """A town, state code and ZIP code on a line of their own name no actor,
    whatever the tagger calls the town (a person, an organisation)."""
    assert _found(nlp, mentions.ner_mentions, line) == []


def test_mentions_a_hyphenated_ordinal_stays_in_a_name(nlp):
    # "third-party" is one word, not the ordinal "third" that only counts
    found = [t for t, _cls in _found(nlp, mentions.duty_mentions,
                                    "Any third-party verification vendor must delete the data within 30 days.")]
    assert "third-party verification vendor" in found, found


@pytest.mark.parametrize(("text", "verb", "state"), [
    # being or having something is a condition met, not conduct
    ("A veteran must be eligible for VA health care.", "be", True),
    ("Applicants must have household income below 50% of the median.", "have", True),
    ("Tenants must have the right to appeal.", "have", True),
    ("Landlords must have a working smoke alarm in each bedroom.", "have", False),  # a thing kept: a duty
    ("Operators must have filed a plan.", "filed", False),  # "have" only helps the verb
    ("Operators must file a plan.", "file", False),
])
def test_mentions_a_state_held_is_no_conduct(nlp, text, verb, state):
    from .parsing import word

    assert mentions.held_state(word(nlp, text, verb)) is state
