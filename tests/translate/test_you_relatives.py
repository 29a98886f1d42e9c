"""*you* as a relative's or an object clause's subject, "que vous" and its verb
(``you_relatives.py``). Constructed English sentences; the French is the shape the engine
writes (checked with it) and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.you_relatives import you_relatives


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads and generates forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # *that you* read as a subject relative with "vous" its object
    ("The equipment that you are making is good.",
     "L'équipement qui vous fait est bon.",
     "L'équipement que vous faites est bon."),
    ("We thank the envoy that you sent.",
     "Nous remercions l'envoyé qui vous a envoyé.",
     "Nous remercions l'envoyé que vous avez envoyé."),
    ("I thank you for the message that you sent.",
     "Je vous remercie pour le message cela vous a envoyé.",
     "Je vous remercie pour le message que vous avez envoyé."),
    # *that* a conjunction after a noun: the same French
    ("I express my hope that you will continue this work.",
     "J'exprime mon espoir qui vous continuera ce travail.",
     "J'exprime mon espoir que vous continuerez ce travail."),
    # a contact relative: no *that*, no "que"
    ("I realise the military advantage you have gained.",
     "Je comprends l'avantage militaire vous a obtenu.",
     "Je comprends l'avantage militaire que vous avez obtenu."),
    # *tu*'s auxiliary with no pronoun after the head
    ("You serve the cause you have devoted your life to.",
     "Vous servez la cause as consacré votre vie.",
     "Vous servez la cause que vous avez consacré votre vie."),
    # a relative after a preposition keeps its pronoun: only the verb
    ("We discussed the issues about which you spoke.",
     "Nous avons parlé des questions sur lesquelles vous a parlé.",
     "Nous avons parlé des questions sur lesquelles vous avez parlé."),
])
def test_you_subject_relatives(source: str, french: str, want: str) -> None:
    assert you_relatives([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *you* the object of a subject relative: "qui vous préoccupent" is right
    ("I would like to point out the issues that concern you.",
     "Je voudrais remarquer les questions qui vous préoccupent."),
    # a noun subject and "vous" its object: no relative
    ("The minister told you the country is ready.",
     "Le ministre vous a dit que le pays est prêt."),
    # more French places than English *that you*: which one is not known
    ("The issues that concern you and the work that you do are important.",
     "Les questions qui vous préoccupent et le travail qui vous fait sont importants."),
    # *tu*'s "as" with no English *you* after a noun ("as" the noun *ace* too)
    ("The players have won the title as champions.",
     "Les joueurs ont gagné le titre as gagné champions."),
    # "vous" with its own verb already
    ("The work that you are doing is important.",
     "Le travail que vous faites est important."),
])
def test_you_relatives_guards(source: str, french: str) -> None:
    assert you_relatives([source], [french]) == [french]
