import pytest

from daybook.translate.compounds import compounds, english


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Russia is developing long-range missiles.",
     "La Russie développe des missiles de long champ.",
     "La Russie développe des missiles à longue portée."),
    ("The treaty banned short-range missiles.", "Le traité a interdit des missiles de champ bas.",
     "Le traité a interdit des missiles à courte portée."),
    ("A medium-range system.", "Un système de champ de milieu.", "Un système à moyenne portée."),
    ("Our long-time partners came to Moscow.",
     "Nos partenaires de long temps sont venus à Moscou.",
     "Nos partenaires de longue date sont venus à Moscou."),
    ("He is my longtime friend.", "C’est mon ami de long temps.",
     "C’est mon ami de longue date."),
    # guard: no compound in the English, the French left as it is
    ("The field was long.", "Le terrain de champ long.", "Le terrain de champ long."),
    ("It took a long time.", "Il a fallu de long temps.", "Il a fallu de long temps."),
    # guard: the compound in the English, but no literal rendering in the French
    ("Long-range plans.", "Des plans à long terme.", "Des plans à long terme."),
])
def test_compounds(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("These are far-reaching plans.", "Ce sont des plans de large champ.",
     "Ce sont des plans de grande portée."),
    ("The treaty banned medium-range missiles.",
     "Le traité a interdit des missiles de champ moyen.",
     "Le traité a interdit des missiles à moyenne portée."),
    # guard: "de large champ" where the English says nothing far-reaching
    ("A wide field of wheat.", "Un terrain de large champ.", "Un terrain de large champ."),
])
def test_compounds_carried(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


@pytest.mark.parametrize(("line", "want"), [
    ("We have long-standing relations.", "We have long-time relations."),
    ("Longstanding ties unite us.", "Long-time ties unite us."),
    ("These are far-reaching plans.", "These are wide-range plans."),
    ("Mid-range missiles.", "Middle-range missiles."),
    ("Counter-terrorism cooperation.", "Antiterrorist cooperation."),
    ("counter-terrorist operations", "antiterrorist operations"),
    # guard: the noun alone, no modifier ("we discussed counter-terrorism.")
    ("We discussed counter-terrorism.", "We discussed counter-terrorism."),
    # guard: after its noun, no modifier the pivot moves; a longer word; a name's piece
    ("Our ties are long-standing.", "Our ties are long-standing."),
    ("Long-standing and close ties.", "Long-standing and close ties."),
    ("The far-reachingness of it.", "The far-reachingness of it."),
    ("The anti-far-reaching Act.", "The anti-far-reaching Act."),
])
def test_english(line: str, want: str) -> None:
    assert english(line) == want
