"""Duty frames: obligations, bans and recommendations name conduct (our own sentences)."""

from __future__ import annotations

import pytest

from policygraph.extract.frames import (concern_phrases, conduct_phrase, convicted_of, duties, heading_doer,
                                        intro_duty, list_intro_doers)
from policygraph.extract.mentions import span_text
from policygraph.ontology import load_lexicon

from .parsing import word


def _worries(nlp, text):
    """The worries `concern_phrases` reads in one sentence, as text, in order."""
    lex = load_lexicon()
    doc = nlp(text)
    return [span_text(doc, toks) for _h, toks in concern_phrases(
        doc, markers=lex.concern_markers, raise_cues=lex.relation_cues["raisesConcern"],
        critics=lex.relation_cues["criticizes"], supporters=lex.relation_cues["supports"])]


def _duties(nlp, text):
    lex = load_lexicon()
    doc = nlp(text)
    return [(d.kind, span_text(doc, d.conduct), doc[d.actor].text if d.actor is not None else None,
             doc[d.policy].text if d.policy is not None else None)
            for d in duties(doc, obligation_cues=lex.obligation_cues, prohibition_cues=lex.prohibition_cues,
                            penalty_cues=lex.relation_cues["penalizes"] - lex.prohibition_cues,
                            reward_cues=lex.relation_cues["rewards"], critics=lex.relation_cues["criticizes"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Employers must keep payroll records for three years.",
         ("obligation", "keep payroll records", "Employers", None)),
        # a bracketed acronym between the object and its infinitive
        ("direct the Department of Parks and Harbor Services (DPHS) to publish an annual report on dock fees; and",
         ("obligation", "publish an annual report", "Department", None)),
        # a duty owed, said with a noun
        ("Employers have a duty to provide safe housing.", ("obligation", "provide safe housing", "Employers", None)),
        # the parse may make the required infinitive describe its doer ("retailers | to register")
        ("The Solar Act requires retailers to register with the commission.",
         ("obligation", "register with the commission", "retailers", "Act")),
        # what is provided follows "with"
        ("Landlords must provide each tenant with a copy of the lease.",
         ("obligation", "provide each tenant with a copy of the lease", "Landlords", None)),
        # a verb spaCy lists as a stop word still names the act
        ("The Fair Fares Act would prohibit brokers from using scripts to book seats.",
         ("prohibition", "using scripts", "brokers", "Act")),
        ("Employers must make payments on time.", ("obligation", "make payments", "Employers", None)),
        # in a rule's text "cannot" forbids; so does "must" in someone's speech
        # what is done without what it needs is the act banned ("evict tenants" is a name of it too)
        ("Landlords cannot evict tenants without notice.",
         ("prohibition", "evict tenants without notice", "Landlords", None)),
        # (session 46 review) a verb that can also say what one finds out still forbids when it takes no clause
        ("Vendors cannot show alcohol ads near schools.", ("prohibition", "show alcohol ads", "Vendors", None)),
        ("Landlords cannot tell tenants to leave without written notice.",
         ("prohibition", "tell tenants", "Landlords", None)),
        ('"Providers must keep patient records," said the inspector.',
         ("obligation", "keep patient records", "Providers", None)),
        ("Each bank must keep records.", ("obligation", "keep records", "bank", None)),
        ("A directive instructed the transit agency to publish its timetables.",
         ("obligation", "publish its timetables", "agency", "directive")),
        ("The court ordered the landlord to repair the heating.", ("obligation", "repair the heating", "landlord", "court")),
        # the tagger reads "selling permits" as a noun
        ("Under the Boat Code, owners are prohibited from selling permits.",
         ("prohibition", "selling permits", "owners", None)),
        ("Under the Boat Code, owners must refrain from dumping waste.", ("prohibition", "dumping waste", "owners", None)),
        ("Under the Boat Code, owners are responsible for reporting spills.",
         ("obligation", "reporting spills", "owners", None)),
        # the parse calls the infinitive after the object a clause of purpose
        ("The Boat Code directs the harbour office to inspect every boat.",
         ("obligation", "inspect every boat", "office", "Code")),
        # a ban stated as a predicate forbids its subject
        ("Under the Boat Code, the resale of permits is prohibited.", ("prohibition", "resale of permits", None, None)),
        ("Under the Boat Code, late registration is not permitted.", ("prohibition", "late registration", None, None)),
        ("Under the Boat Code, the dumping of waste is illegal.", ("prohibition", "dumping of waste", None, None)),
        ("Dumping waste in the harbour is prohibited.", ("prohibition", "Dumping waste", None, None)),
        # an act named by a noun keeps what it acts on
        ("The Boat Code prohibits the resale of permits.", ("prohibition", "resale of permits", None, "Code")),
        # conduct called a wrong of some kind
        ("Under the Rent Code, charging rent above the legal cap is an illegal rent increase.",
         ("prohibition", "charging rent above the legal cap", None, None)),
        # a gerund before "or" shares the object of the gerund after it
        ("Deleting or altering footage is a violation of the Camera Code.",
         ("prohibition", "Deleting or altering footage", None, "Code")),
        # a "from" on the banned act with no act after it says where from
        ("The Boat Code bans the sale of live bait from piers.", ("prohibition", "sale of live bait", None, "Code")),
        # the tagger reads "administers" as a noun and hangs "which" on "register": the conduct starts at its verb
        ("Under the Clean Boats Rule, which the Harbour Board administers, owners must register boats.",
         ("obligation", "register boats", "owners", None)),
        ("The ordinance requires landlords to register every rental unit.",
         ("obligation", "register every rental unit", "landlords", "ordinance")),
        ("Landlords are required to register every rental unit with the city.",
         ("obligation", "register every rental unit", "Landlords", None)),
        ("The new law bans night-time deliveries in residential streets.",
         ("prohibition", "night-time deliveries", None, "law")),
        ("The ordinance prohibits landlords from charging application fees.",
         ("prohibition", "charging application fees", "landlords", "ordinance")),
        ("Students may not use phones during lessons.", ("prohibition", "use phones", "Students", None)),
        # each coordinated gerund after "from" with its own words is its own banned act
        ("The Drone Rule prohibits pilots from flying over stadiums, filming private yards, or landing on roads.",
         ("prohibition", "filming private yards", "pilots", "Rule")),
        ("The Drone Rule prohibits pilots from flying over stadiums, filming private yards, or landing on roads.",
         ("prohibition", "landing on roads", "pilots", "Rule")),
        # a better or worse standing received rewards or penalises what earns it
        ("Hospitals that reduce infection rates receive a higher rating.",
         ("reward", "reduce infection rates", "Hospitals", None)),
        ("Clinics that miss inspections receive a lower grade.", ("penalty", "miss inspections", "Clinics", None)),
        # a benefit handed to those who do something rewards what they do
        ("The Dock Act grants a tax credit to marinas that install pump-out stations.",
         ("reward", "install pump-out stations", "marinas", "Act")),
        ("The program offers rebates to landlords who install heat pumps.",
         ("reward", "install heat pumps", "landlords", "program")),
        # a debt or charge lifted off those who do something rewards what they do
        ("The program cancels the remaining loan balance of borrowers who make 120 qualifying payments.",
         ("reward", "make 120 qualifying payments", "borrowers", "program")),
        ("The city waives the permit fees of owners who install solar panels.",
         ("reward", "install solar panels", "owners", "city")),
        # gerunds after "from" sharing one object are one act
        ("The Boat Code prohibits marinas from selling or leasing a motorized boat to minors.",
         ("prohibition", "selling or leasing a motorized boat", "marinas", "Code")),
        # "from" hung on a second object the parse joined to the verb still names what the first may not do
        ("Section 3 prohibits county boards, and any official acting on their behalf, from accepting private money.",
         ("prohibition", "accepting private money", "boards", "Section")),
        # three gerunds sharing the last one's object are one act; a second gerund read as the object's modifier too
        ("The Consent Rule would prohibit brokers from selling, transferring, or sharing a consumer's consent.",
         ("prohibition", "selling, transferring, or sharing a consumer's consent", "brokers", "Rule")),
        ("The Boat Rule took effect in May. The Boat Rule bars marinas from selling or leasing boats to minors.",
         ("prohibition", "selling or leasing boats", "marinas", "Rule")),
        # a verb with a modal of its own after a passive one: the passive's subject does it
        ("To qualify, borrowers must be enrolled in a repayment plan and must certify their employment each year.",
         ("obligation", "certify their employment", "borrowers", None)),
        # whom a policy makes responsible for something owes it
        ("The Harbor Rule makes marina operators responsible for inspecting docks.",
         ("obligation", "inspecting docks", "operators", None)),
        # a failure one is barred from is the failure with what is failed
        ("The Harbor Act prohibits carriers from failing to publish fair fee schedules.",
         ("prohibition", "failing to publish fair fee schedules", "carriers", "Act")),
        # a duty to be able to do something is a duty to do it
        ("Harbor offices must have the ability to accept spill reports.",
         ("obligation", "accept spill reports", "offices", None)),
        ("Lenders must be able to give borrowers a written reason.",
         ("obligation", "give borrowers a written reason", "Lenders", None)),
        # what one breaks a policy by doing, or if one does it, is forbidden conduct, the breaker's
        ("Marina operators violate the Harbour Act if they charge hidden fees.",
         ("prohibition", "charge hidden fees", "operators", "Act")),
        ("A landlord breaches the Housing Code by refusing urgent repairs.",
         ("prohibition", "refusing urgent repairs", "landlord", "Code")),
        # penalties laid under a section "for" a list of failures and acts: each is punished, under the section
        ("The Department may assess penalties under Section 74-9A-11 for failure to register, failure to file a "
         "report, or filing a report the producer knows to be false.",
         ("penalty", "failure to file a report", None, "Section")),
        ("The Department may assess penalties under Section 74-9A-11 for failure to register, failure to file a "
         "report, or filing a report the producer knows to be false.",
         ("penalty", "filing a report", None, "Section")),
        # a passive fine: the subject is fined for what it did, the agent fines
        ("Harbor Point Fuel Co. was fined $80,000 for operating fuel pumps without inspections.",
         ("penalty", "operating fuel pumps", "Co.", None)),
        ("The marina was fined $80,000 by the Harbor Board for dumping waste.",
         ("penalty", "dumping waste", "marina", "Board")),
        # what is done in breach of a policy is conduct it forbids, the doer's (for a sanction, whom it falls on)
        ("The marina dumped fuel into the harbour, in violation of the Clean Harbour Act.",
         ("prohibition", "dumped fuel", "marina", "Act")),
        ("The landlord kept deposits that tenants never got back, in violation of the Tenancy Act.",
         ("prohibition", "kept deposits", "landlord", "Act")),
        ("The company shared customer data with brokers in breach of the Privacy Rule.",
         ("prohibition", "shared customer data", "company", "Rule")),
        # a failure listed among offences is named with what is failed
        ("Violations of the Ticket Act include failing to post prices.",
         ("prohibition", "failing to post prices", None, "Act")),
        # an act called an offence, or listed among offences, is forbidden
        ("Flying a drone near an airport is a violation of the Drone Act.",
         ("prohibition", "Flying a drone", None, "Act")),
        ("Violations of the Drone Act include flying at night and ignoring a no-fly order.",
         ("prohibition", "ignoring a no-fly order", None, "Act")),
        ("Examples of prohibited conduct include selling unregistered drones.",
         ("prohibition", "selling unregistered drones", None, None)),
        ("Unlawful practices include bait pricing.", ("prohibition", "bait pricing", None, None)),
        # an act said not to be permissible, or lawful only if something holds, is refused or restricted
        ("Any deduction not listed in the contract is not permissible.", ("prohibition", "deduction", None, None)),
        ("The resale of permits is lawful only if the buyer registers.",
         ("prohibition", "resale of permits", None, None)),
        # an act a policy or body does not permit or tolerate is banned; a critic's claim that it does not is no rule
        ("The Harbor Code does not permit night fishing.", ("prohibition", "night fishing", None, "Code")),
        ("The Harbor Board will not tolerate bribery of inspectors.",
         ("prohibition", "bribery of inspectors", None, "Board")),
        # an act allowed "only" so is restricted (the annotation guide's penalised conduct)
        ("Employers may only reject applicants for lawful, job-related reasons.",
         ("prohibition", "reject applicants", "Employers", None)),
        # "preclude" and "disallow" forbid like "prohibit"
        ("The Boat Code would preclude owners from renting moorings.",
         ("prohibition", "renting moorings", "owners", "Code")),
        ("The Boat Code disallows the resale of permits.", ("prohibition", "resale of permits", None, "Code")),
        ("No employer may employ children in mines.", ("prohibition", "employ children", "employer", None)),
        ("Drivers shall not exceed the speed limit.", ("prohibition", "exceed the speed limit", "Drivers", None)),
        ("Retailers should disclose the total price.",
         ("recommendation", "disclose the total price", "Retailers", None)),
        ("Teachers must collect the phones and return them after class.",
         ("obligation", "collect the phones", "Teachers", None)),
        ("Districts have to update their emergency plans before the school year.",
         ("obligation", "update their emergency plans", "Districts", None)),
        # the parse calls a particle after the object an adverb: the phrasal verb keeps it
        ("Swimmers will have to put their goggles away during the drill.",
         ("obligation", "put their goggles away", "Swimmers", None)),
        ("Drivers need to register their vans with the depot.",
         ("obligation", "register their vans", "Drivers", None)),
        ("Drivers must ensure that they do not block the bus lane at any time.",
         ("prohibition", "block the bus lane", "Drivers", None)),
        # the failure the article punishes is penalised (annotation guide: "failure to keep records")
        ("Owners who fail to register cannot file eviction cases.", ("penalty", "fail to register", "Owners", None)),
        # what someone failed to do is what they owed
        ("The clinic failed to report serious incidents and train its staff.",
         ("obligation", "report serious incidents", "clinic", None)),
        ("The clinic failed to report serious incidents and train its staff.",
         ("obligation", "train its staff", "clinic", None)),
        # ... also the list's later verbs the parse hangs on "failed" after a comma
        ("The clinic also failed to adopt and keep written safety policies, follow its internal audit rules, "
         "properly keep a record of incidents, and hold staff training as the agreement required.",
         ("obligation", "hold staff training", "clinic", None)),
        ("The clinic also failed to adopt and keep written safety policies, follow its internal audit rules, "
         "properly keep a record of incidents, and hold staff training as the agreement required.",
         ("obligation", "keep a record of incidents", "clinic", None)),
        # a phrase cut short never ends on its preposition
        ("The Harbor Act would require the Maritime Board to reallocate 10 percent of the red snapper quota to "
         "charter operators.", ("obligation", "reallocate 10 percent of the red snapper quota", "Board", "Act")),
        # a duty said with "it is the duty of", and a required act a phrase keeps from its verb
        ("It is the responsibility of marina operators to post their fees.",
         ("obligation", "post their fees", "operators", None)),
        ("Marina operators are required under the Dock Rule to post their fees.",
         ("obligation", "post their fees", "operators", None)),
        # what someone does to commit an offence is forbidden
        ("A pool operator who hires an uncertified lifeguard commits a misdemeanor.",
         ("prohibition", "hires an uncertified lifeguard", "operator", None)),
        # (session 44) the case a penalty is laid down for is conduct it punishes
        ("In the case of a late filing, a penalty of 5 percent applies.", ("penalty", "late filing", None, None)),
        ("In the case of a late filing or a false statement, a penalty applies.",
         ("penalty", "late filing", None, None)),
        ("In the case of a late filing or a false statement, a penalty applies.",
         ("penalty", "false statement", None, None)),
        # a number says which conduct ("before 7 a.m.")
        ("Teens may not work before 7 a.m. on a school day.", ("prohibition", "work before 7 a.m.", "Teens", None)),
        # ... but a phrase keeps its particle
        ("Boaters must turn their engines off near the swimming area.",
         ("obligation", "turn their engines off", "Boaters", None)),
        # a body whose noun ends like an act's ("Commission", "department") can be told to act
        ("The Harbor Act would require the Maritime Commission to study mooring fees.",
         ("obligation", "study mooring fees", "Commission", "Act")),
        ("The Harbor Act would direct the department to inspect every dock.",
         ("obligation", "inspect every dock", "department", "Act")),
        # a list of acts after "required to": the parse may hang the later verbs on "required"
        ("Grantees are further required to submit a monitoring plan, report data to the agency, and maintain the site.",
         ("obligation", "report data", "Grantees", None)),
        ("Grantees are further required to submit a monitoring plan, report data to the agency, and maintain the site.",
         ("obligation", "maintain the site", "Grantees", None)),
        # ... and a list's next act's object is no doer ("post the permit" does not make the permit its owner)
        ("Owners are required to register their boats, post the permit, and pay the fee.",
         ("obligation", "pay the fee", "Owners", None)),
        # letting others act is the duty holder's own duty, named with what is let
        ("Employers must also permit workers to drink water.",
         ("obligation", "permit workers to drink water", "Employers", None)),
        # a verb prefix the tokenizer split off at its hyphen is part of the conduct
        ("The Harbor Rule bars operators from pre-selecting a tip amount.",
         ("prohibition", "pre-selecting a tip amount", "operators", "Rule")),
        # a participle right after the object says which of them; the counted infinitives are the duties
        ("Since May, the Harbor Rule, adopted by the Harbor Commission, has required each marina operating in the "
         "state (1) to post a fee schedule listing its charges, and (2) to post a safety notice at each dock.",
         ("obligation", "post a fee schedule", "marina", "Rule")),
        ("Since May, the Harbor Rule, adopted by the Harbor Commission, has required each marina operating in the "
         "state (1) to post a fee schedule listing its charges, and (2) to post a safety notice at each dock.",
         ("obligation", "post a safety notice", "marina", "Rule")),
        # conduct called deceptive or unfair is forbidden; so is what those said to engage in unfair practices do
        ("Misstating the cost of fuel insurance may also be deceptive.",
         ("prohibition", "Misstating the cost of fuel insurance", None, None)),
        ("Marinas that charge boaters for insurance they do not need may be engaging in unfair acts or practices.",
         ("prohibition", "charge boaters", "Marinas", None)),
        # a business is someone told to act, not an act ("-ness")
        ("The Harbor Act requires a business that suffers a fuel spill to notify the harbor master within a day.",
         ("obligation", "notify the harbor master", "business", "Act")),
        # a late fee is a sanction, and when the act is done is part of it
        ("A committee that files a report late is subject to a late fee of $50 per day.",
         ("penalty", "files a report late", "committee", None)),
        # relief named by its charge ("an interest-rate reduction") and debt forgiven are rewards
        ("Borrowers who enroll in automatic debit receive a 0.25 percentage point interest-rate reduction.",
         ("reward", "enroll in automatic debit", "Borrowers", None)),
        # each gerund one is responsible for is owed
        ("Dealers that received the fuel are responsible for notifying their customers and removing the fuel from "
         "sale.", ("obligation", "removing the fuel", "Dealers", None)),
        # a second "to" joined to a gerund or participle stands beside the first duty
        ("The Harbor Rule requires dealers to inspect each hull before selling a boat and to file the inspection "
         "report with the Harbor Commission.", ("obligation", "file the inspection report", "dealers", "Rule")),
        ("The Harbor Rule requires marinas to pay dock workers the posted rate for all hours worked and to pay "
         "overtime at one and a half times that rate.", ("obligation", "pay overtime", "marinas", "Rule")),
        # going on with an act is named with it
        ("A platform that continues to display a flagged listing would be subject to a civil penalty.",
         ("penalty", "continues to display a flagged listing", "platform", None)),
        # acts coordinated before one "of" phrase share it
        ("The Noise Act prohibits the sale or installation of an exhaust system that causes a vehicle to exceed 95 "
         "decibels.", ("prohibition", "sale or installation of an exhaust system", None, "Act")),
        # an age limit says whom the act is done to, and is named with it
        ("Marinas may not employ anyone under the age of 16.",
         ("prohibition", "employ anyone under the age of 16", "Marinas", None)),
        ("Bait shops must not sell fuel to customers under the age of 18.",
         ("prohibition", "sell fuel to customers under the age of 18", "shops", None)),
        # what one must have done to a thing is the act: "have their plan certified"
        ("Marinas must have their fuel tanks inspected by a licensed engineer.",
         ("obligation", "have their fuel tanks inspected", "Marinas", None)),
        # what a party will do under a settlement, an agreement or a permit is owed under its terms
        ("Under the settlement, the marina will retain an independent monitor for two years.",
         ("obligation", "retain an independent monitor", "marina", None)),
        ("Under a community benefit agreement, the company will pay $2 million a year into a local fund.",
         ("obligation", "pay $2 million a year", "company", None)),
    ],
)
def test_frames_name_the_conduct_its_doer_and_policy(nlp, text, expected):
    assert expected in _duties(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a recommendation in the subjunctive asks each listed act of the one it names
        ("We recommend that the Harbor Safety Administration develop a tracking system and impose penalties on "
         "marinas.", {("recommendation", "develop a tracking system", "Administration", None),
                                   ("recommendation", "impose penalties", "Administration", None)}, set()),
        ("We recommend that HSA require state agencies to obtain evidence of repairs, develop a tracking system, "
         "and publish the results.", {("recommendation", "develop a tracking system", "HSA", None),
                                      ("recommendation", "publish the results", "HSA", None),
                                      ("obligation", "obtain evidence of repairs", "agencies", "HSA")},
         {("recommendation", "require state agencies", "HSA", None)}),
        ("The inspector general urged that the agency revise its guidance.",
         {("recommendation", "revise its guidance", "agency", None)}, set()),
        # not one denied, nor a modal's clause (read by the modal frames), nor a pronoun's
        ("We do not recommend that the agency revise its guidance.", set(),
         {("recommendation", "revise its guidance", "agency", None)}),
        ("We recommend that it revise its guidance.", set(), {("recommendation", "revise its guidance", "it", None)}),
        # what critics or a group recommend is their opinion, no advice on record
        ("Critics recommend that the agency withdraw the rule.", set(),
         {("recommendation", "withdraw the rule", "agency", None)}),
        ("The Growers Coalition recommended that the agency delay the rule.", set(),
         {("recommendation", "delay the rule", "agency", None)}),
        ("OIG recommended that the agency revise its guidance.",
         {("recommendation", "revise its guidance", "agency", None)}, set()),
    ],
)
def test_frames_acts_a_recommendation_asks_for(nlp, text, expected, absent):
    found = set(_duties(nlp, text))
    assert expected <= found and not absent & found, found


@pytest.mark.parametrize(
    ("text", "handed", "conduct"),
    [
        ("Congress should require providers to report their earnings.", "require providers", "report their earnings"),
        ("The board must direct the agency to publish the data.", "direct the agency", "publish the data"),
    ],
)
def test_frames_a_duty_handed_on_is_the_conduct_not_the_handing(nlp, text, handed, conduct):
    found = [c for _k, c, _a, _p in _duties(nlp, text)]
    assert handed not in found and conduct in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The agency does not require farms to test their milk.",  # negated duty
        "Records must be kept.",  # passive: no doer stated
        "Residents may recycle glass at the depot.",  # permission, not a duty
        "Failing to meet safety standards can lead to fines.",  # the gerund names the conduct whole
        '"Many of our members cannot afford new equipment by July," said Maria Ortiz.',  # inability, in speech
        "Marina operators should keep in mind that storms delay inspections.",  # a thought
        "The permit must remain in effect for two years.",  # a state
        "Owners should note that the fee rises in May.",  # a thought
        "Employers are prohibited from the program if the employer laid off workers.",  # what a ban supposes
        "Drivers who comply receive a discount.",  # "comply" says nothing by itself
        "Visitors who need to reach a patient at night may ring the ward.",  # a need, in a relative clause
        "The Harbor Act requires annual inspections to ensure dock safety.",  # an act told to act says what for
        "The court found that the operator committed no crime.",  # no one's conduct commits it here
        "If the council adopts a licensing scheme, vendors might have to carry permits.",  # a guess
        "Small marinas could need to hire more staff.",  # a guess about what may be owed
        "Under the Harbor Rule, marina owners may have to install pump-out stations.",
        "Not one marina objected to the Harbor Rule, nor did the council.",  # nothing after "nor" is a duty
        "No harbor official could explain the delay.",  # "could" with "no": what no one managed, no ban
        "Enforcement of the Harbor Rule began in May and has led to fines for dozens of owners.",  # no offence named
        "The deal does not require an apology, nor does it bar the firm from selling boats.",  # "nor" denies too
        "The circular does not suggest that fuel insurance itself is unlawful.",  # denied above the clause
        "Is it unfair for marinas that sell fuel to charge a fee?",  # asked
        "Critics say the Harbor Board does not tolerate criticism of its permitting.",  # a claim about a body
        "I cannot pass the mooring fee on to my customers.",  # the writer's own inability, no rule
        "Under the new program, the marina will hire two more staff.",  # a forecast, no binding terms
        "Under the settlement, each boater will receive a refund.",  # a benefit received is no conduct
        # (found in review) what terms bring, a price paid, a disclaimer, or a commercial deal's term is owed nothing
        "Under the agreement, consumers will save about $200 a year on electricity bills.",
        "Under the agreement, tariffs will fall to zero by 2028.",
        "Under the settlement, customers will pay higher rates.",
        "Under the settlement, Harbor Chemical will not admit any wrongdoing.",
        "Under the proposed deal, Harbor Media will pay $69 billion for Bay Games.",
        "Under the settlement, about 2,000 workers will lose their jobs.",
        # (session 46) what someone is unable to find out or show is no ban
        "The Harbor Board cannot yet show that the rule is improving water quality.",
        "The Harbor Board cannot determine how many boats were inspected.",
    ],
)
def test_frames_give_nothing_without_a_stated_duty(nlp, text):
    assert _duties(nlp, text) == []


@pytest.mark.parametrize(("text", "targets"), [
    ("The Harbor Labor Act allows the hiring of younger deckhands.", [("Act", "deckhands")]),
    ("The Harbor Rule restricts the hiring of seasonal workers.", [("Rule", "workers")]),
    # whether the one named is someone is for the caller ("pesticides" is no one); a measure is no act
    ("The Harbor Rule limits the use of pesticides.", [("Rule", "pesticides")]),
    ("The Harbor Rule limits the height of buildings.", []),
])
def test_frames_whose_act_a_policy_governs(nlp, text, targets):
    from policygraph.extract.frames import policy_targets
    doc = nlp(text)
    assert [(a.text, t.text) for a, t in policy_targets(doc)] == targets


@pytest.mark.parametrize(("text", "breach"), [
    ("The board fined Harbor Fuel $20,000 for selling untaxed diesel, in violation of the Fuel Code.",
     ("selling untaxed diesel", "Fuel", "Code")),
    ("The marina dumped fuel into the harbour, in violation of the Clean Harbour Act.",
     ("dumped fuel", "marina", "Act")),
    # alleged, denied, supposed or negated: no breach is stated
    ("The complaint alleges that the marina dumped fuel in violation of the Clean Harbour Act.", None),
    ("Inspectors found no evidence that the marina dumped fuel in violation of the Clean Harbour Act.", None),
    ("The state has not determined that the marina dumped fuel in violation of the Clean Harbour Act.", None),
    # (review) the verb alone names no act
    ("The marina operated in violation of the Clean Harbour Act.", None),
    ("The marina did not dump fuel in violation of the Clean Harbour Act.", None),
    ("If a marina dumps fuel in violation of the Clean Harbour Act, it loses its permit.", None),
    # a sanction with no act named, or a breach of what is no policy
    ("The board fined the marina in violation of the Fuel Code.", None),
    ("The marina operated for years in violation of its permit.", None),
])
def test_frames_what_is_done_in_violation_of_a_policy(nlp, text, breach):
    from policygraph.extract.frames import done_in_violation
    doc = nlp(text)
    found = [(span_text(doc, d.conduct), doc[d.actor].text, doc[d.policy].text) for d in done_in_violation(doc)]
    assert found == ([breach] if breach else [])


@pytest.mark.parametrize(("text", "doer"), [("Companies must comply.", "Companies"),
                                            ("The Dock Act requires vendors to register.", "vendors")])
def test_frames_a_bare_duty_names_its_doer_but_no_conduct(nlp, text, doer):
    """One content word names no conduct, but the duty still says who owes it."""
    assert _duties(nlp, text) == [("obligation", "", doer, None if text.startswith("Companies") else "Act")]


def test_frames_coordinated_verbs_share_the_duty(nlp):
    found = _duties(nlp, "The board must approve the annual budget and publish the minutes online.")
    assert [c for _k, c, _a, _p in found] == ["approve the annual budget", "publish the minutes"]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # the "no" of the first verb's subject is not the second's
        ("No marina may charge entry fees but may ask for donations.", ["charge entry fees"]),
        # a policy's own verb after a duty is no act of the doer's
        ("The two bills require lenders to disclose fees, and take effect in May.", ["disclose fees"]),
        ("The new rules require owners to register their boats, raise mooring fees, and ban overnight anchoring.",
         ["register their boats", "overnight anchoring"]),  # (the rules ban the anchoring)
        # an act with no object is named with how or when it is done; alone, a verb names nothing
        ("The act bars tour operators from anchoring overnight.", ["anchoring overnight"]),
        ("Drivers must not idle.", []),
        # a ban joined to a sanction for what someone did is part of the sanction
        ("A boat owner who dumps fuel twice will have the licence revoked and may not reapply for two years.",
         ["dumps fuel"]),
        # a ban beside new rules someone faces is conduct of its own
        ("Marinas that sell fuel face new rules and may not sell leaded fuel.", ["sell leaded fuel"]),
        # what is earned is a thing: a clause on it says what it brings, not what anyone does
        ("Marinas that pass every inspection earn Blue Flag status, which brings lower insurance rates.",
         ["pass every inspection"]),
    ],
)
def test_frames_only_the_doers_acts_are_duties(nlp, text, conduct):
    assert [c for _k, c, _a, _p in _duties(nlp, text) if c] == conduct  # (a bare duty names no conduct)


def test_frames_a_coordinated_verb_with_its_own_modal_does_not_share_the_ban(nlp):
    found = _duties(nlp, "For-profit firms cannot receive grants but may be hired as contractors.")
    assert [c for _k, c, _a, _p in found] == ["receive grants"]
    found = _duties(nlp, "A state agency must inspect each provider and must complete background checks on all staff.")
    assert [(c, a) for _k, c, a, _p in found] == [("inspect each provider", "agency"),
                                                 ("complete background checks", "agency")]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("Under the new rule, growers must:", ("obligation", "growers")),
        ("Each agency shall:", ("obligation", "agency")),
        ("Covered employers are required to:", ("obligation", "employers")),
        ("The ordinance requires landlords to:", ("obligation", "landlords")),
        ("Drivers may not:", ("prohibition", "Drivers")),
        ("Schools should:", ("recommendation", "Schools")),
        ("The programme has three parts:", ("", "")),
        ("Employers must keep records.", ("", "")),  # no list follows
        ("Landlords of buildings with three or more rental units shall:", ("obligation", "Landlords")),
        ("A dealer who purchases a catalytic converter must:", ("obligation", "dealer")),
        # a participle saying which ones ends the doer; one naming a kind of body does not
        ("School food authorities participating in the lunch program must:", ("obligation", "School food authorities")),
        ("Landlords renting to students must:", ("obligation", "Landlords")),
        ("Food processing facilities must:", ("obligation", "Food processing facilities")),
        ("The Department of Labor must:", ("obligation", "Department of Labor")),
        ("The Secretary of the Treasury must:", ("obligation", "Secretary of the Treasury")),
        ("The Minister for Health shall:", ("obligation", "Minister for Health")),
        ("Operators that hold a permit must not:", ("prohibition", "Operators")),
        ("The groups say that a good boating law must:", ("obligation", "good boating law")),
        # a list addressed to a named body is what it should do; a purpose is no one
        ("To the Arden Department of Environmental Quality:",
         ("recommendation", "Arden Department of Environmental Quality")),
        ("To apply:", ("", "")),
        # recommendations said to be that a body act are what it should do; recommendations it acted on are not
        ("We made four recommendations to the Harbor Administrator, including that the Harbor Agency:",
         ("recommendation", "Harbor Agency")),
        ("Our recommendations are that the Board:", ("recommendation", "Board")),
        ("The recommendations that the Board accepted:", ("", "")),
        # a list of offences forbids its items, whoever does them; what follows from one is no offence
        ("Violations include:", ("prohibition", "")),
        ("Prohibited conduct includes:", ("prohibition", "")),
        ("The following are violations of this Code:", ("prohibition", "")),
        ("Examples of misconduct:", ("prohibition", "")),
        # (session 40) what a programme pays or credits for
        ("Farmers must commit to one eligible practice. Eligible practices include:", ("reward", "")),
        ("Qualifying activities:", ("reward", "")),
        ("Eligible projects include:", ("", "")),  # things, not acts
        # (session 40) offences the policy names as its own, by a word or two
        ("Besides a failed test, the Code's doping violations include:", ("prohibition", "")),
        ("Serious safety violations include:", ("prohibition", "")),
        ("Outcomes after violations include:", ("", "")),  # (session 40 review) what follows a violation
        ("Penalties for violations include:", ("", "")),
        # (found in review) ways to report a violation, or what follows from one, are no offences
        ("Violations of the Code may be reported by:", ("", "")),
        ("Violations of this Permit are subject to:", ("", "")),
        ("Violations of these rules will result in the following sanctions:", ("", "")),
        ("Reporting violations:", ("", "")),
        # what a party "will" do under the terms that bind it is owed; what someone will do otherwise is a forecast
        ("Under a stipulated settlement approved by the Commission on a 5-0 vote, Harbor Fuel Inc. will:",
         ("obligation", "Harbor Fuel Inc")),
        ("Under the terms of the consent decree, the marina will:", ("obligation", "marina")),
        ("Under the new program, the Harbor Board will:", ("", "")),
        ("Next year, the marina will:", ("", "")),
        # an abbreviation's full stop ends no sentence
        ("The permit was issued in May. Under the permit, Brandt Minerals Inc. must:",
         ("obligation", "Brandt Minerals Inc")),
        ("The complaint names Hollis Co. Employers must:", ("obligation", "Employers")),  # a legal form ends it
        # a subject said to hold duties owes the items
        ("Providers that join the programme take on several obligations under the Home Connect Rules:",
         ("obligation", "Providers")),
        ("Under the rule, landlords have these duties:", ("obligation", "landlords")),
        ("Landlords have no duties:", ("", "")),
        ("Critics say landlords have too many duties:", ("", "")),
        ("The agency has several options:", ("", "")),
    ],
)
def test_frames_list_intro_states_the_duty_and_its_doer(intro, expected):
    lex = load_lexicon()
    assert intro_duty(intro, obligation_cues=lex.obligation_cues, prohibition_cues=lex.prohibition_cues) == expected


@pytest.mark.parametrize(("text", "doers"), [
    ("Under the rules, lifeguards must:", ["lifeguards"]),
    ("Lifeguards shall:", ["Lifeguards"]),
    ("Swimmers may not:", ["Swimmers"]),
    ("Tenants cannot:", ["Tenants"]),
    ("Landlords can not:", ["Landlords"]),
    ("Swimmers may:", []),  # what they are allowed, no duty
    ("Lifeguards must check the water:", []),  # the duty has its verb; the list says more of it
    ("Lifeguards must.", []),  # no list
    # a sentence broken off at its duty, the list going on with it
    ("Under the rules, each lifeguard must", ["lifeguard"]),
    ("Swimmers are prohibited from", ["Swimmers"]),
    ("Under the rules, swimmers are required to:", ["swimmers"]),
    ("Swimmers are not prohibited from", []),
    ("Swimmers are prohibited from diving.", []),  # the act is named: `duties`
])
def test_frames_who_owes_the_duties_a_modal_lists(nlp, text, doers):
    assert [t.text for t in list_intro_doers(nlp(text))] == doers


@pytest.mark.parametrize(("text", "noun", "acts"), [
    ("Hunters convicted of poaching lose their licences.", "Hunters", ["poaching"]),
    ("Boaters convicted of speeding in the channel will pay a fine.", "Boaters", ["speeding"]),
    ("Hunters convicted of fraud lose their licences.", "Hunters", []),  # an offence by its noun is named apart
    ("Hunters accused of poaching keep their licences.", "Hunters", []),  # accused is not convicted
])
def test_frames_what_a_court_found_them_doing(nlp, text, noun, acts):
    assert [t.text for t in convicted_of(word(nlp, text, noun))] == acts


@pytest.mark.parametrize(("heading", "doer"), [
    ("What employers may not do", "employers"),
    ("What Swimmers Must Do", "Swimmers"),
    ("**What charter operators should do**", "charter operators"),
    ("Duties of the landlord", "landlord"),
    ("Responsibilities for hosts:", "hosts"),
    ("Hosts' obligations", "Hosts"),
    ("Advice to Residents", "Residents"),
    ("Tips for landlords", "landlords"),
    ("What Restaurants Should Do", "Restaurants"),
    ("What you must do", ""),  # the reader, no one named
    ("What happens next", ""),
    ("Reporting requirements", ""),
])
def test_frames_who_a_heading_says_owes_its_list(heading, doer):
    assert heading_doer(heading) == doer


def test_frames_items_under_a_duty_intro_are_conduct_of_its_doer(nlp):
    from pathlib import Path

    from policygraph.extract import extract_many
    from policygraph.ingest import parse_article

    text = (b"# Farm work\n\nThe Farm Labour Rule sets duties for growers. Under the rule, growers must:\n\n"
            b"- Provide housing at no cost to workers.\n- Pay workers at least the minimum wage.\n")
    x = next(extract_many([parse_article(text, path=Path("farm.md"))], nlp, entity_filter=None))
    labels = {e.key: e.label for e in x.entities}
    performed = {(labels[r.subject], labels[r.object]) for r in x.relations if r.predicate == "performedBy"}
    assert performed == {("provide housing", "growers"), ("pay workers at least the minimum wage", "growers")}
    assert ("Farm Labour Rule", "evaluates", "growers") in {(labels[r.subject], r.predicate, labels[r.object])
                                                             for r in x.relations}


@pytest.mark.parametrize(("item", "kind", "conduct"), [
    ("publish inspection results on its website", "recommendation", ["publish inspection results"]),

    # an item that passes a duty on to others is no conduct of the intro's doer
    ("require state inspectors to verify that marinas correct each cited deficiency", "recommendation", []),
    # ... but under a ban the handing is the banned act, named with what is handed
    ("require workers to skip rest breaks in order to meet quotas", "prohibition",
     ["require workers to skip rest breaks"]),
])
def test_frames_an_item_that_passes_a_duty_on_is_not_the_doers_conduct(nlp, item, kind, conduct):
    from policygraph.extract.frames import item_duty

    doc = nlp(item)
    assert [span_text(doc, d.conduct) for d in item_duty(doc, kind)] == conduct


@pytest.mark.parametrize(("item", "kind", "expected"), [
    # an adverb before the verb: the verb names the conduct; a negating one bans it
    ("clearly disclose the renewal terms before the consumer pays;", "obligation",
     [("obligation", "disclose the renewal terms")]),
    ("never sell tickets above face value;", "obligation", [("prohibition", "sell tickets above face value")]),
    # an item owing restraint bans what it refrains from
    ("refrain from charging more than three overdraft fees in a single day;", "obligation",
     [("prohibition", "charging more than three overdraft fees")]),
])
def test_frames_an_item_opening_with_an_adverb(nlp, item, kind, expected):
    from policygraph.extract.frames import item_duty

    doc = nlp(item)
    assert [(d.kind, span_text(doc, d.conduct)) for d in item_duty(doc, kind)] == expected


@pytest.mark.parametrize(("item", "kind", "expected"), [
    # under a list of offences, an item naming an act by its noun is the act forbidden
    ("the presence of a banned substance in a sample;", "prohibition",
     [("prohibition", "presence of a banned substance in a sample")]),
    ("the presence of a banned substance in an athlete's sample;", "prohibition",
     [("prohibition", "presence of a banned substance in an athlete's sample")]),
    ("possession or trafficking of banned substances; and", "prohibition",
     [("prohibition", "possession or trafficking of banned substances")]),
    ("tampering with any part of doping control;", "prohibition",
     [("prohibition", "tampering with any part of doping control")]),
    # ... not a thing, nor an act under a duty to do something
    ("a laptop or tablet;", "prohibition", []),
    ("Sanctions", "prohibition", []),  # a heading taken for an item
    ("the presence of a first-aid kit on site;", "obligation", []),
    # (session 40) what the doer must have done, an item alone (the parse reads "have" as the participle's helper)
    ("have those emissions checked by an accredited verifier;", "obligation",
     [("obligation", "have those emissions checked by an accredited verifier")]),
    # (session 40) an opening -ing form the tagger read as a noun names the act, under a list of rewarded acts too
    ("planting cover crops over winter;", "reward", [("reward", "planting cover crops over winter")]),
    ("planting hedgerows and field-margin trees.", "reward", [("reward", "planting hedgerows and field-margin trees")]),
])
def test_frames_an_offence_listed_by_its_noun(nlp, item, kind, expected):
    from policygraph.extract.frames import item_duty

    doc = nlp(item)
    assert [(d.kind, span_text(doc, d.conduct)) for d in item_duty(doc, kind)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Small landlords raised concerns about compliance costs.", ["compliance costs"]),
        ("Critics warn that the law could shrink the housing supply.", ["shrink the housing supply"]),
        ("Parents worry about student safety in emergencies.", ["student safety"]),
        ("The agency cited the risk of exploitation by adversaries.", ["exploitation"]),
        ("Researchers fear legal reprisal.", ["legal reprisal"]),
        ("Teachers voiced concerns that the ban will delay emergency calls.", ["delay emergency calls"]),
        ("Critics do not warn that the law could shrink the supply.", []),  # negated clause still names nothing new
        ("The council said that the law will take effect in May.", []),  # a statement, not a worry
        # what a critic says is a worry
        ("Critics say the boat rule could raise costs for small operators.", ["raise costs"]),
        # what a policy would impose is the worry, not the imposing
        ("Observers have raised concerns that the rule could impose compliance costs on small operators.",
         ["compliance costs"]),
        # a coordinated verb shares the first one's "would"; "counter" reports an argument
        ("Industry groups counter that the boat rule would raise costs and reduce service in rural areas.",
         ["raise costs", "reduce service"]),
        ("The council says the boat rule could raise costs for small operators.", []),
        # what is put at risk; what a concern is "with"
        ("Parents argue that the ban puts student safety at risk.", ["student safety"]),
        ("The dredging plan placed the health of the river in jeopardy.", ["health of the river"]),
        ("The board did not put student safety at risk.", []),
        ("The council put the plan on hold.", []),
        ("Owners voice concerns with depending on state inspectors.", ["depending on state inspectors"]),
        # what is threatened; the act of threatening when it is named as one
        ("The dredging plan could undermine public trust.", ["public trust"]),
        ("The cap risks jeopardizing river research nationwide.", ["jeopardizing river research nationwide"]),
        # an outcome said to be only possible; a claimed one is no worry
        ("The boat rule could lead to longer delays.", ["longer delays"]),
        ("The boat rule will lead to cleaner water.", []),
        ("The plan cuts costs without jeopardizing river research.", []),
        # a critic's warning of an outcome names the outcome, not the leading to it
        ("Critics warn that the boat rule will result in higher fares.", ["higher fares"]),
        ("Critics argue the boat rule could lead to job losses.", ["job losses"]),
        # each outcome of a list
        ("Residents raised concerns that the boat rule could lead to neighbor disputes and uneven enforcement.",
         ["neighbor disputes", "uneven enforcement"]),
        # a warning makes what it reports a worry, hedged or not
        ("Economists warned that price caps often lead to ticket shortages.", ["ticket shortages"]),
        ("Critics fear that the boat rule pushes sales abroad.", ["pushes sales"]),
        ("Supporters say that the boat rule cleans the harbor.", []),
        # objecting to something; an outcome caused, named with what changes
        ("Two board members objected to the cost of pouches.", ["cost of pouches"]),
        ("Critics say the boat rule could cause an increase in complaints.", ["increase in complaints"]),
        # each coordinated speculation is a worry of its own
        ("Critics argued that the boat rule would raise fees and could hurt small marinas.",
         ["raise fees", "hurt small marinas"]),
        # questions raised about something; a danger named with what it endangers
        ("The boat rule raises questions about the enforcement of hull standards.", ["enforcement of hull standards"]),
        ("Betting markets may pose risks to election integrity.", ["risks to election integrity"]),
        # what someone is feared to engage in
        ("Observers have expressed concern that resale platforms may engage in deceptive pricing.", ["deceptive pricing"]),
        # pointing to a chance of harm, named with what may happen
        ("Advocates point to the potential for manipulation of event contracts.",
         ["potential for manipulation of event contracts"]),
        # a doubt asked "whether" is a worry
        ("Lawmakers questioned whether the boat rule duplicates federal efforts.", ["duplicates federal efforts"]),
        ("Lawmakers asked when the boat rule takes effect.", []),
        # what a policy is meant to remedy is a worry it exists to address; what it merely does is not
        ("The boat rule is intended to curb illegal dumping.", ["illegal dumping"]),
        ("The boat rule was designed to protect boaters from deceptive pricing.", ["deceptive pricing"]),
        # what a policy protects people from, said in any tense, or of "it" in what someone argues
        ("The boat rule protects boaters from fuel spills and engine fires.", ["fuel spills", "engine fires"]),
        # a kind of something is that thing
        ("The boat rule was designed to prevent this type of fraud.", ["fraud"]),
        ("Supporters argue that it protects boaters from fuel spills.", ["fuel spills"]),
        ("The boat rule aims to minimize harbor congestion.", ["harbor congestion"]),
        # a second purpose joined to the first is the same policy's
        ("The council adopted the boat rule to reduce litter on beaches and to prevent flooding.",
         ["litter", "flooding"]),
        ("The boat rule seeks to curb illegal dumping and deter oil spills.", ["illegal dumping", "oil spills"]),
        ("The council adopted the boat rule to curb dumping and hired two inspectors.", ["dumping"]),
        # a thing that targets a harm is for it, whatever the tense; someone who does is not a policy's purpose
        ("The harbor ordinance combats illegal dumping.", ["illegal dumping"]),
        ("The Clean Harbor Ordinance combats illegal dumping in the bay.", ["illegal dumping"]),
        # what something is left open to is the worry, not the leaving; who is exposed to something is not
        ("The Harbor Commission is concerned that the waiver leaves the program exposed to fraud.", ["fraud"]),
        ("Critics warn that the boat rule leaves marinas vulnerable to lawsuits.", ["lawsuits"]),
        ("Dock workers exposed to diesel fumes must wear masks.", []),
        # what is exposed to someone is the worry, not whom it is exposed to
        ("The council warned that the reporting rule would expose confidential rebate terms to competitors.",
         ["expose confidential rebate terms"]),
        ("The new boat rule will deter oil spills at the marina.", ["oil spills"]),
        ("Harbor inspectors tackle the backlog.", []),
        ("Maria Lopez fights corruption.", []),
        ("The boat rule does not curb dumping.", []),
        # a load laid on someone is a worry, whoever says so; its size is no part of its name
        # a hyphenated word is named whole, though the parse splits it into three nouns
        ("The Harbor Commission is also concerned about cross-contamination at fuel docks.", ["cross-contamination"]),
        # what is called dangerous is the worry; a number said to be higher is no conduct to name
        ("The Commission warns that diesel exhaust is especially dangerous for children.", ["diesel exhaust"]),
        ("The Commission is concerned that the true number of spills is likely higher than reported.", []),
        # (bare costs are named with whom they fall on, as the guide's "costs to small businesses")
        ("The photo requirement imposes costs on small yards.", ["costs on small yards"]),
        ("Quarterly re-certification would impose a heavy paperwork burden on eligible households.",
         ["paperwork burden"]),
        # costs a policy would bring, said to be heavy, named without how heavy
        ("The reporting rule would impose significant equipment costs on family-owned businesses.",
         ["equipment costs"]),
        ("The boat rule imposes no burden on marinas.", []),
        ("The boat rule does not impose costs on marinas.", []),
        ("If the rule imposed costs on marinas, owners would object.", []),
        # a warned-of clause whose subject is a cost or harm is named by that noun phrase
        ("He warned that compliance costs could drive smaller start-ups out of the market.", ["compliance costs"]),
        # a load said to land on someone is a worry, whoever says so
        ('"Compliance costs will fall hardest on small shops," said the owner.', ["Compliance costs"]),
        ("If costs fall on small shops, owners will object.", []),
        # a harm something brings about is a worry; what else it creates is not
        ("The advisory opinion created regulatory uncertainty for lenders.", ["regulatory uncertainty"]),
        ("The rule created a new registry for lenders.", []),
        ("The rule caused no confusion.", []),
        # a load or danger cited for a stance is a worry; a cited source is not
        ("The council opposed the boat rule, citing repair costs for small landlords.", ["repair costs"]),
        ("The council opposed the boat rule, citing a 2019 study.", []),
        ("The boat rule was written to mitigate the risk of flooding.", ["risk of flooding", "flooding"]),
        # worries about one thing and about another are two; a risk said to remain or grow is the worry
        ("Patient groups have raised concerns about the cost of the rule and about weak enforcement by the agency.",
         ["cost of the rule", "weak enforcement"]),
        ("The agency is concerned that the risk of undetected fraud will remain high.",
         ["risk of undetected fraud", "undetected fraud"]),
        # a change or load said to fall on someone is the worry, not the falling
        ("Consumer advocates warned that rate increases could fall hardest on low-income households.",
         ["rate increases"]),
        # a reported worry whose object is a risk is named by the risk (and by what is at risk)
        ("Critics are concerned that the boat rule underestimates the risk of off-target movement.",
         ["risk of off-target movement", "off target movement"]),
        # a pair of bare nouns names one thing; a longer list names one each
        ("The council adopted the boat rule to crack down on fraud and abuse.", ["fraud and abuse"]),
        ("The council adopted the boat rule to crack down on fraud, theft and abuse.", ["fraud", "theft", "abuse"]),
        ("The unsafe docks put boaters' health and safety at risk.", ["health and safety"]),
        ("The boat rule reduces fees for small marinas.", []),
        ("Agencies share records in their efforts to prevent smuggling.", []),  # no policy's purpose
        # encroaching on something threatens it
        ("Opponents argue that the boat rule infringes on property rights.", ["property rights"]),
        # what a policy is said to cause is not "under" it
        ("Critics warn of higher fees under the boat rule.", ["higher fees"]),
        # what a worry noun is said to be
        ("The main criticism of the boat rule is its cost.", ["cost"]),
        ("The main benefit of the boat rule is its cost.", []),
        # ... and what is said to be a worry (whether that is a policy is for the mention rules); someone is none
        ("Insider trading on fishing quotas is a key concern for regulators.", ["Insider trading"]),
        ("Marina owners are a concern.", []),
        # what a policy is criticised for
        ("The boat rule has been criticized for its high cost.", ["high cost"]),
        # what someone questions, not whom
        ("Some observers have questioned the rule's effect on small marinas.", ["effect on small marinas"]),
        ("Lawmakers questioned the inspectors.", []),
        # what someone says harms people is a worry; who harms them is not
        ("Advocates say that hidden fees and speculative listings mislead buyers.",
         ["hidden fees", "speculative listings"]),
        ("Advocates say that some resellers mislead buyers.", []),
        # people put at risk are not the worry (their safety is, unnamed); "of" before a verb is no worry's "of"
        ("Unrepaired docks put boaters at risk.", []),
        ("Of the 120 inspections we reviewed, 41 found violations.", []),
        # what a policy could be used to do is the worry
        ("Critics worry that the boat rule could be used to target small marinas.", ["target small marinas"]),
        # what criticism is "over" or "about" is the worry, whether the phrase hangs on the noun or its verb
        ("The boat rule has drawn criticism over its cost.", ["cost"]),
        ("Owners filed complaints about slow inspections.", ["slow inspections"]),
        ("The board drew criticism from boaters.", []),
        # what a policy would make something is the worry; a worry's second clause is one too
        ("Critics argue that the boat rule will make boat ownership more difficult and costly for small owners.",
         ["boat ownership more difficult and costly"]),
        ("Owners voiced concerns that the boat rule lacks clear standards and may raise mooring fees.",
         ["lacks clear standards", "raise mooring fees"]),
        # what a verb of letting lets happen is the worry, from that verb on
        ("Critics warn that the boat rule could force small marinas to close.", ["force small marinas to close"]),
        ("Critics fear that the boat rule would allow vendors to collect personal data.",
         ["allow vendors to collect personal data"]),
        # an amount said to grow to a figure is the worry, not the growing
        ("Superintendents warned that the cost of replacing old pipes could reach $300 million.",
         ["cost of replacing old pipes"]),
        # what a policy may pose is a worry
        ("The boat rule could pose serious delays for boaters.", ["serious delays"]),
        # what someone complains a policy does is a worry, as what they warn of is
        ("Boat owners complain that the boat rule raises mooring fees.", ["raises mooring fees"]),
        # ... and so is what a critic argues it does; what another argues it does need not be
        ("Critics argue that the boat rule raises mooring fees.", ["raises mooring fees"]),
        ("The Ferry Guild argues that the boat rule raises mooring fees.", []),
        # what a cause's advocates argue a policy lets happen or harms is a worry; a change they welcome is not
        ("Environmental groups argue that the boat rule lets marinas keep dumping waste.",
         ["lets marinas keep dumping waste"]),
        ("Consumer groups argue that the boat rule lowers mooring fees.", []),
        # what supporters say a policy would do is a claimed benefit; advocates of a cause may still worry
        ("Supporters argue that the new rule would shorten waiting lists.", []),
        ("Privacy advocates argue that the new rule would expose home addresses.", ["expose home addresses"]),
        # being worried is worrying; a worried modifier or a denial is not
        ("Fishers are concerned that the boat rule will raise mooring fees.", ["raise mooring fees"]),
        ("Some members were worried that the boat rule could harm small marinas.", ["harm small marinas"]),
        ("Fishers are not concerned that the boat rule will raise mooring fees.", []),
        ("Regulators are concerned about insider trading on fishing quotas.", ["insider trading"]),
        ("Regulators are not concerned about insider trading on fishing quotas.", []),
        ("Regulators are worried about marina owners.", []),  # people are no worry
        ("The concerned marinas filed reports.", []),
        # what a policy would be used for; a content clause the parse reads as a relative one
        ("Some observers have raised concerns that boat permits could be used for insider trading.",
         ["insider trading"]),
        # what someone is criticised for doing, not a "for" before the verb
        ("For years, the boat office was criticized for giving owners inaccurate information.",
         ["giving owners inaccurate information"]),
        # what a policy is criticised as
        ("The boat rule has been criticized as too costly for small marinas.", ["too costly"]),
        # what someone not a critic merely says a policy would do is no worry
        ("The Ferry Guild said the boat rule would fund new docks.", []),
        # "are concerned" read as a passive verb is the same worry
        ("We are concerned, however, that the boat rule would raise mooring fees.", ["raise mooring fees"]),
        # an opponent's reason, when it is what the policy would do or a harm it does
        ("Supervisor Ana Hale opposed the boat rule because it would treat bakeries differently from other shops.",
         ["treat bakeries"]),  # (its longer form is the mention's variant)
        ("Two members voted against the boat rule because it raises mooring fees.", ["raises mooring fees"]),
        ("The Ferry Guild opposes the boat rule because it was written in a hurry.", []),
        ("The Ferry Guild does not oppose the boat rule because it would raise mooring fees.", []),
        ("The Ferry Guild supports the boat rule because it would fund new docks.", []),
        ("The Ferry Guild opposes the boat rule because it would not raise mooring fees enough.", []),
        # what a policy risks doing; also where the tagger reads "risks" as a plural noun ("ban risks")
        ("Critics say the boat rule would risk driving marinas out of business.", ["driving marinas"]),
        ("Critics warned that the scheduling ban risks pushing ferry operators to rival ports.",
         ["pushing ferry operators to rival ports"]),
        # (session 40) the name a risk or a problem is given
        ("Without the levy, production could move abroad, a risk known as carbon leakage.", ["carbon leakage"]),
        ("The register stops a credit being sold twice, a problem called double counting.", ["double counting"]),
        # whom one warns is no object acted on
        ('"This is a grossly unfair penalty for a small carrier," he said, warning of job losses if the fine forces '
         "the company out of business.", ["job losses"]),
        # a clause told as a question ("how it will ...") is no claim that it will happen
        ("Each port must submit a plan describing how it will prioritize high-risk berths.", []),
        ("Critics described how the rule would raise mooring fees.", []),
        ("Critics described that the rule would raise mooring fees.", ["raise mooring fees"]),
        # what a provision would invite is the worry, without a word pointing back ("the same")
        ("We are concerned that the provision would invite the same damage to private docks.",
         ["damage to private docks"]),
        # what a change would hasten or worsen is the worry
        ("Port officials cautioned that the expansion may hasten the depletion of the dock fund.",
         ["depletion of the dock fund"]),
        ("Critics warn that the fee would worsen congestion at public ramps.", ["congestion"]),
        # a state doubted names no act
        ("We question whether a surcharge on paper bills is consistent with the rule.", []),
    ],
)
def test_frames_worry_frames_name_the_concern(nlp, text, expected):
    assert _worries(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If a driver runs a red light, they lose three points.", ("penalty", "runs a red light", "driver")),
        ("Residents earn points by recycling.", ("reward", "recycling", "Residents")),
        ("The Focused Classrooms Act penalizes students who use phones during lessons.",
         ("penalty", "use phones", "students")),
        ("The council rewards landlords who complete repairs on time.", ("reward", "complete repairs", "landlords")),
        # a consequence verb and a penalty or reward noun
        ("Under the code, owners who report spills quickly receive a discount on permits.",
         ("reward", "report spills", "owners")),
        ("The Boat Code imposes fines on owners who dump waste.", ("penalty", "dump waste", "owners")),
        ("Under the code, dumping waste can lead to the loss of a permit.", ("penalty", "dumping waste", None)),
        # a right lost for a failure punishes the failure
        ("Couriers who fail to register cannot bid for city contracts.", ("penalty", "fail to register", "Couriers")),
        # ... and named with its "fail to" when the failed act has an object
        ("Landlords who fail to return deposits within 21 days must pay double the deposit.",
         ("penalty", "fail to return deposits", "Landlords")),
        # a penalty paid if the one who pays does something punishes that
        ("If the company violates the decree, it must pay stipulated penalties of $25,000 a day.",
         ("penalty", "violates the decree", "it")),
        # liable to each sanction of a list; a class of systems that does something is bodies
        ("A system that fails to meet the replacement rate may be subject to administrative orders and civil "
         "penalties.", ("penalty", "fails to meet the replacement rate", "system")),
        # a failure given as an example of what is fined is fined, named whole
        ("Under the act, violations, including failure to respond to a complaint within 60 minutes, carry fines.",
         ("penalty", "failure to respond to a complaint", None)),
        # money paid back when they do something rewards it; a share of the price paid back is money received
        ("Residents would receive $150 toward a new blower when they turn in a working gas blower.",
         ("reward", "turn in a working gas blower", "Residents")),
        ("Landscapers who buy electric equipment would receive up to 50 percent of its cost.",
         ("reward", "buy electric equipment", "Landscapers")),
        # dismissal is a sanction
        ("Graduate students found to have used AI without disclosure may be dismissed from their program.",
         ("penalty", "used AI without disclosure", "students")),
        # what a penalty or reward is "for"
        ("Owners receive a discount for recycling used oil.", ("reward", "recycling used oil", "Owners")),
        # the subject a consequence verb shares with the verb it is coordinated with
        ("Falsification of dock records is treated as a violation and may lead to the loss of a permit.",
         ("penalty", "Falsification of dock records", None)),
        # what a condition supposes, when a penalty is faced for it
        ("If a caregiver makes a false claim, the caregiver faces a penalty of 50 percent.",
         ("penalty", "makes a false claim", "caregiver")),
        # a sum of money received is a reward
        ("Caregivers who complete a training course receive an extra $250.",
         ("reward", "complete a training course", "Caregivers")),
        ("Under the code, owners face fines for dumping waste.", ("penalty", "dumping waste", "owners")),
        ("The Green Farms program offers rebates to growers who install drip irrigation.",
         ("reward", "install drip irrigation", "growers")),
        # what those who must pay a penalty did is punished
        ("Facilities that emit more than their allowances must pay a penalty of $100 per ton.",
         ("penalty", "emit more than their allowances", "Facilities")),
        ("Facilities that emit more than their allowances must buy extra allowances at auction or pay a penalty of $100 per ton.",
         ("penalty", "emit more than their allowances", "Facilities")),
        # a subject that is banned or rewarded in the passive: what it does earns it
        ("An employer that underpays workers may be barred from the program.", ("penalty", "underpays workers", "employer")),
        # (session 42) a second act after "or" that the parse joins to the noun is the noun's too
        ("A provider that fails to keep the logs, or deletes records early, could be fined up to 4 percent of its "
         "turnover.", ("penalty", "deletes records early", "provider")),
        # (session 46) so is a second relative clause of the same noun, with its own "that"
        ("Marinas that fail to pay fees on time, or that push boaters into buying insurance, will face civil "
         "penalties.", ("penalty", "push boaters", "Marinas")),
        ("Residents who sort their waste are rewarded with credits.", ("reward", "sort their waste", "Residents")),
        # a subject whose own permit or contract is taken: what it does is punished
        ("A landlord that collects side payments may have its contract terminated.",
         ("penalty", "collects side payments", "landlord")),
        ("Operators who dump fuel will have their licenses revoked.", ("penalty", "dump fuel", "Operators")),
        ("A dealer that sells to minors will get its licence revoked.", ("penalty", "sells to minors", "dealer")),
        ("A host who receives three violations will have the licence revoked.",
         ("penalty", "receives three violations", "host")),
        ("Developers who fail annual inspections will have their tax credits revoked.",
         ("penalty", "fail annual inspections", "Developers")),
        # points or a penalty lifted reward what earns it
        ("Boaters who complete a safety course will have their violation points cancelled.",
         ("reward", "complete a safety course", "Boaters")),
        ("Farmers who enroll may have their penalties suspended.", ("reward", "enroll", "Farmers")),
        # eligible if those the eligible party is responsible for act
        ("Fleet owners are eligible for a rebate if their drivers complete eco-driving training.",
         ("reward", "complete eco-driving training", "drivers")),
        # a verb with no object is conduct enough in such a clause
        ("Residents who recycle are rewarded with credits.", ("reward", "recycle", "Residents")),
        # relief from a charge is a reward
        ("Owners who complete a safety course will receive a 20 percent reduction in inspection fees.",
         ("reward", "complete a safety course", "Owners")),
        # a subject that undergoes the consequence: what it does earns it
        ("Companies that miss the deadline would lose their licenses.", ("penalty", "miss the deadline", "Companies")),
        ("Stores that install chargers earn credits.", ("reward", "install chargers", "Stores")),
        # a subject open to a consequence ("subject to", "liable for", "eligible for", "punishable")
        ("Owners who dump sewage are subject to civil penalties.", ("penalty", "dump sewage", "Owners")),
        ("Growers who plant cover crops are eligible for a rebate.", ("reward", "plant cover crops", "Growers")),
        # eligible "if" they do something: the condition's act earns it
        ("Vendors are eligible for a 25 percent discount on the permit fee if they power their truck with batteries.",
         ("reward", "power their truck", "Vendors")),
        ("Dumping sewage is punishable by a fine.", ("penalty", "Dumping sewage", None)),
        # what a penalty imposed is "for"
        ("The Boat Code imposes penalties for dumping sewage.", ("penalty", "dumping sewage", None)),
        # whose license a penalty takes: their conduct is punished
        ("The commission may revoke the license of any operator who discharges fuel.",
         ("penalty", "discharges fuel", "operator")),
        # "fined" is the verb "fine" (the model's lemmatizer cuts it to "fin")
        ("Operators that dump sewage can be fined up to $500.", ("penalty", "dump sewage", "Operators")),
        # seizures, forfeiture, debarment, prison are penalties too
        ("Producers who mislabel cider may face product seizures.", ("penalty", "mislabel cider", "Producers")),
        ("Contractors who falsify invoices face debarment.", ("penalty", "falsify invoices", "Contractors")),
        # a subject that risks a loss: what it does risks it
        ("Owners who skip inspections risk losing their permits.", ("penalty", "skip inspections", "Owners")),
        # "from" hung on the last of the objects, its gerund read as a noun's modifier
        ("The Harbor Act would prohibit members of the Harbor Board and their staff from trading mooring permits.",
         ("prohibition", "trading mooring permits", "members")),
        # an act a punishing or rewarding verb names as its object
        ("The Harbor Rule penalizes late payments.", ("penalty", "late payments", None)),
        ("The Harbor Rule punishes illegal dumping.", ("penalty", "illegal dumping", None)),
        ("The Harbor Program rewards timely payment of fees.", ("reward", "timely payment of fees", None)),
        # money a programme pays out, received or claimed, rewards what brought it
        ("Farmers who plant trees receive payments of 50 dollars per acre.", ("reward", "plant trees", "Farmers")),
        ("Employers that hire veterans can claim a tax credit.", ("reward", "hire veterans", "Employers")),
        # a penalty imposed on those who fail to act punishes the failure, also when "on" hangs on the amount
        ("The Fair Pricing Act would impose civil penalties of up to 100,000 dollars on manufacturers that fail to "
         "report.", ("penalty", "fail to report", "manufacturers")),
        # whom a policy lets others sue, it punishes for what they do
        ("The bill gives tenants the right to sue landlords that withhold deposits.",
         ("penalty", "withhold deposits", "landlords")),
        # conduct that "carries" a penalty, or costs standing in a scoring scheme
        ("Illegal dumping carries a fine of up to 500 dollars.", ("penalty", "Illegal dumping", None)),
        ("Running a red light costs three points.", ("penalty", "Running a red light", None)),
        ("Traffic violations such as running a red light cost a few points.", ("penalty", "running a red light", None)),
        # each conduct a standing is earned "for", the list's later gerunds hung on the verb by the parse
        ("Residents earn points for volunteering, donating blood and caring for elderly relatives.",
         ("reward", "donating blood", "Residents")),
        # the drafter's "where" opening a sentence is "if": its act is what the sanction follows
        ("Where an airline exceeds its share of the cap, the authority may impose a fine.",
         ("penalty", "exceeds its share of the cap", "airline")),
        ("Where an owner dumps sewage, the owner faces a fine.", ("penalty", "dumps sewage", "owner")),
        # handing back what a programme gave punishes what brought it about
        ("A landlord who breaks this condition must repay the full rebate.", ("penalty", "breaks this condition",
                                                                              "landlord")),
        ("If owners remove the panels within five years, they must repay a share of the rebate.",
         ("penalty", "remove the panels", "they")),
        # a second sanction joined to the first: the first verb's subject suffers it
        ("A visitor who repeatedly refuses to follow the policy may be asked to leave and may be barred from the "
         "hospital.", ("penalty", "refuses to follow the policy", "visitor")),
        # (session 40) a case of an act is that act
        ("Any instance of contract cheating can lead to expulsion.", ("penalty", "contract cheating", None)),
        ("A third violation, or any case of contract cheating, can lead to suspension or expulsion.",
         ("penalty", "contract cheating", None)),
    ],
)
def test_frames_consequences_name_the_conduct_that_earns_them(nlp, text, expected):
    assert expected in [(k, c, a) for k, c, a, _p in _duties(nlp, text)]


def test_frames_a_second_relative_clause_saying_which_ones_is_no_act(nlp):
    # (session 46 review) "or that own more than ten units" says which landlords, not what they do wrong
    found = [(k, c, a) for k, c, a, _p in _duties(nlp, "Landlords that violate the ordinance, or that own more than "
                                                       "ten units, face fines.")]
    assert ("penalty", "violate the ordinance", "Landlords") in found and not any("own" in c for _k, c, _a in found)


@pytest.mark.parametrize("text", ["Flying at night is not a violation of the Drone Act.",
                                  "Violations include fines of up to 500 dollars.",
                                  # relief done to one's own rent, and a thing taken that is no one's own
                                  "Tenants who lose their jobs may have their rent reduced.",
                                  "Buyers who complain may have the sale cancelled.",
                                  # a condition on someone else's act, and a cut in money one receives
                                  "Owners are liable for fines if an inspector finds leaks.",
                                  "Clinics that miss the reporting deadline are subject to reduced payments.",
                                  "Common examples include flying at night."])
def test_frames_no_offence_is_named(nlp, text):
    assert not _duties(nlp, text)


def test_frames_verbs_share_an_object_the_parse_hangs_after_the_second(nlp):
    from policygraph.extract.frames import phrase_variants

    # the parse makes the list's "fees" the first verb's object; the verbs still share "money"
    head = word(nlp, "Brokers must not request or accept money of any sort from buyers in connection with the permit, "
                     "including the broker's legal or filing fees, the permit fees, or the inspection costs.",
                "accept")
    assert "request or accept money" in [span_text(head.doc, span) for span in phrase_variants(head)]


@pytest.mark.parametrize(("text", "expected"), [
    # a ban that falls on someone for what another does is a sanction: no conduct of theirs
    ("A marina's owner and managers can be barred from renting slips or holding permits if their marina becomes "
     "a repeat polluter.", []),
    # a condition on something else of nobody's is when the rule holds
    ("Residents are prohibited from watering lawns if the reservoir falls below half.", ["watering lawns"]),
    # the same doer in the condition: a rule about their own conduct
    ("Marinas are prohibited from hiring seasonal guards if the marina dismissed local guards.",
     ["hiring seasonal guards"]),
])
def test_frames_a_ban_for_what_another_does_is_a_sanction(nlp, text, expected):
    assert [c for k, c, _a, _p in _duties(nlp, text) if k == "prohibition"] == expected


def test_frames_a_purpose_before_the_sentence_is_no_duty(nlp):
    found = [c for _k, c, _a, _p in _duties(nlp, "To reduce waste, the ordinance directs the agency to inspect "
                                                 "restaurants.")]
    assert found == ["inspect restaurants"], found


def test_frames_gerunds_sharing_an_object_are_one_act(nlp):
    found = [c for _k, c, _a, _p in _duties(nlp, "The Drone Rule prohibits dealers from selling or leasing drones to minors.")]
    assert "selling or leasing drones to minors" in found and "leasing drones to minors" not in found


@pytest.mark.parametrize("text", ["The resale of permits is permissible.", "The program costs five million dollars a year.",
                                  "The scandal cost the senator points in the polls.",
                                  "The agency can only recommend changes.",
                                  "Critics said the current arrangement is not lawful.",
                                  "The lawsuit argues that the new registration rule is a violation of the First Amendment.",
                                  "Members earn points for the team."])
def test_frames_a_cost_or_an_earning_names_no_conduct(nlp, text):
    assert not _duties(nlp, text)


@pytest.mark.parametrize("text", ["The Harbor Rule penalizes landlords.", "The scheme rewards good behavior."])
def test_frames_whom_a_verb_punishes_or_a_general_noun_is_no_act(nlp, text):
    assert not [c for _k, c, _a, _p in _duties(nlp, text)]


def test_frames_a_reward_verb_is_not_the_rewarded_conduct(nlp):
    found = _duties(nlp, "The scheme builds trust by rewarding good behaviour.")
    assert all(c != "rewarding good behaviour" for _k, c, _a, _p in found)


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Landlords must post their grade in the lobby.", "post",
         ["post their grade in the lobby", "post their grade", "their grade"]),
        ("Schools must report the number of confiscations and referrals to the board.", "report",
         ["report the number of confiscations and referrals to the board",
          "report the number of confiscations and referrals", "report the number",
          "number of confiscations and referrals", "number of confiscations"]),
        # cut before each final phrase or clause, from the right
        ("Growers must offer housing to each worker who arrives for the season until the harvest ends.", "offer",
         ["offer housing to each worker who arrives for the season until the harvest ends",
          "offer housing to each worker who arrives for the season", "offer housing to each worker who arrives",
          "offer housing to each worker", "offer housing"]),
        # the failure is named with its verb too
        ("The clinic failed to meet the safety code for its boats.", "meet",
         ["meet the safety code for its boats", "failed to meet the safety code for its boats", "meet the safety code",
          "failed to meet the safety code", "safety code"]),
        ("Brokers may not solicit or accept gifts of cash from buyers.", "accept",
         ["accept gifts of cash from buyers", "solicit or accept gifts of cash from buyers", "accept gifts of cash",
          "accept gifts", "solicit or accept gifts of cash", "solicit or accept gifts", "gifts of cash"]),
        ("Clinics shall provide monthly status reports to the inspector.", "provide",
         ["provide monthly status reports to the inspector", "provide monthly status reports",
          "monthly status reports to the inspector"]),
        # a coordinated second duty is not part of the first one's names
        ("Owners must register each unit and pay a fee.", "register", ["register each unit"]),
        # ... nor the "and" that leads to it
        ("Violations include flying at night without lights and ignoring a no-fly order.", "flying",
         ["flying at night without lights", "flying at night"]),
        # a contrasting clause after a comma says something else
        ("Owners must post their fees, while the board publishes a list of marinas.", "post",
         ["post their fees", "their fees"]),
        # verbs sharing one object are named together too
        ("Landlords may not open or read tenant mail.", "read",
         ["read tenant mail", "open or read tenant mail", "tenant mail"]),
        # a citation in brackets after the conduct is no part of its names
        ("Brokers may not accept gifts of cash from buyers (Section 4 of the Code).", "accept",
         ["accept gifts of cash from buyers", "accept gifts of cash", "accept gifts", "gifts of cash from buyers",
          "gifts of cash"]),
        # the state of mind an act is done in is kept as a longer name
        ("Lenders that knowingly exceed the cap face a fine.", "exceed",
         ["exceed the cap", "knowingly exceed the cap"]),
        # (session 46) so is the manner, but not a hedge or a time of saying
        ("Employers must closely observe new employees.", "observe",
         ["observe new employees", "new employees", "closely observe new employees"]),
        ("Employers must immediately report each death.", "report",
         ["report each death", "immediately report each death"]),
        ("Employers currently report each death.", "report", ["report each death"]),
        # (session 31) a reader may name the act by its first alternative, and a particle ends a name
        ("Students shall place phones in a secured pouch or a storage caddy.", "place",
         ["place phones in a secured pouch or a storage caddy", "place phones in a secured pouch", "place phones"]),
        ("Students shall keep phones powered off and stored in lockers.", "keep",
         ["keep phones powered off and stored in lockers", "keep phones powered off and stored", "keep phones powered off",
          "keep phones", "phones powered off and stored in lockers"]),
        # (session 44) the next duty of a list the parse reads as a purpose is no part of this act; nor an exception
        ("The order requires the firm to hire an independent monitor, to keep a complaint log, and to report every "
         "sale.", "hire", ["hire an independent monitor", "independent monitor"]),
        ("Hosts must show that they lived there for the full year, except in cases where the unit was sold.", "show",
         ["show that they lived there for the full year", "show that they lived"]),
        # the next coordinated infinitive starts at its "to", which is no part of this act
        ("The rule requires farms to give pickers shade and cool water whenever it is hot, to train supervisors, and to "
         "keep records.", "give",
         ["give pickers shade and cool water whenever it is hot", "give pickers shade and cool water", "give pickers shade",
          "shade and cool water"]),
        # a time phrase ends a name that a reader cuts, a proper name is never cut, and a long cut name stays
        ("Dealers must report the number of permits issued to the Office of Fisheries every month.", "report",
         ["report the number of permits issued to the Office of Fisheries every month",
          "report the number of permits issued to the Office of Fisheries", "report the number of permits issued",
          "report the number of permits", "report the number", "number of permits issued to the Office of Fisheries "
          "every month", "number of permits"]),
        ("The bylaw requires cafes to charge diners 25 cents for every disposable hot or cold drink cup given out at the "
         "counter.", "charge",
         ["charge diners 25 cents for every disposable hot or cold drink cup given out at the counter",
          "charge diners 25 cents for every disposable hot or cold drink cup given out",
          "charge diners 25 cents for every disposable hot or cold drink cup", "charge diners 25 cents",
          "25 cents for every disposable hot or cold drink cup given out at the counter"]),
    ],
)
def test_frames_conduct_has_the_names_a_reader_could_use(nlp, text, verb, expected):
    from policygraph.extract.frames import phrase_variants

    head = word(nlp, text, verb)
    assert [span_text(head.doc, span) for span in phrase_variants(head)] == expected


def test_frames_conduct_variants_become_alternative_labels(nlp):
    from pathlib import Path

    from policygraph.extract import extract_many
    from policygraph.ingest import parse_article

    text = b"# Grades\n\nThe Housing Code requires landlords to post their grade in the lobby.\n"
    x = next(extract_many([parse_article(text, path=Path("code.md"))], nlp, entity_filter=None))
    conduct = next(e for e in x.entities if e.label == "post their grade")
    assert "post their grade in the lobby" in conduct.aliases


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Critics warn about the program's high costs.", ["high costs"]),
        ("Opponents criticised the limited participation in the pilot.", ["limited participation"]),
        ("Researchers worry that the rule lacks a clear legal basis.", ["lacks a clear legal basis"]),
        ("Advocates fear the reform has only limited value.", ["limited value"]),
        # no worry or criticism in the sentence: a description, not a concern
        ("The program has high participation and low costs.", []),
        # a hyphenated word is one word: "high-risk" is neither a risk nor a high thing
        ("Inspectors skipped 40 percent of high-risk food plants.", []),
        ("Critics fear the plan's high costs for low-income families.", ["high costs"]),
    ],
)
def test_frames_harm_phrases_in_a_criticism_name_the_concern(nlp, text, expected):
    from policygraph.extract.frames import harm_phrases

    lex = load_lexicon()
    doc = nlp(text)
    cues = lex.concern_markers | lex.relation_cues["criticizes"] | {"warn", "worry", "fear"}
    assert [span_text(doc, toks) for _head, toks in harm_phrases(doc, modifiers=lex.harm_modifiers, cues=cues)] == expected


@pytest.mark.parametrize(
    "text, argued, expected",
    [
        # an opinion piece's writer names a flaw by what does not exist
        ("There is no warrant requirement.", True, ["no warrant requirement"]),
        ("There is no duty to tell defendants.", True, ["no duty to tell defendants"]),
        ("There is no meaningful accuracy safeguard.", True, ["no meaningful accuracy safeguard"]),
        # not in a report's plain statement, nor where the absence is itself denied or supposed
        ("There is no fee for the first search.", False, []),
        ("There is not no audit.", True, []),
        ("If there is no audit, the council may act.", True, []),
        # (review) an idiom, or a burden whose absence is good, is no flaw
        ("There is no doubt the plan will help.", True, []),
        ("There is no fee to apply for a permit.", True, []),
    ],
)
def test_frames_what_a_writer_says_does_not_exist_is_a_flaw(nlp, text, argued, expected):
    from policygraph.extract.frames import harm_phrases

    lex = load_lexicon()
    doc = nlp(text)
    found = harm_phrases(doc, modifiers=lex.harm_modifiers, cues=frozenset(), argued=argued)
    assert [span_text(doc, toks) for _head, toks in found] == expected


def test_frames_conduct_is_text_the_article_contains(nlp):
    found = _duties(nlp, "Landlords must supply safe and clean drinking water to tenants.")
    assert ("obligation", "supply safe and clean drinking water", "Landlords", None) in found


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("The boat rule could lead to delays.", "delays", "lead"),
        ("The boat rule may result in job losses.", "losses", "result"),
        ("The boat rule puts safety at risk.", "safety", "puts"),
        ("The boat rule lowers costs.", "costs", None),
    ],
)
def test_frames_outcome_verb_finds_what_caused_the_worry(nlp, text, noun, verb):
    from policygraph.extract.frames import outcome_verb

    found = outcome_verb(word(nlp, text, noun))
    assert (found.text if found is not None else None) == verb


def test_frames_a_policy_putting_something_at_risk_is_what_the_worry_is_about(nlp):
    from pathlib import Path

    from policygraph.extract import extract_many
    from policygraph.ingest import parse_article

    text = b"# Boats\n\nThe Clean Boats Rule puts the safety of swimmers at risk.\n"
    x = next(extract_many([parse_article(text, path=Path("boats.md"))], nlp, entity_filter=None))
    labels = {e.key: e.label for e in x.entities}
    assert ("safety of swimmers", "concernAbout", "Clean Boats Rule") in {
        (labels[r.subject], r.predicate, labels[r.object]) for r in x.relations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When couriers cannot find a loading bay, they park on the street.", True),
        ("If a landlord must evict a tenant, the landlord must give notice.", True),  # the first "must"
        ("Couriers cannot park on the street.", False),
        ("Couriers must register each van before they drive.", False),
        # "where" opening the sentence is a condition; "where" after the main clause, a place
        ("Where a courier blocks a lane, the city may tow the van.", True),
        ("Couriers must unload vans where signs allow it.", False),
    ],
)
def test_frames_in_condition(nlp, text, expected):
    from policygraph.extract.frames import in_condition

    doc = nlp(text)
    first_verb = next(t for t in doc if t.pos_ == "VERB")
    assert in_condition(first_verb) is expected


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # what a condition supposes is not forbidden
        ("When couriers cannot find a loading bay, they park on the street.", []),
        ("Couriers cannot park on the street.", ["park on the street"]),
        # a harm a cause's advocates or critics say a policy does is their worry, not a penalty stated
        ("Hospital groups argue that the ratings penalize hospitals that treat poorer patients.", []),
        ("Critics argue that the rule punishes owners who report spills.", []),
        ("The new ratings penalize hospitals that treat few patients.", ["treat few patients"]),
        # what someone has the means to do is no duty ("have to" is)
        ("The agency has limited resources to enforce the boat rule.", []),
        ("Districts have to update their plans.", ["update their plans"]),
        # what violators are barred from is their sanction, not conduct of theirs; the violation is punished
        ("Companies that violate the rule are barred from bidding on contracts.", ["violate the rule"]),
        # what those charged a fee or a crime did is punished; costs charged to a grant punish nothing
        ("Subscribers who exceed the data cap are charged $10 per gigabyte.", ["exceed the data cap"]),
        ("Indirect costs are charged using a negotiated rate.", []),
        # (found in review) a charge that is no extra sum punishes nothing
        ("Patients who receive emergency care at out-of-network hospitals are charged in-network rates.", []),
        ("Seniors who enroll before March are charged no premium.", []),
        ("Hospitals that treat more low-income patients are charged a smaller penalty.", []),
        # an opinion reported is no policy's advice; "should not" names nothing ("costs should not rise")
        ("Retailers should not sell recalled products.", []),  # (found in review: "should not" is often a forecast)
        ("Critics say the city should not adopt the new rule.", []),
        ("The mayor argued that landlords should raise rents.", []),
        # what a ban or prohibition is on is banned, as with the verb; not a ban lifted or denied, nor a trade's field
        ("The Ticket Act imposes a ban on ticket resale.", ["ticket resale"]),
        # (found in review) a ban on things or on people is on what they would do, if said
        ("The bill would impose a ban on foreign investors buying farmland.", ["buying farmland"]),
        ("A court struck down the ban on flavored vaping products.", []),
        ("Critics want a ban on facial recognition by police.", []),
        ("Collectors must comply with the prohibitions on harassment and deception.",
         ["comply with the prohibitions", "harassment", "deception"]),
        ("The city lifted the ban on street vending.", []),
        ("Each harbor order sets a full ban on the trades it lists.", []),
        # a gerund clause as the subject of a penalty is the punished act
        ("Under the rule, commingling client assets is subject to a civil penalty.", ["commingling client assets"]),
        # being cited is punished, being ineligible or liable for a tax is not (found in review); a second "from" is
        # banned as the first
        ("Workers who earn more than $50,000 are ineligible for the credit.", []),
        ("Companies that import fuel are liable for the excise tax.", []),
        ("Employers that ignore heat alerts may be cited by inspectors.", ["ignore heat alerts"]),
        ("Studies cited by critics show rising costs.", []),
        ("The rule prohibits nursing homes from administering unnecessary drugs and from using restraints.",
         ["administering unnecessary drugs", "using restraints"]),
        # what subjects someone to a penalty is punished (the failure, named as such)
        ("Failure to conduct a required bias audit would subject an employer to a civil penalty.",
         ["Failure to conduct a required bias audit", "conduct a required bias audit"]),
        # what is grounds for a sanction is punished (not whose it is); what is not, or a basis for a rule, is not
        ("A center's failure to notify parents could be grounds for suspension of its license.",
         ["failure to notify parents", "notify parents"]),  # (what it fails to do is its duty)
        ("A complaint is not grounds for dismissal.", []),
        # (found in review) what would be or should be grounds is no rule stated (the duty the failure implies is read
        # by another rule, which does not yet see the supposition)
        ("If the rule applied to camps, a camp's failure to notify parents would be grounds for suspension.",
         ["notify parents"]),
        ("Critics say a center's failure to notify parents should be grounds for suspension.", ["notify parents"]),
        ("The audit was the basis for the new rule.", []),
        # "hold X responsible for" blames them for something done
        ("Residents hold the harbor board responsible for closing the public dock.", []),
        # a clause after "and" with a rule's modal of its own is a rule, not part of the condition
        ("Operators must report spills when a tank leaks and they must not reopen the dock.",
         ["report spills", "reopen the dock"]),
        # what a claim is confirmed or said by a body is no claim of a cause's advocates
        ("The nonprofit organization confirmed that the rule penalizes operators who dump waste.", ["dump waste"]),
        # "writes" without "off" forgives nothing; a bank cancelling loans punishes
        ("The clerk writes the fines of drivers who park illegally.", []),
        ("The bank may cancel the loans of borrowers who lie on their applications.", []),
        # a standing received, neither better nor worse, neither
        ("Hospitals that report data receive a rating.", []),
        ("The city waives the permit fees of all owners.", []),
        # a benefit handed to all, with no doing of theirs, rewards nothing
        ("The Dock Act grants a tax credit to marinas in rural counties.", []),
        # ... nor what goes on with it after "and"; after a comma, a new clause may forbid
        ("Carriers charge fees even when docks are closed and truckers cannot return containers.", []),
        ("Carriers charge fees when docks are closed, and truckers cannot return containers.", ["return containers"]),
        # an inability in a reported clause is no ban; the ban the article states is
        ("Lenders may not use a model if using it means they cannot explain a denial.", ["use a model"]),
        # "requires that X do": the mandative clause is the duty; a past fact is none
        ("The code requires that owners register every boat.", ["register every boat"]),
        ("The audit found that owners registered every boat.", []),
        # a change verb's object is what changes, not whose conduct is judged
        ("Electronic permits reduce fare evasion, which could increase revenue.", []),
        ("The council penalizes owners who dump waste.", ["dump waste"]),
        # a change verb rewards or penalises only when a standing changes
        ("The scheme reduces the cost of permits by providing a free option.", []),
        ("Residents can raise their rating by recycling plastic.", ["recycling plastic"]),
        # after a ban, an infinitive says what it is for, not who must do what
        ("The agency banned raw milk sales to protect consumers from illness.", ["raw milk sales"]),
        ("The rule directs the office to inspect every marina.", ["inspect every marina"]),
        # after an act required, an infinitive says what for: an act does nothing
        ("The rule requires annual inspections to ensure the safety of passengers.", []),
        # what a declaring verb declares is its object, up to the clause's own object
        ("The rule would require resellers to disclose whether they own the ticket they list.",
         ["disclose whether they own the ticket"]),
        ("Owners must certify that the vessel meets the safety standards.",
         ["certify that the vessel meets the safety standards"]),
        # (session 41) telling falsely or hiding declares too; the clause's verbs share the object after the last
        ("The order bars the broker from misrepresenting how it collects, uses or anonymizes data.",
         ["misrepresenting how it collects, uses or anonymizes data"]),
        ("Dealers may not conceal how much they charge.", ["conceal how much they charge"]),
        ("Brokers must disclose how they collect data and must delete it on request.",
         ["disclose how they collect data", "delete it on request"]),
        ("Brokers must disclose how they collect data and delete it on request.", ["disclose how they collect data"]),
        # a list of infinitives each with its own "to", the second read as a clause of the first
        ("State laws require operators to obtain a license, to verify that bettors are at least 21 years old, and to "
         "confirm that bettors are physically located within the state.",
         ["obtain a license", "verify that bettors are at least 21 years old",
          "confirm that bettors are physically located"]),
        # a refusal forbidden is named with what is refused
        ("Under the act, a ferry line may not refuse to carry a passenger with a guide dog.",
         ["refuse to carry a passenger"]),
        # a second infinitive with its own "to" hung on the first duty's inner infinitive may be the inner doer's
        ("The rule requires clinics to help patients to quit smoking and to lose weight.",
         ["help patients"]),
        # a purpose after a comma is no duty
        ("The rule requires airlines to refund passengers within seven days, to make travel fairer.",
         ["refund passengers"]),
        # a duty to let someone do something is named with what it lets happen
        ("Operators would be required to let customers set daily deposit limits and to display a helpline number.",
         ["let customers set daily deposit limits", "display a helpline number"]),
        # an infinitive the parse hangs on the last noun of a relative clause describing whom it binds
        ("The rule would require brokers that serve employer-sponsored plans to report the rebates they receive.",
         ["report the rebates"]),
        # "from" hung deep inside a long description of whom the ban names
        ("The rule would prohibit marinas located off the main harbor from charging mooring fees for day visits.",
         ["charging mooring fees"]),
        # what a policy makes unlawful for someone is forbidden; what it makes easier is not
        ("The bill would make it unlawful for a reseller to use automated software to purchase tickets.",
         ["use automated software"]),
        ("The bill makes it easier for marinas to hire workers.", []),
        # what a policy makes an offence is forbidden
        ("The Georgia Prison Airspace Act makes it a misdemeanor to operate an unmanned aircraft over a prison.",
         ["operate an unmanned aircraft"]),
        ("The Harbor Act makes it a crime for any person to sell tickets above face value.", ["sell tickets above face value"]),
        # an infinitive after a clause describing whom a rule binds is what they must do
        ("The rule requires marinas that take part in the program to report spills within a day.",
         ["report spills"]),
        ("The rule requires employers who have 50 or more workers to provide paid leave.", ["provide paid leave"]),
        ("The rule requires employers who want to hire foreign workers to pay the prevailing wage.",
         ["pay the prevailing wage"]),
        # a long comparison keeps what it is measured against
        ("Local agencies may not spend more than an average of $8,009 per home.", ["spend more than an average"]),
        # what those who refuse or fail must do punishes the refusal; it is no duty of its own
        ("Makers that refuse to negotiate must pay an excise tax or withdraw their products.", ["refuse to negotiate"]),
        ("Landlords who refuse to make repairs must notify tenants.", ["notify tenants"]),
        # a clause describing what an act is done to is no part of the act
        ("The bill would prohibit the sale of speculative tickets, which are tickets the seller does not own.",
         ["sale of speculative tickets"]),
        # (session 44) a case that no penalty is laid down for names no conduct
        ("In the case of a tie, the chair decides.", []),
        # (session 45 review) a penalty paid if one does something lawful punishes nothing; a reward paid when
        # another acts rewards nothing
        ("If the company appeals a citation, it must pay the penalty into an escrow account.", []),
        ("Homeowners receive a second $100 rebate when the city inspects the new outlet.", []),
    ],
)
def test_frames_duties_skip_suppositions_and_effects(nlp, text, conduct):
    lex = load_lexicon()
    doc = nlp(text)
    found = duties(doc, obligation_cues=lex.obligation_cues, prohibition_cues=lex.prohibition_cues,
                   penalty_cues=lex.relation_cues["penalizes"], reward_cues=lex.relation_cues["rewards"],
                   critics=lex.relation_cues["criticizes"])
    assert [span_text(doc, d.conduct) for d in found] == conduct


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Green Roof Program offers growers a subsidy.", [("Program", "growers")]),
        ("The Fair Fares Act grants commuters the right to a refund.", [("Act", "commuters")]),
        ("The Green Roof Program provides farmers with free seeds.", [("Program", "farmers")]),
        ("The Green Roof Program allows growers to sell surplus power.", [("Program", "growers")]),
        ("Small farmers are eligible for the Green Roof Program.", [("Program", "farmers")]),
        ("The Green Roof Program is open to veterans.", [("Program", "veterans")]),
        ("The Green Roof Program does not help landlords.", []),
        ("The Green Roof Program lowers energy bills.", []),
        ("The Clean Boats Rule is aimed at marina operators.", [("Rule", "operators")]),
        ("The guidance was directed at the Harbor Commission.", [("guidance", "Commission")]),
        # what is given goes to whom "to" names, not the gift
        ("The Green Roof Program gives money to farmers.", [("Program", "farmers")]),
        ("The Green Roof Program provides grants to small farms.", [("Program", "farms")]),
        # whom a policy applies to, and whom it would subject to something
        ("The Clean Boats Rule applies to marina operators.", [("Rule", "operators")]),
        ("The Clean Boats Act would subject ticket resellers to civil penalties.", [("Act", "resellers")]),
    ],
)
def test_frames_policy_targets(nlp, text, expected):
    from policygraph.extract.frames import policy_targets

    assert [(a.text, b.text) for a, b in policy_targets(nlp(text))] == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Paying fees early can improve one's score.", "improve", True),
        ("Late payment lowers a firm's rating.", "lowers", True),
        ("Volunteering adds five points.", "adds", True),
        ("Fixing the rate would reduce total funding.", "reduce", False),
        ("The tool reduces the cost of permits.", "reduces", False),
    ],
)
def test_frames_changes_standing(nlp, text, verb, expected):
    from policygraph.extract.frames import changes_standing

    assert changes_standing(word(nlp, text, verb)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The framework is inadequate to protect swimmers.", [("framework", "inadequate")]),
        ("The fees are unnecessarily excessive.", [("fees", "unnecessarily excessive")]),
        ("The fees are not excessive.", []),
        ("The fees are modest.", []),
        # any quality in excess is a fault
        ("The Clean Boats Rule is too strict.", [("Rule", "too strict")]),
        ("The new permit rules are overly broad.", [("rules", "overly broad")]),
        ("The new permit rules are very clear.", []),
        # a measure said to be higher or lower is no judgement; one too high is
        ("Marinas may not hire anyone under the legal minimum age where it is higher.", []),
        ("The mooring fee is too high.", [("fee", "too high")]),
    ],
)
def test_frames_judged_harms(nlp, text, expected):
    from policygraph.extract.frames import judged_harms

    doc = nlp(text)
    found = judged_harms(doc, modifiers=load_lexicon().harm_modifiers)
    assert [(said_of.text, span_text(doc, toks)) for said_of, _head, toks in found] == expected


@pytest.mark.parametrize(
    ("text", "examples"),
    [
        ("The Fair Fares Act bans unfair practices such as charging hidden fees and refusing refunds.",
         {("prohibition", "charging hidden fees"), ("prohibition", "refusing refunds")}),
        ("Drivers must not take adverse actions, such as denying a shift or cutting pay.",
         {("prohibition", "denying a shift"), ("prohibition", "cutting pay")}),
        ("The Fair Fares Act prohibits discrimination, including refusing to rent to families.",
         {("prohibition", "refusing to rent to families")}),
        # an example that is no conduct (a noun) adds nothing
        ("The Fair Fares Act bans unfair practices such as hidden fees.", set()),
        # the parts of a thing the conduct handles are no conduct, even read as gerunds
        ("The Fair Fares Act requires sellers to display the total price, including cleaning fees and taxes.", set()),
        # the examples of a norm to comply with are what it bans
        ("Employers must comply with all laws, including the prohibition against confiscating passports.",
         {("obligation", "confiscating passports")}),
    ],
)
def test_frames_conduct_listed_as_an_example_is_conduct_of_the_same_kind(nlp, text, examples):
    found = {(kind, conduct) for kind, conduct, _actor, _policy in _duties(nlp, text)}
    assert examples <= found, found
    assert not {c for _k, c in found if c != "take adverse actions"} - {c for _k, c in examples} - {
        "unfair practices", "discrimination", "take adverse actions", "display the total price",
        "comply with all laws"}, found


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # what is not allowed is banned, and who may not do it is its doer, not conduct
        ("Boaters are not allowed to anchor in seagrass beds.",
         ("prohibition", "anchor in seagrass beds", "Boaters"), None),
        ("The Boat Code does not allow landlords to raise rents.", ("prohibition", "raise rents", "landlords"),
         ("prohibition", "landlords", None)),
        # coordinated verbs share their object: what is banned or restricted
        ("Several states have banned or restricted private funding of dock repairs.",
         ("prohibition", "private funding of dock repairs", None), None),
        # people named with an -ing word are no act: the plural verb says so
        ("Participating landlords receive a tax credit.", None, ("reward", "Participating landlords", None)),
        ("Recycling used oil earns a tax credit.", ("reward", "Recycling used oil", None), None),
        # an act named by a short noun ("use", "sale") is conduct as a long one is
        ("Dumping sewage and the use of jet skis are prohibited.", ("prohibition", "use of jet skis", None), None),
    ],
)
def test_frames_refusals_and_failures(nlp, text, expected, not_expected):
    found = [(k, c, a) for k, c, a, _p in _duties(nlp, text)]
    assert expected is None or expected in found, found
    assert not_expected not in found


@pytest.mark.parametrize(("text", "heading", "expected"), [
    ("Do keep a commissary log.", "", ("obligation", "keep a commissary log")),
    ("Always carry your permit.", "", ("obligation", "carry your permit")),
    ("Don't park within 200 feet of a school entrance.", "", ("prohibition", "park within 200 feet of a school entrance")),
    ("Do not feed the gulls.", "", ("prohibition", "feed the gulls")),
    ("Never sell food from an uninspected truck.", "", ("prohibition", "sell food")),
    # a bare instruction under a "Do" or "Don't" heading
    ("Dump grease into storm drains.", "Don\u2019t", ("prohibition", "Dump grease")),
    ("Post the permit where customers can see it.", "Do", ("obligation", "Post the permit")),
    ("Avoid idling near schools.", "", ("prohibition", "idling near schools")),
    # (session 40) a heading that says the list is what the reader must or must not do
    ("Provide a sample when asked.", "What you must do", ("obligation", "Provide a sample")),
    ("Renew your licence every year.", "Your responsibilities", ("obligation", "Renew your licence")),
    ("Feed the gulls on the pier.", "What is banned", ("prohibition", "Feed the gulls")),
    # each instruction joined on is one too
    ("Cooperate with inspectors and report any leak you see.", "What you must do", ("obligation", "report any leak")),
])
def test_frames_a_guide_tells_its_reader_what_to_do(nlp, text, heading, expected):
    from policygraph.extract.frames import imperative_duty

    doc = nlp(text)
    assert expected in [(d.kind, span_text(doc, d.conduct)) for d in imperative_duty(doc, heading)]


@pytest.mark.parametrize(("text", "heading"), [
    ("Register your business.", "How to get your permit"),  # an instruction under a plain heading: a step, no rule
    ("Call the office to book a slot.", "How inspections work"),
    # (session 40 review) a heading over a case, a question or a list of things puts no rule on its items
    ("Contact the tax office.", "If you cannot pay on time"),
    ("Pay a late fee.", "What happens if you don't pay"),
    ("Call our helpline.", "Don't know where to start?"),
    ("Check the list with your doctor.", "Banned substances list"),
    ("Do you need a permit?", ""),  # a question
    ("Dogs never bark here.", ""),
])
def test_frames_no_guide_instruction(nlp, text, heading):
    from policygraph.extract.frames import imperative_duty

    assert imperative_duty(nlp(text), heading) == []


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a counterfactual: it never came to be
    ("An amendment would have prohibited leases to older homeowners.", "prohibited", True),
    ("The agency should have required audits.", "required", True),
    # a bill's text before it was amended
    ("As introduced, Section 4 banned all door-to-door sales.", "banned", True),
    ("As originally drafted, the bill required annual audits.", "required", True),
    ("As introduced in January, the Door Sales Act banned all door-to-door sales.", "banned", True),
    # what a bill would do, or did, is said
    ("The bill would prohibit leases to older homeowners.", "prohibit", False),
    ("The agency has required audits since 2019.", "required", False),
    ("As the law requires, owners must file reports.", "file", False),
    # who introduced it, and a proposal's text, are said
    ("As introduced by Senator Ana Ruiz in 2021, the Harbor Act bans trawling.", "bans", False),
    ("As proposed, the Harbor Rule would require lenders to disclose fees.", "require", False),
])
def test_frames_what_never_came_to_be(nlp, text, word, expected):
    from policygraph.extract.frames import unrealised

    assert unrealised(next(t for t in nlp(text) if t.text == word)) is expected


@pytest.mark.parametrize(("text", "worry"), [
    # a load laid on someone, with whom it falls on
    ("The council warned that the rule would impose a heavy administrative burden on small carriers.",
     "administrative burden on small carriers"),
    # what a warning says is likely
    ("The federation has warned that licensing delays of three months or more are likely.", "licensing delays"),
    # what a warned-of clause says the policy brings or means is the worry, named as a noun phrase
    ("Tenants worry that the rule will bring rising rents.", "rising rents"),
    ("Carriers warned that the rule will mean higher fares on regional routes.", "higher fares"),
    # (session 46) what something would add to is the outcome feared
    ("The union cautioned that more audits could add to the paperwork burden on small farms.", "paperwork burden"),
    # whoever says it, what a policy would worsen is a harm
    ("The council said the rule would worsen the housing shortage.", "housing shortage"),
])
def test_frames_worries_foreseen(nlp, text, worry):
    assert worry in _worries(nlp, text)


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        # a general act noun with only words that count or point at it names no conduct
        ("several practices", True),
        ("certain activities", True),
        ("such conduct", True),
        # a word saying what kind of act, or another noun, does
        ("unfair practices", False),
        ("price gouging", False),
        ("several violations", False),
    ],
)
def test_frames_generic_act(nlp, text, generic):
    from policygraph.extract.frames import generic_act
    doc = nlp("The Act bans " + text + ".")
    assert generic_act(doc, tuple(range(3, len(doc) - 1))) is generic



@pytest.mark.parametrize(
    "text",
    [
        # a breach denied, claimed by someone, or a question, is no rule
        "Operators do not violate the Harbour Act by closing early.",
        "The lawsuit claims that Acme violated the Harbour Act by selling fuel.",
    ],
)
def test_frames_breaches_not_stated_forbid_nothing(nlp, text):
    assert not [d for d in _duties(nlp, text) if d[0] == "prohibition"]


@pytest.mark.parametrize(
    "text, verb, phrase",
    [
        # two verbs sharing one object name one act, held by the verb with the object
        ("Landlords must repair or replace broken windows.", "replace", "repair or replace broken windows"),
        ("Landlords must repair or replace broken windows.", "repair", ""),
        ("Agencies must develop and publish a disclosure policy.", "publish", "develop and publish a disclosure policy"),
        # not verbs with objects of their own
        ("Landlords must keep records and pay fees on time.", "keep", "keep records"),
        # (session 44) a declared clause, not an exception after it, says what is done; an exception is no object
        ("Hosts must demonstrate that the unit is their main home, except in the harbour district.", "demonstrate",
         "demonstrate that the unit is their main home"),
        ("Ferries must comply, except in an emergency, with the speed limit.", "comply",
         "comply, except in an emergency, with the speed limit"),
    ],
)
def test_frames_verbs_sharing_an_object(nlp, text, verb, phrase):
    tok = word(nlp, text, verb)
    found = conduct_phrase(tok)
    assert (span_text(tok.doc, found) if found else "") == phrase


@pytest.mark.parametrize(
    "text, conducts",
    [
        # a run of infinitives, each with its own "to", ending in ", and to ...": each is a duty
        ("The bill would require institutions to share revenue with athletes, to maintain athletic scholarships for "
         "enrolled athletes, and to cover out-of-pocket medical expenses.",
         {"share revenue", "maintain athletic scholarships", "cover out-of-pocket medical expenses"}),
        # a lone infinitive after a comma is the duty's purpose
        ("The rule requires employers to keep records, to ensure compliance.", {"keep records"}),
    ],
)
def test_frames_listed_infinitives_with_their_own_to(nlp, text, conducts):
    doc = nlp(text)
    found = {span_text(doc, d.conduct) for d in
             duties(doc, obligation_cues=frozenset({"require"}), prohibition_cues=frozenset({"prohibit"}))}
    assert found == conducts


@pytest.mark.parametrize(
    "text, kind, conduct",
    [
        # what one must stop or cease doing is banned, as what one must refrain from
        ("Acme Corp. must stop selling customer data without consent.", "prohibition",
         "selling customer data without consent"),
        ("Lenders must cease charging late fees.", "prohibition", "charging late fees"),
        ("Drivers must refrain from idling near schools.", "prohibition", "idling near schools"),
        # (session 40) what one must avoid doing, too
        ("Collectors must avoid contacting tenants at work.", "prohibition", "contacting tenants"),
    ],
)
def test_frames_what_must_stop_is_banned(nlp, text, kind, conduct):
    doc = nlp(text)
    found = {(d.kind, span_text(doc, d.conduct)) for d in
             duties(doc, obligation_cues=frozenset({"must"}), prohibition_cues=frozenset({"prohibit"}))}
    assert (kind, conduct) in found, found


@pytest.mark.parametrize(
    "text, conduct, doer",
    [
        # a duty noun that says who must do what is a duty, whatever verb carries it
        ("We object to the rule's requirement that builders install monitoring equipment at every site.",
         "install monitoring equipment", "builders"),
        ("The rule includes a requirement that builders install monitoring equipment.", "install monitoring equipment",
         "builders"),
        ("It imposes a requirement on builders to install monitoring equipment.", "install monitoring equipment",
         "builders"),
        ("The Act creates an obligation for employers to provide notice of layoffs.", "provide notice of layoffs",
         "employers"),
        # none is stated
        ("There is no requirement that employers provide notice of layoffs.", "", ""),
    ],
)
def test_frames_duty_nouns_stating_the_act(nlp, text, conduct, doer):
    doc = nlp(text)
    found = {(span_text(doc, d.conduct), doc[d.actor].text) for d in
             duties(doc, obligation_cues=frozenset({"require"}), prohibition_cues=frozenset({"prohibit"}))
             if d.actor is not None}
    assert found == ({(conduct, doer)} if conduct else set())


@pytest.mark.parametrize(
    "text, worries",
    [
        # modifiers the parse joins before one noun list two worries, each its own words
        ("Privacy advocates raised concerns about location tracking and data retention.",
         ["location tracking", "data retention"]),
        ("Privacy advocates raised concerns about data retention.", ["data retention"]),
    ],
)
def test_frames_worries_joined_as_modifiers(nlp, text, worries):
    assert _worries(nlp, text) == worries


@pytest.mark.parametrize(
    "text, worries",
    [
        # nouns listed after a gerund the parse reads as a verb are the list's other items
        ("The regulator said the practice exposed tenants to risks of stalking, harassment and eviction.",
         ["stalking", "harassment", "eviction"]),
        ("Advocates raised concerns about tracking, profiling and discrimination.",
         ["tracking", "profiling", "discrimination"]),
        # a list of nouns, as before
        ("Advocates raised concerns about fraud and identity theft.", ["fraud", "identity theft"]),
    ],
)
def test_frames_worries_listed_after_a_gerund(nlp, text, worries):
    assert _worries(nlp, text) == worries


@pytest.mark.parametrize(
    "text",
    [
        # (session 46 review) a hope attracted, or a worsening only supposed, is no worry
        "Officials said the grant would invite new investment in rural towns.",
        "If lawmakers were to expand the bill to businesses, it would worsen the backlog at the department, officials "
        "said.",
        "The mayor said the rule will not worsen congestion.",
    ],
)
def test_frames_no_worry_invited_or_supposed(nlp, text):
    assert _worries(nlp, text) == []


@pytest.mark.parametrize(
    "intro, expected",
    [
        # a comma list of doers before the modal is kept whole, commas and all
        ("Growers, packers and shippers must:", ("obligation", "Growers, packers and shippers")),
        ("Landlords, property managers and agents may not:", ("prohibition", "Landlords, property managers and agents")),
        # not clauses joined by commas
        ("Employers should, and in many cases must:", ("obligation", "Employers")),
        ("Under the rule, H-9C employers must:", ("obligation", "H-9C employers")),
    ],
)
def test_frames_list_intro_with_a_comma_list_of_doers(intro, expected):
    assert intro_duty(intro, obligation_cues=frozenset({"must"}), prohibition_cues=frozenset()) == expected


def test_every_body_noun_that_ends_like_an_act_is_known_as_a_body():
    """`names_an_act` reads "-ity", "-tion", "-ance" nouns as acts ("requires
    inspections to ensure safety"); every noun the vocabulary lists for an
    actor with such an ending must be excepted, or "requires utilities to
    report" loses its doer."""
    from policygraph.extract.frames import _ABSTRACT_ENDINGS, _BODIES_LIKE_ACTS

    lex = load_lexicon()
    missing = sorted(w for w, classes in lex.head_nouns.items() if w.endswith(_ABSTRACT_ENDINGS)
                     and any(lex.core(c) == "Actor" for c in classes) and w not in _BODIES_LIKE_ACTS)
    assert missing == []


@pytest.mark.parametrize(
    ("text", "gerund", "subject"),
    [
        ("Critics warned that the scheduling ban risks pushing freight operators to rival airports.", "pushing", "ban"),
        ("The ban risks pushing operators to rival airports.", "pushing", "ban"),
        # a noun "risks" is a risk: of something, or doing something
        ("The risks of flooding are high.", None, None),
        ("Safety risks increase every winter.", None, None),
        ("Flood risks are growing along the northern shore.", None, None),
        ("Cyber risks affecting small hospitals have grown.", None, None),
    ],
)
def test_frames_risks_read_as_noun(nlp, text, gerund, subject):
    from policygraph.extract.frames import risking_subject, risks_read_as_noun

    doc = nlp(text)
    found = [g for t in doc if (g := risks_read_as_noun(t)) is not None]
    assert [g.text for g in found] == ([gerund] if gerund else [])
    assert [risking_subject(g).text for g in found] == ([subject] if subject else [])


@pytest.mark.parametrize(
    ("text", "concern", "policy"),
    [
        ("Critics say the Harbor Rule risks driving landlords out of the market.", "driving landlords", "Harbor Rule"),
        ("Mr Tanaka warned that the scheduling ban risks pushing freight operators to rival airports.",
         "pushing freight operators", "scheduling ban"),
    ],
)
def test_frames_what_a_policy_risks_is_a_worry_about_it(nlp, text, concern, policy):
    from pathlib import Path

    from policygraph.extract import extract_many
    from policygraph.ingest import parse_article

    article = parse_article(("# Harbor news\n\nThe Harbor Rule took effect in May.\n\n" + text + "\n").encode(),
                            path=Path("harbor.md"))
    x = next(extract_many([article], nlp))
    labels = {e.key: e.label for e in x.entities}
    assert (concern, "concernAbout", policy) in {(labels[r.subject], r.predicate, labels[r.object]) for r in x.relations}


@pytest.mark.parametrize(
    ("text", "gives_back"),
    [
        ("Growers who sell the land must forfeit the grant.", True),
        ("Owners must repay a share of the rebate.", True),
        ("Borrowers must repay the loan within ten years.", False),  # a loan is repaid in the ordinary course
        ("Tenants must return the keys.", False),
        ("Sellers who cancel an order must refund the payment.", False),  # the customer's own money
    ],
)
def test_frames_gives_back_a_benefit(nlp, text, gives_back):
    from policygraph.extract.frames import gives_back_a_benefit

    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert gives_back_a_benefit(verb) is gives_back


@pytest.mark.parametrize("text", [
    # giving back is a sanction only for what the one who gives back did: not another's act, nor what befell them
    "If the project is cancelled, the city must return the grant to the state.",
    "Households that were paid twice must return the second bonus.",
    "Firms that receive the grant must repay it within a year.",
    "If a customer cancels within 30 days, the gym must refund the payment in full.",
])
def test_frames_giving_back_punishes_only_ones_own_act(nlp, text):
    assert not [d for d in _duties(nlp, text) if d[0] == "penalty"], _duties(nlp, text)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # keeping, widening or ending a policy named by its kind: a stance on it
        ("We recommend that the district keep the Attendance Rewards program.", "keep", True),
        ("We recommend that the district end the Truancy Fine program.", "end", True),
        ("We recommend that the council repeal the rule.", "repeal", True),
        # conduct asked of someone, on anything else
        ("We recommend that the district keep attendance records.", "keep", False),
        ("We recommend that schools retain Form W-2 records for four years.", "retain", False),
        ("We recommend that the district keep Lincoln Elementary open.", "keep", False),
        ("We recommend that parents keep them in a safe place.", "keep", False),
        ("We recommend that HSA develop a tracking system.", "develop", False),
    ],
)
def test_frames_keeps_or_ends_a_policy(nlp, text, verb, expected):
    from policygraph.extract.frames import keeps_or_ends_a_policy
    from .parsing import word
    assert keeps_or_ends_a_policy(word(nlp, text, verb)) is expected


@pytest.mark.parametrize(("text", "worries"), [
    # a raising verb names the worry after "about" or "over", whatever it raises
    ("Critics raised red flags about the fee.", ["fee"]),
    # (whom a worry is raised with is no worry)
    ("Residents raised concerns with the City Council about noise.", ["noise"]),
    ("Residents raised concerns with regulators about noise.", ["noise"]),
    # raising something else is an increase: its other phrases are no worry
    ("We find that the program raised attendance by 7 points, with larger gains for girls.", []),
])
def test_frames_worries_a_raising_verb_names(nlp, text, worries):
    assert _worries(nlp, text) == worries


@pytest.mark.parametrize(("text", "act"), [
    ("Lenders must guarantee to offer each borrower a hearing within 30 days of the notice \u2013 called the "
     "\u201chearing guarantee.\u201d", None),
    ("Marinas must keep fuel logs, known as the harbor ledger.", "keep fuel logs"),
])
def test_frames_a_name_given_after_a_duty_is_no_second_act(nlp, text, act):
    """A participle that names what the duty sets up ("called the ...") is no act the doer owes."""
    acts = [conduct for _kind, conduct, _doer, _policy in _duties(nlp, text)]
    assert not any(a.split()[0] in {"called", "known", "named", "dubbed"} for a in acts if a), acts
    assert act is None or act in acts, acts


@pytest.mark.parametrize(
    "text, conduct",
    [
        # (session 40) a verb of going on names the act with the -ing form after it, even when the parse reads
        # that form as the verb's complement ("supporting records")
        ("Importers must keep supporting records for five years.", "keep supporting records"),
        ("Employers must continue paying wages during a shutdown.", "continue paying wages"),
        # a going-on verb with an object of its own keeps it
        ("Landlords must keep records of repairs.", "keep records of repairs"),
    ],
)
def test_frames_going_on_and_having_done(nlp, text, conduct):
    doc = nlp(text)
    found = {span_text(doc, d.conduct) for d in
             duties(doc, obligation_cues=frozenset({"must"}), prohibition_cues=frozenset({"prohibit"}))}
    assert conduct in found, found


@pytest.mark.parametrize(
    "text",
    [
        # what befalls someone's thing, or a clause with its own helper verb, is no act of theirs
        "Operators who break the rule will have their permits revoked.",
        "Residents must keep in mind that the office is closed.",
        # the way a thing is used is the wrong, not the use
        "Employers must avoid using screening tools in ways that exclude older workers.",
    ],
)
def test_frames_no_going_on_or_having_done(nlp, text):
    doc = nlp(text)
    found = {span_text(doc, d.conduct) for d in
             duties(doc, obligation_cues=frozenset({"must"}), prohibition_cues=frozenset({"prohibit"}))}
    assert not any(c.startswith(("have their", "keep in", "using")) for c in found), found


@pytest.mark.parametrize(
    "text, conduct, doer",
    [
        # (session 40) what someone is paid or funded to do is rewarded, and they do it
        ("The Clean Farms Program pays farmers to restore wetlands.", "restore wetlands", "farmers"),
        ("The Nurse Fund gives schools money to hire nurses.", "hire nurses", "schools"),
        ("The scheme offers grants to landlords to insulate older homes.", "insulate older homes", "landlords"),
        ("The state reimburses clinics to train midwives.", "train midwives", "clinics"),
    ],
)
def test_frames_paid_to_act(nlp, text, conduct, doer):
    doc = nlp(text)
    found = {(d.kind, span_text(doc, d.conduct), doc[d.actor].text if d.actor is not None else "") for d in
             duties(doc, obligation_cues=frozenset({"must"}), prohibition_cues=frozenset({"prohibit"}))}
    assert ("reward", conduct, doer) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a right given, urging, a stance on a policy, or a payment denied or supposed is no reward
        "The act gives tenants the right to sue landlords.",
        "Critics urged lawmakers to repeal the program.",
        "The fund does not pay farmers to plant cover crops.",
        "If the state pays clinics to train midwives, costs will rise.",
        "Advocates want the city to pay landlords to repeal the ordinance.",
        # (session 40 review) a payment only supposed, or a past private deal
        "If funding allows, the Wetland Agency will pay farmers to restore wetlands.",
        "The Coal Council paid consultants to write favourable reports.",
    ],
)
def test_frames_not_paid_to_act(nlp, text):
    doc = nlp(text)
    assert not [d for d in duties(doc, obligation_cues=frozenset({"must"}), prohibition_cues=frozenset({"prohibit"}))
                if d.kind == "reward"]


def test_frames_a_count_of_violations_listed_with_a_case_of_an_act_is_no_act(nlp):
    # (session 40) "a third violation, or any case of contract cheating": the count names no act of its own
    found = [c for _k, c, _a, _p in _duties(nlp, "A third violation, or any case of contract cheating, can lead to "
                                                 "suspension or expulsion.")]
    assert not [c for c in found if "violation" in c], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (session 41) the parse reads "caught" as the main verb: whom it catches at what, punished or rewarded
        ("Under the Waste Act, businesses found violating the rule will be fined.",
         ("penalty", "violating the rule", "businesses")),
        ("Under the Tobacco Act, stores caught selling tobacco to minors will pay a penalty.",
         ("penalty", "selling tobacco", "stores")),
        ("Under the Housing Code, landlords found renting unsafe units will lose their licence.",
         ("penalty", "renting unsafe units", "landlords")),
        ("Drivers found not displaying a permit will first receive a warning.",
         ("penalty", "not displaying a permit", "Drivers")),
        ("Under the Waste Act, anyone caught littering faces a fine of $500.", ("penalty", "littering", None)),
        ("Households caught recycling correctly will receive a rebate.", ("reward", "recycling", "Households")),
        # (review) how it was done, hung on "caught", is part of the act
        ("Under the Fishing Act, anglers caught fishing without a license will pay a $200 fine.",
         ("penalty", "fishing without a license", "anglers")),
        # found guilty of it; what has them lose a permit is punished
        ("Any operator found guilty of dumping waste loses its permit.", ("penalty", "dumping waste", "operator")),
        ("Boaters caught speeding in the channel will have their permits revoked.",
         ("penalty", "speeding in the channel", "Boaters")),
    ],
)
def test_frames_caught_doing_names_the_act_and_its_doer(nlp, text, expected):
    found = {(k, c, a) for k, c, a, _p in _duties(nlp, text)}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money paid to whoever does something rewards the act, whoever pays it
        ("The program pays $50 to owners who install a broadcast module.",
         {("reward", "install a broadcast module", "owners", "program")}),
        ("The rule pays a bonus of $500 to skippers who complete a safety course.",
         {("reward", "complete a safety course", "skippers", "rule")}),
        # not a fine or fee paid, nor money paid to those something befell
        ("Owners who dump waste pay a fine to the city.", set()),
        ("The program pays $50 to owners whose boats were damaged.", set()),
        ("The program does not pay $50 to owners who install a module.", set()),
    ],
)
def test_frames_money_paid_to_whoever_acts_rewards_the_act(nlp, text, expected):
    found = {d for d in _duties(nlp, text) if d[0] == "reward"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what those a sanction is taken against do is punished; they do it
        ("The agency may take enforcement action against firms that sell recalled products.",
         {("penalty", "sell recalled products", "firms", None)}),
        ("The Bureau should seek forfeitures against providers that violate these rules.",
         {("penalty", "violate these rules", "providers", None)}),
        # not against a thing, nor what befell them, nor a step not taken
        ("The agency took action against the outbreak.", set()),
        ("Residents took legal action against firms that polluted the bay.", set()),  # a private suit
        ("The agency took no action against owners whose boats sank.", set()),
        ("The agency did not take action against firms that sell recalled products.", set()),
    ],
)
def test_frames_a_sanction_taken_against_wrongdoers_punishes_their_act(nlp, text, expected):
    found = {d for d in _duties(nlp, text) if d[0] == "penalty"}
    assert found == expected




@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a finding told in the past, a finding of a fact, or a sanction already dealt names no act caught
        ("Inspectors found missing records at three plants.", "missing records"),
        ("Auditors found the agency lacked staff.", "lacked staff"),
        ("Drivers found not to have parked illegally will be refunded.", "parked illegally"),
        # (review) what was found, described, and a sanction on someone else
        ("Auditors found lingering problems with billing, and the agency faces a penalty.", "lingering"),
        ("Inspectors caught leaking tanks at two gas stations, and the owners will pay a fine.", "leaking"),
    ],
)
def test_frames_a_finding_is_no_act_caught(nlp, text, absent):
    found = [c for _k, c, _a, _p in _duties(nlp, text)]
    assert not [c for c in found if absent in c], found


def test_frames_a_sanction_after_a_misread_catching_is_no_worry(nlp):
    # (session 41) "landlords found renting unsafe units will lose their licence": nobody reports a worry
    found = _worries(nlp, "Under the Housing Code, landlords found renting unsafe units will lose their licence.")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (session 41) what a worry noun is said to be names the worry
        ("The deeper problem is a lack of accountability.", ["lack of accountability"]),
        ("The biggest risk is data breaches and identity theft.", ["data breaches", "identity theft"]),
        # a noun the tagger reads as an adjective still heads the nouns before it
        ("Advocates are also worried about mission creep.", ["mission creep"]),
        # not what is denied, a case supposed, or a clause
        ("The problem is not cost.", []),
        ("Landlords must act within 24 hours when the problem is an emergency like a gas leak.", []),
        ("If the risk is flooding, owners must move their boats.", []),
        # nor a worry no one ranks or counts among others, or one told as past: an account of what went wrong
        ("The problem was a faulty valve in the cooling line.", []),
        ("The main problem was a broken pipe on Elm Street, the utility said.", []),
        ("Another concern is the cost of compliance.", ["cost of compliance"]),
    ],
)
def test_frames_a_worry_said_to_be_something(nlp, text, expected):
    assert sorted(_worries(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (session 41) a bare noun with an act's ending is as often who undergoes the sanction
        ("Under the rule, the association faces a fine of $500.", []),
        ("The hospital will receive a penalty.", []),
        ("The department could lose its funding.", []),
        ("Under the rule, a hospital found out of compliance first receives a warning notice and must submit a "
         "corrective action plan within 45 days.", ["submit a corrective action plan"]),
        # an act named with what is acted on, a word saying which act, or the act failed
        ("Illegal dumping carries a fine of $1,000.", ["Illegal dumping"]),
        ("Removal of trees is prohibited.", ["Removal of trees"]),
        ("Failure to give the notice carries a fine of $200.", ["Failure to give the notice", "give the notice"]),
    ],
)
def test_frames_a_sanctions_subject_names_an_act_only_by_more_than_its_ending(nlp, text, expected):
    assert [c for _k, c, _a, _p in _duties(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (session 41) the verbs after one with its own modal are that one's, not the first duty's
        ("Retailers must charge at least 10 cents per bag and may not waive, absorb or rebate the fee.",
         [("obligation", "charge at least 10 cents"), ("prohibition", "waive, absorb or rebate the fee")]),
        ("Owners must approve the budget and publish it.", [("obligation", "approve the budget")]),
    ],
)
def test_frames_verbs_after_an_own_modal_share_that_modal(nlp, text, expected):
    assert [(k, c) for k, c, _a, _p in _duties(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (session 41) an act allowed only on a condition is restricted
        ("Students may use generative AI tools only when an instructor permits it.",
         [("prohibition", "use generative AI tools")]),
        ("Drones may fly over parks only if the operator holds a permit.", [("prohibition", "fly over parks")]),
        ("Vendors may sell food only after they pass an inspection.", [("prohibition", "sell food")]),
        # an act allowed on a condition, not only on it, is no restriction; nor a benefit got only on one
        ("Residents may apply for a grant if they own their home.", []),
        ("Residents may apply for the rebate only if they earn less than $80,000.", []),
        ("Applicants may receive the grant only if they live in the county.", []),
    ],
)
def test_frames_an_act_allowed_only_on_a_condition_is_restricted(nlp, text, expected):
    assert [(k, c) for k, c, _a, _p in _duties(nlp, text) if k == "prohibition"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (session 41) a flaw someone points to is a worry, as a risk is
        ("Critics pointed to an enforcement gap in the order.", ["enforcement gap"]),
        ("Advocates point to a loophole in the rule.", ["loophole"]),
        # what someone points to that is no flaw, risk or chance is no worry
        ("Supporters point to the program's early results.", []),
    ],
)
def test_frames_a_flaw_pointed_to_is_a_worry(nlp, text, expected):
    assert sorted(_worries(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "verb", "condition"),
    [
        ("Drivers lose a point if they speed.", "speed", True),
        # "when" the parse calls an adverb opens a condition when someone acts in the clause
        ("Residents receive $150 when they turn in a gas blower.", "turn", True),
        # ... not a time with no one acting in it
        ("The director said when announcing the rule that fees punish people.", "announcing", False),
        ("Drivers lose a point because they speed.", "speed", False),
        # (review) a time set by another's act
        ("Homeowners receive a rebate when the city inspects the outlet.", "inspects", False),
    ],
)
def test_frames_a_clause_states_a_condition(nlp, text, verb, condition):
    from policygraph.extract.frames import states_condition

    doc = nlp(text)
    assert states_condition(next(t for t in doc if t.text == verb)) is condition
