import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that claims {@code @Trace} and does nothing: what javac pays for the presence of
 * any processor (javac-floor.sh). The processor benchmark's {@code NoopProcessor} does the same
 * in-process; this one stands alone (public, no package) so that the script can hand it to the
 * {@code javac} command line without building the JMH module. Not part of any module's sources.
 */
@SupportedAnnotationTypes("dev.weftrace.annotation.Trace")
public class TrivialProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
