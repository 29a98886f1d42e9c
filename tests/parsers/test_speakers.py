"""Speaker labels split into name and role (rules shared by every reader)."""

from __future__ import annotations

import pytest

from daybook.parsers.speakers import is_role_word, looks_like_name, split_label


@pytest.mark.parametrize(
    ("raw", "known", "name", "role"),
    [
        ("President of Russia Vladimir Putin:", (), "Vladimir Putin", "President of Russia"),
        ("Defence Minister Sergei Shoigu", (), "Sergei Shoigu", "Defence Minister"),
        ("Vladimir Putin", (), "Vladimir Putin", None),
        ("В.Путин:", (), "В.Путин", None),
        (
            "President of Kyrgyzstan Sooronbay Jeenbekov",
            ("Jeenbekov Sooronbay",),
            "Sooronbay Jeenbekov",
            "President of Kyrgyzstan",
        ),
        # Institution words close the role (added for en.kremlin.ru).
        (
            "Director of the Gorbunov Kazan Aviation Plant Nikolai Savitskikh",
            (),
            "Nikolai Savitskikh",
            "Director of the Gorbunov Kazan Aviation Plant",
        ),
        (
            "Minister of Labour and Social Protection Maxim Topilin",
            (),
            "Maxim Topilin",
            "Minister of Labour and Social Protection",
        ),
        ("UN Secretary-General Antonio Guterres", (), "Antonio Guterres", "UN Secretary-General"),
        (
            "President of the Union of European Football Associations (UEFA) Alexander Čeferin",
            (),
            "Alexander Čeferin",
            "President of the Union of European Football Associations (UEFA)",
        ),
        ("Патриарх Московский и всея Руси Кирилл", (), "Кирилл", "Патриарх Московский и всея Руси"),
    ],
)
def test_split(raw: str, known: tuple[str, ...], name: str, role: str | None) -> None:
    label = split_label(raw, known)
    assert (label.name, label.role) == (name, role)


@pytest.mark.parametrize(
    "raw", ["Question", "Question (retranslated):", "Remark:", "Вопрос:", "Реплика"]
)
def test_generic_labels_are_never_speakers(raw: str) -> None:
    label = split_label(raw)
    assert label.generic and label.name is None


def test_name_helpers() -> None:
    assert looks_like_name("Dmitry Peskov")
    assert not looks_like_name("Contact telephone numbers")
    assert is_role_word("Vice-Premier") and is_role_word("Minister")
    assert not is_role_word("Peskov")
