"""The chat-completions engine against a local OpenAI-compatible server."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.settings import Settings
from daybook.translate.chat import ChatEngine, parse_answer, survives
from daybook.translate.engines import get_engine
from daybook.translate.protect import translate_texts

from .conftest import transform
from .peers import CHAT_KEY, ChatHandler, Peer, serve


@pytest.fixture
def chat() -> Iterator[Peer]:
    with serve(ChatHandler) as peer:
        yield peer


class Upper:
    """A fallback engine that is easy to recognise."""

    name = "upper"

    def supports(self, src: str, dst: str) -> bool:
        return True

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        return [t.upper() for t in texts]


def engine(peer: Peer, **kw: object) -> ChatEngine:
    return ChatEngine(peer.url, "mistral-7b", key=CHAT_KEY, sleep=lambda s: None,
                      **kw)  # type: ignore[arg-type]


def test_numbered_json_lines_in_and_out(chat: Peer) -> None:
    glossary = [("Security Council", "Conseil de sécurité"), ("Duma", "Douma")]
    e = engine(chat, glossary=glossary)
    texts = ["The meeting of the Security Council in 2019.", "", "Zq0x met Zq1x."]
    assert e.translate(texts, "en", "fr") == [transform(texts[0]), "", transform(texts[2])]
    [(_, path, headers, body)] = chat.requests
    assert path == "/v1/chat/completions" and headers["Authorization"] == f"Bearer {CHAT_KEY}"
    assert body["model"] == "mistral-7b" and body["temperature"] == 0
    system, user = body["messages"]
    assert system["role"] == "system" and "Zq0x" in system["content"]
    assert "Security Council = Conseil de sécurité" in system["content"]
    assert "Duma" not in system["content"]  # only the terms the batch holds
    assert [json.loads(line)["n"] for line in user["content"].splitlines()] == [1, 2]
    assert e.name == "chat:mistral-7b@" + chat.url.removeprefix("http://")


def test_batches_fit_the_context(chat: Peer) -> None:
    texts = [f"Sentence number {i} is about the meeting of the President." for i in range(60)]
    e = engine(chat, context=1024)
    assert e.translate(texts, "en", "fr") == [transform(t) for t in texts]
    assert len(chat.requests) > 2
    for *_, body in chat.requests:
        chars = sum(len(m["content"]) for m in body["messages"])
        assert chars / 3 + body["max_tokens"] <= 1024 * 1.1


def test_lost_placeholders_are_asked_again_then_fall_back(chat: Peer) -> None:
    chat.mode = "first-drop"
    e = engine(chat)
    assert e.translate(["Zq0x met the President"], "en", "fr") == ["Zq0x met le président"]
    assert len(chat.requests) == 2 and e.stats["retried"] == 1
    chat.mode = "drop"
    e = engine(chat, fallback=Upper())
    assert e.translate(["Zq0x met the President.", "the meeting"], "en", "fr") == [
        "ZQ0X MET THE PRESIDENT.", "le réunion"]
    assert e.stats["fallback"] == 1
    e = engine(chat)  # no fallback: the source text stays
    assert e.translate(["Zq0x met Zq1x."], "en", "fr") == ["Zq0x met Zq1x."]
    assert e.stats["kept"] == 1


@pytest.mark.parametrize("mode", ["prose", "half"])
def test_unusable_answers_fall_back(chat: Peer, mode: str) -> None:
    chat.mode = mode
    e = engine(chat, fallback=Upper())
    out = e.translate(["the meeting", "with the President"], "en", "fr")
    # "half" answers the first line only: the second is asked again, alone, and answered.
    assert out == (["THE MEETING", "WITH THE PRESIDENT"] if mode == "prose"
                   else ["le réunion", "avec le président"])
    assert len(chat.requests) == 2


def test_http_errors(chat: Peer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    chat.fail = [(429, {"Retry-After": "1"}, {"error": {"message": "Rate limit"}}),
                 (500, {}, {"error": {"message": "boom"}})]
    assert engine(chat).translate(["the meeting"], "en", "fr") == ["le réunion"]
    chat.fail = [(200, {}, b"{broken")] * 2
    assert engine(chat, fallback=Upper()).translate(["the meeting"], "en", "fr") == [
        "THE MEETING"]
    chat.fail = [(503, {"Retry-After": "120"}, {})] * 2
    with pytest.raises(EngineUnavailableError, match="HTTP 503"):
        engine(chat).translate(["a"], "en", "fr")
    chat.fail = [(400, {}, {"error": {"message": "model not found"}})]
    with pytest.raises(TranslationError, match="HTTP 400: model not found"):
        engine(chat).translate(["a"], "en", "fr")
    with pytest.raises(EngineUnavailableError, match=r"refused the key.*401") as err:
        ChatEngine(chat.url, "m", key="sk-wrong").translate(["a"], "en", "fr")
    assert "sk-wrong" not in str(err.value)
    chat.fail = []
    chat.stall = 2.0
    with pytest.raises(EngineUnavailableError, match="did not answer within"):
        ChatEngine(chat.url, "m", key=CHAT_KEY, timeout=0.5).translate(["a"], "en", "fr")
    assert ChatEngine(chat.url, "m", key=CHAT_KEY, timeout=0.5, fallback=Upper()).translate(
        ["a b"], "en", "fr") == ["A B"]  # a slow server: the fallback translates
    assert CHAT_KEY not in caplog.text


def test_specs_and_settings(chat: Peer) -> None:
    s = Settings(chat_url=chat.url, chat_key=CHAT_KEY, chat_model="llama3:8b",
                 chat_fallback="none")
    e = get_engine("chat", s)
    assert isinstance(e, ChatEngine) and e.model == "llama3:8b" and e.fallback is None
    e = get_engine(f"chat:qwen2.5@{chat.url}/v1", Settings(chat_key=CHAT_KEY))
    assert isinstance(e, ChatEngine) and e.model == "qwen2.5" and e.base == chat.url
    assert CHAT_KEY not in e.name + repr(e)
    with pytest.raises(EngineUnavailableError, match="needs a model and a server"):
        get_engine("chat:m", Settings())
    [one] = translate_texts(["Meeting with Xi Jinping in 2019."], e, "en", "fr",
                            [["Xi Jinping"]])
    assert one.text == "Rencontre avec Xi Jinping à 2019." and one.kept == 0


def test_answer_parsing_and_checks() -> None:
    assert parse_answer('```json\n{"n": 1, "text": "a"}\n{"n": 2, "text": "b"},\nnote\n```') == {
        0: "a", 1: "b"}
    assert parse_answer('{"n": 1, "text": "a"}\n{"n": 1, "text": "b"}\n{"n": true, "text": "c"}'
                        ) == {}
    assert survives("Zq0x said “yes” in 2019.", "Zq0x a dit « oui » en 2019.")
    assert not survives("Zq0x said it in 2019.", "Il l'a dit en 2019.")
    assert not survives("Zq0x said it in 2019.", "Zq0x l'a dit en 2018.")
    assert not survives("He said “yes”.", "Il a dit oui.")
