#!/usr/bin/env bash
# Test setup, run by Maven before the tests: makes sure Debian's chromium and chromedriver are there
# for the browser tests. It never fails the build: without them those tests skip and say why.
set -u
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-browser: chromium missing and cannot install it here (needs root and apt-get); browser tests will skip"
  exit 0
fi
echo "ensure-test-browser: installing Debian's chromium and chromium-driver for the browser tests"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }; then
  echo "ensure-test-browser: installation failed; browser tests will skip"
fi
exit 0
