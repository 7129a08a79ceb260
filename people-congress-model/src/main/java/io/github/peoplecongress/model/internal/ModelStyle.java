package io.github.peoplecongress.model.internal;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each model package's {@code package-info.java}.
 *
 * <p>Accessors follow JavaBeans naming ({@code getName()}, {@code isActive()}) so that a host's validator,
 * template engine, MyBatis or Jackson sees them as properties; builders and JSON use the bare names
 * ({@code name}). Builders are strict (an attribute may be set once), collections are JDK 9 immutable
 * collections, and {@link JsonSerialize} makes Immutables generate the Jackson creator.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    strictBuilder = true,
    jakarta = true,
    jdk9Collections = true,
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    privateNoargConstructor = false,
    forceJacksonPropertyNames = true)
@JsonSerialize
public @interface ModelStyle {}
