package io.github.peoplecongress.model.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.internal.ModelStyle;
import io.github.peoplecongress.model.vote.VoteTally;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A small model type with every kind of field, for testing the reader independently of the real model. */
@Value.Immutable
@ModelStyle
@JsonDeserialize(as = ImmutableSample.class)
public abstract class Sample implements Identified<MeetingId> {
  @Override
  public abstract MeetingId getId();

  @NotBlank
  public abstract String getTitle();

  public abstract LocalDate getDate();

  public abstract Optional<LocalDate> getEndDate();

  public abstract int getCount();

  public abstract Optional<BigDecimal> getAmount();

  public abstract List<@Valid VoteTally> getVotes();

  public abstract List<@Valid Sample> getChildren();

  public abstract List<String> getTags();

  @Value.Check
  protected void check() {
    Checks.notBefore("Sample " + getId(), "endDate", getEndDate(), "date", getDate());
  }
}
