"""The preposition a French word governs (``government.py``): *interest in* "intérêt
pour", *increase in* "augmentation de", *demand for* "demande de", *involved in* "impliqué
dans", *preparations for* "préparatifs de" ..., each where the English has the construction,
and through the engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.government import government
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It promotes the revival of interest in our cinema.",
     "Il promeut la renaissance d'intérêt dans notre cinéma.",
     "Il promeut la renaissance d'intérêt pour notre cinéma."),
    ("There is mutual interest in the Russian world.",
     "Il y a un intérêt mutuel dans le monde russe.",
     "Il y a un intérêt mutuel pour le monde russe."),
    ("The increase in the number of tourists is large.",
     "L'augmentation dans le nombre des touristes est grande.",
     "L'augmentation du nombre des touristes est grande."),
    ("The increase in revenue is from gas.", "L'augmentation dans des revenus est de gaz.",
     "L'augmentation des revenus est de gaz."),
    ("He noted growth in industrial production.",
     "Il a noté la croissance en production industrielle.",
     "Il a noté la croissance de la production industrielle."),
    ("We meet the demand for energy.", "Nous répondons à la demande pour énergie.",
     "Nous répondons à la demande d'énergie."),
    ("The demand for electricity and coal is high.",
     "La demande pour l'électricité et le charbon est haute.",
     "La demande d'électricité et de charbon est haute."),
    ("The demand for coal and electricity is high.",
     "La demande pour électricité et charbon est haute.",
     "La demande d'électricité et de charbon est haute."),
    ("They stressed the need for comprehensive plans to address the issues.",
     "Ils ont souligné le besoin pour des plans globaux pour traiter les questions.",
     "Ils ont souligné le besoin de plans globaux pour traiter les questions."),
    ("Participation in it will testify to high recognition.",
     "La participation témoignera à la reconnaissance.",
     "La participation témoignera de la reconnaissance."),
    ("It testifies to the success of the festival.", "Il témoigne au succès du festival.",
     "Il témoigne du succès du festival."),
    ("Regions are actively involved in bilateral cooperation.",
     "Les régions sont activement impliquées en coopération bilatérale.",
     "Les régions sont activement impliquées dans la coopération bilatérale."),
    ("We are engaged in active work.", "Nous sommes engagés en travail actif.",
     "Nous sommes engagés dans le travail actif."),
    ("Its equal participation in global science and culture.",
     "Sa participation égale en science mondiale et la culture.",
     "Sa participation égale à la science mondiale et à la culture."),
    ("It embodied confidence in the future.", "Il incarnait la confiance à l'avenir.",
     "Il incarnait la confiance dans l'avenir."),
    ("the problems associated with the threat", "les problèmes associés avec la menace",
     "les problèmes associés à la menace"),
    ("Sergei Antonov’s career is linked with the development of fishing.",
     "La course de Sergueï Antonov est raccordée avec le développement de la pêche.",
     "La course de Sergueï Antonov est liée au développement de la pêche."),
    ("This is linked with the diesel scandal.", "C'est raccorder avec le scandale du gasoil.",
     "C'est lié au scandale du gasoil."),
    ("positive and favourable conditions for further development",
     "des conditions positives et favorables pour le développement ultérieur",
     "des conditions positives et favorables au développement ultérieur"),
    ("favourable opportunities for professional communication",
     "des possibilités favorables pour communication professionnelle",
     "des possibilités favorables à la communication professionnelle"),
    ("loyalty to one’s clan", "la loyauté à clan", "la loyauté envers le clan"),
    ("strict compliance with the norms of international law",
     "conformité stricte avec les normes du droit international",
     "conformité stricte aux normes du droit international"),
    ("We should stay close to the client", "Nous devrions rester proches au client",
     "Nous devrions rester proches du client"),
    ("it employs experts in children’s literature.",
     "il emploie des experts dans la littérature des enfants.",
     "il emploie des experts en littérature des enfants."),
    ("Easter days, filled with kindness", "jours de Pâques, remplis avec bonté",
     "jours de Pâques, remplis de bonté"),
    ("a hall filled with flowers", "une salle remplie avec des fleurs",
     "une salle remplie de fleurs"),
    ("a hall filled with the memories of war", "une salle remplie avec les souvenirs de guerre",
     "une salle remplie des souvenirs de guerre"),
    ("What we need is a commitment to dialogue from all.",
     "Ce dont nous avons besoin est un engagement à dialogue de tous.",
     "Ce dont nous avons besoin est un engagement en faveur du dialogue de tous."),
    ("our commitment to the development of our dialogue",
     "notre engagement au développement de notre dialogue",
     "notre engagement en faveur du développement de notre dialogue"),
    ("our sincere gratitude for the defence of peace", "notre reconnaissance sincère par la "
     "défense de la paix", "notre reconnaissance sincère pour la défense de la paix"),
    ("They focused on the preparations for the summit.",
     "Ils se sont concentrés sur les préparations pour le sommet.",
     "Ils se sont concentrés sur les préparatifs du sommet."),
    ("in the context of preparations for a meeting", "dans le contexte des préparations pour "
     "une rencontre", "dans le contexte des préparatifs d'une rencontre"),
    # *care for* as a noun: "le souci de", "de" said again before the second noun
    ("Their care for the forest and rivers is known.",
     "Leur soin pour la forêt et les rivières est connu.",
     "Leur souci de la forêt et des rivières est connu."),
    ("the care for children", "le soin pour les enfants", "le souci des enfants"),
    ("Exports to Asian countries grew.", "Les exportations aux pays asiatiques ont augmenté.",
     "Les exportations vers les pays asiatiques ont augmenté."),
    ("exports to a new market", "des exportations à un nouveau marché",
     "des exportations vers un nouveau marché"),
    ("They made a real contribution to building the bridge.",
     "Ils ont apporté une contribution réelle à bâtir le pont.",
     "Ils ont apporté une contribution réelle pour bâtir le pont."),
    ("They are worried about the future.", "Ils sont préoccupés sur l'avenir.",
     "Ils sont préoccupés par l'avenir."),
    ("We are deeply concerned over the situation.", "Nous sommes profondément préoccupés "
     "pour la situation.", "Nous sommes profondément préoccupés par la situation."),
    ("The region is rich in natural resources.", "La région est riche dans des ressources "
     "naturelles.", "La région est riche en ressources naturelles."),
    ("He had a great influence on the arts.", "Il a eu une grande influence dans les arts.",
     "Il a eu une grande influence sur les arts."),
    ("We put special emphasis on education.", "Nous avons mis l'accent spécial en éducation.",
     "Nous avons mis l'accent spécial sur l'éducation."),
    # *respect for* a thing "respect de", "des" the definite plural
    ("such principles as respect for sovereignty and non-interference",
     "de tels principes comme respect pour la souveraineté et non-ingérence",
     "de tels principes comme respect de la souveraineté et non-ingérence"),
    ("as well as respect for legitimate interests of other countries",
     "ainsi que le respect pour des intérêts légitimes d’autres pays",
     "ainsi que le respect des intérêts légitimes d’autres pays"),
    # *support for* "soutien à", a class "aux", a bare noun given its article
    ("The agenda focused on social support for people with disabilities.",
     "L’ordre du jour a porté sur le soutien social pour des personnes handicapées.",
     "L’ordre du jour a porté sur le soutien social aux personnes handicapées."),
    ("They expressed support for cooperation.", "Ils ont exprimé le soutien pour coopération.",
     "Ils ont exprimé le soutien à la coopération."),
    # *aimed at* after a noun "visant à"
    ("We appreciate your efforts aimed at strengthening the relations.",
     "Nous apprécions vos efforts visés au renforcement des relations.",
     "Nous apprécions vos efforts visant au renforcement des relations."),
])
def test_governed(source: str, french: str, want: str) -> None:
    assert government(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *of mutual interest in the region*: the region is where the matters are
    ("We discussed matters of mutual interest in the region.",
     "Nous avons parlé des sujets d'intérêt mutuel dans la région."),
    # *interest in all those who*: the interest of people, not in them
    ("It will evoke great interest in all those who love judo.",
     "Il évoquera un grand intérêt dans tous ceux qui aiment le judo."),
    ("Russia's interests in the world are clear.",  # plural *interests*: where they lie
     "Les intérêts de la Russie dans le monde sont clairs."),
    ("Economic growth in the region was strong.",  # a place: where it grows
     "La croissance économique dans la région était forte."),
    ("Growth in Russia was strong.", "La croissance en Russie était forte."),
    # *the need for the parties to take steps*: the parties are the infinitive's subject
    ("They stressed the need for the parties to the conflict to take steps.",
     "Ils ont souligné le besoin pour les parties au conflit pour faire des pas."),
    ("They are engaged in favour of peace.", "Ils sont engagés en faveur de la paix."),
    ("He is engaged in promoting trade.", "Il est engagé en promouvant le commerce."),
    ("The interest of the company grew.", "L'intérêt dans la société a grandi."),  # no *in*
    ("We need this for the plan.", "Nous avons besoin pour le plan."),  # no *need for*
    ("We must care for our elders.", "Nous devons et soin pour nos aînés."),  # the verb
    # *contribution to* + a noun: "à la construction" is right
    ("a contribution to building design", "une contribution à la construction"),
    ("Their contribution to helping others.", "Leur contribution à la solution."),
    ("Exports to grow by 5 %.", "Exportations à augmenter de 5 %."),  # *to* + a verb
    # *concerned with* is what a matter concerns: no *about*
    ("The ministry is concerned with education.", "Le ministère est préoccupé pour "
     "l'éducation."),
    ("a country rich with history", "un pays riche dans l'histoire"),  # no *rich in*
    # *commitment to* + a verb: "l'engagement à" + the infinitive stays
    ("They reaffirmed their commitment to keeping up dialogue.",
     "Ils ont réaffirmé leur engagement à maintenir le dialogue."),
    # *connected to* the metro is a physical link: "raccordées" stays
    ("19 stations are connected to metro lines.", "19 gares sont raccordées aux lignes de métro."),
    # respect for people: "respect pour" (Robert & Collins)
    ("You have deep respect for renowned masters.",
     "Vous avez un respect profond pour des maîtres célèbres."),
    ("Our respect for you is great.", "Notre respect pour vous est grand."),
    # the passive *are aimed at*: "visent à" is another rule's, not "visant"
    ("These measures are aimed at strengthening ties.",
     "Ces mesures sont visées au renforcement des liens."),
    # the pivot's past "a visé à", another rule's "visant"
    ("the new approaches aimed at further improving healthcare",
     "les nouvelles approches ont visé à continuer à améliorer la santé"),
])
def test_left_alone(source: str, french: str) -> None:
    assert government(source, french) == french


def test_only_as_often_as_the_english() -> None:
    french = "L'intérêt dans le cinéma et l'intérêt dans le théâtre."
    assert government("Interest in cinema and the theatre.", french) == (
        "L'intérêt pour le cinéma et l'intérêt dans le théâtre.")


def test_through_the_engine(apertium_ok: bool, engine: ApertiumEngine) -> None:
    out = translate_texts(["Russian regions are actively involved in bilateral cooperation.",
                           "The main contribution to the increase in revenue is from gas."],
                          engine, "en", "fr")
    assert "impliquées dans la coopération bilatérale" in out[0].text
    assert "l'augmentation des revenus" in out[1].text
