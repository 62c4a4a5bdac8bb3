"""The local t.me mirror (tests/tme_mirror.py), checked by parsing its pages with the real parser."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from archiver.capture.telegram import Media, embed_url, feed_url, landing_url, parse_page
from tests.tme_mirror import TmeMirror, format_count, media_body

HANDLE = "Mirror_Chan"
N_POSTS = 45


def _date(i: int) -> str:
    return f"2026-01-{1 + i // 24:02d}T{i % 24:02d}:{(7 * i) % 60:02d}:00+00:00"


def _text(i: int) -> str:
    return f"Post number {i} <b>&amp; friends</b>\nsecond line"


@pytest.fixture
def mirror() -> Iterator[TmeMirror]:
    with TmeMirror() as m:
        posts = []
        for i in range(1, N_POSTS + 1):
            options: dict[str, object] = {"views": 1200 + i}
            if i % 10 == 0:
                options["photo"] = True
            if i == 7:
                options.update(video=True, duration="1:05")
            if i == 9:
                options.update(edited=True, author="Jane Doe")
            posts.append((i, _date(i), _text(i), options))
        m.add_channel(HANDLE, "Mirror & Chan", posts=posts, description="About\nthe channel", subscribers=11_286_994)
        m.add_channel("hidden_chan", "Hidden", posts=[(1, _date(1), "secret")], preview=False)
        yield m


def get(url: str, **kwargs: object) -> requests.Response:
    return requests.get(url, timeout=5, **kwargs)  # type: ignore[arg-type]


def test_feed_round_trip_and_pagination_walk_to_the_first_post(mirror: TmeMirror) -> None:
    seen = []
    url = feed_url(mirror.base_url, HANDLE)
    pages = 0
    while True:
        response = get(url)
        assert response.status_code == 200
        page = parse_page(response.content, url)
        assert page.kind == "feed"
        assert page.warnings == ()
        ids = [p.id for p in page.posts]
        assert ids == sorted(ids) and len(ids) <= 20  # oldest first, at most 20
        seen = ids + seen
        pages += 1
        if page.before is None:
            break
        assert page.before == ids[0]
        url = feed_url(mirror.base_url, HANDLE, page.before)
    assert seen == list(range(1, N_POSTS + 1))
    assert pages == 3
    assert mirror.requests == [f"/s/{HANDLE}", f"/s/{HANDLE}?before=26", f"/s/{HANDLE}?before=6"]


def test_feed_posts_carry_the_configured_content(mirror: TmeMirror) -> None:
    url = feed_url(mirror.base_url, HANDLE)
    page = parse_page(get(url).content, url)
    assert [p.id for p in page.posts] == list(range(26, 46))
    assert page.before == 26 and page.after is None
    assert page.markup_version is not None and "widget-frame.css?73" in page.markup_version
    ch = page.channel
    assert ch is not None
    assert (ch.kind, ch.username, ch.title, ch.has_preview) == ("channel", HANDLE, "Mirror & Chan", True)
    assert ch.description == "About\nthe channel"
    assert ch.subscribers == 11_280_000  # the feed header abbreviates: "11.28M"
    for post in page.posts:
        assert post.channel == HANDLE
        assert post.url == f"https://t.me/{HANDLE}/{post.id}"
        assert post.date == _date(post.id)
        assert post.text == _text(post.id)
        assert post.channel_id == -mirror.channel_id(HANDLE)
        assert post.views == 1000 + (200 + post.id) // 100 * 100  # "1.2K", "1.3K": t.me rounds down
        assert post.edited is False and post.deleted is False
    photo_post = next(p for p in page.posts if p.id == 30)
    assert photo_post.media == (Media("photo", f"{mirror.base_url}/media/{HANDLE}/30.jpg"),)
    assert photo_post.unsupported is False


def test_before_page_links_newer_posts(mirror: TmeMirror) -> None:
    url = feed_url(mirror.base_url, HANDLE, 26)
    page = parse_page(get(url).content, url)
    assert [p.id for p in page.posts] == list(range(6, 26))
    assert (page.before, page.after) == (6, 25)
    after_url = f"{mirror.base_url}/s/{HANDLE}?after=25"
    assert [p.id for p in parse_page(get(after_url).content, after_url).posts] == list(range(26, 46))


def test_embed_video_and_signed_edited_posts(mirror: TmeMirror) -> None:
    url = embed_url(mirror.base_url, HANDLE.lower(), 7)  # handles are case-insensitive
    page = parse_page(get(url).content, url)
    assert page.kind == "embed"
    (post,) = page.posts
    assert (post.channel, post.id, post.date) == (HANDLE, 7, _date(7))  # not the "1:05" duration <time>
    base = f"{mirror.base_url}/media/{HANDLE}"
    assert post.media == (Media("video", f"{base}/7.mp4", f"{base}/7.jpg", "1:05"),)
    url = embed_url(mirror.base_url, HANDLE, 9)
    (post,) = parse_page(get(url).content, url).posts
    assert (post.edited, post.author) == (True, "Jane Doe")


def test_media_is_served_by_the_mirror(mirror: TmeMirror) -> None:
    response = get(f"{mirror.base_url}/media/{HANDLE}/30.jpg")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/jpeg"
    assert response.content.startswith(b"\xff\xd8\xff") and response.content.endswith(b"\xff\xd9")
    assert response.content == media_body(HANDLE, 30, "jpg") == get(f"{mirror.base_url}/media/{HANDLE}/30.jpg").content
    video = get(f"{mirror.base_url}/media/{HANDLE}/7.mp4")
    assert (video.status_code, video.headers["Content-Type"]) == (200, "video/mp4")
    assert video.content[4:8] == b"ftyp"
    assert get(f"{mirror.base_url}/media/{HANDLE}/31.jpg").status_code == 404  # post 31 has no photo


def test_delete_and_edit_between_crawls(mirror: TmeMirror) -> None:
    mirror.delete_post(HANDLE, 45)
    mirror.edit_post(HANDLE, 44, "Corrected text")
    url = embed_url(mirror.base_url, HANDLE, 45)
    response = get(url)
    assert response.status_code == 200  # t.me answers a deleted post with 200 too
    page = parse_page(response.content, url)
    assert page.kind == "embed"
    (gone,) = page.posts
    assert (gone.id, gone.deleted) == (45, True)
    url = feed_url(mirror.base_url, HANDLE)
    page = parse_page(get(url).content, url)
    assert [p.id for p in page.posts] == list(range(25, 45))
    edited = page.posts[-1]
    assert (edited.id, edited.text, edited.edited) == (44, "Corrected text", True)
    mirror.add_post(HANDLE, 50, _date(50), "Late arrival", views=5)
    page = parse_page(get(url).content, url)
    assert page.posts[-1].id == 50 and page.posts[-1].views == 5


def test_missing_post_id_is_post_not_found(mirror: TmeMirror) -> None:
    url = embed_url(mirror.base_url, HANDLE, 999)
    (post,) = parse_page(get(url).content, url).posts
    assert post.deleted and post.url == f"https://t.me/{HANDLE}/999"


def test_landing_pages(mirror: TmeMirror) -> None:
    url = landing_url(mirror.base_url, HANDLE)
    page = parse_page(get(url).content, url)
    assert page.kind == "landing"
    ch = page.channel
    assert ch is not None
    assert (ch.kind, ch.username, ch.title, ch.subscribers, ch.has_preview) == (
        "channel",
        HANDLE,
        "Mirror & Chan",
        11_286_994,
        True,
    )
    url = landing_url(mirror.base_url, "hidden_chan")
    hidden = parse_page(get(url).content, url).channel
    assert hidden is not None and (hidden.kind, hidden.has_preview) == ("channel", False)


def test_channel_without_preview_redirects_with_empty_body(mirror: TmeMirror) -> None:
    response = get(feed_url(mirror.base_url, "hidden_chan"), allow_redirects=False)
    assert response.status_code == 302
    assert response.headers["Location"] == "/hidden_chan"
    assert response.content == b""
    assert parse_page(response.content, response.url).kind == "unknown"
    followed = get(feed_url(mirror.base_url, "hidden_chan"))
    assert parse_page(followed.content, followed.url).kind == "landing"


@pytest.mark.parametrize("path", ["/s/nobody_here", "/nobody_here", "/nobody_here/5?embed=1"])
def test_unknown_handle(mirror: TmeMirror, path: str) -> None:
    response = get(mirror.base_url + path)
    assert response.status_code == 200
    page = parse_page(response.content, response.url)
    if "embed" in path:
        assert page.posts[0].deleted
    else:
        assert page.kind == "not_found"
        assert page.channel is not None and page.channel.username == "nobody_here"


def test_soft_ban_serves_the_contact_page_everywhere(mirror: TmeMirror) -> None:
    mirror.soft_ban()
    url = feed_url(mirror.base_url, HANDLE)
    assert parse_page(get(url).content, url).kind == "not_found"
    mirror.soft_ban(False)
    assert parse_page(get(url).content, url).kind == "feed"


def test_keep_alive_session_and_head(mirror: TmeMirror) -> None:
    with requests.Session() as session:
        for _ in range(3):
            assert session.get(feed_url(mirror.base_url, HANDLE), timeout=5).status_code == 200
        head = session.head(f"{mirror.base_url}/media/{HANDLE}/30.jpg", timeout=5)
        assert head.status_code == 200 and head.content == b""
        assert int(head.headers["Content-Length"]) == len(media_body(HANDLE, 30, "jpg"))


def test_options_are_checked() -> None:
    with TmeMirror() as m, pytest.raises(TypeError):
        m.add_channel("typo_chan", "T", posts=[(1, _date(1), "x", {"photos": True})])


def test_not_running_has_no_base_url() -> None:
    with pytest.raises(RuntimeError):
        _ = TmeMirror().base_url


@pytest.mark.parametrize(
    ("n", "text"),
    [(950, "950"), (1200, "1.2K"), (2500, "2.5K"), (826_000, "826K"), (436_600, "436.6K"), (3_710_000, "3.71M")],
)
def test_format_count(n: int, text: str) -> None:
    assert format_count(n) == text
