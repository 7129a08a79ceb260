package io.github.peoplecongress.model.person;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.code.EducationLevel;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.code.PoliticalStatus;
import io.github.peoplecongress.model.code.ResidentIdNumber;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.validation.NotBlankWhenPresent;
import io.github.peoplecongress.model.validation.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person (人员) named in the committee's records, with the basic personal information that appointment forms,
 * deputy lists and assessor lists carry: name, sex, ethnic group, birth date, political affiliation, education,
 * identity number, phone and employer and position (工作单位及职务). Records refer to a person by {@link PersonId}.
 *
 * <p>Structural checks: when both an identity number and a birth date are given they must agree, and a recorded
 * {@link Gender#MALE} or {@link Gender#FEMALE} must agree with the identity number's sex digit
 * ({@link Gender#NOT_KNOWN} and {@link Gender#NOT_STATED} record that the sex was not given and are accepted with any
 * number). Eligibility rules (age, education for people's assessors) are the rules module's.
 *
 * <p>Personal data: {@link #toString()} masks the identity number ({@code 110105********002X}) and the phone
 * number ({@code 138****5678}); JSON carries both in full.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person implements Identified<PersonId> {

  /**
   * The phone numbers accepted: a mainland mobile number of 11 digits starting with {@code 1} (optionally after
   * {@code +86}), or a landline with its area code ({@code 0591-87654321}, {@code 01012345678}) and an optional
   * extension ({@code -123}).
   */
  public static final String PHONE_PATTERN = "(\\+86)?1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7}(-[0-9]{1,6})?";

  /** @return the id, not null */
  @Override
  public abstract PersonId getId();

  /** @return the name (姓名) as on the identity card, 1 to 50 characters, not blank */
  @NotBlank
  @Size(max = 50)
  public abstract String getName();

  /** @return the sex (性别, GB/T 2261.1), not null */
  public abstract Gender getGender();

  /** @return the ethnic group (民族, GB/T 3304), not null */
  public abstract Ethnicity getEthnicity();

  /** @return the birth date (出生日期) */
  public abstract Optional<LocalDate> getBirthDate();

  /** @return the political affiliation (政治面貌, GB/T 4762) */
  public abstract Optional<PoliticalStatus> getPoliticalStatus();

  /** @return the education (学历, GB/T 4658 category) */
  public abstract Optional<EducationLevel> getEducationLevel();

  /** @return the resident identity card number (居民身份证号码, GB 11643); personal data */
  @PersonalData(PersonalData.Mask.ID_NUMBER)
  public abstract Optional<ResidentIdNumber> getIdNumber();

  /** @return the phone number (联系电话), see {@link #PHONE_PATTERN}; personal data */
  @PersonalData(PersonalData.Mask.PHONE)
  public abstract Optional<@Pattern(regexp = PHONE_PATTERN,
      message = "{io.github.peoplecongress.model.person.Person.phone.message}") String> getPhone();

  /** @return the employer and position (工作单位及职务), such as {@code "XX区教育局局长"}, up to 200 characters */
  public abstract Optional<@NotBlankWhenPresent @Size(max = 200) String> getEmployerAndPosition();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  /**
   * Returns the ids this record refers to: none, a person refers to no other record.
   *
   * @return an empty list
   */
  @Override
  public List<Reference> references() {
    return List.of();
  }

  @Value.Check
  protected void check() {
    if (getIdNumber().isEmpty()) {
      return;
    }
    ResidentIdNumber idNumber = getIdNumber().get();
    String record = "Person " + getId();
    getBirthDate().ifPresent(birthDate -> Checks.require(birthDate.equals(idNumber.getBirthDate()), record,
        "birthDate " + birthDate + " does not agree with the birth date " + idNumber.getBirthDate()
            + " in idNumber " + idNumber));
    Gender gender = getGender();
    if (gender == Gender.MALE || gender == Gender.FEMALE) {
      Checks.require(gender == idNumber.getGender(), record, "gender " + gender + " does not agree with idNumber "
          + idNumber + ", whose sex digit is " + (idNumber.getGender() == Gender.MALE ? "odd (MALE)" : "even (FEMALE)"));
    }
  }

  /**
   * Masks a phone number for display: the first three and the last four characters kept, those between replaced by
   * {@code *} ({@code 13812345678} becomes {@code 138****5678}); a number of seven characters or fewer is masked
   * whole.
   *
   * @param phone  the phone number, not null
   * @return the masked number, not null
   */
  public static String maskPhone(String phone) {
    if (phone.length() <= 7) {
      return "*".repeat(phone.length());
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  /**
   * Returns a description with the identity number and the phone number masked: safe for logs.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Person{id=").append(getId())
        .append(", name=").append(getName())
        .append(", gender=").append(getGender())
        .append(", ethnicity=").append(getEthnicity());
    getBirthDate().ifPresent(value -> text.append(", birthDate=").append(value));
    getPoliticalStatus().ifPresent(value -> text.append(", politicalStatus=").append(value));
    getEducationLevel().ifPresent(value -> text.append(", educationLevel=").append(value));
    getIdNumber().ifPresent(value -> text.append(", idNumber=").append(value.masked()));
    getPhone().ifPresent(value -> text.append(", phone=").append(maskPhone(value)));
    getEmployerAndPosition().ifPresent(value -> text.append(", employerAndPosition=").append(value));
    return text.append('}').toString();
  }
}
