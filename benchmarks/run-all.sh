#!/usr/bin/env bash
# Runs weftrace's benchmarks and writes their reports to benchmarks/results/: per-call cost against
# hand-written OpenTelemetry code (runtime), against the peers (OpenTelemetry and Datadog agents,
# Spring AOP), process start-up, build cost, and the annotation processor; then summary.md, the
# table the README links. What each benchmark measures and how its report reads: benchmarks/README.md.
#
#   benchmarks/run-all.sh                       # build, then every benchmark (about 30 minutes on 2 cores)
#   benchmarks/run-all.sh runtime [JMH options] # build what it needs, then one benchmark:
#                                               #   runtime | peers | processor | startup | build-cost
#   benchmarks/run-all.sh runtime --report-only # write a JMH benchmark's report again from its last run
#   QUICK=1 benchmarks/run-all.sh               # every benchmark, briefly: checks the setups (~15 min);
#                                               #   the figures mean nothing
#   MVN_FLAGS=-o benchmarks/run-all.sh          # build offline (the Maven cache already has everything)
#   SKIP_BUILD=1 benchmarks/run-all.sh startup  # reuse what the last build left in target/
#   ROUNDS=3 benchmarks/run-all.sh startup      # start-up and build cost: rounds (default 7 and 3);
#   BUDGET_S=600 benchmarks/run-all.sh build-cost #   build cost: time budget (default 1200 s), and
#   SECONDARY_ROUNDS=3 ...                      #   rounds of its scenarios without a target (default 1)
#
# This script only builds and sequences; the benchmarks, their checks and their reports are Java:
# dev.weftrace.benchmarks.report (benchmarks/jmh), ...startup.harness (benchmarks/startup) and
# ...buildcost (benchmarks/build-cost). Raw outputs (*.txt, *.json) stay out of git.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mvn_() {
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags on purpose
  mvn -B -q -DskipTests ${MVN_FLAGS:-} "$@"
}

# The build-cost project compiles against weftrace as installed in the local Maven repository.
build() {
  [[ "${SKIP_BUILD:-}" == 1 ]] && return
  case "$1" in
    runtime | peers | processor) mvn_ package -pl benchmarks/jmh -am ;;
    startup) mvn_ package -pl benchmarks/startup -am ;;
    build-cost) mvn_ install -pl bom,annotations,contract,processor,weaver,maven-plugin,benchmarks/build-cost -am ;;
    all) mvn_ install -pl bom,annotations,contract,processor,weaver,maven-plugin,benchmarks/jmh,benchmarks/startup,benchmarks/build-cost -am ;;
  esac
}

run() {
  local name=$1
  shift
  case "$name" in
    runtime | peers | processor)
      java -cp benchmarks/jmh/target/benchmarks.jar dev.weftrace.benchmarks.report.Benchmarks "$name" "$@" ;;
    startup)
      java -cp "benchmarks/startup/target/unwoven-classes:$(<benchmarks/startup/target/classpath/harness.txt)" \
        dev.weftrace.benchmarks.startup.harness.StartupBenchmark ;;
    build-cost)
      java -cp "benchmarks/build-cost/target/classes:$(<benchmarks/build-cost/target/classpath.txt)" \
        dev.weftrace.benchmarks.buildcost.BuildCostBenchmark ;;
    *)
      echo "unknown benchmark: $name (runtime, peers, processor, startup, build-cost)" >&2
      exit 2 ;;
  esac
}

if [[ $# -gt 0 ]]; then
  if [[ " $* " != *" --report-only "* ]]; then build "$1"; fi
  run "$@"
  exit
fi

# Every benchmark, one after the other so that they do not compete for the CPUs (about 30 minutes on
# 2 cores). Per call: three forks rather than the two of the annotations, since forks differ more
# from each other than iterations within a fork. The processor
# benchmark and the build-cost rounds get a little less time than when run alone.
# Runtime: the benchmarks' own 5 + 6 iterations. On 2026-12-07, 3 + 3 left the SDK cases still
# warming up (3,800 ns/op in the first three measured seconds, 400 ns/op after).
runtime_opts=(-f 3)
peers_opts=()
processor_opts=(-wi 10 -i 8)
budget=600
settings="runtime benchmarks with 3 forks of 5 + 6 one-second iterations; build cost within 600 s (its first round always runs); processor benchmark with 10 + 8 iterations (see benchmarks/run-all.sh)"
if [[ "${QUICK:-}" == 1 ]]; then
  runtime_opts=(-f 1 -wi 0 -i 1 -r 100ms)
  peers_opts=(-wi 0 -i 1)
  processor_opts=(-f 1 -wi 1 -i 1)
  export ROUNDS=1
  budget=60
  settings="QUICK=1: one short iteration per benchmark, one round of start-up and build cost: a check of the setups, not a measurement"
fi

# What was built: the commit, and whether the working tree differed from it at that moment.
built_from="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks/results' &&
  [ -z "$(git ls-files --others --exclude-standard -- . ':!benchmarks/results')" ] ||
  echo ' with uncommitted changes')"

took=()
step() {
  local name=$1 t0=$SECONDS
  shift
  echo
  echo "=== $name"
  "$@"
  took+=("$name=$((SECONDS - t0))")
}
step build build all
step runtime run runtime "${runtime_opts[@]}"
step peers run peers "${peers_opts[@]}"
step startup run startup
export BUDGET_S="${BUDGET_S:-$budget}"
step build-cost run build-cost
step processor run processor "${processor_opts[@]}"

java -cp benchmarks/jmh/target/benchmarks.jar dev.weftrace.benchmarks.report.Summary \
  "$built_from" "$settings" "${took[@]}"
