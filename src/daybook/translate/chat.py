"""An engine for OpenAI-compatible chat-completion servers (llama.cpp, Ollama, vLLM, hosted).

``POST {url}/v1/chat/completions`` with the model, a system message (the task, the rules on
placeholders, numbers and quotation marks, the glossary entries that occur in the batch) and
one user message holding the texts as numbered JSON lines ``{"n": 1, "text": "..."}``; the
answer must hold one line ``{"n": 1, "text": "..."}`` per text. Batches are cut so that the
prompt and the expected answer fit the model's context (``chat_context`` tokens, counted
conservatively at 3 characters a token).

Every answer is checked: each text must come back, with its placeholders (``Zq0x``: the
names and figures ``protect`` set aside) exactly once each, its digit runs and as many
quotation marks. A text that fails is asked once more (with the others that failed), then
goes to the fallback engine (``chat_fallback``) or stays in the source language. 429 and
5xx are retried after ``Retry-After``; a refused key (401/403) stops with a clear error.
The key travels in the ``Authorization`` header only; the cache key holds the glossary's digest
and the fallback's identity (``cache_name``), never the key.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, Protocol
from urllib.parse import urlsplit

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.sanitize import clean_text
from daybook.translate.cache import cache_name, glossary_digest
from daybook.translate.http import RETRY_STATUSES, Reply, exchange_retrying
from daybook.translate.limits import check_batch

CHARS_PER_TOKEN = 3  # conservative for English and French with a BPE vocabulary
ANSWER_RATIO = 1.4  # French runs longer than English, and every line is wrapped in JSON
LINE_TOKENS = 12  # the {"n": …, "text": …} wrapping of one line, both ways
LANGUAGES = {"en": "English", "fr": "French", "ru": "Russian", "es": "Spanish",
             "de": "German", "it": "Italian", "ca": "Catalan", "uk": "Ukrainian",
             "zh": "Chinese", "ar": "Arabic", "pt": "Portuguese"}
_PLACEHOLDER = re.compile(r"Zq\d+x", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_QUOTES = re.compile(r"[\"“”«»„]")
_KEY_REMEDY = "check the chat_key setting (DAYBOOK_CHAT_KEY)"

class Fallback(Protocol):
    """What the chat engine needs of its fallback (an ``engines.Engine``; not imported
    from there, which imports this module)."""

    @property
    def name(self) -> str: ...

    def supports(self, src: str, dst: str) -> bool: ...

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]: ...


SYSTEM = """You are a professional press translator. Translate each text from {src} into \
{dst}, as a {dst} news agency would publish it: natural, accurate, complete, no comments.
The input is one JSON object per line: {{"n": NUMBER, "text": "..."}}.
Answer with exactly one JSON object per input line, in the same order, with the same n:
{{"n": NUMBER, "text": "TRANSLATION"}} and nothing else (no code fence, no notes).
Rules:
- Tokens such as Zq0x, Zq1x are placeholders for names and figures: copy each one exactly,
  once, where it belongs in the translation.
- Keep every number as written.
- Keep quotation marks around quoted words (in French use « and »).
"""


class ChatEngine:
    def __init__(self, url: str, model: str, *, key: str | None = None, context: int = 4096,
                 glossary: Sequence[tuple[str, str]] = (), fallback: Fallback | None = None,
                 timeout: float = 120.0, max_wait: float = 60.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise TranslationError(f"not a chat server URL: {url!r}",
                                   remedy="write it as http://host:port")
        path = parts.path.rstrip("/")
        path = path.removesuffix("/chat/completions").removesuffix("/v1")
        self.base = f"{parts.scheme}://{parts.netloc}{path}"
        self.model = model
        self._key = key or None
        self.context = max(512, context)
        self.glossary = tuple((a, b) for a, b in glossary if a.strip() and b.strip())
        self.fallback = fallback
        self.timeout = timeout
        self.max_wait = max_wait
        self._sleep = sleep
        self.stats: Counter[str] = Counter()  # asked, retried, fallback, kept

    def __repr__(self) -> str:
        return f"ChatEngine({self.base!r}, {self.model!r})"

    @property
    def name(self) -> str:
        return f"chat:{self.model}@{urlsplit(self.base).netloc}"

    @property
    def cache_name(self) -> str:
        """The name, a digest of the glossary and the fallback's identity: the cache holds
        what either wrote, and a new name form must translate again."""
        parts = [self.name]
        if self.glossary:
            parts.append(f"#{glossary_digest(self.glossary)}")
        if self.fallback is not None:
            parts.append(f"+{cache_name(self.fallback)}")
        return "".join(parts)

    def describe(self, src: str, dst: str) -> str:
        return f"{self.model} ({urlsplit(self.base).netloc})"

    def supports(self, src: str, dst: str) -> bool:
        return src != dst and src in LANGUAGES and dst in LANGUAGES

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        if src == dst or not texts:
            return list(texts)
        check_batch(texts)
        out: dict[int, str] = {}
        todo = [i for i, t in enumerate(texts) if t.strip()]
        out.update({i: t for i, t in enumerate(texts) if not t.strip()})
        for attempt in (1, 2):
            failed: list[int] = []
            for batch in self._batches(todo, texts, src, dst):
                got = self._ask([texts[i] for i in batch], src, dst)
                for k, i in enumerate(batch):
                    answer = got.get(k)
                    if answer is not None and survives(texts[i], answer):
                        out[i] = answer
                    else:
                        failed.append(i)
            self.stats["asked" if attempt == 1 else "retried"] += len(todo)
            todo = failed
            if not todo:
                break
        if todo:
            self.stats["fallback"] += len(todo)
            out.update(zip(todo, self._fall_back([texts[i] for i in todo], src, dst),
                           strict=True))
        return [out[i] for i in range(len(texts))]

    def _fall_back(self, texts: list[str], src: str, dst: str) -> list[str]:
        if self.fallback is not None and self.fallback.supports(src, dst):
            return self.fallback.translate(texts, src, dst)
        self.stats["kept"] += len(texts)
        return texts  # kept in the source language, as protect keeps a spoilt sentence

    # -- batches and prompts ---------------------------------------------------------------

    def _system(self, texts: Sequence[str], src: str, dst: str) -> str:
        prompt = SYSTEM.format(src=LANGUAGES.get(src, src), dst=LANGUAGES.get(dst, dst))
        joined = "\n".join(texts).casefold()
        terms = [(a, b) for a, b in self.glossary if a.casefold() in joined]
        if terms:
            prompt += "- Use these translations of names and terms:\n" + "\n".join(
                f"  {a} = {b}" for a, b in terms[:200])
        return prompt

    def _batches(self, todo: list[int], texts: Sequence[str], src: str,
                 dst: str) -> list[list[int]]:
        """Runs of texts whose prompt and expected answer fit the model's context."""
        base = len(self._system(texts, src, dst)) // CHARS_PER_TOKEN
        budget = max(64.0, (self.context - base - 64) / (1 + ANSWER_RATIO))
        batches: list[list[int]] = []
        cur: list[int] = []
        used = 0.0
        for i in todo:
            cost = len(texts[i]) / CHARS_PER_TOKEN + LINE_TOKENS
            if cur and used + cost > budget:
                batches.append(cur)
                cur, used = [], 0.0
            cur.append(i)
            used += cost
        if cur:
            batches.append(cur)
        return batches

    def _ask(self, texts: list[str], src: str, dst: str) -> dict[int, str]:
        """The model's answers by position in ``texts``; {} when the answer was unusable."""
        lines = "\n".join(json.dumps({"n": k + 1, "text": t}, ensure_ascii=False)
                          for k, t in enumerate(texts))
        expected = sum(len(t) for t in texts) / CHARS_PER_TOKEN * ANSWER_RATIO
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": "system", "content": self._system(texts, src, dst)},
                         {"role": "user", "content": lines}],
            "temperature": 0,
            "max_tokens": int(expected + LINE_TOKENS * len(texts) + 64),
            "stream": False,
        }
        headers = {"Authorization": f"Bearer {self._key}"} if self._key else {}
        url = self.base + "/v1/chat/completions"
        try:
            reply = exchange_retrying("POST", url, body, timeout=self.timeout, headers=headers,
                                      max_wait=self.max_wait, sleep=self._sleep)
        except EngineUnavailableError:
            if self.fallback is None:
                raise
            return {}  # unreachable or too slow: this batch goes to the fallback
        if reply.status in (401, 403):
            raise EngineUnavailableError(
                f"{url} refused the key (HTTP {reply.status}: {reply.detail()})",
                remedy=_KEY_REMEDY)
        if reply.status in RETRY_STATUSES and self.fallback is None:
            raise EngineUnavailableError(f"{url} answered HTTP {reply.status}, still after "
                                         "waiting", remedy="try again later")
        if reply.status >= 400:
            if reply.status == 404 or reply.status in RETRY_STATUSES:
                return {}
            raise _error(reply)
        return parse_answer(_content(reply))


def _error(reply: Reply) -> TranslationError:
    return TranslationError(f"{reply.url} answered HTTP {reply.status}: {reply.detail()}",
                            remedy="check the chat_model setting and the server's log")


def _content(reply: Reply) -> str:
    """The first choice's message content, or "" for an answer of another shape."""
    try:
        data = reply.json("check that the URL is an OpenAI-compatible server")
    except TranslationError:
        return ""
    try:
        content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        return ""
    return content if isinstance(content, str) else ""


def parse_answer(content: str) -> dict[int, str]:
    """``{"n": N, "text": T}`` lines (code fences and chatter around them ignored) as
    {N - 1: T}; a number seen twice is dropped (the model is confused about it)."""
    out: dict[int, str] = {}
    twice: set[int] = set()
    for line in content.splitlines():
        line = line.strip().rstrip(",")
        if not line.startswith("{"):
            continue
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if not isinstance(item, dict):
            continue
        n, text = item.get("n"), item.get("text")
        if isinstance(n, int) and not isinstance(n, bool) and isinstance(text, str):
            if n - 1 in out:
                twice.add(n - 1)
            out[n - 1] = clean_text(text).strip()
    return {k: v for k, v in out.items() if k not in twice and v}


def survives(source: str, translation: str) -> bool:
    """The translation keeps the source's placeholders (each once), digit runs and number
    of quotation marks."""
    if Counter(p.casefold() for p in _PLACEHOLDER.findall(translation)) != Counter(
            p.casefold() for p in _PLACEHOLDER.findall(source)):
        return False
    have = Counter(_DIGITS.findall(translation))
    if any(have[d] < n for d, n in Counter(_DIGITS.findall(source)).items()):
        return False
    return len(_QUOTES.findall(translation)) == len(_QUOTES.findall(source))
