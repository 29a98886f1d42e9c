from __future__ import annotations

import pytest

from daybook.translate.title_sentences import sentence_frames, speech_frames
from daybook.translate.titles import plan_title, resolve


@pytest.mark.parametrize(("title", "french"), [
    ("Closing remarks at the Valdai Discussion Club meeting",
     "Allocution de clôture à la réunion du club de discussion Valdaï"),
    ("Opening Address at the State Council Presidium meeting",
     "Allocution d’ouverture à la réunion du Présidium du Conseil d’État"),
    ("Address on the 30th anniversary of the Constitution",
     "Allocution à l’occasion du 30e anniversaire de la Constitution"),
    ("Transcript of the meeting with Governor of Tver Region Igor Rudenya",
     "Transcription de la rencontre avec le gouverneur de la région de Tver Igor Roudenia"),
    ("Excerpts from the transcript of the Security Council meeting",
     "Extraits de la transcription de la réunion du Conseil de sécurité"),
])
def test_speech_kinds_and_records(title: str, french: str) -> None:
    assert plan_title(title).text == french


def test_anniversary_after_the_addressee() -> None:
    # "to X on Nth anniversary of Y": only an anniversary splits the slots.
    plan = plan_title("Address to people of France on 80th anniversary of the Security Council")
    assert plan.text == ("Allocution au peuple de la France à l’occasion du 80e anniversaire "
                         "du Conseil de sécurité")
    named = plan_title("Address to participants of the Moscow Conference on International Security")
    assert "à l’occasion" not in (named.text or named.template or "")


@pytest.mark.parametrize(("title", "french"), [
    ("Anna Kuznetsova made a trip to Kazan", "Anna Kouznetsova s’est rendue à Kazan"),
    ("Sergei Shoigu and Valery Gerasimov inspected the Kazan Kremlin",
     "Sergueï Choïgou et Valeri Guerassimov ont inspecté le Kremlin de Kazan"),
    ("Vladimir Putin will chair a meeting of the Security Council",
     "Vladimir Poutine présidera la réunion du Conseil de sécurité"),
    ("The President made a working trip to Tver Region",
     "Le Président a effectué un déplacement de travail dans la région de Tver"),
    ("Sergei Lavrov speaks at the Valdai Discussion Club",
     "Sergueï Lavrov prend la parole au club de discussion Valdaï"),
])
def test_sentence_titles_by_shape(title: str, french: str) -> None:
    assert plan_title(title).text == french


def test_a_given_name_sharing_the_family_name() -> None:
    plan = plan_title("Dmitry and Svetlana Medvedev visited Kazan")
    assert plan.text == "Dmitri et Svetlana Medvedev ont visité Kazan"


def test_every_verb_in_every_subject_and_tense() -> None:
    frames = dict(sentence_frames())
    assert frames["{who} and {who2} will take part in {x}"] == (
        "{who} et {who2} participeront {à:x}")
    assert frames["The President makes a trip to {x}"] == "Le Président se rend {en:x}"
    assert "{e}" not in frames["The President made a trip to {x}"]
    assert dict(speech_frames())["Concluding Remarks at {x}"] == "Allocution de clôture {à:x}"


@pytest.mark.parametrize(("title", "french"), [
    ("IV Forum of Russian Regions", "4e Forum des régions russes"),
    ("Greetings to participants of the XII Congress of the Russian Geographical Society",
     "Message de salutations aux participants du 12e Congrès de la Société russe de géographie"),
])
def test_roman_ordinals(title: str, french: str) -> None:
    assert (plan_title(title).text or "").startswith(french)


def test_roman_numeral_after_a_name_is_no_ordinal() -> None:
    assert "3e" not in (plan_title("Emperor Alexander III Prize").text or "")


def test_prize_award_ceremony_is_the_prize_s() -> None:
    assert resolve("the State Prize award ceremony") == "la cérémonie de remise du Prix d’État"
    plan = plan_title("Speech at the State Prize Award Ceremony")
    assert plan.text == "Discours à la cérémonie de remise du Prix d’État"


def test_a_speech_is_no_leading_modifier() -> None:
    # "{x} plenary session" does not take "Speech at the State Duma" as its x.
    assert plan_title("Speech at State Duma plenary session").text == (
        "Discours à la séance plénière de la Douma d’État")


@pytest.mark.parametrize(("title", "french"), [
    ("Media statements by Sergei Lavrov and Sergei Shoigu",
     "Déclarations à la presse de Sergueï Lavrov et de Sergueï Choïgou"),
    ("Joint press statements after Russian-Chinese talks",
     "Déclarations conjointes à la presse à l’issue des pourparlers russo-chinois"),
    ("Vladimir Putin visited Sevastopol on Navy Day",
     "Vladimir Poutine a visité Sébastopol à l’occasion de la Journée de la marine"),
    # A holiday "Day of X" is read whole: the glossary's phrase, not "Day of" cut off.
    ("Dmitry Medvedev made a trip to Kazan on the Day of Slavic Writing and Culture",
     "Dmitri Medvedev s’est rendu à Kazan à l’occasion de la Journée de l’écriture et de la"
     " culture slaves"),
    ("Working trip to Kazan on the Day of Family, Love and Faithfulness",
     "Déplacement de travail à Kazan à l’occasion de la Journée de la famille, de l’amour"
     " et de la fidélité"),
    ("Trip to Sevastopol on Navy Day",
     "Déplacement à Sébastopol à l’occasion de la Journée de la marine"),
])
def test_press_and_a_visit_on_a_holiday(title: str, french: str) -> None:
    assert plan_title(title).text == french


def test_two_events_in_one_title() -> None:
    plan = plan_title("Meeting with Governor of Tver Region Igor Rudenya and answers to "
                      "journalists’ questions")
    assert plan.text == ("Rencontre avec le gouverneur de la région de Tver Igor Roudenia et "
                         "réponses aux questions des journalistes")
    # A noun of the first event's list is no second event.
    art = plan_title("Vladimir Putin opened the Museum of Music and art for children")
    assert " et art" not in (art.text or art.template or "")


@pytest.mark.parametrize(("title", "french"), [
    # General news verbs, and a visit said by its kind in the site's tenses.
    ("Vladimir Putin observed military exercises",
     "Vladimir Poutine a observé les exercices militaires"),
    ("Vladimir Putin approved the Maritime Doctrine",
     "Vladimir Poutine a approuvé la doctrine maritime"),
    ("Vladimir Putin accepted the resignation of the Government",
     "Vladimir Poutine a accepté la démission du gouvernement"),
    ("Vladimir Putin is on a working visit to Sochi",
     "Vladimir Poutine effectue une visite de travail à Sotchi"),
    ("Vladimir Putin will pay a state visit to China",
     "Vladimir Poutine effectuera une visite d’État en Chine"),
    ("Vladimir Putin is visiting Kazakhstan", "Vladimir Poutine est en visite au Kazakhstan"),
    ("Vladimir Putin and Alexander Lukashenko met in Sochi",
     "Vladimir Poutine et Alexandre Loukachenko se sont rencontrés à Sotchi"),
    ("Vladimir Putin relieved Vladimir Ustinov of his duties",
     "Vladimir Poutine a relevé Vladimir Oustinov de ses fonctions"),
    ("Vladimir Putin sent a telegram of condolences to President of Turkey",
     "Vladimir Poutine a adressé un télégramme de condoléances au président turc"),
    # A speech's speaker after "by": "de", a noun's agent.
    ("Statement by Russian President Vladimir Putin",
     "Déclaration du président russe Vladimir Poutine"),
    ("Joint Statement by Russia and India", "Déclaration conjointe de la Russie et de l’Inde"),
    ("Television Address to the Nation", "Allocution télévisée à la nation"),
    # The press's heads in the early years' headline case.
    ("Press Statement following Talks with Federal Chancellor of Germany Angela Merkel",
     "Déclaration à la presse à l’issue des entretiens avec la chancelière allemande "
     "Angela Merkel"),
])
def test_news_verbs_and_visits(title: str, french: str) -> None:
    assert plan_title(title).text == french
