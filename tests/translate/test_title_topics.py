"""Topics where English has a verb and French a noun, relations between two countries,
passive news titles and greetings "to X and everyone celebrating Y" (title_topics.py,
named.py's relation heads, title_patterns.json's frames)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.title_topics import contract_slot, gerund_phrase, purpose_phrase
from daybook.translate.titles import plan_title, resolve, translate_titles


@pytest.mark.parametrize(("en", "fr"), [
    # A gerund topic is nominalised, coordinated gerunds each take their noun.
    ("Meeting on improving road safety", "Réunion sur l’amélioration de la sécurité routière"),
    ("Meeting of the State Council Presidium on developing the Arctic and strengthening "
     "national security",
     "Réunion du Présidium du Conseil d’État sur le développement de l’Arctique et le "
     "renforcement de la sécurité nationale"),
    ("Meeting on developing the Far East and the Arctic",
     "Réunion sur le développement de l’Extrême-Orient et de l’Arctique"),
    ("Meeting on preparing for the Victory Parade",
     "Réunion sur les préparatifs du défilé de la Victoire"),
    ("Meeting on supporting families with children",
     "Réunion sur le soutien aux familles avec enfants"),
    # "measures to", "ways to": a purpose with its verb in the infinitive.
    ("Meeting on measures to support small and medium-sized business",
     "Réunion sur les mesures visant à soutenir les petites et moyennes entreprises"),
    ("Meeting on ways to attract investment", "Réunion sur les moyens d’attirer l’investissement"),
    # Two countries' relations: "entre" with their articles; two demonyms agree with the head.
    ("Meeting on Russia-Kazakhstan economic ties",
     "Réunion sur les liens économiques entre la Russie et le Kazakhstan"),
    ("Meeting on the development of the Russia–Belarus cultural and humanitarian ties",
     "Réunion sur le développement des liens culturels et humanitaires entre la Russie et la "
     "Biélorussie"),
    ("Meeting on Russian-Chinese trade and economic cooperation",
     "Réunion sur la coopération commerciale et économique russo-chinoise"),
    # A passive news title is a noun: "has been published" -> "Publication de".
    ("Information on state decorations has been published",
     "Publication des informations sur les décorations d’État"),
    # A team's own name is kept, after its French head.
    ("Meeting with CSKA team", "Rencontre avec l’équipe CSKA"),
    ("Greetings on the 800th anniversary of Tatarstan capital",
     "Salutations à l’occasion du 800e anniversaire de la capitale du Tatarstan"),
    ("Greetings to Muslims of Russia and everyone celebrating Eid al-Fitr",
     "Message de salutations aux musulmans de la Russie et à tous ceux qui célèbrent l’Aïd "
     "el-Fitr"),
    # Places in a list each take "de": "de la Crimée et de Sébastopol".
    ("Greetings on the 75th anniversary of the liberation of Crimea and Sevastopol from the "
     "Nazi invaders",
     "Salutations à l’occasion du 75e anniversaire de la libération de la Crimée et de "
     "Sébastopol des envahisseurs nazis"),
])
def test_titles_by_rule(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


def test_gerund_object_left_to_the_engine_is_a_noun_phrase() -> None:
    # The engine gets the object with "the" (so that it writes "la"), never the gerund.
    plan = plan_title("Meeting on combating cybercrime")
    assert (plan.template, plan.prep, plan.piece) == ("Réunion sur la lutte {mt}", "contre",
                                                      "the cybercrime")
    # A place after the object is French after the engine's piece.
    plan = plan_title("Meeting on combating cybercrime in the North Caucasus")
    assert plan.template == "Réunion sur la lutte {mt} au Caucase du Nord"
    # A process noun after its object ("the shipbuilding industry development"), the
    # object read by the grammar since "shipbuilding" is in its lexicon.
    plan = plan_title("Meeting on the shipbuilding industry development")
    assert plan.text == "Réunion sur le développement de l’industrie de construction navale"
    # A word no dictionary has ("zorbing") leaves the object to the engine.
    plan = plan_title("Meeting of the State Council working group on developing zorbing "
                      "storage infrastructure")
    assert plan.template == ("Réunion du groupe de travail du Conseil d’État sur le "
                             "développement {mt}")
    assert (plan.prep, plan.piece) == ("de", "the zorbing storage infrastructure")
    # One the engine's dictionaries have is read by the grammar (title_general).
    plan = plan_title("Meeting of the State Council working group on developing cryogenic "
                      "storage infrastructure")
    assert plan.text == ("Réunion du groupe de travail du Conseil d’État sur le développement"
                         " de l’infrastructure de stockage cryogénique")


def test_two_engine_pieces_are_not_a_topic() -> None:
    # One engine piece per title: two unknown objects leave the whole topic to the frame,
    # without an article before the gerund.
    assert gerund_phrase("improving zorbing tracks and creating dredging capacity",
                         resolve, open_ok=True) is None
    plan = plan_title("Meeting on improving zorbing tracks and creating dredging capacity")
    assert plan.piece == "improving zorbing tracks and creating dredging capacity"


def test_no_verb_no_topic() -> None:
    assert gerund_phrase("housing and utilities", resolve) is None
    assert purpose_phrase("measures of support", resolve) is None
    assert purpose_phrase("the measures to improve road safety", resolve) == (
        "les mesures visant à améliorer la sécurité routière")


def test_contract_slot_repeats_the_preposition_before_each_place() -> None:
    assert contract_slot("de", "la Crimée et Sébastopol") == "de la Crimée et de Sébastopol"
    assert contract_slot("à", "Vladimir Poutine et Xi Jinping") == (
        "à Vladimir Poutine et à Xi Jinping")
    # A noun phrase's own "et" stays: the engine's list rules apply.
    assert contract_slot("de", "les liens entre la Russie et la Chine") == (
        "des liens entre la Russie et la Chine")


@pytest.mark.parametrize(("en", "fr"), [
    # A woman's "Premier ministre" is "Première"; a man's given name in -a of another
    # language ("Narendra") is no woman's.
    ("Meeting with Prime Minister of Norway Erna Solberg",
     "Rencontre avec la Première ministre norvégienne Erna Solberg"),
    ("Telephone conversation with Prime Minister of India Narendra Modi",
     "Conversation téléphonique avec le Premier ministre indien Narendra Modi"),
    # An organisation no table knows, between a role and a first and last name, is kept.
    ("Meeting with Head of British Petroleum Robert Dudley",
     "Rencontre avec le chef de British Petroleum Robert Dudley"),
    # A national project under its French name, after a colon.
    ("Meeting with representatives of the public: the Ecology national project",
     "Rencontre avec les représentants du public : le projet national « Écologie »"),
    ("Meeting on implementing the Healthcare national project",
     "Réunion sur la mise en œuvre du projet national « Santé »"),
    # A named thing's complement keeps its "et" ("pour la police et l’armée", not "à").
    ("Greetings to 5th International Sambo Tournament for Police and Army",
     "Message de salutations au 5e Tournoi international de sambo pour la police et l’armée"),
])
def test_names_roles_and_named_things(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


@pytest.mark.parametrize(("en", "fr"), [
    # How a meeting was held follows the French title, in brackets if the English has them.
    ("Meeting with Government members (via videoconference)",
     "Rencontre avec les membres du gouvernement (par vidéoconférence)"),
    ("Meeting on economic issues via videoconference",
     "Réunion sur les questions économiques par vidéoconférence"),
    ("Meeting on countering the spread of coronavirus",
     "Réunion sur la lutte contre la propagation du coronavirus"),
    ("Vladimir Putin to visit China", "Vladimir Poutine se rendra en Chine"),
    ("Greetings to Orthodox Christians and all Russians celebrating Christmas",
     "Message de salutations aux chrétiens orthodoxes et à tous les Russes qui célèbrent Noël"),
    ("Meeting on support measures for the economy",
     "Réunion sur les mesures de soutien à l’économie"),
    ("Meeting with Chief Executive of the Russian Direct Investment Fund Kirill Dmitriev",
     "Rencontre avec le directeur général du Fonds russe d’investissements directs Kirill "
     "Dmitriev"),
    ("Ceremony for launching the Power of Siberia gas pipeline",
     "Cérémonie de lancement du gazoduc Force de Sibérie"),
    # An established name holding its quotation marks after its head: no second head.
    ("Greetings on opening of 12th International Economic Summit Russia–Islamic World",
     "Salutations à l’occasion de l’ouverture du 12e Sommet économique international « Russie "
     "– monde islamique »"),
])
def test_other_years_formulas(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_videoconference_after_an_engine_piece() -> None:
    plan = plan_title("Meeting on the spread of blue fever via videoconference")
    assert plan.template == "Réunion sur la propagation {mt} par vidéoconférence"


def test_slogan_typography_with_apertium(engine: ApertiumEngine) -> None:
    [(text, method)] = translate_titles(
        ["Greetings to participants of the Healthy Life: Towards 80+ forum"], engine, "en", "fr")
    assert method == "memory+mt"
    assert " : " in text and ": " not in text.replace(" : ", "")


@pytest.mark.parametrize(("en", "fr"), [
    ("Condolences on the death of former President of Kazakhstan Nursultan Nazarbayev",
     "Condoléances suite au décès de l’ancien président kazakh Noursoultan Nazarbaïev"),
    ("Vladimir Putin sent condolences over the death of Queen Elizabeth II",
     "Vladimir Poutine a adressé ses condoléances suite au décès de la reine Elizabeth II"),
    ("Meeting on developing the Northern Sea Route",
     "Réunion sur le développement de la route maritime du Nord"),
    # "participants of X" is no modifier of "{x} international forum".
    ("Greetings to participants of the Russian Energy Week international forum",
     "Message de salutations aux participants du forum international de la Semaine russe de "
     "l’énergie"),
    ("Greetings on the 80th anniversary of the Battle of Khalkhin Gol",
     "Salutations à l’occasion du 80e anniversaire de la bataille de Khalkhin Gol"),
])
def test_condolences_former_roles_and_places(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


@pytest.mark.parametrize(("en", "fr"), [
    # "in" before a group ("dans les régions") and before a place ("au Caucase du Nord").
    ("Meeting on the sanitary and epidemiological situation in the regions",
     "Réunion sur la situation sanitaire et épidémiologique dans les régions"),
    ("Meeting on improving the quality of life in rural areas",
     "Réunion sur l’amélioration de la qualité de vie dans les zones rurales"),
    ("Meeting on fighting wildfires in Siberia",
     "Réunion sur la lutte contre les incendies de forêt en Sibérie"),
    # A phrase the tables hold whole is not cut at its "in".
    ("Congratulations on the 79th anniversary of Victory in the Great Patriotic War",
     "Félicitations à l’occasion du 79e anniversaire de la Victoire dans la Grande Guerre "
     "patriotique"),
    ("Congratulations to Russian national ice hockey team on winning the World Championship",
     "Félicitations à l’équipe de Russie de hockey sur glace pour la victoire au Championnat "
     "du monde"),
    ("Working trip to the Far Eastern Federal District",
     "Déplacement de travail dans le district fédéral extrême-oriental"),
    ("Meeting on the progress in implementing the national projects",
     "Réunion sur les progrès de la mise en œuvre des projets nationaux"),
])
def test_places_groups_and_teams(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


@pytest.mark.parametrize(("en", "fr"), [
    # "in the Battle of X" is when, not where: "lors de la bataille"; a battle's victory in
    # lower case, what was defeated after "la victoire sur".
    ("Concert marking the 75th anniversary of victory in the Battle of Moscow",
     "Concert à l’occasion du 75e anniversaire de la victoire lors de la bataille de Moscou"),
    ("Reception for the 70th anniversary of defeating Nazi forces in the Battle of Kursk",
     "Réception pour le 70e anniversaire de la victoire sur les forces nazies lors de la "
     "bataille de Koursk"),
])
def test_a_battle_is_when(en: str, fr: str) -> None:
    assert plan_title(en).text == fr
