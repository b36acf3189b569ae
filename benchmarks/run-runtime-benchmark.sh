#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar (and the weftrace modules it contains), runs the runtime
# benchmarks of dev.weftrace.benchmarks.runtime with -prof gc, and prints JMH's table followed by
# the comparisons of issue 6: time ratios and allocation differences against their targets.
#
#   benchmarks/run-runtime-benchmark.sh                       # the full run (about 5 minutes + build)
#   benchmarks/run-runtime-benchmark.sh -p processor=none     # extra JMH options are passed on
#   MVN_FLAGS=-o benchmarks/run-runtime-benchmark.sh          # build offline
#   SKIP_BUILD=1 benchmarks/run-runtime-benchmark.sh          # reuse the jar already built
#   REPORT_ONLY=1 benchmarks/run-runtime-benchmark.sh         # redo the comparisons of runtime.txt
#
# Raw results: benchmarks/results/runtime.json (JMH JSON) and runtime.txt (JMH's output followed by
# the comparison table).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ "${REPORT_ONLY:-}" == 1 ]]; then
  SKIP_BUILD=1
fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags on purpose
  mvn -B -q -DskipTests ${MVN_FLAGS:-} -pl benchmarks -am package
fi

mkdir -p benchmarks/results
out=benchmarks/results/runtime.txt
if [[ "${REPORT_ONLY:-}" == 1 ]]; then
  # Keep JMH's output of the last run, drop the comparisons printed after it, print them again.
  awk '/^JMH run: [0-9]+ s;/ { exit } { print }' "$out" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$out.jmh"
  mv "$out.jmh" "$out"
  elapsed=$(awk '/^# Run complete. Total time:/ { split($NF, t, ":"); print t[1] * 3600 + t[2] * 60 + t[3] }' "$out")
else
  {
    echo "# $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) CPUs, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    java -version 2>&1 | sed 's/^/# /'
  } | tee "$out"

  start=$SECONDS
  java -jar benchmarks/target/benchmarks.jar 'dev\.weftrace\.benchmarks\.runtime\.' \
    -prof gc \
    -rf json -rff benchmarks/results/runtime.json \
    "$@" | tee -a "$out"
  elapsed=$((SECONDS - start))
fi

# The comparisons, all from this one run (absolute times on a shared 2-core machine move from run
# to run; ratios measured side by side move much less). Intervals combine JMH's 99.9% confidence
# intervals of both scores, the widest way: they are a rough bound, not a statistical test.
awk -v elapsed="$elapsed" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '
  $3 == "avgt" {
    name = $1
    metric = "time"
    if (name ~ /:gc\.alloc\.rate\.norm$/) { metric = "alloc"; sub(/:gc\.alloc\.rate\.norm$/, "", name) }
    else if (name ~ /:/) next
    n = split(name, part, ".")
    k = part[n - 1] "." part[n]
    if ($5 == "≈") { score = 0; error = 0 } else { score = $5; error = ($6 == "±") ? $7 : 0 }
    if (metric == "time") { t[k] = score; te[k] = error } else { b[k] = score; be[k] = error }
  }
  function ratio(label, a, z, limit, bytes,    r, lo, hi, db, verdict) {
    if (!(a in t) || !(z in t)) return
    r = t[a] / t[z]
    lo = (t[a] - te[a]) / (t[z] + te[z])
    hi = (t[z] - te[z]) > 0 ? (t[a] + te[a]) / (t[z] - te[z]) : 0
    db = b[a] - b[z]
    # The interval decides whether one run settles it: a mean on one side of the target with the
    # interval reaching the other side is reported as the result of this run only.
    if (r <= limit) verdict = (hi > 0 && hi <= limit) ? "met" : sprintf("met in this run, not settled: interval up to %.3f", hi)
    else verdict = lo > limit ? sprintf("missed by %.1f%%", 100 * (r - limit)) : sprintf("missed by %.1f%% in this run, not settled: interval down to %.3f", 100 * (r - limit), lo)
    if (bytes != "") verdict = verdict ", " (db <= bytes + 0.5 ? "B/op met" : sprintf("B/op missed by %.0f B", db - bytes))
    printf "| %s | %.1f ± %.1f | %.1f ± %.1f | %.3f (%.3f–%.3f) | %+.1f | %.0f / %.0f | %+.0f | ratio ≤ %.2f%s | %s |\n", \
      label, t[a], te[a], t[z], te[z], r, lo, hi, t[a] - t[z], b[a], b[z], db, limit, \
      (bytes != "" ? sprintf(", ≤ %+d B/op", bytes) : ""), verdict
  }
  function extra(label, a, z, limit,    d, db, verdict) {
    if (!(a in t) || !(z in t)) return
    d = t[a] - t[z]
    db = b[a] - b[z]
    if (d <= limit) verdict = (d + te[a] + te[z] <= limit) ? "time met" : sprintf("time met in this run, not settled: up to %+.1f ns", d + te[a] + te[z])
    else verdict = (d - te[a] - te[z] > limit) ? sprintf("time missed by %.1f ns", d - limit) : sprintf("time missed by %.1f ns in this run, not settled: down to %+.1f ns", d - limit, d - te[a] - te[z])
    verdict = verdict ", " (db < 0.5 ? "B/op met" : sprintf("B/op missed by %.0f B", db))
    printf "| %s | %.1f ± %.1f | %.1f ± %.1f | %.3f | %+.1f (%+.1f–%+.1f) | %.0f / %.0f | %+.0f | ≤ %d ns extra, 0 B/op | %s |\n", \
      label, t[a], te[a], t[z], te[z], t[a] / t[z], d, d - te[a] - te[z], d + te[a] + te[z], b[a], b[z], db, limit, verdict
  }
  function info(label, a, z) {
    if (!(a in t) || !(z in t)) return
    printf "| %s | %.1f ± %.1f | %.1f ± %.1f | %.2f | %+.1f | %.0f / %.0f | %+.0f |\n", \
      label, t[a], te[a], t[z], te[z], t[a] / t[z], t[a] - t[z], b[a], b[z], b[a] - b[z]
  }
  END {
    print ""
    printf "JMH run: %d s; load average at the end: %s\n\n", elapsed, load
    print "Targets of issue 6 (ns/op mean ± 99.9% CI; B/op from -prof gc, weftrace / compared):"
    print ""
    print "| case | weftrace ns/op | compared ns/op | time ratio (interval) | Δ ns/op | B/op | Δ B/op | target | verdict |"
    print "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    ratio("1. SDK: woven vs hand-written", "SdkTracingBenchmark.woven", "SdkTracingBenchmark.handWritten", 1.03, 16)
    ratio("2. SDK, CompletableFuture: woven vs hand-written", "SdkTracingBenchmark.wovenAsync", "SdkTracingBenchmark.handWrittenAsync", 1.05, "")
    ratio("4. no-op OpenTelemetry: woven vs hand-written", "NoopApiBenchmark.woven", "NoopApiBenchmark.handWritten", 1.05, "")
    ratio("4b. nothing registered, unrouted check settled: woven vs hand-written no-op", "UnregisteredApiBenchmark.woven", "UnregisteredApiBenchmark.handWritten", 1.05, "")
    print ""
    print "| case | weftrace ns/op | compared ns/op | time ratio | Δ ns/op (interval) | B/op | Δ B/op | target | verdict |"
    print "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    extra("3. weftrace.enabled=false: woven vs plain", "KillSwitchBenchmark.woven", "KillSwitchBenchmark.plain", 1)
    extra("5. weftrace.exclude: woven vs plain", "ExcludedBenchmark.woven", "ExcludedBenchmark.plain", 2)
    print ""
    print "For reference (no target):"
    print ""
    print "| comparison | ns/op | compared ns/op | ratio | Δ ns/op | B/op | Δ B/op |"
    print "| --- | --- | --- | --- | --- | --- | --- |"
    info("SDK: woven vs plain", "SdkTracingBenchmark.woven", "SdkTracingBenchmark.plain")
    info("SDK: hand-written vs plain", "SdkTracingBenchmark.handWritten", "SdkTracingBenchmark.plain")
    info("SDK, future: woven vs plain", "SdkTracingBenchmark.wovenAsync", "SdkTracingBenchmark.plainAsync")
    info("SDK, future: hand-written vs plain", "SdkTracingBenchmark.handWrittenAsync", "SdkTracingBenchmark.plainAsync")
    info("weftrace.exclude, no @SpanTag: woven vs plain", "ExcludedBenchmark.wovenUntagged", "ExcludedBenchmark.plain")
    info("weftrace.exclude: tagged vs untagged woven", "ExcludedBenchmark.woven", "ExcludedBenchmark.wovenUntagged")
  }
' "$out" | tee -a "$out"
