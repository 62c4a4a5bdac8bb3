"""A message's attachments -> ``Media`` (photo, video, gif, round video, voice, audio, document, sticker,
poll, link preview).

Media URLs are per-request CDN tokens that expire after about two days: stored as given, never fetched here.
Documents and polls expose no file on the preview, so their ``url`` is ``None``.
"""

from __future__ import annotations

from bs4 import Tag

from .markup import absolute_media, attr, background_url, has_class, own, text_or_none
from .model import Media

__all__ = ["parse_media"]

_MEDIA_SELECTOR = ", ".join(
    (
        "a.tgme_widget_message_photo_wrap",
        ".tgme_widget_message_video_player",
        ".tgme_widget_message_roundvideo_player",
        ".tgme_widget_message_voice_player",
        "audio.tgme_widget_message_voice",
        ".tgme_widget_message_document_wrap",
        ".tgme_widget_message_sticker_wrap",
        ".tgme_widget_message_poll",
        "a.tgme_widget_message_link_preview",
        ".tgme_widget_message_service_photo",
        ".tgme_widget_message_location_wrap",
    )
)
_MEDIA_CONTAINERS = (
    "tgme_widget_message_video_player",
    "tgme_widget_message_roundvideo_player",
    "tgme_widget_message_voice_player",
    "tgme_widget_message_document_wrap",
    "tgme_widget_message_sticker_wrap",
    "tgme_widget_message_poll",
)


def parse_media(bubble: Tag, quoted: tuple[str, ...]) -> tuple[Media, ...]:
    """The message's own attachments in page order (nothing from reply quotes or ``quoted`` boxes)."""
    found: list[Media] = []
    for el in own(bubble, _MEDIA_SELECTOR, quoted + _MEDIA_CONTAINERS):
        item = _one_media(el)
        if item not in found:
            found.append(item)
    return tuple(found)


def _one_media(el: Tag) -> Media:
    if has_class(el, "tgme_widget_message_photo_wrap"):
        return Media("photo", background_url(el))
    if has_class(el, "tgme_widget_message_video_player"):
        duration = text_or_none(el.select_one(".message_video_duration"))
        is_video = duration is not None or el.select_one(".message_video_play") is not None
        return Media(
            "video" if is_video else "gif",
            _src(el.select_one("video")),
            background_url(el.select_one(".tgme_widget_message_video_thumb")),
            duration,
        )
    if has_class(el, "tgme_widget_message_roundvideo_player"):
        return Media(
            "round_video",
            _src(el.select_one("video")),
            background_url(el.select_one(".tgme_widget_message_roundvideo_thumb")),
            text_or_none(el.select_one(".tgme_widget_message_roundvideo_duration")),
        )
    if has_class(el, "tgme_widget_message_voice_player") or el.name == "audio":
        audio = el if el.name == "audio" else el.select_one("audio")
        return Media("voice", _src(audio), None, text_or_none(el.select_one(".tgme_widget_message_voice_duration")))
    if has_class(el, "tgme_widget_message_document_wrap"):
        icon = el.select_one(".tgme_widget_message_document_icon")
        kind = "audio" if icon is not None and has_class(icon, "audio") else "document"
        return Media(kind, None, background_url(el.select_one(".tgme_widget_message_document_thumb")))
    if has_class(el, "tgme_widget_message_sticker_wrap"):
        return Media("sticker", _sticker_url(el))
    if has_class(el, "tgme_widget_message_poll"):
        return Media("poll", None)
    if has_class(el, "tgme_widget_message_link_preview"):
        image = el.select_one(".link_preview_image, .link_preview_right_image, .link_preview_video_thumb")
        thumb = background_url(image)
        return Media("link_preview", attr(el, "href"), thumb)
    if has_class(el, "tgme_widget_message_service_photo"):
        return Media("photo", _src(el.select_one("img")))
    return Media("other", attr(el, "href"))


def _src(el: Tag | None) -> str | None:
    src = attr(el, "src")
    if src is None and el is not None:
        src = attr(el.select_one("source[src]"), "src")
    return absolute_media(src) if src else None


def _sticker_url(el: Tag) -> str | None:
    image = el.select_one(".tgme_widget_message_sticker")
    for candidate in (attr(image, "data-webp"), _src(el.select_one("video")), _src(el.select_one("img"))):
        if candidate and not candidate.startswith("data:"):
            return absolute_media(candidate)
    return background_url(image)
