package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a constitutional oath ceremony (宪法宣誓仪式).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class OathCeremonyId extends RecordId {
  private OathCeremonyId(String value) {
    super("OathCeremonyId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code OathCeremonyId.of("OATH-2019-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static OathCeremonyId of(String value) {
    return new OathCeremonyId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static OathCeremonyId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
