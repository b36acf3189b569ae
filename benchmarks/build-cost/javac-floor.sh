#!/usr/bin/env bash
# What any annotation processor costs javac, beside what weftrace-processor costs: the floor under
# issue 13's full-build targets. Compiles a build-cost project with the javac command line, one
# fresh JVM per compile like a Maven build, in six configurations interleaved round by round:
#   none        -proc:none (the build-cost baseline)
#   trivial     a processor that claims @Trace and does nothing (floor/TrivialProcessor.java)
#   weftrace    weftrace-processor
#   companions  -proc:none on the sources and the companions weftrace-processor generated for them
#               (what compiling the generated code costs, without any processing)
#   lombok      Lombok alone (what most Spring Boot builds already run)
#   lombok+weftrace
# and writes the medians to benchmarks/results/build-cost-floor-<project>.md.
#
#   benchmarks/build-cost/javac-floor.sh                 # realistic: 2,000 classes, 100 traced
#   PROJECT=worst ROUNDS=3 benchmarks/build-cost/javac-floor.sh   # 500 classes, all traced
# Run it after benchmarks/run-all.sh build-cost, which installs weftrace into the local repository
# and builds benchmarks/build-cost/target/classes.
# Needs weftrace installed in the local repository (run-all.sh build-cost does it) and
# benchmarks/build-cost/target/classes (mvn -pl benchmarks/build-cost -am package).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-5}
PROJECT=${PROJECT:-realistic}
case $PROJECT in
  realistic) shape=(2000 5 5) ;;
  worst) shape=(500 5) ;;
  *) echo "PROJECT is realistic or worst, not $PROJECT" >&2; exit 2 ;;
esac
work=$PWD/benchmarks/build-cost/target/floor-$PROJECT
rm -rf "$work" && mkdir -p "$work"
java -cp benchmarks/build-cost/target/classes dev.weftrace.benchmarks.buildcost.Generate \
  "$work/project" "${shape[@]}" > /dev/null
find "$work/project/src/main/java" -name '*.java' | sort > "$work/sources.txt"

mvn_() { mvn -B -q -Dstyle.color=never ${MVN_FLAGS:-} "$@"; }
evaluate() { mvn_ help:evaluate -Dexpression="$1" -DforceStdout -N | sed 's/\x1b\[[0-9;]*m//g'; }
version=$(evaluate project.version)
lombok=$(evaluate lombok.version)
classpath_of() { # classpath_of NAME dependency... : resolve with Maven, print the class path
  local pom="$work/$1.pom.xml"; shift
  { echo "<project xmlns='http://maven.apache.org/POM/4.0.0'><modelVersion>4.0.0</modelVersion>"
    echo "<groupId>floor</groupId><artifactId>floor</artifactId><version>1</version><dependencies>"
    for gav in "$@"; do IFS=: read -r g a v <<< "$gav"
      echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"; done
    echo "</dependencies></project>"; } > "$pom"
  mvn_ -f "$pom" dependency:build-classpath -Dmdep.outputFile="$pom.cp" > /dev/null
  cat "$pom.cp"
}
cp=$(classpath_of compile dev.weftrace:weftrace-weaver:$version org.projectlombok:lombok:$lombok)
weftrace=$(classpath_of weftrace dev.weftrace:weftrace-processor:$version)
lombokpath=$(classpath_of lombok org.projectlombok:lombok:$lombok)
mkdir -p "$work/trivial"
javac -d "$work/trivial" benchmarks/build-cost/floor/TrivialProcessor.java

# The companions, generated once (not timed), compiled as plain sources by "companions".
javac --release 17 -d "$work/generated-classes" -s "$work/companions" -cp "$cp" -processorpath "$weftrace" \
  @"$work/sources.txt" > "$work/javac.log" 2>&1 || { cat "$work/javac.log" >&2; exit 1; }
{ cat "$work/sources.txt"; find "$work/companions" -name '*.java' | sort; } > "$work/with-companions.txt"

raw="$work/times.txt"
for round in $(seq 1 "$ROUNDS"); do
  for config in none trivial weftrace companions lombok lombok+weftrace; do
    sources="$work/sources.txt"
    case $config in
      none) args=(-proc:none) ;;
      trivial) args=(-processorpath "$work/trivial" -processor TrivialProcessor) ;;
      weftrace) args=(-processorpath "$weftrace") ;;
      companions) args=(-proc:none); sources="$work/with-companions.txt" ;;
      lombok) args=(-processorpath "$lombokpath") ;;
      lombok+weftrace) args=(-processorpath "$lombokpath:$weftrace") ;;
    esac
    rm -rf "$work/out" && mkdir -p "$work/out"
    /usr/bin/time -f "$config %e %U %S %M" -a -o "$raw" \
      javac --release 17 -d "$work/out" -s "$work/out/generated" -cp "$cp" "${args[@]}" @"$sources" > "$work/javac.log" 2>&1 \
      || { echo "javac failed for $config:" >&2; cat "$work/javac.log" >&2; exit 1; }
  done
  echo "round $round of $ROUNDS done" >&2
done

python3 benchmarks/build-cost/floor/report.py "$raw" "$ROUNDS" "$PROJECT" "$(wc -l < "$work/sources.txt")" \
  "$(find "$work/companions" -name '*.java' | wc -l)" > "benchmarks/results/build-cost-floor-$PROJECT.md"
cat "benchmarks/results/build-cost-floor-$PROJECT.md"
