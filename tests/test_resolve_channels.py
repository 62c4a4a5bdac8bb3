"""Issue 14: Telegram channels named in prose resolve to handles with evidence, and no alias typed.

Against a local t.me (tests/tme_mirror.py) that serves the real saved landing page of t.me/durov
(tests/data/telegram/sherlock-telegram__tme_channel.html, titled "Pavel Durov") and of a person's account
(..._tme_user.html, t.me/nikolai), "Contact" pages for every unknown name, and feeds with forwarded posts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.tme_mirror import TmeMirror

ARTICLE = (
    "Pavel Durov wrote in his Telegram channel that the service would stay free.\n"
    'The Telegram channel "Zvezda" reported the launch.\n'
    'Military expert Mikhail Zvintseuk, author of the Telegram channel "Fisherman", agreed.\n'
    'The Telegram channel "Mash" published a video.\n'
    "Nikolai Kuznetsov wrote in his Telegram channel that he disagreed.\n"
)
DAY = "2026-01-0{}T10:00:00+00:00"


@pytest.fixture
def mirror() -> Iterator[TmeMirror]:
    with TmeMirror() as server:
        server.add_channel("durov", "Pavel Durov", posts=[(i, DAY.format(i), f"durov post {i}") for i in (1, 2)])
        server.serve_page("/durov", (DATA / "telegram" / "sherlock-telegram__tme_channel.html").read_bytes())
        server.serve_page("/nikolai", (DATA / "telegram" / "sherlock-telegram__tme_user.html").read_bytes())
        server.add_channel("zvezdanews", "Звезда", posts=[(3, DAY.format(3), "звезда")])
        server.add_channel("rybar", "Рыбарь", posts=[(4, DAY.format(4), "рыбарь")])
        server.add_channel("mashnews", "Mash", posts=[(5, DAY.format(5), "mash")])  # "Mash": too short to trust
        server.add_channel("milinfolive", "Военный осведомитель", posts=[(6, DAY.format(6), "осведомитель")])
        server.add_channel("digest_chan", "Digest", posts=[
            (7, DAY.format(7), "reposted", {"forwarded": ("Военный осведомитель", "https://t.me/milinfolive/6")}),
        ])
        server.add_channel("warchronicle", "Военные хроники", posts=[(8, DAY.format(8), "хроники")])
        yield server


def landing_requests(mirror: TmeMirror) -> list[str]:
    return [path for path in mirror.requests if not path.startswith(("/s/", "/media/"))]


def test_an_article_naming_channels_in_prose_is_ingested_with_them_resolved_and_captured(
    tg, mirror: TmeMirror, tmp_path: Path
) -> None:
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = tg("ingest", str(article))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "3 Telegram channel names await review: archiver resolve --pending" in result.stdout
    # Durov's landing page (the real one) verified "Pavel Durov"; "Zvezda" matched the title Звезда
    assert "/durov" in mirror.requests and "/s/durov" in mirror.requests and "/s/zvezdanews" in mirror.requests
    rows = {row["name"] or row["owner"]: row for row in tg("lookup", "--json", str(article)).json_lines()}
    durov = rows["Pavel Durov"]
    assert durov["status"] == "captured" and durov["target_url"] == "https://t.me/s/durov"
    how = durov["resolution"]
    assert how["method"] == "candidate" and how["matched"] == "owner" and how["score"] == 1.0
    assert how["title"] == "Pavel Durov" and how["landing_page"] == "https://t.me/durov" and how["kind"] == "channel"
    # the landing page is in the WARC as evidence, where the resolution says
    [landing] = tg("lookup", "--json", mirror.base_url + "/durov").json_lines()
    assert (landing["record_id"], landing["warc_file"]) == (how["record_id"], how["warc_file"])
    assert landing["provenance"]["prov:wasGeneratedBy"]["reason"]["candidate_handle"] == "durov"
    zvezda = rows["Zvezda"]["resolution"]
    assert zvezda["method"] == "candidate" and zvezda["handle"] == "zvezdanews" and zvezda["title"] == "Звезда"
    # the provenance of the channel's capture says how the name was resolved
    [feed] = [c for c in tg("lookup", "--json", mirror.base_url + "/s/durov").json_lines()]
    [cited] = feed["provenance"]["citations"]
    assert cited["resolution"]["method"] == "candidate" and cited["resolution"]["fetch_id"] == how["fetch_id"]

    # nothing else was accepted: a translation, a short name, a person with no channel
    for name in ("Fisherman", "Mash", "Nikolai Kuznetsov"):
        assert rows[name]["status"] == "unresolved" and rows[name]["target_url"] is None, name
    assert not any(path.startswith(("/s/rybar", "/s/mashnews", "/s/nikolai")) for path in mirror.requests)

    # review: the landing pages are fresh, so listing the candidates asks t.me nothing
    before = list(mirror.requests)
    review = tg("resolve", "--pending", "--json")
    assert review.exit_code == 0 and mirror.requests == before
    by_name: dict[str, list[dict[str, object]]] = {}
    for row in review.json_lines():
        assert set(row) == {"name", "handle", "title", "score", "verified", "how", "evidence"}
        by_name.setdefault(str(row["name"]), []).append(row)
    assert set(by_name) == {"Fisherman", "Mash", "Nikolai Kuznetsov"}
    assert by_name["Mash"][0]["handle"] == "mashnews" and by_name["Mash"][0]["verified"] is True  # yet not accepted
    assert not any(row["verified"] for row in by_name["Fisherman"])  # every guess is a "Contact" page
    nikolai = next(row for row in by_name["Nikolai Kuznetsov"] if row["handle"] == "nikolai")
    assert nikolai["evidence"]["kind"] == "user" and nikolai["verified"] is False  # a person's account

    # a translation is accepted by a person, with the landing page as evidence; the next ingest captures it
    accepted = tg("resolve", "--accept", "Fisherman", "t.me/rybar", "--json")
    assert accepted.exit_code == 0, accepted.stderr
    [row] = accepted.json_lines()
    assert row["handle"] == "rybar" and row["title"] == "Рыбарь" and row["how"] == "alias"
    [alias] = [a for a in tg("aliases", "list", "--json").json_lines() if a["handle"] == "rybar"]
    assert "Рыбарь" in alias["note"] and "landing page captured" in alias["note"]
    again = tg("ingest", "--json")
    assert [s["captured"] for s in again.json_lines()] == [1] and "/s/rybar" in mirror.requests
    assert "2 Telegram channel names await review" in again.stderr


def test_names_seen_in_the_archive_resolve_from_the_directory_without_a_request(
    tg, mirror: TmeMirror, tmp_path: Path
) -> None:
    # captured earlier: a channel titled Военные хроники, and a feed with a post forwarded from Военный осведомитель
    assert tg("telegram", "capture", "warchronicle", "--no-media").exit_code == 0
    assert tg("telegram", "capture", "digest_chan", "--no-media").exit_code == 0
    before = list(mirror.requests)

    looked = tg("resolve", "Voennye khroniki", "Военный осведомитель", "--json")
    assert looked.exit_code == 0 and mirror.requests == before  # no request at all
    best = {row["name"]: row for row in reversed(looked.json_lines())}
    assert best["Voennye khroniki"]["handle"] == "warchronicle" and best["Voennye khroniki"]["how"] == "directory"
    assert best["Voennye khroniki"]["evidence"]["source"] == "channel_title"
    forwarded = best["Военный осведомитель"]
    assert forwarded["handle"] == "milinfolive" and forwarded["evidence"]["source"] == "post_forwarded"
    assert forwarded["evidence"]["seen_in"] == "https://t.me/milinfolive/6" and forwarded["evidence"]["fetch_id"]

    article = tmp_path / "repost.txt"
    article.write_text("The Telegram channel «Военный осведомитель» reposted it.\n", encoding="utf-8")
    [listed] = tg("citations", "--json", str(article)).json_lines()  # listing citations uses the directory too
    assert listed["handle"] == "milinfolive" and listed["resolution"]["method"] == "directory"
    assert mirror.requests == before
    [summary] = tg("ingest", "--json", str(article)).json_lines()
    assert summary["captured"] == 1 and summary["unresolved"] == 0
    assert mirror.requests[len(before):] == ["/s/milinfolive"]  # the capture itself; no landing page, no guess
    [row] = tg("lookup", "--json", str(article)).json_lines()
    assert row["resolution"]["method"] == "directory" and row["resolution"]["source"] == "post_forwarded"


def test_a_name_an_article_wrote_beside_a_handle_resolves_the_next_article(tg, mirror: TmeMirror,
                                                                         tmp_path: Path) -> None:
    # @dva_majors is not on the mirror: only the first article ties the name to the handle
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("The Telegram channel «Два майора» (@dva_majors) wrote first.\n", encoding="utf-8")
    second.write_text("The Telegram channel «Два майора» confirmed.\n", encoding="utf-8")
    tg("ingest", str(first))
    before = len(mirror.requests)
    [summary] = tg("ingest", "--json", str(second)).json_lines()
    assert summary["unresolved"] == 0 and summary["sources"][0]["target"] == "https://t.me/s/dva_majors"
    assert set(mirror.requests[before:]) <= {"/s/dva_majors"}  # at most the feed again: no guess, no landing page
    [row] = tg("lookup", "--json", str(second)).json_lines()
    how = row["resolution"]
    assert how["method"] == "directory" and how["source"] == "article_name" and how["seen_in"] == str(first)


def test_a_name_two_channels_share_waits_for_review(tg, mirror: TmeMirror, tmp_path: Path) -> None:
    mirror.add_channel("frontline_daily", "Frontline Report", posts=[(1, DAY.format(1), "a")])
    mirror.add_channel("frontline_report", "Frontline Report", posts=[(1, DAY.format(1), "b")])
    for handle in ("frontline_daily", "frontline_report"):
        assert tg("telegram", "capture", handle, "--no-media").exit_code == 0
    article = tmp_path / "two.txt"
    article.write_text('The Telegram channel "Frontline Report" wrote.\n', encoding="utf-8")
    [summary] = tg("ingest", "--json", str(article)).json_lines()
    assert summary["unresolved"] == 1 and summary["captured"] == 0
    [row] = tg("lookup", "--json", str(article)).json_lines()
    candidates = {c["handle"] for c in row["resolution"]["candidates"] if c["verified"]}
    assert candidates == {"frontline_daily", "frontline_report"}


def test_a_contact_page_never_verifies_and_accepting_it_is_refused(tg, mirror: TmeMirror) -> None:
    refused = tg("resolve", "--accept", "Some Channel", "no_such_channel")
    assert refused.exit_code == 2 and "Contact" in refused.stderr
    assert tg("aliases", "list", "--json").json_lines() == []
    mirror.soft_ban()  # every page is a "Contact" page: nothing may verify
    rows = tg("resolve", "Pavel Durov", "--json").json_lines()
    assert rows and not any(row["verified"] for row in rows)
    assert all(row["evidence"]["kind"] == "not_found" for row in rows)


def test_resolve_probes_zero_never_asks_telegram(tg, mirror: TmeMirror, tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = tg("--set", "resolve_probes=0", "ingest", "--json", str(article))
    [summary] = result.json_lines()
    assert summary["unresolved"] == 5 and mirror.requests == []


def test_when_telegram_cannot_be_reached_probing_stops_for_the_run(archive_dir: Path) -> None:
    from archiver.archive import Archive
    from archiver.citations.model import Citation
    from archiver.errors import FetchError
    from archiver.flow.resolving import NameResolver
    from archiver.settings import load_settings

    asked: list[str] = []

    def unreachable(archive, handle, reason):  # type: ignore[no-untyped-def]
        asked.append(handle)
        raise FetchError("cannot connect to t.me")

    def cited(name: str) -> Citation:
        return Citation("telegram", name, None, None, None, name, 0, len(name), name, "test")

    with Archive(load_settings({"archive": archive_dir}, environ={})) as archive:
        resolver = NameResolver(archive, "test", prober=unreachable)
        results = [resolver.resolve(cited(name)) for name in ("Pavel Durov", "Звезда", "Military Chronicles")]
    assert asked == ["paveldurov"]  # one failure, then no more guesses this run
    assert all(r.status == "unresolved" and r.how["candidates"] == [] for r in results)
    assert resolver.offline == "cannot connect to t.me"
