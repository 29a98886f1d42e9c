from daybook.translate.woman_subjects import women_named
from daybook.translate.women_roles import roles


def test_roles_before_name() -> None:
    assert roles("Figure skater and coach Yelena Chaikovskaya was born on December 30, 1939.",
                 "Patineur artistique et entraîneur Elena Tchaïkovskaïa est née le 30 décembre "
                 "1939.") == \
        "Patineuse artistique et entraîneuse Elena Tchaïkovskaïa est née le 30 décembre 1939."


def test_role_with_complement_before_name() -> None:
    assert roles("Healthcare Minister Veronika Skvortsova reported on it.",
                 "le ministre de la Santé Veronika Skvortsova en a rendu compte.") == \
        "la ministre de la Santé Veronika Skvortsova en a rendu compte."


def test_predicate_list() -> None:
    assert roles("Lyudmila Verbitskaya was a linguist and Rector of St Petersburg State "
                 "University, President of the university and its President.",
                 "Lioudmila Verbitskaïa était une linguiste et Recteur de l’Université, "
                 "Président de l’université, membre de l’Académie et son Président.") == \
        "Lioudmila Verbitskaïa était une linguiste et Rectrice de l’Université, " \
        "Présidente de l’université, membre de l’Académie et sa Présidente."


def test_adjective_after_role() -> None:
    assert roles("Lyudmila Verbitskaya was an outstanding scholar, a talented teacher and "
                 "mentor.",
                 "Lioudmila Verbitskaïa était une érudite exceptionnelle, un enseignant "
                 "talentueux et mentor.") == \
        "Lioudmila Verbitskaïa était une érudite exceptionnelle, une enseignante " \
        "talentueuse et mentor."


def test_apposition() -> None:
    assert roles("Maria Igonina, a volunteer with Russia's search movement, briefed him.",
                 "Maria Igonina, un volontaire avec le mouvement de recherche, l’a informé.") \
        == "Maria Igonina, une volontaire avec le mouvement de recherche, l’a informé."


def test_she_is_a() -> None:
    assert roles("She is a Merited Coach of the USSR.", "C’est un entraîneur émérite de "
                 "l’URSS.") == "C’est une entraîneuse émérite de l’URSS."


def test_role_before_verb_left() -> None:
    french = "Maria Igonina a parlé, et le président a répondu."
    assert roles("Maria Igonina spoke, and the President replied.", french) == french


def test_man_left() -> None:
    french = "Patineur et entraîneur Alexander Gorshkov est né."
    assert roles("Skater and coach Alexander Gorshkov was born.", french) == french


def test_elle_of_a_thing_left() -> None:
    french = "Elle est le producteur principal de blé."
    assert roles("It is the main producer of wheat.", french) == french


def test_elided_determiner_kept() -> None:
    assert roles("She is the coach of the team.", "Elle est l’entraîneur de l’équipe.") == \
        "Elle est l’entraîneuse de l’équipe."


def test_women_named() -> None:
    assert women_named("Vladimir Putin met Valentina Matviyenko and Anna Kuznetsova.") == [
        ("Valentina", "Matviyenko"), ("Anna", "Kuznetsova")]
