"""The DeepL engine against a local server speaking DeepL's API v2, errors included."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.settings import Settings
from daybook.translate.cache import TranslationCache, cache_key
from daybook.translate.deepl import FREE_URL, PRO_URL, DeepLEngine, endpoint_for
from daybook.translate.engines import engine_name, get_engine

from .conftest import SAMPLES, transform
from .peers import DEEPL_KEY, DeepLHandler, Peer, serve


@pytest.fixture
def deepl() -> Iterator[Peer]:
    with serve(DeepLHandler) as peer:
        yield peer


def engine(peer: Peer, **kw: object) -> DeepLEngine:
    waits: list[float] = []
    e = DeepLEngine(DEEPL_KEY, url=peer.url, sleep=waits.append, **kw)  # type: ignore[arg-type]
    e.waits = waits  # type: ignore[attr-defined]
    return e


def test_endpoint_follows_the_key_suffix() -> None:
    assert endpoint_for("abc:fx") == FREE_URL and endpoint_for("abc") == PRO_URL
    assert DeepLEngine("k:fx").base == FREE_URL and DeepLEngine("k").base == PRO_URL


def test_translates_in_batches_with_the_documented_request(deepl: Peer) -> None:
    e = engine(deepl, formality="more")
    texts = [f"The meeting {i} with the President" for i in range(120)]
    assert e.translate(texts, "en", "fr") == [transform(t) for t in texts]
    posts = [r for r in deepl.requests if r[0] == "POST"]
    assert len(posts) == 3  # at most 50 texts a request
    _, path, headers, body = posts[0]
    assert path == "/v2/translate" and headers["Authorization"] == f"DeepL-Auth-Key {DEEPL_KEY}"
    assert body["source_lang"] == "EN" and body["target_lang"] == "FR"
    assert body["formality"] == "more" and len(body["text"]) == 50
    assert e.name == "deepl:more" and get_engine(
        "deepl", Settings(deepl_key=DEEPL_KEY, deepl_url=deepl.url)).name == "deepl"  # type: ignore[union-attr]


def test_glossary_is_made_once_and_used(deepl: Peer) -> None:
    glossary = [("Security Council", "Conseil de sécurité"), ("State Duma", "Douma d'État"),
                ("bad\tentry", "x"), ("", "empty")]
    e = engine(deepl, glossary=glossary)
    [out] = e.translate(["The Security Council met."], "en", "fr")
    assert out == "Le Conseil de sécurité met."
    [g] = deepl.glossaries.values()
    assert g["_entries"] == {"Security Council": "Conseil de sécurité",
                             "State Duma": "Douma d'État", "bad entry": "x"}
    # Another engine with the same table finds the glossary instead of making a second one.
    engine(deepl, glossary=glossary).translate(["The State Duma."], "en", "fr")
    assert len(deepl.glossaries) == 1
    posts = [r for r in deepl.requests if r[1] == "/v2/translate"]
    assert all(r[3]["glossary_id"] == g["glossary_id"] for r in posts)


def test_429_and_5xx_are_retried_after_retry_after(deepl: Peer) -> None:
    deepl.fail = [(429, {"Retry-After": "2"}, {"message": "Too many requests"}),
                  (503, {}, {"message": "Service unavailable"})]
    e = engine(deepl)
    assert e.translate(["the meeting"], "en", "fr") == ["le réunion"]
    assert e.waits == [2.0, 2.0]  # type: ignore[attr-defined]  # Retry-After, then 2**1


def test_errors_are_clear_and_final(deepl: Peer) -> None:
    deepl.fail = [(456, {}, {"message": "Quota exceeded"})]
    with pytest.raises(TranslationError, match=r"quota is spent.*456"):
        engine(deepl).translate(["a"], "en", "fr")
    deepl.fail = [(429, {"Retry-After": "50"}, {})] * 3
    with pytest.raises(EngineUnavailableError, match=r"429 .too many requests."):
        engine(deepl).translate(["a"], "en", "fr")  # waits would exceed max_wait (60 s)
    deepl.fail = [(200, {}, b"{not json")]
    with pytest.raises(TranslationError, match="did not answer JSON"):
        engine(deepl).translate(["a"], "en", "fr")
    deepl.fail = [(200, {}, {"translations": [{"text": "un"}]})]
    with pytest.raises(TranslationError, match=r"1 translation.s. for 2 text"):
        engine(deepl).translate(["a", "b"], "en", "fr")
    with pytest.raises(EngineUnavailableError, match=r"refused the key.*403"):
        DeepLEngine("wrong:fx", url=deepl.url).translate(["a"], "en", "fr")
    with pytest.raises(TranslationError, match="formality"):
        DeepLEngine(DEEPL_KEY, formality="rude")
    with pytest.raises(EngineUnavailableError, match="needs a DeepL API key"):
        get_engine("deepl", Settings())


def test_times_out(deepl: Peer) -> None:
    deepl.stall = 2.0
    with pytest.raises(EngineUnavailableError, match="did not answer within"):
        DeepLEngine(DEEPL_KEY, url=deepl.url, timeout=0.5).translate(["a"], "en", "fr")


def test_the_key_is_never_written_anywhere(
        deepl: Peer, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from click.testing import CliRunner

    from daybook.cli import main

    caplog.set_level(logging.DEBUG)
    messages = []
    for fail in ([(403, {}, {"message": "Authorization failure"})],
                 [(456, {}, {})], [(500, {}, {})] * 9, [(200, {}, b"<html>")]):
        deepl.fail = list(fail)
        with pytest.raises(TranslationError) as err:
            DeepLEngine(DEEPL_KEY, url=deepl.url, max_wait=0).translate(["a"], "en", "fr")
        messages.append(f"{err.value} {err.value.remedy} {err.value!r}")
    deepl.fail = []
    e = engine(deepl)
    messages += [e.name, repr(e), e.describe("en", "fr"), cache_key(e.name, "en", "fr", "x"),
                 str(engine_name("deepl", Settings(deepl_key=DEEPL_KEY)))]
    assert not any(DEEPL_KEY in m or "SECRET" in m for m in messages)

    db = str(tmp_path / "t.db")
    runner = CliRunner()
    pages = [str(SAMPLES / "news" / f"{i}.html") for i in ("59827", "59830")]
    assert runner.invoke(main, ["ingest", "-q", "--db", db, *pages]).exit_code == 0
    env = {"DEEPL_AUTH_KEY": DEEPL_KEY, "DAYBOOK_DEEPL_URL": deepl.url}
    result = runner.invoke(main, ["day", "2019-02-14", "--lang", "fr", "--translate", "deepl",
                                  "--db", db], env=env)
    assert result.exit_code == 0, result.output
    assert "deepl" in result.output and "Traduction automatique" in result.output
    shown = runner.invoke(main, ["config"], env=env)
    assert "deepl_key" in shown.output and DEEPL_KEY not in shown.output
    assert len(TranslationCache(db + ".translations.sqlite")) > 0  # the key is not in it
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and not any(DEEPL_KEY.encode() in p.read_bytes() for p in written)
    assert DEEPL_KEY not in result.output + caplog.text
