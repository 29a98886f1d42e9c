"""A LibreTranslate-compatible HTTP engine: ``POST /translate {q, source, target, format}``,
and the one HTTP exchange every engine here uses (``exchange``, ``exchange_retrying``).

``q`` is sent as a list (LibreTranslate translates arrays and answers with a list in
``translatedText``); batches are cut by count and size. Every call has an overall deadline
(not a per-read timeout), redirects are not followed (a POST must not be replayed elsewhere),
control characters are cleaned from what comes back, and every failure (unreachable, slow,
not JSON, nested too deeply) becomes a ``TranslationError`` that names the server and says
what to check.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.sanitize import clean_text
from daybook.translate.limits import check_batch

BATCH_TEXTS = 64
BATCH_CHARS = 50_000
MAX_RESPONSE = 20_000_000  # bytes; an answer larger than this is not a translation


class HttpEngine:
    def __init__(self, url: str, *, timeout: float = 60.0, api_key: str | None = None) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise TranslationError(f"not an engine URL: {url!r}",
                                   remedy="write it as http://host:port")
        self.base = f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
        self.timeout = timeout
        self.api_key = api_key
        self._languages: dict[str, set[str]] | None = None

    @property
    def name(self) -> str:
        return f"libretranslate@{urlsplit(self.base).netloc}"

    def describe(self, src: str, dst: str) -> str:
        return f"LibreTranslate ({self.base})"

    def supports(self, src: str, dst: str) -> bool:
        """Whether the server lists the pair (GET /languages); False if it cannot be asked."""
        if self._languages is None:
            try:
                data = self._call("GET", "/languages", None, timeout=min(self.timeout, 10.0))
            except TranslationError:
                return False
            langs: dict[str, set[str]] = {}
            if isinstance(data, list):
                for item in data:
                    if isinstance(item, dict) and isinstance(item.get("code"), str):
                        targets = item.get("targets")
                        langs[item["code"]] = set(targets) if isinstance(targets, list) else set()
            self._languages = langs
        targets = self._languages.get(src)
        return targets is not None and (not targets or dst in targets)

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        return in_batches(texts, src, dst, self._translate_batch, BATCH_TEXTS, BATCH_CHARS)

    def _translate_batch(self, texts: list[str], src: str, dst: str) -> list[str]:
        body: dict[str, Any] = {"q": texts, "source": src, "target": dst, "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        data = self._call("POST", "/translate", body, timeout=self.timeout)
        result = data.get("translatedText") if isinstance(data, dict) else None
        if isinstance(result, str) and len(texts) == 1:
            result = [result]
        if not isinstance(result, list) or len(result) != len(texts) or not all(
            isinstance(r, str) for r in result
        ):
            raise TranslationError(
                f"{self.base}/translate answered "
                f"{len(result) if isinstance(result, list) else 'no'} translation(s) "
                f"for {len(texts)} text(s)",
                remedy="check that the server implements the LibreTranslate API",
            )
        return [str(r) for r in result]

    def _call(self, method: str, path: str, body: dict[str, Any] | None, *,
              timeout: float) -> Any:
        url = self.base + path
        reply = exchange(method, url, body, timeout=timeout)
        if reply.status >= 400:
            raise TranslationError(f"{url} answered HTTP {reply.status}: {reply.detail()}",
                                   remedy="check the languages and the API key")
        return reply.json("check that the URL is a LibreTranslate server")


def in_batches(texts: list[str], src: str, dst: str,
               one: Callable[[list[str], str, str], list[str]],
               max_texts: int, max_chars: int) -> list[str]:
    """``texts`` translated by ``one`` batch after batch, within a service's bounds."""
    if src == dst or not texts:
        return list(texts)
    check_batch(texts)
    return [t for batch in batches(texts, max_texts, max_chars) for t in one(batch, src, dst)]


def batches(texts: list[str], max_texts: int, max_chars: int) -> list[list[str]]:
    """Consecutive runs of ``texts`` of at most ``max_texts`` texts and ``max_chars``
    characters (a longer text alone)."""
    out: list[list[str]] = []
    size = 0
    for text in texts:
        if not out or len(out[-1]) >= max_texts or size + len(text) > max_chars:
            out.append([])
            size = 0
        out[-1].append(text)
        size += len(text)
    return out


@dataclass(frozen=True, slots=True)
class Reply:
    """An engine's answer: status, body, the headers an engine needs, and the URL asked."""

    url: str
    status: int
    raw: bytes
    headers: dict[str, str]

    def json(self, remedy: str) -> Any:
        """The body as JSON, control characters cleaned from every string."""
        try:
            return _clean(json.loads(self.raw.decode("utf-8")))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise TranslationError(f"{self.url} did not answer JSON (or nested it too deeply)",
                                   remedy=remedy) from exc

    def detail(self) -> str:
        """The error message of a JSON error body (``error``, ``message``), else "no detail"."""
        try:
            data = json.loads(self.raw[:10_000].decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return "no detail"
        if isinstance(data, dict):
            for key in ("error", "message", "detail"):
                value = data.get(key)
                if isinstance(value, dict):  # OpenAI: {"error": {"message": ...}}
                    value = value.get("message")
                if isinstance(value, str):
                    return clean_text(value)[:300]
        return "no detail"


def exchange(method: str, url: str, body: dict[str, Any] | None, *, timeout: float,
             headers: Mapping[str, str] | None = None) -> Reply:
    """One exchange, whole within ``timeout`` seconds (connecting, sending, every byte of
    the answer: a server dripping bytes cannot stretch it). Redirects are refused and the
    answer is bounded; ``headers`` (an API key) never appear in an error message."""
    import anyio

    try:
        status, raw, got = anyio.run(_exchange, method, url, body, timeout, dict(headers or {}))
    except TimeoutError as exc:
        raise EngineUnavailableError(
            f"{url} did not answer within {timeout:g} s",
            remedy="check the server, or raise the timeout") from exc
    except (httpx.HTTPError, OSError) as exc:
        raise EngineUnavailableError(
            f"cannot reach {url}: {clean_text(str(exc)) or type(exc).__name__}",
            remedy="start the server or pass another --translate URL") from exc
    if 300 <= status < 400:
        raise TranslationError(
            f"{url} answered HTTP {status}, a redirect to "
            f"{clean_text(got.get('location', ''))[:200]!r}; not followed",
            remedy="pass the engine's final URL")
    if len(raw) > MAX_RESPONSE:
        raise TranslationError(f"{url} answered over {MAX_RESPONSE} bytes")
    return Reply(url, status, raw, got)


RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 529})


def exchange_retrying(method: str, url: str, body: dict[str, Any] | None, *, timeout: float,
                      headers: Mapping[str, str] | None = None, max_wait: float = 60.0,
                      sleep: Callable[[float], None] = time.sleep) -> Reply:
    """``exchange``, again after a 429 or 5xx answer, waiting what ``Retry-After`` says
    (seconds or an HTTP date; else 1, 2, 4… s) as long as the waits add up to at most
    ``max_wait`` seconds. The last reply is returned, an error status included."""
    waited = 0.0
    tries = 0
    while True:
        tries += 1
        reply = exchange(method, url, body, timeout=timeout, headers=headers)
        if reply.status not in RETRY_STATUSES:
            return reply
        pause = retry_after(reply, tries)
        if waited + pause > max_wait:
            return reply
        sleep(pause)
        waited += pause


def retry_after(reply: Reply, tries: int) -> float:
    value = reply.headers.get("retry-after", "").strip()
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            try:
                return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
            except (TypeError, ValueError):
                pass
    return float(2 ** (tries - 1))


async def _exchange(method: str, url: str, body: dict[str, Any] | None, timeout: float,
                    headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
    """Status, body (at most MAX_RESPONSE + 1 bytes) and the headers engines read."""
    import anyio

    with anyio.fail_after(timeout):
        async with (
            httpx.AsyncClient(follow_redirects=False, timeout=timeout, trust_env=False) as client,
            client.stream(method, url, json=body,
                          headers={"Accept": "application/json", **headers}) as resp,
        ):
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.aiter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_RESPONSE:
                    break
            return resp.status_code, b"".join(chunks), {
                k: resp.headers[k] for k in ("location", "retry-after") if k in resp.headers}


def _clean(value: Any) -> Any:
    """Every string of an answer without control characters (a translation is text)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value
