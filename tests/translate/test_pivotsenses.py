"""Word senses of round 14: the English said again (``data/preedit_en.json``: a topic noun's
*on*, *substantial*, *consistent*, *owing to*, *rightful*, *eco-friendly*, *potential*,
*tour*) and the French put right after the engine (``pivotsenses.py``: *spread*, *head*,
*side*, *fans*, *border*, *choice*, *approach*, *the right X*, *estimated*, *utmost*, *good
use*, *on the market*, *centuries-old*, *bad*, *hard*, a topic noun's "environ").
Constructed examples, each with the guard it must leave."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.pivotsenses import (
    adjectives,
    calques,
    centuries,
    nouns,
    phrases,
    right,
    services,
    turns,
    verbs,
)
from tests.translate.test_preedit_senses import edited, french


@pytest.mark.parametrize(("line", "said"), [
    # a topic noun's *on*: *about*, which the engine makes "sur"
    ("They reached an agreement on the price.", "They reached an agreement about the price."),
    ("We need decisions on these issues.", "We need decisions about these issues."),
    # guards: a date, *behalf*, *the sidelines*; a noun not of a topic
    ("The decision on Monday was important.", "The decision on Monday was important."),
    ("The statement on behalf of the group", "The statement on behalf of the group"),
    ("Consultations on the sidelines of the summit",
     "Consultations on the sidelines of the summit"),
    ("We rely on the government.", "We rely on the government."),
    # dictionary senses
    ("They made substantial investments.", "They made considerable investments."),
    ("We see consistent progress.", "We see constant progress."),
    ("We pursue a consistent policy.", "We pursue a coherent policy."),
    ("This is consistent with the law.", "This is consistent with the law."),
    ("It was delayed owing to the rain.", "It was delayed because of the rain."),
    ("It will take its rightful place.", "It will take its legitimate place."),
    ("They use eco-friendly technologies.", "They use ecological technologies."),
    ("It costs an estimated 5 billion.", "It costs approximately 5 billion."),
    ("The region has plenty of potential.", "The region has a considerable potential."),
    ("The region has enormous potential.", "The region has an enormous potential."),
    ("The potential is great.", "The potential is great."),
    ("The tour of the plant began.", "The visit of the plant began."),
    ("They met tour operators.", "They met tour operators."),
    # a topic noun's *on* before *how*, *what*: left (no "sur que")
    ("We shared ideas on how to act.", "We shared ideas on how to act."),
])
def test_said_again(apertium_ok: bool, line: str, said: str) -> None:
    assert edited(line) == said


def test_verbs() -> None:
    assert verbs("They are spreading best practices.", "Ils tartinent les pratiques.") == (
        "Ils diffusent les pratiques.")
    assert verbs("He headed the institute.", "Il a commencé l'institut.") == (
        "Il a dirigé l'institut.")
    # guards: *head for* a place; a sentence that also says *begin*
    assert verbs("The ship headed for port.", "Le bateau a commencé.") == "Le bateau a commencé."
    assert verbs("He headed the team and began work.", "Il a commencé le travail.") == (
        "Il a commencé le travail.")


def test_nouns() -> None:
    assert nouns("The American side agreed.", "L'angle américain a convenu.") == (
        "La partie américaine a convenu.")
    assert nouns("Either side may end it.", "N'importe quel angle peut le finir.") == (
        "Chaque partie peut le finir.")
    assert nouns("Troops on either side of the border", "Troupes dans n'importe quel angle "
                 "du bord") == "Troupes de part et d'autre de la frontière"
    assert nouns("This side of the river", "Cet angle du fleuve") == "Ce côté du fleuve"
    assert nouns("It was a hard choice.", "C'était une élection dure.") == (
        "C'était un choix dur.")
    assert nouns("a common approach", "un rapprochement commun") == "une approche commune"
    assert nouns("nobody wins without you by their side", "sans vous par leur angle") == (
        "sans vous à leurs côtés")
    assert nouns("The fans cheered.", "Le hobby a acclamé.") == "Les passionnés ont acclamé."
    assert nouns("to strengthen the Tajik-Afghan border", "renforcer le bord tadjiko-afghan") == (
        "renforcer la frontière tadjiko-afghane")
    assert nouns("the Border Service", "le service de bord") == "le service des frontières"
    assert nouns("a legal framework", "un marc légal") == "un cadre légal"
    # guards: an angle in the English; an election in the English; an edge
    assert nouns("the angle on each side", "l'angle") == "l'angle"
    assert nouns("the choice of voters at the election", "l'élection") == "l'élection"
    assert nouns("the border on the edge", "le bord") == "le bord"


def test_right() -> None:
    assert right("It was the right decision.", "C'était la décision droite.") == (
        "C'était la bonne décision.")
    # the gender of the noun, not of the engine's adjective
    assert right("He took the right steps.", "Il a pris les mesures droits.") == (
        "Il a pris les bonnes mesures.")
    assert right("the right time to act", "le temps droit d'agir") == "le bon moment d'agir"
    # guards: a direction; *the right to*
    assert right("on the right bank", "sur la rive droite") == "sur la rive droite"
    assert right("the right to vote", "le droit de vote") == "le droit de vote"


def test_phrases() -> None:
    assert phrases("the estimated cost", "le coût aimé") == "le coût estimé"
    assert phrases("our beloved and estimated", "aimé") == "aimé"
    assert phrases("We will do our utmost to help.", "Nous ferons notre suprême d'aider.") == (
        "Nous ferons tout notre possible pour aider.")
    assert phrases("They make good use of it.", "Ils font de le bon emploi de cela.") == (
        "Ils font bon usage de cela.")
    assert phrases("on the labour market", "au marché du travail") == "sur le marché du travail"
    assert phrases("more and more people", "Plus et plus les personnes") == (
        "De plus en plus de personnes")
    assert phrases("It is more and more popular.", "C'est plus et plus populaire.") == (
        "C'est de plus en plus populaire.")
    # guard: the marketplace
    assert phrases("He bought fish at the market in the town.", "au marché") == "au marché"


def test_centuries() -> None:
    assert centuries("centuries-old traditions", "des siècles-traditions vieilles") == (
        "des traditions séculaires")
    assert centuries("a centuries-long history", "des siècles-histoire longue") == (
        "une histoire séculaire")
    assert centuries("a decades-long conflict", "des décennies-lutte longue") == (
        "une lutte de plusieurs décennies")
    assert centuries("century-old buildings", "siècle-bâtiments vieux") == (
        "des bâtiments centenaires")
    # guard: no compound in the English
    assert centuries("old traditions", "des siècles-traditions vieilles") == (
        "des siècles-traditions vieilles")


def test_adjectives() -> None:
    assert adjectives("due to bad weather", "à cause de temps mesquin") == (
        "à cause de mauvais temps")
    assert adjectives("The news is bad.", "La nouvelle est mesquine.") == (
        "La nouvelle est mauvaise.")
    assert adjectives("We worked hard.", "Nous avons travaillé porter.") == (
        "Nous avons travaillé dur.")
    assert adjectives("It is much harder to operate.", "C'est beaucoup plus porter d'opérer.") == (
        "C'est beaucoup plus difficile d'opérer.")
    assert adjectives("consultations about several topics",
                      "consultations environ plusieurs sujets") == (
        "consultations sur plusieurs sujets")
    assert adjectives("We are concerned about the rate.",
                      "Nous sommes préoccupés sur le taux.") == (
        "Nous sommes préoccupés par le taux.")
    # guards: *about* a figure; "porter" a verb; no *bad*
    assert adjectives("about 20 reports", "environ 20 rapports") == "environ 20 rapports"
    assert adjectives("hard work to bring it", "porter le") == "porter le"
    assert adjectives("petty", "mesquin") == "mesquin"


def test_services() -> None:
    assert services("help all regardless of age", "aider tous malgré tout de l'âge") == (
        "aider tous indépendamment de l'âge")
    assert services("They get free legal advice.", "Ils reçoivent le conseil juridique libre.") == (
        "Ils reçoivent le conseil juridique gratuit.")
    assert services("free medical care", "la santé médicale libre") == "la santé médicale gratuite"
    assert services("legal assistance", "de l'assistance légale") == "de l'assistance juridique"
    assert services("administrative premises", "des prémisses administratives") == (
        "des locaux administratifs")
    assert services("covered with ice", "couvert de gel") == "couvert de glace"
    assert services("the crew led by him", "l'équipage porté par lui") == (
        "l'équipage dirigé par lui")
    assert services("benefits for workers", "des profits pour ouvriers") == (
        "des avantages pour ouvriers")
    assert services("a world leader in trucks", "un chef mondial en camions") == (
        "un leader mondial en camions")
    # guards: free trade, a legal (lawful) act in the English without the noun, frost,
    # *malgré tout* alone, profits in the English, a head of state
    assert services("free trade and free access", "libre-échange et accès libre") == (
        "libre-échange et accès libre")
    assert services("legal", "la voie légale") == "la voie légale"
    assert services("ice and frost", "le gel") == "le gel"
    assert services("regardless of", "Malgré tout, nous") == "Malgré tout, nous"
    assert services("profits and benefits", "profits") == "profits"
    assert services("world leaders", "le chef de l'État") == "le chef de l'État"


def test_turns() -> None:
    assert turns("New problems emerged.", "De nouveaux problèmes ont affleuré.") == (
        "De nouveaux problèmes ont surgi.")
    assert turns("help for homeless people", "aide pour personnes sans plafond") == (
        "aide pour personnes sans-abri")
    assert turns("The crew won the stage.", "L'équipage a vaincu l'étape.") == (
        "L'équipage a remporté l'étape.")
    assert turns("They won the trust of all.", "Ils ont vaincu la confiance de tous.") == (
        "Ils ont gagné la confiance de tous.")
    assert turns("The team won 14-7.", "L'équipe a vaincu 14-7.") == "L'équipe a gagné 14-7."
    assert turns("More than a million came.", "Plus que un million sont venus.") == (
        "Plus d'un million sont venus.")
    assert turns("over a third of exports", "par-dessus un tiers des exportations") == (
        "plus d'un tiers des exportations")
    assert turns("We must not rest on our laurels.",
                 "Nous ne devons pas reposer dans nos lauriers.") == (
        "Nous ne devons pas nous reposer sur nos lauriers.")
    # guards: *defeat* beside *win*; a comparison, not a figure
    assert turns("They defeated them and won.", "Ils ont vaincu l'ennemi.") == (
        "Ils ont vaincu l'ennemi.")
    # *defeat* beside *win*: only the form before "victoire" is "remporter"
    assert turns("They defeated Nazism and won a victory.",
                 "Ils ont vaincu le nazisme et ont vaincu une victoire.") == (
        "Ils ont vaincu le nazisme et ont remporté une victoire.")
    assert turns("It is more than a game.", "C'est plus qu'un jeu.") == "C'est plus qu'un jeu."


def test_calques() -> None:
    assert calques("adopt a road map", "adopter une carte de route") == (
        "adopter une feuille de route")
    assert calques("They adopted the roadmap.", "Ils ont adopté le roadmap.") == (
        "Ils ont adopté la feuille de route.")
    assert calques("an increasingly important role", "un rôle chaque fois plus important") == (
        "un rôle de plus en plus important")
    assert calques("What does it mean in practical terms?",
                   "Qu'est-ce que cela signifie dans des termes praticiens ?") == (
        "Qu'est-ce que cela signifie concrètement ?")
    assert calques("Suffice it to say that", "Suffis-le pour dire que") == (
        "Il suffit de dire que")
    assert calques("We worked hard.", "Nous avons travaillé durs.") == "Nous avons travaillé dur."
    assert calques("the key objectives", "les objectifs clous") == "les objectifs clé"
    assert calques("key rights", "des droits clous dans") == "des droits clé dans"
    # guards: no road map, no *increasingly*, *hard* not after *work*, a nail
    assert calques("a map of the road", "une carte de route") == "une carte de route"
    assert calques("each time more", "chaque fois plus") == "chaque fois plus"
    assert calques("hard times", "des temps durs") == "des temps durs"
    assert calques("a nail", "un clou") == "un clou"


def test_the_french_that_comes_out(engine: ApertiumEngine) -> None:
    out = french(engine, "The company made substantial investments.",
                 "The two leaders exchanged views on Syria.",
                 "Our peoples have centuries-old traditions.",
                 "Russia will do its utmost to help.",
                 "This was the right decision.",
                 "The track is popular with motor sport fans.")
    assert "investissements considérables" in out[0]
    assert "sur la Syrie" in out[1]
    assert "des traditions séculaires" in out[2]
    assert "fera tout son possible pour aider" in out[3]
    assert "la bonne décision" in out[4]
    assert "passionnés du sport automobile" in out[5]


def test_glossary_phrases(engine: ApertiumEngine) -> None:
    out = french(engine, "Russia joined it in 1954, if I am not mistaken.",
                 "They will get such weapons sooner or later.",
                 "Exports have grown three years in a row.",
                 "We think that the sooner the better.")
    assert out[0].endswith("en 1954, si je ne me trompe pas.")
    assert out[1].endswith("tôt ou tard.")
    assert out[2].endswith("trois ans de suite.")
    assert out[3].endswith("le plus tôt sera le mieux.")


def test_chess_before_a_noun() -> None:
    assert calques("The chess club opened.", "Le club piège a ouvert.") == (
        "Le club d'échecs a ouvert.")
    assert calques("The chess teams met.", "Les équipes pièges se sont réunies.") == (
        "Les équipes d'échecs se sont réunies.")
    # a trap in the English: "piège" in its own sense
    assert calques("Chess has a trap for beginners.", "Les échecs ont un piège.") == (
        "Les échecs ont un piège.")


def test_inform_someone() -> None:
    assert verbs("The minister informed the President that it was done.",
                 "Le ministre a rapporté le Président que c'était fait.") == (
        "Le ministre a informé le Président que c'était fait.")
    assert verbs("He will inform us.", "Il nous rapportera.") == "Il nous informera."
    # the English reports: "rapporter" in its own sense
    assert verbs("He informed us and reported the results.", "Il a rapporté les résultats.") == (
        "Il a rapporté les résultats.")


def test_no_article_after_sans() -> None:
    assert calques("It ensures uninterrupted traffic.", "Il assure le trafic sans des "
                   "interruptions.") == "Il assure le trafic sans interruption."
    assert calques("All roads without exception.", "Toutes routes sans des exceptions.") == (
        "Toutes routes sans exception.")
    assert calques("5G wireless communications.", "communications sans des fils") == (
        "communications sans fil")
    assert calques("They came without any delays.", "Ils sont venus sans des retards.") == (
        "Ils sont venus sans retards.")
    # no *without* in the English: left
    assert calques("They came.", "Ils sont venus sans des retards.") == (
        "Ils sont venus sans des retards.")
