package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.ImmutableCitation;
import io.github.peoplecongress.rules.law.LawVersion;
import io.github.peoplecongress.rules.law.Laws;
import java.util.List;

/**
 * The provisions the petition rules cite: 信访条例 (2005) quoted from LawRefBook 行政法规/信访条例(2005-01-10).md,
 * 信访工作条例 (2022) quoted from statutes.md §7; where statutes.md gives no verbatim text, the quote says so, except
 * 第二十二条第一款, quoted from LawRefBook 行政法规/信访工作条例.md (the source statutes.md §7 names), since statutes.md
 * records only 「在15日内」.
 */
final class PetitionLaw {
  private PetitionLaw() {}

  static final String R2005_21 = "按照前款第（二）项至第（四）项规定，有关行政机关应当自收到转送、交办的信访事项之日起15日内决定是否受理并"
      + "书面告知信访人，并按要求通报信访工作机构。";
  static final String R2005_21_1 = "县级以上人民政府信访工作机构收到信访事项，应当予以登记，并区分情况，在15日内分别按下列方式处理：……"
      + "（二）对依照法定职责属于本级人民政府或者其工作部门处理决定的信访事项，应当转送有权处理的行政机关；情况重大、紧急的，应当及时提出"
      + "建议，报请本级人民政府决定。（三）信访事项涉及下级行政机关或者其工作人员的，按照“属地管理、分级负责，谁主管、谁负责”的原则，直接"
      + "转送有权处理的行政机关，并抄送下一级人民政府信访工作机构。……（四）对转送信访事项中的重要情况需要反馈办理结果的，可以直接交由有权"
      + "处理的行政机关办理，要求其在指定办理期限内反馈结果，提交办结报告。";
  static final String R2005_22_2 = "有关行政机关收到信访事项后，能够当场答复是否受理的，应当当场书面答复；不能当场答复的，应当自收到信访事项之日起"
      + "15日内书面告知信访人。但是，信访人的姓名（名称）、住址不清的除外。";
  static final String R2005_33 = "信访事项应当自受理之日起60日内办结；情况复杂的，经本行政机关负责人批准，可以适当延长办理期限，但延长期限不得超过"
      + "30日，并告知信访人延期理由。法律、行政法规另有规定的，从其规定。";
  static final String R2005_34 = "信访人对行政机关作出的信访事项处理意见不服的，可以自收到书面答复之日起30日内请求原办理行政机关的上一级行政机关"
      + "复查。收到复查请求的行政机关应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。";
  static final String R2005_35_1 = "信访人对复查意见不服的，可以自收到书面答复之日起30日内向复查机关的上一级行政机关请求复核。收到复核请求的"
      + "行政机关应当自收到复核请求之日起30日内提出复核意见。";
  static final String R2005_35_2 = "复核机关可以按照本条例第三十一条第二款的规定举行听证，经过听证的复核意见可以依法向社会公示。听证所需时间不"
      + "计算在前款规定的期限内。";
  static final String R2005_35_3 = "信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级人民政府信访工作机构和其他行政机关不再受理。";

  static final String R2022_22_1 = "各级党委和政府信访部门收到信访事项，应当予以登记，并区分情况，在15日内分别按照下列方式处理：（一）对依照"
      + "职责属于本级机关、单位或者其工作部门处理决定的，应当转送有权处理的机关、单位；情况重大、紧急的，应当及时提出建议，报请本级党委和"
      + "政府决定。（二）涉及下级机关、单位或者其工作人员的，按照“属地管理、分级负责，谁主管、谁负责”的原则，转送有权处理的机关、单位。"
      + "（三）对转送信访事项中的重要情况需要反馈办理结果的，可以交由有权处理的机关、单位办理，要求其在指定办理期限内反馈结果，提交办结报告。";
  static final String R2022_23_2 = "对信访人直接提出的信访事项，有关机关、单位能够当场告知的，应当当场书面告知；不能当场告知的，应当自收到信访事项"
      + "之日起15日内书面告知信访人，但信访人的姓名（名称）、住址不清的除外。";
  static final String R2022_23_3 = "……应当自收到之日起15日内书面告知信访人接收情况以及处理途径和程序……";
  static final String R2022_34 = "对本条例第三十一条第六项规定的信访事项应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准，可以适当"
      + "延长办理期限，但延长期限不得超过30日，并告知信访人延期理由。";
  static final String R2022_35 = "信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查。收到复查"
      + "请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。";
  static final String R2022_36 = "〔statutes.md 未录全文：复核请求自收到书面答复之日起30日内提出，复核意见自收到复核请求之日起30日内提出〕"
      + "……听证所需时间不计算在前款规定的期限内……";
  static final String R2022_36_NO_REACCEPT = "〔statutes.md 未录全文：复核后以同一事实和理由提出的〕……不再受理……";

  static Citation cite(LawVersion law, int article, Integer paragraph, String quote) {
    ImmutableCitation.Builder builder = ImmutableCitation.builder().law(law).article(article).quote(quote);
    if (paragraph != null) {
      builder.paragraph(paragraph);
    }
    return builder.build();
  }

  /** The 2005 and the 2022 versions of one provision. */
  static List<RuleVersion> versions(int article2005, Integer paragraph2005, String quote2005, int article2022,
      Integer paragraph2022, String quote2022) {
    return List.of(RuleVersion.of(cite(Laws.PETITION_REGULATION_2005, article2005, paragraph2005, quote2005)),
        RuleVersion.of(cite(Laws.PETITION_REGULATION_2022, article2022, paragraph2022, quote2022)));
  }

  static boolean is2005(LawVersion law) {
    return law.getCode().equals(Laws.PETITION_REGULATION_2005.getCode());
  }
}
