"""Local servers that speak DeepL's API v2 and the OpenAI chat-completions API, as their
documentation describes them (request and answer shapes, status codes, Retry-After), with
switches to make them fail the way the real services do. Real HTTP, in a thread."""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .conftest import transform

DEEPL_KEY = "0f1e2d3c-SECRET-DEEPL-KEY:fx"
CHAT_KEY = "sk-SECRET-CHAT-KEY-42"


class Peer(ThreadingHTTPServer):
    """A server with a script: ``fail`` is a list of (status, headers, body) answers given
    before the normal one, one per request; ``requests`` records what came in."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.fail: list[tuple[int, dict[str, str], Any]] = []
        self.requests: list[tuple[str, str, dict[str, str], Any]] = []
        self.glossaries: dict[str, dict[str, Any]] = {}
        self.stall = 0.0  # seconds to wait before answering
        self.mode = "good"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (the timeout tests) is no fault of the peer: its broken
        pipe is not printed, which would land in whatever output a later test captures."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


class _Base(BaseHTTPRequestHandler):
    server: Peer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, code: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length) if length else b""
        return json.loads(raw) if raw else None

    def _scripted(self, body: Any) -> bool:
        self.server.requests.append((self.command, self.path, dict(self.headers), body))
        if self.server.stall:
            time.sleep(self.server.stall)
        if self.server.fail:
            code, headers, answer = self.server.fail.pop(0)
            self._send(code, answer, headers)
            return True
        return False


class DeepLHandler(_Base):
    """``/v2/translate`` and ``/v2/glossaries`` with ``Authorization: DeepL-Auth-Key``."""

    def _authorised(self) -> bool:
        if self.headers.get("Authorization") != f"DeepL-Auth-Key {DEEPL_KEY}":
            self._send(403, {"message": "Authorization failure, check auth_key"})
            return False
        return True

    def do_GET(self) -> None:
        if self._scripted(None) or not self._authorised():
            return
        if self.path == "/v2/glossaries":
            self._send(200, {"glossaries": list(self.server.glossaries.values())})
        elif self.path.startswith("/v2/glossaries/"):
            g = self.server.glossaries.get(self.path.rsplit("/", 1)[1])
            self._send(200 if g else 404, g or {"message": "Not found"})
        else:
            self._send(404, {"message": "Not found"})

    def do_POST(self) -> None:
        body = self._body()
        if self._scripted(body) or not self._authorised():
            return
        if self.path == "/v2/glossaries":
            gid = f"g{len(self.server.glossaries) + 1}"
            entries = dict(line.split("\t") for line in body["entries"].split("\n"))
            self.server.glossaries[gid] = {
                "glossary_id": gid, "ready": True, "name": body["name"],
                "source_lang": body["source_lang"], "target_lang": body["target_lang"],
                "creation_time": "2026-01-01T00:00:00.000Z", "entry_count": len(entries),
                "_entries": entries}
            self._send(201, {k: v for k, v in self.server.glossaries[gid].items()
                             if not k.startswith("_")})
            return
        if self.path != "/v2/translate":
            self._send(404, {"message": "Not found"})
            return
        if not isinstance(body.get("text"), list) or "target_lang" not in body:
            self._send(400, {"message": "Parameter 'text' not specified."})
            return
        if body.get("formality") not in (None, "default", "more", "less", "prefer_more",
                                         "prefer_less"):
            self._send(400, {"message": "Value for 'formality' not supported."})
            return
        glossary = self.server.glossaries.get(body.get("glossary_id", ""), {})
        out = []
        for text in body["text"]:
            for a, b in glossary.get("_entries", {}).items():
                text = text.replace(a, b)
            out.append({"detected_source_language": body.get("source_lang", "EN"),
                        "text": transform(text)})
        self._send(200, {"translations": out})


_LINE = re.compile(r"^\{.*\}$")


class ChatHandler(_Base):
    """``/v1/chat/completions``: answers each ``{"n", "text"}`` line; ``mode`` spoils them:
    ``drop`` loses placeholders, ``first-drop`` only in the first request, ``prose`` answers
    without JSON lines, ``half`` answers only the first line."""

    def do_POST(self) -> None:
        body = self._body()
        if self._scripted(body):
            return
        if self.headers.get("Authorization") != f"Bearer {CHAT_KEY}":
            self._send(401, {"error": {"message": "Incorrect API key provided",
                                       "type": "invalid_request_error",
                                       "code": "invalid_api_key"}})
            return
        if self.path != "/v1/chat/completions":
            self._send(404, {"error": {"message": "not found"}})
            return
        user = body["messages"][-1]["content"]
        items = [json.loads(line) for line in user.splitlines() if _LINE.match(line)]
        mode = self.server.mode
        if mode == "first-drop" and len(self.server.requests) > 1:
            mode = "good"
        lines = []
        for k, item in enumerate(items):
            text = transform(item["text"])
            if mode in ("drop", "first-drop"):
                text = re.sub(r"Zq\d+x", "", text)
            if mode == "half" and k > 0:
                continue
            lines.append(json.dumps({"n": item["n"], "text": text}, ensure_ascii=False))
        content = ("Voici la traduction demandée." if mode == "prose"
                   else "```json\n" + "\n".join(lines) + "\n```")
        self._send(200, {
            "id": "chatcmpl-1", "object": "chat.completion", "created": 0,
            "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[Peer]:
    server = Peer(handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
