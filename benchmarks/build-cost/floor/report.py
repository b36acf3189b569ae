"""Writes javac-floor.sh's report: medians per configuration from its raw times, as Markdown.

Arguments: raw-times-file rounds project sources companions. A configuration missing from the raw
file (an older run) is left out of the table.
"""
import sys, statistics, subprocess, datetime, os
raw, rounds, project, nsources, ncompanions = sys.argv[1:6]
rows = {}
for line in open(raw):
    config, wall, user, sys_, rss = line.split()
    rows.setdefault(config, []).append((float(wall), float(user) + float(sys_), int(rss) // 1024))
order = [c for c in ["none", "trivial", "weftrace", "companions", "lombok", "lombok+weftrace"] if c in rows]
what = {
    "none": "javac `-proc:none` (the build-cost baseline)",
    "trivial": "a processor that claims `@Trace` and does nothing",
    "weftrace": "weftrace-processor",
    "companions": "`-proc:none`, the sources and weftrace's companions (no processing)",
    "lombok": "Lombok alone",
    "lombok+weftrace": "Lombok, then weftrace-processor",
}
med = {c: statistics.median(w for w, _, _ in rows[c]) for c in order}
jdk = subprocess.run(["javac", "-version"], capture_output=True, text=True).stdout.strip()
shapes = {"realistic": "`Generate <dir> 2000 5 5`: 2,000 classes, 100 of them with 5 `@Trace` methods",
          "worst": "`Generate <dir> 500 5`: 500 classes, all with 5 `@Trace` methods"}
print(f"# What any annotation processor costs javac, {project} project: the floor under the full-build target\n")
print(f"Machine: {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, nproc {os.cpu_count()}, load average "
      f"{' '.join(open('/proc/loadavg').read().split()[:3])} at the end; {jdk}.\n")
print("Command: `benchmarks/build-cost/javac-floor.sh` "
      f"(PROJECT={project} ROUNDS={rounds}). The {project} build-cost project ({shapes[project]}; "
      f"{nsources.strip()} sources, {ncompanions.strip()} companions generated) compiled with the `javac` command line, a fresh JVM per compile as in "
      "a Maven build, the configurations interleaved round by round; wall-time medians. No Maven, no "
      "weaving: this isolates javac.\n")
print("| configuration | wall s, median | each round | CPU s, median | / none | / lombok | max RSS MiB, median |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for c in order:
    walls = " ".join(f"{w:.1f}" for w, _, _ in rows[c])
    cpu = statistics.median(u for _, u, _ in rows[c])
    rss = statistics.median(r for _, _, r in rows[c])
    vs_lombok = f"{med[c] / med['lombok']:.2f}" if c.startswith("lombok") else "–"
    print(f"| {what[c]} | {med[c]:.1f} | {walls} | {cpu:.1f} | {med[c] / med['none']:.2f} | {vs_lombok} | {rss:.0f} |")
print()
print(f"- **Any processor** costs javac {med['trivial'] / med['none']:.2f}x here: once a processor is present, "
      "javac keeps every comment and every tree's end position (`JavaCompiler.initProcessAnnotations` sets "
      "`keepComments` and `genEndPos`) and enters all classes again for the last round. A build that "
      "already runs Lombok (or MapStruct, or Spring Boot's configuration processor) has paid this.")
if "companions" in med:
    print(f"- **Compiling the companions alone** (no processor) costs {med['companions'] / med['none']:.2f}x.")
print(f"- **weftrace-processor's own share** is {med['weftrace'] / med['trivial']:.2f}x the trivial processor: "
      "the companions compile, generating them makes one more round (all classes entered once more), and "
      "the checks and JavaPoet run.")
print(f"- **Beside Lombok** weftrace adds {med['lombok+weftrace'] / med['lombok']:.2f}x to the compile.")
