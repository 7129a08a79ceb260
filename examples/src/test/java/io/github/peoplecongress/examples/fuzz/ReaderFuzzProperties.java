package io.github.peoplecongress.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Fuzzes {@link ModelReader} with mutations of the bundled example years: whatever the input, reading returns a value
 * or throws {@link InvalidInputException} with clear problems, never another exception.
 *
 * <p>The small problem year takes most examples; the complete 2019 year (1.3 MB) takes fewer, so the class stays fast.
 *
 * <p>Besides mutations of the JSON tree, the small year's file is mutated byte by byte (flipped, inserted, deleted,
 * truncated and duplicated bytes, broken UTF-8 sequences) and re-encoded whole, then read from a file as a host would:
 * bytes that are not UTF-8 are refused as such, and every read stays within a time bound.
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

  // ---------------------------------------------------------------------------------------------------------------
  // Byte-level mutations: the file as a host hands it over, before any JSON is parsed

  private static final byte[] SMALL_BYTES = bytesOf(Path.of("data/problem-year-2019.json"));
  private static final String SMALL_TEXT = new String(SMALL_BYTES, StandardCharsets.UTF_8);
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** Far above the milliseconds a read takes: only a regression to super-linear cost reaches it. */
  private static final Duration READ_BOUND = Duration.ofSeconds(10);
  /** Words that must appear in no message, whatever the bytes: stack frames, exception and library names. */
  private static final Pattern LEAKS = Pattern.compile("\\tat |Exception|com\\.fasterxml|(?i:jackson)|java\\.");
  /**
   * The rest of {@link #INTERNALS}, such as the parser's {@code at [Source: ...]}, but not the backtick: a mutated byte
   * can put a backtick into a value, which a problem then rightly quotes as found.
   */
  private static final Pattern BYTE_INTERNALS = Pattern.compile(INTERNALS.pattern().replace("|`", ""));
  private static final String NOT_UTF8 = "text in UTF-8";

  private static final int BYTE_KINDS = 6;

  @TempDir
  Path tempDir;

  /**
   * One byte-level mutation: what to do, where (an offset, modulo the length), how many bytes and a variant (which
   * bit, which byte, which kind of inserted bytes).
   */
  record ByteMutation(int kind, int offset, int length, int variant) {
    @Override
    public String toString() {
      String what = List.of("flipBit", "replaceByte", "insertBytes", "deleteBytes", "truncate", "duplicateSlice")
          .get(kind) + "@" + offset + "+" + length + "/" + variant;
      return kind == 2 ? what + hex(inserted(this)) : what;
    }
  }

  private static Gen<ByteMutation> byteMutations() {
    return integers().between(0, BYTE_KINDS - 1).zip(integers().between(0, 10_000_000),
        integers().between(1, 2_000), integers().between(0, 100_000), ByteMutation::new);
  }

  @Test
  void any_byte_level_corruption_of_the_small_year_file_reads_or_fails_with_clear_problems_in_time() {
    qt().withExamples(150).withShrinkCycles(50).forAll(lists().of(byteMutations()).ofSizeBetween(1, 3))
        .checkAssert(mutations -> assertReadsOrExplainsInTime(mutateBytes(SMALL_BYTES, mutations)));
  }

  @Test
  void a_file_in_gb18030_is_refused_as_not_utf8_with_a_hint_to_convert_it() {
    Problem problem = assertRefusedAsNotUtf8("GB18030", SMALL_TEXT.getBytes(Charset.forName("GB18030")));
    assertThat(problem.getExpected()).contains("GB18030");
  }

  @Test
  void a_file_in_utf16_with_or_without_byte_order_mark_is_refused_as_not_utf8() {
    Map<String, byte[]> encodings = Map.of(
        "UTF-16LE", SMALL_TEXT.getBytes(StandardCharsets.UTF_16LE),
        "UTF-16BE", SMALL_TEXT.getBytes(StandardCharsets.UTF_16BE),
        "UTF-16LE with BOM", ("\uFEFF" + SMALL_TEXT).getBytes(StandardCharsets.UTF_16LE),
        "UTF-16BE with BOM", ("\uFEFF" + SMALL_TEXT).getBytes(StandardCharsets.UTF_16BE));
    encodings.forEach((name, bytes) -> {
      Problem problem = assertRefusedAsNotUtf8(name, bytes);
      // UTF-16 does not decode as GB18030: a hint to convert from GB18030 would mislead
      assertThat(problem.getExpected()).as(name).doesNotContain("GB18030");
    });
  }

  @Test
  void a_file_in_iso_8859_1_is_refused_as_not_utf8() {
    // ISO-8859-1 cannot hold Chinese: every character outside it becomes 'é' (0xE9), as in a real Latin-1 file
    assertRefusedAsNotUtf8("ISO-8859-1", latin1(SMALL_TEXT));
  }

  @Test
  void a_utf8_file_with_a_byte_order_mark_reads_like_one_without() {
    Path file = write(concat(UTF8_BOM, SMALL_BYTES));
    for (ModelReader reader : List.of(ModelReader.strict(), ModelReader.lenient())) {
      assertThat(assertTimeoutPreemptively(READ_BOUND, () -> reader.read(file, CommitteeRecords.class)))
          .isEqualTo(SMALL_YEAR);
    }
  }

  @Test
  void a_multi_byte_character_cut_short_is_refused_with_its_byte_offset() {
    int lead = 0;
    while ((SMALL_BYTES[lead] & 0xFF) < 0xC0) {
      lead++;
    }
    // the character loses its second byte; what follows is not a continuation byte
    byte[] cut = splice(SMALL_BYTES, lead + 1, 1, new byte[0]);
    Problem problem = assertRefusedAsNotUtf8("a character cut short", cut);
    assertThat(problem.getFound()).contains("at byte offset " + lead);
  }

  /** Reads the bytes from a file with both readers: each returns a value or refuses them with clear problems. */
  private void assertReadsOrExplainsInTime(byte[] content) {
    Path file = write(content);
    boolean utf8 = isUtf8(content);
    for (ModelReader reader : List.of(ModelReader.strict(), ModelReader.lenient())) {
      RuntimeException failure = readInTime(reader, file);
      if (failure instanceof InvalidInputException e) {
        assertExplains(e);
        if (utf8) {
          assertThat(e.getProblems()).noneMatch(p -> p.getExpected().startsWith(NOT_UTF8));
        } else {
          assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getPath()).isEqualTo("$");
            assertThat(p.getExpected()).startsWith(NOT_UTF8);
          });
        }
      } else if (failure != null) {
        assertThat(failure.getMessage()).doesNotContainPattern(LEAKS);
      }
    }
  }

  /** Reads a file that is not UTF-8 with both readers and returns the one problem, which says so. */
  private Problem assertRefusedAsNotUtf8(String encoding, byte[] content) {
    assertThat(isUtf8(content)).as("%s is not UTF-8", encoding).isFalse();
    Path file = write(content);
    List<Problem> problems = new ArrayList<>();
    for (ModelReader reader : List.of(ModelReader.strict(), ModelReader.lenient())) {
      RuntimeException failure = readInTime(reader, file);
      assertThat(failure).as(encoding).isInstanceOf(InvalidInputException.class);
      InvalidInputException e = (InvalidInputException) failure;
      assertExplains(e);
      assertThat(e.getProblems()).as(encoding).singleElement().satisfies(p -> {
        assertThat(p.getKind()).isEqualTo(ProblemKind.SYNTAX);
        assertThat(p.getPath()).isEqualTo("$");
        assertThat(p.getExpected()).startsWith(NOT_UTF8);
        assertThat(p.getFound()).contains("is not UTF-8");
      });
      problems.add(e.getProblems().get(0));
    }
    assertThat(problems.get(1)).as("the lenient reader's problem").isEqualTo(problems.get(0));
    return problems.get(0);
  }

  /** Reads within {@link #READ_BOUND}: null for a value, the exception for a refusal; any other exception escapes. */
  private static RuntimeException readInTime(ModelReader reader, Path file) {
    return assertTimeoutPreemptively(READ_BOUND, () -> {
      try {
        assertThat(reader.read(file, CommitteeRecords.class)).isNotNull();
        return null;
      } catch (InvalidInputException | UncheckedIOException e) {
        return e;
      }
    }, () -> "reading " + file + " took more than " + READ_BOUND);
  }

  private static void assertExplains(InvalidInputException e) {
    assertThat(e.getProblems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.getPath()).startsWith("$");
      assertThat(p.getExpected()).isNotBlank();
      assertThat(p.getFound()).isNotBlank();
    });
    assertThat(e.getMessage()).doesNotContainPattern(LEAKS).doesNotContainPattern(BYTE_INTERNALS);
  }

  private Path write(byte[] content) {
    Path file = tempDir.resolve("problem-year-2019.json");
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the mutated file", e);
    }
    return file;
  }

  private static byte[] bytesOf(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the bytes, after a UTF-8 byte-order mark if any, are well-formed UTF-8. */
  private static boolean isUtf8(byte[] bytes) {
    int start = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3) ? 3 : 0;
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] latin1(String text) {
    try {
      ByteBuffer encoded = StandardCharsets.ISO_8859_1.newEncoder()
          .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[] {(byte) 0xE9})
          .encode(CharBuffer.wrap(text));
      return Arrays.copyOf(encoded.array(), encoded.limit());
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] mutateBytes(byte[] original, List<ByteMutation> mutations) {
    byte[] bytes = original;
    for (ByteMutation m : mutations) {
      bytes = apply(bytes, m);
    }
    return bytes;
  }

  private static byte[] apply(byte[] bytes, ByteMutation m) {
    int at = bytes.length == 0 ? 0 : m.offset() % bytes.length;
    // mostly a few bytes, sometimes a long run
    int length = m.variant() % 3 == 0 ? m.length() : 1 + m.length() % 4;
    switch (m.kind()) {
      case 0 -> { // flip one bit
        if (bytes.length == 0) {
          return bytes;
        }
        byte[] flipped = bytes.clone();
        flipped[at] ^= (byte) (1 << (m.variant() % 8));
        return flipped;
      }
      case 1 -> { // replace one byte by any other
        if (bytes.length == 0) {
          return bytes;
        }
        byte[] replaced = bytes.clone();
        replaced[at] = (byte) m.variant();
        return replaced;
      }
      case 2 -> { // insert bytes, anywhere including the very end
        return splice(bytes, m.offset() % (bytes.length + 1), 0, inserted(m));
      }
      case 3 -> { // delete bytes
        return splice(bytes, at, Math.min(length, bytes.length - at), new byte[0]);
      }
      case 4 -> { // truncate, possibly to nothing
        return Arrays.copyOf(bytes, m.offset() % (bytes.length + 1));
      }
      case 5 -> { // duplicate a slice, right after itself or elsewhere
        byte[] slice = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + length));
        int to = m.variant() % 2 == 0 ? at + slice.length
            : (int) ((at + (long) m.variant() * 7_919) % (bytes.length + 1));
        return splice(bytes, to, 0, slice);
      }
      default -> throw new IllegalArgumentException("mutation " + m);
    }
  }

  /** The bytes an insertion adds: a random byte, 0x00, a high byte, or a broken or forbidden UTF-8 sequence. */
  private static byte[] inserted(ByteMutation m) {
    Random random = new Random(31L * m.variant() + m.length());
    return switch (m.variant() % 8) {
      case 0 -> new byte[] {(byte) random.nextInt(256)};
      case 1 -> new byte[] {0x00};
      case 2 -> new byte[] {(byte) (0x80 + random.nextInt(128))}; // 0x80-0xFF
      case 3 -> new byte[] {(byte) (0x80 + random.nextInt(64))}; // a lone continuation byte 0x80-0xBF
      case 4 -> truncatedSequence(random);
      case 5 -> bytes(List.of(new int[] {0xC0, 0x80}, new int[] {0xC1, 0xBF}, new int[] {0xE0, 0x80, 0xAF},
          new int[] {0xF0, 0x80, 0x80, 0xAF}).get(random.nextInt(4))); // overlong encodings
      case 6 -> bytes(List.of(new int[] {0xED, 0xA0, 0x80}, new int[] {0xED, 0xBF, 0xBF}, // encoded surrogates
          new int[] {0xF4, 0x90, 0x80, 0x80}, new int[] {0xF8, 0x88, 0x80, 0x80, 0x80}, // beyond U+10FFFF
          new int[] {0xFE}, new int[] {0xFF}, new int[] {0xEF, 0xBF, 0xBE}, // U+FFFE: well-formed
          new int[] {0xEF, 0xBB, 0xBF}).get(random.nextInt(8))); // a byte-order mark in the middle
      default -> { // a run of random bytes
        byte[] run = new byte[1 + m.length() % 16];
        random.nextBytes(run);
        yield run;
      }
    };
  }

  /** A lead byte of a two-, three- or four-byte sequence with fewer continuation bytes than it announces. */
  private static byte[] truncatedSequence(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> new byte[] {(byte) (0xC2 + random.nextInt(30))};
      case 1 -> Arrays.copyOf(new byte[] {(byte) (0xE1 + random.nextInt(12)), (byte) (0x80 + random.nextInt(64))},
          1 + random.nextInt(2));
      default -> Arrays.copyOf(new byte[] {(byte) (0xF1 + random.nextInt(3)), (byte) (0x80 + random.nextInt(64)),
          (byte) (0x80 + random.nextInt(64))}, 1 + random.nextInt(3));
    };
  }

  private static byte[] bytes(int[] values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] result = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(insert, 0, result, at, insert.length);
    System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
    return result;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    return splice(second, 0, 0, first);
  }

  private static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder("[");
    for (byte b : bytes) {
      text.append(text.length() > 1 ? " " : "").append(String.format("%02X", b & 0xFF));
    }
    return text.append(']').toString();
  }
}
