package dev.weftrace.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class BuildSetupTest {

  private static final String PLUGIN =
      """
      <plugin>
        <groupId>dev.weftrace</groupId>
        <artifactId>weftrace-maven-plugin</artifactId>
        <version>1.2.3</version>
        <extensions>true</extensions>
      </plugin>
      """;

  private static final String LOMBOK_PATH =
      """
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <configuration>
          <annotationProcessorPaths>
            <path>
              <groupId>org.projectlombok</groupId>
              <artifactId>lombok</artifactId>
              <version>1.18.40</version>
            </path>
          </annotationProcessorPaths>
        </configuration>
        <executions>
          <execution>
            <id>default-compile</id>
            <configuration>
              <annotationProcessorPaths>
                <path>
                  <groupId>org.projectlombok</groupId>
                  <artifactId>lombok</artifactId>
                  <version>1.18.40</version>
                </path>
              </annotationProcessorPaths>
            </configuration>
          </execution>
        </executions>
      </plugin>
      """;

  /** As Maven's lifecycle bindings leave it: executions without configuration. */
  private static final String BARE_COMPILER =
      """
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <executions>
          <execution><id>default-compile</id><goals><goal>compile</goal></goals></execution>
        </executions>
      </plugin>
      """;

  private static Model model(String... plugins) throws Exception {
    String pom =
        "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId>"
            + "<version>1</version><build><plugins>"
            + String.join("", plugins)
            + "</plugins></build></project>";
    return new MavenXpp3Reader().read(new StringReader(pom));
  }

  private static Plugin compiler(Model model) {
    return model.getBuild().getPluginsAsMap().get(BuildSetup.COMPILER_KEY);
  }

  private static List<String> pathArtifacts(Object configuration) {
    Xpp3Dom paths = ((Xpp3Dom) configuration).getChild("annotationProcessorPaths");
    return java.util.Arrays.stream(paths.getChildren())
        .map(p -> p.getChild("artifactId").getValue() + ":" + p.getChild("version").getValue())
        .collect(Collectors.toList());
  }

  @Test
  void appendsTheProcessorAfterTheUsersOwnProcessorPaths() throws Exception {
    Model model = model(PLUGIN, LOMBOK_PATH);

    BuildSetup.apply(model, "1.2.3", 17, new Properties());

    Plugin compiler = compiler(model);
    assertThat(pathArtifacts(compiler.getConfiguration()))
        .containsExactly("lombok:1.18.40", "weftrace-processor:1.2.3");
    assertThat(pathArtifacts(compiler.getExecutions().get(0).getConfiguration()))
        .containsExactly("lombok:1.18.40", "weftrace-processor:1.2.3");
    assertThat(model.getDependencies()).isEmpty();
  }

  @Test
  void appliedTwiceChangesNothingMore() throws Exception {
    Model model = model(PLUGIN, LOMBOK_PATH);

    BuildSetup.apply(model, "1.2.3", 25, new Properties());
    BuildSetup.apply(model, "1.2.3", 25, new Properties());

    assertThat(pathArtifacts(compiler(model).getConfiguration()))
        .containsExactly("lombok:1.18.40", "weftrace-processor:1.2.3");
    assertThat(
            model
                .getBuild()
                .getPluginsAsMap()
                .get("dev.weftrace:weftrace-maven-plugin")
                .getExecutions())
        .hasSize(2);
  }

  @Test
  void withoutProcessorPathsTheProcessorJoinsTheClassPathAsAProvidedDependency() throws Exception {
    Model model = model(PLUGIN, BARE_COMPILER);

    BuildSetup.apply(model, "1.2.3", 17, new Properties());

    Dependency processor = model.getDependencies().get(0);
    assertThat(processor.getManagementKey()).isEqualTo("dev.weftrace:weftrace-processor:jar");
    assertThat(processor.getScope()).isEqualTo("provided");
    assertThat(processor.getVersion()).isEqualTo("1.2.3");
    assertThat(((Xpp3Dom) compiler(model).getConfiguration()).getChild("proc"))
        .as("javac 17 discovers it unasked")
        .isNull();
  }

  @Test
  void onJdk23AndLaterClassPathDiscoveryIsSwitchedOnUnlessTheUserChose() throws Exception {
    Model discovered = model(PLUGIN, BARE_COMPILER);
    BuildSetup.apply(discovered, "1.2.3", 25, new Properties());
    assertThat(((Xpp3Dom) compiler(discovered).getConfiguration()).getChild("proc").getValue())
        .isEqualTo("full");
    Object execution = compiler(discovered).getExecutions().get(0).getConfiguration();
    assertThat(((Xpp3Dom) execution).getChild("proc").getValue()).isEqualTo("full");

    Model chosen = model(PLUGIN, BARE_COMPILER);
    Properties user = new Properties();
    user.setProperty("maven.compiler.proc", "none");
    BuildSetup.apply(chosen, "1.2.3", 25, user);
    assertThat(((Xpp3Dom) compiler(chosen).getConfiguration()).getChild("proc")).isNull();
  }

  @Test
  void asksTheProcessorForTypedAdviceOnceInThePluginAndEveryExecutionBesideTheUsersArguments()
      throws Exception {
    Model model = model(PLUGIN, BARE_COMPILER);
    Xpp3Dom userArgs = new Xpp3Dom("compilerArgs");
    Xpp3Dom lint = new Xpp3Dom("arg");
    lint.setValue("-Xlint:all");
    userArgs.addChild(lint);
    Xpp3Dom configuration = new Xpp3Dom("configuration");
    configuration.addChild(userArgs);
    compiler(model).setConfiguration(configuration);

    BuildSetup.apply(model, "1.2.3", 17, new Properties());
    BuildSetup.apply(model, "1.2.3", 17, new Properties());

    assertThat(compilerArgs(compiler(model).getConfiguration()))
        .containsExactly("-Xlint:all", "-Aweftrace.typedAdvice=true");
    for (PluginExecution execution : compiler(model).getExecutions()) {
      assertThat(compilerArgs(execution.getConfiguration()))
          .containsExactly("-Aweftrace.typedAdvice=true");
    }
  }

  @Test
  void typedAdviceCanBeTurnedOffByAPropertyOfThePomOrTheCommandLine() throws Exception {
    Model inPom = model(PLUGIN, BARE_COMPILER);
    inPom.getProperties().setProperty("weftrace.typedAdvice", "false");
    BuildSetup.apply(inPom, "1.2.3", 17, new Properties());
    assertThat(compiler(inPom).getConfiguration()).isNull();

    Model onCommandLine = model(PLUGIN, BARE_COMPILER);
    Properties user = new Properties();
    user.setProperty("weftrace.typedAdvice", "false");
    BuildSetup.apply(onCommandLine, "1.2.3", 17, user);
    assertThat(compiler(onCommandLine).getConfiguration()).isNull();

    Model commandLineWins = model(PLUGIN, BARE_COMPILER);
    commandLineWins.getProperties().setProperty("weftrace.typedAdvice", "false");
    Properties on = new Properties();
    on.setProperty("weftrace.typedAdvice", "true");
    BuildSetup.apply(commandLineWins, "1.2.3", 17, on);
    assertThat(compilerArgs(compiler(commandLineWins).getConfiguration()))
        .containsExactly("-Aweftrace.typedAdvice=true");
  }

  private static List<String> compilerArgs(Object configuration) {
    List<String> args = new java.util.ArrayList<>();
    for (Xpp3Dom arg : ((Xpp3Dom) configuration).getChild("compilerArgs").getChildren()) {
      args.add(arg.getValue());
    }
    return args;
  }

  @Test
  void bindsBothWeaveGoalsUnlessTheUserDid() throws Exception {
    Model model = model(PLUGIN, BARE_COMPILER);

    BuildSetup.apply(model, "1.2.3", 17, new Properties());

    List<PluginExecution> executions =
        model
            .getBuild()
            .getPluginsAsMap()
            .get("dev.weftrace:weftrace-maven-plugin")
            .getExecutions();
    assertThat(executions)
        .extracting(e -> e.getGoals().get(0) + "@" + e.getPhase())
        .containsExactly("weave@process-classes", "weave-tests@process-test-classes");
  }

  @Test
  void leavesModulesWithoutThePluginAlone() throws Exception {
    Model model = model(LOMBOK_PATH);

    BuildSetup.apply(model, "1.2.3", 25, new Properties());

    assertThat(pathArtifacts(compiler(model).getConfiguration())).containsExactly("lombok:1.18.40");
    assertThat(model.getDependencies()).isEmpty();
  }
}
