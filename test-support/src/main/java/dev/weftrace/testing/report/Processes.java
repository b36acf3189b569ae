package dev.weftrace.testing.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small helpers for the benchmark runners that start other programs. */
public final class Processes {

  private Processes() {}

  /**
   * The lines a short command prints (standard output and error together), or none if it cannot be
   * started or fails: for descriptions of the machine, never for measurements.
   */
  public static List<String> output(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String text;
      try (InputStream in = process.getInputStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return process.waitFor() == 0 ? text.lines().toList() : List.of();
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /**
   * Runs {@code command} with inherited standard streams (the user sees its output) and returns its
   * exit code.
   */
  public static int run(List<String> command) throws IOException, InterruptedException {
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }
}
