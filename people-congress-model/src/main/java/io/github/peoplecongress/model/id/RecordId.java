package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Base of the typed identifiers that records use to refer to each other, such as {@link DeputyId} {@code "D-017"}.
 *
 * <p>An identifier is 1 to 64 characters: letters (including Chinese characters), digits and {@code . _ : / -}.
 * Two identifiers are equal when they are of the same class and have the same text, so a {@code DeputyId} never
 * equals a {@code PersonId} with the same text. In JSON an identifier is a plain string.
 *
 * <p>Implementation Requirements: subclasses are final and immutable.
 */
public abstract class RecordId implements Comparable<RecordId> {
  private static final int MAX_LENGTH = 64;

  private final String value;

  /**
   * Creates an identifier after checking its format.
   *
   * @param kind  the simple name of the identifier type, used in the error message, not null
   * @param value  the identifier text, not null
   * @throws IllegalArgumentException if {@code value} is null or not 1 to 64 letters, digits or {@code . _ : / -}
   */
  protected RecordId(String kind, String value) {
    if (value == null || !wellFormed(value)) {
      throw new IllegalArgumentException(kind + " must be 1 to 64 letters, digits or . _ : / -, but was "
          + (value == null ? "null" : "'" + abbreviate(value) + "'"));
    }
    this.value = value;
  }

  /**
   * Whether the text is 1 to 64 code points, each a letter, a number or one of {@code . _ : / -}: the pattern
   * {@code [\p{L}\p{N}._:/-]{1,64}}, checked by hand because every id of every record read passes here.
   */
  private static boolean wellFormed(String value) {
    int length = value.length();
    if (length == 0 || length > 2 * MAX_LENGTH) {
      return false;
    }
    int codePoints = 0;
    for (int i = 0; i < length; codePoints++) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
          || c == '.' || c == '_' || c == ':' || c == '/' || (c >= 0x80 && letterOrNumber(c));
      if (!allowed) {
        return false;
      }
    }
    return codePoints <= MAX_LENGTH;
  }

  private static boolean letterOrNumber(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }

  /**
   * Returns the identifier text.
   *
   * @return the text, not null
   */
  @JsonValue
  public final String getValue() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((RecordId) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return 31 * getClass().hashCode() + value.hashCode(); // the class's hash is stable within a run
  }

  /** Orders by identifier type name, then by text, so sorted output is stable across runs. */
  @Override
  public final int compareTo(RecordId other) {
    int byType = getClass().getName().compareTo(other.getClass().getName());
    return byType != 0 ? byType : value.compareTo(other.value);
  }

  /**
   * Returns the identifier text; {@code parse(id.toString())} of the concrete type gives back an equal id.
   *
   * @return the text, not null
   */
  @Override
  public final String toString() {
    return value;
  }
}
