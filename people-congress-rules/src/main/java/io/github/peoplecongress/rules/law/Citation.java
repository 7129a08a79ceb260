package io.github.peoplecongress.rules.law;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citation of one provision, such as 宪法宣誓制度的决定（2018）第八条第二款, with the quoted text.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation {

  /** @return the law version, not null */
  public abstract LawVersion getLaw();

  /** @return the article (条) or numbered clause, positive */
  public abstract int getArticle();

  /** @return the paragraph (款), if cited */
  public abstract Optional<Integer> getParagraph();

  /** @return the item (项), if cited */
  public abstract Optional<Integer> getItem();

  /** @return the quoted text in Chinese, with full-width punctuation as published, not null */
  public abstract String getQuote();

  /**
   * Creates a citation.
   *
   * @param law  the law version, not null
   * @param article  the article, positive
   * @param quote  the quoted text, not null
   * @return the citation, not null
   */
  public static Citation of(LawVersion law, int article, String quote) {
    return ImmutableCitation.builder().law(law).article(article).quote(quote).build();
  }

  /**
   * Creates a citation of a paragraph.
   *
   * @param law  the law version, not null
   * @param article  the article, positive
   * @param paragraph  the paragraph, positive
   * @param quote  the quoted text, not null
   * @return the citation, not null
   */
  public static Citation of(LawVersion law, int article, int paragraph, String quote) {
    return ImmutableCitation.builder().law(law).article(article).paragraph(paragraph).quote(quote).build();
  }

  /**
   * Returns the reference in Chinese, such as {@code "宪法宣誓制度的决定（2018）第八条第二款"}.
   *
   * @return the reference, not null
   */
  public String referenceZh() {
    return getLaw().getShortTitleZh() + "（" + getLaw().getRevision() + "）第" + ChineseNumerals.of(getArticle()) + "条"
        + getParagraph().map(p -> "第" + ChineseNumerals.of(p) + "款").orElse("")
        + getItem().map(i -> "第" + ChineseNumerals.of(i) + "项").orElse("");
  }

  /**
   * Returns the reference in English, such as {@code "NPCSC Decision on the Constitutional Oath (2018) Art. 8(2)"}.
   *
   * @return the reference, not null
   */
  public String referenceEn() {
    return getLaw().getTitleEn() + " (" + getLaw().getRevision() + ") Art. " + getArticle()
        + getParagraph().map(p -> "(" + p + ")").orElse("") + getItem().map(i -> " item " + i).orElse("");
  }

  @Override
  public String toString() {
    return referenceZh();
  }
}
