#!/usr/bin/env bash
# Writes src/data/country-names/<locale>.toml, one file per locale but English, from the
# iso-codes project's gettext catalogues for ISO 3166-1 as shipped in pycountry
# (pycountry/locales/<lang>/LC_MESSAGES/iso3166-1.mo): each file names every code of
# src/data/countries.toml, lists the codes its catalogue does not translate, and says which
# catalogue it came from. English names stay in src/data/countries.toml, which the helper
# checks against the same rule. scripts/make-country-names.py holds the locale → catalogue
# mapping and the naming rule.
#
#   scripts/make-country-names.sh       # then review `git diff src/data/country-names`
#
# Installs pycountry (pinned below, from PyPI) into a temporary venv that is removed on exit,
# so a re-run with the same version gives the same files.
# Environment: PYCOUNTRY_VERSION (default below; countries.toml names the version its English
# names came from, so move both together), PYTHON (default python3).
set -euo pipefail
cd "$(dirname "$0")/.."

pycountry_version=${PYCOUNTRY_VERSION:-26.2.16}
python=${PYTHON:-python3}

venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "pycountry==$pycountry_version"

mkdir -p src/data/country-names
"$venv/bin/python" scripts/make-country-names.py src/data/country-names src/data/countries.toml
