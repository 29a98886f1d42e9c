"""Every setting in one frozen object, read once and passed down.

Sources, lowest precedence first: the defaults below; a settings file (``--config PATH``,
else ``daybook.toml`` in the working directory, else the ``[tool.daybook]`` table of a
``pyproject.toml`` there); the environment (``DAYBOOK_*`` variables, ``LIBRETRANSLATE_KEY``);
command-line flags. This is the only module that reads ``os.environ``: the library takes a
``Settings`` (or plain arguments) from its caller, so that a program embedding daybook
decides what applies, and ``daybook config`` can say where each value came from.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from daybook.errors import SettingsError

if TYPE_CHECKING:
    from daybook.limits import ReadLimits
    from daybook.store.base import Store

__all__ = [
    "FIELDS",
    "SettingSpec",
    "Settings",
    "load_settings",
    "open_archive",
    "write_settings",
]

SETTINGS_FILE = "daybook.toml"
PYPROJECT = "pyproject.toml"
DEFAULT = "default"


def _bool(text: str) -> bool:
    value = text.strip().casefold()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{text!r} is not a yes/no value (use 1 or 0)")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(f"{value} is not a positive whole number")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise ValueError(f"{text} is not a positive number")
    return value


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One setting: its key (in files and as a field), environment variable and help."""

    key: str
    env: str | None
    help: str
    parse: Callable[[str], Any] = str
    secret: bool = False


FIELDS: tuple[SettingSpec, ...] = (
    SettingSpec("db", "DAYBOOK_DB", "archive: an SQLite file or a postgresql:// URL"),
    SettingSpec("translate", "DAYBOOK_TRANSLATE",
                "translation engine: 'apertium' (or apertium:cat, apertium:spa), 'deepl', "
                "'chat:MODEL', a LibreTranslate URL or 'none'"),
    SettingSpec("cache", "DAYBOOK_CACHE",
                "translation cache file (default: <db>.translations.sqlite beside the archive)"),
    SettingSpec("tm_threshold", "DAYBOOK_TM_THRESHOLD",
                "translation memory: least fuzzy score (rapidfuzz ratio) a near match needs; "
                "100 or more: exact matches only; default 90", _positive_int),
    SettingSpec("page_cache", "DAYBOOK_PAGE_CACHE",
                "web site: keep rendered pages until the archive changes", _bool),
    SettingSpec("page_cache_bytes", "DAYBOOK_PAGE_CACHE_BYTES",
                "web site: bytes of rendered pages kept in memory per worker; default 64 MB",
                _positive_int),
    SettingSpec("base_url", "DAYBOOK_BASE_URL",
                "web site: the public address (https://host/) that feeds and calendars link "
                "to; unset, they carry links relative to the site, never the Host header's"),
    SettingSpec("max_connections", "DAYBOOK_MAX_CONNECTIONS",
                "web site: open connections per worker before it answers 503; default 1000",
                _positive_int),
    SettingSpec("header_timeout", "DAYBOOK_HEADER_TIMEOUT",
                "web site: seconds a client has to send a request's line and headers before "
                "the connection is closed; default 10", _positive_float),
    SettingSpec("render_threads", "DAYBOOK_RENDER_THREADS",
                "web site: threads per worker that read and render pages at once (more "
                "requests wait their turn); default 8", _positive_int),
    SettingSpec("max_header_bytes", "DAYBOOK_MAX_HEADER_BYTES",
                "web site: the largest request line and headers served (431 beyond); "
                "default 16384", _positive_int),
    SettingSpec("names_fr", "DAYBOOK_NAMES_FR",
                "French digest: a file of name forms ('name<TAB>French form' a line) that win "
                "over the built-in table"),
    SettingSpec("libretranslate_key", "LIBRETRANSLATE_KEY",
                "API key sent to a LibreTranslate server", secret=True),
    SettingSpec("deepl_key", "DEEPL_AUTH_KEY",
                "DeepL API key (a Free key ends in ':fx')", secret=True),
    SettingSpec("deepl_url", "DAYBOOK_DEEPL_URL",
                "DeepL API address; default: chosen by the key (api-free or api.deepl.com)"),
    SettingSpec("deepl_formality", "DAYBOOK_DEEPL_FORMALITY",
                "DeepL formality: default, more, less, prefer_more or prefer_less"),
    SettingSpec("chat_url", "DAYBOOK_CHAT_URL",
                "OpenAI-compatible server for the chat engine, e.g. http://127.0.0.1:8080"),
    SettingSpec("chat_key", "DAYBOOK_CHAT_KEY",
                "API key (bearer token) sent to the chat server", secret=True),
    SettingSpec("chat_model", "DAYBOOK_CHAT_MODEL", "model name for the chat engine"),
    SettingSpec("chat_context", "DAYBOOK_CHAT_CONTEXT",
                "chat engine: the model's context in tokens; default 4096", _positive_int),
    SettingSpec("chat_fallback", "DAYBOOK_CHAT_FALLBACK",
                "chat engine: the engine for blocks the model spoils (e.g. apertium); "
                "default: keep them in the source language"),
    SettingSpec("contact", "DAYBOOK_CONTACT",
                "daybook fetch: a URL or e-mail in the User-Agent, so the site can reach you"),
    SettingSpec("archive", "DAYBOOK_ARCHIVE",
                "daybook fetch: WARC directory (default: <db stem>-archive beside the archive)"),
    SettingSpec("query_max_steps", "DAYBOOK_QUERY_MAX_STEPS",
                "bound on the work of one search (SQLite VM steps); default: the store's own",
                _positive_int),
    SettingSpec("first_year", "DAYBOOK_FIRST_YEAR",
                "readers refuse a document dated before 1 January of this year; default 1990",
                _positive_int),
    SettingSpec("years_ahead", "DAYBOOK_YEARS_AHEAD",
                "readers refuse a document dated more than this many years ahead; default 10",
                _positive_int),
    SettingSpec("max_file_bytes", "DAYBOOK_MAX_FILE_BYTES",
                "readers refuse a file larger than this; default 20 MB", _positive_int),
    SettingSpec("max_blocks", "DAYBOOK_MAX_BLOCKS",
                "an event keeps at most this many blocks (said in a diagnostic); "
                "default 20000", _positive_int),
)
_SPECS = {s.key: s for s in FIELDS}


@dataclass(frozen=True, slots=True)
class Settings:
    """The effective settings; ``origins`` says where each non-default value came from."""

    db: str = "daybook.db"
    translate: str = "apertium"
    cache: str | None = None
    tm_threshold: int | None = None
    page_cache: bool = True
    page_cache_bytes: int | None = None
    base_url: str | None = None
    max_connections: int | None = None
    header_timeout: float | None = None
    render_threads: int | None = None
    max_header_bytes: int | None = None
    libretranslate_key: str | None = None
    deepl_key: str | None = None
    deepl_url: str | None = None
    deepl_formality: str | None = None
    chat_url: str | None = None
    chat_key: str | None = None
    chat_model: str | None = None
    chat_context: int | None = None
    chat_fallback: str | None = None
    names_fr: str | None = None
    query_max_steps: int | None = None
    first_year: int | None = None
    years_ahead: int | None = None
    max_file_bytes: int | None = None
    max_blocks: int | None = None
    contact: str | None = None
    archive: str | None = None
    origins: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def origin(self, key: str) -> str:
        """'default', a file path, 'env NAME' or 'flag --name'."""
        if key not in _SPECS:
            raise KeyError(key)
        return self.origins.get(key, DEFAULT)

    def values(self) -> dict[str, Any]:
        return {s.key: getattr(self, s.key) for s in FIELDS}

    def merged(self, values: Mapping[str, Any], origin: str) -> Settings:
        """These settings with ``values`` (already typed) applied; None values are skipped."""
        given = {k: v for k, v in values.items() if v is not None}
        unknown = sorted(set(given) - set(_SPECS))
        if unknown:
            raise SettingsError(f"unknown setting(s) {', '.join(unknown)}",
                                remedy="known: " + ", ".join(_SPECS))
        origins = {**self.origins, **dict.fromkeys(given, origin)}
        return dataclasses.replace(self, **given, origins=origins)

    def read_limits(self) -> ReadLimits:
        """What one input file may be and make (a setting left unset keeps the reader's
        default)."""
        from daybook.limits import ReadLimits

        given = {"first_year": self.first_year, "years_ahead": self.years_ahead,
                 "max_bytes": self.max_file_bytes, "max_blocks": self.max_blocks}
        return ReadLimits(**{k: v for k, v in given.items() if v is not None})

    def translation_cache(self) -> str | None:
        """The cache file: the ``cache`` setting, else ``<db>.translations.sqlite`` for a
        file archive, else None (a server archive has no place beside it)."""
        if self.cache:
            return self.cache
        if self.db and "://" not in self.db and self.db != ":memory:":
            return f"{self.db}.translations.sqlite"
        return None


def _typed(spec: SettingSpec, value: Any, where: str) -> Any:
    try:
        if isinstance(value, str):
            return spec.parse(value)
        if spec.parse is _bool and isinstance(value, bool):
            return value
        if spec.parse is _positive_int and isinstance(value, int) and not isinstance(value, bool):
            return _positive_int(str(value))
        if spec.parse is _positive_float and isinstance(value, int | float) and \
                not isinstance(value, bool):
            return _positive_float(str(value))
        if spec.parse is str and isinstance(value, int | float):
            return str(value)
    except ValueError as exc:
        raise SettingsError(f"{spec.key}: {exc}", path=where) from None
    raise SettingsError(f"{spec.key} = {value!r} has the wrong type", path=where,
                        remedy=f"{spec.key}: {spec.help}")


def read_file(path: str | Path) -> dict[str, Any]:
    """The settings of a TOML file: its top level, or ``[tool.daybook]`` of a pyproject.toml."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError("settings file not found", path=str(p),
                            remedy="check the --config path") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"cannot read the settings: {exc}", path=str(p),
                            remedy="write it as TOML: key = \"value\"") from None
    if p.name == PYPROJECT:
        table = data.get("tool", {}).get("daybook", {})
        if not isinstance(table, dict):
            raise SettingsError("[tool.daybook] is not a table", path=str(p))
        data = table
    unknown = sorted(set(data) - set(_SPECS))
    if unknown:
        raise SettingsError(f"unknown setting(s) {', '.join(unknown)}", path=str(p),
                            remedy="known: " + ", ".join(_SPECS))
    return {k: _typed(_SPECS[k], v, str(p)) for k, v in data.items()}


def find_file(cwd: Path) -> Path | None:
    """``daybook.toml`` in ``cwd``, else a ``pyproject.toml`` there with ``[tool.daybook]``."""
    own = cwd / SETTINGS_FILE
    if own.is_file():
        return own
    pyproject = cwd / PYPROJECT
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return None  # someone else's broken pyproject is not our settings file
        if isinstance(data.get("tool", {}).get("daybook"), dict):
            return pyproject
    return None


def read_env(env: Mapping[str, str]) -> dict[str, tuple[Any, str]]:
    """Typed values of the settings' environment variables that are set (and not empty)."""
    found: dict[str, tuple[Any, str]] = {}
    for spec in FIELDS:
        if spec.env and env.get(spec.env):
            found[spec.key] = (_typed(spec, env[spec.env], f"${spec.env}"), f"env {spec.env}")
    return found


def load_settings(
    *,
    config: str | Path | None = None,
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    cwd: str | Path | None = None,
) -> Settings:
    """Defaults, then the settings file, then the environment, then ``flags`` (key -> value,
    None for a flag not given). ``env`` defaults to ``os.environ``, ``cwd`` to the current
    directory; ``config`` replaces the file search."""
    settings = Settings()
    path = Path(config) if config is not None else find_file(Path(cwd) if cwd else Path.cwd())
    if path is not None:
        settings = settings.merged(read_file(path), str(path))
    for key, (value, origin) in read_env(os.environ if env is None else env).items():
        settings = settings.merged({key: value}, origin)
    for key, value in (flags or {}).items():
        if value is not None:
            settings = settings.merged({key: value}, f"flag --{key.replace('_', '-')}")
    return settings


def open_archive(settings: Settings, *, read_only: bool = False,
                 location: str | None = None) -> Store:
    """Open the archive the settings name (or ``location``) with the settings' bounds."""
    from daybook.store import open_store

    return open_store(location or settings.db, read_only=read_only,
                      query_max_steps=settings.query_max_steps)


def _toml_value(value: str | bool | int) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # A basic string: backslash, quote and every control character (TOML forbids DEL too)
    # escaped.
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def to_toml(settings: Settings) -> str:
    """The values as a settings file (None values left out), read back by ``read_file``."""
    lines = [f"{key} = {_toml_value(value)}"
             for key, value in settings.values().items() if value is not None]
    return "\n".join(lines) + "\n"


def write_settings(settings: Settings, path: str | Path) -> None:
    """Write ``settings`` to a TOML file, readable only by its owner (it may hold a key)."""
    p = Path(path)
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(to_toml(settings))


def user_cache_dir() -> Path:
    """Where daybook keeps tables derived from its packages on this machine (the map's
    gazetteer): ``$XDG_CACHE_HOME/daybook``, else ``~/.cache/daybook``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "daybook"
