"""A third-person subject the pivot dropped (``subjects.py``). The English sentences are
made up for these tests; the French is the engine's output for them (``apertium eng-cat |
apertium cat-fra``) unless marked, and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.subjects import third_subjects, you_subjects


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read words with Apertium's French analyser (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("He visited the plant, where he met the workers.",
     "Il a visité la plante, où a connu les ouvriers.",
     "Il a visité la plante, où il a connu les ouvriers."),
    ("He knows why he was chosen.", "Il sait pourquoi a été choisi.",
     "Il sait pourquoi il a été choisi."),
    ("It is not clear why she was dismissed.",
     "Pas bien sûr pourquoi il a été écartée.",
     "Pas bien sûr pourquoi il a été écartée."),  # "il" there already: one she, one il
    # modelled on the engine's output in a longer sentence ("Longuement a étudié")
    ("He has thoroughly studied the archives.", "Longuement a étudié les archives.",
     "Il a longuement étudié les archives."),
    ("Nobody knows what she has decided.", "Personne ne sait que a décidé.",
     "Personne ne sait qu'elle a décidé."),
    # after a phrase with "tout" before its determiner (``preposed_np``'s *entire*)
    ("Throughout her entire life she worked at the university.",
     "Pendant toute sa vie a travaillé à l'université.",
     "Pendant toute sa vie elle a travaillé à l'université."),
])
def test_third_subjects(source: str, french: str, want: str) -> None:
    assert third_subjects([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # no *he/she* in the English: an impersonal "il" is not ours to give
    ("It was decided to build a port.", "A été décidé de bâtir un port."),
    # after "et" French needs no subject; after a noun, a relative without "que"
    ("He came and he left.", "Il est venu et est parti."),
    ("This is the house he built.", "C'est la maison a bâti."),
    # two places, one pronoun missing: which one is not known
    ("He says that the plant, where workers live, grows.",
     "Il dit que grandit l'usine, où vivent des ouvriers, que grandit."),
])
def test_left_alone(source: str, french: str) -> None:
    assert third_subjects([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    # *they*: "ils" before a third person plural verb after "que", "où", a dash, "("
    ("We want to find out what they think of it.",
     "Nous voulons découvrir ce que pensent de cela.",
     "Nous voulons découvrir ce qu'ils pensent de cela."),
    ("Choose fields where they can prove their worth.",
     "Choisir des domaines où peuvent prouver leur valeur.",
     "Choisir des domaines où ils peuvent prouver leur valeur."),
    ("I saw them play – they were impressive.",
     "Je les ai vus jouer – étaient impressionnants.",
     "Je les ai vus jouer – ils étaient impressionnants."),
    ("They jointly advocate a new order.", "Conjointement défendent un nouvel ordre.",
     "Ils défendent conjointement un nouvel ordre."),
    # *it is*: "il" before "est" after a comma or an opening prepositional phrase
    ("In particular, it is imperative to act.", "En particulier, est impératif d'agir.",
     "En particulier, il est impératif d'agir."),
    ("At the same time it is essential to act.", "Dans le même temps est essentiel d'agir.",
     "Dans le même temps il est essentiel d'agir."),
    # *it is* + a noun phrase: "c'est"
    ("We thank the organisers, it is an important event.",
     "Nous remercions les organisateurs, est un événement important.",
     "Nous remercions les organisateurs, c'est un événement important."),
    # a linking adverb stays first
    ("Otherwise it will be very difficult to train them.",
     "Autrement sera très difficile de les entraîner.",
     "Autrement il sera très difficile de les entraîner."),
])
def test_they_it_subjects(source: str, french: str, want: str) -> None:
    assert third_subjects([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *they* there already
    ("We know what they think.", "Nous savons ce qu'ils pensent."),
    # a plural subject in the English: the verb has its own
    ("We know what the regions think.", "Nous savons ce que pensent les régions."),
    # the phrase before the verb has a subject ("Dans ce cas la Russie est prête")
    ("In this case it is ready, and Russia is ready.",
     "Dans ce cas la Russie est prête, et la Russie est prête."),
    # "c'est" says *it is* already
    ("It is essential to act.", "C'est essentiel d'agir."),
])
def test_they_it_left_alone(source: str, french: str) -> None:
    assert third_subjects([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    # the pivot's "vostè" with its third person verb
    ("He said a meeting would take place and that you would attend it.",
     "Il a dit qu'une rencontre aurait lieu et que vous y assisterait.",
     "Il a dit qu'une rencontre aurait lieu et que vous y assisteriez."),
    ("Since you represent the region, we agree.",
     "Puisque vous représente la région, nous sommes d'accord.",
     "Puisque vous représentez la région, nous sommes d'accord."),
    # an auxiliary read as a noun too ("est", *east*); a *that* the English leaves out
    # ("que" put in before this rule)
    ("I am sure you are capable of it.", "Je suis sûr que vous est capable de lui.",
     "Je suis sûr que vous êtes capable de lui."),
    # "nous" after "vous" an object (*you will visit us*), "vous" after "nous" one too
    ("I hope that you will visit us.", "J'espère que vous nous visitera.",
     "J'espère que vous nous visiterez."),
    ("This is why we supported you.", "C'est pourquoi nous vous a appuyé.",
     "C'est pourquoi nous vous avons appuyé."),
    ("I hope that you will tell me about it.", "J'espère que vous me dira sur cela.",
     "J'espère que vous me direz sur cela."),
    # a modal read as a noun too ("doit", *debit*), after ``pivot_you``'s "vostè"
    ("I can listen to what you have to say.", "Je peux écouter ce que vous doit dire.",
     "Je peux écouter ce que vous devez dire."),
    # the pivot's "tu" (Catalan "ets"), "t'" said "vous" by ``speech_vous`` before
    ("Since you are the leaders, you know it.", "Puisque vous es les chefs, vous le savez.",
     "Puisque vous êtes les chefs, vous le savez."),
    # *we* the same way: "nous" with the engine's third person singular
    ("This is why we immediately supported the plan.",
     "C'est pourquoi nous a immédiatement appuyé le plan.",  # modelled on the engine's
     "C'est pourquoi nous avons immédiatement appuyé le plan."),
])
def test_you_subject(source: str, french: str, want: str) -> None:
    assert you_subjects([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # "vous" an object after a subject of its own
    ("I wish you success.", "Je vous souhaite succès."),
    ("The decree that awards you the order.", "Le décret qui vous octroie l'ordre."),
    # *you* no clause's opener in the English: an object
    ("This gives you a chance.", "Ceci vous donne une chance."),
    # "nous" an object: *us* in the English, *we* only later in another clause
    ("When the Union supported us, we were strong.",
     "Quand l'Union nous a appuyé, nous étions forts."),
    # "vous" after a preposition: no subject, whatever the English
    ("I am sure that what belongs to you is safe.",
     "Je suis sûr que ce qui appartient à vous est sûr."),
])
def test_you_left_alone(source: str, french: str) -> None:
    assert you_subjects([source], [french]) == [french]
