"""The article before a place in a French place line (``publish/place_at.py``)."""

from __future__ import annotations

from daybook.publish.place_at import with_article


def test_article_elides_before_a_vowel_not_before_a_romanised_yod() -> None:
    assert with_article("la", "Arménie") == "l’Arménie"
    assert with_article("le", "Oural") == "l’Oural"
    # Я, Е, Ю romanised ia, ie, iou: no elision, as translate.french ("la Iakoutie")
    assert with_article("la", "Iakoutie") == "la Iakoutie"
    assert with_article("la", "Crimée") == "la Crimée"
    assert with_article("", "Moscou") == "Moscou"
