#!/usr/bin/env bash
# Installs what the web page tests drive: Debian's chromium and chromium-driver. Does nothing when both
# are already there; without them the browser tests are skipped (with a message), not failed.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "browser-setup: chromium and chromedriver present"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser-setup: no apt-get here; install chromium and chromedriver by hand to run the browser tests" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "browser-setup: installing chromium and chromium-driver"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
chromium --version || true
chromedriver --version
