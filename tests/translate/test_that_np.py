"""A *that*-clause's bare subject given "the" before the engine (that_np.py): on the
tagger's own reading, and the French that comes out."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import may_change
from daybook.translate.protect import translate_texts
from daybook.translate.that_np import subject


def edited(line: str) -> str:
    """``line`` with this rule's edits alone (``preedit`` runs the others too)."""
    tagged = tagged_units([line])
    assert tagged is not None
    units = tagged[0]
    out, last = [], 0
    for k in range(len(units)):
        found = subject(line, units, k)
        if found is not None:
            out.append(line[last:found[0]] + found[2])
            last = found[1]
    return "".join(out) + line[last:]


@pytest.mark.parametrize(("line", "want"), [
    # after a verb of saying, with a complement and a past verb
    ("Vladimir Putin stressed that relations between Russia and Kazakhstan were developing.",
     "Vladimir Putin stressed that the relations between Russia and Kazakhstan were "
     "developing."),
    # after an adjective; a singular mass noun
    ("And it’s true that sport is developing very well in Mordovia.",
     "And it’s true that the sport is developing very well in Mordovia."),
    # after *be*; an adjective first, then a modal
    ("The main point is that old capacities cannot be endlessly exploited.",
     "The main point is that the old capacities cannot be endlessly exploited."),
    # a plural with *have*, which the tagger reads as an infinitive
    ("It is notable that imports from Iran have grown by 40 percent.",
     "It is notable that the imports from Iran have grown by 40 percent."),
    # a noun compound; a verb in the present plural
    ("I am not saying that club graduates have won the awards.",
     "I am not saying that the club graduates have won the awards."),
    ("They wrote to us saying that teachers get a real shock.",
     "They wrote to us saying that the teachers get a real shock."),
    # a list, its last member with its own determiner
    ("I am convinced that scientists, engineers and the industry are ready.",
     "I am convinced that the scientists, engineers and the industry are ready."),
    # a demonym keeps its capital; after a verb's adverbial phrase
    ("I have said on many occasions that Ukrainians and Russians are fraternal peoples.",
     "I have said on many occasions that the Ukrainians and Russians are fraternal peoples."),
    # a content noun
    ("This reflects the fact that relations are developing.",
     "This reflects the fact that the relations are developing."),
    # a complement after *within*; the verb the tagger reads as the verb
    ("I would like to emphasise that cooperation within the Union increases the potential.",
     "I would like to emphasise that the cooperation within the Union increases the "
     "potential."),
    # a second clause after *and*, a demonym adjective first
    ("It shows that the economy is growing and that Russian companies can carry out projects.",
     "It shows that the economy is growing and that the Russian companies can carry out "
     "projects."),
])
def test_the_before_a_bare_subject(apertium_ok: bool, line: str, want: str) -> None:
    assert may_change(line)
    assert edited(line) == want


@pytest.mark.parametrize("line", [
    "It should be a source of inspiration that leads us to new heights.",  # a relative
    "In that case prices will rise.",  # a determiner after a preposition
    "We support that idea and it is good.",  # a determiner, no clause
    "We saw that film last year.",  # no finite verb after the noun
    "Not just that millions of cars have used the bridge.",  # a quantity: "des millions"
    "They know that targets women is bad.",  # no agreement: no clause
    "I think that Russia is ready.",  # a name
    "I think that the situation is difficult.",  # a determiner is there
    "He said that the plan and that project were approved.",  # *and that* + a singular
])
def test_no_the_where_no_bare_subject(apertium_ok: bool, line: str) -> None:
    assert edited(line) == line


def test_the_french_that_comes_out(engine: ApertiumEngine) -> None:
    lines = ["Vladimir Putin stressed that relations between Russia and Kazakhstan were "
             "developing.",
             "The main point is that old capacities cannot be endlessly exploited.",
             "I have said on many occasions that Ukrainians and Russians are fraternal peoples.",
             "It is important to note that construction of the fourth line is underway."]
    out = [t.text for t in translate_texts(lines, engine, "en", "fr")]
    # were "a souligné ces relations", "est ces vieilles capacités", "ces Ukrainiens",
    # "de noter cette construction"
    assert out[0].startswith("Vladimir Poutine a souligné que les relations entre la Russie")
    assert out[1].startswith("Le point principal est que les vieilles capacités ne peuvent")
    assert "reprises que les Ukrainiens et les Russes sont des peuples fraternels" in out[2]
    assert out[3] == "Il est important de noter que la construction de la quatrième ligne " \
                     "est en cours."
