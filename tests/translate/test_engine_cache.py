"""A change to the glossary (the publisher's name forms, the institution glossary) makes the
DeepL and chat engines translate again instead of serving cached text made with the old one;
the same glossary keeps serving the cache, and the read-only site finds it. Against the
local servers speaking each service's API (``peers.py``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from daybook.cli import main
from daybook.settings import Settings
from daybook.translate.cache import TranslationCache, cache_name, glossary_digest
from daybook.translate.chat import ChatEngine
from daybook.translate.deepl import DeepLEngine
from daybook.translate.engines import cached_engine, get_engine

from .conftest import SAMPLES
from .peers import CHAT_KEY, DEEPL_KEY, ChatHandler, DeepLHandler, Peer, serve

PAGE = SAMPLES / "news" / "59827.html"
DATE = "2019-02-14"


@pytest.fixture
def deepl() -> Iterator[Peer]:
    with serve(DeepLHandler) as peer:
        yield peer


@pytest.fixture
def chat() -> Iterator[Peer]:
    with serve(ChatHandler) as peer:
        yield peer


def _calls(peer: Peer, path: str) -> int:
    return sum(1 for method, p, _, _ in peer.requests if method == "POST" and p == path)


def test_the_identity_holds_the_glossary_never_the_key() -> None:
    a = [("Security Council", "Conseil de sécurité"), ("Shoigu", "Choïgou")]
    b = [("Security Council", "Conseil de sécurité"), ("Shoigu", "Choïgu")]
    assert glossary_digest(a) == glossary_digest(list(reversed(a)) + a[:1])
    assert glossary_digest(a) != glossary_digest(b)
    d1, d2 = (DeepLEngine(DEEPL_KEY, url="http://127.0.0.1:9", glossary=g) for g in (a, b))
    assert d1.name == d2.name == "deepl"  # the notice and the blocks' engine are unchanged
    assert cache_name(d1) != cache_name(d2) and cache_name(d1).startswith("deepl#")
    assert cache_name(DeepLEngine(DEEPL_KEY, url="http://127.0.0.1:9")) == "deepl"
    c1, c2 = (ChatEngine("http://127.0.0.1:9", "m", key=CHAT_KEY, glossary=g) for g in (a, b))
    assert c1.name == c2.name and cache_name(c1) != cache_name(c2)
    assert "+apertium" in cache_name(ChatEngine("http://127.0.0.1:9", "m", glossary=a,
                                                fallback=get_engine("apertium")))
    assert not any(k in cache_name(e) for e in (d1, c1) for k in (DEEPL_KEY, CHAT_KEY))


def _day(db: str, env: dict[str, str]) -> str:
    result = CliRunner().invoke(main, ["day", DATE, "--lang", "fr", "--format", "text",
                                       "--db", db], env=env)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("service", ["deepl", "chat"])
def test_a_new_name_form_translates_again(
        service: str, deepl: Peer, chat: Peer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DAYBOOK_CACHE", raising=False)
    peer, path = (deepl, "/v2/translate") if service == "deepl" else (
        chat, "/v1/chat/completions")
    db = str(tmp_path / "t.db")
    assert CliRunner().invoke(main, ["ingest", "-q", "--db", db, str(PAGE)]).exit_code == 0
    env = {"DAYBOOK_TRANSLATE": service, "DEEPL_AUTH_KEY": DEEPL_KEY,
           "DAYBOOK_DEEPL_URL": deepl.url, "DAYBOOK_CHAT_URL": chat.url,
           "DAYBOOK_CHAT_KEY": CHAT_KEY, "DAYBOOK_CHAT_MODEL": "mistral-7b"}
    first = _day(db, env)
    asked = _calls(peer, path)
    assert asked > 0
    assert _day(db, env) == first and _calls(peer, path) == asked  # all from the cache

    names = tmp_path / "names_fr.tsv"
    names.write_text("Recep Tayyip Erdogan\tRecep Tayyip Erdoğan\n", "utf-8")
    changed = {**env, "DAYBOOK_NAMES_FR": str(names)}
    _day(db, changed)
    again = _calls(peer, path)
    assert again > asked  # the glossary changed: the cached texts were not served
    _day(db, changed)
    assert _calls(peer, path) == again

    cache = db + ".translations.sqlite"
    with sqlite3.connect(cache) as conn:
        identities = {r[0] for r in conn.execute("SELECT DISTINCT engine FROM translations")}
    assert len(identities) == 2 and all(i.startswith(service) for i in identities)
    assert not any(DEEPL_KEY.encode() in p.read_bytes() or CHAT_KEY.encode() in p.read_bytes()
                   for p in tmp_path.rglob("*") if p.is_file())

    # The read-only site stands for the engine under the same identity as the CLI.
    settings = Settings(db=db, translate=service, deepl_key=DEEPL_KEY, deepl_url=deepl.url,
                        chat_url=chat.url, chat_key=CHAT_KEY, chat_model="mistral-7b",
                        names_fr=str(names))
    stand_in = cached_engine(service, settings)
    real = get_engine(service, settings)
    assert stand_in is not None and real is not None
    assert (stand_in.name, stand_in.cache_name) == (real.name, cache_name(real))
    from daybook.store import open_store
    from daybook.translate.day import cached_day_in_language
    from daybook.translate.names import load_overrides

    store = open_store(db, read_only=True)
    tc = TranslationCache(cache, read_only=True)
    try:
        import datetime as dt

        day = cached_day_in_language(store, dt.date.fromisoformat(DATE), "fr", stand_in, tc,
                                     names=load_overrides(names))
        assert day is not None and day.events
    finally:
        tc.close()
        store.close()
