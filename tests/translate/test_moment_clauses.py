"""*from the moment*, *the moment*, *by the time* as conjunctions; a time clause's future
(``moment_clauses.py``)."""

from __future__ import annotations

import shutil

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.moment_clauses import english, futures
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "want"), [
    ("From the moment the law was adopted, things improved.",
     "As soon as the law was adopted, things improved."),
    ("From the very moment that we met, we have worked together.",
     "As soon as we met, we have worked together."),
    ("We have been friends from the moment we met.",
     "We have been friends as soon as we met."),
    ("The moment we receive the documents, we will sign.",
     "As soon as we receive the documents, we will sign."),
    ("By the time the plant opens, we will have trained the staff.",
     "When the plant opens, we will have trained the staff."),
    ("The meeting had ended by the time we arrived.",
     "The meeting had ended when we arrived."),
    # Guards: the nouns with a complement or after a preposition of their own.
    ("From the moment of its founding, the company has grown.",
     "From the moment of its founding, the company has grown."),
    ("The moment has come to act.", "The moment has come to act."),
    ("At the moment we are discussing this issue.",
     "At the moment we are discussing this issue."),
    ("We remember the moment we met.", "We remember the moment we met."),
    ("We must finish by the time of the summit.",
     "We must finish by the time of the summit."),
])
def test_english(source: str, want: str) -> None:
    assert english(source) == want


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="Apertium is not installed")
@pytest.mark.parametrize(("source", "text", "want"), [
    ("As soon as we receive the documents, we will sign the agreement.",
     "Dès que nous recevons les documents, nous signerons l’accord.",
     "Dès que nous recevrons les documents, nous signerons l’accord."),
    ("Once the bridge is built, the region will develop faster.",
     "Une fois que le pont est bâti, la région se développera plus vite.",
     "Une fois que le pont sera bâti, la région se développera plus vite."),
    ("When the law has been adopted, we will start working.",
     "Quand la loi a été adoptée, nous commencerons à travailler.",
     "Quand la loi aura été adoptée, nous commencerons à travailler."),
    ("The moment we receive the documents, we will sign the agreement.",
     "À peine recevons les documents, nous signerons l’accord.",
     "Dès que nous recevrons les documents, nous signerons l’accord."),
    ("From the moment the law was adopted, the situation has improved.",
     "À peine la loi a été adoptée, la situation s’est améliorée.",
     "Dès que la loi a été adoptée, la situation s’est améliorée."),
    # After the future main clause: every such English clause present after a *will*.
    ("People will get these services when their passports expire.",
     "Les gens recevront ces services quand leurs passeports expirent.",
     "Les gens recevront ces services quand leurs passeports expireront."),
    ("We will sign the agreement as soon as the documents are ready.",
     "Nous signerons l’accord aussitôt que les documents sont prêts.",
     "Nous signerons l’accord aussitôt que les documents seront prêts."),
    ("We will help once again when they ask.",
     "Nous aiderons une fois de plus quand ils demandent.",
     "Nous aiderons une fois de plus quand ils demanderont."),
    # Guards: *when it comes to*; a time clause before the *will*; a past time clause, a
    # present main clause; "ouvre" (ouvrir or ouvrer) is left.
    ("It will be used, particularly when it comes to the motorway.",
     "Il sera utilisé, particulièrement lorsqu’il s’agit de l’autoroute.",
     "Il sera utilisé, particulièrement lorsqu’il s’agit de l’autoroute."),
    ("We talk when we meet, and we will decide.",
     "Nous parlons quand nous nous rencontrons, et nous déciderons.",
     "Nous parlons quand nous nous rencontrons, et nous déciderons."),
    ("When I arrived, we will talk.", "Quand je suis arrivé, nous parlerons.",
     "Quand je suis arrivé, nous parlerons."),
    ("When we meet, we always talk.", "Quand nous nous rencontrons, nous parlons toujours.",
     "Quand nous nous rencontrons, nous parlons toujours."),
    ("When the plant opens, we will hire workers.",
     "Quand l’usine ouvre, nous embaucherons des ouvriers.",
     "Quand l’usine ouvre, nous embaucherons des ouvriers."),
    ("He could hardly speak.", "À peine il pouvait parler.", "À peine il pouvait parler."),
])
def test_futures(source: str, text: str, want: str) -> None:
    assert futures([source], [text]) == [want]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")
def test_through_the_engine() -> None:
    out = translate_texts(["As soon as we receive the documents, we will sign the agreement.",
                           "By the time we arrived, the meeting had ended."],
                          ApertiumEngine(), "en", "fr")
    texts = [getattr(r, "text", r) for r in out]
    assert texts[0].startswith("Dès que nous recevrons les documents")
    assert texts[1].startswith("Quand nous sommes arrivés")
