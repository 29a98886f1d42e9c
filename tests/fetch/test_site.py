"""The site's pure helpers: what a page's head says of its other language."""

from __future__ import annotations

from urllib.parse import urljoin

from hypothesis import given
from hypothesis import strategies as st

from daybook.fetch.site import _ALTERNATE, _HREF, _HREFLANG, _NEWS_ID, alternate_id


@given(st.lists(st.sampled_from([
    '<link rel="icon" href="/a.png"/>', '<link rel="alternate" hreflang="ru" '
    'href="http://kremlin.ru/events/president/news/60429"/>', '<LINK REL="Alternate" '
    'HREFLANG="ru" href="/events/president/news/7"/>', "alternate", ">", "<", "<link ",
    '<link rel="alternate" hreflang="en" href="/events/president/news/8"/>', "<title>x</title>",
]), max_size=12))
def test_alternate_id_is_the_first_matching_link_of_the_head(parts: list[str]) -> None:
    html = "<html><head>" + "".join(parts) + "</head><body></body></html>"
    head = html[: html.find("</head>")]
    expected = None
    for tag in _ALTERNATE.findall(head):  # every tag, from the start
        lang, href = _HREFLANG.search(tag), _HREF.search(tag)
        if lang and href and lang.group(1).lower().startswith("ru"):
            m = _NEWS_ID.search(urljoin("http://en.kremlin.ru/events/president/news/1",
                                        href.group(1)))
            expected = m.group(1) if m else None
            break
    assert alternate_id(html, "ru", "http://en.kremlin.ru/events/president/news/1") == expected
