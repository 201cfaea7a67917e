#!/usr/bin/env bash
# CPU seconds (user+sys) of a command and everything it starts: the e2e server, the browser,
# Playwright's workers (decision 036). On a machine shared with others, wall time says little;
# CPU seconds do, and on an idle 2-core machine the wall time is about CPU seconds / 2 at best.
#   bash scripts/cpu-seconds.sh npx playwright test tests/e2e/company/lists.spec.ts
# As root with cgroup v1 (cpuacct) it counts every process of the tree, also those that
# Playwright kills without waiting for them (the web server); otherwise /usr/bin/time, which
# misses those.
set -uo pipefail
cg=/sys/fs/cgroup/cpuacct/cpu-seconds-$$
if [ "$(id -u)" = "0" ] && mkdir "$cg" 2>/dev/null; then
  start=$(date +%s.%N)
  ( echo "$BASHPID" > "$cg/cgroup.procs"; exec "$@" )
  rc=$?
  end=$(date +%s.%N)
  ns=$(cat "$cg/cpuacct.usage")
  for p in $(cat "$cg/cgroup.procs"); do echo "$p" > /sys/fs/cgroup/cpuacct/cgroup.procs 2>/dev/null; done
  rmdir "$cg"
  awk -v ns="$ns" -v s="$start" -v e="$end" 'BEGIN { printf "CPU %.1f s, wall %.1f s\n", ns / 1e9, e - s }' >&2
  exit $rc
fi
exec /usr/bin/time -f "CPU %U s user + %S s sys, wall %e s (children the command did not wait for are not counted)" "$@"
