#!/usr/bin/env bash
# The docs browser test (test/e2e/docs-browser.test.ts) drives Debian's Chromium with playwright-core.
# Installs it (and a CJK font, so Chinese renders in screenshots) when missing; `./dev test` runs this.
# CHROMIUM_PATH overrides where the test looks for the browser.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-chromium: no $browser and no way to install it here; install Debian's chromium (or set CHROMIUM_PATH)" >&2
  exit 1
fi
echo "ensure-chromium: installing Debian's chromium for the docs browser test" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium fonts-wqy-microhei >&2
