"""Adjectives chosen by the noun they qualify (``adjective_heads.py``): *close* ties
"étroits", *current issues* "questions d'actualité", *external* relations "extérieures",
*further* development "la poursuite du développement". The French is what the engine writes
for such sentences (before agreement), the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.adjective_heads import (
    adjective_heads,
    certain,
    close,
    current_issues,
    external,
    further,
    kind,
    special,
)


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Mr Xi Jinping and I maintain close contact.",
     "M. Xi Jinping et moi maintenons du contact proche.",
     "M. Xi Jinping et moi maintenons du contact étroit."),
    ("President Putin and I have established close working relations.",
     "Le président Poutine et moi avons établi des relations de travail proche.",
     "Le président Poutine et moi avons établi des relations de travail étroites."),
    ("Russia and Iran have had close humanitarian ties from time immemorial.",
     "La Russie et l'Iran ont eu des liens humanitaires proches de temps immémoriaux.",
     "La Russie et l'Iran ont eu des liens humanitaires étroits de temps immémoriaux."),
    ("to maintaining their close coordination in the international arena",
     "au maintien de leur coordination proche sur la scène internationale",
     "au maintien de leur coordination étroite sur la scène internationale"),
    # *close to*: "proche de" stays; a near place is no relation
    ("Our positions are close to those of China, and we maintain close ties.",
     "Nos positions sont proches de celles de la Chine, et nous maintenons des liens proches.",
     "Nos positions sont proches de celles de la Chine, et nous maintenons des liens étroits."),
    ("We have close ties with the neighbouring countries.",
     "Nous avons des liens étroits avec les pays proches.",
     "Nous avons des liens étroits avec les pays proches."),
])
def test_close(source: str, french: str, want: str) -> None:
    assert close(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The participants discussed the current issues concerning the activities of the Union.",
     "Les participants ont parlé des questions actuelles par rapport aux activités de l'Union.",
     "Les participants ont parlé des questions d'actualité par rapport aux activités de "
     "l'Union."),
    ("its constructive role in addressing current regional and international issues.",
     "son rôle constructif à traiter des questions régionales et internationales actuelles.",
     "son rôle constructif à traiter des questions régionales et internationales "
     "d'actualité."),
    ("to discuss current bilateral issues.",
     "pour parler du actuel questions bilatéraux.",
     "pour parler du questions bilatéraux d'actualité."),
    # a current situation stays "actuelle"; "questions d'intégration" is no adjective
    ("They discussed the current situation and current integration issues.",
     "Ils ont parlé de la situation actuelle et des questions d'intégration actuelles.",
     "Ils ont parlé de la situation actuelle et des questions d'intégration actuelles."),
    ("In the current conditions, the questions remain.",
     "Dans les conditions actuelles, les questions restent.",
     "Dans les conditions actuelles, les questions restent."),
])
def test_current_issues(source: str, french: str, want: str) -> None:
    assert current_issues(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("to expand the external relations of the Eurasian Economic Union",
     "étendre les relations externes de l'Union économique eurasiatique",
     "étendre les relations extérieures de l'Union économique eurasiatique"),
    ("with serious external influence and imposed sanctions",
     "avec influence externe sérieuse et les sanctions imposées",
     "avec influence extérieure sérieuse et les sanctions imposées"),
    ("Russia's external debt and external trade fell.",
     "La dette externe et le commerce externe de la Russie ont baissé.",
     "La dette extérieure et le commerce extérieur de la Russie ont baissé."),
    # an external audit stays "externe"
    ("An external audit was ordered.",
     "Un audit externe a été ordonné.",
     "Un audit externe a été ordonné."),
])
def test_external(source: str, french: str, want: str) -> None:
    assert external(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("There are also issues that require our special focus.",
     "Il y a aussi des questions qui requièrent notre attention spéciale.",
     "Il y a aussi des questions qui requièrent notre attention particulière."),
    ("Special attention was paid to the regional aspects.",
     "L'attention spéciale a été accordée aux aspects régionaux.",
     "L'attention particulière a été accordée aux aspects régionaux."),
    ("We place special emphasis on compliance with the Convention.",
     "Nous plaçons de l'accent spécial sur la conformité avec la convention.",
     "Nous plaçons de l'accent particulier sur la conformité avec la convention."),
    # special forces, a special status: "spécial"
    ("Special forces have a special status.",
     "Les forces spéciales ont un statut spécial.",
     "Les forces spéciales ont un statut spécial."),
])
def test_special(source: str, french: str, want: str) -> None:
    assert special(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Thank you very much for your kind invitation.",
     "Merci beaucoup pour votre invitation gentille.",
     "Merci beaucoup pour votre aimable invitation."),
    ("The kind words you said about our project.",
     "Les mots gentils que vous avez dits sur notre projet.",
     "Les mots aimables que vous avez dits sur notre projet."),
    # a kind person stays "gentil"
    ("She is a kind woman.", "C'est une femme gentille.", "C'est une femme gentille."),
])
def test_kind(source: str, french: str, want: str) -> None:
    assert kind(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We are committed to the further development of political dialogue.",
     "Nous sommes attachés au développement ultérieur de dialogue politique.",
     "Nous sommes attachés à la poursuite du développement de dialogue politique."),
    ("The further implementation of plans in energy was stressed.",
     "La mise en œuvre ultérieure de plans en énergie a été soulignée.",
     "La poursuite de la mise en œuvre de plans en énergie a été soulignée."),
    ("The Governor also spoke about the further development of agriculture.",
     "Le gouverneur a aussi parlé du développement ultérieur d'agriculture.",
     "Le gouverneur a aussi parlé de la poursuite du développement d'agriculture."),
    ("further integration of the two economies",
     "l'intégration ultérieure des deux économies",
     "la poursuite de l'intégration des deux économies"),
    # *further escalation* is no process carried on; no "de" after: left
    ("the importance of preventing further escalation",
     "l'importance de la prévention de l'augmentation ultérieure",
     "l'importance de la prévention de l'augmentation ultérieure"),
    ("This opens the way to further development.",
     "Cela ouvre la voie au développement ultérieur.",
     "Cela ouvre la voie au développement ultérieur."),
])
def test_further(source: str, french: str, want: str) -> None:
    assert further(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("as well as certain aspects of bilateral relations.",
     "ainsi qu'aspects sûrs de relations bilatérales.",
     "ainsi que certains aspects de relations bilatérales."),
    ("Designated safety barriers also produce a certain effect.",
     "Les barrières désignées produisent aussi un effet sûr.",
     "Les barrières désignées produisent aussi un certain effet."),
    ("There are certain ideas on how to improve these efforts.",
     "Il y a idées sûres sur la façon d'améliorer ces efforts.",
     "Il y a certaines idées sur la façon d'améliorer ces efforts."),
    ("the special status of certain areas of the Donetsk region",
     "le statut spécial de domaines sûrs de la région de Donetsk",
     "le statut spécial de certains domaines de la région de Donetsk"),
    # *be certain*: a copula before "sûr"; *safe* in the English: which "sûr" is unknown
    ("We are certain of success and certain areas will grow.",
     "Nous sommes sûrs du succès et les domaines sûrs grandiront.",
     "Nous sommes sûrs du succès et certains domaines grandiront."),
    ("This is a safe place, and certain people know it.",
     "C'est un endroit sûr, et les personnes sûres le connaissent.",
     "C'est un endroit sûr, et les personnes sûres le connaissent."),
    ("I am certain that we will succeed.",
     "Je suis sûr que nous réussirons.",
     "Je suis sûr que nous réussirons."),
])
def test_certain(source: str, french: str, want: str) -> None:
    assert certain(source, french) == want


def test_adjective_heads_untouched_without_english() -> None:
    french = "Nous avons des liens proches et des relations externes."
    assert adjective_heads("We have near links and outside relations.", french) == french
