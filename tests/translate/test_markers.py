"""Discourse markers and adverbial phrases (``markers.py``): each where the English says the
expression, not where it does not, and through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.markers import markers
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("In many ways, the plan is good.", "Dans beaucoup de chemins, le plan est bon.",
     "À bien des égards, le plan est bon."),
    ("The plan is, in a way, new.", "Le plan est, dans un chemin, nouveau.",
     "Le plan est, d'une certaine manière, nouveau."),
    ("By the way, the plan is good.", "Par vrai, le plan est bon.",
     "À propos, le plan est bon."),
    ("As a result, prices fell.", "Comme résultat, les prix ont baissé.",
     "Par conséquent, les prix ont baissé."),
    ("In my opinion, it is good.", "Selon mon avis, il est bon.", "À mon avis, il est bon."),
    ("As of today, it is good.", "Comme d'aujourd'hui, il est bon.", "À ce jour, il est bon."),
    ("As it turns out, the plan works.", "Comme il sorte, le plan marche.",
     "Il s'avère que le plan marche."),
    ("As it turned out, it works.", "Comme il sorte, il marche.", "Il s'avère qu'il marche."),
    ("For my part, I agree.", "Par partie à moi, je conviens.", "Pour ma part, je conviens."),
    ("For their part, they agree.", "Par partie à eux, ils conviennent.",
     "Pour leur part, ils conviennent."),
    ("With regard to the budget, we agree.", "Avec relation au budget, nous convenons.",
     "En ce qui concerne le budget, nous convenons."),
    ("In this regard, we agree.", "Quant à cela, nous convenons.",
     "À cet égard, nous convenons."),
    ("Meanwhile, prices fell.", "Tandis que, les prix ont baissé.",
     "Pendant ce temps, les prix ont baissé."),
    ("So far, prices fell.", "Pour le moment, les prix ont baissé.",
     "Jusqu'à présent, les prix ont baissé."),
    ("It is certainly good.", "C'est sans doute bon.", "C'est certainement bon."),
    ("It is undoubtedly good.", "C'est sans doute bon.", "C'est sans aucun doute bon."),
    ("This is, of course, good.", "C'est, naturellement, bon.", "C'est, bien sûr, bon."),
    ("Needless to say, it is good.", "Il ne faut pas le dire, il est bon.",
     "Il va sans dire qu'il est bon."),
    ("In most cases, it is good.", "Dans la plupart de cas, il est bon.",
     "Dans la plupart des cas, il est bon."),
    ("By the end of the month, it will end.", "Par la fin du mois, il finira.",
     "Avant la fin du mois, il finira."),
    ("Still, it is good.", "Encore, il est bon.", "Pourtant, il est bon."),
    ("It is a kind of game.", "C'est une classe de jeu.", "C'est une sorte de jeu."),
    ("That is to say, it is good.", "C'est à dire, il est bon.", "C'est-à-dire, il est bon."),
    ("As for the budget, it is balanced.", "Au sujet du budget, c'est équilibré.",
     "Quant au budget, c'est équilibré."),
    ("As for the reaction, it is weak.", "Au sujet de la réaction, elle est faible.",
     "Quant à la réaction, elle est faible."),
    ("As for us, we are ready.", "Au sujet de nous, nous sommes prêts.",
     "Quant à nous, nous sommes prêts."),
    ("As for whether they join, ask them.", "Au sujet de tellement de si ils joignent, demandez.",
     "Quant à savoir si ils joignent, demandez."),
    ("They are firm when it comes to the key points.",
     "Ils sont fermes quand il le vient aux points clés.",
     "Ils sont fermes en ce qui concerne les points clés."),
    ("It helps when it comes to building roads.",
     "Il aide quand le vient à bâtir des routes.",
     "Il aide lorsqu'il s'agit de bâtir des routes."),
    ("Second, regarding electric transport.", "Seconde, considérant le transport électrique.",
     "Deuxièmement, concernant le transport électrique."),
    ("Indeed, the world has changed.", "En fait, le monde a changé.",
     "En effet, le monde a changé."),
    ("Really? Very good.", "Réellement ? Très bien.", "Vraiment ? Très bien."),
    ("It is, in your view, good.", "C'est, dans votre vue, bon.", "C'est, à votre avis, bon."),
    ("He did a lot for the city.", "Il a fait beaucoup de pour la ville.",
     "Il a fait beaucoup pour la ville."),
    ("They did a lot in this respect.", "Ils ont fait beaucoup d'au sujet de cela.",
     "Ils ont fait beaucoup à cet égard."),
    ("It is not just a sign.", "Ce n'est pas juste un signe.",
     "Ce n'est pas seulement un signe."),
    ("Not just here but there.", "Non juste ici mais là.", "Non seulement ici mais là."),
    ("What kind of help is this?", "Quelle classe d'aide est-ce ?", "Quel type d'aide est-ce ?"),
    ("Work just as hard.", "Travaillez juste aussi dur.", "Travaillez tout aussi dur."),
    ("I saw it just recently.", "Je l'ai vu juste récemment.", "Je l'ai vu tout récemment."),
    ("We take this opportunity to thank you.", "Nous portons cette occasion de vous remercier.",
     "Nous en profitons pour vous remercier."),
    ("I want to take this opportunity to thank you.",
     "Je veux saisir cette occasion vous remercier.", "Je veux en profiter pour vous remercier."),
    # openers and enumerations
    ("Second, we act.", "Seconde, nous agissons.", "Deuxièmement, nous agissons."),
    ("And second, we act.", "Et seconde, nous agissons.", "Et deuxièmement, nous agissons."),
    ("Thirdly, we act.", "En troisième place, nous agissons.", "Troisièmement, nous agissons."),
    ("Finally, we act.", "À la fin, nous agissons.", "Enfin, nous agissons."),
    ("That is, we act.", "Cela est, nous agissons.", "C'est-à-dire, nous agissons."),
    ("Last week, we met.", "Dernière semaine, nous avons rencontré.",
     "La semaine dernière, nous avons rencontré."),
    ("We met last month.", "Nous avons rencontré le dernier mois.",
     "Nous avons rencontré le mois dernier."),
    # spoken connectives
    ("So there is a way out.", "Aussi y a une sortie.", "Il y a donc une sortie."),
    ("So there was no time.", "Aussi n'y avait aucun temps.", "Il n'y avait donc aucun temps."),
    ("We studied the above.", "Nous avons étudié l'au-dessus.",
     "Nous avons étudié ce qui précède."),
    ("Pick one of the above towns.", "Choisissez un de l'au-dessus de villes.",
     "Choisissez un des villes ci-dessus."),
    ("As noted above, it works.", "Comme noté au-dessus, cela marche.",
     "Comme noté ci-dessus, cela marche."),
    ("It is only one of the causes.", "C'est unique une des causes.",
     "C'est une seule des causes."),
    ("Prices rose very fast.", "Les prix ont monté beaucoup de jeûne.",
     "Les prix ont monté très vite."),
    ("We have met many times.", "Nous nous sommes rencontrés beaucoup de fois.",
     "Nous nous sommes rencontrés à maintes reprises."),
    ("It is many times larger.", "C'est beaucoup de fois plus grand.",
     "C'est plusieurs fois plus grand."),
    ("It grew several times.", "Il a grandi plusieurs temps.", "Il a grandi plusieurs fois."),
    ("But it is clear that the growth is slowing.", "Mais bien sûr que la croissance ralentit.",
     "Mais il est clair que la croissance ralentit."),
    ("It’s clear that change is coming.", "Bien sûr que le changement vient.",
     "Il est clair que le changement vient."),
])
def test_marker(source: str, french: str, want: str) -> None:
    assert markers(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # The engine's French is right where the English says the other thing.
    ("Naturally, of course, it is good.", "Naturellement, il est bon."),
    ("For now, so far, it is good.", "Pour le moment, il est bon."),
    ("No doubt it is certainly good.", "C'est sans doute bon."),
    ("At least the minimum is met.", "Au minimum le niveau est atteint."),
    ("We still work.", "Encore, nous travaillons."),  # not the opener *Still,*
    ("The class is a kind of club.", "La classe est une classe de club."),
    ("Most of them came.", "La plupart de ces gens sont venus."),
    ("He came to see.", "Dans beaucoup de chemins, il est venu."),
    # *As for* with a bare noun: no article to make "à" of; *considering* is "considérant".
    ("As for agriculture, it grows.", "Au sujet d'agriculture, elle grandit."),
    ("Considering this, regarding that.", "En considérant cela, quant à cela."),
    ("Actually, indeed, it works.", "En fait, cela marche."),
    # *above all* is no *the above*; "aussi" of *also*; a real fast
    ("Above all, the above rule holds.", "Au-dessus de tout, l'au-dessus règle tient."),
    ("There is also a way out.", "Aussi y a une sortie."),
    ("The fast is over.", "Le jeûne est fini."),
    ("A lot of people came.", "Beaucoup de personnes sont venues."),
    ("In the last week of May, we met.", "Dans la dernière semaine de mai, nous avons rencontré."),
    ("The second stage, we met.", "Seconde étape, nous avons rencontré."),
    ("At the end, we met.", "À la fin, nous avons rencontré."),
    ("It is not fair, just wrong.", "Ce n'est pas juste, juste faux."),
    ("It has many times.", "Il a plusieurs temps."),
])
def test_not_without_the_english(source: str, french: str) -> None:
    assert markers(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["In many ways, this decision is important.",
                           "For our part, we are ready to help.",
                           "This is, of course, a difficult question.",
                           "With regard to the economy, it is growing."], engine, "en", "fr")
    assert out[0].text.startswith("À bien des égards, ")
    assert out[1].text.startswith("Pour notre part, ")
    assert "bien sûr" in out[2].text
    assert out[3].text.startswith("En ce qui concerne l'économie")
