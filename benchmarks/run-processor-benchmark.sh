#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar (and the weftrace modules it contains), runs
# ProcessorBenchmark, and prints JMH's table followed by the ratios between the variants.
#
#   benchmarks/run-processor-benchmark.sh                       # the full run (2-3 minutes + build)
#   benchmarks/run-processor-benchmark.sh -f 2                  # extra JMH options are passed on
#   MVN_FLAGS=-o benchmarks/run-processor-benchmark.sh          # build offline
#   SKIP_BUILD=1 benchmarks/run-processor-benchmark.sh          # reuse the jar already built
#
# Raw results: benchmarks/results/processor.json (JMH JSON) and processor.txt (JMH's output
# followed by the ratios).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags on purpose
  mvn -B -q -DskipTests ${MVN_FLAGS:-} -pl benchmarks -am package
fi

mkdir -p benchmarks/results
out=benchmarks/results/processor.txt
java -jar benchmarks/target/benchmarks.jar ProcessorBenchmark \
  -prof gc \
  -prof dev.weftrace.benchmarks.processor.ProcessorTimeProfiler \
  -rf json -rff benchmarks/results/processor.json \
  "$@" | tee "$out"

# Ratios of the mean compile times, all from this one run (absolute times on a shared 2-core
# machine move from run to run; ratios measured side by side move much less).
awk '
  $1 == "ProcessorBenchmark.compile" { time[$2] = $5 }
  $1 == "ProcessorBenchmark.compile:processor.ms" && $2 == "weftrace" { inside = $5 }
  END {
    print ""
    print "Ratios of mean compile time (same run):"
    if (("none" in time) && ("weftrace" in time))
      printf "  javac + weftrace / javac alone (-proc:none): %.2f\n", time["weftrace"] / time["none"]
    if (("noop" in time) && ("weftrace" in time))
      printf "  javac + weftrace / javac + no-op processor:  %.2f\n", time["weftrace"] / time["noop"]
    if (("none" in time) && ("noop" in time))
      printf "  javac + no-op processor / javac alone:       %.2f\n", time["noop"] / time["none"]
    if (inside != "")
      printf "  time inside TraceProcessor per compilation:  %s ms\n", inside
  }
' "$out" | tee -a "$out"
