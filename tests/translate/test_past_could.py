"""*could* of past ability, *so (that) ... could* of purpose (``past_could.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.past_could import past_could


@pytest.mark.parametrize(("source", "text", "want"), [
    ("When I was young, I could run very fast.",
     "Quand j'étais jeune, je pourrais courir très vite.",
     "Quand j'étais jeune, je pouvais courir très vite."),
    ("Last year we could not finish the project.",
     "L'année dernière nous ne pourrions pas finir le projet.",
     "L'année dernière nous n'avons pas pu finir le projet."),
    ("They could not come yesterday.", "Ils ne pourraient pas venir hier.",
     "Ils n'ont pas pu venir hier."),
    ("Before the bridge was built, people could not cross the river in winter.",
     "Avant que le pont soit bâti, les gens ne pourraient pas traverser le fleuve en hiver.",
     "Avant que le pont soit bâti, les gens ne pouvaient pas traverser le fleuve en hiver."),
    ("At that time we could only dream of such equipment.",
     "À cette époque nous pourrions seulement rêver d'un tel équipement.",
     "À cette époque nous pouvions seulement rêver d'un tel équipement."),
    ("We allocated funds during the first phase, so they could produce modern equipment.",
     "Nous avons alloué des fonds pendant la première phase, donc elles pourraient produire "
     "de l'équipement moderne.",
     "Nous avons alloué des fonds pendant la première phase, pour qu'elles puissent produire "
     "de l'équipement moderne."),
    # Guards: no past anchor; a condition; reported speech; *could have*; a question; a
    # negated *so ... could* (a result); fewer conditionals in the French.
    ("We could not agree on this issue.", "Nous ne pourrions pas convenir de cette question.",
     "Nous ne pourrions pas convenir de cette question."),
    ("We could discuss this issue tomorrow.", "Nous pourrions parler de cette question demain.",
     "Nous pourrions parler de cette question demain."),
    ("If we had the money last year, we could build it.",
     "Si nous avions eu l'argent l'année dernière, nous pourrions le bâtir.",
     "Si nous avions eu l'argent l'année dernière, nous pourrions le bâtir."),
    ("Yesterday he said that we could meet tomorrow.",
     "Hier il a dit que nous pourrions nous rencontrer demain.",
     "Hier il a dit que nous pourrions nous rencontrer demain."),
    ("Last year we could have finished it.", "L'année dernière nous pourrions l'avoir fini.",
     "L'année dernière nous pourrions l'avoir fini."),
    ("Could you come yesterday?", "Pourriez-vous venir hier ?",
     "Pourriez-vous venir hier ?"),
    ("We did it because we wanted an atmosphere which could help you.",
     "Nous l'avons fait parce que nous voulions une atmosphère qui pourrait vous aider.",
     "Nous l'avons fait parce que nous voulions une atmosphère qui pourrait vous aider."),
    ("When we met, the plan that we could not accept was ready.",
     "Quand nous nous sommes rencontrés, le plan que nous ne pourrions pas accepter était prêt.",
     "Quand nous nous sommes rencontrés, le plan que nous ne pourrions pas accepter était prêt."),
    ("It rained, so we could not go out.", "Il a plu, donc nous ne pourrions pas sortir.",
     "Il a plu, donc nous ne pourrions pas sortir."),
    ("When we met, we could talk and could agree.",
     "Quand nous nous sommes rencontrés, nous pourrions parler.",
     "Quand nous nous sommes rencontrés, nous pourrions parler."),
])
def test_past_could(source: str, text: str, want: str) -> None:
    assert past_could([source], [text]) == [want]
