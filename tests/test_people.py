"""People named with a title and referred to later by surname or title (our own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.extract import extract_many
from policygraph.extract.people import titled_names
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
    assert {people[0].label, *people[0].aliases} == {"Governor Ana Ruiz", "Ruiz", "Governor"}
    assert len(people[0].sentences) == 3
