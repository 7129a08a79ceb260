package io.github.peoplecongress.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * All findings of one check, in a deterministic order (rule id, then record, then fact date), with counts by severity
 * and by rule; and, apart from them, what is still pending: periods that run past the records' as-of date, in the
 * order of their last day (the secretariat's list of what is due).
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
  private final List<Finding> pending;

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
    this.findings = findings.stream().filter(f -> f.getSeverity() != Severity.PENDING).sorted(ORDER)
        .collect(Collectors.toUnmodifiableList());
    this.pending = findings.stream().filter(f -> f.getSeverity() == Severity.PENDING)
        .sorted(Comparator.comparing((Finding f) -> f.getDueDate().orElse(LocalDate.MAX)).thenComparing(ORDER))
        .collect(Collectors.toUnmodifiableList());
  }

  /** @return what was checked, not null */
  public String getSubject() {
    return subject;
  }

  /** @return the id of the jurisdiction profile used, not null */
  public String getProfileId() {
    return profileId;
  }

  /** @return every violation, warning and "cannot tell", sorted; pending deadlines are {@link #getPending()} */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Returns what is still due: periods running past the records' as-of date that nothing yet shows met, such as a
   * suggestion to be answered by 2020-08-15, in the order of their last day (those ending with an event last).
   *
   * @return the pending findings, not null
   */
  public List<Finding> getPending() {
    return pending;
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity  the severity, not null
   * @return the findings, sorted, not null
   */
  public List<Finding> findings(Severity severity) {
    return (severity == Severity.PENDING ? pending : findings).stream().filter(f -> f.getSeverity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /** @return the number of findings per severity, every severity present, not null */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.getSeverity(), 1, Integer::sum));
    counts.put(Severity.PENDING, pending.size());
    return counts;
  }

  /** @return the number of findings per rule id, in id order, pending ones not counted, not null */
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
            + counts.get(Severity.CANNOT_TELL) + "项" + (pending.isEmpty() ? "" : "；待办" + pending.size() + "项")
        : subject + ": " + counts.get(Severity.VIOLATION) + " violations, " + counts.get(Severity.WARNING)
            + " warnings, " + counts.get(Severity.CANNOT_TELL) + " cannot tell"
            + (pending.isEmpty() ? "" : "; " + pending.size() + " pending"));
    for (int i = 0; i < findings.size(); i++) {
      text.append(System.lineSeparator()).append(i + 1).append(". ").append(findings.get(i).describe(locale));
    }
    if (!pending.isEmpty()) {
      text.append(System.lineSeparator()).append(zh ? "待办（期限尚未届满）：" : "Pending (the period has not yet ended):");
      for (int i = 0; i < pending.size(); i++) {
        Finding f = pending.get(i);
        String due = f.getDueDate().map(d -> zh ? "至" + d + "：" : "due " + d + ": ").orElse("");
        text.append(System.lineSeparator()).append(i + 1).append(". ").append(due).append(f.describe(locale));
      }
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
    document.put("pending", pending);
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
