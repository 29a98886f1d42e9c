"""Search across scripts and spellings: a person's or a place's name typed in one script
or transliteration finds the events that write it in another, on every backend; the
expansion is reported and a quoted word is searched as typed; the order by date."""

from __future__ import annotations

import datetime as dt

import pytest

from daybook.model import Event
from daybook.search import literal_query, parse_query, search
from daybook.store import Store
from tests.factories import text_event

TEXTS = [
    ("en", dt.date(2019, 3, 1), "Defence Minister Sergei Shoigu reported on the exercises."),
    ("fr", dt.date(2019, 4, 2), "Le ministre de la Défense Sergueï Choïgu a fait son rapport."),
    ("ru", dt.date(2019, 5, 3), "Министр обороны Сергей Шойгу доложил об учениях."),
    ("en", dt.date(2019, 6, 4), "The talks took place in Sochi on the Black Sea coast."),
    ("fr", dt.date(2019, 7, 5), "Les entretiens ont eu lieu à Sotchi, au bord de la mer Noire."),
    ("ru", dt.date(2019, 8, 6), "Переговоры прошли в Сочи на берегу Чёрного моря."),
    ("en", dt.date(2019, 9, 7), "Nothing about either of them: grain exports were discussed."),
]


def _events() -> list[Event]:
    return [text_event(n, text, date=date, language=lang)
            for n, (lang, date, text) in enumerate(TEXTS, 1)]


@pytest.fixture
def archive(store: Store) -> Store:
    with store.transaction():
        for e in _events():
            store.save_event(e, origin="tests/test_search_aliases.py")
    return store


def _ids(store: Store, q: str, **kw: object) -> set[str]:
    return {h.event_id for h in search(store, q, limit=50, **kw).hits}  # type: ignore[arg-type]


def test_a_person_in_any_script_finds_the_same_events(archive: Store) -> None:
    found = {q: _ids(archive, q) for q in ("Shoigu", "Шойгу", "Choïgou")}
    assert found["Shoigu"] == found["Шойгу"] == found["Choïgou"] == {
        "kremlin:59801", "kremlin:59802", "kremlin:59803"}
    # As typed, each finds only its own script (Choïgou, the press form, not even that).
    assert _ids(archive, '"Shoigu"') == {"kremlin:59801"}
    assert _ids(archive, "Шойгу", expand=False) == {"kremlin:59803"}


def test_a_place_in_any_script_finds_the_same_events(archive: Store) -> None:
    found = {q: _ids(archive, q) for q in ("Sochi", "Sotchi", "Сочи")}
    assert found["Sochi"] == found["Sotchi"] == found["Сочи"] == {
        "kremlin:59804", "kremlin:59805", "kremlin:59806"}


def test_the_expansion_is_reported_and_removable(archive: Store) -> None:
    result = search(archive, "Choïgou exercises")
    (e,) = result.expansions
    assert (e.term, e.kind, e.key) == ("Choïgou", "person", "person:sergei-shoigu")
    assert {"Shoigu", "Шойгу"} <= set(e.forms)
    assert result.to_dict()["expansions"][0]["id"] == "person:sergei-shoigu"
    literal = literal_query("Choïgou exercises", e.term)
    assert literal == '"Choïgou" exercises'
    assert parse_query(literal)[0].expansions == ()
    assert search(archive, literal).expansions == ()
    # Common words name nobody; prefixes and short words are never expanded.
    assert search(archive, "grain").expansions == ()
    assert search(archive, "Shoi*").expansions == ()


def test_sort_by_date_and_date_range(archive: Store) -> None:
    q = "Sochi OR Shoigu"
    by_date = [h.date for h in search(archive, q, sort="date").hits]
    assert by_date == sorted(by_date, reverse=True) and len(by_date) == 6
    assert [h.date for h in search(archive, q + " sort:date").hits] == by_date
    ranged = search(archive, q, date_from=dt.date(2019, 4, 1), date_to=dt.date(2019, 6, 30))
    assert {h.event_id for h in ranged.hits} == {"kremlin:59802", "kremlin:59803",
                                                 "kremlin:59804"}
    with pytest.raises(Exception, match="sort"):
        search(archive, "Sochi sort:best")


def test_a_form_holding_the_typed_words_is_not_added() -> None:
    # "Republic of Kazakhstan" finds nothing "Kazakhstan" does not; its "of" and "the"
    # would only make the index read long lists.
    from daybook.aliases import curated_aliases

    found = curated_aliases().expand("Kazakhstan")
    assert found is not None and "Казахстан" in found.forms
    assert not [f for f in found.forms if "Kazakhstan" in f]
    china = curated_aliases().expand("China")
    assert china is not None and "Chine" in china.forms
