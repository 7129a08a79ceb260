package io.github.peoplecongress.rules.jurisdiction;

import io.github.peoplecongress.rules.appraisal.AppraisalLocalRules;
import io.github.peoplecongress.rules.assessor.AssessorLocalRules;
import io.github.peoplecongress.rules.budget.BudgetLocalRules;
import io.github.peoplecongress.rules.committee.CommitteeLocalRules;
import io.github.peoplecongress.rules.election.ElectionLocalRules;
import io.github.peoplecongress.rules.exam.ExamLocalRules;
import io.github.peoplecongress.rules.meeting.MeetingLocalRules;
import io.github.peoplecongress.rules.oath.OathLocalRules;
import io.github.peoplecongress.rules.participation.ParticipationLocalRules;
import io.github.peoplecongress.rules.petition.PetitionLocalRules;
import io.github.peoplecongress.rules.suggestion.SuggestionLocalRules;
import io.github.peoplecongress.rules.supervision.SupervisionLocalRules;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The jurisdiction profiles the library ships. Each one is the national default plus the local rules every family
 * knows for that place; a host combines or extends them with {@link JurisdictionProfile#builder}:
 * <pre>
 * JurisdictionProfile mine = JurisdictionProfile.builder("beijing-x", "北京市X区", "X district, Beijing")
 *     .parent(Profiles.BEIJING)
 *     .set(ExamParameters.PASS_MARK, DatedSeries.of(LocalDate.of(2020, 1, 1), 70, "X区人大常委会主任会议决定"))
 *     .build();
 * </pre>
 */
public final class Profiles {

  private Profiles() {}

  private static JurisdictionProfile compose(String id, String nameZh, String nameEn) {
    JurisdictionProfile.Builder builder = JurisdictionProfile.builder(id, nameZh, nameEn);
    builder = OathLocalRules.addLocalRules(id, builder);
    builder = ExamLocalRules.addLocalRules(id, builder);
    builder = AssessorLocalRules.addLocalRules(id, builder);
    builder = AppraisalLocalRules.addLocalRules(id, builder);
    builder = ParticipationLocalRules.addLocalRules(id, builder);
    builder = SuggestionLocalRules.addLocalRules(id, builder);
    builder = ElectionLocalRules.addLocalRules(id, builder);
    builder = PetitionLocalRules.addLocalRules(id, builder);
    builder = MeetingLocalRules.addLocalRules(id, builder);
    builder = CommitteeLocalRules.addLocalRules(id, builder);
    builder = SupervisionLocalRules.addLocalRules(id, builder);
    builder = BudgetLocalRules.addLocalRules(id, builder);
    return builder.build();
  }

  /** National law only (全国). */
  public static final JurisdictionProfile NATIONAL = JurisdictionProfile.national();
  /** 北京市: oath within 30 days, organised by the directors' meeting. */
  public static final JurisdictionProfile BEIJING = compose("beijing", "北京市", "Beijing");
  /** 上海市: oath organised by the directors' meeting, normally at a plenary. */
  public static final JurisdictionProfile SHANGHAI = compose("shanghai", "上海市", "Shanghai");
  /** 重庆市: oath at the same committee session; organs' ceremonies within 15 working days. */
  public static final JurisdictionProfile CHONGQING = compose("chongqing", "重庆市", "Chongqing");
  /** 岐山县 (陕西): pre-appointment exam, one retake, failing it defers the nomination. */
  public static final JurisdictionProfile QISHAN = compose("qishan", "岐山县", "Qishan County");
  /** 兰州市 (甘肃): pre-appointment exam, failing the retake withdraws the nomination. */
  public static final JurisdictionProfile LANZHOU = compose("lanzhou", "兰州市", "Lanzhou");
  /** 石台县 (安徽): pre-appointment exam graded out of 100, 60 to pass. */
  public static final JurisdictionProfile SHITAI = compose("shitai", "石台县", "Shitai County");
  /** 武隆县 (重庆): pre-appointment exam including people's assessors. */
  public static final JurisdictionProfile WULONG = compose("wulong", "武隆县", "Wulong County");
  /** 青岛市 (山东): suggestions assigned within 5 working days, extensions approved, re-handling. */
  public static final JurisdictionProfile QINGDAO = compose("qingdao", "青岛市", "Qingdao");
  /** 安徽省 (draft 2013): 基本满意 → rectify; 不满意 → rectify and report again at the next meeting. */
  public static final JurisdictionProfile ANHUI = compose("anhui", "安徽省", "Anhui");
  /** 河南省: handling reports within 3 months (2 for budget and audit), opinions forwarded within 10 days. */
  public static final JurisdictionProfile HENAN = compose("henan", "河南省", "Henan");
  /** 深圳市: satisfaction-vote ballots, three grades, secret, invalid ballots excluded. */
  public static final JurisdictionProfile SHENZHEN = compose("shenzhen", "深圳市", "Shenzhen");

  /**
   * Returns every shipped profile, national first.
   *
   * @return the profiles, not null
   */
  public static List<JurisdictionProfile> all() {
    return List.of(NATIONAL, BEIJING, SHANGHAI, CHONGQING, QISHAN, LANZHOU, SHITAI, WULONG, QINGDAO, ANHUI, SHENZHEN, HENAN);
  }

  /**
   * Finds a shipped profile by id, ignoring case, such as {@code "beijing"}.
   *
   * @param id  the id, not null
   * @return the profile, empty if none has the id
   */
  public static Optional<JurisdictionProfile> byId(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return all().stream().filter(p -> p.getId().equals(wanted)).findFirst();
  }
}
