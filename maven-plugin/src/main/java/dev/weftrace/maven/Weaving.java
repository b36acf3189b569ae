package dev.weftrace.maven;

import dev.weftrace.contract.TypedAspectName;
import dev.weftrace.contract.WovenMark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Weaves, in place, the classes of one class directory that weftrace-processor listed, and only
 * those javac wrote since the last weaving; then checks that every listed class is woven.
 *
 * <p>Under {@link Request#workDir()} it keeps the state of the last weaving and a copy of each
 * woven class file: maven-compiler-plugin recompiles a whole module when one source changed, and
 * javac then writes byte-identical class files for the unchanged sources; those get their woven
 * copy back, so only the edited class goes through ajc. A class file that is already woven but
 * unknown to the state (the state was deleted) is woven again: ajc weaves the original it keeps
 * inside each woven class, so advice is never doubled.
 */
final class Weaving {

  /**
   * One class directory to weave, with the class path its classes compiled against and the
   * weftrace-weaver jar ({@code null} if the module lacks it); {@code workDir} holds the state;
   * {@code generatedSources} is where weftrace-processor wrote the aspects typed to the classes
   * ({@code Type_WeftraceAdvice.aj}), compiled and woven with the classes they advise.
   */
  record Request(
      Path classesDir, List<Path> classpath, Path aspectJar, Path workDir, Path generatedSources) {}

  /**
   * What a weaving did: {@code woven} classes with {@code methods} advised methods went through
   * ajc; {@code unchanged} classes were woven already (or got their woven copy back).
   */
  record Result(boolean traced, int woven, int methods, int unchanged, List<String> restored) {

    static final Result NOTHING_TRACED = new Result(false, 0, 0, 0, List.of());
  }

  private Weaving() {}

  static Result run(Request request) throws IOException, WeavingFailure {
    Path classesDir = request.classesDir();
    List<String> traced = TracedClassList.read(classesDir);
    if (traced == null) {
      var user = ClassFiles.firstUsingWeftrace(classesDir);
      if (user.isPresent()) {
        throw new WeavingFailure(Messages.processorDidNotRun(classesDir, user.get()));
      }
      return Result.NOTHING_TRACED;
    }
    List<String> present = new ArrayList<>();
    for (String name : traced) {
      if (Files.isRegularFile(ClassFiles.of(classesDir, name))) {
        present.add(name);
      }
    }
    if (present.isEmpty()) {
      return new Result(true, 0, 0, 0, List.of());
    }
    if (request.aspectJar() == null) {
      throw new WeavingFailure(Messages.noWeaverDependency());
    }
    int release = ClassFiles.release(Files.readAllBytes(ClassFiles.of(classesDir, present.get(0))));
    String key = stateKey(request.aspectJar(), release);
    Path stateFile = request.workDir().resolve("woven.state");
    WeaveState last = WeaveState.read(stateFile, key);
    WeaveState next = new WeaveState(key);

    Map<String, String> toWeave = new LinkedHashMap<>(); // binary name -> javac's hash
    List<String> restored = new ArrayList<>();
    List<String> toCheck = new ArrayList<>(); // all but those the last weaving left as they are
    int unchanged = 0;
    for (String name : present) {
      Path file = ClassFiles.of(classesDir, name);
      WeaveState.Entry entry = last.get(name);
      if (entry != null && entry.stamp().equals(WeaveState.Stamp.of(file))) {
        // Not rewritten since the last weaving wrote it (and checked it): nothing to read.
        next.put(name, entry);
        unchanged++;
        continue;
      }
      toCheck.add(name);
      String hash = WeaveState.hash(Files.readAllBytes(file));
      if (entry != null && hash.equals(entry.wovenHash())) {
        next.put(name, entry.stampedAs(file));
        unchanged++;
      } else if (entry != null
          && hash.equals(entry.inputHash())
          && restore(request, name, entry.wovenHash())) {
        next.put(name, entry.stampedAs(file));
        restored.add(name);
        unchanged++;
      } else {
        toWeave.put(name, hash);
      }
    }

    int methods = 0;
    if (!toWeave.isEmpty()) {
      methods = weave(request, toWeave.keySet(), release);
      for (Map.Entry<String, String> woven : toWeave.entrySet()) {
        Path file = ClassFiles.of(classesDir, woven.getKey());
        byte[] bytes = Files.readAllBytes(file);
        next.put(
            woven.getKey(),
            new WeaveState.Entry(
                woven.getValue(), WeaveState.hash(bytes), WeaveState.Stamp.of(file)));
      }
    }

    List<String> unwoven = new ArrayList<>();
    for (String name : toCheck) {
      if (!WovenMark.isWoven(Files.readAllBytes(ClassFiles.of(classesDir, name)))) {
        unwoven.add(name);
      }
    }
    if (!unwoven.isEmpty()) {
      Files.deleteIfExists(stateFile);
      throw new WeavingFailure(Messages.notWoven(unwoven));
    }
    if (!toCheck.isEmpty()) {
      next.write(stateFile);
    }
    return new Result(true, toWeave.size(), methods, unchanged, restored);
  }

  /**
   * Runs ajc on copies of the named class files, then copies its output over them and into the
   * cache. Returns how many methods ajc advised.
   */
  private static int weave(Request request, Iterable<String> names, int release)
      throws IOException, WeavingFailure {
    Path in = clean(request.workDir().resolve("in"));
    Path out = clean(request.workDir().resolve("out"));
    Map<String, Path> typedAspects = new LinkedHashMap<>();
    for (String name : names) {
      copy(ClassFiles.of(request.classesDir(), name), ClassFiles.of(in, name));
      Path typed = typedAspect(request.generatedSources(), name);
      if (typed != null) {
        typedAspects.put(TypedAspectName.of(name), typed);
      }
    }
    Ajc.Outcome outcome =
        Ajc.weave(
            in,
            typedAspects,
            request.aspectJar(),
            request.classpath(),
            out,
            release,
            request.workDir());
    if (!outcome.errors().isEmpty()) {
      throw new WeavingFailure(Messages.ajcFailed(outcome.errors()));
    }
    Path cache = request.workDir().resolve("woven");
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path relative = out.relativize(file);
        copy(file, cache.resolve(relative));
        copy(file, request.classesDir().resolve(relative));
      }
    }
    return outcome.wovenJoinPoints().size();
  }

  /**
   * The source of the aspect weftrace-processor typed to class {@code name} ({@code
   * pkg/Outer_Inner_WeftraceAdvice.aj} for {@code pkg.Outer$Inner}), or {@code null} if it wrote
   * none: the class then keeps the generic advice.
   */
  static Path typedAspect(Path generatedSources, String name) {
    if (generatedSources == null) {
      return null;
    }
    Path source = generatedSources.resolve(TypedAspectName.pathOf(name) + ".aj");
    return Files.isRegularFile(source) ? source : null;
  }

  /**
   * Puts back the cached woven copy of {@code name} (and the closure classes ajc made beside it, if
   * any) when it is the one the state names; false if there is no such copy.
   */
  private static boolean restore(Request request, String name, String wovenHash)
      throws IOException {
    Path cache = request.workDir().resolve("woven");
    Path cached = ClassFiles.of(cache, name);
    if (!Files.isRegularFile(cached)
        || !WeaveState.hash(Files.readAllBytes(cached)).equals(wovenHash)) {
      return false;
    }
    copy(cached, ClassFiles.of(request.classesDir(), name));
    Path typed = cache.resolve(TypedAspectName.pathOf(name) + ".class");
    if (Files.isRegularFile(typed)) {
      copy(typed, request.classesDir().resolve(cache.relativize(typed)));
    }
    String closurePrefix = cached.getFileName().toString().replace(".class", "$AjcClosure");
    try (Stream<Path> siblings = Files.list(cached.getParent())) {
      for (Path sibling : (Iterable<Path>) siblings::iterator) {
        if (sibling.getFileName().toString().startsWith(closurePrefix)) {
          copy(sibling, request.classesDir().resolve(cache.relativize(sibling)));
        }
      }
    }
    return true;
  }

  /**
   * Names everything the woven output depends on besides javac's class file: the aspect's version,
   * ajc's version and options, the release. It is kept as text, not hashed: a no-change rebuild
   * then needs no message digest, whose first use costs tens of milliseconds.
   */
  static String stateKey(Path aspectJar, int release) throws IOException {
    return aspectIdentity(aspectJar)
        + "|"
        + org.aspectj.bridge.Version.getText()
        + "|"
        + String.join(",", Ajc.OPTIONS)
        + "|"
        + release;
  }

  /**
   * What identifies the aspect's version: for a jar, its path, size and time (hashing its bytes
   * took a third of a no-change rebuild's weaving step, and a jar Maven installs again gets a new
   * time, so a rebuilt weaver still re-weaves everything); for a class directory (the aspect in the
   * same reactor), the hash of every file in it.
   */
  private static String aspectIdentity(Path jarOrDirectory) throws IOException {
    if (!Files.isDirectory(jarOrDirectory)) {
      WeaveState.Stamp stamp = WeaveState.Stamp.of(jarOrDirectory);
      return jarOrDirectory.toAbsolutePath() + "@" + stamp.size() + "@" + stamp.modifiedNanos();
    }
    StringBuilder hashes = new StringBuilder();
    try (Stream<Path> files = Files.walk(jarOrDirectory)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        hashes.append(jarOrDirectory.relativize(file)).append('=');
        hashes.append(WeaveState.hash(Files.readAllBytes(file))).append('\n');
      }
    }
    return WeaveState.hash(hashes.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Empties (or creates) {@code dir}. */
  private static Path clean(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(file);
        }
      }
    }
    return Files.createDirectories(dir);
  }
}
