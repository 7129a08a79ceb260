package io.github.peoplecongress.rules;

import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.LawVersion;
import java.util.Objects;

/**
 * One version of a rule: the provision it applies, taken from one law version, such as the oath text rule under
 * the 2015 decision (in force 2016-01-01) and under the 2018 revision (in force 2018-03-12). The version in force on
 * the date of the fact applies; its effective date can be moved by a jurisdiction profile where it is unverified.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class RuleVersion {
  private final Citation citation;

  private RuleVersion(Citation citation) {
    this.citation = Objects.requireNonNull(citation, "citation");
  }

  /**
   * Creates a version applying the cited provision.
   *
   * @param citation  the provision, whose law version dates this rule version, not null
   * @return the version, not null
   */
  public static RuleVersion of(Citation citation) {
    return new RuleVersion(citation);
  }

  /** @return the provision applied, not null */
  public Citation getCitation() {
    return citation;
  }

  /** @return the law version the provision belongs to, not null */
  public LawVersion getLaw() {
    return citation.getLaw();
  }

  @Override
  public String toString() {
    return citation.referenceZh();
  }
}
