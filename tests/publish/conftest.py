"""The sample digest, parsed once per module, for every publisher's tests."""

from __future__ import annotations

import pytest

from daybook.model import Day
from daybook.parsers.digest import parse_digest
from tests.conftest import DIGEST_SAMPLE


@pytest.fixture(scope="module")
def day() -> Day:
    return parse_digest(DIGEST_SAMPLE.read_text(encoding="utf-8")).days[0]
