from daybook.translate.said_again import said_again


def test_both_rules_in_one_exchange(apertium_ok: bool) -> None:
    assert said_again([
        "Your constructive, fruitful talks will make this budget better than the previous one.",
        "We met in Moscow.",
    ]) == [
        "Your constructive and fruitful talks will make this budget better than the previous "
        "budget.",
        "We met in Moscow.",
    ]


def test_texts_no_rule_finds_are_not_tagged(apertium_ok: bool) -> None:
    # no trigger: nothing to tag, the same list back
    assert said_again(["We met in Moscow.", "The talks went well."]) == [
        "We met in Moscow.", "The talks went well."]
    assert said_again([]) == []
