#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), then runs the whole test suite against a PostGIS cluster
# the tests start themselves, and the front end in headless Debian Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
