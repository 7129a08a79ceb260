package io.github.peoplecongress.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies an organ, department or body, such as the district government (区人民政府), a bureau (区建设局) or a working committee of the standing committee.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class OrganizationId extends RecordId {
  private OrganizationId(String value) {
    super("OrganizationId", value);
  }

  /**
   * Obtains an identifier from its text, for example {@code OrganizationId.of("ORG-GOV")}.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not 1 to 64 letters, digits or {@code . _ : / -}
   */
  @JsonCreator
  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  /**
   * Parses the output of {@link #toString()}.
   *
   * @param text  the text to parse, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static OrganizationId parse(CharSequence text) {
    return of(text == null ? null : text.toString());
  }
}
