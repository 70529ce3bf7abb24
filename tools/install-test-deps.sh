#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, when the machine lacks it. Called by .ci/run; safe to run
# again (it installs nothing that is already there). Needs root (apt-get) only when something is missing.
#   python3: the one-line launcher the signal tests start govsim through (it restores Ctrl-C for the child).
#   chromium: Debian's browser, which the classroom's browser tests drive through Playwright (no browser download).
#   redis-server: the membership store of the cluster tests (real silo processes, one SIGKILLed mid-sweep).
set -euo pipefail
missing=()
command -v python3 >/dev/null 2>&1 || [ -x /usr/bin/python3 ] || missing+=(python3-minimal)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
