package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies one person's membership of the standing committee (常委会组成人员任职).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class MembershipId extends RecordId {
  private MembershipId(String value) {
    super("MembershipId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code MembershipId.of("M-01")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static MembershipId of(String value) {
    return new MembershipId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static MembershipId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
