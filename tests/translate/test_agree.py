"""Agreement of "X and I": Apertium wrote "Président Xi Jinping et j'ont convenu"."""

from __future__ import annotations

import pytest

from daybook.translate.agree import (
    appositions,
    first_plural,
    singular_pronouns,
    title_article,
    with_me,
)
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts

NAMES = ["Xi Jinping", "Alexander Lukashenko", "Shinzo Abe"]



@pytest.mark.parametrize(("source", "want"), [
    ("President Xi Jinping and I have agreed to continue.", "et moi avons convenu"),
    ("Mr Lukashenko and I discussed the budget.", "et moi avons"),
    ("Mr Abe and I are friends.", "et moi sommes"),
    ("Mr Abe and I were in Osaka.", "et moi étions"),
    ("Prime Minister Abe and I also discussed trade.", "et moi avons aussi"),
    ("My colleagues and I have decided to go.", "et moi avons décidé"),
])
def test_and_i_is_first_person_plural(engine: ApertiumEngine, source: str, want: str) -> None:
    out = translate_texts([source], engine, "en", "fr", [NAMES])[0].text
    assert want in out, out
    assert "et j'" not in out and "et je " not in out


def test_only_when_the_source_says_and_i() -> None:
    # "et j'ont" with no "and I" in the source is left to the engine's reading.
    assert with_me("He said they have agreed.", "Il et j'ont convenu") == "Il et j'ont convenu"
    assert with_me("between you and I.", "entre vous et je.") == "entre vous et je."


def test_an_adverb_in_ment_goes_after_the_verb() -> None:
    # Apertium wrote "le gouvernement et je personnellement sont loin".
    assert with_me("the Government and I personally are far from it",
                   "le gouvernement et je personnellement sont loin") == (
        "le gouvernement et moi sommes personnellement loin")


def test_adverbs_and_singulars_are_no_plural() -> None:
    assert first_plural("également") is None
    assert first_plural("récemment") is None
    assert first_plural("personnellement") is None
    assert first_plural("estiment") == "estimons"
    # *tenir*, *venir* and their compounds
    assert first_plural("maintiennent") == "maintenons"
    assert first_plural("conviennent") == "convenons"
    assert first_plural("a") is None
    assert first_plural("discutaient") == "discutions"
    assert first_plural("parleront") == "parlerons"
    assert first_plural("partagent") == "partageons"
    assert first_plural("peuvent") == "pouvons"


def test_the_title_before_a_name_takes_its_article(engine: ApertiumEngine) -> None:
    out = translate_texts(["President Xi Jinping and I have agreed to continue."], engine,
                          "en", "fr", [NAMES])[0].text
    assert out.startswith("Le président Xi Jinping et moi avons convenu"), out


@pytest.mark.parametrize(("french", "want"), [
    ("était premier ministre Dmitri Medvedev, et", "était le Premier ministre Dmitri Medvedev, et"),
    ("Il a parlé avec président Macron.", "Il a parlé avec le président Macron."),
    ("la lettre de président Macron", "la lettre du président Macron"),
])
def test_title_article(french: str, want: str) -> None:
    assert title_article(french) == want


@pytest.mark.parametrize("french", [
    "le Président de Russie et le Président Fédéral d'Autriche",  # has its article
    "Monsieur le Président, avant tout",
    "M. Président Poutine",
    "Le Président a eu une réunion.",  # no name follows
    "nommer M. Babouchkine gouverneur suppléant",
    "Président de la Russie Vladimir Poutine :",
])
def test_title_article_must_not_fire(french: str) -> None:
    assert title_article(french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    # Made-up sentences; the French is the engine's output for them.
    ("We, the organisers, are preparing a new festival.",
     "Nous, les organisateurs, il est en train de préparer un festival nouveau.",
     "Nous, les organisateurs, sommes en train de préparer un festival nouveau."),
    ("Anna Petrova, a famous singer, has performed in Paris.",
     "Anna Petrova, un chanteur célèbre, il a agi dans Paris.",
     "Anna Petrova, un chanteur célèbre, a agi dans Paris."),
    ("The engineers, experts in their field, are building a bridge.",
     "Les ingénieurs, experts dans son champ, il est en train de bâtir un pont.",
     "Les ingénieurs, experts dans son champ, sont en train de bâtir un pont."),
])
def test_no_pronoun_after_an_apposition(apertium_ok: bool, source: str, french: str,
                                        want: str) -> None:
    assert appositions([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # an adverbial before the comma, a pronoun in the English, a clause after "and"
    ("In May, after the talks, it was signed.", "En mai, après les discussions, il a été signé."),
    ("The plant, built in 1990, it seems, is old.",
     "L'usine, bâtie en 1990, il semble, est vieille."),
    ("Our team, the best one, and it won.", "Notre équipe, la meilleure, il a gagné."),
])
def test_pronoun_kept(apertium_ok: bool, source: str, french: str) -> None:
    assert appositions([source], [french]) == [french]


def test_apposition_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We, the organisers, are preparing a new festival."], engine,
                          "en", "fr")[0].text
    assert out.startswith("Nous, les organisateurs, préparons"), out


# A singular subject pronoun before a plural verb (the Catalan stage's reflexive passive
# agreed with its object, an impersonal *it* with a plural noun before it); made-up French.
@pytest.mark.parametrize(("french", "want"), [
    ("L'année prochaine, on doivent faire beaucoup de choses.",
     "L'année prochaine, on doit faire beaucoup de choses."),
    ("Bien sûr, on ne devraient pas oublier les efforts.",
     "Bien sûr, on ne devrait pas oublier les efforts."),
    ("On ont parlé des questions.", "On a parlé des questions."),
    ("Les Jeux auront lieu et il seraient logiques de développer ce sport.",
     "Les Jeux auront lieu et il serait logique de développer ce sport."),
    ("Beaucoup ont prédit la crise mais il ne sont pas arrivés.",
     "Beaucoup ont prédit la crise mais il n'est pas arrivé."),
    ("Il dit que cela sont importants.", "Il dit que cela est important."),
])
def test_singular_pronoun_takes_a_singular_verb(apertium_ok: bool, french: str,
                                                 want: str) -> None:
    assert singular_pronouns([french]) == [want]


@pytest.mark.parametrize("french", [
    "Tous de cela sont très importants.",  # after a preposition: no subject
    "Il ou elle doivent montrer un document.",  # a coordination of pronouns
    "Ils doivent partir et on doit rester.",  # already agreed
    "On présent les faits.",  # no verb of the third person plural
])
def test_singular_pronoun_guards(apertium_ok: bool, french: str) -> None:
    assert singular_pronouns([french]) == [french]


def test_passive_as_on_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Next year, many things must be done to reduce poverty."],
                          engine, "en", "fr")[0].text
    assert "on doit faire" in out, out
