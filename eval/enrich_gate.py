"""Quality gate for enrichment: person linking and entity mentions on two hand-annotated sets.

- ``tuning``: eval/enrich/annotations.jsonl, the set the enrichment code was tuned on;
- ``fresh``: eval/enrich/fresh/annotations.jsonl, person mentions of text units annotated
  before the code was changed against it and never used to tune it (the honest figure).

The pipeline gets only what a real run has: the curated registry grown, as the enrich step
grows it, from the structured names of every sample event (Persons tags, participant lists,
speaker labels) -- never from the gold strings. Then each gold spelling is resolved and each
text unit read by ``find_entities``.

Linking is scored on each gold cluster's distinct spellings: a spelling is right when it gets
the id most of its cluster's spellings get, and no other cluster gets that id. The headline
counts only clusters with two or more spellings (a one-spelling cluster only tests that the
name is known); both kinds are printed with their counts. Entity mentions count only with
their exact span and type; a set annotated for some types only is scored on those types.
Exits 1 when a figure falls below its floor in eval/enrich_floors.json (one table per set).
Run: .venv/bin/python eval/enrich_gate.py [-v] [--no-models] [--samples DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from daybook.enrich.entities import find_entities
from daybook.enrich.people import Registry, learn_people
from daybook.model import Event
from daybook.sources.document import read_document
from daybook.sources.registry import read_parsed

HERE = Path(__file__).parent
SETS = {
    "tuning": HERE / "enrich" / "annotations.jsonl",
    "fresh": HERE / "enrich" / "fresh" / "annotations.jsonl",
}
TYPES = ("person", "org", "place")
Record = dict[str, object]
Scores = dict[str, tuple[float, float, int]]


def load(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def sample_events(samples: Path) -> list[Event]:
    """Every event of the samples, as a real run over them would store it."""
    files = sorted((samples / "kremlin-en-2019" / "news").glob("*.html"))
    files += sorted((samples / "kremlin-ru-2025").glob("kremlin_articles_ru*.csv"))
    files += sorted((samples / "digest-fr").glob("*.txt"))
    events: list[Event] = []
    for path in files:
        _, parsed = read_parsed(read_document(path))
        events += list(parsed.events) + [e for d in parsed.days for e in d.events]
    return events


def grown_registry(samples: Path) -> Registry:
    registry = Registry.curated()
    learn_people(registry, sample_events(samples))
    return registry


def spellings(records: list[Record]) -> dict[str, set[tuple[str, str]]]:
    """Gold cluster -> its distinct (language, name) spellings: the link records, and the
    gold-linked person mentions of the units."""
    out: dict[str, set[tuple[str, str]]] = {}
    for r in records:
        if r["kind"] == "link":
            out.setdefault(str(r["gold"]), set()).add((str(r["lang"]), str(r["name"])))
        else:
            for m in r["mentions"]:  # type: ignore[attr-defined]
                if m["type"] == "person" and m["gold"]:
                    out.setdefault(m["gold"], set()).add((str(r["lang"]), m["text"]))
    return out


@dataclass(frozen=True, slots=True)
class Links:
    multi: tuple[int, int, int]  # right spellings, spellings, clusters (two or more names)
    single: tuple[int, int, int]  # the same for one-name clusters
    ids: dict[str, str]  # gold cluster -> the id it owns alone


def score_links(
    clusters: dict[str, set[tuple[str, str]]], registry: Registry, verbose: bool
) -> Links:
    resolved = {
        gold: [(name, registry.resolve(name, lang)) for lang, name in sorted(forms)]
        for gold, forms in clusters.items()
    }
    majority = {g: Counter(p for _, p in got).most_common(1)[0][0] for g, got in resolved.items()}
    owners = Counter(p for p in majority.values() if p)
    ids = {g: p for g, p in majority.items() if p and owners[p] == 1}
    tally = {True: [0, 0, 0], False: [0, 0, 0]}
    for gold, got in resolved.items():
        multi = len({name for name, _ in got}) >= 2
        t = tally[multi]
        t[2] += 1
        for name, pid in got:
            t[1] += 1
            if pid is not None and pid == ids.get(gold):
                t[0] += 1
            elif verbose:
                print(f"  link miss: {gold} {name!r} -> {pid}")
    m, s = tally[True], tally[False]
    return Links((m[0], m[1], m[2]), (s[0], s[1], s[2]), ids)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, tp + fn


def score_entities(
    records: list[Record],
    registry: Registry,
    clusters: dict[str, str],
    use_models: bool,
    verbose: bool,
) -> tuple[Scores, dict[str, Scores], tuple[int, int]]:
    """Precision/recall per type (all languages) and per language and type, and the gold-
    linked person mentions found with their cluster's id (right, total)."""
    tp: Counter[tuple[str, str]] = Counter()
    fp: Counter[tuple[str, str]] = Counter()
    fn: Counter[tuple[str, str]] = Counter()
    linked = linked_ok = 0
    types: set[str] = set()
    for r in (r for r in records if r["kind"] == "entities"):
        lang = str(r["lang"])
        scored = set(r.get("types") or TYPES)  # type: ignore[call-overload]
        types |= scored
        gold = {(m["start"], m["end"], m["type"]): m for m in r["mentions"]}  # type: ignore[attr-defined]
        found = find_entities([(0, str(r["text"]))], lang, registry, use_model=use_models)
        got = {(m.start, m.end, m.type): m for m in found if m.type in scored}
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
    kinds = [t for t in TYPES if t in types]
    total = {t: _prf(*(sum(c[(lg, t)] for lg in langs) for c in (tp, fp, fn))) for t in kinds}
    per_lang = {lg: {t: _prf(tp[(lg, t)], fp[(lg, t)], fn[(lg, t)]) for t in kinds} for lg in langs}
    return total, per_lang, (linked_ok, linked)


def _share(right: int, total: int) -> float:
    return right / total if total else 0.0


def measure(
    name: str, records: list[Record], registry: Registry, args: argparse.Namespace
) -> dict[str, float]:
    """Print one set's figures and return them under their floor keys."""
    links = score_links(spellings(records), registry, args.v)
    scores, per_lang, (ok, n_linked) = score_entities(
        records, registry, links.ids, not args.no_models, args.v
    )
    (m_ok, m_n, m_c), (s_ok, s_n, s_c) = links.multi, links.single
    print(f"== {name} set ({SETS[name].relative_to(HERE.parent)})")
    print(
        f"person linking: {_share(m_ok, m_n):.3f} over {m_n} spellings of {m_c} clusters "
        f"with two or more spellings"
    )
    print(f"  one-spelling clusters: {_share(s_ok, s_n):.3f} over {s_n} names of {s_c} clusters")
    measured = {
        "person_linking": _share(m_ok, m_n),
        "person_linking_single": _share(s_ok, s_n),
        "person_mention_linking": _share(ok, n_linked),
    }
    for t, (p, r, n) in scores.items():
        print(f"{t:<7} precision {p:.3f}  recall {r:.3f}  ({n} gold mentions)")
        measured[f"{t}_precision"], measured[f"{t}_recall"] = p, r
    for lang, by_type in per_lang.items():
        for t, (p, r, n) in by_type.items():
            print(f"  {lang} {t:<7} precision {p:.3f}  recall {r:.3f}  ({n} gold mentions)")
            measured[f"{lang}_{t}_precision"], measured[f"{lang}_{t}_recall"] = p, r
    print(f"person mentions linked in text: {_share(ok, n_linked):.3f} over {n_linked}")
    return measured


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-models", action="store_true")
    parser.add_argument("-v", action="store_true", help="List every miss.")
    parser.add_argument(
        "--samples", type=Path, default=HERE.resolve().parents[1] / "shared" / "samples"
    )
    args = parser.parse_args()
    if not (args.samples / "kremlin-en-2019" / "news").is_dir():
        parser.error(f"no samples under {args.samples} (kremlin-en-2019/news is missing)")
    registry = grown_registry(args.samples)
    print(f"registry: {len(registry)} people, grown from the samples' structured names")
    floors = json.loads((HERE / "enrich_floors.json").read_text("utf-8"))
    failed = []
    for name, path in SETS.items():
        measured = measure(name, load(path), registry, args)
        for key, floor in floors.get(name, {}).items():
            if key in measured and measured[key] < floor:
                failed.append(f"{name} {key} {measured[key]:.3f} < {floor}")
    for f in failed:
        print(f"BELOW FLOOR: {f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
