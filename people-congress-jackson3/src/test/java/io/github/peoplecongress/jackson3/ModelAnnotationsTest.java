package io.github.peoplecongress.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jackson 3 ignores Jackson 2 databind's annotations ({@code com.fasterxml.jackson.databind.annotation}), so every one
 * in the model must be one that {@link PeopleCongressModule} translates:
 * {@code @JsonDeserialize(as = ImmutableX.class)} on an abstract type, or the bare {@code @JsonDeserialize} that
 * Immutables puts on its generated {@code Json} helper to stop the inherited {@code as}. Anything else (a custom
 * serializer, {@code contentAs}, a builder) would be lost under Jackson 3 without a word, so this test names it.
 */
class ModelAnnotationsTest {
  private static final String DATABIND_2 = "com.fasterxml.jackson.databind.annotation.";

  @Test
  void every_jackson_2_databind_annotation_of_the_model_is_translated() {
    List<String> untranslated = new ArrayList<>();
    int followed = 0;
    for (Class<?> type : ModelClasses.all()) {
      if (type.isAnnotation()
          && !type.isAnnotationPresent(com.fasterxml.jackson.annotation.JacksonAnnotationsInside.class)) {
        continue; // a marker for the Immutables processor (ModelStyle's @JsonSerialize), read by neither major
      }
      for (AnnotatedElement element : elementsOf(type)) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
          if (!annotation.annotationType().getName().startsWith(DATABIND_2)) {
            continue;
          }
          if (element == type && annotation instanceof JsonDeserialize deserialize && onlyAs(deserialize)) {
            if (deserialize.as() == Void.class && type.getSimpleName().equals("Json")) {
              continue; // Immutables' helper: stops the inherited `as`, which Jackson 3 never sees anyway
            }
            if (Modifier.isAbstract(type.getModifiers()) && type.isAssignableFrom(deserialize.as())) {
              followed++;
              continue;
            }
          }
          untranslated.add(annotation + " on " + element);
        }
      }
    }

    assertThat(untranslated).as("Jackson 2 databind annotations that Jackson 3 would ignore: translate them in "
        + "PeopleCongressModule").isEmpty();
    assertThat(followed).as("abstract model types whose @JsonDeserialize(as = ...) the module follows")
        .isGreaterThan(50);
  }

  private static boolean onlyAs(JsonDeserialize annotation) {
    return annotation.builder() == Void.class && annotation.contentAs() == Void.class
        && annotation.keyAs() == Void.class
        && annotation.using() == com.fasterxml.jackson.databind.JsonDeserializer.None.class
        && annotation.contentUsing() == com.fasterxml.jackson.databind.JsonDeserializer.None.class
        && annotation.keyUsing() == com.fasterxml.jackson.databind.KeyDeserializer.None.class
        && annotation.converter() == com.fasterxml.jackson.databind.util.Converter.None.class
        && annotation.contentConverter() == com.fasterxml.jackson.databind.util.Converter.None.class;
  }

  private static List<AnnotatedElement> elementsOf(Class<?> type) {
    List<AnnotatedElement> elements = new ArrayList<>();
    elements.add(type);
    elements.addAll(List.of(type.getDeclaredFields()));
    Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
        .forEach(executable -> {
          elements.add(executable);
          elements.addAll(List.of(executable.getParameters()));
        });
    return elements;
  }
}
