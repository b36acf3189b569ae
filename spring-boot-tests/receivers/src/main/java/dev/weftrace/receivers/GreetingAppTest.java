package dev.weftrace.receivers;

import org.junit.jupiter.api.Test;

/**
 * The test every application of spring-boot-tests runs as Spring Boot's test support starts it: two
 * requests over HTTP, each one trace of three spans (see {@link GreetingTraces}).
 */
public abstract class GreetingAppTest extends OtlpExportingAppTest {

  @Test
  void eachRequestIsOneTraceFromTheServerSpanThroughBothTracedMethods() throws Exception {
    GreetingTraces.checkTwoRequests(port, receiver);
  }
}
