package io.github.peoplecongress.model.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute as personal data (个人信息), such as an identity number or a phone number: wherever the library
 * reports a value of it — problem messages, {@code Problem.getFound()}, exceptions — the value is masked the way the
 * record's {@code toString()} masks it, and never shown in part beyond what the mask keeps.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {

  /**
   * Returns how a value is masked.
   *
   * @return the mask, by default the whole value
   */
  Mask value() default Mask.WHOLE;

  /** How personal data is shown in messages. */
  enum Mask {
    /** The first six and last four characters kept, as {@code ResidentIdNumber#masked()}: {@code 110105********1239}. */
    ID_NUMBER(6, 4),
    /** The first three and last four characters kept, as {@code Person#maskPhone}: {@code 138****5678}. */
    PHONE(3, 4),
    /** Nothing kept: every character a {@code *}. */
    WHOLE(0, 0);

    private final int head;
    private final int tail;

    Mask(int head, int tail) {
      this.head = head;
      this.tail = tail;
    }

    /**
     * Masks a value. A value too short to keep its head and tail and still hide at least four characters is masked
     * whole, so that a short fragment of a number is never shown.
     *
     * @param text  the value as found, not null
     * @return the masked text, as long as the value, not null
     */
    public String mask(String text) {
      if (text.length() < head + tail + 4) {
        return "*".repeat(text.length());
      }
      return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail);
    }
  }
}
