"""The web service on top of the archive: Memento API, replay, and a UI showing provenance (see app.py)."""
