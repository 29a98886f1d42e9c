"""Round 16's ranks in a ranking (``data/preedit_en.json``'s expressions): *places first*,
*ranked third*, *is ranked fifth* said *occupies the first place*, a *ranking* after a
determiner *classification*; *willing to* *prepared to*; *build on* *consolidate*, *grow
up* *grow*; each with a guard it must leave. The sentences are made up
for these tests."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from tests.translate.test_preedit_senses import edited, french


@pytest.mark.parametrize(("line", "said"), [
    ("The university places first in the national ranking.",
     "The university occupies the first place in the national classification."),
    ("The region ranked third among Russian regions.",
     "The region occupied the third place among Russian regions."),
    ("Kazan is ranked fifth in the world.", "Kazan occupies the fifth place in the world."),
    # *first* of a list, not a rank: a noun or a verb after it
    ("We place first the interests of people.", "We place first the interests of people."),
    ("It comes first.", "It comes first."),
    # *ranking* a verb (*ranking officials*)
    ("He met ranking officials.", "He met ranking officials."),
    # *willing to* "prepared to" (the engine's *will*, to bequeath: "lègue"); not *God
    # willing*
    ("Russia is willing to resume talks.", "Russia is prepared to resume talks."),
    ("They are unwilling to negotiate.", "They are not prepared to negotiate."),
    ("God willing, we will meet.", "God willing, we will meet."),
    # *build on* ties, a success "consolidate"; not building on land, not *built on*
    ("We will build on this success.", "We will consolidate this success."),
    ("They continue to build on their ties.", "They continue to consolidate their ties."),
    ("They plan to build on the site of the old plant.",
     "They plan to build on the site of the old plant."),
    ("Our relations are built on trust.", "Our relations are built on trust."),
    # *grow up* "grandir"; not *grow up to* a figure
    ("He grew up in Kazan.", "He grew in Kazan."),
    ("Exports grew up to 10 percent.", "Exports grew up to 10 percent."),
    # *follow up on* "implement", *from the ground up* "from scratch"; not *follow* alone
    ("We will follow up on these agreements.", "We will implement these agreements."),
    ("It was rebuilt from the ground up.", "It was rebuilt from scratch."),
    ("We follow the news.", "We follow the news."),
    # *who wish(es) to* "who want(s) to" (round 17: the engine's "que grue", crane); not
    # *wish* elsewhere
    ("We help all those who wish to return home.",
     "We help all those who want to return home."),
    ("Anyone who wishes to come may apply.", "Anyone who wants to come may apply."),
    ("I wish to thank you.", "I wish to thank you."),
    ("We wish them success.", "We wish them success."),
])
def test_said_again(apertium_ok: bool, line: str, said: str) -> None:
    assert edited(line) == said


def test_the_french_that_comes_out(engine: ApertiumEngine) -> None:
    out = french(engine, "The university always places first in the national ranking.",
                 "The region ranked third among Russian regions.",
                 "We have enough families willing to adopt children.",
                 "Russia is willing to immediately renew the treaty.",
                 "We will follow up on these agreements.")
    assert "occupe la première place dans le classement national" in out[0]
    assert "a occupé la troisième place" in out[1]
    assert "familles prêtes à adopter" in out[2]
    assert "La Russie est prête à renouveler le traité" in out[3]
    assert "Nous mettrons en œuvre ces accords" in out[4]
