package io.github.peoplecongress.model.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.peoplecongress.model.internal.RecordSetMerger;
import io.github.peoplecongress.model.problem.ConsistencyChecked;
import io.github.peoplecongress.model.problem.ImmutableProblem;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.validation.ModelValidator;
import io.github.peoplecongress.model.validation.PersonalData;
import io.github.peoplecongress.model.validation.PersonalDataFields;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads model values from JSON and reports <em>every</em> problem at once, each with its JSON path, the record it is
 * in, what was expected and what was found:
 * <pre>
 * CommitteeRecords records = ModelReader.strict().read(Path.of("2019.json"), CommitteeRecords.class);
 * CommitteeRecords twoYears = ModelReader.strict().readRecords(List.of(Path.of("2019.json"), Path.of("2020.json")));
 * </pre>
 *
 * <p>Valid input is read in one streaming pass: the bytes go through a strict UTF-8 and text filter straight into the
 * model, with no tree of the document, then constraints and references are checked. Only input that fails is read
 * again, in stages, and all problems of the first failing stage are reported together:
 * <ol>
 *   <li>bytes, syntax and size limits ({@link ProblemKind#SYNTAX}: bytes that are not UTF-8 with their offset,
 *       unpaired surrogates and control characters with their path, malformed JSON and each size limit with its line
 *       and column);</li>
 *   <li>mapping: wrong JSON types, invalid values such as {@code "2019-02-30"}, unknown or missing fields, and
 *       structural invariants of each record ({@link ProblemKind#MAPPING}); every record and field is visited, not
 *       only up to the first error, and the constraints of the records that map are reported beside them;</li>
 *   <li>Jakarta constraints ({@link ProblemKind#CONSTRAINT}) and cross-record consistency of values that are
 *       {@link ConsistencyChecked}, such as dangling references ({@link ProblemKind#INTEGRITY}), together.</li>
 * </ol>
 * A document larger than 32 MiB is not held as a tree to diagnose: its first problem is reported alone, with its path,
 * line and column. A value of personal data is never shown in a problem.
 *
 * <p>The lenient reader always takes the staged path, because its notices name every field it skipped.
 *
 * <p>Implementation Requirements: instances are immutable and thread-safe.
 */
public final class ModelReader {
  private static final ModelReader STRICT = new ModelReader(false);
  /** The path of a record of a top-level list, such as {@code $.people[3]}, or of a top-level object. */
  private static final java.util.regex.Pattern RECORD_PATH =
      java.util.regex.Pattern.compile("\\$\\.[A-Za-z]+(\\[\\d+])?");
  private static final ModelReader LENIENT = new ModelReader(true);
  /**
   * The largest document diagnosed field by field, in bytes: the diagnosis holds a tree of the whole document, about
   * ten times its size. A larger document is read in the single pass only, and a problem in it is reported alone.
   */
  static final long DIAGNOSIS_LIMIT = 32L * 1024 * 1024;

  /**
   * The parser of the generated readers: the mappers' limits without a mapper. The readers detect a repeated property
   * themselves, at the cost of a bit per property instead of a set of names per object.
   */
  private static final JsonFactory FAST_FACTORY = CongressJson.jsonFactory().rebuild()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** The strict reader without the generated readers, for the tests that hold the two paths to each other. */
  static final ModelReader STRICT_WITHOUT_GENERATED_READERS = new ModelReader(false, false);

  private final boolean lenient;
  private final boolean generatedReaders;
  private final Map<Class<?>, Optional<ModelType>> modelTypes = new ConcurrentHashMap<>();

  private ModelReader(boolean lenient) {
    this(lenient, !lenient);
  }

  private ModelReader(boolean lenient, boolean generatedReaders) {
    this.lenient = lenient;
    this.generatedReaders = generatedReaders;
  }

  /** The mappers, made on first use: valid input to a type with a generated reader never needs one. */
  private static final class Mappers {
    static final ObjectMapper STRICT = CongressJson.objectMapper();
    static final ObjectMapper LENIENT = CongressJson.lenientObjectMapper();
  }

  private ObjectMapper mapper() {
    return lenient ? Mappers.LENIENT : Mappers.STRICT;
  }

  /**
   * Returns the reader that rejects unknown fields.
   *
   * @return the strict reader, not null
   */
  public static ModelReader strict() {
    return STRICT;
  }

  /**
   * Returns the reader that skips unknown fields and reports each one as a {@link ProblemKind#NOTICE} in
   * {@link #readWithNotices}.
   *
   * @return the lenient reader, not null
   */
  public static ModelReader lenient() {
    return LENIENT;
  }

  /**
   * Reads a UTF-8 file.
   *
   * @param <T>  the value type
   * @param file  the file, not null
   * @param type  the value type, such as {@code CommitteeRecords.class}, not null
   * @return the value, not null
   * @throws InvalidInputException listing every problem, if the input is not acceptable
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Path file, Class<T> type) {
    return readWithNotices(file, type).getValue();
  }

  /**
   * Reads JSON text.
   *
   * @param <T>  the value type
   * @param json  the JSON text, not null
   * @param type  the value type, not null
   * @param source  what the text is, for messages, such as a file name, not null
   * @return the value, not null
   * @throws InvalidInputException listing every problem, if the input is not acceptable
   */
  public <T> T read(String json, Class<T> type, String source) {
    return read(new TextInput(json), type, source, true).getValue();
  }

  /**
   * Reads a UTF-8 file and returns the value with the notices about input that was not used.
   *
   * @param <T>  the value type
   * @param file  the file, not null
   * @param type  the value type, not null
   * @return the value and the notices, not null
   * @throws InvalidInputException listing every problem, if the input is not acceptable
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> ReadResult<T> readWithNotices(Path file, Class<T> type) {
    return read(new FileInput(file), type, file.toString(), true);
  }

  /**
   * Reads JSON from a reader and returns the value with the notices about input that was not used.
   *
   * @param <T>  the value type
   * @param json  the JSON text, not null; not closed
   * @param type  the value type, not null
   * @param source  what the text is, for messages, not null
   * @return the value and the notices, not null
   * @throws InvalidInputException listing every problem, if the input is not acceptable
   * @throws UncheckedIOException if the reader fails
   */
  public <T> ReadResult<T> readWithNotices(Reader json, Class<T> type, String source) {
    StringWriter text = new StringWriter();
    try {
      json.transferTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + RecordFiles.reason(e), e);
    }
    return read(new TextInput(text.toString()), type, source, true);
  }

  /**
   * Reads UTF-8 bytes, such as the body of an HTTP request, and returns the value with the notices about input that
   * was not used.
   *
   * @param <T>  the value type
   * @param json  the JSON document in UTF-8, not null; not modified
   * @param type  the value type, not null
   * @param source  what the bytes are, for messages, not null
   * @return the value and the notices, not null
   * @throws InvalidInputException listing every problem, if the input is not acceptable
   */
  public <T> ReadResult<T> readWithNotices(byte[] json, Class<T> type, String source) {
    return read(new BytesInput(json), type, source, true);
  }

  /**
   * Reads UTF-8 bytes.
   *
   * @param <T>  the value type
   * @param json  the JSON document in UTF-8, not null; not modified
   * @param type  the value type, not null
   * @param source  what the bytes are, for messages, not null
   * @return the value, not null
   * @throws InvalidInputException listing every problem, if the input is not acceptable
   */
  public <T> T read(byte[] json, Class<T> type, String source) {
    return readWithNotices(json, type, source).getValue();
  }

  /**
   * Reads files and directories as one committee's set of records, for example a year's file beside the next year's.
   * A directory stands for the {@code .json} files below it, in path order. Each file is read in the stages above;
   * then the files are merged: a record found identical in two files is kept once, with a notice; the same id with
   * different content, a second district, a span given twice or spans that leave a gap are problems naming both
   * files; last, references are resolved across the whole set. Every problem names its file
   * ({@link Problem#getSource()}) when there are several.
   *
   * @param paths  the files and directories, not empty
   * @return the merged records, not null
   * @throws InvalidInputException listing every problem of every file and of the merge
   * @throws UncheckedIOException if a file cannot be read
   */
  public CommitteeRecords readRecords(Collection<Path> paths) {
    return readRecordsWithNotices(paths).getValue();
  }

  /**
   * As {@link #readRecords(Collection)}, returning also the notices: unknown fields skipped by a lenient reader,
   * records kept once.
   *
   * @param paths  the files and directories, not empty
   * @return the merged records and the notices, not null
   * @throws InvalidInputException listing every problem of every file and of the merge
   * @throws UncheckedIOException if a file cannot be read
   */
  public ReadResult<CommitteeRecords> readRecordsWithNotices(Collection<Path> paths) {
    List<Problem> problems = new ArrayList<>();
    List<Path> files = RecordFiles.expand(paths, problems);
    if (files.size() == 1 && problems.isEmpty()) {
      // one file is its own set: nothing to merge
      return read(new FileInput(files.get(0)), CommitteeRecords.class, files.get(0).toString(), true);
    }
    boolean several = files.size() > 1;
    String sources = several ? files.size() + " files" : files.isEmpty() ? paths.toString() : files.get(0).toString();
    List<Problem> notices = new ArrayList<>();
    List<RecordSetMerger.Part> parts = new ArrayList<>();
    for (Path file : files) {
      String source = several ? file.toString() : "";
      try {
        ReadResult<CommitteeRecords> part =
            read(new FileInput(file), CommitteeRecords.class, file.toString(), false);
        parts.add(new RecordSetMerger.Part(file.toString(), part.getValue()));
        part.getNotices().forEach(notice -> notices.add(ImmutableProblem.copyOf(notice).withSource(source)));
      } catch (InvalidInputException e) {
        e.getProblems().forEach(problem -> problems.add(ImmutableProblem.copyOf(problem).withSource(source)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(sources, problems);
    }
    RecordSetMerger merger = RecordSetMerger.merge(parts);
    if (!merger.problems().isEmpty()) {
      throw new InvalidInputException(sources, merger.problems());
    }
    notices.addAll(merger.notices());
    merger.merged().consistencyProblems().stream().map(merger::locate)
        .map(problem -> several ? problem : ImmutableProblem.copyOf(problem).withSource(""))
        .forEach(problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(sources, problems);
    }
    return new ReadResult<>(merger.merged(), notices);
  }

  private <T> ReadResult<T> read(Input input, Class<T> type, String source, boolean checkConsistency) {
    Objects.requireNonNull(type, "type");
    // The lenient reader always walks the tree: its notices name every field it skipped.
    T fast = generatedReaders ? fastPass(input, type) : null;
    if (fast != null) {
      List<Problem> problems = checkConsistency && fast instanceof ConsistencyChecked checked
          ? checked.consistencyProblems() : List.of();
      if (!problems.isEmpty()) {
        throw new InvalidInputException(source, problems);
      }
      return new ReadResult<>(fast, List.of());
    }
    SinglePass<T> pass = lenient ? null : singlePass(input, type);
    T value;
    List<Problem> notices = List.of();
    if (pass != null && pass.value() != null) {
      value = pass.value();
    } else if (pass != null && input.length() > DIAGNOSIS_LIMIT) {
      throw new InvalidInputException(source, List.of(firstProblem(pass, type)));
    } else {
      ReadResult<T> diagnosed = diagnose(input.text(source), type, source);
      value = diagnosed.getValue();
      notices = diagnosed.getNotices();
    }
    // constraints and references together: a dangling reference is worth knowing beside a bad count
    List<Problem> problems = new ArrayList<>(ModelValidator.validate(value));
    if (checkConsistency && value instanceof ConsistencyChecked checked) {
      problems.addAll(checked.consistencyProblems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(source, problems);
    }
    return new ReadResult<>(value, notices);
  }

  /**
   * The fastest read: the generated reader of the type, straight from the strict bytes, with the constraints checked
   * as each record is built. It takes only plainly valid input in the plain forms; for anything else it gives null
   * and the single pass and the diagnosis decide, with the data binding and the constraint validator.
   */
  static <T> T fastPass(Input input, Class<T> type) {
    InputStream bytes = input.open();
    if (bytes == null) {
      return null;
    }
    try (bytes; JsonParser parser = FAST_FACTORY.createParser(new StrictUtf8Stream(bytes))) {
      FastInput in = new FastInput(parser);
      in.start();
      T value = GeneratedReaders.read(in, type);
      if (value != null) {
        in.end();
      }
      return value;
    } catch (IOException | RuntimeException e) {
      return null; // declined, or not even JSON: the slower paths say what is wrong
    }
  }

  /** The outcome of the single pass: the value, or why there is none and where the parser stopped. */
  private record SinglePass<T>(T value, Exception failure, String path, JsonLocation location) {}

  /**
   * Bytes to model in one streaming pass, with no tree of the document: the happy path. Anything wrong ends the pass
   * with no value, and the diagnosis then says what and where.
   */
  private <T> SinglePass<T> singlePass(Input input, Class<T> type) {
    InputStream bytes = input.open();
    if (bytes == null) {
      return new SinglePass<>(null, null, "$", null);
    }
    JsonParser parser = null;
    try (bytes) {
      parser = mapper().createParser(new StrictUtf8Stream(bytes));
      return new SinglePass<>(mapper().readValue(parser, type), null, null, null);
    } catch (IOException | RuntimeException e) {
      return new SinglePass<>(null, e, JsonValues.pathOf(parser),
          parser == null ? null : parser.currentLocation());
    } finally {
      closeQuietly(parser);
    }
  }

  /**
   * The one problem reported for a document too large to diagnose as a tree: the single pass's failure, with its path,
   * line and column, never the value.
   */
  private Problem firstProblem(SinglePass<?> pass, Class<?> type) {
    Exception failure = pass.failure();
    String place = at(pass.location());
    if (failure instanceof StrictUtf8Stream.Refused refused) {
      return Problem.of(ProblemKind.SYNTAX, "$", "", refused.expected(), refused.found());
    }
    if (failure instanceof JsonMappingException mapping) {
      Class<?> target = mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
          ? mismatch.getTargetType() : type;
      return Problem.of(ProblemKind.MAPPING, JsonValues.pathOf(mapping.getPath()) + place, "",
          JsonValues.expected(mapper().constructType(target), mapping), "a value that does not fit (the document is"
              + " larger than " + DIAGNOSIS_LIMIT + " bytes: only its first problem is reported, and no value is shown)");
    }
    if (failure instanceof JsonProcessingException || failure instanceof NumberFormatException) {
      return parserProblem(failure, pass.path(), pass.location());
    }
    return Problem.of(ProblemKind.MAPPING, pass.path() + place, "", JsonValues.expected(mapper().constructType(type),
        failure), "a value that does not fit");
  }

  /**
   * The problem of a parser's failure: a size limit at the path and place where the parser stopped (its exception
   * carries no place), malformed JSON at the place it names, or a number whose exponent does not fit.
   */
  private static Problem parserProblem(Exception failure, String path, JsonLocation stoppedAt) {
    if (failure instanceof StreamConstraintsException limit) {
      return Problem.of(ProblemKind.SYNTAX, path + at(stoppedAt), "", JsonValues.limit(limit.getOriginalMessage()),
          JsonValues.syntax(limit.getOriginalMessage()));
    }
    if (failure instanceof JsonProcessingException syntax) {
      return Problem.of(ProblemKind.SYNTAX, "$" + at(syntax.getLocation()), "", "well-formed JSON",
          JsonValues.syntax(syntax.getOriginalMessage()));
    }
    // 1e2147483648: the parser cannot even hold the number
    return Problem.of(ProblemKind.SYNTAX, "$", "", "numbers with an exponent that fits in 32 bits",
        "a number too large to read");
  }

  /** The stages that find every problem with its path: the tree, its text checks, then field by field. */
  private <T> ReadResult<T> diagnose(String text, Class<T> type, String source) {
    JsonNode root = parse(new StringReader(text), source);
    List<Problem> badText = TextChecks.problems(root);
    if (!badText.isEmpty()) {
      throw new InvalidInputException(source, badText);
    }
    JavaType javaType = mapper().constructType(type);
    T value = null;
    Exception fastPathFailure = null;
    try {
      value = mapper().treeToValue(root, type); // null for a JSON null document
    } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
      fastPathFailure = e;
    }
    // Field by field only when the mapping fails; the lenient reader also looks for the unknown fields it skipped,
    // and then only notices can arise.
    Diagnosis diagnosis = new Diagnosis(value == null);
    if (value == null || lenient) {
      diagnosis.walk(root, javaType, "$", "", null);
    }
    if (value == null && diagnosis.errors.isEmpty()) {
      diagnosis.errors.add(Problem.of(ProblemKind.MAPPING, "$", "", JsonValues.expected(javaType, fastPathFailure),
          JsonValues.describe(root)));
    }
    if (!diagnosis.errors.isEmpty()) {
      throw new InvalidInputException(source, diagnosis.errors);
    }
    return new ReadResult<>(value, diagnosis.notices);
  }

  private JsonNode parse(Reader json, String source) {
    JsonParser parser = null;
    try {
      parser = mapper().createParser(json);
      JsonNode root = mapper().readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw new InvalidInputException(source,
            List.of(Problem.of(ProblemKind.SYNTAX, "$", "", "a JSON document", "no content")));
      }
      return root;
    } catch (JsonProcessingException | NumberFormatException e) {
      throw new InvalidInputException(source, List.of(parserProblem(e, JsonValues.pathOf(parser),
          parser == null ? null : parser.currentLocation())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    } finally {
      closeQuietly(parser);
    }
  }

  private static void closeQuietly(JsonParser parser) {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException e) {
      // nothing was written; the text was read already
    }
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /**
   * Where a document comes from: its bytes streamed once for the single pass, and its whole text read again only
   * when something is wrong.
   */
  interface Input {
    /** The bytes for the single pass, or null when they cannot be UTF-8 (text with an unpaired surrogate). */
    InputStream open();

    /** The whole text, decoded strictly, for the diagnosis. */
    String text(String source);

    /** Its length in bytes (in characters, for text): whether a tree of it may be built to diagnose it. */
    long length();
  }

  private static UncheckedIOException cannotRead(Path file, IOException e) {
    return new UncheckedIOException("cannot read " + file + ": " + RecordFiles.reason(e), e);
  }

  private record FileInput(Path file) implements Input {
    @Override
    public InputStream open() {
      try {
        return RecordFiles.open(file);
      } catch (IOException e) {
        throw cannotRead(file, e);
      }
    }

    @Override
    public String text(String source) {
      try {
        return RecordFiles.textOf(file);
      } catch (IOException e) {
        throw cannotRead(file, e);
      }
    }

    @Override
    public long length() {
      try {
        return Files.size(file);
      } catch (IOException e) {
        throw cannotRead(file, e);
      }
    }
  }

  record BytesInput(byte[] bytes) implements Input {
    BytesInput {
      Objects.requireNonNull(bytes, "json");
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public String text(String source) {
      return Utf8Text.decode(bytes, source);
    }

    @Override
    public long length() {
      return bytes.length;
    }
  }

  private record TextInput(String text) implements Input {
    TextInput {
      Objects.requireNonNull(text, "json");
    }

    @Override
    public InputStream open() {
      try {
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        return new ByteArrayInputStream(bytes.array(), bytes.arrayOffset(), bytes.limit());
      } catch (CharacterCodingException e) {
        return null; // an unpaired surrogate: the text checks name it
      }
    }

    @Override
    public String text(String source) {
      return text;
    }

    @Override
    public long length() {
      return text.length();
    }
  }

  /** One field of a model type as it appears in JSON. */
  private record ModelProperty(JavaType type, boolean required, PersonalData.Mask mask) {}

  /**
   * The JSON fields of a model type by name, and the names of its required fields in
   * alphabetical order.
   */
  private record ModelType(Map<String, ModelProperty> fields, List<String> required) {}

  /**
   * Returns the JSON fields of a type, looked up once per type, or empty for a type that is not a model record.
   * The fields are read from the {@code @JsonProperty} annotations that Immutables generates on the implementation
   * class named by {@code @JsonDeserialize(as = ...)}; {@code required = true} marks attributes without a default.
   */
  private Optional<ModelType> modelType(Class<?> type) {
    return modelTypes.computeIfAbsent(type, this::inspect);
  }

  private Optional<ModelType> inspect(Class<?> type) {
    JsonDeserialize deserialize = type.getAnnotation(JsonDeserialize.class);
    if (deserialize == null || deserialize.as() == Void.class || !type.isAssignableFrom(deserialize.as())) {
      return Optional.empty();
    }
    Map<String, ModelProperty> fields = new LinkedHashMap<>();
    for (Method method : deserialize.as().getMethods()) {
      JsonProperty json = method.getAnnotation(JsonProperty.class);
      if (json != null && method.getParameterCount() == 0 && !method.isBridge()) {
        fields.put(json.value(), new ModelProperty(
            mapper().getTypeFactory().constructType(method.getGenericReturnType()), json.required(),
            PersonalDataFields.maskOf(type, method.getName()).orElse(null)));
      }
    }
    List<String> required = fields.entrySet().stream().filter(field -> field.getValue().required())
        .map(Map.Entry::getKey).sorted().toList();
    return Optional.of(new ModelType(Collections.unmodifiableMap(fields), required));
  }

  /** Visits every field of the input and records each problem instead of stopping at the first. */
  private final class Diagnosis {
    final List<Problem> errors = new ArrayList<>();
    final List<Problem> notices = new ArrayList<>();
    /** Whether to validate each record that maps: only when the whole failed, since otherwise validation follows. */
    private final boolean validateRecords;

    Diagnosis(boolean validateRecords) {
      this.validateRecords = validateRecords;
    }

    /** Visits a value; {@code mask} is non-null inside a field of personal data, whose values are never shown. */
    void walk(JsonNode node, JavaType type, String path, String record, PersonalData.Mask mask) {
      Class<?> raw = type.getRawClass();
      if (raw == Optional.class) {
        if (!node.isNull()) {
          walk(node, type.containedType(0), path, record, mask);
        }
        return;
      }
      if (node.isNull()) {
        errors.add(Problem.of(ProblemKind.MAPPING, path, record, JsonValues.expected(type), "null"));
        return;
      }
      if (type.isCollectionLikeType()) {
        if (!node.isArray()) {
          errors.add(Problem.of(ProblemKind.MAPPING, path, record, "an array", JsonValues.describe(node, mask)));
          return;
        }
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), type.getContentType(), path + "[" + i + "]", record, mask);
        }
        return;
      }
      Optional<ModelType> model = modelType(raw);
      if (model.isEmpty()) {
        readLeaf(node, type, path, record, mask);
        return;
      }
      if (!node.isObject()) {
        errors.add(Problem.of(ProblemKind.MAPPING, path, record, "an object (" + raw.getSimpleName() + ")",
            JsonValues.describe(node, mask)));
        return;
      }
      String here = node.path("id").isTextual() ? raw.getSimpleName() + " " + node.get("id").asText() : record;
      Map<String, ModelProperty> fields = model.get().fields();
      int before = errors.size();
      // Document order first, then the required fields that are missing, alphabetically.
      node.fields().forEachRemaining(field -> {
        String name = field.getKey();
        ModelProperty property = fields.get(name);
        if (property == null) {
          String expected = "one of the fields of " + raw.getSimpleName() + " " + fields.keySet();
          String found = "unknown field \"" + name + "\"";
          if (lenient) {
            notices.add(Problem.of(ProblemKind.NOTICE, path + "." + name, here, "ignored: " + expected, found));
          } else {
            errors.add(Problem.of(ProblemKind.MAPPING, path + "." + name, here, expected, found));
          }
        } else {
          walk(field.getValue(), property.type(), path + "." + name, here, property.mask());
        }
      });
      for (String name : model.get().required()) {
        if (!node.has(name)) {
          errors.add(Problem.of(ProblemKind.MAPPING, path + "." + name, here,
              JsonValues.expected(fields.get(name).type()) + " (required)", "nothing"));
        }
      }
      if (errors.size() == before) {
        // Every field is fine on its own: what remains are the record's structural invariants, and, for a record of
        // a top-level list, its constraints, so that a bad value elsewhere does not hide them
        Object value = readLeaf(node, type, path, here, null);
        if (validateRecords && value != null && RECORD_PATH.matcher(path).matches()) {
          ModelValidator.validate(value).forEach(problem -> errors.add(
              ImmutableProblem.copyOf(problem).withPath(path + problem.getPath().substring(1))));
        }
      }
    }

    private Object readLeaf(JsonNode node, JavaType type, String path, String record, PersonalData.Mask mask) {
      try {
        return mapper().readerFor(type).readValue(node);
      } catch (IOException | RuntimeException e) {
        errors.add(Problem.of(ProblemKind.MAPPING, path, record, JsonValues.expected(type, e),
            JsonValues.describe(node, mask)));
        return null;
      }
    }
  }
}
