from __future__ import annotations

import socket
import time
from http.server import ThreadingHTTPServer

import pytest

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.translate.cache import TranslationCache, cache_key, default_cache_path
from daybook.translate.engines import get_engine
from daybook.translate.http import HttpEngine
from daybook.translate.protect import (
    keeps_figures,
    protect,
    restore,
    translate_texts,
)

from .conftest import transform


class Dropper:
    """A peer engine that loses the second placeholder of every text."""

    name = "dropper"

    def supports(self, src: str, dst: str) -> bool:
        return True

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        return [t.replace("Zq1x", "") .upper().replace("ZQ", "Zq").replace("X ", "x ")
                for t in texts]


def test_protect_restore_round_trip() -> None:
    text = 'Narendra Modi said trade grew 10.2% to $28.2 billion at the "Russia Calling!" forum.'
    p = protect(text, ["Narendra Modi"])
    assert "Modi" not in p.text and "10.2" not in p.text and "Russia Calling" not in p.text
    assert restore(p.text, p.spans) == text
    assert restore(p.text.replace("Zq0x", ""), p.spans) is None
    assert restore(p.text + " Zq0x", p.spans) is None


def test_long_quotations_are_translated_not_protected() -> None:
    text = '"We will continue to work together for the good of our peoples," he said.'
    assert protect(text).spans == ()


class Recorder:
    """A peer engine that writes each text it gets in capitals and remembers it."""

    name = "recorder"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def supports(self, src: str, dst: str) -> bool:
        return True

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        self.seen += texts
        return [t.upper() for t in texts]


def test_a_quoted_sentence_goes_to_the_engine_on_its_own() -> None:
    # Short and capitalised, it was held as a title and stayed English.
    text = 'He said: "Farmers would like to speak." Then he left.'
    engine = Recorder()
    [out] = translate_texts([text], engine, "en", "fr")
    assert "Farmers would like to speak." in engine.seen
    assert out.text == 'HE SAID: "FARMERS WOULD LIKE TO SPEAK." THEN HE LEFT.'


def test_lost_placeholder_keeps_the_sentence_in_source() -> None:
    text = "Vladimir Putin met Narendra Modi on 5 September. It was good."
    [out] = translate_texts([text], Dropper(), "en", "fr", [["Narendra Modi"]])
    assert "Narendra Modi" in out.text and "5" in out.text
    assert out.kept >= 1
    assert keeps_figures(text, out.text)


def test_http_engine_against_a_libretranslate_peer(libretranslate: ThreadingHTTPServer) -> None:
    host, port = libretranslate.server_address[:2]
    engine = get_engine(f"http://{host}:{port}")
    assert isinstance(engine, HttpEngine)
    assert engine.supports("en", "fr") and not engine.supports("de", "fr")
    texts = [f"The meeting {i} with the President" for i in range(150)]
    assert engine.translate(texts, "en", "fr") == [transform(t) for t in texts]
    [one] = translate_texts(["Meeting with President Xi Jinping in 2019."], engine, "en", "fr",
                            [["Xi Jinping"]])
    assert one.text == "Rencontre avec président Xi Jinping à 2019." and one.kept == 0


def test_http_engine_errors(libretranslate: ThreadingHTTPServer) -> None:
    host, port = libretranslate.server_address[:2]
    with pytest.raises(TranslationError, match="HTTP 400: xx is not supported"):
        HttpEngine(f"http://{host}:{port}").translate(["a"], "xx", "fr")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    with pytest.raises(EngineUnavailableError, match="cannot reach"):
        HttpEngine(f"http://127.0.0.1:{free}", timeout=2).translate(["a"], "en", "fr")
    with pytest.raises(TranslationError, match="not an engine URL"):
        HttpEngine("ftp://x")
    with pytest.raises(TranslationError, match="unknown translation engine"):
        get_engine("babelfish")
    assert get_engine("none") is None


def test_http_engine_times_out() -> None:
    with socket.socket() as s:  # accepts the connection, never answers
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        start = time.monotonic()
        with pytest.raises(TranslationError):
            HttpEngine(f"http://127.0.0.1:{port}", timeout=0.5).translate(["a"], "en", "fr")
        assert time.monotonic() - start < 5


def test_oversized_text_is_refused(libretranslate: ThreadingHTTPServer) -> None:
    host, port = libretranslate.server_address[:2]
    with pytest.raises(TranslationError, match="over the limit"):
        HttpEngine(f"http://{host}:{port}").translate(["x" * 30_000], "en", "fr")


def test_cache_persists_and_opens_read_only(tmp_path: pytest.TempPathFactory) -> None:
    path = str(tmp_path / "a.db.translations.sqlite")  # type: ignore[operator]
    cache = TranslationCache(path)
    cache.put_many("eng", "en", "fr", {"Hello.": "Bonjour."})
    cache.close()
    ro = TranslationCache(path, read_only=True)
    assert ro.get_many("eng", "en", "fr", ["Hello.", "Other."]) == {"Hello.": "Bonjour."}
    assert ro.get_many("other", "en", "fr", ["Hello."]) == {}
    ro.put_many("eng", "en", "fr", {"Other.": "Autre."})  # ignored, no error
    assert len(ro) == 1
    assert cache_key("a", "en", "fr", "x") != cache_key("b", "en", "fr", "x")
    assert default_cache_path("/d/x.db") == "/d/x.db.translations.sqlite"
    assert default_cache_path("postgresql://h/db") is None
