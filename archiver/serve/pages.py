"""HTML for each page, rendered from the same dict its JSON twin serves (see views.py).

Everything that comes from the archive goes through markup.fmt/join/link, which escape it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from archiver.serve.markup import Safe, fmt, href, join, layout, link, when


def _facts(pairs: list[tuple[str, Any]]) -> Safe:
    rows = [fmt("<dt>{k}</dt><dd>{v}</dd>", k=k, v=v) for k, v in pairs if v not in (None, "")]
    return fmt('<dl class="facts">{rows}</dl>', rows=join(rows))


def _table(head: list[str], rows: list[list[Any]]) -> Safe:
    header = join(fmt("<th>{h}</th>", h=h) for h in head)
    body = join(fmt("<tr>{cells}</tr>", cells=join(fmt("<td>{c}</td>", c=c) for c in row)) for row in rows)
    return fmt('<div class="table-wrap"><table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table></div>',
               header=header, body=body)


def _quote(item: dict[str, Any]) -> Safe:
    """The context sentence with the cited span marked (or the span alone when it is not in it)."""
    parts = item.get("highlight")
    if parts:
        return fmt('<blockquote class="cite">{before}<mark>{quote}</mark>{after}</blockquote>', **parts)
    return fmt('<blockquote class="cite">{context} <mark>{text}</mark></blockquote>',
               context=item.get("context") or "", text=item.get("text") or "")


def _flag(text: str, on: Any, bad: bool = False) -> Safe:
    return fmt('<span class="flag{cls}">{text}</span>', cls=" bad" if bad else "", text=text) if on else Safe("")


def _state(status: str | None) -> Safe:
    """The latest timeline event of a source, as a flag."""
    if not status:
        return Safe("")
    return fmt('<span class="flag state{cls}">{status}</span>', status=status,
               cls=" bad" if status in ("deleted", "unavailable") else "")


def _status(value: Any) -> str:
    return "-" if value is None else str(value)


def _events(events: list[dict[str, Any]]) -> Safe:
    rows = [[link(e["page"], when(e["at"])) if e.get("page") else when(e["at"]), e["event"], _status(e.get("status")),
             e.get("detail") or ""] for e in events]
    return fmt('<h2>History</h2><div id="events">{table}</div>',
               table=_table(["checked", "event", "HTTP", "detail"], rows))


def _snippet(parts: list[list[Any]]) -> Safe:
    """A full-text snippet (views.snippet_parts), every matched term marked."""
    return join(fmt("<mark>{p}</mark>", p=text) if marked else text for text, marked in parts)


def _json(data: Any) -> Safe:
    return fmt("<pre>{text}</pre>", text=json.dumps(data, ensure_ascii=False, indent=1, default=str))


# -- pages ----------------------------------------------------------------------------------------
def home(data: dict[str, Any]) -> tuple[str, Safe]:
    articles = _table(["article", "citations", "ingested"], [
        [link(a["page"], a["title"] or a["source"]), a["citations"], when(a["ingested_at"])] for a in data["articles"]])
    captures = _table(["started", "source", "status", ""], [
        [when(c["started_at"]), link(c["source"], c["url"], "url"),
         _status(c["status"]) if c["ok"] else f"failed: {c['error']}", link(c["page"], "capture") if c["page"] else ""]
        for c in data["recent_captures"]])
    body = fmt("<h1>Archive</h1><h2>Articles</h2>{articles}<h2>Recent captures</h2>{captures}",
               articles=articles, captures=captures)
    return "Archive", body


def search(data: dict[str, Any]) -> tuple[str, Safe]:
    items = [
        fmt('<li><span class="kind">{kind}</span>{title}<div class="muted">{date} {detail}</div></li>',
            kind=r["kind"].replace("_", " "), title=link(r.get("page"), r["title"], "url"), date=when(r.get("date")),
            detail=_snippet(r["marked"]) if "marked" in r else r.get("detail") or "")
        for r in data["results"]
    ]
    if not data["query"]:
        body = Safe("<h1>Search</h1>"
                    "<p class=\"muted\">Type a URL, @channel, a channel name, an article or a quotation.</p>")
    elif not items and not data.get("unresolved"):
        body = fmt('<h1>Search</h1><p id="no-results">Nothing archived matches “{q}”.</p>', q=data["query"])
    else:
        body = fmt('<h1>Results for “{q}”</h1>{unresolved}<ul class="results" id="results">{items}</ul>',
                   q=data["query"], items=join(items), unresolved=_unresolved(data.get("unresolved")))
    return f"Search {data['query']}", body


def _unresolved(found: dict[str, Any] | None) -> Safe:
    """A channel name articles cite with no handle known yet: who cites it and the commands that resolve it."""
    if not found:
        return Safe("")
    cited = join(fmt('<div class="citation">{title}{quote}</div>', title=link(c["page"], c["title"]), quote=_quote(c))
                 for c in found["cited_by"])
    return fmt(
        '<section class="panel notice" id="unresolved"><h2>“{name}”: a Telegram channel cited by {n} article{s}, '
        'not identified yet</h2><p>Nothing is archived for it until its handle is known. Find candidates with</p>'
        '<code class="cmd">{resolve}</code><p>then record the right one, and run <code>archiver ingest</code> to '
        'capture it:</p><code class="cmd">{accept}</code><h3>Cited by</h3>{cited}</section>',
        name=found["name"], n=len(found["cited_by"]), s="" if len(found["cited_by"]) == 1 else "s",
        resolve=found["resolve"], accept=found["accept"], cited=cited)


def _heading(label: str, url: str, extra: Any = "") -> Safe:
    """A page title naming a URL: the label, then the URL on at most two lines (in full in its title)."""
    return fmt('<h1><span class="h-label">{label}</span> <span class="h-url" title="{url}">{url}</span>{extra}</h1>',
               label=label, url=url, extra=extra)


def source(data: dict[str, Any]) -> tuple[str, Safe]:
    rows = [
        [link(c["page"], when(c["captured_at"])), _status(c["status"]),
         join([c["record_type"], " (truncated)" if c["truncated"] else ""]), c["mime"] or "",
         _flag(c["recovered"]["label"], True, bad=True) if c.get("recovered") else c["reason"] or "",
         c["cited_by"] or "", link(c["memento"], "replay") if c["memento"] else ""]
        for c in data["captures"]
    ]
    body = fmt(
        '{h1}<p>{state} {original} · {timegate} · {timemap} · {json}</p><h2>{n} captures</h2>{table}{events}',
        h1=_heading("Source", data["url"]), state=_state(data.get("status")), events=_events(data["events"]),
        original=link(data["url"], "original (live web)"), timegate=link(data["timegate"], "TimeGate"),
        timemap=link(data["timemap"], "TimeMap"), json=link(data["timemap_json"], "TimeMap JSON"),
        n=len(data["captures"]), table=_table(["captured", "status", "record", "type", "why", "cited by", ""], rows),
    )
    return data["url"], body


def _citation(item: dict[str, Any]) -> Safe:
    article = item["article"]
    return fmt('<div class="citation">{article} <span class="muted">({how}, rule {rule})</span>{quote}</div>',
               article=link(article["page"], article["title"] or article["source"]), how=item["how"],
               rule=item["rule"], quote=_quote(item))


def _robust(item: dict[str, str] | None) -> Safe:
    if not item:
        return Safe("")
    return fmt(
        '<h2>Robust Link</h2><p id="robust-link">{live}</p>'
        '<textarea class="snippet" readonly aria-label="Robust Link HTML">{snippet}</textarea>',
        live=Safe(item["html"]), snippet=item["html"],
    )


def post_block(post: dict[str, Any]) -> Safe:
    media = []
    for item in post.get("media") or []:
        shown = item.get("archived")
        preview = (fmt('<img src="{src}" alt="{alt}">', src=href(shown), alt=item["type"])
                   if shown and item["type"] == "photo" else Safe(""))
        archived = link(shown, "archived copy") if shown else Safe('<span class="muted">not archived</span>')
        media.append(fmt("<li>{kind} {link} {preview}</li>", kind=item["type"], link=archived, preview=preview))
    facts = _facts([
        ("date", when(post.get("date"))), ("views", post.get("views")), ("author", post.get("author")),
        ("forwarded from", (post.get("forwarded_from") or {}).get("name")),
        ("observed", when(post.get("captured_at"))),
    ])
    flags = join([_flag("edited", post.get("edited")), _flag("deleted", post.get("deleted"), True),
                  _flag("unsupported", post.get("unsupported"), True),
                  _state(post["status"]) if post.get("status") not in (None, "first", "unchanged") else ""], " ")
    return fmt(
        '<article class="panel tg-post" data-post="{id}"><div>{title} {flags}</div>{facts}'
        '<div class="post">{text}</div><ul class="media">{media}</ul>'
        '<p class="muted">{original} · {capture}</p></article>',
        id=post.get("id"), title=link(post.get("page"), post.get("url")), flags=flags, facts=facts,
        text=post.get("text") or "", media=join(media), original=link(post.get("url"), "on t.me"),
        capture=link(post.get("page_capture"), "captured page") if post.get("page_capture") else "",
    )


def capture(data: dict[str, Any]) -> tuple[str, Safe]:
    c = data["capture"]
    memento = data["memento"] or {}
    prov = c.get("provenance") or {}
    activity = prov.get("prov:wasGeneratedBy") or {}
    block_digest = next((v for k, v in data["warc_headers"] if k.lower() == "warc-block-digest"), None)
    facts = _facts([
        ("URL", c["url"]), ("captured", when(c["captured_at"])), ("memento datetime", memento.get("datetime")),
        ("fetch", f"{when(c['started_at'])} → {when(c['ended_at'])}"), ("status", _status(c["status"])),
        ("type", c["mime"]), ("server IP", c["ip"]), ("record", c["record_type"]),
        ("refers to", link(data["refers_to"], c["refers_to_record_id"]) if data["refers_to"] else None),
        ("payload sha256", c["payload_sha256"]), ("block digest", block_digest),
        ("payload bytes", c["payload_length"]), ("truncated", c["truncated"]),
        ("WARC", f"{c['warc_file']} @ {c['offset']} (+{c['length']})"), ("record id", c["record_id"]),
        ("why", (activity.get("reason") or {}).get("kind") or c["reason"]),
        ("command", (activity.get("reason") or {}).get("command")), ("asked for", c["fetch_url"]),
        ("trusted timestamp", (data.get("timestamp") or {}).get("label")),
        ("capture mode", " — ".join(filter(None, [(activity.get("reason") or {}).get("capture_mode"),
                                                   (activity.get("reason") or {}).get("capture_mode_why")])) or None),
    ])
    copy = data.get("recovered")
    notice = fmt('<p class="notice" id="recovered"><span class="flag bad">{label}</span> This is that archive\'s copy '
                 'of {original} (memento {memento}), not our capture of the original.</p>',
                 label=copy["label"], original=copy["original_url"], memento=copy["memento_url"]) if copy else Safe("")
    citations = (join(_citation(item) for item in data["citations"])
                 or Safe('<p class="muted">No article cites this capture.</p>'))
    frame = (fmt('<iframe sandbox src="{src}" title="archived content" referrerpolicy="no-referrer"></iframe>'
                 '<p class="muted">{wrapper} · {raw} · {source} · {timemap}</p>',
                 src=href(memento["raw_uri"]), wrapper=link(memento["uri"], "full page"),
                 raw=link(memento["raw_uri"], "raw memento"), source=link(data["source"], "all captures"),
                 timemap=link(memento["timemap"], "TimeMap")) if memento else Safe(""))
    posts = join(post_block(p) for p in data["telegram_posts"])
    shot = c.get("screenshot")
    screenshot = (fmt('<figure class="screenshot panel" id="screenshot"><img src="{src}" alt="screenshot of {url}">'
                      '<figcaption class="muted">Screenshot taken by the browser capture · {full}</figcaption>'
                      '</figure>', src=href(shot["image"]), url=c["url"], full=link(shot["image"], "full size"))
                  if shot else Safe(""))
    body = fmt(
        '<h1>Capture of {url}</h1>{notice}<div class="split">'
        '<section class="content">{screenshot}{frame}{posts}</section>'
        '<section class="provenance" id="provenance"><div class="panel">{facts}</div>'
        '<h2>Cited by</h2><div class="panel" id="citations">{citations}</div><div class="panel">{robust}</div>'
        '<h2>Provenance record</h2>{prov}<h2>HTTP response headers</h2><p>{status_line}</p>{http}'
        '<h2>WARC record headers</h2>{warc}</section></div>',
        url=c["url"], notice=notice, screenshot=screenshot, frame=frame, posts=posts, facts=facts,
        citations=citations,
        robust=_robust(data["robust_link"]),
        prov=_json(prov), status_line=data["http_status_line"] or "",
        http=_table(["name", "value"], data["http_headers"]),
        warc=_table(["name", "value"], data["warc_headers"]),
    )
    return f"Capture of {c['url']}", body


def _fate(fate: dict[str, Any] | None) -> Safe:
    """What became of the source since it was cited, as a flag with the date it was seen."""
    if not fate:
        return Safe('<span class="fate muted">not checked since</span>')
    if fate["state"] == "unchanged":
        text = f"{fate['label']} · last checked {when(fate['last_checked'])}"
    elif fate["state"] == "missing":
        text = f"{fate['label']} · checked {when(fate['last_checked'])}"
    else:
        text = f"{fate['label']} · seen {when(fate['since'])}"
    return fmt('<span class="fate flag{bad}" data-state="{state}" title="{detail}">{text}</span>',
               bad=" bad" if fate["bad"] else " good", state=fate["state"], detail=fate.get("detail") or "",
               text=text)


def _capture_line(cap: dict[str, Any]) -> Safe:
    if not cap["ok"]:
        return fmt('<li class="failed">Failed {when}: {error}</li>', when=link(cap["page"], when(cap["started_at"])),
                   error=cap["error"] or f"HTTP {_status(cap['status'])}")
    if cap.get("recovered"):  # a web archive's copy of a source already gone when we came
        return fmt('<li>{flag} {when}</li>', flag=_flag(cap["recovered"]["label"], True, bad=True),
                   when=link(cap["page"], when(cap["started_at"])))
    verb = "Reused a capture from" if cap["how"] == "linked" else "Captured"
    return fmt("<li>{verb} {when} · HTTP {status}</li>", verb=verb, when=link(cap["page"], when(cap["started_at"])),
               status=_status(cap["status"]))


def _help(found: dict[str, Any] | None) -> Safe:
    if not found:
        return Safe("")
    return fmt('<div class="help"><p>{text}</p>{commands}</div>', text=found["text"],
               commands=join(fmt('<code class="cmd">{c}</code>', c=c) for c in found["commands"]))


def _citation_card(item: dict[str, Any]) -> Safe:
    target = item["target_url"] or item["url"]
    if target:
        name = link(item["source"] or item["telegram"] or target, target, "url")
    else:
        name = fmt("<strong>{n}</strong>", n=item["name"] or (f"channel of {item['owner']}" if item["owner"] else "?"))
    more = []
    if item["telegram"]:
        more.append(link(item["telegram"], "channel page"))
    if item["source"]:
        more.append(link(item["source"], "all captures and history"))
    captures = join(_capture_line(cap) for cap in item["captures"])
    return fmt(
        '<li class="card{bad}" data-kind="{kind}" data-status="{status}"><div class="card-head">'
        '<span class="kind">{kind_label}</span> {name} {fate}</div>{quote}'
        '<div class="card-foot">{status_label}{help}<ul class="captures">{captures}</ul>'
        '<span class="more">{more}</span></div></li>',
        bad=" flagged" if item["fate"] and item["fate"]["bad"] else "", kind=item["citation_kind"],
        status=item["status"], kind_label=item["kind_label"], name=name,
        fate=_fate(item["fate"]) if target else "", quote=_quote(item),
        status_label=(fmt('<span class="status">{s}</span>', s=item["status_label"])
                      if item["status"] != "captured" else ""),
        help=_help(item["help"]), captures=captures,
        more=join(more, " · "),
    )


def article(data: dict[str, Any]) -> tuple[str, Safe]:
    a = data["article"]
    n = len(data["citations"])
    flagged = data.get("flagged") or 0
    summary = (fmt('<p class="summary bad" id="flagged">{k} of {n} cited sources have since been deleted, changed or '
                   "become unavailable.</p>", k=flagged, n=n) if flagged else Safe(""))
    body = fmt('<h1 class="title">{title}</h1>{facts}<h2>What it cites ({n}), and what became of it</h2>{summary}'
               '<ol class="cards" id="article-citations">{cards}</ol>',
               title=a["title"] or a["source"],
               facts=_facts([("source", a["source"]), ("URL", link(a["url"], a["url"], "url") if a["url"] else None),
                             ("sha256", a["sha256"]), ("first seen", when(a["first_seen_at"])),
                             ("ingested", when(a["ingested_at"]))]),
               n=n, summary=summary, cards=join(_citation_card(item) for item in data["citations"]))
    return a["title"] or a["source"], body


def _cited_by(rows: list[dict[str, Any]]) -> Safe:
    if not rows:
        return Safe("")
    return fmt("<h2>Cited by</h2>{items}", items=join(
        fmt('<div class="citation">{title}{quote}</div>', title=link(row["page"], row["title"] or row["source"]),
            quote=_quote(row))
        for row in rows))


def telegram_channel(data: dict[str, Any]) -> tuple[str, Safe]:
    channel = data["channel"] or {}
    body = fmt('<h1>{title} <span class="muted">@{handle}</span> {state}</h1>{facts}{cited}<h2>{n} posts</h2>{posts}',
               title=channel.get("title") or "", handle=data["handle"], state=_state(data.get("status")),
               facts=_facts([("kind", channel.get("kind")), ("description", channel.get("description")),
                             ("subscribers", channel.get("subscribers")),
                             ("observed", when(channel.get("observed_at"))),
                             ("on t.me", link(data["url"], data["url"]))]),
               cited=_cited_by(data["cited_by"]), n=len(data["posts"]),
               posts=join(post_block(p) for p in data["posts"]))
    return f"@{data['handle']}", body


def telegram_post(data: dict[str, Any]) -> tuple[str, Safe]:
    rows = [[when(o["captured_at"]), _status(o.get("views")), join([_flag("edited", o["edited"]),
             _flag("deleted", o["deleted"], True)], " "), o["text"] or "", link(o["page_capture"], "page")]
            for o in data["observations"]]
    body = fmt('{h1}<p>{channel}</p>{post}{cited}<h2>Observations</h2>{table}{events}',
               h1=_heading("Telegram post", data["post"]["url"], join([" ", _state(data.get("status"))])),
               events=_events(data["events"]),
               channel=link(data["channel_page"], f"@{data['handle']}"),
               post=post_block(data["post"]), cited=_cited_by(data["cited_by"]),
               table=_table(["observed", "views", "", "text", ""], rows))
    return data["post"]["url"], body


def memento(data: dict[str, Any]) -> tuple[str, Safe]:
    body = fmt(
        '<div class="banner" id="banner"><strong>Archived copy</strong><span>{url}</span><span>captured {when}</span>'
        '<span>HTTP {status} {mime}</span>{capture}{prev}{next}{source}</div>'
        '<div class="frame"><iframe sandbox src="{src}" title="archived content" referrerpolicy="no-referrer">'
        '</iframe></div>',
        url=data["url"], when=data["datetime"], status=_status(data["status"]), mime=data["mime"] or "",
        capture=link(data["capture"], "provenance"),
        prev=link(data["previous"], "← earlier") if data["previous"] else "",
        next=link(data["next"], "later →") if data["next"] else "",
        source=link(data["source"], f"all {data['count']} captures"), src=href(data["raw_uri"]),
    )
    return f"{data['url']} at {data['datetime']}", body


def error(status: int, message: str) -> tuple[str, Safe]:
    return f"Error {status}", fmt('<h1>Error {status}</h1><p id="error">{message}</p><p class="muted">Search the '
                                  'archive above, or start from <a href="/">its home page</a>.</p>',
                                  status=status, message=message)


PAGES: dict[str, Callable[[dict[str, Any]], tuple[str, Safe]]] = {
    "home": home, "search": search, "source": source, "capture": capture, "article": article,
    "telegram_channel": telegram_channel, "telegram_post": telegram_post, "memento": memento,
}


def render(data: dict[str, Any], query: str = "") -> str:
    title, body = PAGES[data["kind"]](data)
    return layout(title, body, query=query)


def render_error(status: int, message: str) -> str:
    title, body = error(status, message)
    return layout(title, body)

