package io.github.peoplecongress.model.problem;

import java.util.List;

/**
 * A value that can check its own cross-record consistency, such as a committee's records resolving every reference by
 * id. Readers call it after JSON mapping and constraint validation succeed, and report its problems with theirs.
 */
public interface ConsistencyChecked {

  /**
   * Returns every consistency problem, in a deterministic order. Not a JSON property.
   *
   * @return the problems, empty when consistent, not null
   */
  List<Problem> consistencyProblems();
}
