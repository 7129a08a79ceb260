package io.github.peoplecongress.examples.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.RecordId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates the JSON format reference from the model itself: every type reachable from {@link CommitteeRecords}, with
 * its fields, their JSON types and whether they are required, so the reference can never disagree with the code.
 */
public final class JsonFormatReference {
  private JsonFormatReference() {}

  /**
   * Returns the reference as Markdown.
   *
   * @return the Markdown text, not null
   */
  public static String markdown() {
    StringBuilder md = new StringBuilder("# JSON format reference\n\n")
        .append("Generated from the model classes. A file is one `CommitteeRecords` object: one committee's records ")
        .append("over the days of its `span` (both ends included), the span over which the file is complete — a year, ")
        .append("several years, a term. Several files and directories of one committee are read as one set ")
        .append("(`ModelReader.readRecords`): their spans must follow one another without overlap or gap; standing ")
        .append("data (district, terms, people, organisations, deputies, groups, constituencies, mailboxes) may be in ")
        .append("one file only or repeated identically; ids are unique across the set, and a record may refer to one ")
        .append("in another file. Records dated outside the span are kept as evidence. Dates are ")
        .append("`yyyy-MM-dd` strings, years are strings such as `\"2019\"`, money is a JSON number in yuan (元) read ")
        .append("exactly as a decimal, ids are strings of 1 to 64 letters, digits or `. _ : / -`, enums are their ")
        .append("constant names. Optional fields may be omitted; lists may be omitted when empty. Unknown fields are ")
        .append("rejected unless the reader is lenient.\n");
    Set<Class<?>> done = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(CommitteeRecords.class);
    Set<Class<?>> enums = new java.util.TreeSet<>(Comparator.comparing(Class::getSimpleName));
    while (!todo.isEmpty()) {
      Class<?> type = todo.removeFirst();
      if (!done.add(type)) {
        continue;
      }
      Class<?> implementation = type.getAnnotation(JsonDeserialize.class).as();
      md.append("\n## ").append(type.getSimpleName()).append("\n\n`").append(type.getName())
          .append("`\n\n| Field | Type | Required |\n|---|---|---|\n");
      Method[] methods = implementation.getMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName));
      for (Method method : methods) {
        JsonProperty json = method.getAnnotation(JsonProperty.class);
        if (json == null || method.getParameterCount() != 0 || method.isBridge()) {
          continue;
        }
        md.append("| `").append(json.value()).append("` | ")
            .append(describe(method.getGenericReturnType(), todo, enums)).append(" | ")
            .append(json.required() ? "yes" : "").append(" |\n");
      }
    }
    md.append("\n## Enumerations\n");
    for (Class<?> type : enums) {
      md.append("\n- `").append(type.getSimpleName()).append("`: ").append(Arrays.stream(type.getEnumConstants())
          .map(constant -> "`" + constant + "`" + label(constant)).collect(Collectors.joining(", ")));
    }
    return md.append('\n').toString();
  }

  private static String label(Object constant) {
    try {
      return " " + constant.getClass().getMethod("getLabel").invoke(constant);
    } catch (ReflectiveOperationException e) {
      return "";
    }
  }

  private static String describe(Type type, Deque<Class<?>> todo, Set<Class<?>> enums) {
    if (type instanceof ParameterizedType) {
      ParameterizedType generic = (ParameterizedType) type;
      String element = describe(generic.getActualTypeArguments()[0], todo, enums);
      Class<?> raw = (Class<?>) generic.getRawType();
      return raw == java.util.Optional.class ? element + " (optional)" : "array of " + element;
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isAnnotationPresent(JsonDeserialize.class)) {
      todo.add(raw);
      return "[" + raw.getSimpleName() + "](#" + raw.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
    if (raw.isEnum()) {
      enums.add(raw);
      return "`" + raw.getSimpleName() + "` (enum)";
    }
    if (RecordId.class.isAssignableFrom(raw)) {
      return "id (`" + raw.getSimpleName() + "`)";
    }
    return "`" + raw.getSimpleName() + "`";
  }
}
