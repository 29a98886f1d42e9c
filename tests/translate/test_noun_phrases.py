"""Narration's noun phrases: *global* and *member* from the source (``lexicon.py``), "d'autres"
and ", qui" (``postedit_np.py``), and the pre-editing of openers, bare subjects and "which"
(``preedit_np.py``) on Apertium's own tagger, then the French that comes out."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.lexicon import members, worldwide
from daybook.translate.postedit_np import noun_phrases
from daybook.translate.preedit import may_change, preedit
from daybook.translate.protect import translate_texts
from daybook.translate.relational_np import relational


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_global_of_the_world_is_mondial() -> None:
    assert worldwide("the global economy and acute global problems",
                     "l'économie globale et les problèmes globaux aigus") == (
        "l'économie mondiale et les problèmes mondiaux aigus")
    assert worldwide("regional and global security", "Sécurité globale et régionale") == (
        "Sécurité mondiale et régionale")
    assert worldwide("the crisis of the current globalisation model",
                     "la crise du modèle de globalisation") == (
        "la crise du modèle de mondialisation")
    # "comprehensive", "overall" are the engine's "global" too: the French one stays.
    assert worldwide("a comprehensive and global plan", "un plan global") == "un plan global"
    assert worldwide("the overall state of affairs", "l'état global") == "l'état global"
    assert worldwide("The Global Initiative", "l'initiative Globale") == "l'initiative Globale"


def test_member_goes_after_its_noun() -> None:
    assert members("the SCO member states", "des états de membre de l'OCS") == (
        "des États membres de l'OCS")
    assert members("Conference member countries", "Efforts des pays de membre") == (
        "Efforts des pays membres")
    assert members("a member state", "un état de membre") == "un État membre"
    assert members("the Heads of the EAEU Member States", "les chefs d'états de membre de "
                   "l’UEEA") == "les chefs d'États membres de l’UEEA"
    assert members("as a member of the club", "comme membre du club") == "comme membre du club"
    assert members("a full member of the Academy", "membre plein de l'académie") == (
        "membre à part entière de l'académie")
    assert members("As a founding member of the UN", "Comme fonder membre de l’ONU") == (
        "Comme membre fondateur de l’ONU")
    assert members("Our outstanding fellow citizens", "Nos citoyens de membre exceptionnels") \
        == "Nos concitoyens exceptionnels"
    # Only where the source says it.
    assert members("the country's citizens", "pays de membre") == "pays de membre"


@pytest.mark.usefixtures("apertium_ok")
def test_a_noun_modifier_is_a_relational_adjective_in_the_heads_gender() -> None:
    assert relational("in the energy sector and energy security",
                      "dans le secteur d'énergie et sécurité d'énergie") == (
        "dans le secteur énergétique et sécurité énergétique")
    assert relational("sports schools and sports events", "écoles de sport et événements de "
                      "sports") == "écoles sportives et événements sportifs"
    assert relational("the environmental situation", "la situation de l'environnement") == (
        "la situation environnementale")
    assert relational("trade wars", "des guerres de commerce") == "des guerres commerciales"
    assert relational("the energy security of the European Union", "la sécurité d'énergie de "
                      "l’Union européenne") == "la sécurité énergétique de l’Union européenne"
    # French's own phrases, a head that is no noun, a noun that is the head in English.
    for source, text in (("environmental protection", "la protection de l'environnement"),
                         ("the Ministry of Sports and sports events", "le ministère de sports"),
                         ("energy supplies and more energy", "plus d'énergie"),
                         ("energy policy and wind energy", "l'introduction d'énergie de vent"),
                         ("the volume of trade", "le volume de commerce")):
        assert relational(source, text) == text, text


def test_autres_after_a_preposition_and_lequel_after_a_comma() -> None:
    assert noun_phrases("", "dans autres domaines et avec autres collègues, de autres pays") \
        == "dans d'autres domaines et avec d'autres collègues, d'autres pays"
    kept = "ce que, entre autres, nous savons"
    assert noun_phrases("", kept) == kept
    assert noun_phrases("", "les deux pays, lesquels marquent le jour") == (
        "les deux pays, qui marquent le jour")
    assert noun_phrases("", "parmi lesquels nous") == "parmi lesquels nous"


def test_as_you_noted_and_as_agreed_from_the_source() -> None:
    assert noun_phrases("The main thing is, as you noted, that", "La chose est, tandis que "
                        "vous avez remarqué, que") == (
        "La chose est, comme vous l'avez remarqué, que")
    assert noun_phrases("As you have already said, we", "Tandis que vous avez déjà dit, nous") \
        == "Comme vous l'avez déjà dit, nous"
    assert noun_phrases("this autumn, as agreed.", "cet automne, a aussi convenu.") == (
        "cet automne, comme convenu.")
    # "while you" stays "tandis que"; "they agreed" stays.
    assert noun_phrases("while you noted it", "tandis que vous avez remarqué") == (
        "tandis que vous avez remarqué")
    assert noun_phrases("They agreed.", "Ils ont convenu.") == "Ils ont convenu."


@pytest.mark.parametrize(("source", "french", "want"), [
    # "comme" with no neuter "le" (the pipeline's French of tuning sentences, shortened)
    ("As you said about tourism, love grows.", "Comme vous avez dit sur tourisme, l'amour "
     "grandit.", "Comme vous l'avez dit sur tourisme, l'amour grandit."),
    ("As you have seen, your visit caused a stir.", "Comme vous avez vu, votre visite a causé",
     "Comme vous l'avez vu, votre visite a causé"),
    # the pivot's "tu", said "vous" here (``speech_vous`` comes later)
    ("As you have said, the agreement helps.", "Comme tu a dit, l'accord aide.",
     "Comme vous l'avez dit, l'accord aide."),
    # *instruct* "demander" (the pivot's "instruire" teaches)
    ("As you instructed, we are planning.", "Comme vous avez instruit, nous prévoyons.",
     "Comme vous l'avez demandé, nous prévoyons."),
    # not where the English says no *as you said*
    ("We did what they said.", "Nous avons fait comme vous avez dit.",
     "Nous avons fait comme vous avez dit."),
])
def test_as_you_said_with_its_neuter_pronoun(source: str, french: str, want: str) -> None:
    assert noun_phrases(source, french) == want


@pytest.mark.usefixtures("apertium_ok")
def test_as_of_a_comment_clause_is_like() -> None:
    assert edited("We should think about it, as we did during the previous phase.") == (
        "We should think about it, like we did during the previous phase.")
    assert edited("Such meetings, as the President of Kyrgyzstan rightly noted, matter.") == (
        "Such meetings, like the President of Kyrgyzstan rightly noted, matter.")
    assert edited("As I said, we will do it.") == "Like I said, we will do it."
    for line in ("The thing is, as you noted, clear.", "It is as important as the rest.",
                 "We sell goods such as grain, as well as oil.", "As soon as we know, we go."):
        assert edited(line) == line, line


def test_fixed_phrases_from_the_source() -> None:
    assert noun_phrases("Mr President, first of all, allow me", "Monsieur le Président, avant "
                        "rien, permettez-moi") == (
        "Monsieur le Président, tout d'abord, permettez-moi")
    assert noun_phrases("On behalf of the authorities", "En nom des autorités") == (
        "Au nom des autorités")
    assert noun_phrases("in the interests of Russia", "dans les intérêts de la Russie") == (
        "dans l'intérêt de la Russie")
    assert noun_phrases("in terms of quality", "dans des termes de qualité") == (
        "en termes de qualité")
    assert noun_phrases("In the course of their talks", "Dans le cours de leurs discussions") \
        == "Au cours de leurs discussions"
    # Only where the source says it.
    kept = "Dans le cours de la rivière"
    assert noun_phrases("In the river's course", kept) == kept


@pytest.mark.usefixtures("apertium_ok")
def test_a_bare_plural_object_after_a_compound_past_gets_des() -> None:
    assert noun_phrases("", "Ils ont échangé opinions sur la situation") == (
        "Ils ont échangé des opinions sur la situation")
    assert noun_phrases("", "16 entreprises ont signé contrats.") == (
        "16 entreprises ont signé des contrats.")
    assert noun_phrases("", "Ils ont échangé vœux.") == "Ils ont échangé des vœux."
    # A noun that is an adjective of its own lemma too ("plan": flat), before a preposition.
    assert noun_phrases("", "Les chefs ont fait plans pour l'avenir.") == (
        "Les chefs ont fait des plans pour l'avenir.")
    assert noun_phrases("", "Ils ont rendu publics les résultats.") == (
        "Ils ont rendu publics les résultats.")
    # A participle after "été", an adverb, a determiner, a participle as the next word.
    for kept in ("Ils ont été lancés hier", "Ils ont parlé aussi", "ont défendu leurs terres",
                 "a accumulé faits uniques"):
        assert noun_phrases("", kept) == kept, kept


def test_the_quick_test_finds_openers_and_which() -> None:
    for line in ("Cooperation between the two countries was discussed.",
                 "Speaking about energy, we agreed.", "Following the talks, they signed it.",
                 "The countries, which mark the anniversary, met."):
        assert may_change(line), line


@pytest.mark.usefixtures("apertium_ok")
def test_a_bare_subject_gets_its_article() -> None:
    assert edited("Regular meetings in this format are very important.") == (
        "The regular meetings in this format are very important.")
    assert edited("Cooperation between the two countries was discussed.") == (
        "The cooperation between the two countries was discussed.")
    # A demonym keeps its capital ("the russian regions": "les régions de russe").
    assert edited("Russian regions are engaged in this work.") == (
        "The Russian regions are engaged in this work.")
    for line in ("Last year, we signed it.", "Accredited media representatives will come.",
                 "Thanks to you, we won.", "President Putin met him.",
                 "While growth is slow, we invest."):
        assert edited(line) == line, line


@pytest.mark.usefixtures("apertium_ok")
def test_openers_said_as_the_engine_reads_them() -> None:
    assert edited("Speaking about the economic indicators, the Governor noted it.") == (
        "As for the economic indicators, the Governor noted it.")
    assert edited("Regarding energy, the talks went well.") == (
        "As for the energy, the talks went well.")
    assert edited("Following the meeting, the sides signed documents.") == (
        "After the meeting, the sides signed documents.")
    assert edited("Attending the meeting were Prime Minister Medvedev and the ministers.") == (
        "The participants of the meeting were Prime Minister Medvedev and the ministers.")
    # Where the speaker was, not what about; no comma: no opener.
    for line in ("Speaking at the forum, he said it.", "Following this line is wrong."):
        assert edited(line) == line, line


@pytest.mark.usefixtures("apertium_ok")
def test_which_before_a_verb_read_as_a_noun() -> None:
    assert edited("The two countries, which mark the anniversary this year, met.") == (
        "The two countries, which do mark the anniversary this year, met.")
    assert edited("We bought two reactors, which means that Russia has a niche.") == (
        "We bought two reactors, who means that Russia has a niche.")
    assert edited("The issues, which are important, were discussed.") == (
        "The issues, which are important, were discussed.")


@pytest.mark.usefixtures("apertium_ok")
def test_main_before_a_word_is_principal() -> None:
    assert edited("The main thing is to help them.") == "The principal thing is to help them."
    assert edited("He spoke about the main economic indicators.") == (
        "He spoke about the principal economic indicators.")


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "Higher education institutions of the member countries play a huge role.",
        "Today our region is the driver of global growth.",
        "Cooperation between the two countries, which mark the 140th anniversary this year, "
        "was also discussed.",
        "Following the report, the President instructed the Minister to act.",
        "We are working in other areas.",
        "The main point is to help them.",
        "We are strategic partners in the energy sector.",
    ], engine, "en", "fr")]
    assert out[0].startswith("Les institutions d'enseignement supérieur des pays membres"), out[0]
    assert "croissance mondiale" in out[1]
    assert out[2].startswith("La coopération entre les deux pays, qui marquent"), out[2]
    assert out[3].startswith("Après le rapport"), out[3]
    assert "dans d'autres domaines" in out[4]
    assert out[5].startswith("Le point principal"), out[5]
    assert "dans le secteur énergétique" in out[6], out[6]


@pytest.mark.usefixtures("apertium_ok")
def test_two_nouns_before_their_head_go_after_it() -> None:
    assert edited("They train in 30 swimming and tennis clubs.") == (
        "They train in 30 clubs of swimming and of tennis.")
    assert edited("The coal and steel sector is growing.") == (
        "The sector of coal and of steel is growing.")
    # After a verb the first noun may be an object of its own; a head with its own
    # complement may be the second noun's only; a longer compound has another head.
    for line in ("We must improve education and health care.",
                 "They need the design and serial production of engines.",
                 "The coal and steel sector workers met."):
        assert edited(line) == line, line


def test_two_nouns_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The town has 12 summer and winter camps."], engine, "en", "fr")
    assert "12 campements d'été et d'hiver" in out[0].text, out[0].text


@pytest.mark.usefixtures("apertium_ok")
def test_the_most_before_an_adjective_and_its_noun() -> None:
    assert edited("It is the most urgent task.") == "It is the more urgent task."
    assert edited("We met in this most beautiful city.") == (
        "We met in this more beautiful city.")
    # "a most" is *very*; "most" of a quantity, alone, or before an adverb is left.
    for line in ("It was a most useful visit.", "Most people agree.", "It is the most urgent.",
                 "the most frequently used tool"):
        assert edited(line) == line, line


def test_the_most_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["It is the most urgent task."], engine, "en", "fr")
    assert "la tâche la plus pressante" in out[0].text, out[0].text


@pytest.mark.usefixtures("apertium_ok")
def test_a_superlatives_compound_head_first() -> None:
    assert edited("It is the largest tennis centre in Spain.") == (
        "It is the largest centre of tennis in Spain.")
    assert edited("It is the most popular tourist route.") == (
        "It is the more popular route of tourist.")
    # A longer stack, a head with its own complement: left.
    for line in ("the largest car parts factory", "the largest tennis centre of the city"):
        assert edited(line) == line, line


@pytest.mark.usefixtures("apertium_ok")
def test_a_plural_head_read_as_a_verb_goes_first() -> None:
    assert edited("They agreed on water supply rates in the region.") == (
        "They agreed on rates of water supply in the region.")
    # No preposition before (a subject and its verb), "to" after (a verb: "plans to"), an
    # adjective before the head: left.
    for line in ("Our team works in Moscow.", "He spoke about government plans to cut taxes.",
                 "They invested in joint projects and ventures."):
        assert edited(line) == line, line


def test_a_plural_head_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["They agreed on water supply rates in the region."], engine, "en",
                          "fr")
    assert "d'approvisionnement d'eau dans la région" in out[0].text, out[0].text
