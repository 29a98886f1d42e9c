"""The preposition French chooses by its head (``head_preps.py``): a superlative's range
with "de", *on the agenda* "à l'ordre du jour", a subject after a noun of saying or work
with "sur", each where the English has the construction."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.head_preps import (
    agenda,
    and_on,
    head_preps,
    on_sur,
    superlative_in,
    sur_heads,
    topic_on,
)
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("This is not just the largest bridge in Russia, but also the longest in Europe.",
     "Ce n'est pas seulement le plus grand pont en Russie, mais aussi le plus long en Europe.",
     "Ce n'est pas seulement le plus grand pont de Russie, mais aussi le plus long d'Europe."),
    ("Earth Hour is the most widespread campaign in human history.",
     "Heure de la Terre est la campagne la plus répandue en histoire humaine.",
     "Heure de la Terre est la campagne la plus répandue de l'histoire humaine."),
    ("The oldest state theatre in the republic has become a centre.",
     "Le plus vieux théâtre d'État dans la république est devenu un centre.",
     "Le plus vieux théâtre d'État de la république est devenu un centre."),
    ("It is one of the largest plants in the Urals.",
     "C'est une des plus grandes usines dans l'Oural.",
     "C'est une des plus grandes usines de l'Oural."),
    ("It is the best school in Moscow.", "C'est la meilleure école à Moscou.",
     "C'est la meilleure école de Moscou."),
    ("It is Russia's largest company in the field.",
     "C'est la plus grande entreprise de la Russie au domaine.",
     "C'est la plus grande entreprise de la Russie du domaine."),
])
def test_superlative_takes_its_range_with_de(source: str, french: str, want: str) -> None:
    assert superlative_in(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # a year, a time, a locution: the pivot's preposition stays
    ("It was the biggest increase in 2018.", "C'était la plus grande augmentation en 2018."),
    ("It is the largest economy today in terms of parity.",
     "C'est la plus grande économie aujourd'hui en termes de parité."),
    ("the highest growth in recent years", "la plus forte croissance en années récentes"),
    # no superlative in the English: a comparison, *more*, *interest in*
    ("We need more investment in Russia.", "Nous avons besoin de plus d'investissement en Russie."),
    ("There is great interest in Russia.", "Il y a plus grand intérêt en Russie."),
    # a verb between: the range is the verb's
    ("The best team is playing in Moscow.", "La meilleure équipe joue à Moscou."),
])
def test_superlative_left(source: str, french: str) -> None:
    assert superlative_in(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The leaders discussed current issues on the regional agenda.",
     "Les dirigeants ont parlé des questions actuelles sur l'ordre du jour régional.",
     "Les dirigeants ont parlé des questions actuelles à l'ordre du jour régional."),
    ("We have many other items on our bilateral and international agendas.",
     "Nous avons beaucoup d'autres éléments sur nos ordres du jour bilatéraux.",
     "Nous avons beaucoup d'autres éléments à nos ordres du jour bilatéraux."),
    ("They discussed current issues on Russia's domestic agenda.",
     "Ils ont parlé des questions actuelles dans l'ordre du jour intérieur de la Russie.",
     "Ils ont parlé des questions actuelles à l'ordre du jour intérieur de la Russie."),
    ("This item is on the agenda of the summit.", "Cet élément est sur les ordres du jour.",
     "Cet élément est aux ordres du jour."),
    ("This issue is on our agenda.", "Cette question est dans notre ordre du jour.",
     "Cette question est à notre ordre du jour."),
    ("Among next year's priorities on the legislative agenda, I would note this.",
     "Parmi les priorités de l'année prochaine sur l'ordre du jour législatif, je noterais cela.",
     "Parmi les priorités de l'année prochaine à l'ordre du jour législatif, je noterais cela."),
])
def test_agenda(source: str, french: str, want: str) -> None:
    assert agenda(source, french) == want


def test_agenda_as_a_subject_stays() -> None:
    # *talks on the agenda*: the agenda is what they talk about
    french = "Ils ont tenu des entretiens sur l'ordre du jour du sommet."
    assert agenda("They held talks on the agenda of the summit.", french) == french


def test_agenda_after_focus_stays() -> None:
    # *focus on the agenda*: "se concentrer sur" keeps its preposition
    french = "Ils se sont concentrés en particulier sur l'ordre du jour de crise libyen."
    assert agenda("They focused in particular on the Libyan crisis agenda.", french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("This year, we introduced a section on the defence of the rights of the peoples.",
     "Cette année, nous avons introduit une section dans la défense des droits des peuples.",
     "Cette année, nous avons introduit une section sur la défense des droits des peuples."),
    ("We are engaged in active work on the World Cup legacy.",
     "Nous sommes engagés dans le travail actif dans l'héritage de la Coupe du monde.",
     "Nous sommes engagés dans le travail actif sur l'héritage de la Coupe du monde."),
    ("Mutual exchange of opinions on the status of the global economy.",
     "Échange de vues mutuel dans le statut de l'économie mondiale.",
     "Échange de vues mutuel sur le statut de l'économie mondiale."),
    ("I ask the Government to adopt a roadmap on its implementation.",
     "Je demande au gouvernement d'adopter une feuille de route dans sa mise en œuvre.",
     "Je demande au gouvernement d'adopter une feuille de route sur sa mise en œuvre."),
])
def test_topic_on(source: str, french: str, want: str) -> None:
    assert topic_on(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *within the framework*, *work in*: no subject after "dans"
    ("Our work on this goes on within the framework of the CIS.",
     "Notre travail continue dans le cadre de la CEI."),
    ("The work in the region and the report on the budget.",
     "Le travail dans la région et le rapport sur le budget."),
    # *on* + a date is no subject
    ("The report on December 5 was published.", "Le rapport dans le 5 décembre a été publié."),
])
def test_topic_on_left(source: str, french: str) -> None:
    assert topic_on(source, french) == french


def test_head_preps_runs_every_rule() -> None:
    source = "The largest bridge in Russia is an item on the agenda and a report on its work."
    french = ("Le plus grand pont en Russie est un élément sur l'ordre du jour et un rapport "
              "dans son travail.")
    assert head_preps(source, french) == (
        "Le plus grand pont de Russie est un élément à l'ordre du jour et un rapport sur son "
        "travail.")


def test_superlative_range_of_two_places() -> None:
    source = "The bridge is the longest bridge in Russia and Europe."
    french = "Le pont est le pont le plus long en Russie et l'Europe."
    assert superlative_in(source, french) == (
        "Le pont est le pont le plus long de Russie et d'Europe.")


def test_superlative_after_a_possessive_stays() -> None:
    # where they showed them, not the range of *best*
    french = "Ils ont montré leurs meilleures qualités en Syrie."
    assert superlative_in("They have shown their best qualities in Syria.", french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("All of our proposals to renew this treaty are on the table.",
     "Toutes nos propositions de renouveler ce traité sont dans la table.",
     "Toutes nos propositions de renouveler ce traité sont sur la table."),
    ("We know that the treaty includes principles on the joint struggle against terrorism.",
     "Nous savons que le traité comprend des principes dans la lutte commune contre le "
     "terrorisme.",
     "Nous savons que le traité comprend des principes sur la lutte commune contre le "
     "terrorisme."),
    ("They should not make money on people’s misfortune.",
     "Ils ne devraient pas gagner de l'argent dans le malheur des personnes.",
     "Ils ne devraient pas gagner de l'argent sur le malheur des personnes."),
    ("It crosses the Kerch Strait and ends on the Crimean coast.",
     "Il croise le détroit de Kertch et se termine dans la côte de Crimée.",
     "Il croise le détroit de Kertch et se termine sur la côte de Crimée."),
])
def test_on_sur(source: str, french: str, want: str) -> None:
    assert on_sur(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # an *in* in the sentence: the "dans" may be its
    ("The proposals are on the table in the hall.",
     "Les propositions sont dans la table dans la salle."),
    # *on the team*, *congratulate on*: French says "dans", "pour"
    ("I represent you on that team.", "Je vous représente dans cette équipe."),
    ("I congratulate the veterans on the upcoming holiday.",
     "Je félicite les vétérans dans la prochaine fête."),
    # more "dans" than *on*: which one is the *on*'s is unknown
    ("They fought on our borders from the Barents to the Black Sea.",
     "Ils ont lutté dans les frontières du Barents dans la mer Noire."),
])
def test_on_sur_left(source: str, french: str) -> None:
    assert on_sur(source, french) == french


def test_on_sur_needs_every_on_its_own() -> None:
    # *on the eve* is said "à la veille" by a later rule: the one "dans" may be its
    source = "We are meeting on the eve of the holiday observed on a national scale."
    french = "Nous nous réunissons dans la veille de la fête obéie sur une échelle nationale."
    assert on_sur(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The President briefed the participants on the summit in Paris and on bilateral "
     "meetings with the President of France.",
     "Le Président a informé les participants sur le sommet à Paris et dans des rencontres "
     "bilatérales avec le président français.",
     "Le Président a informé les participants sur le sommet à Paris et sur des rencontres "
     "bilatérales avec le président français."),
    ("The future of the sector largely depends on you, young leaders, and on your readiness "
     "to make bold decisions.",
     "L'avenir du secteur dépend en grande partie de vous, jeunes dirigeants, et dans votre "
     "disposition à prendre des décisions courageuses.",
     "L'avenir du secteur dépend en grande partie de vous, jeunes dirigeants, et de votre "
     "disposition à prendre des décisions courageuses."),
    ("We place special emphasis on compliance with the Convention and on their destruction.",
     "Nous mettons un accent spécial sur la conformité avec la convention et dans leur "
     "destruction.",
     "Nous mettons un accent spécial sur la conformité avec la convention et sur leur "
     "destruction."),
])
def test_and_on(source: str, french: str, want: str) -> None:
    assert and_on(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *and in*: the second "dans" may be its
    ("He spoke on the economy and on trade in Russia and in Europe.",
     "Il a parlé sur l'économie et dans le commerce en Russie et dans l'Europe."),
    # *on the one hand ... on the other*: no member of a list
    ("It is good on the one hand, and on the other it is costly.",
     "C'est bon dans une main, et dans l'autre il est coûteux."),
])
def test_and_on_left(source: str, french: str) -> None:
    assert and_on(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The company plans to distribute LNG on the domestic market.",
     "L'entreprise prévoit de distribuer du GNL au marché intérieur.",
     "L'entreprise prévoit de distribuer du GNL sur le marché intérieur."),
    ("Our interaction at international platforms is very good.",
     "Notre interaction à des plateformes internationales est très bonne.",
     "Notre interaction sur des plateformes internationales est très bonne."),
    ("They have taken the goods to third countries’ markets.",
     "Ils ont porté les biens aux marchés de pays tiers.",
     "Ils ont porté les biens sur les marchés de pays tiers."),
    ("Does it make sense to revive it under the current conditions?",
     "Est-ce logique de le revivre sous les conditions actuelles ?",
     "Est-ce logique de le revivre dans les conditions actuelles ?"),
    ("I hope we meet again under such circumstances.",
     "J'espère que nous nous rencontrerons sous de telles circonstances.",
     "J'espère que nous nous rencontrerons dans de telles circonstances."),
    ("We meet under such circumstances.", "Nous nous rencontrons sous telles circonstances.",
     "Nous nous rencontrons dans telles circonstances."),
])
def test_sur_heads(source: str, french: str, want: str) -> None:
    assert sur_heads(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *access to* the market: "l'accès au marché" is French's own
    ("They need access to the market.", "Ils ont besoin de l'accès au marché."),
    ("Exports to the European market grew.", "Les exportations au marché européen ont crû."),
    # a name: *the Territory of Meanings forum*
    ("Your words at the Territory of Meanings forum.", "Vos mots au territoire de forum."),
    # no *under*: "sous" stays
    ("The work in these conditions.", "Le travail sous ces conditions."),
])
def test_sur_heads_left(source: str, french: str) -> None:
    assert sur_heads(source, french) == french


def test_sur_heads_through_the_engine(apertium_ok: bool, engine: ApertiumEngine) -> None:
    out = translate_texts(["I hope this is not the last time we meet under such circumstances.",
                           "The company plans to distribute LNG on the domestic market."],
                          engine, "en", "fr")
    assert "dans de telles circonstances" in out[0].text
    assert "sur le marché intérieur" in out[1].text
