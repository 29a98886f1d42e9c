""""de" and "à" said again before each infinitive of a list (``infinitive_preps.py``). The
English sentences are the digest's or made up for these tests; the French is modelled on
the engine's output for them, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.infinitive_preps import repeat_infinitive_preps


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads words with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # *to V ... and V*: "de" again, elided before a vowel
    ("The plan for Saturday morning is to concentrate the required resources in Chita and "
     "step up firefighting efforts from the air.",
     "Le plan pour le matin de samedi est de concentrer les ressources requises à Tchita et "
     "intensifier les efforts de l’air.",
     "Le plan pour le matin de samedi est de concentrer les ressources requises à Tchita et "
     "d’intensifier les efforts de l’air."),
    # "à" after an aspect verb, two members
    ("We will continue to strengthen the country’s defence capability, and develop and "
     "improve the Armed Forces.",
     "Nous continuerons à renforcer la capacité de défense du pays, et développer et "
     "améliorer les Forces armées.",
     "Nous continuerons à renforcer la capacité de défense du pays, et à développer et à "
     "améliorer les Forces armées."),
    # a member with its clitic: the preposition before the clitic
    ("The main goal was to meet you and wish you a happy New Year.",
     "Le but principal était de vous rencontrer et vous souhaiter une bonne année.",
     "Le but principal était de vous rencontrer et de vous souhaiter une bonne année."),
    # a comma list, *and* closing it
    ("It is our duty to honour the memory of the heroes, treasure the truth, and care for "
     "our veterans.",
     "C’est notre devoir d’honorer la mémoire des héros, chérir la vérité, et se soucier "
     "de nos vétérans.",
     "C’est notre devoir d’honorer la mémoire des héros, de chérir la vérité, et de se "
     "soucier de nos vétérans."),
])
def test_repeated(source: str, french: str, want: str) -> None:
    assert repeat_infinitive_preps([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *hope* is the finite verb of *We are looking forward to deepening*, not *to*'s member
    ("We are looking forward to further deepening these contacts and hope that new links "
     "will be formed.",
     "Nous attendons avec impatience de continuer à approfondir ces contacts et attendre que "
     "les nouveaux liens soient formés."),
    # the list is the modal's (*must cut ..., identify*), not the noun's *attempts to*
    ("You must cut short all attempts to infiltrate our territory, identify and eliminate "
     "channels for drug trafficking.",
     "Vous devez couper toutes les tentatives d’infiltrer notre territoire, identifier et "
     "éliminer des canaux pour le trafic de drogue."),
    # no *to* + a bare verb in the English (*help them find*)
    ("We must help them find their families and create lists of those who were evacuated.",
     "Nous devons les aider à trouver leurs familles et créer des listes de ceux qui ont "
     "été évacués."),
    # "pour" governs its own list, and the member already has its "de"
    ("I want to point out your efforts to create and improve the network.",
     "Je veux souligner vos efforts pour créer et améliorer le réseau."),
    ("The aim is to develop trade and to expand ties.",
     "Le but est de développer le commerce et d’étendre les liens."),
    # *to* + a proper noun is no verb
    ("If Ukraine begins issuing passports to Russian citizens and we issue passports and "
     "grant citizenship to Ukrainians.",
     "Si l’Ukraine commence à délivrer des passeports aux citoyens russes et nous délivrons "
     "des passeports et accorder la citoyenneté aux Ukrainiens."),
])
def test_left(source: str, french: str) -> None:
    assert repeat_infinitive_preps([source], [french]) == [french]
