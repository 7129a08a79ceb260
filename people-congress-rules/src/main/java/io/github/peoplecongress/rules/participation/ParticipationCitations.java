package io.github.peoplecongress.rules.participation;

import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;

/** The provisions the participation family cites, and shared tests. */
final class ParticipationCitations {
  private ParticipationCitations() {}

  /** The committee's 2019 work report, part 四, item (二); 条 and 款 stand for the report's part and item. */
  static final Citation TERM_TARGET = Citation.of(Laws.COMMITTEE_WORK_NORM, 4, 2,
      "常委会以保证每位人大代表在本届任期内至少列席一次常委会会议或参加一次活动为目标");

  static final Citation RECESS_2015 = Citation.of(Laws.DEPUTIES_LAW_2015, 19, 1,
      "县级以上的各级人民代表大会常务委员会组织本级人民代表大会代表开展闭会期间的活动。");

  static final Citation RECESS_2025 = Citation.of(Laws.DEPUTIES_LAW_2025, 25, 1,
      "县级以上的各级人民代表大会常务委员会组织本级人民代表大会代表开展闭会期间的活动。");

  static final Citation REPORT_2015 = Citation.of(Laws.DEPUTIES_LAW_2015, 45, 2,
      "由选民直接选举的代表应当以多种方式向原选区选民报告履职情况。县级人民代表大会常务委员会和乡、民族乡、镇的人民代表大会主席团"
          + "应当定期组织本级人民代表大会代表向原选区选民报告履职情况。");

  static final Citation REPORT_2025 = Citation.of(Laws.DEPUTIES_LAW_2025, 58, 2,
      "代表应当以多种方式向原选区选民或者原选举单位报告履职情况。县级以上的地方各级人民代表大会常务委员会和乡、民族乡、镇的人民代表大会"
          + "主席团应当记录代表履职情况，定期组织本级人民代表大会代表向原选区选民或者原选举单位报告履职情况，并公示代表基本信息和履职信息。");

  static final Citation CONTACT_2015 = Citation.of(Laws.DEPUTIES_LAW_2015, 20,
      "代表在闭会期间的活动以集体活动为主，以代表小组活动为基本形式。代表可以通过多种方式听取、反映原选区选民或者原选举单位的意见和要求。");

  static final Citation CONTACT_2025 = Citation.of(Laws.DEPUTIES_LAW_2025, 26,
      "代表在闭会期间的活动以集体活动为主，以代表小组活动为基本形式。代表可以通过多种方式听取、反映原选区选民或者原选举单位的意见和要求。");

  /** Whether the yearly targets apply to a line: the period served in the year is over and long enough. */
  static boolean yearlyApplies(RuleContext context, ParticipationLedger.Line line) {
    int minDays = context.valueOn(ParticipationParameters.MIN_DAYS_SERVED_FOR_YEARLY_TARGETS, line.servedTo)
        .orElse(1);
    return !line.servedTo.isAfter(context.getAsOf()) && line.daysServed() >= minDays;
  }

  static String periodZh(ParticipationLedger.Line line) {
    return line.servedFrom + "至" + line.servedTo;
  }

  static String periodEn(ParticipationLedger.Line line) {
    return line.servedFrom + " to " + line.servedTo;
  }
}
