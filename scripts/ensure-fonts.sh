#!/usr/bin/env bash
# Test setup, run by Maven before the tests, and for anyone who serves PNG or PDF pictures: makes sure
# Debian's DejaVu fonts are there. The pictures name "DejaVu Sans"; PNGs are drawn with it and PDFs embed
# it. It never fails the build: without the fonts the font tests skip and say why, and PDFs fall back
# to a font they do not embed.
set -u
FONTS=/usr/share/fonts/truetype/dejavu
if [ -f "$FONTS/DejaVuSans.ttf" ] && [ -f "$FONTS/DejaVuSans-Bold.ttf" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-fonts: DejaVu Sans missing from $FONTS and cannot install it here (needs root and apt-get);"
  echo "ensure-fonts: install Debian's fonts-dejavu-core (or DejaVu Sans in $FONTS); until then PDFs do not embed their font"
  exit 0
fi
echo "ensure-fonts: installing Debian's fonts-dejavu-core for the pictures"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq fonts-dejavu-core >/dev/null; }; then
  echo "ensure-fonts: installation failed; PDFs will not embed their font and the font tests will skip"
fi
exit 0
