package io.github.peoplecongress.model.meeting;

/**
 * The kind of a meeting — Local Organic Law 2022 Arts. 14, 51, 54.
 */
public enum MeetingKind {
  /** 常务委员会会议, regular or 临时召集 (Art. 51). */
  STANDING_COMMITTEE("常务委员会会议"),
  /** 主任会议: the director and deputy directors (Art. 54). */
  DIRECTORS("主任会议"),
  /** 常委会党组会议 (Party group of the committee; no statutory powers). */
  PARTY_GROUP("党组会议"),
  /** 人民代表大会会议: a session of the congress itself (Arts. 14–15). */
  CONGRESS_SESSION("人民代表大会会议");

  private final String label;

  MeetingKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "主任会议"}, not null
   */
  public String getLabel() {
    return label;
  }
}
