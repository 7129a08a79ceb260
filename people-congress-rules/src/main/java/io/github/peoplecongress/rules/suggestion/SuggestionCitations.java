package io.github.peoplecongress.rules.suggestion;

import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;

/** The provisions the suggestion family cites. */
final class SuggestionCitations {
  private SuggestionCitations() {}

  static final Citation ANSWER_2015 = Citation.of(Laws.DEPUTIES_LAW_2015, 42, 1,
      "有关机关、组织应当认真研究办理代表建议、批评和意见，并自交办之日起三个月内答复。涉及面广、处理难度大的建议、批评和意见，"
          + "应当自交办之日起六个月内答复。");

  static final Citation ANSWER_2025 = Citation.of(Laws.DEPUTIES_LAW_2025, 51, 2,
      "有关机关、组织应当认真研究办理代表建议、批评和意见，与代表联系沟通，充分听取意见，并自交办之日起三个月内答复。涉及面广、"
          + "处理难度大的建议、批评和意见，应当自交办之日起六个月内答复。");

  static final Citation QINGDAO_ASSIGN = Citation.of(Laws.QINGDAO_SUGGESTIONS_2021, 14,
      "代表在市人民代表大会会议期间提出的建议、批评和意见，由市人民代表大会会议秘书处负责受理和交办；代表在闭会期间提出的，"
          + "由市人民代表大会常务委员会代表工作机构负责受理，并自收到之日起五个工作日内交办。");

  static final Citation QINGDAO_REMIT = Citation.of(Laws.QINGDAO_SUGGESTIONS_2021, 19, 1,
      "承办单位认为代表建议、批评和意见不属于本单位办理范围的，应当自收到之日起五个工作日内，向市人民代表大会常务委员会代表工作机构"
          + "书面说明情况和理由。");

  static final Citation QINGDAO_EXTENSION = Citation.of(Laws.QINGDAO_SUGGESTIONS_2021, 25,
      "承办单位应当自代表建议、批评和意见交办之日起三个月内答复代表；涉及面广、办理难度大需要延长答复期限的，经市人民代表大会常务委员会"
          + "代表工作机构同意，承办单位可以延期答复，但自交办之日起最长不得超过六个月，并及时向代表说明情况。");

  static final Citation QINGDAO_REVIEW = Citation.of(Laws.QINGDAO_SUGGESTIONS_2021, 31, 1,
      "代表建议、批评和意见答复结束后，市人民代表大会常务委员会组织代表进行测评，必要时邀请第三方专家进行评估，并可以根据测评、"
          + "评估情况将代表建议、批评和意见交承办单位重新办理。");
}
