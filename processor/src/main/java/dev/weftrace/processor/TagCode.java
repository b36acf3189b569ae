package dev.weftrace.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * The statements that record one tag: a cast of the source value to its static type and, for a
 * path, one null-safe local per property, so that a {@code null} anywhere leaves the tag out.
 *
 * <pre>{@code
 * var v0_0 = (Customer) args[0];
 * var v0_1 = v0_0 == null ? null : v0_0.getTier();
 * if (v0_1 != null) tags.putString("customer.tier", v0_1.name());
 * }</pre>
 */
final class TagCode {

  private TagCode() {}

  /**
   * Statements recording {@code tag} from {@code source}, an {@code Object} expression such as
   * {@code args[0]}, to the sink {@code tags}; {@code localPrefix} keeps the locals of different
   * tags apart.
   */
  static CodeBlock of(TagSite tag, String source, String localPrefix) {
    return write(tag, source, false, "tags", localPrefix);
  }

  /**
   * As {@link #of}, from {@code source}, a variable already of the type {@link TypedAspectSource}
   * gives the tag's parameter (so nothing is cast), to the sink {@code sink}.
   */
  static CodeBlock typed(TagSite tag, String source, String sink, String localPrefix) {
    return write(tag, source, true, sink, localPrefix);
  }

  private static CodeBlock write(
      TagSite tag, String source, boolean typed, String sink, String localPrefix) {
    TagBinding binding = tag.binding();
    List<PropertyPaths.Step> path = tag.steps();
    if (path.isEmpty()) {
      return CodeBlock.builder()
          .addStatement(
              "$N.$N($S, $L)",
              sink,
              binding.sinkMethod(),
              tag.key(),
              typed
                  ? binding.typed(CodeBlock.of("$N", source))
                  : binding.value(tag.sourceType(), source))
          .build();
    }
    CodeBlock.Builder code = CodeBlock.builder();
    String previous = localPrefix + 0;
    if (typed) {
      code.addStatement("var $N = $N", previous, source);
    } else {
      code.addStatement("var $N = ($T) $L", previous, TypeName.get(tag.sourceType()), source);
    }
    for (int i = 0; i < path.size() - 1; i++) {
      String next = localPrefix + (i + 1);
      code.addStatement(
          "var $N = $N == null ? null : $N.$L", next, previous, previous, path.get(i).access());
      previous = next;
    }
    CodeBlock last = CodeBlock.of("$N.$L", previous, path.get(path.size() - 1).access());
    return code.beginControlFlow("if ($N != null)", previous)
        .addStatement("$N.$N($S, $L)", sink, binding.sinkMethod(), tag.key(), binding.typed(last))
        .endControlFlow()
        .build();
  }

  /**
   * Whether the cast for {@code tag} is to a generic type, parameterized (an unchecked cast) or
   * erased (a raw type), so that the method needs {@code @SuppressWarnings}.
   */
  static boolean castsToGenericType(TagSite tag) {
    return !tag.steps().isEmpty()
        && tag.sourceType().getKind() == TypeKind.DECLARED
        && !((TypeElement) ((DeclaredType) tag.sourceType()).asElement())
            .getTypeParameters()
            .isEmpty();
  }
}
