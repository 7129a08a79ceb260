package io.github.peoplecongress.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Bounds every decimal read before anything computes with it. {@code 1e999999999} is one digit with a huge exponent:
 * cheap to hold, but comparing it with a bound or writing it out builds a billion-digit number. Refusing a value with
 * more than {@link #MAX_INTEGER_DIGITS} digits before the point or {@link #MAX_FRACTION_DIGITS} after it keeps every
 * later step linear in the input; the model's constraints then check each field's own precision.
 */
final class BoundedDecimals {
  /** Digits before the decimal point: far more than any amount in yuan needs (a trillion has 13). */
  static final int MAX_INTEGER_DIGITS = 30;
  /** Digits after the decimal point: enough for any share or score. */
  static final int MAX_FRACTION_DIGITS = 12;

  private BoundedDecimals() {}

  static SimpleModule module() {
    return new SimpleModule("people-congress-bounded-decimals")
        .addDeserializer(BigDecimal.class, new Deserializer());
  }

  /** Whether a decimal is within the bounds; computed from precision and scale only, never by expanding it. */
  static boolean withinBounds(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return integerDigits <= MAX_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS;
  }

  /** Jackson's own decimal reading, then the bound. */
  private static final class Deserializer extends NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      BigDecimal value = super.deserialize(parser, context);
      if (value != null && !withinBounds(value)) {
        // the message names the bound only: the value itself may be enormous when written out
        throw new IllegalArgumentException("at most " + MAX_INTEGER_DIGITS + " digits before the point and "
            + MAX_FRACTION_DIGITS + " after it");
      }
      return value;
    }
  }
}
