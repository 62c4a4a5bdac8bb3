"""Scheduled re-checks, on top of every other stage.

    schedules.py  what to re-check and when (--every / --cron), targets resolved to URL, t.me or article
    runs.py       a crawl run's lock file and row: telling a live run from a killed one
    crawl.py      one run (claim, check, advance, record) and the --forever loop
    timeline.py   `archiver history`: a target's sources and their events (derived in lookup.sources)
"""
