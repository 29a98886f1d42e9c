"""DeepL's API v2: ``POST /v2/translate`` with the key in ``Authorization: DeepL-Auth-Key``.

A key ending in ``:fx`` is a DeepL API Free key and goes to ``https://api-free.deepl.com``,
any other to ``https://api.deepl.com`` (as DeepL documents); the ``deepl_url`` setting points
elsewhere (a test server). Texts go as a JSON list (at most 50 a request, well under the
128 KiB body limit), with ``source_lang``/``target_lang`` and the ``formality`` setting. The
glossary (the name forms and the institution glossary, ``engines.glossary_entries``) becomes
a DeepL glossary (``POST /v2/glossaries``, TSV entries) named after a hash of its entries, so
an unchanged glossary is found again (``GET /v2/glossaries``) rather than created twice.

Errors: 403 a refused key, 456 the quota spent (no retry), 429 and 5xx retried after
``Retry-After`` (else 1, 2, 4 s) within ``max_wait`` seconds (``http.exchange_retrying``).
The key is sent in a header only: it is in no URL, error message, engine name or cache key;
the cache key holds a digest of the glossary (``cache_name``), so a changed glossary is a miss.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from typing import Any

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.sanitize import clean_text
from daybook.translate.cache import glossary_digest
from daybook.translate.http import RETRY_STATUSES, Reply, exchange_retrying, in_batches

FREE_URL = "https://api-free.deepl.com"
PRO_URL = "https://api.deepl.com"
BATCH_TEXTS = 50  # DeepL's limit of texts per request
BATCH_CHARS = 60_000  # the request body must stay under 128 KiB
FORMALITIES = ("default", "more", "less", "prefer_more", "prefer_less")
# Languages DeepL translates from (it writes these and more); codes as daybook stores them.
LANGUAGES = frozenset({"ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hu",
                       "id", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "ro", "ru",
                       "sk", "sl", "sv", "tr", "uk", "zh"})
_KEY_REMEDY = "check the deepl_key setting (DEEPL_AUTH_KEY); a DeepL API Free key ends in ':fx'"


def endpoint_for(key: str) -> str:
    """The API a key belongs to: Free keys end in ``:fx``."""
    return FREE_URL if key.strip().endswith(":fx") else PRO_URL


class DeepLEngine:
    def __init__(self, key: str, *, url: str | None = None, formality: str = "default",
                 glossary: Sequence[tuple[str, str]] = (), timeout: float = 60.0,
                 max_wait: float = 60.0, sleep: Callable[[float], None] = time.sleep) -> None:
        if not key.strip():
            raise EngineUnavailableError("no DeepL key", remedy=_KEY_REMEDY)
        if formality not in FORMALITIES:
            raise TranslationError(f"unknown DeepL formality {formality!r}",
                                   remedy="use one of " + ", ".join(FORMALITIES))
        self._key = key.strip()
        self.base = (url or endpoint_for(self._key)).rstrip("/")
        self.formality = formality
        self.glossary = _entries(glossary)
        self.timeout = timeout
        self.max_wait = max_wait
        self._sleep = sleep
        self._glossary_ids: dict[tuple[str, str], str | None] = {}

    def __repr__(self) -> str:
        return f"DeepLEngine({self.base!r}, formality={self.formality!r})"

    @property
    def name(self) -> str:
        """``deepl``, or ``deepl:more``/``deepl:less``… with a formality of its own."""
        return "deepl" if self.formality == "default" else f"deepl:{self.formality}"

    @property
    def cache_name(self) -> str:
        """The name and a digest of the glossary: a new name form translates again."""
        return f"{self.name}#{glossary_digest(self.glossary)}" if self.glossary else self.name

    def describe(self, src: str, dst: str) -> str:
        return "DeepL" + ("" if self.formality == "default" else f" ({self.formality})")

    def supports(self, src: str, dst: str) -> bool:
        return src != dst and src in LANGUAGES and dst in LANGUAGES

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        return in_batches(texts, src, dst, self._translate_batch, BATCH_TEXTS, BATCH_CHARS)

    def _translate_batch(self, texts: list[str], src: str, dst: str) -> list[str]:
        body: dict[str, Any] = {"text": texts, "source_lang": src.upper(),
                                "target_lang": _target(dst)}
        if self.formality != "default":
            body["formality"] = self.formality
        glossary_id = self._glossary_id(src, dst)
        if glossary_id:
            body["glossary_id"] = glossary_id
        data = self._call("POST", "/v2/translate", body)
        items = data.get("translations") if isinstance(data, dict) else None
        if not isinstance(items, list) or len(items) != len(texts) or not all(
                isinstance(i, dict) and isinstance(i.get("text"), str) for i in items):
            raise TranslationError(
                f"{self.base}/v2/translate answered "
                f"{len(items) if isinstance(items, list) else 'no'} translation(s) for "
                f"{len(texts)} text(s)", remedy="check that the URL is DeepL's API")
        return [str(i["text"]) for i in items]

    # -- glossaries -------------------------------------------------------------------------

    def _glossary_id(self, src: str, dst: str) -> str | None:
        """The DeepL glossary holding ``self.glossary`` for the pair, made once."""
        if not self.glossary:
            return None
        if (src, dst) not in self._glossary_ids:
            tsv = "\n".join(f"{a}\t{b}" for a, b in self.glossary)
            digest = hashlib.sha256(tsv.encode("utf-8")).hexdigest()[:16]
            name = f"daybook {src}-{dst} {digest}"
            found = self._call("GET", "/v2/glossaries", None)
            known = found.get("glossaries") if isinstance(found, dict) else None
            gid = next((g["glossary_id"] for g in known or [] if isinstance(g, dict)
                        and g.get("name") == name and g.get("ready") is not False
                        and isinstance(g.get("glossary_id"), str)), None)
            if gid is None:
                made = self._call("POST", "/v2/glossaries", {
                    "name": name, "source_lang": src, "target_lang": dst, "entries": tsv,
                    "entries_format": "tsv"})
                gid = made.get("glossary_id") if isinstance(made, dict) else None
                if not isinstance(gid, str):
                    raise TranslationError(f"{self.base}/v2/glossaries gave no glossary_id",
                                           remedy="check that the URL is DeepL's API")
                if made.get("ready") is False:
                    self._wait_ready(gid)
            self._glossary_ids[(src, dst)] = gid
        return self._glossary_ids[(src, dst)]

    def _wait_ready(self, gid: str) -> None:
        deadline = time.monotonic() + min(self.max_wait, 30.0)
        while time.monotonic() < deadline:
            info = self._call("GET", f"/v2/glossaries/{gid}", None)
            if isinstance(info, dict) and info.get("ready") is True:
                return
            self._sleep(0.5)
        raise TranslationError(f"DeepL glossary {gid} was not ready within 30 s",
                               remedy="try again in a minute")

    # -- HTTP -------------------------------------------------------------------------------

    def _call(self, method: str, path: str, body: dict[str, Any] | None) -> Any:
        """One API call; 429 and 5xx retried after Retry-After within ``max_wait``."""
        headers = {"Authorization": f"DeepL-Auth-Key {self._key}", "User-Agent": "daybook"}
        reply = exchange_retrying(method, self.base + path, body, timeout=self.timeout,
                                  headers=headers, max_wait=self.max_wait, sleep=self._sleep)
        if reply.status >= 400:
            raise _error(reply)
        return reply.json("check that the URL is DeepL's API (deepl_url setting)")


def _error(reply: Reply) -> TranslationError:
    where = f"DeepL ({reply.url})"
    detail = clean_text(reply.detail())
    if reply.status == 403:
        return EngineUnavailableError(f"{where} refused the key (HTTP 403: {detail})",
                                      remedy=_KEY_REMEDY)
    if reply.status == 456:
        return TranslationError(
            f"{where}: the character quota is spent (HTTP 456)",
            remedy="wait for the next billing period or raise the Cost Control limit; "
            "translate with --translate apertium meanwhile")
    if reply.status in RETRY_STATUSES:
        return EngineUnavailableError(
            f"{where} answered HTTP {reply.status}"
            f"{' (too many requests)' if reply.status == 429 else ''}, still after waiting",
            remedy="try again later")
    return TranslationError(f"{where} answered HTTP {reply.status}: {detail}",
                            remedy="check the languages and the deepl_formality setting")


def _target(lang: str) -> str:
    # DeepL wants a variant for English and Portuguese targets.
    return {"en": "EN-GB", "pt": "PT-PT"}.get(lang, lang.upper())


def _entries(pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Glossary entries as DeepL accepts them: one line each, no tabs, no blank or repeated
    source phrase, at most 1024 bytes a side; sorted, so that the same table hashes alike."""
    out: dict[str, str] = {}
    for a, b in pairs:
        a, b = " ".join(a.split()), " ".join(b.split())
        if a and b and a not in out and len(a.encode()) <= 1024 and len(b.encode()) <= 1024:
            out[a] = b
    return tuple(sorted(out.items()))
