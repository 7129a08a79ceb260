package io.github.peoplecongress.reporting.metric;

import static io.github.peoplecongress.reporting.metric.Measure.AMOUNT;
import static io.github.peoplecongress.reporting.metric.Measure.COUNT;
import static io.github.peoplecongress.reporting.metric.Measure.DISTINCT;
import static io.github.peoplecongress.reporting.metric.Measure.RATE;
import static io.github.peoplecongress.reporting.metric.Measure.REPORTS;
import static io.github.peoplecongress.reporting.metric.Measure.TERM;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The metric catalogue: every count of the standing committee's annual work report (常委会工作报告), each with a
 * stable id, Chinese and English labels, a unit and a written definition that settles the hard cases — for example
 * {@link #SC_MEETINGS} "召开常委会会议 x 次".
 *
 * <p>Rules common to all metrics. A record belongs to the statistics year when the date named in its definition
 * falls on or between 1 January and 31 December of that year (a meeting held on 2018-12-31 is not in 2019). Counts
 * are per record unless the definition says "distinct" (去重): distinct metrics count keys (law titles, organisation
 * ids, deputy ids) prefixed by the district's division code, so a thing counts once however many records name it,
 * and two districts never collide. 人次 (person-times) counts a person once per occasion; 人 (persons) counts each
 * person once. Rates are exact fractions of two merged quantities, never averages of rates.
 *
 * <p>The constants are in the order the seed report first uses them, then the other counts real reports publish.
 * Ids ({@link #name()}) are stable and never reused.
 */
public enum Metric {
  /** 区x届人大常委会: the term number. */
  TERM_NUMBER(TERM, Unit.TERM, "届次", "Term number",
      "本届人大的届次（CommitteeRecords.term.number）。多届合并时取最大届次。",
      "The congress term number (CommitteeRecords.term.number); over several terms, the latest."),
  /** 召开常委会会议 x 次. */
  SC_MEETINGS(COUNT, Unit.TIMES, "召开常委会会议", "Standing committee meetings held",
      "种类为常委会会议（STANDING_COMMITTEE）的会议，例会和临时召集的会议都计入，以开幕日期（date）在年内为准；跨年会议计入开幕之年。",
      "Meetings of kind STANDING_COMMITTEE, regular and ad hoc, whose opening date is in the year; a meeting running"
          + " over the new year counts in the year it opened."),
  /** 听取和审议“一府两院”专项工作报告 x 项. */
  WORK_REPORTS_HEARD(REPORTS, Unit.ITEMS, "听取和审议“一府两院”专项工作报告", "Reports of the organs heard",
      "报告机关为人民政府、人民法院或人民检察院的工作报告（专项工作、计划、预算、决算、审计等各类），以其所在会议（meetingId）的日期在年内为准；"
          + "会议不在记录中时以听取日期为准。一份报告是一条记录，按报告编号去重：同一报告在两次会议上听取审议只计1项。",
      "Work reports whose organ is the GOVERNMENT, COURT or PROCURATORATE (every kind: special work, plan, budget,"
          + " final accounts, audit…), placed in the year by the date of their meeting (meetingId), or by the date"
          + " heard when the meeting is not among the records. A report is one record, counted by id: a report heard"
          + " at two meetings counts once."),
  /** 对 x 部法律法规实施情况开展了执法检查. */
  LAWS_INSPECTED(DISTINCT, Unit.LAWS, "本级执法检查的法律法规", "Laws inspected by the committee",
      "本级自行组织（OWN）、开始日期在年内的执法检查所涉法律法规，按名称去重（去掉书名号、空白和“中华人民共和国”前缀）：一部法律检查两次只计1部；"
          + "配合省、市（JOINT_WITH_HIGHER）和区域协同（REGIONAL）的检查不计入本项。",
      "Distinct law titles (without 《》, blanks and the 中华人民共和国 prefix) over inspections in mode OWN that"
          + " started in the year: a law inspected twice counts once; inspections with the higher level or other"
          + " regions are not counted here."),
  /** 作出决议、决定 x 项. */
  RESOLUTIONS_AND_DECISIONS(COUNT, Unit.ITEMS, "作出决议、决定", "Resolutions and decisions adopted",
      "种类为决议或决定（不含送有关机关研究办理）、已通过、日期在年内的决议决定，每件计1项。",
      "Decisions of kind RESOLUTION or DECISION (not REFERRAL), adopted, dated in the year; one item each."),
  /** 任免国家机关工作人员 x 人次. */
  STATE_FUNCTIONARY_APPOINTMENTS(COUNT, Unit.PERSON_TIMES, "任免国家机关工作人员", "State functionaries appointed or removed",
      "常委会决定（decidedBy = STANDING_COMMITTEE）、职务类别为国家机关工作人员、通过日期在年内的任免行为；每一任命或免职计1人次，同一人年内先任后免计2人次。",
      "Personnel actions decided by the STANDING_COMMITTEE, post category STATE_FUNCTIONARY, decision date in the"
          + " year; each appointing or removing action is one person-time, so one person appointed and later removed"
          + " counts twice."),
  /** 任免人民陪审员 x 人次. */
  ASSESSOR_APPOINTMENTS(COUNT, Unit.PERSON_TIMES, "任免人民陪审员", "People's assessors appointed or removed",
      "同上，职务类别为人民陪审员（PEOPLES_ASSESSOR）。",
      "As STATE_FUNCTIONARY_APPOINTMENTS, with post category PEOPLES_ASSESSOR."),
  /** 民生投入占财政支出的 x% 以上. */
  LIVELIHOOD_SHARE(RATE, Unit.PERCENT, "民生投入占财政支出", "Livelihood share of expenditure",
      "分子：财政摘要（fiscalSummary）的民生支出；分母：财政支出总额；精确分数，按整数百分比向下取整显示（“x%以上”）。多区多年合并时分子分母分别相加，每区每年的财政摘要只计一次。",
      "Numerator: the fiscal summary's livelihood expenditure; denominator: the total expenditure; an exact"
          + " fraction shown as a whole percent rounded down (\"x% or more\"). Merged over districts and years by adding"
          + " numerators and denominators, each district-year's summary once.", 0, RoundingMode.DOWN),
  /** 投资 x 亿元新建、改扩建小学. */
  SCHOOL_INVESTMENT(AMOUNT, Unit.HUNDRED_MILLION_YUAN, "新建、改扩建小学投资", "Investment in primary schools",
      "惠民项目（LIVELIHOOD）中类别为小学（SCHOOL）、年度（year）为统计年的项目投资额之和，以元精确计算，以亿元显示。",
      "Sum of the investment of LIVELIHOOD projects of category SCHOOL whose year is the statistics year, exact in"
          + " yuan, shown in 100 million yuan."),
  /** 新建、改扩建 x 所小学. */
  SCHOOLS(COUNT, Unit.SCHOOLS, "新建、改扩建小学", "Primary schools built or extended",
      "同上项目的设施数（units）之和。", "Sum of the units of the same projects."),
  /** 投资 x 万元新建社区老人日间照料中心. */
  DAY_CARE_INVESTMENT(AMOUNT, Unit.TEN_THOUSAND_YUAN, "社区老人日间照料中心投资", "Investment in elderly day-care centres",
      "惠民项目中类别为社区老人日间照料中心（ELDERLY_DAY_CARE）、年度为统计年的项目投资额之和，以万元显示。",
      "Sum of the investment of LIVELIHOOD projects of category ELDERLY_DAY_CARE of the year, shown in 10,000 yuan."),
  /** 新建 x 个社区老人日间照料中心. */
  DAY_CARE_CENTRES(COUNT, Unit.COUNT, "新建社区老人日间照料中心", "Elderly day-care centres built",
      "同上项目的设施数之和。", "Sum of the units of the same projects."),
  /** 投资 x 余万元改造提升老旧小区. */
  OLD_COMMUNITY_INVESTMENT(AMOUNT, Unit.TEN_THOUSAND_YUAN, "老旧小区改造投资", "Investment in old residential communities",
      "惠民项目中类别为老旧小区（OLD_COMMUNITY）、年度为统计年的项目投资额之和，以万元显示。",
      "Sum of the investment of LIVELIHOOD projects of category OLD_COMMUNITY of the year, shown in 10,000 yuan.",
      true),
  /** 改造提升 x 个老旧小区. */
  OLD_COMMUNITIES(COUNT, Unit.COUNT, "改造提升老旧小区", "Old residential communities renovated",
      "同上项目的设施数之和。", "Sum of the units of the same projects."),
  /** 投资 x 万元建设小游园. */
  POCKET_PARK_INVESTMENT(AMOUNT, Unit.TEN_THOUSAND_YUAN, "小游园投资", "Investment in pocket parks",
      "惠民项目中类别为小游园（POCKET_PARK）、年度为统计年的项目投资额之和，以万元显示。",
      "Sum of the investment of LIVELIHOOD projects of category POCKET_PARK of the year, shown in 10,000 yuan."),
  /** 建设 x 处小游园. */
  POCKET_PARKS(COUNT, Unit.SITES, "建设小游园", "Pocket parks built",
      "同上项目的设施数之和。", "Sum of the units of the same projects."),
  /** 担任 x 个项目指挥长. */
  PROJECT_COMMANDERS(DISTINCT, Unit.COUNT, "担任项目指挥长", "Projects commanded",
      "角色为项目指挥长（COMMANDER）、在年内任何一天有效（开始日期不晚于12月31日，且无结束日期或结束日期不早于1月1日）的分包安排，按项目去重：一个项目计1个。",
      "Leadership assignments of role COMMANDER in force on any day of the year (started by 31 December, not ended"
          + " before 1 January), distinct by project: one per project."),
  /** 担任 x 个企业院所首席服务官. */
  CHIEF_SERVICE_OFFICERS(DISTINCT, Unit.COUNT, "担任企业院所首席服务官", "Enterprises served by chief service officers",
      "同上，角色为首席服务官（CHIEF_SERVICE_OFFICER），按项目（企业院所）去重。",
      "As PROJECT_COMMANDERS, role CHIEF_SERVICE_OFFICER, distinct by project (enterprise or institute)."),
  /** 配合省、市对 x 余部法律法规开展执法检查. */
  LAWS_INSPECTED_WITH_HIGHER(DISTINCT, Unit.LAWS, "配合省、市执法检查的法律法规", "Laws inspected with the higher level",
      "配合上级（JOINT_WITH_HIGHER）或区域协同（REGIONAL）、开始日期在年内的执法检查所涉法律法规，按名称去重；同一部法律既本级检查又配合检查时两项各计1部。",
      "Distinct law titles over inspections in mode JOINT_WITH_HIGHER or REGIONAL that started in the year; a law"
          + " inspected both alone and jointly counts once in each metric.", true),
  /** 受理群众来信 x 余件. */
  LETTERS_RECEIVED(COUNT, Unit.PIECES, "受理群众来信", "Letters received",
      "渠道为来信（LETTER）、来源为群众直接（DIRECT）、收到日期在年内的信访件，每件计1件。",
      "Petitions of channel LETTER and source DIRECT received in the year, one each.", true),
  /** 接待来访 x 余人次. */
  VISITS_RECEIVED(COUNT, Unit.PERSON_TIMES, "接待来访", "Visitors received",
      "渠道为来访（VISIT）、来源为群众直接、收到日期在年内的信访件的来访人数（persons，未记录时为1）之和；批次另计（VISIT_BATCHES）。",
      "Sum of persons (1 when not recorded) over petitions of channel VISIT and source DIRECT received in the year;"
          + " batches are VISIT_BATCHES.", true),
  /** 来访批次. */
  VISIT_BATCHES(COUNT, Unit.BATCHES, "接待来访批次", "Visitor batches received",
      "同上信访件的件数，每件（一批）计1批次。", "The number of those petitions, one batch each."),
  /** 办理上级人大常委会转办、交办的信访件 x 余件. */
  FORWARDED_PETITIONS(COUNT, Unit.PIECES, "办理上级转办、交办信访件", "Petitions forwarded or assigned by the higher level",
      "来源为上级人大常委会转办（FORWARDED_BY_HIGHER）或上级交办（ASSIGNED_BY_HIGHER）、收到日期在年内的信访件，任何渠道。",
      "Petitions of source FORWARDED_BY_HIGHER or ASSIGNED_BY_HIGHER received in the year, any channel.", true),
  /** 对 x 个委(局)进行了工作评议. */
  APPRAISED_DEPARTMENTS(DISTINCT, Unit.COUNT, "工作评议的委(局)", "Departments appraised",
      "开始日期在年内的工作评议的被评议单位，按单位去重：同一单位年内评议两次计1个。",
      "Distinct appraised organisations over appraisals started in the year: an organisation appraised twice counts"
          + " once."),
  /** 编为 x 个代表组. */
  DEPUTY_GROUPS(DISTINCT, Unit.COUNT, "代表组", "Deputy groups",
      "届次为本届的代表组，按编号去重（常设数据：把一年的记录分成几部分再合并不会重复计数）。",
      "Deputy groups of the term, distinct by id (standing data: splitting a year's records and merging never"
          + " counts a group twice)."),
  /** 设立代表信箱 x 个. */
  MAILBOXES(DISTINCT, Unit.COUNT, "代表信箱", "Deputy mailboxes",
      "设立日期不晚于12月31日（或未记录）、且未撤除（无撤除日期或撤除日期晚于12月31日）的代表信箱，按编号去重。",
      "Mailboxes set up on or before 31 December (or with no set-up date) and not removed by then (no removal date,"
          + " or one after 31 December), distinct by id."),
  /** 组织人大代表列席常委会会议 x 余人次. */
  DEPUTY_ATTENDANCE_AT_MEETINGS(COUNT, Unit.PERSON_TIMES, "代表列席常委会会议", "Deputy attendances at committee meetings",
      "日期在年内的常委会会议的列席人员中身份为代表（DEPUTY）的人数之和：一名代表列席两次会议计2人次（人数见DEPUTIES_ATTENDING_MEETINGS）。",
      "Over STANDING_COMMITTEE meetings dated in the year, the number of non-voting attendees in capacity DEPUTY:"
          + " a deputy at two meetings counts two person-times (persons: DEPUTIES_ATTENDING_MEETINGS).", true),
  /** 参加执法检查、视察、调研活动 x 余人次. */
  DEPUTY_OVERSIGHT_PARTICIPATION(COUNT, Unit.PERSON_TIMES, "代表参加执法检查、视察、调研", "Deputy participations in inspections, visits and surveys",
      "日期在年内、种类为执法检查、视察或专题调研的代表活动的参加代表人数之和（人次）。",
      "Over deputy activities dated in the year of kind LAW_ENFORCEMENT_INSPECTION, VISIT or SURVEY, the number of"
          + " participating deputies (person-times).", true),
  /** 人大代表回选区向选民述职 x 余人次. */
  DEPUTY_REPORTS_TO_VOTERS(COUNT, Unit.PERSON_TIMES, "代表向选民述职", "Deputy reports to voters",
      "日期在年内、种类为向选民述职（REPORT_TO_VOTERS）的代表活动的参加代表人数之和（人次）。",
      "Over deputy activities of kind REPORT_TO_VOTERS dated in the year, the participating deputies"
          + " (person-times).", true),
  /** 交办意见、建议 x 件. */
  SUGGESTIONS_ASSIGNED(COUNT, Unit.PIECES, "交办代表建议", "Suggestions assigned",
      "交办日期在年内、且未并入其他建议（mergedIntoId为空）的代表建议：并案办理的计为保留的那一件；联名建议计1件，不按联名人数计。",
      "Suggestions assigned in the year and not merged into another (merged suggestions count once, as the"
          + " surviving suggestion); a joint (联名) suggestion counts once, whatever the number of co-sponsors."),
  /** 重点督办 x 件. */
  KEY_SUGGESTIONS(COUNT, Unit.PIECES, "重点督办建议", "Suggestions under key supervision",
      "SUGGESTIONS_ASSIGNED中被选为重点督办的。", "Of SUGGESTIONS_ASSIGNED, those selected for key supervision."),
  /** 制定出台 x 项制度. */
  RULES_ADOPTED(COUNT, Unit.ITEMS, "制定出台制度", "Rules adopted",
      "种类为制度（RULE）、日期在年内的文件。", "Documents of kind RULE dated in the year."),
  /** 形成报告 x 余篇. */
  RESEARCH_REPORTS(COUNT, Unit.ARTICLES, "调研报告", "Research reports",
      "种类为调研报告（RESEARCH_REPORT）、日期在年内的文件。", "Documents of kind RESEARCH_REPORT dated in the year.", true),
  /** 刊载宣传稿件 x 余篇. */
  PUBLICITY_ARTICLES(COUNT, Unit.ARTICLES, "刊载宣传稿件", "Publicity articles",
      "种类为宣传稿件（PUBLICITY_ARTICLE）、日期在年内的文件，任何媒体级别。",
      "Documents of kind PUBLICITY_ARTICLE dated in the year, any media level.", true),
  /** 编发人大工作信息 x 余期. */
  WORK_BULLETIN_ISSUES(COUNT, Unit.ISSUES, "编发人大工作信息", "Work bulletin issues",
      "种类为人大工作信息（WORK_BULLETIN_ISSUE）、日期在年内的文件，每期计1期。",
      "Documents of kind WORK_BULLETIN_ISSUE dated in the year, one per issue.", true),
  /** 召开主任会议 x 次. */
  DIRECTORS_MEETINGS(COUNT, Unit.TIMES, "召开主任会议", "Directors' meetings held",
      "种类为主任会议（DIRECTORS）、开幕日期在年内的会议。", "Meetings of kind DIRECTORS whose date is in the year."),
  /** 审议意见 x 件. */
  DELIBERATION_OPINIONS(COUNT, Unit.PIECES, "交办审议意见", "Deliberation opinions sent",
      "送交日期（sentDate）在年内的审议意见，每件计1件。", "Deliberation opinions whose sent date is in the year, one each."),
  /** 听取审议计划、预算、决算和审计报告 x 项. */
  BUDGET_AND_AUDIT_REPORTS(REPORTS, Unit.ITEMS, "听取审议计划、预算、决算和审计报告", "Plan, budget and audit reports heard",
      "种类为计划执行、计划调整、预算执行、决算、预算调整、审计或审计整改的工作报告（任何报告机关），与WORK_REPORTS_HEARD同样按会议日期定年、按报告去重。",
      "Work reports of kind PLAN_EXECUTION, PLAN_ADJUSTMENT, BUDGET_EXECUTION, FINAL_ACCOUNTS, BUDGET_ADJUSTMENT,"
          + " AUDIT or AUDIT_RECTIFICATION (any organ), placed in the year and counted once as WORK_REPORTS_HEARD."),
  /** 视察 x 次. */
  VISITS(COUNT, Unit.TIMES, "视察", "Inspection visits",
      "种类为视察（VISIT）、开始日期在年内的监督活动。", "Oversight activities of kind VISIT that started in the year."),
  /** 专题调研 x 次. */
  SURVEYS(COUNT, Unit.TIMES, "专题调研", "Surveys",
      "种类为专题调研（SURVEY）、开始日期在年内的监督活动。", "Oversight activities of kind SURVEY that started in the year."),
  /** 考察学习 x 次. */
  STUDY_TOURS(COUNT, Unit.TIMES, "考察学习", "Study tours",
      "种类为考察学习（STUDY_TOUR）、开始日期在年内的监督活动。",
      "Oversight activities of kind STUDY_TOUR that started in the year."),
  /** 专题询问 x 次. */
  SPECIAL_INQUIRIES(COUNT, Unit.TIMES, "专题询问", "Special inquiries",
      "种类为专题询问（SPECIAL_INQUIRY）、开始日期在年内的监督活动。",
      "Oversight activities of kind SPECIAL_INQUIRY that started in the year."),
  /** 质询案 x 件. */
  INTERPELLATIONS(COUNT, Unit.PIECES, "质询案", "Interpellations",
      "提出日期在年内的质询案。", "Interpellations filed in the year."),
  /** 特定问题调查 x 项. */
  SPECIAL_INVESTIGATIONS(COUNT, Unit.ITEMS, "特定问题调查", "Special-question investigations",
      "决定日期在年内、决定成立调查委员会的特定问题调查。",
      "Special-question investigations decided in the year with the committee established."),
  /** 撤职案 x 件. */
  REMOVAL_MOTIONS(COUNT, Unit.PIECES, "撤职案", "Removal motions",
      "提出日期在年内的撤职案。", "Removal motions filed in the year."),
  /** 备案审查规范性文件 x 件. */
  FILING_REVIEWS(COUNT, Unit.PIECES, "备案审查规范性文件", "Normative documents filed for review",
      "报送备案（或收到审查建议）日期在年内的规范性文件。",
      "Normative documents filed (or review requests received) in the year."),
  /** 补选代表 x 人. */
  DEPUTIES_BY_ELECTED(DISTINCT, Unit.PERSONS, "补选代表", "Deputies by-elected",
      "本届区人大代表中补选产生、当选日期在年内的代表，按代表去重。",
      "District deputies of the term elected in a by-election dated in the year, distinct by deputy."),
  /** 代表资格终止 x 人. */
  DEPUTIES_TERMINATED(DISTINCT, Unit.PERSONS, "代表资格终止", "Deputies whose status ended",
      "本届区人大代表中资格终止日期在年内的代表，按代表去重。",
      "District deputies of the term whose status ended on a day in the year, distinct by deputy."),
  /** 举行宪法宣誓仪式 x 次. */
  OATH_CEREMONIES(COUNT, Unit.TIMES, "宪法宣誓仪式", "Oath ceremonies",
      "日期在年内的宣誓仪式。", "Oath ceremonies dated in the year."),
  /** 宣誓 x 人次. */
  OATH_TAKERS(COUNT, Unit.PERSON_TIMES, "宣誓人", "Oath takers",
      "日期在年内的宣誓仪式的宣誓人数之和：一人年内宣誓两次计2人次。",
      "Sum of the swearers of oath ceremonies dated in the year: a person sworn twice counts twice."),
  /** 选区选举 x 次. */
  ELECTIONS_HELD(COUNT, Unit.TIMES, "选区选举", "Constituency elections held",
      "选举日在年内的选区选举（换届、补选、另行选举等每轮计1次）。",
      "Constituency election rounds (general, by-election, runoff…) whose election day is in the year."),
  /** 选出代表 x 人. */
  DEPUTIES_ELECTED(COUNT, Unit.PERSONS, "选出代表", "Deputies elected",
      "选举日在年内的选区选举中结果为当选的人数之和。",
      "Sum of the candidates with result ELECTED over election rounds in the year."),
  /** 列席常委会会议的代表 x 人. */
  DEPUTIES_ATTENDING_MEETINGS(DISTINCT, Unit.PERSONS, "列席常委会会议的代表", "Deputies who attended committee meetings",
      "日期在年内的常委会会议列席代表，按代表去重：一名代表列席两次会议计1人。",
      "Distinct deputies among the non-voting attendees of STANDING_COMMITTEE meetings dated in the year: a deputy"
          + " at two meetings counts once."),
  /** 年内在任代表 x 人. */
  DEPUTIES_SERVING(DISTINCT, Unit.PERSONS, "年内在任区人大代表", "District deputies serving in the year",
      "届次为本届、级别为区（县）的人大代表中，年内至少一天在任（当选至资格终止前）的，按代表去重。",
      "District-level deputies of the term in office on at least one day of the year, distinct by deputy."),
  /** 年内参加活动的在任代表 x 人. */
  DEPUTIES_PARTICIPATING(DISTINCT, Unit.PERSONS, "年内履职的在任代表", "Serving deputies who took part",
      "DEPUTIES_SERVING中年内至少有一次履职的代表：参加日期在年内的代表活动（任何种类），或列席年内常委会会议，或参加年内开始的执法检查、监督活动。",
      "Of DEPUTIES_SERVING, those with at least one participation in the year: a deputy activity of any kind dated in"
          + " the year, non-voting attendance at a committee meeting of the year, or an inspection or oversight"
          + " activity started in the year."),
  /** 代表参与率. */
  DEPUTY_PARTICIPATION_RATE(RATE, Unit.PERCENT, "代表参与率", "Deputy participation rate",
      "分子：DEPUTIES_PARTICIPATING；分母：DEPUTIES_SERVING；按人计，不按人次；精确分数，四舍五入到0.1%显示。",
      "Numerator: DEPUTIES_PARTICIPATING; denominator: DEPUTIES_SERVING; persons, not person-times; an exact"
          + " fraction shown rounded half-up to 0.1%.", 1, RoundingMode.HALF_UP),
  /** 已答复建议 x 件. */
  SUGGESTIONS_ANSWERED(COUNT, Unit.PIECES, "已答复建议", "Suggestions answered",
      "SUGGESTIONS_ASSIGNED中至少有一份书面答复的。", "Of SUGGESTIONS_ASSIGNED, those with at least one written answer."),
  /** 已办结建议 x 件. */
  SUGGESTIONS_CLOSED(COUNT, Unit.PIECES, "已办结建议", "Suggestions closed",
      "SUGGESTIONS_ASSIGNED中有办结日期的。", "Of SUGGESTIONS_ASSIGNED, those with a closed date."),
  /** 收到代表意见 x 件. */
  SUGGESTION_FEEDBACK_RECEIVED(COUNT, Unit.PIECES, "收到代表反馈意见", "Suggestions with deputies' feedback",
      "SUGGESTIONS_ASSIGNED中收到代表反馈意见的，每件以最后一次反馈为准、计1件（重新办理前的反馈不另计）。",
      "Of SUGGESTIONS_ASSIGNED, those with deputies' feedback, one each by the latest feedback (feedback before"
          + " re-handling does not count again)."),
  /** 代表满意、基本满意 x 件. */
  SUGGESTION_FEEDBACK_SATISFIED(COUNT, Unit.PIECES, "代表满意、基本满意", "Suggestions with satisfied feedback",
      "SUGGESTION_FEEDBACK_RECEIVED中最后一次反馈为满意或基本满意的。",
      "Of SUGGESTION_FEEDBACK_RECEIVED, those whose latest feedback is SATISFIED or BASICALLY_SATISFIED."),
  /** 办复率. */
  SUGGESTION_ANSWER_RATE(RATE, Unit.PERCENT, "办复率", "Answer rate",
      "分子：SUGGESTIONS_ANSWERED；分母：SUGGESTIONS_ASSIGNED；精确分数，四舍五入到0.1%显示。",
      "Numerator: SUGGESTIONS_ANSWERED; denominator: SUGGESTIONS_ASSIGNED; an exact fraction shown rounded half-up to"
          + " 0.1%.", 1, RoundingMode.HALF_UP),
  /** 办结率. */
  SUGGESTION_CLOSURE_RATE(RATE, Unit.PERCENT, "办结率", "Closure rate",
      "分子：SUGGESTIONS_CLOSED；分母：SUGGESTIONS_ASSIGNED；精确分数，四舍五入到0.1%显示。",
      "Numerator: SUGGESTIONS_CLOSED; denominator: SUGGESTIONS_ASSIGNED; an exact fraction shown rounded half-up to"
          + " 0.1%.", 1, RoundingMode.HALF_UP),
  /** 满意率. */
  SUGGESTION_SATISFACTION_RATE(RATE, Unit.PERCENT, "满意率", "Satisfaction rate",
      "分子：SUGGESTION_FEEDBACK_SATISFIED（满意+基本满意）；分母：SUGGESTION_FEEDBACK_RECEIVED；精确分数，四舍五入到0.1%显示。",
      "Numerator: SUGGESTION_FEEDBACK_SATISFIED (satisfied + basically satisfied); denominator:"
          + " SUGGESTION_FEEDBACK_RECEIVED; an exact fraction shown rounded half-up to 0.1%.", 1, RoundingMode.HALF_UP);

  private final Measure measure;
  private final Unit unit;
  private final String label;
  private final String englishLabel;
  private final String definition;
  private final String englishDefinition;
  private final boolean approximateInSeed;
  private final int percentScale;
  private final RoundingMode percentRounding;

  Metric(Measure measure, Unit unit, String label, String englishLabel, String definition,
      String englishDefinition) {
    this(measure, unit, label, englishLabel, definition, englishDefinition, false, 0, RoundingMode.UNNECESSARY);
  }

  Metric(Measure measure, Unit unit, String label, String englishLabel, String definition,
      String englishDefinition, boolean approximateInSeed) {
    this(measure, unit, label, englishLabel, definition, englishDefinition, approximateInSeed, 0,
        RoundingMode.UNNECESSARY);
  }

  Metric(Measure measure, Unit unit, String label, String englishLabel, String definition,
      String englishDefinition, int percentScale, RoundingMode percentRounding) {
    this(measure, unit, label, englishLabel, definition, englishDefinition, false, percentScale, percentRounding);
  }

  Metric(Measure measure, Unit unit, String label, String englishLabel, String definition,
      String englishDefinition, boolean approximateInSeed, int percentScale, RoundingMode percentRounding) {
    this.measure = measure;
    this.unit = unit;
    this.label = label;
    this.englishLabel = englishLabel;
    this.definition = definition;
    this.englishDefinition = englishDefinition;
    this.approximateInSeed = approximateInSeed;
    this.percentScale = percentScale;
    this.percentRounding = percentRounding;
  }

  /**
   * Returns the stable id, the constant's name, such as {@code "SC_MEETINGS"}.
   *
   * @return the id, not null
   */
  public String getId() {
    return name();
  }

  /**
   * Returns how the metric is accumulated and merged.
   *
   * @return the measure, not null
   */
  public Measure getMeasure() {
    return measure;
  }

  /**
   * Returns the unit the metric is shown in.
   *
   * @return the unit, not null
   */
  public Unit getUnit() {
    return unit;
  }

  /**
   * Returns the Chinese label, as the report words it.
   *
   * @return the label, such as {@code "召开常委会会议"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the English label.
   *
   * @return the label, such as {@code "Standing committee meetings held"}, not null
   */
  public String getEnglishLabel() {
    return englishLabel;
  }

  /**
   * Returns the Chinese definition, which settles the hard cases.
   *
   * @return the definition, not null
   */
  public String getDefinition() {
    return definition;
  }

  /**
   * Returns the English definition.
   *
   * @return the definition, not null
   */
  public String getEnglishDefinition() {
    return englishDefinition;
  }

  /**
   * Returns whether the seed report writes this metric as an approximate "x余" figure, where the renderer's
   * rounding option applies.
   *
   * @return true where the seed writes "x余"
   */
  public boolean approximateInSeed() {
    return approximateInSeed;
  }

  /**
   * Returns the label in a language.
   *
   * @param language  the language, not null
   * @return the label, not null
   */
  public String label(Language language) {
    return language == Language.ZH ? label : englishLabel;
  }

  /**
   * Returns the definition in a language.
   *
   * @param language  the language, not null
   * @return the definition, not null
   */
  public String definition(Language language) {
    return language == Language.ZH ? definition : englishDefinition;
  }

  /**
   * Returns, for a rate, the number of decimals of the percentage shown (0 for 民生投入占比, shown as "x%以上";
   * 1 for the suggestion and participation rates).
   *
   * @return the scale, not negative
   * @throws IllegalStateException if this metric is not a rate
   */
  public int percentScale() {
    requireRate();
    return percentScale;
  }

  /**
   * Returns, for a rate, how the percentage shown is rounded: down for 民生投入占比, half-up otherwise.
   *
   * @return the rounding, not null
   * @throws IllegalStateException if this metric is not a rate
   */
  public RoundingMode percentRounding() {
    requireRate();
    return percentRounding;
  }

  /**
   * Returns, for a rate derived from two count metrics, its numerator metric.
   *
   * @return the numerator, empty for other metrics and for {@link #LIVELIHOOD_SHARE}
   */
  public Optional<Metric> numerator() {
    switch (this) {
      case DEPUTY_PARTICIPATION_RATE: return Optional.of(DEPUTIES_PARTICIPATING);
      case SUGGESTION_ANSWER_RATE: return Optional.of(SUGGESTIONS_ANSWERED);
      case SUGGESTION_CLOSURE_RATE: return Optional.of(SUGGESTIONS_CLOSED);
      case SUGGESTION_SATISFACTION_RATE: return Optional.of(SUGGESTION_FEEDBACK_SATISFIED);
      default: return Optional.empty();
    }
  }

  /**
   * Returns, for a rate derived from two count metrics, its denominator metric.
   *
   * @return the denominator, empty for other metrics and for {@link #LIVELIHOOD_SHARE}
   */
  public Optional<Metric> denominator() {
    switch (this) {
      case DEPUTY_PARTICIPATION_RATE: return Optional.of(DEPUTIES_SERVING);
      case SUGGESTION_ANSWER_RATE: return Optional.of(SUGGESTIONS_ASSIGNED);
      case SUGGESTION_CLOSURE_RATE: return Optional.of(SUGGESTIONS_ASSIGNED);
      case SUGGESTION_SATISFACTION_RATE: return Optional.of(SUGGESTION_FEEDBACK_RECEIVED);
      default: return Optional.empty();
    }
  }

  /**
   * Finds a metric by its id, ignoring case.
   *
   * @param id  the id, such as {@code "SC_MEETINGS"}, not null
   * @return the metric, not null
   * @throws IllegalArgumentException if no metric has that id
   */
  public static Metric ofId(String id) {
    String wanted = id.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(metric -> metric.name().equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No metric with id '" + id + "'; ids are "
            + Arrays.toString(values())));
  }

  private void requireRate() {
    if (measure != RATE) {
      throw new IllegalStateException("Metric " + name() + " is a " + measure + ", not a rate");
    }
  }
}
