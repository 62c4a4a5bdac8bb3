"""One frozen Settings object: defaults -> ``archiver.toml`` in the archive folder -> environment -> CLI.

Every key is declared once below with its default and help. Environment variables are
``ARCHIVER_<KEY>`` (upper case); the CLI takes ``--set key=value`` and a few dedicated flags.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from archiver.errors import UsageError

# Deflating is the largest part of a capture's CPU. libdeflate's level 5 writes HTML 1-4 % bigger than
# zlib's level 6 (Heritrix's; warcio and wget use 9) and 1-3 % bigger than its own 6, which is ~0.8x as
# fast. Measured with benchmarks/gzip_levels.py on the synthetic site, tests/data and rustdoc pages.
DEFAULT_GZIP_LEVEL = 5
TIMESTAMP_MODES = ("off", "manifest", "capture")
WEB_ARCHIVE_KINDS = ("wayback", "timetravel", "archivetoday")  # see archiver.capture.webarchive
CAPTURE_MODES = ("http", "browser", "auto")
DATABASE_SCHEMES = ("sqlite:///", "postgresql://", "postgres://")


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    archive: Path = _setting(Path("archive"), "archive folder: WARCs and the SQLite index")
    allow_private: bool = _setting(False, "allow loopback/private/link-local targets (tests, intranets)")
    operator: str = _setting("", "operator named in each warcinfo record")
    warc_prefix: str = _setting("archiver", "prefix of WARC file names")
    warc_max_size: int = _setting(1_000_000_000, "rotate WARC files past this many bytes")
    gzip_level: int = _setting(DEFAULT_GZIP_LEVEL, "gzip level per record (0-9, libdeflate). On HTML: 5 deflates "
                               "~4x faster than warcio's zlib 9 for files 1-5% bigger; 6: 1-3% smaller than 5 "
                               "at ~0.8x its speed; 1: ~2x faster, 7-18% bigger; 9: ~2.7x slower, 3-6% smaller "
                               "(benchmarks/gzip_levels.py)")
    connect_timeout: float = _setting(10.0, "seconds to open a connection")
    read_timeout: float = _setting(30.0, "seconds to wait for the next bytes")
    total_timeout: float = _setting(300.0, "seconds for a whole response; past it the record is truncated (time)")
    max_body: int = _setting(100 * 1024 * 1024, "bytes kept per body; past it the record is truncated (length)")
    max_redirects: int = _setting(10, "redirect hops followed")
    workers: int = _setting(4, "captures running at once (threads, per process)")
    processes: int = _setting(1, "capture processes, each running `workers` threads with its own WARC file: "
                                 ">1 uses more cores for big batches (Python is CPU-bound past ~300 pages/s); "
                                 "per-host concurrency is divided and delays multiplied between them")
    host_concurrency: int = _setting(2, "captures running at once per host")
    host_delay: float = _setting(0.5, "seconds between requests to one host")
    user_agent: str = _setting("", "User-Agent header (default names the tool and version)")
    freshness_hours: float = _setting(24.0, "a source captured this recently is linked, not fetched again")
    telegram_url: str = _setting("https://t.me", "base URL of Telegram's web preview (a local mirror in tests)")
    telegram_delay: float = _setting(1.0, "seconds between requests to Telegram")
    telegram_backoff: float = _setting(5.0, "seconds to wait after a Telegram error, doubled each retry")
    telegram_media_max: int = _setting(50 * 1024 * 1024, "bytes per Telegram media file (videos over it are truncated)")
    unavailable_threshold: int = _setting(3, "consecutive failures before a source is called deleted")
    resolve_threshold: float = _setting(0.95, "a Telegram name is resolved without review only by a verified candidate "
                                        "scoring at least this (0-1; title vs cited name, transliteration-aware)")
    resolve_probes: int = _setting(8, "t.me landing pages captured per unresolved name to verify candidate handles "
                                      "(0: never ask t.me; only the alias registry and the directory)")
    fsync: bool = _setting(False, "fsync WARC files after each capture (power-loss safety, slower)")
    tsa_urls: str = _setting("", "RFC 3161 timestamp authorities, comma-separated URLs, tried in order (none: "
                                 "no trusted timestamps)")
    timestamp: str = _setting("off", "trusted timestamps: off | manifest (each signed manifest) | capture "
                                     "(also each closed WARC file); failed requests are queued and retried")
    web_archives: str = _setting("", "public web archives asked for a copy of a source that is already gone: "
                                     "comma-separated kind=base_url, kinds wayback, timetravel, archivetoday "
                                     "(e.g. wayback=https://archive.org); empty: never asked")
    save_page_now: bool = _setting(False, "also ask the first wayback in web_archives to save each cited URL "
                                          "(Save Page Now, BASE/save/<url>) and store its answer: a second, "
                                          "independent copy")
    capture_mode: str = _setting("http", "http: plain HTTP capture; browser: headless Chromium runs the page's scripts "
                                         "and every request it makes is recorded, with a screenshot; auto: HTTP, "
                                         "then the browser when the page looks like a script shell")
    browser_hosts: str = _setting("", "hosts (comma-separated) that auto mode always captures through the browser")
    browser_path: str = _setting("", "Chromium binary for browser captures (default: chromium on PATH)")
    browser_timeout: float = _setting(30.0, "seconds a page may take in the browser (load, settle, scroll); "
                                            "past it, what was captured is kept and the limit named")
    browser_max_requests: int = _setting(500, "requests a page may make in the browser; past it they are refused")
    browser_max_bytes: int = _setting(100 * 1024 * 1024, "bytes of bodies a page may load in the browser")
    browser_max_height: int = _setting(20000, "pixels of page height kept in the screenshot")
    browser_workers: int = _setting(2, "browser captures running at once (each is one Chromium)")
    max_article_bytes: int = _setting(20 * 1024 * 1024, "bytes an article may have (file, stdin or fetched page); "
                                      "a larger one is refused unread")
    article_story_only: bool = _setting(True, "read an HTML article for its story alone (its largest <article>, else "
                                        "its <main>), leaving out teasers, share, subscribe and comment blocks; "
                                        "false: every visible line of the page")
    max_citations_per_article: int = _setting(5000, "citations kept per article, in text order; past it the rest "
                                                    "are left out and the run says how many")
    database_url: str = _setting("", "the index: empty for the archive's SQLite file, sqlite:///PATH for another "
                                     "file, or postgresql://USER@HOST:PORT/DB to share one index between machines")
    storage_url: str = _setting("", "where closed WARC files live: empty for the archive's warcs/ folder, or "
                                    "s3://BUCKET/PREFIX for S3-compatible object storage (credentials from the "
                                    "usual AWS_* environment)")
    job_stale_after: float = _setting(60.0, "seconds without a heartbeat before a queued job's worker counts as "
                                            "gone and the job is handed to another (`archiver worker`)")
    s3_endpoint_url: str = _setting("", "the S3 API endpoint for storage_url (empty: AWS; else Ceph RGW, Garage, "
                                        "SeaweedFS, MinIO, … e.g. http://127.0.0.1:9000)")

    def __post_init__(self) -> None:
        """Refuse values that would fail later, deep inside a capture, or write outside the archive."""
        problems = []
        if not 0 <= self.gzip_level <= 9:
            problems.append("gzip_level must be 0-9")
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", self.warc_prefix):
            problems.append("warc_prefix may hold only letters, digits, '.', '_' and '-'")
        for name in ("max_body", "warc_max_size", "telegram_media_max", "workers", "processes",
                     "host_concurrency", "unavailable_threshold", "browser_max_requests", "browser_max_bytes",
                     "browser_max_height", "browser_workers", "max_article_bytes", "max_citations_per_article"):
            if getattr(self, name) < 1:
                problems.append(f"{name} must be at least 1")
        if self.capture_mode not in CAPTURE_MODES:
            problems.append(f"capture_mode must be one of {', '.join(CAPTURE_MODES)}")
        for name in ("connect_timeout", "read_timeout", "total_timeout", "browser_timeout",
                     "job_stale_after"):
            if getattr(self, name) <= 0:
                problems.append(f"{name} must be more than 0 seconds")
        for name in ("host_delay", "telegram_delay", "telegram_backoff", "freshness_hours"):
            if getattr(self, name) < 0:
                problems.append(f"{name} cannot be negative")
        if not 0 < self.resolve_threshold <= 1:
            problems.append("resolve_threshold must be more than 0 and at most 1")
        if self.resolve_probes < 0:
            problems.append("resolve_probes cannot be negative")
        if self.timestamp not in TIMESTAMP_MODES:
            problems.append(f"timestamp must be one of {', '.join(TIMESTAMP_MODES)}")
        if self.timestamp != "off" and not self.tsa_list:
            problems.append("timestamp needs at least one URL in tsa_urls")
        for item in (part.strip() for part in self.web_archives.split(",")):
            kind, _, base = item.partition("=")
            if item and (kind.strip() not in WEB_ARCHIVE_KINDS or not base.strip().startswith(("http://", "https://"))):
                problems.append(f"web_archives: {item!r} is not kind=http(s)://base with kind one of "
                                f"{', '.join(WEB_ARCHIVE_KINDS)}")
        if self.save_page_now and "wayback=" not in self.web_archives.replace(" ", ""):
            problems.append("save_page_now needs a wayback=BASE entry in web_archives")
        if self.database_url and not self.database_url.startswith(DATABASE_SCHEMES):
            problems.append("database_url must start with sqlite:///, postgresql:// or postgres://")
        if self.storage_url and not re.fullmatch(r"s3://[a-z0-9][a-z0-9.-]{1,62}(/.*)?", self.storage_url):
            problems.append("storage_url must be s3://BUCKET or s3://BUCKET/PREFIX")
        if problems:
            raise UsageError("; ".join(problems))

    @property
    def tsa_list(self) -> tuple[str, ...]:
        return tuple(url.strip() for url in self.tsa_urls.split(",") if url.strip())

    @property
    def index_path(self) -> Path:
        """The SQLite index file (the default index; see database_url)."""
        if self.database_url.startswith("sqlite:///"):
            return Path(self.database_url.removeprefix("sqlite:///"))
        return self.archive / "index.sqlite3"

    @property
    def uses_postgresql(self) -> bool:
        return self.database_url.startswith(("postgresql://", "postgres://"))

    @property
    def warc_dir(self) -> Path:
        return self.archive / "warcs"

    def with_(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def setting_help() -> dict[str, tuple[Any, str]]:
    return {f.name: (f.default, f.metadata["help"]) for f in fields(Settings)}


def _coerce(name: str, value: Any) -> Any:
    kind: type[Any] = type(Settings.__dataclass_fields__[name].default)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    text = str(value).strip()
    try:
        if kind is bool:
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(text)
        if kind is Path:
            return Path(text)
        return kind(text)
    except ValueError as exc:
        raise UsageError(f"setting {name}: cannot read {text!r} as {kind.__name__}") from exc


def load_settings(
    overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Build Settings from defaults, the archive's archiver.toml, the environment, then overrides."""
    environ = os.environ if environ is None else environ
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    known = {f.name for f in fields(Settings)}
    for key in overrides:
        if key not in known:
            raise UsageError(f"unknown setting {key!r}; known: {', '.join(sorted(known))}")
    values: dict[str, Any] = {}
    env = {name: environ[f"ARCHIVER_{name.upper()}"] for name in known if f"ARCHIVER_{name.upper()}" in environ}
    archive = Path(overrides.get("archive") or env.get("archive") or Settings.archive)
    config_file = archive / "archiver.toml"
    if config_file.is_file():
        try:
            config = tomllib.loads(config_file.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"{config_file}: {exc}") from exc
        for key, value in config.items():
            if key not in known:
                raise UsageError(f"{config_file}: unknown setting {key!r}")
            values[key] = value
    values.update(env)
    values.update(overrides)
    values["archive"] = archive
    return Settings(**{k: _coerce(k, v) for k, v in values.items()})
