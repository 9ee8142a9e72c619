#!/usr/bin/env bash
# Called by `npm test` (pretest). The IDE's browser test (test/integration/ide.test.ts) drives
# Debian's Chromium at /usr/bin/chromium and skips itself when it is absent. This installs it
# when it is missing and we can: root with apt-get (with a CJK font, so that the screenshot the
# test leaves in /tmp/ide.png shows Chinese text). Otherwise it prints a notice. It never fails
# the test run, whatever happens.
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
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp -t ensure-chromium.XXXXXX.log)
if { apt-get update && apt-get install -y chromium; } >"$log" 2>&1 && [ -x "$chromium" ]; then
  echo "ensure-chromium: installed $("$chromium" --version 2>/dev/null || echo chromium)"
  if apt-get install -y fonts-noto-cjk >>"$log" 2>&1; then
    rm -f "$log"
  else
    echo "ensure-chromium: no CJK font installed (see $log); screenshots may not show Chinese."
  fi
else
  echo "ensure-chromium: installing chromium failed (see $log); the IDE browser test will be skipped."
fi
exit 0
