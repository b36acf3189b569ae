package dev.weftrace.benchmarks.buildcost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * Writes the standalone Maven project that {@link BuildCostBenchmark} compiles: a shop application
 * of service classes with {@code @Trace} methods and {@code @SpanTag} parameters, and one pom per
 * build configuration. Also runnable on its own:
 *
 * <pre>
 *   java -cp benchmarks/build-cost/target/classes dev.weftrace.benchmarks.buildcost.Generate \
 *       [outDir] [classes] [tracedMethodsPerClass]     # defaults: benchmarks/build-cost/target/project 500 5
 * </pre>
 *
 * <p>Deterministic: the same arguments always give the same sources (fixed random seed), so runs on
 * different days compile the same input. Classes go round-robin into 10 packages; the records that
 * tags read through {@code path} live in a model package. Only {@code src/} is rewritten; build
 * output under {@code target/} is left to Maven.
 */
public final class Generate {

  /** Where {@link #main} writes without arguments, relative to the repository root. */
  static final String DEFAULT_OUT = "benchmarks/build-cost/target/project";

  /** The weftrace and AspectJ versions of this build (versions.properties, filtered by Maven). */
  private static final Properties VERSIONS = versions();

  static final String WEFTRACE_VERSION = VERSIONS.getProperty("weftrace");
  static final String ASPECTJ_VERSION = VERSIONS.getProperty("aspectj");
  static final String ASPECTJ_PLUGIN_VERSION = "1.14.1";
  static final String BASE = "com.acme.shop";

  static final String[] PACKAGES = {
    "orders", "billing", "inventory", "customers", "shipping",
    "catalog", "payments", "notifications", "pricing", "reporting"
  };
  static final String[][] NOUNS = {
    {
      "Order",
      "Cart",
      "Checkout",
      "Return",
      "Quote",
      "Basket",
      "Draft",
      "Bundle",
      "Split",
      "Wishlist"
    },
    {
      "Invoice",
      "Ledger",
      "Statement",
      "CreditNote",
      "Dunning",
      "TaxReport",
      "Receipt",
      "Account",
      "Plan",
      "Usage"
    },
    {
      "Stock",
      "Warehouse",
      "Reservation",
      "Bin",
      "Transfer",
      "Count",
      "Supplier",
      "Lot",
      "Shelf",
      "Backorder"
    },
    {
      "Customer",
      "Profile",
      "Address",
      "Consent",
      "Segment",
      "Loyalty",
      "Household",
      "Contact",
      "Preference",
      "Session"
    },
    {
      "Shipment",
      "Parcel",
      "Carrier",
      "Label",
      "Route",
      "Pickup",
      "Tracking",
      "Customs",
      "Depot",
      "Manifest"
    },
    {
      "Product",
      "Variant",
      "Category",
      "Brand",
      "Media",
      "Review",
      "Attribute",
      "Listing",
      "Collection",
      "Search"
    },
    {
      "Payment",
      "Capture",
      "Refund",
      "Chargeback",
      "Wallet",
      "Mandate",
      "Payout",
      "Fraud",
      "Instrument",
      "Settlement"
    },
    {
      "Email",
      "Sms",
      "Push",
      "Template",
      "Digest",
      "Webhook",
      "Alert",
      "Campaign",
      "Channel",
      "Inbox"
    },
    {
      "Price",
      "Discount",
      "Coupon",
      "Promotion",
      "Tariff",
      "Margin",
      "Rule",
      "Voucher",
      "Rebate",
      "Surcharge"
    },
    {
      "Report",
      "Metric",
      "Export",
      "Dashboard",
      "Forecast",
      "Audit",
      "Snapshot",
      "Cohort",
      "Funnel",
      "Kpi"
    },
  };

  /**
   * Class name suffixes: the first ten name the first 100 classes of a package, the next ten the
   * classes 100 to 199 (so a 500-class project has the names it had before there were 2,000).
   */
  static final String[] ROLES = {
    "Service", "Repository", "Handler", "Client", "Validator",
    "Scheduler", "Processor", "Gateway", "Manager", "Publisher",
    "Factory", "Mapper", "Listener", "Controller", "Adapter",
    "Resolver", "Cache", "Importer", "Exporter", "Policy"
  };

  static final String[] VERBS = {
    "place", "find", "update", "cancel", "list", "confirm", "compute", "schedule", "sync",
        "archive",
    "load", "store", "publish", "resolve", "approve", "reject", "refresh", "merge", "split", "check"
  };

  /** A parameter type that can carry tags: how it is declared, tagged, hashed and made up. */
  record Kind(String type, String name, String tags, String hash, String sample) {}

  /** Return types of the generated methods; each has its own body template in {@link #body}. */
  enum Result {
    STRING,
    LONG,
    INT,
    BOOLEAN,
    OPTIONAL,
    LIST,
    MAP,
    MONEY,
    VOID,
    FUTURE
  }

  record Method(
      String name,
      List<Kind> params,
      Result result,
      String trace,
      String visibility,
      boolean isStatic,
      String resultTag) {}

  /**
   * One generated class. An untraced one ({@code traced} false) has the same fields, methods and
   * bodies but no weftrace annotation and no weftrace import: ordinary service code.
   */
  record Clazz(
      String pkg, String name, String collaborator, List<Method> methods, boolean traced) {}

  final Random random = new Random(20261125L);
  final Path out;
  final Path sources;

  Generate(Path out) {
    this.out = out;
    this.sources = out.resolve("src/main/java");
  }

  /**
   * Writes {@code [outDir] [classes] [tracedMethodsPerClass] [tracedPercent]}; see the class
   * comment.
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : DEFAULT_OUT);
    int classes = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int traced = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int percent = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    if (classes < 1 || classes > PACKAGES.length * NOUNS[0].length * 2 * 10 || traced < 2) {
      throw new IllegalArgumentException("classes must be 1..2000 and traced methods at least 2");
    }
    if (percent < 1 || percent > 100 || 100 % percent != 0) {
      throw new IllegalArgumentException("the traced percentage must divide 100 (1, 5, 20, 100)");
    }
    Generate generator = new Generate(out);
    generator.deleteSources();
    generator.writeModel();
    int tags = 0;
    int tracedClasses = 0;
    for (int i = 0; i < classes; i++) {
      Clazz clazz = generator.clazz(i, traced, isTraced(i, percent));
      if (clazz.traced()) {
        tracedClasses++;
        tags += clazz.methods().stream().mapToInt(m -> countTags(m)).sum();
      }
      generator.write(clazz.pkg(), clazz.name(), generator.source(clazz));
    }
    generator.writePoms();
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %d classes, %d of them traced, %d @Trace methods, %d tags (@SpanTag), 6 model"
            + " types%n",
        out,
        classes,
        tracedClasses,
        tracedClasses * traced,
        tags);
  }

  /**
   * Whether class {@code index} is traced when {@code percent} of all are: one class in each block
   * of {@code 100 / percent}, at an offset that moves by one per block, so that the traced classes
   * spread over the packages (classes go round-robin into them). Class 0, {@code OrderService}, is
   * always traced.
   */
  static boolean isTraced(int index, int percent) {
    int stride = 100 / percent;
    int block = index / stride;
    return index % stride == block % Math.min(stride, PACKAGES.length);
  }

  /** The source the one-file-edit scenario changes: a traced class of every generated project. */
  static final String EDITED = "src/main/java/com/acme/shop/orders/OrderService.java";

  private static final java.util.regex.Pattern EDIT_SITE =
      java.util.regex.Pattern.compile("long h = (?:\\d+L \\^ )?seed\\(");

  /**
   * Changes the body of the first traced method of {@link #EDITED} in {@code project}: its first
   * line becomes {@code long h = <edit>L ^ seed(...)}, a real change of the code, different for
   * each {@code edit} (the rounds of one run).
   */
  static void edit(Path project, int edit) throws IOException {
    Path file = project.resolve(EDITED);
    String source = Files.readString(file);
    var matcher = EDIT_SITE.matcher(source);
    if (!matcher.find()) {
      throw new IllegalStateException("no edit site in " + file);
    }
    String changed =
        source.substring(0, matcher.start())
            + "long h = "
            + edit
            + "L ^ seed("
            + source.substring(matcher.end());
    Files.writeString(file, changed);
  }

  static int countTags(Method m) {
    int n = m.resultTag().isEmpty() ? 0 : 1;
    for (Kind k : m.params()) {
      n += k.tags().split("@SpanTag", -1).length - 1;
    }
    return n;
  }

  // ---------------------------------------------------------------- the input's shape

  /** Parameter kinds for a class whose noun is {@code noun} (e.g. "order" gives "order.id"). */
  List<Kind> kinds(String noun) {
    String key = noun.toLowerCase(Locale.ROOT);
    String id = lowerFirst(noun) + "Id";
    return List.of(
        new Kind(
            "String",
            id,
            "@SpanTag(\"" + key + ".id\")",
            id + ".hashCode()",
            "\"" + key + "-\" + h"),
        new Kind("long", "amountCents", "@SpanTag(\"amount.cents\")", "amountCents", "h"),
        new Kind("int", "quantity", "@SpanTag", "quantity", "(int) (h & 0xff)"),
        new Kind("boolean", "express", "@SpanTag(\"express\")", "(express ? 1L : 0L)", "h > 0"),
        new Kind(
            "double",
            "ratio",
            "@SpanTag(\"" + key + ".ratio\")",
            "(long) (ratio * 1000)",
            "h / 7.0"),
        new Kind(
            "UUID",
            "requestId",
            "@SpanTag(\"request.id\")",
            "requestId.getMostSignificantBits()",
            "new UUID(h, 7L)"),
        new Kind(
            "Tier",
            "tier",
            "@SpanTag",
            "tier.ordinal()",
            "Tier.values()[(int) Math.floorMod(h, 4)]"),
        new Kind(
            "CustomerRef",
            "customer",
            "@SpanTag(value = \"buyer.id\", path = \"id\") "
                + "@SpanTag(value = \"buyer.country\", path = \"address.country\")",
            "customer.id().hashCode()",
            "new CustomerRef(\"c\" + h, Tier.GOLD, new Address(\"1 Main St\", \"Lyon\", \"FR\"))"),
        new Kind(
            "Money",
            "price",
            "@SpanTag(value = \"price.cents\", path = \"cents\") "
                + "@SpanTag(value = \"price.currency\", path = \"currency\")",
            "price.cents()",
            "new Money(Math.abs(h) % 100_000, \"EUR\")"),
        new Kind(
            "RequestContext",
            "context",
            "@SpanTag(value = \"tenant\", path = \"tenant\")",
            "context.requestId().hashCode()",
            "new RequestContext(\"r\" + h, \"acme\", Locale.ROOT)"),
        new Kind(
            "OrderLine",
            "line",
            "@SpanTag(value = \"line.sku\", path = \"sku\") "
                + "@SpanTag(value = \"line.price\", path = \"price.cents\")",
            "line.quantity()",
            "new OrderLine(\"sku-\" + h, 1, new Money(h & 0xffff, \"EUR\"))"),
        new Kind(
            "Integer",
            "attempt",
            "@SpanTag(\"retry.attempt\")",
            "(attempt == null ? 0 : attempt)",
            "Integer.valueOf(1)"),
        new Kind(
            "List<String>",
            "skus",
            "@SpanTag(\"" + key + ".skus\")",
            "skus.size()",
            "List.of(\"a\" + h, \"b\")"),
        new Kind(
            "Instant",
            "since",
            "@SpanTag(\"since\")",
            "since.toEpochMilli()",
            "Instant.ofEpochMilli(h)"));
  }

  Clazz clazz(int index, int traced, boolean isTraced) {
    int pkgIndex = index % PACKAGES.length;
    int inPackage = index / PACKAGES.length;
    String noun = NOUNS[pkgIndex][inPackage % NOUNS[pkgIndex].length];
    String role = role(pkgIndex, inPackage);
    String collaborator = null;
    if (inPackage > 0) {
      int prev = inPackage - 1;
      collaborator = NOUNS[pkgIndex][prev % NOUNS[pkgIndex].length] + role(pkgIndex, prev);
    }
    String pkg = PACKAGES[pkgIndex];
    List<Kind> kinds = kinds(noun);
    List<String> verbs = new ArrayList<>(List.of(VERBS));
    Collections.shuffle(verbs, random);
    List<Method> methods = new ArrayList<>();
    for (int m = 0; m < traced; m++) {
      String name =
          verbs.get(m % verbs.size()) + noun + (m >= verbs.size() ? Integer.toString(m) : "");
      List<Kind> params = new ArrayList<>(kinds);
      Collections.shuffle(params, random);
      params = List.copyOf(params.subList(0, 1 + random.nextInt(3)));
      Result result = Result.values()[random.nextInt(Result.values().length)];
      String visibility = "public ";
      boolean isStatic = false;
      String trace;
      switch (m) {
        case 0 ->
            trace =
                "@Trace(kind = Trace.Kind.SERVER, resourceName = \"POST /"
                    + pkg
                    + "/"
                    + noun.toLowerCase(Locale.ROOT)
                    + "s\")";
        case 1 ->
            trace =
                "@Trace(tags = {\"team:"
                    + pkg
                    + "\", \"component:"
                    + role.toLowerCase(Locale.ROOT)
                    + "\"})";
        case 2 -> {
          visibility = "private ";
          trace = "@Trace";
          if (result == Result.FUTURE) {
            result = Result.STRING;
          }
        }
        case 3 -> {
          visibility = random.nextBoolean() ? "" : "protected ";
          trace =
              "@Trace(kind = Trace.Kind.CLIENT, tags = \"peer.service:"
                  + pkg
                  + "-db\", measured = true)";
        }
        case 4 -> {
          isStatic = true;
          trace = "@Trace(operationName = \"" + pkg + "." + verbs.get(m) + "\")";
        }
        default -> trace = "@Trace";
      }
      String resultTag = "";
      if (random.nextInt(4) == 0) {
        resultTag =
            switch (result) {
              case STRING, LONG, INT, BOOLEAN ->
                  "@SpanTag(\"result." + verbs.get(m % verbs.size()) + "\")";
              case MONEY -> "@SpanTag(value = \"result.cents\", path = \"cents\")";
              case FUTURE -> "@SpanTag(\"result.key\")";
              default -> "";
            };
      }
      methods.add(new Method(name, params, result, trace, visibility, isStatic, resultTag));
    }
    return new Clazz(pkg, noun + role, collaborator, methods, isTraced);
  }

  /** The role of the {@code inPackage}-th class of a package: see {@link #ROLES}. */
  static String role(int pkgIndex, int inPackage) {
    int nouns = NOUNS[pkgIndex].length;
    return ROLES[(inPackage / nouns + pkgIndex) % 10 + 10 * (inPackage / (nouns * 10))];
  }

  // ---------------------------------------------------------------- sources

  String source(Clazz c) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(BASE).append('.').append(c.pkg()).append(";\n\n");
    for (String imp :
        List.of(
            "com.acme.shop.model.Address",
            "com.acme.shop.model.CustomerRef",
            "com.acme.shop.model.Money",
            "com.acme.shop.model.OrderLine",
            "com.acme.shop.model.RequestContext",
            "com.acme.shop.model.Tier",
            "dev.weftrace.annotation.SpanTag",
            "dev.weftrace.annotation.Trace",
            "java.time.Clock",
            "java.time.Instant",
            "java.util.List",
            "java.util.Locale",
            "java.util.Map",
            "java.util.Objects",
            "java.util.Optional",
            "java.util.TreeMap",
            "java.util.UUID",
            "java.util.concurrent.CompletableFuture",
            "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.atomic.AtomicLong",
            "java.util.stream.Collectors",
            "java.util.stream.IntStream")) {
      if (c.traced() || !imp.startsWith("dev.weftrace.")) {
        s.append("import ").append(imp).append(";\n");
      }
    }
    String region = c.pkg() + "-" + c.name().toLowerCase(Locale.ROOT);
    s.append("\n/** Generated for the build-cost benchmark: ")
        .append(c.pkg())
        .append(" domain. */\n");
    s.append("public class ").append(c.name()).append(" {\n\n");
    s.append("  private static final int LIMIT = ").append(64 + random.nextInt(192)).append(";\n");
    s.append("  private static final Map<String, Long> SHARED = new ConcurrentHashMap<>();\n\n");
    s.append("  private final Map<String, Long> cache = new ConcurrentHashMap<>();\n");
    s.append("  private final AtomicLong calls = new AtomicLong();\n");
    s.append("  private final Clock clock;\n");
    s.append("  private final String region;\n");
    if (c.collaborator() != null) {
      s.append("  private final ").append(c.collaborator()).append(" next;\n");
    }
    s.append("\n  public ").append(c.name()).append("(Clock clock");
    if (c.collaborator() != null) {
      s.append(", ").append(c.collaborator()).append(" next");
    }
    s.append(") {\n    this.clock = Objects.requireNonNull(clock, \"clock\");\n");
    s.append("    this.region = \"").append(region).append("\";\n");
    if (c.collaborator() != null) {
      s.append("    this.next = next;\n");
    }
    s.append("  }\n");
    for (int i = 0; i < c.methods().size(); i++) {
      s.append('\n').append(method(c, i));
    }
    // Untraced methods: helpers the traced ones call, and the usual object methods.
    s.append(
        """

          /** Untraced: not annotated, so neither the processor nor the weaver touch it. */
          public int size() {
            return cache.size() + SHARED.size();
          }

          void reset() {
            cache.clear();
            calls.set(0);
          }

          private String key(long h) {
            return region + ':' + Long.toHexString(h & 0xffff);
          }

          private static String normalize(String text) {
            return text.strip().toLowerCase(Locale.ROOT);
          }

          private static long seed(long... parts) {
            long h = 0x9E3779B97F4A7C15L;
            for (long part : parts) {
              h = (h ^ part) * 0xBF58476D1CE4E5B9L;
              h ^= h >>> 31;
            }
            return h;
          }

          @Override
          public String toString() {
            return getClass().getSimpleName() + "[" + region + ", calls=" + calls.get() + "]";
          }
        }
        """);
    return s.toString();
  }

  String method(Clazz c, int index) {
    Method m = c.methods().get(index);
    StringBuilder s = new StringBuilder();
    if (c.traced()) {
      s.append("  ").append(m.trace()).append('\n');
    }
    if (c.traced() && !m.resultTag().isEmpty()) {
      s.append("  ").append(m.resultTag()).append('\n');
    }
    s.append("  ")
        .append(m.visibility())
        .append(m.isStatic() ? "static " : "")
        .append(type(m.result()))
        .append(' ')
        .append(m.name())
        .append('(');
    StringJoiner params = new StringJoiner(",\n      ");
    StringJoiner hashes = new StringJoiner(", ");
    for (Kind k : m.params()) {
      params.add((c.traced() ? k.tags() + " " : "") + k.type() + " " + k.name());
      hashes.add(k.hash());
    }
    s.append(params).append(") {\n");
    s.append("    long h = seed(").append(hashes).append(");\n");
    if (index == 0 && c.methods().size() > 2) {
      // The entry point calls the private traced method (a self-invocation) and the collaborator.
      Method inner = c.methods().get(2);
      s.append("    ")
          .append(inner.result() == Result.VOID ? "" : "h ^= Objects.hashCode(")
          .append(call(inner))
          .append(inner.result() == Result.VOID ? ";\n" : ");\n");
      if (c.collaborator() != null) {
        s.append("    if (next != null) {\n      h += next.size();\n    }\n");
      }
    }
    String map = m.isStatic() ? "SHARED" : "cache";
    String prefix = m.isStatic() ? "\"" + c.pkg() + "\"" : "region";
    if (!m.isStatic()) {
      s.append("    calls.incrementAndGet();\n");
    }
    s.append(body(m.result(), map, prefix, m.isStatic()));
    s.append("  }\n");
    return s.toString();
  }

  static String call(Method m) {
    StringJoiner args = new StringJoiner(", ");
    for (Kind k : m.params()) {
      args.add(k.sample());
    }
    return m.name() + "(" + args + ")";
  }

  static String type(Result r) {
    return switch (r) {
      case STRING -> "String";
      case LONG -> "long";
      case INT -> "int";
      case BOOLEAN -> "boolean";
      case OPTIONAL -> "Optional<String>";
      case LIST -> "List<String>";
      case MAP -> "Map<String, Long>";
      case MONEY -> "Money";
      case VOID -> "void";
      case FUTURE -> "CompletableFuture<String>";
    };
  }

  static String body(Result r, String map, String prefix, boolean isStatic) {
    String key = isStatic ? prefix + " + ':' + Long.toHexString(h & 0xffff)" : "key(h)";
    String b =
        switch (r) {
          case STRING ->
              """
          StringBuilder text = new StringBuilder(PREFIX).append('-').append(Long.toHexString(h));
          if (text.length() > LIMIT) {
            text.setLength(LIMIT);
          }
          return normalize(text.toString());
          """;
          case LONG ->
              """
          long total = 0;
          for (int i = 0; i <= (int) Math.floorMod(h, 7); i++) {
            total += MAP.getOrDefault(KEY, (long) i) * 31 + i;
          }
          MAP.put(KEY, total);
          return total;
          """;
          case INT ->
              """
          return switch ((int) Math.floorMod(h, 4)) {
            case 0 -> 1;
            case 1 -> MAP.size();
            default -> (int) (h >>> 40);
          };
          """;
          case BOOLEAN ->
              """
          return MAP.containsKey(KEY) || (h & 1) == 0;
          """;
          case OPTIONAL ->
              """
          Long value = MAP.get(KEY);
          return value == null ? Optional.empty() : Optional.of(PREFIX + ":" + value);
          """;
          case LIST ->
              """
          return IntStream.rangeClosed(0, (int) Math.floorMod(h, 5))
              .mapToObj(i -> PREFIX + "/" + i)
              .collect(Collectors.toList());
          """;
          case MAP ->
              """
          Map<String, Long> view = new TreeMap<>();
          long floor = h & 0xff;
          MAP.forEach((k, v) -> {
            if (v > floor) {
              view.put(k, v);
            }
          });
          return view;
          """;
          case MONEY ->
              """
          long cents = Math.floorMod(h, 100_000L) + MAP.getOrDefault(KEY, 0L);
          return new Money(cents, h > 0 ? "EUR" : "USD");
          """;
          case VOID ->
              """
          MAP.merge(KEY, 1L, Long::sum);
          if (MAP.size() > LIMIT) {
            MAP.clear();
          }
          """;
          case FUTURE ->
              """
          String result = KEY;
          return CompletableFuture.completedFuture(result);
          """;
        };
    if (!isStatic && r == Result.FUTURE) {
      b = b.replace("String result = KEY;", "String result = KEY + '@' + clock.millis();");
    }
    return b.replace("PREFIX", prefix).replace("MAP", map).replace("KEY", key).indent(4);
  }

  void writeModel() {
    String model = BASE + ".model";
    write(
        "model",
        "Tier",
        "package " + model + ";\n\npublic enum Tier { BRONZE, SILVER, GOLD, PLATINUM }\n");
    write(
        "model",
        "Address",
        "package "
            + model
            + ";\n\n"
            + "public record Address(String street, String city, String country) {}\n");
    write(
        "model",
        "CustomerRef",
        "package "
            + model
            + ";\n\n"
            + "public record CustomerRef(String id, Tier tier, Address address) {}\n");
    write(
        "model",
        "Money",
        """
        package %s;

        public record Money(long cents, String currency) {
          public Money plus(Money other) {
            if (!currency.equals(other.currency)) {
              throw new IllegalArgumentException(currency + " vs " + other.currency);
            }
            return new Money(cents + other.cents, currency);
          }
        }
        """
            .formatted(model));
    write(
        "model",
        "OrderLine",
        "package "
            + model
            + ";\n\n"
            + "public record OrderLine(String sku, int quantity, Money price) {}\n");
    write(
        "model",
        "RequestContext",
        "package "
            + model
            + ";\n\nimport java.util.Locale;\n\n"
            + "public record RequestContext(String requestId, String tenant, Locale locale) {}\n");
  }

  void write(String pkg, String name, String text) {
    try {
      Path dir = sources.resolve((BASE + "." + pkg).replace('.', '/'));
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".java"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void deleteSources() throws IOException {
    if (!Files.exists(out.resolve("src"))) {
      return;
    }
    try (Stream<Path> paths = Files.walk(out.resolve("src"))) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  // ---------------------------------------------------------------- poms

  void writePoms() throws IOException {
    Files.createDirectories(out);
    Files.writeString(
        out.resolve("pom-1-javac.xml"),
        pom(
            "1-javac",
            "javac only: weftrace-annotations on the class path, no processor (-proc:none), no weaving",
            dependency("weftrace-annotations"),
            """
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <configuration>
                  <proc>none</proc>
                </configuration>
              </plugin>
        """));
    Files.writeString(
        out.resolve("pom-2-processor.xml"),
        pom(
            "2-processor",
            "javac + weftrace-processor; the weaver is a dependency because generated code uses it",
            dependency("weftrace-weaver"),
            COMPILER_WITH_PROCESSOR));
    Files.writeString(
        out.resolve("pom-3-weave.xml"),
        pom(
            "3-weave",
            "javac + weftrace-processor + aspectj-maven-plugin weaving target/classes: README's Maven setup",
            dependency("weftrace-weaver"),
            COMPILER_WITH_PROCESSOR + ASPECTJ_PLUGIN));
    Files.writeString(
        out.resolve("pom-4-plugin.xml"),
        pom(
            "4-plugin",
            "weftrace-weaver + weftrace-maven-plugin as an extension: docs/maven-plugin.md's setup",
            dependency("weftrace-weaver"),
            WEFTRACE_PLUGIN));
  }

  static String dependency(String artifact) {
    return """
            <dependency>
              <groupId>dev.weftrace</groupId>
              <artifactId>%s</artifactId>
            </dependency>
        """
        .formatted(artifact);
  }

  static final String COMPILER_WITH_PROCESSOR =
      """
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-compiler-plugin</artifactId>
              <configuration>
                <annotationProcessorPaths>
                  <path>
                    <groupId>dev.weftrace</groupId>
                    <artifactId>weftrace-processor</artifactId>
                    <version>%s</version>
                  </path>
                </annotationProcessorPaths>
              </configuration>
            </plugin>
      """
          .formatted(WEFTRACE_VERSION);

  /**
   * docs/maven-plugin.md's "Setup", verbatim apart from indentation (its BOM import and weaver
   * dependency are those of every pom here): the plugin adds the processor and binds the weaving.
   */
  static final String WEFTRACE_PLUGIN =
      """
            <plugin>
              <groupId>dev.weftrace</groupId><artifactId>weftrace-maven-plugin</artifactId>
              <version>%s</version>
              <extensions>true</extensions> <!-- adds the processor and binds the weaving for you -->
            </plugin>
      """
          .formatted(WEFTRACE_VERSION);

  /** README's "Maven setup", verbatim apart from indentation. */
  static final String ASPECTJ_PLUGIN =
      """
            <plugin>
              <groupId>dev.aspectj</groupId>
              <artifactId>aspectj-maven-plugin</artifactId>
              <version>%s</version>
              <dependencies>
                <dependency>
                  <groupId>org.aspectj</groupId>
                  <artifactId>aspectjtools</artifactId>
                  <version>%s</version>
                </dependency>
              </dependencies>
              <configuration>
                <release>17</release>
                <aspectLibraries>
                  <aspectLibrary>
                    <groupId>dev.weftrace</groupId>
                    <artifactId>weftrace-weaver</artifactId>
                  </aspectLibrary>
                </aspectLibraries>
                <forceAjcCompile>true</forceAjcCompile> <!-- weave javac's output; compile no sources -->
                <sources/>
                <testSources/>
                <proc>none</proc>                       <!-- javac already ran the processors -->
              </configuration>
              <executions>
                <execution>
                  <id>weave-classes</id>
                  <phase>process-classes</phase>
                  <goals><goal>compile</goal></goals>
                  <configuration>
                    <weaveDirectories><weaveDirectory>${project.build.outputDirectory}</weaveDirectory></weaveDirectories>
                    <argumentFileDirectory>${project.build.directory}/ajc-main</argumentFileDirectory>
                  </configuration>
                </execution>
                <execution> <!-- optional: trace @Trace methods in test code too -->
                  <id>weave-test-classes</id>
                  <phase>process-test-classes</phase>
                  <goals><goal>test-compile</goal></goals>
                  <configuration>
                    <weaveDirectories><weaveDirectory>${project.build.testOutputDirectory}</weaveDirectory></weaveDirectories>
                    <argumentFileDirectory>${project.build.directory}/ajc-test</argumentFileDirectory>
                  </configuration>
                </execution>
              </executions>
            </plugin>
      """
          .formatted(ASPECTJ_PLUGIN_VERSION, ASPECTJ_VERSION);

  static String pom(String id, String description, String dependencies, String plugins) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated by dev.weftrace.benchmarks.buildcost.Generate (benchmarks/build-cost); configuration %1$s. -->
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>build-cost-shop</artifactId>
          <version>1.0.0-SNAPSHOT</version>
          <name>build-cost %1$s</name>
          <description>%2$s</description>

          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <maven.compiler.release>17</maven.compiler.release>
          </properties>

          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>dev.weftrace</groupId>
                <artifactId>weftrace-bom</artifactId>
                <version>%3$s</version>
                <type>pom</type>
                <scope>import</scope>
              </dependency>
            </dependencies>
          </dependencyManagement>

          <dependencies>
        %4$s  </dependencies>

          <build>
            <!-- One output directory per configuration: they share src/ but never each other's classes. -->
            <directory>${project.basedir}/target/%1$s</directory>
            <pluginManagement>
              <plugins> <!-- the versions weftrace's own build uses -->
                <plugin>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-clean-plugin</artifactId>
                  <version>3.4.0</version>
                </plugin>
                <plugin>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-resources-plugin</artifactId>
                  <version>3.3.1</version>
                </plugin>
                <plugin>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-compiler-plugin</artifactId>
                  <version>3.14.0</version>
                </plugin>
              </plugins>
            </pluginManagement>
            <plugins>
        %5$s    </plugins>
          </build>
        </project>
        """
        .formatted(id, description, WEFTRACE_VERSION, dependencies, plugins);
  }

  private static Properties versions() {
    Properties versions = new Properties();
    try (InputStream in = Generate.class.getResourceAsStream("versions.properties")) {
      versions.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("versions.properties is missing: build with Maven", e);
    }
    return versions;
  }

  static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
