"""French all the way on the person, people and search pages: months in words, and the
library's error messages (search syntax, parameters, people) said in French."""

from __future__ import annotations

import re
from typing import Any

import pytest

from daybook.web.i18n import error_text, month_name

# Words of the English messages: none may be left on a French page.
ENGLISH = re.compile(r"\b(?:unknown|use|write|is not|nobody|query|quotation|page\(s\) of|"
                     r"needs|cannot|closed|number from)\b")


def _main(html: str) -> str:
    m = re.search(r"(?s)<main.*?</main>", html)
    return re.sub(r"<[^>]+>", " ", m.group() if m else html)


@pytest.mark.parametrize("path", [
    "/search?q=%22&ui=fr",                        # a quotation mark is not closed
    "/search?q=poutine&sort=bad&ui=fr",           # unknown order
    "/search?q=sort:bad&ui=fr",                   # unknown order sort:bad
    "/search?q=kind:bad&ui=fr",                   # unknown kind
    "/search?q=a+OR&ui=fr",                       # OR needs a term on each side
    "/search?q=(a&ui=fr",                         # a '(' is not closed
    "/search?q=nope:x&ui=fr",                     # unknown filter
    "/search?q=-poutine&ui=fr",                   # only excluded words
    "/search?q=poutine&from=2019-99-01&ui=fr",    # not a date (the error page)
    "/search?q=poutine&page=999&ui=fr",           # not a whole number from 1 to 500
    "/people?sort=bad&ui=fr",
    "/people?page=999&ui=fr",                     # past the last page of the list
    "/person/zzz-qqq-xxx?ui=fr",
])
def test_errors_are_french_on_french_pages(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (400, 404), path
    text = _main(r.text)
    assert not ENGLISH.search(text), (path, text)
    assert 'class="error"' in r.text and 'lang="en"' not in r.text.split('class="error"')[1][:40]
    # The same request in English keeps the library's own words.
    english = client.get(path.replace("ui=fr", "ui=en"))
    assert ENGLISH.search(_main(english.text)), path


def test_error_catalogue_keeps_values_and_falls_back_to_english() -> None:
    assert error_text("unknown order sort:bad (write sort:relevance or sort:date)", "fr") == (
        "ordre inconnu\u00a0: sort:bad (écrivez sort:relevance ou sort:date)", "fr")
    assert error_text("NOT cannot be an alternative of OR (write (a OR b) NOT c)", "fr")[0] == \
        "NOT ne peut pas être une alternative de OR (écrivez (a OR b) NOT c)"
    # A message the catalogue does not know is shown as it is, marked as English.
    assert error_text("the moon is down (wait)", "fr") == ("the moon is down (wait)", "en")
    assert error_text("unknown order 'x' (use relevance or date)", "en")[1] == "en"


def test_person_months_in_words(client: Any) -> None:
    assert month_name("2019-05", "fr") == "mai 2019"
    assert month_name("2019-05", "en") == "May 2019"
    r = client.get("/person/vladimir-putin?ui=fr")
    assert r.status_code == 200
    months = re.findall(r'<time datetime="(\d{4}-\d\d)">([^<]+)</time>', r.text)
    assert months and all(label == month_name(m, "fr") for m, label in months)
    assert not any(re.fullmatch(r"\d{4}-\d\d", label) for _, label in months)
    assert "Autres noms\u00a0:" in r.text or "known_names" not in r.text
