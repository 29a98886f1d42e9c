import re

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.noun_stacks import TRIGGERS
from daybook.translate.preedit import may_change, preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_two_nouns_joined_before_their_head_go_after_it(apertium_ok: bool) -> None:
    assert edited("The town has 12 summer and winter camps.") == (
        "The town has 12 camps of summer and of winter.")
    # after an adjective (with or without a determiner) or a determiner's participle
    assert edited("They use modern demonstration and laboratory equipment.") == (
        "They use modern equipment of demonstration and of laboratory.")
    assert edited("We need a modern science and technology base.") == (
        "We need a modern base of science and of technology.")
    assert edited("It is a respected information and education centre.") == (
        "It is a respected centre of information and of education.")
    # the indefinite article takes the form of the head now after it
    assert edited("It is an information and education centre.") == (
        "It is a centre of information and of education.")
    assert edited("We opened a research and innovation centre.") == (
        "We opened a centre of research and of innovation.")


def test_coordinated_guards(apertium_ok: bool) -> None:
    for line in (
            "We must improve education and health care.",  # after a verb: an object
            "They need national projects and development programmes.",  # plural first
            "The development and serial production of arms began.",  # the head's complement
            "The science and technology park management met.",  # a longer stack
            # examples after *as*: a list's members
            "It includes such areas as patriotic education and youth policy.",
    ):
        assert edited(line) == line, line


def test_a_place_and_its_kind_before_a_head_own_it(apertium_ok: bool) -> None:
    assert edited("We saw the Moscow region development programme.") == (
        "We saw the development programme of the region of Moscow.")
    assert edited("The Moscow city government decided.") == (
        "The government of the city of Moscow decided.")
    for line in (
            "We saw the Moscow City Duma.",  # an institution's name
            "The Moscow region governor Andrei Vorobyov came.",  # a name after the head
            "We visited the Moscow region, then left.",  # no head
    ):
        assert edited(line) == line, line


def test_a_branch_before_a_head_owns_it(apertium_ok: bool) -> None:
    assert edited("We gave support to defence industry companies.") == (
        "We gave support to companies of the defence industry.")
    assert edited("The oil industry workers met.") == "The workers of the oil industry met."
    for line in (
            "It became a major international industry event.",  # an adjective alone
            "We support the defence industry and trade.",  # no head
            "The defence industry enterprise managers met.",  # a longer stack
    ):
        assert edited(line) == line, line


def test_trigger() -> None:
    assert may_change("We need a modern science and technology base.")
    assert may_change("We saw the Moscow region development programme.")
    mine = re.compile("|".join(TRIGGERS), re.IGNORECASE)
    assert mine.search("a respected information and education centre")
    assert not mine.search("good luck and every success")  # a determiner second
    assert not mine.search("educational institutions and public organisations")  # plural


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "It is a respected information and education centre.",
        "Changes to the Tver city master plan were approved.",
        "University alumni include many renowned individuals.",
        "The defence industry enterprises are working well.",
    ], engine, "en", "fr")]
    assert "un centre respecté d'information et d'éducation" in out[0], out[0]
    assert "au plan directeur de la ville de Tver" in out[1], out[1]
    assert "Les diplômés" in out[2], out[2]
    assert "Les entreprises de l'industrie de défense" in out[3], out[3]
