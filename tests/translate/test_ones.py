from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.said_again import said_again


def test_one_after_an_adjective_is_its_noun(apertium_ok: bool) -> None:
    assert said_again(["He noted that the new budget will be better than the previous one."]) == [
        "He noted that the new budget will be better than the previous budget."]
    # *ones* takes the nearest plural noun, past a singular one
    assert said_again(["It will serve vessels navigating the Volga River, including the new ones "
                   "built in Astrakhan."]) == [
        "It will serve vessels navigating the Volga River, including the new vessels "
        "built in Astrakhan."]
    # an adverb before the adjective; the last noun of "the main job"
    assert said_again(["It is the main job, and an extremely responsible one."]) == [
        "It is the main job, and an extremely responsible job."]
    # a bare noun after *of* is a complement, not the head
    assert said_again(["The price of oil is higher than the previous one."]) == [
        "The price of oil is higher than the previous price."]


def test_guards(apertium_ok: bool) -> None:
    for line in (
            "I wish you and your loved ones health.",  # people: no noun before
            "We thank the families and dear ones of the victims.",
            "It is the traditional question, the most basic one.",  # a superlative
            "We only turn out light ones.",  # the noun is in the sentence before
            "The new plan is the only one that works.",  # no adjective
            "This is the right one of the two plans.",  # *one of*
    ):
        assert said_again([line]) == [line], line


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "He noted that the new budget will be better than the previous one.",
        "It causes old regional conflicts to resurface and new ones to emerge.",
    ], engine, "en", "fr")]
    assert "le budget précédent" in out[0] or "le budget antérieur" in out[0], out[0]
    assert " un." not in out[0], out[0]
    assert "nouveaux conflits" in out[1], out[1]
