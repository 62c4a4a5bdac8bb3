"""The flows that tie the stages together, each written once as numbered steps.

capture (fetch -> records -> store -> index), processes (the same over worker processes), telegram
(t.me pages -> posts -> records -> index -> media), browser_capture/browser_group (a page through
headless Chromium), ingest (articles -> citations -> resolving -> capture -> links), resolving (aliases ->
directory -> candidates verified on t.me), web_copies (gone sources -> copies from public web archives),
worker (queued jobs). The stages below never import from here.
"""
