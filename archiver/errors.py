"""The exceptions archiver raises, one small hierarchy.

    ArchiverError                 base: a message a user can act on
    ├── UsageError                bad input from the user (exit 2)
    ├── BlockedTarget             URL refused by policy (scheme, private address)
    ├── FetchError                the source could not be fetched (DNS, connect, protocol)
    ├── ArchiveError              the archive folder or index is unusable
    │   └── CommitRefused         a capture's rows must not be committed at all (its job is another's)
    └── ParseError                an input could not be parsed at all

Library errors (requests, sqlite3, OSError) are wrapped once with ``raise ... from exc``.
"""

from __future__ import annotations


class ArchiverError(Exception):
    """Base class; str(exc) is one line meant for the user."""


class UsageError(ArchiverError):
    pass


class BlockedTarget(ArchiverError):
    pass


class FetchError(ArchiverError):
    pass


class ArchiveError(ArchiverError):
    pass


class CommitRefused(ArchiveError):
    """Raised inside a capture's index transaction to roll the whole capture back, not just its extra rows."""


class ParseError(ArchiverError):
    pass


def one_line(exc: BaseException) -> str:
    """A single-line description of an exception, for reports and JSON output."""
    text = str(exc) or exc.__class__.__name__
    text = " ".join(text.split())
    return text[:500]
