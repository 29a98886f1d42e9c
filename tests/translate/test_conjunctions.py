"""*until / before / unless* + clause: "jusqu'à ce que", "avant que", "à moins que" + the
subjunctive (``conjunctions.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.conjunctions import conjunctions, english_clause
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The words are read by Apertium's analysers."""


def test_english_clause() -> None:
    assert english_clause("We wait until the agreements are executed.") == {
        "jusqu'à ce que": None}
    assert english_clause("They must act before we lose time.") == {
        "avant que": ("nous", "p1", "pl")}
    assert english_clause("We must act before we lose time.") == {
        "avant de": ("nous", "p1", "pl")}
    assert english_clause("We work until the end of the year.") == {}
    assert english_clause("We met before the talks.") == {}


@pytest.mark.parametrize(("source", "french", "want"), [
    ("He is acting governor until an elected governor takes office.",
     "Il est gouverneur suppléant jusqu'à un gouverneur élu prend ses fonctions.",
     "Il est gouverneur suppléant jusqu'à ce qu'un gouverneur élu prenne ses fonctions."),
    ("We wait until the agreements are executed.", "Nous attendons jusqu'aux accords sont "
     "exécutés.", "Nous attendons jusqu'à ce que les accords soient exécutés."),
    ("We will work until we achieve results.",
     "Nous travaillerons jusqu'à ce qu'obtenir des résultats.",
     "Nous travaillerons jusqu'à ce que nous obtenions des résultats."),
    ("We cannot grow unless we deal with this issue.",
     "Nous ne pouvons pas croître sauf que traiter cette question.",
     "Nous ne pouvons pas croître à moins que nous traitions cette question."),
    ("We must finish before the winter comes.", "Nous devons finir devant l'hiver vient.",
     "Nous devons finir avant que l'hiver vienne."),
    ("Do it before they come.", "Faites-le devant viennent.", "Faites-le avant qu'ils viennent."),
    ("It is not about that, although that is a major part.",
     "Ce n'est pas ça, même si que c'est une partie importante.",
     "Ce n'est pas ça, même si c'est une partie importante."),
    # the same subject as the sentence's: "avant de" + the infinitive
    ("I want to meet you before I meet my colleagues.",
     "Je veux vous connaître devant je connais mes collègues.",
     "Je veux vous connaître avant de connaître mes collègues."),
    ("I want you to finish before we leave.", "Je veux que vous finissiez devant laissons.",
     "Je veux que vous finissiez avant que nous laissions."),
    # the indicative conjunctions: the verb kept, the dropped subject given back
    ("After we signed the agreement, we started.", "Après avons signé l'accord, nous avons "
     "commencé.", "Après que nous avons signé l'accord, nous avons commencé."),
    ("As soon as the agreement is signed, we start.", "À peine l'accord est signé, nous "
     "commençons.", "Dès que l'accord est signé, nous commençons."),
    ("Once we finish the work, we go home.", "Une fois nous finissons le travail, nous "
     "rentrons.", "Une fois que nous finissons le travail, nous rentrons."),
    ("We meet before the New Year.", "Nous nous retrouvons devant la nouvelle année.",
     "Nous nous retrouvons avant la nouvelle année."),
    ("The funds will reach them before the year's end.", "Les fonds les atteindront devant "
     "la fin de l'année.", "Les fonds les atteindront avant la fin de l'année."),
    ("There is one problem, though, namely schools.",
     "Il y a un problème, bien que, c'est-à-dire, les écoles.",
     "Il y a un problème, cependant, c'est-à-dire, les écoles."),
    # *since* + a past or perfect clause: "depuis que"; + a present: "puisque"
    ("Since we met last year, trade has grown.", "Depuis nous avons rencontré l'année "
     "dernière, le commerce a augmenté.", "Depuis que nous avons rencontré l'année "
     "dernière, le commerce a augmenté."),
    ("Since the talks began in May, trade grew.", "Depuis les discussions ont commencé en "
     "mai, le commerce a augmenté.", "Depuis que les discussions ont commencé en mai, le "
     "commerce a augmenté."),
    ("Since we know this, we act.", "Depuis nous savons ça, nous agissons.",
     "Puisque nous savons ça, nous agissons."),
    ("It helps, since it has his approval.", "Il aide, depuis a son approbation.",
     "Il aide, puisqu'il a son approbation."),
    ("The bridge was used since it was opened.", "Le pont a été utilisé depuis lui a été "
     "ouvert.", "Le pont a été utilisé depuis qu'il a été ouvert."),
    # *whether* "si"
    ("We do not know whether they will come.", "Nous ne savons pas tellement de s'ils "
     "viendront.", "Nous ne savons pas s'ils viendront."),
    ("Whether we like it or not, it is so.", "Tellement de si nous aimons, c'est ainsi.",
     "Si nous aimons, c'est ainsi."),
    # *even though* "même si" + the indicative, the dropped subject given back
    ("Even though we disagree, we must work together.", "Même bien que diverger, nous "
     "devons travailler ensemble.", "Même si nous divergeons, nous devons travailler "
     "ensemble."),
    ("Even though the prices have fallen, demand is weak.", "Même bien que les prix sont "
     "tombés, la demande est faible.", "Même si les prix sont tombés, la demande est "
     "faible."),
    # *provided (that)* "à condition que" + the subjunctive
    ("We will sign provided that they fulfil their obligations.", "Nous signerons avec la "
     "condition qui accomplissent leurs obligations.", "Nous signerons à condition qu'ils "
     "accomplissent leurs obligations."),
    ("We will sign provided the parliament approves it.", "Nous signerons a fourni le "
     "parlement l'approuve.", "Nous signerons à condition que le parlement l'approuve."),
])
def test_conjunctions(source: str, french: str, want: str) -> None:
    assert conjunctions([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("We work until the end of the year.", "Nous travaillons jusqu'à la fin de l'année."),
    ("He spoke before Parliament.", "Il a parlé devant le parlement."),
    ("The programme runs until 2033.", "Le programme court jusqu'à 2033."),
    ("He stood before the monument.", "Il se tenait devant le monument."),
    # a second noun phrase after *after*'s: no clause
    ("After the talks the President said it.", "Après les discussions le Président l'a dit."),
    ("We met once again.", "Nous nous sommes rencontrés une fois de plus."),
    # a clause of the noun phrase's own (*the election when I was elected*)
    ("It took place after the election when I was elected.",
     "Il a eu lieu après l'élection quand j'ai été élu."),
    ("We agreed, though we wanted more.", "Nous avons convenu, bien que nous voulions plus."),
    # the tasks set before it: *before* + a pronoun object, no verb after
    ("The tasks set before it are hard.", "Les tâches mises devant lui sont dures."),
    # *since* + a date, *provided* as a verb, *so much* without *whether*
    ("Since January prices have risen.", "Depuis des prix de janvier sont montés."),
    ("Since 2015 we have worked together.", "Depuis 2015 nous avons travaillé ensemble."),
    ("He provided the funds that we needed.", "Il a fourni le fonds dont nous avons eu "
     "besoin."),
    ("We have so much of it.", "Nous avons tellement de ça."),
])
def test_conjunctions_left(source: str, french: str) -> None:
    assert conjunctions([source], [french]) == [french]


def test_through_apertium(engine: ApertiumEngine) -> None:
    texts = ["The EU does not have to wait until the Minsk agreements are fully executed."]
    out = translate_texts(texts, engine, "en", "fr")[0].text
    assert "jusqu'à ce que les accords de Minsk soient" in out.replace("’", "'")
