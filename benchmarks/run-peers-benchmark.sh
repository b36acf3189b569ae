#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar (with the agents it needs in benchmarks/target/agents/),
# runs the benchmarks against the peers (dev.weftrace.benchmarks.peers: weftrace on the OpenTelemetry
# SDK, Spring AOP, the OpenTelemetry Java agent, the Datadog Java agent) in one JMH run with -prof gc
# and the whole-JVM CPU profiler, and writes the comparison table generated from that run.
#
#   benchmarks/run-peers-benchmark.sh                         # the full run (about 4 minutes + build)
#   MVN_FLAGS=-o benchmarks/run-peers-benchmark.sh            # build offline
#   SKIP_BUILD=1 benchmarks/run-peers-benchmark.sh            # reuse the jar already built
#   SKIP_BUILD=1 benchmarks/run-peers-benchmark.sh -wi 1 -i 1 # extra JMH options are passed on
#   REPORT_ONLY=1 benchmarks/run-peers-benchmark.sh           # only regenerate peers.md from peers.txt
#
# Must run from any directory but executes JMH from the repository root: the forks find the agents
# at benchmarks/target/agents/ relative to it. The Datadog forks' trace sink listens on
# 127.0.0.1:18126, so that port must be free. All traffic stays on 127.0.0.1.
#
# Writes benchmarks/results/peers.txt (JMH's output) and benchmarks/results/peers.md (the tables).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
script_start=$SECONDS

if [[ "${SKIP_BUILD:-}" != 1 && "${REPORT_ONLY:-}" != 1 ]]; then
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags on purpose
  mvn -B -q -DskipTests ${MVN_FLAGS:-} -pl benchmarks -am package
fi

if [[ "${REPORT_ONLY:-}" != 1 ]]; then
  for agent in opentelemetry-javaagent dd-java-agent; do
    if [[ ! -f "benchmarks/target/agents/$agent.jar" ]]; then
      echo "benchmarks/target/agents/$agent.jar is missing: build without SKIP_BUILD=1" >&2
      exit 1
    fi
  done
  if (exec 3<>/dev/tcp/127.0.0.1/18126) 2>/dev/null; then
    echo "127.0.0.1:18126 is in use: the Datadog forks need it for their trace sink" >&2
    exit 1
  fi
fi

mkdir -p benchmarks/results
out=benchmarks/results/peers.txt
md=benchmarks/results/peers.md

# What the tables say about the run is written into peers.txt itself (lines starting "#peers "), so
# that REPORT_ONLY=1 can regenerate peers.md from peers.txt alone.
if [[ "${REPORT_ONLY:-}" != 1 ]]; then
  {
    echo "#peers started=$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "#peers cpus=$(nproc)"
    echo "#peers load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "#peers java=$(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
    echo "#peers options=$*"
  } | tee "$out"
  jmh_start=$SECONDS
  java -jar benchmarks/target/benchmarks.jar 'dev\.weftrace\.benchmarks\.peers\.' \
    -prof gc \
    -prof dev.weftrace.benchmarks.peers.ProcessCpuProfiler \
    "$@" | tee -a "$out"
  {
    echo "#peers jmh_seconds=$((SECONDS - jmh_start))"
    echo "#peers load_end=$(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee -a "$out"
fi

awk '
  /^#peers / {
    sub(/^#peers /, "")
    meta[substr($0, 1, index($0, "=") - 1)] = substr($0, index($0, "=") + 1)
    next
  }
  {
    mode = 0
    for (i = 2; i <= NF; i++) if ($i == "avgt") { mode = i; break }
    if (!mode) next
    name = $1
    metric = "time"
    if (name ~ /:gc\.alloc\.rate\.norm$/) metric = "alloc"
    else if (name ~ /:process\.cpu\.norm$/) metric = "cpu"
    else if (name ~ /:/) next
    sub(/:.*/, "", name)
    n = split(name, part, ".")
    k = part[n - 1] "." part[n]
    s = mode + 2                                 # after mode and count (empty with one iteration)
    if ($s !~ /^[0-9.]/ && $s != "≈") s = mode + 1
    if ($s == "≈") { score = 0; error = 0 } else { score = $s; error = ($(s + 1) == "±") ? $(s + 2) : 0 }
    if (metric == "time") { t[k] = score; te[k] = error }
    else if (metric == "alloc") b[k] = score
    else c[k] = score
  }
  function num(x, e) { return e > 0 ? sprintf("%.1f ± %.1f", x, e) : sprintf("%.1f", x) }
  function bounds(a, z) {                        # sets LO and HI; HI = 99 when unbounded
    LO = (t[a] - te[a]) / (t[z] + te[z])
    HI = 99
    if (t[z] - te[z] > 0) HI = (t[a] + te[a]) / (t[z] - te[z])
  }
  function interval(a, z) {
    bounds(a, z)
    return sprintf("%.2f (%.2f–%.2f)", t[a] / t[z], LO, HI)
  }
  function verdict(a, z, limit, strict,    r, met) {  # time ratio a/z against limit
    r = t[a] / t[z]
    bounds(a, z)
    met = strict ? r < limit : r <= limit
    if (met && HI <= limit) return "met"
    if (met) return sprintf("met in this run, not settled: interval up to %.2f", HI)
    if (LO > limit) return sprintf("missed by %.0f%%", 100 * (r / limit - 1))
    return sprintf("missed by %.0f%% in this run, not settled: interval down to %.2f", 100 * (r / limit - 1), LO)
  }
  function cpuratio(a, z) {
    if ((a in c) && (z in c) && c[z] > 0) return sprintf("%.2f", c[a] / c[z])
    return "—"
  }
  function row(label, jvm, k, ref,    tr, br) {
    if (!(k in t)) { missing = missing " " k; printf "| %s | %s | missing: see peers.txt | | | | | |\n", label, jvm; return }
    tr = "—"
    if (ref in t) tr = interval(k, ref)
    br = "—"
    if ((ref in b) && b[ref] > 0) br = sprintf("%.2f", b[k] / b[ref])
    printf "| %s | %s | %s | %s | %.0f | %s | %.0f | %s |\n", label, jvm, num(t[k], te[k]), tr, b[k], br, c[k], cpuratio(k, ref)
  }
  function goal(label, a, z) {
    if (!(a in t) || !(z in t)) { printf "| %s | missing | | | | |\n", label; return }
    printf "| %s | %s | %s | %s | %s | %s |\n", label, num(t[a], te[a]), num(t[z], te[z]), interval(a, z), \
      cpuratio(a, z), verdict(a, z, 1, 1)
  }
  function dd(label, a, z, hand,    byhand) {
    if (!(a in t) || !(z in t)) { printf "| %s | missing | | | | | | |\n", label; return "" }
    byhand = "—"
    if (hand in t) byhand = sprintf("%.2f", t[hand] / t[z])
    printf "| %s | %s | %s | %s | %.0f / %.0f (%+.0f) | %s | %s | %s |\n", label, num(t[a], te[a]), num(t[z], te[z]), \
      interval(a, z), b[a], b[z], b[a] - b[z], cpuratio(a, z), byhand, verdict(a, z, 1, 0)
    return a
  }
  END {
    ref = "SdkPeersBenchmark.weftrace"
    print "# Per-call cost against the peers"
    print ""
    print "Generated by `benchmarks/run-peers-benchmark.sh` from one JMH run (raw output: [peers.txt](peers.txt));"
    print "see [../README.md](../README.md#benchmarks-against-the-peers) for what each case is. Only ratios"
    print "within this run mean anything: the machine is a shared 2-core VM."
    print ""
    printf "- Run: %s, %s CPUs, load average %s at the start, %s at the end; JMH run %s s.\n", meta["started"], meta["cpus"], meta["load_start"], meta["load_end"], meta["jmh_seconds"]
    printf "- Java: %s.\n", meta["java"]
    printf "- JMH 1.37, average time per call; 1 fork per case, each in its own JVM; 8 × 1 s warm-up,\n"
    printf "  5 × 1 s measurement; `-prof gc` (B/op: bytes allocated by all threads of the JVM per call)\n"
    printf "  and `-prof dev.weftrace.benchmarks.peers.ProcessCpuProfiler` (CPU ns/op: CPU time of the whole\n"
    extras = ""
    if (meta["options"] != "") extras = "; extra JMH options: `" meta["options"] "`"
    printf "  JVM per call, background threads included)%s.\n", extras
    print "- Every traced case makes the same span (name, two tags `order.id` = \"ORD-1002\" and"
    print "  `order.lines` = 250) around the same body, except the Datadog agent'"'"'s own `@Trace`, which"
    print "  cannot tag parameters. Ratios: case / weftrace on the SDK; intervals from both 99.9% CIs."
    print ""
    print "## Per call"
    print ""
    print "| case | JVM | ns/op | time ratio vs weftrace (interval) | B/op | B/op ratio | CPU ns/op | CPU ratio |"
    print "| --- | --- | --- | --- | --- | --- | --- | --- |"
    row("**weftrace**: woven `@Trace` + 2 `@SpanTag`, OTel SDK (the reference)", "no agent", ref, ref)
    row("same span by hand, OTel API, same SDK", "no agent", "SdkPeersBenchmark.handWritten", ref)
    row("Spring AOP proxy (`AspectJProxyFactory`), `@Around` + `ProceedingJoinPoint.getArgs()`, same SDK", "no agent", "SdkPeersBenchmark.springAop", ref)
    row("OpenTelemetry agent 2.31.0: `@WithSpan` + 2 `@SpanAttribute`", "OTel agent, exporters `none`", "OtelAgentBenchmark.withSpan", ref)
    row("OpenTelemetry agent: same span by hand, OTel API", "OTel agent, exporters `none`", "OtelAgentBenchmark.handWritten", ref)
    row("Datadog agent 1.68.1: `@datadog.trace.api.Trace` (no tags)", "DD agent", "DatadogOpenTracingBenchmark.agentTrace", ref)
    row("weftrace under the Datadog agent, OpenTracing", "DD agent, `-Dweftrace.backend=opentracing`", "DatadogOpenTracingBenchmark.weftrace", ref)
    row("same span by hand, OpenTracing on the agent'"'"'s `GlobalTracer`", "DD agent", "DatadogOpenTracingBenchmark.handOpenTracing", ref)
    row("Datadog agent: `@datadog.trace.api.Trace` (no tags)", "DD agent, `-Ddd.trace.otel.enabled=true`", "DatadogOtelBenchmark.agentTrace", ref)
    row("weftrace under the Datadog agent, OTel shim", "DD agent, `-Ddd.trace.otel.enabled=true -Dweftrace.backend=otel`", "DatadogOtelBenchmark.weftrace", ref)
    row("same span by hand, OTel API on the shim", "DD agent, `-Ddd.trace.otel.enabled=true`", "DatadogOtelBenchmark.handOtel", ref)
    row("the body alone, untraced", "no agent", "SdkPeersBenchmark.plain", ref)
    print ""
    print "## Goal: weftrace faster per call than both agents"
    print ""
    print "| comparison | weftrace ns/op | agent ns/op | time ratio (interval) | CPU ratio | verdict (time) |"
    print "| --- | --- | --- | --- | --- | --- |"
    goal("weftrace on the SDK vs the OpenTelemetry agent'"'"'s `@WithSpan`", ref, "OtelAgentBenchmark.withSpan")
    goal("weftrace on the SDK vs the Datadog agent'"'"'s `@Trace`", ref, "DatadogOpenTracingBenchmark.agentTrace")
    print ""
    print "## Datadog target: a woven `@Trace` under the agent costs no more than the agent'"'"'s own `@Trace`"
    print ""
    print "Each path against the agent'"'"'s `@Trace` measured with the same agent flags. weftrace'"'"'s span"
    print "carries the two tags; the agent'"'"'s cannot. Last but one column: the same span by hand on that"
    print "path, against the agent'"'"'s `@Trace`, i.e. what the path costs before weftrace adds anything."
    print ""
    print "| path | weftrace ns/op | agent `@Trace` ns/op | time ratio (interval) | B/op weftrace / agent (Δ) | CPU ratio | by hand / agent | verdict (ratio ≤ 1.00) |"
    print "| --- | --- | --- | --- | --- | --- | --- | --- |"
    p1 = dd("OpenTracing (`-Dweftrace.backend=opentracing`)", "DatadogOpenTracingBenchmark.weftrace", "DatadogOpenTracingBenchmark.agentTrace", "DatadogOpenTracingBenchmark.handOpenTracing")
    p2 = dd("OpenTelemetry shim (`-Ddd.trace.otel.enabled=true -Dweftrace.backend=otel`)", "DatadogOtelBenchmark.weftrace", "DatadogOtelBenchmark.agentTrace", "DatadogOtelBenchmark.handOtel")
    z1 = "DatadogOpenTracingBenchmark.agentTrace"; z2 = "DatadogOtelBenchmark.agentTrace"
    best = p1; bz = z1; name = "OpenTracing"
    if (p1 == "" || (p2 != "" && t[p2] / t[z2] < t[p1] / t[z1])) { best = p2; bz = z2; name = "OpenTelemetry shim" }
    if (best != "") printf "\nBest path in this run: **%s**, time ratio %.2f to the agent'"'"'s `@Trace`: %s.\n", name, t[best] / t[bz], verdict(best, bz, 1, 0)
    for (k in t) if (k != "SdkPeersBenchmark.plain" && b[k] < 100) suspicious = suspicious " " k " (" b[k] " B/op)"
    if (suspicious != "") printf "\nWARNING: traced cases that allocate almost nothing, so may not be traced:%s\n", suspicious
    if (missing != "") printf "\nWARNING: cases missing from the output (failed or filtered out):%s\n", missing
  }
' "$out" > "$md"

echo
cat "$md"
echo
echo "Whole script: $((SECONDS - script_start)) s. Wrote $out and $md."
