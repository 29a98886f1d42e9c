"""A verb of opinion's object and its attribute (``opinion_attributes.py``): the pivot's
"pour être" for *believe/consider/find X to be Y*; French of sentences of the tuning pages
and constructed ones."""

from __future__ import annotations

import pytest

from daybook.translate.opinion_attributes import attributes


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the country we consider to be our key supporter",
     "le pays que nous considérons pour être notre protagoniste clé",
     "le pays que nous considérons comme notre protagoniste clé"),
    ("This festival is rightly believed to be one of the most impressive projects.",
     "Ce festival est cru à juste titre pour être l'un des projets les plus impressionnants.",
     "Ce festival est considéré à juste titre comme l'un des projets les plus "
     "impressionnants."),
    ("That is why I believe today's meeting to be of great importance.",
     "C'est pourquoi je crois la rencontre d'aujourd'hui pour être de grande importance.",
     "C'est pourquoi je crois la rencontre d'aujourd'hui de grande importance."),
    ("I hope you find it to be a useful event.",
     "J'espère que vous le trouvez pour être un événement utile.",
     "J'espère que vous le trouvez un événement utile."),
])
def test_attributes(source: str, french: str, want: str) -> None:
    assert attributes([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *to be* of purpose, or a noun's own infinitive
    ("I do not just speak to be nice.", "Je ne parle pas seulement pour être bon."),
    ("We found ways to be more efficient.",
     "Nous avons trouvé des moyens pour être plus efficaces."),
    ("They found a partner to be with.", "Ils ont trouvé un partenaire pour être avec."),
    ("We consider this issue important in order to be ready.",
     "Nous considérons cette question importante pour être prêts."),
])
def test_guard(source: str, french: str) -> None:
    assert attributes([source], [french]) == [french]
