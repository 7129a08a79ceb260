package io.github.peoplecongress.model.problem;

import java.util.List;

/**
 * Thrown when input cannot be accepted; carries every problem found, not only the first.
 *
 * <p>The message lists all problems, one per line, for example:
 * <pre>
 * 2 problems in example-2019.json:
 *   1. $.meetings[2].date (Meeting SC-2019-03): expected a date yyyy-MM-dd, found "2019-02-30" [MAPPING]
 *   2. $.deputies[5].groupId (Deputy D-006): expected the id of a deputy group, found "G-99" [INTEGRITY]
 * </pre>
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param source  what was read, such as a file name, not null
   * @param problems  the problems, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidInputException(String source, List<Problem> problems) {
    super(describe(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  private static String describe(String source, List<Problem> problems) {
    StringBuilder text = new StringBuilder()
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in ").append(source)
        .append(':');
    for (int i = 0; i < problems.size(); i++) {
      text.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(problems.get(i));
    }
    return text.toString();
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return the problems, not empty, not null
   */
  public List<Problem> getProblems() {
    return problems;
  }
}
