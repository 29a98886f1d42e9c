"""English idioms Apertium says word for word, written as French says them (``idioms.py``):
each rule where the English has the idiom, and not where it has not."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.idioms import idioms, stronger
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The verb rules generate forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The new rules will come into force in 2020.",
     "Les règles viendront à force en 2020.", "entreront en vigueur"),
    ("The law came into force last year.", "La loi est venue à force l'année dernière.",
     "est entrée en vigueur"),
    ("We will do our best to restore supply.", "Nous ferons notre meilleur de restaurer.",
     "ferons de notre mieux pour restaurer"),
    ("This means that the topic is important.", "Ce moyen que le thème est important.",
     "Cela signifie que le thème"),
    ("Prices rose, which means that people pay more.",
     "Les prix ont augmenté, qui signifie ces personnes paient plus.",
     ", ce qui signifie que les personnes"),
    ("I want to remind you that this was decided.", "Je veux vous souvenir que cela a été décidé.",
     "vous rappeler que"),
    ("I recall that we signed this treaty.", "Je retire que nous avons signé ce traité.",
     "Je rappelle que"),
    ("We managed to make some headway.", "Nous avons obtenu faire quelque progrès.",
     "avons réussi à faire"),
    ("We look forward to coming to Sochi.", "Nous regardons devant à venir à Sotchi.",
     "Nous attendons avec impatience de venir"),
    ("We look forward to this opportunity.", "Nous regardons devant à cette opportunité.",
     "Nous attendons avec impatience cette opportunité"),
    ("It will stay true for decades to come.", "Cela restera vrai des décennies pour venir.",
     "des décennies à venir."),
    ("It employs over 3,500 people.", "Il emploie sur 3 500 personnes.",
     "Il emploie plus de 3 500"),
    ("More than 20 regions took part.", "Plus que 20 régions ont participé.", "Plus de 20"),
    ("So, we will do it.", "Aussitôt que, nous le ferons.", "Donc, nous le ferons."),
    ("In any case, they have none.", "Dans n'importe quel cas, ils n'en ont pas.",
     "En tout cas,"),
    ("We plan to deliver fuel.", "Nous planons livrer du combustible.", "Nous prévoyons livrer"),
    ("We greatly appreciate your support.", "Nous remercions beaucoup votre soutien.",
     "Nous apprécions beaucoup votre soutien"),
    ("By 2027, we will build the road.", "Par 2027, nous bâtirons la route.", "D'ici 2027,"),
    ("Our plan for 2031 is ready.", "Notre plan par 2031 est prêt.", "Notre plan pour 2031"),
    ("Exports for 2031 will grow by 2032.", "Les exportations par 2031 croîtront par 2032.",
     "Les exportations pour 2031 croîtront d'ici 2032."),
    ("The budget for 2030–2032 grew.", "Le budget par 2030–2032 a grandi.",
     "Le budget pour 2030–2032"),
    ("Since the late 80s we have worked.", "Depuis lors la fin des années 80 nous avons",
     "Depuis la fin"),
    ("We have many items, so I would like to stress it.",
     "Nous avons beaucoup d'éléments, aussitôt que je voudrais le souligner.",
     ", donc je voudrais"),
    ("The water is covered with ice, so aircraft have to wait.",
     "L'eau est couverte de gel, aussitôt qu'on doit attendre.", ", donc on doit attendre"),
    ("We work on the basis of principles.", "Nous travaillons dans la base de principes.",
     "sur la base de principes"),
    ("On this basis, we will act.", "Dans cette base, nous agirons.", "Sur cette base, nous"),
    ("I would like to note that the plan was adopted.",
     "Je voudrais remarquer que le plan a été adopté.", "Je voudrais noter que"),
    ("The forum, as was mentioned, will be held in China.",
     "Le forum, tandis qu'il a été mentionné, sera tenu en Chine.",
     "Le forum, comme il a été mentionné, sera"),
    ("As you may know, I worked there.", "Tandis que vous pouvez savoir, j'ai travaillé là.",
     "Comme vous pouvez savoir,"),
    ("Therefore, we understand it.", "À cause de cela, nous le comprenons.",
     "C'est pourquoi nous le comprenons."),
    ("I am grateful to them for this.", "Je leur suis reconnaissant à cause de cela.",
     "reconnaissant pour cela."),
    ("It grows by 4% a year on average.", "Il grandit de 4 % par an sur moyen.", "en moyenne"),
    ("For the third time, it is the team.", "Par la troisième fois, c'est l'équipe.",
     "Pour la troisième fois,"),
])
def test_idiom_written_as_french_says_it(source: str, french: str, want: str) -> None:
    assert want in idioms([source], [french])[0]


@pytest.mark.parametrize(("source", "french"), [
    # The same French where the English has no such idiom is left as it is.
    ("The army showed its force.", "L'armée est venue à force."),
    ("We found the time to come here.", "Nous avons trouvé le temps pour venir ici."),
    ("We were on 3 boats.", "Nous étions sur 3 bateaux."),
    ("As soon as we know, we will act.", "Aussitôt que nous savons, nous agirons."),
    ("The means that we have are limited.", "Les moyens que nous avons sont limités."),
    ("I remember that day.", "Je me souviens de ce jour."),
    ("You may have noticed that we changed it.", "Vous pouvez avoir remarqué que nous l'avons."),
    ("Because of this, prices rose.", "À cause de cela, les prix ont monté."),
    ("While we have a road, they have none, as you know.",
     "Tandis que nous avons une route, ils n'en ont pas, comme vous savez."),
    ("Thank you, we appreciate your support.", "Merci, nous remercions votre soutien."),
    ("We went by car in 2031.", "Nous sommes allés par voiture en 2031."),
    ("Exports grew in 2031 and in 2032.", "Les exportations par 2031 ont crû"),
    ("We have not met since then.", "Nous ne nous sommes pas vus depuis lors."),
    ("The data is in the database.", "Les données sont dans la base de données."),
    ("The data is in this base.", "Les données sont dans cette base."),
    ("We came as soon as we could, so we are here.",
     "Nous sommes venus aussitôt que nous avons pu, aussitôt que nous sommes ici."),
])
def test_idiom_rules_only_where_the_english_has_them(source: str, french: str) -> None:
    assert idioms([source], [french]) == [french]


def test_english_time_spans_through_the_engine(engine: ApertiumEngine) -> None:
    # "the coming months" is said "the months ahead", "over the past three years" "during
    # the last three years" before the engine (preedit_en.json).
    outs = [t.text for t in translate_texts(
        ["In the coming months we will sign the agreement.",
         "This is the first meeting over the past three years.",
         "The number of crimes over the past few years has been growing."],
        engine, "en", "fr")]
    assert "prochains mois" in outs[0] and "venant" not in outs[0], outs[0]
    assert "les trois dernières années" in outs[1] and "passé" not in outs[1], outs[1]
    assert "dernières années" in outs[2] and "passé" not in outs[2], outs[2]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("He drew our attention to the report.", "Il a dessiné notre attention au rapport.",
     "Il a attiré notre attention sur le rapport."),
    ("We have to draw conclusions from this.", "Nous devons dessiner des conclusions de ceci.",
     "Nous devons tirer des conclusions de ceci."),
    ("They are trying to draw Serbia into the bloc.",
     "Ils essaient de dessiner la Serbie au bloc.",
     "Ils essaient de entraîner la Serbie dans le bloc."),
    # a picture: kept
    ("The children drew pictures of their town.", "Les enfants ont dessiné des images de leur "
     "ville.", "Les enfants ont dessiné des images de leur ville."),
    # no *draw* in the English
    ("The architect designed the park.", "L'architecte a dessiné le parc.",
     "L'architecte a dessiné le parc."),
])
def test_draw_in_its_senses(source: str, french: str, want: str) -> None:
    assert idioms([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("She stressed that the talks were useful.", "Elle a accentué que les pourparlers étaient "
     "utiles.", "Elle a souligné que les pourparlers étaient utiles."),
    ("The minister stresses the need for reform.", "Le ministre accentue le besoin de réforme.",
     "Le ministre souligne le besoin de réforme."),
    # *accentuate*, *intensify*: "accentuer" is right
    ("They stressed it and accentuated the contrast.", "Ils l'ont accentué et ont accentué le "
     "contraste.", "Ils l'ont accentué et ont accentué le contraste."),
    # no verb *stress* in the English
    ("The new tax accentuates inequality.", "Le nouvel impôt accentue l'inégalité.",
     "Le nouvel impôt accentue l'inégalité."),
])
def test_stress_a_point(source: str, french: str, want: str) -> None:
    assert idioms([source], [french]) == [want]


@pytest.mark.parametrize(("line", "want"), [
    ("The alliance grows stronger every day.", "The alliance strengthens every day."),
    ("Trade ties have already become stronger.", "Trade ties have already strengthened."),
    ("Their bond is getting stronger, and it shows.", "Their bond is strengthening, and it "
     "shows."),
    ("The club will become stronger.", "The club will strengthen."),
    # a comparison, or *stronger* of a noun after it: kept
    ("The team grew stronger than its rivals.", "The team grew stronger than its rivals."),
    ("They want to become stronger players.", "They want to become stronger players."),
])
def test_stronger_read_as_strengthen(line: str, want: str) -> None:
    assert stronger(line) == want


def test_stronger_through_the_engine(engine: ApertiumEngine) -> None:
    # the pivot: "grandit plus forte", "ont grandi plus de forts"; French "se renforcer"
    outs = [t.text for t in translate_texts(
        ["The alliance is growing stronger every year.", "The bonds have grown stronger."],
        engine, "en", "fr")]
    assert "se renforce" in outs[0] and "plus fort" not in outs[0], outs[0]
    assert "se sont renforcé" in outs[1] and "grandi" not in outs[1], outs[1]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We realise that the road is long.", "Nous réalisons que la route est longue.",
     "Nous comprenons que la route est longue."),
    ("I fully realise the risk involved.", "Je réalise complètement le risque impliqué.",
     "Je comprends complètement le risque impliqué."),
    # *realise* a plan, a potential: "réaliser" is right
    ("They want to realise their potential.", "Ils veulent réaliser leur potentiel.",
     "Ils veulent réaliser leur potentiel."),
    ("We realise that we must realise these plans.", "Nous réalisons que nous devons réaliser "
     "ces plans.", "Nous réalisons que nous devons réaliser ces plans."),
])
def test_realise_as_understand(source: str, french: str, want: str) -> None:
    assert idioms([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The city welcomed the festival again.", "La ville a donné la bienvenue à nouveau le "
     "festival.", "La ville a accueilli à nouveau le festival."),
    ("Kazan welcomes the guests.", "Kazan donne la bienvenue les invités.",
     "Kazan accueille les invités."),
    # the person before the verb, or "à" after it: left
    ("I welcome you to Kazan.", "Je vous donne la bienvenue à Kazan.",
     "Je vous donne la bienvenue à Kazan."),
    # no *welcome* in the English
    ("He gave them a warm greeting.", "Il a donné la bienvenue les invités.",
     "Il a donné la bienvenue les invités."),
])
def test_welcome_an_object(source: str, french: str, want: str) -> None:
    assert idioms([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We welcome the efforts of the mediators.", "Nous donnons la bienvenue les efforts des "
     "médiateurs.", "Nous saluons les efforts des médiateurs."),
    # the guest before the verb: left
    ("Let me welcome you once again.", "Permettez-moi de vous donner la bienvenue une fois de "
     "plus.", "Permettez-moi de vous donner la bienvenue une fois de plus."),
])
def test_welcome_an_act(source: str, french: str, want: str) -> None:
    assert idioms([source], [french]) == [want]
