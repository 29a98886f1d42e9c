"""*It* for a feminine subject of the sentence before (``it_np.py``), on Apertium's French
analyser; the French is the engine's (60524 of the tuning pages) or made up for the test."""

from __future__ import annotations

import pytest

from daybook.translate.it_np import it_gender
from daybook.translate.pronouns_np import they_across


@pytest.mark.usefixtures("apertium_ok")
def test_it_takes_the_gender_of_the_subject_before() -> None:
    assert it_gender(["It unites the academic community around major goals."],
                     ["Il unit la communauté académique autour de buts majeurs."],
                     ["Cette approche fondamentale est extrêmement cotée aujourd’hui."]) == [
        "Elle unit la communauté académique autour de buts majeurs."]
    # a name after a feminine determiner; the noun read as feminine after "L'"
    assert it_gender(["It has adopted the law."], ["Il a adopté la loi."],
                     ["La Douma s'est réunie hier."]) == ["Elle a adopté la loi."]
    assert it_gender(["It will open in May."], ["Il ouvrira en mai."],
                     ["L'exposition est consacrée à Gagarine."]) == ["Elle ouvrira en mai."]
    # and the predicate agreed with it after (``they_across``)
    assert they_across(["It covered every area of our ties."],
                       ["Il a couvert tous les domaines de nos liens."],
                       ["Cette année croisée était riche."]) == [
        "Elle a couvert tous les domaines de nos liens."]


@pytest.mark.usefixtures("apertium_ok")
def test_it_is_left_where_the_antecedent_is_not_known_to_be_feminine() -> None:
    # a masculine subject; no sentence before; an impersonal "il"
    assert it_gender(["It unites fans."], ["Il unit des passionnés."],
                     ["Le festival est connu."]) == ["Il unit des passionnés."]
    assert it_gender(["It unites fans."], ["Il unit des passionnés."], [""]) == [
        "Il unit des passionnés."]
    assert it_gender(["It is important to act."], ["Il est important d'agir."],
                     ["Cette approche est bonne."]) == ["Il est important d'agir."]
    # a clause of its own before: its nouns may be what *it* stands for (59894)
    assert it_gender(["It involves contracts."], ["Il implique des contrats."],
                     ["La chose principale est que nous avons commencé notre projet."]) == [
        "Il implique des contrats."]
    # no *It* in the English ("He joined"): a person
    assert it_gender(["He joined the shipyard."], ["Il a rejoint le chantier."],
                     ["Cette usine est ancienne."]) == ["Il a rejoint le chantier."]
