"""``--via wayback``: the capture nearest to the day, read raw, with both URLs kept.

Against a local CDX server and replay (tests/fetch/local_archive.py) serving real pages of
the 2019 sample; the inner requests are real HTTP on loopback.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daybook.fetch.http import HttpTransport
from daybook.fetch.transport import FetchRequest, Limits, TransportError
from daybook.fetch.wayback import (
    Capture,
    WaybackTransport,
    choose_capture,
    day_end,
    note_value,
    parse_archive_url,
    parse_cdx_json,
    same_resource,
)
from tests.fetch.local_archive import (
    SITE,
    LocalWayback,
    Reply,
    Snapshot,
    _Server,
    base_url,
    sample_page,
    serve,
)

DAY = dt.date(2019, 2, 14)
PAGE = f"{SITE}/59836"
LIMITS = Limits(connect_timeout=5, total_timeout=20)


@pytest.fixture
def archive() -> Iterator[tuple[LocalWayback, _Server]]:
    wayback = LocalWayback()
    with serve(wayback.route) as server:
        yield wayback, server


@pytest.fixture
def client(archive: tuple[LocalWayback, _Server]) -> Iterator[WaybackTransport]:
    transport = WaybackTransport(base_url(archive[1]), spacing=0)  # its own HttpTransport
    yield transport
    transport.close()


def cdx_queries(server: _Server) -> list[dict[str, list[str]]]:
    return [parse_qs(urlsplit(r.path).query) for r in server.log
            if r.path.startswith("/cdx/search/cdx")]


def failure(client: WaybackTransport) -> TransportError:
    """The error of asking for PAGE on DAY (the test fails if there is none)."""
    with pytest.raises(TransportError) as caught:
        client.send(FetchRequest(PAGE, target_date=DAY), LIMITS)
    return caught.value


def test_the_first_capture_after_the_day_is_read_raw(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport) -> None:
    wayback, server = archive
    page = sample_page("59836.html")
    # Before the day, during it (its listing may not be whole yet), after it, much later;
    # and two later rows the archive keeps that are not pages (a redirect, a revisit).
    for ts, body in [("20190213120000", b"yesterday"), ("20190214100000", b"during"),
                     ("20190215093000", page), ("20190320000000", b"later")]:
        wayback.add(Snapshot(PAGE, ts, body))
    wayback.add(Snapshot(PAGE, "20190214220000", b"moved", statuscode="302"))
    wayback.add(Snapshot(PAGE, "20190214230000", b"", statuscode="-", mimetype="warc/revisit"))
    headers = (("User-Agent", "daybook/0.1 (+ops@example.org)"), ("If-None-Match", '"abc"'))

    got = client.send(FetchRequest(PAGE, headers, target_date=DAY), LIMITS)

    base = base_url(server)
    assert got.status == 200
    assert got.body == page and got.raw_body == page  # id_: no archive toolbar
    assert got.request_url == f"{base}/web/20190215093000id_/{PAGE}"
    assert got.original_url == PAGE
    assert got.via == "wayback"
    assert note_value(got, "wayback-capture") == "20190215093000"
    (query,) = cdx_queries(server)
    assert query["url"] == [PAGE] and query["output"] == ["json"]
    assert query["filter"] == ["statuscode:200"] and query["sort"] == ["closest"]
    # The day ends at midnight in Moscow: 21:00 UTC.
    assert query["closest"] == ["20190214210000"]
    replayed = server.log[-1]
    assert replayed.headers["user-agent"] == "daybook/0.1 (+ops@example.org)"
    assert "if-none-match" not in replayed.headers  # the site's validators stay home


def test_only_earlier_captures_give_the_last_one(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport) -> None:
    wayback, _ = archive
    for ts in ("20180101000000", "20190210000000", "20190214200000"):
        wayback.add(Snapshot(PAGE, ts, ts.encode()))
    got = client.send(FetchRequest(PAGE, target_date=DAY), LIMITS)
    assert got.body == b"20190214200000"


def test_without_a_day_the_latest_capture(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport) -> None:
    wayback, server = archive
    for ts in ("20190215000000", "20240101000000", "20200101000000"):
        wayback.add(Snapshot(PAGE, ts, ts.encode()))
    got = client.send(FetchRequest(PAGE), LIMITS)
    assert got.body == b"20240101000000"
    (query,) = cdx_queries(server)
    assert "closest" not in query and int(query["limit"][0]) < 0  # the last rows


def test_a_whole_day_of_real_pages_comes_back_byte_for_byte(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport) -> None:
    wayback, _ = archive
    names = ["by-date/14.02.2019.html"] + [f"{n}.html" for n in
                                            (59836, 59834, 59835, 59831, 59830, 59829)]
    urls = {}
    for name in names:
        url = f"{SITE}/{name.removesuffix('.html')}"
        urls[url] = sample_page(name)
        # The archive writes the port the site was reached on.
        original = url.replace("en.kremlin.ru/", "en.kremlin.ru:80/")
        wayback.add(Snapshot(original, "20190216101010", urls[url], gzip=name.startswith("5983")))
    for url, body in urls.items():
        got = client.send(FetchRequest(url, target_date=DAY), LIMITS)
        assert got.status == 200 and got.body == body, url
        assert got.original_url == url
        if got.header("content-encoding") == "gzip":
            assert got.raw_body != body  # as received, the decoded one beside it


def test_requests_to_the_archive_are_spaced(archive: tuple[LocalWayback, _Server]) -> None:
    wayback, server = archive
    wayback.add(Snapshot(PAGE, "20190215000000", redirect_to="20190215000005"))
    wayback.add(Snapshot(PAGE, "20190215000005", b"the capture", statuscode="-"))
    transport = WaybackTransport(base_url(server), HttpTransport(), spacing=0.3)
    try:
        assert transport.send(FetchRequest(PAGE, target_date=DAY), LIMITS).status == 200
        with pytest.raises(TransportError) as caught:  # no time for the spacing
            transport.send(FetchRequest(PAGE, target_date=DAY), Limits(total_timeout=0.2))
    finally:
        transport.close()
    assert caught.value.kind == "timeout"
    moments = [r.at for r in server.log]
    assert len(moments) == 3  # index, capture, the capture it redirects to
    assert all(b - a >= 0.3 for a, b in itertools.pairwise(moments))


def test_the_archive_redirect_to_another_timestamp_is_followed(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport) -> None:
    wayback, server = archive
    wayback.add(Snapshot(PAGE, "20190215000000", redirect_to="20190215000005"))
    wayback.add(Snapshot(PAGE, "20190215000005", b"the capture", statuscode="-"))
    got = client.send(FetchRequest(PAGE, target_date=DAY), LIMITS)
    assert got.body == b"the capture"
    assert got.request_url == f"{base_url(server)}/web/20190215000005id_/{PAGE}"
    assert note_value(got, "wayback-capture") == "20190215000005"
    assert note_value(got, "wayback-redirect") == got.request_url


def test_archive_redirect_loops_are_bounded(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport) -> None:
    wayback, server = archive
    wayback.add(Snapshot(PAGE, "20190215000000", redirect_to="20190215000001"))
    wayback.add(Snapshot(PAGE, "20190215000001", redirect_to="20190215000000", statuscode="-"))
    caught = failure(client)
    assert caught.kind == "protocol" and caught.url == PAGE
    assert "loop" in caught.message
    assert len([r for r in server.log if r.path.startswith("/web/")]) == 2


@pytest.mark.parametrize("where", ["another page", "off the archive"])
def test_redirects_elsewhere_are_returned_not_followed(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport, where: str) -> None:
    wayback, server = archive
    target = (f"{base_url(server)}/web/20190215000000id_/{SITE}/1"
              if where == "another page" else "http://mirror.invalid/news/59836")
    wayback.add(Snapshot(PAGE, "20190215000000", location=target))
    got = client.send(FetchRequest(PAGE, target_date=DAY), LIMITS)
    assert got.status == 302 and got.header("location") == target
    assert got.original_url == PAGE and note_value(got, "wayback-location") == target
    assert note_value(got, "wayback-capture") is None
    assert len([r for r in server.log if r.path.startswith("/web/")]) == 1


def test_no_capture_is_a_refusal_not_an_empty_page(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport) -> None:
    wayback, _ = archive
    wayback.add(Snapshot(PAGE, "20190215000000", b"gone", statuscode="404"))
    caught = failure(client)
    assert caught.kind == "refused" and caught.url == PAGE
    assert "no capture" in caught.message


def test_a_listed_capture_the_replay_lacks_is_a_refusal(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport) -> None:
    wayback, _ = archive
    wayback.add(Snapshot(PAGE, "20190215000000", redirect_to="20190101000000"))
    caught = failure(client)
    assert caught.kind == "refused" and "404" in caught.message


@pytest.mark.parametrize("status", [429, 503])
def test_a_busy_cdx_server_is_returned_for_the_fetchers_backoff(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport, status: int) -> None:
    wayback, server = archive
    wayback.add(Snapshot(PAGE, "20190215000000", b"the page"))
    wayback.cdx_faults[PAGE] = [Reply(status, b"slow down", (("Retry-After", "7"),))]
    busy = client.send(FetchRequest(PAGE, target_date=DAY), LIMITS)
    assert busy.status == status and busy.header("retry-after") == "7"
    assert busy.request_url.startswith(f"{base_url(server)}/cdx/search/cdx?")
    assert busy.original_url == PAGE and note_value(busy, "wayback-stage") == "cdx"
    # The fetcher's retry then reads the capture.
    assert client.send(FetchRequest(PAGE, target_date=DAY), LIMITS).body == b"the page"


@pytest.mark.parametrize("body", [b'[["timestamp","original"],["2019', b"<html>busy</html>",
                                  b'{"error": 1}', b'[["timestamp","original"],["1","x"]]'])
def test_malformed_cdx_answers_are_protocol_errors(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport, body: bytes) -> None:
    wayback, _ = archive
    wayback.cdx_faults[PAGE] = [Reply(200, body)]
    caught = failure(client)
    assert caught.kind == "protocol" and caught.url == PAGE
    assert "CDX" in caught.message


def test_an_empty_cdx_body_means_no_capture(
        archive: tuple[LocalWayback, _Server], client: WaybackTransport) -> None:
    wayback, _ = archive
    wayback.cdx_faults[PAGE] = [Reply(200, b"")]
    caught = failure(client)
    assert caught.kind == "refused"


def test_an_unreachable_archive_names_the_site_url() -> None:
    with serve(LocalWayback().route) as server:
        base = base_url(server)
    transport = WaybackTransport(base, HttpTransport(), spacing=0)
    caught = failure(transport)
    transport.close()
    assert caught.kind == "connect" and caught.url == PAGE
    assert "/cdx/search/cdx" in caught.message


# --- the pure parts ------------------------------------------------------------------------

def test_cdx_json_follows_the_header_row_and_stops_at_the_resume_key() -> None:
    data = (b'[["original","timestamp","statuscode"],'
            b'["http://en.kremlin.ru:80/a","20190215000000","200"],[],["resume-key"]]')
    assert parse_cdx_json(data) == [Capture("20190215000000", "http://en.kremlin.ru:80/a",
                                            statuscode="200")]
    assert parse_cdx_json(b"[]") == [] and parse_cdx_json(b"\n") == []


def test_archive_urls_are_read_only_on_the_archive() -> None:
    base = "http://127.0.0.1:8080"
    assert parse_archive_url(base, f"{base}/web/2019id_/http://x/a?b=1") == ("2019",
                                                                            "http://x/a?b=1")
    assert parse_archive_url(base, "http://127.0.0.1:9/web/2019id_/http://x/a") is None
    assert parse_archive_url(base, f"{base}/cdx/search/cdx") is None
    assert same_resource("http://EN.kremlin.ru:80/a", "https://en.kremlin.ru/a")
    assert not same_resource("http://en.kremlin.ru/a", "http://en.kremlin.ru/b")


timestamps = st.datetimes(min_value=dt.datetime(1996, 1, 1), max_value=dt.datetime(2030, 1, 1)
                          ).map(lambda d: d.strftime("%Y%m%d%H%M%S"))


@given(st.lists(timestamps, min_size=1, max_size=20), st.dates(dt.date(1996, 1, 1),
                                                                dt.date(2029, 12, 1)))
def test_the_chosen_capture_is_the_first_after_the_day_or_the_last_before(
        stamps: list[str], day: dt.date) -> None:
    captures = [Capture(ts, PAGE) for ts in stamps]
    chosen = choose_capture(captures, day)
    assert chosen in captures
    end = day_end(day)
    after = [c for c in captures if c.moment >= end]
    if after:
        assert chosen.moment >= end and all(chosen.timestamp <= c.timestamp for c in after)
    else:
        assert all(chosen.timestamp >= c.timestamp for c in captures)
    assert choose_capture(captures, None) == max(captures, key=lambda c: c.timestamp)
