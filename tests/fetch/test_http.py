"""The plain HTTP transport against a real local server: gzip kept raw and decoded, no
redirect followed, size and whole-response deadline enforced, torn bodies reported."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.fetch.http import HttpTransport, decode_body
from daybook.fetch.transport import FetchRequest, Limits, TransportError
from tests.conftest import SAMPLES
from tests.fetch.site_server import NEWS, Fault, SiteServer, SiteState

pytestmark = pytest.mark.skipif(not (SAMPLES / "kremlin-en-2019").is_dir(),
                                reason="needs ../shared/samples/kremlin-en-2019")
PAGE = f"{NEWS}/60495"
SAMPLE = SAMPLES / "kremlin-en-2019" / "news" / "60495.html"


@pytest.fixture
def transport() -> Iterator[HttpTransport]:
    t = HttpTransport()
    yield t
    t.close()


def test_gzip_is_kept_raw_and_decoded(transport: HttpTransport) -> None:
    with SiteServer() as server:
        ex = transport.send(FetchRequest(server.url + PAGE, (("User-Agent", "t"),)), Limits())
    assert ex.status == 200
    assert ex.header("content-encoding") == "gzip"
    assert ex.body == SAMPLE.read_bytes()
    assert gzip.decompress(ex.raw_body) == ex.body
    assert ("User-Agent", "t") in ex.request_headers
    assert ex.peer_ip == "127.0.0.1"


def test_redirects_are_returned_not_followed(transport: HttpTransport) -> None:
    state = SiteState()
    state.fault(PAGE, Fault("redirect", 301, location="http://elsewhere.example/"))
    with SiteServer(state) as server:
        ex = transport.send(FetchRequest(server.url + PAGE), Limits())
    assert (ex.status, ex.header("Location")) == (301, "http://elsewhere.example/")


def test_a_stall_mid_body_ends_at_the_overall_deadline(transport: HttpTransport) -> None:
    state = SiteState()
    state.fault(PAGE, Fault("stall", seconds=3.0))
    with SiteServer(state) as server:
        t0 = time.monotonic()
        with pytest.raises(TransportError) as err:
            transport.send(FetchRequest(server.url + PAGE), Limits(total_timeout=0.8))
        took = time.monotonic() - t0
    assert err.value.kind == "timeout"
    assert 0.7 < took < 2.5  # the stall lasts 3 s: well under it, with room for a busy CI


def test_a_truncated_body_is_an_error_naming_the_url(transport: HttpTransport) -> None:
    state = SiteState()
    state.fault(PAGE, Fault("truncate"))
    with SiteServer(state) as server, pytest.raises(TransportError) as err:
        transport.send(FetchRequest(server.url + PAGE), Limits())
    assert err.value.kind == "truncated"
    assert PAGE in str(err.value)


def test_a_body_over_the_limit_is_refused(transport: HttpTransport) -> None:
    with SiteServer() as server, pytest.raises(TransportError) as err:
        transport.send(FetchRequest(server.url + PAGE, (("Accept-Encoding", "identity"),)),
                       Limits(max_bytes=10_000))
    assert err.value.kind == "too-large"


def test_no_server_is_a_connect_error(transport: HttpTransport, tmp_path: Path) -> None:
    with SiteServer() as server:
        url = server.url
    with pytest.raises(TransportError) as err:
        transport.send(FetchRequest(url + PAGE), Limits(connect_timeout=1))
    assert err.value.kind == "connect"


def test_torn_gzip_is_truncated() -> None:
    whole = gzip.compress(b"x" * 10_000)
    assert decode_body(whole, "gzip", "u") == b"x" * 10_000
    with pytest.raises(TransportError) as err:
        decode_body(whole[:-12], "gzip", "u")
    assert err.value.kind == "truncated"
    with pytest.raises(TransportError):
        decode_body(b"abc", "br", "u")
