"""Exports: WACZ packages, CDXJ indexes and citation reports built from the archive."""
