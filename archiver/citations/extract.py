"""extract_citations: run every rule over an article and settle overlapping findings into one list."""

from __future__ import annotations

import re
from dataclasses import replace

from .links import find_anchor_links, find_handles, find_links
from .model import Article, Citation, Match
from .outlets import find_outlets
from .telegram import find_telegram_prose
from .text import sentence_at

# Between a channel's name and its link: 'канал «Рыбарь» (t.me/rybar)', 'Telegram channel "X": @x'.
_JOIN_GAP = re.compile(r"[\s(\[:,—–-]{0,4}\Z")
_RU_ENDING = re.compile(r"(?:ами|ями|ого|его|ому|ему|ой|ей|ом|ем|ах|ях|ов|ев|ы|и|а|я|у|ю|е|ь|й|о)\Z")


def extract_citations(article: Article) -> list[Citation]:
    """Every source the article cites, sorted by position; each span satisfies text[start:end] == citation.text."""
    text = article.text
    # 1. Links: anchors first so that an anchor wins over the same URL written out in its text.
    links = _pick(find_anchor_links(text, article.links) + find_links(text) + find_handles(text), by_length=False)
    # 2. Telegram channels named in prose; a link right next to (or inside) one of them joins it.
    prose = _pick(find_telegram_prose(text))
    tg_links = [m for m in links if m.kind == "telegram"]
    prose, tg_links = _join_links(text, prose, tg_links)
    telegram = prose + tg_links
    # 3. Outlets; a name already known as a Telegram channel ("«Рыбарь» пишет") is that channel again.
    channel_keys = {name_key(m.name) for m in telegram if m.name}
    outlets = []
    for m in find_outlets(text, known=[m.name for m in telegram if m.name]):
        if m.name and name_key(m.name) in channel_keys:
            m = replace(m, kind="telegram", rule="tg.prose.known_name")
        outlets.append(m)
    telegram += _pick([m for m in outlets if m.kind == "telegram"], taken=telegram)
    # 4. Outlets never overlap Telegram citations; they take the URL of an anchor they overlap.
    urls = [m for m in links if m.kind == "url"]
    named = _pick([m for m in outlets if m.kind == "outlet"], taken=telegram)
    named = [replace(m, url=next((u.url for u in urls if u.overlaps(m)), None)) for m in named]
    chosen = sorted(telegram + urls + named, key=lambda m: (m.start, m.end))
    return [_citation(text, m) for m in chosen]


def name_key(name: str) -> str:
    """Loose comparison key: case, quotes, punctuation and Russian case endings ignored ("Рыбаря" ~ "Рыбарь")."""
    words = re.findall(r"\w+", name.casefold().replace("ё", "е"))
    return " ".join(_RU_ENDING.sub("", w) if len(w) > 4 else w for w in words)


def _pick(matches: list[Match], taken: list[Match] = (), by_length: bool = True) -> list[Match]:  # type: ignore[assignment]
    """Greedy non-overlapping choice: longer spans first (or input order), never overlapping `taken`."""
    order = sorted(matches, key=lambda m: (m.start - m.end, m.start)) if by_length else matches
    kept: list[Match] = []
    blocked = sorted(taken, key=lambda m: m.start)
    for m in order:
        if not _overlaps_any(m, blocked) and not _overlaps_any(m, kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _overlaps_any(m: Match, others: list[Match]) -> bool:
    # Linear scans stay cheap: overlaps are checked only against findings of one article.
    return any(m.overlaps(o) or (m.start == o.start and m.end == o.end) for o in others)


def _join_links(text: str, prose: list[Match], links: list[Match]) -> tuple[list[Match], list[Match]]:
    """Give a prose mention the handle/URL of a Telegram link inside it or written right after it."""
    left: list[Match] = []
    joined = {id(p): p for p in prose}
    order = [id(p) for p in prose]
    for link in links:
        host = next((p for p in (joined[i] for i in order) if p.handle is None and _adjacent(text, p, link)), None)
        if host is None:
            left.append(link)
            continue
        joined[id(host)] = merged = replace(
            host, start=min(host.start, link.start), end=max(host.end, link.end), handle=link.handle,
            url=link.url, name=host.name or link.name,
        )
        order[order.index(id(host))] = id(merged)
        joined[id(merged)] = merged
    return [joined[i] for i in order], left


def _adjacent(text: str, p: Match, link: Match) -> bool:
    if p.overlaps(link):
        return True
    return p.end <= link.start and link.start - p.end <= 4 and bool(_JOIN_GAP.match(text, p.end, link.start))


def _citation(text: str, m: Match) -> Citation:
    return Citation(kind=m.kind, name=m.name, owner=m.owner, url=m.url, handle=m.handle, text=text[m.start : m.end],
                    start=m.start, end=m.end, context=sentence_at(text, m.start, m.end), rule=m.rule)
