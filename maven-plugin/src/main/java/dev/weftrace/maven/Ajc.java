package dev.weftrace.maven;

import dev.weftrace.contract.AspectList;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aspectj.bridge.IMessage;
import org.aspectj.bridge.MessageHandler;
import org.aspectj.tools.ajc.Main;

/**
 * Runs ajc, in this JVM, the way binary weaving of javac's output needs it: the class files of
 * {@code inpath} woven with weftrace's aspect only into {@code out}; everything else they refer to
 * on the class path.
 */
final class Ajc {

  /**
   * ajc keeps state in statics (its world, its dump handler), so one weaving at a time per JVM,
   * whatever Maven's {@code -T}.
   */
  private static final Object LOCK = new Object();

  /** The options beside the paths: part of the state key, so a change here re-weaves everything. */
  static final List<String> OPTIONS =
      List.of("-showWeaveInfo", "-Xlint:ignore", "-nowarn", "-proc:none");

  /** What ajc said. */
  record Outcome(List<String> errors, List<String> wovenJoinPoints) {}

  private Ajc() {}

  /**
   * Weaves the class files under {@code inpath} into {@code out}, with weftrace's aspect and the
   * aspects weftrace-processor typed to those classes ({@code typedAspects}: their names and
   * sources, which ajc compiles into {@code out} too).
   *
   * @param release the Java release of the class files, for ajc's {@code --release}
   * @param workDir where to write the aspect configuration that keeps other aspects out
   */
  static Outcome weave(
      Path inpath,
      Map<String, Path> typedAspects,
      Path aspectJar,
      List<Path> classpath,
      Path out,
      int release,
      Path workDir)
      throws IOException {
    List<String> arguments = new ArrayList<>();
    arguments.add("--release");
    arguments.add(Integer.toString(release));
    arguments.add("-inpath");
    arguments.add(inpath.toString());
    arguments.add("-aspectpath");
    arguments.add(aspectJar.toString());
    arguments.add("-classpath");
    arguments.add(
        classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    arguments.add("-xmlConfigured");
    arguments.add(onlyWeftracesAspects(workDir, typedAspects.keySet()).toString());
    arguments.addAll(OPTIONS);
    arguments.add("-d");
    arguments.add(out.toString());
    for (Path source : typedAspects.values()) {
      arguments.add(source.toString());
    }

    MessageHandler messages = new MessageHandler();
    synchronized (LOCK) {
      new Main().run(arguments.toArray(new String[0]), messages);
    }
    return new Outcome(
        texts(messages.getMessages(IMessage.ERROR, true)),
        joinPoints(messages.getMessages(IMessage.WEAVEINFO, false)));
  }

  /**
   * The {@link AspectList} of weftrace's aspects, generic and typed: the only ones ajc applies, so
   * a Spring {@code @Aspect} class among the woven classes is not taken for one.
   */
  private static Path onlyWeftracesAspects(Path workDir, Collection<String> typedAspects)
      throws IOException {
    Path file = workDir.resolve(AspectList.FILE_NAME);
    Files.createDirectories(workDir);
    Files.writeString(file, AspectList.xml(typedAspects), StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> texts(IMessage[] messages) {
    List<String> texts = new ArrayList<>();
    for (IMessage message : messages) {
      String text = message.getMessage();
      if (message.getThrown() != null) {
        text += " (" + message.getThrown() + ")";
      }
      texts.add(text);
    }
    return texts;
  }

  /**
   * The join points ajc reports advised: {@code method-execution(...)} from "Join point
   * 'method-execution(...)' in Type ... advised by around advice from ...", each once.
   */
  private static List<String> joinPoints(IMessage[] weaveInfo) {
    List<String> joinPoints = new ArrayList<>();
    for (IMessage message : weaveInfo) {
      String text = message.getMessage();
      if (!text.startsWith("Join point ")) {
        continue; // "... is annotated with @TypedAdvice method annotation from ...": no advice
      }
      int start = text.indexOf('\'');
      int end = start < 0 ? -1 : text.indexOf('\'', start + 1);
      String joinPoint = end < 0 ? text : text.substring(start + 1, end);
      if (!joinPoints.contains(joinPoint)) {
        joinPoints.add(joinPoint);
      }
    }
    return joinPoints;
  }
}
