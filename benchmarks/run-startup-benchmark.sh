#!/usr/bin/env bash
# Builds benchmarks/startup (and the weftrace modules it uses), then starts the same small app
# (2,000 orders, 10,000 traced calls) in five variants, round after round with the variants
# interleaved, each run under GNU time, and writes the medians: see benchmarks/startup/README.md.
#
#   benchmarks/run-startup-benchmark.sh               # 1 warm-up + 7 rounds: ~1-2 min + the build
#   ROUNDS=2 benchmarks/run-startup-benchmark.sh      # fewer rounds, while developing
#   MVN_FLAGS=-o benchmarks/run-startup-benchmark.sh  # build offline
#   SKIP_BUILD=1 benchmarks/run-startup-benchmark.sh  # reuse what the last build left in target/
#
# Variants: plain (unwoven classes, no tracer), weftrace (woven classes, OpenTelemetry SDK),
# sdk-only (unwoven classes, the same SDK started and shut down), otel-agent (unwoven classes,
# OpenTelemetry Java agent), datadog (unwoven classes, Datadog Java agent sending to a sink on
# 127.0.0.1 that this script starts and stops).
#
# Results: benchmarks/results/startup.md (tables, verdict) and startup.txt (one line per run).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

rounds="${ROUNDS:-7}"
variants=(plain weftrace sdk-only otel-agent datadog)
started=$SECONDS

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags on purpose
  mvn -B -q -DskipTests ${MVN_FLAGS:-} -pl benchmarks/startup -am package
fi
built=$((SECONDS - started))

target=benchmarks/startup/target
unwoven=$target/unwoven-classes
classpath=$target/classpath
app=dev.weftrace.benchmarks.startup.StartupApp
for file in "$unwoven/${app//.//}.class" "$target/classes/${app//.//}.class" \
  "$target/agents/opentelemetry-javaagent.jar" "$target/agents/dd-java-agent.jar" \
  "$classpath/weftrace.txt" "$classpath/otel-agent.txt" "$classpath/datadog.txt"; do
  [[ -f "$file" ]] || { echo "missing $file: build first (without SKIP_BUILD=1)" >&2; exit 1; }
done

work="$(mktemp -d)"
sink_pid=
cleanup() {
  if [[ -n "$sink_pid" ]]; then kill "$sink_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The Datadog agent's intake: a sink on loopback that counts traces and spans (see DatadogSink).
java -cp "$unwoven" dev.weftrace.benchmarks.startup.harness.DatadogSink >"$work/sink.out" 2>&1 &
sink_pid=$!
port=
for _ in $(seq 100); do
  port="$(sed -n 's/^port=//p' "$work/sink.out")"
  [[ -n "$port" ]] && break
  sleep 0.1
done
if [[ -z "$port" ]]; then
  echo "the Datadog sink did not start:" >&2
  cat "$work/sink.out" >&2
  exit 1
fi
sink="http://127.0.0.1:$port"

# The JVM command line of one variant, into the array cmd.
command_for() {
  case "$1" in
    plain)
      cmd=(java -cp "$unwoven" "$app" plain) ;;
    weftrace)
      cmd=(java -cp "$target/classes:$(<"$classpath/weftrace.txt")" "$app" weftrace) ;;
    sdk-only)
      cmd=(java -cp "$unwoven:$(<"$classpath/weftrace.txt")" "$app" sdk-only) ;;
    otel-agent)
      cmd=(java "-javaagent:$target/agents/opentelemetry-javaagent.jar"
        -Dotel.service.name=weftrace-startup
        -Dotel.traces.exporter=none -Dotel.metrics.exporter=none -Dotel.logs.exporter=none
        -cp "$unwoven:$(<"$classpath/otel-agent.txt")" "$app" otel-agent) ;;
    datadog)
      cmd=(java "-javaagent:$target/agents/dd-java-agent.jar"
        -Ddd.service=weftrace-startup "-Ddd.trace.agent.url=$sink"
        -Ddd.instrumentation.telemetry.enabled=false -Ddd.remote_config.enabled=false
        -Ddd.jmxfetch.enabled=false -Ddd.trace.startup.logs=false
        -cp "$unwoven:$(<"$classpath/datadog.txt")" "$app" datadog) ;;
  esac
}

# What the sink has counted so far: "traces spans".
sink_counts() {
  curl -sf "$sink/stats" | awk '{
    for (i = 1; i <= NF; i++) { split($i, kv, "="); n[kv[1]] = kv[2] }
    print n["traces"], n["spans"]
  }'
}

# Runs one variant once and appends its line to the raw file. Times are in microseconds from the
# launch instant, which the shell takes (without forking) just before it starts GNU time.
run_once() {
  local round="$1" variant="$2" before=0 after launch finished line
  local sink_traces=- sink_spans=-
  command_for "$variant"
  if [[ "$variant" == datadog ]]; then before="$(sink_counts)"; fi
  launch="${EPOCHREALTIME//[!0-9]/}" # whatever the locale's decimal point
  if ! /usr/bin/time -v -o "$work/time" "${cmd[@]}" >"$work/out" 2>"$work/err"; then
    echo "$variant failed (round $round):" >&2
    cat "$work/out" "$work/err" "$work/time" >&2
    exit 1
  fi
  finished="${EPOCHREALTIME//[!0-9]/}"
  line="$(grep '^startup-app ' "$work/out")"
  if [[ "$variant" == datadog ]]; then
    # The agent flushes in a shutdown hook and the sink counts before it answers, so the counts
    # are complete once the JVM has exited.
    after="$(sink_counts)"
    sink_traces=$((${after% *} - ${before% *}))
    sink_spans=$((${after#* } - ${before#* }))
    if ((sink_traces == 0)); then
      echo "datadog (round $round): the sink received no trace" >&2
      exit 1
    fi
  fi
  awk -v round="$round" -v variant="$variant" -v launch="$launch" -v finished="$finished" \
    -v st="$sink_traces" -v ss="$sink_spans" -v line="$line" '
    /User time \(seconds\)/ { user = $NF }
    /System time \(seconds\)/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF }
    END {
      n = split(line, field, " ")
      for (i = 2; i <= n; i++) { if (split(field[i], kv, "=") == 2) value[kv[1]] = kv[2] }
      tracing = substr(line, index(line, "tracing=") + 8)
      printf "%s %s %d %d %d %d %s %s %s %s %s %s\n", round, variant, value["main-us"] - launch,
        value["ready-us"] - launch, value["first-traced-call-us"] - launch, finished - launch,
        user, sys, rss, st, ss, tracing
    }' "$work/time" >>"$raw"
  tail -n 1 "$raw" | cut -c1-100
}

mkdir -p benchmarks/results
raw=benchmarks/results/startup.txt
{
  echo "# weftrace start-up benchmark, one line per run; round 0 is a warm-up, not in the medians"
  echo "# date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "# nproc: $(nproc)"
  echo "# load-start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# java: $(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
  echo "# code: commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')," \
    "working tree with $(git status --porcelain 2>/dev/null | wc -l) paths changed or untracked"
  echo "# rounds: $rounds"
  echo "# columns: round variant main_us ready_us first_call_us wall_us user_s sys_s" \
    "max_rss_kib sink_traces sink_spans tracing"
} >"$raw"

runs_started=$SECONDS
for round in $(seq 0 "$rounds"); do
  for variant in "${variants[@]}"; do
    run_once "$round" "$variant"
  done
done
{
  echo "# load-end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# duration: runs $((SECONDS - runs_started)) s, build $built s," \
    "in all $((SECONDS - started)) s"
} >>"$raw"

java -cp "$unwoven" dev.weftrace.benchmarks.startup.harness.StartupReport "$raw" \
  benchmarks/results/startup.md
cat benchmarks/results/startup.md
