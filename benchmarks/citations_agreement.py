"""How far two careful readers agree on what an excerpt cites, beside how far the extractor agrees with one.

    .venv/bin/python benchmarks/citations_agreement.py

tests/data/corpus/second_annotation.json is a second, blind annotation of 120 test excerpts. Its entries are
scored exactly as citations_eval.py scores the extractor (same name matching, same handling of optional
entries): first with the corpus annotation as the answer and the second annotator's non-optional entries as
the findings, then the extractor on the same excerpts. The first line is the ceiling a human reaches on the
benchmark; the targets of issue 13 mean little above it. Only aggregate figures are printed (no misses), so
running it does not expose the test half.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from citations_eval import CORPUS, Score, load, score_article  # noqa: E402

from archiver.citations import Citation, article_from_text, extract_citations  # noqa: E402

_KINDS = (("telegram", "telegram"), ("outlet", "outlets"))


def as_citations(entry: dict[str, Any], text: str) -> list[Citation]:
    """A reader's non-optional Telegram and outlet entries as citations, anchored at their evidence."""
    found = []
    for kind, key in _KINDS:
        for x in entry.get(key, []):
            if x.get("optional"):
                continue
            at = text.find(x["evidence"])
            found.append(Citation(kind=kind, name=x.get("name"), owner=x.get("owner"), url=None, handle=None,
                                  text=x["evidence"], start=at, end=at + len(x["evidence"]), context="",
                                  rule="reader"))
    return found


def agreement() -> dict[str, dict[str, Score]]:
    second = json.loads((CORPUS / "second_annotation.json").read_text(encoding="utf-8"))["articles"]
    first = {a["id"]: a for a in load("all")}
    scores: dict[str, dict[str, Score]] = {who: {k: Score() for k in ("telegram", "url", "outlet")}
                                           for who in ("second reader", "extractor")}
    for entry in second:
        text = (CORPUS / f"{entry['id']}.txt").read_text(encoding="utf-8")
        score_article(first[entry["id"]], text, as_citations(entry, text), scores["second reader"], [])
        score_article(first[entry["id"]], text, extract_citations(article_from_text(text)), scores["extractor"], [])
    return scores


def main() -> int:
    scores = agreement()
    for who, s in scores.items():
        t, o = s["telegram"], s["outlet"]
        print(f"{who:14} telegram recall {t.recall:.3f} precision {t.precision:.3f} ({t.found}/{t.total}, "
              f"{t.correct}/{t.returned})  outlet recall {o.recall:.3f} precision {o.precision:.3f} "
              f"({o.found}/{o.total}, {o.correct}/{o.returned})")
    print(f"articles={len(json.loads((CORPUS / 'second_annotation.json').read_text(encoding='utf-8'))['articles'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
