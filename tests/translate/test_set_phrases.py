"""English set phrases said in French (``set_phrases.py``): each where the English has the
phrase, and not elsewhere."""

from __future__ import annotations

import pytest

from daybook.translate.set_phrases import set_phrases


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate verb forms with Apertium's French dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the leading countries will sooner or later acquire such weapons.",
     "les pays importants tard ou tôt acquerront de telles armes.",
     "les pays importants acquerront tôt ou tard de telles armes."),
    ("Sooner or later, they will come.", "Tard ou tôt, ils viendront.",
     "Tôt ou tard, ils viendront."),
    # at the head of its clause, after a conjunction: left there
    ("then sooner or later we will come to this", "alors tard ou tôt nous viendrons à cela",
     "alors tôt ou tard nous viendrons à cela"),
    ("Mr Antonov takes his job very seriously and spends",
     "M. Antonov porte son travail très sérieusement et passe",
     "M. Antonov prend son travail très au sérieux et passe"),
    ("We take it seriously.", "Nous le portons sérieusement.", "Nous le prenons au sérieux."),
    ("They took these threats seriously.", "Ils ont porté ces menaces sérieusement.",
     "Ils ont pris ces menaces au sérieux."),
    ("in order to save time.", "afin de sauver temps.", "afin de gagner du temps."),
    ("We saved a lot of time.", "Nous avons sauvé beaucoup de temps.",
     "Nous avons gagné beaucoup de temps."),
    ("the growth speed we have achieved is not enough.",
     "la vitesse de croissance que nous avons obtenue n’est pas assez.",
     "la vitesse de croissance que nous avons obtenue ne suffit pas."),
    ("I know that this is not enough.", "Je sais que ce n’est pas assez.",
     "Je sais que cela ne suffit pas."),
    ("These measures were not enough, however.", "Ces mesures n'étaient pas assez, pourtant.",
     "Ces mesures ne suffisaient pas, pourtant."),
    ("to improve the quality of people’s lives.",
     "pour améliorer la qualité des vies des personnes.",
     "pour améliorer la qualité de vie des personnes."),
    ("the interests of the Far East and the whole of Russia",
     "l’intérêt de l’Extrême-Orient et la totalité de la Russie",
     "l’intérêt de l’Extrême-Orient et toute la Russie"),
    ("The whole of the country watched.", "La totalité du pays a regardé.",
     "Tout le pays a regardé."),
    ("profits have increased by 18 percent over the past year.",
     "les bénéfices ont augmenté de 18 % sur l’année dernière.",
     "les bénéfices ont augmenté de 18 % au cours de l’année écoulée."),
    ("changes that will to a great extent affect the contents",
     "des changements qui à une grande portée affecteront les contenus",
     "des changements qui dans une large mesure affecteront les contenus"),
    ("This suggests that we can reach an agreement.", "Cela suggère que nous pouvons "
     "atteindre un accord.", "Cela suggère que nous pouvons parvenir à un accord."),
    ("They reached an agreement on gas prices.", "Ils ont atteint un accord sur les prix.",
     "Ils ont abouti à un accord sur les prix."),  # "avoir" kept: the participle "abouti"
    ("We will reach a consensus.", "Nous atteindrons un consensus.",
     "Nous parviendrons à un consensus."),
    ("to reach the agreements needed", "pour atteindre les accords nécessaires",
     "pour parvenir aux accords nécessaires"),
    ("people are to blame for wildfires of this kind", "les gens sont pour blâmer pour les "
     "incendies de ce genre", "les gens sont responsables des incendies de ce genre"),
    ("The government is not to blame.", "Le gouvernement n'est pas pour blâmer.",
     "Le gouvernement n'est pas responsable."),
    ("I fully agree with the minister.", "Je conviens complètement avec le ministre.",
     "Je suis complètement d'accord avec le ministre."),
    ("We agree with our partners.", "Nous convenons avec nos partenaires.",
     "Nous sommes d'accord avec nos partenaires."),
    ("When I hear that, I cannot agree.", "Quand j'entends cela, je ne peux pas convenir.",
     "Quand j'entends cela, je ne suis pas d'accord."),
    ("I disagree with you.", "Je diverge avec vous.", "Je ne suis pas d'accord avec vous."),
    ("It is hard to disagree with that.", "Il est difficile de diverger avec cela.",
     "Il est difficile de ne pas être d'accord avec cela."),
    ("I am pleased to note that this event has brought together many people.",
     "Je suis heureux de noter que cet événement a réuni beaucoup de gens.",
     "Je suis heureux de constater que cet événement a réuni beaucoup de gens."),
    ("I am satisfied to note that our ties are developing.", "Je suis satisfait pour noter "
     "que nos liens se développent.", "Je constate avec satisfaction que nos liens se "
     "développent."),
    ("They are satisfied to note its positive value.", "Ils sont satisfaits de noter sa "
     "valeur positive.", "Ils constatent avec satisfaction sa valeur positive."),
    ("I would like to remind everyone that the ruble is convertible.", "Je voudrais souvenir "
     "tout le monde que le rouble est convertible.", "Je voudrais rappeler à tous que le "
     "rouble est convertible."),
    ("It is widely considered one of the oldest parties.", "Il est considéré amplement une "
     "des parties les plus vieilles.", "Il est considéré amplement comme l'une des parties les "
     "plus vieilles."),
])
def test_set_phrases(source: str, french: str, want: str) -> None:
    assert set_phrases(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # the English has no set phrase: the same French words stay
    ("They carry these loads carefully.", "Ils portent ces charges sérieusement."),
    ("to save their land", "afin de sauver leur terre"),
    ("It is not big enough.", "Ce n'est pas assez grand."),
    ("This is not enough money.", "Ce n’est pas assez d’argent."),
    ("the lives of people", "les vies des personnes"),
    ("the total of the budget", "la totalité du budget"),
    ("late or early", "tard ou tôt"),
    ("last year's results", "les résultats sur l'année dernière"),
    ("a great range", "à une grande portée"),
    ("We will reach the summit.", "Nous atteindrons le sommet."),  # no agreement
    ("They reached an agreement, and the goal.", "Ils ont atteint le but."),  # no "accord"
    ("We are to blame the rain.", "Nous sommes pour blâmer la pluie."),  # no *to blame*: a verb
    ("I agree to the terms.", "Je conviens aux conditions."),  # *agree to*, not *with*
    ("We cannot agree on a date.", "Nous ne pouvons pas convenir d'une date."),  # *agree on*
    ("I want to note that the region grows.", "Je suis heureux de noter que la région "
     "grandit."),  # no *pleased to note*
    ("He is regarded as one of the best.", "Il est considéré comme un des meilleurs."),
])
def test_left_alone(source: str, french: str) -> None:
    assert set_phrases(source, french) == french
