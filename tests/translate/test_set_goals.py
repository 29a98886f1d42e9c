"""*the goals (that) we (have) set (ourselves)* (``set_goals.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.set_goals import set_goals


@pytest.mark.parametrize(("source", "text", "want"), [
    ("We will achieve the goals that we set ourselves.",
     "Nous obtiendrons les buts que nous-mêmes nous avons mis.",
     "Nous obtiendrons les buts que nous nous sommes fixés."),
    ("We have achieved the goals which we set ourselves.",
     "Nous avons obtenu les buts quel nous-mêmes nous avons mis.",
     "Nous avons obtenu les buts que nous nous sommes fixés."),
    ("The tasks we set ourselves are difficult.",
     "Les tâches nous-mêmes nous avons mis sont difficiles.",
     "Les tâches que nous nous sommes fixées sont difficiles."),
    ("They fulfilled the tasks that they had set themselves.",
     "Ils ont accompli les tâches qu'ils s'étaient posées.",
     "Ils ont accompli les tâches qu'ils s'étaient fixées."),
    ("We have met the objectives we set for ourselves last year.",
     "Nous avons atteint les buts que nous avons mis par nous-mêmes l'année dernière.",
     "Nous avons atteint les buts que nous nous sommes fixés l'année dernière."),
    ("In order to achieve the goals we have set, we must act.",
     "Afin d'obtenir les buts que nous avons posés, nous devons agir.",
     "Afin d'obtenir les buts que nous avons fixés, nous devons agir."),
    ("The priority I set myself is clear.", "La priorité que moi-même j'ai posé est claire.",
     "La priorité que je me suis fixée est claire."),
    # Guards: *set* not of the goal's relative; more French relatives than English ones.
    ("We set up the tasks.", "Les tâches que nous avons mises en place.",
     "Les tâches que nous avons mises en place."),
    ("The goals we have set are clear, and the tasks.",
     "Les buts que nous avons posés et les tâches que nous avons mis.",
     "Les buts que nous avons posés et les tâches que nous avons mis."),
])
def test_set_goals(source: str, text: str, want: str) -> None:
    assert set_goals([source], [text]) == [want]
