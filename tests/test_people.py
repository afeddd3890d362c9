"""People named with a title and referred to later by surname or title (our own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.extract import extract_many
from policygraph.extract.people import same_person, split_title, titled_names
from policygraph.ingest import parse_article
from policygraph.ontology import load_lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Ana Ruiz signed the bill on Monday.", ["Governor Ana Ruiz"]),
        ("Senator Jane Doe introduced the act.", ["Senator Jane Doe"]),
        ("Mayor Tom Okafor and Commissioner Li Wei spoke.", ["Mayor Tom Okafor", "Commissioner Li Wei"]),
        ("The governor signed the bill.", []),  # no name follows
        ("Director Alvarez said the office agrees.", ["Director Alvarez"]),
        # a title's qualifier is part of it; "Member" is a title after "Ranking"
        ("Dear Chairman Lee and Ranking Member Alvarez,", ["Chairman Lee", "Ranking Member Alvarez"]),
        ("Acting Director Sam Poe announced the plan.", ["Acting Director Sam Poe"]),
        # (session 44) the ranks of a title in a department or a company
        ("Principal Deputy Assistant Attorney General Ben Kell spoke.", ["Principal Deputy Assistant Attorney General Ben Kell"]),
        ("Senior Vice President Dana Cole and Executive Director Omar Haddad spoke.",
         ["Senior Vice President Dana Cole", "Executive Director Omar Haddad"]),
        ("Member States Ireland and Malta objected.", []),
        # local offices are titles too
        ("Supervisor Elena Cruz introduced the ordinance.", ["Supervisor Elena Cruz"]),
        ("Alderman Joe Banks voted no.", ["Alderman Joe Banks"]),
        # a date ends a name
        ("County supervisor Hilda Solis Wednesday endorsed the act.", ["Hilda Solis"]),
        ("Supervisors Tuesday approved the bond measure.", []),
        # an office written in lower case before a full name: the name (not one capitalised word after it)
        ("Harbor Board chair Ana Ruiz defended the act.", ["Ana Ruiz"]),
        ("The agency's chief executive Tomas Brennan defended the code.", ["Tomas Brennan"]),
        ("Company spokesperson Maria Lopez declined to comment.", ["Maria Lopez"]),
        ("The director Office said no.", []),
        # a plural title before several names: each name is a person
        ("The act was introduced by Senators Ana Ruiz and Tom Lee.", ["Ana Ruiz", "Tom Lee"]),
        ("The act was introduced by Senators Ana Ruiz, Tom Lee, and Mia Park.", ["Ana Ruiz", "Tom Lee", "Mia Park"]),
        # an address block joined into one line: a run that goes on past the name is the name and a body's name
        ("Commissioners Beatrice Lund and Samuel Okonjo Harbor Public Utilities Commission", ["Beatrice Lund"]),
        # a hyphenated surname is one word of the name
        ("The bill was signed by Governor Elena Vasquez-Read.", ["Governor Elena Vasquez-Read"]),
        ("Mayor Ana Lopez-Garcia praised the act.", ["Mayor Ana Lopez-Garcia"]),
        ("Director Kim said the well-known rule stands.", ["Director Kim"]),
        # the tagger read title and name as one organisation: still a person
        ("The District Phone Policy requires students to store phones in lockers. Superintendent Monica Hale said "
         "parents supported it.", ["Superintendent Monica Hale"]),
        # forms of address without a full stop (British usage); "MS" in capitals is none
        ("Ms Okafor told the hearing that the act failed.", ["Ms Okafor"]),
        ("Dr Samuel Reyes warned of a risk.", ["Dr Samuel Reyes"]),
        ("The MS Society backed the bill.", []),
        # a title word inside a body's name is no title ("Justice" of the network's name)
        ("We have heard this concern from community groups, including the Marrow Valley Energy Justice Network.", []),
        # (session 40) the tagger read a body's acronym, title and name as one organisation: still a person
        ('"It is fair," said ATCA Administrator Renata Osei.', ["Administrator Renata Osei"]),
        # a title with its portfolio before the name
        ("Minister for Climate and Trade Helena Sorby defended the levy.",
         ["Minister for Climate and Trade Helena Sorby"]),
        ("Minister for Health Karen Whitlock tabled the report.", ["Minister for Health Karen Whitlock"]),
        ("The Minister for Health said no.", []),
    ],
)
def test_people_titled_names(nlp, text, expected):
    doc = nlp(text)
    assert [doc[a:b].text for a, b in titled_names(doc, load_lexicon().person_titles)] == expected


def test_people_surname_and_title_refer_to_the_same_person(nlp):
    text = (b"# Phones in class\n\nGovernor Ana Ruiz signed the Focused Classrooms Act on Monday. "
            b"Ruiz said the law protects learning. The Governor also thanked the teachers.\n")
    x = next(extract_many([parse_article(text, path=Path("ruiz.md"))], nlp, entity_filter=None))
    people = [e for e in x.entities if e.subclass == "Person"]
    assert len(people) == 1
    assert {people[0].label, *people[0].aliases} == {"Governor Ana Ruiz", "Ana Ruiz", "Ruiz", "Governor"}
    assert len(people[0].sentences) == 3


TITLES = load_lexicon().person_titles


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Inspector General Helen R. Walker", (("inspector", "general"), ("Helen", "R.", "Walker"))),
        ("the Governor", (("governor",), ())),
        ("Mayor Ruiz", (("mayor",), ("Ruiz",))),
        ("Ranking Member Alvarez", (("ranking", "member"), ("Alvarez",))),
        ("Acting Director Sam Poe", (("acting", "director"), ("Sam", "Poe"))),
        ("General Motors", ((), ("General", "Motors"))),  # "general" continues a title, never starts one
        ("Ana Ruiz", ((), ("Ana", "Ruiz"))),
    ],
)
def test_people_split_title(name, expected):
    assert split_title(name, TITLES) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # titled full name, titled surname, bare surname: one person under the fullest name
        ([("a", "Mayor Ana Ruiz"), ("b", "Mayor Ruiz"), ("c", "Ruiz")], {"b": "a", "c": "a"}),
        ([("a", "Inspector General Helen R. Walker"), ("b", "Inspector General"), ("c", "Walker")],
         {"b": "a", "c": "a"}),
        ([("a", "John Park"), ("b", "Secretary Park")], {"b": "a"}),
        # two first names under one surname: nobody can tell which one "Ruiz" is
        ([("a", "Ana Ruiz"), ("b", "Luis Ruiz"), ("c", "Ruiz")], {}),
        # a title two people hold is nobody in particular
        ([("a", "Senator Jane Doe"), ("b", "Senator Tom Okafor"), ("c", "the Senator")], {}),
        # an initial is not a different first name
        ([("a", "H. Walker"), ("b", "Helen Walker")], {"a": "b"}),
        ([("a", "Ana Ruiz"), ("b", "Tom Okafor")], {}),
        # letters after the name are no surname; a form of address without a full stop is a title
        ([("a", "Deborah Okafor MP"), ("b", "Ms Okafor")], {"b": "a"}),
        ([("a", "Dr Samuel Reyes"), ("b", "Dr Reyes"), ("c", "Samuel Reyes")], {"b": "a", "c": "a"}),
    ],
)
def test_people_same_person(names, expected):
    assert same_person(names, TITLES) == expected


def test_people_names_written_several_ways_are_one_person(nlp):
    text = (b"# Boats\n\nHarbor Inspector General Helen R. Walker signed the Clean Boats Rule in 2024. "
            b"\"We will enforce it,\" said Inspector General Walker. The Inspector General also fined two marinas. "
            b"Secretary of Transport John Park opposed the rule. Secretary Park said it was costly.\n")
    x = next(extract_many([parse_article(text, path=Path("boats.md"))], nlp, entity_filter=None))
    people = [{e.label, *e.aliases} for e in x.entities if e.subclass == "Person"]
    assert len(people) == 2
    assert any({"Inspector General Walker", "Inspector General"} <= names for names in people), people
    assert any({"John Park", "Secretary Park"} <= names for names in people), people
