"""Extraction behaviours on small texts of our own (real spaCy, no mocks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.extract import class_head, extract, introduced_policy
from policygraph.ingest import parse_article
from policygraph.ontology import load_lexicon

from .parsing import word


def run(nlp, text: str, name: str = "t.md"):
    x = extract(parse_article(text.encode(), path=Path(name)), nlp)
    labels = {e.key: e.label for e in x.entities}
    entities = {e.label.lower(): e for e in x.entities}
    relations = {(labels[r.subject].lower(), r.predicate, labels[r.object].lower()) for r in x.relations}
    return entities, relations, x


SAMPLE = """# Understanding the Harbour City Credit Scheme

The Harbour City Credit Scheme (HCCS) was launched in 2019 by the Municipal Planning Commission.

## Objectives

The HCCS evaluates residents, shopkeepers and local governments.

## How It Works

1. For Businesses:
- Selling fake medicine or dumping waste can lead to deductions.
- Companies that pay wages late face restrictions.

2. For Individuals:
- Paying rent, fines, and fees on time can improve one's score.
- Jaywalking does not lead to deductions under the scheme.

## Criticisms and Concerns

Many observers view the HCCS with skepticism. Key concerns include:
- Lack of Oversight: Critics worry that officials could misuse the records.
- Data Retention: Records are kept for decades.
"""


@pytest.fixture(scope="module")
def sample(nlp):
    return run(nlp, SAMPLE)


def test_extract_headings_are_not_entities(sample):
    entities, _, _ = sample
    assert "objectives" not in entities and "criticisms and concerns" not in entities


def test_extract_acronym_defined_in_text_merges(sample):
    entities, _, _ = sample
    scheme = entities["harbour city credit scheme"]
    assert scheme.category == "Policy"
    assert "HCCS" in scheme.aliases


def test_extract_issuer_from_passive_agent(sample):
    _, relations, _ = sample
    assert ("harbour city credit scheme", "issuedBy", "municipal planning commission") in relations


def test_extract_coordination_expands_evaluated_actors(sample):
    _, relations, _ = sample
    evaluated = {o for s, p, o in relations if p == "evaluates"}
    # all three conjuncts count ("residents" is its own group, not merged into "individuals")
    assert {"residents", "shopkeepers", "government entities"} <= evaluated, evaluated


@pytest.mark.parametrize(
    ("behaviour", "predicate", "performer"),
    [
        ("paying rent", "rewards", "individuals"),
        ("paying fines", "rewards", "individuals"),
        ("paying fees", "rewards", "individuals"),
        ("selling fake medicine", "penalizes", "businesses"),
        ("dumping waste", "penalizes", "businesses"),
    ],
)
def test_extract_effect_and_section_context(sample, behaviour, predicate, performer):
    entities, relations, _ = sample
    found = [label for label in entities if label.startswith(behaviour)]
    assert found, sorted(entities)
    assert ("harbour city credit scheme", predicate, found[0]) in relations
    assert (found[0], "performedBy", performer) in relations


def test_extract_negated_cue_gives_no_relation(sample):
    _, relations, _ = sample
    assert not any(o.startswith("jaywalking") for _, p, o in relations if p == "penalizes")


def test_extract_criticism_section_items_are_concerns(sample):
    entities, relations, _ = sample
    assert entities["lack of oversight"].category == "Concern"
    assert ("lack of oversight", "concernAbout", "harbour city credit scheme") in relations
    assert ("critics", "raisesConcern", "lack of oversight") in relations


def test_extract_stance_from_skepticism(sample):
    _, relations, _ = sample
    assert ("observers", "criticizes", "harbour city credit scheme") in relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ministry of Commerce's Integrity Plan covers all firms.", ("integrity plan", "issuedBy", "ministry of commerce")),
        ("Proponents of the Integrity Plan say it works well for everyone.", ("proponents", "supports", "integrity plan")),
        # a worry word said to be bad, or a harm said of what it befalls, is a worry about the policy it is under
        ("The Fee Rule took effect in May. Shops face higher costs under the Fee Rule.",
         ("higher costs", "concernAbout", "fee rule")),
        ("The Fee Rule took effect in May. Small shops bear an undue burden under the rule.",
         ("undue burden", "concernAbout", "fee rule")),
        ("The Fee Rule took effect in May. Quarterly filing under the rule places a burden on small shops.",
         ("burden on small shops", "concernAbout", "fee rule")),
        ("The Lead Pipe Rule took effect in May. The rule comes amid a shortage of qualified plumbers.",
         ("shortage of qualified plumbers", "concernAbout", "lead pipe rule")),
        ("The Pharmacy Act took effect in May. The act aims to slow the closure of independent pharmacies.",
         ("closure of independent pharmacies", "concernAbout", "pharmacy act")),
        # harm a policy is said to do is a worry about it, whoever says so
        ("The Fee Rule took effect in May. The Fee Rule would hurt small farms, the union said.",
         ("hurt small farms", "concernAbout", "fee rule")),
        # (second review) what the harm rules must keep: a harm suffered under, or of, the policy; a renewed critic;
        # praise with a clause after it; a relative clause's verb the tagger reads as an adjective
        ("The Harbor Rule took effect in May. Marinas will suffer higher costs under the Harbor Rule.",
         ("higher costs", "concernAbout", "harbor rule")),
        ("The Harbor Rule took effect in May. Marinas cannot afford the higher costs of the Harbor Rule.",
         ("higher costs", "concernAbout", "harbor rule")),
        ("The Harbor Rule took effect in May. Mayor Lee is once again a critic of the Harbor Rule.",
         ("mayor lee", "criticizes", "harbor rule")),
        ("The Harbor Rule took effect in May. Mayor Lee said the Harbor Rule is a good step that will save lives.",
         ("mayor lee", "supports", "harbor rule")),
        ("The Harbor Rule fines crews that empty bilge tanks into the harbor.", ("harbor rule", "penalizes", "empty bilge tanks")),
        # a harm cited for a stance is the speaker's worry
        ("Gregory Pike opposed the Integrity Plan, citing repair costs for small landlords.",
         ("gregory pike", "raisesConcern", "repair costs")),
        # whoever applies for, falls under, is affected by or faces duties under a policy is whom it targets
        ("Small farms can apply for the Integrity Plan.", ("integrity plan", "evaluates", "small farms")),
        ("Employers with 50 or more workers fall under the Integrity Plan.", ("integrity plan", "evaluates", "employers")),
        ("The Integrity Plan affects about 3,000 employers.", ("integrity plan", "evaluates", "employers")),
        ("Landlords face new duties under the Integrity Plan.", ("integrity plan", "evaluates", "landlords")),
        # ... or takes part in it, or is named among those it applies to
        ("Under the Menu Rule, school districts participating in the Integrity Plan must publish menus.",
         ("integrity plan", "evaluates", "school districts")),
        ("The Integrity Plan applies to any person who collects debt, including hospitals and debt buyers.",
         ("integrity plan", "evaluates", "debt buyers")),
        # a penalty laid against someone for breaking a policy: they broke it, and the body laying it enforces it
        ("The Department of Environmental Quality announced a $240,000 penalty against Ridgeline Freight LLC for "
         "repeatedly violating the Integrity Plan.",
         ("integrity plan", "issuedBy", "department of environmental quality")),
        ("The Department of Environmental Quality announced a $240,000 penalty against Ridgeline Freight LLC for "
         "repeatedly violating the Integrity Plan.",
         ("violating the integrity plan", "performedBy", "ridgeline freight llc")),
        # (review) sanctions listed with a penalty are no policy of their own
        ("Fleets that exceed the idling limit under the Integrity Plan are subject to compliance orders and civil "
         "penalties.", ("integrity plan", "penalizes", "exceed the idling limit")),
        # whose administration of a policy it is runs it; a body's name runs on through its possessive
        ("The auditor reviewed the Department of Early Learning's administration of the Integrity Plan.",
         ("integrity plan", "issuedBy", "department of early learning")),
        # whom a policy gives the power to enforce it runs it
        ("The Integrity Plan gives the Department of Justice authority to enforce the plan.",
         ("integrity plan", "issuedBy", "department of justice")),
        # a provision named by a hyphenated word is a policy of its own, not a vague "provision"
        ("The Integrity Plan took effect in May. The Drivers Union backed the anti-coercion provision.",
         ("drivers union", "supports", "anti-coercion provision")),
        # a relative clause's verb the tagger read as a noun still names what the fined do
        ("Retailers that misrepresent projected savings will be fined under the Integrity Plan.",
         ("integrity plan", "penalizes", "misrepresent projected savings")),
        # a speaker's judgement of the policy is a stance; a guild is an organisation
        ("The Pier Group said the Integrity Plan is a good step.", ("pier group", "supports", "integrity plan")),
        ("The Rowing Club argued that the Integrity Plan is needed.", ("rowing club", "supports", "integrity plan")),
        ("The Pier Group argued the Integrity Plan is unworkable.", ("pier group", "criticizes", "integrity plan")),
        ("The Kayak Society lauded the Integrity Plan.", ("kayak society", "supports", "integrity plan")),
        ("The Dock Guild voted in favor of the Integrity Plan.", ("dock guild", "supports", "integrity plan")),
        # sides taken in other words: coming out against, asking for it undone, support thrown behind it
        ("The Dock Workers Union came out against the Integrity Plan.", ("dock workers union", "criticizes", "integrity plan")),
        ("The Coastal Alliance called on the agency to withdraw the Integrity Plan.",
         ("coastal alliance", "criticizes", "integrity plan")),
        ("The Ferry Operators Association threw its support behind the Integrity Plan.",
         ("ferry operators association", "supports", "integrity plan")),
        # whoever is said to be a supporter or a critic holds that stance
        ("The Coastal Alliance is a supporter of the Integrity Plan.", ("coastal alliance", "supports", "integrity plan")),
        ("The Coastal Alliance is among the strongest supporters of the Integrity Plan.",
         ("coastal alliance", "supports", "integrity plan")),
        ("The Integrity Plan took effect in May. The Boaters Union is one of the plan's most vocal opponents.",
         ("boaters union", "criticizes", "integrity plan")),
        ("The Integrity Plan discourages behaviours like tax evasion or bribery.", ("integrity plan", "penalizes", "tax evasion")),
        ("The Integrity Plan is a collection of city pilot programs and sector ratings.", ("city pilot programs", "partOf", "integrity plan")),
        ("It is unlawful for any lender to discriminate against applicants under the Fair Lending Act.",
         ("fair lending act", "penalizes", "discriminate against applicants")),
        ("It is unlawful for any lender to discriminate against applicants under the Fair Lending Act.",
         ("discriminate against applicants", "performedBy", "lender")),
        # whom a policy makes an act unlawful for does it, and the policy regulates them (either parse)
        ("The Clean Harbours Act makes it unlawful for resellers to use bots.", ("use bots", "performedBy", "resellers")),
        ("The Clean Harbours Act makes it unlawful for resellers to use bots.",
         ("clean harbours act", "evaluates", "resellers")),
        # a policy's own provision, said with its name in the possessive
        ("The Clean Harbours Act's winter moratorium protects low-income households.",
         ("winter moratorium", "partOf", "clean harbours act")),
        # (session 41) a quota is an instrument, as a cap is
        ("The Clean Harbours Act's catch quota limits each boat to 40 tonnes a year.",
         ("catch quota", "partOf", "clean harbours act")),
        # whose benefits someone is eligible for targets them
        ("Dock workers are eligible for benefits under the Clean Harbours Act.",
         ("clean harbours act", "evaluates", "dock workers")),
        ("Section 12 of the Clean Harbours Act limits dredging.", ("section 12", "partOf", "clean harbours act")),
        # a hyphenated verb names the duty ("re-inspect")
        ("Under the Clean Harbours Act, inspectors must re-inspect any marina cited for a spill.",
         ("re-inspect any marina", "performedBy", "inspectors")),
        ("New guidance from the Housing Commission explains the Tenant Registry.",
         ("guidance", "issuedBy", "housing commission")),
        ("The Port Authority enforces the Clean Harbours Act.", ("clean harbours act", "issuedBy", "port authority")),
        ("Fishing groups applauded the Clean Harbours Act.", ("fishing groups", "supports", "clean harbours act")),
        ("The Port Authority will monitor compliance with the Clean Harbours Act.",
         ("clean harbours act", "issuedBy", "port authority")),
        ("The Clean Harbours Act limits dredging. The Port Authority will update this law every year.",
         ("clean harbours act", "issuedBy", "port authority")),
        # a relative clause the parse hangs on the policy's "for" phrase is the policy's
        ("The Blue Flag Program is a voluntary labeling program for clean beaches that is run jointly by the "
         "Coastal Protection Agency and the Department of Harbors.", ("blue flag program", "issuedBy",
                                                                    "department of harbors")),
        # "the office" after a public body named with that noun is the body
        ("Enforcement falls to the Office of Dock Safety. The office will run the Harbor Dock Registry.",
         ("harbor dock registry", "issuedBy", "office of dock safety")),
        # whose duty a policy states is whom it evaluates, not who issued it
        ("Under the Clean Boats Rule, it is the responsibility of marina operators to post their fees.",
         ("clean boats rule", "evaluates", "marina operators")),
        # being worried about a policy is criticising it
        ("Marina owners are worried about the Clean Boats Rule.", ("marina owners", "criticizes", "clean boats rule")),
        # "under" the parse hangs on the object still says what the body acts under
        ("The Harbor Commission, which oversees marinas under the Clean Docks Act, fined two marinas.",
         ("clean docks act", "issuedBy", "harbor commission")),
        # a body the tagger calls an organisation, enforcing under a policy, runs it
        ("The Fair Docks Act would cap fees. Under the bill, the FMC would enforce violations.",
         ("fair docks act", "issuedBy", "fmc")),
        # the running of no named policy falls to someone: of the one the sentence names
        ("Under the Dock Safety Act, enforcement falls to the Office of Dock Safety.",
         ("dock safety act", "issuedBy", "office of dock safety")),
        # a stage word leaves a definite description a call-back ("the proposed rule")
        ("Boat clubs oppose the Clean Boats Rule. They urge the Harbor Board to rescind the proposed rule.",
         ("clean boats rule", "issuedBy", "harbor board")),
        ("Under the Clean Harbours Act, port operators must report every spill.",
         ("clean harbours act", "evaluates", "port operators")),
        ("Port operators are subject to the Clean Harbours Act.", ("clean harbours act", "evaluates", "port operators")),
        ("The Harbour Agreement between the Port Authority and the Fishing Board sets catch limits.",
         ("harbour agreement", "issuedBy", "fishing board")),
        ("The Clean Harbours Act also applies to port operators in every district.",
         ("clean harbours act", "evaluates", "port operators")),
        ("The Harbour Union called for the Clean Harbours Act.", ("harbour union", "supports", "clean harbours act")),
        ("The Sierra League urged Congress to pass the Clean Harbours Act.",
         ("sierra league", "supports", "clean harbours act")),
        # asked not to make it: against it
        ("The Sierra League urged the Governor not to sign the Clean Harbours Act.",
         ("sierra league", "criticizes", "clean harbours act")),
        ("The Harbour Union filed a lawsuit challenging the Clean Harbours Act.",
         ("harbour union", "criticizes", "clean harbours act")),
        ("Two board members voted against the Clean Harbours Act.", ("board members", "criticizes", "clean harbours act")),
        ("The Harbour Union sued to block the Clean Harbours Act.", ("harbour union", "criticizes", "clean harbours act")),
        ("The audit found that the Clean Harbours Act lacked oversight.",
         ("lacked oversight", "concernAbout", "clean harbours act")),
        ("The Clean Harbours Act sets emission limits for port operators.",
         ("clean harbours act", "evaluates", "port operators")),
        ("The obligations of port operators under the Clean Harbours Act are strict.",
         ("clean harbours act", "evaluates", "port operators")),
        # what a supporter or critic says about a policy is their stance
        ("Proponents argue that the Clean Boats Rule brings several benefits.",
         ("proponents", "supports", "clean boats rule")),
        ("Critics say the Clean Boats Rule goes too far.", ("critics", "criticizes", "clean boats rule")),
        ("The Harbor Watch group has raised concerns about the Clean Boats Rule.",
         ("harbor watch group", "criticizes", "clean boats rule")),
        # who makes or runs a policy, said without an issuing verb
        ("The Harbor Commission signed a Clean Water Agreement with the Parks Department.",
         ("clean water agreement", "issuedBy", "parks department")),
        ("The Clean Boats Rule is a regulation of the Harbor Commission.",
         ("clean boats rule", "issuedBy", "harbor commission")),
        ("The Harbor Commission is responsible for the Green Roof Program.",
         ("green roof program", "issuedBy", "harbor commission")),
        # criticism a policy draws over something is a worry about it
        ("The Clean Boats Rule has drawn criticism over its cost.", ("cost", "concernAbout", "clean boats rule")),
        # costs laid "to" someone are named with them, also when the parse hangs "to" on the verb
        ("Marina owners warned that the Clean Boats Rule would impose costs to small marinas.",
         ("costs to small marinas", "concernAbout", "clean boats rule")),
        # a worry a policy was made to address is a worry about it
        ("The Harbor Council adopted the Clean Boats Rule to address fuel spills in the bay.",
         ("fuel spills", "concernAbout", "clean boats rule")),
        # a worry's subject called faulty is the worry, not what it is then said to do
        ("The Harbor Watch group is concerned that weak enforcement of the Clean Boats Rule leaves the bay unprotected.",
         ("harbor watch group", "raisesConcern", "weak enforcement")),

        # whom a worry is attributed to raises it; backers are supporters
        ("According to the Marina Association, the Clean Boats Rule could lead to higher fees.",
         ("marina association", "raisesConcern", "higher fees")),
        ("Backers say the Clean Boats Rule will cut pollution.", ("proponents", "supports", "clean boats rule")),
        # an office named by its title runs what it administers
        ("The Secretary of Commerce administers the Clean Boats Program.",
         ("clean boats program", "issuedBy", "secretary of commerce")),
        # a body said to be the body for a policy, or given its running, runs it
        ("The Harbor Commission is the lead agency for the Green Roof Program.",
         ("green roof program", "issuedBy", "harbor commission")),
        ("In 2019 the council designated the Harbor Commission as lead agency for the Green Roof Program.",
         ("green roof program", "issuedBy", "harbor commission")),
        # a relative clause with its own subject is active, whatever the tagger calls its verb
        ("The Dock Rule, which the Harbor Board finalized in May, limits fees.", ("dock rule", "issuedBy", "harbor board")),
        # a relative clause with no object of its own, on a description of the policy, says who made it
        ("Applicators must be certified under the Safe Spraying Standard, a rule the Pesticide Board adopted in 2017.",
         ("safe spraying standard", "issuedBy", "pesticide board")),
        ("Applicators must be certified under the Safe Spraying Standard, a rule that the Pesticide Board adopted.",
         ("safe spraying standard", "issuedBy", "pesticide board")),
        # an agency putting out rules "to implement" a law runs that law
        ("The Harbor Commission proposed rules to implement the Clean Ports Act.",
         ("clean ports act", "issuedBy", "harbor commission")),
        # whom a policy is said to bind, or is enforced against, it regulates
        ("Lenders subject to the Dock Rule must keep records.", ("dock rule", "evaluates", "lenders")),
        ("Lenders subject to the Dock Rule must keep records.", ("keep records", "performedBy", "lenders")),
        ("The Dock Rule sets limits for any lender subject to the Harbor Act.", ("harbor act", "evaluates", "lender")),
        ("The Harbor Board enforces the Dock Rule against ferry operators.",
         ("dock rule", "evaluates", "ferry operators")),
        # the second of a pair the parse hangs on the first's program
        ("A 2009 memo named the Harbor Commission as lead agency for the Green Roof Program and the Boating "
         "Office as lead agency for the Dock Rating Program.", ("dock rating program", "issuedBy", "boating office")),
        # the parse reads "named" as naming the memorandum: a body is no other name of a memorandum
        ("A 2019 memorandum named the Harbor Commission as the principal agency for the Green Roof Program.",
         ("green roof program", "issuedBy", "harbor commission")),
        ("The Harbor Commission, the agency responsible for the Clean Boats Rule, fined two marinas.",
         ("clean boats rule", "issuedBy", "harbor commission")),
        ("Enforcement of the Clean Boats Rule falls to the Harbor Commission.",
         ("clean boats rule", "issuedBy", "harbor commission")),
        ("Responsibility for the Green Roof Program rests with the Harbor Commission.",
         ("green roof program", "issuedBy", "harbor commission")),
        # a public body acting under a policy enforces it
        ("Under the Clean Boats Rule, the Harbor Commission inspects every marina.",
         ("clean boats rule", "issuedBy", "harbor commission")),
        # ... and whom it oversees or inspects there, the policy regulates
        ("Under the Clean Boats Rule, the Harbor Commission inspects charter operators twice a year.",
         ("clean boats rule", "evaluates", "charter operators")),
        ("The Harbor Commission oversees landlords under the Dock Rule.", ("dock rule", "evaluates", "landlords")),
        # a public body named as the agent of a passive done under a policy runs it; whom it is done to is regulated
        ("Grants are awarded by the Office of Rural Health under the Rural Clinic Act.",
         ("rural clinic act", "issuedBy", "office of rural health")),
        ("Marinas are inspected by the Harbor Board under the Clean Boats Rule.",
         ("clean boats rule", "evaluates", "marinas")),
        # whom a policy's "how" clause says acts, the policy regulates
        ("The Dock Rule governs how landlords price their units.", ("dock rule", "evaluates", "landlords")),
        # a title heading a name: "Secretary of Commerce" is a secretary, someone who acts
        ("Section 3 of the Rural Broadband Act directs the Secretary of Commerce to award competitive grants.",
         ("award competitive grants", "performedBy", "secretary of commerce")),
        # a name and the parties after "and" that the parser read as its modifiers each enforce it
        ("The Harbor Commission and state attorneys general could enforce the Clean Boats Act.",
         ("clean boats act", "issuedBy", "state attorneys general")),
        # the rest of a list the parser hung on an amount inside the first item belongs with the first item
        ("The Clean Boats Act covers employers with annual sales of at least 500,000 dollars, hospitals, schools, "
         "and public agencies.", ("clean boats act", "evaluates", "public agencies")),
        # a coordinated passive shares its subject: who enforces the act issued it
        ("The Clean Boats Act was enacted in 1990 and is enforced by the Harbor Commission.",
         ("clean boats act", "issuedBy", "harbor commission")),
        # a stance whose preposition's object is the noun a relative clause describes
        ("The Board adopted the Clean Docks Rule, a statewide policy that Governor Ana Ruiz called for in May.",
         ("governor ana ruiz", "supports", "clean docks rule")),
        # "in support" with no "of": of what the article is about
        ("# The Clean Docks Act\n\nThe Clean Docks Act bans fuel sales. The Harbor Tenants Union, which gathered "
         "11,000 signatures in support, said the ban would help.", ("harbor tenants union", "supports", "clean docks act")),
        # enacted with no agent: by the one legislature the article names
        ("Congress held hearings. The Harbor Safety Act, which was passed in March 2016, closed the dock program.",
         ("harbor safety act", "issuedBy", "congress")),
        # a policy's running said to be someone's responsibility
        ("Collection and enforcement of the Harbor Levy Rule are the responsibility of the Harbor Board.",
         ("harbor levy rule", "issuedBy", "harbor board")),
        # conduct that "attracts" a surcharge is punished
        ("Under the Harbor Levy Rule, late payment of the levy attracts a surcharge of 2 percent.",
         ("harbor levy rule", "penalizes", "late payment of the levy")),
        # a class of persons the law sorts by its standing ("liable persons") owes the duty
        ("Under the Harbor Levy Rule, liable persons must register with the Harbor Board.",
         ("register with the harbor board", "performedBy", "liable persons")),
        # a reduced rate is a reward for what earns it
        ("Under the Harbor Levy Rule, importers that use recycled plastic are eligible for a reduced rate.",
         ("harbor levy rule", "rewards", "use recycled plastic")),
        # a second participle with its own agent but no auxiliary of its own
        ("The Harbor Voucher Program is funded by the state and administered by local port agencies.",
         ("harbor voucher program", "issuedBy", "local port agencies")),
        # giving a benefit back punishes what brought it about
        ("Under the Rural Broadband Act, providers that fail to file reports would have to repay the grant.",
         ("rural broadband act", "penalizes", "file reports")),
        # a description of a policy stands for it in its relative clause
        ("The Green Label Program is a voluntary labeling program that is managed by the Harbor Commission.",
         ("green label program", "issuedBy", "harbor commission")),
        ("Growers praised the Green Roof Program, a subsidy that allows growers to sell surplus power.",
         ("green roof program", "evaluates", "growers")),
        # who is praised or fined "for" conduct does it
        ("The city praises residents for recycling under the Green Streets Program.",
         ("recycling", "performedBy", "residents")),
        # a policy praised "for" what it does: a stance, not conduct
        ("Farm groups have praised the Seasonal Worker Program for easing labor shortages.",
         ("farm groups", "supports", "seasonal worker program")),
        # a policy said to go too far, or not far enough, is criticised
        ("Safety advocates argued that the Clean Boats Rule does not go far enough.",
         ("safety advocates", "criticizes", "clean boats rule")),
        ("Marina owners say the Clean Boats Rule goes too far.", ("marina owners", "criticizes", "clean boats rule")),
        # who a maker noun is said of made the policy
        ('"Fans deserve to know the price," said Assemblymember Raj Patel, the Honest Ticket Act\'s sponsor.',
         ("honest ticket act", "issuedBy", "assemblymember raj patel")),
        ("The sponsor of the Honest Ticket Act, Senator Jane Doe, spoke first.",
         ("honest ticket act", "issuedBy", "senator jane doe")),
        ("Senator Jane Doe is the author of the Honest Ticket Act.", ("honest ticket act", "issuedBy", "senator jane doe")),
        # "the bill's sponsor": the bill named before
        ("The Honest Ticket Act would cap resale prices. Senator Jane Doe, the bill's sponsor, spoke first.",
         ("honest ticket act", "issuedBy", "senator jane doe")),
        # who offers, coordinates, renews or conducts a programme runs it
        ("The Harbor Commission offers the Clean Boats Program to marinas.",
         ("clean boats program", "issuedBy", "harbor commission")),
        ("In 2020 the Harbor Commission reauthorized the Clean Boats Program.",
         ("clean boats program", "issuedBy", "harbor commission")),
        ("The Harbor Commission coordinates the Clean Boats Program with two other agencies.",
         ("clean boats program", "issuedBy", "harbor commission")),
        # a kind of group named by its cause speaks; what a letting verb lets happen is said whole
        ("Environmental groups expressed concern that weak enforcement of the Harbor Act could allow fuel spills to go "
         "unreported.", ("environmental groups", "raisesConcern", "allow fuel spills to go unreported")),
        # an outcome named in the concern someone raises is their worry, whatever brings it about
        ("Some observers have raised concerns that more drone flights could lead to collisions with small aircraft.",
         ("observers", "raisesConcern", "collisions")),
        # concerns a policy raises are about it
        ("The Harbor Fee Rule raises serious privacy concerns.", ("privacy", "concernAbout", "harbor fee rule")),
        # a flaw said to be in a policy is a worry about it
        ("Experts point to a lack of oversight in the Harbor Fee Program.",
         ("lack of oversight", "concernAbout", "harbor fee program")),
        # a policy that governs, binds or licenses someone regulates them
        ("The Clean Boats Rule governs marina operators.", ("clean boats rule", "evaluates", "marina operators")),
        ("The Clean Boats Act binds all port authorities.", ("clean boats act", "evaluates", "port authorities")),
        # who would do the act a policy bans, named with "by"
        ("The Fair Fares Act bans price gouging by ticket resellers.", ("price gouging", "performedBy", "ticket resellers")),
        # capitalised words before ", a group ..." are one organisation's name, even holding a verb
        ("Owners Advocating for Safe Harbors, a group formed in 2022, opposes the Harbor Fee Act.",
         ("owners advocating for safe harbors", "criticizes", "harbor fee act")),
        # a state's or a country's law is its own
        ("California's Dock Safety Law bans fuel sales on docks.", ("dock safety law", "issuedBy", "california")),
        ("Under a 2023 California law, marina operators must post their fees.",
         ("california law", "issuedBy", "california")),
        # a body's acronym before a policy noun says who made it
        ("The Harbor Safety Administration (HSA) inspects docks. HSA regulations prohibit fuel sales on docks.",
         ("hsa regulations", "issuedBy", "harbor safety administration")),
        # who enforces a policy's requirements runs it
        ("The Clean Boats Act would require marinas to post fees. The Coast Guard would enforce the bill's requirements.",
         ("clean boats act", "issuedBy", "coast guard")),
        # whom a policy is enforced for, or who is subject to something under it, it regulates
        ("The Coast Guard enforces the Clean Boats Act with respect to marina operators.",
         ("clean boats act", "evaluates", "marina operators")),
        ("Under the Clean Boats Act, marina operators are subject to annual inspections.",
         ("clean boats act", "evaluates", "marina operators")),
        # a participle set off by commas with its agent says who made the bill
        ("H.R. 2345, sponsored by Rep. Jane Smith, would require marinas to post their fees.",
         ("h.r. 2345", "issuedBy", "rep. jane smith")),
        # a policy another contains is part of it
        ("The Harbor Rule took effect in May. The Harbor Rule includes the Clean Docks Program.",
         ("clean docks program", "partOf", "harbor rule")),
        ("The Harbor Rule took effect in May. The Clean Docks Program is included in the Harbor Rule.",
         ("clean docks program", "partOf", "harbor rule")),
        # a stance on a policy's passage or introduction is a stance on the policy
        ("The Dock Fee Act would cap fees. The Marina Owners Association has called for passage of the Dock Fee Act.",
         ("marina owners association", "supports", "dock fee act")),
        ("The Dock Fee Act would cap fees. The Marina Owners Association applauded the introduction of the Dock Fee "
         "Act.", ("marina owners association", "supports", "dock fee act")),
        # whom a policy lets do something under it, it regulates
        ("The Harbor Rule took effect in May. Under the Harbor Rule, marina operators may charge a fee of up to $20.",
         ("harbor rule", "evaluates", "marina operators")),
        # who vetoes a bill takes a stance against it
        ("Governor Tom Reyes on Friday vetoed the Rent Stabilization Act.",
         ("governor tom reyes", "criticizes", "rent stabilization act")),
        # who questions whether a policy is needed criticises it
        ("The Harbor Rule took effect in May. Some lawmakers questioned whether the Harbor Rule is necessary.",
         ("lawmakers", "criticizes", "harbor rule")),
        # the chamber a bill passes enacts it
        ("The Senate debated dock fees. S. 1187 passed the Senate in June.", ("s. 1187", "issuedBy", "senate")),
        ("The House debated dock fees. The Dock Fee Act cleared the House in May.",
         ("dock fee act", "issuedBy", "house")),
        # ... also opening the sentence, however the parser hangs it
        ("Introduced by Representative Carla Mendez, H.R. 3301 would direct the Coast Guard to inspect docks.",
         ("h.r. 3301", "issuedBy", "representative carla mendez")),
        ("Sponsored by Senator Paul Okafor, S. 1450 would allow towns to restrict dock fees in residential areas.",
         ("s. 1450", "issuedBy", "senator paul okafor")),
        # enforcement a doer may face punishes what they do
        ("Under the Harbor Fuel Rule, processors that sell mislabeled fuel may face exclusion from federal programs.",
         ("harbor fuel rule", "penalizes", "sell mislabeled fuel")),
        ("Marina operators who dump waste are subject to civil liability under the Harbor Act.",
         ("harbor act", "penalizes", "dump waste")),
        # a stance stated in the passive, or by a noun the speaker expresses, is the agent's or speaker's
        ("The Harbor Fee Act has been endorsed by the Marina Owners Association.",
         ("marina owners association", "supports", "harbor fee act")),
        ("The Marina Owners Association has expressed support for the Harbor Fee Act.",
         ("marina owners association", "supports", "harbor fee act")),
        ("The Boat Renters Alliance voiced opposition to the Harbor Fee Act.",
         ("boat renters alliance", "criticizes", "harbor fee act")),
        # a reward granted by what "which" stands for is that policy's, not the sentence's first one
        ("The Clean Docks Act passed in May. The Act creates the Marina Renewal Fund, which offers grants to marina "
         "owners who install pump-out stations.", ("marina renewal fund", "rewards", "install pump-out stations")),
        ("The Harbor Rule took effect in June. The rule set up the Green Boats Program, which gives rebates to owners "
         "who replace old engines.",
         ("green boats program", "rewards", "replace old engines")),
        # the people a plural title names speak, however the parse hangs their names on the title
        ("The council adopted the Harbor Fee Ordinance. Supervisors Tom Ode and Lia Marsh, who voted no, said the "
         "ordinance goes too far.", ("lia marsh", "criticizes", "harbor fee ordinance")),
        # a stance on a share of a policy is a stance on the policy
        ("The Harbor Fee Act passed in May. The Boat Renters Alliance has opposed parts of the new Act.",
         ("boat renters alliance", "criticizes", "harbor fee act")),
        ("The Harbor Fee Act passed in May. The Sailing League backed key sections of the law.",
         ("sailing league", "supports", "harbor fee act")),
        ("The Harbor Fee Act passed in May. The Dockworkers Union criticised several provisions of the Act.",
         ("dockworkers union", "criticizes", "harbor fee act")),
        # a stance said with "in favor of" / "in opposition to"
        ("The Marina Owners Association testified in favor of the Harbor Fee Act.",
         ("marina owners association", "supports", "harbor fee act")),
        ("The Boat Renters Alliance spoke in opposition to the Harbor Fee Act.",
         ("boat renters alliance", "criticizes", "harbor fee act")),
        # a call on someone to enact a policy backs it, and the one called on would make it
        ("The Marina Owners Association called on Congress to pass the Harbor Fee Act.",
         ("marina owners association", "supports", "harbor fee act")),
        ("The Marina Owners Association called on Congress to pass the Harbor Fee Act.",
         ("harbor fee act", "issuedBy", "congress")),
        # pushing for a policy, or a policy having someone's backing
        ("The Marina Owners Association has pushed for the Harbor Fee Act for years.",
         ("marina owners association", "supports", "harbor fee act")),
        ("The Harbor Fee Act has the backing of the Marina Owners Association.",
         ("marina owners association", "supports", "harbor fee act")),
        # the named members of a group that takes a stance take it too
        ("Critics of the Harbor Fee Act include the Boat Renters Alliance and the Sailing League.",
         ("sailing league", "criticizes", "harbor fee act")),
        ("Groups such as the Boat Renters Alliance oppose the Harbor Fee Act.",
         ("boat renters alliance", "criticizes", "harbor fee act")),
        ("Supporters of the Harbor Fee Act, including the Marina Owners Association, say fees are too low.",
         ("marina owners association", "supports", "harbor fee act")),
        # ... also when the parse takes their names apart (read off the text between the commas)
        ("The endorsing organizations, which include Save the Bay, Harbor Action, and Friends of the Marina, oppose "
         "the Harbor Fee Act.", ("save the bay", "criticizes", "harbor fee act")),
        ("The endorsing organizations, which include Save the Bay, Harbor Action, and Friends of the Marina, oppose "
         "the Harbor Fee Act.", ("friends of the marina", "criticizes", "harbor fee act")),
        ("Groups such as Harbor Watch and Clean Water Now criticized the Harbor Fee Act.",
         ("clean water now", "criticizes", "harbor fee act")),
        # a numbered part of a law named with "of" is the part, not one long name
        ("Regulation H covers lenders. Appendix C of Regulation H includes sample forms.",
         ("appendix c", "partOf", "regulation h")),
        # a section keeps its lettered subsection ("4(b)", "5(a)(2)")
        ("Section 5(a)(2) of the Harbor Act bans fuel sales on docks.", ("section 5(a)(2)", "partOf", "harbor act")),
        # people named by what they belong to
        ("The Harbor Act would prohibit members of Congress from placing wagers on boat races.",
         ("placing wagers", "performedBy", "members of congress")),
        # the states of a federation act and are regulated
        ("The Clean Boats Act requires states to report spills.", ("report spills", "performedBy", "states")),
        ("The Clean Boats Grant Program provides grants to states.", ("clean boats grant program", "evaluates", "states")),
        # what a colon lists after a plural noun is what the noun stands for
        ("The Harbor Board also runs two grant programs: the Clean Docks Grant Program and the Safe Moorings Program.",
         ("safe moorings program", "issuedBy", "harbor board")),
        ("The Harbor Board launched two programs: (1) the Clean Docks Program, open to small marinas, and (2) the "
         "Safe Moorings Program, open to boat owners.", ("safe moorings program", "issuedBy", "harbor board")),
        # a policy set beside a part noun "of" another is part of it
        ("One component of the Harbor Rule, the Clean Berth Program, funds shore power.",
         ("clean berth program", "partOf", "harbor rule")),
        ("The Clean Berth Program, a key element of the Harbor Rule, funds shore power.",
         ("clean berth program", "partOf", "harbor rule")),
        ("The Harbor Office runs two grant programs for marinas: (1) the Clean Docks grant program, offered to small "
         "marinas; and (2) the Safe Ramps program.", ("safe ramps program", "issuedBy", "harbor office")),
        # a body's acronym opening a policy's name is the body and part of the name
        ("The Harbor Safety Board (HSB) has authority under Section 5 of the HSB Act to fine marinas.",
         ("section 5", "partOf", "hsb act")),
        ("The Harbor Safety Board (HSB) enforces the HSB Act.", ("hsb act", "issuedBy", "harbor safety board")),
        # whoever breaks or keeps a policy is bound by it
        ("Students who violate the Campus Speech Policy will be referred to the dean.",
         ("campus speech policy", "evaluates", "students")),
        ("Several landlords breached the Tenant Rule last year.", ("tenant rule", "evaluates", "landlords")),
        ("Employers who comply with the Wage Rule receive a tax credit.", ("wage rule", "evaluates", "employers")),
        # a passive joined to an active verb of the same subject keeps the subject
        ("Senate Bill 204, the Dock Act, was sponsored by Senator Ana Voigt, passed the Senate 24-13, and was signed "
         "by Governor Eli Hardwick on May 30.", ("dock act", "issuedBy", "governor eli hardwick")),
        # whoever is concerned that a policy causes something raises that worry, whatever the tagger calls "concerned"
        ("The Consumer Network is concerned that the Trading Rule will cause excessive trading.",
         ("consumer network", "raisesConcern", "excessive trading")),
        ("The Consumer Network is concerned that speculative listings cause confusion and contribute to price "
         "inflation.", ("consumer network", "raisesConcern", "price inflation")),
        # "they" owing a duty is the class of people just named: the earlier clause's subject, or the one class the
        # sentence before named
        ("Under the Dock Rule, landlords register their units, and they must renew the registration every year.",
         ("renew the registration", "performedBy", "landlords")),
        ("The Harbor Rule covers marina operators. They must post fee schedules.",
         ("post fee schedules", "performedBy", "marina operators")),
        # the people a class owing a duty includes owe it too
        ("Section 3 of the Tip Act prohibits an employer, including any manager or supervisor, from keeping tips.",
         ("keeping tips", "performedBy", "supervisor")),
        # a bill's cosponsors back it, however they are named
        ("S. 3391, the Fair Play Act, was introduced by Senator Helen Marsh, with Senator Roberto Quintal as an "
         "original cosponsor.", ("senator roberto quintal", "supports", "fair play act")),
        ("The Dock Act (S. 2054) was introduced by Senator Ruth Hale; Senator Dale Pruitt and Senator Ines Carvajal "
         "are cosponsors.", ("senator ines carvajal", "supports", "dock act")),
        ("The Dock Act has 14 cosponsors, including Senator Dale Pruitt.",
         ("senator dale pruitt", "supports", "dock act")),
        # an acronym spelled like a modal is a name
        ("The Consumer Action Network (CAN) is a nonprofit group. The Dock Act would cap fees. CAN supports the Dock "
         "Act.", ("consumer action network", "supports", "dock act")),
        # a bill's number after its name's acronym is another of its names
        ("The Ticket Fairness Act (TFA), H.R. 3390, would cap fees. The Fan Alliance supports H.R. 3390.",
         ("fan alliance", "supports", "ticket fairness act")),
        # a public body a policy empowers to act runs it, and whom the power acts on the policy regulates
        ("The Harbor Board has authority under the Harbor Safety Act to fine ferry operators.",
         ("harbor safety act", "issuedBy", "harbor board")),
        ("The Harbor Safety Act gives the Harbor Board authority to fine ferry operators.",
         ("harbor safety act", "issuedBy", "harbor board")),
        ("The Harbor Safety Act grants the Harbor Board the power to inspect ferry operators.",
         ("harbor safety act", "evaluates", "ferry operators")),
        # whom a policy hands its running to runs it
        ("The Dock Act would require marinas to post fees and would assign enforcement of that duty to the Harbor "
         "Board.", ("dock act", "issuedBy", "harbor board")),
        ("Enforcement of the Dock Act is vested in the Harbor Board.", ("dock act", "issuedBy", "harbor board")),
        # whoever judges others with a scoring system runs it
        ("The Harbor Board ranks applications within each state using a scoring system, the Marina Benefit Index.",
         ("marina benefit index", "issuedBy", "harbor board")),
        # general kinds of regulated party are actors ("an adviser must ...")
        ("Under the Custody Rule, an adviser must maintain client assets with a qualified custodian.",
         ("maintain client assets", "performedBy", "adviser")),
        # what a worried clause says people are exposed to is the worry
        ("The Bureau is concerned that such practices under the Debt Rule expose consumers to public disclosure of "
         "their debts.", ("bureau", "raisesConcern", "public disclosure of their debts")),
        # a pronoun subject of a stance someone reports is that someone
        ("The Harbor Association said it opposes the Vending Ordinance.",
         ("harbor association", "criticizes", "vending ordinance")),
        ("Councilmember Yolanda Brightwater has stated that she supports the Vending Ordinance.",
         ("councilmember yolanda brightwater", "supports", "vending ordinance")),
        ("The Vending Ordinance took effect in May. The Harbor Association said it is concerned that the Vending "
         "Ordinance will cause job losses.", ("harbor association", "raisesConcern", "job losses")),
        # ... told to the writers ("us"), who cannot be the pronoun
        ("The Vending Ordinance took effect in May. Some street vendors have told us they are worried about the cost "
         "of permits.", ("street vendors", "raisesConcern", "cost of permits")),
        # a noun describing a name before it is no subject of its own
        ("The charity Harbor Kids Alliance backed the Vending Ordinance.",
         ("harbor kids alliance", "supports", "vending ordinance")),
        # who may be liable under a policy is bound by it
        ("Creditors that direct such communications may also be liable under the Consumer Safeguards Act.",
         ("consumer safeguards act", "evaluates", "creditors")),
        ("Under the Debt Rule, when a collector contacts a consumer online, it must honor opt-out requests.",
         ("honor opt-out requests", "performedBy", "collector")),
        # recommendations are made to whoever answers them
        ("The audit made five recommendations. The Harbor Board concurred with our first three recommendations.",
         ("recommendations", "evaluates", "harbor board")),
        ("The audit made five recommendations. The Harbor Board agreed with the recommendations.",
         ("recommendations", "evaluates", "harbor board")),
        # what a law or bill holds is part of it
        ("The Safe Taps Act was introduced in May. The exemption in the Safe Taps Act covers small providers.",
         ("exemption", "partOf", "safe taps act")),
        # people named by an age, with a number suspended before it, are one class
        ("Under the Harbor Rule, 16- and 17-year-olds may not operate forklifts.",
         ("harbor rule", "evaluates", "16- and 17-year-olds")),
        ("Under the Harbor Rule, Sixteen- and 17-year-olds must not operate cranes.",
         ("harbor rule", "evaluates", "sixteen- and 17-year-olds")),
        ("Under the Harbor Rule, employers may not employ 14- or 15-year-olds in mines.",
         ("harbor rule", "penalizes", "employ 14- or 15-year-olds")),
        # one of a class counted by "every" or "each" owes what the class owes
        ("Under the Harbor Code, every player must complete the online course.",
         ("complete the online course", "performedBy", "player")),
        ("Under the Harbor Code, each visitor shall sign in at the front desk.",
         ("harbor code", "evaluates", "visitor")),
        # "the Commission" calls back the one body named with "Commission" before its "of"
        ("The Consumer Finance Commission of Kaldoria regulates lenders. The Commission issued the Lending Rule.",
         ("lending rule", "issuedBy", "consumer finance commission of kaldoria")),
        # a policy's plural kind word with a capital calls back the one policy so named, its year aside
        ("The Harbor Safety Regulations 2025 took effect in May. Harbor officers enforce the Regulations.",
         ("harbor safety regulations 2025", "issuedBy", "harbor officers")),
        ("The Harbor Safety Rules took effect in May. Harbor officers enforce the Rules.",
         ("harbor safety rules", "issuedBy", "harbor officers")),
        # a policy that forms part of another, that another introduces, or that is inserted into another, is part of it
        ("The Prohibited List, which forms part of the Harbor Sports Code, is updated every January.",
         ("prohibited list", "partOf", "harbor sports code")),
        ("The Harbor Levy forms a central part of the Clean Harbor Scheme.",
         ("harbor levy", "partOf", "clean harbor scheme")),
        ("The Harbor Agreement introduces a new Attendance Bonus Program for dock workers.",
         ("attendance bonus program", "partOf", "harbor agreement")),
        ("The Dock Amendment Rules insert the Night Berth Program into the Harbor Safety Act.",
         ("night berth program", "partOf", "harbor safety act")),
        # a named charge, toll or fee is a policy (the lower-case word is a price)
        ("The Harbor Congestion Charge will be run by the Harbor Transit Authority.",
         ("harbor congestion charge", "issuedBy", "harbor transit authority")),
        ("The Bay Bridge Authority runs the Bay Bridge Toll.",
         ("bay bridge toll", "issuedBy", "bay bridge authority")),
        # expelling, evicting or disqualifying someone for what they did punishes it
        ("Under the Harbor School Code, students who cheat on exams will be expelled.",
         ("harbor school code", "penalizes", "cheat on exams")),
        ("Under the Harbor Housing Rule, tenants who damage the unit may be evicted.",
         ("harbor housing rule", "penalizes", "damage the unit")),
        # a name with its year after it and the same name without it are one policy
        ("The Harbor Sports Code 2025 took effect in May. Under the Harbor Sports Code, players must file reports.",
         ("harbor sports code 2025", "evaluates", "players")),
        # a business named once, with no legal form, is still the one who owes the duty
        ("The Harbor Permit was issued by the Port Board. Under the permit, Brandt Minerals must drill "
         "24 monitoring wells.", ("drill 24 monitoring wells", "performedBy", "brandt minerals")),
        # the items a party "will" do under a settlement are owed under the settlement, not its fine
        ("Under a stipulated settlement approved by the Port Board, Harbor Fuel Inc. will:\n\n"
         "1. pay a $2 million fine;\n2. retain an independent compliance monitor for two years; and\n"
         "3. submit quarterly compliance reports to the Port Board.",
         ("retain an independent compliance monitor", "performedBy", "harbor fuel inc.")),
        ("Under a stipulated settlement approved by the Port Board, Harbor Fuel Inc. will:\n\n"
         "1. pay a $2 million fine;\n2. retain an independent compliance monitor for two years; and\n"
         "3. submit quarterly compliance reports to the Port Board.",
         ("stipulated settlement", "evaluates", "harbor fuel inc.")),
        # a law named with its acronym in brackets is the one its acronym and kind word, or "the act", call back
        ("The Safer Harbor Boating (SHB) Act bans night fishing. The Marina Owners Guild criticized the SHB Act.",
         ("marina owners guild", "criticizes", "safer harbor boating (shb) act")),
        ("The Safer Harbor Boating (SHB) Act bans night fishing. The Marina Owners Guild criticized the act.",
         ("marina owners guild", "criticizes", "safer harbor boating (shb) act")),
        # a bill's sponsor, set beside it, backs it
        ("The Dock Safety Act would ban night fishing. Senator Ana Ruiz, the bill's sponsor, said it saves lives.",
         ("senator ana ruiz", "supports", "dock safety act")),
        # a body that advances a bill, or votes to, backs it; so does who urges a body to recommend or fund it
        ("The Dock Safety Act would ban night fishing. The Senate Harbor Committee advanced the Dock Safety Act.",
         ("senate harbor committee", "supports", "dock safety act")),
        ("The Dock Safety Act would ban night fishing. The Senate Harbor Committee voted 7-4 to advance the Dock "
         "Safety Act.", ("senate harbor committee", "supports", "dock safety act")),
        ("The committee studied a proposed Harbor Levy on fuel. The Boating Safety Council urged the Committee to "
         "recommend a levy.", ("boating safety council", "supports", "harbor levy")),
        ("The Reef Watch Program pays divers to count fish. The Dive Council urged the Board to fund the Reef Watch "
         "Program.", ("dive council", "supports", "reef watch program")),
        # in a story on one order, "the decision" (or "the move") praised is that order
        ("The Port Board issued a Forfeiture Order against Harbor Fuel Inc. for illegal dumping. Consumer groups "
         "praised the decision.", ("consumer groups", "supports", "forfeiture order")),
        # an unnamed coalition of groups acts as the groups it gathers
        ("The committee studied a proposed Harbor Levy on fuel. The Dive Council and a coalition of 37 harbor "
         "groups urged the Committee to recommend a levy.", ("harbor groups", "supports", "harbor levy")),
        # a second saying joined to the clause said is still the speaker's
        ("The Harbor Levy taxes boat fuel. The Marina Council told the Committee that the levy was costly and warned "
         "of job losses in boatyards.", ("marina council", "raisesConcern", "job losses")),
        # accusing a policy of a wrong, or a policy drawing fire from someone, is their criticism of it
        ("The Reef Rule rates marinas by risk. Two fishing unions have accused the Reef Rule of bias against small "
         "boats.", ("fishing unions", "criticizes", "reef rule")),
        ("The Reef Rule rates marinas by risk. But the Reef Rule has already drawn fire from fishing unions.",
         ("fishing unions", "criticizes", "reef rule")),
        # a worry tied to no policy is about the one policy its voice criticises
        ("The Harbor Levy taxes boat fuel. The Marina Council opposes the Harbor Levy. The council also warned of "
         "job losses in boatyards.", ("job losses", "concernAbout", "harbor levy")),
        # the one fined does what the fine is for, whether "for" hangs on the sum or the fine is laid "on" them
        ("The Clean Harbor Act bans dumping waste in the bay. The Port Board fined Harbor Fuel Inc. $2 million for "
         "dumping waste in the bay.", ("dumping waste", "performedBy", "harbor fuel inc.")),
        ("The Clean Harbor Act bans dumping waste in the bay. The Port Board imposed a $2 million fine on Harbor Fuel "
         "Inc. for dumping waste in the bay.", ("dumping waste", "performedBy", "harbor fuel inc.")),
        # (session 40) also through an order that lays the fine, the parse hanging "for" on the issuing
        ("The Federal Harbor Commission today issued a Forfeiture Order imposing an $18.4 million penalty on Crestline "
         "Marine LLC, a Texas-based boat service provider, for transmitting recorded calls without consent to millions "
         "of boat owners.", ("transmitting recorded calls without consent", "performedBy", "crestline marine llc")),
        # a charge regulates whoever pays it
        ("The Harbor Levy charges 20 cents per litre of boat fuel. Marinas and fuel importers, not boat owners, pay "
         "the Harbor Levy.", ("harbor levy", "evaluates", "fuel importers")),
        # the one a stance noun is set beside holds the stance
        ("The Dock Safety Act would ban night fishing. Rep. Dana Cole, a longtime supporter of the Dock Safety Act, "
         "said it would save lives.", ("rep. dana cole", "supports", "dock safety act")),
        # "the bill's" part is the bill's, as the named bill's is
        ("The Dock Safety Act would ban night fishing. The bill's registration requirement applies to all marinas.",
         ("registration requirement", "partOf", "dock safety act")),
        # a sanction for an act "in violation of" a policy: the policy forbids the act, its doer is who is fined
        ("The Harbor Board fined Bay Fuel $20,000 for selling untaxed diesel, in violation of the Fuel Tax Act. "
         "Bay Fuel said it would appeal.", ("fuel tax act", "penalizes", "selling untaxed diesel")),
        ("The Harbor Board fined Bay Fuel $20,000 for selling untaxed diesel, in violation of the Fuel Tax Act. "
         "Bay Fuel said it would appeal.", ("selling untaxed diesel", "performedBy", "bay fuel")),
        # a business named with "&", and its acronym, are one actor
        ("In May, Harbor Power & Light Company (HP&L) proposed the Billing Tariff. Consumer groups oppose the Billing "
         "Tariff. HP&L serves about 400,000 homes.", ("billing tariff", "issuedBy", "harbor power & light company")),
        # whom a policy regulates or covers, named by a word for someone, is an actor the policy evaluates
        ("Breeders are regulated separately under the Commercial Breeder Act.",
         ("commercial breeder act", "evaluates", "breeders")),
        ("Kennel owners are covered by the Kennel Safety Act.", ("kennel safety act", "evaluates", "kennel owners")),
        # a participle the parser reads as a past tense with its noun as subject ("Growers licensed under ...")
        ("Growers licensed under the Pesticide Act must keep records of every spray.",
         ("keep records of every spray", "performedBy", "growers")),
        # whose act a policy permits, limits or bars ("the employment of minors") is whom it evaluates
        ("Section 13 of the Harbor Labor Act allows the hiring of minors in boatyards.",
         ("section 13", "evaluates", "minors")),
        ("The Harbor Visa Act authorizes the entry of seasonal workers to crew fishing boats.",
         ("harbor visa act", "evaluates", "seasonal workers")),
        # "it" in a clause said of a business is that business
        ("The Dock Rule took effect in May. Bayside Marina LLC agreed to pay $150,000 to resolve allegations that it "
         "failed to report two fuel spills.", ("report two fuel spills", "performedBy", "bayside marina llc")),
        # "each state", one by one, is the states
        ("The Wildfire Grant program provides formula grants to states. Each state must submit an annual plan.",
         ("submit an annual plan", "performedBy", "states")),
        # after a list of objects, the infinitive is what each is told to do
        ("The Product Safety Act requires manufacturers, distributors and retailers to report defects within 10 days "
         "after they learn of them.", ("report defects", "performedBy", "retailers")),
    ],
)
def test_extract_relation_patterns(nlp, text, expected):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert expected in relations, sorted(relations)


@pytest.mark.parametrize(("section", "label", "concern"), [
    # under "Issues for Congress" a lead-in is a topic to weigh, unless it names a worry
    ("Issues for Congress", "State role.", False),
    ("Issues for Congress", "Lack of oversight.", True),
    ("Issues for Congress", "Inadequate monitoring.", True),
    # under a heading of worries, its lead-ins name them
    ("Concerns", "State role.", True),
])
def test_extract_a_lead_in_under_issues_is_a_worry_only_if_it_names_one(nlp, section, label, concern):
    text = (f"# Dock fees\n\nThe Dock Fee Act took effect in May.\n\n## {section}\n\n**{label}** Some states "
            "say the Dock Fee Act gives them too little say over fees.\n")
    entities, _relations, _ = run(nlp, text)
    name = label.rstrip(".").lower()
    assert (name in entities and entities[name].category == "Concern") is concern, sorted(entities)


def test_extract_concerns_about_a_numbered_bill_criticise_it(nlp):
    text = ("Ticket bills\n\nH.R. 3950 would require resellers to disclose fees. Industry groups have raised concerns "
            "about S. 1187.\n")
    entities, relations, _ = run(nlp, text)
    assert ("industry groups", "criticizes", "s. 1187") in relations, sorted(relations)
    assert entities["s. 1187"].category == "Policy", sorted(entities)


def test_extract_an_act_pointing_at_the_list_below_is_no_conduct(nlp):
    text = ("Hiring alert\n\nThe Fair Hiring Act took effect in May. Employers and staffing agencies should consider "
            "the following steps:\n\n- identify every resume screener in use;\n- retain audit records for four "
            "years.\n")
    entities, relations, _ = run(nlp, text)
    assert "consider the following steps" not in entities, sorted(entities)
    assert ("retain audit records", "performedBy", "staffing agencies") in relations, sorted(relations)


def test_extract_what_a_policy_limits_the_use_of_is_no_actor(nlp):
    _entities, relations, _ = run(nlp, "Policy note\n\nThe Harbor Rule limits the use of pesticides near docks.\n")
    assert not any(o == "pesticides" for _s, p, o in relations if p == "evaluates"), sorted(relations)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # advocates of a cause are no advocates of the policy they worry about
        ("Privacy advocates fear that the Clean Boats Rule would expose the addresses of owners.", "criticizes"),
        ("Safety advocates warn that the Clean Boats Rule would leave swimmers at risk.", "criticizes"),
        ("Advocates argue that the Clean Boats Rule would protect swimmers.", "supports"),
    ],
)
def test_extract_a_cause_named_with_advocates_is_no_stance(nlp, text, stance):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    stances = {p for _s, p, o in relations if o == "clean boats rule" and p in {"supports", "criticizes"}}
    assert stances == {stance}, sorted(relations)


@pytest.mark.parametrize("text", [
    "The agency said the contractor had not violated the Procurement Act.",  # denied
    "Critics argue the Data Rule violates the Free Speech Act.",  # a policy breaking a policy binds no one
    # (found in review) asked, supposed or left open
    "If the agency were to violate the Procurement Act, the contract could be struck down.",
    "Did the hospital violate the Privacy Rule?",
    "It is unclear whether gig companies must comply with the Wage Act.",
])
def test_extract_a_denied_or_policy_breach_binds_no_one(nlp, text):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert not [r for r in relations if r[1] == "evaluates"], sorted(relations)


@pytest.mark.parametrize(
    ("text", "label", "alias"),
    [
        ("Western nations criticise the Social Credit System. The social credit system's critics agree.", "social credit system", None),
        ("Companies are rated. Each company is scored, and the companies' owners too.", "businesses", "Companies"),
        ("The Equal Credit Opportunity Act covers lenders. ECOA also covers brokers.", "equal credit opportunity act", "ECOA"),
        # a body's initials may leave out the state's name before it
        ("The Kessler Department of Environmental Quality renewed the Harbor Permit. DEQ will enforce the Harbor "
         "Permit.", "kessler department of environmental quality", "DEQ"),
    ],
)
def test_extract_canonicalisation(nlp, text, label, alias):
    entities, _, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert label in entities, sorted(entities)
    if alias:
        assert alias in entities[label].aliases


def test_extract_evidence_sentences_are_exact(nlp):
    text = "Policy note\n\nThe Harbour Plan rates firms. Dumping waste can lead to deductions under the Harbour Plan.\n"
    _, _, x = run(nlp, text)
    for s in x.sentences:
        assert x.article.text[s.start : s.end] == s.text


def test_extract_each_conjunct_keeps_its_own_effect_cue(nlp):
    text = "Policy note\n\nThe Harbour Plan aims to build trust by rewarding honesty and penalizing misconduct.\n"
    _, relations, _ = run(nlp, text)
    assert ("harbour plan", "rewards", "misconduct") not in relations


@pytest.mark.parametrize(("text", "found"), [
    ("The final rule requires port operators to file reports. Critics say the final rule is too weak.", True),
    ("The final rule requires port operators to file reports.", False),
])
def test_extract_a_repeated_description_of_a_policy_is_an_entity(nlp, text, found):
    entities, _, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert ("final rule" in entities) is found, sorted(entities)


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        # a city named once as where something happened is not an entity; the regulator that acts is
        ("# Bus lanes\n\nThe Transit Authority enforces the Bus Lane Rule. The rule was first tried in Lisbon.\n",
         {"transit authority"}, {"lisbon"}),
        # named twice, the place plays a part in the story
        ("# Bus lanes\n\nThe Transit Authority enforces the Bus Lane Rule. The rule was first tried in Lisbon. "
         "Lisbon later made it permanent.\n",
         {"transit authority", "lisbon"}, set()),
    ],
)
def test_extract_places_named_in_passing_are_not_entities(nlp, text, kept, dropped):
    entities, _relations, _x = run(nlp, text)
    assert kept <= set(entities)
    assert not dropped & set(entities)


def test_extract_a_programme_is_also_named_without_its_kind_noun(nlp):
    entities, relations, _x = run(nlp, "# Clean air\n\nThe CLEAN FLEET program will rate trucks on emissions. "
                                       "The Environment Agency established CLEAN FLEET in 2001.\n")
    assert "clean fleet" in {a.lower() for a in entities["clean fleet program"].aliases}
    assert ("clean fleet program", "issuedBy", "environment agency") in relations


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Growers registered under HCRA must show the certificate.", "HCRA", True),
        ("The contractor is subject to HCRA.", "HCRA", True),
        ("Farms must comply with FIFRA at all times.", "FIFRA", True),
        ("The clinic acted in violation of HIPAA.", "HIPAA", True),
        ("The CWPA applies to every farm.", "CWPA", True),
        ("Inspectors from OSHA visited the farm.", "OSHA", False),
        ("Google applies for a licence.", "Google", False),
    ],
)
def test_extract_a_name_in_a_rule_slot_is_a_policy(nlp, text, name, expected):
    from policygraph.extract.mentions import policy_slot

    assert policy_slot(word(nlp, text, name)) is expected


def test_extract_an_acronym_defined_for_a_long_name_takes_the_name_s_kind(nlp):
    entities, _relations, _x = run(nlp, "# Access\n\nThe Parents with Young Children Act (PYCA) protects job applicants. "
                                        "Employers that violate the PYCA face lawsuits. The two agencies signed "
                                        "a memorandum of agreement (MOA) in 2020.\n")
    assert entities["parents with young children act"].category == "Policy"
    assert "PYCA" in entities["parents with young children act"].aliases
    assert "MOA" in entities["memorandum of agreement"].aliases


def test_extract_a_class_of_actors_named_once_in_passing_is_not_an_entity(nlp):
    entities, _relations, _x = run(nlp, "# Deliveries\n\nThe Night Delivery Rule bans night-time deliveries. "
                                        "Couriers must register each van. Several journalists attended the hearing.\n")
    assert "couriers" in entities  # owes a duty: part of the story
    assert "journalists" not in entities  # named once, in no relation


@pytest.mark.parametrize(
    "text, acronym, long_form",
    [
        ("It signed an agreement with the Office of Inspector General (OIG) in May.", "OIG", "Office of Inspector General"),
        ("The agencies entered into a memorandum of agreement (MOA) in 2020.", "MOA", "memorandum of agreement"),
        ("The Fair Harvest Wages Act (FHWA) sets a minimum wage.", "FHWA", "Fair Harvest Wages Act"),
        # "&" inside the long form, one word without its letter, a plural kind noun without one
        ("The Office for Docks & Moorings Safety (ODS) inspects marinas.", "ODS", "Office for Docks & Moorings Safety"),
        ("The Harbor Occupations Orders (HOs) list jobs minors may not do.", "HOs", "Harbor Occupations Orders"),
        # a plural acronym of a lower-case long form spelled word by word
        ("The bill regulates how marina fuel suppliers (MFSs) price diesel.", "MFSs", "marina fuel suppliers"),
        # (session 40) each capitalised part of a hyphenated word gives its letter
        ("The guide is published by the Norland Anti-Doping Authority (NADA) for athletes.", "NADA",
         "Norland Anti-Doping Authority"),
        # the kind noun repeated after the acronym has no letter of its own
        ("The Harbor Dredging Grant program (HDG program) funds small ports.", "HDG", "Harbor Dredging Grant program"),
        # a company's legal-form word has no letter; "&" joins two words of one name
        ("The comments concern Harbor Power & Light Company (HP&L) and its tariff.", "HP&L",
         "Harbor Power & Light Company"),
    ],
)
def test_extract_acronym_long_forms(nlp, text, acronym, long_form):
    from policygraph.extract.mentions import find_acronyms

    doc = nlp(text)
    a, b = find_acronyms(doc)[acronym]
    assert doc[a:b].text == long_form


def test_extract_a_critic_reporting_a_policy_s_harms_criticises_it(nlp):
    _entities, relations, _x = run(nlp, "# Review\n\nThe Curfew Program started in 2019. The Civil Rights Board "
                                        "concluded that the Curfew Program raises serious concerns about discrimination.\n")
    assert ("civil rights board", "criticizes", "curfew program") in relations
    # the worry is discrimination; "serious concerns" says how much, not what
    assert ("discrimination", "concernAbout", "curfew program") in relations
    assert not [r for r in relations if r[0] == "serious concerns"]
    # raising concerns about a conduct does not reward it
    assert not any(p == "rewards" for _s, p, _o in relations)


@pytest.mark.parametrize(
    "passage, kept, dropped",
    [
        # an unnamed policy said once
        ("Couriers must register each van. Drivers use software programs to plan routes.", {"couriers"},
         "software programs"),
        # a vocabulary actor said once
        ("Couriers must register each van. Noise at night bothered individuals living near depots.", {"couriers"},
         "individuals"),
        # conduct said once that no policy governs
        ("Couriers must register each van. Since 2020, cycling to work has become common among couriers, and "
         "reckless driving has declined.", {"night-time deliveries", "register each van"}, "cycling to work"),
        ("Couriers must register each van. Since 2020, cycling to work has become common among couriers, and "
         "reckless driving has declined.", {"night-time deliveries"}, "reckless driving"),
        # a common-noun policy or a description in no relation, however often it is said
        ("A loading program was tested in 2019. The loading program ended in 2021.", {"night delivery rule"},
         "loading program"),
        ("A final rule was published in 2010. The final rule was later withdrawn.", {"night delivery rule"},
         "final rule"),
        # a class known by its head noun, said twice, in no relation
        ("Couriers must register each van. Many residents live near the depots. Depots are noisy for residents at "
         "night.", {"couriers"}, "residents"),
        # a body only the tagger found, said twice, in no relation (a source cited)
        ("Couriers must register each van. A study by the Brookings Institution found more vans in 2019. The "
         "Brookings Institution later repeated the study.", {"couriers"}, "brookings institution"),
        # a vocabulary word for misconduct or a worry, said once in a sentence that ties it to no policy
        ("Couriers must register each van. The town grew rich on trade, and fraud was common then.", {"couriers"},
         "fraud"),
    ],
)
def test_extract_a_name_said_in_passing_is_not_an_entity(nlp, passage, kept, dropped):
    entities, _relations, _x = run(nlp, "# Deliveries\n\nThe Night Delivery Rule bans night-time deliveries. "
                                        + passage + "\n")
    assert kept <= set(entities)
    assert dropped not in entities


@pytest.mark.parametrize(
    "text, merged",
    [
        ("# Clean air\n\nThe Environment Agency runs the CLEAN FLEET program. The agency established CLEAN FLEET in 2001.\n",
         True),
        # "each agency" makes the noun a class of bodies, not a name
        ("# Clean air\n\nThe Environment Agency runs the CLEAN FLEET program. Each agency must publish a plan. "
         "The agency must report yearly.\n", False),
    ],
)
def test_extract_the_definite_head_noun_refers_to_the_one_named_body(nlp, text, merged):
    entities, _relations, _x = run(nlp, text)
    assert ("agency" in {a.lower() for a in entities["environment agency"].aliases}) is merged


@pytest.mark.parametrize(
    "text, name, description",
    [
        # a description holding the name's head and other words of it
        ("The Marren State Board of Education adopted the Focused Learning Rule. "
         "The state board will review the rule in 2027.", "marren state board of education", "state board"),
        ("The Marren State Board of Education adopted the Focused Learning Rule. "
         "The board will review the rule in 2027.", "marren state board of education", "board"),
        # "the bill" or "the ordinance" for the one act the article names
        ("The Rural Broadband Act would fund rural networks. The bill was introduced by Representative Tom Alvarez. "
         "Providers must report speeds under the bill.", "rural broadband act", "bill"),
        ("The Harbor Tenant Protection Act took effect in May. The ordinance caps rent increases. "
         "Landlords must follow the ordinance.", "harbor tenant protection act", "ordinance"),
        # "the Georgia law": the one policy the article names with the place in its name
        ("The Hands-Free Georgia Act bans holding a phone while driving. Drivers who violate the Georgia law face a "
         "fine.", "hands-free georgia act", "georgia law"),
        # of several acts, "the bill" is the one known by a bill number, not the laws around it
        ("The Harbor Records Act requires marinas to keep logs. H.R. 812, the Dock Safety Act, would amend the "
         "Harbor Records Act. The bill would require marinas to post fees.\n\nBoat clubs support the bill.",
         "dock safety act", "bill"),
        ("The Harbor Records Act requires marinas to keep logs. H.R. 812, the Dock Safety Act, would amend the "
         "Harbor Records Act.\n\nThe Marina Owners Association endorsed the legislation.", "dock safety act",
         "legislation"),
    ],
)
def test_extract_a_definite_description_refers_to_the_one_name_it_fits(nlp, text, name, description):
    entities, _relations, _x = run(nlp, "# Phones\n\n" + text + "\n")
    assert description in {a.lower() for a in entities[name].aliases}
    assert description not in entities


@pytest.mark.parametrize(
    "text, expected",
    [
        ("each employer", ("employer", True)),
        ("the agencies", ("agency", True)),
        ("covered workers", ("worker", False)),
        ("Federal agencies", ("agency", False)),
        ("Department of Labor", ("", False)),
        ("Marren Teachers Union", ("", False)),
        ("Growers", ("grower", True)),  # a class noun opening a sentence
    ],
)
def test_extract_class_head(text, expected):
    assert class_head(text) == expected


@pytest.mark.parametrize(
    "text, narrowed, bare",
    [
        # one narrower class named with the noun: the bare noun is that class
        ("# Farm rule\n\nThe Farm Labor Rule requires seasonal growers to house each worker. "
         "Growers must also pay for meals.\n", "seasonal growers", "Growers"),
        ("# Filing\n\nThe Easy Filing Program requires eligible filers to submit a return online. "
         "Filers pay no fee.\n", "eligible filers", "Filers"),
        # policies too: "the directives" are the harbor directives
        ("# Harbor\n\nThe Harbor Commission issues binding harbor directives to marinas. Marinas must follow the directives.\n",
         "binding harbor directives", "directives"),
    ],
)
def test_extract_a_bare_class_noun_is_the_one_narrower_class(nlp, text, narrowed, bare):
    _entities, _relations, x = run(nlp, text)
    names = [{e.label, *e.aliases} for e in x.entities if e.category in {"Actor", "Policy"}]
    assert {narrowed, bare} in names


def test_extract_a_policy_s_name_after_lower_case_words_is_its_name(nlp):
    # "the proposed Remote Harbor Rule" and "the Remote Harbor Rule" are one rule, named by its name
    entities, _relations, _x = run(nlp, "# Drones\n\nThe Harbor Board published the proposed Remote Harbor Rule "
                                        "in 2019. Boaters say the Remote Harbor Rule would expose their home "
                                        "addresses.\n")
    assert entities["remote harbor rule"].aliases == ("proposed Remote Harbor Rule",)


def test_extract_a_heading_s_proposed_rule_is_the_rule_named_below(nlp):
    entities, _relations, _x = run(nlp, "# Letter on the harbor rule\n\nRe: Proposed Harbor Data Rule, Docket No. "
                                        "24-118\n\nWe urge the Commission to reject the proposed Harbor Data Rule."
                                        "\n")
    assert [e.label for e in entities.values() if e.category == "Policy"] == ["Harbor Data Rule"]


def test_extract_a_body_s_short_name_is_no_class_noun(nlp):
    # "the Department" stands for the named department; "County harbor departments" are other bodies
    entities, _relations, _x = run(nlp, "# Docks\n\nThe Department of Harbors and Marinas runs the Clean Docks "
                                        "Program. The Department did not inspect most docks in 2023.\n\nCounty "
                                        "harbor departments, which inspect docks for the Department, reported "
                                        "staffing shortages.\n")
    assert entities["department of harbors and marinas"].aliases == ("Department",)


def test_extract_a_duty_in_a_sentence_naming_other_policies_is_theirs(nlp):
    # the sentence names policies, none of them the article's main one: the first named imposes the duty
    _entities, relations, _x = run(nlp, "# Clean Boats Act\n\nThe Clean Boats Act caps mooring fees for marina "
                                        "owners. Marina owners must also keep logs under the Clean Boats Act.\n\n"
                                        "The Harbor Code was amended in 2020 after the Dock Rule expired, so marina "
                                        "owners must now post their fuel prices.\n")
    assert ("harbor code", "evaluates", "marina owners") in relations
    assert ("clean boats act", "evaluates", "marina owners") in relations  # from its own sentence


def test_extract_what_a_penalty_takes_imposes_nothing(nlp):
    # the permits operators may lose are no policy punishing them; the article's main one is
    _entities, relations, _x = run(nlp, "# Charter fishing\n\nThe Charter Boat Act regulates charter operators. The "
                                        "Charter Boat Act took effect in 2020.\n\nOperators who fail to report "
                                        "may lose their permits.\n")
    assert ("charter boat act", "penalizes", "fail to report") in relations, sorted(relations)
    assert not [r for r in relations if r[0] == "permits"]


def test_extract_a_policy_in_another_main_clause_imposes_no_duty(nlp):
    _entities, relations, _x = run(nlp, "# Phones\n\nThe Focused Learning Rule bans phones in class. Teachers must "
                                        "log each confiscated phone, and the district reviews the log under its "
                                        "search policy.\n")
    assert ("focused learning rule", "evaluates", "teachers") in relations
    assert ("search policy", "evaluates", "teachers") not in relations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a penalty, and whom a policy is said to inspect, in a sentence naming only another policy
        ("Since the Harbor Code took effect, dumping waste in the harbor is punished with a fine.",
         ("harbor code", "penalizes", "dumping waste")),
        ("Since the Harbor Code took effect, boat renters are inspected every year.",
         ("harbor code", "evaluates", "boat renters")),
    ],
)
def test_extract_a_sentence_naming_another_policy_speaks_of_it(nlp, sentence, expected):
    _entities, relations, _x = run(nlp, "# Clean Boats Act\n\nThe Clean Boats Act caps mooring fees for marina "
                                        "owners. Marina owners must also keep logs under the Clean Boats Act.\n\n"
                                        + sentence + "\n")
    assert expected in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bill or law known by its congressional number is Congress's, in an article that names Congress
        ("# Docks\n\nCongress has debated dock fees for years. The Fair Docks Act (H.R. 4410) would cap fees.\n",
         {("fair docks act", "issuedBy", "congress")}),
        ("# Docks\n\nCongress has debated dock fees for years. P.L. 115-141 capped fees at marinas.\n",
         {("p.l. 115-141", "issuedBy", "congress")}),
        # an article that never names Congress says nothing of it
        ("# Docks\n\nThe Fair Docks Act (H.R. 4410) would cap fees at marinas.\n", set()),
        # a state bill's number is its legislature's, not Congress's
        ("# Docks\n\nCongress has debated dock fees for years. House Bill 12 would cap fees at marinas.\n", set()),
    ],
)
def test_extract_numbered_bills_are_congress_s(nlp, text, expected):
    _entities, relations, _x = run(nlp, text)
    assert {r for r in relations if r[1] == "issuedBy"} == expected


def test_extract_a_list_intro_names_its_doer_by_a_short_name(nlp):
    # "The Department should:" above the items: the Department named in full before does them
    _entities, relations, _x = run(nlp, "# Dock audit\n\nThe Department of Harbors and Marinas runs the Clean "
                                        "Docks Program.\n\n## What We Recommend\n\nThe Department should:\n"
                                        "- track every boater complaint in a central database; and\n"
                                        "- publish inspection results each month.\n")
    assert ("track every boater complaint", "performedBy", "department of harbors and marinas") in relations


@pytest.mark.parametrize(
    ("intro", "doers"),
    [
        # a modal coordinated after a comma: the doer is before the first one
        ("To meet this duty, marina operators should, and in most cases must:", {"marina operators"}),
        # "they" in the intro: the actors named together last before it, not the court that approves the order
        ("The consent order, which must be approved by the court, imposes duties on Bayside Fuel, Inc. and its owner "
         "Dana Kerr. Among other things, they must:", {"bayside fuel, inc.", "dana kerr"}),
        # "it" stands for one actor, or for none
        ("The order binds Bayside Fuel, Inc. and Dana Kerr. It must:", set()),
        # (session 44) "covered marinas", with or without a modal before "be required to"
        ("The order applies to covered marinas. Under the order, a covered marina would be required to:",
         {"covered marinas"}),
        ("The order applies to covered marinas. Under the order, covered marinas must:", {"covered marinas"}),
    ],
)
def test_extract_a_list_intro_s_doer_does_the_items(nlp, intro, doers):
    _entities, relations, _x = run(nlp, "# Dock order\n\nThe Harbor Commission issued the Dock Order in May.\n\n"
                                        + intro + "\n- post fuel prices at each pump; and\n"
                                        "- keep spill logs for three years.\n")
    assert {o for s, p, o in relations if s == "post fuel prices" and p == "performedBy"} == doers


@pytest.mark.parametrize(
    ("text", "merged", "alias"),
    [
        # a business named in a headline without its legal form, and by its first word, is one business
        ("FOR RELEASE\n\nCommission Action Requires Marina Operator Bayside Fuel Depots to Pay $2 Million\n\n"
         "The Harbor Commission has taken action against Bayside Fuel Depots, Inc., the operator of three marinas. "
         "Bayside must refund overcharged boaters.\n", "bayside fuel depots, inc.", {"Bayside", "Bayside Fuel Depots"}),
        # a first word with a capital inside it
        ("# Order\n\nThe Harbor Commission fined TideMark Marine, LLC in May. TideMark must refund boaters.\n",
         "tidemark marine, llc", {"TideMark"}),
        # (session 44) a coined first word alone is the business named first, not its subsidiary named after it
        ("# Kettle Maker to Pay Penalty\n\nThe Safety Board announced that Brannock Home Goods, Inc. has agreed to pay "
         "a $2 million civil penalty. Brannock sold 30,000 kettles, some through its outlet subsidiary, Brannock Direct "
         "LLC. Brannock must report defects.\n", "brannock home goods, inc.", {"Brannock"}),
    ],
)
def test_extract_a_business_s_short_names_are_the_business(nlp, text, merged, alias):
    entities, _relations, _x = run(nlp, text)
    labels = {k for k, e in entities.items() if e.category == "Actor" and "commission" not in k and "direct" not in k
              and "board" not in k}
    assert labels == {merged} and alias <= set(entities[merged].aliases)


def test_extract_a_vocabulary_worry_is_also_named_as_written(nlp):
    # the vocabulary names the kind ("surveillance"); the article's modifiers name the thing
    entities, _relations, _x = run(nlp, "Policy note\n\nThe Harbor Watch group raised concerns about aerial "
                                        "surveillance under the Clean Boats Rule.\n")
    assert "aerial surveillance" in entities["surveillance"].aliases


@pytest.mark.parametrize(
    ("body", "issued"),
    [
        # a report that says in the first person what it did is written by the office its header names last
        ("We reviewed fuel sales at 40 marinas in the county during 2024 and found that 12 of them did not post "
         "their prices. We recommend that the Harbor Commission require marinas to post prices at each pump.", True),
        # a "we" that reports nothing done is no writer's (a letter's "we urge", "we all find ourselves")
        ("We all find ourselves paying more for fuel at marinas in the county, and we urge the Harbor Commission "
         "to require marinas to post prices at each pump.", False),
    ],
)
def test_extract_a_report_s_we_is_the_office_its_header_names(nlp, body, issued):
    _entities, relations, _x = run(nlp, "Department of Harbors\nOffice of Marina Audits\n\nMarinas Did Not "
                                        "Always Post Fuel Prices\n\n" + body + " The Harbor Commission concurred "
                                        "with our recommendations.\n", "report.txt")
    assert (("recommendations", "issuedBy", "office of marina audits") in relations) == issued


def test_extract_a_counted_list_after_a_participle_names_the_duties(nlp):
    # "(1)" and "(2)" are blanked before parsing; "operating in the state" says which marinas, it is no duty
    entities, relations, _x = run(nlp, "Fee rule\n\nSince May, the Harbor Rule, adopted by the Harbor Commission, has "
                                       "required each marina operating in the state (1) to post a fee schedule listing "
                                       "its charges, and (2) to post a safety notice at each dock.\n", "rule.txt")
    assert {("post a fee schedule", "performedBy", "marina"), ("post a safety notice", "performedBy", "marina")} \
        <= relations
    assert not [k for k in entities if k.startswith("operating")]


def test_extract_the_proposal_is_the_one_thing_proposed(nlp):
    # "the proposal" calls back what the article says was proposed, and makes it the main policy
    entities, relations, _x = run(nlp, "Dock rules\n\nThe Harbor Commission proposed amendments to the Marina "
                                       "Standards under the Harbor Act. The Harbor Act took effect in 2019 and the "
                                       "Harbor Act covers all docks.\n\nMarina owners would have to post fuel prices. "
                                       "The Boaters Union praised the proposal.\n", "rule.txt")
    assert "proposal" in entities["amendments"].aliases
    assert ("boaters union", "supports", "amendments") in relations
    assert ("boaters union", "supports", "harbor act") not in relations


def test_extract_an_amount_after_a_name_is_no_part_of_it(nlp):
    entities, _relations, _x = run(nlp, "Dock rules\n\nThe Harbor Act took effect in May. A marina that dumps fuel "
                                        "would be subject to civil penalties under the Harbor Act of more than $5,000 "
                                        "per day.\n")
    assert not [a for a in entities["harbor act"].aliases if "$" in a]


def test_extract_a_harm_imposed_is_no_penalty(nlp):
    # a harm said to be imposed on those who do something is a worry, not a sanction on what they do
    _entities, relations, _x = run(nlp, "Policy note\n\nThe Harbor Rule took effect in May. The Harbor Rule would "
                                        "impose reputational harm on marinas that correct deficiencies promptly.\n")
    assert not [r for r in relations if r[1] == "penalizes"]


def test_extract_the_agency_named_by_a_plural_name_is_no_class(nlp):
    # "the agency" is the Centers ... (CMS); the class "State survey agencies" is other bodies
    entities, _relations, _x = run(nlp, "Hospice report\n\nState survey agencies approved by the Centers for Harbor "
                                        "Safety Services (CHSS) inspect each marina. In 2022, CHSS finalized the marina "
                                        "rule, which allows the agency to impose fines. CHSS fined two marinas.\n",
                                   "report.txt")
    assert "State survey agencies" not in entities["centers for harbor safety services"].aliases


def test_extract_conditions_named_are_a_policy_and_failing_alone_no_act(nlp):
    # "Conditions of Participation" names rules a body must meet; "marinas that fail" says nothing of what they do
    entities, relations, _x = run(nlp, "Harbor rules\n\nTo sell fuel, a marina must meet the Harbor Conditions of "
                                       "Participation (HCoPs). Marinas that fail are fined.\n", "rules.txt")
    assert entities["harbor conditions of participation"].category == "Policy"
    assert "fail" not in entities


def test_extract_a_bill_title_line_names_the_act(nlp):
    # "S. 2214 — X and Y Act of 2025" above the text: the number, then the act's title (with its "and")
    entities, _relations, _x = run(nlp, "S. 2214 — Dock Safety and Boater Savings Act of 2025\n\nS. 2214 requires "
                                        "marinas to post fuel prices. The bill was introduced by Sen. Ana Okafor.\n",
                                   "bill.txt")
    assert "S. 2214" in entities["dock safety and boater savings act"].aliases


@pytest.mark.parametrize(
    ("text", "name", "present", "absent"),
    [
        # (session 22) a headline drops "the": "Company misled boaters" still calls back the one company named
        ("# Commission Fines Bayside Fuel, Inc.\n\nCompany misled boaters about fuel prices\n\nThe Harbor Commission "
         "fined Bayside Fuel, Inc. under the Dock Order. The order bars the company from charging hidden fees.\n",
         "t.md", {("charging hidden fees", "performedBy", "bayside fuel, inc.")}, set()),
        # "To strengthen enforcement, X recommends that Y:" opens with a purpose, not an address ("To the Board:")
        ("Marina audit\n\nThe Harbor Control Authority (HCA) enforces the Fuel Price Rule.\n\nTo strengthen "
         "enforcement, the Audit Office recommends that the HCA:\n\n1. inspect every fuel dock at least annually;\n"
         "2. publish inspection results each month.\n", "audit.txt",
         {("inspect every fuel dock", "performedBy", "harbor control authority")}, set()),
        # the intro paragraph's subject, not the article's main policy, bans what the items list
        ("# The Harbor Act\n\nThe Harbor Act sets rules for marinas. The Harbor Act took effect in May.\n\nThe Dock "
         "Hazard Orders (DHOs) prohibit marinas from employing minors in hazardous tasks. Among other things, minors "
         "may not:\n\n- operate a fuel pump;\n- work on a crane.\n", "t.md",
         {("dock hazard orders", "penalizes", "operate a fuel pump")}, {("harbor act", "penalizes", "operate a fuel pump")}),
        # a second verb after "and" that the tagger reads as an adjective before its object
        ("# Fuel rule\n\nThe Harbor Rule would require marinas to develop a written fuel spill plan and designate a "
         "spill coordinator at each dock.\n", "t.md", {("designate a spill coordinator", "performedBy", "marinas")}, set()),
        # "supports X but argues it should take effect sooner, citing a danger": what they want of it is no criticism
        ("Dock rules\n\nThe Harbor Commission proposed the Fuel Dock Standard. The Boaters Union supports the proposed "
         "standard but argues that it should take effect immediately, citing the lack of an enforceable standard as a "
         "danger to dock workers.\n", "rule.txt",
         {("boaters union", "supports", "fuel dock standard"),
          ("boaters union", "raisesConcern", "lack of an enforceable standard")},
         {("boaters union", "criticizes", "fuel dock standard")}),
        # debt forgiven is a reward
        ("Loans\n\nThe Loan Relief Act took effect in May. Under the Loan Relief Act, borrowers who make 240 "
         "qualifying monthly payments qualify for forgiveness of any remaining balance.\n", "t.md",
         {("loan relief act", "rewards", "make 240 qualifying monthly payments")}, set()),
        # each verb of a list item joined by "and" is owed
        ("Dock order\n\nUnder the Dock Order, Bayside Marina must:\n\n- keep a written spill plan and designate a "
         "spill coordinator who reports to the board;\n- post fuel prices.\n", "order.txt",
         {("designate a spill coordinator", "performedBy", "bayside marina")}, set()),
        # "Sponsor:" issues and backs the bill; "Cosponsors:" back it
        ("S. 88 \u2014 Dock Safety Act of 2025\n\nSponsor: Sen. Lucia Moreno [D-NM] (Introduced 03/11/2025)\n"
         "Cosponsors: Sen. Harold Brandt [R-KS]; Sen. Dennis Achebe [D-OR]\n\nThe bill requires marinas to post fuel "
         "prices at every pump and to keep records of each sale for three years. Sen. Moreno said the bill protects "
         "the boaters who use the harbor and the workers who serve them.\n", "bill.txt",
         {("dock safety act", "issuedBy", "sen. lucia moreno"), ("sen. harold brandt", "supports", "dock safety act"),
          ("sen. dennis achebe", "supports", "dock safety act")}, {("dock safety act", "issuedBy", "sen. harold brandt")}),
        # (second review) a list intro with a bracket before its colon reads, and does not stop the build
        ("Heat rule\n\nThe Heat Rule took effect in May. Employers must, and labor contractors should (where "
         "feasible):\n- provide shade;\n- offer water breaks.\n", "a.txt", set(), set()),
        # "should, and under the rule must not:": the ban the last part states, on the first part's doer
        ("Heat rule\n\nThe Heat Rule took effect in May. Employers should, and under the rule must not:\n"
         "- deny water breaks;\n- schedule outdoor work at noon.\n", "a.txt",
         {("heat rule", "penalizes", "deny water breaks")}, set()),
        # "they" is the group the sentence binds, not the last one it names
        ("Heat rule\n\nThe Heat Rule requires employers to protect workers from extreme heat. They must:\n"
         "- provide shade;\n- offer water breaks.\n", "a.txt", {("provide shade", "performedBy", "employers")},
         {("provide shade", "performedBy", "workers")}),
        # "it must:" may be the policy: no one's conduct
        ("Data rule\n\nThe Data Broker Act was drafted with input from the Privacy Office. It must:\n"
         "- apply to all brokers;\n- cover location data.\n", "a.txt", set(),
         {("apply to all brokers", "performedBy", "privacy office")}),
        # a letter's "our laws" are not its writers' policy
        ("Dear Governor Ruiz:\n\nOur current privacy laws leave consumers exposed to data brokers. We urge you to "
         "sign the Data Broker Act.\n\nSincerely,\nPrivacy Now\nConsumer Action League\n", "a.txt",
         set(), {("privacy laws", "issuedBy", "privacy now")}),
        # what someone says is unfair is no ban
        ("Voter rules\n\nOpponents argue that requiring photo identification is unfair to elderly voters. The "
         "Voter ID Act requires voters to show photo identification at the polls.\n", "a.txt", set(),
         {("voter id act", "penalizes", "requiring photo identification")}),
        # treble damages and a loss of license are sanctions
        ("Antitrust\n\nThe Sherman Act imposes treble damages on firms that fix prices.\n", "a.txt",
         {("sherman act", "penalizes", "fix prices")}, set()),
        # a surname is no business's short name
        ("Wages\n\nMcDonald Holdings LLC was fined under the Wage Theft Act. Rep. Ana McDonald criticized the Wage "
         "Theft Act.\n", "a.txt", set(), {("mcdonald holdings llc", "criticizes", "wage theft act")}),
        # a list intro's doers named with a clause or with a modifier are still its doers (a hyphenated "third-party" stays)
        ("Menu rule\n\nThe Menu Rule took effect in May. It bans hidden fees charged by delivery platforms. Under the "
         "rule, restaurants, bars and third-party delivery platforms operating in the city must:\n- post total prices;"
         "\n- disclose service charges.\n", "a.txt", {("post total prices", "performedBy", "third-party delivery platforms"),
                                                      ("post total prices", "performedBy", "bars")},
         {("post total prices", "performedBy", "city")}),
        # (review) ... also a participle in "-ed": its place is no doer
        ("Lease rule\n\nThe Lease Rule took effect in May. Beginning July 1, landlords and property management "
         "companies licensed in the county shall:\n- post the rent notice;\n- return deposits within 21 days.\n",
         "a.txt", {("post the rent notice", "performedBy", "property management companies")},
         {("post the rent notice", "performedBy", "county")}),
        # (review) what would come is a policy: the worry is its coming
        ("Tech notes\n\nSenate Bill 88 would preempt local privacy rules. The Technology Council argued that the "
         "bill could invite conflicting state laws.\n", "a.txt",
         {("technology council", "raisesConcern", "invite conflicting state laws")}, set()),
        # what supporters say a policy protects people from is their worry, which criticises nothing
        ("Braiding\n\nThe Braiding Rule took effect in May. The Cosmetology Board argues that the rule protects "
         "consumers from infection.\n", "a.txt", {("cosmetology board", "raisesConcern", "infection"),
                                                   ("infection", "concernAbout", "braiding rule")},
         {("cosmetology board", "criticizes", "braiding rule")}),
        # "the Act" calls back the one act named, also after an intro that kept its "the"
        ("Data\n\nThe New Mexico Consumer Data Privacy Act (CDPA) took effect in 2024. Among other things, the Act:\n"
         "- gives the Attorney General authority to enforce the Act.\n", "a.txt",
         {("consumer data privacy act", "issuedBy", "attorney general")}, {("act", "issuedBy", "attorney general")}),
        # "he" in what someone says of themself is the speaker; a signing to come is a stance, not the making
        ("Straws\n\nThe City Council passed the Straw Ordinance on Tuesday. Mayor Tom Whitfield said he would sign "
         "the ordinance.\n", "a.txt", {("mayor tom whitfield", "supports", "straw ordinance")},
         {("straw ordinance", "issuedBy", "mayor tom whitfield")}),
        # (review) an auditor's oversight of a programme does not run it
        ("Audit\n\nThe Clean Trucks Program began in May. The Legislative Audit Bureau's oversight of the Clean "
         "Trucks Program found gaps in its records.\n", "a.txt", set(),
         {("clean trucks program", "issuedBy", "legislative audit bureau")}),
        # who announces a penalty against someone did not do what it is for
        ("Idling\n\nThe Department of Environmental Quality announced a penalty against Ridgeline Freight LLC for "
         "violating the Anti-Idling Rule.\n", "a.txt",
         {("violating the anti-idling rule", "performedBy", "ridgeline freight llc")},
         {("violating the anti-idling rule", "performedBy", "department of environmental quality")}),
        # a division that bans is a rule; cited before with its code, it is that rule
        ("Drone Delivery Safety Act\n\nThe Drone Delivery Safety Act was introduced in May.\n\nThe FAA regulates "
         "small drones under 14 C.F.R. Part 107, which the agency finalized in 2016. Part 107 generally prohibits "
         "operators from flying over people without a waiver.\n", "a.txt",
         {("14 c.f.r. part 107", "penalizes", "flying over people without a waiver")},
         {("drone delivery safety act", "penalizes", "flying over people without a waiver")}),
        # a list intro requiring a class of systems to act names who owes the items, as "must:" does; denied, no one
        ("Lead pipes\n\nThe Lead Pipe Rule took effect in May. The rule requires community water systems to:\n"
         "- post an inventory of lead lines;\n- notify customers before a replacement.\n", "a.txt",
         {("notify customers", "performedBy", "community water systems"),
          ("lead pipe rule", "evaluates", "community water systems")}, set()),
        ("Lead pipes\n\nThe Lead Pipe Rule took effect in May. Under the rule, community water systems must:\n"
         "- post an inventory of lead lines;\n- notify customers before a replacement.\n", "a.txt",
         {("notify customers", "performedBy", "community water systems")}, set()),
        ("Lead pipes\n\nThe Lead Pipe Rule took effect in May. The rule does not require landlords to:\n"
         "- post an inventory of lead lines;\n- notify tenants before a replacement.\n", "a.txt", set(),
         {("notify tenants", "performedBy", "landlords")}),
        # a list intro's last sentence names the policy the items are under
        ("Dock rules\n\nThe Dock Rule required little of operators. Under the new Harbor Safety Act, operators "
         "must:\n- post fuel prices;\n- keep spill logs.\n", "a.txt", {("harbor safety act", "evaluates", "operators")},
         {("dock rule", "evaluates", "operators")}),
        # a person said to be dangerous is no worry
        ("Police news\n\nThe Harbor Act took effect in May. Police warned that the suspect is dangerous.\n", "a.txt", set(),
         {("police", "raisesConcern", "suspect")}),
        # (third review) an item's verb after "or", or denied, is no duty
        ("Heat rule\n\nThe Heat Rule took effect in May. Employers must:\n- provide shade and never schedule "
         "outdoor work at noon;\n- repair fans within a day or lose their permit.\n", "a.txt", set(),
         {("schedule outdoor work", "performedBy", "employers"), ("lose their permit", "performedBy", "employers")}),
        # damages awarded to those harmed are no penalty on what befell them
        ("Fraud law\n\nUnder the Consumer Fraud Act, courts may award damages to consumers who were "
         "overcharged.\n", "a.txt", set(), {("consumer fraud act", "penalizes", "overcharged")}),
        # "they" with no group the sentence binds is no one's
        ("Wage order\n\nUnions praised the settlement with Acme Inc. and Jo Hale. They must:\n- pay back wages;\n"
         "- keep payroll records.\n", "a.txt", set(), {("pay back wages", "performedBy", "unions")}),
        # (fourth review) "or" joining two nouns in an item leaves the item's next verb owed; under a ban, every verb
        ("Boiler rule\n\nThe Boiler Rule took effect in May. Landlords must:\n- inspect boilers or furnaces every "
         "October and replace any faulty parts.\n", "a.txt", {("replace any faulty parts", "performedBy", "landlords")},
         set()),
        # a loss of licence imposed is a sanction
        ("Broker rule\n\nThe Broker Integrity Rule imposes the loss of license on brokers who falsify client "
         "records.\n", "a.txt", {("broker integrity rule", "penalizes", "falsify client records")}, set()),
        # prose after a sponsor field is no field
        ("S. 90 \u2014 Flavored Tobacco Ban Act\n\nSponsor: Sen. Maria Lopez. The bill is opposed by Sen. Harold Brandt, "
         "who calls it a gift to illegal dealers. The bill bans flavored tobacco sales at every store in the state "
         "and requires stores to post notices.\n", "a.txt", set(),
         {("sen. harold brandt", "supports", "flavored tobacco ban act")}),
        # "we were joined by" someone at an event makes them no writer of the letter
        ("Dear Mayor Ruiz:\n\nWe write to oppose the Harbor Dredging Plan, which would harm the bay and the people "
         "who fish in it. At a town hall last month, we were joined by Councilmember Tom Lee, who defended the "
         "plan.\n\nSincerely,\nHarbor Watch\n", "a.txt", set(),
         {("councilmember tom lee", "criticizes", "harbor dredging plan")}),
        # a late fee charged only on a condition penalises no one's description
        ("Rent rule\n\nThe Tenant Fairness Act took effect in May. Under the act, tenants who receive housing vouchers "
         "are subject to a late fee only if rent is more than ten days overdue.\n", "a.txt", set(),
         {("tenant fairness act", "penalizes", "receive housing vouchers")}),
        # a policy named inside the intro's relative clause is not the one the items are under
        ("Dock rules\n\nThe Harbor Safety Act took effect in May. Under the Harbor Safety Act, which replaced the "
         "Dock Rule, operators must:\n- post fuel prices;\n- keep spill logs.\n", "a.txt", set(),
         {("dock rule", "evaluates", "operators")}),
        # what an intro denies something would do is nothing it does
        ("Gun law\n\nThe Firearm Safety Act took effect in May. But nothing in the act would:\n\n- Ban handguns;"
         "\n- Require a national registry.\n", "a.txt", set(), {("firearm safety act", "penalizes", "handguns")}),
        # the addressee of a report's "To:" line is no writer
        ("To: Office of Management and Budget\nFrom: Government Accountability Office\n\nGrant Oversight Needs "
         "Improvement\n\nWe reviewed 40 grant files at the agency and found that many lacked documentation of "
         "costs. We recommend that the agency adopt the Grant Records Rule.\n", "a.txt", set(),
         {("office of management and budget", "raisesConcern", "lacked documentation")}),
    ],
)
def test_extract_review_of_session_22(nlp, text, name, present, absent):
    _entities, relations, _x = run(nlp, text, name)
    assert present <= relations and not absent & relations


def test_extract_a_letter_s_joined_writers_and_subject_line(nlp):
    # "RE: OPPOSE Senate Bill 88": the stance in capitals is no part of the name; "we are joined in this letter
    # by X and Y": they write too, and the letter's "I" speaks for its writers
    entities, relations, _x = run(nlp, "Harbor Watch\n12 Pier Street\n\nMarch 3, 2026\n\nRE: OPPOSE Senate Bill 88, "
                                       "the Dock Surveillance Act\n\nDear Chair Ruiz and Members of the Committee:\n\n"
                                       "On behalf of Harbor Watch and its 2,000 members, we write to urge you to oppose "
                                       "Senate Bill 88. The bill would let the port police film every boater. We are "
                                       "joined in this letter by the Sea Aid Network and the Boaters Union.\n\n"
                                       "Sincerely,\nHarbor Watch\n", "letter.txt")
    assert not [k for k in entities if k.startswith("oppose")]
    assert {("sea aid network", "criticizes", "dock surveillance act"),
            ("boaters union", "criticizes", "dock surveillance act")} <= relations


def test_extract_a_bare_class_noun_stays_apart_from_two_narrower_classes(nlp):
    entities, _relations, _x = run(nlp, "# Farm rule\n\nThe Farm Labor Rule requires seasonal growers and organic "
                                        "growers to house workers. Growers must also pay for meals.\n")
    assert "growers" in entities


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("# Jobs\n\nThe U.S. Department of Labor requires farms to keep records. "
         "The Department of Labor also audits farms.\n", "u.s. department of labor", "Department of Labor"),
        ("# Rent\n\nThe Rosa Delgado Tenant Protection Act caps rent. Landlords say the Delgado Act is costly.\n",
         "rosa delgado tenant protection act", "Delgado Act"),
        ("# Trade\n\nThe United States signed the pact. Critics in the U.S. objected.\n", "united states", "U.S."),
        ("# Taxes\n\nThe Department of the Treasury runs the Free Dock Program. The Treasury also audits "
         "marinas.\n", "department of the treasury", "Treasury"),
        # two departments: "the Department" is the one the article names far more often
        ("# Farms\n\nThe Department of Harbors enforces the Clean Boats Rule. The Department of Harbors inspects "
         "marinas every year. The Department of Parks checks permits. The Department also publishes guidance "
         "for marinas.\n", "department of harbors", "Department"),
        # the owner before the name or after it
        ("# Boats\n\nThe U.S. Tax Court heard the case in May. The Tax Court of the United States later upheld the "
         "Clean Boats Rule.\n", "tax court of the united states", "U.S. Tax Court"),
        # a description in brackets after a name is what the article calls it from then on
        ("# Audit\n\nWe reviewed whether the Ohio Department of Harbors (the State agency) inspected docks. "
         "The State agency did not inspect 41 docks.\n", "ohio department of harbors", "State agency"),
    ],
)
def test_extract_short_names_of_one_thing_merge(nlp, text, full, short):
    entities, _relations, _x = run(nlp, text)
    assert short in entities[full].aliases


@pytest.mark.parametrize(
    "text, label, qualified",
    [
        ("# Access\n\nUnder the Access Rule, applicants with disabilities must request accommodations in writing.\n",
         "applicants", "applicants with disabilities"),
        ("# Rent\n\nUnder the Rent Ordinance, owners of four or fewer units must pay a reduced registration fee.\n",
         "owners", "owners of four or fewer units"),
        # cut before the final phrase too
        ("# Rent\n\nUnder the Rent Ordinance, owners of small buildings in the city must pay a reduced fee.\n",
         "owners", "owners of small buildings"),
    ],
)
def test_extract_a_class_narrowed_by_a_phrase_keeps_that_name(nlp, text, label, qualified):
    entities, _relations, _x = run(nlp, text)
    assert qualified in entities[label].aliases


@pytest.mark.parametrize(
    "text, body, other",
    [
        ("# Phones\n\nThe Harlow Federation of Teachers opposed the phone rule. "
         "Teachers must collect phones at the door. Teachers log each phone.\n", "harlow federation of teachers", "teachers"),
        ("# Labels\n\nStatistics Norway runs the BLUE LABEL program. Norway requires retailers to display "
         "the label. Norway fines retailers that hide it.\n", "statistics norway", "norway"),
        # the word after "of" is what the body deals with, not the body
        ("# Care\n\nMedicaid pays home care agencies. The Ohio Department of Medicaid audits the agencies. "
         "Medicaid covers two million people.\n", "ohio department of medicaid", "medicaid"),
    ],
)
def test_extract_a_class_of_people_or_a_country_is_not_a_body_s_short_name(nlp, text, body, other):
    entities, _relations, _x = run(nlp, text)
    assert body in entities and other in entities


@pytest.mark.parametrize(
    "text, number, name",
    [
        ("# Bills\n\nThe House passed H.R. 4410 in May. Sellers oppose H.R. 4410.\n", "H.R. 4410", None),
        ("# Bills\n\nCongress enacted P.L. 112-58 in 2018, and P.L. 112-58 funds the clinics.\n", "P.L. 112-58", None),
        ("# Bills\n\nThe Fair Fares Act (H.R. 4410) caps fees. Sellers oppose the Fair Fares Act.\n",
         "H.R. 4410", "fair fares act"),
        ("# Bills\n\nThe Senate passed S. 2071, the Clear Pricing Act, in May. The Clear Pricing Act requires sellers "
         "to list fees.\n", "S. 2071", "clear pricing act"),
        # the year of the act and its acronym may stand between the name and the number
        ("# Bills\n\nThe Fair Fares Act of 2019 (P.L. 116-3) caps fees. The Fair Fares Act requires sellers to list "
         "fees.\n", "P.L. 116-3", "fair fares act"),
        ("# Bills\n\nThe Fair Fares Act (FFA; P.L. 116-3) caps fees. The Fair Fares Act requires sellers to list "
         "fees.\n", "P.L. 116-3", "fair fares act"),
        # a state legislature's bill number, set beside the bill's title
        ("# Bills\n\nSenate Bill 412, the Scrap Metal Accountability Act, was signed by Governor Ana Ruiz. The Scrap "
         "Metal Accountability Act bans cash payments.\n", "Senate Bill 412", "scrap metal accountability act"),
        ("# Bills\n\nThe Assembly passed AB 77, the Clean Docks Act, in May. The Clean Docks Act caps fees.\n",
         "AB 77", "clean docks act"),
        # its short form in brackets before the comma
        ("# Bills\n\nThe committee heard House Bill 409 (HB 409), the Data Broker Act, in May. The Data Broker Act "
         "regulates brokers.\n", "House Bill 409", "data broker act"),
        # a policy's kind and number beside its title, in a heading a dash ends
        ("# Council\n\n### 2. Ordinance 24-17, the Rental Heating Ordinance \u2014 second reading\n\nThe Rental "
         "Heating Ordinance requires landlords to keep units warm.\n", "Ordinance 24-17", "rental heating ordinance"),
        ("# Orders\n\nThe governor signed Executive Order 7, the Clean Fleet Order, in May. The Clean Fleet Order "
         "requires agencies to buy electric cars.\n", "Executive Order 7", "clean fleet order"),
        # (session 40) what the bill is "so-called" is its name, without the word
        ("# Bills\n\nThe committee advanced Senate Bill 1142, the so-called Rider Flexibility Act. The union opposes "
         "the bill.\n", "Senate Bill 1142", "rider flexibility act"),
    ],
)
def test_extract_a_bill_or_law_by_its_number_is_a_policy(nlp, text, number, name):
    entities, _relations, _x = run(nlp, text)
    if name is None:
        assert entities[number.lower()].category == "Policy"
    else:
        assert number in entities[name].aliases and number.lower() not in entities


@pytest.mark.parametrize(
    "text, merged, apart",
    [
        ("# Visas\n\nThe H-9C program admits seasonal workers. Under H-9C regulations, growers must house workers. "
         "H-9C rules also require growers to pay wages weekly.\n", ["H-9C program", "H-9C regulations", "H-9C rules"], []),
        # the statute's section and the programme run under it stay two things; so do a report's recommendations
        ("# Records\n\nSection 88 lets the agency collect records. The Section 88 program collected call records. "
         "The board issued Section 88 recommendations. The Section 88 program ended in May.\n",
         ["Section 88 program"], ["Section 88", "Section 88 recommendations"]),
    ],
)
def test_extract_policy_names_sharing_a_proper_core_and_a_kind_word_are_one_policy(nlp, text, merged, apart):
    _entities, _relations, x = run(nlp, text)
    owner = {n: e.key for e in x.entities for n in (e.label, *e.aliases)}
    assert len({owner[n] for n in merged}) == 1
    assert all(owner.get(n) not in {owner[merged[0]]} for n in apart)


@pytest.mark.parametrize(
    "text, name",
    [
        ("# Plans\n\nThe Office of Parks and Recreation issued a directive that requires agencies to publish plans.\n",
         "Office of Parks and Recreation"),
        ("# Clinics\n\nThe Department of Parks and Public Spaces fined the clinic. The Department of Parks and Public "
         "Spaces later audited hospitals.\n", "Department of Parks and Public Spaces"),
    ],
)
def test_extract_a_name_joined_by_and_stays_whole(nlp, text, name):
    _entities, _relations, x = run(nlp, text)
    assert name in {e.label for e in x.entities}


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        # an inanimate subject of one duty is no actor
        ("# Budgets\n\nThe Harbour Act requires annual budgets to list ferry costs.\n", [], ["annual budgets"]),
        # a doer the article names again is kept
        ("# Ferries\n\nFerrymen must log every trip. Ferrymen must report delays to the harbour office.\n",
         ["ferrymen"], []),
        # a thing bound by a duty verb is no actor either ("bars scaffolds from exceeding four stories")
        ("# Ferries\n\nThe Harbour Act bars scaffolds from exceeding four stories.\n", [], ["scaffolds"]),
        ("# Ferries\n\nThe Harbour Act requires timetables to be posted at each pier.\n", [], ["timetables"]),
    ],
)
def test_extract_a_lone_subject_of_one_duty_is_not_an_actor(nlp, text, kept, dropped):
    entities, relations, _x = run(nlp, text)
    assert all(k in entities for k in kept)
    assert not any(d in entities for d in dropped)
    assert not any(d in (s, o) for d in dropped for s, _p, o in relations)


@pytest.mark.parametrize(
    "label, sources, dropped",
    [
        ("FY2031", ("ner",), True),
        ("GAO-19-204", ("ner", "repeat"), True),
        ("i. Require", ("ner",), True),
        ("Ana Ruiz", ("ner",), False),
        ("3M", ("ner", "head"), False),  # found by another rule too: kept
        # (session 44) a form a code designates; not a name that only opens with such a word
        ("Schedule CCA", ("ner",), True),
        ("Form W", ("ner", "repeat"), True),
        ("Section Eight Tenants", ("ner",), False),
    ],
)
def test_extract_tagger_misreadings_are_not_actors(label, sources, dropped):
    from policygraph.extract import _tagger_misreadings
    from policygraph.records import Entity

    entity = Entity("k", "Actor", "Person", label, (), (0,), sources=sources)
    assert (_tagger_misreadings([entity]) == {"k"}) is dropped


@pytest.mark.parametrize(
    "text, dropped",
    [
        ("# Models\n\nLenders use models such as credit algorithms and decision trees. The Fair Lending Rule requires "
         "lenders to explain each denial.\n", "credit algorithms"),
        ("# Repairs\n\nLandlords must fix hazards such as lack of heat. The Housing Code requires landlords to "
         "register.\n", "lack of heat"),
    ],
)
def test_extract_an_example_in_a_list_said_once_is_not_a_policy_or_concern(nlp, text, dropped):
    entities, _relations, _x = run(nlp, text)
    assert dropped not in entities
    assert "fair lending rule" in entities or "housing code" in entities


def test_extract_a_vague_modifier_does_not_make_another_thing(nlp):
    _entities, _relations, x = run(nlp, "# Audit\n\nThe inspectors found safety breaches at the clinic. The board found "
                                        "numerous safety breaches and fined the clinic for the alleged safety breaches.\n")
    assert [e.label for e in x.entities if e.category == "Concern"] == ["safety breaches"]


def test_extract_advocates_of_a_cause_are_not_the_policy_s_proponents(nlp):
    entities, relations, _x = run(nlp, "# Data\n\nPrivacy advocates warned that the Data Rule would expose personal data "
                                       "to hackers.\n")
    assert "privacy advocates" in entities and "proponents" not in entities
    assert ("privacy advocates", "criticizes", "data rule") in relations


def test_extract_nouns_listed_with_a_class_of_actors_are_actors(nlp):
    entities, relations, _x = run(nlp, "# Boats\n\nThe Clean Boats Rule applies to growers, couriers and brewers.\n")
    assert {"growers", "couriers", "brewers"} <= set(entities)
    assert ("clean boats rule", "evaluates", "brewers") in relations


def test_extract_what_a_policy_itself_must_do_is_not_conduct(nlp):
    entities, _relations, _x = run(nlp, "# Boats\n\nThe new law must serve as a baseline for state rules. "
                                        "Under the Clean Boats Rule, owners must register every boat.\n")
    behaviours = {e.label for e in entities.values() if e.category == "Behaviour"}
    assert "register every boat" in behaviours and not any("baseline" in b for b in behaviours)


@pytest.mark.parametrize(
    ("sentence", "conduct"),
    [
        # a thing that "must" hold or say something owes no conduct
        ("Under the Boat Code, the logbook must list every passenger.", None),
        ("Under the Boat Code, each permit form must state the owner's address.", None),
        # a body, an acronym, a word for a doer, or whoever is punished, does
        ("Under the Boat Code, the harbour board must check every permit.", "check every permit"),
        ("Under the Boat Code, marinas that sell banned paint must pay a fine.", "sell banned paint"),
        ("Under the Boat Code, the HBA must inspect every boat.", "inspect every boat"),
        ("Under the Boat Code, marina owners must report spills.", "report spills"),
    ],
)
def test_extract_a_duty_owed_by_a_thing_is_not_conduct(nlp, sentence, conduct):
    entities, _relations, _x = run(nlp, f"# Boats\n\n{sentence}\n")
    behaviours = [e.label for e in entities.values() if e.category == "Behaviour"]
    assert behaviours == ([conduct] if conduct else [])


def test_extract_a_list_under_a_ban_intro_with_from_names_banned_acts(nlp):
    text = ("# Rules\n\nThe Harbor Rule bars marina staff from:\n\n- operating power-driven machinery;\n"
            "- working on ladders or scaffolds.\n\nIt took effect in May. Directives issued within 180 days:\n\n"
            "- a report on fuel spills.\n")
    _entities, relations, _x = run(nlp, text)
    assert {("harbor rule", "penalizes", "operating power-driven machinery"),
            ("harbor rule", "penalizes", "working on ladders")} <= relations


def test_extract_numbered_parts_walked_through_are_parts_of_the_article_policy(nlp):
    text = ("# The Harbor Safety Act\n\nThe Harbor Safety Act has five sections.\n\n"
            "## Section 2\n\nSection 2 requires marinas to post fee schedules.\n\n"
            "## Section 3\n\nSection 3 bars ferry lines from selling standing tickets.\n")
    _entities, relations, _x = run(nlp, text)
    assert {("section 2", "partOf", "harbor safety act"), ("section 3", "partOf", "harbor safety act")} <= relations


def test_extract_subsections_walked_through_are_parts_and_a_part_of_the_act_named_after_under_is_its(nlp):
    text = ("# The Harbor Wage Act\n\nThe Harbor Wage Act was enacted in 2024. Section 3(a) requires marinas to pay "
            "deckhands the minimum wage. Section 4(e) bars marinas from keeping tips. Under Section 6(b) of the Act, "
            "ferry lines may not charge standing fares.\n")
    _entities, relations, _x = run(nlp, text)
    assert {("section 3(a)", "partOf", "harbor wage act"), ("section 4(e)", "partOf", "harbor wage act"),
            ("section 6(b)", "partOf", "harbor wage act")} <= relations


def test_extract_two_subsections_of_one_section_may_be_another_law_s(nlp):
    text = ("# The Broadband Equity Act\n\nThe Broadband Equity Act passed in May. Providers regulated under "
            "Section 3(a) and Section 3(b) of title 47 of the U.S. Code are exempt.\n")
    _entities, relations, _x = run(nlp, text)
    assert not any(p == "partOf" and o == "broadband equity act" for _s, p, o in relations), sorted(relations)


def test_extract_numbered_parts_of_another_policy_stay_its_own(nlp):
    text = ("# The Harbor Safety Act\n\nThe Harbor Safety Act requires marinas to post fee schedules. "
            "Section 4 of the Ports Rule already caps fees, and Section 5 sets penalties.\n")
    _entities, relations, _x = run(nlp, text)
    assert not any(s == "section 5" and p == "partOf" and o == "harbor safety act" for s, p, o in relations)


def test_extract_an_officer_of_a_body_defined_by_acronym_leaves_the_body_its_name(nlp):
    entities, _relations, _x = run(nlp, "# Trucks\n\nThe Administrator of the Harbor Protection Agency (HPA) signed "
                                        "the Clean Truck Rule. The HPA enforces it.\n")
    assert entities["harbor protection agency"].category == "Actor"


def test_extract_a_body_named_with_an_acronym_is_a_body_of_its_own(nlp):
    # (session 40) "the OHS Board" is the board, not the office "OHS" stands for
    entities, relations, _x = run(nlp, "# Harbor\n\nThis guide is published by the Office of Harbor Safety (OHS) "
                                       "for owners. It explains the Harbor Code, which the OHS Board adopted in "
                                       "November. Cooperate with OHS investigations.\n")
    assert entities["ohs board"].category == "Actor" and "OHS" in entities["office of harbor safety"].aliases
    assert ("harbor code", "issuedBy", "ohs board") in relations


def test_extract_a_lone_numbered_section_is_a_citation_not_a_part(nlp):
    text = ("# The Harbor Safety Act\n\nThe Harbor Safety Act requires marinas to post fee schedules. "
            "Critics compare it to Section 215, which let agencies collect records.\n")
    _entities, relations, _x = run(nlp, text)
    assert not any(s == "section 215" and p == "partOf" for s, p, _o in relations)


def test_extract_an_acronym_spelling_the_end_of_a_body_name_names_the_body(nlp):
    # "UCA" spells "Utility Consumer Advocate", but the article defines it for the office
    entities, relations, _x = run(nlp, "# Rates\n\nThe Office of the Harbor Consumer Advocate (HCA) supported the "
                                       "Harbour Rule. The HCA said the rule would cut costs.\n")
    office = entities["office of the harbor consumer advocate"]
    assert office.category == "Actor" and "HCA" in office.aliases
    assert ("office of the harbor consumer advocate", "supports", "harbour rule") in relations


def test_extract_a_body_defined_with_its_acronym_before_a_policy_noun_stays_a_body(nlp):
    entities, _relations, _x = run(nlp, "# Boats\n\nUnder Department of Harbors (DOH) regulations, marinas must "
                                        "post fees. The DOH enforces the rules.\n")
    assert entities["department of harbors"].category == "Actor"


def test_extract_a_company_practice_known_by_its_own_name_is_a_policy(nlp):
    entities, relations, _x = run(nlp, "# Letter\n\nThe undersigned organizations write to oppose the \"FreeFlow\" "
                                       "practice of Harbor Wireless. FreeFlow exempts its own video service from "
                                       "data caps.\n")
    practice = entities["freeflow practice"]
    assert practice.category == "Policy" and "FreeFlow" in practice.aliases
    assert ("undersigned organizations", "criticizes", "freeflow practice") in relations
    assert ("freeflow practice", "issuedBy", "harbor wireless") in relations  # whose practice it is


def test_extract_a_failure_punished_is_named_with_what_is_failed(nlp):
    entities, _relations, _x = run(nlp, "# Boats\n\nUnder the Harbour Rule, marinas face fines for failing to report "
                                        "fuel spills.\n")
    assert [e.label for e in entities.values() if e.category == "Behaviour"] == ["failing to report fuel spills"]


def test_extract_conduct_named_only_by_stop_words_is_not_conduct(nlp):
    entities, _relations, _x = run(nlp, "# Boats\n\nOwners must register boats. Doing so earns a discount.\n")
    assert [e.label for e in entities.values() if e.category == "Behaviour"] == ["register boats"]


def test_extract_the_doer_a_ban_names_with_for_performs_the_conduct(nlp):
    _entities, relations, _x = run(nlp, "# Loans\n\nThe Lending Code makes it illegal for a bank to refuse "
                                        "a loan to a tenant. Each bank must keep records.\n")
    assert ("refuse a loan", "performedBy", "bank") in relations  # named by the verb and its object


def test_extract_each_of_two_policies_imposing_a_duty_evaluates_its_doers(nlp):
    _entities, relations, _x = run(nlp, "# Boats\n\nThe Boat Code and the Harbour Rule require owners to register boats.\n")
    assert {("boat code", "evaluates", "owners"), ("harbour rule", "evaluates", "owners")} <= relations


def test_extract_the_object_of_authorize_does_what_it_is_authorised_to(nlp):
    _entities, relations, _x = run(nlp, "# Boats\n\nThe law authorizes the Harbour Board to develop the Clean Boats Rule.\n")
    assert ("clean boats rule", "issuedBy", "harbour board") in relations


@pytest.mark.parametrize(
    "text, verb, stance, target",
    [
        ("Unions called for a privacy law.", "called", "supports", "law"),
        ("Two members voted against the rule.", "voted", "criticizes", "rule"),
        ("Ten senators voted for the bill.", "voted", "supports", "bill"),
        ("The board called on owners to register.", "called", "", None),
    ],
)
def test_extract_phrasal_stances(nlp, text, verb, stance, target):
    from policygraph.extract.relations import phrasal_stance

    found, targets = phrasal_stance(word(nlp, text, verb))
    assert found == stance and [t.text for t in targets] == ([target] if target else [])


def test_extract_what_a_change_verb_changes_is_not_penalised(nlp):
    _entities, relations, _x = run(nlp, "# Fares\n\nThe Night Delivery Rule bans night-time deliveries. "
                                        "Studies say electronic permits reduce fare evasion.\n")
    assert ("night delivery rule", "penalizes", "night-time deliveries") in relations
    assert not any(o == "fare evasion" for _s, _p, o in relations)


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The Green Roof Program provides farmers with free seeds.", "farmers"),
        ("The Fair Fares Act grants commuters the right to a refund.", "commuters"),
        ("Small farmers are eligible for the Green Roof Program.", "small farmers"),  # a sized class (session 31)
        ("The Green Roof Program pays growers for every roof they plant.", "growers"),
        ("The Clean Boats Rule is aimed at marina operators.", "marina operators"),
        # the policy a description names: "the law known as ..."
        ("The law known as the Fair Fares Act provided the Transit Authority with new funds.",
         "transit authority"),
    ],
)
def test_extract_a_policy_evaluates_whom_it_targets(nlp, text, actor):
    _entities, relations, x = run(nlp, "# Programs\n\n" + text + "\n")
    policy = next(e.label.lower() for e in x.entities if e.category == "Policy")
    assert (policy, "evaluates", actor) in relations


def test_extract_numbered_ordinances_listed_after_a_name_stay_apart(nlp):
    entities, _relations, _x = run(nlp, "# Council\n\nThe council adopted the Solar Roof Rule, Ordinance 24-17 and "
                                        "Ordinance 24-18 on Monday.\n")
    assert {"solar roof rule", "ordinance 24-17", "ordinance 24-18"} <= set(entities), sorted(entities)


def test_extract_a_list_counted_inside_a_sentence_is_read_as_a_list(nlp):
    text = ("# Marsh Grants\n\nThe Marsh Grant Program provides grants to restore wetlands.\n\nRecipients are "
            "further required to (1) submit a monitoring plan before construction begins, (2) report water data to "
            "the board each year, and (3) keep the restored site as marsh for at least 20 years.\n")
    _entities, relations, _x = run(nlp, text)
    assert {("submit a monitoring plan", "performedBy", "recipients"), ("report water data", "performedBy", "recipients"),
            ("keep the restored site", "performedBy", "recipients")} <= relations, sorted(relations)
    assert not any(p == "evaluates" and s == "monitoring plan" for s, p, _o in relations)  # an object is no imposer


def test_extract_the_bill_in_a_section_a_bill_heads_is_that_bill(nlp):
    text = ("Dock Bills: Overview of Two Pending Bills\n\nSummary\nTwo bills pending in the 119th Congress take "
            "different approaches: the Safe Docks Act (H.R. 4172) addresses dock safety, and the Clean Marinas Act "
            "(H.R. 5018) would fund oil collection. This report summarizes each bill.\n\n"
            "H.R. 4172, the Safe Docks Act\nH.R. 4172 was introduced by Rep. Ana Ruiz. Under the bill, marina "
            "operators would be required to hold a permit.\n\n"
            "H.R. 5018, the Clean Marinas Act\nH.R. 5018 was introduced by Rep. Tom Lee. Under the bill, boat "
            "dealers would be required to collect used oil.\n\nIssues for Congress\nThe bills are not mutually "
            "exclusive.\n")
    entities, relations, _x = run(nlp, text, name="bills.txt")
    assert "bill" not in entities, sorted(entities)  # "the bill" of each section is that section's bill
    assert {("safe docks act", "evaluates", "marina operators"), ("clean marinas act", "evaluates", "boat dealers")} \
        <= relations, \
        sorted(relations)



@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # "the bill" under a rule's heading is no rule; "the bills" are several
        ("Marina owners support the bill, which would repeal the rule.", "bill"),
        ("Fishing groups oppose the bills.", "bills"),
    ],
)
def test_extract_the_bill_under_a_heading_of_another_kind_is_not_it(nlp, sentence, kept):
    text = ("# Harbor notes\n\nThe Harbor Safety Rule and two bills are discussed here.\n\n"
            "## The Harbor Safety Rule\n\nThe Harbor Safety Rule requires owners to register boats. " + sentence + "\n")
    _entities, relations, _x = run(nlp, text)
    assert not any(o == "harbor safety rule" and p in {"supports", "criticizes"} for _s, p, o in relations), \
        sorted(relations)


def test_extract_a_list_addressed_to_a_named_body_is_what_it_should_do(nlp):
    text = ("# Report\n\nThe Discharge Permit Program is run by the Arden Department of Environmental Quality.\n\n"
            "## Recommendations\n\nTo the Arden Department of Environmental Quality:\n\n"
            "1. Publish all discharge reports in a searchable online database.\n"
            "2. Eliminate the backlog of expired permits within three years.\n")
    _entities, relations, _x = run(nlp, text)
    assert ("publish all discharge reports", "performedBy", "arden department of environmental quality") in relations, \
        sorted(relations)


def test_extract_a_list_addressed_to_no_body_is_no_one_s_conduct(nlp):
    text = ("# Permits\n\nThe Discharge Permit Program is run by the state.\n\nTo Apply:\n\n"
            "1. Download the permit application form from the website.\n2. Submit the completed form by mail.\n")
    entities, _relations, _x = run(nlp, text)
    assert not any(e.category == "Behaviour" for e in entities.values()), sorted(entities)


def test_extract_an_object_the_parser_makes_of_a_hyphen_is_no_crash(nlp):
    # "use E-Check": the parse may make the hyphen the verb's object, a subtree with no words
    _entities, relations, _x = run(nlp, "# Harbor\n\nA safe-harbor provision shields employers who use E-Check in "
                                        "good faith from liability.\n")
    assert isinstance(relations, set)


def test_extract_the_credit_calls_back_the_one_named_credit(nlp):
    text = ("# Credits\n\nThe Caregiver Relief Credit is a state tax credit for family caregivers. The credit is "
            "administered by the Ashford Department of Revenue.\n")
    entities, relations, _x = run(nlp, text)
    assert ("caregiver relief credit", "issuedBy", "ashford department of revenue") in relations, sorted(relations)
    assert "credit" not in entities


def test_extract_it_after_and_is_the_subject_of_the_first_clause(nlp):
    _entities, relations, _x = run(nlp, "# Harbor\n\nThe Harbor Program was created by the Harbor Act, and it is "
                                        "run by the Harbor Board.\n")
    assert ("harbor program", "issuedBy", "harbor board") in relations
    assert ("harbor act", "issuedBy", "harbor board") not in relations


@pytest.mark.parametrize(
    "text",
    [
        "The Green Roof Program, which the Harbor Commission launched in 2020, pays growers.",
        # the tagger reads "enforces" as a plural noun; a relative clause with a subject has a verb at its head
        "The Harbor Commission opened an inquiry. The dumping broke the Green Roof Program, which the Harbor "
        "Commission enforces.",
    ],
)
def test_extract_who_launched_a_policy_named_before_it_in_a_relative_clause(nlp, text):
    _entities, relations, _x = run(nlp, "# Roofs\n\n" + text + "\n")
    assert ("green roof program", "issuedBy", "harbor commission") in relations


@pytest.mark.parametrize(
    "text",
    [
        "Critics do not say the Clean Boats Rule goes too far.",
        # what someone may do is no stance taken
        "The Clean Boats Rule goes to the Assembly, which could reject it within 40 days.",
        "Marina owners might oppose the Clean Boats Rule.",
    ],
)
def test_extract_a_critic_who_does_not_say_it_takes_no_stance(nlp, text):
    _entities, relations, _x = run(nlp, "# Boats\n\n" + text + "\n")
    assert not any(p == "criticizes" for _s, p, _o in relations), relations


@pytest.mark.parametrize(
    "text, title, alias",
    [
        ('The Harbor Commission issued a final rule, "Protecting Swimmers in Coastal Waters," in May.',
         "Protecting Swimmers in Coastal Waters", "final rule"),
        ('The Harbor Commission issued guidance titled "Safe Harbors for Small Boats" in 2021.',
         "Safe Harbors for Small Boats", "guidance"),
    ],
)
def test_extract_a_quoted_title_names_the_policy_noun_before_it(nlp, text, title, alias):
    _entities, relations, x = run(nlp, "# Harbor\n\n" + text + "\n")
    policy = next(e for e in x.entities if e.label == title)
    assert policy.category == "Policy"
    assert alias in policy.aliases
    assert (title.lower(), "issuedBy", "harbor commission") in relations




def test_extract_a_list_of_worries_under_a_critic_s_paragraph_is_theirs(nlp):
    _entities, relations, _x = run(nlp, "# Boats\n\nThe Clean Boats Rule took effect in May.\n\n"
                                        "Harbor Watch has raised concerns about the Clean Boats Rule:\n\n"
                                        "- Vague Rules: inspectors decide each case alone.\n"
                                        "- Public Shaming: the names of fined owners are posted online.\n")
    for worry in ("vague rules", "public shaming"):
        assert ("harbor watch", "raisesConcern", worry) in relations
        assert (worry, "concernAbout", "clean boats rule") in relations


def test_extract_whom_a_policy_governs_does_not_enforce_it(nlp):
    _entities, relations, _x = run(nlp, "# Boats\n\nUnder the Clean Boats Rule, marina operators must inspect every tank.\n")
    assert ("clean boats rule", "evaluates", "marina operators") in relations
    assert not any(p == "issuedBy" for _s, p, _o in relations)


@pytest.mark.parametrize(
    "text, worry",
    [
        ("The Clean Boats Rule could lead to longer delays for boat owners.", "longer delays"),
        ("The Clean Boats Rule is inadequate to protect swimmers.", "inadequate"),
        # a possible outcome of something that is no policy is no worry about one
        ("The Clean Boats Rule took effect in May. Cheaper fuel could lead to more boat trips.", None),
        # people named inside the worry are actors too, and the worry stays
        ("Critics warn that the Clean Boats Rule could hurt consumers.", "hurt consumers"),
    ],
)
def test_extract_a_possible_outcome_of_a_policy_is_a_worry_about_it(nlp, text, worry):
    entities, relations, _x = run(nlp, "# Boats\n\n" + text + "\n")
    concerns = {name for name, e in entities.items() if e.category == "Concern"}
    if worry is None:
        assert not concerns
    else:
        assert (worry, "concernAbout", "clean boats rule") in relations


@pytest.mark.parametrize(
    "names, merged",
    [
        (["Easy Return", "Easy Return program"], True),  # a programme's bare name is the programme
        (["FAST", "FAST system", "FAST rules"], True),
        (["Section 88", "Section 88 program"], False),  # a numbered part of a law is the statute
        (["Easy Return", "Easy Return recommendations"], False),  # a document about it
    ],
)
def test_extract_merge_policies_by_core(names, merged):
    from policygraph.extract import _merge_policies_by_core
    from policygraph.extract.mentions import Mention
    from policygraph.ontology import load_lexicon

    mentions = [Mention((n,), name, "Policy", "head", key=f"k{n}") for n, name in enumerate(names)]
    _merge_policies_by_core([mentions], load_lexicon())
    assert (len({m.key for m in mentions}) == 1) is merged


def test_extract_a_public_body_named_in_full_once_is_kept(nlp):
    entities, _relations, _x = run(nlp, "# Boats\n\nThe Clean Boats Rule bans night fishing. Marina operators must "
                                        "inspect every tank. The Department of Harbor Safety reviewed the figures "
                                        "last year.\n")
    assert "department of harbor safety" in entities


@pytest.mark.parametrize(
    "sentence, name, kept",
    [
        # (session 40) an organisation named in full by its kind is an actor, even said once and in no relation
        ("Travel Fairness Now warned that the rule leaves gaps, said Dana Ode of the Flyers' Rights Coalition.",
         "flyers' rights coalition", True),
        ("The Telecom Operators Association says the costs could push small providers out of the market.",
         "telecom operators association", True),
        # a short one stays a name said in passing
        ("The figures come from the Harbor Group.", "harbor group", False),
    ],
)
def test_extract_an_organisation_named_in_full_once_is_kept(nlp, sentence, name, kept):
    entities, _relations, _x = run(nlp, "# Boats\n\nThe Clean Boats Rule bans night fishing. " + sentence + "\n")
    assert (name in entities) is kept, sorted(entities)


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # (a failure to do it is a behaviour of its own: "fail to provide notices")
        ("The Clean Boats Rule requires marina operators to provide a notice. Operators who provide notices receive a "
         "rebate.", {"provide a notice", "provide notices"}),
        ("Under the Fair Fares Act, drivers must keep the records for two years. Drivers who keep records receive a "
         "discount.", {"keep the records", "keep records"}),
        # how many says nothing of what is done
        ("The Clean Boats Rule says marinas should implement additional safety measures. The Harbor Board "
         "recommended that marinas implement several additional safety measures.",
         {"implement additional safety measures", "implement several additional safety measures"}),
    ],
)
def test_extract_conduct_said_with_and_without_articles_is_one_behaviour(nlp, text, forms):
    _, _, x = run(nlp, "Policy note\n\n" + text + "\n")
    holders = [e for e in x.entities if e.category == "Behaviour" and forms & {e.label, *e.aliases}]
    assert len(holders) == 1, [(e.label, e.aliases) for e in holders]
    assert forms <= {holders[0].label, *holders[0].aliases}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("The Harbor Commission runs the Harbor Safety Assistance (HSA) grant program. The HSA program gives marinas money.",
         "Harbor Safety Assistance (HSA) grant program", {"HSA", "Harbor Safety Assistance"}),
        ("The state funds the Volunteer Boat Inspection (VBI) program. VBI trains inspectors.",
         "Volunteer Boat Inspection (VBI) program", {"VBI", "Volunteer Boat Inspection"}),
    ],
)
def test_extract_a_kind_noun_after_an_acronym_ends_the_name(nlp, text, name, short):
    entities, _, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert entities[name.lower()].category == "Policy", sorted(entities)
    assert short <= set(entities[name.lower()].aliases)
    assert not any(e.category == "Actor" and e.label in short for e in entities.values())


@pytest.mark.parametrize(
    ("text", "actor", "relation"),
    [
        ("Some small marinas worry about the cost of inspections under the Clean Boats Rule.", "small marinas",
         ("small marinas", "raisesConcern", "cost of inspections")),
        ("Boat clubs oppose the Clean Boats Rule.", "boat clubs", ("boat clubs", "criticizes", "clean boats rule")),
        ("Ferry operators welcome the Clean Boats Rule.", "ferry operators", ("ferry operators", "supports", "clean boats rule")),
        ("New pumps would support a broader set of boats.", None, None),
        ("A recent study warns that the Clean Boats Rule will raise costs.", None, None),
        ("Ferry operators are concerned that the Clean Boats Rule will raise fares.", "ferry operators",
         ("ferry operators", "raisesConcern", "raise fares")),
        # ... also when the parse reads "are concerned" as a passive verb
        ("Ferry operators are concerned, however, that the Clean Boats Rule would raise fares.", "ferry operators",
         ("ferry operators", "raisesConcern", "raise fares")),
        # an opponent's warning given as a participle is theirs
        ("Ferry operators opposed the Clean Boats Rule, warning that it would raise fares.", "ferry operators",
         ("ferry operators", "raisesConcern", "raise fares")),
    ],
)
def test_extract_who_worries_or_takes_a_stance_on_a_policy_is_an_actor(nlp, text, actor, relation):
    entities, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    actors = {label for label, e in entities.items() if e.category == "Actor"}
    assert actors == ({actor} if actor else set()), actors
    if relation:
        assert relation in relations, relations


@pytest.mark.parametrize(
    ("text", "wrong", "kept"),
    [
        ("Under the Clean Boats Rule, inspectors may fine operators who skip inspections.",
         ("skip inspections", "performedBy", "inspectors"), ("skip inspections", "performedBy", "operators")),
        ("Under the Clean Boats Rule, the Harbor Commission will punish owners who dump waste.",
         ("dump waste", "performedBy", "harbor commission"), ("dump waste", "performedBy", "owners")),
    ],
)
def test_extract_who_punishes_conduct_does_not_perform_it(nlp, text, wrong, kept):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert wrong not in relations and kept in relations, sorted(relations)


QUESTIONS = """# The Clean Boats Rule: questions and answers

The Clean Boats Rule sets hull standards for every marina.

**Who enforces the Clean Boats Rule?**

The Harbor Commission. Its inspectors visit each marina twice a year.

## Who must comply?

Marina operators and charter skippers.

**When does it start?**

The Harbor Commission will publish a date in March.

## How is the rule enforced?

The Harbor Patrol conducts random checks at every dock.

## How is the rule funded?

The Harbor Trust does not fund the rule.

## Who administers the rule?

The Dock Safety Office reviews every permit and issues fines.
"""


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        (("clean boats rule", "issuedBy", "harbor commission"), True),
        (("clean boats rule", "evaluates", "marina operators"), True),
        (("clean boats rule", "evaluates", "charter skippers"), True),
        (("clean boats rule", "evaluates", "harbor commission"), False),
        # "how is it enforced": whoever the answer has act enforces it; "how is it funded" asks no one
        (("clean boats rule", "issuedBy", "harbor patrol"), True),
        (("clean boats rule", "issuedBy", "harbor trust"), False),
        # "who runs it" answered by a whole sentence: its subject runs it
        (("clean boats rule", "issuedBy", "dock safety office"), True),
    ],
)
def test_extract_an_answer_fills_the_role_its_question_asks_for(nlp, relation, expected):
    _, relations, _ = run(nlp, QUESTIONS)
    assert (relation in relations) == expected, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # en_core_web_sm reads these verbs as plural nouns of one long noun phrase
        ("The Clean Boats Rule penalizes owners who dump waste.", ("clean boats rule", "penalizes", "dump waste")),
        ("The Harbor Commission enforces boat safety laws with respect to marinas.",
         ("boat safety laws", "issuedBy", "harbor commission")),
        ("Supporters contend that the Home Energy Program lowers household energy bills.",
         ("proponents", "supports", "home energy program")),
        # the verb after a name's acronym read as a noun
        ("The Fair Housing Board (FHB) enforces tenant protection laws.",
         ("tenant protection laws", "issuedBy", "fair housing board")),
        ("The Dock Standards Office (DSO) enforces mooring rules in every county.",
         ("mooring rules", "issuedBy", "dock standards office")),
        # a verb a frame reads (not only a cue of the vocabulary) read as a noun
        ("Section 5 of the Dock Decency Act shields platforms.", ("section 5", "partOf", "dock decency act")),
        # the subject hung on the verb as a compound of it
        ("The Marina Star Rating System rates marina operators on three domains: safety inspections, staffing, "
         "and water quality.", ("marina star rating system", "evaluates", "marina operators")),
    ],
)
def test_extract_a_verb_the_tagger_reads_as_a_noun_is_read_as_a_verb(nlp, text, expected):
    _, relations, x = run(nlp, "Policy note\n\n" + text + "\n")
    assert expected in relations, sorted(relations)
    assert any(s.text == text for s in x.sentences)  # the evidence is the sentence as written


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a verb prefix and its hyphen stay with the verb, which the parser then reads as one
        ("Inspectors must re-inspect every dock within 10 days.", ["re-inspect"]),
        ("Owners must re-enter the data each month.", ["re-enter"]),
        # other hyphens still split
        ("The fund serves low-income boaters.", ["low", "-", "income"]),
    ],
)
def test_nlp_keeps_prefixed_verbs_whole(nlp, text, words):
    doc = nlp(text)
    found = [t.text for t in doc if t.text in words]
    assert found == words
    if len(words) == 1:
        assert doc[[t.text for t in doc].index(words[0])].pos_ == "VERB"


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("The Clean Boats Rule penalizes owners who dump waste.", {"penalizes": "penalize"}),
        ("The rule fines owners who dump waste.", {"fines": "fine"}),
        ("Supporters contend that the credit lowers household energy bills.", {"lowers": "lower"}),
        ("The penalties apply to owners.", {}),  # a verb at the root: nothing to repair
        ("Fines and rewards for owners.", {}),  # nouns with no noun before them
        ("The Clean Boats Rule bans anchoring in seagrass beds.", {"bans": "ban"}),  # a gerund object
        ("Failure to report a spill results in a fine.", {"results": "result"}),  # tagged a verb, hung below a noun
        ("Owners who fail to register face fines.", {"face": "face"}),  # a plural subject's verb read as a noun
        ("Opponents of the program point to the risk of fraud.", {"point": "point"}),
        ("Late payment results in a fine.", {"results": "result"}),
        ("Late payments result in a fine.", {}),  # parsed right
        # the gerund object read as the root: the verb before it is misread
        ("The points scheme penalizes littering.", {"penalizes": "penalize"}),
        # ... also when more gerunds and nouns are listed after it
        ("The Open Harbor Order bans blocking, throttling and paid prioritization by marina operators.",
         {"bans": "ban"}),
        ("The agency lifts limits and bans on night fishing.", {}),  # a noun: nothing it could take follows
        ("The ordinance sets permit fees and fines owners must pay.", {}),  # the next noun is a later verb's subject
        # a plural name's verb read as a noun inside one long noun phrase
        ("The Hazardous Occupations Orders prohibit minors from operating power-driven machinery.",
         {"prohibit": "prohibit"}),
        # ... also after its bracketed short form, when a later clause has a verb of its own
        ("The Dock Hazard Orders (Dock H.O.s) prohibit marinas from employing minors in tasks the board has "
         "declared hazardous.", {"prohibit": "prohibit"}),
        ("The fees (see the table) fund repairs.", {}),  # a noun before the bracket, no plural name: left alone
        # a relative clause's verb read as a second subject of the main verb
        ("Under the Green Farms Program, residents who recycle receive a discount.", {"recycle": "recycle"}),
        # ... or as a modifier of its object (a word the tagger does not know)
        ("Under the Pet Food Act, manufacturers that mislabel products could face civil penalties.",
         {"mislabel": "mislabel"}),
        ("Manufacturers that sell pet products could face civil penalties.", {}),  # parsed right
        # a verb coordinated with a verb of the same form
        ("The ordinance, which caps the number of rental scooters and bans riding on sidewalks, passed.",
         {"bans": "ban"}),
        ("Firms that consumer groups rate poorly could face audits.", {}),  # the clause has its own subject
        # a relative clause's last word, after its subject
        ("Those practices violated the Green Roof Program, which the Commission enforces.", {"enforces": "enforce"}),
        ("The fees fund the Green Roof Program, which pays for repairs.", {}),  # "pays" read right
        ("Inspectors check which boats and permits.", {}),  # "which" of a question is no relative pronoun
        ("Senate measure 42 bans plastic bags.", {"bans": "ban"}),  # "measure" at the root is no base-form verb
        # a plural subject's base-form verb read as a proper noun at the root ("enforce UIGEA")
        ("The Department of the Treasury and the Federal Reserve Board enforce UIGEA.", {"enforce": "enforce"}),
        ("The council has not said which penalties or fines.", {}),
    ],
)
def test_nlp_misread_verbs(nlp, text, misread):
    from policygraph.nlp import misread_verbs
    doc = nlp(text)
    found = misread_verbs(doc, frozenset({"penalize", "fine", "reward", "apply", "lower", "ban", "result", "face", "point",
                                          "prohibit", "enforce", "pay", "permit"}))
    assert {doc[i].text: base for i, base in found.items()} == misread


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("Agencies must track patient falls in every facility.", {"falls": "NNS"}),  # a plural read as a verb
        ("The Fair Rent Act bans rent increases above 5 percent.", {"rent": "NN"}),  # a modifier read as a bare verb
        ("Landlords must report rent increases to the city.", {}),  # parsed right
        ("The rule lets owners keep records.", {}),  # a bare infinitive after "let" is a verb
        ("Owners keep records and file reports.", {}),  # coordinated verbs
    ],
)
def test_nlp_misread_nouns(nlp, text, misread):
    from policygraph.nlp import misread_nouns
    doc = nlp(text)
    assert {doc[i].text: tag for i, tag in misread_nouns(doc).items()} == misread


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # each item of a list of acts after a modal is an act, however the tagger read its verb
        ("Under the Dock Rule, employers must keep records, post notices, and pay fees.",
         {"keep records", "post notices", "pay fees"}),
        ("Under the Dock Rule, deckhands may not operate cranes, work on scaffolds, or load trucks.",
         {"operate cranes", "work on scaffolds", "load trucks"}),
        # a preposition sharing the next one's object keeps it
        ("Under the Dock Rule, deckhands may not operate cranes or work on or near conveyor belts.",
         {"operate cranes", "work on or near conveyor belts"}),
        # bare words after the modal's verb, one a verb, are its list of acts ("smoke", "vape" read as nouns)
        ("Under the Dock Rule, deckhands may not eat, smoke or vape on the pier.", {"eat, smoke or vape on the pier"}),
        ("Under the Dock Rule, owners must repair, replace or remove broken heaters.",
         {"repair, replace or remove broken heaters"}),
        # a list of things is no list of acts
        ("Under the Dock Rule, employers must keep records, notices, and load sheets.", {"keep records"}),
        # (found in review) things kept after a list of acts are no acts
        ("Under the Dock Rule, contractors must file reports, post notices, and keep payroll records, time sheets, "
         "and work logs.", {"file reports", "post notices", "keep payroll records"}),
    ],
)
def test_extract_each_listed_act_after_a_modal_is_an_act(nlp, text, acts):
    entities, relations, _x = run(nlp, "Policy note\n\n" + text + "\n")
    assert {s for s, p, _o in relations if p == "performedBy"} | {o for _s, p, o in relations if p == "penalizes"} \
        == acts, sorted(relations)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Employers may not employ 14- and 15-year-olds during school hours.", "14- and 15-year-olds"),
        ("Sixteen- and 17-year-olds can crew harbor ferries on weekends.", "Sixteen- and 17-year-olds"),
        ("Parents of 6-month-olds need care.", "6-month-olds"),
        # (found in review) however the parse hangs the age: beside "parents", or after "to" read as a preposition
        ("Parents of 14- and 15-year-olds must sign a form.", "14- and 15-year-olds"),
        ("The plan covers 18- to 24-year-olds who lack insurance.", "18- to 24-year-olds"),
        # other hyphens still split, and a suspended word that is no number joins nothing
        ("Low- and middle-income families pay less.", None),
    ],
)
def test_nlp_an_age_is_one_noun_with_its_suspended_number(nlp, text, phrase):
    from policygraph.nlp import suspended_ages
    doc = suspended_ages(nlp(text))
    ages = [t for t in doc if t.text.endswith(("-olds", "-old"))]
    if phrase is None:
        assert not ages and "middle" in [t.text for t in doc]
        return
    age = ages[0]
    assert doc[age.left_edge.i : age.i + 1].text == phrase and age.pos_ == "NOUN"


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        # a noun modifier in "-ing" read as a verb whose object is the noun: the noun is the verb's object
        ("The Online Safety Act would require messaging providers to scan users' private messages for prohibited content.",
         "providers"),
        # the parse may hang the infinitive on the "-ing" word or on the noun
        ("The ordinance requires booking platforms to share data.", "platforms"),
        ("The rule requires building owners to report energy use.", "owners"),
        ("The law requires lending institutions to disclose fees.", "institutions"),
        # a real gerund with no infinitive after it stays a verb
        ("The act bans selling tickets to minors.", None),
    ],
)
def test_nlp_modifiers_read_as_gerunds(nlp, text, obj):
    from policygraph.nlp import modifiers_read_as_gerunds
    doc = modifiers_read_as_gerunds(nlp(text))
    objects = [c.text for c in doc if c.dep_ == "dobj" and c.head.lemma_ in {"require", "ban"}]
    assert (obj in objects) if obj else "tickets" not in objects


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # worries someone has or voices about a policy criticise it
        ("# Bycatch Rule\n\nThe Bycatch Reporting Rule took effect in May. The Boaters Union has serious concerns "
         "about the Bycatch Reporting Rule.\n", {("boaters union", "criticizes", "bycatch reporting rule")}, set()),
        ("# Bycatch Rule\n\nThe Bycatch Reporting Rule took effect in May. The Boaters Union expressed reservations "
         "about the rule.\n", {("boaters union", "criticizes", "bycatch reporting rule")}, set()),
        # none held, or only asked about, criticise nothing
        ("# Bycatch Rule\n\nThe Bycatch Reporting Rule took effect in May. The Boaters Union has no concerns about "
         "the rule.\n", set(), {("boaters union", "criticizes", "bycatch reporting rule")}),
        ("# Bycatch Rule\n\nThe Bycatch Reporting Rule took effect in May. Does the Boaters Union have concerns "
         "about the rule?\n", set(), {("boaters union", "criticizes", "bycatch reporting rule")}),
        # comments a title says are someone's: "we" is that someone
        ("Comments of the Coastal Anglers Federation on the Bycatch Reporting Rule\n\nThe Coastal Anglers Federation "
         "appreciates the opportunity to comment on the Bycatch Reporting Rule. We have serious concerns about the "
         "Bycatch Reporting Rule.\n", {("coastal anglers federation", "criticizes", "bycatch reporting rule")}, set()),
    ],
)
def test_extract_concerns_held_about_a_policy(nlp, text, present, absent):
    entities, relations, _x = run(nlp, text)
    assert present <= relations and not absent & relations, sorted(relations)
    assert not [e for e in entities.values() if e.category == "Concern"]  # "serious concerns" says how much, not what


@pytest.mark.parametrize(
    "text, present",
    [
        # "the fee", "the tax": what the main policy's own name says it imposes calls it back
        ("# Clean Harbors Fee Program\n\nThe Clean Harbors Fee Program charges marinas a fee for each ton of "
         "wastewater. The Sea Alliance opposes the fee.\n", {("sea alliance", "criticizes", "clean harbors fee program")}),
        ("# Carbon Tax Act\n\nThe Carbon Tax Act took effect in May. The Farm Bureau supports the tax.\n",
         {("farm bureau", "supports", "carbon tax act")}),
        # a policy whose name says no such thing is not "the fee"
        ("# Harbor Act\n\nThe Harbor Act took effect in May. It sets dock rules. The Sea Alliance opposes the fee.\n",
         set()),
    ],
)
def test_extract_the_instrument_a_policy_is_named_for_calls_it_back(nlp, text, present):
    _entities, relations, _x = run(nlp, text)
    stances = {r for r in relations if r[1] in {"supports", "criticizes"}}
    assert stances == present, sorted(relations)


@pytest.mark.parametrize(
    "text, name, present, absent",
    [
        # a permit someone lacks is no part of the policy that bans: its issuer issues nothing of it
        ("# Quiet Streets Ordinance\n\nThe Quiet Streets Ordinance prohibits operating leaf blowers without a permit "
         "issued by the Parks Department.\n", "a.md", set(),
         {("quiet streets ordinance", "issuedBy", "parks department")}),
        # "make public" takes its object after the adjective
        ("# Hospital Act\n\nSection 12 of the Hospital Act requires each hospital to make public a list of its "
         "standard charges.\n", "a.md", {("make public a list of its standard charges", "performedBy", "hospital")},
         set()),
        # "to require employers to provide training, prohibit employers from retaliating, and raise the penalty": the
        # list goes on with what the bill does, not with what employers must do
        ("# Farm Safety Act\n\nThe Farm Safety Act would amend the Farm Code to require employers to provide safety "
         "training in a language that workers understand, prohibit employers from retaliating against workers who "
         "report exposures, and raise the maximum civil penalty.\n", "a.md",
         {("farm safety act", "penalizes", "retaliating against workers")}, set()),
        # a policy called a worry is criticised, and the worry is theirs
        ("# Dock Rule\n\nThe Dock Rule took effect in May. The Boaters Union has described the Dock Rule as a burden "
         "on small marinas.\n", "a.md",
         {("boaters union", "criticizes", "dock rule"), ("boaters union", "raisesConcern", "burden")}, set()),
        # item N of a numbered list of recommendations is the Recommendation N the report names later
        ("# Marina Inspections\n\nWe recommend that the Administrator of HSA:\n\n1. Develop a system to track "
         "complaints.\n\n2. Require state agencies to obtain evidence of repairs before closing a deficiency.\n\n"
         "HSA concurred with Recommendation 1 and Recommendation 2.\n", "a.md",
         {("recommendation 2", "evaluates", "state agencies")}, {("recommendation 1", "evaluates", "state agencies")}),
        # a member named as an example of the group that warns warns too
        ("# Harbor Fee Rule\n\nSome stakeholders, including the Boaters Union, have argued that the Harbor Fee Rule "
         "would impose significant costs on small marinas.\n", "a.md",
         {("boaters union", "criticizes", "harbor fee rule")}, set()),
        # the members a "which include" clause lists are what it names, not worries of the members
        ("# Privacy law\n\nThe endorsing organizations\u2014which include Harbor Watch, Public Boaters, Ranking "
         "Boat Rights, and Sea Aid\u2014believe that any such law must protect boaters.\n", "a.md",
         set(), {("harbor watch", "raisesConcern", "ranking boat rights"), ("public boaters", "raisesConcern", "ranking boat rights")}),
        # a worry a letter reports is the one who voiced it ("the Council has urged ..., citing the cost of
        # relabeling"); a worry inside what a warner says stays the warner's
        ("Dear Commissioner Ruiz:\n\nWe support the Dock Labeling Rule. We also note that the Marina Council has "
         "urged the agency to extend the compliance period to five years, citing the cost of relabeling. The Boaters "
         "Union warned that large carriers could pressure small marinas into waiving the rule, creating a loophole."
         "\n\nSincerely,\n\nHarbor Watch\nSea Aid Network\n", "letter.txt",
         {("marina council", "raisesConcern", "cost of relabeling"), ("boaters union", "raisesConcern", "loophole")},
         {("harbor watch", "raisesConcern", "cost of relabeling")}),
        # a comment letter's "proposed rule" is the rule its title names, issued by the body whose it is
        ("Comments of the Coastal Anglers Federation on the Proposed Bycatch Reporting Rule\n\nThe Coastal Anglers "
         "Federation appreciates the opportunity to comment on the National Marine Fisheries Service's (NMFS) "
         "proposed rule requiring charter vessels to report bycatch. We have serious concerns about the proposed "
         "rule.\n", "a.md",
         {("bycatch reporting rule", "issuedBy", "national marine fisheries service"),
          ("coastal anglers federation", "criticizes", "bycatch reporting rule")},
         {("coastal anglers federation", "criticizes", "proposed rule")}),
        # an acronym defined after a possessive ("the Harbor Commission's (HC) proposed rule") is the body's, and
        # the rule is still the one the title names, issued by that body
        ("Comments of the Bay Anglers League on the Proposed Mooring Fee Rule\n\nThe Bay Anglers League submits these "
         "comments on the Coastal Harbor Commission's (CHC) proposed rule requiring operators to register each "
         "mooring. We have serious concerns about the proposed rule.\n", "a.md",
         {("mooring fee rule", "issuedBy", "coastal harbor commission"),
          ("bay anglers league", "criticizes", "mooring fee rule")}, set()),
        # a participle with its agent after a vote tally, which the tagger reads as a past tense, is still passive
        ("# Mining\n\nThe Financial Assurance Rule, approved 4-1 by the Board of Land and Mineral Commissioners, ends "
         "self-bonding.\n", "a.md",
         {("financial assurance rule", "issuedBy", "board of land and mineral commissioners")}, set()),
        # a headline shortening the one policy the body names ("Ticket Act" for the Ticket Fairness Act) is it
        ("# Ticket Act\n\nThe Ticket Fairness Act (H.R. 123) was introduced in 2025. The Fan Coalition supports the "
         "legislation.\n", "a.md", {("fan coalition", "supports", "ticket fairness act")},
         {("fan coalition", "supports", "ticket act")}),
        # ... but not when the body names two it could shorten
        ("# Farm Act\n\nThe Farm Labor Act and the Farm Safety Act were introduced in 2025. The Growers Union "
         "opposes the Farm Labor Act.\n", "a.md", {("growers union", "criticizes", "farm labor act")},
         {("growers union", "criticizes", "farm safety act")}),
        # the bodies a letter names as it opens write it
        ("Dear Chair Okafor,\n\nHarbor Watch, the Sea Aid Network, and 40 other organizations write to urge the Harbor "
         "Commission to reject the Paid Priority Waiver. The waiver lets large marina chains favor their own boats."
         "\n\nWe oppose the Paid Priority Waiver.\n", "letter.txt",
         {("harbor watch", "criticizes", "paid priority waiver"),
          ("sea aid network", "criticizes", "paid priority waiver")}, set()),
        # a coalition writing as "the undersigned organizations" voices its worries once; each signatory still
        # takes the letter's stance
        ("Dear Chair Okafor:\n\nThe undersigned organizations write to urge the Harbor Commission to reject the Paid "
         "Priority Waiver. We are concerned that the waiver would raise mooring fees for small boat owners. We oppose "
         "the Paid Priority Waiver.\n\nSincerely,\n\nHarbor Watch Alliance\nSea Aid Network\n", "letter.txt",
         {("undersigned organizations", "raisesConcern", "raise mooring fees"),
          ("sea aid network", "criticizes", "paid priority waiver")},
         {("sea aid network", "raisesConcern", "raise mooring fees"),
          ("harbor watch alliance", "raisesConcern", "raise mooring fees")}),
        # people signing with the coalition one of them directs: the coalition voices the worries and the stances
        # on the rule's sections; each signer takes the stance on the rule
        ("Dear Chair Lee:\n\nWe write to urge the Harbor Commission to adopt the Mooring Rule. We support Section 4 of "
         "the Mooring Rule, which caps late fees. We are concerned that the rule would raise mooring fees for small "
         "boat owners.\n\nSincerely,\n\nDana Ruiz, Executive Director, Harbor Boaters Coalition\nSam Okafor, Owner, "
         "Okafor Marine Supply, Port Ellis\nLi Wen, Boat Owner\n", "letter.txt",
         {("harbor boaters coalition", "raisesConcern", "raise mooring fees"),
          ("harbor boaters coalition", "supports", "section 4"), ("sam okafor", "supports", "mooring rule")},
         {("sam okafor", "raisesConcern", "raise mooring fees"), ("dana ruiz", "supports", "section 4"),
          ("port ellis", "supports", "mooring rule")}),
        # ... also named by the kinds of its members, under an address block and a "Re:" line
        ("March 3, 2026\n\nThe Honorable Ana Ruiz\nCommissioner of Harbors\nHarbor Commission\n1 Dock Street, "
         "Suite 100\nPort Halvern, NV 89706\n\nRe: Request for a rule prohibiting paid priority berths at public "
         "marinas in the county\n\nDear Commissioner Ruiz:\n\nThe undersigned consumer, boating and community "
         "organizations write to urge the Harbor Commission to reject the Paid Priority Waiver. We are concerned that "
         "the waiver would raise mooring fees for small boat owners.\n\nRespectfully,\n\nHarbor Watch Alliance\n"
         "Sea Aid Network\n", "letter.txt",
         {("undersigned consumer, boating and community organizations", "raisesConcern", "raise mooring fees")},
         {("sea aid network", "raisesConcern", "raise mooring fees")}),
        # ... not whom they represent
        ("Dear Chair Okafor,\n\nThe Harbor Watch Alliance and the Sea Aid Network, which represent marina owners and "
         "fishing crews in 12 ports, submit these comments on the Paid Priority Waiver. The waiver lets large marina "
         "chains favor their own boats.\n\nWe oppose the Paid Priority Waiver.\n", "letter.txt",
         {("harbor watch alliance", "criticizes", "paid priority waiver"),
          ("sea aid network", "criticizes", "paid priority waiver")},
         {("marina owners", "criticizes", "paid priority waiver"),
          ("fishing crews", "criticizes", "paid priority waiver")}),
    ],
)
def test_extract_review_of_session_23(nlp, text, name, present, absent):
    _entities, relations, _x = run(nlp, text, name)
    assert present <= relations and not absent & relations, sorted(relations)


@pytest.mark.parametrize(
    "text, ban",
    [
        # a waiver or permit that exempts from a ban, or that someone lacks, imposes nothing
        ("# Harbor Rule\n\nThe Harbor Rule took effect in May. Night anchoring is generally prohibited "
         "unless the captain obtains a waiver from the Harbor Board.\n",
         ("harbor rule", "penalizes", "night anchoring")),
        ("# Harbor Rule\n\nThe Harbor Rule took effect in May. Boats without a mooring permit may not anchor in "
         "the channel.\n", ("harbor rule", "penalizes", "anchor in the channel")),
    ],
)
def test_extract_what_exempts_from_a_ban_does_not_impose_it(nlp, text, ban):
    _entities, relations, _x = run(nlp, text)
    assert ban in relations and {s for s, p, _o in relations if p == "penalizes"} == {"harbor rule"}, sorted(relations)


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("Section 12 requires each hospital to make public a list of its standard charges.", "list"),
        ("The rule requires lenders to make available the data they collect.", "data"),
    ],
)
def test_nlp_objects_after_made_public(nlp, text, obj):
    from policygraph.nlp import objects_after_made_public
    doc = objects_after_made_public(nlp(text))
    noun = next(t for t in doc if t.text == obj)
    assert noun.dep_ == "dobj" and noun.head.lemma_ == "make"


@pytest.mark.parametrize(
    ("text", "clause", "said"),
    [
        ("The Marina Owners Association said in a statement that the rule would impose a burden on small marinas.",
         "impose", True),
        ("The union argued in a letter to the board that the fee is unfair.", "is", True),
        # which statement, not what it says
        ("The Marina Owners Association said in a statement that was issued Monday it would sue.", "issued", False),
    ],
)
def test_nlp_statements_read_as_relatives(nlp, text, clause, said):
    from policygraph.nlp import statements_read_as_relatives
    doc = statements_read_as_relatives(nlp(text))
    verb = next(t for t in doc if t.text == clause)
    assert (verb.dep_ == "ccomp" and verb.head.lemma_ in {"say", "argue"}) is said, [(t.text, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize(
    ("text", "owner", "owned"),
    [
        ("We comment on the National Marine Fisheries Service's (NMFS) proposed rule requiring vessels to report "
         "bycatch.", "Service", "rule"),
        ("Boaters oppose the Harbor Commission's (HC) new docking rule.", "Commission", "rule"),
    ],
)
def test_nlp_possessives_before_bracketed_acronyms(nlp, text, owner, owned):
    from policygraph.nlp import possessives_before_bracketed_acronyms
    doc = possessives_before_bracketed_acronyms(nlp(text))
    possessor = next(t for t in doc if t.text == owner)
    assert possessor.dep_ == "poss" and possessor.head.text == owned


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        # later verbs of a list of infinitives hang on the first infinitive, not on the verb that asks for them
        ("The bill would require operators to register each aircraft, maintain liability insurance, and report "
         "any collision.", "maintain", "register"),
        ("The ordinance directs landlords to repair heaters, replace broken locks, and test smoke alarms.",
         "replace", "repair"),
        # a verb that agrees with the subject is the subject's own second act
        ("The Act requires operators to register, and imposes fines on violators.", "imposes", "requires"),
        # two verbs after a modal, no list: either reading is English; the parse stands
        ("The bill would require operators to register, and would impose fines on violators.", "impose", "require"),
    ],
)
def test_nlp_infinitive_lists_read_as_main_verbs(nlp, text, word, head):
    from policygraph.nlp import infinitive_lists_read_as_main_verbs
    doc = infinitive_lists_read_as_main_verbs(nlp(text))
    assert next(t for t in doc if t.text == word).head.text == head


@pytest.mark.parametrize(
    "text, acts",
    [
        ("The Drone Delivery Act would require delivery operators to register each aircraft, maintain liability "
         "insurance, and report any collision to the FAA within 24 hours.",
         {"register each aircraft", "maintain liability insurance", "report any collision"}),
        ("The ordinance directs landlords to repair heaters, replace broken locks, and test smoke alarms each year.",
         {"repair heaters", "replace broken locks", "test smoke alarms"}),
    ],
)
def test_extract_each_act_of_a_list_of_infinitives(nlp, text, acts):
    _entities, relations, _x = run(nlp, "# Rules\n\n" + text + "\n")
    done = {s for s, p, _o in relations if p == "performedBy"}
    assert acts <= done, sorted(relations)


@pytest.mark.parametrize(
    ("text", "head_of_second"),
    [
        # an "-ing" verb the parse joins to the infinitive of another "-ing" verb is that verb's conjunct
        ("Violations include failing to post prices and misrepresenting seat locations.", "failing"),
        ("The Act prohibits sellers from failing to refund buyers and charging hidden fees.", "failing"),
        # an infinitive joined to an infinitive stays where it is
        ("Sellers agreed to post prices and refund buyers.", "post"),
    ],
)
def test_nlp_gerunds_joined_to_infinitives(nlp, text, head_of_second):
    from policygraph.nlp import gerunds_joined_to_infinitives
    doc = gerunds_joined_to_infinitives(nlp(text))
    second = next(t for t in doc if t.lower_ in {"misrepresenting", "charging", "refund"})
    assert second.head.text == head_of_second


@pytest.mark.parametrize(
    "text",
    [
        "The Fee Rule took effect in May. The rule lowers costs for shops.",  # what it lowers is no worry
        "The Fee Rule took effect in May. The rule sets higher fees for late filers.",  # a fee is no harm word
        "The Fee Rule took effect in May. The cost of the rule is $2 million a year.",  # a cost said of nothing it befalls
        "The Fee Rule took effect in May. Critics say the Fee Rule is not a threat to small shops.",  # denied
        "The Fee Rule took effect in May. The landlord hurt his tenants.",  # a person's act, no policy's harm
        "The Harbor Rule took effect in May. A printer must display a warning on each receipt.",  # a machine owes nothing
        "The Harbor Rule took effect in May. The Harbor Board told owners that clean boats will get discounts.",
        # (found in review) a harm ended, dated, eased, or doing something else is no worry about the policy
        "The Fee Rule took effect in May. The Fee Rule ended a shortage of plumbers.",
        "The Fee Rule took effect in May. The storm caused damage to piers months before the Fee Rule was passed.",
        "The Fee Rule took effect in May. The Fee Rule requires insurers to cover damage to boats.",
        "The Fee Rule took effect in May. Before the Fee Rule, there was a shortage of berths.",
        "The Fee Rule took effect in May. The Fee Rule means lower costs for boaters.",
        "The Fee Rule took effect in May. The rule caused costs to fall.",
        "The Fee Rule took effect in May. The Fee Rule can hardly cause delays.",
        "The Fee Rule took effect in May. Would the Fee Rule impose costs on small yards?",
        "The Fee Rule took effect in May. The Marina Association supported the Fee Rule, citing lower costs for boaters.",
        'The Fee Rule took effect in May. "Costs fell on Monday for the first time," said Jo Park.',
        "The Fee Rule took effect in May. The Fee Rule aims to cut funding for the Coast Guard.",
        "The Fee Rule took effect in May. The Marina Association warned that the costs of repealing the Fee Rule would be high.",
        "The Fee Rule took effect in May. The Fee Rule does not hurt small farms.",
        "The Fee Rule took effect in May. If the Fee Rule hurt small farms, lawmakers would act.",
    ],
)
def test_extract_no_worry_without_harm(nlp, text):
    entities, _relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert not [e for e in entities.values() if e.category == "Concern"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Pier Group said the Integrity Plan is not a good step.", None),  # a judgement denied is none
        ("The Pier Group said the Integrity Plan is a step.", None),  # a step, said of nothing good
        # (found in review) a judgement of something else, denied or supposed, is no stance on the policy
        ("The Pier Group said it would be a mistake to repeal the Integrity Plan.", None),
        ("The Pier Group said it is essential that the Integrity Plan be repealed.", None),
        ("The Pier Group said the Integrity Plan is hardly a success.", None),
        ("Mayor Lee is no supporter of the Integrity Plan.", None),
        ("Mayor Lee is a former supporter of the Integrity Plan.", None),
        ("Is the Marina Association a supporter of the Integrity Plan?", None),
        ("The Canoe League said the Integrity Plan has been a success.", "supports"),
    ],
)
def test_extract_judged_in_speech(nlp, text, stance):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    found = {p for s, p, o in relations if o == "integrity plan" and p in {"supports", "criticizes"}}
    assert found == ({stance} if stance else set())


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # a verb after "that" read as a noun is the relative clause's verb
        ("Retailers that misrepresent projected savings will be fined.", {2: "misrepresent"}),
        # a noun modifying the clause's subject, or a verb read right, is left alone
        ("The program that farm workers use is popular.", {}),
        ("Lenders that report late payments are audited.", {}),
        # an -s word after "that" and a singular noun, read as a modifier of the next noun, is the clause's verb
        ("A dealer that detects lead would have to notify buyers.", {3: "detect"}),
        ("An employer that detects lead must notify parents.", {3: "detect"}),
        # a plural noun after a plural noun is no verb that agrees with it
        ("The marinas that boat owners use must post fees.", {}),
        # a base form after a plural, before a singular noun no verb follows, is the clause's verb
        ("The act penalizes marinas that discharge sewage, store fuel or sell plastics.", {5: "discharge"}),
        # a singular noun with its verb after it is the clause's subject
        ("The rules that school staff follow are strict.", {}),
        # (session 42) ... and before a plural object, when "to" or a preposition follows it
        ("Section 4 would require marinas that process payments to transfer fees within seven days.", {6: "process"}),
        ("The act replaces rules that price caps will replace.", {}),
    ],
)
def test_nlp_relative_verbs_read_as_nouns(nlp, text, verbs):
    from policygraph.nlp import english_verbs, relative_verbs_read_as_nouns
    assert relative_verbs_read_as_nouns(nlp(text), english_verbs(nlp)) == verbs


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # a second verb after "and", joined to a first verb but read as an adjective before its object
        ("The rule would require marinas to develop a written fuel spill plan and designate a spill coordinator.",
         {13: "designate"}),
        # an adjective before a noun, or after a noun, is left alone
        ("The rule requires marinas to keep logs and clean equipment.", {}),
        ("Marinas must post prices that are fair and clear.", {}),
    ],
)
def test_nlp_coordinated_verbs_read_as_adjectives(nlp, text, verbs):
    from policygraph.nlp import coordinated_verbs_read_as_adjectives, english_verbs
    assert coordinated_verbs_read_as_adjectives(nlp(text), english_verbs(nlp)) == verbs


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # an infinitive's verb read as an adjective though the parse gives it an object
        ("Would require platforms and any third-party verification vendor to delete information collected for age "
         "verification within 30 days.", {11: "delete"}),
        # an adjective after "to be", or with no object, is left alone
        ("The rule requires marinas to be clear about fees.", {}),
        ("Prices went from high to low overnight.", {}),
    ],
)
def test_nlp_infinitives_read_as_adjectives(nlp, text, verbs):
    from policygraph.nlp import english_verbs, infinitives_read_as_adjectives
    assert infinitives_read_as_adjectives(nlp(text), english_verbs(nlp)) == verbs


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # a bare verb after an asking verb's "that" and the subject, read as one more noun of the subject
        ("The auditor recommended that the department review grantee spending each quarter.", {6: "review"}),
        ("The auditor recommended that the Department of Labor review grantee spending.", {8: "review"}),
        # of the subject's words English has as verbs, one it has only as a verb
        ("The report recommended that the state budget office publish data.", {8: "publish"}),
        # a verb joined to a noun of the clause is the list's next act, no verb of the clause's own
        ("The auditor urged that the county review grantee spending and recover improper payments.", {6: "review"}),
        # the verb comes right after the subject's head, the last word for someone
        ("The auditor recommended that the city water department test lead levels monthly.", {8: "test"}),
        # a clause with its own verb, or a noun phrase with a verb after it, is left alone
        ("The board recommended that the department review be completed by May.", {}),
        ("The auditor recommended that the state park fee be waived.", {}),
        ("OIG urged that each county adopt a written plan.", {}),
        ("The law requires that the landlord return the deposit.", {}),
        ("Critics noted that the city council review found nothing.", {}),
    ],
)
def test_nlp_subjunctive_verbs_read_as_nouns(nlp, text, verbs):
    from policygraph.nlp import english_nouns, english_verbs, subjunctive_verbs_read_as_nouns
    lex = load_lexicon()
    doers = frozenset(w for w, classes in lex.head_nouns.items() if any(lex.core(c) == "Actor" for c in classes))
    assert subjunctive_verbs_read_as_nouns(nlp(text), english_verbs(nlp), english_nouns(nlp), doers) == verbs


@pytest.mark.parametrize(
    ("text", "participles"),
    [
        # a participle right after its noun, read as the sentence's verb, is a reduced relative clause's
        ("Providers rated under the Harbor Rating System receive a quality bonus.", {1: "rate"}),
        ("Companies found placing unsafe goods on the market face fines.", {1: "find"}),
        # ... also when an "and" after the real verb joins a second one to it
        ("Marinas found to have dumped fuel into the bay may be cited and fined.", {1: "find"}),
        # a past tense with its own verb after "and", or with nothing stranded after it, is the verb
        ("Inspectors visited the marina and found leaks.", {}),
        ("Regulators finalized the Harbor Rule last year.", {}),
        ("The state required employers to post notices in 2019 yet now exempts small firms.", {}),  # two clauses
        ("Marinas opposed the Harbor Rule, which takes effect in May.", {}),
    ],
)
def test_nlp_reduced_relatives(nlp, text, participles):
    from policygraph.nlp import reduced_relatives
    assert reduced_relatives(nlp(text)) == participles


def test_extract_what_someone_is_found_doing_under_a_rule_is_their_punished_conduct(nlp):
    _entities, relations, _x = run(nlp, "# Boats\n\nUnder the Harbour Rule, marinas found placing unsafe moorings in "
                                         "the channel face fines.\n")
    assert {("harbour rule", "penalizes", "placing unsafe moorings"),
            ("placing unsafe moorings", "performedBy", "marinas")} <= relations


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # "is" agrees with the singular noun of the phrase, not with the plural noun the parse hangs it on
        ("The Star Program is a labeling program for homes and plants that is managed by the agency.", "program"),
        ("The rule sets a deadline for landlords who are renting out basements.", "landlords"),
        # "are" agrees with the plural noun it already hangs on
        ("It is a program for new homes that are built after 2020.", "homes"),
    ],
)
def test_nlp_relative_clauses_by_agreement(nlp, text, holder):
    from policygraph.nlp import relative_clauses_by_agreement
    doc = relative_clauses_by_agreement(nlp(text))
    clause = next(t for t in doc if t.dep_ == "relcl")
    assert clause.head.text == holder


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # a verb after "or", read as a modifier of the object the parse joined to the first verb: both verbs
        ("Screening companies must correct or delete inaccurate information within 30 days.", ["correct", "delete"]),
        ("Residents know which actions earn or cost points.", ["earn", "cost"]),
        # a first verb with an object of its own lists objects, not verbs
        ("Contractors must file reports, post notices, and keep payroll records, time sheets, and work logs.",
         ["keep"]),
    ],
)
def test_nlp_second_verbs_read_as_modifiers(nlp, text, verbs):
    from policygraph.nlp import english_verbs, second_verbs_read_as_modifiers
    doc = second_verbs_read_as_modifiers(nlp(text), english_verbs(nlp))
    first = next(t for t in doc if t.lower_ == verbs[0])
    assert [t.text for t in [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB")]] == verbs


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "much" after "how" is the amount acted on, not a word of the plural subject
        ("The Harbor Act governs how much landlords can charge for application fees.", ["landlords"]),
        # "how many" counts the noun it modifies
        ("The Harbor Act governs how many landlords can charge fees.", ["how", "many", "landlords"]),
    ],
)
def test_nlp_amounts_read_as_modifiers(nlp, text, subject):
    from policygraph.nlp import amounts_read_as_modifiers
    doc = amounts_read_as_modifiers(nlp(text))
    noun = next(t for t in doc if t.lower_ == "landlords")
    assert [t.text for t in noun.subtree] == subject


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # an aside between commas does not part the one told to act from what it is told
        ("The act would direct the Coast Guard, in consultation with the Harbor Board, to issue regulations.", True),
        # an infinitive after a comma with no aside is the whole clause's purpose
        ("The act funds the Coast Guard, to protect the harbor.", False),
    ],
)
def test_nlp_infinitives_after_asides(nlp, text, told):
    from policygraph.nlp import infinitives_after_asides
    doc = infinitives_after_asides(nlp(text))
    assert any(t.dep_ == "xcomp" and t.tag_ == "VB" for t in doc) == told


@pytest.mark.parametrize(
    ("repair", "text", "word", "parse"),
    [
        # the participle after its noun is no past tense with the noun as its subject
        ("participles_read_as_clausal_subjects", "Dealers licensed under the Harbor Act shall keep logs.", "Dealers",
         ("nsubj", "keep")),
        ("participles_read_as_clausal_subjects", "Operators permitted under Section 4 may not discharge waste.",
         "Operators", ("nsubj", "discharge")),
        # a past tense with its own object is one ("Dealers sold boats ...")
        ("participles_read_as_clausal_subjects", "Dealers who sold boats must keep logs.", "Dealers",
         ("nsubj", "keep")),
        # the verb after a relative clause set off by commas is the subject's, not a participle on its last noun
        ("verbs_read_inside_asides", "The Harbor Boaters Association, which represents about 300 members, lobbied "
         "against the ordinance.", "Association", ("nsubj", "lobbied")),
        ("verbs_read_inside_asides", "The Harbor Boaters Association, which represents about 300 members, lobbied "
         "against the ordinance; the amendment failed.", "Association", ("nsubj", "lobbied")),
        # a participle hung on a noun with no comma before it stays one
        ("verbs_read_inside_asides", "The marina, which serves boats registered in May, closed.", "registered",
         ("acl", "boats")),
        # "to A, to B, and to C": the second item is no purpose of the clause
        ("infinitive_lists_read_as_purposes", "The rule requires employers to provide shade, to maintain a written "
         "plan, and to follow a schedule.", "maintain", ("conj", "provide")),
        ("infinitive_lists_read_as_purposes", "The agency adopted a rule, which requires employers to provide shade "
         "whenever the heat index exceeds 90 degrees, to maintain a written plan, and to follow a schedule.", "follow",
         ("conj", "provide")),
        # one infinitive after a comma, with no list going on, stays the purpose
        ("infinitive_lists_read_as_purposes", "The rule requires employers to keep records, to protect workers.",
         "protect", ("advcl", "keep")),
        # after a list of objects, the infinitive the parser hangs on the first is what the list is told to do
        ("infinitives_read_as_relatives", "The Act requires manufacturers, distributors and retailers to report to "
         "the agency within 10 business days after obtaining information that a product contains a defect.",
         "report", ("xcomp", "requires")),
        ("infinitives_read_as_relatives", "The Act requires manufacturers, distributors and retailers to report to "
         "the agency.", "report", ("xcomp", "requires")),
        # a verb that has its own infinitive keeps it: the later one belongs to the noun it follows
        ("infinitives_read_as_relatives", "The rule asks marinas to publish the fees to pay.", "pay",
         ("relcl", "fees")),
    ],
)
def test_nlp_session_43_repairs(nlp, repair, text, word, parse):
    import policygraph.nlp
    doc = getattr(policygraph.nlp, repair)(nlp(text))
    tok = next(t for t in doc if t.text == word)
    assert (tok.dep_, tok.head.text) == parse


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # (session 44) a letter after a designating noun, then a full stop: the sentence ends there
        ("Banks must comply with Regulation E. The Board agrees.", ["Banks must comply with Regulation E.",
                                                                    "The Board agrees."]),
        ("Dealers must file Schedule C. Most do.", ["Dealers must file Schedule C.", "Most do."]),
        ("Banks must comply with Regulation E.", ["Banks must comply with Regulation E."]),
        # a person's initial is no sentence's end
        ("The bill was named for John F. Kennedy by the council.", ["The bill was named for John F. Kennedy by the "
                                                                    "council."]),
        # past two spaces or a line break; "Plan B. Morgan" may be a name
        ("Banks must comply with Regulation E.  The Board agrees.", ["Banks must comply with Regulation E.  ",
                                                                     "The Board agrees."]),
        ("Banks must comply with Regulation E.\nThe Board agrees.", ["Banks must comply with Regulation E.\n",
                                                                      "The Board agrees."]),
        ("The memo is signed by Plan B. Morgan today.", ["The memo is signed by Plan B. Morgan today."]),
    ],
)
def test_nlp_a_designating_letter_can_end_a_sentence(nlp, text, sentences):
    doc = nlp(text)
    assert [s.text for s in doc.sents] == sentences
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "clause", "acts"),
    [
        # later verbs of a relative clause's list, hung on the sentence's verb, are the clause's
        ("The act would impose fines on operators who dump waste, falsify logs, or refuse inspections.",
         "dump", ["falsify", "refuse"]),
        # a verb in the sentence verb's own form stays the sentence's
        ("The act fines operators who dump waste, and it funds cleanups.", "dump", []),
    ],
)
def test_nlp_relative_lists_read_as_main_verbs(nlp, text, clause, acts):
    from policygraph.nlp import relative_lists_read_as_main_verbs
    doc = relative_lists_read_as_main_verbs(nlp(text))
    verb = next(t for t in doc if t.text == clause)
    assert [c.text for c in verb.conjuncts if c.i > verb.i] == acts


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # a failure read as the whole sentence is the subject of what it brings
        ("Failure to correct the violation after a reinspection results in a citation of $250.", "results", "Failure"),
        ("Refusal to allow an inspection leads to a fine.", "leads", "Refusal"),
        # a sentence the parser reads right is left alone
        ("Failure to file the report may result in penalties.", "result", "Failure"),
    ],
)
def test_nlp_failures_read_as_the_sentence(nlp, text, verb, subject):
    from policygraph.nlp import failures_read_as_the_sentence
    doc = failures_read_as_the_sentence(nlp(text))
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == verb and [c.text for c in root.children if c.dep_ == "nsubj"] == [subject]
    assert sum(1 for t in doc if t.head.i == t.i) == 1  # one tree


@pytest.mark.parametrize(
    ("text", "gerunds"),
    [
        # an "-ing" word read as its object's adjective, with more "-ing" clauses after a comma: a list of acts
        ("Prohibited practices include discharging sewage, storing fuel near the water and selling plastics.",
         ["discharging", "storing", "selling"]),
        # an adjective with no list after it stays one
        ("The rule limits existing permits.", []),
    ],
)
def test_nlp_gerunds_read_as_modifiers(nlp, text, gerunds):
    from policygraph.nlp import gerunds_read_as_modifiers
    doc = gerunds_read_as_modifiers(nlp(text))
    first = [t for t in doc if t.tag_ == "VBG" and t.dep_ == "xcomp"]
    listed = first + [c for f in first for c in f.conjuncts if c.i > f.i]
    assert [t.text for t in listed] == gerunds


@pytest.mark.parametrize(
    ("text", "subject", "acts"),
    [
        # a singular verb with a plural noun: the "-ing" word opens the subject, the noun is its object
        ("Under the new rules, washing cars is banned.", "washing", ["washing"]),
        # a list of "-ing" acts after a comma hung on the noun: the first act and the list
        ("Washing cars at home with a running hose, filling swimming pools and hosing down driveways are banned "
         "outright.", "Washing", ["Washing", "filling", "hosing"]),
        # a plural that agrees, with no list: the noun keeps its modifier
        ("Flashing lights are prohibited on bicycles.", "lights", []),
        ("Rolling blackouts are possible this summer.", "blackouts", []),
        # an aside set off by commas is no list of acts, and a copula says what the noun is
        ("Competing developers, hoping to win the dredging contract, have lobbied against the ordinance.",
         "developers", []),
        ("Rising rents is the top concern for voters.", "rents", []),
        # a copula with an adjective says what the act is; a list without "and" is a list too
        ("Under the new park ordinance, feeding pigeons is illegal.", "feeding", ["feeding"]),
        ("Washing cars, filling pools, hosing down driveways are banned.", "Washing", ["Washing", "filling", "hosing"]),
    ],
)
def test_nlp_gerund_subjects_read_as_modifiers(nlp, text, subject, acts):
    from policygraph.nlp import gerund_subjects_read_as_modifiers
    doc = gerund_subjects_read_as_modifiers(nlp(text))
    root = next(t for t in doc if t.dep_ == "ROOT")
    head = next(c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"})
    assert head.text == subject
    assert [t.text for t in [head, *head.conjuncts] if t.tag_ == "VBG" and head.tag_ == "VBG"] == acts


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # after an opening phrase and its comma, an "-ing" phrase the parse hung on the comma is the subject
        ("Under the Drought Rule, filling swimming pools and hosing down driveways are banned outright.", "filling"),
        # an "-ing" subject already read as one is left as it is
        ("After dark, fishing from the pier is prohibited.", "fishing"),
        # ... or hung on the opening phrase's noun, or read as a noun
        ("Under the Heat Standard, dismissing or demoting a worker for refusing unsafe work is prohibited.",
         "dismissing"),
        ("Under the Heat Standard, dismissing, demoting or otherwise penalising a worker would be prohibited.",
         "dismissing"),
        # an "-ing" clause of manner, with the verb's own subject after it, is no subject
        ("Under the rule, citing safety concerns, the council closed the pier.", "council"),
        # (session 42) opening the sentence, a list of acts set off by commas before the verb is its subject
        ("Refusing service to a rider, or charging higher fares to riders, is prohibited under Section 12.",
         "Refusing"),
        ("Hoping to cut costs, or saving money, the company closed the pier.", "company"),
    ],
)
def test_nlp_gerund_subjects_read_as_prepositions(nlp, text, subject):
    from policygraph.nlp import gerund_subjects_read_as_prepositions
    doc = gerund_subjects_read_as_prepositions(nlp(text))
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert [c.text for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}] == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a lead-in label before a colon is not the clause's subject
        ("Wage Rates: The grower must pay each seasonal hand the posted rate.", "grower"),
        ("Recordkeeping: Landlords must keep rent receipts for three years.", "Landlords"),
        # a subject with no colon before the verb stays the subject
        ("The grower must pay each seasonal hand the posted rate.", "grower"),
    ],
)
def test_nlp_labels_read_as_subjects(nlp, text, subject):
    from policygraph.nlp import labels_read_as_subjects
    doc = labels_read_as_subjects(nlp(text))
    verb = next(t for t in doc if t.lemma_ in {"pay", "keep"})
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    # a lower-case noun before a name that the parse makes a second subject describes the name
    ("The charity Harbor Kids Alliance backed the ordinance.", ["Alliance"]),
    ("The charity Allergy Action Harbor backed the ordinance.", ["Harbor"]),
    # two subjects apart are left as they are
    ("The Harbor Kids Alliance backed the ordinance.", ["Alliance"]),
])
def test_nlp_descriptions_read_as_subjects(nlp, text, subject):
    from policygraph.nlp import descriptions_read_as_subjects
    doc = descriptions_read_as_subjects(nlp(text))
    verb = next(t for t in doc if t.lemma_ in {"back", "oppose"})
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == subject


def _list_members(verb):
    """The verb's subject and the conjuncts chained on it."""
    found = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for member in found:
        found += [c for c in member.children if c.dep_ == "conj" and c not in found]
    return [t.text for t in found]


@pytest.mark.parametrize(
    ("text", "verb", "members"),
    [
        # a list after an opening phrase's comma is the verb's subject, not more of what it is "under"
        ("Under the Safe Boats Act, boat owners, marina operators and charter companies must carry life jackets.",
         "carry", ["owners", "operators", "companies"]),
        ("Under the Harbor Fuel Rule, tank owners, fuel haulers and dock managers are required to report spills.",
         "required", ["owners", "haulers", "managers"]),
        # a verb that has its subject keeps it; an opening phrase with no list after it is left alone
        ("Under the new rule, employers, staffing agencies, and recruiters must keep records.",
         "keep", ["employers", "agencies", "recruiters"]),
        ("Under the Safe Boats Act, boat owners must carry life jackets.", "carry", ["owners"]),
    ],
)
def test_nlp_subjects_read_as_conjuncts_of_an_opening(nlp, text, verb, members):
    from policygraph.nlp import subjects_read_as_conjuncts_of_an_opening
    doc = subjects_read_as_conjuncts_of_an_opening(nlp(text))
    assert _list_members(next(t for t in doc if t.text == verb)) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a name, a comma and a list with "and": the list goes on, it is no second name for the first
        ("The Coast Guard, state boating agencies and local police enforce the act.",
         ["Guard", "agencies", "police"]),
        ("The Department of Labor, state workforce agencies and employers share the duty.",
         ["Department", "agencies", "employers"]),
        # a second name closed by a comma, or a verb that agrees with one party, keeps the apposition
        ("The Board, a group of growers and ranchers, enforces the act.", ["Board"]),
        ("The Harbor Board, its chair and two deputies enforces the act.", ["Board"]),
    ],
)
def test_nlp_lists_read_as_appositions(nlp, text, members):
    from policygraph.nlp import lists_read_as_appositions
    doc = lists_read_as_appositions(nlp(text))
    assert _list_members(next(t for t in doc if t.dep_ == "ROOT")) == members


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a name and a lower-case phrase after "and", read as modifiers of one noun, are two parties
        ("The FTC and state attorneys general could enforce the act.", ["FTC", "general"]),
        ("The Harbor Commission and state regulators would enforce the act.", ["Commission", "regulators"]),
        # one name with "and" inside stays one
        ("The Harbor and Marina Commission enforces the act.", ["Commission"]),
    ],
)
def test_nlp_coordinations_read_as_modifiers(nlp, text, subjects):
    from policygraph.nlp import coordinations_read_as_modifiers
    doc = coordinations_read_as_modifiers(nlp(text))
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert [t.text for t in [subject, *subject.conjuncts]] == subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Safe Care Rule requires agencies to report patient falls to the state.",
         ("report patient falls", "performedBy", "agencies")),
        ("The Fair Rent Act bans rent increases above 5 percent.", ("fair rent act", "penalizes", "rent increases")),
    ],
)
def test_extract_nouns_misread_as_verbs_are_read_again(nlp, text, expected):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert expected in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each "-ing" act in a list is its own, also after a failure with its infinitive
        ("The Ticket Act prohibits sellers from failing to refund buyers and charging hidden fees.",
         {("ticket act", "penalizes", "failing to refund buyers"), ("ticket act", "penalizes", "charging hidden fees"),
          ("charging hidden fees", "performedBy", "sellers")}),
        ("Violations of the Ticket Act include failing to post prices and misrepresenting seat locations.",
         {("ticket act", "penalizes", "failing to post prices"),
          ("ticket act", "penalizes", "misrepresenting seat locations")}),
    ],
)
def test_extract_gerunds_after_a_failure_are_acts_of_their_own(nlp, text, expected):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert expected <= set(relations), sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Owners who fail to register face a fine under the Clean Boats Rule.",
         ("clean boats rule", "penalizes", "fail to register"), None),
        # the failure is punished, not the act it fails to do
        ("Failure to report a spill results in a $500 fine under the Clean Boats Rule.",
         ("clean boats rule", "penalizes", "failure to report a spill"),
         ("clean boats rule", "penalizes", "report a spill")),
        ("The Clean Boats Rule bans anchoring in seagrass beds.", ("clean boats rule", "penalizes", "anchoring"), None),
        # a stand-in verb before a gerund must keep the gerund its object
        ("The Green Points Scheme penalizes littering.", ("green points scheme", "penalizes", "littering"), None),
        ("The Green Points Scheme rewards volunteering.", ("green points scheme", "rewards", "volunteering"), None),
        ("Under the Clean Boats Rule, a boat owner who misses an inspection risks losing the mooring permit.",
         ("clean boats rule", "penalizes", "misses an inspection"), None),
        # a body's own reward, granted through "which", is no reward of the policy the article is about
        ("The Clean Boats Rule took effect in May. The Harbor Department, which offers stipends to owners who "
         "remove old hulls, praised the rule.", ("harbor department", "supports", "clean boats rule"),
         ("clean boats rule", "rewards", "remove old hulls")),
    ],
)
def test_extract_consequences_the_tagger_misreads_are_read(nlp, text, expected, absent):
    _, relations, _x = run(nlp, "# Harbor notes\n\n" + text + "\n")
    assert expected in relations, sorted(relations)
    assert absent not in relations


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("fined", "fine"), ("rated", "rate"), ("rates", "rate"), ("penalized", "penalize")],
)
def test_nlp_cue_verbs_get_their_base_form(nlp, form, lemma):
    doc = nlp(f"Owners who dump waste are {form} by the commission." if form.endswith("d")
              else f"The commission {form} owners who dump waste.")
    assert [t.lemma_ for t in doc if t.lower_ == form] == [lemma]


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        ("The Assembly approved the Honest Ticket Act, a bill that would cap resale prices. Under the bill, "
         "sellers must show all fees.", "Honest Ticket Act", "bill"),
        ("The bill, the Honest Ticket Act, caps resale prices. Sellers oppose the bill.", "Honest Ticket Act", "bill"),
        ("The Honest Ticket Act is a bill that caps resale prices. Sellers oppose the bill.", "Honest Ticket Act", "bill"),
    ],
)
def test_extract_a_description_set_beside_a_policy_s_name_is_that_policy(nlp, text, name, description):
    entities, _, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert description in entities[name.lower()].aliases, sorted(entities)
    assert description not in entities


def test_extract_a_plural_description_beside_names_lists_them(nlp):
    entities, _, _ = run(nlp, "Policy note\n\nThe city runs two programmes, the Green Roof Program and the Clean "
                              "Boats Program. The programmes are popular.\n")
    assert "programmes" not in entities["green roof program"].aliases


def test_extract_a_thing_named_and_described_is_labelled_by_its_name(nlp):
    entities, _, _ = run(nlp, "Policy note\n\nThe Marren State Board of Education adopted the Clean Boats Rule. "
                              "The board meets monthly. The board voted twice. The board will review it.\n")
    assert "marren state board of education" in entities, sorted(entities)
    assert "board" in {a.lower() for a in entities["marren state board of education"].aliases}


def test_extract_what_someone_warns_a_policy_leads_to_is_their_worry_about_it(nlp):
    _, relations, _ = run(nlp, "Policy note\n\nSome economists warned that price caps under the Honest Ticket Act "
                               "often lead to ticket shortages.\n")
    # (the caps are a part of the Act, and the worry is about them)
    assert {("economists", "raisesConcern", "ticket shortages"), ("ticket shortages", "concernAbout", "price caps"),
            ("price caps", "partOf", "honest ticket act")} <= relations, sorted(relations)


def test_extract_a_news_dateline_is_not_the_subject(nlp):
    _, relations, x = run(nlp, "# Boats\n\nWASHINGTON \u2014 The Harbor Commission (HC) today announced a final rule "
                               "that limits hull paint. The final rule takes effect in July.\n")
    assert ("final rule", "issuedBy", "harbor commission") in relations, sorted(relations)
    assert x.sentences[1].text.startswith("WASHINGTON")  # the evidence is the text as written


def test_extract_a_dateline_after_a_bold_headline_is_not_read():
    # a press release: the dateline opens the paragraph after a bold headline, not the first one
    from policygraph.extract import segments_of
    from policygraph.ontology import load_lexicon

    article = parse_article("FOR IMMEDIATE RELEASE\nOffice of Senator Ana Ruiz\n\n**Senator Ruiz Introduces the "
                            "Harbor Act**\n\nWASHINGTON \u2014 Senator Ana Ruiz today introduced the Harbor Act, "
                            "legislation that would require boat dealers to test every hull for leaks before a sale. "
                            "The bill has the support of the harbor pilots.\n".encode(), path=Path("r.md"))
    texts = [seg.text for seg in segments_of(article, load_lexicon()) if "Senator Ana Ruiz today" in seg.text]
    assert texts and texts[0].lstrip().startswith("Senator Ana Ruiz today"), texts


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a headline capitalises every word: a run in it is a name only if the text uses it too
        ("# Harbor Commission Finalizes Rule on Hull Paint\n\nThe Harbor Commission issued a rule on hull paint.\n",
         set(), {"harbor commission finalizes rule", "commission finalizes rule", "finalizes rule"}),
        ("# Why the Clean Boats Rule Matters for Marinas\n\nThe Harbor Commission enforces the Clean Boats Rule.\n",
         {"clean boats rule"}, set()),
        # a title line too long for a heading is a headline too: a run in it the text does not repeat names nothing
        ("# Audit\n\nDelmont Did Not Ensure That Providers Funded Under the Safe Care Grant Program Met Inspection and "
         "Background Check Requirements\n\nThe Safe Care Grant Program funds child care providers.\n",
         {"safe care grant program"}, {"safe care grant program met inspection and background check requirements"}),
        # a sum of money before a headline's noun names nothing: the settlement is the one the text tells of
        ("# News\n\n## Attorney General Secures $4.2 Million Settlement with Acme Docks\n\nThe Attorney General "
         "announced a settlement with Acme Docks. Under the settlement, Acme Docks must refund fees.\n",
         {"settlement"}, {"4.2 million settlement", "million settlement"}),
    ],
)
def test_extract_a_headline_names_only_what_the_text_also_names(nlp, text, kept, dropped):
    entities, _, _ = run(nlp, text)
    assert kept <= set(entities) and not dropped & set(entities), sorted(entities)


def test_extract_a_policy_going_far_enough_is_no_criticism(nlp):
    _, relations, _ = run(nlp, "Policy note\n\nMarina owners say the Clean Boats Rule goes far enough.\n")
    assert not {r for r in relations if r[1] == "criticizes"}, relations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a vague word opening a proper name is part of it
        ("The First Harbor District Court upheld the injunction against the Clean Boats Rule.",
         "first harbor district court"),
        ("Critics say the Clean Boats Rule violates the First and Fourth Amendments.", "first and fourth amendments"),
    ],
)
def test_extract_a_name_keeps_its_opening_word(nlp, text, name):
    entities, _, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert name in entities, sorted(entities)


def test_extract_a_policy_described_with_and_without_a_programme_word_is_one(nlp):
    entities, _, _ = run(nlp, "Policy note\n\nThe city launched a pilot program in 2024. The pilot tested curbside "
                              "composting. Residents praised the pilot.\n")
    pilots = [e for e in entities.values() if e.category == "Policy" and "pilot" in {e.label, *e.aliases}]
    assert len(pilots) == 1 and "pilot program" in {pilots[0].label, *pilots[0].aliases}, sorted(entities)


SPEAKERS = """# Groups urge Congress to pass the Harbor Privacy Act

Boating groups launched a campaign on Monday.

Remarks attributed to Linda Park, director of Harbor Watch:

"Marinas collect location data from every boat. We worry about data harvesting. Congress must pass the Harbor Privacy Act."

"The current rules are inadequate to protect boaters," said Tom Okafor, president of the Boaters Union.

"We have waited years for this," said Rita Vance, president of the Dock Workers Guild. "The Harbor Privacy Act \
protects families."

"The Harbor Privacy Act will hurt small marinas," said Omar Fitch, owner of Fitch Marine.

"The Harbor Privacy Act helps no one who fishes," said Ada Lund. "It punishes polluters, as it should," said Ed Moss.

Data harvesting also worries insurers.
"""


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        (("linda park", "raisesConcern", "data harvesting"), True),
        (("linda park", "supports", "harbor privacy act"), True),
        (("tom okafor", "raisesConcern", "inadequate"), True),
        (("tom okafor", "raisesConcern", "data harvesting"), False),  # not in his words
        # what a speaker says the policy does for or to people is their stance
        (("rita vance", "supports", "harbor privacy act"), True),
        (("omar fitch", "criticizes", "harbor privacy act"), True),
        (("ada lund", "supports", "harbor privacy act"), False),  # "helps no one"
        (("ed moss", "criticizes", "harbor privacy act"), False),  # punishing wrongdoers is no harm
    ],
)
def test_extract_a_quoted_speaker_s_words_state_their_stance(nlp, relation, expected):
    _, relations, _ = run(nlp, SPEAKERS)
    assert (relation in relations) == expected, sorted(relations)


LETTER = """# Letter on the Data Broker Loophole Act

Dear Chair Lopez:

We, the undersigned privacy organizations, write to urge you to reject the Data Broker Loophole Act. The bill allows data brokers to sell location data without consent.

We support a federal privacy law that requires companies to minimize the data they collect.

Sincerely,
Privacy Now
Center for Fair Data
"""


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        (("privacy now", "criticizes", "data broker loophole act"), True),
        (("center for fair data", "criticizes", "data broker loophole act"), True),
        (("center for fair data", "supports", "federal privacy law"), True),
        (("privacy now", "supports", "data broker loophole act"), False),
    ],
)
def test_extract_a_letter_s_we_is_its_signatories(nlp, relation, expected):
    _, relations, x = run(nlp, LETTER)
    assert (relation in relations) == expected, sorted(relations)
    assert any(s.text == "Center for Fair Data" for s in x.sentences)  # each signatory line is its own evidence


def test_extract_a_hyphenated_number_before_a_name_is_not_part_of_it(nlp):
    entities, _, _ = run(nlp, "Policy note\n\nThe clinic signed a five-year Corporate Integrity Agreement with the "
                              "Harbor Commission.\n")
    assert "corporate integrity agreement" in entities, sorted(entities)
    assert not any(label.startswith("year") for label in entities)


def test_extract_a_name_the_article_defines_is_whole_wherever_it_is_written(nlp):
    entities, _, _ = run(nlp, "Policy note\n\nThe Parents with Young Children Act (PYCA) funds child care. Employers "
                              "covered by the Parents with Young Children Act must post notices. The Parents with "
                              "Young Children Act took effect in May.\n")
    assert "parents with young children act" in entities, sorted(entities)
    assert not {"parents", "young children act"} & set(entities), sorted(entities)


def test_extract_the_amended_rule_is_the_rule(nlp):
    _, relations, _ = run(nlp, "Policy note\n\nThe Harbor Commission amended the Clean Boats Rule in May. Under the "
                               "amended rule, marinas that sell banned paint will lose their operating licenses.\n")
    assert ("clean boats rule", "penalizes", "sell banned paint") in relations, sorted(relations)
    assert not any(s == "operating licenses" for s, _p, _o in relations)


@pytest.mark.parametrize(("item", "conduct"), [
    ("Post notices in every break room.", "post notices"),
    ("File reports with the Harbor Commission each quarter.", "file reports"),
    ("Train supervisors to recognize heat illness.", "train supervisors"),
    ("brief every supervisor on heat illness before each shift;", "brief every supervisor"),  # a one-sentence item
    ("Report spills to the office within a day.", "report spills"),  # "spills" read as the verb
])
def test_extract_a_command_the_tagger_reads_as_a_noun_is_conduct(nlp, item, conduct):
    text = "# Heat Safety Standard\n\nUnder the Heat Safety Standard, employers must:\n\n- " + item + "\n"
    entities, relations, _ = run(nlp, text)
    assert (conduct, "performedBy", "employers") in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("post notices in every break room.", {"post": "post"}),
        ("provide cool drinking water at no cost.", {}),  # read as the verb it is
        ("brief every renter on the noise limits.", {"brief": "brief"}),
        ("the hours worked each day.", {}),  # an item that is a noun phrase
        ("any deductions from wages.", {}),
        ("report spills to the office within a day.", {"report": "report"}),  # its object read as its verb
        # an item going on from a policy's lead-in, in the third person, with a cue verb
        ("obliges marinas to pay a $30 annual charge per berth.", {"obliges": "obliges"}),
        ("bans anchoring near the pier.", {"bans": "bans"}),
        ("rules governing drones in parks.", {}),  # no cue verb: a noun phrase
        ("fees rising every year.", {}),
        ("fines ranging from $50 to $500.", {}),  # a fine before an "-ing" word: a noun (only a ban takes a gerund)
        ("grants covering half the cost.", {}),
        ("fines apply to repeat offenders.", {}),  # a noun and its verb
        ("increases take effect in May.", {}),
        # a word English has as no verb opens no command; a verb's -ing form may
        ("domestic violence, sexual assault and harassment.", {}),
        ("operating power-driven machinery.", {"operating": "operating"}),
    ],
)
def test_nlp_misread_command(nlp, text, misread):
    from policygraph.extract import CONSEQUENCE_VERBS, FRAME_VERBS
    from policygraph.nlp import english_verbs, misread_command
    lex = load_lexicon()
    verbs = (frozenset().union(*lex.relation_cues.values()) | lex.obligation_cues | lex.prohibition_cues
             | CONSEQUENCE_VERBS | FRAME_VERBS)
    doc = nlp(text)
    assert {doc[i].text: base for i, base in misread_command(doc, verbs, english_verbs(nlp)).items()} == misread


@pytest.mark.parametrize(
    ("item", "present"),
    [
        ("obliges marinas to pay a $30 annual charge per berth.",
         {("pay a $30 annual charge", "performedBy", "marinas"), ("harbor rule", "evaluates", "marinas")}),
        ("bans anchoring near the pier.", {("harbor rule", "penalizes", "anchoring")}),
        ("fines vendors who park in bike lanes.", {("harbor rule", "penalizes", "park in bike lanes")}),
        ("bans apply to boats anchored near the pier.", set()),  # a noun and its verb
    ],
)
def test_extract_an_item_going_on_from_a_policy_in_the_third_person_is_its_duty(nlp, item, present):
    text = "# Harbor news\n\nThe amended Harbor Rule now:\n\n- " + item + "\n- requires owners to file a plan.\n"
    _entities, relations, _ = run(nlp, text)
    assert present <= relations, sorted(relations)
    assert not any(o in {"apply", "apply to boats"} for _s, _p, o in relations), sorted(relations)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an opponent's reason is their worry about what they oppose
        ("# Harbor news\n\nThe Harbor Council opposes the Mooring Rule because it would raise fees for small "
         "boat owners.\n", {("harbor council", "raisesConcern", "raise fees"), ("raise fees", "concernAbout",
                                                                              "mooring rule"),
                             ("harbor council", "criticizes", "mooring rule")}, set()),
        ("# Harbor news\n\nSupervisor Ana Hale said she opposed the Quiet Nights Ordinance because it would treat "
         "bakeries differently from other shops and could invite litigation.\n",
         {("supervisor ana hale", "raisesConcern", "litigation"),
          ("supervisor ana hale", "raisesConcern", "treat bakeries")}, set()),
        # a bare act's time or place says which act
        ("# Harbor news\n\nUnder the Harbor Rule, operators must not launch when the wind exceeds 20 knots.\n",
         {("harbor rule", "penalizes", "launch when the wind exceeds 20 knots"),
          ("launch when the wind exceeds 20 knots", "performedBy", "operators")}, set()),
        # a warning a failure brings is a sanction, and so is each one coordinated with it
        ("# Harbor news\n\nUnder the Harbor Rule, failure to keep a mooring log will attract a written warning.\n",
         {("harbor rule", "penalizes", "failure to keep a mooring log")}, set()),
        ("# Harbor news\n\nUnder the Harbor Rule, failure to keep a mooring log will attract a first warning "
         "and, on repetition, suspension of the permit.\n",
         {("harbor rule", "penalizes", "failure to keep a mooring log")}, set()),
        ("# Harbor news\n\nThe Harbor Rule took effect in May. Visitors who use the ramp receive a warning about "
         "strong currents.\n", set(), {("harbor rule", "penalizes", "use the ramp")}),
        # a numbered paragraph's number is no part of what it names
        ("Harbor Rule: compliance alert\n\n3.3 Failure to maintain mooring logs under the Harbor Rule will attract "
         "a written warning.\n", {("harbor rule", "penalizes", "failure to maintain mooring logs")}, set()),
        # a body before a policy's name owns and made it, however the tagger joined the two
        ("# Harbor news\n\nUnder the Maritime Office's Mooring Rule, owners must register their boats.\n",
         {("mooring rule", "issuedBy", "maritime office"), ("mooring rule", "evaluates", "owners")}, set()),
        ("# Harbor news\n\nThe plan follows the European Union's Regulation 261/2004 on ferry delays.\n",
         {("regulation 261/2004", "issuedBy", "european union")}, set()),
        # ... and so does an owner known by its name alone
        ("# Supplier news\n\nThis Code is part of Larchmont's Responsible Sourcing Policy.\n",
         {("responsible sourcing policy", "issuedBy", "larchmont")}, set()),
        # (not a person's name before a law's kind, nor a class of people before a policy's name)
        ("# Megan's Law Registry\n\nThe State Police maintain the registry under Megan's Law.\n", set(),
         {("law registry", "issuedBy", "megan")}),
        ("# PBM rules\n\nPharmacy benefit managers (PBMs) must disclose rebates under the PBM Accountability Act.\n",
         {("pbm accountability act", "evaluates", "pharmacy benefit managers")},
         {("pbm accountability act", "issuedBy", "pharmacy benefit managers")}),
        # the reason must be about what is opposed, and the worry is about that, not another policy named before
        ("# Harbor news\n\nThe mayor supports the Dog Leash Ordinance, but the council opposes the Skate Ban because "
         "it would push teenagers off the plaza.\n", {("push teenagers", "concernAbout", "skate ban")},
         {("push teenagers", "concernAbout", "dog leash ordinance")}),
        ("# Harbor news\n\nThe Hobby Pilots Club opposes the Drone Registry Rule because members would prefer a "
         "voluntary scheme.\n", set(), {("hobby pilots club", "raisesConcern", "prefer a voluntary scheme")}),
        ("# Harbor news\n\nIf the club opposed the Drone Registry Rule because it would raise costs, the council "
         "might delay it.\n", set(), {("raise costs", "concernAbout", "drone registry rule")}),
        # a warning that tells, or a free service, is no sanction
        ("# Harbor news\n\nUnder the Harbour Safety Plan, boaters who register online receive storm warnings by "
         "text.\n", set(), {("harbour safety plan", "penalizes", "register online")}),
        ("# Harbor news\n\nUnder the Harbour Safety Plan, residents who book online get free removal of bulky "
         "waste.\n", {("harbour safety plan", "rewards", "book online")},
         {("harbour safety plan", "penalizes", "book online")}),
        # when a duty starts is not which act it is
        ("# Harbor news\n\nUnder the Park Rule, vendors must register when the rule takes effect in May.\n", set(),
         {("park rule", "penalizes", "register when the rule takes effect in may")}),
        # each name given after "known as ... or" is the described policy's
        ("# Harbor Board minutes\n\nDirector Menon presented the proposed zoning ordinance amendment, known as "
         "ZOAM-2025-04 or the Harbor Noise Standards.\n\nUnder the amendment, marinas shall not exceed 55 dBA at "
         "night. Carla Jennings supported the amendment.\n",
         {("carla jennings", "supports", "harbor noise standards"), ("harbor noise standards", "evaluates", "marinas")},
         {("carla jennings", "supports", "amendment")}),
        # "he" opening a sentence is the person the sentence before was about, when it names no other
        ("# Harbor news\n\nKevin Marsh, a boat dealer, opposed the Mooring Rule. He warned that the rule could cost "
         "marinas up to $4 million per site.\n",
         {("kevin marsh", "raisesConcern", "cost marinas up to $4 million per site")}, set()),
        ("# Harbor news\n\nThe Harbor Rule took effect in May. Kevin Marsh and Mayor Ana Ruiz spoke at the hearing. "
         "He warned that the rule could cost marinas up to $4 million per site.\n", set(),
         {("kevin marsh", "raisesConcern", "cost marinas up to $4 million per site"),
          ("ana ruiz", "raisesConcern", "cost marinas up to $4 million per site")}),
        # (review mends) a sanction noun a failure brings stays a penalty; a written warning a clause describes too;
        # a when-clause of another event still says which act
        ("# Harbor news\n\nUnder the Phone Policy, students who bring phones to class will face expulsion.\n",
         {("phone policy", "penalizes", "bring phones")}, set()),
        ("# Harbor news\n\nUnder the Market Rule, vendors who fail to clean their stalls will receive a written "
         "warning issued by the council.\n", {("market rule", "penalizes", "fail to clean their stalls")}, set()),
        ("# Harbor news\n\nUnder the Drone Rule, operators must land when children come within 30 metres.\n",
         {("land when children come within 30 metres", "performedBy", "operators")}, set()),
        # a reason that forecasts nothing, or a denied opposition, is no worry
        ("# Harbor news\n\nThe Harbor Council opposes the Mooring Rule because it was rushed. Boat owners must "
         "register.\n", {("harbor council", "criticizes", "mooring rule")}, set()),
    ],
)
def test_extract_session_28(nlp, text, present, absent):
    entities, relations, _x = run(nlp, text, "a.md")
    assert present <= relations and not absent & relations, sorted(relations)
    if "rushed" in text:
        assert not any(e.category == "Concern" for e in entities.values()), sorted(entities)


def test_extract_a_signature_line_of_titles_names_no_one(nlp):
    entities, relations, _ = run(nlp, "# Letter\n\nWe urge you to reject the Data Broker Loophole Act.\n\nSincerely,\n"
                                      "Jane Doe\nExecutive Director\nPrivacy Now\n")
    assert "executive director" not in entities
    assert {("jane doe", "criticizes", "data broker loophole act"),
            ("privacy now", "criticizes", "data broker loophole act")} <= relations, sorted(relations)


@pytest.mark.parametrize(
    "tally",
    ["(Yes: Okafor, Lindqvist, Baptiste; No: Haskell, Prewitt)", "(Ayes: Okafor, Lindqvist and Baptiste; Nays: Haskell "
     "and Prewitt)", ". Voting yes: Okafor, Lindqvist, Baptiste. Voting no: Haskell, Prewitt"],
)
def test_extract_a_roll_call_gives_each_member_s_stance(nlp, tally):
    text = ("# Council meeting summary\n\nPresent at the meeting were Council President Adaeze Okafor and "
            "Councilmembers Pia Lindqvist, Samuel Baptiste, Joan Haskell and Ray Prewitt.\n\nThe City Council passed "
            "the Rental Heating Ordinance 3-2 after a long debate about the cost of the rules for landlords " + tally + ".\n")
    entities, relations, _ = run(nlp, text)
    assert "rental heating ordinance" in entities  # the vote's count is no number of the ordinance
    stances = {(s, p) for s, p, o in relations if o == "rental heating ordinance" and p in {"supports", "criticizes"}}
    assert stances == {("president adaeze okafor", "supports"), ("pia lindqvist", "supports"),
                       ("samuel baptiste", "supports"), ("joan haskell", "criticizes"),
                       ("ray prewitt", "criticizes")}, sorted(relations)


def test_extract_rows_of_a_table_of_steps_are_not_punished(nlp):
    text = ("# Rental law\n\nThe Heating Act covers landlords in the city and took effect in May.\n\n"
            "## Violations and appeals\n\n| Step | What happens |\n|---|---|\n"
            "| Filing an appeal | The board hears it within 30 days. |\n| Paying the fine | The case is closed. |\n")
    _entities, relations, _ = run(nlp, text)
    assert not any(p == "penalizes" for _s, p, _o in relations), sorted(relations)


def test_extract_conduct_a_penalty_table_lists_is_punished(nlp):
    text = ("# The Scrap Metal Act\n\nThe Scrap Metal Act requires dealers to record every sale of a converter.\n\n"
            "## Violations and fines\n\n| Violation | First offense |\n|---|---|\n"
            "| Paying cash for a catalytic converter | $1,000 |\n| Reselling before the holding period ends | $750 |\n\n"
            "Fines are imposed by the Department of Licensing.\n")
    _entities, relations, _ = run(nlp, text)
    assert {("scrap metal act", "penalizes", "paying cash for a catalytic converter"),
            ("scrap metal act", "penalizes", "reselling before the holding period ends")} <= relations, sorted(relations)


def test_extract_an_office_named_by_the_person_beside_it_is_that_person(nlp):
    text = ("# Code\n\nThe Digital Commerce Alliance opposes the Feed Safety Code. Its director of policy, Martin "
            "Kowalczyk, warned that compliance costs could drive small start-ups out of the market.\n")
    entities, relations, _ = run(nlp, text)
    assert any(s == "martin kowalczyk" and p == "raisesConcern" for s, p, _o in relations), sorted(relations)
    assert "director" not in entities


def test_extract_a_group_named_by_the_people_beside_it_is_those_people(nlp):
    _entities, relations, _ = run(nlp, "# Council\n\nThe council debated the Rental Heating Ordinance. Two "
                                       "councilmembers, Joan Haskell and Ray Prewitt, opposed the Rental Heating "
                                       "Ordinance.\n")
    assert {("joan haskell", "criticizes", "rental heating ordinance"),
            ("ray prewitt", "criticizes", "rental heating ordinance")} <= relations, sorted(relations)


def test_extract_a_yes_or_no_that_is_no_roll_call_gives_no_stance(nlp):
    text = ("# Council meeting summary\n\nPresent at the meeting were Council President Adaeze Okafor and "
            "Councilmembers Joan Haskell and Ray Prewitt.\n\nCan tenants ask for an inspection under the Rental "
            "Heating Ordinance? Yes: call Haskell for the form.\n\nOpposed: tenants in older buildings, according "
            "to Okafor.\n")
    _entities, relations, _ = run(nlp, text)
    assert not any(p in {"supports", "criticizes"} for _s, p, _o in relations), sorted(relations)


def test_extract_the_undersigned_are_the_letters_signatories(nlp):
    _entities, relations, _ = run(nlp, "# Letter\n\nThe undersigned organizations write to oppose the Harbor "
                                       "Fee Rule.\n\nSincerely,\n\nBay Fishermen Association\nClean Harbor "
                                       "Alliance\n")
    assert {("bay fishermen association", "criticizes", "harbor fee rule"),
            ("clean harbor alliance", "criticizes", "harbor fee rule")} <= relations, sorted(relations)


def test_extract_what_a_praised_policy_does_is_not_conduct(nlp):
    entities, relations, _ = run(nlp, "Policy note\n\nFarm groups have praised the Seasonal Worker Program for easing "
                                      "labor shortages.\n")
    assert not any(p == "performedBy" for _s, p, _o in relations), sorted(relations)


def test_extract_claiming_a_benefit_raises_no_worry(nlp):
    _, relations, _ = run(nlp, "Policy note\n\nThe Home Energy Program allows homeowners to claim a tax credit equal to "
                               "30% of the cost of heat pumps.\n")
    assert not any(p == "raisesConcern" for _s, p, _o in relations), sorted(relations)


@pytest.mark.parametrize(
    ("text", "relation", "expected"),
    [
        ("The Live Events Coalition opposed the Honest Ticket Act. The group argued that the act would push sales "
         "to unregulated websites.", ("live events coalition", "raisesConcern", "push sales"), True),
        # two organisations named before: "the group" is neither
        ("The Live Events Coalition and the Fan Rights Alliance met. The group argued that the Honest Ticket Act "
         "would push sales to unregulated websites.", ("live events coalition", "raisesConcern", "push sales"), False),
    ],
)
def test_extract_the_group_is_the_organisation_just_named(nlp, text, relation, expected):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert (relation in relations) == expected, sorted(relations)


def test_extract_who_welcomes_a_rule_but_warns_raises_the_worry(nlp):
    _, relations, _ = run(nlp, "Policy note\n\nThe Cottage Food Association welcomed the Home Kitchen Act but warned "
                               "that the registration fee could drive small sellers out of business.\n")
    assert ("cottage food association", "raisesConcern", "drive small sellers") in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a worry a policy exists to address is about that policy (the annotation guide)
        ("The Clean Boats Rule is intended to curb illegal dumping.", ("illegal dumping", "concernAbout", "clean boats rule")),
        ("The Harbor Commission adopted the Clean Boats Rule to crack down on unlicensed fishing.",
         ("unlicensed fishing", "concernAbout", "clean boats rule")),
        # a worry named by what a policy would do is about that policy
        ("Critics say the Clean Boats Rule would drive small marinas out of business.",
         ("drive small marinas", "concernAbout", "clean boats rule")),
        # what the criticism of a policy is said to be
        ("The main criticism of the Clean Boats Rule is its cost.", ("cost", "concernAbout", "clean boats rule")),
    ],
)
def test_extract_worries_are_about_the_policy_they_name(nlp, text, expected):
    _, relations, _x = run(nlp, "# Harbor notes\n\n" + text + "\n")
    assert expected in relations, sorted(relations)


def test_extract_a_definite_description_is_the_latest_policy_of_its_kind(nlp):
    # the Honest Ticket Act is the article's main policy; "the rule" is the rule named last, not the Act
    text = ("# Harbor notes\n\nThe Assembly passed the Honest Ticket Act. The Honest Ticket Act caps resale prices. "
            "Brokers oppose the Honest Ticket Act. The Harbor Commission issued the Clean Boats Rule in May. "
            "Marina owners oppose the rule.\n")
    _, relations, _x = run(nlp, text)
    assert ("marina owners", "criticizes", "clean boats rule") in relations, sorted(relations)
    assert ("marina owners", "criticizes", "honest ticket act") not in relations


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Tenant Act creates the Rental Registry, a public database.",
         ("rental registry", "partOf", "tenant act"), None),
        ("The Green Roof Program was established by the Clean Water Act.",
         ("green roof program", "partOf", "clean water act"), None),
        ("The Harbor Commission established the Green Roof Program under the authority of the Marren Clean Water Act.",
         ("green roof program", "partOf", "marren clean water act"), ("green roof program", "partOf", "harbor commission")),
        # setting a limit creates nothing; the Act does not create what it does not
        ("The Clean Water Act sets a limit on the Green Roof Program.", None,
         ("green roof program", "partOf", "clean water act")),
        ("The Clean Water Act did not create the Green Roof Program.", None,
         ("green roof program", "partOf", "clean water act")),
    ],
)
def test_extract_a_policy_another_creates_is_part_of_it(nlp, text, expected, absent):
    _, relations, _x = run(nlp, "# Harbor notes\n\n" + text + "\n")
    assert expected is None or expected in relations, sorted(relations)
    assert absent not in relations


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a vocabulary word with a modifier names a narrower class, not the vocabulary's class
        ("Tax software companies must keep records of every sale.", "tax software companies"),
        ("Rental companies must brief every renter.", "rental companies"),
        ("The Tax Office's taxpayer credit rating grades firms from A to D.", "taxpayer credit rating"),
        # a vague modifier leaves the vocabulary's class
        ("Many companies must keep records.", "businesses"),
    ],
)
def test_extract_a_modified_vocabulary_class_is_its_own_class(nlp, text, actor):
    entities, _relations, _x = run(nlp, "# Harbor notes\n\n" + text + "\n")
    assert actor in entities, sorted(entities)


@pytest.mark.parametrize(
    ("text", "relation", "expected"),
    [
        # a pronoun opening a duty continues the subject of the duty before it
        ("Under the Fair Rent Act, landlords must register every unit. They also may not raise the rent in "
         "retaliation for a complaint.", ("raise the rent", "performedBy", "landlords"), True),
        # "they" opening a sentence is who the sentence before had as its subject (session 31: a reader reads
        # "they" as the landlords, duty or not; before, a sentence owing no duty gave the pronoun no one)
        ("Under the Fair Rent Act, landlords praised the city. They may not raise the rent in retaliation for a "
         "complaint.", ("raise the rent", "performedBy", "landlords"), True),
        ("The Fair Rent Act covers landlords. They may not raise the rent in retaliation for a complaint.",
         ("raise the rent", "performedBy", "landlords"), True),
        # (found in review) a fire that killed tenants makes them no duty's owers
        ("The Fair Rent Act passed after a fire killed four tenants. They must now install smoke detectors.",
         ("install smoke detectors", "performedBy", "tenants"), False),
        # "it" owing a duty is the one before it that owed one (a policy owes none)
        ("Under the Fair Rent Order, Northwind Homes Inc. must refund the deposits. It may not raise the rent in "
         "retaliation for a complaint.", ("raise the rent", "performedBy", "northwind homes inc."), True),
    ],
)
def test_extract_a_pronoun_continues_the_doer_of_the_duty_before(nlp, text, relation, expected):
    _, relations, _ = run(nlp, "# Rent notes\n\n" + text + "\n")
    assert (relation in relations) == expected, sorted(relations)


@pytest.mark.parametrize("subject", ["each of the state's school districts", "all of the school districts"])
def test_extract_some_of_a_group_is_the_group(nlp, subject):
    text = f"# Phone notes\n\nUnder the Phone Rule, {subject} must adopt a local plan by August 15.\n"
    _, relations, _ = run(nlp, text)
    assert ("adopt a local plan", "performedBy", "school districts") in relations, sorted(relations)


LETTER_SPACED = """Letter on the Mooring Fee Waiver

We, the undersigned boating organizations, write to urge the Harbor Commission to reject the Mooring Fee Waiver.

Sincerely,

Bay Fishermen's Association
Clean Harbor Alliance
"""


@pytest.mark.parametrize("name", ["letter.txt", "letter.md"])
@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        # signatories after a blank line under the sign-off (a plain-text reader takes their lines for headings)
        (("bay fishermen's association", "criticizes", "mooring fee waiver"), True),
        (("clean harbor alliance", "criticizes", "mooring fee waiver"), True),
        # who is urged to reject a policy takes no stance on it
        (("harbor commission", "criticizes", "mooring fee waiver"), False),
    ],
)
def test_extract_a_letter_signed_after_a_blank_line(nlp, name, relation, expected):
    _, relations, _ = run(nlp, LETTER_SPACED, name=name)
    assert (relation in relations) == expected, sorted(relations)


def test_extract_a_recommendation_list_is_owed_by_whom_it_names(nlp):
    text = ("# Audit of marina inspections\n\nWe recommend that the Harbor Commission:\n\n"
            "- develop a system to track open violations; and\n- train inspectors on follow-up procedures.\n")
    entities, relations, _ = run(nlp, text)
    assert {("develop a system", "performedBy", "harbor commission"),
            ("train inspectors", "performedBy", "harbor commission")} <= relations, sorted(relations)
    assert "that the harbor commission" not in entities


def test_extract_a_bill_named_beside_its_number_in_a_heading(nlp):
    text = ("# Bills on harbor betting\n\n## S. 981, the Harbor Markets Modernization Act\n\n"
            "S. 981 would direct the Harbor Commission to issue rules for betting exchanges.\n")
    entities, relations, x = run(nlp, text)
    bill = next(e for e in x.entities if e.category == "Policy" and "S. 981" in {e.label, *e.aliases})
    assert "Harbor Markets Modernization Act" in {bill.label, *bill.aliases}


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Industry groups have lobbied against the Fair Wagers Act.", ("industry groups", "criticizes", "fair wagers act")),
        ("Teachers unions campaigned for the Fair Wagers Act.", ("teachers unions", "supports", "fair wagers act")),
        ("Several lawmakers spoke against the Fair Wagers Act.", ("lawmakers", "criticizes", "fair wagers act")),
    ],
)
def test_extract_a_stance_taken_for_or_against(nlp, text, relation):
    _, relations, _ = run(nlp, "# Bill notes\n\n" + text + "\n")
    assert relation in relations, sorted(relations)


def test_extract_a_companion_bill_is_another_bill(nlp):
    text = ("# Bill notes\n\nRepresentative Ana Ruiz introduced the Fair Wagers Act in March. The bill bans race "
            "contracts. A companion bill, S. 1022, was introduced by Senator Lee Park.\n")
    _, relations, x = run(nlp, text)
    assert ("s. 1022", "issuedBy", "senator lee park") in relations, sorted(relations)
    assert ("fair wagers act", "issuedBy", "senator lee park") not in relations


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # who is responsible for enforcing a policy runs it; it owes no conduct under it
        ("The Coast Patrol is responsible for enforcing the Clean Boats Rule.",
         ("clean boats rule", "issuedBy", "coast patrol"), ("clean boats rule", "evaluates", "coast patrol")),
        # who is responsible for reporting spills owes that conduct
        ("Boat owners are responsible for reporting spills under the Clean Boats Rule.",
         ("reporting spills", "performedBy", "boat owners"), ("clean boats rule", "issuedBy", "boat owners")),
        # "only" says nothing about who is covered
        ("Only operators with more than 50 boats are covered by the Clean Boats Rule.",
         ("clean boats rule", "evaluates", "operators"), ("clean boats rule", "evaluates", "only operators")),
    ],
)
def test_extract_responsible_for_running_a_policy(nlp, text, present, absent):
    _, relations, _ = run(nlp, "# Harbor notes\n\n" + text + "\n")
    assert present in relations and absent not in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        ("The Department of Transit has authority to issue rules under the Equal Access Act.", "authority", False),
        ("The Harbor Authority enforces the Equal Access Act.", "harbor authority", True),
    ],
)
def test_extract_authority_as_a_power_is_no_actor(nlp, text, actor, expected):
    entities, _, _ = run(nlp, "# Transit notes\n\n" + text + "\n")
    assert (actor in entities) == expected, sorted(entities)


def test_extract_a_class_the_policy_reaches_is_the_class(nlp):
    text = ("# Heat notes\n\nUnder the Heat Safety Standard, employers must give covered workers a break every hour. "
            "Workers may file complaints with the Harbor Commission. Seasonal workers must receive the same breaks.\n")
    entities, _, x = run(nlp, text)
    workers = [{n.lower() for n in (e.label, *e.aliases)} for e in x.entities if e.category == "Actor"]
    # (session 41 review: "seasonal workers" are some of the workers, not all the covered ones)
    assert any({"covered workers", "workers"} <= n and "seasonal workers" not in n for n in workers), workers


@pytest.mark.parametrize(
    ("text", "scoped", "bare"),
    [
        # (session 41) the standing a rule requires of those it governs names them, not a narrower group
        # (a narrower group beside it stays apart: "rural hospitals")
        ("# Price notes\n\nUnder the Price Rule, every licensed hospital must post its prices online. Rural hospitals "
         "must post them by June. Hospitals must update the list each year.\n", "licensed hospital", "hospitals"),
        ("# Boat notes\n\nUnder the Harbor Code, authorized operators must carry a permit. Charter operators must "
         "carry two. Operators must renew the permit each spring.\n", "authorized operators", "operators"),
        # "other owners" are no narrower class the article means, so "Owners" are the property owners
        ("# Brush notes\n\nThe Brush Ordinance applies to every property owner in the hills. Owners who fail to "
         "clear brush face a $250 citation. Like other owners, landlords must keep records.\n", "property owner",
         "owners"),
    ],
)
def test_extract_a_class_by_its_standing_is_the_class(nlp, text, scoped, bare):
    _, _, x = run(nlp, text)
    names = [{n.lower() for n in (e.label, *e.aliases)} for e in x.entities if e.category == "Actor"]
    assert any({scoped, bare} <= n for n in names), names


def test_extract_a_class_by_its_standing_leaves_the_others_apart(nlp):
    # (review) once "the teachers" are the certified ones, "uncertified teachers" are not the teachers too
    text = ("# Pay notes\n\nThe Teacher Pay Act raises salaries for certified teachers. Teachers without "
            "certification will not receive the raise, and uncertified teachers oppose the act.\n")
    _, relations, x = run(nlp, text)
    names = [{n.lower() for n in (e.label, *e.aliases)} for e in x.entities if e.category == "Actor"]
    assert not any({"uncertified teachers", "teachers"} <= n for n in names), names


def test_extract_an_appropriations_act_keeps_its_year_and_its_number(nlp):
    text = ("# Funding notes\n\nThe Consolidated Appropriations Act, 2018 (P.L. 115-141) included a provision that "
            "prohibits the Harbor Commission from changing indirect cost rates.\n")
    _, _, x = run(nlp, text)
    act = next(e for e in x.entities if e.category == "Policy" and "Act" in e.label)
    assert act.label == "Consolidated Appropriations Act, 2018" and "P.L. 115-141" in act.aliases


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Title III of the Equal Access Act prohibits discrimination by transit providers.", "title iii", "equal access act"),
        ("Section 212(c) of the Clean Water Act authorizes the Harbor Commission to run voluntary programs.",
         "section 212(c)", "clean water act"),
        ("Section 4107(a)(3) of the Clean Water Act authorizes the Harbor Commission to issue directives.",
         "section 4107(a)(3)", "clean water act"),
        # a state code's section number with letters in it
        ("Section 74-9A-11 of the Packaging Act sets penalties for late reports.", "section 74-9a-11", "packaging act"),
    ],
)
def test_extract_a_numbered_part_of_a_law(nlp, text, part, whole):
    _, relations, _ = run(nlp, "# Law notes\n\n" + text + "\n")
    assert (part, "partOf", whole) in relations, sorted(relations)


def test_extract_a_memorandum_keeps_its_code(nlp):
    _, _, x = run(nlp, "# Notes\n\nOMB Memorandum M-20-32 requires agencies to publish vulnerability disclosure policies.\n")
    assert any(e.category == "Policy" and e.label.endswith("Memorandum M-20-32") for e in x.entities), \
        [e.label for e in x.entities]


@pytest.mark.parametrize(("text", "name"), [
    ("The Board published Proposed Rules 14 FAC 8.300\u20138.399 in May.", "rules 14 fac 8.300-8.399"),
])
def test_extract_a_rule_keeps_its_code_citation(nlp, text, name):
    """"Proposed Rules 14 FAC 8.300-8.399": a rule named by its citation
    keeps the code's abbreviation and the sections after its title number."""
    entities, _, _ = run(nlp, "# Notes\n\n" + text + "\n")
    assert name in entities, sorted(entities)


@pytest.mark.parametrize(("text", "name", "not_name"), [
    # where a body is based is no word of its name
    ('"Data can reveal where you sleep," said Teresa Villalobos, director of the Albuquerque-based Digital Rights '
     "Center, which testified in favor of Senate Bill 114.", "digital rights center",
     "albuquerque-based digital rights center"),
    # ... but a word of a name in title case is the name's
    ("The Wildfire Risk-Based Allocation Act would change the formula.", "wildfire risk-based allocation act",
     "allocation act"),
    # (review) nor is the place an actor of its own
    ('"Data can reveal where you sleep," said Teresa Villalobos, director of the Albuquerque-based Digital Rights '
     "Center.", "digital rights center", "albuquerque"),
    # (review) a bill named with a verb-like first word keeps it
    ("1. **Sign Language Access Act (S.B. 12).** The bill would require interpreters at hearings.",
     "sign language access act", "language access act"),
    # a recommendation's verb opening a list item is no word of the bill it asks for
    ("1. **Pass House Bill 1142, the Braiding Freedom Act**, sponsored by Representative Andre Wilkes, which would "
     "exempt natural hair braiding from the license.", "braiding freedom act", "pass house bill 1142"),
])
def test_extract_a_name_without_the_words_around_it(nlp, text, name, not_name):
    entities, _, _ = run(nlp, "# Notes\n\nThe Braider License took effect in May.\n\n" + text + "\n")
    assert name in entities and not_name not in entities, sorted(entities)


@pytest.mark.parametrize("text", [
    "Jordan Ellery, president of the Student Government Association (SGA), said the SGA liked the rule.",
    "Jordan Ellery, president of the Student Government Association, said the group liked the rule.",
])
def test_extract_an_organisation_named_in_full_once_is_kept(nlp, text):
    """A body named in full by its kind is an actor though said once and in
    no relation, also when its acronym is defined beside it."""
    entities, _, _ = run(nlp, "# Notes\n\nThe Braider License took effect in May. " + text + "\n")
    assert "student government association" in entities, sorted(entities)


def test_extract_signatories_listed_on_one_line(nlp):
    text = ("Letter on the Mooring Fee Waiver\n\nWe urge the Harbor Commission to reject the Mooring Fee Waiver.\n\n"
            "Sincerely,\n\nBay Fishermen Association, Clean Harbor Alliance, and Harbor Watch\n")
    _, relations, _ = run(nlp, text, name="letter.txt")
    assert {("bay fishermen association", "criticizes", "mooring fee waiver"),
            ("clean harbor alliance", "criticizes", "mooring fee waiver"),
            ("harbor watch", "criticizes", "mooring fee waiver")} <= relations, sorted(relations)


def test_extract_signatories_listed_one_per_item(nlp):
    text = ("# Letter on the Mooring Fee Waiver\n\nWe urge the Harbor Commission to reject the Mooring Fee Waiver.\n\n"
            "Signed,\n\n- Bay Fishermen Association\n- Center for Harbor Privacy\n- Harbor Watch\n")
    entities, relations, _ = run(nlp, text)
    assert {("bay fishermen association", "criticizes", "mooring fee waiver"),
            ("center for harbor privacy", "criticizes", "mooring fee waiver"),
            ("harbor watch", "criticizes", "mooring fee waiver")} <= relations, sorted(relations)
    assert not [e for e in entities.values() if e.category == "Concern"]  # "Privacy" in a name is no worry


_LETTER = ("# Letter on the Mooring Fee Waiver\n\nWe, the undersigned organizations, urge the Harbor Commission to "
           "reject the Mooring Fee Waiver.\n\n")


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a body's move to ban something may be another policy than the one the article is about: no stance read
        ("# Ticket Resale Bill\n\nThe Ticket Resale Bill would ban resale above face value. The Arena Owners Group "
         "supports the Legislature's move to ban speculative ticket listings.\n",
         set(), {("arena owners group", "supports", "ticket resale bill")}),
        # a participle after the policy says what the policy does, not what the writers do
        ("Dear Commissioner Ruiz:\n\nThe undersigned organizations write in response to the proposed rule published "
         "by the Harbor Commission on May 5, implementing Section 14 of the Harbor Act.\n\nSincerely,\n\nHarbor "
         "Watch\nSea Aid Network\n", set(), {("section 14", "issuedBy", "harbor watch")}),
    ],
)
def test_extract_what_writers_back_and_what_a_policy_does(nlp, text, present, absent):
    _entities, relations, _x = run(nlp, text, name="letter.txt")
    assert present <= relations and not absent & relations, sorted(relations)
    assert not [r for r in relations if r[1] == "issuedBy" and r[2] in {"harbor watch", "sea aid network"}]


@pytest.mark.parametrize(
    "text, name",
    [
        ("said Commission President Helena Marchetti", "Helena Marchetti"),
        ("said Harbor Director Carmen Ibarra-Soto", "Carmen Ibarra-Soto"),
    ],
)
def test_extract_a_person_is_also_named_without_their_title(nlp, text, name):
    _entities, _relations, x = run(nlp, f"# Fares\n\n\"Riders deserve fair fares,\" {text}.\n")
    assert any(e.subclass == "Person" and name in e.aliases for e in x.entities), [(e.label, e.aliases) for e in x.entities]


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Office of Crop Protection Programs (OCPP) administers registration decisions.", "OCPP"),
        ("The Office of Student Credit (OSC) allocates new accounts among servicers.", "OSC"),
    ],
)
def test_extract_a_body_whose_name_ends_in_a_policy_word(nlp, text, body):
    # a body's kind opening its name says what it is, whatever word ends it
    _entities, _relations, x = run(nlp, "# Offices\n\n" + text + "\n")
    assert [e.category for e in x.entities if body in e.aliases] == ["Actor"], [(e.label, e.category) for e in x.entities]


@pytest.mark.parametrize(
    "text, absent",
    [
        # a worry a speaker denies is no one's
        ("Comments of the Bay Fishermen Alliance on the Dock Rule\n\nThe Bay Fishermen Alliance comments on the Dock "
         "Rule. We do not believe the Dock Rule raises safety concerns.\n", {"safety concerns"}),
        # a denial of one verb says nothing of the verb beside it
        ("# Dock Rule\n\nThe Dock Rule took effect in May. The Marina Association stated that terminals do not have "
         "contracts with boaters and expressed concern about the inability of marinas to recover costs under the "
         "Dock Rule.\n", set()),
        # a worry a quoted speaker denies is no one's
        ("# Dock Rule\n\nThe Dock Rule took effect in May. \"We do not believe the Dock Rule raises safety concerns,\" "
         "said Commissioner Ana Lutz.\n", {"safety concerns"}),
        ("# Dock Rule\n\nThe Dock Rule took effect in May. Deputy Secretary Ilse Brandt added that the department "
         "does not believe growers face undue costs.\n", {"undue costs"}),
        # "concerns about the tax" of the Carbon Tax Act are about the act; the tax is no worry
        ("# Carbon Tax Act\n\nThe Carbon Tax Act took effect in May. Industry groups voiced concerns about the tax.\n",
         {"tax"}),
    ],
)
def test_extract_worries_denied_or_named_by_the_policy(nlp, text, absent):
    _entities, relations, _x = run(nlp, text)
    worried = {o for _s, p, o in relations if p == "raisesConcern"} | {s for s, p, _o in relations if p == "concernAbout"}
    assert not absent & worried, sorted(relations)
    if "inability" in text:
        assert any(p == "concernAbout" and s.startswith("inability") for s, p, _o in relations), sorted(relations)
    if "Carbon" in text:
        assert ("industry groups", "criticizes", "carbon tax act") in relations


@pytest.mark.parametrize(
    "sign_off, signatories",
    [
        # advocacy groups that go by a run-together word or their web address
        ("Sincerely,\n\nBoaters4Change.org\nOpenSeas\nHarbor Watch\n", {"boaters4change.org", "openseas", "harbor watch"}),
        # a line that heads the list, then one signatory a line or an item
        ("Signed by the following organizations:\n\nHarbor Watch\nSea Aid Network\n", {"harbor watch", "sea aid network"}),
        ("Signatories:\n\n- Harbor Watch\n- Sea Aid Network\n", {"harbor watch", "sea aid network"}),
        # where each signatory is: no name of its own, and its comma parts nothing
        ("Sincerely,\n\nHarbor Watch (Portland, OR)\nSea Aid Network (National)\n", {"harbor watch", "sea aid network"}),
        # signatories set out in columns; a list in prose ending with a full stop
        ("Sincerely,\n\nHarbor Watch          Sea Aid Network\nOpenSeas              Bay Boaters Union\n",
         {"harbor watch", "sea aid network", "openseas", "bay boaters union"}),
        ("Signed,\n\nHarbor Watch, Sea Aid Network, and Bay Boaters Union.\n",
         {"harbor watch", "sea aid network", "bay boaters union"}),
        # what follows a dash after a signatory says where it is
        ("Sincerely,\n\nHarbor Watch \u2014 Portland, OR\nSea Aid Network \u2014 Austin, TX\n",
         {"harbor watch", "sea aid network"}),
        # the list ends where copies, a date line or prose begin; a heading line of the list names no one
        ("Signatories:\n\nHarbor Watch\nGreen Acres Co-op\n\nDated May 3, 2024. Please contact our counsel with "
         "questions.\n", {"harbor watch", "green acres co-op"}),
        ("Sincerely,\n\nHarbor Watch\n\ncc: State Water Board\nGovernor's Office of Planning\n", {"harbor watch"}),
        ("Signed by the following organizations:\nHarbor Watch, Sea Aid Network.\n", {"harbor watch", "sea aid network"}),
        # a list on one line whose first name the tagger cannot read still lists the rest
        ("Signed,\n2Harbors.org, Harbor Watch, Sea Aid Network\n", {"2harbors.org", "harbor watch", "sea aid network"}),
    ],
)
def test_extract_signatories_in_the_forms_letters_list_them(nlp, sign_off, signatories):
    entities, relations, _ = run(nlp, _LETTER + sign_off, name="letter.txt")
    critics = {s for s, p, o in relations if p == "criticizes" and o == "mooring fee waiver"}
    assert critics == signatories, sorted(relations)
    assert not {"or", "national", "harbor watch portland", "following organizations", "signatories"} & set(entities)
    assert not [r for r in relations if r[1] == "issuedBy"]


@pytest.mark.parametrize(
    ("greeting", "signatories"),
    [
        # (session 44) a letter that greets its reader and ends in one name a line, with no sign-off, is signed by them
        ("Dear Chair Reyes:\n\n", {"harbor watch", "sea aid network", "bay boaters union"}),
        # a text that greets no one and ends in a block of names is not taken to be signed
        ("", set()),
        # nor does a letter ending in a list of demands, one a line
        ("Dear Chair Reyes:\n\n", set()),
    ],
)
def test_extract_a_letter_ending_in_names_without_a_sign_off(nlp, greeting, signatories):
    ending = "Harbor Watch\nSea Aid Network\nBay Boaters Union\n" if signatories or not greeting else \
        "Keep the slips open until midnight\nHire two more harbor staff\nPortside deserves to be heard\n"
    text = ("# Letter on the Mooring Fee Waiver\n\n" + greeting + "We urge the Harbor Commission to reject the Mooring "
            "Fee Waiver.\n\nThe waiver would shift costs onto small boaters.\n\n" + ending)
    _entities, relations, _ = run(nlp, text, name="letter.txt")
    assert {s for s, p, o in relations if p == "criticizes" and o == "mooring fee waiver"} == signatories


def test_extract_a_letter_written_on_behalf_of_groups_is_theirs(nlp):
    text = ("# Comments on the Mooring Fee Waiver\n\nOn behalf of Harbor Watch and the Bay Fishermen Association, "
            "we submit these comments on the Mooring Fee Waiver.\n\nWe oppose the Mooring Fee Waiver.\n")
    _, relations, _ = run(nlp, text)
    assert {("harbor watch", "criticizes", "mooring fee waiver"),
            ("bay fishermen association", "criticizes", "mooring fee waiver")} <= relations, sorted(relations)


def test_extract_a_quoted_speaker_on_behalf_of_a_group_is_no_author(nlp):
    text = ("# Harbor news\n\nThe harbor board adopted the Mooring Fee Waiver on Monday. Boat clubs disagreed.\n\n"
            "Fishers spoke at the meeting.\n\n"
            '"On behalf of Harbor Watch, we oppose the Mooring Fee Waiver," said Ana Ruiz.\n')
    _, relations, _ = run(nlp, text)
    assert ("harbor watch", "criticizes", "mooring fee waiver") not in relations, sorted(relations)


def test_extract_the_bill_is_not_the_law_it_amends(nlp):
    text = ("# Bill notes\n\nThe Fair Docks Act would amend the Harbor Commerce Act to define charter vessels. "
            "The bill also directs the Secretary of Commerce to report to Congress.\n")
    _, _, x = run(nlp, text)
    act = next(e for e in x.entities if e.label == "Fair Docks Act")
    assert "bill" in act.aliases, [(e.label, e.aliases) for e in x.entities]


@pytest.mark.parametrize(
    ("text", "item", "category"),
    [
        # a list after a clause is not a list of what the clause hangs on
        ("The Commission finalized a rule requiring resellers to show the total price, including all mandatory fees, "
         "up front.", "mandatory fees", None),
        # right after its noun it is ("offences such as late filings")
        ("The Commission sanctions permit offences such as late filings.", "late filings", "Behaviour"),
    ],
)
def test_extract_listed_examples_belong_to_the_noun_before_them(nlp, text, item, category):
    entities, _, _ = run(nlp, "# Permit notes\n\n" + text + "\n")
    assert (entities[item].category if item in entities else None) == category, sorted(entities)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Tenant Protection Act, commonly called the Delgado Act, passed in June. The Delgado Act caps rents.",
         {"Tenant Protection Act", "Delgado Act"}),
        ("The Harbor Code, known as the Boat Code, took effect in May. Owners oppose the Boat Code.",
         {"Harbor Code", "Boat Code"}),
        # the name a relative clause gives it ("which its sponsors call ...")
        ("The measure, House Bill 12, which its sponsors call the Fair Docks Act, passed the House last month. "
         "Marina owners oppose the Fair Docks Act.", {"House Bill 12", "Fair Docks Act"}),
    ],
)
def test_extract_a_name_given_by_known_as_is_the_same_thing(nlp, text, names):
    _, _, x = run(nlp, "# Notes\n\n" + text + "\n")
    assert any(names <= {e.label, *e.aliases} for e in x.entities), [(e.label, e.aliases) for e in x.entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # titles of laws keep their lower-case links, hyphens and listed commas
        ("Congress passed the Fair Docks and Clean Harbors Act last year.", "Fair Docks and Clean Harbors Act"),
        ("The Keep Dark Money Out of Harbors Act bans private grants.", "Keep Dark Money Out of Harbors Act"),
        ("She introduced the Stop Hidden Fees in Ferry Tickets Act.", "Stop Hidden Fees in Ferry Tickets Act"),
        ("The Boats, Docks, and Marinas Safety Act funds repairs.", "Boats, Docks, and Marinas Safety Act"),
        ("The Dock Cuts & Jobs Act changed the rules.", "Dock Cuts & Jobs Act"),
        # a plural possessive is part of the name; an owner's "'s" is not
        ("Ferry owners must insure crews under the Sailors' Compensation Act.", "Sailors' Compensation Act"),
        ("The Restore Online Boaters' Confidence Act requires sellers to disclose fees.",
         "Restore Online Boaters' Confidence Act"),
        ("The Harbor Commission's Mooring Rule requires owners to register.", "Mooring Rule"),
        # the year opening a name tells one farm bill from another
        ("The 2018 Dock Bill legalized floating homes.", "2018 Dock Bill"),
        ("The Smith-Jones Harbor Reform and Boater Protection Act created the office.",
         "Smith-Jones Harbor Reform and Boater Protection Act"),
        # a part, two names, a sentence's opening word, a cited section, a heading: the name stays short
        ("Title III of the Clean Boats Act funds repairs.", "Clean Boats Act"),
        ("In May, the HBA and Clean Boats Rule were cited by inspectors.", "Clean Boats Rule"),
        ("Under Clean Boats Rule 4, owners register boats.", "Clean Boats Rule 4"),
        ("The fund rests on the Clean Boats Act, Section 12.", "Clean Boats Act"),
        ("Immediately Add Privacy Safeguards to the Clean Boats Program", "Clean Boats Program"),
    ],
)
def test_extract_a_title_keeps_its_links(nlp, text, name):
    entities, _relations, _x = run(nlp, "# Note\n\n" + text + "\n")
    assert name in {e.label for e in entities.values() if e.category == "Policy"}, sorted(
        e.label for e in entities.values())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the tagger ends the name at "and"; the list after it is still the name's
        ("The Center for Harbor and Civic Life opposed the Clean Boats Act.", {"Center for Harbor and Civic Life"}),
        # a name's complement keeps its "the": no body ends in "of"
        ("The Board of Governors of the Federal Reserve System issued the Clean Boats Rule.",
         {"Board of Governors of the Federal Reserve System"}),
        # an office "of" a body is the office, and the body stays its own actor
        ("A Secretary of the Department of Harbors administers the Clean Boats Program.",
         {"Secretary", "Department of Harbors"}),
        # two bodies named together stay two
        ("The Department of Justice and Federal Trade Commission enforce the Clean Boats Act.",
         {"Department of Justice", "Federal Trade Commission"}),
    ],
)
def test_extract_an_organisation_name_keeps_its_listed_complement(nlp, text, names):
    entities, _relations, _x = run(nlp, "# Note\n\n" + text + "\n")
    assert names <= {e.label for e in entities.values() if e.category == "Actor"}, sorted(
        e.label for e in entities.values())


def test_extract_the_bill_under_a_heading_naming_one_act_is_that_act(nlp):
    text = ("# Harbor bills\n\nTwo bills would change how marinas are run.\n\n"
            "## H.R. 11, the Dock Safety Act\n\nThe bill would require dock operators to inspect every dock.\n\n"
            "## S. 22, the Fair Moorings Act\n\nCritics warn that the bill could raise mooring fees.\n")
    entities, relations, _x = run(nlp, text)
    assert ("dock safety act", "penalizes", "inspect every dock") not in relations  # a duty, not a ban
    assert ("dock safety act", "evaluates", "dock operators") in relations
    assert ("critics", "criticizes", "fair moorings act") in relations
    assert "bill" not in {e.label for e in entities.values()}


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        # a body named in a headline that the letter calls back by its head noun is that body
        ("Letter to the Federal Harbor Commission on Mooring Fees", True),
        # a class of people in a headline is no body's name
        ("Comments of Harbor Labor Contractors on Mooring Fees", False),
    ],
)
def test_extract_a_body_named_in_a_headline_and_called_back_is_kept(nlp, heading, kept):
    entities, _relations, _x = run(nlp, f"# {heading}\n\nWe urge the Commission to reject the Mooring Fee Rule. "
                                        "The Commission should protect small marinas.\n")
    names = {n for e in entities.values() for n in [e.label, *e.aliases]}
    assert (heading.split(" on ")[0].split(" of ")[-1].split(" to the ")[-1] in names) is kept, names


def test_extract_each_stance_asked_of_the_urged_is_the_urger_s(nlp):
    _entities, relations, _x = run(nlp, "# Boats\n\nBoater groups urge Congress to oppose the Harbor Act and to "
                                        "support the Boater Privacy Act.\n")
    assert {("boater groups", "criticizes", "harbor act"), ("boater groups", "supports", "boater privacy act")} \
        <= relations, relations
    assert ("congress", "supports", "boater privacy act") not in relations


def test_extract_a_body_called_back_by_its_head_noun_is_labelled_by_its_full_name(nlp):
    text = ("# Fees\n\nThe Federal Harbor Commission proposed the Mooring Fee Rule. The Commission says the rule "
            "is needed. The Commission will vote in May.\n")
    entities, _relations, _x = run(nlp, text)
    assert "federal harbor commission" in entities and "Commission" in entities["federal harbor commission"].aliases


def test_extract_the_description_of_two_named_bodies_is_the_one_named_last(nlp):
    text = ("# Ferry fares\n\nThe Harbor Riders Association supports the Fair Fares Act. The Ferry Owners "
            "Association, which represents operators, opposes it. The association argues that the act would "
            "raise costs.\n")
    entities, _relations, _x = run(nlp, text)
    assert "association" in entities["ferry owners association"].aliases
    assert "association" not in entities


def test_extract_a_worry_in_a_second_clause_is_its_own_speaker_s(nlp):
    _entities, relations, _x = run(nlp, "# Ads\n\nPublishers argued that the Ad Rule would cut revenue, and privacy "
                                        "groups warned that the Ad Rule could expose donors.\n")
    assert ("privacy groups", "raisesConcern", "expose donors") in relations, relations
    assert ("publishers", "raisesConcern", "expose donors") not in relations


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        ("Under the Harbor Act, drivers who do not pay within 72 hours will be fined.", "do not pay within 72 hours"),
        ("The Harbor Act fines owners who never register their boats.", "never register their boats"),
    ],
)
def test_extract_a_punished_omission_keeps_its_negation(nlp, text, conduct):
    _entities, relations, x = run(nlp, "# Fees\n\n" + text + "\n")
    assert ("harbor act", "penalizes", conduct) in relations, relations
    names = {n for e in x.entities for n in [e.label, *e.aliases]}
    assert not any(n.startswith(("pay", "register")) for n in names), names  # never the act it denies


def test_extract_an_article_that_never_names_its_policy_is_about_the_one_it_describes(nlp):
    text = ("# Council approves harbor fee\n\nThe city council approved the harbor fee on Tuesday. Under the "
            "ordinance, boaters who moor overnight will be fined. Marina owners opposed the measure. The Harbor "
            "Office will run the program.\n")
    _entities, relations, _x = run(nlp, text)
    assert {("ordinance", "penalizes", "moor overnight"), ("marina owners", "criticizes", "ordinance"),
            ("ordinance", "issuedBy", "harbor office")} <= relations, relations


def test_extract_the_policy_an_article_calls_back_is_its_topic(nlp):
    text = ("# Court upholds drone ban\n\nThe court upheld a Georgia law that bans drones near prisons, rejecting "
            "a claim that it violated the First Amendment. Under the law, operators who fly drones near prisons "
            "face fines. Critics say the law goes too far.\n")
    _entities, relations, _x = run(nlp, text)
    assert ("critics", "criticizes", "georgia law") in relations, relations
    assert not any(s == "first amendment" and p == "penalizes" for s, p, _o in relations)


def test_extract_an_article_naming_its_policy_only_in_its_title_is_about_it(nlp):
    text = ("# Questions and Answers: The Clean Docks Rule\n\n**What does the rule require?**\n\nMarina owners must "
            "report fuel spills within a day.\n\n**Who opposes the rule?**\n\nThe Marina Owners Association "
            "opposes the rule.\n")
    _entities, relations, _x = run(nlp, text)
    assert {("clean docks rule", "evaluates", "marina owners"),
            ("marina owners association", "criticizes", "clean docks rule")} <= relations, relations


def test_extract_the_bill_where_no_act_is_near_is_the_one_it_stands_for_elsewhere(nlp):
    text = ("# Ferry tickets\n\n## The Fair Ferry Fares Act\n\nThe Fair Ferry Fares Act would require ferry sellers "
            "to display the total price. The bill would also ban hidden fees. Violations would be treated as "
            "deceptive practices under the Harbor Trade Act.\n\n"
            "## Debate\n\nFerry passenger groups support the bill.\n")
    entities, relations, _x = run(nlp, text)
    assert ("ferry passenger groups", "supports", "fair ferry fares act") in relations, relations
    assert "bill" not in {e.label for e in entities.values()}


def test_extract_the_act_is_the_act_its_paragraph_named_before(nlp):
    text = ("# Permits\n\nThe Dock Integrity Act makes it unlawful to use software to hoard mooring permits. "
            "The Harbor Commission enforces the act.\n\n"
            "The Dock Transparency Act would require resellers to disclose their identity.\n")
    entities, relations, _x = run(nlp, text)
    assert ("dock integrity act", "issuedBy", "harbor commission") in relations
    assert "act" not in {e.label for e in entities.values()}


@pytest.mark.parametrize(
    "text",
    [
        "Northwind Fuel, Inc., which runs six marinas, agreed to pay $2 million under a settlement with the Harbor "
        "Commission. Under the settlement, the company must install pump-out stations. The company did not admit "
        "liability.",
        # a business by the first word of its name; the plural is the class; a legal form heads the name
        "The Harbor Commission announced a settlement with Northwind Fuel Security, Inc., resolving claims that the "
        "fuel company overcharged boaters. Under the settlement, Northwind will pay $3 million. The company must "
        "also install pump-out stations. \"Companies that overcharge boaters will pay,\" said the commission.",
        # a class that opens a sentence with a capital is no second company
        "Northwind Fuel, Inc. agreed to pay $2 million under a settlement with the Harbor Commission. Marinas that "
        "overcharge boaters will be held accountable. The company must install pump-out stations.",
        # the company named last before it, when the article names two; "doing business" is no company
        "Bay Marine Inc. paid a $1 million fine in March. Northwind Fuel, Inc. agreed to pay $2 million under a "
        "settlement with the Harbor Commission, which called fines a cost of doing business. The company must "
        "install pump-out stations.",
        # (session 44) the company a filing defines as "the Company", though another is named in between
        "Northwind Fuel Company (the \"Company\") agreed to pay $2 million under a settlement with the Harbor "
        "Commission. A rival, Bay Marine Inc., paid a smaller fine last year. Under the settlement, the Company must "
        "install pump-out stations.",
        # a filing's capitalised "the Company"; a company spoken of in general two sentences before;
        # a trade gone out of business
        "Northwind Fuel Company (NFC, or the Company) agreed to pay $2 million under a settlement with the Harbor "
        "Commission. Boaters complained that a rival had gone out of business. Owners feared a new company would "
        "be worse. Its fees rose. Under the settlement, the Company must install pump-out stations.",
    ],
)
def test_extract_the_company_is_the_company_the_article_names(nlp, text):
    entities, relations, _x = run(nlp, "# Settlement\n\n" + text + "\n")
    if "Companies" in text:  # companies in general are the class; "the company" is not among its names
        assert not any(e.label == "businesses" and "company" in e.aliases for e in entities.values())
    else:
        assert "businesses" not in {e.label for e in entities.values()}
    doers = {o for _s, p, o in relations if p == "performedBy"}
    assert doers and all(o.startswith("northwind fuel") for o in doers), sorted(relations)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # (session 44) short wrapped lines that run on mid-sentence are no address block
        ("Senator Maria Lopez and Harbor Watch\nCoalition oppose the Dredging Permit.\nThe Port Authority, which "
         "issued the\nDredging Permit, said it would not\nreview the decision.",
         ("senator maria lopez", "criticizes", "dredging permit")),
        ("Senator Maria Lopez and Harbor Watch\nCoalition oppose the Dredging Permit.\nThe Port Authority, which "
         "issued the\nDredging Permit, said it would not\nreview the decision.",
         ("dredging permit", "issuedBy", "port authority")),
        # "X, LLC, a freight broker": the description is the company's, named whole
        ("The Dredging Permit would cap ferry fares. Okafor Logistics, LLC, a small freight broker, also criticized the "
         "permit.", ("okafor logistics, llc", "criticizes", "dredging permit")),
    ],
)
def test_extract_prose_is_read_whole(nlp, text, fact):
    _entities, relations, _x = run(nlp, "# Dredging\n\n" + text + "\n")
    assert fact in relations, sorted(relations)


@pytest.mark.parametrize(
    ("address", "actors"),
    [
        # (session 44) a letter's inside address: one name a line, and a line of places names no one
        ("Director Ana Whitfield\nState Department of Agriculture\n100 Capitol Way\nEastport, Ridgeland",
         {"Director Ana Whitfield", "State Department of Agriculture"}),
        ("Chair Tom Reyes\nHarbor Commission\n12 Dock Street\nPort Ellis, Maine", {"Chair Tom Reyes", "Harbor Commission"}),
    ],
)
def test_extract_an_address_block_is_read_a_line_at_a_time(nlp, address, actors):
    body = "Department" if "Department" in address else "Commission"
    text = ("# Letter\n\n" + address + "\n\nDear Sir or Madam:\n\n"
            f"We urge the {body} to adopt the Pollinator Rule, which bars spraying on blooming crops.\n")
    entities, _relations, _x = run(nlp, text)
    found = {e.label for e in entities.values() if e.category == "Actor"}
    assert actors <= found and not any("\n" in n or "Eastport" in n or "Maine" in n or "Street" in n for n in found), found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # (session 44) a business named in full by its legal form is kept though said once and in no relation
        ("The Dock Rule took effect in May. Boaters bought fuel from Quayside Holdings Inc. at two piers.", True),
        ("The Dock Rule took effect in May. Boaters bought fuel from Gullwing Marine, LLC at two piers.", True),
        # a name only the tagger found, said once in passing, is not
        ("The Dock Rule took effect in May. Boaters bought fuel from Quayside Holdings at two piers.", False),
    ],
)
def test_extract_a_business_named_by_its_legal_form_is_kept(nlp, text, kept):
    entities, _relations, _x = run(nlp, "# Fuel\n\n" + text + "\n")
    assert any(e.category == "Actor" and e.label.startswith(("Quayside", "Gullwing")) for e in entities.values()) == kept


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # (session 44) whom a public body fines or sues under a policy, the policy regulates; the body enforces it
        ("The Harbor Board fined three marina operators under the Clean Docks Rule last year.",
         ("clean docks rule", "evaluates", "marina operators")),
        ("The Harbor Board fined three marina operators under the Clean Docks Rule last year.",
         ("clean docks rule", "issuedBy", "harbor board")),
        # a company's legal form after a comma is part of its name (the parse may hang "under" on it)
        ("The Department of Harbors sued Northwind Moorings, LLC under the Dock Safety Act in 2022.",
         ("dock safety act", "evaluates", "northwind moorings, llc")),
        ("The Department of Harbors sued Northwind Moorings, LLC under the Dock Safety Act in 2022.",
         ("dock safety act", "issuedBy", "department of harbors")),
    ],
)
def test_extract_whom_a_body_sanctions_under_a_policy_the_policy_regulates(nlp, text, fact):
    _entities, relations, _x = run(nlp, "# Enforcement\n\n" + text + "\n")
    assert fact in relations, sorted(relations)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Commission announced a settlement with Northwind Fuel, Inc. over hidden fees.",
        "Under the consent order, which Northwind Fuel, Inc. signed in May, the firm must refund fees.",
    ],
)
def test_extract_a_business_is_party_to_a_settlement_not_its_issuer(nlp, text):
    _entities, relations, _x = run(nlp, "# Settlement\n\n" + text + "\n")
    policy = "settlement" if "settlement" in text else "consent order"
    assert any(s == policy and p == "evaluates" and o.startswith("northwind") for s, p, o in relations), relations
    assert not any(s == policy and p == "issuedBy" and o.startswith("northwind") for s, p, o in relations)


def test_extract_a_business_named_once_as_a_doer_is_kept(nlp):
    # a duty's subject said once may be inanimate ("reasons must be specific"); a name with a legal form is a business
    _entities, relations, x = run(nlp, "# Order\n\nThe Harbor Board ordered Northwind Fuel Inc., a fuel dealer "
                                       "based in Portland, to refund $2 million to boaters.\n")
    assert ("refund $2 million", "performedBy", "northwind fuel inc.") in relations, sorted(relations)
    assert next(e for e in x.entities if e.label == "Northwind Fuel Inc.").subclass == "Business"


def test_extract_a_business_issues_its_own_agreement(nlp):
    _entities, relations, _x = run(nlp, "# Rides\n\nSwiftride Inc. introduced the Driver Safety Agreement in March.\n")
    assert ("driver safety agreement", "issuedBy", "swiftride inc.") in relations, sorted(relations)


def test_extract_the_agency_is_the_body_the_article_names_most(nlp):
    text = ("# Ferries\n\nThe Maritime Safety Administration (MSA) regulates ferry fuel. In 2024, the MSA proposed the "
            "Clean Ferry Rule.\n\nThe Harbor Audit Office found gaps in fuel records.\n\n"
            "The Ferry Safety Act would direct the agency to study fuel spills.\n")
    entities, relations, _x = run(nlp, text)
    assert ("study fuel spills", "performedBy", "maritime safety administration") in relations, sorted(relations)
    assert "agency" not in {e.label for e in entities.values()}


def test_extract_a_letters_addressee_is_the_body_it_later_calls_the_commission(nlp):
    text = ("Federal Maritime Commission\n800 North Capitol Street NW\nWashington, DC 20573\n\nDear Commissioners:\n\n"
            "We urge the Commission to reject the Port Fee Waiver. The Commission should protect small shippers.\n")
    _entities, _relations, x = run(nlp, text, "letter.txt")
    bodies = [e for e in x.entities if "Federal Maritime Commission" in (e.label, *e.aliases)]
    assert bodies and "Commission" in (bodies[0].label, *bodies[0].aliases), [(e.label, e.aliases) for e in x.entities]


@pytest.mark.parametrize(
    "sentence",
    [
        "We urge the Harbor Board to begin a rulemaking to prohibit fuel sales on docks.",
        "A rule should require marinas to post their fees and ban fuel sales on docks.",
    ],
)
def test_extract_what_an_unnamed_proposal_would_do_is_not_the_main_policys(nlp, sentence):
    text = "# Marinas\n\nThe Harbor Code governs marinas. The Harbor Code sets slip fees.\n\n" + sentence + "\n"
    _entities, relations, _x = run(nlp, text)
    assert not {r for r in relations if r[0] == "harbor code" and r[1] in {"penalizes", "evaluates"}
                and r[2] != "marinas"}, sorted(relations)


def test_extract_a_ban_under_a_section_is_that_sections(nlp):
    text = ("# Marinas\n\nThe Harbor Code governs marinas. The Harbor Code sets slip fees.\n\n"
            "The Harbor Board has authority under Section 5 of the Harbor Act to prohibit unfair practices.\n")
    _entities, relations, _x = run(nlp, text)
    assert ("section 5", "penalizes", "unfair practices") in relations, sorted(relations)
    assert ("harbor code", "penalizes", "unfair practices") not in relations


def test_extract_a_product_a_company_launches_is_no_policy(nlp):
    entities, _relations, _x = run(nlp, "# Pumps\n\nIn 2019, Harbor Marine Inc. launched SeaPro, a new fuel pump.\n")
    assert not [e.label for e in entities.values() if e.category == "Policy"]


def test_extract_a_body_bound_by_a_duty_under_a_policy_does_not_run_it(nlp):
    _entities, relations, _x = run(nlp, "# Care\n\nUnder the Safe Care Rule, agencies must track patient falls.\n")
    assert ("safe care rule", "evaluates", "agencies") in relations, sorted(relations)
    assert ("safe care rule", "issuedBy", "agencies") not in relations


def test_extract_what_a_ban_is_for_is_not_banned(nlp):
    _entities, relations, _x = run(nlp, "# Beds\n\nThe Harbor Rule bans anchoring in seagrass beds to protect fish.\n")
    assert ("harbor rule", "penalizes", "anchoring") in relations, sorted(relations)
    assert not [r for r in relations if "protect" in r[2]], sorted(relations)


@pytest.mark.parametrize(
    ("text", "regulated"),
    [
        ("Marina operators must comply with the Harbor Act.", ("harbor act", "evaluates", "marina operators")),
        ("The Harbor Act directs the Harbor Board to establish a program for small boats.",
         ("harbor act", "evaluates", "harbor board")),
        ("Congress should enact legislation on harbor fees.", None),
        ("Under the Harbor Act, marina operators must meet the program requirements.",
         ("harbor act", "evaluates", "marina operators")),
    ],
)
def test_extract_obeying_or_making_a_policy_is_no_behaviour(nlp, text, regulated):
    entities, relations, _x = run(nlp, "# Harbors\n\n" + text + "\n")
    assert not [e.label for e in entities.values() if e.category == "Behaviour"], sorted(entities)
    assert regulated is None or regulated in relations, sorted(relations)


def test_extract_a_programmes_acronym_before_its_kind_noun_is_the_programme(nlp):
    text = ("# Filing\n\nThe Direct File (DF) program lets taxpayers file online. The IRS runs the DF program.\n")
    _entities, _relations, x = run(nlp, text)
    assert len([e for e in x.entities if e.category == "Policy"]) == 1, [(e.label, e.aliases) for e in x.entities]


def test_extract_a_common_noun_said_once_is_no_main_policy(nlp):
    text = "# Falls\n\nThe agency says its survey process is slow. Home health agencies must keep incident records for five years.\n"
    _entities, relations, _x = run(nlp, text)
    assert ("keep incident records", "performedBy", "home health agencies") in relations, sorted(relations)
    assert not [r for r in relations if r[0] == "survey process"], sorted(relations)


def test_extract_the_end_of_a_bodys_name_is_no_policy(nlp):
    entities, _relations, _x = run(nlp, "# Note\n\nOther agencies send in their records, most notably the State "
                                        "Office for Boat Regulation, which keeps a public registry of fines.\n")
    assert not [e.label for e in entities.values() if e.category == "Policy"]


def test_extract_authority_given_is_a_power_not_a_body(nlp):
    entities, _relations, _x = run(nlp, "# Note\n\nThe Dock Act gives the Harbor Board authority over moorings.\n")
    assert not any("authority" in e.label.lower() for e in entities.values()), sorted(e.label for e in entities.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered order keeps its number, and the verb after the number is read as one
        ("Harbor Occupations Order No. 2 bars minors from driving motor vehicles.",
         ("harbor occupations order no. 2", "penalizes", "driving motor vehicles")),
        ("Under Harbor Order No. 5, owners must register boats.", ("harbor order no. 5", "evaluates", "owners")),
        ("Executive Order 14201 directs harbor agencies to test their radios.",
         ("test their radios", "performedBy", "harbor agencies")),
        # a regulation cited by title and part is a policy
        ("Under 29 C.F.R. 812.4, minors may not drive forklifts.", ("29 c.f.r. 812.4", "penalizes", "drive forklifts")),
        ("Under 40 CFR Part 1200, owners must register boats.", ("40 cfr part 1200", "evaluates", "owners")),
    ],
)
def test_extract_numbered_orders(nlp, text, expected):
    _, relations, _ = run(nlp, "# Note\n\n" + text + "\n")
    assert expected in relations, sorted(relations)


def test_extract_a_numbered_member_of_a_plural_acronym_is_a_policy(nlp):
    entities, relations, _x = run(nlp, "# Youth work\n\nThe Harbor Occupations Orders (HOs) list jobs that minors "
                                       "may not do. Under HO 2, minors may not drive forklifts.\n")
    policies = {e.label: e.aliases for e in entities.values() if e.category == "Policy"}
    assert "HOs" in policies.get("Harbor Occupations Orders", ()), policies
    assert ("ho 2", "penalizes", "drive forklifts") in relations, sorted(relations)


def test_extract_it_under_a_heading_naming_a_policy_is_that_policy(nlp):
    text = """# Boat Bills

Two bills on marinas were introduced this year, and the Harbor Fee Act drew the most attention of the two.
The Harbor Fee Act was debated twice in committee.

## Quiet Harbors Act (H.R. 2210)

It would ban jet skis near swimming areas.

## Harbor Fee Act (S. 1187)

It would prohibit marina operators from charging hidden fees.
"""
    _, relations, _ = run(nlp, text)
    assert ("quiet harbors act", "penalizes", "jet skis") in relations, sorted(relations)
    assert ("harbor fee act", "penalizes", "jet skis") not in relations
    assert ("harbor fee act", "penalizes", "charging hidden fees") in relations


def test_extract_it_is_the_policy_its_paragraph_is_about(nlp):
    text = """# Boat Bills

The Harbor Fee Act is the main bill on marinas this year. The Harbor Fee Act was debated twice in committee.
The Harbor Fee Act passed the House in May.

H.R. 2210, the Quiet Harbors Act, would prohibit marina operators from renting jet skis at night. It would require
operators to post speed limits and would bar the sale of fuel on docks.
"""
    _, relations, _ = run(nlp, text)
    assert ("quiet harbors act", "penalizes", "sale of fuel") in relations, sorted(relations)
    assert ("quiet harbors act", "evaluates", "operators") in relations or \
        ("quiet harbors act", "evaluates", "marina operators") in relations, sorted(relations)
    assert not any(s == "harbor fee act" and p == "penalizes" for s, p, _o in relations), sorted(relations)


def test_extract_a_bill_s_short_title_is_another_name_of_it(nlp):
    text = """# Dock bills

The Fair Access to Slips and Transparent Docking (FAST and DOCK) Act would require marinas to post their fees.
The FAST and DOCK Act was introduced in 2023.

The Clear Harbor Accounting of Rental Transactions (CHART) Act would require marinas to publish slip rates.
The CHART Act passed the House in May.
"""
    entities, _, x = run(nlp, text)
    policies = [e for e in x.entities if e.category == "Policy"]
    names = {e.label: {a.lower() for a in e.aliases} for e in policies}
    assert len(policies) == 2, names
    assert any("fast and dock act" in aliases for aliases in names.values()), names
    assert any("chart act" in aliases for aliases in names.values()), names


def test_extract_a_law_s_number_in_its_bracket_is_another_name_of_it(nlp):
    text = """# Harbor law

The Dock Reform and Boater Protection Act (Dock Reform Act; P.L. 111-203) requires lenders to verify income.
P.L. 111-203 also created the Boater Protection Bureau.
"""
    _, _, x = run(nlp, text)
    names = [{e.label.lower(), *(a.lower() for a in e.aliases)} for e in x.entities if e.category == "Policy"]
    assert any({"p.l. 111-203", "dock reform and boater protection act"} <= n for n in names), names


def test_extract_a_section_title_names_no_policy(nlp):
    text = """# Harbor fuel

## Federal Regulation

The Harbor Fuel Rule requires marina operators to inspect fuel tanks.

## State Regulation

Some states require retailers to post warnings about fuel spills.
"""
    entities, relations, _ = run(nlp, text)
    assert "federal regulation" not in entities and "state regulation" not in entities, sorted(entities)
    assert not any(s == "state regulation" for s, _p, _o in relations)
    assert "harbor fuel rule" in entities


PETITION_LETTER = """# Letter on a mooring waiver

Dear Chair Rivera:

We, the undersigned organizations, urge the Harbor Commission to reject the petition for a waiver of the Open Moorings
Order filed by BlueDock Inc. Granting the waiver would threaten the livelihoods of fishing families.

Sincerely,
Harbor Fairness Project
Coastal Families Alliance
"""


def test_extract_a_letter_s_signatories_oppose_what_a_petition_asks_and_their_coalition_voices_its_worries(nlp):
    _, relations, _ = run(nlp, PETITION_LETTER)
    assert ("harbor fairness project", "criticizes", "waiver") in relations, sorted(relations)
    # (session 44) the worries of a letter written as "the undersigned organizations" are the coalition's, once
    worried = {s for s, p, o in relations if p == "raisesConcern" and "livelihoods" in o}
    assert worried == {"undersigned organizations"}, sorted(relations)


def test_extract_a_coalition_writing_under_its_name_is_one_actor_that_voices_the_letter_s_worries(nlp):
    # (session 44) "writing together as the X Coalition": the undersigned are the coalition
    text = PETITION_LETTER.replace("We, the undersigned organizations, urge",
                                   "The undersigned organizations, writing together as the Harbor Fairness Coalition, "
                                   "urge").replace("Granting the waiver would", "We are concerned that granting the "
                                                                                 "waiver would")
    entities, relations, _ = run(nlp, text)
    coalition = [e for e in entities.values() if e.label == "Harbor Fairness Coalition"]
    assert len(coalition) == 1 and "undersigned organizations" in coalition[0].aliases, sorted(entities)
    assert {s for s, p, o in relations if p == "raisesConcern"} == {"harbor fairness coalition"}, sorted(relations)
    assert ("coastal families alliance", "criticizes", "waiver") in relations, sorted(relations)


def test_extract_a_duty_an_unnamed_proposal_would_impose_is_not_the_main_policy_s(nlp):
    _, relations, _ = run(nlp, "# Ferries\n\nThe Harbor Act took effect in May. The Harbor Act covers ferries.\n\n"
                               "Some lawmakers have proposed legislation that would require ferry companies to report "
                               "accessible boats.\n")
    assert ("report accessible boats", "performedBy", "ferry companies") in relations, sorted(relations)
    assert ("harbor act", "evaluates", "ferry companies") not in relations, sorted(relations)



@pytest.mark.parametrize(("text", "together", "apart"), [
    ("Lawmakers in the state are drafting a sweeping state boat safety law. Boaters say any state boat law "
     "must let owners sue marinas that sell their data.", ["sweeping state boat safety law", "state boat law"],
     []),
    # a stage of its making is description enough
    ("State regulators issued a draft operating permit for the mine. The draft permit requires the company to "
     "drill monitoring wells.", ["draft operating permit", "draft permit"], []),
    # "other" laws are others
    ("Congress passed a consumer privacy law in 2020. Small business groups oppose other federal consumer privacy "
     "laws.", [], ["consumer privacy law"]),
])
def test_extract_a_policy_described_again_with_fewer_words_is_the_same(nlp, text, together, apart):
    entities, _, x = run(nlp, "# Privacy\n\n" + text + "\n")
    names = {n.lower(): e.key for e in x.entities for n in (e.label, *e.aliases)}
    assert len({names[n] for n in together}) <= 1 and all(n in names for n in together), names
    for n in apart:
        assert n in names and sum(key == names[n] for key in names.values()) == 1, names





def test_extract_what_a_policy_must_do_in_a_list_is_its_design_not_conduct(nlp):
    text = """# Harbor groups call for a strong boating law

The harbor groups say that a good boating law must:

- Set a minimum that towns may raise.
- Cover every marina in the state.

Marina operators must post their fees.
"""
    entities, _, _ = run(nlp, text)
    behaviours = {label for label, e in entities.items() if e.category == "Behaviour"}
    assert behaviours == {"post their fees"}, behaviours


def test_extract_a_headline_name_runs_back_over_a_word_of_its_term(nlp):
    # every word of a headline is capitalised; "binding" is part of the name because the article's term has it
    text = ("# Binding Dock Directive 7: Develop and Publish a Fee Policy\n\nA binding dock directive is a compulsory "
            "order to marinas. The Harbor Board issues them.\n")
    entities, _, x = run(nlp, text)
    names = {n for e in x.entities for n in (e.label, *e.aliases)}
    assert "Binding Dock Directive 7" in names and "Dock Directive 7" not in names, names



def test_extract_this_guidance_under_an_untitled_text_is_its_own(nlp):
    text = ("# Hiring tools and disability\n\nThis guidance explains how hiring tools can screen out applicants. "
            "The Harbor Board issued its Enforcement Guidance in 2019.\n")
    entities, _, x = run(nlp, text)
    named = next(e for e in x.entities if e.label == "Enforcement Guidance")
    assert "guidance" not in {n.lower() for n in named.aliases}, named.aliases


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a list item's label naming misconduct under an intro about breaches is what the policy punishes
        ("# The Harbor Credit System\n\nThe Harbor Credit System rates marinas on how they treat the harbor and the "
         "people who work there.\nThe harbor board keeps a list of marinas with poor records. Its stated targets are "
         "breaches of the\nharbor rules, including:\n\n- Fuel Violations: Dumping fuel or falsifying pump records.\n"
         "- Safety Violations: Operating without lifeguards on duty.\n",
         {("harbor credit system", "penalizes", "fuel violations"),
          ("harbor credit system", "penalizes", "safety violations")}, set()),
        # a policy labelling a list item is part of the policy the list describes
        ("# The Harbor Credit System\n\nThe Harbor Credit System rates marinas on how they treat the harbor and the "
         "people who work there.\nIt works through two tools:\n\n- Blacklists: Marinas found guilty of dumping fuel "
         "are placed on a blacklist for a year.\n- Redlists: Marinas with a clean record for three years can be named "
         "on a redlist.\n",
         {("blacklists", "partOf", "harbor credit system"), ("redlists", "partOf", "harbor credit system")}, set()),
        # who calls on someone to pass a policy does not make it; who votes to adopt one does
        ("Policy note\n\nThe Marina Owners Association called on Congress to pass the Harbor Fee Act. The State Board "
         "voted on Thursday to adopt the Dock Rule.\n",
         {("dock rule", "issuedBy", "state board")}, {("harbor fee act", "issuedBy", "marina owners association")}),
        # a penalty listed under a bill punishes the failure; a directed body owes what it is told
        ("# Drug prices\n\nThe Fair Pricing Act would:\n\n- direct the Department of Health (DOH) to publish an "
         "annual report on price trends; and\n- impose civil penalties of up to $100,000 on manufacturers that fail "
         "to report.\n",
         {("fair pricing act", "penalizes", "fail to report"),
          ("publish an annual report", "performedBy", "department of health")}, set()),
        # "this directive" in a text that names one directive of its kind is that directive
        ("# The Harbor Safety Directive\n\nThe Harbor Board issued the Harbor Safety Directive in May. This directive "
         "requires marina operators to post their fees.\n",
         {("harbor safety directive", "evaluates", "marina operators")}, set()),
        # "hosts" is no word of the vocabulary; owing a duty once and being fined makes them an actor
        ("# Rental rules\n\nUnder the Rental Accountability Act, hosts must register each rental unit. Counties may "
         "fine hosts up to $1,000 for each night a unit is rented without registration.\n",
         {("register each rental unit", "performedBy", "hosts"), ("rental accountability act", "evaluates", "hosts")},
         set()),
        # "it" is what a sentence's main clause was about, not a policy a reported clause names
        ("# Rentals\n\nThe Rental Accountability Act caps fees. The realtors association opposed the Rental "
         "Accountability Act, saying the Registry Rule would drive small hosts out of the market. Local officials "
         "praised it.\n",
         {("local officials", "supports", "rental accountability act")},
         {("local officials", "supports", "registry rule")}),
        # ... or the one policy its own sentence named before it
        ("# Drone bills\n\nH.R. 2210, the Safe Skies Act, would require the FAA to issue rules. Industry groups have "
         "urged Congress to pass H.R. 2210. Privacy advocates support S. 1187 but argue that it does not go far "
         "enough.\n",
         {("privacy advocates", "criticizes", "s. 1187")}, {("privacy advocates", "criticizes", "h.r. 2210")}),
        # ... unless a clause of that sentence is about a policy described
        ("# Harbor privacy\n\nThe Harbor Privacy Bill limits cameras at marinas. Unlike the Clean Water Act, the bill "
         "is voluntary, and the Marina Owners Association supports it.\n",
         {("marina owners association", "supports", "harbor privacy bill")},
         {("marina owners association", "supports", "clean water act")}),
        # a duty the law as it stands imposes is not the bill's
        ("# Tickets\n\nThe Ticket Fairness Act would require resellers to disclose all fees. Current law requires "
         "ticket sellers to disclose only the base price. Under existing law, resellers may not use bots.\n",
         {("ticket fairness act", "evaluates", "resellers")},
         {("ticket fairness act", "evaluates", "ticket sellers"), ("ticket fairness act", "penalizes", "use bots")}),
        # ... nor is one another's law ("Ohio's law") or laws in general impose
        ("# Tickets\n\nThe Ticket Fairness Act would require resellers to disclose all fees. Ohio's law bars "
         "resellers from using bots. Several state laws prohibit resellers from selling fake tickets.\n",
         {("ticket fairness act", "evaluates", "resellers")},
         {("ticket fairness act", "penalizes", "using bots"), ("ticket fairness act", "penalizes", "selling fake tickets")}),
        # a duty in a paragraph about one of several bills is that bill's, not the article's main bill's
        ("# Dock bills\n\nThe Dock Safety Act would require marinas to post fees. The Dock Safety Act would also "
         "ban night fueling. The Dock Safety Act would take effect in 2027.\n\nH.R. 4102 would create a grant "
         "program for rural harbors. Harbors that receive grants would have to report repair costs to the Coast "
         "Guard.\n",
         {("h.r. 4102", "evaluates", "harbors")}, {("dock safety act", "evaluates", "harbors")}),
        # ... but under a heading that names a policy, the duty is that policy's
        ("# Dock rules\n\nThe Harbor Fee Act caps mooring fees. The Harbor Fee Act took effect in May.\n\n"
         "## The Repair Grant Program\n\nThe Dock Safety Act created the Repair Grant Program in 2020. Harbors "
         "that receive grants must report repair costs to the Coast Guard.\n",
         {("repair grant program", "evaluates", "harbors")}, {("dock safety act", "evaluates", "harbors")}),
        # supporters by name who fear what a policy does are no supporters of it
        ("# Harbor\n\nThe Harbor Fee Act caps mooring fees. Advocates fear that the Harbor Fee Act creates a "
         "loophole for large shipping companies.\n",
         {("advocates", "criticizes", "harbor fee act")}, {("advocates", "supports", "harbor fee act")}),
        # an article about a law it never names: "the rule" is a policy of its own, not the programme it names
        ("# Marinas must test fuel docks\n\nThe Harbor Board adopted a rule on Monday that tightens fuel dock "
         "checks. Under the rule, every marina must test each fuel pump once a year. The rule also bars marinas from "
         "reopening a pump until a second test passes.\n\nThe Clean Docks Grant, a program run by the Harbor Board, "
         "pays for new pumps. Mayor Ana Ruiz praised the rule.\n",
         {("rule", "issuedBy", "harbor board"), ("rule", "penalizes", "reopening a pump"),
          ("mayor ana ruiz", "supports", "rule")},
         {("clean docks grant", "penalizes", "reopening a pump"), ("mayor ana ruiz", "supports", "clean docks grant")}),
        # in a numbered run of what a bill would do, a duty before a ban is not banned
        ("# Ticket bills\n\nH.R. 3950, the Fans First Act, would (1) require ticket sellers to disclose the total "
         "price; (2) prohibit resellers from selling speculative tickets; and (3) direct the Coast Guard to report "
         "to Congress.\n",
         {("fans first act", "penalizes", "selling speculative tickets"),
          ("disclose the total price", "performedBy", "ticket sellers")},
         {("fans first act", "penalizes", "disclose the total price")}),
        # a policy the conduct acts on ("disclose refund policies") imposes nothing; the bill does
        ("# Ticket bills\n\nH.R. 3950 would cap fees.\n\nThe bill would:\n\n- require ticket sellers to disclose "
         "refund policies;\n- ban the use of bots to buy tickets.\n",
         {("h.r. 3950", "evaluates", "ticket sellers")}, {("refund policies", "evaluates", "ticket sellers")}),
        # "them" after a duty of someone's in its sentence is they
        ("# Rent\n\nThe Fair Rent Act bars landlords from charging fees for paying rent online and requires them "
         "to give tenants notice before any rent increase.\n",
         {("give tenants notice", "performedBy", "landlords")}, set()),
        # a ban someone urges a body to impose is no ban of the article's policy
        ("# Sprouts\n\nThe Sprout Safety Rule requires growers to test irrigation water. The Center for Food Safety "
         "urged the agency to go further and ban the sale of untested sprouts.\n",
         {("test irrigation water", "performedBy", "growers")},
         {("sprout safety rule", "penalizes", "sale of untested sprouts")}),
        # "a rule" a body proposes before the article names the one rule it names is that rule
        ("# Sprouts\n\nThe Food and Drug Administration on Monday proposed a rule that would require sprout growers "
         "to test irrigation water. The agency says the Sprout Safety Rule would cost small farms little.\n",
         {("sprout safety rule", "issuedBy", "food and drug administration")}, set()),
        ("# Rent\n\nLandlords must cap late fees under a law signed Tuesday by Governor Tom Reyes. The Fair Rent Act "
         "also bars landlords from charging fees for paying rent online.\n",
         {("fair rent act", "issuedBy", "governor tom reyes")}, set()),
        # ... but once the article has named it, "a rule" is another one
        ("# Sprouts\n\nThe Sprout Safety Rule took effect in May. In 2019 the Food and Drug Administration proposed "
         "a rule on seed imports.\n",
         set(), {("sprout safety rule", "issuedBy", "food and drug administration")}),
        # a heading numbering a division of a code and titling it names the text's own policy
        ("# Part 412 - Mooring Safety Standards\n\nThis part applies to every marina that rents moorings.\n\n"
         "Each marina operator shall inspect every mooring once a year. No operator may rent a mooring that failed "
         "its most recent inspection.\n",
         {("mooring safety standards", "evaluates", "marina operator"),
          ("mooring safety standards", "penalizes", "rent a mooring")}, set()),
        # ... nor one that a verb coordinated with the duty's acts on
        ("# Feeds\n\nThe Digital Feeds Act took effect in May. Companies must also explain how their recommendation "
         "algorithms work and offer users a feed that is not based on profiling.\n",
         {("digital feeds act", "evaluates", "businesses")}, {("recommendation algorithms", "evaluates", "businesses")}),
        # ... nor one the duty's doer is enrolled in
        ("# Loans\n\nThe Public Service Loan Forgiveness program cancels loans. To qualify, borrowers must be enrolled "
         "in an income-driven repayment plan and must certify their employment each year.\n",
         {("public service loan forgiveness program", "evaluates", "borrowers")},
         {("income-driven repayment plan", "evaluates", "borrowers")}),
        # a permission with no policy named says nothing of one
        ("# Harbor\n\nThe Harbor Rule took effect in May. Marina operators may charge a fee of up to $20.\n",
         set(), {("harbor rule", "evaluates", "marina operators")}),
        # a worry about a part of the policy the article never names ("the daily limit") is about the policy
        ("# Kiosks\n\nThe Kiosk Fraud Act would cap daily deposits. Industry groups have expressed concern that the "
         "daily limit could push customers toward unregulated platforms.\n",
         {("push customers", "concernAbout", "kiosk fraud act")}, set()),
        # what a policy risks doing is a worry about it
        ("# Harbor news\n\nThe Harbor Rule took effect in May. The Harbor Rule risks pushing small marinas out of "
         "business.\n", {("pushing small marinas", "concernAbout", "harbor rule")}, set()),
        # what a policy threatens or infringes on is a worry about it
        ("# Harbor news\n\nThe Harbor Rule took effect in May. The Harbor Rule may infringe on the privacy of boat "
         "owners.\n", {("privacy of boat owners", "concernAbout", "harbor rule")}, set()),
        ("# Harbor news\n\nThe Harbor Rule took effect in May. The Harbor Rule threatens press freedom.\n",
         {("press freedom", "concernAbout", "harbor rule")}, set()),
        # "the laws" in an article on several laws is none of them in particular
        ("# Driving\n\nThe Hands-Free Georgia Act bans holding a phone while driving. Tennessee's Hands Free "
         "Tennessee law bars drivers from recording video while driving.\n\nSafety advocates support the laws.\n",
         set(), {("safety advocates", "supports", "hands free tennessee law"),
                 ("safety advocates", "supports", "hands-free georgia act")}),
        # a state that imposes fines does so by a law of its own, not the article's
        ("# Driving\n\nThe Hands-Free Georgia Act bans holding a phone while driving. Oregon imposes fines of up to "
         "$1,000 on drivers who use a phone while driving.\n",
         {("use a phone", "performedBy", "drivers")}, {("hands-free georgia act", "penalizes", "use a phone")}),
        # someone's praise for an act is a stance, no policy's reward
        ("# Wages\n\nThe Living Wage Ordinance requires contractors to pay at least $22 an hour. The Service Workers "
         "Union praised the council for acting quickly.\n",
         set(), {("living wage ordinance", "rewards", "acting quickly")}),
        # a body supervising someone as background names no runner of the article's policy
        ("# Docks\n\nThe Harbor Act took effect in May. The Harbor Commission runs the act. The Federal Reserve "
         "also supervises large banks.\n", set(), {("harbor act", "issuedBy", "federal reserve")}),
        # the body wielding a power under a policy is not whom it regulates
        ("# Docks\n\nThe Harbor Act took effect in May. Under the Harbor Act, the Harbor Commission may fine marina "
         "operators.\n", set(), {("harbor act", "evaluates", "harbor commission")}),
        # idioms are no call-backs of an unnamed law
        ("# Boat safety\n\nOperators follow the rule of thumb. The rule of law matters. The rule of three applies. "
         "Marina operators must report spills.\n", set(), {("rule", "evaluates", "marina operators")}),
        # a worry about something that is no part of a policy is no worry about it
        ("# Docks\n\nThe Harbor Act took effect in May. Farmers worry that the drought will cut their yields this "
         "year.\n", set(), {("cut their yields", "concernAbout", "harbor act")}),
        # "the Georgia law" is not a programme named with the place
        ("# Georgia\n\nThe Georgia Clean Water Program funds wetlands. Critics say the Georgia law on phone use is "
         "too strict.\n", set(), {("critics", "criticizes", "georgia clean water program")}),
        # the issuer's own rule, called by its possessive, is the rule
        ("# Harbor Rule\n\nThe Harbor Commission issued the Harbor Rule in May. The commission's rule requires "
         "marina operators to report spills.\n", {("harbor rule", "evaluates", "marina operators")}, set()),
        # whom a body fines "for" doing something does it; the body that fines does not
        ("# Bots\n\nThe Federal Trade Commission on Tuesday fined TixNow $3.7 million for violating the Fair Online "
         "Ticket Sales Act, which bans the use of software bots to buy up event tickets. According to the complaint, "
         "TixNow used thousands of fake accounts.\n",
         {("use of software bots", "performedBy", "tixnow")},
         {("use of software bots", "performedBy", "federal trade commission")}),
        # an appeal to a body to reject a policy is the appellant's stance, not the body's
        ("Policy note\n\nThe Marina Owners Association appealed to the Harbor Council to reject the Harbor Fee Act.\n",
         {("marina owners association", "criticizes", "harbor fee act")},
         {("harbor council", "criticizes", "harbor fee act")}),
    ],
)
def test_extract_articles_of_our_own_state_these_relations(nlp, text, present, absent):
    _, relations, _ = run(nlp, text)
    assert present <= relations and not absent & relations, sorted(relations)


def test_extract_what_is_said_to_be_a_key_concern_is_a_worry(nlp):
    entities, _, _ = run(nlp, "# Harbor news\n\nThe Harbor Rule took effect in May. Insider trading on fishing quotas "
                              "is a key concern for regulators. The Harbor Rule is a concern for marinas.\n")
    assert entities["insider trading"].category == "Concern"
    assert entities["harbor rule"].category == "Policy"


@pytest.mark.parametrize(
    "text, name, category",
    [
        # what the article says a name is types it wherever the name is written, the tagger's guess aside
        ("The Coastal Compact is an agreement between two states. Under the Coastal Compact, fleets must report "
         "their catch.", "coastal compact", "Policy"),
        ("Blue Hull, a voluntary labeling program run by the Maritime Safety Agency, rewards makers that cut "
         "emissions.", "blue hull", "Policy"),
        ("The Green Wharf Pledge is a voluntary program. Marinas that join the Green Wharf Pledge must recycle oil.",
         "green wharf pledge", "Policy"),
        ("Harborwatch is a nonprofit group that monitors marinas. Harborwatch opposes the Marina Rule.",
         "harborwatch", "Actor"),
        ("Medi-Cal, California's Medicaid program, covers children. Medi-Cal requires clinics to report visits.",
         "medi-cal", "Policy"),
        # a person described by a class of people stays a person; a place keeps its class
        ("Ana Ruiz, a farmer, opposes the Marina Rule. Ruiz spoke at the hearing.", "ana ruiz", "Actor"),
        ("Ohio is a state that bans the practice. Ohio fined three marinas.", "ohio", "Actor"),
    ],
)
def test_extract_a_name_is_of_the_kind_the_article_says_it_is(nlp, text, name, category):
    entities, _relations, _x = run(nlp, "# Notes\n\n" + text)
    assert name in entities and entities[name].category == category, {k: e.category for k, e in entities.items()}


def test_extract_a_name_said_of_a_policy_is_not_a_second_policy(nlp):
    entities, relations, _x = run(nlp, "# Free Moorings\n\nThe Free Moorings program pays harbors. Free Moorings is "
                                       "a voluntary program run by the Port Office. Some marinas offer free moorings "
                                       "outside the Free Moorings program. The Free Moorings program requires "
                                       "marinas to post rates.")
    policies = sorted(k for k, e in entities.items() if e.category == "Policy")
    assert len(policies) == 1 and "free moorings" in policies[0], policies
    assert (policies[0], "issuedBy", "port office") in relations, relations


def test_extract_numbered_items_under_a_duty_intro_are_duties(nlp):
    # "- ii." numbers after bullets; a command whose object the tagger read as its verb ("report spills")
    _entities, relations, _x = run(nlp, "# Harbor Rule\n\nThe Harbor Rule took effect in May. Each harbor authority "
                                        "must:\n\n- i. Publish a harbor safety plan within 90 days.\n- ii. Report "
                                        "spills to the Coast Office within 24 hours.\n")
    done = {s for s, p, o in relations if p == "performedBy" and o == "harbor authority"}
    assert {"publish a harbor safety plan", "report spills to the coast office"} <= done, relations


def test_extract_what_a_banned_item_would_require_is_no_duty(nlp):
    # under "must not:", "Require boaters to pay a fee" is the banned act, not a duty boaters owe
    _entities, relations, _x = run(nlp, "# Harbor Rule\n\nThe Harbor Rule took effect in May. Under the Harbor Rule, "
                                        "harbor authorities must not:\n\n- Require boaters to pay an inspection fee.\n")
    assert not any(p == "performedBy" and o == "boaters" for _s, p, o in relations), relations
    assert any(p == "penalizes" and s == "harbor rule" and o.startswith("require boaters") for s, p, o in relations), \
        relations


def test_extract_a_numbered_ordinance_is_the_ordinance_and_a_description_after_a_comma_is_the_act(nlp):
    # "the ordinance" calls back "Ordinance 24-117", not the one Act; "the Act, legislation that ..." is one policy
    # though the parser reads the description as a second object; "which bans" is a verb the tagger read otherwise
    entities, relations, _x = run(nlp, "# Notes\n\nSenator Marcus Delgado introduced the Safe Nursery Products Act, "
                                       "legislation that would ban inclined infant sleepers. The legislation "
                                       "would require retailers to remove recalled products.\n\nThe City Council "
                                       "will vote on Ordinance 24-117, which bans sidewalk food vending within 500 "
                                       "feet of any restaurant. The ordinance would fine vendors who sell near "
                                       "restaurants.\n")
    policies = {k for k, e in entities.items() if e.category == "Policy"}
    assert policies == {"safe nursery products act", "ordinance 24-117"}, policies
    assert {("ordinance 24-117", "penalizes", "sidewalk food vending"),
            ("safe nursery products act", "evaluates", "retailers")} <= relations, sorted(relations)


def test_extract_a_numbered_division_is_the_text_s_own_policy(nlp):
    # "Part 7 \u2014 Short-Term ..." titles the text (a hyphen inside a word is no division dash); "this part" makes
    # it the policy the text's duties belong to, though another is named more often; "Issued by X" under the title
    text = ("# Part 7 \u2014 Short-Term Mooring Standards\n\nIssued by the Bayport Harbor Authority.\n\n"
            "This part applies to every mooring operator. Each operator must obtain a mooring permit. A mooring "
            "permit is valid for one year. The mooring permit must be shown on request.\n\n"
            "An operator shall not:\n\n- (a) rent a mooring to more than one vessel.\n")
    entities, relations, _x = run(nlp, text)
    assert "short-term mooring standards" in entities, sorted(entities)
    assert {("short-term mooring standards", "issuedBy", "bayport harbor authority"),
            ("short-term mooring standards", "evaluates", "operator")} <= relations, sorted(relations)
    assert any(s == "short-term mooring standards" and p == "penalizes" and o.startswith("rent a mooring")
               for s, p, o in relations), sorted(relations)


@pytest.mark.parametrize(("intro", "stance"), [("The Harbor Act is endorsed by:", "supports"),
                                                ("**Opposed by:**", "criticizes")])
def test_extract_bodies_listed_under_a_stance_intro_take_it(nlp, intro, stance):
    entities, relations, _x = run(nlp, "# Harbor Act\n\nSenator Ana Ruiz introduced the Harbor Act. The bill would "
                                       f"ban night fishing.\n\n{intro}\n\n- Coalition of Harbor Pilots\n"
                                       "- Friends for Clean Water\n")
    assert {("coalition of harbor pilots", stance, "harbor act"),
            ("friends for clean water", stance, "harbor act")} <= relations, sorted(relations)


def test_extract_i_in_an_opinion_piece_is_its_byline_author(nlp):
    entities, relations, _x = run(nlp, "# Opinion: The Vending Ordinance Is a Mistake\n\n*By Lena Ortiz*\n\nLena Ortiz "
                                       "runs a bakery on Pier Street. The city council passed the Vending Ordinance "
                                       "last week. I oppose the Vending Ordinance, and I worry about selective "
                                       "enforcement of the ordinance in poor neighbourhoods.\n")
    assert ("lena ortiz", "criticizes", "vending ordinance") in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "merged"),
    [
        # a place word that opens several names is left out of a short name
        ("The Harbor Rule took effect in May. Business groups, including the Velora Association of Commerce and the "
         "Velora Builders Council, opposed the rule. The Association of Commerce objected to the rule.", True),
        # a scope word is part of the name: the short name is another body
        ("The Harbor Rule took effect in May. The National Association of Commerce and the National Builders Council "
         "opposed the rule. The Association of Commerce objected to the rule.", False),
    ],
)
def test_extract_a_short_name_without_its_place_is_the_named_body(nlp, text, merged):
    entities, _relations, _x = run(nlp, "# Harbor news\n\n" + text + "\n")
    actors = sorted(e.label for e in entities.values() if e.category == "Actor" and "Commerce" in e.label)
    assert actors == (["Velora Association of Commerce"] if merged else
                      ["Association of Commerce", "National Association of Commerce"]), actors


@pytest.mark.parametrize(
    ("bracket", "merged"),
    [
        # a short name in brackets after a quoted title is the titled policy's, whatever its words
        ("(the Refund Rule)", True),
        # not a bracket that says something else
        ("(see the Refund Rule)", False),
        ("(the agency said)", False),
    ],
)
def test_extract_a_quoted_title_s_bracketed_short_name_is_the_same_policy(nlp, bracket, merged):
    entities, _relations, _x = run(nlp, "# Harbor news\n\nThe Harbor Agency has issued a final rule, titled \"Refunding "
                                        f"Mooring Fees and Service Charges\" {bracket}, that requires marinas to "
                                        "refund fees. The Refund Rule takes effect in May.\n")
    titled = [e for e in entities.values() if "Refunding Mooring Fees and Service Charges" in (e.label, *e.aliases)]
    assert len(titled) == 1 and ("Refund Rule" in (titled[0].label, *titled[0].aliases)) == merged, sorted(entities)


def test_extract_a_word_policies_names_share_is_no_place(nlp):
    # (session 46 review) "Green" opens two policies' names: "the Building Code" is another code
    entities, _relations, _x = run(nlp, "# Codes\n\nThe Green Building Code applies to builders. The Green Jobs Program "
                                        "trains workers. The Fire Safety Board updated the Building Code in May.\n")
    codes = sorted(e.label for e in entities.values() if e.category == "Policy" and "Code" in e.label)
    assert codes == ["Building Code", "Green Building Code"], codes


def test_extract_a_nickname_s_bracket_is_no_title(nlp):
    # (session 46 review) 'called "Fair Start" (the Budget Act)': the act it amends, not another name of it
    entities, _relations, _x = run(nlp, "# Budget\n\nAn amendment called \"Fair Start\" (the Budget Act) adds funding "
                                        "for schools. The Budget Act was passed in 2019.\n")
    budget = [e for e in entities.values() if "Budget Act" in (e.label, *e.aliases)]
    assert budget and all("Fair Start" not in (e.label, *e.aliases) for e in budget), sorted(entities)


def test_extract_an_op_ed_s_worry_is_about_the_policy_it_calls_back_by_kind(nlp):
    _entities, relations, _x = run(nlp, "# Opinion: The Face Search Order Fails Us\n\n*By Lena Ortiz*\n\nLast month the "
                                        "Riverton Police Department published General Order 4.27. Lena Ortiz has read "
                                        "it closely. Officers may run searches at will. The chief calls it careful. "
                                        "Start with what the order allows. Now consider what is missing. There is no "
                                        "warrant requirement.\n")
    assert ("no warrant requirement", "concernAbout", "general order 4.27") in relations, sorted(relations)


def test_extract_what_an_op_ed_says_does_not_exist_is_a_concern(nlp):
    entities, _relations, _x = run(nlp, "# Opinion: The Face Search Order Fails Us\n\n*By Lena Ortiz*\n\nThe police "
                                        "adopted the Face Search Order in May. There is no warrant requirement. There "
                                        "is no independent audit.\n")
    concerns = sorted(e.label for e in entities.values() if e.category == "Concern")
    assert concerns == ["no independent audit", "no warrant requirement"], concerns


def test_extract_this_bill_in_a_release_about_one_act_is_that_act(nlp):
    entities, relations, _x = run(nlp, "FOR IMMEDIATE RELEASE\nOffice of Senator Ana Ruiz\n\nSenator Ana Ruiz today "
                                       "introduced the Clean Harbor Act. The bill would require marinas to "
                                       "collect used oil.\n\n\"This bill protects our harbor,\" said Tom Reyes, "
                                       "president of the Harbor Pilots Association.\n")
    policies = sorted(k for k, e in entities.items() if e.category == "Policy")
    assert policies == ["clean harbor act"], policies


def test_extract_this_ordinance_in_an_op_ed_is_the_numbered_one(nlp):
    entities, _relations, _x = run(nlp, "# Opinion: The Vending Ban Is a Mistake\n\nThe city council voted to pass "
                                        "Ordinance 24-117, which bans sidewalk vending near restaurants. Who does "
                                        "this ordinance protect? Not the vendors, who will face fines under the "
                                        "ordinance.\n")
    assert "ordinance" not in entities and "ordinance" in entities["ordinance 24-117"].aliases, sorted(entities)


def test_extract_i_inside_someone_else_s_quote_is_not_the_byline_author(nlp):
    _entities, relations, _x = run(nlp, "# Opinion: The Vending Ordinance Is a Mistake\n\n*By Lena Ortiz*\n\nLena "
                                        "Ortiz runs a bakery on Pier Street. The city council passed the Vending "
                                        "Ordinance last week. \"I oppose the Vending Ordinance, and so do my "
                                        "neighbours,\" said Tom Reyes, who owns the cafe next door.\n")
    assert ("lena ortiz", "criticizes", "vending ordinance") not in relations, sorted(relations)


def test_extract_a_lone_surname_that_warns_stays_a_person(nlp):
    entities, _relations, _x = run(nlp, "# Harbor news\n\nThe Harbor Rule took effect in May and applies to every "
                                        "marina in the bay. Ngozi Okafor runs a bait shop near the pier. Okafor "
                                        "warned that the Harbor Rule would hurt small marinas.\n")
    okafor = [e for e in entities.values() if "okafor" in e.label.lower()]
    assert okafor and all(e.subclass == "Person" for e in okafor), [(e.label, e.subclass) for e in okafor]


def test_extract_a_stance_list_item_takes_the_stance_for_the_body_it_opens_with(nlp):
    _entities, relations, _x = run(nlp, "# Harbor Act\n\nSenator Ana Ruiz introduced the Harbor Act. The bill would "
                                        "ban night fishing in the bay.\n\nThe Harbor Act is opposed by:\n\n- Bayport "
                                        "fishermen, who were fined by the Harbor Office last year\n- Several Local "
                                        "Marinas\n- Coalition of Harbor Pilots\n")
    assert ("coalition of harbor pilots", "criticizes", "harbor act") in relations, sorted(relations)
    assert not any(s in {"harbor office", "several local marinas"} for s, _p, _o in relations), sorted(relations)


def test_extract_this_bill_beside_an_unnamed_rival_bill_is_not_the_named_act(nlp):
    _entities, relations, _x = run(nlp, "# Harbor news\n\nSenator Ana Ruiz introduced the Clean Harbor Act in May. "
                                        "Senator Tom Hale has filed a rival bill that would ban trawling in the "
                                        "bay. Commercial fishermen endorse this bill.\n")
    assert ("commercial fishermen", "supports", "clean harbor act") not in relations, sorted(relations)


def test_extract_act_noun_inside_punished_conduct_is_no_second_behaviour(nlp):
    # "side payments" is what the landlords collect, named once as the conduct the program fines
    entities, relations, _ = run(nlp, "Under the Harbor Voucher Program, landlords who collect side payments are fined.")
    assert [k for k, e in entities.items() if e.category == "Behaviour"] == ["collect side payments"]
    assert ("harbor voucher program", "penalizes", "collect side payments") in relations


MEMO = """# Memorandum

**To:** All Harbor Staff
**From:** Dr. Ana Ruiz, Harbor Master, and Tom Berg, Chief Information Officer (CIO)
**Re:** Interim Policy on Dock Safety (Policy HB-4)

## Purpose

This memo announces Policy HB-4. It replaces the informal advice of the Harbor Board, which will adopt a permanent policy.

## Requirements

Staff must complete the dock safety course by 30 April. Staff may not enter private data, as defined in the Data
Classification Standard, into any unapproved tool.
"""


def test_extract_a_memo_is_about_the_policy_its_subject_line_names(nlp):
    entities, relations, _ = run(nlp, MEMO)
    memo = entities["policy hb-4"]
    assert "Policy on Dock Safety" in memo.aliases  # the subject line's name and its code are one policy
    # who the memo is from issues its policy; its duties are that policy's, not another one the memo names
    assert {(s, o) for s, p, o in relations if p == "issuedBy"} == {
        ("policy hb-4", "dr. ana ruiz"), ("policy hb-4", "tom berg"), ("policy hb-4", "chief information officer")}
    assert ("policy hb-4", "evaluates", "staff") in relations
    assert ("complete the dock safety course", "performedBy", "staff") in relations
    assert not any(s == "data classification standard" for s, _p, _o in relations)  # it only defines a term
    assert not any(s == "permanent policy" and p != "issuedBy" for s, p, _o in relations)


@pytest.mark.parametrize(("text", "name"), [
    ("The Harbor Rule on Monday barred fuel sales.", "harbor rule"),  # a date is no part of the title
    ("Congress passed the Harbor Act in 2019.", "harbor act"),  # nor a year after "in"
    ("The Harbor Act of Maine bars fuel sales.", "harbor act of maine"),
])
def test_extract_a_title_runs_on_only_through_capitalised_words(nlp, text, name):
    entities, _, _ = run(nlp, text)
    assert name in entities and entities[name].category == "Policy"


def test_extract_it_in_a_participle_phrase_is_not_the_policy(nlp):
    # "personnel running it": "it" is the hotline, not the directive they would be running
    _, relations, _ = run(nlp, "# The Harbor Directive\n\nThe Harbor Directive requires a spill hotline. The hotline "
                               "must be staffed, and personnel running it must log each call.")
    assert not any(p == "issuedBy" and o == "personnel" for _s, p, o in relations)


def test_extract_a_guides_dos_and_donts_are_the_policys_rules(nlp):
    text = ("# Food Truck Rules\n\nThe Harbor Vending Ordinance governs food trucks.\n\n## Do\n\n"
            "- Do keep a commissary log.\n\n## Don't\n\n- Don't park within 200 feet of a school entrance.\n"
            "- Never sell food from an uninspected truck.\n")
    entities, relations, _ = run(nlp, text)
    assert ("harbor vending ordinance", "penalizes", "park within 200 feet of a school entrance") in relations
    assert ("harbor vending ordinance", "penalizes", "sell food") in relations
    assert "keep a commissary log" in entities


def test_extract_a_counted_offence_is_no_conduct_of_its_own(nlp):
    # "a first offence", "each later offence" count the conduct the sentence names; they are not more conduct
    entities, relations, _ = run(nlp, "Vendors who operate without a valid permit will be fined $500 for a first "
                                      "offence and $1,000 for each later offence under the Vending Ordinance.")
    assert [k for k, e in entities.items() if e.category == "Behaviour"] == ["operate without a valid permit"]
    assert ("vending ordinance", "penalizes", "operate without a valid permit") in relations


def test_extract_a_failed_amendment_and_a_struck_ban_state_nothing(nlp):
    _, relations, _ = run(nlp, "As introduced, the Solar Act banned all door-to-door sales of solar systems. An "
                               "amendment offered by Representative Kay Lindqvist would have prohibited retailers "
                               "from offering leases to homeowners. The Solar Act requires retailers to register with the board.")
    assert not any(p == "penalizes" for _s, p, _o in relations)
    assert ("solar act", "evaluates", "retailers") in relations


def test_extract_a_title_line_sets_a_bills_number_beside_its_name(nlp):
    text = ("REPORT OF THE COMMITTEE\n\nH.B. 1184 -- Residential Solar Consumer Protection Act\n\n"
            "II. SECTION-BY-SECTION ANALYSIS\n\nH.B. 1184 requires solar retailers to give each homeowner a form.\n")
    x = extract(parse_article(text.encode(), path=Path("report.txt")), nlp)
    policies = [e for e in x.entities if e.category == "Policy"]
    # one bill, by its number and its name; a kind noun inside a hyphenated word names nothing
    assert [{e.label, *e.aliases} for e in policies] == [{"Residential Solar Consumer Protection Act", "H.B. 1184"}]


def test_extract_in_supporting_is_no_stance(nlp):
    # "costs incurred in supporting the program" is work done for it, not a stance on it
    _, relations, _ = run(nlp, "# The Direct Filing Program\n\nThe Direct Filing Program lets taxpayers file for free. "
                               "Other tax offices incurred costs in supporting the Direct Filing Program.")
    assert not any(p == "supports" for _s, p, _o in relations)


def test_extract_enacted_by_which_of_two_legislatures_is_not_said(nlp):
    _, relations, _ = run(nlp, "Congress and the Ohio General Assembly held hearings. The Harbor Safety Act, which "
                               "was passed in March 2016, closed the dock program.")
    assert not any(p == "issuedBy" for _s, p, _o in relations)


def test_extract_a_paragraph_led_by_a_rules_name_states_that_rule(nlp):
    # "Rule 4: Vendors may not ...": the lead-in names the rule the sentence after it states
    _, relations, _ = run(nlp, "# The Harbor Code\n\nThe Harbor Code governs the port.\n\nRule 3. Vendors must keep a "
                               "commissary log for two years.\n\nRule 4: Vendors may not park near a school.")
    assert {("rule 3", "evaluates", "vendors"), ("rule 4", "penalizes", "park near a school")} <= relations
    assert ("harbor code", "penalizes", "park near a school") not in relations


def test_extract_a_law_called_by_its_year_and_kind_is_the_law_so_named(nlp):
    entities, relations, _ = run(nlp, "The Caregiver Credit was introduced by the Pensions and Caregiving Act 2019, "
                                      "which Parliament passed. Under the 2019 Act, claimants are required to notify "
                                      "the Agency of any change. Under the Act, carers must keep records.")
    law = entities["pensions and caregiving act 2019"]
    assert "2019 Act" in law.aliases and "act" not in entities and "2019 act" not in entities
    assert {("pensions and caregiving act 2019", "evaluates", "claimants"),
            ("pensions and caregiving act 2019", "evaluates", "carers")} <= relations


def test_extract_a_hard_wrapped_article_gives_what_the_unwrapped_one_gives(nlp):
    import textwrap

    prose = ("The Harbor Board adopted the Clean Docks Rule in May after two years of hearings and a long public "
             "comment period. Under the Clean Docks Rule, marina operators must inspect every fuel tank each month "
             "and keep the inspection records for three years. Operators that dump fuel into the harbor will be fined "
             "up to 500 dollars a day. The Marina Association opposed the Clean Docks Rule, warning of compliance "
             "costs for small marinas.")
    flat = "Harbor Rules\n\n" + prose + "\n"
    wrapped = "Harbor Rules\n\n" + textwrap.fill(prose, 72) + "\n"
    facts = [extract(parse_article(t.encode(), path=Path("r.txt")), nlp) for t in (flat, wrapped)]
    labels = [sorted((e.category, " ".join(e.label.split())) for e in x.entities) for x in facts]
    assert labels[0] == labels[1] and len(facts[0].relations) == len(facts[1].relations) >= 5


@pytest.mark.parametrize(("text", "absent"), [
    # a title stops before "and the" another name, and before "in" a place
    ("The Harbor Board adopted the Guidelines on Dock Safety and the Mooring Fee Rule in May.",
     "guidelines on dock safety and the mooring fee rule"),
    ("Staff must follow the Policy on Remote Work in New York and Boston.", "policy on remote work in new york"),
    # words inside a title name no one
    ("The Code of Conduct for Vendors in the Harbor District requires vendors to post prices.", "harbor district"),
])
def test_extract_a_title_ends_where_another_name_begins(nlp, text, absent):
    entities, relations, _ = run(nlp, text)
    assert absent not in entities and not any(absent in (s, o) for s, _p, o in relations)


@pytest.mark.parametrize(("text", "fact"), [
    ("The Harbor Act took effect in May, with the Harbor Board enforcing it.", ("harbor act", "issuedBy", "harbor board")),
    ("Under the Harbor Act, staff must wear life jackets.", ("harbor act", "evaluates", "staff")),
])
def test_extract_review_cases_kept(nlp, text, fact):
    assert fact in run(nlp, text)[1]


@pytest.mark.parametrize("text", [
    # what a bare "in support" is of is not said after another proposal
    "# The Harbor Act\n\nThe Harbor Act bans trawling. Last year the council rejected a rival proposal to license "
    "trawlers. Only the Harbor Tenants Union spoke in support.",
    # a task on a thing that is no policy
    "# The Harbor Act\n\nThe Harbor Act bans trawling. Management of the marina is the responsibility of the Port "
    "Authority.",
    # a letter commenting on a rule is from no issuer of it
    "# Letter\n\n**From:** Harbor Tenants Union\n**Re:** Comments on the Proposed Dock Fee Rule\n\nThe Harbor "
    "Tenants Union opposes the Proposed Dock Fee Rule.",
])
def test_extract_review_cases_give_no_issuer_or_stance_on_the_main_policy(nlp, text):
    assert not any(p in {"issuedBy", "supports"} for _s, p, _o in run(nlp, text)[1])


def test_extract_a_plain_text_memo_header(nlp):
    text = "MEMORANDUM\n\nTO: All Staff\nFROM: Dr. Ana Ruiz, Provost\nSUBJECT: Remote Work Policy\n\n" \
           "The Remote Work Policy applies to all employees. Employees must log their hours daily.\n"
    _, relations, _ = run(nlp, text, "memo.txt")
    assert ("remote work policy", "issuedBy", "dr. ana ruiz") in relations


@pytest.mark.parametrize("text", [
    # accepting what a rule makes one take, or what one receives, is no stance
    "The Housing Voucher Program requires landlords to accept Housing Choice Vouchers.",
    "The Department of Agriculture will accept applications for the Fresh Food Program in May.",
])
def test_extract_accepting_is_a_stance_only_on_what_was_put_to_one(nlp, text):
    assert not any(p == "supports" for _s, p, _o in run(nlp, text)[1])


def test_extract_accepting_a_recommendation_supports_it(nlp):
    relations = run(nlp, "Recommendation 1. The Agency should match records.\n\n"
                         "The Social Insurance Agency accepts Recommendation 1.")[1]
    assert ("social insurance agency", "supports", "recommendation 1") in relations


def test_extract_an_ordinance_passed_is_no_act_of_the_legislature(nlp):
    relations = run(nlp, "The Springfield Noise Ordinance was passed in 2019. Congress has debated noise rules.")[1]
    assert not any(p == "issuedBy" and o == "congress" for _s, p, o in relations)


def test_extract_a_memo_subject_line_that_names_a_response_standard_still_issues(nlp):
    text = ("MEMORANDUM\n\nTO: All Firefighters\nFROM: Laura Benning, Fire Chief\nSUBJECT: Response Time Standard\n\n"
            "The Response Time Standard applies to all engine companies. Crews must leave the station within "
            "ninety seconds of a call.\n")
    assert ("response time standard", "issuedBy", "laura benning") in run(nlp, text, "memo.txt")[1]


@pytest.mark.parametrize("text", [
    "Under the Harbor Act,3 marina operators must inspect every fuel tank.",
    "Under the Harbor Act,\u00b9 marina operators must inspect every fuel tank.",
])
def test_extract_a_footnote_number_is_no_part_of_a_name(nlp, text):
    # text copied from a PDF keeps its footnote numbers glued to the words
    relations = run(nlp, text)[1]
    assert ("harbor act", "evaluates", "marina operators") in relations


def test_extract_a_burden_a_policy_would_place_is_a_worry_whoever_says_it(nlp):
    relations = run(nlp, "# The E-Bike Act\n\nMarcus Greer said the E-Bike Act would place a burden on workers who "
                         "rely on e-bikes.")[1]
    assert {("marcus greer", "raisesConcern", "burden on workers"),
            ("burden on workers", "concernAbout", "e-bike act")} <= relations


def test_extract_the_year_a_law_is_called_by_may_follow_its_name(nlp):
    entities, relations, _ = run(nlp, "The Housing Act of 2019 created a voucher program. Tenants praise the 2019 Act.")
    assert "2019 act" not in entities and ("tenants", "supports", "housing act") in relations


def test_extract_a_ban_on_several_practices_names_no_behaviour(nlp):
    entities, _relations, _ = run(nlp, "Ticket rules\n\nThe Ticket Act bans several practices. It also bans unfair practices.\n")
    assert "several practices" not in entities and "unfair practices" in entities


@pytest.mark.parametrize(
    ("text", "conduct", "party"),
    [
        # whom an act is done to is no other name of the act, named or not
        ("The operator must notify the Harbour Board within a day.", "notify the harbour board", "Harbour Board"),
        ("Marinas must pay dock workers every week.", "pay dock workers", "dock workers"),
    ],
)
def test_extract_the_party_an_act_is_done_to_is_no_name_of_the_act(nlp, text, conduct, party):
    entities, _relations, _ = run(nlp, "Harbour rules\n\n" + text + "\n")
    assert party not in entities[conduct].aliases, entities[conduct].aliases


def test_extract_a_phrasal_verb_alone_names_the_act(nlp):
    entities, _relations, _ = run(nlp, "Marina rules\n\nMarina owners violate the Harbour Access Act if their gates "
                                       "shut out boaters in wheelchairs.\n")
    act = next(e for e in entities.values() if e.category == "Behaviour")
    assert "shut out" in {act.label, *act.aliases}


def test_extract_a_programme_named_in_lower_case_is_what_its_description_says(nlp):
    _entities, relations, _ = run(nlp, "Boat labels\n\nThe Clean Boats programme is a voluntary labelling scheme that "
                                       "is overseen by the Maritime Safety Agency and the Department of Transport.\n")
    assert {("clean boats programme", "issuedBy", "maritime safety agency"),
            ("clean boats programme", "issuedBy", "department of transport")} <= relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        # "it" after a thing the sentence acts on stands for that thing, not the policy
        ("Marina operators must submit the inventory by May and must update it every year.", False),
        # with nothing nearer, "it" is the policy
        ("The Harbour Board wrote the rule in 2020 and will update it every year.", True),
    ],
)
def test_extract_it_after_a_thing_acted_on_is_that_thing(nlp, text, issued):
    _entities, relations, _ = run(nlp, "# Harbour Rule\n\nThe Harbour Rule took effect in May. " + text + "\n")
    assert any(p == "issuedBy" and s == "harbour rule" for s, p, _o in relations) is issued, sorted(relations)


def test_extract_a_numbered_amendment_is_called_back_by_its_kind(nlp):
    text = ("Fishery news\n\nThe Fishery Council voted 12 to 5 to adopt Amendment 27 to the Northeast Fishery Plan. "
            "The amendment cuts the cod limit.\n\nOwners opposed the whole amendment.\n\n"
            '"Cameras end the guessing. This amendment is our best chance," said Gwen Park.\n')
    entities, relations, _ = run(nlp, text)
    assert "amendment" not in entities and "amendment" in entities["amendment 27"].aliases
    assert ("amendment 27", "issuedBy", "fishery council") in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # a title made of a policy's initials and its kind word is that policy
        ("The Public Health Service Act governs hospitals. Under the PHS Act, hospitals must post their prices.",
         "public health service act", "PHS Act"),
        # initials often leave out whose the law is
        ("The Federal Food, Drug, and Cosmetic Act took effect in 1938. The FD&C Act bans adulterated drugs.",
         "federal food, drug, and cosmetic act", "FD&C Act"),
        # a bill's number after the initials of the words it is named with
        ("Senate Bill 612 requires insurers to reward homeowners. Supporters say SB 612 will help.",
         "senate bill 612", "SB 612"),
        ("The Assembly passed A.B. 5 last year. Assembly Bill 5 bans noncompete clauses.", "assembly bill 5", "A.B. 5"),
    ],
)
def test_extract_a_title_in_initials_is_the_policy_named_in_full(nlp, text, full, short):
    entities, _relations, _ = run(nlp, "Health law\n\n" + text + "\n")
    assert short in entities[full].aliases and short.lower() not in entities


def test_extract_an_undefined_acronym_of_a_department_is_that_department(nlp):
    entities, _relations, _ = run(nlp, "Park news\n\nThe Department of Parks and Public Spaces issued the Lawn Rule. "
                                       "PPS said the rule protects playgrounds.\n")
    assert "PPS" in entities["department of parks and public spaces"].aliases and "pps" not in entities


@pytest.mark.parametrize(
    ("text", "conduct", "kept"),
    [
        # a limit on a thing is no conduct
        ("Under the Fee Rule, the fee must not exceed 50 dollars.", "exceed 50 dollars", False),
        # a ban on a body named by a common noun is its conduct
        ("Under the Care Act, the hotel must not charge guests extra fees.", "charge guests extra fees", True),
    ],
)
def test_extract_a_limit_on_a_thing_is_no_conduct_and_a_ban_on_a_body_is(nlp, text, conduct, kept):
    entities, _relations, _ = run(nlp, "Fees\n\n" + text + "\n")
    assert (conduct in entities) is kept, sorted(entities)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # (review, session 18) each: what a rule must not read into ordinary sentences
        ("Under the Fee Rule, small firms may not be able to afford the fees.", ("fee rule", "penalizes", "afford the fees")),
        ("Patients should be able to download their own records.",
         ("download their own records", "performedBy", "patients")),
        ("Under the Lease Act, the tenant breached her lease by keeping a dog.",
         ("lease act", "penalizes", "keeping a dog")),
        ("A marina violates the Harbour Act if the inspector finds fuel leaks.",
         ("harbour act", "penalizes", "finds fuel leaks")),
        ("The Harbour Council reviewed the Harbour Rule, held a vote and passed it.", None),
        ("The Fans First Act (opposed by Sen. Ted Cruz) would cap resale fees.",
         ("fans first act", "issuedBy", "sen. ted cruz")),
        ("The Leave Act lets employers deny claims for leave from workers who fail to give notice.", None),
    ],
)
def test_extract_review_cases_of_session_18(nlp, text, absent):
    _entities, relations, _ = run(nlp, "# Harbour Rule\n\n" + text + "\n")
    if absent:
        assert absent not in relations, sorted(relations)
    if "passed it" in text:
        assert ("harbour rule", "issuedBy", "harbour council") in relations, sorted(relations)
    if "deny claims" in text:
        assert any(p == "penalizes" for _s, p, _o in relations), sorted(relations)


def test_extract_an_organisation_described_after_its_name_is_named_without_the_article(nlp):
    entities, _relations, _ = run(nlp, "Loans\n\nThe Colorado Borrowers Alliance, a nonprofit that counsels borrowers, "
                                       "warned that the risk of servicer errors is growing. Licensed servicers must "
                                       "answer letters within 15 days.\n")
    assert entities["colorado borrowers alliance"].label == "Colorado Borrowers Alliance"


def test_extract_errors_are_what_is_feared_not_a_word_for_a_worry():
    from policygraph.extract.entities import Resolver
    from policygraph.ontology import load_lexicon
    resolver = Resolver(load_lexicon(), {})
    # "servicer errors" stays apart from the servicers ("privacy issues" is still privacy)
    assert resolver.key_for("servicer errors", "Concern")[0] != resolver.key_for("servicers", "Actor")[0]
    assert resolver.key_for("privacy issues", "Concern") == resolver.key_for("privacy", "Concern")


def test_extract_a_denied_charge_is_no_penalty_and_a_legal_form_is_no_company(nlp):
    entities, relations, _ = run(nlp, "Fees\n\nUnder the Harbor Act, Harbor Freight Lines must refund fees. Harbor Freight "
                                      "denied wrongdoing. The Attorney General settled with Keystone Servicing, LLC. Keystone "
                                      "Education Loan Servicing, LLC (Keystone) agreed to pay.\n")
    assert not [r for r in relations if r[1] == "penalizes"], sorted(relations)
    assert "llc" not in entities


def test_extract_a_title_line_with_the_sponsor_in_brackets_names_the_bill(nlp):
    entities, _relations, _ = run(nlp, "# SB 612 (Voss) — Wildfire Insurance Fairness Act\n\nSenate Bill 612 requires "
                                       "insurers to reward homeowners who harden their homes.\n")
    assert {"SB 612", "Senate Bill 612"} <= set(entities["wildfire insurance fairness act"].aliases)


def test_extract_a_bill_is_labelled_by_its_title_not_its_number(nlp):
    entities, _relations, _ = run(nlp, "Rebates\n\nRepresentative Dana Whitfield introduced H.R. 2056, the Patient Rebate "
                                       "Act, in March. H.R. 2056 would require plans to pass rebates to enrollees. "
                                       "H.R. 2056 has 12 cosponsors.\n")
    assert "H.R. 2056" in entities["patient rebate act"].aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legislator named in brackets right after a bill is its sponsor
        ("S. 3457 (Sen. Marsha Blackburn) would ban ticket bots.", ("s. 3457", "issuedBy", "sen. marsha blackburn")),
        ("The Fans First Act (S. 3457; Sen. Ben Ray Lujan) would cap fees.",
         ("fans first act", "issuedBy", "sen. ben ray lujan")),
    ],
)
def test_extract_a_legislator_in_brackets_after_a_bill_sponsors_it(nlp, text, expected):
    _entities, relations, _ = run(nlp, "Ticket bills\n\n" + text + "\n")
    assert expected in relations, sorted(relations)


def test_extract_a_person_said_mostly_by_title_is_labelled_by_name(nlp):
    entities, _relations, _ = run(nlp, "Settlement\n\nAttorney General Daniel Reyes announced a settlement. The Attorney "
                                       "General said the company broke the law. The Attorney General will monitor it.\n")
    assert "attorney general daniel reyes" in entities and "attorney general" not in entities, sorted(entities)


def test_extract_a_proposed_decision_is_a_policy_and_asking_to_revise_it_backs_nothing(nlp):
    text = ("Comment letter\n\nThe Safe Fields Coalition writes to comment on the Proposed Registration Decision (PRD) "
            "that the Environmental Protection Agency issued for the herbicide. We are concerned that the PRD does not "
            "protect farmworkers, and we urge EPA to revise it before making any final decision.\n\nSincerely,\n\n"
            "Safe Fields Coalition\nFarmworker Justice Network\n")
    entities, relations, _ = run(nlp, text, name="letter.txt")
    assert entities["proposed registration decision"].category == "Policy"
    assert not [r for r in relations if r[1] == "supports"], sorted(relations)


def test_extract_a_noun_for_people_read_as_an_adjective_still_sorts_a_group(nlp):
    _entities, relations, _ = run(nlp, "# Price Rule\n\nThe Price Rule took effect in 2021. Patient groups raised "
                                       "concerns about the cost of the rule.\n")
    assert ("patient groups", "raisesConcern", "cost of the rule") in relations, sorted(relations)


def test_extract_a_numbered_section_is_no_main_policy_beside_its_bill(nlp):
    # "this section", said again and again in a section-by-section summary, does not make a section the main policy
    text = ("Wildfire insurance\n\nSenate Bill 12 protects homeowners. Senate Bill 12 was introduced in May. Section 4 "
            "sets rates. This section is long. This section was amended. This section names no agency. This section "
            "is new.\n\nInsurers must offer discounts to homeowners.\n")
    _entities, relations, _ = run(nlp, text)
    assert ("senate bill 12", "evaluates", "insurers") in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every item of a list of backers after "by", however the parse hangs the list
        ("Senate Bill 612 protects homeowners. The bill is supported by Homeowners for Fair Insurance, the Statewide "
         "Fire Safe Council, and several county boards of supervisors.",
         {("statewide fire safe council", "supports", "senate bill 612"),
          ("county boards", "supports", "senate bill 612")}),
        # (session 44) a vote's count after a bill's number is no part of its name
        ("Senate Bill 612 protects homeowners. The Agents Guild criticized Senate Bill 612 after the Senate passed "
         "Senate Bill 612 31-8.", {("agents guild", "criticizes", "senate bill 612"),
                                   ("senate bill 612", "issuedBy", "senate")}),
        # who does the same, in a clause that only repeats the auxiliary, holds the stance too
        ("Senate Bill 612 protects homeowners. The Insurers Council has lobbied against the bill, as has the Agents "
         "Guild.", {("insurers council", "criticizes", "senate bill 612"), ("agents guild", "criticizes",
                                                                           "senate bill 612")}),
        ("Senate Bill 612 protects homeowners. The Homeowners League supports the bill, as does the Fire Safe "
         "Council.", {("homeowners league", "supports", "senate bill 612"), ("fire safe council", "supports",
                                                                            "senate bill 612")}),
        # who dissents from a decision to adopt a policy opposes it
        ("Senate Bill 612 protects homeowners. The Senate passed the bill on Tuesday, with Senators Ana Ruiz and Tom "
         "Lee dissenting.", {("ana ruiz", "criticizes", "senate bill 612"), ("tom lee", "criticizes",
                                                                            "senate bill 612")}),
        # the members a backer "including" names back it too
        ("Senate Bill 612 protects homeowners. The bill is backed by a coalition of farm groups, including the "
         "Prairie Farmers Union and the Grange Alliance.",
         {("prairie farmers union", "supports", "senate bill 612"), ("grange alliance", "supports", "senate bill 612")}),
    ],
)
def test_extract_stances_on_a_listed_policy(nlp, text, expected):
    _entities, relations, _ = run(nlp, "Policy news\n\n" + text + "\n")
    assert expected <= relations, sorted(relations)


def test_extract_a_capitalised_kind_calls_the_policy_back(nlp):
    _entities, relations, _ = run(nlp, "# Dual-Use Regulation\n\nThe Dual-Use Regulation took effect in March. The "
                                       "Technology Exporters Federation opposed the Regulation during consultation.\n")
    assert ("technology exporters federation", "criticizes", "dual-use regulation") in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "merged", "apart"),
    [
        # a policy's name written again after its place or its section is the same policy
        ("The Ohio Clean Marina Program began in 2013 in Ohio. The Clean Marina Program rewards marinas that recycle "
         "oil. The Corporate Clean Marina Program is separate.", "Clean Marina Program", "corporate clean marina program"),
        ("The Section 12 harbor dredging program ended in 2015. The Harbor Dredging Program was run by the Port "
         "Board.", "Harbor Dredging Program", None),
    ],
)
def test_extract_a_name_after_its_place_or_section_is_one_policy(nlp, text, merged, apart):
    entities, _relations, _ = run(nlp, "Programs\n\n" + text + "\n")
    assert any(merged in e.aliases for e in entities.values()), sorted(entities)
    assert apart is None or apart in entities


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # (second review, session 18) what the late rules must not read into ordinary sentences
        ("Several prominent groups opposed the Fare Rule.", ("prominent groups", "criticizes", "fare rule")),
        ("The Fare Rule took effect in May. Advocates warned that the funding increase would fall short of what "
         "schools need.", ("advocates", "raisesConcern", "funding increase")),
        ("The Harbor Council voted down the Dock Rule in May. The Boaters Union praised the vote.",
         ("boaters union", "supports", "dock rule")),
        ("The amendments to the Fare Rule were drafted by Senator Maria Lopez, a critic of the oil industry.",
         ("amendments", "issuedBy", "critics")),
    ],
)
def test_extract_second_review_cases_of_session_18(nlp, text, absent):
    _entities, relations, _ = run(nlp, "Policy news\n\n" + text + "\n")
    assert absent not in relations, sorted(relations)


def test_extract_a_section_that_is_the_main_policy_stays_it(nlp):
    text = ("Housing vouchers\n\nSection 8 helps low-income families pay rent. Section 8 is run by local housing "
            "agencies. Section 8 has a long waiting list. The Fair Housing Act bans discrimination. Landlords "
            "criticized the program.\n")
    _entities, relations, _ = run(nlp, text)
    assert ("landlords", "criticizes", "section 8") in relations, sorted(relations)


def test_extract_a_name_holding_a_section_number_keeps_it(nlp):
    entities, _relations, _ = run(nlp, "# Section 230 Reform Act\n\nThe Section 230 Reform Act would narrow "
                                       "platform immunity.\n")
    assert "reform act" not in entities, sorted(entities)


def test_extract_a_name_with_an_ampersand_is_whole_and_one_with_and(nlp):
    entities, _relations, _ = run(nlp, "Agencies\n\nThe Centers for Medicare & Medicaid Services issued the Price Rule. "
                                       "The Centers for Medicare and Medicaid Services enforces it.\n")
    actors = [e for e in entities.values() if e.category == "Actor"]
    assert len(actors) == 1 and "Centers for Medicare & Medicaid Services" in {actors[0].label, *actors[0].aliases}


def test_extract_a_person_is_labelled_by_the_fullest_name(nlp):
    entities, _relations, _ = run(nlp, "Harbor news\n\nChair Lina Khan praised the Harbor Act. Khan called it overdue. "
                                       "Chairwoman Khan warned of loopholes. Chairwoman Khan spoke again.\n")
    assert "chair lina khan" in entities, sorted(entities)


def test_extract_the_body_before_an_officers_title_is_an_actor(nlp):
    entities, _relations, _ = run(nlp, "Harbor news\n\nFTC Chair Lina Khan praised the Harbor Act. EPA Administrator "
                                       "Michael Regan signed the Dock Rule.\n")
    assert {"ftc", "epa", "chair lina khan"} <= set(entities), sorted(entities)


@pytest.mark.parametrize("text", [
    # (a power given to a class of people makes it no issuer; a power denied is none)
    "The Harbor Safety Act gives landlords the power to evict tenants.",
    "The Harbor Safety Act does not give the Harbor Board authority to fine ferry operators.",
])
def test_extract_a_power_given_to_no_public_body_or_denied_makes_no_issuer(nlp, text):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert not [r for r in relations if r[1] == "issuedBy"], sorted(relations)


def test_extract_a_verb_after_a_power_and_to_is_read_as_a_verb(nlp):
    entities, relations, _ = run(nlp, "Policy note\n\nThe Harbor Safety Act gives the Harbor Board authority to fine "
                                      "ferry operators.\n")
    assert "fine ferry operators" not in entities and ("harbor safety act", "evaluates", "ferry operators") in relations


def test_extract_a_wrongful_act_is_a_deed_not_a_law(nlp):
    entities, _relations, _x = run(nlp, "Policy note\n\nH.R. 3310 would treat any violation as an unfair or deceptive "
                                        "act or practice. The act would take effect in 2026.\n")
    assert not any("deceptive act" in name for name in entities), sorted(entities)


@pytest.mark.parametrize("text", [
    "The Dock Act does not assign enforcement to the Harbor Board.",
    "The Harbor Board does not use the Marina Risk Score.",
])
def test_extract_a_task_or_system_denied_makes_no_issuer(nlp, text):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert not [r for r in relations if r[1] == "issuedBy"], sorted(relations)


@pytest.mark.parametrize("text", [
    # (found in review) who agrees with recommendations, uses a rating, or wants a task assigned is not whom they
    # are made to, who runs it, or who runs the policy; "they" after two classes is neither
    "The audit made five recommendations. Critics agreed with the recommendations in principle.",
    "Consumers can use the Energy Star rating to compare refrigerators.",
    "Critics want Congress to assign enforcement of the Privacy Act to the Harbor Board instead.",
    "The Harbor Board has no authority under the Dock Act to fine operators.",
    "Will Senator Ann Pruitt be a cosponsor of the Safe Streets Act?",
    "The Harbor Association said it does not oppose the Vending Ordinance.",
    "It is unclear whether creditors are liable under the Consumer Safeguards Act.",
    # (the pronoun must agree with the speaker: "she" is not the critics)
    "The Vending Ordinance took effect in May. Critics of the mayor said she opposes the ordinance for political "
    "reasons.",
    # (found in review) a pronoun that may be someone else, an exemption, a duty's other party
    "Restaurant owners packed the hearing. The Chamber of Commerce said they oppose the Sidewalk Dining Ordinance.",
    "The Chamber of Commerce told the City Council it had opposed the Sidewalk Ordinance in 2019.",
    "No landlord shall be liable under the Tenant Protection Act for damage caused by a tenant.",
    "When a tenant files a complaint against a landlord under the Housing Code, it must respond within 14 days.",
])
def test_extract_a_wish_a_user_or_a_bystander_gets_no_role(nlp, text):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    # (agreeing with recommendations is a stance on them; an older rule still reads "authority under the Act" and a
    # cosponsor named in a question as the policy's makers: those are left as they were)
    assert not [r for r in relations if r[1] in {"evaluates", "criticizes"} or r[1] == "supports" and "pruitt" in r[0]
                or r[1] == "issuedBy" and r[0] in {"privacy act", "energy star rating"}], sorted(relations)


def test_extract_a_list_of_bills_is_no_bill_s_other_name(nlp):
    entities, _relations, _x = run(nlp, "Policy note\n\nThe Clean Water Act (CWA), H.R. 3390, and S. 120 differ on "
                                        "wetlands.\n")
    assert "h.r. 3390" in entities and "H.R. 3390" not in entities["clean water act"].aliases


def test_extract_raising_concerns_is_no_concern_itself(nlp):
    entities, relations, _x = run(nlp, "Policy note\n\nThe Platform Act took effect in May. The company warned that "
                                       "the Platform Act could slow innovation and raised concerns about security risks.\n")
    assert "raised concerns" not in entities and "security risks" in entities, sorted(entities)


@pytest.mark.parametrize(
    "text, form, name",
    [
        ("Governor Ruiz signed an executive order on Monday.", "order", "executive order"),
        ("The city council passed a new zoning ordinance.", "ordinance", "zoning ordinance"),
        ("The Department issued a sweeping new rule.", "rule", "rule"),
        ("The school board adopted a policy banning phones.", "policy", "policy"),
        # not an introduction: already definite, a rule of thumb, a rule only expected or never made
        ("Governor Ruiz signed the executive order on Monday.", "order", ""),
        ("The agency adopted a rule of thumb for audits.", "rule", ""),
        ("The agency expects to issue a final rule in 2026.", "rule", ""),
        ("The agency issued a proposed rule on refunds.", "rule", "proposed rule"),
        ("The council did not pass an ordinance.", "ordinance", ""),
        ("The council would have passed an ordinance.", "ordinance", ""),
        ("The Harbor Board will adopt a permanent policy.", "policy", ""),
        ("Critics read a rule into the statute.", "rule", ""),
        ("Did Governor Lin sign an executive order on drought?", "order", ""),
        ("The council voted 5-4 on Tuesday to approve an ordinance on rentals.", "ordinance", "ordinance"),
        ("The council plans to approve an ordinance on rentals.", "ordinance", ""),
        ("If the agency issues a rule, builders will challenge it.", "rule", ""),
        ("The fire agency issued a 40-page rule on Monday.", "rule", "rule"),
        ("The city council passed a short-term rental ordinance.", "ordinance", "rental ordinance"),
        ("The board adopted a data privacy policy.", "policy", "data privacy policy"),
    ],
)
def test_extract_introduced_policy(nlp, text, form, name):
    assert introduced_policy(word(nlp, text, form)) == name


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # an instrument introduced without a name is a policy, and "the order" calls it back
        ("# Breach reporting\n\nUnder the Data Security Act, companies must protect customer data. On Monday, "
         "Governor Ruiz signed an executive order that requires state agencies to report breaches within 72 hours. "
         "The Chamber of Commerce criticized the order.\n",
         {("executive order", "issuedBy", "governor ruiz"), ("chamber of commerce", "criticizes", "executive order"),
          ("executive order", "evaluates", "state agencies")},
         {("chamber of commerce", "criticizes", "data security act")}),
        ("# Zoning\n\nThe city council passed a new zoning ordinance on Monday. The ordinance bans short-term "
         "rentals in residential areas.\n",
         {("zoning ordinance", "issuedBy", "city council")}, set()),
        # (session 41) a policy named as what the new instrument revises is another policy, not its name
        ("# Loans\n\nThe Department of Lending published a final rule revising the Loan Relief Program. Under the "
         "rule, lenders must keep records.\n",
         {("final rule", "issuedBy", "department of lending"), ("final rule", "evaluates", "lenders")},
         {("loan relief program", "evaluates", "lenders")}),
        # not where the article names one of that kind: "the rule" is the Harbor Rule
        ("# Harbor\n\nThe Harbor Rule took effect in May. The Board later issued a rule on fees. Boaters oppose "
         "the rule.\n", set(), {("boaters", "criticizes", "rule")}),
        # a policy described where it is introduced ("the Department's refund rule") is what "the rule" calls back;
        # a sentence that opens with a group's name continued by "for" holds the whole name
        ("# Refunds\n\nUnder the Department of Transportation's refund rule, airlines must provide automatic cash "
         "refunds. Airlines for America, the industry's trade group, criticized the rule as costly.\n",
         {("airlines for america", "criticizes", "refund rule"),
          ("refund rule", "issuedBy", "department of transportation")}, {("airlines", "criticizes", "refund rule")}),
        ("# Phones\n\nThe Phone Rule bans phones in class. Parents for Safe Schools supports the rule. Americans for "
         "Prosperity opposes the rule.\n",
         {("parents for safe schools", "supports", "phone rule"), ("americans for prosperity", "criticizes", "phone rule")},
         {("parents", "supports", "phone rule")}),
        # a worry that is itself a lessening ("would reduce access to credit") is the warner's, not a remedy
        ("# Payday loans\n\nThe Payday Lending Reform Act bans rollovers. The Lenders Association warned that the "
         "act would reduce access to credit.\n",
         {("lenders association", "raisesConcern", "reduce access to credit"),
          ("lenders association", "criticizes", "payday lending reform act")}, set()),
        # ... while what a policy is said to lessen is nobody's worry about it
        ("# Oil\n\nThe Spill Act requires double hulls. Supporters say the act will reduce the risk of oil "
         "spills.\n", set(), {("proponents", "raisesConcern", "oil spills"), ("proponents", "criticizes", "spill act")}),
        # an ordinance introduced before it is named is the one the article names with that word
        ("# Council Approves Rental Crackdown\n\nThe City Council voted 5-4 on Tuesday to approve an ordinance that "
         "will require hosts to register with the city.\n\nThe Short-Term Rental Registration Ordinance, sponsored by "
         "Council Member Priya Raman, takes effect January 1. The ordinance also requires platforms to remove "
         "listings. StayNest opposes the ordinance.\n",
         {("staynest", "criticizes", "short-term rental registration ordinance"),
          ("short-term rental registration ordinance", "issuedBy", "city council")},
         {("staynest", "criticizes", "ordinance")}),
        # a list intro that joins its doers binds each of them
        ("# Farm Rule\n\nThe Farm Labor Rule took effect in May. Employers and labor contractors must:\n\n- keep "
         "payroll records for three years;\n- pay wages every two weeks.\n",
         {("keep payroll records", "performedBy", "employers"), ("keep payroll records", "performedBy", "labor contractors"),
          ("farm labor rule", "evaluates", "labor contractors")}, set()),
        ("# Measles Order\n\nThe Measles Order took effect in May. All public and private schools and licensed child "
         "care facilities in the affected counties must:\n\n- exclude any student who lacks vaccination records;\n- "
         "notify parents within 24 hours.\n",
         {("notify parents", "performedBy", "public and private schools")}, set()),
        # each worry a concern frame joins is one; a policy word with no determiner names an idea worried about
        ("# Order\n\nThe Measles Order requires schools to exclude unvaccinated students. The Civil Liberties Union "
         "raised concerns about religious liberty and parental rights.\n",
         {("civil liberties union", "raisesConcern", "religious liberty"),
          ("civil liberties union", "raisesConcern", "parental rights")}, set()),
        ("# Order\n\nThe Measles Order requires schools to exclude unvaccinated students. The Civil Liberties Union "
         "raised concerns about due process.\n", {("civil liberties union", "raisesConcern", "due process")}, set()),
        # a warning participle after a comma is the opponent's, however the parse hangs it
        ("# Bill\n\nThe Lending Act caps rates. The Society of Pain Medicine opposed the bill, warning of patient "
         "abandonment.\n", {("society of pain medicine", "raisesConcern", "patient abandonment")}, set()),
        # ... not a list's "including" after a comma
        ("# Credit\n\nThe Credit Rule took effect in May. A company blacklisted by one regulator can face "
         "restrictions from all of them, including exclusion from public tenders.\n", set(),
         {("company", "raisesConcern", "exclusion"), ("businesses", "raisesConcern", "exclusion")}),
        # what those who act without what they need may not do is the sanction of that act
        ("# Act\n\nUnder the Loan Act, lenders that make loans without a license may not collect any interest on "
         "those loans.\n", {("loan act", "penalizes", "make loans without a license")},
         {("loan act", "penalizes", "collect any interest")}),
        # money a policy hands to those who do something rewards what they do; relief offered does not
        ("# Act\n\nThe Farm Act gives grants to schools that adopt the curriculum.\n",
         {("farm act", "rewards", "adopt the curriculum"), ("adopt the curriculum", "performedBy", "schools")}, set()),
        ("# Act\n\nThe Loan Act requires lenders to offer an extended payment plan to any borrower who cannot repay "
         "on time.\n", set(), {("loan act", "rewards", "cannot repay on time")}),
        # what an opponent says a policy would do, after opposing it, is a worry
        ("# Bill\n\nThe Retail Act caps fees. The National Retail Federation opposes the bill, saying it would raise "
         "prices for consumers.\n", {("national retail federation", "raisesConcern", "raise prices")}, set()),
        # what an opponent cites is a worry about the policy opposed
        ("# Bill\n\nThe Ticket Act caps resale prices. The Coalition of Ticket Brokers has opposed the Ticket Act, "
         "citing the cost of compliance.\n", {("cost of compliance", "concernAbout", "ticket act")}, set()),
        # those a relative clause says argue are the ones who worry
        ("# Bill\n\nThe Ticket Act caps resale prices. The Ticket Act has drawn opposition from ticket brokers, who "
         "argue that it would restrict consumer choice.\n",
         {("ticket brokers", "raisesConcern", "restrict consumer choice")}, set()),
        # a question's auxiliary is no part of the actor it asks about
        ("# FAQ\n\nQ: Do employers have to pay overtime to salaried workers?\nA: Yes. Under the Fair Pay Act, "
         "employers must pay overtime to salaried workers who earn less than $58,000 a year.\n",
         {("fair pay act", "evaluates", "employers")}, {("fair pay act", "evaluates", "do employers")}),
        # advice to make, change or end a policy is no conduct a policy governs; a duty to adopt a plan is
        ("# Op-ed\n\nThe Data Center Tax Credit rewards companies that build data centers. Lawmakers should repeal the "
         "Data Center Tax Credit.\n", set(), {("repeal the data center tax credit", "performedBy", "lawmakers")}),
        ("# Phones\n\nThe Phone Rule bans phones in class. Each school district must adopt a local plan by August "
         "15.\n", {("adopt a local plan", "performedBy", "school district")}, set()),
        # review: an ordinance another body adopted, or one with a year, is not the one introduced
        ("# Dog News\n\nThe Greenfield council passed an ordinance that requires dog owners to license their pets. "
         "Residents criticized the ordinance. A neighbouring town adopted the Pet Licensing Ordinance in 2019.\n",
         {("residents", "criticizes", "ordinance")}, {("residents", "criticizes", "pet licensing ordinance")}),
        ("# Parking\n\nThe City of Dayton enacted an ordinance that bans parking on Main Street. The city's Parking "
         "Ordinance of 1998 set meter rates. Merchants opposed the ordinance.\n",
         {("merchants", "criticizes", "ordinance")}, {("merchants", "criticizes", "parking ordinance of 1998")}),
        # a numbered order is one of its kind; two policies introduced are two
        ("# Water\n\nGovernor Park's predecessor signed an executive order in 2019 that created a drought council. On "
         "Monday Governor Park signed Executive Order 25-04, which requires farms to report water use. Farm groups "
         "criticized the order.\n", {("farm groups", "criticizes", "executive order 25-04")},
         {("farm groups", "criticizes", "executive order")}),
        ("# Phones\n\nThe school board adopted a policy on Tuesday that bans cell phones in class. The board adopted a "
         "new policy that requires teachers to report bullying. Parents praised the policy.\n", set(),
         {("parents", "supports", "policy")}),
        # supporters who "fight for" a policy or "challenge" someone to sign it voice no worry
        ("# Meals\n\nThe teachers union fought hard for the School Meals Act, saying it would reduce costs for "
         "families.\n", set(), {("teachers union", "raisesConcern", "reduce costs")}),
        # registering takes no fee: two acts
        ("# Cafe\n\nThe Sidewalk Cafe Ordinance requires restaurants to register and pay an annual fee.\n",
         {("pay an annual fee", "performedBy", "restaurants")}, set()),
        # a worry's coordinated sibling is no policy it is about
        ("# Housing\n\nTenants United raised concerns about eviction notices and security deposits under the Fair "
         "Housing Ordinance.\n", set(), {("security deposits", "concernAbout", "eviction notices")}),
        # second review: two rules introduced are two; a bill said beside the law it amends is not that law
        ("# Fees\n\nThe agency issued a rule on fees in March. In June the agency issued a rule on permits. Builders "
         "oppose the rule.\n", set(), {("builders", "criticizes", "rule")}),
        ("# Housing\n\nThe House passed a bill on Tuesday that would bar landlords from rejecting tenants who use "
         "housing vouchers. The bill amends the Fair Housing Act. The Fair Housing Act already bans discrimination by "
         "race. The Apartment Association opposes the bill.\n", {("apartment association", "criticizes", "bill")},
         {("apartment association", "criticizes", "fair housing act")}),
        # supporters who argue voice no worry; a rival proposal opposed is not the policy at hand
        ("# Tickets\n\nThe Ticket Act has won support from fan groups, who argue that it would end price gouging.\n",
         {("fan groups", "supports", "ticket act")}, {("fan groups", "criticizes", "ticket act")}),
        ("# Insulin\n\nThe Insulin Act caps copays. The Pharmacy Council opposes a rival proposal, saying it would "
         "raise prices for consumers.\n", set(), {("pharmacy council", "criticizes", "insulin act")}),
        # a restriction on those who act without a storefront is no sanction of that; a passive state earns nothing
        ("# Vending\n\nUnder the Street Vending Rule, vendors who sell food without a storefront may not park within "
         "100 feet of a school.\n", {("street vending rule", "penalizes", "park within 100 feet of a school")}, set()),
        ("# Flood\n\nThe Flood Relief Act offers low-interest loans to small businesses that were damaged by the "
         "flood.\n", set(), {("flood relief act", "rewards", "damaged")}),
        # purposes after a duty are no duties
        ("# Spending\n\nThe Spending Act would require agencies to publish spending data online, to help researchers "
         "track waste and to inform the public.\n", set(), {("inform the public", "performedBy", "agencies")}),
        # a list item whose two verbs share an object is one act, though "or" joins them
        ("# Scooters\n\nThe Scooter Ordinance took effect in March. Scooter companies must:\n\n- share trip data with "
         "the city every month;\n- repair or replace damaged scooters within 48 hours.\n",
         {("repair or replace damaged scooters", "performedBy", "scooter companies")}, set()),
        # what an opponent argues a policy wrongs is a worry
        ("# Forests\n\nThe Deforestation Regulation bans the sale of wood from cleared land. Indonesia has criticized "
         "the regulation, arguing that it discriminates against smallholder farmers.\n",
         {("indonesia", "raisesConcern", "discriminates against smallholder farmers")}, set()),
        # each doer of a comma list before the modal is bound
        ("# Farm Rule\n\nThe Farm Safety Rule took effect in May. Growers, packers and shippers must:\n\n- keep spray "
         "records for two years;\n- train workers every year.\n",
         {("keep spray records", "performedBy", "growers"), ("train workers", "performedBy", "shippers")}, set()),
        # nor a bill the article numbers
        ("# Tickets\n\nRepresentative Lee introduced a bill, H.R. 123, in March. The Fan Coalition supports the "
         "bill.\n", {("fan coalition", "supports", "h.r. 123")}, {("fan coalition", "supports", "bill")}),
    ],
)
def test_extract_review_of_session_24(nlp, text, present, absent):
    _entities, relations, _x = run(nlp, text, "a.md")
    assert present <= relations and not absent & relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a list after the opening phrase's comma is the doers, each of them bound
        ("Under the Safe Boats Act, boat owners, marina operators and charter companies must carry life jackets.\n",
         {("carry life jackets", "performedBy", "charter companies"), ("safe boats act", "evaluates", "marina operators")},
         set()),
        # a list the parse read as a second name of its first member: every member enforces the act
        ("The Safe Boats Act took effect in May. The Coast Guard, state boating agencies and local police enforce "
         "the act.\n", {("safe boats act", "issuedBy", "state boating agencies"),
                        ("safe boats act", "issuedBy", "local police")}, set()),
        # a second name closed by its comma stays one party
        ("The Safe Boats Act took effect in May. The Harbor Board, a panel of growers and ranchers, enforces the "
         "act.\n", {("safe boats act", "issuedBy", "harbor board")},
         {("safe boats act", "issuedBy", "ranchers"), ("safe boats act", "issuedBy", "panel")}),
        # the agent of a passive under the act runs it; the passive's subject is regulated only by inspecting verbs
        ("Loans are made by the Department of Student Finance under the Student Lending Act.\n",
         {("student lending act", "issuedBy", "department of student finance")}, set()),
        # a relative clause whose verb makes nothing leaves the maker unsaid
        ("The Safe Spraying Standard, a rule the Pesticide Board opposed, took effect in May.\n", set(),
         {("safe spraying standard", "issuedBy", "pesticide board")}),
        # each act of a list in a relative clause is the doers' own
        ("The Clean Boats Act would impose civil penalties of up to $5,000 on operators who dump waste, falsify "
         "logs, or refuse inspections.\n", {("clean boats act", "penalizes", "falsify logs"),
                                             ("refuse inspections", "performedBy", "operators")}, set()),
        # an act in another form goes on with the sentence's verb, not with the clause
        ("The Clean Boats Act would punish operators who have invested in new engines and cause a loss of "
         "revenue.\n", set(), {("clean boats act", "penalizes", "cause a loss of revenue")}),
        # acts given as examples of steps or measures a duty names are duties too
        ("The Clean Boats Act would require operators to take several steps, including installing holding tanks "
         "and keeping discharge logs.\n", {("keeping discharge logs", "performedBy", "operators")}, set()),
        # a duty a bill writes into the law it amends is the bill's
        ("H.R. 300 would amend the Drone Safety Act to prohibit drone sellers from misrepresenting battery life.\n",
         {("h.r. 300", "penalizes", "misrepresenting battery life"), ("h.r. 300", "evaluates", "drone sellers")},
         {("drone safety act", "penalizes", "misrepresenting battery life")}),
        # a good someone argues a policy would do is no worry and no criticism
        ("The Clean Boats Act took effect in May. The Marina Council argued that the act would protect the bay.\n",
         set(), {("marina council", "criticizes", "clean boats act"), ("marina council", "raisesConcern", "protect the bay")}),
        ("The Clean Boats Act took effect in May. The Marina Council argued that the act would help small marinas.\n",
         set(), {("marina council", "criticizes", "clean boats act")}),
        # ... what they warn it would do still is
        ("The Clean Boats Act took effect in May. The Marina Council warned that the act would raise fees.\n",
         {("marina council", "criticizes", "clean boats act")}, set()),
        # the base-form verbs of a relative clause's list, however the tagger names their form
        ("The Harbor Act penalizes landlords who evict tenants, raise rents or refuse repairs.\n",
         {("harbor act", "penalizes", "raise rents"), ("refuse repairs", "performedBy", "landlords")}, set()),
        # a description of one person after a comma is no second party (review of session 25)
        ("The Orchard Act was drafted by Lena Park, a lawyer and lobbyist.\n",
         {("orchard act", "issuedBy", "lena park")}, {("orchard act", "issuedBy", "lawyer")}),
        # an adjective in "-ing" before an object, then a side clause, is no list of acts
        ("The Harbor Act regulates existing marinas, requiring them to install pump-out stations.\n",
         {("harbor act", "evaluates", "marinas")}, set()),
        # those who act under a policy did not make it
        ("The Clean Docks Act, under which marinas operate, took effect in May.\n", set(),
         {("clean docks act", "issuedBy", "marinas")}),
        # a court striking a law down under another runs neither
        ("The Clinic Fee Act was struck down by the State Supreme Court under the Ohio Constitution.\n", set(),
         {("ohio constitution", "issuedBy", "state supreme court")}),
        # a second kind of people after "and" is no object of a second verb
        ("The Road Act punishes drivers who speed and repeat offenders.\n", {("road act", "penalizes", "speed")},
         {("road act", "penalizes", "speed and repeat offenders")}),
        # praise or blame for making a policy is a stance on it, and says who made it; the making is no conduct
        ("The Open Net Coalition praised the Commission for adopting the Broadband Labels Rule.\n",
         {("open net coalition", "supports", "broadband labels rule"),
          ("broadband labels rule", "issuedBy", "commission")},
         {("adopting the broadband labels rule", "performedBy", "commission")}),
        ("The Open Net Coalition criticized the Commission for adopting the Broadband Labels Rule.\n",
         {("open net coalition", "criticizes", "broadband labels rule")},
         {("open net coalition", "raisesConcern", "adopting the broadband labels rule")}),
        # a critic's warning stays a worry whatever its verb (second review of session 25)
        ("The Raw Milk Rule took effect in May. Critics said the rule would stop small farms from selling milk.\n",
         {("critics", "raisesConcern", "stop small farms")}, set()),
        ("The Net Ban Act took effect in May. Critics said the act would help large landlords at the expense of "
         "tenants.\n", {("critics", "raisesConcern", "help large landlords")}, set()),
        # praise for undoing or changing a policy is no stance for it and names no maker
        ("The Sierra Alliance praised the City Council for rescinding the Harbor Dredging Ordinance.\n", set(),
         {("sierra alliance", "supports", "harbor dredging ordinance"),
          ("harbor dredging ordinance", "issuedBy", "city council")}),
        ("The Sierra Alliance criticized the City Council for rolling back the Harbor Cleanup Program.\n", set(),
         {("harbor cleanup program", "issuedBy", "city council")}),
        # praise for making two policies is a stance on each
        ("The Farm Bureau praised the Water Board for quickly adopting the Well Rule and the Pump Rule.\n",
         {("farm bureau", "supports", "pump rule"), ("pump rule", "issuedBy", "water board")}, set()),
        # an "and" inside a side clause makes no list of "-ing" acts
        ("The ordinance covers existing marinas, requiring them to install pumps and post signs.\n",
         {("ordinance", "evaluates", "marinas")}, set()),
        # only running, overseeing or handing out under a policy names who runs it
        ("Grants were received by the Port Authority under the Clean Harbors Act.\n", set(),
         {("clean harbors act", "issuedBy", "port authority")}),
        # rules one is urged to adopt name no maker
        ("Critics urged the Water Board to adopt rules to enforce the Groundwater Act.\n", set(),
         {("groundwater act", "issuedBy", "water board")}),
        # a duty an unresolved amending bill writes is never the amended law's
        ("# Notes\n\nThe bill would amend the Fair Rent Act to require landlords to post fees.\n", set(),
         {("fair rent act", "evaluates", "landlords")}),
        # a bill introduced "to ban" something: the sponsor issues the bill, not the ban
        ("Senator Ana Ruiz introduced the Clean Docks Act to ban fuel sales at marinas.\n",
         {("clean docks act", "issuedBy", "senator ana ruiz")}, set()),
    ],
)
def test_extract_review_of_session_25(nlp, text, present, absent):
    _entities, relations, _x = run(nlp, text, "a.md")
    assert present <= relations and not absent & relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a duty too bare to name ("register") still says whom its policy regulates
        ("The Drone Safety Act would require operators to register.\n",
         {("drone safety act", "evaluates", "operators")}, set()),
        ("Under the Pier Rule, vendors must register.\n", {("pier rule", "evaluates", "vendors")}, set()),
        ("The Pier Rule prohibits vendors from reselling.\n", {("pier rule", "evaluates", "vendors")}, set()),
        # what a policy is said to lack is a worry about it, whoever says so
        ("The Drone Safety Act took effect in May. Privacy advocates said the act lacks adequate privacy "
         "protections.\n", {("privacy advocates", "raisesConcern", "lacks adequate privacy protections"),
                            ("lacks adequate privacy protections", "concernAbout", "drone safety act")}, set()),
        ("The Drone Safety Act took effect in May. The act does not lack enforcement tools.\n", set(),
         {("lacks enforcement tools", "concernAbout", "drone safety act")}),
        # a failure is what its sanction punishes, with the time the failure is counted from
        ("The Brush Ordinance took effect in May. Failure to correct the violation after a reinspection results in "
         "an administrative citation of $250.\n",
         {("brush ordinance", "penalizes", "failure to correct the violation")},
         {("brush ordinance", "penalizes", "reinspection")}),
        ("The Brush Ordinance took effect in May. Failure to keep records results in a fine.\n",
         {("brush ordinance", "penalizes", "failure to keep records")}, set()),
        # a law's capitalised kind word after "the", plural or not, calls back the one policy it ends
        ("The department published the Harbor Safety Modernization Amendments (the Amendments) in May. The "
         "Amendments would require owners to register boats.\n",
         {("harbor safety modernization amendments", "evaluates", "owners")},
         {("amendments", "evaluates", "owners")}),
        ("The department published the Harbor Safety Guidelines in May. The Guidelines would require owners to "
         "register boats.\n", {("harbor safety guidelines", "evaluates", "owners")},
         {("guidelines", "evaluates", "owners")}),
        # a policy named by its kind and number calls itself back by the kind ("This Policy", "The Directive")
        ("Directive 20-01 took effect in May. The Directive requires agencies to publish a contact.\n",
         {("directive 20-01", "evaluates", "agencies")}, {("directive", "evaluates", "agencies")}),
        ("Policy IC-114 took effect in May. This Policy requires visitors to wear a badge.\n",
         {("policy ic-114", "evaluates", "visitors")}, {("policy", "evaluates", "visitors")}),
        # not the one it supersedes, named beside it, nor when the article tells of another of its kind unnamed
        ("The department issued a new directive on Monday. This Directive supersedes Directive 19-02. This Directive "
         "requires agencies to fix critical flaws within 15 days.\n", set(),
         {("directive 19-02", "evaluates", "agencies")}),
        # what a penalty is for is punished, whatever verb sets the penalty
        ("The Drone Safety Act increases civil penalties for operators who fly near airports.\n",
         {("drone safety act", "penalizes", "fly near airports"), ("fly near airports", "performedBy", "operators")},
         set()),
        ("The Drone Safety Act sets fines for flying near airports.\n",
         {("drone safety act", "penalizes", "flying near airports")}, set()),
        ("The Drone Safety Act does not set fines for flying near airports.\n", set(),
         {("drone safety act", "penalizes", "flying near airports")}),
        # "the bill" is the act known by a bill's number, not an older act its paragraph names
        ("H.B. 88, the Fair Mooring Act, would amend the Harbor Code to cap mooring fees.\n\nThe harbor master "
         "could bring an action under the Boat Theft Act against dealers who sell stolen boats. The bill would "
         "require marinas to post fees.\n",
         {("fair mooring act", "evaluates", "marinas")}, {("boat theft act", "evaluates", "marinas")}),
        # an action at law brought against those who do something punishes what they do
        ("The attorney general could bring an action under the Boat Theft Act against dealers that sell stolen "
         "boats.\n", {("boat theft act", "penalizes", "sell stolen boats"),
                      ("sell stolen boats", "performedBy", "dealers")}, set()),
        ("The harbor board did not take action under the Boat Theft Act against dealers who sell stolen boats.\n",
         set(), {("boat theft act", "penalizes", "sell stolen boats")}),
        # a name ending in "Section" or "Division" is an office; numbered, a part of a law
        ("The Pesticide Compliance Section enforces the Drift Rule. Section 12 of the Drift Rule bans spraying near "
         "schools.\n", {("drift rule", "issuedBy", "pesticide compliance section"),
                        ("section 12", "penalizes", "spraying near schools")}, set()),
        # a record that costs a right is what is punished, not the right
        ("Under the Drift Rule, applicators with two violations in three years may not renew their license.\n",
         {("drift rule", "penalizes", "two violations in three years")},
         {("drift rule", "penalizes", "renew their license")}),
        # a pronoun object says not what is done; the time it must be done in does
        ("Under the Lead Rule, landlords must replace it within 12 months.\n",
         {("replace it within 12 months", "performedBy", "landlords")}, set()),
        # a policy's reach judged wrong is a worry about it
        ("The Brush Ordinance took effect in May. Consumer advocates say the ordinance does not go far enough.\n",
         {("consumer advocates", "raisesConcern", "does not go far enough"),
          ("does not go far enough", "concernAbout", "brush ordinance")}, set()),
        ("The Brush Ordinance took effect in May. Landlords say the ordinance goes far enough.\n", set(),
         {("goes far enough", "concernAbout", "brush ordinance")}),
        # money a policy is foreseen to cost people is a worry about it; a cost stated as fact is none
        ("The Brush Ordinance took effect in May. Supervisor Dale Fenton said the ordinance would cost some "
         "homeowners thousands of dollars.\n",
         {("cost some homeowners thousands of dollars", "concernAbout", "brush ordinance"),
          ("supervisor dale fenton", "raisesConcern", "cost some homeowners thousands of dollars")}, set()),
        ("The Brush Ordinance took effect in May. The ordinance costs $5 million a year.\n", set(),
         {("costs $5 million a year", "concernAbout", "brush ordinance")}),
        # a harm someone fears is a worry whatever does it; a person who harms does a deed
        ("The Brush Ordinance took effect in May. The Forest Alliance worries that aggressive clearing will harm "
         "oak woodlands.\n", {("forest alliance", "raisesConcern", "harm oak woodlands")}, set()),
        ("The Brush Ordinance took effect in May. The Forest Alliance worries that landlords will harm tenants.\n",
         set(), {("forest alliance", "raisesConcern", "harm tenants")}),
        # access is named with what it is to; "with poor credit" says which borrowers, no harm
        ("The Loan Act took effect in May. Critics said borrowers with poor credit would lose access to credit "
         "under the act.\n", {("critics", "raisesConcern", "lose access to credit")},
         {("critics", "raisesConcern", "poor credit"), ("poor credit", "concernAbout", "loan act")}),
        # a duty only supposed ("could require") or argued as a harm is no policy's duty; the harm names the forcing
        ("The Loan Act took effect in May. Some economists have suggested that states could require lenders to "
         "verify income.\n", set(), {("verify income", "performedBy", "lenders")}),
        ("The Loan Act took effect in May. Opponents argue that the act could compel small lenders to raise fees.\n",
         {("compel small lenders to raise fees", "concernAbout", "loan act")},
         {("raise fees", "performedBy", "lenders"), ("loan act", "evaluates", "lenders")}),
        # a duty weighed as an option or left open states none
        ("The Loan Act took effect in May. Congress may wish to consider requiring lenders to verify income.\n",
         set(), {("verify income", "performedBy", "lenders")}),
        ("The Loan Act took effect in May. One option would be to require lenders to verify income.\n",
         set(), {("verify income", "performedBy", "lenders")}),
        ("The Loan Act took effect in May. Whether lenders must verify income remains unclear.\n",
         set(), {("verify income", "performedBy", "lenders")}),
        # citations issued to those who do something punish it; permits issued reward nothing
        ("Under the Harbor Rule, the Harbor Police may issue citations to boaters who speed.\n",
         {("harbor rule", "penalizes", "speed"), ("speed", "performedBy", "boaters")}, set()),
        ("Under the Harbor Rule, the Harbor Office issues permits to marinas that install pumps.\n", set(),
         {("harbor rule", "rewards", "install pumps")}),
        # the first review of session 26: exhortations, lifted fines, suits filed, powers given, supporters' words,
        # estimates, questions and denials state nothing
        ("The Harbor Act took effect in May. Congress must act, the mayor said.\n", set(),
         {("harbor act", "evaluates", "congress")}),
        ("The Harbor Act took effect in May. The Harbor Act eliminates fines for marinas that dump sewage.\n", set(),
         {("harbor act", "penalizes", "dump sewage")}),
        ("The Harbor Act took effect in May. Residents filed a lawsuit against companies that polluted the bay.\n",
         set(), {("harbor act", "penalizes", "polluted the bay")}),
        ("The Harbor Act took effect in May. Under the Harbor Act, the port authority could require marinas to "
         "report spills.\n", {("report spills", "performedBy", "marinas")}, set()),
        ("The Harbor Act took effect in May. Supporters argue the Harbor Act would compel polluters to pay for "
         "cleanup.\n", {("pay for cleanup", "performedBy", "polluters")}, set()),
        ("The Harbor Act took effect in May. Opponents argue the Harbor Act would force small marinas to close "
         "their fuel docks.\n", set(), {("harbor act", "evaluates", "marinas")}),
        ("The Harbor Act took effect in May. The Harbor Act will cost taxpayers $3 million a year.\n", set(),
         {("cost taxpayers $3 million", "concernAbout", "harbor act")}),
        ("The Harbor Act took effect in May. Does the Harbor Act go too far?\n", set(),
         {("go too far", "concernAbout", "harbor act")}),
        ("The Harbor Act took effect in May. Mayor Chen rejected claims that the act goes too far.\n", set(),
         {("goes too far", "concernAbout", "harbor act")}),
        ("The Harbor Act took effect in May. Growers do not fear that the act will hurt their yields.\n", set(),
         {("hurt their yields", "concernAbout", "harbor act")}),
        # a reach judged wrong ends where the next verb of its list begins; an actor inside a worry stays one
        ("The Quiet Yards Ordinance took effect in May. The Landscapers Guild says the ordinance goes too far and "
         "would cost small firms thousands of dollars.\n",
         {("goes too far", "concernAbout", "quiet yards ordinance")}, set()),
        ("The Quiet Yards Ordinance took effect in May. The Landscapers Guild says the ordinance would cost small "
         "firms thousands of dollars.\n",
         {("landscapers guild", "raisesConcern", "cost small firms thousands of dollars")}, set()),
        # something received free is a reward for what earns it
        ("Homeowners who replace their lead pipe receive a free connection under the Lead Pipe Replacement "
         "Programme.\n", {("lead pipe replacement programme", "rewards", "replace their lead pipe")}, set()),
        ("The Drone Safety Act does not require operators to register.\n", set(),
         {("drone safety act", "evaluates", "operators")}),
    ],
)
def test_extract_session_26(nlp, text, present, absent):
    _entities, relations, _x = run(nlp, text, "a.md")
    assert present <= relations and not absent & relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "name", "split"),
    [
        # a name after a place's possessive is that place's policy named in full
        ("# Inside Lakeview's Clean Streets Pilot\n\nThe Lakeview Clean Streets Pilot (LCSP) began in 2019. The "
         "pilot rewards residents who recycle.\n", "lakeview clean streets pilot", "clean streets pilot"),
        # a name said again without what it belongs to is the one named in full
        ("The Harbor Board published the Official Interpretations to the Dock Rule in 2020. The Official "
         "Interpretations explain how marinas must post fees.\n", "official interpretations to the dock rule",
         "official interpretations"),
        # a description whose first word alone is capitalised is described again with fewer words
        ("The Harbor Act took effect in May. The Federal harbor safety provisions limit the hours that marinas may "
         "operate. The harbor safety provisions also require marinas to post signs.\n",
         "federal harbor safety provisions", "harbor safety provisions"),
        # a possessor whose name does not open another policy's name keeps its own policy
        ("# Inside Lakeview's Clean Streets Pilot\n\nThe Harbor Clean Streets Pilot began in 2019. The Clean "
         "Streets Pilot rewards residents who recycle.\n", "harbor clean streets pilot", ""),
    ],
)
def test_extract_a_policy_named_again_in_short_is_one_policy(nlp, text, name, split):
    entities, _relations, _x = run(nlp, text, "a.md")
    assert name in entities and (not split or split not in entities), sorted(entities)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an unnamed rule or charge keeps the measure it sets in its name
        ("The Harbor Board adopted the 10-hour rule for ferry crews in 2021.\n", {("10-hour rule", "Policy")},
         {"rule"}),
        ("The ordinance would impose a 15-cent levy on every paper cup sold in the city.\n",
         {("15-cent levy", "Policy")}, {"levy"}),
        ("Under the bill, the 4 percent cap on rent increases would become permanent.\n",
         {("4 percent cap", "Policy")}, {"percent cap", "cap"}),
        ("Marina operators must observe the 20-minute idling rule at every dock.\n",
         {("20-minute idling rule", "Policy")}, {"idling rule"}),
        # a count of people is no part of their name; a capitalised name after a measure keeps its own words
        ("The Water Board said 3,000 households must install meters by 2027.\n", set(), {"3,000 households"}),
        ("The clinic signed a five-year Corporate Integrity Agreement with the Inspector General.\n",
         {("corporate integrity agreement", "Policy")}, {"five-year corporate integrity agreement"}),
        # a section of a law numbered in lower case is a part of it, as "Section 12" is
        ("Under section 12 of the Harbor Act, marinas must keep fuel records.\n", {("section 12", "Policy")},
         {"section"}),
        ("Proposed section 7B would require marinas to keep fuel records.\n", {("proposed section 7b", "Policy")},
         {"proposed section", "7b"}),
        # a policy's plural noun is a class of policies, not the one measured rule the article names
        ("The Harbor Board adopted the 10-hour rule for ferry crews. Crews who break the rules face fines. The "
         "rules apply to every ferry.\n", {("10-hour rule", "Policy")}, set()),
    ],
)
def test_extract_session_27_names(nlp, text, present, absent):
    entities, _relations, _x = run(nlp, text, "a.md")
    found = {(label, e.category) for label, e in entities.items()}
    assert present <= found and not absent & set(entities), sorted(found)
    if "break the rules" in text:
        assert "rules" not in [a.lower() for a in entities["10-hour rule"].aliases], entities["10-hour rule"]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what the law's own sentence says "it is" an offence to do is forbidden, of whoever "for" names
        ("# Harbor news\n\nUnder the Harbor Act, it is an offence for a marina to sell fuel without a permit.\n",
         {("harbor act", "penalizes", "sell fuel without a permit"),
          ("sell fuel without a permit", "performedBy", "marina")}, set()),
        ("# Harbor news\n\nThe Harbor Act took effect in May. It is now a crime to sell fuel without a permit.\n",
         {("harbor act", "penalizes", "sell fuel without a permit")}, set()),
        # not denied, asked or only claimed
        ("# Harbor news\n\nThe Harbor Act took effect in May. It is not an offence to sell fuel without a permit.\n",
         set(), {("harbor act", "penalizes", "sell fuel without a permit")}),
        ("# Harbor news\n\nThe Harbor Act took effect in May. Is it a crime to sell fuel without a permit?\n",
         set(), {("harbor act", "penalizes", "sell fuel without a permit")}),
        ("# Harbor news\n\nThe Harbor Act took effect in May. Critics say it is a crime to charge marinas such fees.\n",
         set(), {("harbor act", "penalizes", "charge marinas such fees")}),
        # a pronoun says not what is done to; where it is done does
        ("Under the Harbor Act, boat owners must keep it in a locked slip and leash it in public.\n",
         {("keep it in a locked slip", "performedBy", "boat owners"), ("leash it in public", "performedBy", "boat owners")},
         set()),
        # one failure of two acts is said whole
        ("# Harbor news\n\nThe Harbor Act took effect in May. Marinas that fail to file or pay on time owe a penalty "
         "of 10 percent.\n", {("harbor act", "penalizes", "fail to file or pay on time"),
                                ("fail to file or pay on time", "performedBy", "marinas")},
         {("harbor act", "penalizes", "fail to file")}),
        # an opening gerund the parser took for the root is the subject of the verb it read as a noun
        ("# Harbor news\n\nThe Harbor Act took effect in May. Providing false information results in a fine.\n",
         {("harbor act", "penalizes", "providing false information")}, set()),
        # a tax is a policy; a participle after a comma the tagger took for a noun is its subject's warning
        ("# Harbor news\n\nThe Harbor Association opposes the soda tax, warning of job losses at marinas.\n",
         {("harbor association", "criticizes", "soda tax"), ("harbor association", "raisesConcern", "job losses"),
          ("job losses", "concernAbout", "soda tax")}, set()),
        # a bare word for a cap is the one named policy whose name says it is one; a second such name leaves it
        ("# Rent Cap Act\n\nThe Rent Cap Act took effect in May. Landlords oppose the cap.\n",
         {("landlords", "criticizes", "rent cap act")}, {("landlords", "criticizes", "cap")}),
        ("# Rent news\n\nThe Rent Cap Act and the Fee Cap Act took effect in May. Landlords oppose the cap.\n",
         set(), {("landlords", "criticizes", "rent cap act"), ("landlords", "criticizes", "fee cap act")}),
        # an infinitive the parser ended the object's relative clause with is what the object is told to do
        ("Section 4 would require marina operators that classify deckhands as employees to pay at least the state "
         "minimum wage, to contribute to the state insurance fund, and to carry accident coverage.\n",
         {("pay at least the state minimum wage", "performedBy", "marina operators"),
          ("carry accident coverage", "performedBy", "marina operators"),
          ("section 4", "evaluates", "marina operators")}, set()),
        ("The Harbor Rule requires marinas that want to expand to file a plan.\n",
         {("file a plan", "performedBy", "marinas")}, set()),
        # ... or the clause of a participle after the object, or after a noun inside it
        ("The Harbor Act requires manufacturers of boats sold in the state to publish repair manuals.\n",
         {("publish repair manuals", "performedBy", "manufacturers"), ("harbor act", "evaluates", "manufacturers")},
         set()),
        # what is punished is the failure, not the act owed inside it
        ("Under the Harbor Rule, marinas that fail to file reports face fines.\n",
         {("harbor rule", "penalizes", "fail to file reports"), ("fail to file reports", "performedBy", "marinas")},
         {("harbor rule", "penalizes", "file reports"), ("file reports", "performedBy", "marinas")}),
        ("The company failed to file reports, the agency said.\n", {("file reports", "performedBy", "businesses")},
         set()),
        # a plural the tagger read as a verb, with a clause about it, is who does the clause's act; the limit passed
        # is part of the act
        ("# Harbor news\n\nUnder the Harbor Rule, platforms that charge commissions above the limit would face civil "
         "penalties.\n", {("harbor rule", "penalizes", "charge commissions above the limit"),
                            ("charge commissions above the limit", "performedBy", "platforms")}, set()),
        # an object the parser read as a second subject of the main verb is the relative clause's
        ("# Harbor news\n\nThe Harbor Rule took effect in May. Platforms that charge commissions above the cap would "
         "face civil penalties of $1,000 per restaurant per day.\n",
         {("harbor rule", "penalizes", "charge commissions above the cap")}, {("cap", "penalizes", "charge")}),
        ("# Harbor news\n\nThe Harbor Rule took effect in May. Marinas that sell fuel below cost face fines.\n",
         {("harbor rule", "penalizes", "sell fuel below cost")}, set()),
        # a harm said of the policy, named whole: what it makes of its object, what it turns it into
        ("# Harbor news\n\nThe Harbor Rule took effect in May. The Boaters Union said the rule could strain the "
         "finances of small marinas.\n",
         {("strain the finances of small marinas", "concernAbout", "harbor rule")}, set()),
        ("# Harbor news\n\nThe Harbor Rule took effect in May. The Pilots Association warned that the rule would make "
         "enforcement harder.\n", {("pilots association", "raisesConcern", "make enforcement harder")}, set()),
        # what the warner asks for is no worry
        ("# Harbor news\n\nThe Harbor Rule took effect in May. The Boaters Union warned that the rule \"turns a dock "
         "into a toll booth\" and asked the city to fund more inspectors.\n",
         {("boaters union", "raisesConcern", "turns a dock into a toll booth")},
         {("boaters union", "raisesConcern", "asked the city")}),
        # (from the reviews) a worry whose own verb is one of asking is still a worry
        ("Fishers fear that the Quota Rule demands too much paperwork from small boats.\n",
         {("fishers", "raisesConcern", "demands too much paperwork")}, set()),
        # an intro with "no later than" denies nothing; one of critics' fears states no duty
        ("Noise news\n\nBeginning no later than 2026, the Noise Bill would:\n\n1. Fine venues that exceed 85 "
         "decibels.\n2. Require venues to post noise limits.\n",
         {("noise bill", "penalizes", "exceed 85 decibels"), ("post noise limits", "performedBy", "venues")}, set()),
        ("Food trucks\n\nCritics fear the Food Truck Ordinance would:\n\n1. Fine vendors who park near schools.\n2. "
         "Prohibit vendors from selling after 9 p.m.\n", set(),
         {("food truck ordinance", "penalizes", "park near schools"),
          ("food truck ordinance", "penalizes", "selling after 9 p.m.")}),
        # a measure of time before a notice is no rule's name; a pronoun's act keeps where, not under what
        ("Under the Harbor Rule, landlords must give tenants a 60-day notice before raising rent.\n",
         {("give tenants a 60-day notice", "performedBy", "landlords")}, {("60-day notice", "evaluates", "landlords")}),
        ("Under the Food Truck Ordinance, vendors must display it under Section 4 of the ordinance.\n", set(),
         {("display it under section", "performedBy", "vendors")}),
        # a failure cut short inside the whole failure is none of its own
        ("Under the Harbor Rule, residents who fail to file or pay on time face a $100 penalty.\n",
         {("harbor rule", "penalizes", "fail to file or pay on time")}, {("harbor rule", "penalizes", "fail to file")}),
        # "the ban" is not the named ban when the article debates another of its own
        ("The city passed the Styrofoam Ban Ordinance in 2020 and is now debating a ban on plastic straws. Restaurant "
         "owners oppose the ban.\n", set(), {("restaurant owners", "criticizes", "styrofoam ban ordinance")}),
        # people a policy endangers are not the worry; the danger to them is (found trying an article of my own)
        ("# Harbor news\n\nThe Harbor Rule took effect in May. The Harbor Coalition, which argues that sidewalk "
         "clutter endangers blind pedestrians, supported the rule.\n",
         {("harbor coalition", "supports", "harbor rule")}, {("blind pedestrians", "concernAbout", "harbor rule")}),
    ],
)
def test_extract_session_27(nlp, text, present, absent):
    _entities, relations, _x = run(nlp, text, "a.md")
    assert present <= relations and not absent & relations, sorted(relations)


def test_extract_a_name_given_after_a_list_names_its_last_item(nlp):
    entities, _, _ = run(nlp, "# Harbor news\n\nThe Lakeview Chamber of Commerce and a coalition of delivery "
                              "platforms called Lakeview Works Flexibly testified against the bill.\n")
    assert not entities["lakeview chamber of commerce"].aliases, entities["lakeview chamber of commerce"]
    assert "coalition" in [a.lower() for a in entities["lakeview works flexibly"].aliases], sorted(entities)


def test_extract_a_name_for_a_whole_list_is_no_item_s(nlp):
    entities, _, _ = run(nlp, "# Harbor news\n\nThe Transit Riders Union and the Tenants Union, collectively known as "
                              "the Housing Front, oppose the Harbor Act.\n")
    assert not entities["tenants union"].aliases and not entities["transit riders union"].aliases, sorted(entities)


def test_extract_a_committee_on_two_subjects_is_one_name(nlp):
    entities, _, _ = run(nlp, "Bill Summary\n\nPrepared for the Senate Committee on Labor and Commerce\n\nThe bill "
                              "was referred to the Senate Committee on Labor and Commerce, which held a hearing on "
                              "February 9.\n", "a.txt")
    assert "commerce" not in entities and "labor" not in entities, sorted(entities)


def test_extract_items_finishing_what_a_policy_would_do_are_its_commands(nlp):
    text = ("Harbor letter\n\nThe Harbor Fees Act would:\n\n1. Prohibit marinas from listing a boat without its written "
            "consent;\n2. Require marinas to give each boater an itemized monthly statement of all fees charged;\n3. Bar "
            "marinas from raising fees by more than the rate of inflation.\n")
    _, relations, _ = run(nlp, text, "a.txt")
    assert {("harbor fees act", "penalizes", "listing a boat without its written consent"),
            ("listing a boat without its written consent", "performedBy", "marinas"),
            ("give each boater an itemized monthly statement", "performedBy", "marinas"),
            ("harbor fees act", "evaluates", "marinas")} <= relations, sorted(relations)


def test_extract_a_letter_reports_others_worries_as_theirs(nlp):
    text = ("Harbor Coalition\n\nRE: Support for the Harbor Fees Act\n\nDear Chair Ruiz:\n\nWe write in support of the "
            "Harbor Fees Act. We have heard the concerns raised by the Marina Owners Association, which argues that the "
            "act would raise labor costs for small marinas.\n\nSincerely,\n\nBoaters Union\nHarbor Workers Center\n")
    _, relations, _ = run(nlp, text, "a.txt")
    assert ("marina owners association", "raisesConcern", "raise labor costs") in relations, sorted(relations)
    assert not {r for r in relations if r[1] == "raisesConcern" and r[0] in {"boaters union", "harbor workers center"}}


@pytest.mark.parametrize(
    ("text", "worry"),
    [
        ("The Harbor Restaurant Association, which argues that the rule would raise labor costs, opposes the rule.",
         "raise labor costs"),
        ("Concerns about labor costs were raised by the Harbor Restaurant Association.", "labor costs"),
    ],
)
def test_extract_who_raises_a_worry_by_a_relative_clause_or_an_agent(nlp, text, worry):
    _, relations, _ = run(nlp, "# Harbor news\n\nThe Harbor Rule took effect in May. " + text + "\n")
    assert ("harbor restaurant association", "raisesConcern", worry) in relations, sorted(relations)


def test_extract_people_a_policy_endangers_are_not_the_worry(nlp):
    entities, _, _ = run(nlp, "# Harbor news\n\nThe Harbor Rule took effect in May. The Harbor Coalition, which argues "
                              "that sidewalk clutter endangers blind pedestrians, supported the rule.\n")
    assert "blind pedestrians" not in entities and entities["endangers blind pedestrians"].category == "Concern", \
        sorted(entities)


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        # a body's name runs on through "and" where the tagger's organisation does, though the parse cut it
        ("The Ministry of Fisheries and Coastal Welfare has issued the Harbor Safety Code.",
         {"ministry of fisheries and coastal welfare"}, {"ministry of fisheries"}),
        ("The Department of Health and Human Services issued the Harbor Safety Code.",
         {"department of health and human services"}, set()),
        # "the" opens another name
        ("The Department of Labor and the Coast Guard issued the Harbor Safety Code.",
         {"department of labor", "coast guard"}, set()),
        ("The Ministry of Health and Red Cross volunteers opposed the Food Truck Ordinance.", set(),
         {"ministry of health and red cross"}),
        # a title with a bracketed part, as UK statutes are named, is one name, with its year
        ("Under the Harbour (Noise and Lighting) Regulations, marinas may not play music after 10pm.",
         {"harbour (noise and lighting) regulations"}, {"noise and lighting) regulations", "harbour"}),
        ("The Data Sharing (Harbour Safety) Regulations 2024 require marinas to report spills.",
         {"data sharing (harbour safety) regulations 2024"}, {"regulations 2024"}),
        # an acronym in brackets after a body is no title
        ("The Harbour Board (HB) issued the Mooring Rule.", {"harbour board", "mooring rule"}, set()),
    ],
)
def test_extract_session_28_names(nlp, text, names, not_names):
    entities, _relations, _x = run(nlp, "# Harbor news\n\n" + text + "\n", "a.md")
    assert names <= set(entities) and not not_names & set(entities), sorted(entities)


@pytest.mark.parametrize(
    ("text", "object_"),
    [
        ("Under the marina code, platforms must remove reported scam advertisements within 48 hours.",
         "advertisements"),
        ("Owners must file signed forms with the office.", "forms"),
    ],
)
def test_nlp_a_participle_read_as_a_verb_s_complement_modifies_its_object(nlp, text, object_):
    from policygraph.nlp import participles_read_as_complements
    doc = participles_read_as_complements(nlp(text))
    verb = next(t for t in doc if t.lower_ in {"remove", "file"})
    assert [c.text for c in verb.children if c.dep_ == "dobj"] == [object_]


def test_extract_a_participle_before_a_duty_s_object_is_part_of_it(nlp):
    _entities, relations, _ = run(nlp, "# Harbor news\n\nUnder the Harbor Rule, platforms must remove reported scam "
                                       "advertisements within 48 hours.\n")
    assert ("remove reported scam advertisements", "performedBy", "platforms") in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        # a possessor before a bracketed title owns it; it is no part of its name
        ("The Department of Health's Harbour (Noise) Regulations 2024 ban music after 10pm.",
         {"harbour (noise) regulations 2024"}, {"department of health's harbour (noise) regulations 2024"}),
        # the title ends at its last policy head noun, not at the section cited after it
        ("Under the Harbour (Noise and Lighting) Act Section 4, marinas must close at 10pm.",
         {"harbour (noise and lighting) act"}, {"harbour (noise and lighting) act section"}),
    ],
)
def test_extract_session_29_bracketed_titles(nlp, text, names, not_names):
    entities, _relations, _x = run(nlp, "# Harbor news\n\n" + text + "\n", "a.md")
    assert names <= set(entities) and not not_names & set(entities), sorted(entities)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # whom a list intro says the policy applies to, item by item, the policy evaluates
        ("# Harbour Safety Framework\n\nFrom 1 July the Framework applies to three sectors:\n\n"
         "- **marinas** and other mooring operators;\n- **ferry operators**, including water taxis;\n"
         "- **fuel dealers** that sell diesel.\n",
         {("harbour safety framework", "evaluates", a) for a in ("marinas", "ferry operators", "fuel dealers")}, set()),
        # (second review) things and conditions it covers are no one it evaluates; nor are those it leaves out, nor
        # what an intro that is no policy's covers
        ("# Harbor news\n\nThe Harbor Rule took effect in May. It applies to:\n\n- sales over $500;\n"
         "- used vehicles.\n", set(), {("harbor rule", "evaluates", "sales"), ("harbor rule", "evaluates", "vehicles")}),
        ("# Harbor news\n\nThe Harbor Rule took effect in May. It applies to all owners except:\n\n- marinas;\n"
         "- ferry operators.\n", set(), {("harbor rule", "evaluates", "marinas")}),
        ("# Harbor news\n\nThe Harbor Rule took effect in May. The agency's annual report covers:\n\n- marinas;\n"
         "- ferry operators.\n", set(), {("harbor rule", "evaluates", "marinas")}),
        ("# Harbor news\n\nThe Harbor Rule took effect in May. It covers:\n\n- marinas;\n- ferry operators.\n",
         {("harbor rule", "evaluates", "marinas"), ("harbor rule", "evaluates", "ferry operators")}, set()),
        # ... not whom it does not apply to, nor items that say what is done
        ("# Harbor news\n\nThe Harbor Rule took effect in May. It does not apply to:\n\n- marinas;\n- ferry operators.\n",
         set(), {("harbor rule", "evaluates", "marinas")}),
        ("# Harbor news\n\nThe Harbor Rule took effect in May. Owners must:\n\n- fuel boats at the dock;\n"
         "- report spills.\n", set(), {("harbor rule", "evaluates", "boats")}),
        # the same list run on after a colon in one sentence
        ("# Harbour Safety Framework\n\nFrom 1 July the Framework applies to three sectors: marinas, ferry operators "
         "and fuel docks.\n",
         {("harbour safety framework", "evaluates", a) for a in ("marinas", "ferry operators", "fuel docks")}, set()),
        # a policy named only in the title is the one "the Framework" calls back
        ("# Harbour Safety Framework\n\nThe Framework requires marinas to report spills. It took effect in May.\n",
         {("harbour safety framework", "evaluates", "marinas")}, set()),
    ],
)
def test_extract_session_29_whom_a_policy_covers(nlp, text, expected, not_expected):
    _entities, relations, _x = run(nlp, text, "a.md")
    assert expected <= relations and not not_expected & relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        # a sum of money before a capitalised name says how big it is; it is no part of the name
        ("The Minister confirmed a £15 million Harbor Improvement Fund.", {"harbor improvement fund"},
         {"15 million harbor improvement fund"}),
        ("The county announced a $40 million Mooring Grant Scheme.", {"mooring grant scheme"}, set()),
        # ... so does a sum in thousands, and a comma after a term before it
        ("The county council funded a $200,000 Clean Moorings program, to be run by the Harbor Office.",
         {"clean moorings program"}, {"$200,000 clean moorings program"}),
        ("The county created a 10-year, $40 million Dock Repair Program.", {"dock repair program"},
         {", $40 million dock repair program"}),
        # (session 42) an office named after an official's post keeps the post; those who once held a post are a group
        ("The U.S. Attorney's Office for the District of Columbia enforces the Harbor Rule.",
         {"u.s. attorney's office for the district of columbia"}, {"office for the district of columbia"}),
        ("The Harbor Rule bars former Members of Congress from lobbying for two years.", {"former members of congress"},
         {"members of congress"}),
        # (review) a body's office is its part; a small sum is what each gets or pays
        ("The Treasury's Office of Harbor Assets Control issued the Harbor Rule.", {"office of harbor assets control"},
         {"treasury's office of harbor assets control"}),
        ("The transit agency launched a $1 fare program for boaters under the Harbor Rule.", {"$1 fare program"},
         {"fare program"}),
        # a second relative clause the parse reads as a noun joined to the doers is no class of actors
        ("Shippers and brokers that fail to file reports on time, or that falsify records, will face civil penalties.",
         {"shippers", "brokers"}, {"falsify records"}),
        # (second review) a sum that names the thing stays: a fare cap of £2, a minimum wage of $15
        ("Riders welcomed the £2 Bus Fare Cap.", {"£2 bus fare cap"}, {"bus fare cap"}),
        # (second review) a body once so called is the body: "former" stays only on a group
        ("The former Harbour Board approved the Mooring Rule.", {"harbour board"}, {"former harbour board"}),
        # an inspectorate is a public body
        ("The Harbor Schools Inspectorate will inspect every marina school.", {"harbor schools inspectorate"}, set()),
        # "former" makes a group of its own
        ("The Harbor Act bars former ministers from lobbying for two years.", {"former ministers"}, {"ministers"}),
    ],
)
def test_extract_session_29_names(nlp, text, names, not_names):
    entities, _relations, _x = run(nlp, "# Harbor news\n\nThe Harbor Rule took effect in May. " + text + "\n", "a.md")
    assert names <= set(entities) and not not_names & set(entities), sorted(entities)


_BILL_PAGE = ("BILL SUMMARY: SENATE BILL 412 (AS INTRODUCED)\nSafe Harbors Mooring Act\n\nSponsor: Senator Ana Quintero\n\n"
              "OVERVIEW\n\nSB 412 would ban night mooring.\n\nSection 1. Short title. Names the bill the \"Safe Harbors "
              "Mooring Act.\"\n\nPOSITIONS RECORDED AT THE HEARING\n\nSupport: Harbor Parents Association; Rural Families "
              "for Clean Air.\n\nOppose: Harbor Farm Bureau, which argued that the bill would raise costs for the Harbor "
              "Growers Union; the Harbor Crop Council, which said the rule would cause alarm.\n\nNeutral: Harbor "
              "Commissioners Association, which asked for funding.\n")


def test_extract_a_bill_page_is_one_bill_with_its_sponsor_and_recorded_positions(nlp):
    entities, relations, _x = run(nlp, _BILL_PAGE, "a.txt")
    bill = entities["safe harbors mooring act"]
    # its number in capitals, its number abbreviated, the title line under it and the name it gives itself are one bill
    assert {"SENATE BILL 412", "SB 412"} <= set(bill.aliases), bill.aliases
    assert "names" not in entities and "sb 412" not in entities and "senate bill 412" not in entities, sorted(entities)
    # a sponsor field is no heading: the sponsor made the bill
    assert ("safe harbors mooring act", "issuedBy", "senator ana quintero") in relations, sorted(relations)
    # a position field's first sentence lists who takes that position; not who is named in what they said
    for body in ("harbor parents association", "rural families for clean air"):
        assert (body, "supports", "safe harbors mooring act") in relations, sorted(relations)
    for body in ("harbor farm bureau", "harbor crop council"):
        assert (body, "criticizes", "safe harbors mooring act") in relations, sorted(relations)
    assert not {r for r in relations if r[0] in {"harbor growers union", "harbor commissioners association"}}, \
        sorted(relations)


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Section 1. This Act may be cited as the Safe Docks Act.\n\nSection 2. A marina shall not rent moorings at "
         "night.\n", "safe docks act", "Act"),
        ("Assembly Bill No. 88 would ban night mooring. AB 88 passed the Assembly in May.\n", "assembly bill no. 88",
         "AB 88"),
    ],
)
def test_extract_one_bill_however_its_number_or_short_title_is_written(nlp, text, title, name):
    entities, _relations, _x = run(nlp, "# Harbor news\n\n" + text, "a.md")
    assert title in entities and name in entities[title].aliases, sorted((k, v.aliases) for k, v in entities.items())


_MINUTES = ("MINUTES OF THE REGULAR MEETING\n\n3. ORDINANCE 25-07: DOG LICENSING (SECOND READING)\n\n3.1 Staff "
            "presentation. Supervisor Danso reported that only 38% of dogs are licensed. Under Ordinance 25-07 as "
            "drafted:\n   (a) every owner of a dog over four months old must license the dog with the Town Clerk each "
            "year;\n   (b) keeping an unlicensed dog is punishable by a fine of $100.\n\n3.2 Public comment.\n")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("AGENDA\n\n1. APPROVE THE HARLOW DOG ORDINANCE\n2. REJECT THE HARLOW LEAF BLOWER ORDINANCE\n",
         ["heading", "item", "item"]),
        ("RULES\n\nResidents must follow these rules:\n\n1. DO NOT BURN TRASH\n2. Keep water nearby.\n",
         ["heading", "paragraph", "item", "item"]),
        ("MINUTES\n\n1. CALL TO ORDER\nThe Mayor called the meeting to order.\n\n2. CORRESPONDENCE\nNone.\n",
         ["heading", "heading", "paragraph", "heading", "paragraph"]),
    ],
)
def test_ingest_a_numbered_line_in_capitals_is_a_heading_only_outside_a_list(text, kinds):
    article = parse_article(text.encode(), path=Path("a.txt"))
    assert [b.kind for b in article.blocks] == kinds, [(b.kind, b.text) for b in article.blocks]


def test_extract_minutes_read_a_numbered_heading_in_capitals_and_items_under_an_item_s_colon(nlp):
    entities, relations, x = run(nlp, _MINUTES, "a.txt")
    # "3. ORDINANCE 25-07: ..." is a heading, not an item labelled by the ordinance's number
    assert [b.kind for b in x.article.blocks][:2] == ["heading", "heading"], x.article.blocks
    # the lettered items go on from the numbered item's "Under Ordinance 25-07 as drafted:"
    assert {("license the dog", "performedBy", "owner"), ("ordinance 25-07", "evaluates", "owner"),
            ("ordinance 25-07", "penalizes", "keeping an unlicensed dog")} <= relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # paying a penalty is what befalls the conduct of those who pay it; paying a fee is no penalty
        ("Drivers who speed pay a fine of $100.", {("harbor ordinance", "penalizes", "speed")}, set()),
        ("Owners who register pay a fee of $20.", set(), {("harbor ordinance", "penalizes", "register")}),
        # (second review) a fine spared or cut punishes nothing
        ("Members who volunteer at the library pay no late fees.", set(),
         {("harbor ordinance", "penalizes", "volunteer at the library")}),
        ("Shops that install filters would pay a lower penalty.", set(),
         {("harbor ordinance", "penalizes", "install filters")}),
        # an item opening with a gerund that is its subject is no command
        ("Under the Harbor Ordinance as drafted:\n\n- keeping an unlicensed boat is punishable by a fine of $100;\n"
         "- mooring overnight is punishable by a fine of $50.", {("harbor ordinance", "penalizes",
                                                                   "keeping an unlicensed boat")}, set()),
    ],
)
def test_extract_session_29_consequences(nlp, text, expected, not_expected):
    _entities, relations, _x = run(nlp, "# Harbor news\n\nThe Harbor Ordinance took effect in May. " + text + "\n",
                                   "a.md")
    assert expected <= relations and not not_expected & relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # who moves or seconds adopting a policy backs it; the council that votes makes it
        ("Councillor Tran moved to adopt the Harbor Ordinance as amended; seconded by Councillor Abdi. Carried 5-1 "
         "(Kowalczyk opposed).",
         {("councillor tran", "supports", "harbor ordinance"), ("councillor abdi", "supports", "harbor ordinance"),
          ("kowalczyk", "criticizes", "harbor ordinance")},
         {("harbor ordinance", "issuedBy", "councillor tran")}),
        ("Councillor Voss moved an amendment to raise the mooring fee. The amendment carried 4-2 (Kowalczyk and "
         "Haddad opposed).",
         {("councillor voss", "supports", "amendment"), ("kowalczyk", "criticizes", "amendment"),
          ("haddad", "criticizes", "amendment")}, set()),
        # (second review) who votes against tabling or repealing a policy, or against adjourning, does not oppose it;
        # "moved" of a place puts no motion; a body moving to enact makes the law
        ("Councillor Holm moved to table the Harbor Ordinance until June. The motion carried 4-1 (Sato opposed). "
         "Councillor Reyes moved to adjourn. Carried 4-1 (Lindqvist opposed).", set(),
         {("sato", "criticizes", "harbor ordinance"), ("lindqvist", "criticizes", "harbor ordinance")}),
        ("The Harbor Board moved the Harbor Ordinance forms online. The Harbor Council moved quickly to enact the "
         "Mooring Fee Ordinance.", {("mooring fee ordinance", "issuedBy", "harbor council")},
         {("harbor board", "supports", "harbor ordinance"), ("harbor council", "supports", "mooring fee ordinance")}),
        # a bracket that is no vote's dissent, and a motion that adopts nothing
        ("The council voted to adopt the Harbor Ordinance (Mayor Lin presiding). Councillor Ruiz moved that the item "
         "be tabled.", {("harbor ordinance", "issuedBy", "council")},
         {("councillor ruiz", "supports", "harbor ordinance"), ("mayor lin", "criticizes", "harbor ordinance")}),
    ],
)
def test_extract_minutes_record_motions_and_dissents(nlp, text, expected, not_expected):
    _entities, relations, _x = run(nlp, "# Council minutes\n\n" + text + "\n", "a.md")
    assert expected <= relations and not not_expected & relations, sorted(relations)


@pytest.mark.parametrize(
    ("field", "stance"),
    [("Opposed: Brandt Landlords Association.", "criticizes"), ("Opposition: Brandt Landlords Association.", "criticizes"),
     ("Supporters: Brandt Landlords Association; Calder Tenants Union.", "supports")],
)
def test_extract_a_position_field_naming_one_body(nlp, field, stance):
    other = "Support: Harbor Tenants Union." if stance == "criticizes" else "Oppose: Harbor Owners Guild."
    entities, relations, _x = run(nlp, "# SB 102\n\nSB 102 would cap rents.\n\n" + field + "\n\n" + other + "\n", "a.md")
    assert ("brandt landlords association", stance, "sb 102") in relations, sorted(relations)
    assert not any(name.startswith(("opposed", "opposition", "supporters")) for name in entities), sorted(entities)


def test_extract_a_lone_support_field_is_no_hearing_record(nlp):
    _entities, relations, _x = run(nlp, "# Tenant Deposit Act\n\nThe Tenant Deposit Act took effect in May.\n\n"
                                        "Support: Corlan Legal Aid and the Corlan Tenants Helpline, open weekdays.\n", "a.md")
    assert not any(p == "supports" for _s, p, _o in relations), sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number inside a name is part of it: "this ordinance" calls back the one ordinance the article names
        ("# Two views on the water rules\n\nThe board voted to adopt the Stage 3 Conservation Ordinance. The rules "
         "limit outdoor watering.\n\n## A critic\n\n**Your group opposed the ordinance. Why?**\n\nWe oppose this ordinance "
         "because it puts the heaviest burden on large families.\n",
         ("heaviest burden on large families", "concernAbout", "stage 3 conservation ordinance")),
        # (a name that is a kind and a number keeps to its own reading: "Ordinance 24-117" is "the ordinance")
        ("# Harbor news\n\nThe council adopted Ordinance 24-117 in May. Boat owners opposed the ordinance because it "
         "could raise costs for small marinas.\n", ("boat owners", "criticizes", "ordinance 24-117")),
    ],
)
def test_extract_session_30_a_number_inside_a_name(nlp, text, expected):
    entities, relations, _x = run(nlp, text, "a.md")
    assert expected in relations and "ordinance" not in entities, sorted(relations)


@pytest.mark.parametrize(
    "sign_off, signatories",
    [
        # a signer's line ends with the body they sign for, after their role or alone
        ("Sincerely,\n\nDana Ruiz, Director, Harbor Boaters Coalition\nSam Okafor, Port Ellis Interfaith Housing Council\n",
         {"dana ruiz", "harbor boaters coalition", "sam okafor", "port ellis interfaith housing council"}),
        # a role alone, or a place, is no body
        ("Sincerely,\n\nLucia Marr, Staff Attorney\nJo Bell, Director, Portland, Oregon\n", {"lucia marr", "jo bell"}),
        ("Sincerely,\n\nJoan Reed, Clerk to the Harbor Board\nAl Cruz, Chair of the Harbor Board\n", {"joan reed", "al cruz"}),
        # (review) a role of a person, a department or a place is no body either
        ("Sincerely,\n\nJo Bell, Small Business Owner\nAl Cruz, Director, Government Relations\n"
         "Kim Lo, Fisher, Port Ellis Harbor\nEd Roy, Associate Professor of Law\n", {"jo bell", "al cruz", "kim lo", "ed roy"}),
        ("Sincerely,\n\nJohn Lee, CEO, Acme Marinas Inc.\n", {"john lee", "acme marinas inc."}),
        # a line that ends with the town after the signer's body: the town signs nothing
        ("Sincerely,\n\nJo Bell, RPh, President, Bell Harbor Apothecary, Cedar Bend\n", {"jo bell"}),
        # (review) ... but a body by its head noun after a role is the body
        ("Sincerely,\n\nMaria Lopez, Policy Analyst, Harbor Families Network\n", {"maria lopez", "harbor families network"}),
    ],
)
def test_extract_session_30_a_signer_signs_for_the_body_their_line_ends_with(nlp, sign_off, signatories):
    entities, relations, _ = run(nlp, _LETTER + sign_off, name="letter.txt")
    critics = {s for s, p, o in relations if p == "criticizes" and o == "mooring fee waiver"}
    assert critics == signatories, sorted(relations)
    assert not {"staff attorney", "portland", "oregon", "clerk to the harbor board", "chair of the harbor board",
                "small business owner", "government relations", "port ellis harbor", "cedar bend"} & set(entities)


def test_extract_session_30_a_worry_argued_further_up_is_the_arguers(nlp):
    # "it would raise costs" voices nothing; the one who argues it is the Association, not the letter's "we"
    text = ("Harbor Commission\n\nRe: Proposed Mooring Rule\n\nDear Commissioners:\n\nThe Harbor Boaters Coalition "
            "writes to support the proposed mooring rule, which would require marinas to post their fees.\n\nWe note "
            "that the Marina Owners Association has asked the Commission to withdraw the rule, arguing that it would "
            "raise costs for small marinas. We disagree.\n\nSincerely,\n\nHarbor Boaters Coalition\n")
    _entities, relations, _x = run(nlp, text, "letter.txt")
    assert ("marina owners association", "raisesConcern", "raise costs") in relations, sorted(relations)
    assert ("harbor boaters coalition", "raisesConcern", "raise costs") not in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # (review) a finding the writer reports after a "but" is the writer's, not the one before the "but"
        ("Harbor Commission\n\nRe: Mooring Rule\n\nDear Commissioners:\n\nThe Harbor Boaters Coalition opposes the "
         "mooring rule. The Marina Owners Association supports the mooring rule, but our analysis finds that it would "
         "raise costs for small marinas.\n\nSincerely,\n\nHarbor Boaters Coalition\n", "harbor boaters coalition"),
        ("# Harbor news\n\nThe Harbor Boaters Coalition said the Marina Owners Association supports the mooring rule, "
         "but that a Harbor Institute study finds it would raise costs for small marinas.\n", "harbor boaters coalition"),
        # the policy said to raise them voices nothing: the one who argues it does
        ("Harbor Commission\n\nRe: Mooring Rule\n\nDear Commissioners:\n\nThe Harbor Boaters Coalition writes to "
         "support the mooring rule, which would require marinas to post their fees.\n\nWe note that the Marina Owners "
         "Association has asked the Commission to withdraw the rule, arguing that the rule would raise costs for small "
         "marinas. We disagree.\n\nSincerely,\n\nHarbor Boaters Coalition\n", "marina owners association"),
    ],
)
def test_extract_session_30_who_voices_a_worry_said_in_anothers_clause(nlp, text, voice):
    _entities, relations, _x = run(nlp, text, "letter.txt")
    voices = {s for s, p, o in relations if p == "raisesConcern" and o == "raise costs"}
    assert voices == {voice}, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (review) of several ordinances named, none in its paragraph's sentence before, "the ordinance" is the one
        # named last before it
        ("# Springfield news\n\nThe Springfield City Council adopted the Stage 3 Conservation Ordinance in May.\n\nIn June, "
         "the council also adopted the Sidewalk Vending Ordinance. Street vendors praised the ordinance, saying it would "
         "legalize their work.\n", ("street vendors", "supports", "sidewalk vending ordinance")),
        ("# Springfield news\n\nThe council passed Ordinance 24-117, which sets parking fees.\n\nIn a separate vote, the "
         "council passed the Stage 3 Conservation Ordinance. The Springfield Farmers Union criticized the ordinance, "
         "saying it would hurt nurseries.\n", ("springfield farmers union", "criticizes", "stage 3 conservation ordinance")),
    ],
)
def test_extract_session_30_the_ordinance_of_several(nlp, text, expected):
    entities, relations, _x = run(nlp, text, "a.md")
    assert expected in relations and "ordinance" not in entities, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure written onto a capitalised name is its first word, not a count or a date before it
        ("The city adopted the 10-Year Plan for housing in May. The 10-Year Plan requires developers to build "
         "affordable units.", ("10-year plan", "evaluates", "developers")),
        ("Congress passed the 5G Deployment Act in 2024. The 5G Deployment Act requires carriers to share towers.",
         ("5g deployment act", "issuedby", "congress")),
        ("Congress passed the 21st Century Cures Act in 2016. The 21st Century Cures Act requires agencies to share "
         "data.", ("21st century cures act", "evaluates", "agencies")),
        ("The agency published the proposed 10-Year Harbor Plan. The proposed 10-Year Harbor Plan requires boaters to "
         "register.", ("10-year harbor plan", "evaluates", "boaters")),
        # (a count or a word ordinal before a name stays out of it)
        ("The first Climate Plan requires landlords to register their units.", ("climate plan", "evaluates", "landlords")),
    ],
)
def test_extract_session_31_a_figure_written_onto_a_name(nlp, text, expected):
    _entities, relations, _x = run(nlp, text, "a.md")
    relations = {(s, p.lower(), o) for s, p, o in relations}
    assert expected in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a noun for a body or a people that ends like a name of an act ("-ity", "-ance", "-tion") is who must act
        ("The Climate Plan requires utilities to retire coal plants.", "utilities"),
        ("The treaty requires each nation to report its emissions.", "nation"),
        ("The grant rules require the alliance to publish its accounts.", "alliance"),
    ],
)
def test_extract_session_31_a_body_whose_noun_ends_like_an_act(nlp, text, doer):
    _entities, relations, _x = run(nlp, text, "a.md")
    assert any(p == "performedBy" and o == doer for _s, p, o in relations), sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Q&A page's "A:" is no part of the answer's sentence
        ("# Licensing: Frequently Asked Questions\n\nThe Harbor Act took effect in May.\n\nQ: What happens if I "
         "manage property without a license?\n\nA: Managing property for compensation without a license is a "
         "violation of the Harbor Act.\n", ("harbor act", "penalizes", "managing property")),
        ("# Harbor Permits: Frequently Asked Questions\n\nThe Harbor Act took effect in May.\n\nQuestion: What if I "
         "sell bait?\n\nAnswer: Selling bait without a permit is an offence under the Harbor Act.\n",
         ("harbor act", "penalizes", "selling bait without a permit")),
    ],
)
def test_extract_session_31_a_qa_mark_opens_no_sentence(nlp, text, expected):
    _entities, relations, _x = run(nlp, text, "faq.md")
    assert expected in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "policy", "other"),
    [
        # the number or name a policy was passed as is another name of it
        ("The rules come from the Residential Property Manager Licensing Act, which the Legislature passed as House "
         "Bill 2211 in May. Some small landlords opposed House Bill 2211.",
         "residential property manager licensing act", "House Bill 2211"),
        ("The Harbor Safety Act, enacted as Senate Bill 12 in 2023, requires boaters to register. Marina owners "
         "criticized Senate Bill 12.", "harbor safety act", "Senate Bill 12"),
    ],
)
def test_extract_session_31_a_policy_passed_as_a_bill(nlp, text, policy, other):
    entities, relations, _x = run(nlp, text, "a.md")
    assert other in entities[policy].aliases and other.lower() not in entities, sorted(entities)
    assert any(p == "criticizes" and o == policy for _s, p, o in relations), sorted(relations)


def test_extract_session_31_passed_as_an_amendment_gives_no_name(nlp):
    entities, _relations, _x = run(nlp, "The Harbor Budget Act, which the Senate passed as an amendment to the Finance "
                                        "Bill, funds ports.", "a.md")
    assert "finance bill" in entities and "harbor budget act" in entities, sorted(entities)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a size before a class of actors names a narrower class, kept apart from the whole class
        ("The Harbor Act requires landlords to register units. Small landlords raised a different worry: compliance "
         "costs.", {"landlords", "small landlords"}),
        ("Small businesses opposed the Harbor Act. Large employers must post notices.",
         {"small businesses", "large employers"}),
        # (a size before anything else stays out of the name)
        ("The Harbor Act imposes small fines on landlords who miss the deadline.", {"landlords"}),
    ],
)
def test_extract_session_31_a_sized_class_of_actors(nlp, text, actors):
    entities, _relations, _x = run(nlp, text, "a.md")
    assert {n for n, e in entities.items() if e.category == "Actor"} == actors, sorted(entities)


@pytest.mark.parametrize(
    "noun",
    # a plural a policy requires to act is who acts, though the vocabulary lists no such noun
    ["airports", "wineries", "hospices", "food trucks", "sheriffs"],
)
def test_extract_session_31_whom_a_policy_requires_to_act(nlp, noun):
    _entities, relations, _x = run(nlp, f"The Harbor Act requires {noun} to file an annual report.", "a.md")
    assert ("file an annual report", "performedBy", noun) in relations, sorted(relations)
    assert ("harbor act", "evaluates", noun) in relations, sorted(relations)


def test_extract_session_31_what_a_text_must_list_is_no_doer(nlp):
    entities, _relations, _x = run(nlp, "The Harbor Act requires labels to list every ingredient.", "a.md")
    assert "labels" not in entities, sorted(entities)


@pytest.mark.parametrize(
    "line",
    ["A: Email help@harbor.example.gov or call the help desk.", "Visit www.harbor.example.gov/permits for the forms.",
     "Email Harbor Permits at permits@harbor.example.gov with questions."],
)
def test_extract_session_31_a_contact_line_names_no_one(nlp, line):
    entities, _relations, _x = run(nlp, "# Harbor permits FAQ\n\nThe Harbor Act requires boaters to register.\n\n"
                                        "Q: Who can help?\n\n" + line + "\n", "faq.md")
    assert not any("@" in n or "www." in n for n in entities), sorted(entities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each of a class a policy requires to act is who acts
        ("The ordinance requires every host to register with the city and obtain an annual permit.",
         ("register with the city", "performedBy", "host")),
        ("The Harbor Act requires each grower to keep spray records.", ("keep spray records", "performedBy", "grower")),
    ],
)
def test_extract_session_31_each_of_a_class_required_to_act(nlp, text, expected):
    _entities, relations, _x = run(nlp, text, "a.md")
    assert expected in relations, sorted(relations)


@pytest.mark.parametrize(
    "text",
    # (what each thing must have or list is no one's conduct)
    ["The ordinance requires every vehicle to carry a fire extinguisher.",
     "The Harbor Act requires each label to list the ingredients."],
)
def test_extract_session_31_what_each_thing_must_have_is_no_conduct(nlp, text):
    entities, _relations, _x = run(nlp, text, "a.md")
    assert not any(e.category in {"Actor", "Behaviour"} for e in entities.values()), sorted(entities)


@pytest.mark.parametrize(
    ("text", "expected", "apart"),
    [
        # "the ordinance" right after new rules the text tells of being made is those rules
        ("# Council limits rentals\n\nThe Port Alden City Council voted to approve some of the toughest short-term "
         "rental rules on the coast.\n\nThe ordinance, which takes effect March 1, requires hosts to register with the "
         "city. Greg Mott said the ordinance would mean a loss of income for retirees.\n",
         ("greg mott", "raisesConcern", "loss of income"), "toughest short-term rental rules"),
        # (a policy named between them breaks the chain)
        ("# Council limits rentals\n\nThe council voted to approve new short-term rental rules. It also extended the "
         "Harbor Parking Ordinance.\n\nThe ordinance requires hosts to register with the city. Greg Mott opposed the "
         "ordinance.\n", ("greg mott", "criticizes", "harbor parking ordinance"), None),
    ],
)
def test_extract_session_31_the_kind_after_its_making(nlp, text, expected, apart):
    entities, relations, _x = run(nlp, text, "news.md")
    assert expected in relations, sorted(relations)
    policies = [e for e in entities.values() if e.category == "Policy"]
    assert len(policies) == (1 if apart else 2), sorted(entities)
    assert apart is None or apart in {n.lower() for n in (policies[0].label, *policies[0].aliases)}, policies


def test_extract_session_31_review_two_plans_opened_by_one_figure_stay_two(nlp):
    entities, relations, _x = run(nlp, "The City Council adopted the 10-Year Plan in May. The Port Commission released "
                                       "the proposed 10-Year Harbor Plan in June. The 10-Year Plan requires developers "
                                       "to build units.", "a.md")
    assert {"10-year plan", "10-year harbor plan"} <= set(entities), sorted(entities)
    assert ("10-year plan", "issuedBy", "port commission") not in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # (review) what a thing must have, carry, meet or undergo is no one's conduct, plural or not
        ("A separate rule requires vehicles to carry a fire extinguisher.", "vehicles"),
        ("The code requires buildings to meet seismic standards.", "buildings"),
        ("The rule requires vessels to undergo costly retrofits.", "vessels"),
        # (review) a finite verb after the infinitive is what the policy does
        ("The ordinance requires every host to register with the city and caps rentals at 90 nights a year.",
         "caps rentals"),
    ],
)
def test_extract_session_31_review_no_doer_where_a_thing_must_have(nlp, text, absent):
    entities, _relations, _x = run(nlp, text, "a.md")
    assert absent not in entities, sorted(entities)


@pytest.mark.parametrize(
    "middle",
    # (second review) a phrase or clause that tells of this ordinance's making or form keeps it the one made
    ["The ordinance in its final form requires hosts to register.",
     "The ordinance that the council approved requires hosts to register.",
     "The ordinance adopted Tuesday requires hosts to register."],
)
def test_extract_session_31_review_the_ordinance_described_is_still_the_one(nlp, middle):
    entities, _relations, _x = run(nlp, "The council voted to approve new short-term rental rules. " + middle
                                   + " Greg Mott opposed the ordinance.", "news.md")
    assert len([e for e in entities.values() if e.category == "Policy"]) == 1, sorted(entities)


def test_extract_session_31_review_the_ordinance_they_replace_is_another(nlp):
    entities, relations, _x = run(nlp, "The City Council voted on Tuesday to approve new short-term rental rules. The "
                                       "ordinance they replace, passed in 2015, let hosts rent for any number of nights. "
                                       "The Hotel Workers Union had long criticized the ordinance.", "news.md")
    assert ("hotel workers union", "criticizes", "short-term rental rules") not in relations, sorted(relations)
    assert "short-term rental rules" in entities, sorted(entities)


def test_extract_session_31_review_a_body_named_before_its_address_stays(nlp):
    entities, relations, _x = run(nlp, "The Rent Board issued the Buyout Disclosure Rule in May. The rule requires "
                                       "landlords to disclose buyout offers.\n\nContact the Rent Board: "
                                       "rentboard@sf.example.org\n", "a.md")
    assert ("buyout disclosure rule", "issuedBy", "rent board") in relations, sorted(relations)


def test_extract_session_31_an_incentive_named_is_a_policy(nlp):
    _entities, relations, _x = run(nlp, "The Film and Television Production Incentive, created in 2016, gives production "
                                        "companies a refundable tax credit. Productions earn an extra 5 percent if they "
                                        "film in one of the state's rural counties.", "a.md")
    assert any(s == "film and television production incentive" and p == "rewards" for s, p, _o in relations), \
        sorted(relations)


_OPED = ("OPINION\n\nThe harbor fee is a bad deal\n\nBy Rachel Donovan\n\nRachel Donovan is a senior fellow at the "
         "Granite Institute.\n\nThe Harbor Fee Program, created in 2016, charges boaters a fee. ")


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        # an opinion piece's writer voices the worries no one else is said to, about the policy argued over
        ("There is also a transparency problem.", {("rachel donovan", "raisesConcern", "transparency problem"),
                                                   ("transparency problem", "concernAbout", "harbor fee program"),
                                                   ("rachel donovan", "criticizes", "harbor fee program")}, ""),
        ("That is a poor return by any measure.", {("rachel donovan", "raisesConcern", "poor return")}, ""),
        # (a scale word is no judgement of its own: the writer may hope for "lower tax rates")
        ("A simpler code with lower tax rates would do more for growth.", set(), "lower tax rates"),
        # (a worry someone else voices stays theirs)
        ("Marina owners warn of excessive fees for small boats.",
         {("marina owners", "raisesConcern", "excessive fees")}, ""),
    ],
)
def test_extract_session_31_an_opinion_writer_voices_the_worries(nlp, body, expected, absent):
    entities, relations, _x = run(nlp, _OPED + body + "\n", "oped.txt")
    assert expected <= relations, sorted(relations)
    assert not absent or absent not in entities, sorted(entities)
    if "marina owners" in body:
        assert not any(s == "rachel donovan" and p == "raisesConcern" for s, p, _o in relations), sorted(relations)


def test_extract_session_31_a_news_writer_voices_nothing(nlp):
    _entities, relations, _x = run(nlp, "Harbor fee approved\n\nBy Lena Fairbairn\n\nLena Fairbairn covers City Hall.\n\n"
                                        "The Harbor Fee Program, created in 2016, charges boaters a fee. That is a poor "
                                        "return by any measure.\n", "news.txt")
    assert not any(s == "lena fairbairn" for s, _p, _o in relations), sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "they" opening a sentence is who the sentence before had as its subject
        ("The Department adopted the Harbor Rule in March. Clearwater Riverkeepers and the Prairie Air Alliance "
         "petitioned for review. They warned that the Harbor Rule would raise costs for small marinas.",
         {("clearwater riverkeepers", "raisesConcern", "raise costs"),
          ("prairie air alliance", "raisesConcern", "raise costs")}, None),
        ("The Department adopted the Harbor Rule in March. Two groups, Clearwater Riverkeepers and the Prairie Air "
         "Alliance, petitioned for review. They argued that the lack of public participation in the Harbor Rule "
         "violates the law.", {("clearwater riverkeepers", "raisesConcern", "lack of public participation")}, None),
        # (a subject that is no actor gives "they" no one; nor does a "they" inside the sentence)
        ("The Harbor Rule limits mooring. The rules took effect in May. They warned that the rules would raise costs.",
         set(), "raisesConcern"),
    ],
)
def test_extract_session_31_they_are_the_subject_before(nlp, text, expected, absent):
    _entities, relations, _x = run(nlp, text, "a.md")
    assert expected <= relations, sorted(relations)
    assert absent is None or not any(p == absent for _s, p, _o in relations), sorted(relations)


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # (review) a writer who backs the policy raises no worry about it
        (_OPED.replace("bad deal", "good deal") + "For years, boaters faced excessive fees at private docks. I applaud "
                                                   "the council.\n", "rachel donovan"),
        # (review) a quotation is another's words, whatever verb brings it
        (_OPED + 'Marina owners called it "a poorly designed rule with inadequate exceptions." I disagree.\n',
         "rachel donovan"),
        # (review) "Opinion poll" opens no opinion piece
        ("Opinion poll: voters back the harbor fee\n\nBy Beth Morgan\n\nBeth Morgan covers the harbor.\n\nThe Harbor Fee "
         "Program, created in 2016, charges boaters a fee. That is a poor return by any measure.\n", "beth morgan"),
    ],
)
def test_extract_session_31_review_no_worry_for_a_writer_who_backs_or_quotes(nlp, text, writer):
    _entities, relations, _x = run(nlp, text, "oped.txt")
    assert not any(s == writer and p in {"raisesConcern", "criticizes"} for s, p, _o in relations), sorted(relations)


def test_extract_asked_not_to_make_a_policy_is_no_support(nlp):
    _entities, relations, _ = run(nlp, "# Harbours\n\nThe Sierra League urged the Governor not to sign the Clean "
                                       "Harbours Act.\n")
    assert ("sierra league", "supports", "clean harbours act") not in relations
    assert ("clean harbours act", "issuedBy", "governor") not in relations


_WE_WORRY = "We are concerned that the mooring deposit will price out students and pensioners."


@pytest.mark.parametrize(
    ("header", "worry", "voiced"),
    [
        ("# Press Statement: Harbor Law Turns a Right into a Privilege\n\n**Harbor Freedoms Watch | For immediate "
         "release**\n\n", _WE_WORRY, True),
        ("# Press release\n\nHarbor Freedoms Watch | 4 March\n\n", _WE_WORRY, True),
        # without the marks of a release in its header, "we" stays no one; nor is the issuer the body its first
        # paragraph names (it may be the one the release is about)
        ("# Harbor Law Turns a Right into a Privilege\n\n", _WE_WORRY, False),
        ("# Press release\n\n", _WE_WORRY, False),
        # a release that never says "we" reports; the worries it states are no one's
        ("# Press release\n\nHarbor Freedoms Watch | 4 March\n\n",
         "The mooring deposit risks pricing out students and pensioners.", False),
    ],
)
def test_extract_a_press_releases_we_is_the_body_that_issues_it(nlp, header, worry, voiced):
    text = header + ("Harbor Freedoms Watch condemns the Public Moorings Act, which the council passed on Thursday. "
                     + worry + "\n")
    _entities, relations, _ = run(nlp, text)
    raised = {(s, o) for s, p, o in relations if p == "raisesConcern"}
    assert any(s == "harbor freedoms watch" for s, _o in raised) is voiced, sorted(relations)


def test_extract_a_quoted_we_is_not_the_releases_issuer(nlp):
    text = ("# Press release\n\nHarbor Freedoms Watch | 4 March\n\nHarbor Freedoms Watch welcomes the Public Moorings "
            "Act. We urge the council to fund it.\n\n\"We oppose the Public Moorings Act,\" said Maria Lopez, president "
            "of the Farmers Union.\n")
    _entities, relations, _ = run(nlp, text)
    assert ("harbor freedoms watch", "criticizes", "public moorings act") not in relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of "-ing" acts said to be banned, opening the sentence: each is banned under the rule
        ("# Drought news\n\nThe Fenwick Water Authority adopted the Drought Rule on Monday. Under the Drought Rule, "
         "washing cars is banned. Filling swimming pools and hosing down driveways are banned outright.\n",
         {("drought rule", "penalizes", "washing cars"), ("drought rule", "penalizes", "filling swimming pools"),
          ("drought rule", "penalizes", "hosing down driveways")}),
        # the same list after an opening phrase, where the parse hangs the first act on the comma
        ("# Drought news\n\nThe Fenwick Water Authority adopted the Drought Rule. Under the Drought Rule, filling "
         "swimming pools and hosing down driveways are banned outright.\n",
         {("drought rule", "penalizes", "filling swimming pools"),
          ("drought rule", "penalizes", "hosing down driveways")}),
    ],
)
def test_extract_acts_a_rule_bans_in_a_list_of_gerunds(nlp, text, expected):
    _entities, relations, _x = run(nlp, text)
    assert expected <= relations


BRIEF = """# Fares and Footfall: Evidence from the Harbor City Youth Pass Program

**Dana Whitfield and Omar Castillo**
*Institute for Urban Policy, Lakeside University — Working Paper No. 7*

## Summary

In 2022 the Harbor City Transit Authority launched the Youth Pass program and the Late Fare Penalty program. \
We find that the Youth Pass raised ridership among teenagers by 12 percent. \
We recommend that the Authority extend the Youth Pass program and end the Late Fare Penalty program.
"""


def test_extract_a_brief_s_we_is_its_authors_named_under_the_title(nlp):
    # the line of names under the title is its authors: they are kept, and "we recommend" is theirs
    entities, relations, _x = run(nlp, BRIEF)
    assert {"dana whitfield", "omar castillo"} <= set(entities)
    assert {("dana whitfield", "supports", "youth pass program"), ("omar castillo", "supports", "youth pass program"),
            ("dana whitfield", "criticizes", "late fare penalty program")} <= relations
    # keeping or ending a named programme is a stance, not conduct the programme governs
    assert not any(e.category == "Behaviour" for e in entities.values())



@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("We reviewed fuel sales at 40 marinas.", "reviewed", True),
        ("We recommend that the Commission act.", "recommend", True),
        # a study's findings in the present: a "that" clause, or what is found
        ("We find that the pass raised ridership.", "find", True),
        ("We estimate 4,000 vendors in the city.", "estimate", True),
        # a letter's feelings, and a body describing its work, report no study
        ("We find it troubling that fees keep rising.", "find", False),
        ("We all find ourselves paying more for fuel.", "find", False),
        ("We review every complaint within a week.", "review", False),
    ],
)
def test_extract_reports(nlp, text, verb, expected):
    from policygraph.extract import reports
    assert reports(word(nlp, text, verb)) is expected


@pytest.mark.parametrize(
    ("text", "verb", "acts"),
    [
        # what a verb of asking asks done: an infinitive, or a "that" clause in the base form, each act of a list
        ("The council urged the city to expand the program and to repeal the fine.", "urged", ["expand", "repeal"]),
        ("We recommend that the district keep the rewards and end the fines.", "recommend", ["keep", "end"]),
        ("We recommended that the district should keep the rewards.", "recommended", ["keep"]),
        # a finding reported with "that" asks nothing done, nor does a question
        ("The auditor recommends that the district reviews its rules.", "recommends", []),
        ("The association asked whether parents support the Truancy Fine Program.", "asked", []),
        ("The association asked why schools keep the Truancy Fine Program.", "asked", []),
        ("The association asked how many families oppose the Truancy Fine Program.", "asked", []),
        # a condition or an aside before the request's verb leaves it a request
        ("The institute recommended that, if funding allows, the district keep the Rewards program.", "recommended",
         ["keep"]),
        ("We recommend that the district, which runs 40 schools, end the Truancy Fine program.", "recommend", ["end"]),
        ("We recommend that the district will keep the rewards.", "recommend", []),
    ],
)
def test_relations_acts_asked(nlp, text, verb, acts):
    from policygraph.extract.relations import acts_asked
    assert [t.text for t in acts_asked(word(nlp, text, verb))] == acts


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        # a hyphenated word before a policy's kind noun is part of its name, however the parse hangs its parts
        ("# Lending news\n\nThe department adopted the rate cap and the rule's ability-to-repay requirement. Lenders "
         "must verify income under the ability-to-repay requirement.\n", "ability-to-repay requirement"),
        ("# Transit news\n\nThe city adopted a pay-as-you-go plan for buses. Under the pay-as-you-go plan, riders must "
         "tap a card.\n", "pay-as-you-go plan"),
    ],
)
def test_extract_a_policy_named_by_a_hyphenated_word(nlp, text, policy):
    entities, _relations, _x = run(nlp, text)
    assert policy in entities and entities[policy].category == "Policy"


def test_extract_a_name_with_a_capital_inside_is_of_the_kind_it_is_said_to_be(nlp):
    # "HomeStart is a ... program": a name written with a capital inside it is a name, of its description's class
    entities, relations, _x = run(nlp, "# Housing news\n\nThe agency runs HomeStart. HomeStart is a down payment "
                                       "assistance program. The Maplewood Association of Realtors supports "
                                       "HomeStart.\n")
    assert entities["homestart"].category == "Policy"
    assert ("maplewood association of realtors", "supports", "homestart") in relations


def test_extract_a_letter_from_a_body_that_reviewed_a_proposal_voices_its_own_worries(nlp):
    # a "From:" letter that says what it reviewed is no study: the worries its body states are the writer's
    text = ("# Comments on the Attendance Proposal\n\n**From:** Oakdale Parents Union\n**To:** Oakdale School Board\n\n"
            "We reviewed the Attendance Fine Proposal in detail. The Attendance Fine Proposal would create confusion "
            "among parents and raises privacy concerns for families.\n")
    _entities, relations, _x = run(nlp, text)
    assert any(s == "oakdale parents union" and p == "raisesConcern" for s, p, _o in relations), relations


LETTER_WITH_LISTED_WORRIES = """# Open Letter on the Draft Drone Policy

**To:** Chief Ana Ruiz, Harbor Police Department

Dear Chief Ruiz,

We write on behalf of the Harbor Civil Liberties Union to comment on the department's Draft Drone Policy.

## Our concerns

1. **Misidentification.** Cameras misread faces at night.
2. **Lack of transparency.** The policy lets the department withhold flight logs.

Sincerely,

Dana Whitfield
Director, Harbor Civil Liberties Union
"""


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # a letter's list under a heading of its worries: each labelled worry is the writers', about the policy
        (LETTER_WITH_LISTED_WORRIES, True),
        # under another heading the labels are no worries of the writers
        (LETTER_WITH_LISTED_WORRIES.replace("## Our concerns", "## Our reading"), False),
    ],
)
def test_extract_a_letter_s_listed_worries_are_its_writers(nlp, text, raised):
    _entities, relations, _x = run(nlp, text)
    assert (("harbor civil liberties union", "raisesConcern", "lack of transparency") in relations) is raised
    assert (("lack of transparency", "concernAbout", "drone policy") in relations) is raised


def test_extract_a_hyphenated_word_before_a_class_of_people_is_not_theirs(nlp):
    entities, _relations, _x = run(nlp, "# Lobbying\n\nCritics noted how much face-to-face access state legislators "
                                        "give lobbyists. Legislators must pass the Privacy Act.\n")
    assert not any(n.startswith("face-to-face") for e in entities.values() for n in (e.label, *e.aliases)), entities


@pytest.mark.parametrize(("text", "writer"), [
    # a blog post its byline signs, the writer speaking in their own voice: "I" is the writer, named or not
    ("# The Mooring Levy Is the Wrong Fix\n\n*By Nadia Ferreira, Harbor Policy Fellow*\n\nThe Harbor Board adopted "
     "the Mooring Levy in May. I think the Mooring Levy will do little for the bay. I worry about higher costs for "
     "small marinas.\n", "nadia ferreira"),
    # a news story's "I" is only ever inside someone's quoted words: no writer to add
    ("# Board adopts mooring levy\n\n*By Nadia Ferreira*\n\nThe Harbor Board adopted the Mooring Levy in May. \"I "
     "think the levy is fair,\" said Tom Reyes. \"I worry about costs,\" said Ana Ruiz.\n", ""),
    # a question asked in the first person is the reader's ("Can I appeal?"), not a writer's voice
    ("# Mooring Levy FAQ\n\n*By Nadia Ferreira*\n\nCan I appeal the Mooring Levy? How do I pay it? The Harbor Board "
     "adopted the Mooring Levy in May.\n", ""),
    # a roman numeral is no "I"; an interview's "I" answers its questions
    ("# Title I schools\n\n*By Nadia Ferreira*\n\nTitle I schools must report test scores under the Harbor Act. "
     "Title I funds may not pay for sports. Phase I of the plan starts in May.\n", ""),
    ("# Ten questions on the Mooring Levy\n\n*By Nadia Ferreira*\n\nWhat does the levy do?\n\nI think it shifts "
     "costs to small marinas. I worry about higher fees.\n\nWho opposes it?\n\nI know many owners who do.\n", ""),
])
def test_extract_the_writer_of_a_signed_piece_in_their_own_voice_is_an_actor(nlp, text, writer):
    entities, relations, _x = run(nlp, text)
    people = sorted(k for k, e in entities.items() if e.subclass == "Person")
    if writer:
        assert writer in people, people
        assert any(s == writer and p == "raisesConcern" for s, p, _o in relations), sorted(relations)
    else:
        assert "nadia ferreira" not in people, people


def test_extract_who_renews_the_licence_a_policy_grants_holds_it_and_issues_nothing(nlp):
    _entities, relations, _x = run(nlp, "# Clean Boats Ordinance\n\nThe council adopted the Clean Boats Ordinance. "
                                        "Boat owners must renew the licence every year. The Harbor Office will "
                                        "renew the permit within ten days.\n")
    issuers = sorted(o for _s, p, o in relations if p == "issuedBy")
    assert "boat owners" not in issuers and "council" in issuers, issuers


def test_extract_a_city_that_issues_licences_their_holders_renew_issues_them(nlp):
    _entities, relations, _x = run(nlp, "# Rentals\n\nThe city issues short-term rental licences for one year. Hosts "
                                        "must renew the licence every year.\n")
    assert ("short-term rental licences", "issuedBy", "city") in relations, sorted(relations)


def test_extract_a_header_s_bill_and_short_title_fields_name_one_bill(nlp):
    entities, _relations, _x = run(nlp, "FISCAL NOTE\n\nBill:           House Bill 1187 (Second Reprint)\n"
                                        "Short title:    Harbor Mooring Fairness Act\n"
                                        "Sponsor:        Representative Ana Ruiz\n\nHB 1187 "
                                        "amends the Harbor Code to regulate marinas. The bill adds a new Chapter 27B, "
                                        "the Harbor Mooring Fairness Act, to the Code.\n", name="note.txt")
    policies = sorted(k for k, e in entities.items() if e.category == "Policy")
    assert policies == ["harbor code", "harbor mooring fairness act"], policies
    assert "HB 1187" in entities["harbor mooring fairness act"].aliases



def test_extract_a_header_s_citation_field_is_the_law_amended_not_the_bill(nlp):
    entities, _relations, _x = run(nlp, "BILL ANALYSIS\n\nBill:      Senate Bill 44\nCitation:  Clean Harbor Act\n\n"
                                        "Senate Bill 44 amends the Clean Harbor Act to require marinas to report "
                                        "fuel spills. The bill would also require the Harbor Office to publish "
                                        "each report on its website within thirty days.\n", name="analysis.txt")
    policies = sorted(k for k, e in entities.items() if e.category == "Policy")
    assert "clean harbor act" in policies and len(policies) == 2, policies



def test_extract_a_plural_acronym_s_singular_is_the_same_actor(nlp):
    entities, relations, _x = run(nlp, "# Fuel Note\n\nHB 1187 regulates how marina fuel suppliers (MFSs) price "
                                        "diesel.\n\nMFSs must register with the Harbor Office. An MFS may not charge "
                                        "dock fees.\n")
    actor = entities["marina fuel suppliers"]
    assert {"MFSs", "MFS"} <= set(actor.aliases), actor.aliases
    assert ("charge dock fees", "performedBy", "marina fuel suppliers") in relations, sorted(relations)


@pytest.mark.parametrize(("sentence", "enforcer"), [
    ("The Harbor Office may impose a fine of $500 for each violation.", "harbor office"),
    ("The Harbor Commissioner may impose a civil penalty of up to $500 for each violation.", "harbor commissioner"),
    ("The Harbor Office may issue a warning and impose a fine of $500 for each violation.", "harbor office"),
    # a sanction asked for, denied, or imposed by a business is no enforcement of the rule
    ("Critics urged the Harbor Office to impose fines on polluters.", ""),
    ("The Harbor Office did not impose a single fine last year.", ""),
    ("Marina operators may impose a penalty for late payment.", ""),
])
def test_extract_who_imposes_a_policy_s_sanctions_enforces_it(nlp, sentence, enforcer):
    _entities, relations, _x = run(nlp, "# Clean Boats Rule\n\nThe Clean Boats Rule bans dumping in the bay. "
                                        f"{sentence}\n")
    issuers = sorted(o for s, p, o in relations if p == "issuedBy" and s == "clean boats rule")
    assert issuers == ([enforcer] if enforcer else []), issuers


@pytest.mark.parametrize("sentence", [
    # a court applies the law; a state's sanctions and a fine once issued for something else enforce no rule of its
    "A federal judge imposed a penalty of $3 million on Acme Chemical for dumping waste.",
    "The United States imposed sanctions on Iran last year.",
    "Separately, the county health department issued a fine to a restaurant for rodent violations.",
])
def test_extract_a_sanction_imposed_elsewhere_enforces_no_rule_of_the_article(nlp, sentence):
    _entities, relations, _x = run(nlp, "# Clean Boats Rule\n\nThe Clean Boats Rule bans dumping in the bay. "
                                        f"{sentence}\n")
    assert not [o for s, p, o in relations if p == "issuedBy" and s == "clean boats rule"], sorted(relations)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The teachers union backed the change.", {("teachers union", "supports", "four-day week plan")}),
    ("The Harbor Parents Association opposes the switch.",
     {("harbor parents association", "criticizes", "four-day week plan")}),
    # a change said to be another's is none of the plan's, nor is a decision (a court's, a board's)
    ("The teachers union backed the change in leadership.", set()),
    ("A state court struck down a rival plan in May. The teachers union opposed the decision.", set()),
])
def test_extract_the_change_a_story_on_one_plan_calls_back_is_that_plan(nlp, sentence, expected):
    _entities, relations, _x = run(nlp, "# Four-day week\n\nThe district board adopted the Four-Day Week Plan last "
                                        f"spring. {sentence}\n")
    stances = {(s, p, o) for s, p, o in relations if p in {"supports", "criticizes"}}
    assert stances == expected, sorted(relations)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Harbor Traders Association's concerns about lost revenue are real.",
     {("harbor traders association", "raisesConcern", "lost revenue")}),
    ("The Harbor Traders Association's fears over higher dock fees grew.",
     {("harbor traders association", "raisesConcern", "higher dock fees")}),
    # a worry no one is said to hold is no one's
    ("Concerns about lost revenue are real.", set()),
])
def test_extract_whose_worry_it_is_its_possessor_says(nlp, sentence, expected):
    _entities, relations, _x = run(nlp, f"# Ads\n\nThe council adopted the Junk Food Advert Ban in May. {sentence}\n")
    assert {(s, p, o) for s, p, o in relations if p == "raisesConcern"} == expected, sorted(relations)


@pytest.mark.parametrize(("sentence", "conduct"), [
    # a body bound to enforce or run the policy runs it: its issuer, not conduct the policy governs
    ("The Health Department shall enforce this ordinance.", None),
    ("The Harbor Office must administer the program fairly.", None),
    # a body bound to do something else owes conduct, and so do people bound to enforce it
    ("The Health Department shall inspect each cart twice a year.", "inspect each cart"),
    ("Market managers must enforce this ordinance at every stall.", "enforce this ordinance"),
])
def test_extract_a_body_bound_to_run_the_policy_owes_no_conduct(nlp, sentence, conduct):
    entities, relations, _x = run(nlp, "# Vending Ordinance\n\nThe council adopted the Mobile Food Vending Ordinance. "
                                       f"{sentence}\n")
    behaviours = sorted(k for k, e in entities.items() if e.category == "Behaviour")
    assert behaviours == ([conduct] if conduct else []), behaviours


@pytest.mark.parametrize(("text", "merged"), [
    ("The Harbor Sports Code 2025 took effect in May. The Harbor Sports Code binds every club.", True),
    # (found in review) a bare name told apart as another version is not the dated one
    ("The Harbor Sports Code 2025 replaces the old Harbor Sports Code. The Harbor Sports Code bound every club.",
     False),
    # dated with two years, the bare name may be either
    ("The Harbor Sports Code 2024 was replaced by the Harbor Sports Code 2025. The Harbor Sports Code binds clubs.",
     False),
])
def test_extract_a_name_dated_with_one_year_is_that_name(nlp, text, merged):
    entities, _, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert ("harbor sports code" not in entities) == merged, sorted(entities)


@pytest.mark.parametrize(("text", "label"), [
    # a bracket opening with "the" and holding words of the name before it defines its short name
    ("The Harbor Credit (Deferred Payment) Amendment Regulations 2025 (the Amendment Regulations) took effect in "
     "May. Under the Amendment Regulations, lenders must assess affordability.",
     "Harbor Credit (Deferred Payment) Amendment Regulations 2025"),
    ('The league adopted the Harbor Anti-Doping Code (the "Code") in May. Under the Code, players must file reports.',
     "Harbor Anti-Doping Code"),
])
def test_extract_a_bracketed_definition_is_the_policy_s_short_name(nlp, text, label):
    entities, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    policies = [e for e in entities.values() if e.category == "Policy"]
    assert [p.label for p in policies] == [label], sorted(entities)


def test_extract_a_bracketed_description_with_other_words_is_no_definition(nlp):
    from policygraph.extract import defines_short_name
    doc = nlp("the Harbor Anti-Doping Code (the Old Code) and the Harbor Rules (the Rules) and the Dock Act (Dock Act)")
    opens = [t.i for t in doc if t.text == "("]
    closes = [t.i for t in doc if t.text == ")"]
    assert [defines_short_name(doc, o, c, name) for o, c, name in zip(
        opens, closes, ["Harbor Anti-Doping Code", "Harbor Rules", "Dock Act"])] == [False, True, False]


@pytest.mark.parametrize("text", [
    # a person introducing a bill makes no part of anything; what is inserted into a law is no part of the inserter
    "Senator Ruiz introduced the Clean Water Bill in May.",
    "The Dock Amendment Rules insert the Night Berth Program into the Harbor Safety Act.",
    "The Harbor Levy does not form part of the Clean Harbor Scheme.",
])
def test_extract_no_part_where_none_is_made(nlp, text):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert not {(s, o) for s, p, o in relations if p == "partOf"} - {("night berth program", "harbor safety act")}, \
        sorted(relations)



@pytest.mark.parametrize(("text", "kept"), [
    # (found in review) a class regulated by a policy whose name ends in it stays a class of people
    ("The Code of Practice for Builders took effect in May. Builders must give clients a written quote.", "builders"),
    ("The Heat Stress Guidance for Employers took effect. Employers must provide shade and water.", "employers"),
])
def test_extract_a_plural_class_is_no_short_name_of_a_policy(nlp, text, kept):
    entities, _, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert kept in entities, sorted(entities)


@pytest.mark.parametrize(("text", "label"), [
    # (found in review) a federal body's acronym is not a state body's
    ("The Calloway Department of Transportation runs the Road Safety Program. A memo from the federal DOT backed the "
     "Road Safety Program.", "DOT"),
])
def test_extract_a_national_acronym_is_not_a_state_body(nlp, text, label):
    entities, _, _ = run(nlp, "Policy note\n\n" + text + "\n")
    state = entities["calloway department of transportation"]
    assert label not in state.aliases, state


@pytest.mark.parametrize(("text", "expected"), [
    # a guide addressed in its title to a class of readers binds that class when it says "you must"
    ("# Dock permits: questions and answers for boat owners\n\nUnder the Dock Rule, you must register your boat.\n",
     ("register your boat", "performedBy", "boat owners")),
    ("# Dock permits: what marina operators need to know\n\nUnder the Dock Rule, you must post the fees.\n",
     ("post the fees", "performedBy", "marina operators")),
])
def test_extract_you_in_a_guide_for_a_class_is_that_class(nlp, text, expected):
    _entities, relations, _x = run(nlp, text)
    assert expected in relations, sorted(relations)


@pytest.mark.parametrize("text", [
    # a title addressed to no class of people, or no duty on "you": nobody
    "# Dock permits in 2025\n\nUnder the Dock Rule, you must register your boat.\n",
    "# Dock permits: a guide for boat owners\n\nYou can read the Dock Rule online.\n",
])
def test_extract_you_with_no_addressed_class_binds_no_one(nlp, text):
    _entities, relations, _x = run(nlp, text)
    assert not [r for r in relations if r[1] == "performedBy"], sorted(relations)


@pytest.mark.parametrize(
    "text, business, short",
    [
        # a business's first words, written as a name of their own, are that business
        ("# Fine\n\nThe commission fined Silver Delta Resorts, Inc. in May. Silver Delta failed to file reports.\n",
         "silver delta resorts, inc.", "Silver Delta"),
        ("# Fine\n\nRegulators sued Blue Harbor Marina Services LLC. Blue Harbor Marina must refund fees.\n",
         "blue harbor marina services llc", "Blue Harbor Marina"),
    ],
)
def test_extract_a_business_by_its_first_words(nlp, text, business, short):
    entities, _relations, _x = run(nlp, text)
    assert short in entities[business].aliases and short.lower() not in entities


@pytest.mark.parametrize(
    "text, place",
    [
        # a business's first words that name a place are the place
        ("# Fine\n\nGreat Lakes Shipping, Inc. was fined under the Clean Water Act for dumping ballast water. Officials "
         "said the Great Lakes are at risk under the Clean Water Act.\n", "Great Lakes"),
        ("# Fine\n\nNew York Life Insurance Co. must refund premiums under the Disclosure Rule. New York adopted the "
         "Disclosure Rule in 2020.\n", "New York"),
    ],
)
def test_extract_a_business_s_first_words_naming_a_place(nlp, text, place):
    _entities, _relations, x = run(nlp, text)
    assert not any(place in e.aliases for e in x.entities)


def test_extract_first_words_that_begin_another_name_are_not_the_business(nlp):
    _entities, _relations, x = run(nlp, "# Fine\n\nSilver Delta Resorts, Inc. must file cash reports under the Gaming Act. "
                                        "Inspectors visited the Silver Delta Casino in Riverbend.\n")
    business = next(e for e in x.entities if e.label.startswith("Silver Delta Resorts"))
    assert "Silver Delta" not in business.aliases


@pytest.mark.parametrize(
    "text, expected",
    [
        # what an audit or a regulator found someone did, listed under "found that X:", is X's conduct
        ("# Fine\n\nThe commission fined Silver Delta Resorts, Inc. under the Gaming Act. It found that, in 2024, "
         "Silver Delta Resorts:\n\n- failed to file 57 cash reports;\n- failed to train its staff.\n",
         ("file 57 cash reports", "performedBy", "silver delta resorts, inc.")),
        ("# Audit\n\nThe State Auditor reviewed the Workforce Grant Program. The audit found that the Department of "
         "Labor:\n\n- failed to verify course completion;\n- failed to recover overpayments.\n",
         ("recover overpayments", "performedBy", "department of labor")),
        # what someone is said to have broken a policy by doing is conduct the policy forbids
        ("# Release\n\nThe regulator sued Harbor Dialers Ltd. The regulator alleges the company breached the "
         "Telemarketing Act by:\n\n- calling numbers without consent;\n- transmitting false caller ID information.\n",
         ("telemarketing act", "penalizes", "transmitting false caller id information")),
        # each offence of an item's own list, under "the following conduct is prohibited ...:"
        ("# Code\n\nThe Player Conduct Policy sets penalties. The following conduct is prohibited and subject to "
         "discipline:\n\n- domestic violence, sexual assault and harassment;\n- use of steroids.\n",
         ("player conduct policy", "penalizes", "sexual assault")),
        ("# Code\n\nThe Player Conduct Policy sets penalties. Under the Policy, violations include:\n\n- use of "
         "steroids;\n- physical contact with an official.\n", ("player conduct policy", "penalizes", "use of steroids")),
        # conduct called an unlawful thing is penalized, whatever the thing's noun ("increase") says
        ("# Rent\n\nUnder the Rent Code, charging rent above the legal cap is an illegal rent increase.\n",
         ("rent code", "penalizes", "charging rent above the legal cap")),
    ],
)
def test_extract_conduct_listed_as_found(nlp, text, expected):
    _entities, relations, _x = run(nlp, text)
    assert expected in relations


@pytest.mark.parametrize(
    "text, conduct, absent",
    [
        # gerunds joined by "or" before one object are one act, named whole
        ("# Rules\n\nThe Camera Code bans deleting or altering footage.\n", "deleting or altering footage",
         "altering footage"),
        ("# Rules\n\nThe Harbor Code prohibits selling or leasing boats.\n", "selling or leasing boats", "leasing boats"),
        # three gerunds, the first read as a noun after "from"
        ("# Rules\n\nStudents are prohibited from recording, photographing or filming other students under the "
         "Conduct Code.\n", "recording, photographing or filming other students", "filming other students"),
        # after an opening phrase and its comma, the list is the subject of the ban
        ("# Rules\n\nUnder the Heat Standard, dismissing, demoting or otherwise penalising a worker would be "
         "prohibited.\n", "dismissing, demoting or otherwise penalising a worker", "penalising a worker"),
    ],
)
def test_extract_gerunds_sharing_an_object_are_one_behaviour(nlp, text, conduct, absent):
    entities, relations, _x = run(nlp, text)
    assert entities[conduct].category == "Behaviour" and absent not in entities


@pytest.mark.parametrize(
    "text, name",
    [
        # a capitalised plural with a bare apostrophe names the members, part of their body's name
        ("# Union\n\nThe Port Halvern Police Officers' Association opposes the Camera Rule.\n",
         "port halvern police officers' association"),
        ("# Union\n\nThe Greenfield Tenants' Union opposes the Rent Act.\n", "greenfield tenants' union"),
        ("# Union\n\nThe State Nurses' Association supports the Staffing Act.\n", "state nurses' association"),
    ],
)
def test_extract_members_named_inside_a_body_s_name(nlp, text, name):
    entities, _relations, _x = run(nlp, text)
    assert entities[name].category == "Actor" and "association" not in entities and "union" not in entities


def test_extract_a_body_s_possessive_still_owns_its_part(nlp):
    entities, _relations, _x = run(nlp, "# Wages\n\nThe Department of Labor's Wage and Hour Division enforces the "
                                        "Wage Act.\n")
    assert "wage and hour division" in entities


def test_extract_attesting_one_s_own_compliance_issues_nothing(nlp):
    _entities, relations, _x = run(nlp, "# Code\n\nManagers must certify their compliance with the Code of Conduct "
                                        "each year.\n")
    assert ("code of conduct", "evaluates", "managers") in relations, sorted(relations)
    assert ("code of conduct", "issuedBy", "managers") not in relations, sorted(relations)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a wrong "of" a policy keeps the policy it names
        ("# Fine\n\nThe agency fined Harbor Chemical Corp. for dumping waste in breach of the Clean Water Act.\n",
         "clean water act", None),
        # a list intro denying the breach, or naming exceptions, bans nothing
        ("# Ruling\n\nThe court ruled the companies had not breached the Telemarketing Act by:\n\n- calling numbers "
         "on the register;\n- using recorded messages.\n", "telemarketing act",
         ("telemarketing act", "penalizes", "calling numbers")),
        ("# Parks\n\nUnder the Parks Code, the following activities are not allowed except:\n\n- fishing from the "
         "pier;\n- camping in marked sites.\n", "parks code", ("parks code", "penalizes", "fishing from the pier")),
    ],
)
def test_extract_what_a_list_intro_or_a_wrong_names_without_a_ban(nlp, text, present, absent):
    entities, relations, _x = run(nlp, text)
    assert present in entities and (absent is None or absent not in relations), sorted(relations)


def test_extract_parts_walked_through_stay_parts_when_one_is_cited(nlp):
    text = ("# Pension Reform Act\n\nThe Pension Reform Act was passed in May.\n\n## Part 1 \u2014 Contributions\n\n"
            "Employers must pay contributions monthly.\n\n## Part 2 \u2014 Retirement\n\nWorkers must register with "
            "the Board.\n\n## Part 3 \u2014 Oversight\n\nUnder Part 3 of the Act, the Board must audit employers.\n")
    _entities, relations, _x = run(nlp, text)
    assert {(f"part {n}", "partOf", "pension reform act") for n in (1, 2, 3)} <= relations, sorted(relations)


def test_extract_a_numbered_chapter_of_a_code_is_its_part(nlp):
    _entities, relations, _x = run(nlp, "# Code\n\nLawmakers amended Chapter 27B of the city code to ban late-night "
                                        "deliveries.\n")
    assert ("chapter 27b", "partOf", "city code") in relations, sorted(relations)


def test_extract_a_fine_a_party_will_pay_under_a_settlement_is_no_conduct(nlp):
    entities, relations, _ = run(nlp, "Policy note\n\nUnder a stipulated settlement approved by the Port Board, "
                                      "Harbor Fuel Inc. will:\n\n1. pay a $2 million fine;\n2. retain an independent "
                                      "compliance monitor for two years.\n")
    assert "retain an independent compliance monitor" in entities
    assert not any("fine" in label for label in entities), sorted(entities)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a policy that empowers a public body to act on those it governs is run by that body
        ("The Gaming Act authorizes the Gaming Commission to license and discipline casino operators.",
         {("gaming act", "issuedBy", "gaming commission"), ("gaming act", "evaluates", "casino operators")}, set()),
        ("The Gaming Act empowers the Gaming Commission to fine casino operators that break its rules.",
         {("gaming act", "issuedBy", "gaming commission")}, set()),
        # not a court, nor a power to make or run another policy, nor a power denied
        ("The Harbor Act authorizes the Harbor Court to fine marina operators.", set(),
         {("harbor act", "issuedBy", "harbor court")}),
        ("The Harbor Act authorizes the Harbor Board to oversee the implementation of the Dock Rule.", set(),
         {("harbor act", "issuedBy", "harbor board")}),
        ("The Harbor Act does not authorize the Harbor Board to fine marina operators.", set(),
         {("harbor act", "issuedBy", "harbor board")}),
        # a business a policy lets act is one it governs, not one that runs it
        ("The Harbor Act allows marina operators to charge a fee.", set(),
         {("harbor act", "issuedBy", "marina operators")}),
        # an official by title with a power under a policy runs it; a policy lets no official do so
        ("The Conduct Policy took effect in May. Under the Conduct Policy, the Commissioner may suspend a player.",
         {("conduct policy", "issuedBy", "commissioner")}, {("conduct policy", "evaluates", "commissioner")}),
        # (found in review) a chief executive or a judge holds no power of a policy
        ("Under the Harbor Pay Policy, the CEO may receive a bonus.", set(),
         {("harbor pay policy", "issuedBy", "ceo")}),
        # a policy issued to someone binds them; applicants to a fund and holders of duties under a rule are its
        ("The NCMA has issued a blocking directive to six voice carriers.",
         {("blocking directive", "evaluates", "voice carriers")}, set()),
        ("Small farms can apply to the Harbor Resilience Fund for grants of up to $10,000.",
         {("harbor resilience fund", "evaluates", "small farms")}, set()),
        # a list item's lead-in naming a numbered part: the part says what the item says, and so does its policy
        ("The Data Broker Act was introduced in March.\n\n- **Sensitive data (Section 6).** Brokers would be "
         "prohibited from selling precise geolocation data.\n- **Registration (Section 3).** Brokers would be "
         "required to register annually.",
         {("section 6", "penalizes", "selling precise geolocation data"),
          ("data broker act", "penalizes", "selling precise geolocation data")},
         {("section 3", "penalizes", "selling precise geolocation data")}),
        # ... a numbered part's lead-in whose number has stops in it, the item's sentence without a subject
        ("Ordinance No. 31 was adopted in May. The ordinance would do the following:\n\n- **Section 8.44.030 "
         "(Prohibition).** Prohibits any person from operating a gas blower within the county.",
         {("section 8.44.030", "penalizes", "operating a gas blower"), ("section 8.44.030", "partOf", "ordinance no. 31")},
         set()),
        # a pact made with a public body is held by that body, though the parse hangs its "with" higher up
        ("The ban is based on the firm's repeated breaches of its Dock Integrity Agreement (DIA) with the Office of "
         "Harbor Inspection (OHI).", {("dock integrity agreement", "issuedBy", "office of harbor inspection")}, set()),
        # (found in review) one's own proposal sent to someone binds no one; a sanction suffered is no conduct
        ("The Teacher Evaluation Framework was adopted in May. The teachers' union sent its proposal to the "
         "district.", set(), {("teacher evaluation framework", "evaluates", "district")}),
        ("The Clean Boating Code took effect in May. Marinas that have their permits revoked will be fined $5,000.",
         set(), {("clean boating code", "penalizes", "have their permits revoked")}),
        ("Providers take on several obligations under the Home Connect Rules.",
         {("home connect rules", "evaluates", "providers")}, set()),
        ("The Harbor Rule applies to marina operators.", {("harbor rule", "evaluates", "marina operators")}, set()),
        # "the reform" goes back to the article's policy; a confederation is a body; an adjective is no part of a name
        ("The Pension Reform Act passed in May. The independent Fiscal Council supports the reform.",
         {("fiscal council", "supports", "pension reform act")}, set()),
        ("The Heat Standard was proposed in May. The Selvana Confederation of Trade Unions has welcomed the "
         "standard.", {("selvana confederation of trade unions", "supports", "heat standard")}, set()),
    ],
)
def test_extract_powers_a_policy_grants_say_who_runs_it(nlp, text, present, absent):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert present <= relations and not absent & relations, sorted(relations)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a risk or difficulty a person voices is their worry; one a thing raises is an increase
        ("# Bycatch Rule\n\nThe Bycatch Reporting Rule took effect in May. Senator Ana Ruiz raised the difficulty "
         "of enforcement against foreign fleets.\n",
         {("senator ana ruiz", "raisesConcern", "difficulty of enforcement")}, set()),
        ("# Bycatch Rule\n\nThe Bycatch Reporting Rule took effect in May. Mara Voss, an advocate with the Harbor "
         "Coalition, described the risk of stalking.\n", {("mara voss", "raisesConcern", "risk of stalking")}, set()),
        ("# Bycatch Rule\n\nThe Bycatch Reporting Rule took effect in May. Rough seas raise the risk of injury.\n",
         set(), {("bycatch reporting rule", "concernAbout", "risk of injury")}),
        # "it" in what a critic argues of a named part is that part; of a policy called by its kind, as ever
        ("# Player Code\n\nThe Player Conduct Code took effect in 2024. The players' union agreed to the code but "
         "has criticised the administrative leave provision, arguing that it threatens due process rights.\n",
         {("due process rights", "concernAbout", "administrative leave provision")},
         {("due process rights", "concernAbout", "player conduct code")}),
        # a loss anyone says a policy will lead to is their worry; a gain is none
        ("# Rent Rule\n\nThe Rent Rule took effect in May. Helen Szabo says the rule will lead to deferred maintenance "
         "and less new construction.\n", {("helen szabo", "raisesConcern", "deferred maintenance"),
                                           ("less new construction", "concernAbout", "rent rule")}, set()),
        ("# Rent Rule\n\nThe Rent Rule took effect in May. The mayor says the rule will lead to safer homes.\n",
         set(), {("mayor", "raisesConcern", "safer homes"), ("safer homes", "concernAbout", "rent rule")}),
        ("# Rent Rule\n\nThe Rent Rule took effect in May. The mayor says the rule will lead to fewer accidents.\n",
         set(), {("mayor", "raisesConcern", "fewer accidents"), ("fewer accidents", "concernAbout", "rent rule")}),
        # (found in review) less of a harm, a rate that is no price, a supporter's forecast, a possibility raised, a
        # need stressed: no worries
        ("# Rent Rule\n\nThe Rent Rule took effect in May. Tenant advocates say the rule will result in fewer "
         "evictions.\n", set(), {("fewer evictions", "concernAbout", "rent rule"),
                                  ("tenant advocates", "criticizes", "rent rule")}),
        ("# Vaccine Rule\n\nThe Vaccine Rule took effect in May. Dr. Rosa Diaz said the rule will lead to higher "
         "vaccination rates.\n", set(), {("higher vaccination rates", "concernAbout", "vaccine rule")}),
        ("# Rent Rule\n\nThe Rent Rule took effect in May. Supporters say the rule will lead to fewer landlords "
         "leaving.\n", set(), {("supporters", "criticizes", "rent rule")}),
        ("# Budget Act\n\nThe Budget Act passed in May. Governor Ned Lamont raised the possibility of a special "
         "session.\n", set(), {("governor ned lamont", "raisesConcern", "possibility of a special session")}),
        ("# Market Rule\n\nThe Market Rule took effect in May. Chair Gary Gensler emphasized the need for "
         "transparency.\n", set(), {("chair gary gensler", "raisesConcern", "transparency")}),
        # what a policy exists to prevent is a worry it addresses
        ("# Bycatch Rule\n\nThe Bycatch Reporting Rule took effect in May. The rule exists to prevent money "
         "laundering.\n", {("money laundering", "concernAbout", "bycatch reporting rule")}, set()),
    ],
)
def test_extract_risks_voiced_and_worries_a_policy_exists_to_prevent(nlp, text, present, absent):
    _, relations, _x = run(nlp, text)
    assert present <= relations and not absent & relations, sorted(relations)


@pytest.mark.parametrize(
    ("text", "concerns", "absent"),
    [
        # a paragraph's bold lead-in labels it; in a section of criticism it names a worry
        ("# Home Connect Benefit\n\nThe Home Connect Benefit lowers internet bills.\n\n## Concerns\n\n**Paperwork.** "
         "Consumer advocates such as the Fair Connection Project say the annual recertification could push families "
         "off the programme.\n", {"paperwork"}, set()),
        # (found in review) not a story's furniture, a speaker, someone's view, nor who worries
        ("# Bag Ban\n\nThe Bag Ban took effect in May.\n\n## The criticism\n\n**Why it matters:** Stores say "
         "costs could rise.\n\n**Farmers.** The Growers Association says the ban raises costs.\n\n**Grocers' "
         "view.** Grocers say the rules could bury small stores in forms.\n", set(), {"why it matters", "farmers",
                                                                                      "grocers' view", "view"}),
    ],
)
def test_extract_a_paragraphs_bold_lead_in_labels_it(nlp, text, concerns, absent):
    entities, _relations, _x = run(nlp, text)
    found = {label for label, e in entities.items() if e.category == "Concern"}
    assert concerns <= found and not absent & found, sorted(found)


def test_extract_a_worry_of_a_critic_of_several_policies_is_about_none_of_them(nlp):
    _, relations, _ = run(nlp, "Policy note\n\nThe Harbor Levy taxes boat fuel and the Dock Rule limits mooring. The "
                               "Marina Council opposes the Harbor Levy and the Dock Rule. The council also warned of "
                               "job losses in boatyards.\n")
    assert ("marina council", "raisesConcern", "job losses") in relations, sorted(relations)
    assert not [r for r in relations if r[1] == "concernAbout"], sorted(relations)


@pytest.mark.parametrize(("text", "expected"), [
    # an officer of the body that issued the policy, named beside it, speaks for it
    ("The Harbor Commission issued the Night Mooring Order on Monday. The order bans mooring after dark.\n\n"
     '"This order keeps the harbor safe," said Harbor Commission Chair Dana Whitfield.',
     {("chair dana whitfield", "supports", "night mooring order")}),
    # (not one whose words voice a worry, nor one named apart from the body)
    ("The Harbor Commission issued the Night Mooring Order on Monday. The order bans mooring after dark.\n\n"
     '"This order will cause job losses," said Harbor Commission Chair Dana Whitfield.', set()),
    ("The Harbor Commission issued the Night Mooring Order on Monday. The order bans mooring after dark.\n\n"
     '"This order keeps the harbor safe," said Dana Whitfield, a local fisher.', set()),
])
def test_extract_an_officer_of_the_issuer_quoted_speaks_for_its_policy(nlp, text, expected):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert {r for r in relations if r[1] == "supports"} == expected, sorted(relations)


@pytest.mark.parametrize(("text", "name"), [
    # the tagger may leave a sentence's opening given name out of the person's name
    ("The Port Board fined Harbor Fuel Inc. for dumping.\n\nMargot Flynn, senior counsel at the Boaters' Rights "
     "Coalition, said dumping remained the top complaint. Flynn praised the Port Board.", "Margot Flynn"),
])
def test_extract_a_given_name_the_tagger_left_out_is_in_the_name(nlp, text, name):
    entities, _, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert name.lower() in entities, sorted(entities)


@pytest.mark.parametrize(("text", "absent"), [
    # a court's decision, or another's move, is no step of the story's policy
    ("The city council adopted the Rent Stabilization Ordinance in May. A county judge halted the Rent Stabilization "
     "Ordinance on Monday.\n\nThe Apartment Owners Association praised the decision.",
     ("apartment owners association", "supports", "rent stabilization ordinance")),
    ("The Clean Fleet Act requires cities to buy electric buses. Ford laid off 300 workers at its Dearborn plant. The "
     "United Auto Workers condemned the move.", ("united auto workers", "criticizes", "clean fleet act")),
    # a former sponsor backs the bill no more
    ("The Data Privacy Act limits data brokers. Sen. Amy Cho, a former sponsor of the Data Privacy Act, now opposes the "
     "bill.", ("sen. amy cho", "supports", "data privacy act")),
    # a court's fine enforces no policy of the story's
    ("The Leash Ordinance requires dog owners to leash dogs in parks. A federal judge fined the state $1 million for "
     "failing to protect inmates.", ("leash ordinance", "penalizes", "failing to protect inmates")),
    # a former officer of the issuing body speaks for it no more
    ("The Harbor Commission issued the Night Mooring Order on Monday. The order bans mooring after dark.\n\n"
     '"This agency has lost its way," said former Harbor Commission chair Ajit Lane.',
     ("chair ajit lane", "supports", "night mooring order")),
    # a second saying joined to a saying of its own subject is that subject's
    ("The Sugary Drinks Tax adds two cents per ounce. Dr. Lena Park testified that opponents feared job losses and "
     "claimed the tax was regressive.", ("dr. lena park", "criticizes", "sugary drinks tax")),
])
def test_extract_a_step_a_role_or_a_fine_of_someone_else_is_no_stance_or_penalty(nlp, text, absent):
    _, relations, _ = run(nlp, "Policy note\n\n" + text + "\n")
    assert absent not in relations, sorted(relations)


@pytest.mark.parametrize(
    "text, merged",
    [
        # (session 40) an instrument introduced without a name and named in the next sentence is that named one
        ("# Refunds\n\nThe Travel Agency today issued a final rule that requires airlines to refund fares. The "
         "Passenger Refund Rule takes effect in April. Airlines oppose the final rule.\n", True),
        # not when the name comes much later, nor when the article names two of its kind
        ("# Refunds\n\nThe Travel Agency today issued a final rule that requires airlines to refund fares. Airlines "
         "objected. Unions welcomed it. Fares rose in May. The Passenger Refund Rule takes effect in April.\n", False),
        ("# Refunds\n\nThe Travel Agency today issued a final rule that requires airlines to refund fares. The "
         "Passenger Refund Rule and the Baggage Fee Rule take effect in April. Airlines oppose the final rule.\n",
         False),
    ],
)
def test_extract_an_introduced_instrument_named_right_after_is_the_named_one(nlp, text, merged):
    entities, _relations, _x = run(nlp, text)
    assert ("final rule" in entities["passenger refund rule"].aliases) is merged, sorted(entities)


@pytest.mark.parametrize(
    "text, concern, found",
    [
        # (session 40) a grade of risk a policy sorts by is no worry; a risk of something is one
        ("Under the Harbor Rule, shipments from ports rated \"high risk\" will be checked more often than those from "
         "\"low risk\" ones.", "high risk", False),
        ("Critics warn that the Harbor Rule creates a high risk of fraud.", "high risk of fraud", True),
        # (session 40 review) a risk of something, or a plan judged high risk, is a worry
        ("Critics say the Harbor Rule creates a high risk of fraud.", "high risk", True),
    ],
)
def test_extract_a_grade_of_risk_is_no_worry(nlp, text, concern, found):
    entities, _relations, _x = run(nlp, "Policy note\n\n" + text + "\n")
    assert (concern in entities) is found, sorted(entities)


def test_extract_a_loss_feared_with_fines_is_a_worry(nlp):
    # (session 40 review) what people fear is their worry, fines and loss alike
    text = ("Policy note\n\nThe Water Allocation Act caps river withdrawals. Farmers fear fines and the loss of their "
            "land under the Water Allocation Act.\n")
    entities, _relations, _x = run(nlp, text)
    assert [e for e in entities.values() if e.category == "Concern" and "loss" in e.label], sorted(entities)


def test_extract_a_loss_listed_with_fines_is_a_sanction_not_a_worry(nlp):
    # (session 40) "fines ... and the loss of X" is what the policy does to offenders
    text = ("Policy note\n\nUnder the Harbor Levy, misdeclaring cargo can lead to fines of up to three times the levy "
            "and the loss of licensed importer status.\n")
    entities, _relations, _x = run(nlp, text)
    assert not [e for e in entities.values() if e.category == "Concern" and "loss" in e.label], sorted(entities)


@pytest.mark.parametrize(("section", "intro", "text", "command"), [
    ("What restaurants should do", "", "Close ice machines.", True),  # advice under its heading
    ("Notes", "Operators must:", "Boil tap water.", True),  # a duty's intro
    ("Notes", "", "Close ice machines.", False),  # a plain list
    ("What restaurants should do", "", "Board Members Ana Ruiz and Li Wu.", False),  # a name opens it
])
def test_extract_an_item_under_a_duty_opens_with_a_command(section, intro, text, command):
    from policygraph.extract import commands_listed
    from policygraph.extract.mentions import Segment
    from policygraph.ontology import load_lexicon
    from policygraph.records import Block

    block = Block("item", text, 10, 10 + len(text), section=section, intro=intro)
    assert commands_listed(Segment(text, 10, "body", block), load_lexicon()) is command
