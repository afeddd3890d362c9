"""General language, read the same way whatever the article: one sentence of
our own per pattern, after a preamble naming the policy, checked for the fact
a reader would draw. Written as a sweep over the phrasings an unseen article
may use (bills, rules, stances, worries); a fact the rules still miss is a
strict xfail with the reason, so fixing it shows up."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.extract import extract
from policygraph.ingest import parse_article

BILLS = "# Tickets\n\nThe Ticket Act and H.R. 2210 are discussed here.\n\n"
RULE = "# Harbor news\n\nThe Harbor Rule took effect in May.\n\n"


def facts(nlp, text: str) -> list[tuple[set[str], str, set[str]]]:
    """(names of the subject, predicate, names of the object) of each relation."""
    x = extract(parse_article(text.encode(), path=Path("sweep.md")), nlp)
    names = {e.key: {e.label.lower(), *(a.lower() for a in e.aliases)} for e in x.entities}
    return [(names[r.subject], r.predicate, names[r.object]) for r in x.relations]


def gap(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize(
    ("preamble", "text", "fact"),
    [
        (BILLS, 'H.R. 2210 would require ticket sellers to disclose the total price.',
         ('disclose the total price', 'performedBy', 'ticket sellers')),
        (BILLS, 'H.R. 2210 would, among other things, require ticket sellers to disclose the total price.',
         ('disclose the total price', 'performedBy', 'ticket sellers')),
        (BILLS, 'H.R. 2210 would also require ticket sellers to disclose the total price.',
         ('disclose the total price', 'performedBy', 'ticket sellers')),
        (BILLS, 'Under H.R. 2210, ticket sellers would be required to disclose the total price.',
         ('disclose the total price', 'performedBy', 'ticket sellers')),
        (BILLS, 'H.R. 2210 would make it unlawful for ticket sellers to use bots.',
         ('h.r. 2210', 'penalizes', 'use bots')),
        (BILLS, 'H.R. 2210 would prohibit ticket sellers from using bots.', ('h.r. 2210', 'penalizes', 'using bots')),
        (BILLS, 'H.R. 2210 would prohibit the use of bots by ticket sellers.',
         ('h.r. 2210', 'penalizes', 'use of bots')),
        (BILLS, 'H.R. 2210 would ban speculative ticket sales.',
         ('h.r. 2210', 'penalizes', 'speculative ticket sales')),
        (BILLS, 'H.R. 2210 would direct the Federal Trade Commission to issue rules on ticket refunds.',
         ('h.r. 2210', 'evaluates', 'federal trade commission')),
        (BILLS, 'H.R. 2210 would direct the Federal Trade Commission (FTC) to issue rules on ticket refunds.',
         ('h.r. 2210', 'evaluates', 'federal trade commission')),
        (BILLS, 'H.R. 2210 would authorize the Federal Trade Commission to enforce the requirements.',
         ('h.r. 2210', 'issuedBy', 'federal trade commission')),
        (BILLS, 'The Federal Trade Commission would enforce H.R. 2210.',
         ('h.r. 2210', 'issuedBy', 'federal trade commission')),
        (BILLS, 'H.R. 2210 was introduced by Representative Jan Ortiz.',
         ('h.r. 2210', 'issuedBy', 'representative jan ortiz')),
        (BILLS, 'Representative Jan Ortiz introduced H.R. 2210 in March.',
         ('h.r. 2210', 'issuedBy', 'representative jan ortiz')),
        (BILLS, 'H.R. 2210 would require ticket sellers that offer resale tickets to guarantee refunds.',
         ('guarantee refunds', 'performedBy', 'ticket sellers')),
        (BILLS, 'H.R. 2210 would require that ticket sellers disclose the total price.',
         ('disclose the total price', 'performedBy', 'ticket sellers')),
        (BILLS, 'Ticket sellers would have to disclose the total price under H.R. 2210.',
         ('disclose the total price', 'performedBy', 'ticket sellers')),
        (BILLS, 'H.R. 2210 would impose civil penalties on ticket sellers that fail to disclose fees.',
         ('h.r. 2210', 'penalizes', 'fail to disclose fees')),
        (BILLS, 'Ticket sellers that violate H.R. 2210 would face civil penalties of up to $10,000.',
         ('h.r. 2210', 'evaluates', 'ticket sellers')),
        (BILLS, 'H.R. 2210 would bar ticket sellers from selling tickets they do not possess.',
         ('h.r. 2210', 'penalizes', 'selling tickets')),
        (BILLS, 'The Ticket Act would require the Federal Trade Commission to report to Congress on enforcement.',
         ('ticket act', 'evaluates', 'federal trade commission')),
        (BILLS, 'Consumer groups support H.R. 2210.', ('consumer groups', 'supports', 'h.r. 2210')),
        (BILLS, 'Consumer groups have endorsed H.R. 2210.', ('consumer groups', 'supports', 'h.r. 2210')),
        (BILLS, 'Consumer groups have praised H.R. 2210.', ('consumer groups', 'supports', 'h.r. 2210')),
        (BILLS, 'H.R. 2210 has the support of consumer groups.', ('consumer groups', 'supports', 'h.r. 2210')),
        (BILLS, 'H.R. 2210 is supported by consumer groups.', ('consumer groups', 'supports', 'h.r. 2210')),
        (BILLS, 'H.R. 2210 is opposed by ticket resellers.', ('ticket resellers', 'criticizes', 'h.r. 2210')),
        (BILLS, 'Ticket resellers oppose H.R. 2210.', ('ticket resellers', 'criticizes', 'h.r. 2210')),
        (BILLS, 'Ticket resellers have criticized H.R. 2210.', ('ticket resellers', 'criticizes', 'h.r. 2210')),
        (BILLS, 'Ticket resellers argue that H.R. 2210 would raise prices.',
         ('ticket resellers', 'criticizes', 'h.r. 2210')),
        (BILLS, 'Ticket resellers contend that H.R. 2210 would raise prices.',
         ('ticket resellers', 'raisesConcern', 'raise prices')),
        (BILLS, 'Some resellers have expressed concern that H.R. 2210 would raise prices.',
         ('resellers', 'raisesConcern', 'raise prices')),
        (BILLS, 'Some economists warn that H.R. 2210 could raise ticket prices.',
         ('economists', 'raisesConcern', 'raise ticket prices')),
        (BILLS, 'Critics of H.R. 2210 say it would raise ticket prices.', ('critics', 'criticizes', 'h.r. 2210')),
        (BILLS, 'Ticket resellers have lobbied against H.R. 2210.', ('ticket resellers', 'criticizes', 'h.r. 2210')),
        (BILLS, 'The Senate passed S. 1187 in June.', ('s. 1187', 'issuedBy', 'senate')),
        (BILLS, 'S. 1187 passed the Senate in June.', ('s. 1187', 'issuedBy', 'senate')),
        (BILLS, 'Congress enacted the Ticket Act in 2016.', ('ticket act', 'issuedBy', 'congress')),
        (BILLS, 'The Ticket Act, enacted in 2016, bans the use of bots.', ('ticket act', 'penalizes', 'use of bots')),
        (BILLS, 'The Federal Trade Commission enforces the Ticket Act.',
         ('ticket act', 'issuedBy', 'federal trade commission')),
        (BILLS, 'The Ticket Act is enforced by the Federal Trade Commission.',
         ('ticket act', 'issuedBy', 'federal trade commission')),
        (BILLS, 'The Ticket Act applies to ticket sellers and secondary marketplaces.',
         ('ticket act', 'evaluates', 'ticket sellers')),
        (BILLS, 'The Ticket Act covers ticket sellers.', ('ticket act', 'evaluates', 'ticket sellers')),
        # (session 47) a reward whose sentence names no policy is the benefit programme set up just before
        (RULE, 'Section 12 of the Harbor Rule establishes the Clean Boats Grant Program. Marinas that install '
               'pump-out stations can receive grants of up to $5,000.',
         ('clean boats grant program', 'rewards', 'install pump-out stations')),
        (RULE, 'The Harbor Rule creates a Quiet Engine Incentive. Boat owners who replace two-stroke engines will '
               'receive $800 each.', ('quiet engine incentive', 'rewards', 'replace two-stroke engines')),
        # (session 47) an adverb on the class's adjective is part of its name, and spells its acronym
        (RULE, 'Newly hired dock workers must complete safety training under the Harbor Rule.',
         ('complete safety training', 'performedBy', 'newly hired dock workers')),
        (RULE, 'The Harbor Rule places duties on very large marina operators (VLMOs).\n\n'
               'Very large marina operators must:\n\n- file a storm plan;\n- keep spill kits.\n\n'
               'Each VLMO must pay a fee.', ('pay a fee', 'performedBy', 'vlmo')),
        # (session 47) an act cited with its maker's code before its number
        ('# Platforms\n\n', 'Regulation (EU) 2022/2065 sets common rules for online platforms. Platforms must '
                              'not use dark patterns.', ('regulation (eu) 2022/2065', 'penalizes', 'use dark patterns')),
        # (session 47) fighting a policy opposes it (fighting for it backs it); asking that it be struck down too
        (RULE, 'The Boaters Union fought the Harbor Rule.', ('boaters union', 'criticizes', 'harbor rule')),
        (RULE, 'The Boaters Union fought for the Harbor Rule.', ('boaters union', 'supports', 'harbor rule')),
        (RULE, 'The Boaters Union asked the court to strike down the Harbor Rule.',
         ('boaters union', 'criticizes', 'harbor rule')),
        # (session 47) what a policy intrudes on is a worry about it
        (RULE, 'Critics say the Harbor Rule intrudes on local autonomy.', ('local autonomy', 'concernAbout', 'harbor rule')),
        # (session 47) what a warner says would dwindle is the worry
        (RULE, 'The Boaters Alliance warned that marina investment, which pays for new docks, could fall by half.',
         ('boaters alliance', 'raisesConcern', 'marina investment')),
        (RULE, 'Several marina owners warned that the number of visiting boats could drop.',
         ('marina owners', 'raisesConcern', 'number of visiting boats')),
        # (session 47) the named programmes a body has, it runs
        (RULE, 'The Harbor Board also has two grant programs for marinas: the Clean Docks Program and the Safe '
               'Moorings Program. The Harbor Board enforces the Harbor Rule.',
         ('safe moorings program', 'issuedBy', 'harbor board')),
        (RULE, 'The Harbor Board has a Fuel Dock Inspection Program.',
         ('fuel dock inspection program', 'issuedBy', 'harbor board')),
        # (session 47) "in favour" the tagger reads as a name, after a quotation
        (RULE, 'Its sponsor said it would let "a deckhand care for her newborn without choosing between rent and '
               'recovery." The Harbor Workers Union and the Boaters Alliance testified in favour.',
         ('harbor workers union', 'supports', 'harbor rule')),
        # (session 47) a rating scheme's participle: "a Scorecard grading each operator"
        (RULE, 'The Harbor Board publishes a Marina Scorecard grading each marina operator on safety.',
         ('marina scorecard', 'evaluates', 'marina operator')),
        (BILLS, 'Under the Ticket Act, ticket sellers may not use bots.', ('ticket act', 'penalizes', 'use bots')),
        (BILLS, 'Under the Ticket Act, it is illegal for ticket sellers to use bots.',
         ('ticket act', 'penalizes', 'use bots')),
        (BILLS, 'The Ticket Act makes it a crime to use bots to buy tickets.', ('ticket act', 'penalizes', 'use bots')),
        (BILLS, 'The Ticket Act requires sellers to register with the state.',
         ('register with the state', 'performedBy', 'sellers')),
        (BILLS, 'Sellers must register with the state under the Ticket Act.',
         ('register with the state', 'performedBy', 'sellers')),
        (BILLS, 'The Ticket Act establishes a grant program for small venues.',
         ('grant program', 'partOf', 'ticket act')),
        pytest.param(BILLS, 'The Ticket Act gives venues that cap resale prices a tax credit.',
         ('ticket act', 'rewards', 'cap resale prices'),
                     marks=gap("the parser hangs the benefit on the relative clause")),
        (BILLS, 'Venues that cap resale prices receive a tax credit under the Ticket Act.',
         ('ticket act', 'rewards', 'cap resale prices')),
        (BILLS, 'Venues that cap resale prices are eligible for a tax credit under the Ticket Act.',
         ('ticket act', 'rewards', 'cap resale prices')),
        (RULE, 'Under the Harbor Rule, marina operators are required to post fee schedules.',
         ('post fee schedules', 'performedBy', 'marina operators')),
        (RULE, 'The Harbor Rule obligates marina operators to post fee schedules.',
         ('post fee schedules', 'performedBy', 'marina operators')),
        (RULE, 'The Harbor Rule mandates that marina operators post fee schedules.',
         ('post fee schedules', 'performedBy', 'marina operators')),
        (RULE, 'Marina operators need to post fee schedules under the Harbor Rule.',
         ('post fee schedules', 'performedBy', 'marina operators')),
        pytest.param(RULE, 'The Harbor Rule calls on marina operators to post fee schedules.',
         ('post fee schedules', 'performedBy', 'marina operators'),
                     marks=gap("'calls on X to' reads as a request, not a duty")),
        pytest.param(RULE, 'Marina operators are expected to post fee schedules under the Harbor Rule.',
         ('post fee schedules', 'performedBy', 'marina operators'),
                     marks=gap("'are expected to' is no duty cue")),
        (RULE, 'The Harbor Rule forbids marina operators from charging hidden fees.',
         ('harbor rule', 'penalizes', 'charging hidden fees')),
        (RULE, 'The Harbor Rule bars marina operators from charging hidden fees.',
         ('harbor rule', 'penalizes', 'charging hidden fees')),
        (RULE, 'Under the Harbor Rule, marina operators cannot charge hidden fees.',
         ('harbor rule', 'penalizes', 'charge hidden fees')),
        (RULE, 'Under the Harbor Rule, marina operators are prohibited from charging hidden fees.',
         ('harbor rule', 'penalizes', 'charging hidden fees')),
        pytest.param(RULE, 'The Harbor Rule outlaws hidden fees.', ('harbor rule', 'penalizes', 'hidden fees'),
                     marks=gap("the tagger reads 'outlaws' as a plural noun")),
        pytest.param(RULE, 'The Harbor Rule restricts the use of cameras at marinas.',
         ('harbor rule', 'penalizes', 'use of cameras'),
                     marks=gap("'restrict' as a ban cost a held-out behaviour (docs/quality.md)")),
        pytest.param(RULE, 'The Harbor Rule limits how much marinas can charge for moorings.',
         ('harbor rule', 'evaluates', 'marinas'),
                     marks=gap("a limit on an amount names no conduct")),
        (RULE, 'Marinas that charge hidden fees face fines of up to $5,000 under the Harbor Rule.',
         ('harbor rule', 'penalizes', 'charge hidden fees')),
        (RULE, 'Marinas that charge hidden fees could lose their licenses under the Harbor Rule.',
         ('harbor rule', 'penalizes', 'charge hidden fees')),
        (RULE, 'The Harbor Rule imposes fines on marinas that charge hidden fees.',
         ('harbor rule', 'penalizes', 'charge hidden fees')),
        (RULE, 'Charging hidden fees can result in a fine under the Harbor Rule.',
         ('harbor rule', 'penalizes', 'charging hidden fees')),
        # (session 44) a benefit taken back is a sanction
        (RULE, 'Under the Harbor Rule, failure to keep fuel logs may result in disallowance of the dock credit.',
         ('harbor rule', 'penalizes', 'failure to keep fuel logs')),
        (RULE, 'Marinas that post fee schedules online earn a green badge under the Harbor Rule.',
         ('harbor rule', 'rewards', 'post fee schedules online')),
        (RULE, 'The Harbor Rule rewards marinas that post fee schedules online.',
         ('harbor rule', 'rewards', 'post fee schedules online')),
        (RULE, 'The Harbor Commission adopted the Harbor Rule in 2024.',
         ('harbor rule', 'issuedBy', 'harbor commission')),
        (RULE, 'The Harbor Rule, adopted by the Harbor Commission in 2024, caps mooring fees.',
         ('harbor rule', 'issuedBy', 'harbor commission')),
        (RULE, 'The Harbor Commission, which adopted the Harbor Rule, will enforce it.',
         ('harbor rule', 'issuedBy', 'harbor commission')),
        (RULE, "The Harbor Commission's Harbor Rule caps mooring fees.",
         ('harbor rule', 'issuedBy', 'harbor commission')),
        (RULE, 'The Harbor Rule is administered by the Harbor Commission.',
         ('harbor rule', 'issuedBy', 'harbor commission')),
        (RULE, 'The Harbor Commission oversees compliance with the Harbor Rule.',
         ('harbor rule', 'issuedBy', 'harbor commission')),
        pytest.param(RULE, "Boat owners' groups have criticized the Harbor Rule as too costly.",
         ("boat owners' groups", 'criticizes', 'harbor rule'),
                     marks=gap("a group speaking for others is not read as the others")),
        (RULE, 'The Harbor Rule has drawn criticism from boat owners.', ('boat owners', 'criticizes', 'harbor rule')),
        (RULE, 'The Harbor Rule faces opposition from boat owners.', ('boat owners', 'criticizes', 'harbor rule')),
        (RULE, 'Boat owners say the Harbor Rule is unfair.', ('boat owners', 'criticizes', 'harbor rule')),
        (RULE, 'Boat owners complain that the Harbor Rule raises costs.', ('boat owners', 'criticizes', 'harbor rule')),
        (RULE, 'Environmental groups praised the Harbor Rule.', ('environmental groups', 'supports', 'harbor rule')),
        (RULE, 'Environmental groups welcomed the Harbor Rule.', ('environmental groups', 'supports', 'harbor rule')),
        (RULE, 'A marina that dumps fuel into the harbor violates the Harbor Rule.',
         ('harbor rule', 'penalizes', 'dumps fuel')),
        (BILLS, 'Under the bill, ticket sellers could not charge hidden fees.',
         ('charge hidden fees', 'performedBy', 'ticket sellers')),
        (RULE, 'Under the Harbor Rule, marinas that install pump-out stations are exempt from the annual fee.',
         ('harbor rule', 'rewards', 'install pump-out stations')),
        (RULE, 'Under the Harbor Rule, repeated violations may draw penalties of up to $15,000 each.',
         ('harbor rule', 'penalizes', 'repeated violations')),
        (RULE, 'Under the Harbor Rule, each wrongful disconnection can bring a fine of up to $2,000.',
         ('harbor rule', 'penalizes', 'wrongful disconnection')),
        (RULE, 'Under the Harbor Rule, marinas face fines for failing to report fuel spills.',
         ('failing to report fuel spills', 'performedBy', 'marinas')),
        (RULE, 'The Harbor Rule imposes civil penalties for failing to report fuel spills.',
         ('harbor rule', 'penalizes', 'failing to report fuel spills')),
        (RULE, 'Environmental groups called the Harbor Rule a step forward.',
         ('environmental groups', 'supports', 'harbor rule')),
        (RULE, 'Critics have labelled the Harbor Rule a boondoggle.', ('critics', 'criticizes', 'harbor rule')),
        (RULE, 'The Harbor Traders Association has called the Harbor Rule a disguised trade barrier.',
         ('harbor traders association', 'criticizes', 'harbor rule')),
        (RULE, 'Marina owners called the Harbor Rule a cash grab.', ('marina owners', 'criticizes', 'harbor rule')),
        # (session 40) a noun its adjective praises
        (RULE, 'The Boaters Union called the Harbor Rule "the most important safety protection in a decade."',
         ('boaters union', 'supports', 'harbor rule')),
        (RULE, 'The Boaters Union called the Harbor Rule a landmark reform.',
         ('boaters union', 'supports', 'harbor rule')),
        (BILLS, 'H.R. 2210 (Rep. Dana Whitfield and Rep. Omar Lind) would end hidden fees.',
         ('h.r. 2210', 'issuedBy', 'rep. omar lind')),
        (BILLS, 'The Fan Alliance supports the Ticket Act and H.R. 2210.', ('fan alliance', 'supports', 'h.r. 2210')),
        (BILLS, 'The Fan Alliance opposes H.R. 2210 and S. 90.', ('fan alliance', 'criticizes', 's. 90')),
        (BILLS, 'H.R. 2210 (Rep. Dana Whitfield and Rep. Omar Lind) would end hidden fees.',
         ('rep. dana whitfield', 'supports', 'h.r. 2210')),
        (BILLS, 'Rep. Dana Whitfield, who sponsored H.R. 2210, said it would end hidden fees.',
         ('rep. dana whitfield', 'supports', 'h.r. 2210')),
        (BILLS, 'H.R. 2210, introduced by Rep. Dana Whitfield, would end hidden fees.',
         ('rep. dana whitfield', 'supports', 'h.r. 2210')),
        (RULE, 'Two provinces have called the Harbor Rule a form of trade discrimination.',
         ('provinces', 'criticizes', 'harbor rule')),
        (RULE, 'The Boaters Union argued that the Harbor Rule amounts to a violation of property rights.',
         ('boaters union', 'criticizes', 'harbor rule')),
        (RULE, 'The Boaters Union has called for the Harbor Rule to be scrapped.',
         ('boaters union', 'criticizes', 'harbor rule')),
        (RULE, 'The Boaters Union called for the repeal of the Harbor Rule.', ('boaters union', 'criticizes', 'harbor rule')),
        (RULE, 'The Boaters Union called for the Harbor Rule to be adopted.', ('boaters union', 'supports', 'harbor rule')),
        (RULE, 'The Boaters Union hailed the Harbor Rule as a victory.', ('boaters union', 'supports', 'harbor rule')),
        (RULE, 'The Port Council considers the Harbor Rule necessary.', ('port council', 'supports', 'harbor rule')),
        (RULE, 'Environmental groups are pushing for the Harbor Rule.',
         ('environmental groups', 'supports', 'harbor rule')),
        (RULE, 'Critics worry that the Harbor Rule will push small marinas out of business.',
         ('critics', 'raisesConcern', 'push small marinas out of business')),
        (RULE, 'The Harbor Rule raises privacy concerns.', ('privacy concerns', 'concernAbout', 'harbor rule')),
        (RULE, 'The Harbor Rule has raised concerns about privacy.', ('privacy', 'concernAbout', 'harbor rule')),
        pytest.param(RULE, 'Privacy advocates say the Harbor Rule could enable surveillance of boaters.',
         ('privacy advocates', 'raisesConcern', 'surveillance')),
        (RULE, 'The Harbor Rule applies to all marinas with more than 50 slips.',
         ('harbor rule', 'evaluates', 'marinas')),
        (RULE, 'The Harbor Rule targets marinas with more than 50 slips.',
         ('harbor rule', 'evaluates', 'marinas')),
        (RULE, 'The Harbor Rule applies to employers whose employees are engaged in interstate commerce, and to '
               'enterprises with annual sales of $500,000 or more.', ('harbor rule', 'evaluates', 'businesses')),
        (RULE, 'Marinas with more than 50 slips are subject to the Harbor Rule.',
         ('harbor rule', 'evaluates', 'marinas')),
        (RULE, 'The Clean Docks Program is part of the Harbor Rule.', ('clean docks program', 'partOf', 'harbor rule')),
        (RULE, 'The Harbor Rule includes the Clean Docks Program.', ('clean docks program', 'partOf', 'harbor rule')),
        (RULE, 'The Harbor Rule created the Clean Docks Program.', ('clean docks program', 'partOf', 'harbor rule')),
        (RULE, 'Critics say the Harbor Rule will drive up mooring costs.',
         ('critics', 'raisesConcern', 'drive up mooring costs')),
        (RULE, 'Opponents argue that the Harbor Rule would raise mooring costs.',
         ('critics', 'raisesConcern', 'raise mooring costs')),
        (RULE, 'The Harbor Rule has been criticized for its high compliance costs.',
         ('high compliance costs', 'concernAbout', 'harbor rule')),
        (RULE, 'Privacy groups raised concerns about data collection under the Harbor Rule.',
         ('privacy groups', 'raisesConcern', 'data collection')),
        (RULE, 'Some boat owners fear that the Harbor Rule will lead to higher fees.',
         ('boat owners', 'raisesConcern', 'higher fees')),
        (RULE, 'The Harbor Rule could lead to job losses at small marinas.',
         ('job losses', 'concernAbout', 'harbor rule')),
        (RULE, 'The Harbor Rule risks pushing small marinas out of business.',
         ('pushing small marinas', 'concernAbout', 'harbor rule')),
        (RULE, 'Marina owners warned that the Harbor Rule would force some marinas to close.',
         ('marina owners', 'raisesConcern', 'force some marinas to close')),
        (RULE, 'The Harbor Rule raises concerns about privacy.', ('privacy', 'concernAbout', 'harbor rule')),
        (RULE, 'Critics contend the Harbor Rule is too vague.', ('critics', 'criticizes', 'harbor rule')),
        (RULE, 'Some lawmakers questioned whether the Harbor Rule is necessary.',
         ('lawmakers', 'criticizes', 'harbor rule')),
        pytest.param(RULE, 'The Harbor Rule has sparked concerns about surveillance of boaters.',
         ('surveillance', 'concernAbout', 'harbor rule')),
        (RULE, 'Fishermen complained that the Harbor Rule is unfair to small operators.',
         ('fishermen', 'criticizes', 'harbor rule')),
        pytest.param(RULE, 'Some experts worry about the cost of the Harbor Rule.',
         ('experts', 'raisesConcern', 'cost of the harbor rule')),
        (RULE, 'There are concerns that the Harbor Rule could discourage tourism.',
         ('discourage tourism', 'concernAbout', 'harbor rule')),
        (RULE, 'A key criticism of the Harbor Rule is its lack of transparency.',
         ('lack of transparency', 'concernAbout', 'harbor rule')),
        (RULE, 'The Harbor Rule may infringe on the privacy of boat owners.',
         ('privacy of boat owners', 'concernAbout', 'harbor rule')),
        (RULE, 'Fishermen object to the Harbor Rule.', ('fishermen', 'criticizes', 'harbor rule')),
        (RULE, 'Fishermen protested against the Harbor Rule.', ('fishermen', 'criticizes', 'harbor rule')),
        (RULE, 'A coalition of fishermen filed a lawsuit against the Harbor Rule.',
         ('coalition', 'criticizes', 'harbor rule')),
        (RULE, 'The Harbor Rule has been blamed for rising mooring fees.',
         ('rising mooring fees', 'concernAbout', 'harbor rule')),
        (RULE, 'Critics blame the Harbor Rule for higher mooring fees.', ('critics', 'criticizes', 'harbor rule')),
        (RULE, 'The main drawback of the Harbor Rule is its complexity.', ('complexity', 'concernAbout', 'harbor rule')),
        (RULE, 'The biggest flaw in the Harbor Rule is its cost.', ('cost', 'concernAbout', 'harbor rule')),
        (RULE, 'A key concern with the Harbor Rule is the cost of compliance.',
         ('cost of compliance', 'concernAbout', 'harbor rule')),
        (RULE, 'Under the Harbor Rule, port operators are tasked with screening every inbound container.',
         ('screening every inbound container', 'performedBy', 'port operators')),
        pytest.param(RULE, 'Shipping companies bear responsibility for filing cargo manifests under the Harbor Rule.',
                     ('filing cargo manifests', 'performedBy', 'shipping companies'),
                     marks=gap("a responsibility borne is blame as often as a duty ('bears responsibility for causing')")),
        pytest.param(RULE, 'Under the Harbor Rule, ferry companies have 30 days to report any fuel spill.',
                     ('report any fuel spill', 'performedBy', 'ferry companies'),
                     marks=gap("a deadline is a right as often as a duty ('have 60 days to comment')")),
        (RULE, 'Under the Harbor Rule it is mandatory for shipping companies to install catch cameras.',
         ('install catch cameras', 'performedBy', 'shipping companies')),
        (RULE, 'The Harbor Rule bans overnight anchoring by cargo ships in the channel.',
         ('harbor rule', 'penalizes', 'overnight anchoring')),
        (RULE, 'The Harbor Rule penalises price gouging by ticket brokers.',
         ('price gouging', 'performedBy', 'ticket brokers')),
        (RULE, 'The Harbor Rule applies to ferry companies.', ('harbor rule', 'evaluates', 'ferry companies')),
        (RULE, 'The Harbor Rule extends to charter boat operators for the first time.',
         ('harbor rule', 'evaluates', 'charter boat operators')),
        (BILLS, 'Under H.R. 2210, online marketplaces shall verify the identity of high-volume sellers.',
         ('h.r. 2210', 'evaluates', 'online marketplaces')),
        (RULE, "The Harbor Rule is the Maritime Safety Agency's new rule on cargo screening.",
         ('harbor rule', 'issuedBy', 'maritime safety agency')),
        (RULE, "The Harbor Rule, the Maritime Safety Agency's rule on cargo screening, took effect in May.",
         ('harbor rule', 'issuedBy', 'maritime safety agency')),
        (RULE, 'Environmental Defense Fund welcomed the Harbor Rule.',
         ('environmental defense fund', 'supports', 'harbor rule')),
        (BILLS, 'Republican lawmakers voted to repeal the Ticket Act.', ('republican lawmakers', 'criticizes', 'ticket act')),
        (RULE, 'The World Shipping Federation filed suit to stop the Harbor Rule.',
         ('world shipping federation', 'criticizes', 'harbor rule')),
        (RULE, 'Critics say the Harbor Rule raises the spectre of mass layoffs.',
         ('mass layoffs', 'concernAbout', 'harbor rule')),
        (RULE, 'The Harbor Rule could burden marinas with paperwork.', ('paperwork', 'concernAbout', 'harbor rule')),
        (RULE, 'Fishermen warn that the Harbor Rule will saddle them with debt.',
         ('fishermen', 'raisesConcern', 'debt')),
        pytest.param(RULE, 'Under the Harbor Rule, operators who falsify inspection records are stripped of their '
                           'licence.', ('harbor rule', 'penalizes', 'falsify inspection records'),
                     marks=gap("'strip' is mostly a physical act ('strip lead paint'), no penalty cue")),
        (RULE, 'The Harbor Board concurred with the Harbor Rule.', ('harbor board', 'supports', 'harbor rule')),
        (RULE, 'Boat owners disagree with the Harbor Rule.', ('boat owners', 'criticizes', 'harbor rule')),
        (RULE, "The Harbor Board's safety scorecard took effect in May.", ('safety scorecard', 'issuedBy', 'harbor board')),
        (RULE, 'This proposal would undermine decades of progress in cleaning up the harbor.',
         ('decades of progress', 'concernAbout', 'harbor rule')),
        (RULE, 'The Harbor Rule has drawn scrutiny over its high cost.', ('high cost', 'concernAbout', 'harbor rule')),
        (RULE, 'Without stronger monitoring, the Harbor Rule is vulnerable to abuse.',
         ('abuse', 'concernAbout', 'harbor rule')),
        (BILLS, 'Representative Jan Ortiz cosponsored H.R. 2210.', ('h.r. 2210', 'issuedBy', 'representative jan ortiz')),
        (RULE, 'Critics say the Harbor Rule fails to address the risk of oil spills.',
         ('critics', 'raisesConcern', 'oil spills')),
        (RULE, 'Fishermen warn that the Harbor Rule will limit their catch and raise the risk of accidents at sea.',
         ('fishermen', 'raisesConcern', 'accidents')),
        (RULE, 'Fishermen say the Harbor Rule does not ease their fears of layoffs.',
         ('layoffs', 'concernAbout', 'harbor rule')),
        (RULE, 'Under the Harbor Rule, marina owners must receive safety training every year.',
         ('receive safety training', 'performedBy', 'marina owners')),
        (RULE, 'Marina operators did not report fuel spills to the Harbor Office as required by the Harbor Rule.',
         ('report fuel spills', 'performedBy', 'marina operators')),
        (RULE, 'Contrary to the Harbor Rule, several marina operators did not post their fees.',
         ('post their fees', 'performedBy', 'marina operators')),
        (RULE, 'Ticketmaster lobbied heavily against the Harbor Rule.', ('ticketmaster', 'criticizes', 'harbor rule')),
        (RULE, 'The Shipping Council pushed back against the Harbor Rule.',
         ('shipping council', 'criticizes', 'harbor rule')),
        (RULE, 'Fishermen spoke out against the Harbor Rule.', ('fishermen', 'criticizes', 'harbor rule')),
        (RULE, 'Truckers pushed for the Harbor Rule.', ('truckers', 'supports', 'harbor rule')),
        pytest.param(RULE, 'The Harbor Rule creates a potential for conflicts of interest.',
                     ('potential for conflicts of interest', 'concernAbout', 'harbor rule'),
                     marks=gap("a chance raised as a worry was tried and cost a held-out false positive")),
        pytest.param(RULE, 'The Harbor Rule may increase costs for small marinas.',
                     ('costs', 'concernAbout', 'harbor rule'),
                     marks=gap("an increase is a worry only by what increases; costs are no harm word")),
        # a harm the vocabulary knows, said to follow from a policy, is a worry whoever says it
        (RULE, 'A tenants group said the Harbor Rule would lead to discrimination against boat owners.',
         ('discrimination', 'concernAbout', 'harbor rule')),
        # a call for adoption, with nothing adopted named, is for the article's one policy
        (RULE, 'At the hearing, the Harbor Pilots Association urged adoption.',
         ('harbor pilots association', 'supports', 'harbor rule')),
        # "nor" denies only the clause it joins, not one joined after it by "and"
        (RULE, 'Not one marina objected to the Harbor Rule, nor did the council, and the Harbor Rule bans jet skis.',
         ('harbor rule', 'penalizes', 'jet skis')),
        # "must permit" is the duty holder's own duty
        (RULE, 'Under the Harbor Rule, marina operators must permit boaters to use the pump-out station.',
         ('permit boaters to use the pump-out station', 'performedBy', 'marina operators')),
        # a second participle the parse joins to "is" is still passive: who administers it runs it
        ('# Water news\n\n', 'The Water Credit Scheme is a trading programme run by the Ministry of Environment and '
         'administered day to day by the Rural Water Agency.', ('water credit scheme', 'issuedBy', 'rural water agency')),
        # a suit a public body brings under laws enforces them, each law of the pair, wherever the parse hangs "under"
        ('# Consumer news\n\n', 'The settlement resolves a lawsuit brought by the Ohio Department of Justice in '
         'September 2022 under the Ohio Consumer Sales Practices Act and the Home Solicitation Sales Act.',
         ('home solicitation sales act', 'issuedBy', 'ohio department of justice')),
        # what is said "in a statement that ..." is said: a burden it would impose is a worry about it
        (RULE, 'The Marina Owners Association said in a statement that the Harbor Rule would impose an administrative '
         'burden on small marinas.', ('marina owners association', 'criticizes', 'harbor rule')),
        # whoever a modal ending a list intro names owes the listed duties, whatever the noun
        ('# Pool rules\n\n', 'The Parks Department issued the Pool Rules in 2024. Under the rules, lifeguards must:'
         '\n\n- check the water every hour;\n- keep a log of incidents.', ('keep a log of incidents', 'performedBy',
                                                                           'lifeguards')),
        ('# Pool rules\n\n', 'The Parks Department issued the Pool Rules in 2024.\n\nSwimmers may not:\n\n'
         '- run on the pool deck;\n- dive in the shallow end.', ('run on the pool deck', 'performedBy', 'swimmers')),
        # what a court found them doing is punished by what befalls them
        (RULE, 'Under the Harbor Rule, fishers convicted of using illegal nets lose their licences for ten years.',
         ('harbor rule', 'penalizes', 'using illegal nets')),
        (RULE, 'Under the Harbor Rule, a marina found guilty of dumping waste will pay a fine of $5,000.',
         ('dumping waste', 'performedBy', 'marina')),
        # caught at an act: the act, not the catching, whether the parse reads it as a clause or a noun
        (RULE, 'Under the Harbor Rule, boaters who are caught using a phone will face a $200 fine.',
         ('harbor rule', 'penalizes', 'using a phone')),
        ('# Harbor rule\n\n', 'The Harbor Authority adopted the Harbor Rule in May. Boaters caught speeding in the '
         'channel will lose their mooring permits.', ('speeding in the channel', 'performedBy', 'boaters')),
        # whom a policy lays duties or charges on, it regulates
        (RULE, 'The Harbor Rule places new reporting duties on charter operators.',
         ('harbor rule', 'evaluates', 'charter operators')),
        (RULE, 'The Harbor Rule imposes a fee on charter operators.', ('harbor rule', 'evaluates', 'charter operators')),
        # whoever rates them under the rule, the rule evaluates them
        (RULE, 'Under the Harbor Rule, inspectors rate each marina from A to F.', ('harbor rule', 'evaluates', 'marina')),
        # "the new law" calls back the law just named
        ('# Harbor news\n\n', 'The Harbor Act was passed in 2023. The new law imposes new duties on marinas.',
         ('harbor act', 'evaluates', 'marinas')),
        # an "-ing" modifier the parse reads as a verb, its infinitive hung on it
        ('# Energy news\n\n', 'The Energy Rule requires building owners to report energy use every year.',
         ('report energy use', 'performedBy', 'building owners')),
        # a paragraph broken off at its duty, the list completing it; a heading naming who owes the list
        ('# Pool rules\n\n', 'The Parks Department issued the Pool Rules in 2024. Under the rules, each lifeguard '
         'must\n\n- check the water every hour;\n- keep a log of incidents.', ('check the water', 'performedBy',
                                                                              'lifeguard')),
        ('# Pool rules\n\n', 'The Parks Department issued the Pool Rules in 2024.\n\n## What swimmers may not do\n\n'
         '- Run on the pool deck.\n- Bring glass bottles into the pool area.', ('run on the pool deck', 'performedBy',
                                                                                'swimmers')),
        # money paid to whoever does something rewards the act
        (RULE, 'The Harbor Rule pays $50 to owners who install a pump-out station.',
         ('harbor rule', 'rewards', 'install a pump-out station')),
        # a list of penalties: each label names what its sanction punishes, a failure included
        ('# Pool rules\n\n', 'The Parks Department issued the Pool Rules in 2024.\n\n## Penalties\n\n'
         '- **Failure to test or log water quality:** a fine of up to $1,000.\n- **Running on the deck:** a warning.',
         ('pool rules', 'penalizes', 'failure to test or log water quality')),
        ('# Pool rules\n\n', 'The Parks Department issued the Pool Rules in 2024.\n\n## Fines\n\n'
         '- **Failure to test or log water quality:** $250 for a first violation.\n- **Running on the deck:** $50.',
         ('pool rules', 'penalizes', 'running on the deck')),
        # advice listed under a heading naming whom it is for: what they are advised to do is theirs
        ('# Boil water notice\n\n', 'The City Water Department issued a boil water notice on Monday.\n\n'
         '## Advice to Residents\n\n- Throw away ice made since Sunday.', ('throw away ice', 'performedBy', 'residents')),
        # a command opening an item under such a heading, though the tagger reads it as a noun
        ('# Boil water notice\n\n', 'The City Water Department issued a boil water notice on Monday.\n\n'
         '## Advice to Residents\n\n- Boil tap water for one minute.', ('boil tap water', 'performedBy', 'residents')),
    ],
)
def test_language_sweep_reads_the_fact(nlp, preamble, text, fact):
    subject, predicate, obj = fact
    found = facts(nlp, preamble + text + "\n")
    assert any(p == predicate and subject in s and obj in o for s, p, o in found), found


@pytest.mark.parametrize(
    ("preamble", "text", "fact"),
    [
        # a stance or a consequence denied, refused or stopped is no fact
        (RULE, 'The Sierra Club declined to endorse the Harbor Rule.', ('sierra club', 'supports', 'harbor rule')),
        (RULE, 'Boaters refused to support the Harbor Rule.', ('boaters', 'supports', 'harbor rule')),
        (RULE, 'The Harbor Rule no longer penalizes late filings.', ('harbor rule', 'penalizes', 'late filings')),
        (RULE, 'The Harbor Rule does not ban night fishing.', ('harbor rule', 'penalizes', 'night fishing')),
        (BILLS, 'H.R. 2210 would not require venues to cap prices.', ('cap prices', 'performedBy', 'venues')),
        # a label under a penalties heading whose body states no sanction names nothing punished
        ('# Pool rules\n\n', 'The Parks Department issued the Pool Rules in 2024.\n\n## Penalties\n\n'
         '- **Diving in the shallow end:** see the lifeguard for the rules.', ('pool rules', 'penalizes',
                                                                            'diving in the shallow end')),
        # (review) a statement opening an item under a duty heading is no command; payments a scheme does not
        # make, or for what befell them, reward nothing; a sanction urged is not taken; advice against is no ban;
        # a list of what someone may do under a heading of their duties owes nothing
        ('# Heat rule\n\n', 'The Heat Safety Rule took effect in May.\n\n## What employers must do\n\n'
         '- Shade structures must be open on three sides.', ('shade structures', 'performedBy', 'employers')),
        ('# Trash news\n\n', 'The Trash Ordinance took effect in May. Residents already pay $40 a month to haulers '
         'who collect their trash.', ('collect their trash', 'performedBy', 'haulers')),
        ('# Housing news\n\n', 'The Veterans Housing Program took effect in May. It also pays $300 to veterans who '
         'lost their housing in the wildfire.', ('veterans housing program', 'rewards', 'lost their housing')),
        ('# Phone news\n\n', 'The Phone Privacy Act took effect in May. Consumer groups urged the FCC to impose '
         'disciplinary action against employees who leak customer records.', ('phone privacy act', 'penalizes',
                                                                             'leak customer records')),
        ('# Water news\n\n', 'The Drinking Water Rule took effect in May.\n\n## What you should not do\n\n'
         '- Use home water filters as a substitute for boiling.', ('drinking water rule', 'penalizes',
                                                                 'use home water filters')),
        ('# Rental news\n\n', "The Rental Ordinance took effect in May.\n\n## Hosts' obligations\n\nHosts may:\n\n"
         '- hire a management company;\n- rent a room.', ('hire a management company', 'performedBy', 'hosts')),
        ('# Pool rules\n\n', 'The Parks Department issued the Pool Rules in 2024.\n\n## Penalties\n\n'
         '- **First offence:** a written warning.', ('pool rules', 'penalizes', 'offence')),
        # a condition of eligibility listed as a duty is a state met, not conduct
        ('# Housing news\n\n', 'The Veterans Rental Program began in 2024. To receive a voucher, a veteran must\n\n'
         '1. be eligible for VA health care;\n2. agree to meet a case manager.', ('be eligible for va health care',
                                                                                  'performedBy', 'veteran')),
        # money paid to those something befell rewards nothing they did
        (RULE, 'The Harbor Rule pays $50 to owners whose boats were damaged by the storm.',
         ('harbor rule', 'rewards', 'damaged by the storm')),
        # what someone is expected to do is mostly a forecast, no duty
        (RULE, 'Under the Harbor Rule, boat owners are expected to save money on fuel.',
         ('save money on fuel', 'performedBy', 'boat owners')),
        (RULE, 'The mayor has 30 days to decide.', ('decide', 'performedBy', 'mayor')),
        # whoever hands out a penalty does not do what it punishes
        (RULE, 'Under the Harbor Rule, the Department of Aviation Safety may impose a fine of up to $500 for flying '
               'an unregistered drone.', ('flying an unregistered drone', 'performedBy', 'department of aviation safety')),
        # what a policy is said to lessen is no one's worry about it, and saying so criticises nothing
        (RULE, 'Supporters say the Harbor Rule will reduce the risk of oil spills in the harbor.',
         ('proponents', 'criticizes', 'harbor rule')),
        (RULE, 'Health officials said the Harbor Rule will reduce the risk of foodborne illness.',
         ('health officials', 'raisesConcern', 'foodborne illness')),
        # what a policy fails to do is no conduct it punishes
        (RULE, 'The Harbor Rule fails to account for the cumulative health impacts of diesel pollution on nearby '
               'neighborhoods.', ('harbor rule', 'penalizes', 'diesel pollution')),
        # (faults a review found: each was read wrongly once)
        (RULE, 'The Harbor Rule is the Shipping Council\'s least favorite regulation.',
         ('harbor rule', 'issuedBy', 'shipping council')),
        (RULE, 'The Maritime Safety Agency plans to roll out the Harbor Rule next year.',
         ('maritime safety agency', 'criticizes', 'harbor rule')),
        (RULE, 'Residents have 60 days to comment on the Harbor Rule.', ('comment on the harbor rule', 'performedBy',
                                                                        'residents')),
        (RULE, 'The Harbor Office is tasked with enforcing the Harbor Rule.', ('harbor rule', 'evaluates', 'harbor office')),
        (RULE, 'The Clean Berth Program is open to marinas and boatyards of every size.',
         ('boatyards', 'concernAbout', 'clean berth program')),
        (RULE, 'The Harbor Rule requires boatyards to strip lead paint from old hulls.',
         ('harbor rule', 'penalizes', 'strip lead paint')),
        (RULE, 'Under the Harbor Rule, fuel docks will face closer scrutiny over their spill records.',
         ('spill records', 'concernAbout', 'harbor rule')),
        (RULE, 'Fishermen blame warm water, not the Harbor Rule, for the poor catch.',
         ('poor catch', 'concernAbout', 'harbor rule')),
        # a threat or risk denied is no worry
        (RULE, 'The Harbor Rule poses no risk of flooding.', ('flooding', 'concernAbout', 'harbor rule')),
        (RULE, 'The Harbor Rule poses no threat to privacy.', ('threat to privacy', 'concernAbout', 'harbor rule')),
        (RULE, 'Critics say the Harbor Rule is not a threat to small marinas.',
         ('critics', 'raisesConcern', 'threat to small marinas')),
        # a question states no duty and no consequence
        (RULE, 'Why should a marina owner lose her permit because a guest anchored badly?',
         ('harbor rule', 'penalizes', 'lose her permit')),
        (RULE, 'Should marina owners have to inspect every hull?', ('inspect every hull', 'performedBy', 'marina owners')),
        # what befalls someone under a modal is a consequence, no duty
        (RULE, 'Under the Harbor Rule, an operator who completes the safety inspection shall receive a fee reduction.',
         ('receive a fee reduction', 'performedBy', 'operator')),
        (RULE, 'Lawmakers voted not to repeal the Harbor Rule.', ('lawmakers', 'criticizes', 'harbor rule')),
        # a good outcome said to follow is no worry
        (RULE, 'Supporters said the Harbor Rule will lead to higher wages for dock workers.',
         ('higher wages', 'concernAbout', 'harbor rule')),
        (RULE, 'Supporters said the Harbor Rule will lead to greater transparency in dock fees.',
         ('greater transparency', 'concernAbout', 'harbor rule')),
        (RULE, 'Supporters said the Harbor Rule will lead to no discrimination against boat owners.',
         ('no discrimination', 'concernAbout', 'harbor rule')),
        # a request for more time is no stance on a policy
        (RULE, 'Marinas asked for more time. The Harbor Pilots Association opposed any extension.',
         ('harbor pilots association', 'criticizes', 'harbor rule')),
        # what is given as nothing targets no one
        (RULE, 'The Harbor Rule gives harbor police no new power to board boats.',
         ('harbor rule', 'evaluates', 'harbor police')),
        # an open question says nothing follows
        (RULE, 'We suggest that the council consider whether marinas that repeatedly file false logs should be '
               'suspended from the Harbor Rule program.', ('harbor rule', 'penalizes', 'file false logs')),
        (RULE, 'The board will decide whether marina owners must install pump-out stations.',
         ('install pump-out stations', 'performedBy', 'marina owners')),
        # those another policy covers are not the article's policy's
        (RULE, 'Passenger carriers are covered by a separate rule.', ('harbor rule', 'evaluates', 'passenger carriers')),
        # a subject that is nothing and no one denies; "nor" denies as "not" did; what may be done is no stance
        (RULE, 'Nothing in the Harbor Rule prohibits the use of automated tools.',
         ('harbor rule', 'penalizes', 'use of automated tools')),
        (RULE, 'No provision of the Harbor Rule bans night fishing.', ('harbor rule', 'penalizes', 'night fishing')),
        (RULE, 'The Harbor Rule does not require permits, nor does it bar marinas from renting moorings.',
         ('harbor rule', 'penalizes', 'renting moorings')),
        (RULE, 'The Harbor Rule goes to the Assembly, which could reject it.', ('assembly', 'criticizes', 'harbor rule')),
        (RULE, 'If the council adopts a licensing scheme, vendors might have to carry permits.',
         ('carry permits', 'performedBy', 'vendors')),
        (RULE, 'Critics did not call the Harbor Rule a mistake.', ('critics', 'criticizes', 'harbor rule')),
        # a description of the breaker is no breach when the sentence says what breaks it, or that it may
        (RULE, 'A marina that installs pump-out stations may still violate the Harbor Rule if its boats leak fuel.',
         ('harbor rule', 'penalizes', 'installs pump-out stations')),
        (RULE, 'Marinas that dump fuel do not violate the Harbor Rule.', ('harbor rule', 'penalizes', 'dump fuel')),
        # third review of session 20
        (BILLS, 'Under the bill, small venues could not afford the new permit fees.',
         ('h.r. 2210', 'penalizes', 'afford the new permit fees')),
        (RULE, 'A marina that was hacked violated the Harbor Rule.', ('harbor rule', 'penalizes', 'hacked')),
        (RULE, 'Under the Harbor Rule, marinas found not to have dumped fuel face no penalty.',
         ('harbor rule', 'penalizes', 'dumped fuel')),
        (RULE, 'The Harbor Rule requires marinas to refund boaters within seven days, to make fees fairer.',
         ('make fees fairer', 'performedBy', 'marinas')),
        (RULE, 'The Harbor Rule requires marinas to help boaters to quit smoking and to lose weight.',
         ('lose weight', 'performedBy', 'marinas')),
        # "of" names whom a list or rating holds, not whose it is
        (RULE, 'The Harbor Rule set up a registry of landlords in May.', ('registry', 'issuedBy', 'landlords')),
        # "could not" under a named policy is an inability, not a ban
        (RULE, 'Under the Harbor Rule, the harbor office could not verify the logs.',
         ('harbor rule', 'penalizes', 'verify the logs')),
        # second review of session 20: what the rules it added must not read
        (RULE, 'The Sierra Club denounced the Harbor Rule as a victory for the oil industry.',
         ('sierra club', 'supports', 'harbor rule')),
        (RULE, 'Consumer groups called the Harbor Rule a win for large marinas.', ('consumer groups', 'supports', 'harbor rule')),
        (RULE, 'The Harbor Commission declared the Harbor Rule effective as of June 1.',
         ('harbor commission', 'supports', 'harbor rule')),
        (RULE, 'Does the Boaters Union consider the Harbor Rule necessary?', ('boaters union', 'supports', 'harbor rule')),
        (RULE, 'If the Boaters Union deems the Harbor Rule unnecessary, it could sue.',
         ('boaters union', 'criticizes', 'harbor rule')),
        (BILLS, 'Did Rep. Dana Whitfield introduce H.R. 2210?', ('rep. dana whitfield', 'supports', 'h.r. 2210')),
        (RULE, 'The Nurses Union called for the Harbor Rule to be repealed.', ('nurses union', 'supports', 'harbor rule')),
        (RULE, 'The Nurses Union called for the Harbor Rule not to be extended.', ('nurses union', 'supports', 'harbor rule')),
        (RULE, 'Under the Harbor Rule, marinas that miss inspection targets are exempt from the rebate program.',
         ('harbor rule', 'rewards', 'miss inspection targets')),
        (RULE, 'Under the Harbor Rule, inspectors who find leaks may bring penalties against marinas.',
         ('harbor rule', 'penalizes', 'find leaks')),
        (RULE, 'Under the Harbor Rule, workers who retire early can draw reduced benefits.',
         ('harbor rule', 'rewards', 'retire early')),
        (RULE, "The Harbor Rule's repeal bill failed in committee.", ('repeal bill', 'partOf', 'harbor rule')),
        (RULE, 'The Harbor Rule bars marinas that profit from dredging from bidding on state contracts.',
         ('harbor rule', 'penalizes', 'dredging from bidding on state contracts')),
        (RULE, 'Under the Harbor Rule, marinas that dump fuel are not exempt from the annual fee.',
         ('harbor rule', 'rewards', 'dump fuel')),
        (RULE, 'Under the Harbor Rule, marinas that dump fuel are exempt from nothing and face fines.',
         ('harbor rule', 'rewards', 'dump fuel')),
        (RULE, 'The Boaters Union called for the repeal of the Harbor Rule.', ('boaters union', 'supports', 'harbor rule')),
        (RULE, 'The Boaters Union argued that dumping fuel amounts to a violation of the Harbor Rule.',
         ('boaters union', 'criticizes', 'harbor rule')),
        (RULE, 'The Boaters Union voted against the repeal of the Harbor Rule.',
         ('boaters union', 'criticizes', 'harbor rule')),
        (RULE, 'Some boaters may call the Harbor Rule a mistake.', ('boaters', 'criticizes', 'harbor rule')),
        (RULE, 'Critics called the Harbor Rule anything but a success.', ('critics', 'supports', 'harbor rule')),
        # (session 40) an adjective that only sizes the noun praises nothing
        (RULE, 'The Boaters Union called the Harbor Rule a major change.',
         ('boaters union', 'supports', 'harbor rule')),
        # (session 40 review) what it is a test or a source of is the judgement, no praise of the rule
        (RULE, "The Boaters Union called the Harbor Rule a crucial test of the governor's power.",
         ('boaters union', 'supports', 'harbor rule')),
        # (session 42) a harm named inside banned conduct is the conduct's words, no worry
        (RULE, 'Refusing service to a boater, or charging higher fees to boaters, is prohibited under the Harbor Rule '
         'and can be challenged by the Harbor Board.', ('higher fees', 'concernAbout', 'harbor rule')),
        # (session 42 review) who posts a rule on a wall or a website shows it; they need not have made it
        ('# Harbor news\n\n', 'Marinas posted the Harbor Rule at their entrances, and most boaters complied.',
         ('harbor rule', 'issuedBy', 'marinas')),
        # (session 47) programmes had but not named, or a duty to comply, run by no one said
        (RULE, 'The Harbor Board has to comply with the Harbor Rule.', ('harbor rule', 'issuedBy', 'harbor board')),
        (RULE, 'The Harbor Board does not have a Fuel Dock Inspection Program.',
         ('fuel dock inspection program', 'issuedBy', 'harbor board')),
        # (session 47 review) programmes had as a benefit or in an idiom; a stance word "in" a ministry's name; a
        # programme refused funding; a bonus from a named giver; a physical intrusion; what is bad to have more of
        (RULE, 'Working families that have the Earned Income Tax Credit on their return get larger refunds.',
         ('earned income tax credit', 'issuedBy', 'working families')),
        (RULE, 'The Port Commission has the Shore Power Program in mind as a model.',
         ('shore power program', 'issuedBy', 'port commission')),
        (RULE, 'Former minister Colin Dale, who served in Defence for a decade, told the committee he had doubts.',
         ('colin dale', 'supports', 'harbor rule')),
        (RULE, 'The Senate declined to fund the Travel Nurse Incentive Program. Staffing agencies that cap their fees '
               'earn a federal tax credit.', ('travel nurse incentive program', 'rewards', 'cap their fees')),
        (RULE, 'Section 15 establishes the Nurse Educator Scholarship Program. Hospitals that report quality data can '
               'also earn a payment bonus from the Harbor Board.',
         ('nurse educator scholarship program', 'rewards', 'report quality data')),
        (RULE, 'The Boaters Union says protesters intruded on the hearing.', ('boaters union', 'raisesConcern', 'hearing')),
        (RULE, 'Tenants warned that complaints about the Harbor Rule could drop.', ('tenants', 'raisesConcern', 'complaints')),
        (RULE, 'The Boaters Union fought for the Harbor Rule.', ('boaters union', 'criticizes', 'harbor rule')),
        # (session 47) the banned conduct's own verb is no reward: "granting", "raising", "adding"
        (BILLS, 'The Ticket Act prohibits ticket sellers from granting any discount to resellers.',
         ('ticket act', 'rewards', 'granting any discount')),
        (RULE, 'The Harbor Rule bars marinas from granting preferences to the children of members.',
         ('harbor rule', 'rewards', 'granting preferences')),
        # (session 47) a benefit sought inside the conduct's own clause rewards nothing
        (RULE, '- **Fraud.** A boater who knowingly makes a false statement to get benefits must repay them and loses '
               'eligibility for one year.', ('harbor rule', 'rewards', 'makes a false statement')),
    ],
)
def test_language_sweep_reads_no_fact_where_there_is_none(nlp, preamble, text, fact):
    subject, predicate, obj = fact
    found = facts(nlp, preamble + text + "\n")
    assert not any(p == predicate and subject in s and obj in o for s, p, o in found), found
