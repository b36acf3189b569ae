/**
 * A small billing domain written the Lombok way ({@code @Value}, {@code @Data}, {@code @Getter} on
 * a class and on fields) with a MapStruct mapper, and traced methods whose {@code @SpanTag} paths
 * read through Lombok's getters. Two modules compile it with the processors in opposite orders.
 */
package dev.weftrace.compat.lombok;
