package io.github.peoplecongress.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.reporting.Fixtures;
import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.metric.Metric;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkReportRendererTest {

  private static final YearlyStatistics STATS = YearlyStatistics.of(Fixtures.year2019());

  @Test
  void fills_every_x_of_the_seed_in_seed_order() {
    List<String> sentences = WorkReportRenderer.sentences(STATS, RenderOptions.defaults());
    assertThat(sentences).hasSize(17);
    assertThat(sentences.get(0)).isEqualTo("我受区十六届人大常委会的委托，向大会作常委会工作报告，请予审议。");
    assertThat(sentences.get(1)).isEqualTo("一年来，共召开常委会会议2次，听取和审议“一府两院”专项工作报告3项，对3部法律法规实施情况开展了执法检查，"
        + "作出决议、决定2项，任免国家机关工作人员2人次，任免人民陪审员3人次，充分发挥了地方国家权力机关的职能作用，"
        + "为促进X区经济社会转型升级、跨越发展做出了积极贡献。");
    assertThat(sentences.get(2)).endsWith("投入占财政支出的76%以上。");
    assertThat(sentences.get(3)).isEqualTo("其中投资2.3亿元新建、改扩建了3所小学；投资0万元，新建了0个社区老人日间照料中心；"
        + "投资3246万元改造提升了15个老旧小区；投资650万元，在全市率先建设了6处小游园。");
    assertThat(sentences.get(5)).isEqualTo("一年来，先后组织对《安全生产法》、《道路交通安全法》、《物业管理条例》等3部法律、法规和条例的"
        + "贯彻实施情况进行了执法检查。");
    assertThat(sentences.get(7)).isEqualTo("共受理群众来信2件，接待来访6人次，办理上级人大常委会转办、交办的信访件2件。");
    assertThat(sentences.get(8)).startsWith("2019年，常委会").endsWith("先后对2个委(局)进行了工作评议。");
    assertThat(sentences.get(11)).contains("共组织人大代表列席常委会会议3人次；参加执法检查、视察、调研活动5人次；人大代表回选区向选民述职2人次；");
    assertThat(sentences.get(12)).startsWith("常委会共交办意见、建议3件，重点督办1件，");
    assertThat(sentences.get(16)).isEqualTo("在这里，我代表区十六届人大常委会向大家表示衷心的感谢和崇高的敬意。");
    assertThat(String.join("", sentences)).doesNotContain("x");
  }

  @Test
  void names_laws_in_the_order_they_were_inspected_also_after_merging_parts() {
    // I-1 (1 April) inspected 安全生产法 and 道路交通安全法, I-2 (1 September) 物业管理条例; Unicode order would put
    // 物业管理条例 second. Split so that the later inspection is in the first part: the merge keeps the order.
    CommitteeRecords year = Fixtures.year2019();
    var late = year.getInspections().stream().filter(i -> i.getId().getValue().equals("I-2")).toList();
    var rest = year.getInspections().stream().filter(i -> !i.getId().getValue().equals("I-2")).toList();
    YearlyStatistics merged = YearlyStatistics.of(ImmutableCommitteeRecords.copyOf(year).withInspections(late))
        .merge(YearlyStatistics.of(ImmutableCommitteeRecords.copyOf(year).withInspections(rest)));
    String expected = "一年来，先后组织对《安全生产法》、《道路交通安全法》、《物业管理条例》等3部法律、法规和条例的贯彻实施情况进行了执法检查。";
    assertThat(WorkReportRenderer.sentences(merged, RenderOptions.defaults()).get(5)).isEqualTo(expected);
    assertThat(merged.firstDate(Metric.LAWS_INSPECTED, "610103/安全生产法")).contains(LocalDate.of(2019, 4, 1));
    assertThat(WorkReportRenderer.sentences(merged, RenderOptions.builder().language(Language.EN).build()).get(5))
        .endsWith("including 安全生产法, 道路交通安全法, 物业管理条例.");
  }

  @Test
  void rounds_only_the_seeds_x_yu_figures_when_asked() {
    RenderOptions approximate = RenderOptions.builder().approximate(true).build();
    List<String> sentences = WorkReportRenderer.sentences(STATS, approximate);
    // money keeps two significant digits by default (3246万元 → 3200余万元); counts keep one (ApproximationTest)
    assertThat(sentences.get(3)).contains("投资3200余万元改造提升了15个老旧小区").contains("投资650万元");
    assertThat(sentences.get(1)).contains("共召开常委会会议2次");
    RenderOptions oneDigitMoney = RenderOptions.builder().approximate(true).moneySignificantDigits(1).build();
    assertThat(WorkReportRenderer.sentences(STATS, oneDigitMoney).get(3)).contains("投资3000余万元");
    RenderOptions english = RenderOptions.builder().language(Language.EN).approximate(true).build();
    assertThat(WorkReportRenderer.sentences(STATS, english).get(3)).contains("more than 32 million yuan");
  }

  @Test
  void renders_english() {
    RenderOptions english = RenderOptions.builder().language(Language.EN).build();
    List<String> sentences = WorkReportRenderer.sentences(STATS, english);
    assertThat(sentences.get(0)).contains("16th District People's Congress");
    assertThat(sentences.get(1)).isEqualTo("Over the year, the committee held 2 meetings, heard and deliberated 3"
        + " special work reports of the government, the court and the procuratorate, inspected the enforcement of 3"
        + " laws and regulations, adopted 2 resolutions and decisions, and made 2 appointments and removals of state"
        + " functionaries and 3 appointments and removals of people's assessors.");
    assertThat(sentences.get(2)).isEqualTo("Over the year, the district government spent at least 76% of its fiscal"
        + " expenditure on people's livelihood: infrastructure, education, community health care and care for the"
        + " elderly.");
    assertThat(sentences.get(4)).isEqualTo("The director and deputy directors served as commanders of 1 project and"
        + " as chief service officers of 1 enterprise or institute.");
    assertThat(sentences.get(7)).isEqualTo("It received 2 letters and 6 visitors, and handled 2 petitions forwarded"
        + " or assigned by higher-level standing committees.");
    assertThat(sentences.get(11)).isEqualTo("Deputies attended committee meetings 3 times, took part in"
        + " law-enforcement inspections, visits and surveys 5 times, and reported back to the voters of their"
        + " constituencies 2 times.");
    assertThat(sentences.get(14)).isEqualTo("Study tours, visits and surveys produced 1 research report.");
    assertThat(String.join(" ", sentences)).doesNotContain("person-times").doesNotContain(" 1 meetings");
    assertThat(sentences.get(3)).startsWith("Of this, 230 million yuan went to building or extending 3 primary"
        + " schools; 0 million yuan to building 0 community day-care centres for the elderly;")
        .contains("32.46 million yuan to renovating 15 old residential communities");
  }
}
