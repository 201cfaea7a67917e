#!/usr/bin/env bash
# Runs commands side by side and fails if any fails (decision 042). For the single-threaded steps
# of `npm test` (tsc, eslint, the client/server build, the e2e template database): run one after
# another they keep one core of a 2-core machine idle.
#   bash scripts/parallel.sh "npm run typecheck" "npm run lint"
# Each command's output is printed in one piece when it ends, so the outputs do not interleave.
set -uo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pids=()
i=0
for cmd in "$@"; do
  ( bash -c "$cmd" >"$dir/$i.out" 2>&1; echo $? >"$dir/$i.rc" ) &
  pids+=($!)
  i=$((i + 1))
done
failed=0
i=0
for cmd in "$@"; do
  wait "${pids[$i]}"
  rc=$(cat "$dir/$i.rc" 2>/dev/null || echo 1)
  echo "── $cmd (exit $rc)"
  cat "$dir/$i.out"
  [ "$rc" = "0" ] || failed=1
  i=$((i + 1))
done
exit $failed
