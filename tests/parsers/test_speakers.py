"""Speaker labels split into name and role (rules shared by every reader)."""

from __future__ import annotations

import pytest

from daybook.parsers.speakers import (
    canonical_name,
    is_role_word,
    looks_like_name,
    same_name,
    split_label,
)


@pytest.mark.parametrize(
    ("raw", "known", "name", "role"),
    [
        ("President of Russia Vladimir Putin:", (), "Vladimir Putin", "President of Russia"),
        ("Defence Minister Sergei Shoigu", (), "Sergei Shoigu", "Defence Minister"),
        ("Vladimir Putin", (), "Vladimir Putin", None),
        ("В.Путин:", (), "В.Путин", None),
        (
            "President of Kyrgyzstan Sooronbay Jeenbekov",
            ("Jeenbekov Sooronbay",),
            "Sooronbay Jeenbekov",
            "President of Kyrgyzstan",
        ),
        # Institution words close the role (added for en.kremlin.ru).
        (
            "Director of the Gorbunov Kazan Aviation Plant Nikolai Savitskikh",
            (),
            "Nikolai Savitskikh",
            "Director of the Gorbunov Kazan Aviation Plant",
        ),
        (
            "Minister of Labour and Social Protection Maxim Topilin",
            (),
            "Maxim Topilin",
            "Minister of Labour and Social Protection",
        ),
        ("UN Secretary-General Antonio Guterres", (), "Antonio Guterres", "UN Secretary-General"),
        (
            "President of the Union of European Football Associations (UEFA) Alexander Čeferin",
            (),
            "Alexander Čeferin",
            "President of the Union of European Football Associations (UEFA)",
        ),
        ("Патриарх Московский и всея Руси Кирилл", (), "Кирилл", "Патриарх Московский и всея Руси"),
        # A title ending in a country: the name stands before "of".
        ("Grand Duke Henri of Luxembourg", (), "Henri", "Grand Duke of Luxembourg"),
        ("Patriarch Theophilos III of Jerusalem", (), "Theophilos III", "Patriarch of Jerusalem"),
        # A long role ending in a capitalised word: the name is two words, not "Relief ...".
        (
            "Minister for Civil Defence, Emergencies and Natural Disaster Relief Mary Smith",
            (),
            "Mary Smith",
            "Minister for Civil Defence, Emergencies and Natural Disaster Relief",
        ),
        # Names of more than two words: after a country, after a role word, with particles.
        ("President of Egypt Abdel Fattah el-Sisi", (), "Abdel Fattah el-Sisi",
         "President of Egypt"),
        ("State Counsellor of Myanmar Aung San Suu Kyi", (), "Aung San Suu Kyi",
         "State Counsellor of Myanmar"),
        ("Prime Minister Nguyen Xuan Phuc", (), "Nguyen Xuan Phuc", "Prime Minister"),
        ("Emir of Qatar Tamim bin Hamad Al Thani", (), "Tamim bin Hamad Al Thani", "Emir of Qatar"),
        ("Federal President of Austria Alexander Van der Bellen (retranslated)", (),
         "Alexander Van der Bellen", "Federal President of Austria"),
        ("President of France Emmanuel Macron", (), "Emmanuel Macron", "President of France"),
        # "Vladimir" is also a city: a place never takes the given name of a bare name.
        ("Vladimir Putin", (), "Vladimir Putin", None),
        # A military body or a moderator's title ends the role (held-out labels).
        ("Chief of the General Staff Valery Gerasimov", (), "Valery Gerasimov",
         "Chief of the General Staff"),
        ("Commander of the Black Sea Fleet Viktor Sokolov", (), "Viktor Sokolov",
         "Commander of the Black Sea Fleet"),
        ("Moderator Fyodor Lukyanov", (), "Fyodor Lukyanov", "Moderator"),
        # An acronym ends the role, unless the name itself is printed in capitals; a regnal
        # number stays in the name.
        ("Director General of the Russian News Agency TASS Sergei Mikhailov", (),
         "Sergei Mikhailov", "Director General of the Russian News Agency TASS"),
        ("Press Secretary DMITRY PESKOV", (), "DMITRY PESKOV", "Press Secretary"),
        ("Patriarch of Jerusalem Theophilos III", (), "Theophilos III", "Patriarch of Jerusalem"),
        # A see of two places after the name, as "Theophilos III of Jerusalem"; a country of
        # two names before the name is no see (labels written to probe, not from a page).
        ("Metropolitan Tikhon of Pskov and Porkhov", (), "Tikhon",
         "Metropolitan of Pskov and Porkhov"),
        ("Patriarch Kirill of Moscow and All Russia", (), "Kirill",
         "Patriarch of Moscow and All Russia"),
        ("President of Trinidad and Tobago Paula-Mae Weekes", (), "Paula-Mae Weekes",
         "President of Trinidad and Tobago"),
        ("Minister of Trade and Industry Denis Manturov", (), "Denis Manturov",
         "Minister of Trade and Industry"),
        # Russian labels with a role: initials open the name, a patronymic keeps three words,
        # particles join ("бен", "фон дер").
        ("Губернатор Санкт-Петербурга А.Беглов", (), "А.Беглов", "Губернатор Санкт-Петербурга"),
        ("Модератор Ф.Лукьянов", (), "Ф.Лукьянов", "Модератор"),
        ("Министр обороны Сергей Кужугетович Шойгу", (), "Сергей Кужугетович Шойгу",
         "Министр обороны"),
        ("Президент ОАЭ Мухаммед бен Заид Аль Нахайян", (), "Мухаммед бен Заид Аль Нахайян",
         "Президент ОАЭ"),
        ("Председатель Еврокомиссии Урсула фон дер Ляйен", (), "Урсула фон дер Ляйен",
         "Председатель Еврокомиссии"),
        # A Russian role ends with a place or a body in the genitive (the dictionary's
        # reading), a name is nominative; particles stay in the name (issue 12).
        ("Президент Египта Абдель Фаттах ас-Сиси", (), "Абдель Фаттах ас-Сиси",
         "Президент Египта"),
        ("Президент Арабской Республики Египет Абдель Фаттах ас-Сиси", (),
         "Абдель Фаттах ас-Сиси", "Президент Арабской Республики Египет"),
        ("Президент Турции Реджеп Тайип Эрдоган", (), "Реджеп Тайип Эрдоган",
         "Президент Турции"),
        ("Премьер-министр Индии Нарендра Моди", (), "Нарендра Моди", "Премьер-министр Индии"),
        ("Федеральный президент Германии Франк-Вальтер Штайнмайер", (),
         "Франк-Вальтер Штайнмайер", "Федеральный президент Германии"),
        ("Премьер-министр Нидерландов Марк Рютте", (), "Марк Рютте",
         "Премьер-министр Нидерландов"),
        ("Президент Франции Шарль де Голль", (), "Шарль де Голль", "Президент Франции"),
        ("Король Иордании Абдалла II ибн Хусейн", (), "Абдалла II ибн Хусейн",
         "Король Иордании"),
        ("King Abdullah II ibn Al Hussein", (), "Abdullah II ibn Al Hussein", "King"),
        ("Султан Омана Хейсам Бен Тарек Аль Саид", (), "Хейсам Бен Тарек Аль Саид",
         "Султан Омана"),
        ("Президент Сирии Башар аль-Асад", (), "Башар аль-Асад", "Президент Сирии"),
        ("Президент Бразилии Луис Инасиу Лула да Силва", (), "Луис Инасиу Лула да Силва",
         "Президент Бразилии"),
        ("Председатель Китайской Народной Республики Си Цзиньпин", (), "Си Цзиньпин",
         "Председатель Китайской Народной Республики"),
        ("Президент Республики Корея Мун Чжэ Ин", (), "Мун Чжэ Ин",
         "Президент Республики Корея"),
        ("Официальный представитель МИД Мария Захарова", (), "Мария Захарова",
         "Официальный представитель МИД"),
        ("Президент Кубы Мигель Диас-Канель Бермудес", (), "Мигель Диас-Канель Бермудес",
         "Президент Кубы"),
    ],
)
def test_split(raw: str, known: tuple[str, ...], name: str, role: str | None) -> None:
    label = split_label(raw, known)
    assert (label.name, label.role) == (name, role)


@pytest.mark.parametrize(
    "raw", ["Question", "Question (retranslated):", "Remark:", "Вопрос:", "Реплика"]
)
def test_generic_labels_are_never_speakers(raw: str) -> None:
    label = split_label(raw)
    assert label.generic and label.name is None


def test_name_helpers() -> None:
    assert looks_like_name("Dmitry Peskov")
    assert not looks_like_name("Contact telephone numbers")
    assert is_role_word("Vice-Premier") and is_role_word("Minister")
    assert not is_role_word("Peskov")


def test_names_in_capitals_or_odd_casing_take_the_pages_spelling() -> None:
    known = ("Dmitry Peskov", "Putin Vladimir")
    assert canonical_name("DMITRY PESKOV", known) == "Dmitry Peskov"
    assert canonical_name("Dmitry PeskoV", known) == "Dmitry Peskov"
    # A Persons tag puts the surname first: the label's order, the tag's casing.
    assert canonical_name("VLADIMIR PUTIN", known) == "Vladimir Putin"
    # No known spelling: capitals become the usual capitals; other names are kept.
    assert canonical_name("SERGEI LAVROV", ()) == "Sergei Lavrov"
    assert canonical_name("Moon Jae-in", ()) == "Moon Jae-in"
    assert same_name("Peskov Dmitry", "DMITRY PESKOV")
    assert not same_name("Dmitry Peskov", "Dmitry Medvedev")


@pytest.mark.parametrize(
    ("raw", "question"),
    [("Question from the audience:", True), ("Вопрос из зала:", True), ("Reporter:", True),
     ("Remark from the floor:", False), ("Реплика из зала:", False), ("Participant:", False),
     ("Student:", False), ("Студентка:", False), ("Модератор:", False), ("Ведущая:", False),
     ("Из зала:", False), ("Member of the audience:", False), ("Interjection:", False),
     ("Голоса:", False)],
)
def test_generic_labels_from_the_floor(raw: str, question: bool) -> None:
    label = split_label(raw)
    assert (label.name, label.generic, label.question) == (None, True, question)
