from __future__ import annotations

import datetime as dt
from dataclasses import replace

from daybook.model import Block, Day, Event, sort_events
from tests.factories import make_event


def test_event_round_trips_through_dict() -> None:
    event = make_event()
    assert Event.from_dict(event.to_dict()) == event


def test_day_round_trips_and_carries_schema_id() -> None:
    day = Day(dt.date(2019, 2, 9), (make_event(1), make_event(2, hour=12))).numbered()
    d = day.to_dict()
    assert d["schema"] == "daybook/day@1"
    assert [e["number"] for e in d["events"]] == [1, 2]
    assert Day.from_dict(d) == day


def test_speakers_are_distinct_in_order_of_first_turn_and_never_labels() -> None:
    event = replace(make_event(), blocks=(
        Block("question", "What next?", number=1),
        Block("answer", "Trade.", speaker="Vladimir Putin", number=1),
        Block("turn", "Thank you.", speaker="Sergei Lavrov"),
        Block("turn", "Good.", speaker="Vladimir Putin"),
        Block("paragraph", "Narrative, with a speaker field left over.", speaker="Nobody"),
    ))
    assert event.speakers == ("Vladimir Putin", "Sergei Lavrov")


def test_content_hash_ignores_position_in_day_but_not_text() -> None:
    event = make_event()
    assert replace(event, number=4).content_hash() == event.content_hash()
    changed = replace(event, blocks=(*event.blocks, Block("paragraph", "Added later.")))
    assert changed.content_hash() != event.content_hash()


def test_sort_events_by_time_then_publication_for_untimed() -> None:
    early, late = make_event(1, hour=9), make_event(2, hour=18)
    untimed = replace(
        make_event(3, hour=None),
        published=dt.datetime(2019, 2, 9, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))),
    )
    assert [e.id for e in sort_events([late, untimed, early])] == [
        early.id, untimed.id, late.id]


def test_sort_events_keeps_a_digest_numbering() -> None:
    # A digest lists an untimed interview first; its numbering is the order.
    first = replace(make_event(1, hour=None), number=1)
    second = replace(make_event(2, hour=9), number=2)
    assert [e.number for e in sort_events([second, first])] == [1, 2]
