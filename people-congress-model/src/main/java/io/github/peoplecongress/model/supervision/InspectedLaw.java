package io.github.peoplecongress.model.supervision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * A law or regulation whose implementation an inspection examined, for example
 * {@code InspectedLaw.of("《中华人民共和国安全生产法》", LawLevel.LAW)}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInspectedLaw.class)
public abstract class InspectedLaw {

  /** @return the title, such as {@code "《中华人民共和国安全生产法》"}, 1 to 200 characters */
  @NotBlank
  @Size(max = 200)
  public abstract String getTitle();

  /** @return the rank of the law or regulation, not null */
  public abstract LawLevel getLevel();

  /**
   * Obtains an inspected law.
   *
   * @param title  the title, not blank
   * @param level  the rank, not null
   * @return the value, not null
   */
  public static InspectedLaw of(String title, LawLevel level) {
    return builder().title(title).level(level).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableInspectedLaw.Builder builder() {
    return ImmutableInspectedLaw.builder();
  }
}
