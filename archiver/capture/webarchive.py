"""Find a copy of an already-gone source in public web archives, through their documented APIs.

The setting ``web_archives`` lists them, comma-separated ``kind=base_url`` (empty: never asked):

    wayback        CDX API  BASE/cdx/search/cdx?url=U&output=json&to=T&limit=-1 (last capture up to T;
                   then &from=T&limit=1), else the availability API BASE/wayback/available?url=U&timestamp=T;
                   the memento's original bytes at BASE/web/<14-digit timestamp>id_/U
    timetravel     Memento aggregator BASE/api/json/<T>/U: closest, prev and next mementos of any archive
    archivetoday   its TimeMap BASE/timemap/U (link format); its pages have no id_ form (stored as served)

The memento chosen is the latest one at or before ``when`` (the citing article's date), else the
earliest after it. Parsers take the API's bytes and return plain data, so they run on saved answers;
the caller passes ``get`` (URL -> status, body), which fetches under the capture's safety rules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import quote, urlencode

from archiver.errors import UsageError
from archiver.settings import WEB_ARCHIVE_KINDS as KINDS

Get = Callable[[str], tuple[int | None, bytes]]
_WAYBACK_STYLE = re.compile(r"^(?P<base>.+/)(?P<ts>\d{14})(?:[a-z]{2}_)?/(?P<url>.+)$")
_LINK = re.compile(r'<(?P<uri>[^>]+)>\s*;(?P<params>[^<]*)')
# A page that answers 200 but says the thing is gone ("soft 404"): its title or first heading says so.
_HEADING = re.compile(rb"<(title|h1)[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_NOT_FOUND = re.compile(r"\b404\b|not found|no longer (?:available|exists)|does not exist|has been (?:removed|deleted)"
                        r"|страница не найдена|не найден|не существует", re.IGNORECASE)


@dataclass(frozen=True)
class WebArchive:
    kind: str
    base: str

    @property
    def name(self) -> str:
        return f"{self.kind} ({self.base})"


@dataclass(frozen=True)
class Memento:
    archive: str  # the WebArchive's name
    original_url: str
    memento_url: str  # the URL fetched: the raw (id_) form where the archive has one
    at: datetime  # the archive's datetime for it, UTC
    raw: bool  # original bytes (id_), or the archive's rewritten page

    def to_dict(self) -> dict[str, object]:
        return {"archive": self.archive, "original_url": self.original_url, "memento_url": self.memento_url,
                "memento_datetime": self.at.strftime("%Y-%m-%dT%H:%M:%SZ"), "original_bytes": self.raw}


def says_not_found(html: bytes) -> bool:
    """Does an HTML page's title or first h1 say that what was asked for is not there?"""
    for match in _HEADING.finditer(html[:256 * 1024]):
        text = re.sub(r"<[^>]+>|\s+", " ", match[2].decode("utf-8", "replace"))
        if _NOT_FOUND.search(text):
            return True
    return False


def parse_web_archives(setting: str) -> list[WebArchive]:
    out = []
    for item in (part.strip() for part in setting.split(",")):
        if not item:
            continue
        kind, sep, base = item.partition("=")
        if not sep or kind.strip() not in KINDS or not base.strip().startswith(("http://", "https://")):
            raise UsageError(f"web_archives: {item!r} is not kind=http(s)://base with kind one of {', '.join(KINDS)}")
        out.append(WebArchive(kind.strip(), base.strip().rstrip("/")))
    return out


def ts14(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def _from14(text: str) -> datetime:
    return datetime.strptime(text[:14].ljust(14, "0"), "%Y%m%d%H%M%S").replace(tzinfo=UTC)


def raw_form(memento_url: str) -> tuple[str, bool]:
    """The id_ (original bytes) form of a Wayback-style memento URL; others as they are."""
    match = _WAYBACK_STYLE.match(memento_url)
    if match and "/web/" in match["base"]:
        return f"{match['base']}{match['ts']}id_/{match['url']}", True
    return memento_url, False


def choose(candidates: list[tuple[datetime, str]], when: datetime) -> tuple[datetime, str] | None:
    """The latest candidate at or before when, else the earliest after it."""
    before = [c for c in candidates if c[0] <= when]
    if before:
        return max(before, key=lambda c: c[0])
    return min(candidates, key=lambda c: c[0]) if candidates else None


def parse_cdx_json(body: bytes) -> list[tuple[str, str, str]]:
    """(timestamp, original, statuscode) rows of a CDX API answer with output=json (header row first)."""
    rows = json.loads(body or b"[]")
    if not rows:
        return []
    header = rows[0]
    at = {name: header.index(name) for name in ("timestamp", "original", "statuscode") if name in header}
    return [(r[at["timestamp"]], r[at["original"]], r[at["statuscode"]] if "statuscode" in at else "-")
            for r in rows[1:]]


def parse_availability(body: bytes) -> tuple[datetime, str] | None:
    closest = json.loads(body).get("archived_snapshots", {}).get("closest") or {}
    if not closest.get("available") or not closest.get("timestamp"):
        return None
    return _from14(closest["timestamp"]), str(closest["url"])


def parse_timetravel(body: bytes) -> list[tuple[datetime, str]]:
    mementos = json.loads(body).get("mementos", {})
    out = []
    for key in ("prev", "closest", "next"):
        entry = mementos.get(key)
        if entry and entry.get("uri"):
            moment = datetime.fromisoformat(entry["datetime"].replace("Z", "+00:00")).astimezone(UTC)
            out.append((moment, str(entry["uri"][0])))
    return out


def parse_link_timemap(body: bytes) -> list[tuple[datetime, str]]:
    """Mementos of an RFC 7089 link-format TimeMap."""
    out = []
    for match in _LINK.finditer(body.decode("utf-8", "replace")):
        params = dict((k.strip().lower(), v.strip().strip('"'))
                      for k, _, v in (p.partition("=") for p in match["params"].split(";")) if k.strip())
        if "memento" in params.get("rel", "").split() and params.get("datetime"):
            out.append((parsedate_to_datetime(params["datetime"]).astimezone(UTC), match["uri"]))
    return out


def _wayback(archive: WebArchive, url: str, when: datetime, get: Get) -> tuple[datetime, str] | None:
    api = f"{archive.base}/cdx/search/cdx?"
    common = {"url": url, "output": "json", "fl": "timestamp,original,statuscode", "filter": "statuscode:200"}
    for extra in ({"to": ts14(when), "limit": "-1"}, {"from": ts14(when), "limit": "1"}):
        status, body = get(api + urlencode({**common, **extra}))
        if status != 200:
            break  # no CDX API there: ask the availability API
        rows = parse_cdx_json(body)
        if rows:
            timestamp, original, _ = rows[-1] if "to" in extra else rows[0]
            return _from14(timestamp), f"{archive.base}/web/{timestamp}/{original}"
    else:
        return None
    status, body = get(f"{archive.base}/wayback/available?" + urlencode({"url": url, "timestamp": ts14(when)}))
    return parse_availability(body) if status == 200 else None


def _lookup(archive: WebArchive, url: str, when: datetime, get: Get) -> tuple[datetime, str] | None:
    if archive.kind == "wayback":
        return _wayback(archive, url, when, get)
    if archive.kind == "timetravel":
        status, body = get(f"{archive.base}/api/json/{ts14(when)}/{quote(url, safe=':/?&=%#')}")
        return choose(parse_timetravel(body), when) if status == 200 else None
    status, body = get(f"{archive.base}/timemap/{quote(url, safe=':/?&=%#')}")
    return choose(parse_link_timemap(body), when) if status == 200 else None


def find_memento(archives: list[WebArchive], url: str, when: datetime, get: Get) -> Memento | None:
    """The first archive (in the setting's order) holding a copy: its memento closest to when."""
    for archive in archives:
        try:
            found = _lookup(archive, url, when, get)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            continue  # an answer not in the documented shape: ask the next archive
        if found:
            memento_url, raw = raw_form(found[1])
            return Memento(archive.name, url, memento_url, found[0], raw)
    return None
