package io.github.peoplecongress.model.body;

import io.github.peoplecongress.model.testing.Json;
import static io.github.peoplecongress.model.body.Samples.TERM_END;
import static io.github.peoplecongress.model.body.Samples.TERM_START;
import static io.github.peoplecongress.model.body.Samples.membership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CongressTermTest {

  @Test
  void round_trips_through_json() {
    CongressTerm term = Samples.term();
    assertThat(Json.roundTrip(term, CongressTerm.class)).isEqualTo(term);
    CongressTerm running = CongressTerm.builder().number(18).startDate(TERM_END)
        .standingCommittee(StandingCommittee.builder().size(29).build()).build();
    assertThat(Json.roundTrip(running, CongressTerm.class)).isEqualTo(running);
  }

  @Test
  void includes_days_from_the_first_session_until_the_next_first_session() {
    CongressTerm term = Samples.term();
    assertThat(term.includes(TERM_START.minusDays(1))).isFalse();
    assertThat(term.includes(TERM_START)).isTrue();
    assertThat(term.includes(TERM_END.minusDays(1))).isTrue();
    assertThat(term.includes(TERM_END)).isFalse();
  }

  @Test
  void has_no_members_outside_the_term_even_when_memberships_were_left_open() {
    CongressTerm term = Samples.term();
    assertThat(term.membersOn(TERM_END.minusDays(1))).hasSize(3);
    assertThat(term.membersOn(TERM_END)).isEmpty();
    assertThat(term.directorsMeetingOn(TERM_END.minusDays(1))).hasSize(2);
    assertThat(term.directorsMeetingOn(TERM_END)).isEmpty();
  }

  @Test
  void lists_the_committee_references() {
    assertThat(Samples.term().references()).isEqualTo(Samples.committee().references());
  }

  @Test
  void rejects_end_before_start() {
    assertThatThrownBy(() -> CongressTerm.builder().number(17).startDate(TERM_START).endDate(TERM_START.minusDays(1))
        .standingCommittee(StandingCommittee.builder().size(27).build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CongressTerm 17").hasMessageContaining("endDate 2017-01-09")
        .hasMessageContaining("startDate 2017-01-10");
  }

  @Test
  void rejects_a_membership_starting_before_the_term() {
    StandingCommittee committee = StandingCommittee.builder().size(27)
        .addMemberships(membership("M-1", "P-1", CommitteeRole.MEMBER, LocalDate.of(2016, 12, 1)).build()).build();
    assertThatThrownBy(() -> CongressTerm.builder().number(17).startDate(TERM_START).standingCommittee(committee)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("membership M-1 startDate 2016-12-01").hasMessageContaining("startDate 2017-01-10");
  }

  @Test
  void rejects_a_membership_ending_after_the_term() {
    StandingCommittee committee = StandingCommittee.builder().size(27)
        .addMemberships(membership("M-1", "P-1", CommitteeRole.MEMBER, TERM_START).endDate(TERM_END.plusDays(1))
            .build()).build();
    assertThatThrownBy(() -> CongressTerm.builder().number(17).startDate(TERM_START).endDate(TERM_END)
        .standingCommittee(committee).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endDate 2022-01-12").hasMessageContaining("membership M-1 endDate 2022-01-13");
  }

  @Test
  void rejects_a_membership_starting_after_the_term() {
    StandingCommittee committee = StandingCommittee.builder().size(27)
        .addMemberships(membership("M-1", "P-1", CommitteeRole.MEMBER, TERM_END.plusDays(3)).build()).build();
    assertThatThrownBy(() -> CongressTerm.builder().number(17).startDate(TERM_START).endDate(TERM_END)
        .standingCommittee(committee).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endDate 2022-01-12").hasMessageContaining("membership M-1 startDate 2022-01-15");
  }

  @Test
  void rejects_negative_deputy_seats() {
    assertThatThrownBy(() -> CongressTerm.builder().number(17).startDate(TERM_START).deputySeats(-3)
        .standingCommittee(StandingCommittee.builder().size(27).build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CongressTerm 17").hasMessageContaining("deputySeats").hasMessageContaining("-3");
  }
}
