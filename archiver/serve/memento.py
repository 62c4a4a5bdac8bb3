"""Memento (RFC 7089): the mementos of a URL, TimeGate, TimeMaps, and the Link headers they share.

    URI-R  the original URL (as asked for)
    URI-G  /timegate/<URI-R>          302 to the memento closest to Accept-Datetime (absent: the latest)
    URI-T  /timemap/link/<URI-R>      application/link-format; /timemap/json/<URI-R> the same as JSON
    URI-M  /web/<ts>/<URL>            wrapper page; /web/<ts>id_/<URL> the stored response itself

URLs match by SURT, as lookup does. A URI-M's timestamp is 14 digits (second precision); when two
captures of one URL fall in the same second, both get 20 digits (microseconds) so each stays addressable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from archiver.archive import Archive
from archiver.index.keys import url_key
from archiver.serve.web import HttpError, Request, Response, json_response, redirect

LINK_FORMAT = "application/link-format"
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_RFC1123 = re.compile(
    rf"^(?:{'|'.join(_DAYS)}), (\d{{2}}) ({'|'.join(_MONTHS)}) (\d{{4}}) (\d{{2}}):(\d{{2}}):(\d{{2}}) GMT$"
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


# -- dates ----------------------------------------------------------------------------------------
def http_date(moment: datetime) -> str:
    """RFC 1123 date in GMT, locale-independent."""
    moment = moment.astimezone(UTC)
    return (f"{_DAYS[moment.weekday()]}, {moment.day:02d} {_MONTHS[moment.month - 1]} {moment.year:04d} "
            f"{moment:%H:%M:%S} GMT")


def parse_http_date(value: str) -> datetime:
    """Parse an RFC 1123 date (``Thu, 01 Jan 2026 00:00:00 GMT``); HttpError 400 otherwise."""
    found = _RFC1123.match(value.strip())
    if not found:
        raise HttpError(
            400, f"cannot read Accept-Datetime {value!r}: use RFC 1123, e.g. 'Thu, 01 Jan 2026 00:00:00 GMT'"
        )
    day, month, year, hour, minute, second = found.groups()
    try:
        return datetime(int(year), _MONTHS.index(month) + 1, int(day), int(hour), int(minute), int(second),
                        tzinfo=UTC)
    except ValueError as exc:
        raise HttpError(400, f"Accept-Datetime {value!r} is not a real date: {exc}") from exc


def parse_timestamp(ts: str) -> datetime:
    """A URI-M timestamp: 4 to 14 digits (missing parts take their earliest value), up to 6 more for µs."""
    if not re.fullmatch(r"\d{4,20}", ts):
        raise HttpError(400, f"timestamp {ts!r} is not 4 to 20 digits (YYYYMMDDhhmmss[ffffff])")
    whole = ts[:14] + "00000101000000"[len(ts[:14]):]
    try:
        moment = datetime.strptime(whole, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        return moment.replace(microsecond=int(ts[14:].ljust(6, "0")) if len(ts) > 14 else 0)
    except ValueError as exc:
        raise HttpError(400, f"timestamp {ts!r} is not a real date: {exc}") from exc


def moment_of(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(UTC)


# -- mementos -------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)  # compared by identity: one object per capture row
class Memento:
    row: dict[str, Any]  # a captures row joined with its fetch (Index.captures_by_surt)
    moment: datetime
    ts: str

    @property
    def url(self) -> str:
        return str(self.row["url"])


def target_url(raw: str, query_string: str = "") -> str:
    """The URL embedded in a path (still percent-encoded as sent), with the request's query appended."""
    url = raw + ("?" + query_string if query_string else "")
    url = re.sub(r"^(https?):/+", r"\1://", url, flags=re.IGNORECASE)
    if not _SCHEME.match(url) and not url.lower().startswith("urn:"):
        url = "http://" + url
    return url


def mementos(archive: Archive, url: str) -> list[Memento]:
    """Every capture of url (SURT match), oldest first."""
    rows = archive.index.captures_by_surt(url_key(url))
    moments = [(moment_of(row["captured_at"]), row) for row in rows]
    moments.sort(key=lambda pair: (pair[0], pair[1]["id"]))
    seconds: dict[str, int] = {}
    for moment, _ in moments:
        key = f"{moment:%Y%m%d%H%M%S}"
        seconds[key] = seconds.get(key, 0) + 1
    out = []
    for moment, row in moments:
        ts = f"{moment:%Y%m%d%H%M%S}"
        out.append(Memento(row, moment, ts if seconds[ts] == 1 else f"{moment:%Y%m%d%H%M%S%f}"))
    return out


def closest(found: list[Memento], moment: datetime | None) -> Memento:
    """The memento closest to moment (the latest when None); ties go to the later one."""
    if moment is None:
        return found[-1]
    return min(reversed(found), key=lambda m: abs((m.moment - moment).total_seconds()))


def find_mementos(archive: Archive, url: str) -> list[Memento]:
    found = mementos(archive, url)
    if not found:
        raise HttpError(404, f"no memento of {url} in this archive")
    return found


# -- URIs and Link headers ------------------------------------------------------------------------
def link_target(url: str) -> str:
    """A URI safe inside <...> of a Link header or link-format document."""
    return quote(url, safe="/:@!$&'()*+,;=?#[]%~-._")


def uri_m(base: str, memento: Memento, raw: bool = False) -> str:
    return f"{base}/web/{memento.ts}{'id_' if raw else ''}/{link_target(memento.url)}"


def uri_g(base: str, url: str) -> str:
    return f"{base}/timegate/{link_target(url)}"


def uri_t(base: str, url: str, kind: str = "link") -> str:
    return f"{base}/timemap/{kind}/{link_target(url)}"


def _memento_link(base: str, memento: Memento, rel: str) -> str:
    return f'<{uri_m(base, memento)}>; rel="{rel}"; datetime="{http_date(memento.moment)}"'


def _position_rel(found: list[Memento], memento: Memento) -> str:
    words = ["first"] if memento is found[0] else []
    words += ["last"] if memento is found[-1] else []
    return " ".join(words + ["memento"])


def memento_headers(base: str, url: str, found: list[Memento], memento: Memento) -> list[tuple[str, str]]:
    """Memento-Datetime and Link (original, timegate, timemap, this memento, first/last) for a URI-M."""
    links = [
        f'<{link_target(url)}>; rel="original"',
        f'<{uri_g(base, url)}>; rel="timegate"',
        f'<{uri_t(base, url)}>; rel="timemap"; type="{LINK_FORMAT}"',
        _memento_link(base, memento, _position_rel(found, memento)),
    ]
    links += [_memento_link(base, m, _position_rel(found, m)) for m in dict.fromkeys((found[0], found[-1]))
              if m is not memento]
    return [("Memento-Datetime", http_date(memento.moment)), ("Link", ", ".join(links))]


# -- handlers -------------------------------------------------------------------------------------
def timegate(archive: Archive, request: Request, url: str) -> Response:
    asked = request.header("Accept-Datetime")
    moment = parse_http_date(asked) if asked is not None else None
    found = find_mementos(archive, url)
    chosen = closest(found, moment)
    base = request.base_url
    links = [
        f'<{link_target(url)}>; rel="original"',
        f'<{uri_t(base, url)}>; rel="timemap"; type="{LINK_FORMAT}"',
    ]
    links += [_memento_link(base, m, _position_rel(found, m)) for m in dict.fromkeys((found[0], found[-1], chosen))]
    response = redirect(uri_m(base, chosen), 302)
    response.headers += [("Vary", "accept-datetime"), ("Link", ", ".join(links))]
    return response


def timemap_link(archive: Archive, request: Request, url: str) -> Response:
    found = find_mementos(archive, url)
    base = request.base_url
    lines = [
        (f'<{uri_t(base, url)}>; rel="self"; type="{LINK_FORMAT}"; '
         f'from="{http_date(found[0].moment)}"; until="{http_date(found[-1].moment)}"'),
        f'<{uri_g(base, url)}>; rel="timegate"',
        f'<{link_target(url)}>; rel="original"',
    ]
    lines += [_memento_link(base, m, _position_rel(found, m)) for m in found]
    body = (",\n".join(lines) + "\n").encode("utf-8")
    return Response(200, [("Content-Type", LINK_FORMAT)], body)


def timemap_json(archive: Archive, request: Request, url: str) -> Response:
    """The Time Travel JSON TimeMap shape, each memento with what the capture row says about it."""
    found = find_mementos(archive, url)
    base = request.base_url

    def entry(m: Memento) -> dict[str, Any]:
        return {
            "datetime": m.moment.strftime("%Y-%m-%dT%H:%M:%SZ"), "uri": uri_m(base, m), "raw_uri": uri_m(base, m, True),
            "url": m.url, "status": m.row["status"], "mime": m.row["mime"], "record_type": m.row["record_type"],
            "record_id": m.row["record_id"], "capture": f"{base}/capture/{record_key(m.row['record_id'])}",
        }

    listed = [entry(m) for m in found]
    return json_response({
        "original_uri": url,
        "timegate_uri": uri_g(base, url),
        "timemap_uri": {"link_format": uri_t(base, url), "json_format": uri_t(base, url, "json")},
        "mementos": {"first": listed[0], "last": listed[-1], "list": listed},
    })


def record_key(record_id: str) -> str:
    """The id part of a WARC-Record-ID (``<urn:uuid:X>`` -> ``X``), as used in /capture/ URLs."""
    return record_id.strip("<>").removeprefix("urn:uuid:")
