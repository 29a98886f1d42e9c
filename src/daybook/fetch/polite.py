"""Politeness: robots.txt (protego, with Crawl-delay), the interval between requests to a
host, the User-Agent, and when to try again (exponential backoff with jitter, Retry-After).
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit

from protego import Protego

# Statuses worth another try after a pause; 403 is a refusal, retried by the next run.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 300.0


def user_agent(contact: str | None) -> str:
    try:
        ours = version("daybook")
    except PackageNotFoundError:
        ours = "dev"
    tail = f"; +{contact}" if contact else ""
    return f"daybook/{ours} (archival fetcher{tail})"


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, float(when.timestamp()) - (time.time() if now is None else now))


@dataclass(slots=True)
class Backoff:
    """Pause before attempt ``n`` (1-based retry): base * 2**(n-1), with full jitter on
    the upper half, capped; a server's Retry-After wins when it asks for longer."""

    base: float = 1.0
    cap: float = 60.0
    rng: random.Random = field(default_factory=random.Random)

    def pause(self, attempt: int, server_says: float | None = None) -> float:
        step: float = min(self.cap, self.base * 2.0 ** (attempt - 1))
        wait = step / 2 + self.rng.uniform(0, step / 2)
        if server_says is not None:
            wait = max(wait, min(server_says, MAX_RETRY_AFTER))
        return wait


class Pacer:
    """One request at a time per host, never sooner than ``delay`` (or the host's
    Crawl-delay, if longer) after the previous one ended."""

    def __init__(self, delay: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay = delay
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}

    def set_host_delay(self, host: str, seconds: float) -> None:
        self._host_delay[host] = seconds

    def wait(self, url: str, at_least: float = 0.0) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        gap = max(self.delay, self._host_delay.get(host, 0.0), at_least)
        if last is not None:
            left = last + gap - self._clock()
            if left > 0:
                self._sleep(left)
        elif at_least > 0:
            self._sleep(at_least)

    def done(self, url: str) -> None:
        self._last[urlsplit(url).netloc.lower()] = self._clock()


class Robots:
    """robots.txt rules per host, read once per run; a host without one allows all."""

    def __init__(self, agent: str) -> None:
        self.agent = agent
        self._rules: dict[str, Protego | None] = {}

    def known(self, url: str) -> bool:
        return _origin(url) in self._rules

    def set(self, url: str, text: str | None) -> Protego | None:
        rules = Protego.parse(text) if text is not None else None
        self._rules[_origin(url)] = rules
        return rules

    def allowed(self, url: str) -> bool:
        rules = self._rules.get(_origin(url))
        return True if rules is None else bool(rules.can_fetch(url, self.agent))

    def crawl_delay(self, url: str) -> float | None:
        rules = self._rules.get(_origin(url))
        if rules is None:
            return None
        delay = rules.crawl_delay(self.agent)
        return float(delay) if delay is not None else None


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def robots_url(url: str) -> str:
    return _origin(url) + "/robots.txt"
