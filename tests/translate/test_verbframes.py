"""Verbs the pivot says with the wrong verb or object (``verbframes.py``). The English
sentences are made up for these tests; the French is the engine's output for them (checked
with ``apertium eng-cat | apertium cat-fra``) and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.verbframes import verb_frames


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We have had a long meeting.", "Nous avons a eu une longue rencontre.",
     "Nous avons eu une longue rencontre."),
    ("The budget has had a surplus lately.", "Le budget a a eu un excédent dernièrement.",
     "Le budget a eu un excédent dernièrement."),
    ("We have also had talks.", "Nous avons aussi a eu des discussions.",
     "Nous avons aussi eu des discussions."),
    ("We have not had any problems.", "Nous avons n'a pas eu de problèmes.",
     "Nous n'avons pas eu de problèmes."),
    ("Farmers have never had such harvests.", "Les fermiers ont a jamais eu telles récoltes.",
     "Les fermiers n'ont jamais eu telles récoltes."),
    ("The situation in Syria was discussed.", "La situation en Syrie a été parlée.",
     "La situation en Syrie a été évoquée."),
    ("Trade issues were also discussed.", "Les questions de commerce étaient aussi parlé.",
     "Les questions de commerce ont aussi été évoqués."),
    ("The plan is being discussed with the regions.",
     "Le plan est parlé avec les régions.", "Le plan est évoqué avec les régions."),
    ("The Mayor told the President about the new bridge.",
     "Le maire a dit le Président sur le nouveau pont.",
     "Le maire a informé le Président du nouveau pont."),
    ("She also told the ministers about her plans.",
     "Elle a aussi dit les ministres sur ses plans.",
     "Elle a aussi informé les ministres de ses plans."),
    ("The students told me about their trip.", "Les étudiants m'ont dit sur leur voyage.",
     "Les étudiants m'ont parlé de leur voyage."),
    ("He joined the company in 1990.", "Il a uni l'entreprise en 1990.",
     "Il a rejoint l'entreprise en 1990."),
    ("Ten countries will join the agreement.", "Dix pays uniront l'accord.",
     "Dix pays rejoindront l'accord."),
    ("The new school is designed to host 500 pupils.",
     "La nouvelle école est dessinée pour accueillir 500 élèves.",
     "La nouvelle école est conçue pour accueillir 500 élèves."),
    ("They approved measures designed to support farmers.",
     "Ils ont approuvé des mesures ont dessiné pour soutenir des fermiers.",
     "Ils ont approuvé des mesures conçus pour soutenir des fermiers."),
    ("The school is designed for 500 pupils.", "L'école est dessinée pour 500 élèves.",
     "L'école est conçue pour 500 élèves."),
    ("He designed the new bridge.", "Il a dessiné le nouveau pont.",
     "Il a conçu le nouveau pont."),
    ("The programme is aimed at helping families.",
     "Le programme est visé à aider des familles.", "Le programme vise à aider des familles."),
    ("They set up a fund aimed at helping farmers.",
     "Ils ont établi un fonds a visé à aider des fermiers.",
     "Ils ont établi un fonds visant à aider des fermiers."),
])
def test_verb_frames(source: str, french: str, want: str) -> None:
    assert verb_frames([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # no *have had*: "a eu" alone stays
    ("We had a meeting.", "Nous avons eu une rencontre."),
    # *spoke about*, active: "parler de" is right
    ("We spoke about trade.", "Nous avons parlé du commerce."),
    # *told ... that*: "dire que"
    ("He told me that the plant is ready.", "Il m'a dit que l'usine est prête."),
    # *united*: "unir" is the verb; "les Nations unies" a name
    ("The United Nations has united many countries.",
     "Les Nations unies ont uni beaucoup de pays."),
    ("He joined the talks at the United Nations.",
     "Il a rejoint les discussions aux Nations unies."),
    ("He drew the designed logo.", "Il a dessiné le logo."),  # a drawing: left
    ("product design was designed", "de produit dessine"),  # the noun: left
])
def test_left_alone(source: str, french: str) -> None:
    assert verb_frames([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The ministers agreed on new rules.", "Les ministres ont convenu dans de nouvelles règles.",
     "Les ministres ont convenu de nouvelles règles."),
    ("The mayors agreed upon the budget.", "Les maires ont convenu dans le budget.",
     "Les maires ont convenu du budget."),
    ("The clubs agreed to merge.", "Les clubs ont convenu verbalement de fusionner.",
     "Les clubs ont convenu de fusionner."),
    # a place after the preposition; *verbally* in the English
    ("We agreed on it in Oslo.", "Nous l'avons convenu à Oslo.", "Nous l'avons convenu à Oslo."),
    ("They agreed verbally to stop.", "Ils ont convenu verbalement de cesser.",
     "Ils ont convenu verbalement de cesser."),
])
def test_agree_on(source: str, french: str, want: str) -> None:
    assert verb_frames([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french", "want"), [
    # *start* said "arracher" (Catalan "arrencar"), in the engine's tense and person
    ("Construction started in 2015.", "La construction a arraché en 2015.",
     "La construction a commencé en 2015."),
    ("We have started building a plant.", "Nous avons arraché en bâtissant une usine.",
     "Nous avons commencé à bâtir une usine."),
    ("I will start tomorrow.", "J'arracherai demain.", "Je commencerai demain."),
    ("Pupils learn it starting from the second grade.",
     "Les élèves l'apprennent arracher de la deuxième année.",
     "Les élèves l'apprennent à partir de la deuxième année."),
    # *start by* + -ing: the gerund is ``gerunds``' ("commencer par")
    ("I will start by saying this.", "J'arracherai pour dire ceci.",
     "Je commencerai pour dire ceci."),
    ("They would start using new tools.", "Ils arracheraient utilisant de nouveaux outils.",
     "Ils commenceraient à utiliser de nouveaux outils."),
    # "maintenant" is an adverb too, not only the gerund of "maintenir"
    ("We start now.", "Nous arrachons maintenant.", "Nous commençons maintenant."),
    # *start with*
    ("I want to start with the economy.", "Je veux commencer avec l'économie.",
     "Je veux commencer par l'économie."),
    # a list of verbs after *to* or a modal ("pour" from preedit's *to*)
    ("The regions have to build, maintain and modernise roads.",
     "Les régions doivent bâtir, pour maintenir et pour moderniser des routes.",
     "Les régions doivent bâtir, maintenir et moderniser des routes."),
    ("It is important to support and to develop firms.",
     "Il est important d'appuyer et pour développer des entreprises.",
     "Il est important d'appuyer et développer des entreprises."),
    # *is to* + a verb: after a noun of aim "de", else "devoir"
    ("The main goal of our meeting is to listen to you.",
     "Le but principal de notre rencontre est pour vous écouter.",
     "Le but principal de notre rencontre est de vous écouter."),
    ("Our aim is to explore new markets.", "Notre but est pour explorer de nouveaux marchés.",
     "Notre but est d'explorer de nouveaux marchés."),
    # a relative pronoun after the noun of aim: its own antecedent
    ("He showed the plans for a park with a hall, which is to replace the court.",
     "Il a montré les plans pour un parc avec une salle, qui est pour remplacer la cour.",
     "Il a montré les plans pour un parc avec une salle, qui doit remplacer la cour."),
    ("The most important thing, as we said, is to restore the law.",
     "La chose la plus importante, comme nous avons dit, est pour restaurer la loi.",
     "La chose la plus importante, comme nous avons dit, est de restaurer la loi."),
    # *keep/bear in mind* (the pre-edit's *take into account*): "garder à l'esprit"
    ("We must keep in mind that prices grow.", "Nous devons prendre en compte que les prix "
     "augmentent.", "Nous devons garder à l'esprit que les prix augmentent."),
    ("He kept in mind the risks.", "Il a pris en compte les risques.",
     "Il a gardé à l'esprit les risques."),
    ("Bearing in mind the costs, we act.", "En prenant en compte les coûts, nous agissons.",
     "En gardant à l'esprit les coûts, nous agissons."),
    ("Road quality is to increase and the city is to become greener.",
     "La qualité de route est pour augmenter et la ville est pour devenir plus verte.",
     "La qualité de route doit augmenter et la ville doit devenir plus verte."),
    # a person's *are to* / *am to*: a plan
    ("This November, we are to work together in Brazil.",
     "Ce novembre, nous sommes pour travailler ensemble au Brésil.",
     "Ce novembre, nous devons travailler ensemble au Brésil."),
])
def test_start_lists_and_is_to(source: str, french: str, want: str) -> None:
    assert verb_frames([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # "arracher" is right where the English pulls something out, even with *start*
    ("They started to pull out the old trees.", "Ils ont arraché les vieux arbres."),
    # no *start* in the English
    ("He tore the page out.", "Il a arraché la page."),
    # "et pour" + an infinitive after a noun: a purpose, not a list of verbs
    ("We must build roads and to pay for them we tax.",
     "Nous devons bâtir des routes et pour les payer nous taxons."),
    # *start with* at the end of a clause
    ("This is what we will start with, right?", "C'est ce que nous commencerons avec, droit ?"),
    # *is to blame*, *it is to*; two French "est pour" for one English *is to*
    ("People are to blame.", "Les gens sont pour blâmer."),
    ("What a pleasure it is to see you.", "Quel plaisir est pour vous voir."),
    # *I am to* + a name: no verb
    ("I am grateful I am to Iran for this.", "Je suis reconnaissant je suis pour l'Iran."),
    # *take into account* in the English too: which one is which is not known
    ("We take into account the risks and keep in mind the costs.",
     "Nous prenons en compte les risques et prenons en compte les coûts."),
    ("The goal is to win.", "Le but est pour gagner et il est pour partir."),
])
def test_start_lists_and_is_to_left_alone(source: str, french: str) -> None:
    assert verb_frames([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    # *report on*: "rendre compte de", in the engine's tense (contracted later)
    ("He reported on the work of the centres.", "Il a rapporté dans le travail des centres.",
     "Il a rendu compte de le travail des centres."),
    ("The minister will report on these results.", "Le ministre rapportera sur ces résultats.",
     "Le ministre rendra compte de ces résultats."),
    # *I mean*
    ("I mean the workers and engineers.", "Je signifie les ouvriers et ingénieurs.",
     "Je veux dire les ouvriers et ingénieurs."),
])
def test_report_and_mean(source: str, french: str, want: str) -> None:
    assert verb_frames([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the noun *report on*: no verb
    ("I presented a report on this subject.", "J'ai présenté un rapport sur cette affaire."),
    # "signifie" for *means*: right
    ("This means a lot.", "Cela signifie beaucoup."),
])
def test_report_and_mean_left_alone(source: str, french: str) -> None:
    assert verb_frames([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    # *thank him/her/them*: a direct object before "remercier"
    ("I would also like to thank him for his work.",
     "Aussi je voudrais remercier lui pour son travail.",
     "Aussi je voudrais le remercier pour son travail."),
    ("We thank her for her support.", "Nous lui donnons les grâces pour son soutien.",
     "Nous la remercions pour son soutien."),
    ("I want to thank them.", "Je veux leur remercier.", "Je veux les remercier."),
])
def test_thank_whom(source: str, french: str, want: str) -> None:
    assert verb_frames([source], [french]) == [want]


def test_thank_whom_left_alone() -> None:
    # "lui" is someone given something, not the one thanked
    source = "I gave her the documents and thanked the team."
    french = "Je lui ai donné les documents et ai remercié l'équipe."
    assert verb_frames([source], [french]) == [french]
