"""French typography of machine French (``typography.py``): spaces before high punctuation,
« » for English quotes, commas and periods at a quotation's end, apostrophes; the digest
text set this way reads back (labels, blocks) and the memory learns it as written."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from daybook.days import assemble_day
from daybook.ingest import ingest_paths
from daybook.publish.digest_text import render_digest
from daybook.store import Store
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.cache import TranslationCache
from daybook.translate.day import translate_day
from daybook.translate.memory import TranslationMemory, normalise
from daybook.translate.protect import translate_texts
from daybook.translate.typography import NBSP, NNBSP, apostrophes, french, typeset
from tests.conftest import FIXTURES


def test_space_before_high_punctuation() -> None:
    assert french("Pourquoi? Parce que") == f"Pourquoi{NNBSP}? Parce que"
    assert french("des ordinateurs; il y a") == f"des ordinateurs{NNBSP}; il y a"
    assert french("Bonne chance!") == f"Bonne chance{NNBSP}!"
    assert french("le résultat attendu: tout") == f"le résultat attendu{NBSP}: tout"
    assert french("Vraiment ?!") == f"Vraiment{NNBSP}?!"
    assert french("12 %, puis 10%") == f"12{NNBSP}%, puis 10{NNBSP}%"


def test_what_is_no_punctuation_stays() -> None:
    for kept in ("à 16:20, le score 3:1, à 17h45", "voir http://kremlin.ru/a?b=c!",
                 "écrire à presse@example.org; merci", "Il disait […] la suite",
                 "la version .NET", "1.2.3 et 0,125"):
        assert french(kept).replace(f"{NNBSP};", ";") == kept


def test_english_quotes_become_guillemets() -> None:
    assert french("ce qu’on appelle “le grand projet” ici") == (
        f"ce qu’on appelle «{NBSP}le grand projet{NBSP}» ici")
    assert french('il a dit "oui" hier') == f"il a dit «{NBSP}oui{NBSP}» hier"
    # A quotation inside a quotation keeps English marks, without spaces.
    assert french("“Il m’a dit “merci” hier.”") == (
        f"«{NBSP}Il m’a dit “merci” hier.{NBSP}»")
    # English single quotes inside a quotation, or the engine's "‘...'".
    assert french("“Il a dit ‘oui’ hier.”") == f"«{NBSP}Il a dit “oui” hier.{NBSP}»"
    assert french("le gasoil ‘porte-avions' ici") == f"le gasoil «{NBSP}porte-avions{NBSP}» ici"
    assert french("‘l’accord’ et l‘autre") == f"«{NBSP}l’accord{NBSP}» et l‘autre"
    # A closing mark the engine turned the wrong way round, after the words.
    assert french("la frontière commune.“") == f"la frontière commune.{NBSP}»"


def test_comma_and_period_after_the_closing_mark() -> None:
    assert french("“c’est notre maison,” a-t-il dit") == (
        f"«{NBSP}c’est notre maison{NBSP}», a-t-il dit")
    assert french("des personnes ,” des contacts") == f"des personnes{NBSP}», des contacts"
    # A fragment's period goes after; a whole sentence keeps its own.
    assert french("Il parle d’une “ère nouvelle.”") == f"Il parle d’une «{NBSP}ère nouvelle{NBSP}»."
    assert french("“Nous sommes prêts.”") == f"«{NBSP}Nous sommes prêts.{NBSP}»"
    assert french("les spectateurs .” Ensuite") == f"les spectateurs.{NBSP}» Ensuite"


def test_a_quotation_opening_a_sentence_has_its_capital() -> None:
    assert typeset("“le service est prêt.”") == f"«{NBSP}Le service est prêt.{NBSP}»"
    assert typeset("Merci. “je suis sûr.”") == f"Merci. «{NBSP}Je suis sûr.{NBSP}»"
    assert typeset("il a dit “je”") == f"il a dit «{NBSP}je{NBSP}»"
    assert typeset("J’ai dit: “aucun problème.”") == (
        f"J’ai dit{NBSP}: «{NBSP}Aucun problème.{NBSP}»")


def test_apostrophes_typographic_except_in_addresses() -> None:
    assert apostrophes("l'accord d'aujourd'hui") == "l’accord d’aujourd’hui"
    # quotes around a word and an apostrophe after a space are not inside a word
    assert apostrophes("'Forward' et l' ") == "'Forward' et l' "
    assert apostrophes("voir http://example.org/l'avis ou a'b@example.org, l'avis") == (
        "voir http://example.org/l'avis ou a'b@example.org, l’avis")


def test_engine_artifacts_of_punctuation() -> None:
    # A comma before the period or doubled, where the engine dropped a word between them.
    assert french("des athlètes connus, .") == "des athlètes connus."
    assert french("les régions,, les villes , .") == "les régions, les villes."
    assert french("etc., .NET et trois, … quatre") == "etc., .NET et trois, … quatre"
    # An English plural possessive's apostrophe after the French plural.
    assert french("les voisins' maisons et les pays' frontières.") == (
        "les voisins maisons et les pays frontières.")
    assert french("Plusieurs états', dit-il") == "Plusieurs états, dit-il"
    # Not an apostrophe closing a single-quoted word, nor a French elision.
    assert french("le mot 'progrès' ici") == "le mot 'progrès' ici"
    assert french("puisqu’ils s’ouvrent") == "puisqu’ils s’ouvrent"


def test_through_the_engine_possessive(apertium_ok: bool) -> None:
    texts = ["Several neighbours' concerns were discussed, and the farmers' markets grew."]
    [out] = [typeset(t.text) for t in translate_texts(texts, ApertiumEngine(), "en", "fr",
                                                     [[] for _ in texts])]
    assert not re.search(r"s['’] ", out), out


def _bare(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f“”\"«»‘’',]", "", text)


@given(st.text(alphabet="ab A:;?!«»“”\"'‘’.,%1 \u00a0\u202f/h\n[]…", max_size=30))
@example("a:»")  # the closing mark's space made the colon a phrase's end on a second pass
@example('1 ”"“')  # a stray mark reads differently once the marks beside it are set
@example(",,\"")  # commas before a closing mark go after it, as one
@example("as' a")  # a plural possessive's apostrophe, then a second pass
@example('1"a." "a')  # the stop moves out of the quotation and opens the next sentence
@example(":««a")  # a colon's quotation after a stray mark
def test_idempotent_and_words_unchanged(text: str) -> None:
    out = french(text)
    assert french(out) == out
    assert _bare(out) == _bare(text)
    done = typeset(text)
    assert typeset(done) == done and french(done) == done
    assert _bare(done).casefold() == _bare(text).casefold()


def test_through_the_engine(apertium_ok: bool) -> None:
    texts = ["The minister called it “a new stage,” and the governors agreed.",
             "Why? Because the plan works: trade grew by 12.4%.",
             "We discussed three issues; the first was energy."]
    out = [typeset(t.text) for t in translate_texts(texts, ApertiumEngine(), "en", "fr",
                                                   [[] for _ in texts])]
    assert f"«{NBSP}une nouvelle étape{NBSP}», et" in out[0]
    assert out[1].startswith(f"Pourquoi{NNBSP}? Parce que")
    assert f"{NBSP}: le commerce" in out[1] and f"12,4{NNBSP}%." in out[1]
    assert f"questions{NNBSP}; le premier" in out[2]


PAGE = FIXTURES / "kremlin-en-2019" / "news" / "59803.html"
SENTENCE = "We understand how sensitive this is for Kyrgyzstan."
QUOTED = ("Why? We call it “a common home,” and we will keep it: that is our task; "
          "we agree.")


def test_digest_round_trip_keeps_labels_and_memory(
        store: Store, tmp_path: Path, apertium_ok: bool) -> None:
    """The French digest as daybook writes it, ingested back as a publisher's: the labels
    read as speakers, every block found again, and what the memory learned recalls the
    same typeset text."""
    html = PAGE.read_text("utf-8")
    page = tmp_path / PAGE.name
    pattern = r"\s+".join(map(re.escape, SENTENCE.split()))  # the page has no-break spaces
    page.write_text(re.sub(pattern, QUOTED, html), "utf-8")
    ingest_paths(store, [page])
    day = assemble_day(store, dt.date(2019, 2, 9), "en")
    fr = translate_day(day, "fr", ApertiumEngine(), TranslationCache())
    text = render_digest(fr, "fr")
    assert f"{NNBSP}? " in text and f"«{NBSP}" in text and f"{NBSP}: " in text
    digest = tmp_path / "2019-02-09.txt"
    digest.write_text(text, "utf-8")
    ingest_paths(store, [digest])
    back = store.get_event("kremlin:59803", "fr")
    assert back is not None
    (sent,) = fr.events
    spoken = [(b.speaker, b.role) for b in sent.blocks if b.speaker]
    assert [(b.speaker, b.role) for b in back.blocks if b.speaker] == spoken
    assert len(spoken) >= 8
    memory = TranslationMemory(store.memory)
    again = translate_day(day, "fr", ApertiumEngine(), TranslationCache(), memory=memory)
    assert [b.text for b in again.events[0].blocks] == [b.text for b in sent.blocks]
    assert memory.counts["segments_engine"] == 0
    # The memory's fold reads set spaces as plain ones.
    assert normalise(f"Pourquoi{NNBSP}? Ici{NBSP}: oui") == normalise("Pourquoi ? Ici : oui")
