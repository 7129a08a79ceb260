package io.github.peoplecongress.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.peoplecongress.model.json.CongressJson;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * All findings of one check, in a deterministic order (rule id, then record, then fact date), with counts by severity
 * and by rule.
 *
 * <pre>
 * ComplianceReport report = ComplianceChecker.of(Profiles.BEIJING).check(year);
 * report.assertNoViolations();   // in a host's JUnit test
 * </pre>
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class ComplianceReport {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getRuleId)
      .thenComparing(Finding::getRecord)
      .thenComparing(f -> f.getFactDate().map(Object::toString).orElse(""))
      .thenComparing(Finding::getExpectedEn);

  private final String subject;
  private final String profileId;
  private final List<Finding> findings;

  /**
   * Creates a report.
   *
   * @param subject  what was checked, such as {@code "X区人大常委会 2019"}, not null
   * @param profileId  the jurisdiction profile used, not null
   * @param findings  the findings, in any order, not null
   */
  public ComplianceReport(String subject, String profileId, List<Finding> findings) {
    this.subject = subject;
    this.profileId = profileId;
    this.findings = findings.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList());
  }

  /** @return what was checked, not null */
  public String getSubject() {
    return subject;
  }

  /** @return the id of the jurisdiction profile used, not null */
  public String getProfileId() {
    return profileId;
  }

  /** @return every finding, sorted, not null */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity  the severity, not null
   * @return the findings, sorted, not null
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.getSeverity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /** @return the number of findings per severity, every severity present, not null */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.getSeverity(), 1, Integer::sum));
    return counts;
  }

  /** @return the number of findings per rule id, in id order, not null */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.getRuleId(), 1, Integer::sum));
    return counts;
  }

  /** @return whether there is no violation (warnings and "cannot tell" allowed) */
  public boolean hasNoViolations() {
    return findings.stream().noneMatch(f -> f.getSeverity() == Severity.VIOLATION);
  }

  /**
   * Throws if there is any violation, listing every one, for a host's unit tests.
   *
   * @throws AssertionError whose message lists every violation, such as "3 violations of 2 rules: 1. [OATH-001] …"
   */
  public void assertNoViolations() {
    List<Finding> violations = findings(Severity.VIOLATION);
    if (!violations.isEmpty()) {
      long rules = violations.stream().map(Finding::getRuleId).distinct().count();
      StringBuilder message = new StringBuilder().append(violations.size())
          .append(violations.size() == 1 ? " violation" : " violations").append(" of ").append(rules)
          .append(rules == 1 ? " rule" : " rules").append(" in ").append(subject).append(':');
      for (int i = 0; i < violations.size(); i++) {
        message.append(System.lineSeparator()).append(i + 1).append(". ")
            .append(violations.get(i).describe(Locale.ENGLISH));
      }
      throw new AssertionError(message.toString());
    }
  }

  /**
   * Renders the report as text in Chinese ({@code zh}) or English.
   *
   * @param locale  the language, not null
   * @return the text, one finding per line after a summary line, not null
   */
  public String render(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    Map<Severity, Integer> counts = countsBySeverity();
    StringBuilder text = new StringBuilder(zh
        ? subject + "：违反规定" + counts.get(Severity.VIOLATION) + "项，提示" + counts.get(Severity.WARNING) + "项，无法判断"
            + counts.get(Severity.CANNOT_TELL) + "项"
        : subject + ": " + counts.get(Severity.VIOLATION) + " violations, " + counts.get(Severity.WARNING)
            + " warnings, " + counts.get(Severity.CANNOT_TELL) + " cannot tell");
    for (int i = 0; i < findings.size(); i++) {
      text.append(System.lineSeparator()).append(i + 1).append(". ").append(findings.get(i).describe(locale));
    }
    return text.toString();
  }

  /**
   * Returns the report as JSON: subject, profile, counts by severity and by rule, and every finding with its citation.
   *
   * @return the JSON text, not null
   */
  public String toJson() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("subject", subject);
    document.put("profile", profileId);
    document.put("countsBySeverity", countsBySeverity());
    document.put("countsByRule", countsByRule());
    document.put("findings", findings);
    try {
      return CongressJson.objectMapper().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report could not be written as JSON", e);
    }
  }

  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
