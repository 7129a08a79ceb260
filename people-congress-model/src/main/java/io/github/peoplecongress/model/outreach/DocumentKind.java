package io.github.peoplecongress.model.outreach;

/**
 * The kind of a document the committee produces, as work reports count them.
 */
public enum DocumentKind {
  /** 制度: a rule the committee or its office adopted (制定出台的制度), counted in 项. */
  RULE("制度"),
  /** 调研报告: a research report, counted in 篇. */
  RESEARCH_REPORT("调研报告"),
  /** 宣传稿件: a publicity article published by a media outlet, counted in 篇. */
  PUBLICITY_ARTICLE("宣传稿件"),
  /** 人大工作信息: one issue of the internal bulletin, counted in 期. */
  WORK_BULLETIN_ISSUE("人大工作信息"),
  /** 其他. */
  OTHER("其他");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "调研报告"}, not null
   */
  public String getLabel() {
    return label;
  }
}
