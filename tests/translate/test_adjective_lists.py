from daybook.translate.adjective_lists import adjective_lists, english_lists


def _one(source: str, french: str) -> str:
    return adjective_lists([source], [french])[0]


def test_english_lists() -> None:
    assert english_lists("We have strong, deep and solid relations.") == [3]
    assert english_lists("We have a strong, reliable, modern and efficient army.") == [4]
    assert english_lists("Russia, China and India agreed.") == []


def test_first_adjective_left_before_the_noun() -> None:
    assert _one("We have strong, deep and solid relations.",
                "Nous avons des forts, relations profondes et solides.") == \
        "Nous avons des relations fortes, profondes et solides."


def test_determiner_takes_the_nouns_gender() -> None:
    assert _one("She was a selfless, creative and enthusiastic person.",
                "C’était un désintéressé, personne créative et enthousiaste.") == \
        "C’était une personne désintéressée, créative et enthousiaste."
    assert _one("We value the historical, cultural and spiritual heritage.",
                "Nous apprécions l’historique, patrimoine culturel et spirituel.") == \
        "Nous apprécions le patrimoine historique, culturel et spirituel."


def test_four_members() -> None:
    assert _one("We have a strong, reliable, modern and efficient army.",
                "Nous avons un fort, fiable, armée moderne et efficace.") == \
        "Nous avons une armée forte, fiable, moderne et efficace."


def test_noun_as_the_last_member() -> None:
    assert _one("We have industrial, agricultural and tourism potential.",
                "Nous avons industriels, agraire et potentiel touristique.") == \
        "Nous avons potentiel industriel, agraire et touristique."


def test_partitive_determiner() -> None:
    assert _one("It affects public, political and socioeconomic life.",
                "Il affecte du public, vie politique et socio-économique.") == \
        "Il affecte de la vie publique, politique et socio-économique."


def test_french_already_right_left() -> None:
    french = "Nous avons des relations fortes, profondes et solides."
    assert _one("We have strong, deep and solid relations.", french) == french


def test_list_of_nouns_left() -> None:
    french = "La Russie, la Chine et l’Inde ont convenu."
    assert _one("Russia, China and India agreed.", french) == french


def test_adjective_before_the_list() -> None:
    assert _one("Ivetta Voronova, an outstanding selfless, creative and enthusiastic person.",
                "Ivetta Voronova, un exceptionnel désintéressé, personne créative et "
                "enthousiaste.") == \
        "Ivetta Voronova, une exceptionnelle personne désintéressée, créative et " \
        "enthousiaste."
    assert _one("We preserve our rich historical, cultural and spiritual heritage.",
                "Nous préservons notre riche historique, patrimoine culturel et spirituel.") == \
        "Nous préservons notre riche patrimoine historique, culturel et spirituel."
