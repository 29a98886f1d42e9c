"""A LibreTranslate-compatible HTTP engine: ``POST /translate {q, source, target, format}``.

``q`` is sent as a list (LibreTranslate translates arrays and answers with a list in
``translatedText``); batches are cut by count and size. Every call has a timeout and every
failure becomes a ``TranslationError`` that names the server and says what to check.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from daybook.errors import EngineUnavailableError, TranslationError
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
        url = self.base + path
        payload = json.dumps(body).encode("utf-8") if body is not None else None
        req = urllib.request.Request(url, data=payload, method=method, headers={
            "Content-Type": "application/json", "Accept": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                raw = resp.read(MAX_RESPONSE + 1)
        except urllib.error.HTTPError as exc:
            detail = _error_detail(exc)
            raise TranslationError(f"{url} answered HTTP {exc.code}: {detail}",
                                   remedy="check the languages and the API key") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise EngineUnavailableError(
                f"cannot reach {url}: {reason}",
                remedy="start the server or pass another --translate URL") from exc
        if len(raw) > MAX_RESPONSE:
            raise TranslationError(f"{url} answered over {MAX_RESPONSE} bytes")
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise TranslationError(f"{url} did not answer JSON",
                                   remedy="check that the URL is a LibreTranslate server") from exc


def _error_detail(exc: urllib.error.HTTPError) -> str:
    try:
        data = json.loads(exc.read(10_000).decode("utf-8"))
        if isinstance(data, dict) and isinstance(data.get("error"), str):
            return str(data["error"])[:300]
    except (OSError, ValueError):
        pass
    return str(exc.reason)
