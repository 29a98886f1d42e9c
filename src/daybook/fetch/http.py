"""The plain HTTP transport: httpx, one connection, no redirects, bounded in time and size.

The response is streamed so that its size and an overall deadline are enforced while it
arrives, not after: a server that stalls mid-body or sends more than ``max_bytes`` costs
at most the deadline. ``raw_body`` is the payload as received (gzip kept, as the WARC
wants it); ``body`` is it decoded.
"""

from __future__ import annotations

import datetime as dt
import time
import zlib
from typing import Any

import httpx

from daybook.fetch.transport import Exchange, FetchRequest, Headers, Limits, TransportError

# Headers httpx adds on its own; the fetcher's headers win.
ACCEPT_ENCODING = "gzip, deflate"
CHUNK = 64 * 1024


def decode_body(raw: bytes, encoding: str | None, url: str) -> bytes:
    """The payload without its Content-Encoding; a torn or foreign encoding is an error."""
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]
    body = raw
    for coding in reversed(codings):
        if coding in ("identity", ""):
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise TransportError(url, "protocol", f"unsupported Content-Encoding {coding!r}")
        wbits = 16 + zlib.MAX_WBITS if coding != "deflate" else zlib.MAX_WBITS
        try:
            d = zlib.decompressobj(wbits)
            out = d.decompress(body) + d.flush()
            if coding == "deflate" and not d.eof:
                raise zlib.error("incomplete deflate stream")
        except zlib.error:
            if coding == "deflate":  # some servers send raw deflate without the zlib header
                try:
                    out = zlib.decompress(body, -zlib.MAX_WBITS)
                except zlib.error as exc:
                    raise TransportError(url, "truncated", f"bad deflate body: {exc}") from exc
            else:
                raise TransportError(url, "truncated", "gzip body is torn or invalid") from None
        else:
            if not d.eof:
                raise TransportError(url, "truncated", f"{coding} body ends early")
        body = out
    return body


class HttpTransport:
    """GET over HTTP(S), directly or through an HTTP or SOCKS proxy (``socks5://...``)."""

    name = "http"

    def __init__(self, proxy: str | None = None, *, verify: bool = True) -> None:
        self.proxy = proxy
        self._client = httpx.Client(
            proxy=proxy,
            verify=verify,
            follow_redirects=False,
            trust_env=False,  # a proxy is the user's explicit choice, never the environment's
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
            http2=False,
        )

    def send(self, request: FetchRequest, limits: Limits) -> Exchange:
        url = request.url
        started = dt.datetime.now(dt.UTC)
        t0 = time.monotonic()
        deadline = t0 + limits.total_timeout
        headers = dict(request.headers)
        headers.setdefault("Accept-Encoding", ACCEPT_ENCODING)
        timeout = httpx.Timeout(limits.total_timeout, connect=limits.connect_timeout)
        try:
            with self._client.stream("GET", url, headers=headers, timeout=timeout) as resp:
                raw = self._read(resp, url, deadline, limits)
                response_headers: Headers = tuple(
                    (k.decode("latin-1"), v.decode("latin-1")) for k, v in resp.headers.raw
                )
                sent: Headers = tuple(
                    (k.decode("latin-1"), v.decode("latin-1"))
                    for k, v in resp.request.headers.raw
                )
                peer = _peer(resp)
                status, reason, version = resp.status_code, resp.reason_phrase, resp.http_version
        except TransportError:
            raise
        except httpx.ConnectTimeout as exc:
            raise TransportError(url, "timeout", f"no connection within "
                                 f"{limits.connect_timeout:g} s") from exc
        except httpx.TimeoutException as exc:
            raise TransportError(url, "timeout", f"no complete response within "
                                 f"{limits.total_timeout:g} s") from exc
        except httpx.RemoteProtocolError as exc:
            torn = "incomplete" in str(exc) or "closed" in str(exc)
            raise TransportError(url, "truncated" if torn else "protocol",
                                 str(exc) or type(exc).__name__) from exc
        except (httpx.ConnectError, httpx.ProxyError) as exc:
            raise TransportError(url, "connect", str(exc) or type(exc).__name__) from exc
        except (httpx.HTTPError, OSError) as exc:
            raise TransportError(url, "protocol", str(exc) or type(exc).__name__) from exc
        encoding = next((v for k, v in response_headers if k.lower() == "content-encoding"), None)
        body = decode_body(raw, encoding, url)
        if len(body) > limits.max_bytes:
            raise TransportError(url, "too-large", f"decoded body over {limits.max_bytes} bytes")
        return Exchange(
            request_url=url, original_url=url, status=status, reason=reason,
            request_headers=sent, response_headers=response_headers, raw_body=raw, body=body,
            started=started, elapsed=time.monotonic() - t0, http_version=version,
            peer_ip=peer, via=self.name,
        )

    def _read(self, resp: httpx.Response, url: str, deadline: float, limits: Limits) -> bytes:
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limits.max_bytes:
            raise TransportError(url, "too-large", f"Content-Length {declared} over "
                                 f"{limits.max_bytes} bytes")
        parts: list[bytes] = []
        size = 0
        timeouts: dict[str, Any] = resp.request.extensions.get("timeout", {})
        stream = resp.iter_raw(CHUNK)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TransportError(url, "timeout", f"response not complete within "
                                     f"{limits.total_timeout:g} s")
            # httpcore reads this per socket read: the next read may wait only what is left
            # of the whole response's deadline, so a stall mid-body cannot outlive it.
            timeouts["read"] = left
            try:
                chunk = next(stream)
            except StopIteration:
                break
            size += len(chunk)
            if size > limits.max_bytes:
                raise TransportError(url, "too-large", f"body over {limits.max_bytes} bytes")
            parts.append(chunk)
        return b"".join(parts)

    def close(self) -> None:
        self._client.close()


def _peer(resp: httpx.Response) -> str | None:
    stream = resp.extensions.get("network_stream")
    if stream is None:
        return None
    try:
        addr = stream.get_extra_info("server_addr")
    except Exception:  # not every backend stream knows it
        return None
    return str(addr[0]) if addr else None
