"""Check a batch of newly annotated excerpts, then merge it into the citation corpus.

    python scripts/corpus_batch.py check BATCH_DIR    # every string verbatim, ids free, addresses new
    python scripts/corpus_batch.py merge BATCH_DIR    # copy the excerpts in, append their annotations
    python scripts/corpus_batch.py urls > existing_urls.txt

A batch folder holds <id>.txt excerpts and batch.json, a list of annotations without "split" (see
tests/data/corpus/GUIDE.md). The merge gives each excerpt the corpus's fixed split (annotations.json
"split_rule"), so no one chooses which half a new excerpt lands in.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"
ANNOTATIONS = CORPUS / "annotations.json"
_ID = re.compile(r"(en|ru|uk|kk)_\d{3,4}")
_KEYS = {"id", "lang", "source_url", "telegram", "urls", "outlets", "traps"}


def split_of(article_id: str) -> str:
    return "dev" if hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0 else "test"


def _corpus() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    return data


def problems(batch_dir: Path) -> list[str]:
    """Everything that keeps the batch out of the corpus, one line each."""
    corpus = _corpus()["articles"]
    taken = {a["id"] for a in corpus}
    known_urls = {a["source_url"] for a in corpus}
    out: list[str] = []
    batch = json.loads((batch_dir / "batch.json").read_text(encoding="utf-8"))
    seen: set[str] = set()
    for art in batch:
        aid = art.get("id", "?")
        if set(art) != _KEYS:
            out.append(f"{aid}: keys must be {sorted(_KEYS)}, not {sorted(art)}")
            continue
        if not _ID.fullmatch(aid) or not aid.startswith(art["lang"] + "_"):
            out.append(f"{aid}: id must be <lang>_<number> of its lang {art['lang']!r}")
        if aid in taken or aid in seen:
            out.append(f"{aid}: id already used")
        seen.add(aid)
        if art["source_url"] in known_urls:
            out.append(f"{aid}: source_url already in the corpus")
        path = batch_dir / f"{aid}.txt"
        if not path.exists():
            out.append(f"{aid}: no {path.name}")
            continue
        text = path.read_text(encoding="utf-8")
        strings = [("trap", t) for t in art["traps"]]
        for e in art["telegram"]:
            strings += [(f"telegram {k}", e[k]) for k in ("name", "owner", "evidence") if e.get(k)]
            if e.get("handle") and e["handle"].casefold() not in text.casefold():
                out.append(f"{aid}: telegram handle not in the text: {e['handle']!r}")
        strings += [(f"url {k}", e[k]) for e in art["urls"] for k in ("url", "evidence") if e.get(k)]
        strings += [(f"outlet {k}", e[k]) for e in art["outlets"] for k in ("name", "evidence")]
        out += [f"{aid}: {what} not verbatim in the text: {s!r}" for what, s in strings if s not in text]
    return out


def merge(batch_dir: Path) -> int:
    data = _corpus()
    batch = json.loads((batch_dir / "batch.json").read_text(encoding="utf-8"))
    for art in batch:
        shutil.copyfile(batch_dir / f"{art['id']}.txt", CORPUS / f"{art['id']}.txt")
        data["articles"].append({"id": art["id"], "lang": art["lang"], "source_url": art["source_url"],
                                 "split": split_of(art["id"]), **{k: art[k] for k in
                                                                  ("telegram", "urls", "outlets", "traps")}})
    ANNOTATIONS.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    return len(batch)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("check", "merge", "urls"))
    parser.add_argument("batch", type=Path, nargs="?")
    args = parser.parse_args(argv)
    if args.command == "urls":
        print("\n".join(a["source_url"] for a in _corpus()["articles"]))
        return 0
    if args.batch is None:
        parser.error("a batch folder is needed")
    found = problems(args.batch)
    for line in found:
        print(line, file=sys.stderr)
    if found or args.command == "check":
        print(f"{len(found)} problem(s)", file=sys.stderr)
        return 1 if found else 0
    print(f"merged {merge(args.batch)} excerpts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
