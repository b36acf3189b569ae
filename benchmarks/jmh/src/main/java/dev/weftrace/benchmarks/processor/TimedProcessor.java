package dev.weftrace.benchmarks.processor;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Wraps a processor and adds up the wall time spent, and the bytes allocated by the calling thread,
 * inside its {@code init} and {@code process} calls, so a benchmark can report the processor's own
 * work next to the whole compilation's.
 *
 * <p>The figure includes what the processor does through javac's APIs while it runs (element
 * queries, {@code Filer} writes, which here go to memory) but not what javac does afterwards
 * because of it: parsing, attributing and generating bytecode for the sources the processor wrote,
 * and the extra processing round. Only the whole-compilation time shows that part.
 */
final class TimedProcessor implements Processor {

  private static final com.sun.management.ThreadMXBean THREADS = allocationCounter();

  private final Processor delegate;
  private long nanos;
  private long allocatedBytes;
  private int rounds;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** Nanoseconds spent in the delegate's {@code init} and {@code process} so far. */
  long nanos() {
    return nanos;
  }

  /**
   * Bytes the compiling thread allocated in the delegate's {@code init} and {@code process} so far,
   * or -1 where the JVM cannot count allocations per thread.
   */
  long allocatedBytes() {
    return THREADS == null ? -1 : allocatedBytes;
  }

  /** How many times javac called {@code process}. */
  int rounds() {
    return rounds;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    long bytes = threadAllocatedBytes();
    long start = System.nanoTime();
    try {
      delegate.init(env);
    } finally {
      nanos += System.nanoTime() - start;
      allocatedBytes += threadAllocatedBytes() - bytes;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long bytes = threadAllocatedBytes();
    long start = System.nanoTime();
    try {
      return delegate.process(annotations, round);
    } finally {
      nanos += System.nanoTime() - start;
      allocatedBytes += threadAllocatedBytes() - bytes;
      rounds++;
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private static long threadAllocatedBytes() {
    return THREADS == null ? 0 : THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** HotSpot's per-thread allocation counter, or null if this JVM lacks or disables it. */
  private static com.sun.management.ThreadMXBean allocationCounter() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported()
        && threads.isThreadAllocatedMemoryEnabled()) {
      return threads;
    }
    return null;
  }
}
