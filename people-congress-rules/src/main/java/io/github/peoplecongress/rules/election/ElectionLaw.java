package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.ImmutableCitation;
import io.github.peoplecongress.rules.law.LawVersion;
import io.github.peoplecongress.rules.law.Laws;
import java.util.ArrayList;
import java.util.List;

/**
 * The provisions of 选举法 the election rules cite, quoted from statutes.md §5 (2020 text, VERIFIED-REPO). Each is
 * cited under {@link Laws#ELECTION_LAW_2015} and {@link Laws#ELECTION_LAW_2020} with the same number and text: the
 * 2015 numbering and wording are UNVERIFIED and assumed equal to 2020.
 */
final class ElectionLaw {
  private ElectionLaw() {}

  static final String ART_12_1_3 = "不设区的市、市辖区、县、自治县的代表名额基数为一百四十名，每五千人可以增加一名代表；"
      + "人口超过一百五十五万的，代表总名额不得超过四百五十名；人口不足五万的，代表总名额可以少于一百四十名；";
  static final String ART_25_2 = "选区的大小，按照每一选区选一名至三名代表划分。";
  static final String ART_28 = "选民名单应在选举日的二十日以前公布，实行凭选民证参加投票选举的，并应当发给选民证。";
  static final String ART_29 = "……可以在选民名单公布之日起五日内向选举委员会提出申诉。选举委员会对申诉意见，应在三日内作出处理决定。……";
  static final String ART_30_2 = "……选民或者代表，十人以上联名，也可以推荐代表候选人。……";
  static final String ART_31_2 = "由选民直接选举人民代表大会代表的，代表候选人的人数应多于应选代表名额三分之一至一倍；……";
  static final String ART_32_1_PRELIMINARY = "……选举委员会汇总后，将代表候选人名单及代表候选人的基本情况在选举日的十五日以前公布……";
  static final String ART_32_1_FORMAL = "正式代表候选人名单及代表候选人的基本情况应当在选举日的七日以前公布。";
  static final String ART_42 = "每一选民接受的委托不得超过三人";
  static final String ART_44 = "每次选举所投的票数，多于投票人数的无效，等于或者少于投票人数的有效。";
  static final String ART_45_1_VALID = "在选民直接选举人民代表大会代表时，选区全体选民的过半数参加投票，选举有效。";
  static final String ART_45_1_ELECTED = "代表候选人获得参加投票的选民过半数的选票时，始得当选。";
  /**
   * 第四十五条第三款, quoted from memory of the 2020 text: statutes.md §5.4 only paraphrases it (UNVERIFIED wording).
   */
  static final String ART_45_3 = "获得过半数选票的代表候选人的人数超过应选代表名额时，以得票多的当选。如遇票数相等不能确定当选人时，"
      + "应当就票数相等的候选人再次投票，以得票多的当选。";
  static final String ART_45_4 = "获得过半数选票的当选代表的人数少于应选代表的名额时，不足的名额另行选举。另行选举时，根据在第一次投票时得票多少的"
      + "顺序，按照本法第三十一条规定的差额比例，确定候选人名单。如果只选一人，候选人应为二人。";
  static final String ART_45_5 = "依照前款规定另行选举县级和乡级的人民代表大会代表时，代表候选人以得票多的当选，但是得票数不得少于选票的三分之一；……";

  /** The two law versions, in the order they took effect. */
  static final List<LawVersion> LAWS = List.of(Laws.ELECTION_LAW_2015, Laws.ELECTION_LAW_2020);

  static Citation cite(LawVersion law, int article, Integer paragraph, Integer item, String quote) {
    ImmutableCitation.Builder builder = ImmutableCitation.builder().law(law).article(article).quote(quote);
    if (paragraph != null) {
      builder.paragraph(paragraph);
    }
    if (item != null) {
      builder.item(item);
    }
    return builder.build();
  }

  /** The versions of one provision: the same article under the 2015 and the 2020 law. */
  static List<RuleVersion> versions(int article, Integer paragraph, Integer item, String quote) {
    List<RuleVersion> versions = new ArrayList<>();
    for (LawVersion law : LAWS) {
      versions.add(RuleVersion.of(cite(law, article, paragraph, item, quote)));
    }
    return versions;
  }
}
