"""*She* is "elle" where the pivot wrote "il" (``she_subjects.py``); impersonal "il", a
sentence with *he* or *it*, more "il" than *she* stay."""

from __future__ import annotations

import pytest

from daybook.translate.agreement import agree
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.she_subjects import she


@pytest.mark.parametrize(("source", "french", "want"), [
    ("She passed away on November 24 at the age of 83.",
     "Il est décédé le 24 novembre à l'âge de 83.",
     "Elle est décédée le 24 novembre à l'âge de 83."),
    ("She said that the project was ready.", "Il a dit que le projet était prêt.",
     "Elle a dit que le projet était prêt."),
    ("She said that she was ready.", "Il a dit qu'il était prêt.",
     "Elle a dit qu'elle était prête."),
    ("She is a talented teacher and she has won many awards.",
     "C'est une maîtresse talentueuse et il a remporté beaucoup de prix.",
     "C'est une maîtresse talentueuse et elle a remporté beaucoup de prix."),
    ("I do not know if she will come.", "Je ne sais pas s'il viendra.",
     "Je ne sais pas si elle viendra."),
    ("Did she say anything?", "A-t-il dit quelque chose ?", "A-t-elle dit quelque chose ?"),
    # an impersonal "il" beside the one of *she*
    ("She asked whether there is a need to change the law.",
     "Il a demandé s'il y a un besoin de changer la loi.",
     "Elle a demandé s'il y a un besoin de changer la loi."),
    ("She knows that we must act.", "Il sait qu'il faut agir.", "Elle sait qu'il faut agir."),
])
def test_she_is_elle(source: str, french: str, want: str) -> None:
    assert agree(she(source, french)) == want


@pytest.mark.parametrize(("source", "french"), [
    # *he* or *it*: the pivot's "il" for them too, no telling which is which
    ("She believes it is important to continue.", "Il croit qu'il est important de continuer."),
    ("He said she was right.", "Il a dit qu'il avait raison."),
    # *that* as a subject, said "il" too
    ("However, to make sure that did not look absurd, they sentenced her to show that she "
     "was guilty.", "Pourtant, pour assurer qu'il n'a pas regardé absurde, ils lui ont "
     "condamné pour montrer que c'était coupable."),
    # no *she*
    ("He passed away at the age of 90.", "Il est décédé à l'âge de 90."),
    ("There is a lot to do.", "Il y a beaucoup à faire."),
    # more "il" than *she*: one is not hers
    ("She noted the problems that arise.", "Il a noté les problèmes qu'il surgit."),
    # impersonal only
    ("She is ready, and there is time.", "C'est prête, et il y a du temps."),
    ("As she said, we must act now.", "Comme elle a dit, il est important d'agir maintenant."),
])
def test_il_stays(source: str, french: str) -> None:
    assert she(source, french) == french


def test_through_the_engine(engine: ApertiumEngine, apertium_ok: bool) -> None:
    out = translate_texts(["She passed away on November 24.", "She was born in 1939."],
                          engine, "en", "fr")
    assert out[0].text.startswith("Elle est décédée")
    assert out[1].text.startswith("Elle est née")
