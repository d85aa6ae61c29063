#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, only when something is missing.
# Run by `make run`, `make test` and friends; safe to run again.
set -euo pipefail
# iso-codes: ISO 3166-1 country names (/usr/share/iso-codes/json), the reference the country tests and
# `articlewatch-eval country-check` read, and the source scripts/generate-entity-lexicon.py reads.
# libicu-dev: ICU headers for articlewatch-eval's sentence-splitter comparison (libxml2-dev depends on it anyway).
# libpq-dev: the shared queue's client library (issue 16), linked into the binary. The server, postgresql-15,
# is not needed to build or run on the folder queue: `make test` asks for it (`deps-postgres`), and the tests
# start their own cluster from /usr/lib/postgresql/15/bin; the system's cluster is never used.
packages=(libsystemd-dev pkg-config libxml2-dev jq python3-jsonschema libcld2-dev python3-venv libicu-dev
    iso-codes libpq-dev)
# Extra packages for one target only, e.g. `install-deps.sh systemd-container` for `make test-systemd`.
packages+=("$@")
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
