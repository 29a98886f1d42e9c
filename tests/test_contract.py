"""Every export validates against the public contract, and our copy of it never drifts."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import jsonschema
import pytest

from daybook.model import Day
from daybook.publish.json_export import iter_jsonl, render_json
from tests.conftest import CONTRACT
from tests.factories import make_event


def schema() -> dict[str, object]:
    text = resources.files("daybook.data").joinpath("day.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def validate(doc: object) -> None:
    jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(doc)


def test_packaged_contract_is_the_shared_contract() -> None:
    if not CONTRACT.exists():
        pytest.fail(f"the shared contract is missing at {CONTRACT}; CI lays shared/ beside")
    assert json.loads(CONTRACT.read_text("utf-8")) == schema()


def test_day_json_and_jsonl_validate() -> None:
    day = Day(dt.date(2019, 2, 9), (make_event(1), make_event(2, hour=None))).numbered()
    validate(json.loads(render_json(day)))
    for line in iter_jsonl([day, day]):
        validate(json.loads(line))


def test_validator_rejects_a_broken_document() -> None:
    doc = Day(dt.date(2019, 2, 9), (make_event(1),)).to_dict()
    doc["events"][0]["kind"] = "party"
    with pytest.raises(jsonschema.ValidationError):
        validate(doc)
