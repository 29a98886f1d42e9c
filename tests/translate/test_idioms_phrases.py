"""*be it X or Y*, *get some rest*, *from the bottom up* (``idioms.py``): the rule on a
constructed example and the case it must leave."""

from __future__ import annotations

from daybook.translate.idioms import be_it, bottom_up, rest


def test_be_it() -> None:
    assert be_it("all ways, be it economic links or any other spheres",
                 "toutes, l’être liens économiques ou autres sphères.") == (
        "toutes, qu'il s'agisse de liens économiques ou d’autres sphères.")
    assert be_it("everyone, be it children or pensioners",
                 "tous, l'être les enfants ou des pensionnaires.") == (
        "tous, qu'il s'agisse des enfants ou de pensionnaires.")
    # no *be it ... or*: "l'être" (the being) stays
    assert be_it("the human being or", "l’être humain ou") == "l’être humain ou"


def test_rest(apertium_ok: bool) -> None:
    assert rest("I hope you will get some rest.", "J'espère que vous recevrez quelque reste.") \
        == "J'espère que vous vous reposerez."
    assert rest("I ask you to get some rest.", "Je vous demande de recevoir quelque reste.") \
        == "Je vous demande de vous reposer."
    assert rest("They want to get some rest.", "Ils veulent recevoir quelque reste.") == (
        "Ils veulent se reposer.")
    # the rest of something: left
    assert rest("the rest of the money", "le reste de l'argent") == "le reste de l'argent"


def test_bottom_up() -> None:
    assert bottom_up("We do it from the bottom up.", "Nous le faisons de l’inférieur dessus.") \
        == "Nous le faisons de la base vers le sommet."
    assert bottom_up("the lower part", "de l’inférieur dessus") == "de l’inférieur dessus"
