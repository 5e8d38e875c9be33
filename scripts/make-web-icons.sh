#!/bin/sh
# Makes the player view's web app icons (server/web/icons/) from the application's icon
# (packaging/icons/dnd-tracker.svg). Run again after the icon changes, and commit the PNGs.
#   icon-192.png, icon-512.png  the icon as it is (transparent corners)
#   icon-maskable-512.png       full bleed for launchers that cut their own shape: the icon at 70 %
#                               on the plate's colour, inside the 80 % circle every mask keeps
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
svg="$root/packaging/icons/dnd-tracker.svg"
out="$root/server/web/icons"
mkdir -p "$out"
rsvg-convert -w 192 -h 192 "$svg" -o "$out/icon-192.png"
rsvg-convert -w 512 -h 512 "$svg" -o "$out/icon-512.png"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rsvg-convert -w 358 -h 358 "$svg" -o "$tmp/inner.png"
convert -size 512x512 xc:'#7a181c' "$tmp/inner.png" -gravity center -composite -depth 8 -strip "$out/icon-maskable-512.png"
# No time stamps or tool names in the files, so making them again gives the same bytes.
for png in "$out"/icon-*.png; do
    convert "$png" -strip -define png:exclude-chunks=date,time "$png"
done
