"""Block-wise extraction (issue 18, defect 9): same citations as the whole text, and a cap stops the work early."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

from archiver.citations import Article, article_from_text, extract_citations
from archiver.citations.blocks import capped_citations, iter_citations

PARAGRAPH = ("The ministry said so on its website https://example.org/statement/{n}. Earlier, the Telegram "
             "channel \"Northern Wind {n}\" posted a video, and @channel_{n:04d} shared it; TASS reported the "
             "figures.\n\n")


def _article(paragraphs: int) -> Article:
    return article_from_text("".join(PARAGRAPH.format(n=n) for n in range(paragraphs)))


def test_blocks_give_the_whole_text_s_citations_with_its_offsets() -> None:
    article = _article(60)
    whole = extract_citations(article)
    for block_chars in (1000, 4096, 10**9):
        blocks = list(iter_citations(article, block_chars=block_chars))
        assert blocks == whole
        assert all(article.text[c.start:c.end] == c.text for c in blocks)


def test_a_block_is_cut_at_a_paragraph_break_not_inside_a_link() -> None:
    article = _article(3)
    cut_inside = len(PARAGRAPH.format(n=0)) + 40  # a block this long would end inside the second paragraph
    found = list(iter_citations(article, block_chars=cut_inside))
    assert [c.url for c in found if c.kind == "url"] == [f"https://example.org/statement/{n}" for n in range(3)]


def test_the_cap_says_where_it_stopped() -> None:
    article = _article(40)
    capped = capped_citations(article, 5, block_chars=2000)
    assert capped.citations == extract_citations(article)[:5]
    assert capped.stopped_at == capped.citations[-1].end and capped.total_chars == len(article.text)
    assert "stopped at the first 5 citations" in (capped.note() or "")
    everything = capped_citations(article, 10_000, block_chars=2000)
    assert everything.stopped_at is None and everything.note() is None


def _limit_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (30, 30))


def test_a_huge_article_under_the_cap_costs_a_block_not_the_whole_text(tmp_path: Path) -> None:
    """16 MB of links (400k citations) took ~50 s of CPU and ~400 MB before extraction stopped at the cap."""
    path = tmp_path / "huge.txt"
    path.write_text("".join(f"See http://127.0.0.1:9/p{n} now.\n" for n in range(500_000)))
    result = subprocess.run([sys.executable, "-m", "archiver", "citations", "--json", str(path)],
                            capture_output=True, text=True, preexec_fn=_limit_cpu, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5000 and rows[-1]["url"] == "http://127.0.0.1:9/p4999"
    assert "stopped at the first 5000 citations" in result.stderr
