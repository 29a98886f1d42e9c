"""Direct questions said in the declarative order before the engine and asked in French
after it (``speech_questions``); constructed examples, and the real Apertium end to end."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.speech_asked import any_asked, asked_phrases, french, tag_question, what_is
from daybook.translate.speech_questions import asked, english


@pytest.mark.parametrize(("source", "said"), [
    ("Does this meet our interests?", "This meets our interests?"),
    # *do you*, *did you*: through the engine with *we* (the pivot drops a bare *you*).
    ("Did you decide to run?", "We decided to run?"),
    ("Do you see any risks?", "We see any risks?"),
    ("Are you satisfied with the progress?", "You are satisfied with the progress?"),
    ("Will they continue to live there?", "They will continue to live there?"),
    ("Is there a chance?", "There is a chance?"),
    ("What do you expect from the talks?", "What we expect from the talks?"),
    ("What does this mean in practice?", "What this signifies in practice?"),
    ("What kind of help do you need?", "What kind of help we need?"),
    ("Mr Smith, where did you plan to go?", "Mr Smith, where we planned to go?"),
    ("But why do we have to wait?", "But why we have to wait?"),
    # a past *did ... not* after a wh-word: a question, not a suggestion
    ("Why did they not come?", "Why they did not come?"),
    ("My question is: will you sign it?", "My question is: you will sign it?"),
    # five words opening with *what* before a comma: a question of its own, no opening
    ("What should we expect from you, will you work again?",
     "What we should expect from you, will you work again?"),
])
def test_a_question_is_said_in_the_declarative_order(source: str, said: str) -> None:
    assert english(source) == said


@pytest.mark.parametrize("source", [
    "Why don’t you run for office?",  # *Why don't you*: the engine's "Pourquoi ne pas"
    "Why did you not tell us?",  # *you* with *did not*: "vous" is not made back
    "Why did the minister not sign it?",  # a noun phrase before *not*: left
    "Could you clarify this?",        # a request: speech_phrases.questions asks it
    "What do you think about it?",    # "Que pensez-vous de": speech_phrases
    "Did he?",                        # no verb after the subject
    "Do you think so.",               # no question mark
    "We ask what do you want?",       # no question at the sentence's opening
    "Confrontation: Are There Any Alternatives?",  # a title in capitals
    "What do we do, and what will you do?",  # *we* in the sentence: *you* stays
])
def test_other_sentences_keep_their_order(source: str) -> None:
    found = asked(source)
    if source == "What do we do, and what will you do?":
        assert found is not None and not found.you_as_we
        return
    assert english(source) == source


@pytest.mark.parametrize(("source", "engine_fr", "want"), [
    ("Are you satisfied?", "Vous êtes satisfait ?", "Êtes-vous satisfait ?"),
    ("Is there a chance?", "Il y a une chance ?", "Y a-t-il une chance ?"),
    ("Did he say that?", "Il a dit cela ?", "A-t-il dit cela ?"),
    ("Does this meet our interests?", "Cela répond à nos intérêts ?",
     "Est-ce que cela répond à nos intérêts ?"),
    ("Is it true that he left?", "C'est vrai qu'il est parti ?",
     "Est-ce vrai qu'il est parti ?"),
    ("What do you expect from the talks?", "Ce qu'attendons des discussions ?",
     "Qu'attendez-vous des discussions ?"),
    ("What do we have to do?", "Ce que devons faire ?", "Que devons-nous faire ?"),
    ("Where do you see the problems?", "Où voyons les problèmes ?",
     "Où voyez-vous les problèmes ?"),
    ("Do I understand it correctly?", "Je le comprends correctement ?",
     "Est-ce que je le comprends correctement ?"),
    ("How could they be different?", "Comment ils pourraient être différents ?",
     "Comment pourraient-ils être différents ?"),
    ("Why has she left?", "Pourquoi elle a quitté ?", "Pourquoi a-t-elle quitté ?"),
    ("Mr Smith, will you attend?", "M. Smith, vous assisterez ?",
     "M. Smith, assisterez-vous ?"),
    ("My question is: will you sign it?", "Ma question est : vous le signerez ?",
     "Ma question est : le signerez-vous ?"),
    ("Do you remember the meeting?", "Nous nous souvenons de la rencontre ?",
     "Vous souvenez-vous de la rencontre ?"),
    ("Did you discuss Syria?", "Nous avons parlé de la Syrie ?",
     "Avez-vous parlé de la Syrie ?"),
    # *need* ("avoir besoin de"), *talk about* ("parler de"): the pivot's relative "Ce dont"
    ("What do you need?", "Ce dont avons besoin ?", "De quoi avez-vous besoin ?"),
    ("What are you talking about?", "Ce dont parlons ?", "De quoi parlez-vous ?"),
    ("How would you predict it?", "Comme le prédirions ?", "Comment le prédiriez-vous ?"),
    # The engine's familiar "tu": the formal "vous" asked.
    ("Do you support the ban?", "Tu appuies l'interdiction ?",
     "Appuyez-vous l'interdiction ?"),
])
def test_the_french_is_asked(source: str, engine_fr: str, want: str) -> None:
    assert french(source, engine_fr) == want


@pytest.mark.parametrize(("source", "engine_fr"), [
    # The engine's French does not open with the subject: left as it is.
    ("Will they continue to live there?", "Continuer à vivre là ?"),
    # A noun ending in -ons after the wh-word is no verb of *we*.
    ("Where do we see the regions?", "Où les régions voyons ?"),
    # "vous vous" where the English has no *yourself*: the engine's misreading is left.
    ("Do you think you are ready?", "Vous vous pensez est prêt ?"),
    # Not a question in the source.
    ("You are satisfied.", "Vous êtes satisfait."),
    # "tu" before a word with no second person plural the word list confirms.
    ("Do you like it?", "Tu comme lui ?"),
])
def test_french_left_when_the_question_is_not_found(source: str, engine_fr: str) -> None:
    assert french(source, engine_fr) == engine_fr


@pytest.mark.parametrize(("source", "want"), [
    ("Are you satisfied with the progress toward linking these two projects?",
     "Êtes-vous satisfait"),
    ("What do we have to do with this?", "Que devons-nous faire"),
    ("Where do you see the main problems?", "Où voyez-vous les problèmes"),
    ("Why did you decide to run for office?", "Pourquoi avez-vous décidé"),
    ("Does this meet our interests?", "Est-ce que cela répond à nos intérêts"),
    ("Do you see any risks?", "Voyez-vous"),
    ("Do you expect an agreement?", "Attendez-vous un accord"),
    ("Why did they not come?", "Pourquoi ne sont-ils pas venus"),
    ("Why did he not sign the agreement?", "Pourquoi n'a-t-il pas signé l'accord"),
])
def test_questions_end_to_end(engine: ApertiumEngine, source: str, want: str) -> None:
    out = translate_texts([source], engine, "en", "fr", [["Vladimir Putin"]])[0].text
    assert out.startswith(want), out


def test_wh_questions_to_i_and_it_keep_their_order() -> None:
    # After a wh-word the engine reads *I* and *it* as objects ("Comment le pourrait être").
    assert english("How could it be any different?") == "How could it be any different?"
    assert english("What should I do?") == "What should I do?"


def test_what_does_this_mean_is_signifie() -> None:
    assert french("What does this mean in practice?", "Ce que cela indique en pratique ?") \
        == "Qu'est-ce que cela signifie en pratique ?"


@pytest.mark.parametrize(("source", "engine_fr", "want"), [
    ("This is very important, isn't it?", "C'est très important, n'est pas il ?",
     "C'est très important, n'est-ce pas ?"),
    ("You are not planning that, are you?", "Vous ne prévoyez pas cela, vous est ?",
     "Vous ne prévoyez pas cela, n'est-ce pas ?"),
    ("You agree, right?", "Vous convenez, bien ?", "Vous convenez, n'est-ce pas ?"),
    # No tag: an alternative question keeps its second member.
    ("Is it big, or small?", "Est-ce grand, ou petit ?", "Est-ce grand, ou petit ?"),
    # A long last member is no tag's French.
    ("It works, does it not?", "Cela marche, pas nous avons fait ce que nous avons dit ?",
     "Cela marche, pas nous avons fait ce que nous avons dit ?"),
])
def test_a_tag_question_is_n_est_ce_pas(source: str, engine_fr: str, want: str) -> None:
    assert tag_question(source, engine_fr) == want


@pytest.mark.parametrize(("source", "said"), [
    ("Does the Government plan to increase funding?", "The Government plans to increase funding?"),
    ("Does Russia plan to grow?", "Russia plans to grow?"),
    ("How will the government respond to this?", "How the government will respond to this?"),
    ("When will the bridge be finished?", "When the bridge will be finished?"),
    ("Can farmers count on your support?", "Farmers can count on your support?"),
    ("How has Vladimir Putin changed over the years?",
     "How Vladimir Putin has changed over the years?"),
    # A noun with its *of* complement: *of* is no verb.
    ("Should the people of Tuva be worried?", "The people of Tuva should be worried?"),
    ("Has the topic of sanctions been raised?", "The topic of sanctions has been raised?"),
    ("Did the head of the region attend the meeting?",
     "The head of the region attended the meeting?"),
    # a determiner and two words where the word after one is no verb ("order", "plan")
    ("Does your executive order concern this?", "Your executive order concerns this?"),
    ("Does the new plan work?", "The new plan works?"),
    ("Will the new rules apply to everyone?", "The new rules will apply to everyone?"),
    # a long opening before its comma
    ("In view of our history, how would you predict the future?",
     "In view of our history, how you would predict the future?"),
])
def test_a_noun_phrase_subject_goes_before_its_verb(source: str, said: str) -> None:
    assert english(source) == said


@pytest.mark.parametrize("source", [
    # *not* is no word of the subject: a negative *did* question is left
    "Did this not happen before?",
    # A plural noun after the noun phrase is no base verb.
    "How do the Russian Railways policies match up with it?",
    # *be* with a noun phrase: its predicate is no verb.
    "Are ethnic Russians worse off?",
    # *of* and a noun, then no verb: the question is left.
    "Has the topic of sanctions changed prices?",
    "Does the head of the region's office agree?",
    # *you and* a noun: a compound subject, no verb after *you*.
    "Do you and your team agree?",
])
def test_a_noun_phrase_without_a_clear_verb_keeps_its_order(source: str) -> None:
    assert english(source) == source


@pytest.mark.parametrize(("source", "engine_fr", "want"), [
    ("Does the Government plan to increase funding?",
     "Le gouvernement prévoit d'augmenter le financement ?",
     "Est-ce que le gouvernement prévoit d'augmenter le financement ?"),
    ("How will the government respond to this?", "Comment le gouvernement répondra à cela ?",
     "Comment est-ce que le gouvernement répondra à cela ?"),
    ("What will the government do?", "Ce que le gouvernement fera ?",
     "Qu'est-ce que le gouvernement fera ?"),
    ("Does Vladimir Putin agree?", "Vladimir Poutine convient ?",
     "Est-ce que Vladimir Poutine convient ?"),
    # *how* read as the exclamative "que" (Catalan "com"): "comment", not "Qu'est-ce que"
    ("How has Vladimir Putin changed?", "Que Vladimir Poutine a changé ?",
     "Comment est-ce que Vladimir Poutine a changé ?"),
    ("Does your executive order concern this?", "Votre décret concerne cela ?",
     "Est-ce que votre décret concerne cela ?"),
    # The engine's own "Il fait": left.
    ("Does Russia plan to grow?", "Il fait la Russie prévoir ?", "Il fait la Russie prévoir ?"),
])
def test_a_noun_phrase_question_is_asked_with_est_ce_que(source: str, engine_fr: str,
                                                          want: str) -> None:
    assert french(source, engine_fr) == want


def test_what_is_asks_quel() -> None:
    sources = ["What are your expectations in this regard?", "What is the reason for it?",
               "And what are the results of this?", "What is important?"]
    texts = ["Ce qui est vos attentes à cet égard ?", "Ce qui est la raison pour cela ?",
             "Et ce qui est les résultats de cela ?", "Ce qui est important ?"]
    assert what_is(sources, texts) == [
        "Quelles sont vos attentes à cet égard ?", "Quelle est la raison pour cela ?",
        "Et quels sont les résultats de cela ?",
        # No noun phrase after the verb: *what* the subject, "Qu'est-ce qui".
        "Qu'est-ce qui est important ?"]


@pytest.mark.parametrize(("source", "engine_fr", "want"), [
    ("Did he?", "Il a fait il ?", "Vraiment ?"),
    ("Did I?", "Il a fait je ?", "Vraiment ?"),
    ("But is it?", "Mais est il ?", "Mais vraiment ?"),
    # A question with its verb is asked, not echoed.
    ("Did he go?", "Il est allé ?", "Est-il allé ?"),
])
def test_an_echo_question_is_vraiment(source: str, engine_fr: str, want: str) -> None:
    assert french(source, engine_fr) == want


def test_what_do_you_think_is_asks_quel_selon_vous() -> None:
    sources = ["What do you think are the main risks?", "In your opinion, what is the aim?",
               "What do you think about the risks?"]
    texts = ["Que pensez-vous sont les risques principaux ?", "À votre avis, ce qui est le but ?",
             "Que pensez-vous des risques ?"]
    assert what_is(sources, texts) == [
        "Quels sont, selon vous, les risques principaux ?", "À votre avis, quel est le but ?",
        "Que pensez-vous des risques ?"]


@pytest.mark.parametrize(("source", "engine_fr", "want"), [
    ("Do you have any questions?", "Avez-vous n'importe quelles questions ?",
     "Avez-vous des questions ?"),
    ("Is there any chance?", "Y a-t-il n'importe quel chance ?", "Y a-t-il une chance ?"),
    ("Did anyone see it?", "N'importe qui l'a vu ?", "Quelqu'un l'a vu ?"),
    # *any* of a condition
    ("If there are any problems, call.", "S'il y a n'importe quels problèmes, appelez.",
     "S'il y a des problèmes, appelez."),
])
def test_any_in_a_question(source: str, engine_fr: str, want: str) -> None:
    assert any_asked(source, engine_fr) == want


@pytest.mark.parametrize(("source", "engine_fr"), [
    ("Don't you have any questions?", "N'avez-vous pas n'importe quelles questions ?"),
    ("We can buy any car.", "Nous pouvons acheter n'importe quel char."),
    ("Any car will do. Is it so?", "N'importe quel char ira. Est-ce ainsi ?"),
    ("How could it be any different?", "Comment pourrait est n'importe quel différent ?"),
    ("If you want, buy any car.", "Si vous voulez, achetez n'importe quel char."),
])
def test_any_left_outside_a_question(source: str, engine_fr: str) -> None:
    assert any_asked(source, engine_fr) == engine_fr


@pytest.mark.parametrize(("source", "engine_fr", "want"), [
    ("What about the roads?", "Ce que sur les routes ?", "Qu'en est-il des routes ?"),
    ("But what about Italy?", "Mais ce que sur l'Italie ?", "Mais qu'en est-il de l'Italie ?"),
    ("What about you?", "Ce que sur vous ?", "Et vous ?"),
])
def test_what_about(source: str, engine_fr: str, want: str) -> None:
    assert asked_phrases(source, engine_fr) == want


def test_what_about_only_for_the_english() -> None:
    text = "Ce que sur la table est à vous ?"
    assert asked_phrases("Is what is on the table yours?", text) == text


@pytest.mark.parametrize(("source", "engine_fr", "want"), [
    ("What should be done?", "Ce qui devrait être fait ?", "Qu'est-ce qui devrait être fait ?"),
    ("And what happened then?", "Et ce qui s'est passé alors ?",
     "Et qu'est-ce qui s'est passé alors ?"),
    ("In your opinion, what will happen?", "À votre avis, ce qui se passera ?",
     "À votre avis, qu'est-ce qui se passera ?"),
    ("What is that?", "Ce qui est cela ?", "Qu'est-ce que c'est?"),
    # not a question, not *what* as a subject
    ("This is what will happen.", "C'est ce qui se passera.", "C'est ce qui se passera."),
    ("What will you do?", "Ce qui ferez-vous ?", "Ce qui ferez-vous ?"),
])
def test_what_as_subject_is_qu_est_ce_qui(source: str, engine_fr: str, want: str) -> None:
    assert what_is([source], [engine_fr]) == [want]


@pytest.mark.parametrize(("source", "said"), [
    ("What do you think should be done?", "According to you, what should be done?"),
    ("Who do you believe will win?", "According to you, who will win?"),
    ("Which countries do you think will join?", "According to you, which countries will join?"),
    # guards: a subject after *think*, *think about*, *What do you think is the X?*, a lead
    ("But what do you think should be done?", "But what we think should be done?"),
    ("What do you think we should do?", "What you think we should do?"),
    ("What do you think about the economy?", "What do you think about the economy?"),
    ("What do you think is the main problem?", "What we think is the main problem?"),
])
def test_do_you_think_with_the_wh_word_as_subject(source: str, said: str) -> None:
    assert english(source) == said


@pytest.mark.parametrize(("source", "want"), [
    ("What do you think should be done?", "Selon vous, qu'est-ce qui devrait être fait"),
    # *win* an election "remporter" (pivotsenses), not "vaincre" (to defeat)
    ("Who do you think will win the election?", "Selon vous, qui remportera l'élection"),
    ("What do you think will happen next?", "Selon vous, qu'est-ce qui se passera"),
    ("What do you think happened there?", "Selon vous, qu'est-ce qui s'est passé là"),
    ("What do you think is the main problem?", "Quel est, selon vous, le problème principal"),
])
def test_do_you_think_end_to_end(engine: ApertiumEngine, source: str, want: str) -> None:
    out = translate_texts([source], engine, "en", "fr", [])[0].text
    assert out.startswith(want), out


@pytest.mark.parametrize(("source", "said"), [
    ("How does Vladimir Putin, the fourth Russian president, differ from him?",
     "How Vladimir Putin, the fourth Russian president, differs from him?"),
    ("What does the minister, as a former banker, think about this?",
     "What the minister, as a former banker, thinks about this?"),
])
def test_an_apposition_stays_with_its_subject(source: str, said: str) -> None:
    assert english(source) == said


def test_an_aside_that_is_no_apposition_keeps_the_order() -> None:
    source = "How does the government, in your view, plan to fix this?"
    assert english(source) == source
