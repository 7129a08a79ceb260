package io.github.peoplecongress.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.peoplecongress.model.json.CongressJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Makes committee years N times larger than the bundled example, so that benchmarks can show how time grows with the
 * number of records: the standing data stays as it is, every record of the year is repeated N times with its id and
 * every reference to a year record suffixed by {@code :k} in the k-th copy.
 */
final class ScaledYears {
  /** Root fields that hold standing data, which is shared by all copies. */
  private static final Set<String> STANDING = Set.of("span", "district", "terms", "people", "organizations", "deputies",
      "deputyGroups", "constituencies", "mailboxes");

  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  private ScaledYears() {}

  /** Returns the bundled 2019 example year's JSON, scaled by the factor. */
  static String example2019(int factor) {
    try (InputStream in = ScaledYears.class.getResourceAsStream("committee-year-2019.json")) {
      if (in == null) {
        throw new IllegalStateException("committee-year-2019.json is not on the classpath");
      }
      return scale((ObjectNode) MAPPER.readTree(in), factor).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the example year's records repeated over {@code years} consecutive calendar years from 2019: each copy's
   * ids suffixed and its dates and years moved forward, the standing data once, the span covering all the years.
   */
  static String example2019OverYears(int years) {
    try (InputStream in = ScaledYears.class.getResourceAsStream("committee-year-2019.json")) {
      ObjectNode year = (ObjectNode) MAPPER.readTree(in);
      ObjectNode set = scale(year, years);
      for (Iterator<Map.Entry<String, JsonNode>> it = year.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        if (STANDING.contains(field.getKey()) || !field.getValue().isArray()) {
          continue;
        }
        ArrayNode records = (ArrayNode) set.get(field.getKey());
        int perYear = field.getValue().size();
        for (int i = perYear; i < records.size(); i++) {
          records.set(i, shifted(records.get(i), i / perYear));
        }
      }
      ((ObjectNode) set.get("span")).put("to", (2019 + years - 1) + "-12-31");
      return set.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves every date (yyyy-MM-dd) and year ("2019") of a record forward by whole years. */
  private static JsonNode shifted(JsonNode node, int years) {
    if (node.isTextual()) {
      String text = node.asText();
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return TextNode.valueOf(java.time.LocalDate.parse(text).plusYears(years).toString());
      }
      return text.matches("20\\d{2}") ? TextNode.valueOf(Integer.toString(Integer.parseInt(text) + years)) : node;
    }
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, shifted(array.get(i), years));
      }
    } else if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      object.fieldNames().forEachRemaining(name -> object.set(name, shifted(object.get(name), years)));
    }
    return node;
  }

  static ObjectNode scale(ObjectNode year, int factor) {
    Set<String> yearIds = new HashSet<>();
    year.fields().forEachRemaining(field -> {
      if (!STANDING.contains(field.getKey()) && field.getValue().isArray()) {
        field.getValue().forEach(record -> {
          if (record.path("id").isTextual()) {
            yearIds.add(record.get("id").asText());
          }
        });
      }
    });
    ObjectNode scaled = year.deepCopy();
    for (Iterator<Map.Entry<String, JsonNode>> it = year.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> field = it.next();
      if (STANDING.contains(field.getKey()) || !field.getValue().isArray()) {
        continue;
      }
      ArrayNode records = (ArrayNode) scaled.get(field.getKey());
      for (int k = 1; k < factor; k++) {
        for (JsonNode record : field.getValue()) {
          records.add(suffixed(record.deepCopy(), yearIds, ":" + k));
        }
      }
    }
    return scaled;
  }

  static JsonNode suffixed(JsonNode node, Set<String> yearIds, String suffix) {
    if (node.isTextual()) {
      return yearIds.contains(node.asText()) ? TextNode.valueOf(node.asText() + suffix) : node;
    }
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, suffixed(array.get(i), yearIds, suffix));
      }
    } else if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      object.fieldNames().forEachRemaining(name -> object.set(name, suffixed(object.get(name), yearIds, suffix)));
    }
    return node;
  }
}
