#!/usr/bin/env bash
# What weftrace adds to the build a user runs on every change: generates a 500-class project with
# 5 @Trace methods per class (benchmarks/build-cost/Generate.java), builds it in three
# configurations, and reports median wall and CPU time, the ratios to javac alone against the
# goal of 1.5x, and where the time goes (Maven start-up, javac, processor, ajc).
#
#   benchmarks/run-build-cost.sh                   # install weftrace, then the full run (< 4 min)
#   MVN_FLAGS=-o benchmarks/run-build-cost.sh      # install offline
#   SKIP_BUILD=1 benchmarks/run-build-cost.sh      # use the weftrace artifacts already in ~/.m2
#   ROUNDS=1 SKIP_BUILD=1 benchmarks/run-build-cost.sh   # a quick look (default: 3 rounds)
#   MAVEN_OPTS=-XX:TieredStopAtLevel=1 ...         # the timed Maven JVMs inherit MAVEN_OPTS
#
# Time budget: the whole script stays under 4 minutes (BUDGET_S, default 230 s) on a 2-core
# machine. Rounds stop early if another round would not fit (the report says how many ran); the
# extras (builds with C1 only, the edit-compile loop with one source touched) run only if time is
# left after the rounds and the unchanged-rebuild case.
#
# Configurations (see benchmarks/build-cost/README.md): 1-javac (-proc:none, no weaving),
# 2-processor (javac + weftrace-processor), 3-weave (processor + aspectj-maven-plugin, README's
# "Maven setup"). Each timed build is `mvn -B -o process-classes` after an untimed `clean`:
# process-classes, not compile, because that is the phase README's setup weaves in (`mvn compile`
# stops before it); for 1 and 2 the two goals run the same mojos. Timed builds log with
# timestamps (not -q) so that each one also gives its own breakdown.
#
# Results: benchmarks/results/build-cost.md (tables) and build-cost.txt (one line per build);
# Maven's log of every build: benchmarks/target/build-cost/logs/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rounds="${ROUNDS:-3}"
budget="${BUDGET_S:-230}"
began=$SECONDS
export TZ=UTC # date and Maven's log timestamps must use the same clock

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags on purpose
  mvn -B -q -DskipTests ${MVN_FLAGS:-} install -pl bom,annotations,processor,weaver -am
fi
installed=$((SECONDS - began))

project=benchmarks/target/build-cost
warmup=benchmarks/target/build-cost-warmup
logs="$project/logs"
results=benchmarks/results
raw="$results/build-cost.txt"
md="$results/build-cost.md"
configs=(1-javac 2-processor 3-weave)
weaver_jar="$HOME/.m2/repository/dev/weftrace/weftrace-weaver/0.1.0-SNAPSHOT/weftrace-weaver-0.1.0-SNAPSHOT.jar"
log_opts=(-Dstyle.color=never -Dorg.slf4j.simpleLogger.showDateTime=true
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

java benchmarks/build-cost/Generate.java "$project" 500 5
java benchmarks/build-cost/Generate.java "$warmup" 10 5 >/dev/null
rm -rf "$logs"
mkdir -p "$logs" "$results"

# Not timed: a build of a 10-class copy per configuration resolves every plugin and dependency
# (offline), reads their jars into the page cache, and fails the run early if a setup is broken.
for c in "${configs[@]}"; do
  if ! mvn -B -o -q -f "$warmup/pom-$c.xml" clean process-classes >"$logs/warmup-$c.log" 2>&1; then
    echo "warm-up build of $c failed:" >&2
    tail -40 "$logs/warmup-$c.log" >&2
    exit 1
  fi
done
warmed=$((SECONDS - began))

# Appends to $raw one line per build: what, round, configuration, wall/user/sys seconds, max RSS,
# then the phases from Maven's timestamped log, in seconds:
#   startup   JVM and Maven start, reading the pom, planning (process start -> first mojo)
#   resources maven-resources-plugin
#   cplugin   maven-compiler-plugin before javac starts (stale-source check, class path)
#   javac     javac itself, annotation processing included ("Compiling N source files" -> next mojo)
#   wplugin   aspectj-maven-plugin before ajc starts (plugin class realm, arguments, builddef.lst)
#   ajc       ajc itself: reading, matching, weaving, writing ("Showing AJC message detail" -> end)
#   shutdown  after the last mojo until the process has exited
build() {
  local kind=$1 round=$2 c=$3 log="$logs/$1-$2-$3.log" tv="$logs/$1-$2-$3.time" t0 t1 attempt
  for attempt in 1 2; do
    t0=$(date +%H:%M:%S.%N)
    if /usr/bin/time -v -o "$tv" mvn -B -o -f "$project/pom-$c.xml" "${log_opts[@]}" process-classes \
        >"$log" 2>&1; then
      break
    fi
    # ~/.m2 is shared: a build elsewhere installing weftrace-weaver while this one reads the jar
    # fails it. Such a build is retried once, and counted in the report.
    if ((attempt == 2)); then
      echo "timed build failed twice ($kind, round $round, $c):" >&2
      tail -40 "$log" >&2
      exit 1
    fi
    mv "$log" "$log.failed"
    echo "# retried: $kind $round $c failed once, see $log.failed" >>"$raw"
    retries=$((retries + 1))
  done
  t1=$(date +%H:%M:%S.%N)
  awk -v kind="$kind" -v round="$round" -v c="$c" -v t0="$t0" -v t1="$t1" -v tv="$tv" '
    function sec(t,    a) { split(t, a, ":"); return a[1] * 3600 + a[2] * 60 + a[3] }
    function at(t,    s) { s = sec(t); return s < start ? s + 86400 : s }
    function mark(t, phase) { if (last != "") d[last] += t - lastT; last = phase; lastT = t }
    BEGIN { start = sec(t0); mark(start, "startup") }
    $2 == "[INFO]" && $3 == "---" && $4 ~ /^maven-resources-plugin:/ { mark(at($1), "resources") }
    $2 == "[INFO]" && $3 == "---" && $4 ~ /^maven-compiler-plugin:/ { mark(at($1), "cplugin") }
    $2 == "[INFO]" && $3 == "---" && $4 ~ /^aspectj-maven-plugin:/ { mark(at($1), "wplugin") }
    $2 == "[INFO]" && $3 == "Compiling" && $5 == "source" { mark(at($1), "javac") }
    $2 == "[INFO]" && $3 == "Showing" && $4 == "AJC" { mark(at($1), "ajc") }
    $2 == "[INFO]" && $3 == "BUILD" { mark(at($1), "shutdown") }
    END {
      end = sec(t1); if (end < start) end += 86400
      mark(end, "")
      while ((getline line < tv) > 0) {
        n = split(line, f, ": ")
        if (line ~ /Elapsed \(wall clock\)/) { k = split(f[n], w, ":"); wall = (k == 3) ? w[1] * 3600 + w[2] * 60 + w[3] : w[1] * 60 + w[2] }
        if (line ~ /User time/) user = f[n]
        if (line ~ /System time/) sys = f[n]
        if (line ~ /Maximum resident/) rss = f[n]
      }
      printf "%s %s %s %.2f %.2f %.2f %d %.3f %.3f %.3f %.3f %.3f %.3f %.3f\n", kind, round, c, wall, user, \
        sys, rss, d["startup"], d["resources"], d["cplugin"], d["javac"], d["wplugin"], d["ajc"], d["shutdown"]
    }' "$log" >>"$raw"
}

# Seconds left before the budget runs out.
left() { echo $((budget - (SECONDS - began))); }

woven_jar_before=$(stat -c "%Y %s" "$weaver_jar" 2>/dev/null || echo missing)
retries=0
{
  echo "# $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) CPUs, load average: $(cut -d' ' -f1-3 /proc/loadavg), rounds: $rounds, MAVEN_OPTS: ${MAVEN_OPTS:-(none)}"
  java -version 2>&1 | sed 's/^/# /'
  mvn -v 2>/dev/null | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g; s/^/# /'
  echo "# kind round config wall_s user_s sys_s maxrss_kb startup_s resources_s cplugin_s javac_s wplugin_s ajc_s shutdown_s"
} >"$raw"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
timed_began=$SECONDS

# Full builds: clean (deleting the configuration's build directory, which is all that
# maven-clean-plugin does here; not timed), then process-classes. Rounds interleave 1, 2, 3; a
# round starts only if it fits in the budget with the unchanged-rebuild case after it (estimated
# from the round before: roughly a third of a round).
ran=0
round_took=0
for ((r = 1; r <= rounds; r++)); do
  if ((r > 1 && round_took * 4 / 3 > $(left))); then
    break
  fi
  round_began=$SECONDS
  for c in "${configs[@]}"; do
    rm -rf "$project/target/$c"
    build full "$r" "$c"
  done
  round_took=$((SECONDS - round_began))
  ran=$r
done

# The woven output of the last round must carry the advice: every traced class calls the aspect.
woven=$({ grep -rlF --include='*.class' 'dev/weftrace/weaver/aspect/TraceAspect' "$project/target/3-weave/classes" || true; } | wc -l)
advice=$(javap -c -p "$project/target/3-weave/classes/com/acme/shop/orders/OrderService.class" \
  | grep -c 'dev/weftrace/weaver/aspect/TraceAspect' || true)
plain=$({ grep -rlF --include='*.class' 'dev/weftrace/weaver/aspect/TraceAspect' "$project/target/2-processor/classes" || true; } | wc -l)
if [[ "$woven" -ne 500 || "$advice" -lt 5 || "$plain" -ne 0 ]]; then
  echo "weaving check failed: $woven of 500 classes woven in 3-weave, $advice aspect calls in OrderService, $plain woven in 2-processor" >&2
  exit 1
fi

# Rebuild with nothing changed, no clean: javac has nothing to do; ajc still weaves everything.
for c in "${configs[@]}"; do build unchanged 1 "$c"; done

# Extras, if time is left. (a) Configurations 1 and 3 with Maven's JVM limited to the C1 JIT
# (-XX:TieredStopAtLevel=1, what a user would put in .mvn/jvm.config): clean builds.
c1_ran=0
if ((round_took * 2 / 3 < $(left))); then
  for c in 1-javac 3-weave; do
    rm -rf "$project/target/$c"
    MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }-XX:TieredStopAtLevel=1" build c1 1 "$c"
  done
  c1_ran=1
fi
# (b) One source touched, no clean (maven-compiler-plugin then recompiles the whole module).
touched_ran=0
if ((round_took < $(left))); then
  touch "$project/src/main/java/com/acme/shop/orders/OrderService.java"
  for c in "${configs[@]}"; do build touched 1 "$c"; done
  touched_ran=1
fi
timed=$((SECONDS - timed_began))
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
jar_note=""
if [[ "$(stat -c "%Y %s" "$weaver_jar" 2>/dev/null || echo missing)" != "$woven_jar_before" ]]; then
  jar_note="WARNING: weftrace-weaver in ~/.m2 was replaced during the timed builds (another build installed it): builds after that wove a different aspect."
fi

# ------------------------------------------------------------------ the report
{
  echo "# Build cost: javac alone vs + weftrace-processor vs + weaving"
  echo
  echo "Machine: $(date -u '+%Y-%m-%d %H:%M UTC'), nproc $(nproc), load average $load_start at the start of the timed builds and $load_end at the end; $(java -version 2>&1 | sed -n 1p); $(mvn -v 2>/dev/null | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g'); MAVEN_OPTS: ${MAVEN_OPTS:-(none)}."
  echo
  echo "Input: \`java benchmarks/build-cost/Generate.java $project 500 5\`: 500 classes with 5 \`@Trace\` methods each (2,500 traced methods), 506 sources. Each clean-build figure is the median of $ran round(s) (planned: $rounds) of \`mvn -B -o process-classes\` after an untimed clean, the rounds interleaving configurations 1, 2, 3. Script: $SECONDS s in all (install ${installed} s, generation and warm-up $((warmed - installed)) s, timed builds ${timed} s). Raw data: [build-cost.txt](build-cost.txt); how to read: [../build-cost/README.md](../build-cost/README.md)."
  echo
  if [[ -n "$jar_note" ]]; then
    echo "**$jar_note**"
    echo
  fi
  if ((retries > 0)); then
    echo "**$retries timed build(s) failed once and were retried (see build-cost.txt): another build was probably installing weftrace into ~/.m2.**"
    echo
  fi
  echo "Weaving check: $woven of 500 classes in 3-weave/classes call dev.weftrace.weaver.aspect.TraceAspect ($advice calls in OrderService), none in 2-processor."
  echo
} >"$md"

awk -v c1_ran="$c1_ran" -v touched_ran="$touched_ran" '
  function median(list,    a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  function add(k, v) { v_[k] = (k in v_) ? v_[k] " " v : v }
  function m(kind, c, what) { return median(v_[kind SUBSEP c SUBSEP what]) }
  function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "n/a" }
  /^#/ { next }
  {
    k = $1 SUBSEP $3
    add(k SUBSEP "wall", $4); add(k SUBSEP "cpu", $5 + $6); add(k SUBSEP "rss", $7 / 1024)
    add(k SUBSEP "startup", $8); add(k SUBSEP "resources", $9); add(k SUBSEP "cplugin", $10)
    add(k SUBSEP "javac", $11); add(k SUBSEP "wplugin", $12); add(k SUBSEP "ajc", $13); add(k SUBSEP "shutdown", $14)
    add(k SUBSEP "fixed", $8 + $14); add(k SUBSEP "work", $4 - $8 - $14)
    add(k SUBSEP "walls", sprintf("%.1f", $4))
  }
  END {
    split("1-javac 2-processor 3-weave", cs, " ")
    name["1-javac"] = "1. javac only (`-proc:none`)"
    name["2-processor"] = "2. javac + weftrace-processor"
    name["3-weave"] = "3. processor + weaving (README setup)"
    base = m("full", "1-javac", "wall"); basecpu = m("full", "1-javac", "cpu"); basework = m("full", "1-javac", "work")

    print "## Clean build: `clean`, then `mvn -B -o process-classes` timed"
    print ""
    print "| configuration | wall s, median | each round | CPU user+sys s | wall / (1) | CPU / (1) | goal: ≤ 1.5× (1) | max RSS MiB |"
    print "| --- | --- | --- | --- | --- | --- | --- | --- |"
    for (i = 1; i <= 3; i++) {
      c = cs[i]; w = m("full", c, "wall"); u = m("full", c, "cpu")
      verdict = (i == 1) ? "baseline" : (w / base <= 1.5 ? "met" : sprintf("**missed** (%.2f×)", w / base))
      printf "| %s | %.1f | %s | %.1f | %s | %s | %s | %.0f |\n", name[c], w, v_["full" SUBSEP c SUBSEP "walls"], u, ratio(w, base), ratio(u, basecpu), verdict, m("full", c, "rss")
    }
    print ""
    print "## Where the time goes: medians per phase, seconds of wall time (Maven'"'"'s log timestamps)"
    print ""
    print "| configuration | Maven start-up | resources | compiler plugin | javac (+ processor) | aspectj plugin | ajc | Maven exit | total |"
    print "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    for (i = 1; i <= 3; i++) {
      c = cs[i]
      printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f |\n", name[c], m("full", c, "startup"), m("full", c, "resources"), m("full", c, "cplugin"), m("full", c, "javac"), m("full", c, "wplugin"), m("full", c, "ajc"), m("full", c, "shutdown"), m("full", c, "wall")
    }
    j1 = m("full", "1-javac", "javac"); j2 = m("full", "2-processor", "javac"); j3 = m("full", "3-weave", "javac")
    a3 = m("full", "3-weave", "ajc"); p3 = m("full", "3-weave", "wplugin"); w3 = m("full", "3-weave", "wall")
    print ""
    printf "- **Processor**: the javac phase goes from %.2f s to %.2f s with weftrace-processor, **+%.2f s** (+%.0f%%): the checks, 500 generated companion classes, and javac compiling them in a second round. (Configuration 3 runs the same javac: %.2f s.)\n", j1, j2, j2 - j1, 100 * (j2 - j1) / j1, j3
    printf "- **Weaving**: aspectj-maven-plugin set-up %.2f s + ajc %.2f s = **%.2f s**, %.0f%% of configuration 3 and %.2f× the javac phase of (1).\n", p3, a3, p3 + a3, 100 * (p3 + a3) / w3, (p3 + a3) / j1
    printf "- **Maven itself** (start-up + exit; weftrace changes neither): %.2f s in (1), %.2f s in (3).\n", m("full", "1-javac", "fixed"), m("full", "3-weave", "fixed")
    print ""
    print "## Without Maven'"'"'s start-up and exit (roughly what a build in a warm daemon or IDE pays)"
    print ""
    print "| configuration | wall − start-up − exit, s | ratio to (1) |"
    print "| --- | --- | --- |"
    for (i = 1; i <= 3; i++) {
      c = cs[i]; w = m("full", c, "work")
      printf "| %s | %.1f | %s |\n", name[c], w, ratio(w, basework)
    }
    print ""
    print "## Rebuild with nothing changed (no clean, 1 build each)"
    print ""
    print "| configuration | wall s | CPU s | javac | aspectj plugin + ajc |"
    print "| --- | --- | --- | --- | --- |"
    for (i = 1; i <= 3; i++) {
      c = cs[i]
      printf "| %s | %.1f | %.1f | %.2f | %.2f |\n", name[c], m("unchanged", c, "wall"), m("unchanged", c, "cpu"), m("unchanged", c, "javac"), m("unchanged", c, "wplugin") + m("unchanged", c, "ajc")
    }
    print ""
    print "## Extra: Maven'"'"'s JVM on the C1 JIT only (`MAVEN_OPTS`/`.mvn/jvm.config`: `-XX:TieredStopAtLevel=1`), clean build, 1 build each"
    print ""
    if (c1_ran) {
      w1 = m("c1", "1-javac", "wall"); w3c = m("c1", "3-weave", "wall")
      print "| configuration | wall s | CPU s | javac | ajc | vs the same configuration with the default JIT (median above) |"
      print "| --- | --- | --- | --- | --- | --- |"
      printf "| 1. javac only, C1 | %.1f | %.1f | %.2f | – | %s× wall |\n", w1, m("c1", "1-javac", "cpu"), m("c1", "1-javac", "javac"), ratio(w1, base)
      printf "| 3. processor + weaving, C1 | %.1f | %.1f | %.2f | %.2f | %s× wall |\n", w3c, m("c1", "3-weave", "cpu"), m("c1", "3-weave", "javac"), m("c1", "3-weave", "ajc"), ratio(w3c, w3)
      print ""
      printf "Ratio (3) / (1), both on C1: **%s**. (3) on C1 against (1) on the default JIT: **%s**.\n", ratio(w3c, w1), ratio(w3c, base)
    } else {
      print "Skipped: not enough time left in the budget."
    }
    print ""
    print "## Extra: one source touched, no clean (1 build each)"
    print ""
    if (touched_ran) {
      print "| configuration | wall s | CPU s | javac | aspectj plugin + ajc | ratio to (1) |"
      print "| --- | --- | --- | --- | --- | --- |"
      for (i = 1; i <= 3; i++) {
        c = cs[i]
        printf "| %s | %.1f | %.1f | %.2f | %.2f | %s |\n", name[c], m("touched", c, "wall"), m("touched", c, "cpu"), m("touched", c, "javac"), m("touched", c, "wplugin") + m("touched", c, "ajc"), ratio(m("touched", c, "wall"), m("touched", "1-javac", "wall"))
      }
      print ""
      print "maven-compiler-plugin recompiles the whole module when any source changed, and ajc then weaves all of it again: an edit costs about what a clean build does."
    } else {
      print "Skipped: not enough time left in the budget."
    }
  }
' "$raw" >>"$md"

cat "$md"
echo
echo "wrote $md and $raw in $SECONDS s"
