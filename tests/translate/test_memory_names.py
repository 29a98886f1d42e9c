"""Near matches that differ by names: swapped into the publisher's French only when safe."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from daybook.store import Store
from daybook.translate.memory import TranslationMemory, make_segment
from daybook.translate.memory_names import shape, swap_names

# Sentences of the shape en.kremlin.ru repeats daily, with a French a publisher would post.
GOVERNOR = ("Governor of the region Igor Rudenya reported on the harvest.",
            "Le gouverneur de la région, Igor Roudenia, a rendu compte de la récolte.")
CALL = ("Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.",
        "Vladimir Poutine s’est entretenu au téléphone avec le président français "
        "Emmanuel Macron.")


def test_a_name_is_swapped_in_its_french_form() -> None:
    new = "Governor of the region Andrei Nikitin reported on the harvest."
    assert swap_names(new, *GOVERNOR) == (
        "Le gouverneur de la région, Andreï Nikitine, a rendu compte de la récolte.")


def test_unsafe_swaps_are_refused() -> None:
    # A woman for a man: French agrees the role with her.
    assert swap_names("Governor of the region Natalya Komarova reported on the harvest.",
                      *GOVERNOR) is None
    # Another word changed too.
    assert swap_names("Governor of the region Andrei Nikitin reported on the weather.",
                      *GOVERNOR) is None
    # The role changes with the name: "President of France" is not in the French as written.
    assert swap_names("Vladimir Putin had a telephone conversation with Prime Minister of "
                      "Israel Benjamin Netanyahu.", *CALL) is None
    # A place: French gives it an article of its own ("au Kirghizistan", "en Biélorussie").
    assert swap_names("Mr President, welcome to Belarus.", "Mr President, welcome to Kyrgyzstan.",
                      "Monsieur le Président, bienvenue au Kirghizistan.") is None
    # The old name is not in the French (the publisher rewrote it): nothing to replace.
    assert swap_names("Governor of the region Andrei Nikitin reported on the harvest.",
                      GOVERNOR[0], "Le gouverneur a rendu compte de la récolte.") is None


def test_shape_masks_names_and_figures() -> None:
    assert shape("Vladimir Putin met 3 governors in Tver.") == "X X met 0 governors in X."


@given(st.sampled_from(["Andrei Nikitin", "Oleg Kuvshinnikov", "Gleb Nikitin",
                        "Alexander Beglov", "Sergei Sobyanin"]))
def test_a_swap_changes_only_the_name(name: str) -> None:
    new = GOVERNOR[0].replace("Igor Rudenya", name)
    out = swap_names(new, *GOVERNOR)
    assert out is not None
    assert out.replace(out.split(", ")[1], "Igor Roudenia") == GOVERNOR[1]


def test_memory_recalls_a_sentence_about_someone_else(store: Store) -> None:
    with store.transaction():
        store.memory.add([make_segment(*GOVERNOR, "en", "fr", "kremlin:1", "2019-06-18",
                                       None)])
    tm = TranslationMemory(store.memory)
    hit = tm.lookup("Governor of the region Gleb Nikitin reported on the harvest.", "en", "fr")
    assert hit is not None and hit.kind == "fuzzy" and hit.score >= 90
    assert hit.text == "Le gouverneur de la région, Gleb Nikitine, a rendu compte de la récolte."
    assert tm.lookup("Governor of the region Natalya Komarova reported on the harvest.",
                     "en", "fr") is None
    # Exact only: names never swapped.
    assert TranslationMemory(store.memory, threshold=100).lookup(
        "Governor of the region Gleb Nikitin reported on the harvest.", "en", "fr") is None
