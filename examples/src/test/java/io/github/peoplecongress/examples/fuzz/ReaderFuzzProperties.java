package io.github.peoplecongress.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.json.ReadResult;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fuzzes {@link ModelReader} with mutations of the bundled example years: whatever the input, reading returns a value
 * or throws {@link InvalidInputException} with clear problems, never another exception.
 *
 * <p>The small problem year takes most examples; the complete 2019 year (1.3 MB) takes fewer, so the class stays fast.
 */
class ReaderFuzzProperties {
  private static final ObjectMapper JSON = CongressJson.objectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectNode SMALL = load("data/problem-year-2019.json");
  private static final ObjectNode COMPLETE = load("data/committee-year-2019.json");
  private static final CommitteeRecords SMALL_YEAR = ModelReader.strict().read(SMALL.toString(), CommitteeRecords.class,
      "problem-year-2019.json");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** Words that betray Java internals in a message meant for people who edit JSON. */
  private static final Pattern INTERNALS = Pattern.compile(
      "com\\.fasterxml|jackson|java\\.|javax\\.|jakarta\\.|Exception|Immutable[A-Z]|\\$[A-Z]\\w*Builder|\\bat \\[Source"
          + "|\\tat |`");

  private static final int KINDS = 12;

  /** One mutation: what to do, where (an index into the candidate nodes, modulo their number) and a variant. */
  record Mutation(int kind, int target, int variant) {
    @Override
    public String toString() {
      return List.of("changeType", "impossibleDate", "deleteField", "addUnknownField", "duplicateRecord",
          "danglingReference", "truncateText", "hugeNumber", "negativeCount", "emptyString", "deepArray", "replaceDocument")
          .get(kind) + "@" + target + "/" + variant;
    }
  }

  private static ObjectNode load(String file) {
    try {
      return (ObjectNode) JSON.readTree(Files.readString(Path.of(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Gen<Mutation> mutations() {
    return integers().between(0, KINDS - 1).zip(integers().between(0, 1_000_000), integers().between(0, 1_000),
        Mutation::new);
  }

  private static Gen<List<Mutation>> oneToFive() {
    return lists().of(mutations()).ofSizeBetween(1, 5);
  }

  @Test
  void any_mutation_of_the_small_year_reads_or_fails_with_clear_problems() {
    qt().withExamples(300).withShrinkCycles(100).forAll(oneToFive())
        .checkAssert(mutations -> assertReadsOrExplains(mutate(SMALL, mutations)));
  }

  @Test
  void any_mutation_of_the_complete_year_reads_or_fails_with_clear_problems() {
    qt().withExamples(25).withShrinkCycles(20).forAll(oneToFive())
        .checkAssert(mutations -> assertReadsOrExplains(mutate(COMPLETE, mutations)));
  }

  @Test
  void lenient_reader_reports_added_unknown_fields_as_notices() {
    qt().withExamples(200).withShrinkCycles(50)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 5))
        .checkAssert(targets -> {
          ObjectNode tree = SMALL.deepCopy();
          List<String> added = new ArrayList<>();
          for (int target : targets) {
            List<Place> objects = places(tree, Place::isObject);
            Place place = objects.get(target % objects.size());
            String name = "zzUnknown" + added.size();
            ((ObjectNode) place.node()).put(name, "extra");
            added.add(place.path() + "." + name);
          }
          ReadResult<CommitteeRecords> result = ModelReader.lenient()
              .readWithNotices(new StringReader(tree.toString()), CommitteeRecords.class, "fuzz");
          assertThat(result.getValue()).isEqualTo(SMALL_YEAR);
          assertThat(result.getNotices()).allMatch(p -> p.getKind() == ProblemKind.NOTICE)
              .extracting(Problem::getPath).containsExactlyInAnyOrderElementsOf(added);
        });
  }

  @Test
  void reordering_object_fields_reads_back_an_equal_value() {
    qt().withExamples(100).withShrinkCycles(20).forAll(integers().all()).checkAssert(seed -> {
      ObjectNode tree = SMALL.deepCopy();
      shuffleFields(tree, new Random(seed));
      assertThat(ModelReader.strict().read(tree.toString(), CommitteeRecords.class, "fuzz")).isEqualTo(SMALL_YEAR);
    });
  }

  private static void assertReadsOrExplains(String text) {
    try {
      assertThat(ModelReader.strict().read(text, CommitteeRecords.class, "fuzz")).isNotNull();
    } catch (InvalidInputException e) {
      assertThat(e.getProblems()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.getPath()).startsWith("$");
        assertThat(p.getExpected()).isNotBlank();
        assertThat(p.getFound()).isNotBlank();
        if (p.getPath().endsWith("]") || p.getPath().equals("$")) {
          // A record refused as a whole must say why; otherwise the problem belongs at a field inside it.
          // (A value field such as idNumber given an object is refused for its JSON type, which is reason enough.)
          assertThat(p.getExpected() + " / " + p.getFound()).as("why %s was refused", p.getPath())
              .doesNotMatch("an? [A-Z]\\w* / an object");
        }
      });
      assertThat(e.getMessage()).doesNotContainPattern(INTERNALS);
      assertThat(e.getMessage().length()).as("message length").isLessThan(2_000 + 400 * e.getProblems().size());
    }
    // Any other exception escapes and fails the property with the mutations that caused it.
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Mutations

  /** A node of the tree with its parent (null for the root) and the field name or index under which it hangs. */
  record Place(JsonNode node, JsonNode parent, String field, int index, String path) {
    boolean isObject() {
      return node.isObject();
    }

    void replace(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(field, value);
      } else if (parent instanceof ArrayNode array) {
        array.set(index, value);
      }
    }
  }

  interface NodeTest {
    boolean test(Place place);
  }

  private static List<Place> places(JsonNode root, NodeTest test) {
    List<Place> found = new ArrayList<>();
    collect(new Place(root, null, null, -1, "$"), test, found);
    return found;
  }

  private static void collect(Place place, NodeTest test, List<Place> found) {
    if (test.test(place)) {
      found.add(place);
    }
    JsonNode node = place.node();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(new Place(field.getValue(), node, field.getKey(), -1, place.path() + "." + field.getKey()), test,
            found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(new Place(node.get(i), node, null, i, place.path() + "[" + i + "]"), test, found);
      }
    }
  }

  private static Place pick(JsonNode root, NodeTest test, int target) {
    List<Place> candidates = places(root, test);
    return candidates.isEmpty() ? null : candidates.get(target % candidates.size());
  }

  private static String mutate(ObjectNode original, List<Mutation> mutations) {
    ObjectNode tree = original.deepCopy();
    Integer truncateAt = null;
    JsonNode document = tree;
    for (Mutation m : mutations) {
      if (m.kind() == 6) {
        truncateAt = m.target();
      } else if (m.kind() == 11) {
        document = otherType(tree, m.variant());
      } else {
        apply(tree, m);
      }
    }
    String text = document.toString();
    return truncateAt == null ? text : text.substring(0, truncateAt % text.length());
  }

  private static void apply(ObjectNode tree, Mutation m) {
    int v = m.variant();
    switch (m.kind()) {
      case 0 -> { // change a value's JSON type
        Place p = pick(tree, place -> place.parent() != null, m.target());
        p.replace(otherType(p.node(), v));
      }
      case 1 -> { // an impossible date
        Place p = pick(tree, place -> place.node().isTextual() && DATE.matcher(place.node().asText()).matches(),
            m.target());
        if (p != null) {
          List<String> impossible = List.of("2019-02-30", "2019-13-01", "2019-00-10", "2019-04-31", "0000-00-00",
              "2019-2-3", "2019-02-29", "+999999999-12-31", "2019-06-15T10:00:00", "19-06-15");
          p.replace(NODES.textNode(impossible.get(v % impossible.size())));
        }
      }
      case 2 -> { // delete a field
        Place p = pick(tree, place -> place.parent() instanceof ObjectNode, m.target());
        ((ObjectNode) p.parent()).remove(p.field());
      }
      case 3 -> { // add an unknown field
        Place p = pick(tree, Place::isObject, m.target());
        ((ObjectNode) p.node()).set("unknown" + v, v % 2 == 0 ? NODES.textNode("x") : NODES.objectNode());
      }
      case 4 -> { // duplicate a record
        Place p = pick(tree, place -> place.parent() instanceof ArrayNode && place.isObject(), m.target());
        if (p != null) {
          ((ArrayNode) p.parent()).insert(p.index(), p.node().deepCopy());
        }
      }
      case 5 -> { // point a reference to an unknown id
        Place p = pick(tree, place -> place.node().isTextual() && place.parent() != null
            && (place.field() != null ? place.field().endsWith("Id") : place.path().matches(".*Ids\\[\\d+]")),
            m.target());
        if (p != null) {
          p.replace(NODES.textNode("NO-SUCH-" + v));
        }
      }
      case 7 -> { // a huge number
        Place p = pick(tree, place -> place.parent() != null && !place.node().isContainerNode(), m.target());
        List<JsonNode> huge = List.of(NODES.numberNode(new BigInteger("9".repeat(40))),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new BigDecimal("1e400")),
            NODES.numberNode(new BigDecimal("-1e-400")), NODES.numberNode(2_147_483_648L),
            NODES.numberNode(new BigInteger("9".repeat(99))), NODES.numberNode(1e308),
            NODES.numberNode(new BigDecimal("12345678901234567890.123456789")));
        p.replace(huge.get(v % huge.size()));
      }
      case 8 -> { // a negative count
        Place p = pick(tree, place -> place.node().isIntegralNumber(), m.target());
        if (p != null) {
          p.replace(NODES.numberNode(-1 - v));
        }
      }
      case 9 -> { // an empty string
        Place p = pick(tree, place -> place.node().isTextual(), m.target());
        p.replace(NODES.textNode(v % 2 == 0 ? "" : " "));
      }
      case 10 -> { // deeply nested arrays
        Place p = pick(tree, place -> place.parent() != null, m.target());
        JsonNode nested = NODES.numberNode(1);
        for (int i = 0; i < 1 + v % 100; i++) {
          nested = NODES.arrayNode().add(nested);
        }
        p.replace(nested);
      }
      default -> throw new IllegalArgumentException("mutation " + m);
    }
  }

  private static JsonNode otherType(JsonNode node, int variant) {
    List<JsonNode> choices = new ArrayList<>(List.of(NODES.textNode("text"), NODES.numberNode(7),
        NODES.numberNode(new BigDecimal("2.5")), NODES.booleanNode(true), NODES.nullNode(), NODES.objectNode(),
        NODES.arrayNode(), NODES.arrayNode().add("a").add(1)));
    choices.removeIf(choice -> choice.getNodeType() == node.getNodeType());
    return choices.get(variant % choices.size());
  }

  private static void shuffleFields(JsonNode node, Random random) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
      Collections.shuffle(fields, random);
      object.removeAll();
      fields.forEach(field -> object.set(field.getKey(), field.getValue()));
      fields.forEach(field -> shuffleFields(field.getValue(), random));
    } else if (node instanceof ArrayNode) {
      node.forEach(element -> shuffleFields(element, random));
    }
  }
}
