"""archiver: preserve the sources that articles cite.

Pipeline (data flows one way): citations -> resolve -> capture (http, telegram) -> warc -> index -> lookup,
with schedule and serve on top.
"""

__version__ = "0.1.0"
SOFTWARE = f"provenance-archiver/{__version__}"
