"""URLs from source text: untrusted, so a malformed one ("http://[x") is no URL, not a crash."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit


def split_url(url: str | None) -> SplitResult | None:
    """``urlsplit(url)``, or None when the text is not a URL it can split."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - the port and IPv6 brackets are checked on access
        parts.port  # noqa: B018
    except ValueError:
        return None
    return parts


def url_host(url: str | None) -> str | None:
    parts = split_url(url)
    return parts.hostname if parts else None


def url_path(url: str | None) -> str:
    parts = split_url(url)
    return parts.path if parts else ""
