#!/usr/bin/env bash
# Draws Lectern's icon (an open book on a lectern, on a blue rounded square) with ImageMagick and writes the
# files the installers use, next to this script:
#   lectern.png (256x256, Linux .deb and app-image),
#   lectern.ico (Windows .msi: 16, 32, 48, 64, 128, 256) and lectern.icns (macOS .dmg: PNG entries, 16-1024).
# The outputs are committed; run this only to change the icon. Needs ImageMagick (convert) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

convert -size 1024x1024 xc:none \
  -fill '#24527a' -draw "roundrectangle 40,40 983,983 190,190" \
  -fill '#f6f1e3' \
  -draw "path 'M 200,240 C 300,210 420,220 500,280 L 500,580 C 420,530 300,525 200,550 Z'" \
  -draw "path 'M 524,280 C 604,220 724,210 824,240 L 824,550 C 724,525 604,530 524,580 Z'" \
  -fill '#f2b544' -draw "path 'M 170,580 L 512,630 L 854,580 L 854,630 L 512,680 L 170,630 Z'" \
  -fill '#f6f1e3' -draw "rectangle 474,680 550,800" -draw "roundrectangle 330,790 694,840 20,20" \
  -stroke '#24527a' -strokewidth 14 -fill none \
  -draw "line 255,320 445,345" -draw "line 255,390 445,415" -draw "line 255,460 445,485" \
  -draw "line 579,345 769,320" -draw "line 579,415 769,390" \
  "$work/lectern-1024.png"

for size in 16 32 48 64 128 256 512 1024; do
  convert "$work/lectern-1024.png" -resize ${size}x${size} -strip "$work/lectern-$size.png"
done
cp "$work/lectern-256.png" lectern.png
convert "$work"/lectern-{16,32,48,64,128,256}.png lectern.ico

# .icns: the header and one PNG per size, each tagged with its type (macOS reads PNG data in these entries).
python3 - "$work" <<'PY'
import struct, sys
work = sys.argv[1]
entries = b''
for kind, size in [(b'icp4', 16), (b'icp5', 32), (b'icp6', 64), (b'ic07', 128), (b'ic08', 256), (b'ic09', 512), (b'ic10', 1024)]:
    data = open(f'{work}/lectern-{size}.png', 'rb').read()
    entries += kind + struct.pack('>I', len(data) + 8) + data
open('lectern.icns', 'wb').write(b'icns' + struct.pack('>I', len(entries) + 8) + entries)
PY
echo "icons written to $(pwd)"
