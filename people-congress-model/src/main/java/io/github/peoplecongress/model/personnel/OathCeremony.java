package io.github.peoplecongress.model.personnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An oath ceremony (宣誓仪式), for example the collective constitutional oath of five appointees, led by one of
 * them, at the standing committee's 3rd meeting on 2019-04-26, organised by the directors' meeting, with the
 * national flag displayed and the national anthem sung.
 *
 * <p>Legal basis: Constitution Art. 27(3); NPCSC Decision on the Constitutional Oath (2015; revised 2018, in force
 * 2018-03-12) cll. 一, 八, 九; provincial implementing rules (上海 Arts. 5–10, 重庆 Arts. 5–11, 北京 Arts. 11, 13);
 * for people's assessors, People's Assessors Law 2018 Art. 12.
 *
 * <p>The record keeps every fact the oath rules read: the date, the form, the leader (领誓人), the swearers with
 * the actions that made their oath due, the text used, the organiser, the meeting, and whether the national flag or
 * emblem was displayed and the anthem sung. Facts that the minutes do not state are empty, so that a rule can
 * answer "cannot tell" rather than guess. Lawfulness is the rules module's: a collective oath without a leader, a
 * leader who is not among the swearers, the 2015 text after 2018-03-12 or a ceremony without the anthem can all be
 * recorded.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOathCeremony.class)
public abstract class OathCeremony implements Identified<OathCeremonyId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract OathCeremonyId getId();

  /** @return the date of the ceremony, not null */
  public abstract LocalDate getDate();

  /** @return which oath was administered, {@link OathKind#CONSTITUTIONAL} unless stated */
  @Value.Default
  public OathKind getKind() {
    return OathKind.CONSTITUTIONAL;
  }

  /** @return the form (单独宣誓 or 集体宣誓), not null */
  public abstract OathForm getForm();

  /** @return the person who led a collective oath (领誓人), when there was one */
  public abstract Optional<PersonId> getLeaderId();

  /** @return the swearers (宣誓人), each person once, at least one */
  public abstract List<@Valid OathTaker> getSwearers();

  /** @return the statutory text of the constitutional oath that was recited, when recorded */
  public abstract Optional<OathText> getOathText();

  /**
   * Returns the text recited as the minutes record it, when it is not one of {@link OathText} (such as the people's
   * assessor oath, whose wording is unverified) or when the recorded wording is to be kept as such.
   *
   * @return the text, up to 1000 characters
   */
  public abstract Optional<@Size(max = 1000) String> getRecitedText();

  /** @return the body that organised the ceremony, when recorded */
  public abstract Optional<OathOrganiser> getOrganiser();

  /** @return the meeting at which the ceremony was held (一般在常务委员会全体会议上), when it was held at one */
  public abstract Optional<MeetingId> getMeetingId();

  /** @return whether the national flag (国旗) was displayed, or empty if not recorded */
  public abstract Optional<Boolean> getFlagDisplayed();

  /** @return whether the national emblem (国徽) was displayed, or empty if not recorded */
  public abstract Optional<Boolean> getEmblemDisplayed();

  /** @return whether the national anthem (国歌) was played and sung (奏唱), or empty if not recorded */
  public abstract Optional<Boolean> getAnthemSung();

  /** @return whether a copy of the Constitution was used (抚按《中华人民共和国宪法》), or empty if not recorded */
  public abstract Optional<Boolean> getConstitutionUsed();

  /** @return whether the ceremony was public (公开进行, Constitution Art. 27(3)), or empty if not recorded */
  public abstract Optional<Boolean> getOpenToPublic();

  /** @return the place, such as {@code "区人大常委会机关会议室"}, up to 200 characters */
  public abstract Optional<@Size(max = 200) String> getPlace();

  /** @return a note, up to 2000 characters */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableOathCeremony.Builder builder() {
    return ImmutableOathCeremony.builder();
  }

  /**
   * Returns the date of the ceremony: a ceremony counts in the year it was held.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getDate();
  }

  /**
   * Returns the persons who swore, in order.
   *
   * @return the person ids, not null
   */
  public List<PersonId> swearerIds() {
    return getSwearers().stream().map(OathTaker::getPersonId).toList();
  }

  /**
   * Returns whether a person swore at this ceremony.
   *
   * @param personId  the person, not null
   * @return true if the person is among the swearers
   */
  public boolean swore(PersonId personId) {
    return getSwearers().stream().anyMatch(taker -> taker.getPersonId().equals(personId));
  }

  /**
   * Returns the swearer whose oath a personnel action made due.
   *
   * @param personnelActionId  the action, not null
   * @return the swearer, or empty if no swearer names the action
   */
  public Optional<OathTaker> swearerFor(PersonnelActionId personnelActionId) {
    return getSwearers().stream()
        .filter(taker -> taker.getPersonnelActionId().equals(Optional.of(personnelActionId)))
        .findFirst();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("leaderId", getLeaderId())
        .addNested("swearers", getSwearers())
        .add("meetingId", getMeetingId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "OathCeremony " + getId();
    Checks.require(!getSwearers().isEmpty(), record, "swearers must not be empty, but had 0 entries");
    Checks.distinct(record, "swearers personIds", swearerIds());
    Checks.distinct(record, "swearers personnelActionIds",
        getSwearers().stream().flatMap(taker -> taker.getPersonnelActionId().stream()).toList());
  }
}
