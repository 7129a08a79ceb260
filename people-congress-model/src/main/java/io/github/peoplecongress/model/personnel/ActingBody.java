package io.github.peoplecongress.model.personnel;

/**
 * The body that took a personnel action (任免机关) or appointed the person who swears the oath.
 * Constitution Art. 104; Local Organic Law 2022 Art. 50; Oath Decision 2018 cl. 一.
 */
public enum ActingBody {
  /** 本级人民代表大会 (elections, recalls). */
  CONGRESS("人民代表大会"),
  /** 本级人民代表大会常务委员会 (appointments and removals during the recess). */
  STANDING_COMMITTEE("常务委员会"),
  /** 常务委员会主任会议, where a local rule lets it act (for example on internal working-body posts). */
  DIRECTORS_MEETING("主任会议"),
  /** 上一级人民代表大会常务委员会, which approves the election of the district procurator-general. */
  HIGHER_STANDING_COMMITTEE("上一级人民代表大会常务委员会"),
  /** 人民政府, appointing its own functionaries (they swear too, Oath Decision cl. 一). */
  GOVERNMENT("人民政府"),
  /** 监察委员会, appointing its own functionaries (from 2018). */
  SUPERVISORY_COMMISSION("监察委员会"),
  /** 人民法院, appointing its own functionaries. */
  COURT("人民法院"),
  /** 人民检察院, appointing its own functionaries. */
  PROCURATORATE("人民检察院");

  private final String label;

  ActingBody(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "常务委员会"}, not null
   */
  public String getLabel() {
    return label;
  }
}
