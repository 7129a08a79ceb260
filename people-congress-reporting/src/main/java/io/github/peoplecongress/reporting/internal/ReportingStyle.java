package io.github.peoplecongress.reporting.internal;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the reporting module: the same conventions as the model (JavaBeans accessors, strict
 * builders, JDK 9 collections, Jackson), so statistics, metric definitions and per-deputy records drop into a host's
 * templates and JSON as-is.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    strictBuilder = true,
    jakarta = true,
    jdk9Collections = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    forceJacksonPropertyNames = true)
@JsonSerialize
public @interface ReportingStyle {}
