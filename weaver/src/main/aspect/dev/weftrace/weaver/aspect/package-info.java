/**
 * The aspect that wraps every {@code @Trace} method in a span, and the one class besides it that
 * knows AspectJ types. Not public API: applications name {@code weftrace-weaver} as an aspect
 * library and never these classes, which are public only because the advice that ajc inlines into
 * their classes calls them.
 */
package dev.weftrace.weaver.aspect;
