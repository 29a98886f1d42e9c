"""Object clauses without *that* given their *that* before the engine (complements.py):
on the tagger's own reading, and the French that comes out."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import may_change, preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


@pytest.mark.parametrize(("line", "want"), [
    # constructed examples: a verb of saying or knowing, a subject, a finite verb
    ("I know the situation is difficult.", "I know that the situation is difficult."),
    ("He told me the talks had been constructive.",
     "He told me that the talks had been constructive."),
    ("The President told us we must act quickly.",
     "The President told us that we must act quickly."),
    ("I am convinced we will succeed.", "I am convinced that we will succeed."),
    ("We expect the volume of trade will increase.",
     "We expect that the volume of trade will increase."),
    ("I feel we have made progress.", "I feel that we have made progress."),
    ("I think it is important to continue.", "I think that it is important to continue."),
    ("We noted the project was progressing well.",
     "We noted that the project was progressing well."),
    # *you*, which the tagger reads as an object after the verb
    ("I hope you will visit Moscow.", "I hope that you will visit Moscow."),
    ("I know you have worked hard.", "I know that you have worked hard."),
])
def test_a_that_before_the_clause(apertium_ok: bool, line: str, want: str) -> None:
    assert may_change(line)
    assert edited(line) == want


@pytest.mark.parametrize("line", [
    "As you know, the situation is difficult.",  # a comment clause
    "What do you think we should do?",  # a question
    "I think that we should continue.",  # *that* is there
    "We saw the team win the cup.",  # a perception verb's bare infinitive
    "We noted the steps taken by the government.",  # a participle, no clause
    "They said the words of thanks.",  # an object, no verb after it
    "The agreement he said would be signed was ready.",  # no subject after the verb
    # a bare singular noun: "that football" would be read "ce foot"
    "So I think football has transformed Russia.",
    # a verb that does not agree with the noun before it is no clause's
    "They know the value of trade always grow.",
])
def test_no_that_where_no_clause(apertium_ok: bool, line: str) -> None:
    assert edited(line) == line


def test_the_french_that_comes_out(engine: ApertiumEngine) -> None:
    lines = ["I know the situation is difficult.", "He told me the talks had been constructive.",
             "I am convinced we will succeed.", "I think it is important to continue.",
             "I know you have worked hard.", "I hope you will visit us soon."]
    assert [t.text for t in translate_texts(lines, engine, "en", "fr")] == [
        "Je sais que la situation est difficile.",
        "Il m'a dit que les entretiens avaient été constructifs.",
        "Je suis persuadé que nous aurons du succès.",
        "Je pense qu'il est important de continuer.",
        # were "Je vous connais a travaillé dur", "que vous nous visitera"
        "Je sais que vous avez travaillé dur.",
        "J'espère que vous nous visiterez bientôt."]


@pytest.mark.parametrize(("line", "want"), [
    # a relative without *that* after a determined noun: a noun phrase or *he* as subject
    ("The decision the government adopted will help the regions.",
     "The decision that the government adopted will help the regions."),
    ("The work he has done is very important.", "The work that he has done is very important."),
    ("We support the measures the government has taken.",
     "We support the measures that the government has taken."),
    ("The programme the ministry is implementing will be extended.",
     "The programme that the ministry is implementing will be extended."),
    # a name as the subject (the glossary's stand-in for "the Government")
    ("We support the measures Conner has taken.",
     "We support the measures that Conner has taken."),
    ("The tasks Conner will set are clear.", "The tasks that Conner will set are clear."),
    # a pronoun for the second object, then a comma
    ("We value the support the committee is giving us, and the help.",
     "We value the support that the committee is giving us, and the help."),
])
def test_a_that_before_a_relative(apertium_ok: bool, line: str, want: str) -> None:
    assert may_change(line)
    assert edited(line) == want


@pytest.mark.parametrize("line", [
    "For this reason the government decided to act.",  # an opening prepositional phrase
    "When we reached the agreement the prices rose.",  # a subordinate clause's noun
    "This year the government adopted a new law.",  # a time head
    "The way the government works is changing.",  # "la façon dont"
    "In the region the situation is difficult.",  # no relative's gap: a predicate
    "We gave the company the licence it needed.",  # *it*: the pivot writes "qui"
    "In the region Conner has taken measures.",  # a name's verb with its object
    "My colleague the Minister has said that it works.",  # an apposition, then a clause
    "My colleague Conner has arrived in Moscow.",  # a person's noun: an apposition
    "We told the partners Conner has a plan.",  # two noun phrases, no subject "partners X"
    "The 18th Youth Delphic Games will open.",  # a name's capitalised word, no head
])
def test_no_that_where_no_relative(apertium_ok: bool, line: str) -> None:
    assert edited(line) == line


def test_the_relative_in_french(engine: ApertiumEngine) -> None:
    lines = ["The work he has done is very important.",
             "We support the measures the government has taken."]
    out = [t.text for t in translate_texts(lines, engine, "en", "fr")]
    assert out[0] == "Le travail qu'il a fait est très important."
    assert out[1].startswith("Nous soutenons les mesures que le gouvernement a ")
