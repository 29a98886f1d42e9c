"""Superlatives of adjectives French writes before the noun (``postedit_np.superlatives``):
on Apertium's French analyser, and through the real engine; sentences made up for the test."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.postedit_np import (
    demonstratives,
    for_articles,
    noun_phrases,
    one_of,
    possessives,
    such,
    such_as,
    superlatives,
)
from daybook.translate.protect import translate_texts


@pytest.mark.usefixtures("apertium_ok")
def test_a_superlative_french_puts_first_goes_before_its_noun() -> None:
    assert superlatives("the largest sports centre", "le centre le plus grand de sports") == (
        "le plus grand centre de sports")
    assert superlatives("the oldest house", "la maison la plus vieille") == (
        "la plus vieille maison")
    assert superlatives("The smallest towns", "Les villes les plus petites") == (
        "Les plus petites villes")
    assert superlatives("at the biggest plant", "à l'usine la plus grande") == (
        "à la plus grande usine")
    assert superlatives("of the largest port", "du port le plus grand") == (
        "du plus grand port")
    assert superlatives("our biggest partner", "notre partenaire plus grand") == (
        "notre plus grand partenaire")
    assert superlatives("the best team", "l'équipe meilleure") == "la meilleure équipe"
    assert superlatives("the oldest hotel", "l'hôtel le plus vieux") == "le plus vieil hôtel"
    # The noun's own adjectives between; *best* + a bare plural object takes "les".
    assert superlatives("the best German engineers", "les ingénieurs allemands meilleurs.") == (
        "les meilleurs ingénieurs allemands.")
    assert superlatives("they exchange best methods", "ils échangent méthodes meilleures et") == (
        "ils échangent les meilleures méthodes et")
    # Guards: a comparative (*better than*), two adjectives joined by "et".
    assert superlatives("the best one", "nous sommes meilleurs que") == (
        "nous sommes meilleurs que")
    assert superlatives("the best ones", "ils échangent méthodes meilleures que") == (
        "ils échangent méthodes meilleures que")
    assert superlatives("the biggest and cleanest", "le pays le plus grand et plus propre") == (
        "le pays le plus grand et plus propre")


@pytest.mark.usefixtures("apertium_ok")
def test_left_as_it_is() -> None:
    # An adjective French writes after the noun; a comparative; no superlative in English.
    assert superlatives("the most important partner", "le partenaire le plus important") == (
        "le partenaire le plus important")
    assert superlatives("larger towns", "les villes plus grandes") == "les villes plus grandes"
    assert superlatives("a very big town", "la ville la plus grande") == (
        "la ville la plus grande")
    assert superlatives("the largest and cleanest port", "le port le plus grand et propre") == (
        "le port le plus grand et propre")


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "Kazan is the largest city in the region.",
        "They opened the biggest sports centre.",
        "This is the best school in the city."], engine, "en", "fr")]
    assert "la plus grande ville" in out[0]
    assert "le plus grand centre sportif" in out[1]
    assert "la meilleure école" in out[2]


@pytest.mark.usefixtures("apertium_ok")
def test_a_possessive_pronoun_before_a_noun_is_a_determiner() -> None:
    assert possessives("We value our contacts.", "Nous apprécions les nôtres contacts.") == (
        "Nous apprécions nos contacts.")
    assert possessives("your 10th visit", "le vôtre 10e visite") == "votre 10e visite"
    # A pronoun indeed (no noun after it), or no *our* in the English: left.
    for source, french in (("Their country and ours are close.",
                            "Leur pays et le nôtre sont proches."),
                           ("We value the contacts.", "Nous apprécions les nôtres contacts.")):
        assert possessives(source, french) == french


@pytest.mark.usefixtures("apertium_ok")
def test_this_read_as_a_pronoun_before_a_noun_is_a_determiner() -> None:
    assert demonstratives("This comprehensive work matters.",
                          "Ça travail global est important.") == (
        "Ce travail global est important.")
    assert demonstratives("in this complicated situation", "dans cela situation compliquée"
                          ) == "dans cette situation compliquée"
    assert demonstratives("this complicated process", "cela processus compliqué") == (
        "ce processus compliqué")
    assert demonstratives("that new agreement", "cela accord nouveau") == "cet accord nouveau"
    # A pronoun indeed (a verb after it, a sentence's end), a word of either gender, no
    # *this*/*that* in the English: left.
    for source, french in (("This means that", "cela signifie que"),
                           ("Thank you for this. Work goes on.",
                            "Merci pour cela. Travail continue."),
                           ("This young colleague", "cela collègue jeune"),
                           ("It is important work.", "Cela travail est important.")):
        assert demonstratives(source, french) == french


@pytest.mark.usefixtures("apertium_ok")
def test_one_of_takes_the_gender_of_the_plural_after_it() -> None:
    assert one_of("Tsinghua, un des universités de Chine") == (
        "Tsinghua, une des universités de Chine")
    assert one_of("La Russie est une des fournisseurs d'énergie") == (
        "La Russie est un des fournisseurs d'énergie")
    assert one_of("C'est l'un des premières personnes") == "C'est l'une des premières personnes"
    # The noun past "plus" and adjectives, one read as a verb's form too; "chacun".
    assert one_of("un des plus grandes entreprises") == "une des plus grandes entreprises"
    assert one_of("C'est un des fêtes principales") == "C'est une des fêtes principales"
    assert one_of("Chacun de nos régions") == "Chacune de nos régions"
    # Agreed already; a noun of both genders; no noun: left.
    for kept in ("un des fournisseurs", "une des régions", "un des plus grands centres",
                 "un des collègues", "un des plus importants", "chacun d'entre vous"):
        assert one_of(kept) == kept


@pytest.mark.usefixtures("apertium_ok")
def test_such_takes_its_article_and_the_gender_of_its_noun() -> None:
    en = "such a question, such projects"
    assert such(en, "Il est axé sur tel question vitale.") == (
        "Il est axé sur une telle question vitale.")
    assert such(en, "Nous pouvons faire tels projets.") == "Nous pouvons faire de tels projets."
    assert such(en, "dans telles domaines comme l'énergie") == (
        "dans de tels domaines comme l'énergie")
    assert such(en, "le coût de tel soutien") == "le coût d'un tel soutien"
    assert such(en, "le nombre de telles lignes") == "le nombre de telles lignes"
    # A fixed phrase, a determiner or a number before it, an adjective after it, no *such*
    # in the English: left.
    for source, kept in ((en, "de telle sorte que"), (en, "le premier tel événement"),
                         (en, "Il y a deux telles usines."), (en, "pour tel important projet"),
                         ("for that question", "pour tel question")):
        assert such(source, kept) == kept, kept


@pytest.mark.usefixtures("apertium_ok")
def test_a_bare_noun_after_pour_takes_the_definite_article() -> None:
    assert for_articles("des conditions stables pour coopération et investissement") == (
        "des conditions stables pour la coopération et investissement")
    assert for_articles("le représentant spécial pour protection de l'environnement") == (
        "le représentant spécial pour la protection de l'environnement")
    assert for_articles("la demande pour électricité.") == "la demande pour l'électricité."
    # The fixed phrases of "pour" and a bare noun, a plural, an article already there, a
    # verb after the noun: left.
    for kept in ("Ce projet a pour objectif de réduire", "pour information, la réunion",
                 "fermé pour cause de travaux", "des livres pour enfants et",
                 "pour la coopération et", "pour coopération signifie"):
        assert for_articles(kept) == kept, kept


@pytest.mark.usefixtures("apertium_ok")
def test_such_as_puts_tel_after_its_noun_with_que() -> None:
    assert such_as("including such areas as energy and transport",
                   "y compris dans de tels domaines comme énergie et transport") == (
        "y compris dans des domaines tels que l'énergie et transport")
    assert such_as("on such a vital issue as the development",
                   "sur une telle question vitale comme le développement") == (
        "sur une question vitale telle que le développement")
    assert such_as("the development of such areas as culture",
                   "le développement de tels domaines comme la culture") == (
        "le développement de domaines tels que la culture")
    assert such_as("to address such issues as eliminating risks",
                   "traiter de telles questions comme éliminer les risques") == (
        "traiter des questions telles qu'éliminer les risques")


@pytest.mark.usefixtures("apertium_ok")
def test_such_as_left_as_it_is() -> None:
    # No *such ... as* in the English ("comme" of a comparison); "commerce" is no "comme".
    for source, french in (
            ("such projects, as we know", "de tels projets, comme nous savons"),
            ("such issues", "de telles questions communes comme avant"),
            ("such issues as trade", "de telles questions commerciales")):
        assert such_as(source, french) == french


def test_such_as_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["This includes such areas as energy, transport and agriculture."],
                          engine, "en", "fr")[0].text
    assert "des domaines tels que l'énergie, le transport et l'agriculture" in out


@pytest.mark.usefixtures("apertium_ok")
def test_a_figure_s_unit_plural_from_two_and_de_before_what_it_counts() -> None:
    assert noun_phrases("15 million tonnes", "15 million de tonnes") == "15 millions de tonnes"
    assert noun_phrases("72,232 million rubles", "72,232 million de roubles") == (
        "72,232 millions de roubles")
    assert noun_phrases("Over 140 billion rubles were allocated",
                        "Plus de 140 milliards des roubles ont été destinés") == (
        "Plus de 140 milliards de roubles ont été destinés")
    assert noun_phrases("2 billion people", "2 milliards des habitants") == (
        "2 milliards d’habitants")
    # Under 2, or no figure before: left.
    for kept in ("1,5 million de personnes", "1.5 million de personnes",
                 "les milliards des oligarques"):
        assert noun_phrases("x", kept) == kept, kept
