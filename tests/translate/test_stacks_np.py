from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import may_change, preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_a_noun_before_a_relational_adjective_goes_after_the_head(apertium_ok: bool) -> None:
    assert edited("They opened a prevention and diagnostics medical centre in Moscow.") == (
        "They opened a medical centre of prevention and of diagnostics in Moscow.")
    assert edited("He visited the city medical centre.") == (
        "He visited the medical centre of city.")
    # inside a possessive's phrase: the phrase said head first, then the owner
    assert edited("It is among the country's youth educational platforms since it works.") == (
        "It is among the educational platforms of youth of the country since it works.")


def test_guards(apertium_ok: bool) -> None:
    for line in (
            "We will give youth educational opportunities.",  # after a verb: an object
            "We need a carbon neutral economy.",  # a compound adjective
            "The cancer medical centre of excellence opened.",  # the head's own complement
            "The regional development programme was adopted.",  # an adjective first
            "They met at the oil industrial complex.",  # "oil" also an adjective
    ):
        assert edited(line) == line, line


def test_trigger() -> None:
    assert may_change("a prevention and diagnostics medical centre")
    assert may_change("the youth educational platforms")


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "They opened a prevention and diagnostics medical centre in Moscow.",
        "I am sure your forum will take its place among the country's youth educational "
        "platforms.",
    ], engine, "en", "fr")]
    assert "un centre médical de prévention et de diagnostics" in out[0], out[0]
    assert "les plateformes éducatives de jeunesse du pays" in out[1], out[1]
