package io.github.peoplecongress.model.supervision;

/**
 * What started the review of a normative document.
 */
public enum ReviewTrigger {
  /** Review of a filed document on the committee's own initiative (主动审查). */
  ACTIVE("主动审查"),
  /** Review at the request of an organ, organisation or citizen (依申请审查). */
  REQUEST("依申请审查"),
  /** Special review of a group of documents (专项审查). */
  SPECIAL("专项审查");

  private final String label;

  ReviewTrigger(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "依申请审查"}, not null
   */
  public String getLabel() {
    return label;
  }
}
