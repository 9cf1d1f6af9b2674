#!/usr/bin/env bash
# Whole-process benchmarks with the release build, printed as a table against the targets
# of the batch issue. In-process figures come from `cargo bench --bench render`.
#
#   scripts/bench.sh            one letter (hyperfine, 200 runs) + batches of 10,000 and 100,000
#   BATCH_SIZES="10000" scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/objection
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(uname -m), $(awk '/MemTotal/ {print int($2/1024) " MB"}' /proc/meminfo)"
echo "binary:  $(stat -c %s "$bin") bytes"
"$bin" letter --example --date 2026-11-23 -o "$work/l.txt" -o "$work/l.pdf" 2>/dev/null
echo "PDF:     $(stat -c %s "$work/l.pdf") bytes ($(pdfinfo "$work/l.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages)"
echo

# 1. One letter as text + PDF, whole process.
one="$bin letter --example --date 2026-11-23 -o $work/l.txt -o $work/l.pdf --force"
hyperfine --warmup 10 --runs 200 --style none --export-json "$work/one.json" "$one" >/dev/null 2>&1
median_ms=$(python3 -c "import json,sys; r=json.load(open('$work/one.json'))['results'][0]; print(f\"{r['median']*1000:.1f}\")")
mean_ms=$(python3 -c "import json,sys; r=json.load(open('$work/one.json'))['results'][0]; print(f\"{r['mean']*1000:.1f} ± {r['stddev']*1000:.1f}\")")
one_rss=$(/usr/bin/time -v $one 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}')

# 2. Batches: generated people (5 jurisdictions, 5 languages), letter as txt + pdf.
generate() { # generate N FILE
    python3 - "$1" "$2" <<'PY'
import csv, sys
n, path = int(sys.argv[1]), sys.argv[2]
places = [("DE-BE", "Berlin"), ("FR", "Paris"), ("IE", "Cork"), ("NL", "Utrecht"), ("PL", "Kraków")]
# Real names carry letters the letter's own text does not (ł, ø, ő, ç ...), so every font
# subset is not the same: first and last names from several countries, combined per row.
first = ["Anna", "Zofia", "Jürgen", "Siobhán", "Élodie", "Daan", "Bartłomiej", "Søren",
         "Ágnes", "François", "Łucja", "Niamh", "Kateřina", "Joaquín", "Ingrid", "Wojciech"]
last = ["Schmidt", "Łukasiewicz", "Müller", "Ó Ceallaigh", "Lefèvre", "van der Berg",
        "Kowalczyk", "Jørgensen", "Kovács", "Dubois", "Wiśniewska", "Murphy", "Nováková",
        "García", "Þórsdóttir", "Gößmann", "Nyström"]
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "email", "address", "place", "country", "object_to", "reason"])
    for i in range(1, n + 1):
        country, town = places[i % len(places)]
        name = f"{first[i % len(first)]} {last[(i // len(first)) % len(last)]}"
        w.writerow([f"M-{i:06d}", name, f"member{i}@example.org",
                    f"Street {i}\n{10000 + i % 9000} {town}", town, country,
                    "ai-training,ads-profiling", "I represent colleagues in a works council."])
PY
}
declare -A rate rss cpu
for size in ${BATCH_SIZES:-10000 100000}; do
    generate "$size" "$work/people-$size.csv"
    rm -rf "$work/out-$size"
    start=$(date +%s.%N)
    /usr/bin/time -v "$bin" batch "$work/people-$size.csv" --out "$work/out-$size" --date 2026-11-23 \
        2>"$work/time-$size.txt" >/dev/null
    end=$(date +%s.%N)
    rate[$size]=$(python3 -c "print(f'{$size / ($end - $start):.0f}')")
    rss[$size]=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$work/time-$size.txt")
    cpu[$size]=$(awk -F': ' -v n="$size" '/User time/ {u=$2} /System time/ {s=$2}
        END {printf "%.2f ms user + %.2f ms system", u * 1000 / n, s * 1000 / n}' "$work/time-$size.txt")
    echo "batch $size: $(grep -m1 'batch:' "$work/time-$size.txt"); CPU per letter: ${cpu[$size]}"
    # The folders stay until the end: ext4 scans past recently deleted inodes when it
    # allocates new ones, so deleting 50,000 files would slow the next batch's writes.
done

echo
echo "| what | target | measured |"
echo "|---|---|---|"
echo "| one letter, text + PDF, whole process, median | ≤ 8 ms | $median_ms ms (mean $mean_ms ms, peak RSS $((one_rss / 1024)) MB) |"
for size in "${!rate[@]}"; do
    echo "| batch of $size letters (text + PDF), $(nproc) cores | ≥ 3,000 letters/s | ${rate[$size]} letters/s |"
    echo "| peak RSS, batch of $size | ≤ 60 MB (10k); ≤ +10% at 100k | ${rss[$size]} MB |"
done
