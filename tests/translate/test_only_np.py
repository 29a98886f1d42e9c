"""*only* before a clause's subject as "seul" agreed with it (``only_np.py``): sentences made
up for the test; the French is what the engine writes for them."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.only_np import only_subjects
from daybook.translate.plural_subjects import plural_verbs
from daybook.translate.protect import translate_texts

pytestmark = pytest.mark.usefixtures("apertium_ok")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Only the law can decide.", "Seulement la loi peut décider.", "Seule la loi peut décider."),
    ("He said that only the citizens vote.", "Il a dit que seulement les citoyens votent.",
     "Il a dit que seuls les citoyens votent."),
    ("Only the regions will gain.", "Seulement les régions gagneront.",
     "Seules les régions gagneront."),
    ("Only the people of Peru can decide.", "Seulement le peuple du Pérou peuvent décider.",
     "Seul le peuple du Pérou peuvent décider."),
])
def test_only_before_a_subject_is_seul(source: str, french: str, want: str) -> None:
    assert only_subjects(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("He only said the words.", "Il a seulement dit les mots."),  # after a verb
    ("Not only the law but custom matters.", "Pas seulement la loi mais la coutume."),
])
def test_only_elsewhere_left(source: str, french: str) -> None:
    assert only_subjects(source, french) == french


def test_the_people_of_a_country_is_singular() -> None:
    # *the people of* a country: "le peuple", its verb in the singular across "du Pérou".
    assert plural_verbs(["The people of Peru are proud."], ["Le peuple du Pérou sont fiers."]) \
        == ["Le peuple du Pérou est fier."]
    # Guard: the people of a town as persons ("les gens"): a plural head stays.
    assert plural_verbs(["The people of Tver are proud."], ["Les gens de Tver sont fiers."]) \
        == ["Les gens de Tver sont fiers."]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["They stressed that only the people of Venezuela can decide."],
                          engine, "en", "fr")[0].text
    assert "que seul le peuple du Venezuela peut décider" in out
