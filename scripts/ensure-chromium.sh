#!/usr/bin/env bash
# Called by `npm test` (pretest). The IDE's browser test (test/integration/ide.test.ts) drives
# Debian's Chromium at /usr/bin/chromium and skips itself when it is absent. This installs it
# when it is missing and we can: root with apt-get. Otherwise it prints a notice. It never
# fails the test run, whatever happens.
set -u
chromium=/usr/bin/chromium

if [ -x "$chromium" ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $chromium is missing; the IDE browser test will be skipped." \
    "Install it with: sudo apt-get install chromium"
  exit 0
fi

echo "ensure-chromium: installing Debian's chromium for the IDE browser test (apt-get)..."
log=$(mktemp -t ensure-chromium.XXXXXX.log)
if { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; } >"$log" 2>&1 \
  && [ -x "$chromium" ]; then
  echo "ensure-chromium: installed $("$chromium" --version 2>/dev/null || echo chromium)"
  rm -f "$log"
else
  echo "ensure-chromium: installing chromium failed (see $log); the IDE browser test will be skipped."
fi
exit 0
