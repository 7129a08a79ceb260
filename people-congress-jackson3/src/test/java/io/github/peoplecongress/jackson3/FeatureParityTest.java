package io.github.peoplecongress.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import io.github.peoplecongress.model.json.CongressJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every configuration feature of {@link CongressJson}'s mapper has the same state in {@link CongressJson3}'s, feature
 * by feature, matched by name across the two majors (Jackson 3 moved some into {@code EnumFeature} and
 * {@code DateTimeFeature} and renamed "field" to "property"); the features that only one major has are listed here
 * with the state they must have and why. A Jackson upgrade that adds a feature fails this test until someone decides
 * its state.
 */
class FeatureParityTest {
  private static final ObjectMapper JACKSON_2 = CongressJson.objectMapper();
  private static final JsonMapper JACKSON_3 = CongressJson3.mapper();

  /** Jackson 3's new names for Jackson 2 features. */
  private static final Map<String, String> RENAMED = Map.of(
      "JsonWriteFeature.QUOTE_FIELD_NAMES", "JsonWriteFeature.QUOTE_PROPERTY_NAMES",
      "JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES", "JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES",
      "TokenStreamFactory.Feature.CANONICALIZE_FIELD_NAMES", "TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES",
      "TokenStreamFactory.Feature.INTERN_FIELD_NAMES", "TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES");

  /** Features of both majors whose states differ on purpose, with the reason. */
  private static final Map<String, String> MAY_DIFFER = Map.of(
      "TokenStreamFactory.Feature.INTERN_FIELD_NAMES",
      "String.intern() of property names: memory only, nothing read or written changes; 3.x dropped it");

  /** Features Jackson 3 removed, and why the project needs no counterpart. */
  private static final Map<String, String> JACKSON_2_ONLY = new TreeMap<>(Map.ofEntries(
      Map.entry("MapperFeature.AUTO_DETECT_CREATORS", "3.x: the visibility checker, set as in 2.x"),
      Map.entry("MapperFeature.AUTO_DETECT_FIELDS", "3.x: the visibility checker, set as in 2.x"),
      Map.entry("MapperFeature.AUTO_DETECT_GETTERS", "3.x: the visibility checker, set as in 2.x"),
      Map.entry("MapperFeature.AUTO_DETECT_IS_GETTERS", "3.x: the visibility checker, set as in 2.x"),
      Map.entry("MapperFeature.AUTO_DETECT_SETTERS", "3.x: the visibility checker, set as in 2.x"),
      Map.entry("MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES", "no default typing in either major"),
      Map.entry("MapperFeature.IGNORE_DUPLICATE_MODULE_REGISTRATIONS", "3.x always ignores a second registration"),
      Map.entry("MapperFeature.REQUIRE_HANDLERS_FOR_JAVA8_OPTIONALS", "3.x handles Optional itself"),
      Map.entry("MapperFeature.REQUIRE_HANDLERS_FOR_JAVA8_TIMES", "3.x handles java.time itself"),
      Map.entry("MapperFeature.SORT_CREATOR_PROPERTIES_BY_DECLARATION_ORDER",
          "the model's creators are delegating: no creator properties to order"),
      Map.entry("MapperFeature.USE_STD_BEAN_NAMING", "the model's JSON names are explicit (@JsonProperty)"),
      Map.entry("SerializationFeature.WRITE_BIGDECIMAL_AS_PLAIN",
          "deprecated and unused in 2.x; StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN is compared"),
      Map.entry("SerializationFeature.WRITE_NULL_MAP_VALUES", "3.x: content inclusion, set to NON_ABSENT as in 2.x"),
      Map.entry("TokenStreamFactory.Feature.USE_THREAD_LOCAL_FOR_BUFFER_RECYCLING", "3.x: recycler pools")));

  /** Features only Jackson 3 has, with the state CongressJson3 must give them and why. */
  private static final Map<String, Boolean> JACKSON_3_ONLY = new TreeMap<>(Map.ofEntries(
      Map.entry("DeserializationFeature.IGNORE_ABSTRACT_TYPES_FOR_DEDUCTION", true), // no polymorphic types
      Map.entry("DeserializationFeature.USE_NULL_FOR_EMPTY_UNWRAPPED", false), // no @JsonUnwrapped
      Map.entry("DeserializationFeature.USE_NULL_FOR_MISSING_REFERENCE_VALUES", false), // missing Optional: empty
      Map.entry("JsonNodeFeature.MAP_ABSENT_TO_MISSING", false), // trees only
      Map.entry("JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS", false), // 0x1F refused, as in 2.x
      Map.entry("MapperFeature.DETECT_PARAMETER_NAMES", false), // 2.x needs a module for it, not registered
      Map.entry("MapperFeature.EXTERNAL_TYPE_ID_ALWAYS_VISIBLE", false), // no polymorphic types
      Map.entry("MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY", false), // no Java records in the model
      Map.entry("MapperFeature.SORT_PROPERTIES_BY_INDEX", true), // what 2.x always does
      Map.entry("MapperFeature.USE_REAL_INCLUDE_NON_DEFAULT", false), // NON_DEFAULT unused
      Map.entry("MapperFeature.WRAPPERS_DEFAULT_TO_NULL", false), // 2.x behaviour
      Map.entry("SerializationFeature.APPLY_JSON_INCLUDE_FOR_CONTAINERS", false), // 2.x behaviour
      Map.entry("SerializationFeature.FAIL_ON_ORDER_SET_BY_INCOMPARABLE_ELEMENT", false), // sets are not ordered
      Map.entry("SerializationFeature.ORDER_SET_ELEMENTS", false), // sets in their own order, as in 2.x
      Map.entry("DateTimeFeature.ALWAYS_WRITE_SUBSECOND_DIGITS", false), // 2.x behaviour
      Map.entry("DateTimeFeature.TRUNCATE_TO_MSECS_ON_READ", false), // 2.x keeps nanoseconds
      Map.entry("DateTimeFeature.TRUNCATE_TO_MSECS_ON_WRITE", false), // 2.x keeps nanoseconds
      Map.entry("DateTimeFeature.WRITE_UTC_AS_OFFSET", true))); // 2.x writes UTC as +00:00

  @Test
  void every_feature_of_both_majors_has_the_same_state() {
    Map<String, Boolean> jackson2 = jackson2States();
    Map<String, Boolean> jackson3 = jackson3States();
    List<String> different = new ArrayList<>();
    Set<String> unmatched2 = new TreeSet<>();
    Set<String> matched3 = new TreeSet<>();

    for (Map.Entry<String, Boolean> feature : jackson2.entrySet()) {
      String name3 = counterpart(feature.getKey(), jackson2, jackson3);
      if (name3 == null) {
        unmatched2.add(feature.getKey());
        continue;
      }
      matched3.add(name3);
      if (!feature.getValue().equals(jackson3.get(name3)) && !MAY_DIFFER.containsKey(feature.getKey())) {
        different.add(feature.getKey() + " is " + state(feature.getValue()) + " in CongressJson but " + name3
            + " is " + state(jackson3.get(name3)) + " in CongressJson3");
      }
    }
    Map<String, Boolean> only3 = new TreeMap<>(jackson3);
    only3.keySet().removeAll(matched3);

    assertThat(different).as("features set differently in the two majors").isEmpty();
    assertThat(unmatched2).as("Jackson 2 features without a Jackson 3 counterpart: list each in JACKSON_2_ONLY, "
        + "with why the project needs none").isEqualTo(JACKSON_2_ONLY.keySet());
    assertThat(only3).as("Jackson 3 features without a Jackson 2 counterpart: decide the state of each in "
        + "CongressJson3.builder and list it in JACKSON_3_ONLY").isEqualTo(JACKSON_3_ONLY);
  }

  @Test
  void both_majors_omit_absent_values_and_absent_contents() {
    JsonInclude.Value jackson2 = JACKSON_2.getSerializationConfig().getDefaultPropertyInclusion();
    JsonInclude.Value jackson3 = JACKSON_3.serializationConfig().getDefaultPropertyInclusion();

    assertThat(jackson3.getValueInclusion()).isEqualTo(jackson2.getValueInclusion())
        .isEqualTo(JsonInclude.Include.NON_ABSENT);
    assertThat(jackson3.getContentInclusion()).isEqualTo(jackson2.getContentInclusion())
        .isEqualTo(JsonInclude.Include.NON_ABSENT);
  }

  @Test
  void both_majors_have_the_same_stream_limits() {
    com.fasterxml.jackson.core.JsonFactory factory2 = JACKSON_2.getFactory();
    tools.jackson.core.TokenStreamFactory factory3 = JACKSON_3.tokenStreamFactory();
    var read2 = factory2.streamReadConstraints();
    var read3 = factory3.streamReadConstraints();
    var write2 = factory2.streamWriteConstraints();
    var write3 = factory3.streamWriteConstraints();
    // CongressJson does not set it, and Jackson 2's JsonFactory does not show it: its defaults
    var errors2 = com.fasterxml.jackson.core.ErrorReportConfiguration.defaults();
    var errors3 = factory3.errorReportConfiguration();

    Map<String, Object> limits2 = new LinkedHashMap<>();
    limits2.put("maxStringLength", read2.getMaxStringLength());
    limits2.put("maxNestingDepth", read2.getMaxNestingDepth());
    limits2.put("maxNumberLength", read2.getMaxNumberLength());
    limits2.put("maxDocumentLength", read2.getMaxDocumentLength());
    limits2.put("maxNameLength", read2.getMaxNameLength());
    limits2.put("maxTokenCount", read2.getMaxTokenCount());
    limits2.put("write maxNestingDepth", write2.getMaxNestingDepth());
    limits2.put("maxErrorTokenLength", errors2.getMaxErrorTokenLength());
    limits2.put("maxRawContentLength", errors2.getMaxRawContentLength());
    Map<String, Object> limits3 = new LinkedHashMap<>();
    limits3.put("maxStringLength", read3.getMaxStringLength());
    limits3.put("maxNestingDepth", read3.getMaxNestingDepth());
    limits3.put("maxNumberLength", read3.getMaxNumberLength());
    limits3.put("maxDocumentLength", read3.getMaxDocumentLength());
    limits3.put("maxNameLength", read3.getMaxNameLength());
    limits3.put("maxTokenCount", read3.getMaxTokenCount());
    limits3.put("write maxNestingDepth", write3.getMaxNestingDepth());
    limits3.put("maxErrorTokenLength", errors3.getMaxErrorTokenLength());
    limits3.put("maxRawContentLength", errors3.getMaxRawContentLength());

    assertThat(limits3).isEqualTo(limits2);
    assertThat(limits3).containsEntry("maxStringLength", CongressJson.MAX_STRING_LENGTH)
        .containsEntry("maxNestingDepth", CongressJson.MAX_NESTING_DEPTH)
        .containsEntry("maxNumberLength", CongressJson.MAX_NUMBER_LENGTH)
        .containsEntry("maxDocumentLength", CongressJson.MAX_DOCUMENT_LENGTH);
  }

  /** A plain host type with only a private one-string constructor: Jackson 2 sees it (creators: any visibility). */
  static final class Token {
    private final String text;

    private Token(String text) {
      this.text = text;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Token token && token.text.equals(text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }

  @Test
  void both_majors_see_private_creators() throws Exception {
    assertThat(JACKSON_2.readValue("\"P-001\"", Token.class)).isEqualTo(new Token("P-001"));
    assertThat(JACKSON_3.readValue("\"P-001\"", Token.class)).isEqualTo(new Token("P-001"));
  }

  /**
   * The Jackson 3 name of a Jackson 2 feature: the same name in the same group, a renamed one, or the same constant
   * moved to another group (when no Jackson 2 feature of that group and name exists); null if none.
   */
  private static String counterpart(String name2, Map<String, Boolean> jackson2, Map<String, Boolean> jackson3) {
    String name = RENAMED.getOrDefault(name2, name2);
    if (jackson3.containsKey(name)) {
      return name;
    }
    String constant = name.substring(name.lastIndexOf('.') + 1);
    List<String> moved = jackson3.keySet().stream()
        .filter(name3 -> name3.endsWith("." + constant))
        .filter(Predicate.not(jackson2::containsKey))
        .toList();
    return moved.size() == 1 ? moved.get(0) : null;
  }

  private static String state(Boolean enabled) {
    return Boolean.TRUE.equals(enabled) ? "on" : "off";
  }

  private static Map<String, Boolean> jackson2States() {
    ObjectMapper m = JACKSON_2;
    var factory = m.getFactory();
    Map<String, Boolean> states = new TreeMap<>();
    for (var f : com.fasterxml.jackson.databind.MapperFeature.values()) {
      states.put("MapperFeature." + f, m.isEnabled(f));
    }
    for (var f : com.fasterxml.jackson.databind.SerializationFeature.values()) {
      states.put("SerializationFeature." + f, m.isEnabled(f));
    }
    for (var f : com.fasterxml.jackson.databind.DeserializationFeature.values()) {
      states.put("DeserializationFeature." + f, m.isEnabled(f));
    }
    for (var f : com.fasterxml.jackson.core.StreamReadFeature.values()) {
      states.put("StreamReadFeature." + f, m.isEnabled(f));
    }
    for (var f : com.fasterxml.jackson.core.StreamWriteFeature.values()) {
      states.put("StreamWriteFeature." + f, m.isEnabled(f));
    }
    for (var f : com.fasterxml.jackson.core.json.JsonReadFeature.values()) {
      states.put("JsonReadFeature." + f, f.mappedFeature() != null ? m.isEnabled(f.mappedFeature())
          : (factory.getFormatParserFeatures() & f.getMask()) != 0);
    }
    for (var f : com.fasterxml.jackson.core.json.JsonWriteFeature.values()) {
      states.put("JsonWriteFeature." + f, f.mappedFeature() != null ? m.isEnabled(f.mappedFeature())
          : (factory.getFormatGeneratorFeatures() & f.getMask()) != 0);
    }
    for (var f : com.fasterxml.jackson.databind.cfg.EnumFeature.values()) {
      states.put("EnumFeature." + f, m.getDeserializationConfig().isEnabled(f));
    }
    for (var f : com.fasterxml.jackson.databind.cfg.JsonNodeFeature.values()) {
      states.put("JsonNodeFeature." + f, m.getDeserializationConfig().isEnabled(f));
    }
    for (var f : com.fasterxml.jackson.core.JsonFactory.Feature.values()) {
      states.put("TokenStreamFactory.Feature." + f, factory.isEnabled(f));
    }
    // CongressJson registers a JavaTimeModule with its defaults; Jackson 3 has these as DateTimeFeature
    for (var f : JavaTimeFeature.values()) {
      states.put("JavaTimeFeature." + f, f.enabledByDefault());
    }
    return states;
  }

  private static Map<String, Boolean> jackson3States() {
    JsonMapper m = JACKSON_3;
    Map<String, Boolean> states = new TreeMap<>();
    for (var f : tools.jackson.databind.MapperFeature.values()) {
      states.put("MapperFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.databind.SerializationFeature.values()) {
      states.put("SerializationFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.databind.DeserializationFeature.values()) {
      states.put("DeserializationFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.core.StreamReadFeature.values()) {
      states.put("StreamReadFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.core.StreamWriteFeature.values()) {
      states.put("StreamWriteFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.core.json.JsonReadFeature.values()) {
      states.put("JsonReadFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.core.json.JsonWriteFeature.values()) {
      states.put("JsonWriteFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.databind.cfg.EnumFeature.values()) {
      states.put("EnumFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.databind.cfg.JsonNodeFeature.values()) {
      states.put("JsonNodeFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.databind.cfg.DateTimeFeature.values()) {
      states.put("DateTimeFeature." + f, m.isEnabled(f));
    }
    for (var f : tools.jackson.core.TokenStreamFactory.Feature.values()) {
      states.put("TokenStreamFactory.Feature." + f, m.isEnabled(f));
    }
    return states;
  }
}
