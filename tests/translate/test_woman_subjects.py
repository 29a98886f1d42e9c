from daybook.translate.woman_subjects import woman


def test_elected_woman() -> None:
    assert woman("Valentina Matviyenko was elected Speaker.",
                 "Valentina Matvienko a été élu présidente.") == \
        "Valentina Matvienko a été élue présidente."


def test_born_russian_family_name() -> None:
    assert woman("Elena Tchaikovskaya was born in 1939.",
                 "Elena Tchaïkovskaïa est né en 1939.") == "Elena Tchaïkovskaïa est née en 1939."


def test_adjective() -> None:
    assert woman("Elena Tchaikovskaya is ready.", "Elena Tchaïkovskaïa est prêt.") == \
        "Elena Tchaïkovskaïa est prête."


def test_man_left() -> None:
    french = "Nikita Mikhalkov est né en 1945."
    assert woman("Nikita Mikhalkov was born in 1945.", french) == french


def test_not_subject_left() -> None:
    source = "He met Valentina Matviyenko, who was elected."
    french = "Il a rencontré Valentina Matvienko, qui a été élu."
    assert woman(source, french) == french


def test_both_genders_left() -> None:
    french = "Valentina Matvienko est calme."
    assert woman("Valentina Matviyenko is calm.", french) == french


def test_french_spelling_of_the_name() -> None:
    assert woman("Figure skater and coach Yelena Chaikovskaya was born on December 30, 1939.",
                 "Patineur artistique et entraîneur Elena Tchaïkovskaïa est né le 30 décembre "
                 "1939.") == ("Patineur artistique et entraîneur Elena Tchaïkovskaïa est née "
                              "le 30 décembre 1939.")


def test_names_not_paired_left() -> None:
    source = "Valentina Matviyenko was elected and Sergei Ivanov was appointed."
    french = "Valentina Matvienko a été élu et a été nommé."
    assert woman(source, french) == french
