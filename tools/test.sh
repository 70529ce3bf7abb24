#!/usr/bin/env bash
# The README's test command: installs what the tests need beyond the .NET SDK when the machine lacks it (python3,
# Debian's chromium, redis-server; see install-test-deps.sh), then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-test-deps.sh
exec dotnet test -c Release "$@"
