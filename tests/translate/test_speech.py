"""Speech turns through the real Apertium: subjects put back, "Let us", thanks, greetings,
a singular subject's verb. Sentences from the tuning pages (even page ids)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.speech import english, imperatives, turns
from daybook.translate.speech_phrases import greetings, thanks


def fr(engine: ApertiumEngine, source: str) -> str:
    return translate_texts([source], engine, "en", "fr", [["Vladimir Putin"]])[0].text


@pytest.mark.parametrize(("source", "want", "gone"), [
    # (*have just* + participle: "venir de", speech_spoken.py)
    ("I have just spoken with my colleagues from the Government.", "Je viens de parler",
     "Juste ai"),
    ("This is what I wanted to say first.", "ce que je voulais dire", "qu'ai"),
    ("I will do what I can do, but mainly, I would like to listen to you.",
     "ce que je peux faire", "que peux"),
    ("We invested 54 billion rubles to create the facility you have seen today.",
     "que vous avez vu", " as vu"),
    ("We also organise cultural events here.", "Nous organisons aussi", "Aussi organisons"),
    ("Friends, we have recently marked the 250th anniversary of the Order of St George.",
     "nous avons récemment marqué", "Amis, avons"),
    ("We have signed the agreement and we will implement it.", "et nous l'implémenterons",
     "implémenteront"),
])
def test_the_subject_apertium_dropped_is_put_back(engine: ApertiumEngine, source: str,
                                                  want: str, gone: str) -> None:
    out = fr(engine, source)
    assert want in out, out
    assert gone not in out, out


@pytest.mark.parametrize(("source", "kept"), [
    # A participle ("y compris", "États-Unis") and a noun ("mesures") are no verbs here.
    ("Russia and Japan have successfully held over 700 different events, including "
     "exhibitions of works of art.", "y compris"),
    ("I maintained good relations with all the leaders of the United States.", "États-Unis"),
    # No *you* in the source: no "vous" ("aies" is the engine's *have*).
    ("In all, 54 such crimes, including 33 terrorist attacks, have been thwarted since "
     "early 2019.", "y compris"),
])
def test_no_subject_where_english_has_none(engine: ApertiumEngine, source: str,
                                           kept: str) -> None:
    out = fr(engine, source)
    assert kept in out, out
    assert "j'y" not in out and "que j'" not in out and "vous ayez" not in out, out


def test_a_shared_subject_after_and_stays_shared() -> None:
    # English "and implemented" shares its subject: French does too.
    assert turns(["We have signed it and implemented it."],
                 ["Nous l'avons signé et avons implémenté."]) == [
        "Nous l'avons signé et avons implémenté."]


@pytest.mark.parametrize(("source", "want"), [
    ("Let’s start with this.", "Commençons par cela."),
    ("Let’s congratulate them on their victories once again.", "Félicitons-les"),
    ("Let us discuss the draft law.", "Parlons du projet de loi"),
    ("Yes, let us applaud ourselves.", "applaudissons-nous"),
    ("Let me note that the Prime Minister of Japan and I have been able to review the main "
     "items.", "Je voudrais noter que"),
])
def test_let_us_is_an_imperative(engine: ApertiumEngine, source: str, want: str) -> None:
    out = fr(engine, source)
    assert want in out, out
    assert "aisse-nous" not in out and "aisse-moi" not in out


def test_let_us_know_is_no_imperative() -> None:
    assert english("Please let us know. Let me go.") == "Please let us know. Let me go."
    assert imperatives("They let us work.", "Nous travaillons.") == "Nous travaillons."


@pytest.mark.parametrize(("source", "want"), [
    ("Mr President, I would like to thank you for holding this meeting in Sochi.",
     "je voudrais vous remercier pour"),
    ("We look forward to coming to Sochi, and we thank you for your invitation.",
     "nous vous remercions pour votre invitation"),
    ("I would like to thank you for your active participation in our joint work today.",
     "Je voudrais vous remercier pour votre participation"),
])
def test_thank_you_keeps_its_you(engine: ApertiumEngine, source: str, want: str) -> None:
    out = fr(engine, source)
    assert want in out, out


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I would like to thank the members of the council for another report.",
     "Je voudrais remercier les membres du conseil par un autre rapport.",
     "Je voudrais remercier les membres du conseil pour un autre rapport."),
    ("Thank you very much for your kind invitation.",
     "Merci beaucoup par votre invitation gentille.",
     "Merci beaucoup pour votre invitation gentille."),
    ("I would like to thank you, first of all, for that visit.",
     "Je voudrais vous remercier, tout d'abord, par cette visite.",
     "Je voudrais vous remercier, tout d'abord, pour cette visite."),
    # *by* before *for*: "par" is the agent's; a stop ends the thanks.
    ("I thank the council chaired by Mr X for its work.",
     "Je remercie le conseil présidé par M. X pour son travail.",
     "Je remercie le conseil présidé par M. X pour son travail."),
    ("Thank you. We travelled by train for hours.",
     "Merci. Nous avons voyagé par train pendant des heures.",
     "Merci. Nous avons voyagé par train pendant des heures."),
])
def test_thank_for_is_pour(source: str, french: str, want: str) -> None:
    assert thanks(source, french) == want


def test_let_us_move_on_to_is_passer() -> None:
    assert english("Let us now move on to the second item.") == \
        "We now pass to the second item."
    assert english("Let us move on.") == "We continue."
    # Not without *let us*: "we move on" said by a speaker stays.
    assert english("Yet we now move on to it.") == "Yet we now move on to it."
    # *go ahead* "continuer"; *let us go* elsewhere is left as it was
    assert english("Let us go ahead. The sixth document.") == "We continue. The sixth document."
    assert english("Let us go to the plant.") == "Let us go to the plant."


@pytest.mark.parametrize(("source", "said"), [
    ("I would like to stress that we agree.", "I would like to emphasise that we agree."),
    ("He has highlighted it.", "He has emphasised it."),
    ("I can single out several items.", "I can mention in particular several items."),
    ("I am primarily referring to China.", "I am primarily talking about China."),
    # A noun: "stress" after no subject, modal or *to*; a test of stress.
    ("The stress test was passed.", "The stress test was passed."),
    ("We must stress test the banks.", "We must stress test the banks."),
    ("They are referring to it.", "They are referring to it."),
])
def test_the_verbs_of_remarks(source: str, said: str) -> None:
    assert english(source) == said


def test_let_me_and_an_adverbial() -> None:
    assert english("Let me first of all thank you for coming.") == \
        "First of all, I would like to thank you for coming."
    assert english("And let me also thank you.") == "And I would also like to thank you."
    assert english("Let me note that.") == "I would like to note that."


def test_thanks_rules() -> None:
    assert thanks("I thanked them.", "Je les ai merciés.") == "Je les ai remerciés."
    # No *thank you* in the source: "remercier" keeps its own object.
    assert thanks("We thank the organisers.", "Nous remercier pour.") == "Nous remercier pour."
    assert thanks("Merci.", "Merci beaucoup.") == "Merci beaucoup."


@pytest.mark.parametrize(("source", "want"), [
    ("Good afternoon, colleagues.", "Bonjour, chers collègues."),
    ("Colleagues, good afternoon.", "Chers collègues, bonjour."),
    ("Madam State Counsellor, colleagues.", "chers collègues."),
])
def test_greetings(engine: ApertiumEngine, source: str, want: str) -> None:
    out = fr(engine, source)
    assert want in out, out


def test_greetings_leave_evening_and_our_colleagues() -> None:
    assert greetings("Good evening, friends.", "Bonsoir, amis.") == "Bonsoir, chers amis."
    assert greetings("I met my colleagues.", "J'ai rencontré mes collègues.") == (
        "J'ai rencontré mes collègues.")


def test_a_singular_subject_takes_a_singular_verb(engine: ApertiumEngine) -> None:
    out = fr(engine, "Our people are strong and we will win.")
    assert out.startswith("Notre peuple est fort"), out
    # "La plupart" takes the plural in French.
    assert turns(["Most are here."], ["La plupart sont ici."]) == ["La plupart sont ici."]


@pytest.mark.parametrize(("source", "want", "gone"), [
    ("Could you clarify what you really meant?", "Pourriez-vous éclaircir", "Il pourrait"),
    ("Could you please tell us if you are planning to inform him?", "Pourriez-vous nous dire",
     "complaire"),
    ("What do you think about the development of Russian-Ukrainian relations?",
     "Que pensez-vous du développement", "Ce que"),
    ("Would you like to say something?", "Voulez-vous dire", "Il vous plaît"),
])
def test_questions_to_you(engine: ApertiumEngine, source: str, want: str, gone: str) -> None:
    out = fr(engine, source)
    assert out.startswith(want), out
    assert gone not in out, out


@pytest.mark.parametrize(("source", "want", "gone"), [
    ("And you, all of you, you have it.", "Et vous,", "te,"),
    ("It is always a matter of concern for you.", "pour vous", "puisque te"),
    ("There is a backlash against the establishment and you have seen that.",
     "et vous avez vu", "tu ont"),
])
def test_you_alone_is_vous(engine: ApertiumEngine, source: str, want: str, gone: str) -> None:
    out = fr(engine, source)
    assert want in out, out
    assert gone not in out, out


@pytest.mark.parametrize(("source", "want"), [
    ("Naturally, you deal with all kinds of issues, including helping children who need "
     "your moral support.", "enfants qui ont besoin"),
    ("There are people who can achieve the most outstanding victories.", "qui peuvent"),
    ("It is an opportunity to speak on issues that are vital for the United Nations.",
     "qui sont vitales"),
])
def test_a_relative_agrees_with_its_plural_antecedent(engine: ApertiumEngine, source: str,
                                                      want: str) -> None:
    out = fr(engine, source)
    assert want in out, out


def test_a_singular_antecedent_keeps_its_verb() -> None:
    assert turns(["a country that is strong"], ["un pays qui est fort"]) == [
        "un pays qui est fort"]


@pytest.mark.parametrize(("source", "want"), [
    ("Mr President, I hope the upcoming Russia-Africa summit will be successful.",
     "j'espère que"),
    ("I hope so.", "J'espère bien."),
    ("I am sure many will agree that the North Caucasus has great significance.",
     "Je suis sûr que beaucoup"),
    ("I think this year we are marking 205 years of diplomatic relations.",
     "Je pense que cette année nous marquons"),
])
def test_hope_and_a_clause_without_that(engine: ApertiumEngine, source: str,
                                        want: str) -> None:
    out = fr(engine, source)
    assert want in out, out
    assert "attends" not in out


def test_waiting_is_no_hope(engine: ApertiumEngine) -> None:
    assert "Nous attendons" in fr(engine, "We are waiting for your answer.")


@pytest.mark.parametrize(("source", "want", "gone"), [
    ("I should stress that these projects have been carefully evaluated.",
     "Je devrais souligner que", "Il devrait"),
    ("I would say that it is good.", "Je dirais que", "Il dirait"),
    ("I hope you will tell me about the progress you have made.",
     "J'espère que vous me direz", "Je vous espère"),
    ("It would be good, and I would like to say so.", "je voudrais le dire", "aussitôt que"),
])
def test_the_speaker_is_the_subject(engine: ApertiumEngine, source: str, want: str,
                                    gone: str) -> None:
    out = fr(engine, source)
    assert want in out, out
    assert gone not in out, out


def test_it_would_stays_third_person() -> None:
    assert turns(["It would be good."], ["Il serait bien."]) == ["Il serait bien."]


@pytest.mark.parametrize(("source", "want"), [
    ("Dear friends,", "Chers amis,"),
    ("Good evening, friends!", "Bonsoir, chers amis!"),
    ("Colleagues, let us begin our work.", "Chers collègues, commençons notre travail."),
    ("Welcome to Moscow!", "Bienvenue à Moscou"),
])
def test_addresses(engine: ApertiumEngine, source: str, want: str) -> None:
    out = fr(engine, source)
    assert want in out, out


def test_thank_you_on_behalf_and_before_a_list() -> None:
    # another year's sentences: *thank you on behalf of*, *I want to thank you, X and Y*
    assert thanks("I would like to thank you on behalf of my colleagues.",
                  "Je voudrais remercier au nom de mes collègues.") == (
        "Je voudrais vous remercier au nom de mes collègues.")
    assert thanks("I want to thank you, the Defence Ministry and the Naval Command.",
                  "Je veux merci, le ministère de la Défense et l'ordre naval.") == (
        "Je veux vous remercier, le ministère de la Défense et l'ordre naval.")
    # *thank* without *you*: no "vous"
    assert thanks("I want to thank the Defence Ministry on behalf of all.",
                  "Je veux remercier au nom de tous.") == "Je veux remercier au nom de tous."
