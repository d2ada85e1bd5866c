#!/usr/bin/env bash
# Regenerates the PressDesk icons from nothing but ImageMagick 6 (/usr/bin/convert, Debian
# package imagemagick; /usr/local/bin/convert on some machines is something else).
# Design: a press release sheet (deep teal masthead, gold rule, text columns, photo block)
# on a deep teal tile, with a gold paraf stamp bearing the initials "PD".
set -euo pipefail
cd "$(dirname "$0")"
IM=/usr/bin/convert
TEAL='#0f5e6b' DARK='#0a4650' GOLD='#d9a21b' PAPER='#fbf7ec' INK='#7fa3aa'
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# Tile: rounded square, teal fading to a darker teal towards the bottom.
$IM -size 1024x1024 gradient:"#12707f-$DARK" \
  \( -size 1024x1024 xc:black -fill white -draw "roundrectangle 32,32 991,991 200,200" \) \
  -alpha off -compose CopyOpacity -composite "$tmp/tile.png"

# Sheet behind (tilted) and the front sheet with its shadow.
$IM -size 1024x1024 xc:none -fill '#1d7c8b' -draw "roundrectangle 250,150 740,840 26,26" \
  -distort SRT '512,495 1 -7 512,495' "$tmp/back.png"
$IM -size 1024x1024 xc:none -fill '#00000070' -draw "roundrectangle 262,196 782,896 30,30" \
  -blur 0x18 "$tmp/shadow.png"
$IM -size 1024x1024 xc:none -fill "$PAPER" -draw "roundrectangle 240,170 760,870 28,28" \
  -fill "$TEAL" -draw "roundrectangle 296,228 704,332 14,14" \
  -fill "$GOLD" -draw "rectangle 296,362 704,384" \
  -fill "$INK" \
  -draw "roundrectangle 296,420 488,446 13,13" -draw "roundrectangle 296,478 488,504 13,13" \
  -draw "roundrectangle 296,536 488,562 13,13" -draw "roundrectangle 296,594 440,620 13,13" \
  -fill '#cfe0e2' -draw "roundrectangle 520,420 704,562 12,12" \
  -fill "$TEAL" -draw "polygon 536,546 590,478 626,520 648,496 690,546" \
  -fill "$GOLD" -draw "circle 660,455 660,471" \
  -fill "$INK" -draw "roundrectangle 296,668 560,694 13,13" -draw "roundrectangle 296,726 520,752 13,13" \
  "$tmp/sheet.png"

# Stamp: gold disc, cream ring, teal initials, turned a little.
$IM -size 420x420 xc:none -fill "$GOLD" -stroke "$DARK" -strokewidth 10 -draw "circle 210,210 210,22" \
  -fill none -stroke "$PAPER" -strokewidth 12 -draw "circle 210,210 210,58" \
  -stroke none -fill "$DARK" -font "$FONT" -pointsize 150 -gravity center -annotate +0+4 'PD' \
  -background none -rotate -14 -gravity center -extent 420x420 "$tmp/stamp.png"

$IM "$tmp/tile.png" "$tmp/back.png" -composite "$tmp/shadow.png" -composite \
  "$tmp/sheet.png" -composite "$tmp/stamp.png" -gravity northwest -geometry +545+560 -composite \
  PNG32:icon-1024.png

$IM icon-1024.png -filter Lanczos -resize 512x512 PNG32:icon.png
$IM icon-1024.png -filter Lanczos -resize 256x256 PNG32:128x128@2x.png
$IM icon-1024.png -filter Lanczos -resize 128x128 -unsharp 0x0.6 PNG32:128x128.png
$IM icon-1024.png -filter Lanczos -resize 32x32 -unsharp 0x0.5 PNG32:32x32.png
$IM icon-1024.png -define icon:auto-resize=256,128,64,48,32,16 icon.ico
echo "icons written to $(pwd)"
