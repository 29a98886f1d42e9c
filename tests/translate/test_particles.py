"""English prepositions and *any* put right by the English (``particles.py``). The English
sentences are from en.kremlin.ru (CC BY 4.0), tuning pages (even ids); the French is the
engine's output and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.particles import particles


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We are doing this without any problems for the industry’s companies.",
     "Nous faisons ça sans n'importe quels problèmes pour les entreprises de l'industrie.",
     "Nous faisons ça sans aucun problème pour les entreprises de l'industrie."),
    ("So far, we have not received any response from our other partners.",
     "Pour le moment, nous n'avons pas reçu n'importe quelle réponse de nos partenaires.",
     "Pour le moment, nous n'avons reçu aucune réponse de nos partenaires."),
    # Constructed: *not ... anything* with a compound tense and an infinitive, *any* after an
    # infinitive with *without*, *never* and *no one*, a plural noun with its adjective.
    ("They have not restored anything.", "Ils n'ont pas restauré n'importe quoi.",
     "Ils n'ont rien restauré."),
    ("They don't want to do anything.", "Ils ne veulent pas faire n'importe quoi.",
     "Ils ne veulent rien faire."),
    ("They will not get anything.", "Ils ne recevront pas n'importe quoi.",
     "Ils ne recevront rien."),
    ("It works without making any mistakes.", "Cela marche sans faire n'importe quelles "
     "erreurs.", "Cela marche sans faire aucune erreur."),
    ("No one wants to face any restrictions.", "Personne veut affronter n'importe quelles "
     "restrictions.", "Personne veut affronter aucune restriction."),
    ("We never wanted to create any problems.", "Nous ne voulions jamais créer n'importe "
     "quels problèmes.", "Nous ne voulions jamais créer aucun problème."),
    ("We do not produce any chemical products.", "Nous ne produisons pas n'importe quels "
     "produits chimiques importés ici.",
     "Nous ne produisons aucun produit chimique importé ici."),
    ("Mr Lukashenko and I talk about the development of cooperation in these areas.",
     "Loukachenko et moi parlons environ le développement de la coopération dans ces domaines.",
     "Loukachenko et moi parlons du développement de la coopération dans ces domaines."),
    ("We are thinking about simplifying the procedure for granting Russian citizenship.",
     "Nous pensons environ en simplifiant la procédure d'octroi de la citoyenneté russe.",
     "Nous pensons à simplifier la procédure d'octroi de la citoyenneté russe."),
    ("I would like to say a few words about such an important tax.",
     "Je voudrais dire quelques mots environ un impôt si important.",
     "Je voudrais dire quelques mots sur un impôt si important."),
    ("The Government will have to work on all this.", "Le gouvernement devra travailler dans "
     "tout ça.", "Le gouvernement devra travailler sur tout ça."),
    ("The final result will depend on the coordination of our efforts.",
     "Le résultat final dépendra dans la coordination de nos efforts.",
     "Le résultat final dépendra de la coordination de nos efforts."),
    ("And here we count on your support too.", "Et ici nous comptons dans votre soutien aussi.",
     "Et ici nous comptons sur votre soutien aussi."),
    ("With very few exceptions, we rely on the officer corps.",
     "Avec très peu d'exceptions, nous confions dans le corps d'officiers.",
     "Avec très peu d'exceptions, nous comptons sur le corps d'officiers."),
    ("In the coming months, the agreement on trade and economic cooperation will enter into "
     "force.",
     "Dans les prochains mois, l'accord au-dessus commerce et la coopération économique "
     "entrera en vigueur.",
     "Dans les prochains mois, l'accord sur commerce et la coopération économique entrera en "
     "vigueur."),
    ("I congratulate you on receiving these high state awards.",
     "Je vous félicite au-dessus en recevant ces hautes décorations d'État.",
     "Je vous félicite d'avoir reçu ces hautes décorations d'État."),
    ("But there are also issues that require our special focus.",
     "Mais il y a aussi sujets qui requièrent notre attention particulière.",
     "Mais il y a aussi des sujets qui requièrent notre attention particulière."),
    ("There are segments covered by privately owned healthcare institutions.",
     "Il y a segments couverts par des établissements de santé privés.",
     "Il y a des segments couverts par des établissements de santé privés."),
    ("The sides reaffirmed their intention to continue building up bilateral cooperation.",
     "Les parties ont réaffirmé leur intention de continuer à bâtir en haut de coopération "
     "bilatérale.",
     "Les parties ont réaffirmé leur intention de continuer à renforcer coopération "
     "bilatérale."),
    ("Good prospects are opening up for cooperation in the aluminium industry.",
     "Les bonnes perspectives ouvrent dessus pour la coopération dans l'industrie de "
     "l'aluminium.",
     "Les bonnes perspectives s'ouvrent pour la coopération dans l'industrie de "
     "l'aluminium."),
    ("This opens up very good prospects for us.", "Cela ouvre dessus de très bonnes "
     "perspectives pour nous.", "Cela ouvre de très bonnes perspectives pour nous."),
    # made-up: the progressive before simple_tense, "en train d'ouvrir dessus"
    ("Opportunities are opening up in this region.",
     "Les possibilités sont en train d'ouvrir dessus dans cette région.",
     "Les possibilités sont en train de s'ouvrir dans cette région."),
    ("We are opening up new markets.", "Nous sommes en train d'ouvrir dessus de nouveaux "
     "marchés.", "Nous sommes en train d'ouvrir de nouveaux marchés."),
    ("This also requires special attention on behalf of the state in terms of the "
     "availability of the requisite legal framework.",
     "Ça requiert aussi une attention spéciale au nom de l'état dedans appelle de la "
     "disponibilité du cadre légal requis.",
     "Ça requiert aussi une attention spéciale au nom de l'état en termes de la "
     "disponibilité du cadre légal requis."),
    ("I would like to listen to you in order to use this information in our work.",
     "Je voudrais vous écouter dedans range pour utiliser cette information dans notre travail.",
     "Je voudrais vous écouter afin d'utiliser cette information dans notre travail."),
    ("Of course, our products on the global markets can be safe and environmentally friendly.",
     "Naturellement, nos produits dans les marchés mondiaux peuvent être sûrs et écologiques.",
     "Naturellement, nos produits sur les marchés mondiaux peuvent être sûrs et écologiques."),
    # A plural with an adjective first: "de" ("sur de nouveaux marchés").
    ("The companies will enter new markets.", "Les entreprises entreront dans de nouveaux "
     "marchés.", "Les entreprises entreront sur de nouveaux marchés."),
    ("It is necessary to move forward and steadily develop the Russian orbital group.",
     "Il est nécessaire de remuer devant et développer fermement le groupe orbital russe.",
     "Il est nécessaire d'avancer et développer fermement le groupe orbital russe."),
    ("They are moving towards a strategic level.", "Ils remuent vers un niveau stratégique.",
     "Ils avancent vers un niveau stratégique."),
])
def test_particles(source: str, french: str, want: str) -> None:
    assert particles([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *about* before a figure is "environ".
    ("They talked about 20 percent of the market.", "Ils ont parlé environ 20 % du marché."),
    # *any* in a positive clause.
    ("Any country may join.", "N'importe quel pays peut adhérer."),
    ("You can choose any day.", "Vous pouvez choisir n'importe quel jour."),
    # *not just any*: "pas n'importe quel" says it.
    ("This is not just any country.", "Ce n'est pas n'importe quel pays."),
    # The English also works *in*.
    ("We work in the plant and work on it.", "Nous travaillons dans l'usine."),
    # *over* and *above* are "au-dessus".
    ("Incentives should be over and above the minimum wage, based on merit.",
     "Les incitations devraient être au-dessus et au-dessus du salaire minimum."),
    # "il y a" of time, and a singular.
    ("We met there are five years ago.", "Nous nous sommes rencontrés il y a cinq ans."),
    ("There is a need.", "Il y a besoin."),
    # *move* in the sense of *shift*, and "dans" of a market the English does not name.
    ("Attempts are made to move the responsibility to us.",
     "Des tentatives sont faites pour remuer la responsabilité sur nous."),
    ("We work in the shop.", "Nous travaillons dans le marché."),
])
def test_particles_left_alone(source: str, french: str) -> None:
    assert particles([source], [french]) == [french]
