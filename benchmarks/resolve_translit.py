"""Which transliteration and fuzzy-matching libraries archiver.resolve uses, and why: measured, not assumed.

1. Coverage: a channel owner who writes a Cyrillic name in Latin letters for a handle follows one of many
   systems. For each name below, every spelling that any known system gives (iuliia's 28 schemas,
   cyrtranslit, anyascii, and unidecode when installed), folded to a handle, is a spelling someone may
   have used. For each option we count how many of those handles its own spellings produce.
2. Speed of the directory's fuzzy pre-filter: rapidfuzz's process.extract against difflib over N names.

The last line is ``coverage_archiver=X coverage_anyascii=Y coverage_cyrtranslit=Z rapidfuzz_speedup=W``.
Run: ``.venv/bin/python benchmarks/resolve_translit.py [--directory 20000]``.
"""

from __future__ import annotations

import argparse
import difflib
import re
import time
from collections.abc import Callable

import iuliia
from anyascii import anyascii
from rapidfuzz import fuzz, process

from archiver.resolve.names import normalize_name
from archiver.resolve.translit import latin_spellings

NAMES = (
    "Рыбарь", "Военные хроники", "Звезда", "Медуза", "Юрий Подоляка", "Два майора", "Военный осведомитель",
    "Топор", "Осторожно новости", "Сладков", "Военкор Котенок", "Незыгарь", "Кровавая барыня", "Readovka",
    "Жаңалықтар", "Қазақстан", "Дневник десантника", "Ньюсач", "Щит и меч", "Мягкая сила", "Объектив",
    "Хроники Евгения", "Царьград", "Журнал Юность", "Шёпот Кремля", "Украина сейчас", "Їжак", "Євромайдан",
    "Злой журналист", "Чёрный лебедь", "Эхо", "Ёлки", "Батальон Восток", "Цифровая экономика", "Ходорковский",
)
_FOLD = re.compile(r"[^a-z0-9]+")


def _handle(spelling: str) -> str:
    return _FOLD.sub("", anyascii(spelling).casefold())


def _all_systems(name: str) -> set[str]:
    found = {_handle(schema.translate(name)) for _name, schema in iuliia.schemas.items()}
    found.add(_handle(name))
    for option in (_cyrtranslit, _unidecode):
        found |= {_handle(s) for s in option(name)}
    return {h for h in found if h}


def _cyrtranslit(name: str) -> list[str]:
    try:
        import cyrtranslit  # type: ignore[import-untyped]
    except ImportError:
        return []
    return [cyrtranslit.to_latin(name, lang) for lang in ("ru", "ua")]


def _unidecode(name: str) -> list[str]:
    try:
        from unidecode import unidecode  # type: ignore[import-not-found]  # GPL: measured, never shipped
    except ImportError:
        return []
    return [unidecode(name)]


OPTIONS: dict[str, Callable[[str], list[str]]] = {
    "archiver": lambda name: list(latin_spellings(name)),
    "anyascii": lambda name: [anyascii(name)],
    "cyrtranslit": _cyrtranslit,
    "unidecode": _unidecode,
}


def coverage() -> dict[str, float]:
    totals = dict.fromkeys(OPTIONS, 0)
    truth_total = 0
    for name in NAMES:
        truth = _all_systems(name)
        truth_total += len(truth)
        for option, spell in OPTIONS.items():
            totals[option] += len(truth & {_handle(s) for s in spell(name)})
    return {option: round(found / truth_total, 3) for option, found in totals.items()}


def fuzzy_speed(size: int) -> float:
    names = [normalize_name(f"{NAMES[i % len(NAMES)]} {i}") for i in range(size)]
    query = normalize_name("Voennye hroniki 77")
    start = time.perf_counter()
    fast = process.extract(query, names, scorer=fuzz.token_sort_ratio, score_cutoff=75, limit=20)
    rapid = time.perf_counter() - start
    start = time.perf_counter()
    slow = sorted(((difflib.SequenceMatcher(None, query, n).ratio(), n) for n in names), reverse=True)[:20]
    plain = time.perf_counter() - start
    print(f"fuzzy pre-filter over {size} names: rapidfuzz {rapid * 1000:.1f} ms ({len(fast)} hits), "
          f"difflib {plain * 1000:.1f} ms (best {slow[0][1]!r})")
    return plain / rapid if rapid else float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directory", type=int, default=20000, help="names in the simulated directory")
    args = parser.parse_args(argv)
    cover = coverage()
    for option, share in cover.items():
        print(f"{option:12} covers {share:.1%} of the handle spellings the known systems give")
    speedup = fuzzy_speed(args.directory)
    print(f"coverage_archiver={cover['archiver']} coverage_anyascii={cover['anyascii']} "
          f"coverage_cyrtranslit={cover['cyrtranslit']} rapidfuzz_speedup={speedup:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
