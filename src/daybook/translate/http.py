"""A LibreTranslate-compatible HTTP engine: ``POST /translate {q, source, target, format}``.

``q`` is sent as a list (LibreTranslate translates arrays and answers with a list in
``translatedText``); batches are cut by count and size. Every call has an overall deadline
(not a per-read timeout), redirects are not followed (a POST must not be replayed elsewhere),
control characters are cleaned from what comes back, and every failure (unreachable, slow,
not JSON, nested too deeply) becomes a ``TranslationError`` that names the server and says
what to check.
"""

from __future__ import annotations

import json
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
        if src == dst or not texts:
            return list(texts)
        check_batch(texts)
        out: list[str] = []
        batch: list[str] = []
        size = 0
        for text in texts:
            if batch and (len(batch) >= BATCH_TEXTS or size + len(text) > BATCH_CHARS):
                out += self._translate_batch(batch, src, dst)
                batch, size = [], 0
            batch.append(text)
            size += len(text)
        if batch:
            out += self._translate_batch(batch, src, dst)
        return out

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
        """One exchange, whole within ``timeout`` seconds (connecting, sending, every byte
        of the answer: a server dripping bytes cannot stretch it); redirects are refused."""
        import anyio

        url = self.base + path
        try:
            status, raw, location = anyio.run(_exchange, method, url, body, timeout)
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
                f"{url} answered HTTP {status}, a redirect to {clean_text(location)[:200]!r}; "
                "not followed", remedy="pass the engine's final URL")
        if len(raw) > MAX_RESPONSE:
            raise TranslationError(f"{url} answered over {MAX_RESPONSE} bytes")
        if status >= 400:
            raise TranslationError(f"{url} answered HTTP {status}: {_error_detail(raw)}",
                                   remedy="check the languages and the API key")
        try:
            return _clean(json.loads(raw.decode("utf-8")))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise TranslationError(f"{url} did not answer JSON (or nested it too deeply)",
                                   remedy="check that the URL is a LibreTranslate server") from exc


async def _exchange(method: str, url: str, body: dict[str, Any] | None,
                    timeout: float) -> tuple[int, bytes, str]:
    """Status, body (at most MAX_RESPONSE + 1 bytes) and Location of one request."""
    import anyio

    with anyio.fail_after(timeout):
        async with (
            httpx.AsyncClient(follow_redirects=False, timeout=timeout, trust_env=False) as client,
            client.stream(method, url, json=body, headers={"Accept": "application/json"}) as resp,
        ):
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.aiter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_RESPONSE:
                    break
            return resp.status_code, b"".join(chunks), resp.headers.get("location", "")


def _clean(value: Any) -> Any:
    """Every string of an answer without control characters (a translation is text)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def _error_detail(raw: bytes) -> str:
    try:
        data = json.loads(raw[:10_000].decode("utf-8"))
        if isinstance(data, dict) and isinstance(data.get("error"), str):
            return clean_text(data["error"])[:300]
    except (ValueError, RecursionError):
        pass
    return "no detail"
