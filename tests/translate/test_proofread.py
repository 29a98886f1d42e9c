"""The grammar checker's agreement fixes on machine French (Grammalecte, python3-grammalecte)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from daybook.translate import proofread as module
from daybook.translate.proofread import available, proofread

# CI installs python3-grammalecte (.ci/system-packages) and fails on any skip.
needs_grammalecte = pytest.mark.skipif(
    not available(), reason="Grammalecte is not installed (apt-get install python3-grammalecte)")


@needs_grammalecte
@pytest.mark.parametrize(("text", "fixed"), [
    # an attribute agreed with its subject after "être"
    ("Les conditions ont toujours été spécial.", "Les conditions ont toujours été spéciales."),
    ("Ces véhicules sont moins cher et plus sûrs.", "Ces véhicules sont moins chers et plus sûrs."),
    ("Les sujets du commerce étaient aussi abordé.",
     "Les sujets du commerce étaient aussi abordés."),
    ("Nous sommes tous bien conscient du fait que le délai est court.",
     "Nous sommes tous bien conscients du fait que le délai est court."),
    # an adjective agreed with the noun before it, or after an adverb
    ("Il a évoqué la question coréen, et les parties ont conclu un accord.",
     "Il a évoqué la question coréenne, et les parties ont conclu un accord."),
    ("Ils ont accompli des tâches organisationnel sérieuses.",
     "Ils ont accompli des tâches organisationnelles sérieuses."),
    ("Le secteur a joué un rôle de plus en plus éminente dans la région.",
     "Le secteur a joué un rôle de plus en plus éminent dans la région."),
    # "ce" before a vowel; a compound's hyphen
    ("Nous utiliserons ce argent pour les priorités.",
     "Nous utiliserons cet argent pour les priorités."),
    ("Il est connu bien au delà de notre pays.", "Il est connu bien au-delà de notre pays."),
    ("Le parti a a continué son travail.", "Le parti a continué son travail."),
])
def test_fixes(text: str, fixed: str) -> None:
    assert proofread(text) == fixed


@needs_grammalecte
@pytest.mark.parametrize("text", [
    # a second adjective is not agreed with a first that is wrong itself (only the first is)
    "Ces véhicules sont moins chers et plus sûrs.",
    # a noun after "être" keeps its number: the English gave it
    "Nos priorités sont santé, éducation et recherche.",
    # an adjective before its noun is the noun phrase's, not the attribute
    "En général, ce sont très bonnes conditions pour obtenir des résultats.",
    # the checker doubts the determiner too: which word is wrong is unknown
    "Le sport a reçu un essor pendant le Jeux olympiques d’hiver.",
    # after a determiner the word is the phrase's noun ("patients" is no adjective here)
    "La réhabilitation des patients chirurgie complexe suivante.",
    "Oh là là, quelle journée !",
    # "que" before "avoir" may be the conjunction, not the participle's object
    "Dans quelques domaines qu’ils ont entouré ce qu’on appelle les rebelles.",
    # "là" may be the adverb of place
    "Il serait logique de développer ce sport là.",
    # short quotations (titles) and capitalised words are left as written
    "Le forum « les projets spécial » a eu lieu.",
    "Le forum « Russie Appelle » a eu lieu.",
])
def test_leaves(text: str) -> None:
    assert proofread(text) == text


@needs_grammalecte
def test_speech_in_quotation_marks_is_proofread() -> None:
    text = "Il a dit : « Les conditions ont toujours été spécial, et nous le savons tous. »"
    assert proofread(text) == (
        "Il a dit : « Les conditions ont toujours été spéciales, et nous le savons tous. »")


@needs_grammalecte
def test_several_fixes_in_one_text() -> None:
    text = "Ces véhicules sont moins cher. Nous utiliserons ce argent."
    assert proofread(text) == "Ces véhicules sont moins chers. Nous utiliserons cet argent."


def test_without_grammalecte_the_french_is_kept(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    module._checker.cache_clear()
    monkeypatch.setitem(sys.modules, "grammalecte", None)  # import fails
    monkeypatch.setattr(module, "DEBIAN_SITE", tmp_path)
    try:
        assert not available()
        assert proofread("Les conditions ont toujours été spécial.") == (
            "Les conditions ont toujours été spécial.")
    finally:
        module._checker.cache_clear()
