package io.github.peoplecongress.rules;

import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statutory constraint, checked on a committee's records. One subclass per constraint, named after it, stateless and
 * thread-safe, with a stable id that is never reused. Its Javadoc quotes the article.
 *
 * <p>Subclasses implement {@link #evaluate(RuleContext)} and build their findings with {@link #finding}; they read
 * parameters from {@link RuleContext#getProfile()} on the date of each fact and pick the provision in force with
 * {@link #versionOn(LocalDate, JurisdictionProfile)}.
 */
public abstract class Rule {
  private final String id;
  private final String titleZh;
  private final String titleEn;
  private final List<RuleVersion> versions;
  private final List<Parameter<?>> parameters;
  private final List<String> readings;

  /**
   * Creates a rule.
   *
   * @param id  the stable id, such as {@code "OATH-001"}, not null
   * @param titleZh  the Chinese title, not null
   * @param titleEn  the English title, not null
   * @param versions  the versions in the order their laws took effect, not empty
   * @param parameters  the parameters the rule reads, not null
   * @param readings  the readings the library chose where the statute is open, in English, not null
   */
  protected Rule(String id, String titleZh, String titleEn, List<RuleVersion> versions, List<Parameter<?>> parameters,
      List<String> readings) {
    this.id = Objects.requireNonNull(id, "id");
    this.titleZh = Objects.requireNonNull(titleZh, "titleZh");
    this.titleEn = Objects.requireNonNull(titleEn, "titleEn");
    this.versions = List.copyOf(versions);
    this.parameters = List.copyOf(parameters);
    this.readings = List.copyOf(readings);
    if (this.versions.isEmpty()) {
      throw new IllegalArgumentException(id + " needs at least one version");
    }
  }

  /** @return the stable id, not null */
  public final String getId() {
    return id;
  }

  /** @return the Chinese title, not null */
  public final String getTitleZh() {
    return titleZh;
  }

  /** @return the English title, not null */
  public final String getTitleEn() {
    return titleEn;
  }

  /** @return the versions, in the order their laws took effect, not null */
  public final List<RuleVersion> getVersions() {
    return versions;
  }

  /** @return the parameters the rule reads, not null */
  public final List<Parameter<?>> getParameters() {
    return parameters;
  }

  /** @return the readings chosen where the statute is open, not null */
  public final List<String> getReadings() {
    return readings;
  }

  /**
   * Returns the version in force on the date of a fact: the last version whose law took effect on or before it.
   *
   * @param date  the date of the fact, not null
   * @param profile  the profile, which may move unverified effective dates, not null
   * @return the version, empty when no version was yet in force
   */
  public final Optional<RuleVersion> versionOn(LocalDate date, JurisdictionProfile profile) {
    RuleVersion found = null;
    for (RuleVersion version : versions) {
      if (!profile.effectiveDate(version.getLaw()).isAfter(date)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Evaluates the rule on every relevant record of the context's year.
   *
   * @param context  the year, its index, the profile and the period calculator, not null
   * @return the findings, in any order, not null
   */
  public abstract List<Finding> evaluate(RuleContext context);

  /**
   * Starts a finding of this rule.
   *
   * @param severity  the severity, not null
   * @param citation  the provision applied, not null
   * @param record  the record, such as {@code "PersonnelAction PA-2019-017"}, not null
   * @param factDate  the date of the fact, or null
   * @return a builder with rule id, titles, severity, citation, record and date set, not null
   */
  protected final ImmutableFinding.Builder finding(Severity severity, Citation citation, String record,
      LocalDate factDate) {
    return ImmutableFinding.builder().ruleId(id).ruleTitleZh(titleZh).ruleTitleEn(titleEn).severity(severity)
        .citation(citation).record(record).factDate(Optional.ofNullable(factDate));
  }

  /**
   * Starts a {@link Severity#PENDING} finding: a period that runs past the records' as-of date, not yet met.
   *
   * @param citation  the provision applied, not null
   * @param record  the record, not null
   * @param factDate  the date of the fact that started the period, not null
   * @param dueDate  the period's last day, or null when it ends with an event (such as the next meeting)
   * @return a builder with rule id, titles, severity, citation, record, dates set, not null
   */
  protected final ImmutableFinding.Builder pending(Citation citation, String record, LocalDate factDate,
      LocalDate dueDate) {
    return finding(Severity.PENDING, citation, record, factDate).dueDate(Optional.ofNullable(dueDate));
  }

  /**
   * Returns the {@link Severity#CANNOT_TELL} finding for a fact on a day that no recorded congress term covers, so
   * that the committee in office, its size and members are unknown.
   *
   * @param citation  the provision applied, not null
   * @param record  the record, not null
   * @param date  the day of the fact, not null
   * @return the finding, naming {@code $.terms} as the missing fact, not null
   */
  protected final Finding noTermOn(Citation citation, String record, LocalDate date) {
    return finding(Severity.CANNOT_TELL, citation, record, date)
        .expectedZh("记录中有" + date + "在任的一届人民代表大会及其常务委员会")
        .foundZh("未记录覆盖该日的届次")
        .expectedEn("a congress term in office on " + date + ", with its standing committee")
        .foundEn("no recorded term covers the day").addMissingFacts("$.terms").build();
  }

  /**
   * Names a record for a finding, such as {@code "PersonnelAction PA-2019-017"}.
   *
   * @param record  the record, not null
   * @return the label, not null
   */
  protected static String label(Identified<?> record) {
    return record.getClass().getSimpleName().replaceFirst("^Immutable", "") + " " + record.getId();
  }

  @Override
  public String toString() {
    return id + " " + titleEn;
  }
}
