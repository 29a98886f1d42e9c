"""Quality gate for enrichment: person linking and entity mentions on annotated samples.

Reads eval/enrich/annotations.jsonl (see eval/enrich/build_annotations.py), prints linking
accuracy and precision/recall per entity type, overall and per language (fr, en, ru), and
exits 1 when a figure falls below its floor in eval/enrich_floors.json.

Linking is scored by clusters: each gold person (the site's own person number, or a hand
cluster) must get one daybook id, shared by none of the other gold people; a name left
unlinked counts as wrong.
Run: .venv/bin/python eval/enrich_gate.py [--no-models]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from daybook.enrich.entities import find_entities
from daybook.enrich.people import Registry, is_upper_surname

HERE = Path(__file__).parent
TYPES = ("person", "org", "place")


def load() -> list[dict[str, object]]:
    path = HERE / "enrich" / "annotations.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def score_links(
    records: list[dict[str, object]], registry: Registry
) -> tuple[float, int, dict[str, str]]:
    links = [r for r in records if r["kind"] == "link"]
    # The registry grows from the names as the enrich step would: tags are "Surname Name".
    for r in links:
        name, lang = str(r["name"]), str(r["lang"])
        # Only structured forms found people (Persons tags, "ЛАВРОВ Сергей" lists), as in
        # the enrich step; a name from running text ("Сергеем Кравцовым") only links.
        structured = r["source"] != "hand" or is_upper_surname(name)
        registry.observe(
            name, lang, order="surname_first" if structured else "given_first", create=structured
        )
    predicted = [(str(r["gold"]), registry.resolve(str(r["name"]), str(r["lang"]))) for r in links]
    by_gold: dict[str, Counter[str | None]] = {}
    for gold, pid in predicted:
        by_gold.setdefault(gold, Counter())[pid] += 1
    majority = {g: c.most_common(1)[0][0] for g, c in by_gold.items()}
    owners = Counter(p for p in majority.values() if p)
    good = 0
    for gold, pid in predicted:
        if pid is not None and pid == majority[gold] and owners[pid] == 1:
            good += 1
        elif "-v" in sys.argv:
            print(f"  link miss: {gold} -> {pid}")
    return good / len(predicted), len(predicted), {g: p for g, p in majority.items() if p}


Scores = dict[str, tuple[float, float, int]]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, tp + fn


def score_entities(
    records: list[dict[str, object]], registry: Registry, clusters: dict[str, str], use_models: bool
) -> tuple[Scores, dict[str, Scores]]:
    """Precision/recall per type (all languages), and per language and type.

    A mention counts only with its exact span and type. Also returns, under
    ``person_mention_linking``, the share of gold-linked person mentions found with their
    cluster's daybook id.
    """
    tp: Counter[tuple[str, str]] = Counter()
    fp: Counter[tuple[str, str]] = Counter()
    fn: Counter[tuple[str, str]] = Counter()
    linked = linked_ok = 0
    verbose = "-v" in sys.argv
    for r in (r for r in records if r["kind"] == "entities"):
        lang = str(r["lang"])
        gold = {(m["start"], m["end"], m["type"]): m for m in r["mentions"]}  # type: ignore[attr-defined]
        found = find_entities([(0, str(r["text"]))], lang, registry, use_model=use_models)
        got = {(m.start, m.end, m.type): m for m in found}
        for key in got:
            (tp if key in gold else fp)[(lang, key[2])] += 1
            if key not in gold and verbose:
                print(f"  false [{lang}]: {got[key].text!r} {key[2]}")
        for key, m in gold.items():
            if key not in got:
                fn[(lang, key[2])] += 1
                if verbose:
                    print(f"  missed [{lang}]: {m['text']!r} {key[2]}")
            if m["type"] == "person" and m["gold"]:
                linked += 1
                want = clusters.get(m["gold"])
                ok = key in got and want is not None and got[key].entity_id == want
                linked_ok += int(ok)
                if not ok and verbose:
                    print(f"  mention link miss [{lang}]: {m['text']!r} -> {want}")
    langs = sorted({k[0] for k in tp + fp + fn})
    total: Scores = {}
    for t in TYPES:
        total[t] = _prf(*(sum(c[(lg, t)] for lg in langs) for c in (tp, fp, fn)))
    total["person_mention_linking"] = (linked_ok / linked if linked else 0.0, 0.0, linked)
    per_lang = {lg: {t: _prf(tp[(lg, t)], fp[(lg, t)], fn[(lg, t)]) for t in TYPES} for lg in langs}
    return total, per_lang


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-models", action="store_true")
    parser.add_argument("-v", action="store_true", help="List every miss.")
    args = parser.parse_args()
    records = load()
    registry = Registry.curated()
    accuracy, n, clusters = score_links(records, registry)
    print(f"person linking: {accuracy:.3f} over {n} names")
    scores, per_lang = score_entities(records, registry, clusters, not args.no_models)
    for t in TYPES:
        p, r, n = scores[t]
        print(f"{t:<7} precision {p:.3f}  recall {r:.3f}  ({n} gold mentions)")
    for lang, by_type in per_lang.items():
        for t in TYPES:
            p, r, n = by_type[t]
            print(f"  {lang} {t:<7} precision {p:.3f}  recall {r:.3f}  ({n} gold mentions)")
    acc, _, n = scores["person_mention_linking"]
    print(f"person mentions linked in text: {acc:.3f} over {n}")
    floors = json.loads((HERE / "enrich_floors.json").read_text("utf-8"))
    measured = {"person_linking": accuracy, "person_mention_linking": acc}
    for t in TYPES:
        measured[f"{t}_precision"], measured[f"{t}_recall"] = scores[t][0], scores[t][1]
        for lang, by_type in per_lang.items():
            p, r, _ = by_type[t]
            measured[f"{lang}_{t}_precision"], measured[f"{lang}_{t}_recall"] = p, r
    failed = [k for k, floor in floors.items() if k in measured and measured[k] < floor]
    for k in failed:
        print(f"BELOW FLOOR: {k} {measured[k]:.3f} < {floors[k]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
