#!/usr/bin/env bash
# Makes the pre-subset Traditional Chinese (Hong Kong) fonts for the PDF renderer:
#
#   assets/fonts/NotoSansCJKhk-Regular-subset.otf
#   assets/fonts/NotoSansCJKhk-Bold-subset.otf
#
# from the "Noto Sans CJK HK" faces of Debian's fonts-noto-cjk collections
# (/usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc), subset with fontTools to:
#   - Big5 level 1 (every code point Python's big5 codec decodes from 0xA440..0xC67E),
#   - Big5 symbols (0xA140..0xA3BF),
#   - printable ASCII U+0020..U+007E (digits, spaces and brackets inside Chinese runs),
#   - CJK symbols and punctuation U+3000..U+303F, full-width forms U+FF01..U+FF5E,
#   - the characters of scripts/cjk-extra-chars.txt (HK forms and place names outside
#     Big5 level 1),
#   - every character of locales/zh-Hant-HK.ftl, read at run time. A character of the
#     .ftl that neither this face nor assets/fonts/NotoSans-Regular.ttf can draw is an error.
# Also writes assets/fonts/NotoSansCJK-LICENSE.txt (the OFL 1.1 text of Debian's copyright file).
# Kept: CFF outlines (CID-keyed, as in the source; desubroutinized), cmap, hmtx/hhea, head, maxp, OS/2, post,
# name. Dropped: hinting, layout features (GSUB/GPOS/GDEF/BASE), vertical metrics
# (vhea/vmtx/VORG). The source font's timestamps are kept, so a re-run with the same
# inputs and fontTools version gives the same bytes.
#
#   scripts/make-cjk-font.sh            # installs fonts-noto-cjk and fonttools if missing
#
# Environment: FONTTOOLS_VERSION (pip pin used when fontTools is missing, default below),
# CJK_FONT_DIR (where the .ttc files are, default /usr/share/fonts/opentype/noto).
set -euo pipefail
cd "$(dirname "$0")/.."

fonttools_version=${FONTTOOLS_VERSION:-4.68.0}
font_dir=${CJK_FONT_DIR:-/usr/share/fonts/opentype/noto}
python=${PYTHON:-python3}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "make-cjk-font: need root to run: $*" >&2; exit 1; fi
}

if [ ! -f "$font_dir/NotoSansCJK-Regular.ttc" ] || [ ! -f "$font_dir/NotoSansCJK-Bold.ttc" ]; then
    echo "installing fonts-noto-cjk ..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
fi
if ! "$python" -c 'import fontTools.subset' 2>/dev/null; then
    echo "installing fonttools==$fonttools_version ..."
    "$python" -m pip install --quiet "fonttools==$fonttools_version"
fi

source_version=$(dpkg-query -W -f='${Version}' fonts-noto-cjk 2>/dev/null || echo unknown)
echo "source: fonts-noto-cjk $source_version ($font_dir)"

FONT_DIR=$font_dir "$python" - <<'PY'
import os
import sys
import unicodedata

import fontTools
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

FONT_DIR = os.environ["FONT_DIR"]
FAMILY = "Noto Sans CJK HK"
FTL = "locales/zh-Hant-HK.ftl"
EXTRA = "scripts/cjk-extra-chars.txt"
LATIN_FONT = "assets/fonts/NotoSans-Regular.ttf"
OUT = "assets/fonts/NotoSansCJKhk-{style}-subset.otf"
LICENSE = "assets/fonts/NotoSansCJK-LICENSE.txt"
DEBIAN_COPYRIGHT = "/usr/share/doc/fonts-noto-cjk/copyright"

print(f"fontTools {fontTools.version}")


def big5_range(first, last):
    """Code points the big5 codec decodes from the two-byte codes first..last."""
    chars = []
    for lead in range(first >> 8, (last >> 8) + 1):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            code = lead << 8 | trail
            if first <= code <= last:
                try:
                    chars.append(bytes([lead, trail]).decode("big5"))
                except UnicodeDecodeError:
                    pass
    return chars


def usable(ch):
    # Layout characters of a text file (newline, tab, ...) are never drawn.
    return unicodedata.category(ch) not in ("Cc", "Zl", "Zp")


groups = {
    "Big5 level 1": big5_range(0xA440, 0xC67E),
    "Big5 symbols": big5_range(0xA140, 0xA3BF),
    "ASCII": [chr(c) for c in range(0x20, 0x7F)],
    "U+3000-303F": [chr(c) for c in range(0x3000, 0x3040)],
    "U+FF01-FF5E": [chr(c) for c in range(0xFF01, 0xFF5F)],
}
with open(EXTRA, encoding="utf-8") as f:
    groups[EXTRA] = [ch for line in f if not line.startswith("#")
                     for ch in line if usable(ch) and not ch.isspace()]
ftl_chars = []
if os.path.exists(FTL):
    with open(FTL, encoding="utf-8") as f:
        ftl_chars = [ch for ch in f.read() if usable(ch)]
    groups[FTL] = ftl_chars
else:
    print(f"note: {FTL} does not exist (yet); re-run this script once it does")

wanted = sorted({ord(ch) for chars in groups.values() for ch in chars})


def find_face(path):
    """Index of the face whose family name is exactly FAMILY (not the Mono one)."""
    collection = TTCollection(path, lazy=True)
    hits = [i for i, face in enumerate(collection.fonts)
            if face["name"].getDebugName(1) == FAMILY]
    collection.close()
    if len(hits) != 1:
        sys.exit(f"make-cjk-font: expected one '{FAMILY}' face in {path}, found {hits}")
    return hits[0]


def write_license(font):
    """LICENSE = the face's own copyright and trademark lines + the OFL text of Debian's
    copyright file (its "License: SIL-1.1" paragraph, unwrapped from deb822 form)."""
    with open(DEBIAN_COPYRIGHT, encoding="utf-8") as f:
        paragraphs = f.read().split("\n\n")
    bodies = [p for p in paragraphs if p.startswith("License: SIL-1.1\n")]
    if not bodies:
        sys.exit(f"make-cjk-font: no SIL-1.1 licence text in {DEBIAN_COPYRIGHT}")
    text = "\n".join("" if line == " ." else line[1:] for line in bodies[0].splitlines()[1:])
    name = font["name"]
    with open(LICENSE, "w", encoding="utf-8") as f:
        f.write("Noto Sans CJK HK (NotoSansCJKhk-Regular-subset.otf, NotoSansCJKhk-Bold-subset.otf)\n"
                f"{name.getDebugName(0)}\n{name.getDebugName(7)}\n"
                "These files are subsets (Modified Versions) of the Noto Sans CJK HK faces of\n"
                "Debian's fonts-noto-cjk package (upstream: https://github.com/googlefonts/noto-cjk),\n"
                "made by scripts/make-cjk-font.sh. The licence text below is copied from\n"
                f"{DEBIAN_COPYRIGHT}.\n\n{text.strip()}\n")
    print(f"{LICENSE}: {os.path.getsize(LICENSE):,} bytes")


latin_cmap = TTFont(LATIN_FONT, lazy=True).getBestCmap()
for style in ("Regular", "Bold"):
    path = os.path.join(FONT_DIR, f"NotoSansCJK-{style}.ttc")
    index = find_face(path)
    font = TTFont(path, fontNumber=index, recalcTimestamp=False, recalcBBoxes=False)
    name = font["name"].getDebugName(6)
    cmap = font.getBestCmap()
    if style == "Regular":
        write_license(font)

    missing = sorted(cp for cp in wanted if cp not in cmap)
    for label, chars in groups.items():
        lost = sorted({ch for ch in chars if ord(ch) not in cmap})
        if lost and label != FTL:
            print(f"  {style}: {label}: {len(lost)} not in the face, left out: "
                  + " ".join(f"U+{ord(ch):04X}" for ch in lost))
    undrawable = sorted({ch for ch in ftl_chars if ord(ch) not in cmap and ord(ch) not in latin_cmap})
    if undrawable:
        sys.exit(f"make-cjk-font: {FTL} uses characters that neither {name} nor {LATIN_FONT} has: "
                 + " ".join(f"{ch} U+{ord(ch):04X}" for ch in undrawable))

    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    # Subroutines shared with the glyphs dropped here only cost bytes: desubroutinized, the
    # file is ~1% smaller, and printpdf's PDF subsets (which copy every subroutine) half the size.
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.name_languages = [0x0409]
    options.notdef_outline = True
    options.recommended_glyphs = True
    options.glyph_names = False
    options.drop_tables += ["BASE", "GDEF", "GSUB", "GPOS", "VORG", "vhea", "vmtx", "DSIG"]
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[cp for cp in wanted if cp in cmap])
    subsetter.subset(font)

    out = OUT.format(style=style)
    font.save(out)
    font.close()

    check = TTFont(out)
    have = check.getBestCmap()
    lost_ftl = sorted({ch for ch in ftl_chars if ord(ch) in cmap and ord(ch) not in have})
    if lost_ftl:
        sys.exit(f"make-cjk-font: {out} lost characters of {FTL}: {''.join(lost_ftl)}")
    print(f"{out}: {os.path.getsize(out):,} bytes, face {index} ({name}), "
          f"{len(have):,} characters, {check['maxp'].numGlyphs:,} glyphs, "
          f"tables {' '.join(sorted(t.strip() for t in check.keys() if t != 'GlyphOrder'))}"
          + (f"; {len(missing)} requested code points not in the face" if missing else ""))
    check.close()
PY
