"""Fixtures of the translation tests: Apertium (required in CI), a LibreTranslate peer."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from daybook.translate.apertium import ApertiumEngine, available

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "kremlin-en-2019"
if not SAMPLES.exists():
    SAMPLES = Path("/work/shared/samples/kremlin-en-2019")


def transform(text: str) -> str:
    """The peer's deterministic 'translation': a few English words to French ones."""
    words = {"the": "le", "The": "Le", "and": "et", "with": "avec", "meeting": "réunion",
             "Meeting": "Rencontre", "of": "de", "in": "à", "President": "président"}
    return " ".join(words.get(w, w) for w in text.split(" "))


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _send(self, code: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path == "/languages":
            self._send(200, [{"code": "en", "name": "English", "targets": ["fr", "ru"]},
                             {"code": "ru", "name": "Russian", "targets": ["fr", "en"]}])
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length))
        self.server.calls += 1  # type: ignore[attr-defined]
        if self.path != "/translate":
            self._send(404, {"error": "not found"})
            return
        if body.get("source") == "xx":
            self._send(400, {"error": "xx is not supported"})
            return
        q = body["q"]
        out = [transform(t) for t in q] if isinstance(q, list) else transform(q)
        self._send(200, {"translatedText": out})


@pytest.fixture(scope="session")
def libretranslate() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.calls = 0  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def apertium_ok() -> bool:
    from daybook.translate.apertium import PACKAGES, available

    if available():
        return True
    if os.environ.get("CI"):
        pytest.fail("Apertium is missing in CI: apt-get install -y " + " ".join(PACKAGES))
    pytest.skip("Apertium not installed (apt-get install -y apertium apertium-eng-spa "
                "apertium-fr-es)")
    return False


@pytest.fixture(scope="session")
def engine(apertium_ok: bool) -> ApertiumEngine:
    """Apertium through the Catalan pivot (the default), started once for the session."""
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    return ApertiumEngine()


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """retag's hand-written rules alone: no second opinion from spaCy's English tagger
    (``english_tags``, tested in test_english_tags)."""
    from daybook.translate import english_tags

    monkeypatch.setattr(english_tags, "tags", lambda pieces: {})


@pytest.fixture
def english_model() -> None:
    """spaCy's English model (``english_tags``), the test skipped where it is not installed."""
    from daybook.translate import english_tags

    if not english_tags.available() or english_tags._nlp() is None:
        pytest.skip("spaCy's English model is not installed")
