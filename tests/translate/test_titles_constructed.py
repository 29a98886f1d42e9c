"""Constructed titles of the site's general shapes (round 16), not taken from any sample:
Meeting / Telephone conversation / Visit / Condolences + a role, a place, a named thing.
Each case names the construction; expectations written by hand from general French usage,
with guards the rule must leave alone."""

from __future__ import annotations

import pytest

from daybook.translate.names import french_name
from daybook.translate.titles import plan_title, resolve


def _fr(title: str) -> str | None:
    return plan_title(title).text


@pytest.mark.parametrize(("en", "fr"), [
    # A monarch's realm without "la"/"l’" ("le roi de Suède"), "le"/"les" kept.
    ("Condolences to King of Sweden Carl XVI Gustaf",
     "Condoléances au roi de Suède Carl XVI Gustaf"),
    ("Telephone conversation with the King of Saudi Arabia",
     "Conversation téléphonique avec le roi d’Arabie saoudite"),
    ("Meeting with Crown Prince of Saudi Arabia Mohammed bin Salman",
     "Rencontre avec le prince héritier d’Arabie saoudite Mohammed ben Salmane"),
    ("Meeting with Emir of Qatar Tamim bin Hamad Al Thani",
     "Rencontre avec l’émir du Qatar Tamim ben Hamad Al Thani"),
    ("Meeting with King of the Netherlands Willem-Alexander",
     "Rencontre avec le roi des Pays-Bas Willem-Alexander"),
])
def test_monarch_of_a_realm(en: str, fr: str) -> None:
    assert _fr(en) == fr


def test_a_president_keeps_the_article() -> None:
    # Guard: not a monarch's title: the country keeps its article (or its adjective).
    assert resolve("President of Belarus Alexander Lukashenko") == \
        "le président biélorusse Alexandre Loukachenko"
    assert resolve("Governor of Tver Region Igor Rudenya") == \
        "le gouverneur de la région de Tver Igor Roudenia"


@pytest.mark.parametrize(("en", "fr"), [
    # A military rank before a name is a role, not part of the name to romanise.
    ("Admiral Fyodor Ushakov", "l’amiral Fiodor Ouchakov"),
    ("Marshal Georgy Zhukov", "le maréchal Gueorgui Joukov"),
    ("General Alexei Yermolov", "le général Alexeï Ermolov"),
    # "Premier" is a head of government: "Premier ministre", its country an adjective.
    ("Chinese Premier Li Qiang", "le Premier ministre chinois Li Qiang"),
    # A role with no name after "the", its country before it.
    ("the Chinese Premier", "le Premier ministre chinois"),
    ("the French President", "le président français"),
])
def test_roles_before_names(en: str, fr: str) -> None:
    assert resolve(en) == fr


def test_rank_words_inside_names_stay() -> None:
    # Guards: "General" inside an institution's name is no rank.
    assert resolve("the General Assembly") == "l’Assemblée générale"
    assert resolve("General Staff") == "l’état-major général"


def test_a_given_name_alone_is_no_family_name() -> None:
    # The name table's "Putin Vladimir" (a tag's order) made "Vladimir" read as Putin's
    # family name: "Prince Vladimir" was "le prince Poutine".
    assert _fr("Ceremony of unveiling a monument to Prince Vladimir") == \
        "Cérémonie d’inauguration d’un monument au prince Vladimir"
    assert french_name("Vladimir") == "Vladimir"
    # Guard: a family name alone still takes its French form.
    assert french_name("Putin") == "Poutine"
    assert french_name("Shoigu") == "Choïgou"


@pytest.mark.parametrize(("en", "fr"), [
    # A power plant is named after its site, after "de".
    ("Visit to the Rostov Nuclear Power Plant", "Visite de la centrale nucléaire de Rostov"),
    ("Visit to the Sayano-Shushenskaya Hydroelectric Power Plant",
     "Visite de la centrale hydroélectrique de Saïano-Chouchenskaïa"),
    ("Visit to the Kursk nuclear power plant", "Visite de la centrale nucléaire de Koursk"),
])
def test_power_plants(en: str, fr: str) -> None:
    assert _fr(en) == fr


def test_other_plants_keep_their_names() -> None:
    # Guard: a plant named as a company keeps its name without "de".
    assert resolve("the Uralvagonzavod plant") == "l’usine Uralvagonzavod"


@pytest.mark.parametrize(("en", "fr"), [
    # An airport is named after its site, after "de" (a slot frame "{x} airport").
    ("Opening of a new terminal at Khabarovsk airport",
     "Ouverture d’un nouveau terminal à l’aéroport de Khabarovsk"),
    # A year after a preposition is bare: "pour 2024", no "le 2024".
    ("Federal Law on the Federal Budget for 2024",
     "Loi fédérale sur le budget fédéral pour 2024"),
    # Nouns of taking part say "à" for "in"; "appointment" of an official is "nomination".
    ("Participation in the G20 summit", "Participation au sommet du G20"),
    ("Executive Order on appointment of Ambassador to France",
     "Décret sur la nomination de l’ambassadeur en France"),
    ("Condolences to the families of the victims of the air crash in Kazan",
     "Condoléances aux familles des victimes de l’accident d’avion à Kazan"),
    # "Message of condolences" reads its occasion as "Condolences" does.
    ("Message of condolences over the death of former President of France Jacques Chirac",
     "Message de condoléances suite au décès de l’ancien président français Jacques Chirac"),
    # A headline-case formula: a plural's possessive is a common word ("Journalists’").
    ("Press Statement and Answers to Journalists’ Questions Following Russian-German Talks",
     "Déclaration à la presse et réponses aux questions des journalistes à l’issue des "
     "pourparlers russo-allemands"),
    # An outlet's name before its kind is a name, not a noun phrase ("canal de la Russie").
    ("Interview to Russia Today TV channel",
     "Entretien accordé à la chaîne de télévision Russia Today"),
])
def test_general_title_shapes(en: str, fr: str) -> None:
    assert _fr(en) == fr


def test_guards_of_the_general_shapes() -> None:
    # A leading {x} that is a name's modifier still fills "{x} summit"; "in" after a noun
    # that is no taking part stays "dans"/"en"; a holiday phrase keeps its capital.
    assert _fr("CSTO summit") == "Sommet de l’OTSC"
    assert _fr("Security Council meeting") == "Réunion du Conseil de sécurité"
    assert resolve("the participants in the expedition") == "les participants à l’expédition"
    assert _fr("Speech at Moscow City Day Celebrations") == \
        "Discours aux célébrations de la Journée de la ville de Moscou"


@pytest.mark.parametrize(("en", "fr"), [
    # A slot before a capitalised kind ("Visit to {x} Region") is that kind's name, never
    # a phrase of common words: the longer frame "Visit to {x}" reads the title.
    ("Visit to a dairy farm in Voronezh Region",
     "Visite d’une ferme laitière dans la région de Voronej"),
    ("Visit to Kaluga Region", "Visite dans la région de Kalouga"),
    # Things made for children are "pour enfants"; the rest of theirs "des enfants".
    ("Vladimir Putin visited a children's hospital in Tomsk",
     "Vladimir Poutine a visité un hôpital pour enfants à Tomsk"),
    # Nouns and compounds of general dictionaries ("haras", "polyclinique", "fonderie").
    ("Visit to a stud farm in Tatarstan", "Visite d’un haras au Tatarstan"),
    ("Visit to a polyclinic in Yaroslavl", "Visite d’une polyclinique à Iaroslavl"),
    ("Launch of an aluminium smelter in Taishet",
     "Lancement d’une fonderie d’aluminium à Taishet"),
    ("Meeting on the development of the pulp and paper industry",
     "Réunion sur le développement de l’industrie papetière"),
    ("Opening of a rehabilitation centre for servicemen in Sochi",
     "Ouverture d’un centre de réadaptation pour les militaires à Sotchi"),
])
def test_more_general_title_shapes(en: str, fr: str) -> None:
    assert _fr(en) == fr


def test_children_possessive_of_an_abstract_thing() -> None:
    assert resolve("the Centre for Children's Creativity in Khabarovsk") == \
        "le centre pour la créativité des enfants à Khabarovsk"


@pytest.mark.parametrize(("en", "fr"), [
    # People presented are "présentés" ("présentation"), things handed over "remis"; a
    # "{x} to {y}" frame is not cut after a participle ("appointed" | "to posts").
    ("Ceremony presenting officers appointed to senior command posts",
     "Cérémonie de présentation des officiers nommés à des postes de haut commandement"),
    ("Presentation of officers appointed to senior command posts",
     "Présentation des officiers nommés à des postes de haut commandement"),
])
def test_presenting_people(en: str, fr: str) -> None:
    assert _fr(en) == fr


def test_presenting_things_is_handing_over() -> None:
    # Guards: awards and orders are handed over ("remise"), with their recipients.
    assert _fr("Ceremony for presenting state awards") == \
        "Cérémonie de remise des distinctions d’État"
    assert _fr("Presentation of state awards to Russian athletes") == \
        "Remise des distinctions d’État aux athlètes russes"
