"""Glossary names the engine broke around their placeholder (``terms.py``, ``modifiers.py``):
a name before the noun it modifies said as that noun's complement, an ordinal kept with an
event's name; the names of armies and games the glossary holds, and wars (``regions``'
table). The English sentences are made up for these tests."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import acronym_noun, glossary, glossary_in, translate_texts
from daybook.translate.terms import heads, ordinals


def _heads(text: str) -> str:
    return heads(text, glossary_in(text), acronym_noun)


def test_a_name_before_its_noun_is_turned(apertium_ok: bool) -> None:
    assert _heads("They honoured Red Army soldiers.") == "They honoured soldiers of the Red Army."
    assert _heads("NATO expansion is a threat.") == "expansion of NATO is a threat."
    assert _heads("It thanked State Duma deputies and senators.") == \
        "It thanked deputies and senators of the State Duma."


def test_names_before_a_verb_a_compound_or_a_head_are_left(apertium_ok: bool) -> None:
    for kept in ("The Red Army liberated the city.",  # a verb
                 "The Government plans.",  # also read as a verb, no possessive
                 "The Red Army soldiers' memorial stands.",  # not a closing noun
                 "They went to the SCO summit.",  # heads.head_first's
                 "The State Duma deputies' work continues."):
        assert _heads(kept) == kept


def test_an_ordinal_stays_with_the_event_name() -> None:
    held: list[tuple[str, str]] = []

    def hold(span: str, form: str) -> str:
        held.append((span, form))
        return f"Zq{len(held) - 1}x"

    text = "Minsk hosted the 2nd European Games and the upcoming 3rd European Games."
    _, forms = glossary()
    assert ordinals(text, glossary_in(text), forms, hold) == "Minsk hosted Zq0x and Zq1x."
    assert held == [("the 2nd European Games", "les 2es Jeux européens"),
                    ("the upcoming 3rd European Games", "les 3es Jeux européens à venir")]
    # no ordinal, or an elided article that hides the gender: left
    text = "the European Games, the 2nd Red Army and the 3rd European Games season"
    assert ordinals(text, glossary_in(text), forms, hold) == text


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts(
        ["Minsk hosted the 2nd European Games.", "They honoured Red Army soldiers.",
         "They fell on the battlefields of the First World War.",
         "The victory in the Great Patriotic War is ours.",
         "They toured the Trans-Siberian Railway."], engine, "en", "fr",
        [[], [], [], [], []])]
    assert "les 2es Jeux européens" in out[0]  # was "les 2es jeux d'Européen"
    assert "soldats de l’Armée rouge" in out[1]  # was "soldats d'armée rouges"
    assert "de la Première Guerre mondiale" in out[2]  # was "de la deuxième guerre mondiale"
    assert "victoire dans la Grande Guerre patriotique" in out[3]  # not "à la"
    assert "le Transsibérien" in out[4]  # was "le Tran-voie sibérienne"
