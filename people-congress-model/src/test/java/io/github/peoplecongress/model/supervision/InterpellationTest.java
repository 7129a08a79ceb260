package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.InterpellationId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InterpellationTest {

  static Interpellation sample() {
    return Interpellation.builder()
        .id(InterpellationId.of("IP-2019-01"))
        .addSponsorIds(PersonId.of("P-003"), PersonId.of("P-004"), PersonId.of("P-005"))
        .targetOrgan(StateOrgan.GOVERNMENT)
        .targetOrganizationId(OrganizationId.of("ORG-ZJJ"))
        .written(true)
        .questions("关于城中村改造拆迁补偿资金拨付迟缓的问题：……")
        .meetingId(MeetingId.of("M-16-06"))
        .filedDate(LocalDate.of(2019, 10, 29))
        .answerDate(LocalDate.of(2019, 10, 30))
        .answerForm(AnswerForm.ORAL)
        .answeredById(PersonId.of("P-301"))
        .answerMeetingId(MeetingId.of("M-16-06"))
        .dissatisfiedSponsors(2)
        .reanswerDate(LocalDate.of(2019, 12, 20))
        .build();
  }

  @Test
  void round_trips_through_json() {
    Interpellation interpellation = sample();
    assertThat(Json.roundTrip(interpellation, Interpellation.class)).isEqualTo(interpellation);
  }

  @Test
  void round_trips_an_unanswered_interpellation_without_a_dissatisfaction_count() {
    Interpellation open = ImmutableInterpellation.copyOf(sample()).withDissatisfiedSponsors(OptionalInt.empty());
    String json = Json.write(open);
    assertThat(json).doesNotContain("dissatisfiedSponsors");
    assertThat(Json.read(json, Interpellation.class)).isEqualTo(open);
  }

  @Test
  void lists_every_reference() {
    assertThat(sample().references()).containsExactly(
        Reference.of("sponsorIds[0]", PersonId.of("P-003")),
        Reference.of("sponsorIds[1]", PersonId.of("P-004")),
        Reference.of("sponsorIds[2]", PersonId.of("P-005")),
        Reference.of("targetOrganizationId", OrganizationId.of("ORG-ZJJ")),
        Reference.of("meetingId", MeetingId.of("M-16-06")),
        Reference.of("answeredById", PersonId.of("P-301")),
        Reference.of("answerMeetingId", MeetingId.of("M-16-06")));
    assertThat(sample().recordDate()).isEqualTo(LocalDate.of(2019, 10, 29));
  }

  @Test
  void keeps_an_interpellation_with_fewer_than_three_sponsors_for_the_rules_to_judge() {
    assertThat(ImmutableInterpellation.copyOf(sample()).withSponsorIds(PersonId.of("P-003"), PersonId.of("P-004"))
        .withDissatisfiedSponsors(1).getSponsorIds()).hasSize(2);
  }

  @Test
  void rejects_a_sponsor_listed_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableInterpellation.copyOf(sample()).withSponsorIds(PersonId.of("P-3"),
            PersonId.of("P-3"), PersonId.of("P-4")))
        .withMessage("Interpellation IP-2019-01: sponsorIds lists P-3 more than once");
  }

  @Test
  void rejects_an_answer_before_filing() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableInterpellation.copyOf(sample()).withAnswerDate(LocalDate.of(2019, 10, 28)))
        .withMessage("Interpellation IP-2019-01: answerDate 2019-10-28 must not be before filedDate 2019-10-29");
  }

  @Test
  void rejects_a_second_answer_before_the_first() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableInterpellation.copyOf(sample()).withReanswerDate(LocalDate.of(2019, 10, 29)))
        .withMessage("Interpellation IP-2019-01: reanswerDate 2019-10-29 must not be before answerDate 2019-10-30");
  }

  @Test
  void rejects_a_second_answer_before_filing() {
    Interpellation unanswered = Interpellation.builder().id(InterpellationId.of("IP-2"))
        .addSponsorIds(PersonId.of("P-1")).targetOrgan(StateOrgan.COURT).written(true).questions("问题")
        .meetingId(MeetingId.of("M-1")).filedDate(LocalDate.of(2019, 10, 29)).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableInterpellation.copyOf(unanswered).withReanswerDate(LocalDate.of(2019, 10, 1)))
        .withMessage("Interpellation IP-2: reanswerDate 2019-10-01 must not be before filedDate 2019-10-29");
  }

  @Test
  void rejects_more_dissatisfied_sponsors_than_sponsors() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableInterpellation.copyOf(sample()).withDissatisfiedSponsors(4))
        .withMessage("Interpellation IP-2019-01: dissatisfiedSponsors 4 must not exceed sponsorIds size 3");
  }

  @Test
  void rejects_a_negative_dissatisfied_count() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableInterpellation.copyOf(sample()).withDissatisfiedSponsors(-1))
        .withMessage("Interpellation IP-2019-01: dissatisfiedSponsors must not be negative, but was -1");
  }
}
