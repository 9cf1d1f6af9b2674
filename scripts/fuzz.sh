#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers and renderers (cargo-fuzz / libFuzzer); see
# fuzz/README.md. Runs every target for SECONDS (default 600), at most JOBS (default 2) at
# a time, then prints a table per target: executions, seconds, executions per second,
# corpus size (libFuzzer's units, and the files in fuzz/corpus/<target>/), coverage, and the
# crashes (files in fuzz/artifacts/<target>/; "+n" = found by this run).
#
#   scripts/fuzz.sh                 all targets, 10 minutes each
#   scripts/fuzz.sh 60 render       one target for a minute
#   JOBS=1 scripts/fuzz.sh 300      one target at a time
#
# Builds go to $CARGO_TARGET_DIR (default /work/fuzz-target, outside the repository).
# Logs: fuzz/logs/<target>.log. Crashes: fuzz/artifacts/<target>/ (none there = none found).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
jobs=${JOBS:-2}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/fuzz-target}
toolchain=+nightly
all_targets=(details_file batch_reader render)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all_targets[@]}"); fi

if ! cargo "$toolchain" fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz ..."
    cargo install cargo-fuzz --locked
fi

cd fuzz
mkdir -p logs
# Seeds are kept in seeds/<target>/ (tracked); the corpus grows in corpus/<target>/
# (ignored). Copying them in every time keeps a pruned corpus seeded.
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target" "artifacts/$target"
    if [ -d "seeds/$target" ]; then
        find "seeds/$target" -maxdepth 1 -type f -exec cp -n {} "corpus/$target/" \;
    fi
done

echo "building ${targets[*]} ..."
for target in "${targets[@]}"; do
    cargo "$toolchain" fuzz build "$target" 2>&1 | grep -E '^(error|warning: unused)' || true
done

declare -A crashes_before
for target in "${targets[@]}"; do
    crashes_before[$target]=$(find "artifacts/$target" -type f | wc -l)
done

run() { # run TARGET
    local target=$1
    # A crash ends the target's run (cargo fuzz saves the input in artifacts/<target>/);
    # the other targets go on, and the summary reports it.
    cargo "$toolchain" fuzz run "$target" "corpus/$target" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        >"logs/$target.log" 2>&1 || true
}

echo "fuzzing ${targets[*]} for ${seconds}s each, $jobs at a time (logs in fuzz/logs/) ..."
running=0
for target in "${targets[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    echo "  $(date +%T) start $target"
    run "$target" &
    running=$((running + 1))
done
wait || true
echo "  $(date +%T) done"
echo

stat_of() { # stat_of LOG NAME: a value of libFuzzer's -print_final_stats output
    awk -v name="stat::$2:" '$1 == name {print $2}' "$1" | tail -1
}

printf '%-13s %12s %8s %8s %8s %8s %7s %8s\n' \
    target executions seconds 'exec/s' corpus files cov crashes
for target in "${targets[@]}"; do
    log="logs/$target.log"
    # "#N DONE ..." ends a run that went the full time; else the last "#N ..." status line.
    last=$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)
    executions=$(stat_of "$log" number_of_executed_units)
    [ -n "$executions" ] || executions=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$last")
    speed=$(stat_of "$log" average_exec_per_sec)
    time=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | awk '{print $5}' | tail -1)
    units=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$last")
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    files=$(find "corpus/$target" -type f | wc -l)
    found=$(find "artifacts/$target" -type f | wc -l)
    new=$((found - ${crashes_before[$target]}))
    printf '%-13s %12s %8s %8s %8s %8s %7s %8s\n' "$target" "${executions:-?}" "${time:-?}" \
        "${speed:-?}" "${units:-?}" "$files" "${cov:-?}" "$found (+$new)"
done
echo
echo "libFuzzer's last lines:"
for target in "${targets[@]}"; do
    printf '  %-13s %s\n' "$target" "$(grep -aE '^#[0-9]+' "logs/$target.log" | tail -1 | tr '\t' ' ')"
    printf '  %-13s %s\n' "" "$(grep -aE '^stat::number_of_executed_units' "logs/$target.log" | tr -s ' ')"
done
echo
for target in "${targets[@]}"; do
    if grep -qaE '^==[0-9]+==|panicked at|deadly signal|ERROR: libFuzzer' "logs/$target.log"; then
        echo "$target: crash; see fuzz/logs/$target.log and fuzz/artifacts/$target/"
        grep -aE 'panicked at|ERROR: (libFuzzer|AddressSanitizer)|^Test unit written' \
            "logs/$target.log" | head -5 | sed 's/^/    /'
    fi
done
