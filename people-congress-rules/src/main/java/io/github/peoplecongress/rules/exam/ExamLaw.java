package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.LawVersion;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Optional;

/** The local provisions the exam rules cite, and the one local law version {@code Laws} does not hold. */
public final class ExamLaw {
  private ExamLaw() {}


  static final Citation QISHAN_2 = Citation.of(Laws.QISHAN_EXAM_2017, 2,
      "凡已参加最高人民法院初任审判员资格和最高人民检察院初任检察员资格统一考试,并取得合格证书的人员,不考专业性法律、法规。");
  static final Citation QISHAN_3 = Citation.of(Laws.QISHAN_EXAM_2017, 3,
      "考试采用集中开卷笔试方式……经考试成绩合格，方可提请县人大常委会审议和任命。不合格者允许补考一次，补考不合格者，暂缓提请任命。");
  static final Citation SHITAI_11 = Citation.of(Laws.SHITAI_EXAM_2013, 11,
      "评分采取百分制方法进行。60分以下为不合格；60分至79分为合格；80分至89分为良好；90分以上为优秀。");
  /** 兰州市: a news report; the article number is not known and 1 stands in for it. */
  static final Citation LANZHOU = Citation.of(Laws.LANZHOU_EXAM_2014, 1,
      "60分以上为合格，不满60分的为不合格；凡考试成绩不合格者应进行补考，补考仍不合格者，要求提请机关撤回提名；无故缺考的，"
          + "其任命议案不得列入市人大常委会会议议程【据新闻报道，条次不详】");
  static final Citation WULONG_3 = Citation.of(Laws.WULONG_EXAM_2016, 3,
      "以下国家机关工作人员在提请任命前应当参加法律知识考试：……（三）县人民法院代理院长、副院长、庭长、副庭长、审判委员会委员、"
          + "审判员、人民陪审员；……");
  static final Citation WULONG_4 = Citation.of(Laws.WULONG_EXAM_2016, 4,
      "前条所列人员，已参加并通过任前法律知识考试的，在届中被调整并仍由县人大常委会任命的，可以不再进行任前法律知识考试。");
}
