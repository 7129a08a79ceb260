package io.github.peoplecongress.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The generated readers never accept what the data binding and the validator refuse, and what they accept is equal
 * to what the binding makes. Values of the example years are changed to the edges of their constraints and types —
 * blank and over-long texts, white space of other scripts, zero, negative and huge numbers, decimals of many places,
 * impossible dates, nulls, unknown and repeated properties, repeated set elements — and both paths read the result.
 */
class GeneratedReadersProperties {
  private static final ObjectMapper JSON = CongressJson.objectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectNode COMPLETE = load("committee-year-2019.json");
  private static final ObjectNode SMALL = load("problem-year-2019.json");

  private static final List<JsonNode> TEXTS = List.of(NODES.textNode(""), NODES.textNode(" "),
      NODES.textNode("\u3000"), NODES.textNode("\u00a0"), NODES.textNode("x".repeat(51)),
      NODES.textNode("x".repeat(201)), NODES.textNode("x".repeat(2001)), NODES.textNode("13812345678"),
      NODES.textNode("0591-87654321"), NODES.textNode("1381234567"), NODES.textNode("539901"),
      NODES.textNode("2019-06-15"), NODES.textNode("P-001"), NODES.textNode("NOT_A_CONSTANT"));
  private static final List<JsonNode> NUMBERS = List.of(NODES.numberNode(0), NODES.numberNode(-1),
      NODES.numberNode(1), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(2_147_483_648L),
      NODES.numberNode(new BigDecimal("0.5")), NODES.numberNode(new BigDecimal("12.50")),
      NODES.numberNode(new BigDecimal("1.0000000000001")), NODES.numberNode(new BigDecimal("1E+3")),
      NODES.numberNode(new BigDecimal("-0.01")));

  private static ObjectNode load(String file) {
    try {
      return (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("../examples/data").resolve(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One change: its kind, where (an index into the candidate nodes, modulo their number) and a variant. */
  record Change(int kind, int target, int variant) {}

  private static Gen<List<Change>> changes() {
    return lists().of(integers().between(0, 7).zip(integers().between(0, 1_000_000), integers().between(0, 1_000),
        Change::new)).ofSizeBetween(1, 3);
  }

  @Test
  void the_generated_readers_accept_only_what_the_binding_accepts_and_read_it_alike_on_the_small_year() {
    AtomicInteger taken = new AtomicInteger();
    qt().withExamples(400).withShrinkCycles(50).forAll(changes())
        .checkAssert(changes -> holds(SMALL, changes, taken));
    // not a vacuous property: many changed documents are still plainly valid and taken by the generated readers
    assertThat(taken.get()).isGreaterThan(40);
  }

  @Test
  void the_generated_readers_accept_only_what_the_binding_accepts_and_read_it_alike_on_the_complete_year() {
    AtomicInteger taken = new AtomicInteger();
    qt().withExamples(40).withShrinkCycles(10).forAll(changes())
        .checkAssert(changes -> holds(COMPLETE, changes, taken));
    assertThat(taken.get()).isGreaterThan(4);
  }

  private static void holds(ObjectNode original, List<Change> changes, AtomicInteger taken) {
    ObjectNode tree = original.deepCopy();
    Map<String, String> repeated = new java.util.LinkedHashMap<>();
    changes.forEach(change -> apply(tree, change, repeated));
    String text = tree.toString();
    for (Map.Entry<String, String> marker : repeated.entrySet()) {
      text = text.replace(marker.getKey(), marker.getValue());
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (ModelReader.fastPass(new ModelReader.BytesInput(bytes), CommitteeRecords.class) != null) {
      taken.incrementAndGet();
    }
    // the strict read takes the generated readers when they accept, and the binding otherwise: same outcome, always
    assertThat(outcome(ModelReader.strict(), bytes)).isEqualTo(
        outcome(ModelReader.STRICT_WITHOUT_GENERATED_READERS, bytes));
  }

  /** The value read, or the problems found. */
  private static Object outcome(ModelReader reader, byte[] bytes) {
    try {
      return reader.read(bytes, CommitteeRecords.class, "changed");
    } catch (InvalidInputException e) {
      return e.getProblems();
    }
  }

  /** Applies one change to the tree; a repeated property, which a tree cannot hold, is left as a marker to replace. */
  private static void apply(ObjectNode tree, Change change, Map<String, String> repeated) {
    List<Place> places = new ArrayList<>();
    collect(tree, null, null, -1, places);
    Place place = places.get(change.target() % places.size());
    int v = change.variant();
    switch (change.kind()) {
      case 0, 1 -> {
        if (place.node().isTextual()) {
          place.replace(TEXTS.get(v % TEXTS.size()));
        } else if (place.node().isNumber()) {
          place.replace(NUMBERS.get(v % NUMBERS.size()));
        }
      }
      case 2 -> place.replace(NODES.nullNode());
      case 3 -> {
        if (place.parent() instanceof ObjectNode object) {
          object.remove(place.field());
        }
      }
      case 4 -> {
        if (place.parent() instanceof ArrayNode array) {
          array.insert(place.index(), place.node().deepCopy()); // a repeated element, or record
        }
      }
      case 5 -> {
        if (place.node() instanceof ObjectNode object) {
          object.put("unknown" + v, v);
        }
      }
      case 6 -> {
        if (place.node().isTextual()) {
          place.replace(NUMBERS.get(v % NUMBERS.size())); // a number for a text
        } else if (place.node().isNumber()) {
          place.replace(NODES.textNode(place.node().asText())); // a text for a number
        }
      }
      default -> {
        if (place.node() instanceof ObjectNode object && object.size() > 0) {
          Map.Entry<String, JsonNode> first = object.fields().next();
          String name = "zzRepeated" + repeated.size();
          object.put(name, 0);
          repeated.put("\"" + name + "\":0", JSON.valueToTree(first.getKey()) + ":" + first.getValue());
        }
      }
    }
  }

  record Place(JsonNode node, JsonNode parent, String field, int index) {
    void replace(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(field, value);
      } else if (parent instanceof ArrayNode array) {
        array.set(index, value);
      }
    }
  }

  private static void collect(JsonNode node, JsonNode parent, String field, int index, List<Place> into) {
    into.add(new Place(node, parent, field, index));
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        collect(entry.getValue(), node, entry.getKey(), -1, into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), node, null, i, into);
      }
    }
  }
}
