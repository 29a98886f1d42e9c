"""*provide* someone *with* something (``provide_with.py``): "fournir des investisseurs avec
une occasion" -> "fournir aux investisseurs une occasion". The French is what the engine
writes for such sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.provide_with import provide_with


@pytest.mark.parametrize(("source", "french", "want"), [
    ("These meetings also provide investors with an excellent opportunity to assess it.",
     "Ces rencontres fournissent aussi des investisseurs avec une occasion excellente de "
     "l'apprécier.",
     "Ces rencontres fournissent aussi aux investisseurs une occasion excellente de "
     "l'apprécier."),
    ("The current forum provides participants with favourable opportunities.",
     "Le forum actuel fournit des participants avec des possibilités favorables.",
     "Le forum actuel fournit aux participants des possibilités favorables."),
    ("You provide a wide range of users with access to a resource.",
     "Vous fournissez un large éventail d'utilisateurs avec accès à une ressource.",
     "Vous fournissez à un large éventail d'utilisateurs un accès à une ressource."),
    ("The company provided the hospital with new equipment.",
     "L'entreprise a fourni l'hôpital avec nouvel équipement.",
     "L'entreprise a fourni à l'hôpital un nouvel équipement."),
    ("We must provide our armed forces with modern weapons.",
     "Nous devons fournir nos forces armées avec des armes modernes.",
     "Nous devons fournir à nos forces armées des armes modernes."),
    ("The company has provided schools with new computers.",
     "L'entreprise a fourni des écoles avec de nouveaux ordinateurs.",
     "L'entreprise a fourni aux écoles de nouveaux ordinateurs."),
    # an object pronoun: "leur", "vous"
    ("We are considering how to provide you with comprehensive support.",
     "Nous considérons comment vous fournir avec soutien global.",
     "Nous considérons comment vous fournir un soutien global."),
    ("They provide them with housing.",
     "Ils les fournissent avec logement.",
     "Ils leur fournissent un logement."),
    # "fonds" is both numbers: the English's; a list of persons (a comma): left
    ("The state will provide the regions with additional funds.",
     "L'État fournira les régions avec fonds additionnel.",
     "L'État fournira aux régions des fonds additionnel."),
    ("They provide heads of regions, experts and business with an opportunity.",
     "Elles fournissent des chefs de régions, experts et entreprises avec une occasion.",
     "Elles fournissent des chefs de régions, experts et entreprises avec une occasion."),
    # *provide for*, and "with" of another verb: left
    ("The law provides for cooperation with our partners.",
     "La loi fournit pour la coopération avec nos partenaires.",
     "La loi fournit pour la coopération avec nos partenaires."),
    ("The support provided to the regions with the help of the state was large.",
     "Le soutien fourni aux régions avec l'aide de l'État était grand.",
     "Le soutien fourni aux régions avec l'aide de l'État était grand."),
])
def test_provide_with(source: str, french: str, want: str) -> None:
    assert provide_with(source, french) == want
