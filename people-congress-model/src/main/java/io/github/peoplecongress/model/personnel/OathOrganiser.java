package io.github.peoplecongress.model.personnel;

/**
 * The body that organised an oath ceremony (组织宣誓仪式的机关). For the district committee's appointees the
 * provincial rules name the directors' meeting (上海 Art. 5(2), 重庆 Arts. 5–7, 北京 Art. 11(3)); judges and
 * prosecutors may swear before their own court or procuratorate; people's assessors swear at a ceremony organised
 * by the court together with the justice bureau (People's Assessors Law 2018 Art. 12).
 */
public enum OathOrganiser {
  /** 人民代表大会主席团, for persons the congress elects. */
  CONGRESS_PRESIDIUM("大会主席团"),
  /** 常务委员会, when the presidium delegates a ceremony to it (山东 Art. 3). */
  STANDING_COMMITTEE("常务委员会"),
  /** 常务委员会主任会议. */
  DIRECTORS_MEETING("常务委员会主任会议"),
  /** 人民政府. */
  GOVERNMENT("人民政府"),
  /** 监察委员会. */
  SUPERVISORY_COMMISSION("监察委员会"),
  /** 人民法院. */
  COURT("人民法院"),
  /** 人民检察院. */
  PROCURATORATE("人民检察院"),
  /** 人民法院会同司法行政机关, for people's assessors. */
  COURT_WITH_JUSTICE_BUREAU("人民法院会同司法行政机关");

  private final String label;

  OathOrganiser(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "常务委员会主任会议"}, not null
   */
  public String getLabel() {
    return label;
  }
}
