"""Fixity: re-checking every WARC record's digests and the index's pointers; signed manifests of WARC files."""
