package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.model.personnel.ExamExemption;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exemption grounds a local rule recognises as exempting from the whole examination, such as
 * {@code ExamExemptions.of(ExamExemption.PASSED_EARLIER_IN_TERM)} for 武隆县 Art. 4.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class ExamExemptions {
  private final Set<ExamExemption> grounds;

  private ExamExemptions(Set<ExamExemption> grounds) {
    this.grounds = Collections.unmodifiableSet(grounds);
  }

  /**
   * Returns the set of grounds.
   *
   * @param grounds  the grounds, possibly none
   * @return the set, not null
   */
  public static ExamExemptions of(ExamExemption... grounds) {
    EnumSet<ExamExemption> set = EnumSet.noneOf(ExamExemption.class);
    for (ExamExemption ground : grounds) {
      set.add(Objects.requireNonNull(ground, "ground"));
    }
    return new ExamExemptions(set);
  }

  /**
   * @param ground  a ground, not null
   * @return whether it exempts from the whole examination
   */
  public boolean recognises(ExamExemption ground) {
    return grounds.contains(ground);
  }

  /** @return the grounds, not null */
  public Set<ExamExemption> getGrounds() {
    return grounds;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExamExemptions && ((ExamExemptions) other).grounds.equals(grounds);
  }

  @Override
  public int hashCode() {
    return grounds.hashCode();
  }

  @Override
  public String toString() {
    return grounds.isEmpty() ? "无" : grounds.stream().map(ExamExemption::getLabel).collect(Collectors.joining("、"));
  }
}
