package io.github.peoplecongress.model.body;

import java.util.Optional;

/**
 * The kinds of organisation a district standing committee deals with: the organs it supervises (一府一委两院 and the
 * government's departments — Constitution Art. 104; Local Organic Law 2022 Art. 50(七)), its own organs (专门委员会,
 * Art. 33; 代表资格审查委员会, Art. 56; 工作机构, Art. 59; 街道工作机构, Art. 59(3)), the election committee it appoints
 * (Election Law 2020 Art. 10), higher-level organs, and the units deputies work in.
 *
 * <p>The organ kinds ({@link #GOVERNMENT} … {@link #PROCURATORATE}, {@link #GOVERNMENT_DEPARTMENT},
 * {@link #PUBLIC_SECURITY}, {@link #JUSTICE_ADMINISTRATION}, {@link #STREET_OFFICE}) mean the district's own organs; the
 * organs of a higher level are {@link #HIGHER_STANDING_COMMITTEE} or {@link #HIGHER_LEVEL_ORGAN}.
 */
public enum OrganizationKind {
  /** 区人民政府 (一府). */
  GOVERNMENT("人民政府"),
  /** 政府工作部门: 委、局、办. */
  GOVERNMENT_DEPARTMENT("政府工作部门"),
  /** 公安机关 (公安分局), a government department with its own role in some statutes. */
  PUBLIC_SECURITY("公安机关"),
  /** 司法行政机关 (司法局), a government department with its own role in some statutes (人民陪审员法 Art. 9). */
  JUSTICE_ADMINISTRATION("司法行政机关"),
  /** 街道办事处, the government's agency in a street (派出机关). */
  STREET_OFFICE("街道办事处"),
  /** 监察委员会 (一委). */
  SUPERVISORY_COMMISSION("监察委员会"),
  /** 人民法院. */
  COURT("人民法院"),
  /** 人民检察院. */
  PROCURATORATE("人民检察院"),
  /** 人民代表大会专门委员会 (Local Organic Law 2022 Art. 33). */
  SPECIAL_COMMITTEE("人大专门委员会"),
  /** 代表资格审查委员会 (Local Organic Law 2022 Art. 56). */
  CREDENTIALS_COMMITTEE("代表资格审查委员会"),
  /** 常委会工作机构: 办公室, 工作委员会 (Local Organic Law 2022 Art. 59). */
  WORKING_BODY("常委会工作机构"),
  /** 街道人大工作机构 (街道人大工委, Local Organic Law 2022 Art. 59(3)). */
  STREET_WORKING_BODY("街道人大工作机构"),
  /** 选举委员会 (Election Law 2020 Arts. 9, 10). */
  ELECTION_COMMITTEE("选举委员会"),
  /** 上级人大常委会 (市、省人大常委会). */
  HIGHER_STANDING_COMMITTEE("上级人大常委会"),
  /** 上级国家机关 other than a standing committee (上级人民检察院, 上级人民政府 …). */
  HIGHER_LEVEL_ORGAN("上级国家机关"),
  /** 党的委员会及其工作机关 (区委 …). */
  PARTY_COMMITTEE("党委"),
  /** 事业单位. */
  PUBLIC_INSTITUTION("事业单位"),
  /** 企业. */
  ENTERPRISE("企业"),
  /** 社会组织, 人民团体. */
  SOCIAL_ORGANIZATION("社会组织"),
  /** 其他. */
  OTHER("其他");

  private final String label;

  OrganizationKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "政府工作部门"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the state organ of the district (一府一委两院) whose work an organisation of this kind is part of, for the
   * supervision rules and counts: the government and its departments, public security, justice administration and
   * street offices report as the government; the supervisory commission, the court and the procuratorate as
   * themselves.
   *
   * @return the state organ, or empty for the congress's own organs, higher-level organs and other units
   */
  public Optional<StateOrgan> stateOrgan() {
    switch (this) {
      case GOVERNMENT:
      case GOVERNMENT_DEPARTMENT:
      case PUBLIC_SECURITY:
      case JUSTICE_ADMINISTRATION:
      case STREET_OFFICE:
        return Optional.of(StateOrgan.GOVERNMENT);
      case SUPERVISORY_COMMISSION:
        return Optional.of(StateOrgan.SUPERVISORY_COMMISSION);
      case COURT:
        return Optional.of(StateOrgan.COURT);
      case PROCURATORATE:
        return Optional.of(StateOrgan.PROCURATORATE);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns whether this kind is one of the congress's own organs: a special committee, the credentials committee,
   * a working body of the standing committee or a street working body.
   *
   * @return true for the congress's own organs
   */
  public boolean congressOrgan() {
    return this == SPECIAL_COMMITTEE || this == CREDENTIALS_COMMITTEE || this == WORKING_BODY
        || this == STREET_WORKING_BODY;
  }
}
