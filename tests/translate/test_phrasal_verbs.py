"""Phrasal verbs whose particle the pivot says word for word (``phrasal_verbs.py``). The
English sentences are of the site's kind; the French is what the engine writes for such
sentences, the expected French written by hand from Robert & Collins."""

from __future__ import annotations

import pytest

from daybook.translate.phrasal_verbs import phrasal_verbs


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The first five trucks rolled off the assembly line on 16 February.",
     "Les cinq premiers camions roulés dehors la ligne d’assemblée le 16 février.",
     "Les cinq premiers camions sortis de la ligne d’assemblée le 16 février."),
    ("Preparations went off as planned.",
     "Les préparations sont allées dehors comme prévu.",
     "Les préparations se sont déroulées comme prévu."),
    ("showing off their sporting talent", "en montrant dehors leur talent sportif",
     "en montrant leur talent sportif"),
    ("cutting off their financing", "en coupant dehors leur financement",
     "en coupant leur financement"),
    ("eliminating or smoothing out differences", "éliminer ou radoucir en dehors des différences",
     "éliminer ou aplanir les différences"),
    ("mapping out a cargo transit route", "cartographier en dehors d’une route de transit",
     "tracer une route de transit"),
    ("The convention sets out strict requirements.",
     "La convention pose en dehors de conditions strictes.",
     "La convention énonce des conditions strictes."),
    ("inflation would settle down, and", "cette inflation résoudrait bas, et",
     "cette inflation se stabiliserait, et"),
    ("We will do our best not to let you down.", "Nous ferons de notre mieux pour ne pas vous "
     "laisser bas.", "Nous ferons de notre mieux pour ne pas vous décevoir."),
    # a bare English verb: the pivot's third person present is the infinitive
    ("efforts to reduce black market activity, crack down on corruption",
     "efforts pour réduire l’activité de marché noir, crevasse bas en corruption",
     "efforts pour réduire l’activité de marché noir, sévir contre la corruption"),
    # the verb the pivot writes for *crack* as a verb ("fêler"), the noun's being "craquer"
    ("reduce black market activity, crack down on corruption, and",
     "réduire l’activité de marché noir, fêler bas en corruption, et",
     "réduire l’activité de marché noir, sévir contre la corruption, et"),
    # the object between verb and particle
    ("They paid the money out last year.", "Ils ont payé dehors l’argent l’an dernier.",
     "Ils ont versé l’argent l’an dernier."),
])
def test_phrasal_verbs(source: str, french: str, want: str) -> None:
    assert phrasal_verbs(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *outside*, not a phrasal verb: "en dehors de" stays
    ("They met outside Russia.", "Ils se sont rencontrés en dehors de la Russie."),
    # the English has no phrasal verb: "bas" is the adjective
    ("Prices are low and rolled back.", "Les prix sont bas et roulés en arrière."),
    # *the year is out*: "être" is not in the table
    ("before the year is out", "avant que l’année soit dehors"),
    # a reflexive after "avoir" is left: "s'est" is beyond a form change
    ("inflation has settled down", "l’inflation a résolu bas"),
])
def test_left(source: str, french: str) -> None:
    assert phrasal_verbs(source, french) == french
