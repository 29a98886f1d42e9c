"""The shared forms of avoir and être."""

from __future__ import annotations

import re

from daybook.translate.aux_forms import (
    AVOIR,
    AVOIR_TENSES,
    ENDS_IN_AUXILIARY,
    ETRE_TENSES,
    THIRD,
    alternation,
    avoir,
    etre,
    same_person,
)


def test_tenses_and_persons() -> None:
    assert avoir("present") == {"ai", "as", "a", "avons", "avez", "ont"}
    assert avoir(persons=("3sg",)) == {"a", "avait", "aura", "aurait"}
    assert etre("present", "imperfect", persons=THIRD) == {"est", "sont", "était", "étaient"}
    assert etre("subjunctive", persons=("2pl",)) == {"soyez"}
    assert "ayez" not in AVOIR  # the finite forms of the indicative and the conditional only


def test_zipped_tenses_keep_the_person() -> None:
    had = dict(zip(AVOIR_TENSES["present"], AVOIR_TENSES["imperfect"], strict=True))
    assert had["avons"] == "avions" and had["ont"] == "avaient"
    assert dict(zip(ETRE_TENSES["present"], AVOIR_TENSES["present"], strict=True))["sommes"] \
        == "avons"


def test_same_person() -> None:
    have = same_person(ETRE_TENSES, AVOIR_TENSES, "present", "imperfect", persons=THIRD)
    assert have == {"est": "a", "sont": "ont", "était": "avait", "étaient": "avaient"}
    assert same_person(AVOIR_TENSES, ETRE_TENSES)["aurions"] == "serions"


def test_alternation_never_cuts_a_form_short() -> None:
    pattern = re.compile(rf"(?:{alternation(AVOIR)})")
    assert [m.group(0) for m in map(pattern.match, ("avons", "auraient", "a"))
            if m] == ["avons", "auraient", "a"]


def test_ends_in_auxiliary() -> None:
    assert ENDS_IN_AUXILIARY.search("nous avons ")
    assert ENDS_IN_AUXILIARY.search("il l'a ")
    assert ENDS_IN_AUXILIARY.search("ils ont été ")
    assert not ENDS_IN_AUXILIARY.search("dans la ")  # "a" ends a word, no auxiliary
    assert not ENDS_IN_AUXILIARY.search("nous avons des ")
