package io.github.peoplecongress.model.body;

/**
 * The state organs of the district that the standing committee supervises (一府一委两院) — Constitution Art. 104;
 * Supervision Law 2024 Art. 11 (2006 Art. 8, before the supervisory commission existed).
 */
public enum StateOrgan {
  /** 区人民政府 (一府). */
  GOVERNMENT("人民政府"),
  /** 区监察委员会 (一委), from 2018. */
  SUPERVISORY_COMMISSION("监察委员会"),
  /** 区人民法院. */
  COURT("人民法院"),
  /** 区人民检察院. */
  PROCURATORATE("人民检察院");

  private final String label;

  StateOrgan(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "人民法院"}, not null
   */
  public String getLabel() {
    return label;
  }
}
