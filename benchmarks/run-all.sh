#!/usr/bin/env bash
# Runs every weftrace benchmark in one go and writes benchmarks/results/summary.md, the table the
# README links: per-call cost against hand-written OpenTelemetry code (runtime), against the peers
# (OpenTelemetry and Datadog agents, Spring AOP), process start-up, build cost, and the processor.
#
#   benchmarks/run-all.sh                 # build, then every benchmark (about 13 minutes on 2 cores)
#   MVN_FLAGS=-o benchmarks/run-all.sh    # build offline (the Maven cache already has everything)
#
# One build first (weftrace installed in the local Maven repository, which the build-cost project
# needs; benchmarks.jar and the start-up app packaged); then each benchmark script with
# SKIP_BUILD=1, one after the other so that they do not compete for the CPUs. Each writes its own
# results/*.md or *.txt; the summary repeats their tables under one machine description.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results=benchmarks/results
mkdir -p "$results"
started=$SECONDS
declare -A took

step() {
  local name=$1
  shift
  echo
  echo "=== $name"
  local t0=$SECONDS
  "$@"
  took[$name]=$((SECONDS - t0))
}

build() {
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags on purpose
  mvn -B -q -DskipTests ${MVN_FLAGS:-} install \
    -pl bom,annotations,processor,weaver,benchmarks,benchmarks/startup -am
}

# What was built: the commit, and whether the working tree differed from it at that moment.
built_from="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks/results' && \
  [ -z "$(git ls-files --others --exclude-standard -- . ':!benchmarks/results')" ] || \
  echo ' with uncommitted changes')"

export SKIP_BUILD=1
step build build
# Settings that keep the whole run under 15 minutes on 2 cores. Per call: three shorter forks
# rather than two longer ones, since forks differ more from each other than iterations within a
# fork. The processor benchmark and the build-cost rounds get a little less time than when run
# alone.
step runtime benchmarks/run-runtime-benchmark.sh -f 3 -wi 3 -i 3
step peers benchmarks/run-peers-benchmark.sh
step startup benchmarks/run-startup-benchmark.sh
step build-cost env BUDGET_S=190 benchmarks/run-build-cost.sh
step processor benchmarks/run-processor-benchmark.sh -wi 10 -i 8
total=$((SECONDS - started))

# The runtime and processor scripts print their comparisons after JMH's output; the others write
# Markdown of their own. Everything below comes from the files this run just wrote.
section_after() { # prints the lines of $1 from the first line matching $2 on
  awk -v start="$2" 'index($0, start) == 1 { on = 1 } on' "$1"
}
body_of() { # a Markdown file without its first heading, its other headings one level down
  awk 'NR == 1 && /^# / { next }
       /^```/ { fenced = !fenced }
       !fenced && /^#+ / { $0 = "#" $0 }
       { print }' "$1"
}

{
  echo "# weftrace benchmark results"
  echo
  echo "Written by \`benchmarks/run-all.sh\` at the end of one run; every figure below comes from that"
  echo "run. Ratios are measured side by side in one JMH run (or, for whole processes and builds,"
  echo "interleaved rounds); absolute times on a shared 2-core machine move from run to run."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); built from weftrace commit ${built_from}"
  echo "- Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
  echo "- Java: $(java -version 2>&1 | head -1); $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "- Duration: ${total} s in all (build ${took[build]} s, runtime ${took[runtime]} s, peers ${took[peers]} s, start-up ${took[startup]} s, build cost ${took[build-cost]} s, processor ${took[processor]} s)"
  echo "- Settings: runtime benchmarks with 3 forks of 3 + 3 one-second iterations; build cost within 190 s; processor benchmark with 10 + 8 iterations (see the step lines of run-all.sh)"
  echo
  echo "## Per call, against hand-written OpenTelemetry code"
  echo
  echo "From [runtime.txt](runtime.txt); what each case is and where the cost goes: [runtime.md](runtime.md)."
  echo
  section_after "$results/runtime.txt" "Targets of issue 6"
  echo
  echo "## Per call, against the peers"
  echo
  body_of "$results/peers.md"
  echo
  echo "## Process start-up and whole run"
  echo
  body_of "$results/startup.md"
  echo
  echo "## Build cost"
  echo
  body_of "$results/build-cost.md"
  echo
  echo "## Annotation processor"
  echo
  echo "From [processor.txt](processor.txt); the benchmark is described in [processor.md](processor.md)."
  echo
  echo '```'
  section_after "$results/processor.txt" "Ratios of mean compile time"
  echo '```'
} > "$results/summary.md"

echo
echo "All benchmarks: ${total} s. Summary: $results/summary.md"
