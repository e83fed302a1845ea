#!/usr/bin/env bash
# Draws the app icon with ImageMagick and writes assets/icons/: study-companion-256.png and -512.png
# (Linux), study-companion.ico (Windows: 16–256 px) and study-companion.icns (macOS; needs png2icns from
# Debian's icnsutils; skipped with a note when it is missing). The icons are committed; run this only
# to change them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/icons
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# 1024 px master: rounded square in a blue accent (gradient #3B82F6 → #1D4ED8), white check mark.
convert -size 1024x1024 xc:none \
  \( -size 1024x1024 gradient:'#3B82F6-#1D4ED8' \) \
  \( -size 1024x1024 xc:none -fill white -draw "roundrectangle 48,48 975,975 200,200" \) \
  -delete 0 -compose CopyOpacity -composite \
  -fill none -stroke white -strokewidth 96 \
  -draw "stroke-linecap round stroke-linejoin round polyline 300,540 450,690 740,360" \
  "$tmp/master.png"
for s in 16 32 48 64 128 256 512 1024; do
  convert "$tmp/master.png" -filter Lanczos -resize ${s}x${s} -strip "PNG32:$tmp/icon-$s.png"
done
cp "$tmp/icon-256.png" "$out/study-companion-256.png"
cp "$tmp/icon-512.png" "$out/study-companion-512.png"
convert "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-48.png" "$tmp/icon-64.png" "$tmp/icon-128.png" \
  "$tmp/icon-256.png" "$out/study-companion.ico"
if command -v png2icns >/dev/null; then
  png2icns "$out/study-companion.icns" "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-48.png" \
    "$tmp/icon-128.png" "$tmp/icon-256.png" "$tmp/icon-512.png" "$tmp/icon-1024.png" >/dev/null
else
  echo "png2icns not found (apt-get install icnsutils): study-companion.icns not regenerated" >&2
fi
ls -l "$out"
