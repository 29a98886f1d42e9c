"""The first person singular the pivot dropped (``first_person.py``). The English sentences
are made up for these tests; the French is the engine's output for them (``apertium eng-cat
| apertium cat-fra``) unless marked, and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.first_person import first_subjects
from daybook.translate.first_plural import both_verbs, we_subjects, with_me_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read words with Apertium's French analyser and make forms with its
    generator."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # an adverb before the dropped subject's verb goes after it, clitics stay before
    ("Friends, I warmly welcome you to Moscow.",
     "Amis, aimablement vous donne la bienvenue à Moscou.",  # "te" said "vous" before
     "Amis, je vous donne aimablement la bienvenue à Moscou."),
    # after a conjunction of the clause, a compound tense
    ("As I have already said, the plant works.",
     "Comme déjà ai dit, la plante travaille.",
     "Comme j'ai déjà dit, la plante travaille."),
    # after *and I*, at the start of the sentence
    ("And I can only add that the plant works.",
     "Et seulement peux ajouter que la plante travaille.",
     "Et je peux seulement ajouter que la plante travaille."),
    ("Yes, I wanted to see the plant.", "Oui, ai voulu voir la plante.",  # "voir" added
     "Oui, j'ai voulu voir la plante."),
    # the engine's "Il" for Catalan's imperfect "mirava" (first or third person)
    ("I watched the match, and it was good.", "Il regardait le match, et c'était bien.",
     "Je regardais le match, et c'était bien."),
    # "Il" + its clitics + an imperfect opening the sentence
    ("I hadn't said a word about it.", "Il n'avait pas dit un mot sur lui.",
     "Je n'avais pas dit un mot sur lui."),
    # the one "il" + an imperfect opening a clause, more "il" than *he/it* in the English
    ("But now, a short while ago, I looked online.",
     "Mais maintenant, peu de temps, il regardait en ligne.",  # modelled on the engine's
     "Mais maintenant, peu de temps, je regardais en ligne."),
    # the engine put the adverb before "je"
    ("I fully support this idea.", "Complètement j'appuie cette idée.",
     "J'appuie complètement cette idée."),
    # the engine's negation before the verb: "ne" ... after it
    ("I am not even saying that it works.", "Même pas dis que cela fonctionne.",
     "Je ne dis même pas que cela fonctionne."),  # modelled on the engine's
    ("They know that I do not just speak.", "Ils savent que non seulement parle.",
     "Ils savent que je ne parle pas seulement."),  # modelled on the engine's
    # Catalan's "era" (*I was*, *it was*): the engine's "c'était" + an adjective
    ("When I was young, I played.", "Quand c'était jeune, ai joué.",
     "Quand j'étais jeune, j'ai joué."),
    # *how ADJ I am*
    ("I must say how happy I am to be here.", "Je dois dire comme heureux suis d'être ici.",
     "Je dois dire combien je suis heureux d'être ici."),  # modelled on the engine's
    # a cleft's *that I*: the engine's relative "qui"
    ("It is with pleasure that I note it.", "C'est avec plaisir qui note cela.",
     "C'est avec plaisir que je note cela."),  # modelled on the engine's
    # a relative "qui" with no cleft *It is ... that I*: its verb is not the dropped *I*'s
    ("The minister who notes it says that I agree.",
     "Le ministre qui note cela dit que conviens.",
     "Le ministre qui note cela dit que je conviens."),
    # *I could see* in a past narrative: the past of *can*, not a conditional
    ("I watched the match, and I could see the progress.",
     "Il regardait le match, et pourrait voir le progrès.",  # modelled on the engine's
     "Je regardais le match, et je pouvais voir le progrès."),
    # a verb in the third person only after "je" (a rule's "attend" for *look forward*)
    ("I look forward to it.", "J'attend avec impatience cela.",
     "J'attends avec impatience cela."),
])
def test_first_subjects(source: str, french: str, want: str) -> None:
    assert first_subjects([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # no *I* in the English: the third person's, ``subjects.third_subjects``
    ("He fully supports this idea.", "Complètement appuie cette idée."),
    # *World War I* is no subject
    ("World War I began in 1914.", "Première Guerre mondiale a commencé en 1914."),
    # a "je" already there for the one *I*
    ("I think that the plant also works.", "Je pense que la plante aussi travaille."),
    # after "et" with no *and I* in the English: a coordinated verb of another subject
    ("I know that the plant works and produces gas.",
     "Je sais que la plante travaille et produit du gaz."),
    # a negation with no *I ... not* in the English: not the dropped subject's
    ("Not only do I speak, I act.", "Non seulement parle, j'agis."),
    # a verb in the present's third person only after an incise: its subject is before
    ("The minister, who supports the plan, said that I was right.",
     "Le ministre, qui appuie le plan, a dit que droit."),
    # two "c'était" + an adjective for one *I was*: which one is not known
    ("It was hard, and I was sad.", "C'était dur, et c'était triste."),
    # two "il" + an imperfect for one *I*: which one is not known
    ("Yesterday, when he came, I was working.", "Hier, quand il venait, il travaillait."),
    # *could* of a condition or the future: the conditional stays
    ("I could see it tomorrow.", "Je pourrais voir cela demain."),
    ("If I could see it, I would go.", "Si je pourrais voir cela, j'irais."),
    # "Il" for *it*: the English does not open with *I*
    ("It seemed that I was right.", "Il semblait que j'avais raison."),
])
def test_left_alone(source: str, french: str) -> None:
    assert first_subjects([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    # *X and I* + adverbs + the engine's third person: "X et moi" + the first person plural
    ("My colleague and I sometimes visit the plant.",
     "Mon collègue et je parfois visitent la plante.",
     "Mon collègue et moi visitons parfois la plante."),
    ("The Governor and I just held talks.", "Le Gouverneur et je juste ont tenu des pourparlers.",
     "Le Gouverneur et moi avons juste tenu des pourparlers."),  # modelled on the engine's
    # *a moment ago*: the engine's "(juste) un moment" said after the participle
    ("The minister and I said it just a moment ago.",
     "Le ministre et je juste un moment a dit cela.",  # modelled on the engine's
     "Le ministre et moi avons dit il y a un instant cela."),
])
def test_with_me(source: str, french: str, want: str) -> None:
    assert with_me_texts([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *and I* opening a clause of its own: the verb in the first person singular
    ("I visited the plant and I met the workers.",
     "J'ai visité la plante et j'ai connu les ouvriers."),
    # no *X and I* in the English
    ("The minister often visits the plant.", "Le ministre et je parfois visitent la plante."),
])
def test_with_me_left_alone(source: str, french: str) -> None:
    assert with_me_texts([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We both believe in it.", "Nous tous deux croient en lui.",
     "Nous croyons tous les deux en lui."),
    ("We both have to work.", "Nous tous deux doivent travailler.",
     "Nous devons tous les deux travailler."),
    ("They both know that.", "Ils tous deux savent cela.", "Ils savent tous les deux cela."),
    # a verb the analyser also reads as a noun ("devons", *devon*), in the first person
    ("We all have to work.", "Nous tous devons travailler.", "Nous devons tous travailler."),
    # the object "nous tous" after a preposition: left
    ("This is for us all, as we all know.", "C'est pour nous tous, comme nous tous savent.",
     "C'est pour nous tous, comme nous savons tous."),
])
def test_both_verbs(source: str, french: str, want: str) -> None:
    assert both_verbs([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french", "want"), [
    # a verb only of the first person plural with no subject: "nous" before its clitics
    ("Soon we will decide it.", "Bientôt le déciderons.", "Bientôt nous le déciderons."),
    ("Unfortunately, we have in fact lost time.",
     "Malheureusement, en fait avons perdu du temps.",  # modelled on the engine's
     "Malheureusement, en fait nous avons perdu du temps."),
    # "lui" after a preposition is no clitic of the verb
    ("Alongside it we established a concept.", "De côté avec lui avons établi un concept.",
     "De côté avec lui nous avons établi un concept."),
])
def test_we_subjects(source: str, french: str, want: str) -> None:
    assert we_subjects([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # after "et" the subject is shared, as in the English
    ("We visited the fields and saw them.", "Nous avons visité les champs et les avons vus."),
    # "nous" there for each *we*
    ("We know that we will win.", "Nous savons que nous gagnerons."),
    # no *we* in the English: not ours to give
    ("The documents have been signed.", "Avons signé les documents."),
])
def test_we_left_alone(source: str, french: str) -> None:
    assert we_subjects([source], [french]) == [french]
