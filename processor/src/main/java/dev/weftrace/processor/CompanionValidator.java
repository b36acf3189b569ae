package dev.weftrace.processor;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The rules about writing companions at all, checked just before they are written: {@code
 * [WeaverMissing]} (they implement a weaver type) and {@code [CompanionNameClash]} (two traced
 * classes whose companions would have one name). It remembers the names claimed across rounds.
 */
final class CompanionValidator {

  private static final String SPAN_COMPANION = "dev.weftrace.weaver.internal.SpanCompanion";

  private final Diagnostics diagnostics;
  private final Elements elements;
  private final Map<String, TypeElement> companionOwners = new HashMap<>();

  CompanionValidator(Diagnostics diagnostics, Elements elements) {
    this.diagnostics = diagnostics;
    this.elements = elements;
  }

  /**
   * Whether the weaver is on the compile classpath; reports {@code [WeaverMissing]} on {@code
   * someOwner} if not. Generated companions implement a weaver type; without it they would not
   * compile.
   */
  boolean checkWeaverPresent(TypeElement someOwner) {
    if (elements.getTypeElement(SPAN_COMPANION) != null) {
      return true;
    }
    // One error is enough: javac starts no further round after it.
    diagnostics.error(
        Rule.WEAVER_MISSING,
        someOwner,
        null,
        "@Trace methods need dev.weftrace:weftrace-weaver on the compile classpath (it is the"
            + " runtime the woven code calls): add it to <dependencies>.");
    return false;
  }

  /**
   * Reserves the name of {@code owner}'s companion for it, across rounds; reports {@code
   * [CompanionNameClash]} on {@code owner} and returns {@code false} if another traced class has
   * it.
   */
  boolean claimName(TypeElement owner) {
    String companion =
        CompanionNames.companionBinaryName(
            owner, elements.getPackageOf(owner).getQualifiedName().toString());
    TypeElement first = companionOwners.putIfAbsent(companion, owner);
    if (first == null || first.equals(owner)) {
      return true;
    }
    diagnostics.error(
        Rule.COMPANION_NAME_CLASH,
        owner,
        null,
        "weftrace names the generated class for the traced methods of "
            + owner.getQualifiedName()
            + " '"
            + companion
            + "', but that is already the name of the one for "
            + first.getQualifiedName()
            + " (nested class names are joined with '_'). Rename one of the two classes.");
    return false;
  }
}
