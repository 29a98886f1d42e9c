"""uvicorn's h11 protocol with a deadline on reading a request's line and headers.

uvicorn bounds the idle time between two requests on a kept-alive connection
(``timeout_keep_alive``), but not the time a client takes to send one request: any byte
cancels that timer, and a fresh connection has none. A client that opens a connection and
sends half a request line holds it forever; enough of them reach the connection cap and
lock everyone out. Here every request's head must arrive within ``header_timeout`` seconds
(the setting of that name, default ``HEADER_TIMEOUT_S``) of the connection opening (or of
the previous response), else the connection is closed.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["HEADER_TIMEOUT_S", "HeaderTimeoutH11Protocol"]

HEADER_TIMEOUT_S = 10.0


class HeaderTimeoutH11Protocol(H11Protocol):
    header_timeout = HEADER_TIMEOUT_S
    _head_timer: asyncio.TimerHandle | None = None

    def __init__(self, *args: Any, header_timeout: float | None = None, **kwargs: Any) -> None:
        # Given by ``functools.partial`` in the server options: a partial of this class
        # pickles into the worker processes, a class made at run time would not.
        super().__init__(*args, **kwargs)
        if header_timeout is not None:
            self.header_timeout = header_timeout

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the whole head has arrived
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._arm()  # the next request on this connection gets the same deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _too_slow(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()
