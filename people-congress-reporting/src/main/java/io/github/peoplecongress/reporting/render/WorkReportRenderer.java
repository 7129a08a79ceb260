package io.github.peoplecongress.reporting.render;

import static io.github.peoplecongress.reporting.metric.Metric.*;

import io.github.peoplecongress.reporting.internal.ChineseNumerals;
import io.github.peoplecongress.reporting.internal.Decimals;
import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.metric.Metric;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders the statistical sentences of the standing committee's work report with the numbers filled in, in the
 * order and wording of the seed report — for example "一年来，共召开常委会会议8次，听取和审议“一府两院”专项工作报告18项，
 * 对8部法律法规实施情况开展了执法检查，作出决议、决定12项，任免国家机关工作人员46人次，任免人民陪审员62人次，…".
 *
 * <p>Every "x" of the seed's review of the year is filled, in seed order, one sentence per element of
 * {@link #sentences(YearlyStatistics, RenderOptions)}. Where the seed writes "x余", the figure is exact unless
 * {@link RenderOptions#isApproximate()} asks for the rounded form (see {@link Approximation}): counts keep one
 * significant digit (412人次 → "400余人次"), money two (3246万元 → "3200余万元"); the livelihood share
 * is always shown rounded down ("76%以上"). Where the seed names examples (laws inspected), the names come from the
 * statistics, in the order the committee inspected them (earliest inspection start first, then title; see
 * {@link YearlyStatistics#getFirstDates()}); examples the statistics do not hold (departments appraised, rules
 * adopted) are left out. An undefined figure is shown as "—". Punctuation is the full-width Chinese punctuation of a printed report.
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class WorkReportRenderer {

  private static final int OWN_LAWS_NAMED = 8;
  private static final int JOINT_LAWS_NAMED = 2;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private WorkReportRenderer() {}

  /**
   * Returns the statistical sentences, in seed order.
   *
   * @param statistics  the statistics, not null
   * @param options  the options, not null
   * @return an immutable list of sentences, not null
   */
  public static List<String> sentences(YearlyStatistics statistics, RenderOptions options) {
    return new Sentences(statistics, options).all();
  }

  /**
   * Returns the statistical sentences as one text, one sentence per line.
   *
   * @param statistics  the statistics, not null
   * @param options  the options, not null
   * @return the text, ending with a newline, not null
   */
  public static String text(YearlyStatistics statistics, RenderOptions options) {
    return String.join("\n", sentences(statistics, options)) + "\n";
  }

  /** One rendering. */
  private static final class Sentences {
    private final YearlyStatistics stats;
    private final RenderOptions options;
    private final boolean zh;

    Sentences(YearlyStatistics stats, RenderOptions options) {
      this.stats = stats;
      this.options = options;
      this.zh = options.getLanguage() == Language.ZH;
    }

    List<String> all() {
      return zh ? chinese() : english();
    }

    /** How the report opens its sentences: 一年来 over one year, 本届以来 over a term, 2019年以来 over a range. */
    private String since() {
      if (overTerm()) {
        return "本届以来";
      }
      return stats.getYears().size() <= 1 ? "一年来" : stats.firstYear().map(y -> y + "年以来").orElse("一年来");
    }

    private String sinceEn() {
      if (overTerm()) {
        return "Since the start of the term";
      }
      return stats.getYears().size() <= 1 ? "Over the year"
          : stats.firstYear().map(y -> "Since " + y).orElse("Over the year");
    }

    private boolean overTerm() {
      return !stats.getPeriods().isEmpty() && stats.getPeriods().stream().allMatch(p -> p.startsWith("term:"));
    }

    private List<String> chinese() {
      List<String> out = new ArrayList<>();
      String term = stats.value(TERM_NUMBER).getValue().map(v -> ChineseNumerals.of(v.intValue())).orElse("—");
      String district = String.join("、", new TreeSet<>(stats.getDistricts().values()));
      String year = stats.firstYear().map(Object::toString).orElse("—");
      String since = since();
      if (stats.getDistricts().size() > 1) {
        out.add("（" + stats.getDistricts().size() + "个区县合计：" + district + "）");
      }
      out.add("我受区" + term + "届人大常委会的委托，向大会作常委会工作报告，请予审议。");
      out.add(since + "，共召开常委会会议" + n(SC_MEETINGS) + "次，听取和审议“一府两院”专项工作报告" + n(WORK_REPORTS_HEARD)
          + "项，对" + n(LAWS_INSPECTED) + "部法律法规实施情况开展了执法检查，作出决议、决定" + n(RESOLUTIONS_AND_DECISIONS)
          + "项，任免国家机关工作人员" + n(STATE_FUNCTIONARY_APPOINTMENTS) + "人次，任免人民陪审员"
          + n(ASSESSOR_APPOINTMENTS) + "人次，充分发挥了地方国家权力机关的职能作用，为促进" + district
          + "经济社会转型升级、跨越发展做出了积极贡献。");
      out.add(since + "，区政府在基础设施、教育、社区医疗卫生、社区养老等民生方面的投入占财政支出的" + n(LIVELIHOOD_SHARE)
          + "%以上。");
      out.add("其中投资" + n(SCHOOL_INVESTMENT) + "亿元新建、改扩建了" + n(SCHOOLS) + "所小学；投资" + n(DAY_CARE_INVESTMENT)
          + "万元，新建了" + n(DAY_CARE_CENTRES) + "个社区老人日间照料中心；投资" + n(OLD_COMMUNITY_INVESTMENT)
          + "万元改造提升了" + n(OLD_COMMUNITIES) + "个老旧小区；投资" + n(POCKET_PARK_INVESTMENT) + "万元，在全市率先建设了"
          + n(POCKET_PARKS) + "处小游园。");
      out.add("按照区委的统一安排，常委会领导主动担当，主任、副主任全员上阵，分别担任了" + n(PROJECT_COMMANDERS)
          + "个项目指挥长、" + n(CHIEF_SERVICE_OFFICERS) + "个企业院所首席服务官，为辖区项目建设和企业发展投入了大量的时间和精力。");
      out.add(since + "，先后组织对" + laws(LAWS_INSPECTED, OWN_LAWS_NAMED) + n(LAWS_INSPECTED)
          + "部法律、法规和条例的贯彻实施情况进行了执法检查。");
      out.add("配合省、市人大常委会对" + laws(LAWS_INSPECTED_WITH_HIGHER, JOINT_LAWS_NAMED) + n(LAWS_INSPECTED_WITH_HIGHER)
          + "部法律法规的贯彻实施情况开展了执法检查或专题调研，切实保障了相关法律、法规和条例在我区的贯彻实施，有力地维护了法律法规的严肃性，"
          + "促进了依法行政工作，推动了依法治区进程。");
      out.add("共受理群众来信" + n(LETTERS_RECEIVED) + "件，接待来访" + n(VISITS_RECEIVED) + "人次，办理上级人大常委会转办、交办的信访件"
          + n(FORWARDED_PETITIONS) + "件。");
      out.add(year + "年，常委会围绕区委重大决策部署，围绕社会普遍关注的热点难点问题，通过投票表决的方式先后对"
          + n(APPRAISED_DEPARTMENTS) + "个委(局)进行了工作评议。");
      out.add("按照便于开展活动的原则，将区人大代表编为" + n(DEPUTY_GROUPS) + "个代表组，常委会组成人员与代表组结对联系，形成互动。");
      out.add("常委会十分重视代表与选民的联系，在全区设立代表信箱" + n(MAILBOXES)
          + "个，架起了代表与选民之间的连心桥，拉近了代表与选民之间的距离，使人大代表工作更好地接地气、贴民心。");
      out.add("常委会以保证每位人大代表在本届任期内至少列席一次常委会会议或参加一次活动为目标，共组织人大代表列席常委会会议"
          + n(DEPUTY_ATTENDANCE_AT_MEETINGS) + "人次；参加执法检查、视察、调研活动" + n(DEPUTY_OVERSIGHT_PARTICIPATION)
          + "人次；人大代表回选区向选民述职" + n(DEPUTY_REPORTS_TO_VOTERS) + "人次；拓宽了代表参政议政的渠道，提高了代表的履职能力。");
      out.add("常委会共交办意见、建议" + n(SUGGESTIONS_ASSIGNED) + "件，重点督办" + n(KEY_SUGGESTIONS)
          + "件，使代表的真知灼见越来越多的转化为推动发展的生动实践和实际成效。");
      out.add("常委会制定出台了" + n(RULES_ADOPTED) + "项制度。");
      out.add("常委会通过考察学习、视察调研形成了参考价值高、可行性强的报告" + n(RESEARCH_REPORTS)
          + "篇，为区委决策部署提供了参考依据，为推进全区经济社会发展注入了活力。");
      out.add(since + "，在省、市、区级媒体刊载反映人大工作的宣传稿件" + n(PUBLICITY_ARTICLES) + "篇，编发人大工作信息"
          + n(WORK_BULLETIN_ISSUES) + "期。");
      out.add("在这里，我代表区" + term + "届人大常委会向大家表示衷心的感谢和崇高的敬意。");
      return List.copyOf(out);
    }

    private List<String> english() {
      List<String> out = new ArrayList<>();
      String term = stats.value(TERM_NUMBER).getValue().map(v -> ChineseNumerals.englishOrdinal(v.intValue()))
          .orElse("—");
      String year = stats.firstYear().map(Object::toString).orElse("—");
      String sinceEn = sinceEn();
      if (stats.getDistricts().size() > 1) {
        out.add("(A roll-up of " + stats.getDistricts().size() + " districts: "
            + String.join(", ", new TreeSet<>(stats.getDistricts().values())) + ")");
      }
      out.add("Entrusted by the Standing Committee of the " + term + " District People's Congress, I now present its"
          + " work report for your deliberation.");
      out.add(sinceEn + ", the committee held " + of(SC_MEETINGS, "meeting", "meetings") + ", heard and deliberated "
          + of(WORK_REPORTS_HEARD, "special work report", "special work reports")
          + " of the government, the court and the procuratorate, inspected the enforcement of "
          + of(LAWS_INSPECTED, "law or regulation", "laws and regulations") + ", adopted "
          + of(RESOLUTIONS_AND_DECISIONS, "resolution or decision", "resolutions and decisions") + ", and made "
          + of(STATE_FUNCTIONARY_APPOINTMENTS, "appointment or removal", "appointments and removals")
          + " of state functionaries and " + of(ASSESSOR_APPOINTMENTS, "appointment or removal",
              "appointments and removals") + " of people's assessors.");
      out.add(sinceEn + ", the district government spent at least " + n(LIVELIHOOD_SHARE)
          + "% of its fiscal expenditure on people's livelihood: infrastructure, education, community health care and"
          + " care for the elderly.");
      out.add("Of this, " + n(SCHOOL_INVESTMENT) + " million yuan went to building or extending "
          + of(SCHOOLS, "primary school", "primary schools") + "; " + n(DAY_CARE_INVESTMENT)
          + " million yuan to building " + of(DAY_CARE_CENTRES, "community day-care centre", "community day-care centres")
          + " for the elderly; " + n(OLD_COMMUNITY_INVESTMENT) + " million yuan to renovating "
          + of(OLD_COMMUNITIES, "old residential community", "old residential communities") + "; and "
          + n(POCKET_PARK_INVESTMENT) + " million yuan to building " + of(POCKET_PARKS, "pocket park", "pocket parks")
          + ", the first in the city.");
      out.add("The director and deputy directors served as commanders of " + of(PROJECT_COMMANDERS, "project",
          "projects") + " and as chief service officers of " + of(CHIEF_SERVICE_OFFICERS, "enterprise or institute",
              "enterprises and institutes") + ".");
      out.add(sinceEn + ", the committee inspected the enforcement of "
          + of(LAWS_INSPECTED, "law or regulation", "laws and regulations") + lawsEnglish(LAWS_INSPECTED,
              OWN_LAWS_NAMED) + ".");
      out.add("Together with the provincial and city standing committees, it inspected or surveyed the enforcement of "
          + of(LAWS_INSPECTED_WITH_HIGHER, "law or regulation", "laws and regulations")
          + lawsEnglish(LAWS_INSPECTED_WITH_HIGHER, JOINT_LAWS_NAMED) + ".");
      out.add("It received " + of(LETTERS_RECEIVED, "letter", "letters") + " and " + of(VISITS_RECEIVED, "visitor",
          "visitors") + ", and handled " + of(FORWARDED_PETITIONS, "petition", "petitions")
          + " forwarded or assigned by higher-level standing committees.");
      out.add("In " + year + ", the committee appraised the work of " + of(APPRAISED_DEPARTMENTS,
          "commission or bureau", "commissions and bureaus") + " by vote.");
      out.add("District deputies were organised into " + of(DEPUTY_GROUPS, "deputy group", "deputy groups")
          + ", each paired with members of the committee.");
      out.add("The committee set up " + of(MAILBOXES, "deputy mailbox", "deputy mailboxes") + " across the district.");
      out.add("Deputies attended committee meetings " + times(DEPUTY_ATTENDANCE_AT_MEETINGS)
          + ", took part in law-enforcement inspections, visits and surveys " + times(DEPUTY_OVERSIGHT_PARTICIPATION)
          + ", and reported back to the voters of their constituencies " + times(DEPUTY_REPORTS_TO_VOTERS) + ".");
      out.add("The committee assigned " + of(SUGGESTIONS_ASSIGNED, "suggestion", "suggestions, criticisms and opinions")
          + ", " + n(KEY_SUGGESTIONS) + " of them under key supervision.");
      out.add("The committee adopted " + of(RULES_ADOPTED, "rule", "rules") + ".");
      out.add("Study tours, visits and surveys produced " + of(RESEARCH_REPORTS, "research report", "research reports")
          + ".");
      out.add(sinceEn + ", provincial, city and district media carried " + of(PUBLICITY_ARTICLES,
          "article", "articles") + " on the congress's work, and the committee issued " + of(WORK_BULLETIN_ISSUES,
              "issue", "issues") + " of its work bulletin.");
      out.add("On behalf of the Standing Committee of the " + term
          + " District People's Congress, I express our heartfelt thanks and high respect to you all.");
      return List.copyOf(out);
    }

    /** The figure of a metric with its noun, singular for exactly one: "1 meeting", "8 meetings". */
    private String of(Metric metric, String singular, String plural) {
      String figure = n(metric);
      return figure + " " + ("1".equals(figure) ? singular : plural);
    }

    /** The figure of a person-times metric as a number of times: "once", "96 times", "more than 90 times". */
    private String times(Metric metric) {
      String figure = n(metric);
      return "1".equals(figure) ? "once" : figure + " times";
    }

    /** The figure of a metric, as the seed writes it: exact, or "x余" where the seed has it and it is asked for. */
    private String n(Metric metric) {
      Optional<BigDecimal> shown = shown(metric);
      if (shown.isEmpty()) {
        return "—";
      }
      BigDecimal value = shown.get();
      if (options.isApproximate() && metric.approximateInSeed()) {
        int digits = metric.getUnit().money() ? options.getMoneySignificantDigits() : options.getSignificantDigits();
        return zh ? Approximation.chinese(value, digits) : Approximation.english(value, digits);
      }
      return value.toPlainString();
    }

    /** The value in the unit the sentence uses: Chinese units for Chinese, millions of yuan for English. */
    private Optional<BigDecimal> shown(Metric metric) {
      if (!zh && metric.getUnit().money()) {
        return stats.value(metric).getValue().map(yuan -> Decimals.strip(yuan.divide(MILLION, yuan.scale() + 6,
            RoundingMode.UNNECESSARY)));
      }
      return stats.value(metric).shown();
    }

    private String laws(Metric metric, int named) {
      List<String> titles = titles(metric, named);
      return titles.isEmpty() ? "" : titles.stream().map(t -> "《" + t + "》").collect(Collectors.joining("、")) + "等";
    }

    private String lawsEnglish(Metric metric, int named) {
      List<String> titles = titles(metric, named);
      return titles.isEmpty() ? "" : ", including " + String.join(", ", titles);
    }

    /**
     * The law titles to name, in the order the committee inspected them: earliest inspection start date first
     * (over all districts covered), then title; titles without a date last.
     */
    private List<String> titles(Metric metric, int named) {
      Map<String, LocalDate> first = new HashMap<>();
      for (String key : stats.keys(metric)) {
        LocalDate date = stats.firstDate(metric, key).orElse(LocalDate.MAX);
        first.merge(key.substring(key.indexOf('/') + 1), date, (a, b) -> a.isBefore(b) ? a : b);
      }
      return first.entrySet().stream()
          .sorted(Map.Entry.<String, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .limit(named).map(Map.Entry::getKey).toList();
    }
  }
}
