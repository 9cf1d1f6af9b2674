#!/usr/bin/env bash
# Whole-process benchmark of one letter as text + PDF, from start to exit, with the release
# build. Prints a table; uses hyperfine when installed, else a timed loop. The in-process
# figures come from `cargo bench --bench render`.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/objection
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { "$bin" letter --example --date 2026-11-23 -o "$work/l.txt" -o "$work/l.pdf" --force 2>/dev/null; }
run
echo "machine: $(nproc) cores, $(uname -m)"
echo "binary:  $(stat -c %s "$bin") bytes"
echo "PDF:     $(stat -c %s "$work/l.pdf") bytes ($(pdfinfo "$work/l.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages)"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 10 --runs 200 --style basic --export-markdown "$work/table.md" \
        "$bin letter --example --date 2026-11-23 -o $work/l.txt -o $work/l.pdf --force" >/dev/null 2>&1
    cat "$work/table.md"
else
    runs=200
    start=$(date +%s%N)
    for _ in $(seq $runs); do run; done
    end=$(date +%s%N)
    echo "mean of $runs runs: $(( (end - start) / runs / 1000 )) µs"
fi
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$bin" letter --example --date 2026-11-23 -o "$work/l.txt" -o "$work/l.pdf" --force 2>&1 \
        | awk -F': ' '/Maximum resident set size/ {print "peak RSS: " $2 " KB"}'
fi
