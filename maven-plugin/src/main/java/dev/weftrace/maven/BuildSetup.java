package dev.weftrace.maven;

import dev.weftrace.contract.TypedAspectName;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What the build extension changes in the model of a module that declares the plugin: the processor
 * on javac's processor path, and the two weave goals bound to their phases. Idempotent: applying it
 * twice changes nothing more.
 */
final class BuildSetup {

  static final String GROUP = "dev.weftrace";
  static final String PLUGIN = "weftrace-maven-plugin";
  static final String PROCESSOR = "weftrace-processor";
  static final String COMPILER_KEY = "org.apache.maven.plugins:maven-compiler-plugin";

  private BuildSetup() {}

  /**
   * Sets up {@code model} (a project's effective model) for weftrace {@code version}.
   *
   * @param javaFeature the feature release of the JDK whose javac compiles ({@code 17}, {@code 25})
   * @param userProperties the session's {@code -D} properties
   */
  static void apply(Model model, String version, int javaFeature, Properties userProperties) {
    Plugin plugin = model.getBuild().getPluginsAsMap().get(GROUP + ":" + PLUGIN);
    if (plugin == null) {
      return;
    }
    bind(plugin, "weave", "process-classes");
    bind(plugin, "weave-tests", "process-test-classes");
    Plugin compiler = model.getBuild().getPluginsAsMap().get(COMPILER_KEY);
    if (typedAdvice(model, userProperties)) {
      askForTypedAdvice(compiler);
    }
    List<Xpp3Dom> withPaths = new ArrayList<>();
    for (Xpp3Dom configuration : configurations(compiler)) {
      if (configuration.getChild("annotationProcessorPaths") != null) {
        withPaths.add(configuration);
      }
    }
    if (!withPaths.isEmpty()) {
      // The user lists processors: javac looks nowhere else, so weftrace's goes last in each list.
      for (Xpp3Dom configuration : withPaths) {
        appendProcessorPath(configuration.getChild("annotationProcessorPaths"), version);
      }
      return;
    }
    // The user relies on javac finding processors on the class path (Lombok as a dependency, say):
    // a processor path would switch that off for theirs, so weftrace's joins the class path.
    addProvidedProcessor(model, version);
    if (javaFeature >= 23 && !procSet(compiler, model, userProperties)) {
      // javac 23 and later look on the class path only when told to.
      setProc(model, "full");
    }
  }

  /** Adds an execution of {@code goal} at {@code phase} unless one already runs it. */
  private static void bind(Plugin plugin, String goal, String phase) {
    for (PluginExecution execution : plugin.getExecutions()) {
      if (execution.getGoals().contains(goal)) {
        return;
      }
    }
    PluginExecution execution = new PluginExecution();
    execution.setId("weftrace-" + goal);
    execution.setPhase(phase);
    execution.addGoal(goal);
    if (plugin.getConfiguration() != null) {
      // Maven merged plugin-level configuration into executions before this one existed.
      execution.setConfiguration(new Xpp3Dom((Xpp3Dom) plugin.getConfiguration()));
    }
    plugin.addExecution(execution);
  }

  /** The compiler's plugin-level configuration and those of its executions that exist. */
  private static List<Xpp3Dom> configurations(Plugin compiler) {
    List<Xpp3Dom> configurations = new ArrayList<>();
    if (compiler == null) {
      return configurations;
    }
    if (compiler.getConfiguration() != null) {
      configurations.add((Xpp3Dom) compiler.getConfiguration());
    }
    for (PluginExecution execution : compiler.getExecutions()) {
      if (execution.getConfiguration() != null) {
        configurations.add((Xpp3Dom) execution.getConfiguration());
      }
    }
    return configurations;
  }

  private static void appendProcessorPath(Xpp3Dom paths, String version) {
    for (Xpp3Dom path : paths.getChildren()) {
      if (PROCESSOR.equals(text(path, "artifactId")) && GROUP.equals(text(path, "groupId"))) {
        return; // listed by the user (their order and version stand)
      }
    }
    Xpp3Dom path = new Xpp3Dom("path");
    path.addChild(element("groupId", GROUP));
    path.addChild(element("artifactId", PROCESSOR));
    path.addChild(element("version", version));
    paths.addChild(path);
  }

  private static void addProvidedProcessor(Model model, String version) {
    for (Dependency dependency : model.getDependencies()) {
      if (GROUP.equals(dependency.getGroupId()) && PROCESSOR.equals(dependency.getArtifactId())) {
        return;
      }
    }
    Dependency processor = new Dependency();
    processor.setGroupId(GROUP);
    processor.setArtifactId(PROCESSOR);
    processor.setVersion(version);
    processor.setScope("provided");
    processor.setOptional(true);
    model.addDependency(processor);
  }

  /** Whether the user chose javac's processing mode ({@code proc}) anywhere. */
  private static boolean procSet(Plugin compiler, Model model, Properties userProperties) {
    for (Xpp3Dom configuration : configurations(compiler)) {
      if (configuration.getChild("proc") != null) {
        return true;
      }
    }
    return model.getProperties().containsKey("maven.compiler.proc")
        || userProperties.containsKey("maven.compiler.proc");
  }

  /**
   * Sets {@code proc} at plugin level and in every execution: Maven merged the plugin-level
   * configuration into the executions (default-compile, default-testCompile) before this runs, and
   * the executions' configuration is what the goals get.
   */
  private static void setProc(Model model, String proc) {
    Plugin compiler = model.getBuild().getPluginsAsMap().get(COMPILER_KEY);
    if (compiler == null) {
      return;
    }
    compiler.setConfiguration(withProc((Xpp3Dom) compiler.getConfiguration(), proc));
    for (PluginExecution execution : compiler.getExecutions()) {
      execution.setConfiguration(withProc((Xpp3Dom) execution.getConfiguration(), proc));
    }
  }

  private static Xpp3Dom withProc(Xpp3Dom configuration, String proc) {
    Xpp3Dom result = configuration == null ? new Xpp3Dom("configuration") : configuration;
    if (result.getChild("proc") == null) {
      result.addChild(element("proc", proc));
    }
    return result;
  }

  /**
   * Passes {@value #TYPED_ADVICE} to javac at plugin level and in every execution (see {@link
   * #setProc} for why both): weftrace-processor then writes the aspect typed to each traced class,
   * which the weave goals compile with ajc.
   */
  private static void askForTypedAdvice(Plugin compiler) {
    if (compiler == null) {
      return;
    }
    compiler.setConfiguration(withTypedAdvice((Xpp3Dom) compiler.getConfiguration()));
    for (PluginExecution execution : compiler.getExecutions()) {
      execution.setConfiguration(withTypedAdvice((Xpp3Dom) execution.getConfiguration()));
    }
  }

  /**
   * The property that turns typed advice off ({@code false}), as a {@code -D} option or in the
   * pom's properties: the build then weaves the generic advice, with the same spans, a faster
   * weaving step and more allocation per call.
   */
  static final String TYPED_ADVICE_PROPERTY = TypedAspectName.PROCESSOR_OPTION;

  private static boolean typedAdvice(Model model, Properties userProperties) {
    String value =
        userProperties.getProperty(
            TYPED_ADVICE_PROPERTY,
            model.getProperties().getProperty(TYPED_ADVICE_PROPERTY, "true"));
    return !"false".equalsIgnoreCase(value.trim());
  }

  /** The processor option that turns typed advice on. */
  static final String TYPED_ADVICE = "-A" + TypedAspectName.PROCESSOR_OPTION + "=true";

  private static Xpp3Dom withTypedAdvice(Xpp3Dom configuration) {
    Xpp3Dom result = configuration == null ? new Xpp3Dom("configuration") : configuration;
    Xpp3Dom args = result.getChild("compilerArgs");
    if (args == null) {
      args = new Xpp3Dom("compilerArgs");
      result.addChild(args);
    }
    for (Xpp3Dom arg : args.getChildren()) {
      if (TYPED_ADVICE.equals(arg.getValue())) {
        return result;
      }
    }
    args.addChild(element("arg", TYPED_ADVICE));
    return result;
  }

  private static Xpp3Dom element(String name, String value) {
    Xpp3Dom element = new Xpp3Dom(name);
    element.setValue(value);
    return element;
  }

  private static String text(Xpp3Dom parent, String child) {
    Xpp3Dom element = parent.getChild(child);
    return element == null ? null : element.getValue();
  }
}
