"""*You* the Catalan pivot dropped (``pivot_you.py``) and *you would like to* in the pivot
(``postedit.pivot``). The English sentences are made up for these tests; the Catalan is
eng-cat's output for them (``apertium eng-cat``) unless marked, and the expected Catalan
written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.pivot_you import given_tu
from daybook.translate.postedit import pivot


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads words with Apertium's Catalan analyser (lt-proc)."""


@pytest.mark.parametrize(("source", "catalan", "want"), [
    # "preguntes" is also the noun (cat-fra: "Souvent questions sur")
    ("You often ask about state support funds.", "Sovint preguntes sobre fons de suport estatal.",
     "Tu preguntes sovint sobre fons de suport estatal."),
    # "tens" is also the adjective (cat-fra: "que tendu")
    ("I know that you have quite a few social projects.",
     "Sé que tens bastant uns quants projectes socials.",
     "Sé que tu tens bastant uns quants projectes socials."),
    # after a comma; "tractes" is also the noun (cat-fra: "marchés")
    ("Naturally, you deal with all kinds of issues.",
     "Naturalment, tractes totes classes d'assumptes.",
     "Naturalment, tu tractes totes classes d'assumptes."),
    # *you* after *that* read as an object ("t'", "et") before a third person: "vostè"
    ("I know that you have worked hard.", "Sé que t'ha treballat dur.",
     "Sé que vostè ha treballat dur."),
    ("I hope that you will remain devoted to your mission.",
     "Espero que et quedarà dedicat a la vostra missió.",
     "Espero que vostè quedarà dedicat a la vostra missió."),
    # a clitic glued to it: "te'm" (*you* ... *me*)
    ("I hope that you will tell me about it.", "Espero que te'm dirà sobre això.",
     "Espero que vostè em dirà sobre això."),
])
def test_given_tu(source: str, catalan: str, want: str) -> None:
    assert given_tu("cat-fra", [source], [catalan]) == [want]


@pytest.mark.parametrize(("source", "catalan"), [
    # the nouns after an article or a preposition
    ("We support the reforms.", "Recolzem les reformes."),
    ("You support the reforms and the measures.", "Tu recolzes les reformes i les mesures."),
    # a verb only after "que": cat-fra reads it, ``dropped_you`` gives its subject back
    ("I very much hope that you understand us.", "Molt espero que ens entens."),
    # *you* an object only: "persones" (also *you impersonate*) is the noun after a comma
    ("We need new people, so I ask you to accept.",
     "Necessitem persones noves, per tant pregunto te per acceptar."),
    # "seus" (also *you sit*) after an article, which is no clitic there
    ("I invite you to Gomel and his two brothers.",
     "Convido te a Gomel i els seus dos germans."),
    # the noun's plural before its adjective; after "i" (*and*)
    ("You must act, with units, special forces.",
     "Has d'actuar, amb unitats, forces especials."),
    ("You know the units and forces.", "Saps les unitats i forces."),
    # "pots" + an infinitive and the past "vas" + an infinitive: cat-fra reads them
    ("You can ask questions.", "Pots fer preguntes."),
    ("Could you clarify what you really meant?", "Pots aclarir el que realment vas voler dir?"),
    # *that you would like*: "tu voldries" (``postedit.pivot``); *that you are making*:
    # cat-fra says "que vous faites"
    ("The things that you would like to see.", "Les coses que t'agradaria veure."),
    ("The equipment that you are making.", "L'equip que t'està fent."),
    # an object: the English has no *that you*
    ("The decision that affects you is good.", "La decisió que t'afecta és bona."),
    # "tu" there already
    ("You, the diplomats, face tasks.", "Tu, els diplomàtics, faç tasques."),
    # *you* only as a preposition's object: the verbs are not the second person's
    ("This is for you.", "Això és per a tu."),
    # a quotation keeps its words
    ("“You know it,” she told her son.", "“Ho saps,” va dir al seu fill."),
    # more such verbs than *you*
    ("Naturally, deal with all issues, ask questions and you will see.",
     "Naturalment, tractes tots assumptes, preguntes preguntes i veuràs."),
])
def test_given_tu_left(source: str, catalan: str) -> None:
    assert given_tu("cat-fra", [source], [catalan]) == [catalan]


def test_given_tu_only_before_cat_fra() -> None:
    catalan = "Sovint preguntes sobre fons."
    assert given_tu("es-fr", ["You often ask about funds."], [catalan]) == [catalan]


@pytest.mark.parametrize(("catalan", "want"), [
    ("El que t'agradaria dibuixar la nostra atenció a.",
     "El que tu voldries dibuixar la nostra atenció a."),
    ("T'agradaria dir alguna cosa.", "Tu voldries dir alguna cosa."),
    # eng-cat's plural, agreed with the object (*you would like to note those issues*)
    ("O t'agradarien notar aquells assumptes.", "O tu voldries notar aquells assumptes."),
    # not before a comma: *if you would like*, no infinitive
    ("Si t'agradaria, podem conèixer.", "Si t'agradaria, podem conèixer."),
])
def test_you_would_like(catalan: str, want: str) -> None:
    assert pivot("cat-fra", [catalan]) == [want]
