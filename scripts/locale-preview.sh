#!/usr/bin/env bash
# Renders every document kind in one language for a spread of jurisdictions, so that a
# translator can read the letters their locale produces and see hunspell's unknown words.
#
#   scripts/locale-preview.sh LANG [OUT_DIR] [HUNSPELL_DICT]
#
# Uses a debug build of objection (OBJECTION_BIN, default target/debug/objection) with the
# locale files read from disk (OBJECTION_DEV_LOCALES, default ./locales), so editing a .ftl
# file needs no rebuild.
set -euo pipefail
lang=${1:?usage: scripts/locale-preview.sh LANG [OUT_DIR] [HUNSPELL_DICT]}
out=${2:-/tmp/objection-preview/$lang}
dict=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${OBJECTION_BIN:-$root/target/debug/objection}
export OBJECTION_DEV_LOCALES=${OBJECTION_DEV_LOCALES:-$root/locales}
mkdir -p "$out"
rm -f "$out"/*.txt

person=(--name "Maria Muster" --email maria@example.org --address "Example Street 1" --address "1000 Example Town"
        --place "Example Town" --lang "$lang")
member=(--profile-url https://www.linkedin.com/in/maria --object-to ai-training,ai-other,ads-profiling,affiliate-sharing
        --reason "I am a journalist and my posts name my sources.")
non_member=(--non-member --content-url https://www.linkedin.com/posts/a-1 --content-url https://www.linkedin.com/posts/b-2
            --object-to ai-training,ai-other,ads-profiling,affiliate-sharing)
status=0
run() { # run OUT_FILE ARGS...: one command, stdout to OUT_FILE; a failure is reported
  local file=$1 err="$out/.stderr"; shift
  if ! "$bin" "$@" >"$file" 2>"$err"; then
    # Complaints where no authority takes them are refused by design.
    if ! grep -q "no authority\|does not take complaints\|no data protection authority" "$err"; then
      echo "FAILED: $*: $(cat "$err")" >&2; status=1
    fi
  fi
  rm -f "$err"
}
for country in ${COUNTRIES:-DE FR GB CH IE CA CA-QC HK US-CA US IN BR}; do
  for who in member non_member; do
    if [ "$who" = member ]; then extra=("${member[@]}"); else extra=("${non_member[@]}"); fi
    case_dir=$(mktemp -d)
    base="$out/$country-$who"
    run "$base-form.txt" form --date 2026-11-23 "${person[@]}" --country "$country" "${extra[@]}"
    "$bin" letter "${person[@]}" --country "$country" "${extra[@]}" --date 2026-10-01 --case "$case_dir/c" >/dev/null 2>&1 || { echo "FAILED: letter $country $who" >&2; status=1; }
    cp "$case_dir/c/letter.txt" "$base-letter.txt" 2>/dev/null || true
    run /dev/null reminder --case "$case_dir/c" --date 2026-11-10
    run /dev/null complaint --case "$case_dir/c" --date 2026-11-23
    cp "$case_dir/c/reminder.txt" "$base-reminder.txt" 2>/dev/null || true
    cp "$case_dir/c/complaint.txt" "$base-complaint.txt" 2>/dev/null || true
    run "$base-status.txt" status --case "$case_dir/c" --date 2026-11-23
    rm -rf "$case_dir"
  done
done
# The guidance printed after the form text goes to standard error.
"$bin" form --date 2026-11-23 "${person[@]}" --country DE "${member[@]}" 2>"$out/guidance-DE.txt" >/dev/null || status=1
"$bin" form --date 2026-11-23 "${person[@]}" --country FR "${non_member[@]}" 2>"$out/guidance-FR.txt" >/dev/null || status=1
echo "documents in $out"
if [ -n "$dict" ]; then
  echo "unknown words (hunspell -d $dict), most frequent first:"
  cat "$out"/*.txt | hunspell -d "$dict" -l | sort | uniq -c | sort -rn | head -80
fi
exit $status
