package dev.weftrace.processor;

import dev.weftrace.contract.StaticTag;
import dev.weftrace.contract.TracedClasses;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Collects every traced method of a compilation and, when processing is over, writes two resources
 * next to the classes:
 *
 * <ul>
 *   <li>{@value #CATALOG}: every span with its class, method, names, kind and tag keys with where
 *       each value comes from, as JSON for people and tools; {@code @TagSpan} methods too, marked
 *       {@code "tagsCurrentSpan": true} (they make no span: their tags go to the current one), and
 *       each {@code localRoot} tag marked {@code "span": "local root"};
 *   <li>{@value TracedClasses#RESOURCE}: the binary name of each class with traced methods, one per
 *       line, which the runtime reads to check that those classes were woven.
 * </ul>
 */
final class SpanCatalogWriter {

  static final String CATALOG = "META-INF/weftrace/spans.json";

  private final Filer filer;
  private final Elements elements;
  private final List<TypeElement> owners = new ArrayList<>();
  private final List<List<TracedMethod>> methodsByOwner = new ArrayList<>();

  SpanCatalogWriter(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /** Adds one class's traced methods. */
  void add(TypeElement owner, List<TracedMethod> methods) {
    owners.add(owner);
    methodsByOwner.add(methods);
  }

  /** Writes both resources, if anything was traced in this compilation. */
  void write() throws IOException {
    if (owners.isEmpty()) {
      return;
    }
    Element[] origins = owners.toArray(new Element[0]);
    try (Writer out = create(TracedClasses.RESOURCE, origins)) {
      for (TypeElement owner : owners) {
        out.write(binaryName(owner) + "\n");
      }
    }
    try (Writer out = create(CATALOG, origins)) {
      out.write(catalogJson());
    }
  }

  /** {@code pkg.Outer$Inner}, as {@code Class.getName()} has it for a member class. */
  private String binaryName(TypeElement owner) {
    StringBuilder name = new StringBuilder(owner.getSimpleName());
    Element e = owner.getEnclosingElement();
    for (; e instanceof TypeElement; e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "$");
    }
    String packageName = elements.getPackageOf(owner).getQualifiedName().toString();
    return packageName.isEmpty() ? name.toString() : packageName + "." + name;
  }

  private Writer create(String name, Element[] origins) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, origins);
    return file.openWriter();
  }

  private String catalogJson() {
    StringBuilder json = new StringBuilder("{\n  \"spans\": [");
    String spanSeparator = "\n";
    for (int o = 0; o < owners.size(); o++) {
      String className = binaryName(owners.get(o));
      for (TracedMethod method : methodsByOwner.get(o)) {
        json.append(spanSeparator).append("    {");
        field(json, "class", className, ",");
        field(json, "method", method.methodKey(), ",");
        field(json, "name", method.spanName(), ",");
        field(json, "resource", method.resourceName(), ",");
        field(json, "kind", method.kind().name(), ",");
        json.append("\n      \"async\": ").append(method.spanEnd() != SpanEnd.PLAIN).append(",");
        json.append("\n      \"tagsCurrentSpan\": ")
            .append(method.methodKind() == MethodKind.TAG_CURRENT)
            .append(",");
        json.append("\n      \"tags\": [");
        String tagSeparator = "\n";
        for (StaticTag tag : method.staticTags()) {
          json.append(tagSeparator);
          tag(json, tag.key(), "static value " + tag.value(), "");
          tagSeparator = ",\n";
        }
        for (TagSite tag : concat(method.tags(), method.resultTags())) {
          json.append(tagSeparator);
          tag(json, tag.key(), source(method, tag), "");
          tagSeparator = ",\n";
        }
        for (TagSite tag : concat(method.localRootTags(), method.localRootResultTags())) {
          json.append(tagSeparator);
          tag(json, tag.key(), source(method, tag), ", \"span\": \"local root\"");
          tagSeparator = ",\n";
        }
        json.append(tagSeparator.equals("\n") ? "]" : "\n      ]").append("\n    }");
        spanSeparator = ",\n";
      }
    }
    return json.append("\n  ]\n}\n").toString();
  }

  private static List<TagSite> concat(List<TagSite> first, List<TagSite> second) {
    List<TagSite> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * Where a tag's value comes from: {@code parameter customerId}, {@code completed value, path x}.
   */
  private static String source(TracedMethod method, TagSite tag) {
    String source =
        tag.kind() == TagSite.Kind.RESULT
            ? method.spanEnd().resultValue()
            : "parameter " + tag.element().getSimpleName();
    return tag.path().isEmpty() ? source : source + ", path " + tag.path();
  }

  private static void field(StringBuilder json, String name, String value, String after) {
    json.append("\n      ").append(quote(name)).append(": ").append(quote(value)).append(after);
  }

  private static void tag(StringBuilder json, String key, String source, String more) {
    json.append("        {\"key\": ")
        .append(quote(key))
        .append(", \"source\": ")
        .append(quote(source))
        .append(more)
        .append("}");
  }

  /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
  static String quote(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
