"""The HTTP translation engine against hostile local servers: one that drips bytes, one that
redirects a POST elsewhere, ones that answer broken or deeply nested JSON or terminal escapes.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.translate.http import HttpEngine

DRIP_BYTES = 40
DRIP_PAUSE = 0.2  # 40 bytes over 8 s, each read well under the timeout


class _Hostile(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    received: list[str] = []  # noqa: RUF012 (shared by the test's servers, on purpose)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, body: bytes, code: int = 200, **headers: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        _Hostile.received.append(f"{self.server.server_address[1]}{self.path}")
        kind = self.path.split("/")[1]
        try:
            if kind == "drip":
                body = json.dumps({"translatedText": ["x" * (DRIP_BYTES - 22)]}).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(DRIP_PAUSE)
            elif kind == "driphead":
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * DRIP_BYTES:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(DRIP_PAUSE)
            elif kind == "redirect":
                self._answer(b"{}", 307, Location=_TARGET[0])
            elif kind == "badjson":
                self._answer(b'{"translatedText": ["unterminated')
            elif kind == "deepjson":
                self._answer(b"[" * 100_000 + b"]" * 100_000)
            elif kind == "controls":
                self._answer(json.dumps({"translatedText": [
                    "\x1b[2J\x1b]0;owned\x07bonjour\r\n\x9b\ufffe"]}).encode())
            else:  # the target of the redirect: it must never be reached
                self._answer(json.dumps({"translatedText": ["replayed"]}).encode())
        except (BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
            pass


_TARGET: list[str] = [""]


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[str, str]]:
    made = [ThreadingHTTPServer(("127.0.0.1", 0), _Hostile) for _ in range(2)]
    for s in made:
        s.daemon_threads = True
        threading.Thread(target=s.serve_forever, daemon=True).start()
    hostile, other = (f"http://127.0.0.1:{s.server_address[1]}" for s in made)
    _TARGET[0] = other + "/elsewhere/translate"
    try:
        yield hostile, other
    finally:
        for s in made:
            s.shutdown()
            s.server_close()


@pytest.mark.parametrize("kind", ["drip", "driphead"])
def test_a_dripping_server_meets_one_deadline(servers: tuple[str, str], kind: str) -> None:
    engine = HttpEngine(f"{servers[0]}/{kind}", timeout=1.0)
    start = time.monotonic()
    with pytest.raises(EngineUnavailableError, match="did not answer within 1 s"):
        engine.translate(["a"], "en", "fr")
    assert time.monotonic() - start < 2.5  # the drip lasts 8 s; urllib took all of it


def test_a_post_is_not_replayed_where_a_redirect_points(servers: tuple[str, str]) -> None:
    _Hostile.received.clear()
    with pytest.raises(TranslationError, match=r"HTTP 307, a redirect to .*elsewhere.*not "
                                               r"followed"):
        HttpEngine(f"{servers[0]}/redirect", timeout=5).translate(["secret"], "en", "fr")
    assert not any("elsewhere" in r for r in _Hostile.received)
    assert len(_Hostile.received) == 1


@pytest.mark.parametrize("kind", ["badjson", "deepjson"])
def test_broken_or_deep_json_is_a_translation_error(servers: tuple[str, str], kind: str) -> None:
    with pytest.raises(TranslationError, match="did not answer JSON"):
        HttpEngine(f"{servers[0]}/{kind}", timeout=5).translate(["a"], "en", "fr")


def test_control_characters_are_cleaned_from_translations(servers: tuple[str, str]) -> None:
    [out] = HttpEngine(f"{servers[0]}/controls", timeout=5).translate(["a"], "en", "fr")
    assert out == "[2J]0;ownedbonjour\n"
