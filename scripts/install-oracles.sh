#!/usr/bin/env bash
# Install the third-party tools the tests use as oracles, each kept out of the app's venv:
#   $1/pywb     pywb (wb-manager, wayback) and wacz (wacz validate)
#   chromium    Debian's headless browser for the web UI tests and the browser capture (Playwright, from
#               the `test` extra, drives it; it never downloads a browser of its own)
#   openssl     the local timestamp authority (openssl ts -reply) and third-party check (openssl ts -verify)
#   postgresql  Debian's server binaries: tests start a throwaway cluster (tests/pg_server.py)
set -uo pipefail
dest="${1:?usage: install-oracles.sh DIR}"
mkdir -p "$dest"
if [ ! -x "$dest/pywb/bin/wayback" ]; then
  python3 -m venv "$dest/pywb" && "$dest/pywb/bin/pip" install -q pywb wacz cdxj-indexer warcio >/dev/null
fi
# pywb reads s3:// archive paths with boto3, which it does not install itself
"$dest/pywb/bin/python" -c "import boto3" 2>/dev/null || "$dest/pywb/bin/pip" install -q boto3 >/dev/null
if ! command -v chromium >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: chromium not installed; browser tests will skip"
fi
if ! command -v openssl >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null) \
    || echo "warning: openssl not installed; timestamp tests will skip"
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
    || echo "warning: postgresql not installed; PostgreSQL tests will skip"
fi
exit 0
