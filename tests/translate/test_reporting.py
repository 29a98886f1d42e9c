"""A quotation's reporting clause in the French order (``reporting.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.reporting import english, pronouns

_Q = "“Russia shares the grief of those who lost their relatives,”"


@pytest.mark.parametrize(("source", "want"), [
    (f"{_Q} the President of Russia stressed in his message.",
     f"{_Q} stressed the President of Russia in his message."),
    (f"{_Q} the President’s message reads.", f"{_Q} indicates the President’s message."),
    (f"{_Q} The message from the President reads.",
     f"{_Q} indicates the message from the President."),
    (f"{_Q} Vladimir Putin said.", f"{_Q} declared Vladimir Putin."),
    (f"{_Q} he said.", f"{_Q} he declared."),
    # Guards: a plural subject (the inverted verb would be singular), a verb with an object,
    # a person's *reads*, no quotation before the clause.
    (f"{_Q} the leaders said.", f"{_Q} the leaders said."),
    (f"{_Q} Putin and Xi said.", f"{_Q} Putin and Xi said."),
    (f"{_Q} the President said to journalists.", f"{_Q} the President said to journalists."),
    (f"{_Q} the student reads.", f"{_Q} the student reads."),
    ("The President stressed in his message that Russia shares the grief.",
     "The President stressed in his message that Russia shares the grief."),
])
def test_english(source: str, want: str) -> None:
    assert english(source) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    (f"{_Q} he said.", "« La Russie partage la douleur », a déclaré.",
     "« La Russie partage la douleur », a-t-il déclaré."),
    (f"{_Q} she noted in her message.", "« La Russie partage la douleur », a remarqué dans "
     "son message.", "« La Russie partage la douleur », a-t-elle remarqué dans son message."),
    (f"{_Q} they said.", "« La Russie partage la douleur », ont déclaré.",
     "« La Russie partage la douleur », ont-ils déclaré."),
    (f"{_Q} he adds.", "« La Russie partage la douleur », ajoute.",
     "« La Russie partage la douleur », ajoute-t-il."),
    (f"{_Q} he writes.", "« La Russie partage la douleur », écrit.",
     "« La Russie partage la douleur », écrit-il."),
    # Guards: a noun phrase's clause (the engine's own order); a second quotation whose
    # clause is no pronoun's (the count differs).
    (f"{_Q} the President said.", "« La Russie partage la douleur », a déclaré le Président.",
     "« La Russie partage la douleur », a déclaré le Président."),
    (f"{_Q} he said, “and grief,” the President added.",
     "« La Russie partage », a déclaré, « et la douleur », a ajouté le Président.",
     "« La Russie partage », a déclaré, « et la douleur », a ajouté le Président."),
])
def test_pronouns(source: str, french: str, want: str) -> None:
    assert pronouns([source], [french]) == [want]


def test_reporting_through_the_engine() -> None:
    out = translate_texts([f"{_Q} the President of Russia stressed in his message.",
                           f"{_Q} the President’s message reads.", f"{_Q} he said."],
                          ApertiumEngine(), "en", "fr")
    assert "a souligné le Président" in out[0].text
    assert "indique le message du Président" in out[1].text
    assert "a-t-il déclaré" in out[2].text
