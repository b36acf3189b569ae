import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that claims {@code @Trace} and does nothing: what javac pays for the presence of
 * any processor (javac-floor.sh). Not part of the module's sources; the script compiles it.
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
