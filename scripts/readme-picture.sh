#!/usr/bin/env bash
# Renders docs/letter.png, the picture in the README: page 1 of the built-in example letter,
# made by the project's own command and rasterised with poppler's pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo run --quiet --release -- letter --example --date 2026-11-23 -o "$work/letter.pdf"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/letter.pdf" docs/letter
echo "wrote docs/letter.png"
