from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.said_again import said_again


def edited(line: str) -> str:
    return said_again([line])[0]


def test_two_adjectives_with_a_comma_are_joined_by_and(apertium_ok: bool) -> None:
    assert edited("I am sure that your constructive, fruitful discussions will help.") == (
        "I am sure that your constructive and fruitful discussions will help.")
    assert edited("They offer bold, unconventional solutions.") == (
        "They offer bold and unconventional solutions.")
    # an adverb before the second, a compound first
    assert edited("Such extensive, truly selfless work is worthy of respect.") == (
        "Such extensive and truly selfless work is worthy of respect.")
    assert edited("We must take well-considered, effective measures.") == (
        "We must take well-considered and effective measures.")
    # a word the analyser does not know second, before a noun
    assert edited("The community lives a full, multifaceted life.") == (
        "The community lives a full and multifaceted life.")


def test_an_adjective_french_puts_first_loses_the_comma(apertium_ok: bool) -> None:
    assert edited("It was their great, selfless work that opened the world.") == (
        "It was their great selfless work that opened the world.")
    assert edited("It helps the creation of new, modern jobs.") == (
        "It helps the creation of new modern jobs.")


def test_guards(apertium_ok: bool) -> None:
    for line, kept in (
            ("The quality is good, great quality.", "good, great"),  # a predicate
            ("It is a big, momentous, historical event.", "big, momentous, historical"),
            ("Responsible, worthy citizens of their country.", "Responsible, worthy"),
            ("Their economic, social and cultural ties grow.", "economic, social and"),
            ("It is the first, second time.", "first, second"),  # ordinals
            ("It became important, new members joined.", "important, new"),  # a copula
    ):
        assert kept in edited(line), line


def test_several_texts_at_once(apertium_ok: bool) -> None:
    # one exchange with the tagger; a text without the shape is left as it is
    assert said_again(["A warm, friendly atmosphere reigned.", "We met in Moscow.",
                   "They offer bold, unconventional solutions."]) == [
        "A warm and friendly atmosphere reigned.", "We met in Moscow.",
        "They offer bold and unconventional solutions."]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "I am sure that your constructive, fruitful discussions will produce proposals.",
        "It was their great, selfless work that opened the world to many performers.",
        "The Jewish community lives a full, multi-faceted life.",
    ], engine, "en", "fr")]
    assert "vos discussions constructives et fructueuses" in out[0], out[0]
    assert "leur grand travail désintéressé" in out[1], out[1]
    assert "une vie pleine et multiforme" in out[2], out[2]
