package dev.weftrace.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample as a user runs it, with its console captured. */
class SampleAppTest {

  @Test
  void placesFourOrdersPrintsFiveTracesAndReportsTheDeclinedOrderAsFailed() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try {
      SampleApp.main(new String[0]);
    } finally {
      System.setOut(original);
      GlobalOpenTelemetry.resetForTest();
    }

    List<String> lines =
        console.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    assertThat(lines.stream().filter(line -> line.startsWith("trace "))).hasSize(5);
    assertThat(lines.stream().filter(line -> line.startsWith("order ")))
        .containsExactly(
            "order ORD-1001 placed: total 48.13, reservation R-101, payment P-501",
            "order ORD-1002 placed: total 56.40, reservation R-102, payment P-502",
            "order ORD-1003 FAILED: card declined: insufficient funds",
            "order ORD-1004 placed: total 25.80, reservation R-104, payment P-503");
    assertThat(lines)
        .filteredOn(line -> line.contains("=> ERROR PaymentDeclinedException"))
        .hasSize(2)
        .anyMatch(line -> line.contains("payment.charge CLIENT"))
        .anyMatch(line -> line.contains("OrderService.placeOrder SERVER"));
  }
}
