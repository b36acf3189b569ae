/**
 * The contract between {@code weftrace-processor} (and the code it generates), the {@code
 * weftrace-weaver} runtime and {@code weftrace-maven-plugin}: each fact that they must agree on,
 * defined once. Not user API, and free to change in any release; processor and weaver are released
 * together (pin both with {@code weftrace-bom}).
 *
 * <ul>
 *   <li>{@link dev.weftrace.contract.CompanionName}: the name of the class generated beside a
 *       traced class;
 *   <li>{@link dev.weftrace.contract.MethodKey}: the key a companion files each traced method
 *       under;
 *   <li>{@link dev.weftrace.contract.TracedClasses}: the resource listing the classes with traced
 *       methods, which the runtime's weaving check reads;
 *   <li>{@link dev.weftrace.contract.WovenMark}: how a class file shows that it was woven, for the
 *       runtime's weaving check and the Maven plugin's build-time one;
 *   <li>{@link dev.weftrace.contract.ClassLevelTrace}: which methods a {@code @Trace} on a type
 *       traces;
 *   <li>{@link dev.weftrace.contract.StaticTag}: how an entry of {@code @Trace(tags = ...)} reads.
 * </ul>
 *
 * <p>Everything here works on plain facts (names, flags), so that the processor can feed it from
 * {@code javax.lang.model} and the runtime from reflection. One rule cannot live here: the aspect's
 * {@code tracedByType()} pointcut, which AspectJ needs written out; it matches a superset of {@link
 * dev.weftrace.contract.ClassLevelTrace} and the runtime narrows it with that rule, as the
 * processor's {@code CompanionRuntimeTest} checks against compiled classes.
 *
 * <p>The weaver jar carries these classes itself (ajc copies them in), so that applications need no
 * second weftrace jar at run time; the processor depends on this artifact.
 */
package dev.weftrace.contract;
