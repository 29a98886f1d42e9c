"""English -ing clauses and impersonal *it is* (``verbals.py``). The English sentences are
from en.kremlin.ru (CC BY 4.0), tuning pages (even ids); the French is the engine's output
and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.verbals import verbals


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The main thing is that we have started implementing our second project.",
     "La chose principale est que nous avons commencé en implémentant notre deuxième projet.",
     "La chose principale est que nous avons commencé à implémenter notre deuxième projet."),
    ("People have started using it to receive road accident reports.",
     "Les gens ont commencé en l'utilisant pour recevoir des rapports d'accident.",
     "Les gens ont commencé à l'utiliser pour recevoir des rapports d'accident."),
    ("We will continue producing K3 lorries.", "Nous continuerons produisant des camions.",
     "Nous continuerons à produire des camions."),
    ("This is clear progress; we will keep working on it.",
     "C'est un progrès clair; nous suivrons travailler sur cela.",
     "C'est un progrès clair; nous continuerons à travailler sur cela."),
    ("Nevertheless, we have not yet finished disputing this with the Government.",
     "Pourtant, nous n'avons pas encore fini en disputant ça avec le gouvernement.",
     "Pourtant, nous n'avons pas encore fini de disputer ça avec le gouvernement."),
    ("Once an offence is registered, investigators begin collecting evidence.",
     "Une fois une offense enregistrée, les enquêteurs commencent ramassant des preuves.",
     "Une fois une offense enregistrée, les enquêteurs commencent à ramasser des preuves."),
    ("We will allocate the required amounts when adjusting the budget for this year.",
     "Nous destinerons les montants requis quand en ajustant le budget pour cette année.",
     "Nous destinerons les montants requis en ajustant le budget pour cette année."),
    ("We will consider them when determining key areas of cooperation.",
     "Nous les considérerons quand déterminant des domaines clés de coopération.",
     "Nous les considérerons en déterminant des domaines clés de coopération."),
    ("It is important to note that construction of the fourth line is underway.",
     "C'est important de remarquer que la construction de la quatrième ligne est en cours.",
     "Il est important de remarquer que la construction de la quatrième ligne est en cours."),
    # an adverb of time, *for us*, a comma after "que" (Grevisse § 1123: "il est important")
    ("It is always important for us to hear your opinion.",
     "C'est toujours important pour nous d'entendre votre opinion.",
     "Il est toujours important pour nous d'entendre votre opinion."),
    ("It is important that, despite the situation, the participants continue to interact.",
     "C'est important que, malgré la situation, les participants continuent à interagir.",
     "Il est important que, malgré la situation, les participants continuent à interagir."),
    ("In these conditions, it is important to make adequate and accurate forecasts.",
     "Dans ces conditions, c'est importante de faire des prévisions appropriées.",
     "Dans ces conditions, il est important de faire des prévisions appropriées."),
    ("In other words, for us it is important to make sure that the transfer does not create "
     "any inconveniences.",
     "En d'autres termes, pour nous est important d'assurer que le transfert ne crée aucun "
     "problème.",
     "En d'autres termes, pour nous, il est important d'assurer que le transfert ne crée "
     "aucun problème."),
    ("In the international parliamentary dialogue, it is imperative to be decisive.",
     "Dans le dialogue parlementaire international, est impératif d'être décisif.",
     "Dans le dialogue parlementaire international, il est impératif d'être décisif."),
    # two adverbs before the adjective; *would be*
    ("It is also very important that many companies have returned.",
     "C'est aussi très important que beaucoup d'entreprises soient revenues.",
     "Il est aussi très important que beaucoup d'entreprises soient revenues."),
    ("It would be logical to revive it.", "C'est logique de le revivre.",
     "Il est logique de le revivre."),
    # the pivot's "à" for *to* after an adjective that never takes "à" + infinitive
    ("So it is important to always stay in shape.",
     "Donc, c'est important à toujours rester en forme.",
     "Donc, il est important de toujours rester en forme."),
    ("It is important to jointly seek alternative solutions.",
     "C'est important à conjointement chercher des alternatives.",
     "Il est important de conjointement chercher des alternatives."),
    ("It is necessary to adapt.", "C'est nécessaire à adapter.", "Il est nécessaire d'adapter."),
    ("It is time to update the programme of cooperation.",
     "C'est temps pour mettre à jour le programme de coopération.",
     "Il est temps de mettre à jour le programme de coopération."),
    ("It is much easier to say that there are no areas in which we do not interact.",
     "C'est beaucoup plus facile de dire qu'il n'y a aucun domaine.",
     "Il est beaucoup plus facile de dire qu'il n'y a aucun domaine."),
    # An adverb the engine left before the verb, in English order.
    ("I am confident that you will certainly continue to improve your professional level.",
     "Je suis sûr que vous sans doute continuera à améliorer votre niveau professionnel.",
     "Je suis sûr que vous continuerez sans doute à améliorer votre niveau professionnel."),
    ("We will of course study them attentively and will certainly consider them.",
     "Nous les étudierons naturellement attentivement et sans doute les considérerons.",
     "Nous les étudierons naturellement attentivement et les considérerons sans doute."),
    ("Russia will consistently build up its gas liquefying capacities.",
     "La Russie de façon cohérente renforcera ses capacités de liquéfaction du gaz.",
     "La Russie renforcera de façon cohérente ses capacités de liquéfaction du gaz."),
    ("With our overall support, Syria can now accommodate up to 1.5 million people.",
     "Avec notre soutien global, la Syrie maintenant peut accueillir 1,5 million de personnes.",
     "Avec notre soutien global, la Syrie peut maintenant accueillir 1,5 million de personnes."),
    ("I would also like to express my deep condolences.",
     "Aussi je voudrais exprimer mes profondes condoléances.",
     "Je voudrais aussi exprimer mes profondes condoléances."),
    # "vous" after "d'entre" is no subject: the verb keeps its person.
    ("Many of you probably know about the ideas of Mr Xi Jinping.",
     "Beaucoup d'entre vous probablement sait sur les idées de M. Xi Jinping.",
     "Beaucoup d'entre vous sait probablement sur les idées de M. Xi Jinping."),
    ("Because we are experiencing rapid technological development, a new technological "
     "revolution.",
     "Parce que nous sommes éprouvant un développement technologique rapide, une nouvelle "
     "révolution technologique.",
     "Parce que nous éprouvons un développement technologique rapide, une nouvelle "
     "révolution technologique."),
    ("We meet regularly and, of course, we resolve critical issues of cooperation.",
     "Nous connaissons régulièrement et, naturellement, nous résolvons des sujets critiques de "
     "coopération.",
     "Nous nous rencontrons régulièrement et, naturellement, nous résolvons des sujets "
     "critiques de coopération."),
    # Made-up sentences: an adverb before a compound tense goes after its auxiliary, a
    # negation takes "ne", a word in -ment read as an adverb moves too.
    ("By then, output had almost tripled.", "Alors, la production presque avait triplé.",
     "Alors, la production avait presque triplé."),
    ("The bridge has not yet reached its full load.",
     "Le pont pas encore a atteint sa charge pleine.",
     "Le pont n'a pas encore atteint sa charge pleine."),
    ("The farmers also have new tractors.", "Les fermiers aussi ont de nouveaux tracteurs.",
     "Les fermiers ont aussi de nouveaux tracteurs."),
    ("These schools successfully train young engineers.",
     "Ces écoles efficacement forment de jeunes ingénieurs.",
     "Ces écoles forment efficacement de jeunes ingénieurs."),
    ("This plan not only protects farmers but also saves water.",
     "Ce plan pas seulement protège des fermiers mais aussi sauve de l'eau.",
     "Ce plan ne protège pas seulement des fermiers mais aussi sauve de l'eau."),
    ("The city again hosted the festival.", "La ville à nouveau a accueilli le festival.",
     "La ville a à nouveau accueilli le festival."),
    # a -ment adverb after an adjective or "pour cent" closing the subject
    ("Other similar programmes effectively help young people to choose.",
     "D'autres programmes similaires efficacement aident les jeunes à choisir.",
     "D'autres programmes similaires aident efficacement les jeunes à choisir."),
    ("Nearly 100 percent strongly believe that these restrictions hurt.",
     "Près de 100 pour cent fortement croient que ces restrictions nuisent.",
     "Près de 100 pour cent croient fermement que ces restrictions nuisent."),
    ("That is why we are signing agreements with all the regions.",
     "C'est pourquoi nous est signant des accords avec toutes les régions.",
     "C'est pourquoi nous signons des accords avec toutes les régions."),
    # Made-up: *meet* with an adverb before it, *to meet* with no object.
    ("They often meet in the final.", "Ils souvent connaissent dans la finale.",
     "Ils se rencontrent souvent dans la finale."),
    ("We are glad of this chance to meet.", "Nous sommes heureux de cette chance de connaître.",
     "Nous sommes heureux de cette chance de nous rencontrer."),
    ("Mayors plan to meet again in May.", "Les maires prévoient de connaître à nouveau en mai.",
     "Les maires prévoient de se rencontrer à nouveau en mai."),
    ("No one prevents us from meeting, while at the same time",
     "Personne ne nous empêche de connaître, tandis que dans le même temps",
     "Personne ne nous empêche de nous rencontrer, tandis que dans le même temps"),
    # Made-up: *was attended by*, "a été assisté par" -> "a réuni".
    ("The meeting was attended by the Prime Minister.",
     "La rencontre a été assistée par le Premier ministre.",
     "La rencontre a réuni le Premier ministre."),
    ("The ceremony was also attended by the Governor.",
     "La cérémonie était aussi assistée par le gouverneur.",
     "La cérémonie a aussi réuni le gouverneur."),
    ("The talks were attended by experts.", "Les discussions ont été assistées par des experts.",
     "Les discussions ont réuni des experts."),
    ("The talks are also attended by experts.",
     "Les discussions sont aussi assistées par des experts.",
     "Les discussions réunissent aussi des experts."),
    # Made-up: *prove*, "essayer" -> "être" before an adjective, else "prouver".
    ("The system proved very helpful.", "Le système a essayé très utile.",
     "Le système a été très utile."),
    ("The measures proved to be effective.", "Les mesures ont essayé pour être efficaces.",
     "Les mesures ont été efficaces."),
    ("The project has proven its worth.", "Le projet a essayé sa valeur.",
     "Le projet a prouvé sa valeur."),
    # Made-up: *prepared to* "prêt à", *instructed to* "chargé de", before an infinitive.
    ("Russia is prepared to accelerate the process.",
     "La Russie est préparée pour accélérer le processus.",
     "La Russie est prête à accélérer le processus."),
    ("I instructed you to take additional measures.",
     "Je vous ai instruit pour prendre des mesures additionnelles.",
     "Je vous ai chargé de prendre des mesures additionnelles."),
    ("The ministry was instructed to warn citizens.",
     "Le ministère a été instruit pour avertir des citoyens.",
     "Le ministère a été chargé d'avertir des citoyens."),
    # Made-up: *fail* (to do), "faillir" (*almost do*) -> "échouer" (à + infinitive).
    ("What we have failed to do is clear.", "Ce que nous avons failli pour faire est clair.",
     "Ce que nous avons échoué à faire est clair."),
    ("All attempts have failed.", "Toutes les tentatives ont failli.",
     "Toutes les tentatives ont échoué."),
    ("We fail to inform people.", "Nous faillons à informer les gens.",
     "Nous échouons à informer les gens."),
])
def test_verbals(source: str, french: str, want: str) -> None:
    assert verbals([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # No *start* + -ing in the English: "commencer par" stays.
    ("We will start with the budget.", "Nous commencerons en parlant du budget."),
    # *when* + a clause: "quand" stays.
    ("When we met, we agreed.", "Quand nous nous sommes rencontrés, nous avons convenu."),
    # *this is important*: a demonstrative, not the impersonal *it*.
    ("This is important to note.", "C'est important de le noter."),
    ("That is what makes it possible.", "C'est possible que cela marche."),
    # "à" + infinitive after *difficult*, *easy*: French ("c'est difficile à dire")
    ("It is difficult to say.", "C'est difficile à dire."),
    ("It is easy to understand why.", "C'est facile à comprendre pourquoi."),
    # An adverb opening the sentence, or "même" after a noun (*itself*).
    ("Now we will be even more firm.", "Maintenant nous serons encore plus fermes."),
    ("The work itself is important.", "Le travail même est important."),
    # "maintenant" opening a clause after "et".
    ("and now we have worked here again", "et maintenant nous avons travaillé ici à nouveau"),
    # *meet* with an object: "connaître" is left to the sense rules.
    ("We want to meet the needs of families.", "Nous voulons connaître les besoins."),
    ("I was glad to meet you.", "J'étais heureux de vous connaître."),
    ("Certainly, we will continue.", "Sans doute, nous continuerons."),
    # An -ing adjective after *be*, not a progressive.
    # A noun in -ment before its verb, an adverb after "et" or "qui".
    ("The government has done a lot.", "Le gouvernement a fait beaucoup."),
    # after an adjective, a -ment adverb before a participle or an adjective stays
    ("a role equally recognised", "un rôle important également reconnu"),
    ("They are economically viable.", "Des projets durables économiquement viables."),
    ("The complete text was ready.", "Le complètement a été prêt."),
    ("and also has a plan", "et aussi a un plan"),
    # "comment" (*how*) opens the clause: not a -ment adverb put after the verb
    ("I would like to know how you personally see the future.",
     "Je voudrais savoir comment vous voyez personnellement l'avenir."),
    ("It is interesting to note this.", "Il est intéressant de noter cela."),
    ("This work is promising, and we are working.", "Ce travail est prometteur et intéressant."),
    # *prepared for* a thing: "préparé pour" stays
    ("As I prepared for this event, it was easy.",
     "Comme je me suis préparé pour cet événement, c'était facile."),
    # *try* in the sentence: "essayer" may be its
    ("We tried to prove it.", "Nous avons essayé de le prouver."),
    # *attended* in the active: "assister à" is right
    ("The President attended the concert.", "Le Président a assisté au concert."),
    # *assisted by*: helped
    ("The work was assisted by volunteers.", "Le travail a été assisté par des volontaires."),
    # "faillir" where the English has no *fail*; "faillite" (bankruptcy)
    ("We nearly lost.", "Nous avons failli perdre."),
    ("The company failed.", "L'entreprise a fait faillite."),
])
def test_verbals_left_alone(source: str, french: str) -> None:
    assert verbals([source], [french]) == [french]
