package io.github.peoplecongress.model.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.AppraisalId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WorkAppraisalProperties {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();
  private static final AppraisalStepKind[] KINDS = AppraisalStepKind.values();

  static Gen<WorkAppraisal> appraisals() {
    Gen<LocalDate> starts = localDates().withDaysBetween(LocalDate.of(2015, 1, 1).toEpochDay(),
        LocalDate.of(2030, 12, 31).toEpochDay());
    Gen<Integer> masks = integers().between(0, (1 << KINDS.length) - 1);
    Gen<Integer> gaps = integers().between(0, 40);
    Gen<Integer> counts = integers().between(0, 25);
    return starts.zip(masks, gaps, (start, mask, gap) -> {
      ImmutableWorkAppraisal.Builder builder = WorkAppraisal.builder()
          .id(AppraisalId.of("W-" + start + "-" + mask))
          .organizationId(OrganizationId.of("ORG-" + mask % 9))
          .startDate(start);
      LocalDate date = start;
      // record the steps in reverse order: the model keeps the recorded order
      for (int i = KINDS.length - 1; i >= 0; i--) {
        if ((mask & (1 << i)) != 0) {
          date = date.plusDays(gap);
          AppraisalStep step = AppraisalStep.builder().kind(KINDS[i]).date(date).endDate(date.plusDays(i))
              .meetingId(i % 2 == 0 ? java.util.Optional.of(MeetingId.of("M-" + i)) : java.util.Optional.empty())
              .build();
          builder.addSteps(step);
        }
      }
      if (mask % 5 == 0) {
        builder.appraisedPersonId(PersonId.of("P-" + mask));
      }
      return builder;
    }).zip(counts, counts, counts, (builder, satisfied, basically, dissatisfied) -> {
      if (satisfied % 4 != 0) {
        int voters = satisfied + basically + dissatisfied + 1;
        builder.vote(AppraisalVote.builder()
            .meetingId(MeetingId.of("M-V"))
            .date(LocalDate.of(2031, 1, 1))
            .voterCount(voters)
            .addVoterGroups(VoterGroup.COMMITTEE_MEMBERS)
            .secretBallot(basically % 2 == 0)
            .tally(SatisfactionTally.of(satisfied, basically, dissatisfied, 1))
            .declaredResult(SatisfactionGrade.values()[dissatisfied % 3])
            .build());
      }
      return builder.build();
    });
  }

  @Test
  void round_trips_through_json() {
    qt().forAll(appraisals()).checkAssert(appraisal -> {
      try {
        WorkAppraisal copy = MAPPER.readValue(MAPPER.writeValueAsString(appraisal), WorkAppraisal.class);
        assertThat(copy).isNotSameAs(appraisal).isEqualTo(appraisal).hasSameHashCodeAs(appraisal);
        assertThat(ImmutableWorkAppraisal.copyOf(copy).withNote("改")).isNotEqualTo(appraisal);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void steps_in_order_follow_the_declaration_order() {
    qt().forAll(appraisals()).checkAssert(appraisal -> {
      var ordered = appraisal.stepsInOrder();
      for (int i = 1; i < ordered.size(); i++) {
        assertThat(ordered.get(i - 1).getKind().precedes(ordered.get(i).getKind())).isTrue();
      }
      assertThat(ordered).containsExactlyInAnyOrderElementsOf(appraisal.getSteps());
    });
  }

  @Test
  void each_kind_is_either_a_step_or_missing() {
    qt().forAll(appraisals()).checkAssert(appraisal -> {
      Set<AppraisalStepKind> missing = appraisal.missingSteps();
      for (AppraisalStepKind kind : EnumSet.allOf(AppraisalStepKind.class)) {
        assertThat(appraisal.step(kind).isPresent()).isNotEqualTo(missing.contains(kind));
      }
    });
  }
}
