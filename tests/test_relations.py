"""Relation rules on their own: a function of a parsed sentence (our own sentences)."""

from __future__ import annotations

import pytest

from policygraph.extract.relations import bare_introduction, power_holder, said_of_oneself, subject


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Act gives the Department of Justice authority to enforce the Act.", "Department"),
        # the parse may read the one given the power as the power's modifier
        ("The Act gives the Attorney General exclusive authority to enforce the Act.", "General"),
        ("The Act grants the Board the power to adopt rules.", "Board"),
        ("The Board has authority to adopt rules.", "Board"),
        # the parse may hang the infinitive on the giving verb
        ("gives the Attorney General authority to enforce the Act.", "General"),
        # no power given or held: nobody
        ("The Board lacks the staff to enforce the Act.", None),
        ("The Act requires the Board to enforce the Act.", None),
        ("The county does not have authority to enforce the Act.", None),
    ],
)
def test_relations_who_holds_a_power(nlp, text, holder):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in {"enforce", "adopt"})
    found = power_holder(verb)
    assert (found.text if found is not None else None) == holder


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Tom Whitfield said he would sign the ordinance.", "Whitfield"),
        ("Senator Ana Ruiz announced she will vote for the bill.", "Ruiz"),
        # not a third party, nor a saying with no one named
        ("The council said he must leave.", None),
        ("Mayor Tom Whitfield said the ordinance is good.", None),
        # a spokesman's "he" is whom he speaks for
        ("Tim Hale, the governor's spokesman, said he would sign the bill.", None),
    ],
)
def test_relations_who_he_or_she_is_in_what_someone_says(nlp, text, speaker):
    doc = nlp(text)
    pronoun = next((t for t in doc if t.lower_ in {"he", "she"}), doc[0])
    found = said_of_oneself(pronoun)
    assert (found.text if found is not None else None) == speaker


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a gerund leading the clause is done by the clause's subject
        ("In enacting the Harbor Act, the Legislature found that runoff harms the bay.", "Legislature"),
        ("By adopting the new code, the Board ended the waiver.", "Board"),
        ("After reviewing the plan, the agency approved the permit.", "agency"),
        # after the verb, another may do it
        ("The tool guides taxpayers in preparing their returns.", None),
        ("Costs that other offices incurred in supporting the program rose.", None),
        # (review) nor a passive clause's subject, to whom it is done
        ("In enforcing the Act, dozens of landowners have been fined by the Commission.", None),
    ],
)
def test_relations_who_does_a_gerund_leading_a_clause(nlp, text, doer):
    doc = nlp(text)
    gerund = next(t for t in doc if t.tag_ == "VBG")
    found = subject(gerund)
    assert (found.text if found is not None else None) == doer


@pytest.mark.parametrize(
    ("text", "introduced"),
    [
        # (session 47 review) a kind word brought in with "a" names no scheme of the article's
        ("Last year the city created a Scorecard grading restaurants on hygiene.", True),
        ("The board publishes a Marina Scorecard grading each marina operator.", False),
        ("The board publishes the Scorecard grading each marina operator.", False),
    ],
)
def test_relations_a_kind_word_brought_in_bare(nlp, text, introduced):
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ == "scorecard")
    assert bare_introduction(noun) is introduced
