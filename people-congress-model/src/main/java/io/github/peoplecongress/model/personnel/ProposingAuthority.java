package io.github.peoplecongress.model.personnel;

/**
 * Who nominated the person or requested the action (提名人 / 提请机关). Local Organic Law 2022 Art. 50(十三)–(十六);
 * Supervision Law 2024 Art. 61 (撤职案); People's Assessors Law Arts. 10, 27.
 */
public enum ProposingAuthority {
  /** 常务委员会主任会议: acting heads (决定代理), committee posts, removal motions. */
  DIRECTORS_MEETING("主任会议"),
  /** 区长: government secretary-general and department heads (Art. 50(十四)). */
  GOVERNMENT_HEAD("区长"),
  /** 人民政府 as an organ, for example a removal motion (撤职案). */
  GOVERNMENT("人民政府"),
  /** 监察委员会主任: deputy directors and members of the supervisory commission (Art. 50(十五)). */
  SUPERVISORY_COMMISSION_DIRECTOR("监察委员会主任"),
  /** 人民法院院长: judges and, on request, people's assessors (People's Assessors Law Art. 10). */
  COURT_PRESIDENT("人民法院院长"),
  /** 人民检察院检察长: deputy procurators-general, prosecutors (Art. 50(十六)). */
  PROCURATOR_GENERAL("人民检察院检察长"),
  /** 人民代表大会主席团: candidates at a congress session. */
  CONGRESS_PRESIDIUM("大会主席团"),
  /** 代表联名: deputies jointly, at a congress session. */
  DEPUTIES_JOINTLY("代表联名"),
  /** 常务委员会组成人员联名: at least one fifth of the members jointly (removal motion, Supervision Law 2024 Art. 61). */
  MEMBERS_JOINTLY("常委会组成人员联名"),
  /** 本人: the person concerned, for a resignation (辞职). */
  SELF("本人");

  private final String label;

  ProposingAuthority(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "区长"}, not null
   */
  public String getLabel() {
    return label;
  }
}
