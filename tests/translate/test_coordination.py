"""Two verbs joined by *and* in the same form (``coordination.py``). The English sentences
are made up for these tests; the French is the engine's output for them (``apertium eng-cat
| apertium cat-fra``) unless marked, and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.coordination import coordinate


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Our engineers build the engines and repair them in Kazan.",
     "Nos ingénieurs bâtissent les moteurs et les réparer dans Kazan.",
     "Nos ingénieurs bâtissent les moteurs et les réparent dans Kazan."),
    ("The farmers grow wheat and sell it abroad.",
     "Les laboureurs grandissent blé et le vendre à l'étranger.",
     "Les laboureurs grandissent blé et le vendent à l'étranger."),
    ("The rescuers will find the families and provide them with shelter.",
     "Les sauveurs trouveront les familles et les fournir avec refuge.",
     "Les sauveurs trouveront les familles et les fourniront avec refuge."),
    # modelled on what the engine writes in longer sentences ("pour venir et fait")
    # a participle read as an adjective after its noun is passed over ("le conflit armé")
    ("We call to end the armed conflict and resume a peaceful dialogue.",
     "Nous appelons pour finir le conflit armé et reprend un dialogue pacifique.",
     "Nous appelons pour finir le conflit armé et reprendre un dialogue pacifique."),
    ("You will continue to resolve the tasks set before you and make a contribution.",
     "Vous continuerez à résoudre les tâches mises devant vous et apporte une contribution.",
     "Vous continuerez à résoudre les tâches mises devant vous et apporter une contribution."),
    ("We invite young singers to come and sing here.",
     "Nous invitons de jeunes chanteurs pour venir et chante ici.",
     "Nous invitons de jeunes chanteurs pour venir et chanter ici."),
    # a pronoun that is also a verb form ("cela", *celer*) is no verb between
    ("We look at this closely and try to help you.",
     "Nous regardons à cela de près et essayer de vous aider.",
     "Nous regardons à cela de près et essayons de vous aider."),
    # a modal or a future after "et": its own tense, the person of the first verb
    ("We are good neighbours and must help each other.",
     "Nous sommes des bons voisins et doit aider l'un l'autre.",
     "Nous sommes des bons voisins et devons aider l'un l'autre."),
    ("We support the plan and will help the regions.",
     "Nous soutenons le plan et aidera les régions.",
     "Nous soutenons le plan et aiderons les régions."),
    # a collective English agrees in the plural, French in the singular
    ("The staff look after the patients and organise concerts.",
     "Le personnel soigne les patients et organiser des concerts.",
     "Le personnel soigne les patients et organise des concerts."),
    # a compound tense after "et" in the person of the compound before it (hand-written)
    ("Yesterday I visited the farm and talked to the workers.",
     "Hier j'ai visité la ferme et a parlé avec les ouvriers.",
     "Hier j'ai visité la ferme et ai parlé avec les ouvriers."),
    ("We toured the museum and looked at the paintings.",
     "Nous avons visité le musée et a regardé les peintures.",
     "Nous avons visité le musée et avons regardé les peintures."),
    # a compound after "et" in the person of the pronoun subject of a simple tense
    # before it (hand-written)
    ("I was watching the match and saw how the team played.",
     "Je regardais le match et a vu comme l'équipe jouait.",
     "Je regardais le match et ai vu comme l'équipe jouait."),
    ("You are devoted to science and have continued the work of your father.",
     "Vous êtes consacré à la science et a continué le travail de votre père.",
     "Vous êtes consacré à la science et avez continué le travail de votre père."),
    # a list of predicates after commas takes the first subject's person (engine's French)
    ("They were engaged in building roads and towns, explored untouched lands, worked at "
     "industrial enterprises.",
     "Ils ont été engagés à bâtir des routes et villes, a exploré des terres intactes, a "
     "travaillé à des entreprises industrielles.",
     "Ils ont été engagés à bâtir des routes et villes, ont exploré des terres intactes, "
     "ont travaillé à des entreprises industrielles."),
    # a pronoun subject after "que": the English pronoun before *and* says it is the
    # verb's (hand-written)
    ("I hope that you understand us and support the region.",
     "J'espère que vous nous comprenez et soutient la région.",
     "J'espère que vous nous comprenez et soutenez la région."),
    # a noun that is also a verb after its determiner is no verb before "et" (engine's)
    ("At least we should ensure this trade and sanction the restrictions.",
     "Au moins nous devrions assurer ce commerce et sanctionne les restrictions.",
     "Au moins nous devrions assurer ce commerce et sanctionner les restrictions."),
    # adverbs in -ment between "et" and the verb go after the finite verb; an "et" joining
    # two figures and "comme" before a noun are no clause's (modelled on the engine's)
    ("We welcome the efforts of the country as a member of the Council in 2019 and 2020 and "
     "highly appreciate the results.",
     "Nous saluons les efforts du pays comme membre du Conseil en 2019 et 2020 et hautement "
     "apprécier les résultats.",
     "Nous saluons les efforts du pays comme membre du Conseil en 2019 et 2020 et apprécions "
     "hautement les résultats."),
    ("We support the plan and fully share its goals.",
     "Nous appuyons le plan et pleinement partager ses buts.",
     "Nous appuyons le plan et partageons pleinement ses buts."),
    # the list's last member after "et" too (hand-written)
    ("We visited the plant, met the workers and looked at the machines.",
     "Nous avons visité l'usine, a rencontré les ouvriers et a regardé les machines.",
     "Nous avons visité l'usine, avons rencontré les ouvriers et avons regardé les machines."),
])
def test_coordinate(source: str, french: str, want: str) -> None:
    assert coordinate([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # two infinitives: nothing to change
    ("We must help them find homes and create jobs.",
     "Nous devons les aider à trouver des maisons et créer des emplois."),
    # the first verb in a relative clause: whose form it is cannot be told
    ("The values that unite us and guide our work.",
     "Les valeurs qui nous unissent et guider notre travail."),
    # a compound tense before "et": left as it is
    ("We have signed the treaty and ratify it today.",
     "Nous avons signé le traité et le ratifier aujourd'hui."),
    # "il y a" is no verb of the subject
    ("They see that there is a future and join us.",
     "Ils voient qu'il y a un futur et nous rejoindre."),
    # a list past a comma, an auxiliary before its participle after an infinitive, a
    # subject of its own, a modal, a third person singular with no English -s
    ("We need funds to repair, upgrade and modernise the roads.",
     "Nous avons besoin des fonds pour réparer, révise et moderniser les routes."),
    ("He wanted to stay, and has worked here since.",
     "Il voulait rester et a travaillé ici depuis."),
    ("We will sign it, and you will be able to go.",
     "Nous le signerons et vous serez capables d'aller."),
    ("They want to build houses and can do it.",
     "Ils veulent bâtir des maisons et peuvent le faire."),
    ("The fund helps to organise fairs, hold exhibitions and make presentations.",
     "Le fonds aide à organiser des foires, a des expositions et faire des présentations."),
    # a quotation's last word; a compound past after a noun the engine read as a verb
    ("The games are held under the motto 'We Win' and serve a noble cause.",
     "Les jeux sont tenus sous le slogan ‘nous gagnons' et sert une cause noble."),
    ("The theatre became an education centre and made a great contribution.",
     "Le théâtre est devenu une éducation centrent et a fait une grande contribution."),
    # a modal after a third person: its number is not read here
    ("The plant works well and can grow.", "L'usine travaille bien et peuvent grandir."),
    # *and* before a noun in English
    ("We discussed trade and investment.", "Nous avons parlé du commerce et investir."),
    # a third person before the compound: no person to give (hand-written)
    ("He visited the farm and talked to the workers.",
     "Il a visité la ferme et a parlé avec les ouvriers."),
    # a subject of its own after "et"
    ("I visited the farm and he talked to the workers.",
     "J'ai visité la ferme et il a parlé avec les ouvriers."),
    # a list after commas: an incise of saying, a third person subject, a clause of its
    # own (hand-written)
    ("We visited the plant, talked to the workers, said the minister.",
     "Nous avons visité l'usine, avons parlé aux ouvriers, a dit le ministre."),
    ("The minister visited the plant, talked to the workers.",
     "Le ministre a visité l'usine, a parlé aux ouvriers."),
    ("We know that the plant, founded in 1950, has worked well.",
     "Nous savons que l'usine, fondée en 1950, a bien travaillé."),
    # "nous" an object, no subject: no person to give
    ("This helps us and has created jobs.", "Cela nous aide et a créé des emplois."),
    # an adverb before an infinitive coordinated with an infinitive: left where it is
    ("We want to build roads and quickly repair bridges.",
     "Nous voulons bâtir des routes et rapidement réparer des ponts."),
])
def test_left_alone(source: str, french: str) -> None:
    assert coordinate([source], [french]) == [french]
