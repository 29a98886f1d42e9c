"""The people directory's invariants over generated rows: one entry per person, each event
counted once per person however many ways it links them, months adding up to the
appearances, every key its own canonical key, newest first."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.directory import RELATIONS, Rows, build

NAMES = ["Vladimir Putin", "Владимир Путин", "Vladimir Poutine", "Ivan Petrov",
         "Petrov Ivan", "Anna Smirnova"]
IDS = {"Vladimir Putin": "person:vladimir-putin", "Владимир Путин": "person:vladimir-putin",
       "Vladimir Poutine": "person:vladimir-putin"}


class FakeRegistry:
    """Resolves the three spellings of one person; the others stay unlinked names."""

    def resolve(self, name: str, language: str | None = None) -> str | None:
        return IDS.get(name)

    def canonical(self, person_id: str) -> str:
        return person_id


rows = st.builds(
    lambda events, people, mentions: Rows(
        [(k, f"kremlin:{k}", lang, d) for k, (lang, d) in enumerate(events)],
        [(k % max(1, len(events)), n, r, rel, None) for k, n, r, rel in people],
        [],
        [(k % max(1, len(events)), "person:vladimir-putin", "Путина")
         for k in mentions]),
    st.lists(st.tuples(st.sampled_from(["en", "fr", "ru"]),
                       st.dates(dt.date(2015, 1, 1), dt.date(2025, 12, 31))),
             min_size=1, max_size=30),
    st.lists(st.tuples(st.integers(0, 100), st.sampled_from(NAMES),
                       st.sampled_from([None, "Minister", "President"]),
                       st.sampled_from(RELATIONS[:3])), max_size=60),
    st.lists(st.integers(0, 100), max_size=10))


@settings(max_examples=60, deadline=None)
@given(rows)
def test_directory_invariants(found: Rows) -> None:
    d = build(found, FakeRegistry(), {"person:vladimir-putin": "Vladimir Putin"}, {})
    putin = {k for k, n, *_ in found.people if n in IDS} | {k for k, *_ in found.mentions}
    entry = d.get("person:vladimir-putin")
    assert (entry.total if entry else 0) == len(putin)
    for key, e in d.entries.items():
        assert d.canonical(key) == key
        assert len(e.order) == len(set(e.order)) == e.total
        assert sum(n for _, n in d.months(e)) == e.total
        dates = [d.events[k].date for k in e.order]
        assert dates == sorted(dates, reverse=True)
        assert all(r.first <= r.last for r in e.roles)
    # Every appearance of an unlinked name is on its slug's page.
    petrov = {k for k, n, *_ in found.people if n == "Ivan Petrov"}
    assert (d.entries["ivan-petrov"].total if petrov else 0) == len(petrov)
