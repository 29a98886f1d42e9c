"""*joint* as French says it (``joint.py``): after its noun and agreed with it, "mixte" in
a *joint commission*, "coentreprise"; where the English has *joint* and the French a noun
after it, and not elsewhere. The English sentences are made up for these tests; the French
is what the engine writes for such sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.joint import joint


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads genders and numbers with Apertium's French dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("They built a joint school.", "Ils ont bâti une junte école.",
     "Ils ont bâti une école commune."),
    ("We opened joint laboratories.", "Nous avons ouvert des jointes laboratoires.",
     "Nous avons ouvert des laboratoires communs."),
    ("Joint ventures make cars.", "Les aventures en commun font des voitures.",
     "Les coentreprises font des voitures."),
    ("We adopted three new joint reports.", "Nous avons adopté trois junte nouveaux rapports.",
     "Nous avons adopté trois rapports communs nouveaux."),
    ("They opened the joint annual meeting.", "Ils ont ouvert la réunion annuelle de la junte.",
     "Ils ont ouvert la réunion annuelle commune."),
    ("This was our joint victory.", "C'était notre victoire de jointe.",
     "C'était notre victoire commune."),
    ("She spoke at the joint plenary session.", "Elle a parlé à la séance plénière jointe.",
     "Elle a parlé à la séance plénière commune."),
    ("The joint commission met in Baku.", "La commission en commun s'est réunie à Bakou.",
     "La commission mixte s'est réunie à Bakou."),
])
def test_joint(source: str, french: str, want: str) -> None:
    assert joint(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("The joint hurts.", "La junte fait mal."),  # no noun after it
    ("We ask them to host joint meetings.", "Nous leur demandons à junte hôte rencontres."),
    ("He joined the junta.", "Il a rejoint la junte militaire."),  # no *joint*
    ("The junta ended joint drills.", "La fin de la junte"),  # the English has *junta*
    ("He joined the joint team.", "Il a joint la séance plénière jointe."),  # *joined*
    ("The joint team met.", "Il a joint la réunion."),  # a determiner after it
    ("Our joint plan", "Les junte très nouveaux"),  # an adverb, not a noun, after it
])
def test_left_alone(source: str, french: str) -> None:
    assert joint(source, french) == french
