package io.github.peoplecongress.rules.meeting;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.decision.DecisionKind;
import io.github.peoplecongress.model.decision.DecisionSubject;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.meeting.AgendaItem;
import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.vote.VoteTally;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecisionAdoptionRuleTest {
  private final DecisionAdoptionRule rule = new DecisionAdoptionRule();

  private static io.github.peoplecongress.model.records.ImmutableCommitteeRecords year(LocalDate date, VoteTally vote,
      boolean adopted) {
    var decision = Decision.builder().id(DecisionId.of("DEC-1")).kind(DecisionKind.RESOLUTION).title("关于某事项的决议")
        .subject(DecisionSubject.MAJOR_MATTER).meetingId(MeetingId.of("M-1")).date(date).adopted(adopted);
    if (vote != null) {
      decision.vote(vote);
    }
    return yearOf(date.getYear()).withMeetings(meeting("M-1", date).build()).withDecisions(decision.build());
  }

  @Test
  void majority_of_all_members_passes() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), VoteTally.of(20, 1, 1, 0), true))).isEmpty();
  }

  @Test
  void boundary_14_of_27_passes_13_fails_even_if_majority_of_present() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), VoteTally.of(14, 0, 0, 0), true))).isEmpty();
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), VoteTally.of(13, 1, 1, 0), true))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void declared_not_adopted_with_enough_votes_is_a_warning() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), VoteTally.of(14, 0, 0, 0), false))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void missing_tally_is_cannot_tell_unless_the_agenda_item_has_it() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), null, true))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("vote");
    });
    CommitteeRecords withItem = year(LocalDate.of(2019, 4, 26), null, true).withMeetings(meeting("M-1",
        LocalDate.of(2019, 4, 26)).agenda(AgendaItem.builder().sequence(1).title("表决决议")
            .kind(AgendaItemKind.RESOLUTION_OR_DECISION).decisionId(DecisionId.of("DEC-1"))
            .vote(VoteTally.of(10, 5, 0, 0)).build()).build());
    // The agenda item's tally is used: 10 votes for are too few.
    assertThat(run(rule, withItem)).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void effective_date_switch() {
    assertThat(run(rule, year(LocalDate.of(2022, 3, 11), VoteTally.of(13, 0, 0, 0), true))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2015));
    assertThat(run(rule, year(LocalDate.of(2022, 3, 12), VoteTally.of(13, 0, 0, 0), true))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(LocalDate.of(2022, 4, 26), VoteTally.of(13, 1, 1, 0), true)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[MEET-003] 违反规定：决议、决定以全体组成人员过半数通过（地方组织法（2022）第五十一条第四款）Decision DEC-1：应当以全体组成人员"
            + "（当日在任的组成人员27人）的过半数即至少14票赞成通过，实际赞成13票、反对1票、弃权1票，却宣布通过");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[MEET-003] violation: Resolutions adopted by a majority of all members (Local Organic Law (2022) Art. 51(4)) "
            + "at Decision DEC-1: expected adoption by more than half of all 27 members (MEMBERS_IN_OFFICE), at least "
            + "14 votes for but found 13 for, 1 against, 1 abstaining, yet declared adopted");
  }
}
