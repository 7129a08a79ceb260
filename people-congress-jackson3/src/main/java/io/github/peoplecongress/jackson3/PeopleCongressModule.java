package io.github.peoplecongress.jackson3;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Properties;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.AbstractTypeResolver;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.module.SimpleDeserializers;

/**
 * The Jackson 3 module that makes every people-congress model type readable and writable, for a host that adds it to
 * its own mapper: {@code JsonMapper.builder().addModule(new PeopleCongressModule()).build()}.
 *
 * <p>It supplies two things that the model states in Jackson 2 terms only:
 * <ul>
 *   <li>the implementation type of each abstract model type ({@code CommitteeRecords} is read as
 *   {@code ImmutableCommitteeRecords}), found by following the model's own Jackson 2 databind annotation
 *   {@code @JsonDeserialize(as = ImmutableX.class)}, which Jackson 3 ignores; no list of types is kept here, so a type
 *   added to the model is covered without a change to this module. Only types in the packages of
 *   {@code io.github.peoplecongress.model} are followed: a host's own Jackson 2-annotated types are left as Jackson 3
 *   would read them;</li>
 *   <li>the bound on every {@code BigDecimal} read: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal
 *   point and {@value #MAX_FRACTION_DIGITS} after it, checked from the value's precision and scale before anything
 *   computes with it, as the Jackson 2 configuration does. {@code 1e999999999} is one digit with a huge exponent:
 *   cheap to hold, but comparing or writing it out builds a billion-digit number. The failure names the bound, never
 *   the value.</li>
 * </ul>
 *
 * <p>A module cannot make the host's mapper strict: unknown properties, trailing tokens, duplicate keys, coercions,
 * size limits and the output format (ISO dates, omitted absent values, plain decimals, indentation) are mapper
 * settings that stay the host's. A mapper built only with this module reads every valid document, but accepts some
 * that the project's configuration rejects and writes other bytes. For the project's strictness and bytes use
 * {@link CongressJson3#mapper()}, or start from {@link CongressJson3#builder(boolean)} and add the host's modules.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe; one instance may serve many mappers.
 */
public final class PeopleCongressModule extends JacksonModule {
  /** The most digits accepted before the decimal point: far more than any amount in yuan needs (a trillion has 13). */
  public static final int MAX_INTEGER_DIGITS = 30;
  /** The most digits accepted after the decimal point: enough for any share or score. */
  public static final int MAX_FRACTION_DIGITS = 12;

  private static final String MODEL_PACKAGE = "io.github.peoplecongress.model";
  private static final Version VERSION = readVersion();

  /** Creates the module; it has no options. */
  public PeopleCongressModule() {}

  @Override
  public String getModuleName() {
    return "people-congress";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addAbstractTypeResolver(new ModelTypeResolver());
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    context.addDeserializers(deserializers);
  }

  /**
   * Whether a decimal is within the bounds; computed from precision and scale only, never by expanding it.
   *
   * @param value  the decimal, not null
   * @return true if it has at most {@value #MAX_INTEGER_DIGITS} digits before the point and
   *     {@value #MAX_FRACTION_DIGITS} after it
   */
  static boolean withinBounds(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return integerDigits <= MAX_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS;
  }

  /** The artifact's version, written into {@code version.properties} by the build. */
  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = PeopleCongressModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }

  /** Maps an abstract model type to the class its Jackson 2 {@code @JsonDeserialize(as = …)} names. */
  private static final class ModelTypeResolver extends AbstractTypeResolver {
    private static final ClassValue<Optional<Class<?>>> IMPLEMENTATIONS = new ClassValue<>() {
      @Override
      protected Optional<Class<?>> computeValue(Class<?> type) {
        return implementationOf(type);
      }
    };

    @Override
    public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
      return IMPLEMENTATIONS.get(type.getRawClass())
          .map(implementation -> config.getTypeFactory().constructSpecializedType(type, implementation))
          .orElse(null);
    }

    private static Optional<Class<?>> implementationOf(Class<?> type) {
      if (!type.getName().startsWith(MODEL_PACKAGE + ".")) {
        return Optional.empty();
      }
      JsonDeserialize annotation = type.getAnnotation(JsonDeserialize.class);
      if (annotation == null) {
        return Optional.empty();
      }
      Class<?> implementation = annotation.as();
      if (implementation == Void.class || implementation == type || !type.isAssignableFrom(implementation)) {
        return Optional.empty();
      }
      return Optional.of(implementation);
    }
  }

  /** Jackson's own decimal reading (coercions included), then the bound. */
  private static final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
      BigDecimal value = super.deserialize(parser, context);
      if (value != null && !withinBounds(value)) {
        // the message names the bound only: the value itself may be enormous when written out
        return (BigDecimal) context.reportInputMismatch(BigDecimal.class, "at most " + MAX_INTEGER_DIGITS
            + " digits before the point and " + MAX_FRACTION_DIGITS + " after it");
      }
      return value;
    }
  }
}
