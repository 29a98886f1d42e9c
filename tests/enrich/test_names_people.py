"""The people registry: one id across French, English and Russian spellings."""

from __future__ import annotations

import datetime as dt

import pytest

from daybook.enrich.names import edit_distance, name_parts, word_key
from daybook.enrich.people import Registry, link_event, split_listed
from daybook.model import Block, Event, Participant, Tags

PUTIN = "person:vladimir-putin"


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.curated()


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("Vladimir Poutine", "fr"),
        ("Vladimir Putin", "en"),
        ("В.Путин", "ru"),
        ("ПУТИН Владимир Владимирович", "ru"),
        ("Путин Владимир Владимирович", "ru"),
        ("Putin Vladimir", "en"),
        ("V.Poutine", "fr"),
        ("Владимира Путина", "ru"),
    ],
)
def test_putin_under_every_spelling(reg: Registry, name: str, lang: str) -> None:
    assert reg.resolve(name, lang) == PUTIN


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Sergueï Choïgu", "fr", "Sergei Shoigu", "en"),
        ("Jeenbekov Sooronbay", "en", "Sooronbay Jeenbekov", "en"),
        ("Iouri Ouchakov", "fr", "Юрий Ушаков", "ru"),
        ("Kassym-Jomart Tokaeyev", "fr", "Kassym-Jomart Tokayev", "en"),
        ("Сергеем Шойгу", "ru", "Sergei Shoigu", "en"),
    ],
)
def test_aliases_share_one_id(reg: Registry, a: str, la: str, b: str, lb: str) -> None:
    first = reg.resolve(a, la)
    assert first is not None
    assert first == reg.resolve(b, lb)


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Galina Novitchkova", "fr", "Novichkova", "en"),
        ("Dmitri Litvinov", "fr", "Dmitry Litvinov", "en"),
    ],
)
def test_learned_names_reach_other_spellings(a: str, la: str, b: str, lb: str) -> None:
    reg = Registry.curated()
    first = reg.observe(a, la, order="given_first")
    assert first is not None
    assert first == reg.resolve(b, lb)


def test_keys_bring_spellings_together() -> None:
    assert word_key("Путин") == "putin"
    assert word_key("Poutine", "fr") == word_key("Putin")
    assert word_key("Choïgu", "fr") == word_key("Shoigu") == word_key("Шойгу")
    assert word_key("Novitchkova", "fr") == word_key("Novichkova")
    parts = name_parts("В.Путин", "ru")
    assert parts.words == ("putin",) and parts.initials == ("v",)
    assert name_parts("ПУТИН Владимир Владимирович", "ru").surname == "putin"
    assert edit_distance("tokaev", "tokaiev") == 1


def test_different_given_names_never_merge(reg: Registry) -> None:
    # Same surname, other given name: Dmitry Patrushev is not Nikolai Patrushev.
    assert reg.resolve("Dmitry Patrushev", "en") is None
    assert reg.resolve("Vladimir", "en") is None  # a given name alone is ambiguous


def test_fuzzy_only_on_long_surnames(reg: Registry) -> None:
    assert reg.resolve("Sergei Naryshkine", "en") == "person:sergei-naryshkin"
    assert reg.resolve("Kassym-Jomart Tokaeyev", "en") == "person:kassym-jomart-tokayev"
    assert reg.resolve("Anton Vaina", "en") is None  # five letters: too short to guess
    assert reg.resolve("Dmitry Naryshkine", "en") is None  # the given name must agree


def test_registry_grows_from_sources_with_time_bounded_roles() -> None:
    reg = Registry.curated()
    listed, role = split_listed("ДЮМИН Алексей Геннадьевич – Помощник Президента")
    assert (listed, role) == ("ДЮМИН Алексей Геннадьевич", "Помощник Президента")
    pid = reg.observe(listed, "ru", role=role, date=dt.date(2025, 1, 10), order="surname_first")
    reg.observe(listed, "ru", role=role, date=dt.date(2025, 3, 2), order="surname_first")
    assert pid == "person:aleksey-dyumin"
    assert reg.resolve("А.Дюмин", "ru") == pid
    assert reg.resolve("Алексей Дюмин", "ru") == pid
    span = next(iter(reg.people[pid].roles.values()))
    assert (span.start, span.end) == (dt.date(2025, 1, 10), dt.date(2025, 3, 2))


def test_link_event_links_speakers_participants_and_tags() -> None:
    reg = Registry.curated()
    event = Event(
        id="kremlin:1",
        title="Meeting",
        kind="meeting",
        date=dt.date(2019, 2, 9),
        language="en",
        participants=(Participant("Sergei Shoigu", "Defence Minister"),),
        blocks=(
            Block("turn", "Good afternoon.", speaker="Vladimir Putin"),
            Block("turn", "Thank you.", speaker="Maria Ivanova-Smirnova"),
        ),
        tags=Tags(persons=("Jeenbekov Sooronbay",)),
    )
    links = {link.name: link for link in link_event(reg, event)}
    assert links["Vladimir Putin"].person_id == PUTIN
    assert links["Vladimir Putin"].relation == "speaker"
    assert links["Sergei Shoigu"].person_id == "person:sergei-shoigu"
    assert links["Jeenbekov Sooronbay"].relation == "tagged"
    assert links["Jeenbekov Sooronbay"].person_id == "person:sooronbay-jeenbekov"
    new = links["Maria Ivanova-Smirnova"].person_id
    assert new is not None and new.startswith("person:")
    assert reg.resolve("Maria Ivanova-Smirnova", "en") == new


def test_speaker_initials_found_a_person_that_case_forms_reach() -> None:
    # kremlin.ru writes speakers "В.Герасимов"; the lead says "Валерием Герасимовым".
    reg = Registry.curated()
    pid = reg.observe("В.Герасимов", "ru")
    assert pid is not None
    assert reg.resolve("Валерием Герасимовым", "ru") == pid
    assert reg.resolve("Валерия Герасимова", "ru") == pid
    # Another given initial is another person.
    assert reg.resolve("Сергеем Герасимовым", "ru") is None


def test_full_name_takes_over_the_initials_person() -> None:
    reg = Registry.curated()
    short = reg.observe("Е.Солнцев", "ru", role="губернатор")
    full = reg.observe("СОЛНЦЕВ Евгений Юрьевич", "ru", order="surname_first")
    assert short is not None and full is not None and short != full
    assert reg.canonical(short) == full
    assert reg.resolve("Е.Солнцев", "ru") == full
    assert "губернатор" in {r.role for r in reg.people[full].roles.values()}


def test_name_particles_do_not_count_as_words() -> None:
    reg = Registry.curated()
    pid = reg.observe("Тамим Бен Хамад Аль Тани", "ru", order="given_first")
    assert pid is not None
    assert reg.resolve("Тамимом Бен Хамадом Аль Тани", "ru") == pid
    # A long label with a title still founds nobody.
    assert reg.observe("Председатель Совета министров Саудовской Аравии Сальман", "ru") is None


def test_surname_in_ya_declined_with_ey() -> None:
    reg = Registry.curated()
    pid = reg.observe("РУДЕНЯ Игорь Михайлович", "ru", order="surname_first")
    assert reg.resolve("Игорем Руденей", "ru") == pid
