package io.github.peoplecongress.model.problem;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * One thing wrong with the input, for example: {@code $.petitions[3].receivedDate (Petition L-2019-0004): expected
 * a date yyyy-MM-dd, found "2019-02-30"}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProblem.class)
public abstract class Problem {

  /**
   * Returns the kind of check that found the problem.
   *
   * @return the kind, not null
   */
  public abstract ProblemKind getKind();

  /**
   * Returns the JSON path of the offending value, such as {@code "$.meetings[2].date"}; {@code "$"} for the document.
   *
   * @return the path, not null
   */
  public abstract String getPath();

  /**
   * Returns the record the problem is in, such as {@code "Meeting SC-2019-03"}, or an empty string when the
   * record cannot be named (for example, when its id itself is missing).
   *
   * @return the record, not null
   */
  @Value.Default
  public String getRecord() {
    return "";
  }

  /**
   * Returns the file or other source the problem is in, such as {@code "committee-year-2020.json"}, when several
   * were read as one set; an empty string when there was only one.
   *
   * @return the source, not null
   */
  @Value.Default
  public String getSource() {
    return "";
  }

  /**
   * Returns what was expected, such as {@code "a date yyyy-MM-dd"}.
   *
   * @return the expectation, not null
   */
  public abstract String getExpected();

  /**
   * Returns what was found, such as {@code "\"2019-02-30\""}, abbreviated if long.
   *
   * @return the found value, not null
   */
  public abstract String getFound();

  /**
   * Creates a problem.
   *
   * @param kind  the kind of check, not null
   * @param path  the JSON path, not null
   * @param record  the record, or empty, not null
   * @param expected  what was expected, not null
   * @param found  what was found, not null
   * @return the problem, not null
   */
  public static Problem of(ProblemKind kind, String path, String record, String expected, String found) {
    return ImmutableProblem.builder().kind(kind).path(path).record(record).expected(expected)
        .found(abbreviate(found)).build();
  }

  /**
   * Shortens a found value to at most 120 characters, so that a 10 MB string does not become a 10 MB message.
   *
   * @param text  the text, not null
   * @return the text, or its first 100 characters and its length, not null
   */
  public static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 100) + "… (" + text.length() + " characters)";
  }

  /**
   * Returns one line: source (when several were read), path, record, expected and found.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    return (getSource().isEmpty() ? "" : getSource() + " ") + getPath() + (getRecord().isEmpty() ? "" : " (" + getRecord() + ")") + ": expected " + getExpected()
        + ", found " + getFound() + " [" + getKind() + "]";
  }
}
