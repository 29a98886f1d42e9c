"""The JSON API: documents, pages, validation, caching, and its OpenAPI description."""

from __future__ import annotations

import email.utils
import json
import re
from typing import Any

import pytest

from tests.conftest import CONTRACT

Client = Any


def get(client: Client, path: str, status: int = 200, **kw: Any) -> Any:
    r = client.get(path, **kw)
    assert r.status_code == status, (path, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def test_days_are_paged(client: Client) -> None:
    first = get(client, "/api/days", params={"size": 3})
    assert first["page"] == 1 and first["size"] == 3 and len(first["items"]) == 3
    assert first["total"] >= 10 and first["pages"] == -(-first["total"] // 3)
    second = get(client, "/api/days", params={"size": 3, "page": 2})
    assert {d["date"] for d in first["items"]}.isdisjoint(d["date"] for d in second["items"])
    only = get(client, "/api/days", params={"from": "2023-11-08", "to": "2023-11-08"})
    assert only["items"] == [{"date": "2023-11-08", "events": 5,
                              "href": "/api/days/2023-11-08"}]


def test_day_is_the_contract_document(client: Client) -> None:
    data = get(client, "/api/days/2023-11-08")
    assert data["schema"] == "daybook/day@1"
    assert [e["id"] for e in data["events"]][3] == "kremlin:72687"
    if CONTRACT.exists():
        import jsonschema

        jsonschema.validate(data, json.loads(CONTRACT.read_text("utf-8")))
    get(client, "/api/days/2001-01-01", 404)


def test_events_filter_and_page(client: Client) -> None:
    meetings = get(client, "/api/events", params={"kind": "meeting", "size": 100})
    assert meetings["items"] and all(e["kind"] == "meeting" for e in meetings["items"])
    year = get(client, "/api/events", params={"from": "2019-01-01", "to": "2019-12-31"})
    assert year["total"] > 0 and all(e["date"].startswith("2019") for e in year["items"])
    event = get(client, "/api/events/kremlin:72687")
    assert event["id"] == "kremlin:72687" and event["blocks"]
    assert get(client, "/api/events/kremlin:72687", params={"lang": "fr"})["language"] == "fr"
    assert "nope:1" in get(client, "/api/events/nope:1", 404)["error"]["message"]


def test_people_and_search(client: Client) -> None:
    # Any spelling's slug redirects to the registry id, whose page has every spelling.
    moved = client.get("/api/people/serguei-choigu", follow_redirects=False)
    assert moved.status_code == 308
    assert moved.headers["location"] == "/api/people/person:sergei-shoigu"
    person = get(client, "/api/people/person:sergei-shoigu")
    assert person["id"] == person["person_id"] == "person:sergei-shoigu"
    assert {"Sergueï Choïgu", "Sergei Shoigu"} <= set(person["names"])
    assert "kremlin:72687" in {a["event_id"] for a in person["appearances"]}
    assert person["total"] == sum(m["events"] for m in person["months"])
    listed = get(client, "/api/people", params={"q": "Шойгу"})
    assert listed["items"][0]["id"] == "person:sergei-shoigu"
    assert get(client, "/api/people", 400, params={"sort": "worst"})["error"]
    found = get(client, "/api/search", params={"q": "Choigu", "facets": "1"})
    assert found["total"] >= 1 and found["hits"][0]["event_id"] == "kremlin:72687"
    assert "<mark>Choïgu</mark>" in found["hits"][0]["snippet"]
    assert found["facets"]["kind"]


@pytest.mark.parametrize("path", [
    "/api/days?page=0", "/api/days?page=x", "/api/days?size=101", "/api/days?size=-1",
    "/api/days?from=2023-02-30", "/api/days?from=2023-12-01&to=2023-01-01",
    "/api/days/08-11-2023", "/api/events?kind=banquet", "/api/events?lang=<b>",
    "/api/search", "/api/search?q=%22oops", "/api/search?q=" + "a" * 600,
    "/api/search?q=gaz&size=1000",
])
def test_bad_parameters_are_400_with_a_message(client: Client, path: str) -> None:
    error = get(client, path, 400)["error"]
    assert error["status"] == 400 and len(error["message"]) > 10


def test_etag_and_last_modified(client: Client) -> None:
    r = client.get("/api/days/2023-11-08")
    etag = r.headers["etag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    assert email.utils.parsedate_to_datetime(r.headers["last-modified"]).year >= 2024
    again = client.get("/api/days/2023-11-08", headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    other = client.get("/api/days/2023-11-08", headers={"if-none-match": '"stale"'})
    assert other.status_code == 200


def _route_paths(client: Client) -> set[str]:
    paths = set()
    for route in client.app.routes:
        path = getattr(route, "path", "")
        if path.startswith("/api/"):
            paths.add(re.sub(r"\{(\w+)(:\w+)?\}", r"{\1}", path))
    return paths


def test_openapi_matches_the_routes(client: Client) -> None:
    spec = get(client, "/openapi.json")
    assert spec["openapi"] == "3.1.0"
    documented = {re.sub(r"\{person_id\}", "{key}", p) for p in spec["paths"]}
    assert documented == _route_paths(client)
    samples = {"{date}": "2023-11-08", "{event_id}": "kremlin:72687",
               "{person_id}": "serguei-choigu"}
    for path, item in spec["paths"].items():
        assert set(item) == {"get"}
        for name, value in samples.items():
            path = path.replace(name, value)
        for p in item["get"]["parameters"]:
            assert p["in"] in ("query", "path")
        params = {"q": "gaz"} if path == "/api/search" else {}
        assert client.get(path, params=params).status_code == 200, path


def test_api_index_and_readable_docs(client: Client) -> None:
    import lxml.html

    spec = get(client, "/openapi.json")
    index = get(client, "/api/")
    assert index["openapi"] == "/openapi.json" and index["docs"] == "/api/docs"
    assert {e["path"] for e in index["endpoints"]} == set(spec["paths"])
    r = client.get("/api/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src" not in r.headers["content-security-policy"] or \
        "'unsafe-inline'" not in r.headers["content-security-policy"]
    tree = lxml.html.fromstring(r.text)
    assert not tree.xpath("//script")
    documented = {s.strip()[len("GET "):] for s in tree.xpath("//section/h2/code/text()")}
    assert documented == set(spec["paths"])
    # Every parameter of the description is on the page, with its description.
    people = tree.xpath("//section[@id='op-api-people']//table//th/code/text()")
    assert {"q", "role", "sort", "page", "size"} <= set(people)
