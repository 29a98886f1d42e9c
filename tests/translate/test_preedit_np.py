"""Noun compounds after a preposition (``preedit_np.noun_compound``), read with the real
English tagger: sentences made up for the test."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_a_bare_verb_after_a_preposition_is_a_compound_s_noun(apertium_ok: bool) -> None:
    # "trade" read as a verb after "at": the plural head goes first with "of".
    assert "at figures of trade turnover for" in edited(
        "We looked at trade turnover figures for last year.")
    # A head that is no plural noun, or a bare verb with no noun reading, is left (the
    # singular stack is then said by ``noun_triples``: "de facturation de commerce").
    assert "for turnover growth of trade" in edited("They hope for trade turnover growth.")
    assert "to trade goods," in edited("They want to trade goods, not money.")


def test_a_bare_verb_compound_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We looked at trade turnover figures for last year."],
                          engine, "en", "fr")[0].text
    assert "commercer" not in out and "de facturation de commerce" in out


def test_a_subject_verb_read_as_a_plural_noun(apertium_ok: bool) -> None:
    # A clause's subject (determiner, -ing word, singular noun) + a verb in -s the tagger
    # read as a plural noun, before its object: "does" + the verb.
    assert "economy does need investment" in edited("Our growing economy needs investment.")
    assert "economy does need investment" in edited("Our economy needs investment.")
    # Guard: a compound noun with its own verb later in the clause stays.
    assert "energy needs assessment was" in edited("The energy needs assessment was done.")
    # ... nor a heading with no verb and no full stop.
    assert edited("the largest car parts factory") == "the largest car parts factory"


def test_a_subject_verb_with_adjectives_an_object_read_as_a_verb(apertium_ok: bool) -> None:
    # Two adjectives, a gerund later in the clause ("in fostering" is no finite verb).
    assert "aspect does play an important role" in edited(
        "And, of course, the humanitarian aspect plays an important role in fostering trade.")
    # The object a plural noun the tagger read as a verb in -s ("concerns exports").
    assert "example does concern exports" in edited("Another example concerns exports to Asia.")
    # No determiner: one adjective, the clause opened by "and".
    assert "investment does total $2" in edited(
        "Companies work here, and current investment totals $2 billion.")
    # The clause ends at "and" + a second verb of the subject.
    assert "company does produce tractors and sells" in edited(
        "The company produces tractors and sells them abroad.")
    # Guards: a compound noun with its verb later ("The energy needs assessment was done"),
    # a plural subject's verb after "and" ("and exports grow": the -s word is a noun).
    assert "energy needs assessment was" in edited("The energy needs assessment was done.")
    assert "Our trade needs and plans grow" in edited("Our trade needs and plans grow fast.")


def test_a_participle_after_another_read_as_a_pronoun(apertium_ok: bool) -> None:
    # "yet another": the tagger reads a pronoun and a verb; after its noun, a participle.
    assert "yet another report detailed with" in edited(
        "We thank the council for yet another detailed report with proposals.")
    # Guard: a compound after the participle is left ("another detailed trade report").
    assert "another detailed trade report" in edited(
        "We thank the council for yet another detailed trade report.")


def test_a_plural_noun_opening_a_sentence_read_as_a_verb(apertium_ok: bool) -> None:
    # A sentence's first word in -s read as a verb ("Il parle avec") or a surname, a plural
    # noun for the analyser, before a preposition, a finite verb later: "The" before it.
    assert edited("Talks with the delegation lasted two hours.").startswith("The talks with")
    assert edited("Plans for the new plant were discussed.").startswith("The plans for")
    # Guards: no finite verb after it (a heading), a name that is no plural noun.
    assert edited("Talks with the delegation.") == "Talks with the delegation."
    assert edited("Roberts with the delegation arrived.").startswith("Roberts with")


def test_a_subject_verb_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Our growing economy needs investment."], engine, "en", "fr")[0].text
    assert out == "Notre économie croissante a besoin d'investissement."


def test_a_participle_before_its_noun_after_and_takes_the_article(apertium_ok: bool) -> None:
    # No verb in the past before: "recognised" is no second verb of the subject.
    assert "professionals and the recognised athletes" in edited(
        "They compete alongside professionals and recognised athletes.")
    assert "Only the accredited journalists are" in edited(
        "Only accredited journalists are entitled to attend.")
    # A subject: a verb follows the noun phrase, a verb in the past before or not.
    assert "and the specialised classrooms are" in edited(
        "The rooms were renovated, and specialised classrooms are equipped with machines.")
    # A second verb of the same subject: left.
    assert "and signed contracts" in edited("Companies have won tenders and signed contracts.")
    assert "and launched projects" in edited("They met in Sochi and launched projects.")
    # Adjectives joined before the noun: left.
    assert "an energetic, dedicated person" in edited("You are an energetic, dedicated person.")


def test_a_participle_before_its_noun_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["They compete alongside professionals and recognised athletes."],
                          engine, "en", "fr")[0].text
    assert "athlètes homologués" in out and "a homologué" not in out


def test_a_direction_before_its_noun_goes_after_it(apertium_ok: bool) -> None:
    assert "NATO's expansion towards the east" in edited("We oppose NATO's eastward expansion.")
    assert "the expansion towards the west of" in edited("We saw the westward expansion of trade.")
    # An adverb of the verb: left.
    assert "moved eastward quickly" in edited("They moved eastward quickly.")


def test_a_direction_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We oppose NATO's eastward expansion."], engine, "en", "fr")[0].text
    assert "l'expansion vers l'est de l’OTAN" in out and "Le vers" not in out


def test_a_participle_before_adjectives_and_its_noun(apertium_ok: bool) -> None:
    assert "and the dedicated pastoral care have" in edited(
        "Your high mission and dedicated pastoral care have made you a symbol.")
    assert "and signed new contracts" in edited(
        "Companies have won tenders and signed new contracts.")


def test_a_postnominal_present_goes_before_its_noun(apertium_ok: bool) -> None:
    # *present* after a plural noun, read as a verb: before the noun, an adjective there.
    assert "All the present ministers here tried" in edited(
        "All the ministers present here tried to help.")
    assert "The present officials at the meeting agreed" in edited(
        "The officials present at the meeting agreed.")
    assert "all the present people." in edited("I thank all those present.")
    # Guard: the verb *present* with its object, or a clause with no other verb, stays.
    assert "ministers present their report" in edited("The ministers present their report.")
    assert "ministers present it to" in edited("The ministers present it to the public.")


def test_a_postnominal_present_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["All the ministers present here tried to help.",
                           "Those present at the ceremony applauded."], engine, "en", "fr")
    assert "les ministres présents ici ont essayé" in out[0].text
    assert "présentent" not in out[0].text
    assert "Les personnes présentes à la cérémonie" in out[1].text
