package io.github.peoplecongress.model.code.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CodeConstraintsTest {
  private static final ValidatorFactory CHINESE = Validation.byProvider(HibernateValidator.class).configure()
      .defaultLocale(Locale.SIMPLIFIED_CHINESE).buildValidatorFactory();
  private static final ValidatorFactory ENGLISH = Validation.byProvider(HibernateValidator.class).configure()
      .defaultLocale(Locale.ENGLISH).buildValidatorFactory();
  private static final ValidatorFactory ROOT = Validation.byProvider(HibernateValidator.class).configure()
      .defaultLocale(Locale.ROOT).buildValidatorFactory();

  /** A host's own form with its own String fields. */
  static final class Registration {
    @ValidResidentIdNumber
    final String idNumber;
    @ValidUnifiedSocialCreditCode
    final String creditCode;
    @ValidDivisionCode
    final String divisionCode;

    Registration(String idNumber, String creditCode, String divisionCode) {
      this.idNumber = idNumber;
      this.creditCode = creditCode;
      this.divisionCode = divisionCode;
    }
  }

  /** A host's form whose message shows the reason. */
  static final class Explained {
    @ValidResidentIdNumber(message = "invalid: {reason}")
    final String idNumber;

    Explained(String idNumber) {
      this.idNumber = idNumber;
    }
  }

  @AfterAll
  static void close() {
    CHINESE.close();
    ENGLISH.close();
    ROOT.close();
  }

  private static List<ConstraintViolation<Object>> violations(ValidatorFactory factory, Object bean) {
    Validator validator = factory.getValidator();
    return validator.validate(bean).stream()
        .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
        .toList();
  }

  @Test
  void accepts_valid_codes_and_null() {
    assertThat(violations(ENGLISH, new Registration("11010519491231002X", "91350100M000100Y43", "110105"))).isEmpty();
    assertThat(violations(ENGLISH, new Registration(null, null, null))).isEmpty();
  }

  @Test
  void reports_invalid_codes_in_chinese_for_a_chinese_validator() {
    List<ConstraintViolation<Object>> violations =
        violations(CHINESE, new Registration("11010519491231002x", "91350100M000100Y44", "990000"));

    assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
        .containsExactly("creditCode", "divisionCode", "idNumber");
    assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly(
        "不是有效的统一社会信用代码（GB 32100-2015）",
        "不是有效的行政区划代码（GB/T 2260）",
        "不是有效的居民身份证号码（GB 11643-1999）");
  }

  @Test
  void reports_invalid_codes_in_english_for_an_english_validator() {
    List<ConstraintViolation<Object>> violations =
        violations(ENGLISH, new Registration("11010519491231002x", "91350100M000100Y44", "990000"));

    assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
        .containsExactly("creditCode", "divisionCode", "idNumber");
    assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly(
        "is not a valid unified social credit code (GB 32100-2015)",
        "is not a valid administrative division code (GB/T 2260)",
        "is not a valid resident identity card number (GB 11643-1999)");
  }

  @Test
  void falls_back_to_the_english_root_bundle() {
    List<ConstraintViolation<Object>> violations = violations(ROOT, new Registration(null, null, "11000A"));

    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.getPropertyPath()).hasToString("divisionCode");
      assertThat(violation.getMessage()).isEqualTo("is not a valid administrative division code (GB/T 2260)");
    });
  }

  @Test
  void offers_the_reason_to_a_hosts_message() {
    List<ConstraintViolation<Object>> violations = violations(ENGLISH, new Explained("440304199001011237"));

    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.getPropertyPath()).hasToString("idNumber");
      assertThat(violation.getMessage()).isEqualTo("invalid: check character does not match the first 17 characters (GB 11643 MOD 11-2)");
    });
  }
}
