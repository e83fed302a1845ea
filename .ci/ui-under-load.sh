#!/usr/bin/env bash
# Runs the UI test classes N times in a row (default 10) while a busy loop spins on every core, and stops at the
# first failure. Shows that the TestFX flows wait for what they assert instead of racing the FX thread.
#   .ci/ui-under-load.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
pattern='io.studycompanion.ui.**.*Test'
./mvnw -B -ntp -q test-compile
load_pids=()
stop_load() { for p in "${load_pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop_load EXIT
for _ in $(seq "$(nproc)"); do
  ( while :; do :; done ) &
  load_pids+=("$!")
done
echo "busy loops on $(nproc) cores: ${load_pids[*]}"
passed=0
for i in $(seq "$runs"); do
  start=$(date +%s)
  if ./mvnw -B -ntp -q surefire:test -Dtest="$pattern" -Dsurefire.failIfNoSpecifiedTests=false \
       > "target/ui-under-load-$i.log" 2>&1; then
    passed=$((passed + 1))
    echo "run $i: passed in $(( $(date +%s) - start )) s"
  else
    echo "run $i: FAILED (target/ui-under-load-$i.log; reports in target/surefire-reports)"
    grep -h -A3 "<failure\|<error" target/surefire-reports/TEST-io.studycompanion.ui*.xml | head -20 || true
    echo "passed $passed of $runs runs before the failure"
    exit 1
  fi
done
echo "passed $passed of $runs runs under load"
