package io.github.peoplecongress.model.deputy;

/**
 * A deputy's status on a given day, derived by {@link Deputy#statusOn(java.time.LocalDate)} — Deputies Law 2025
 * Arts. 61 (suspension), 62 (termination).
 */
public enum DeputyStatus {
  /** 在任 (holding office and performing duties). */
  SERVING("在任"),
  /** 暂停执行代表职务 (still a deputy, duties suspended). */
  SUSPENDED("暂停执行代表职务"),
  /** 代表资格终止 (no longer a deputy). */
  TERMINATED("代表资格终止");

  private final String label;

  DeputyStatus(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "在任"}, not null
   */
  public String getLabel() {
    return label;
  }
}
