package io.github.peoplecongress.model.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OathCeremonyTest {
  private static final PersonId LEADER = PersonId.of("P-017");
  private static final PersonId OTHER = PersonId.of("P-018");

  static ImmutableOathCeremony.Builder collective() {
    return OathCeremony.builder()
        .id(OathCeremonyId.of("O-2019-01"))
        .date(LocalDate.of(2019, 4, 26))
        .form(OathForm.COLLECTIVE)
        .leaderId(LEADER)
        .addSwearers(OathTaker.of(LEADER, PersonnelActionId.of("A-1")), OathTaker.of(OTHER, PersonnelActionId.of("A-2")));
  }

  static OathCeremony full() {
    return collective()
        .oathText(OathText.V2018)
        .organiser(OathOrganiser.DIRECTORS_MEETING)
        .meetingId(MeetingId.of("M-16-03"))
        .flagDisplayed(true)
        .emblemDisplayed(false)
        .anthemSung(true)
        .constitutionUsed(true)
        .openToPublic(true)
        .place("区人大常委会会议室")
        .note("第三次会议闭幕前")
        .build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    ObjectMapper mapper = CongressJson.objectMapper();
    OathCeremony ceremony = full();
    String json = mapper.writeValueAsString(ceremony);
    assertThat(mapper.readValue(json, OathCeremony.class)).isEqualTo(ceremony);
    assertThat(json).contains("\"oathText\" : \"V2018\"", "\"openToPublic\" : true")
        .doesNotContain("swearerIds");
  }

  @Test
  void round_trips_an_assessor_oath_with_its_recited_text() throws Exception {
    ObjectMapper mapper = CongressJson.objectMapper();
    OathCeremony ceremony = OathCeremony.builder()
        .id(OathCeremonyId.of("O-2019-02"))
        .date(LocalDate.of(2019, 6, 1))
        .kind(OathKind.PEOPLES_ASSESSOR)
        .form(OathForm.COLLECTIVE)
        .addSwearers(OathTaker.of(OTHER))
        .recitedText("我是中华人民共和国人民陪审员，我宣誓：……")
        .organiser(OathOrganiser.COURT_WITH_JUSTICE_BUREAU)
        .build();
    assertThat(mapper.readValue(mapper.writeValueAsString(ceremony), OathCeremony.class)).isEqualTo(ceremony);
  }

  @Test
  void round_trips_an_oath_taker() throws Exception {
    ObjectMapper mapper = CongressJson.objectMapper();
    OathTaker taker = OathTaker.of(LEADER, PersonnelActionId.of("A-1"));
    assertThat(mapper.readValue(mapper.writeValueAsString(taker), OathTaker.class)).isEqualTo(taker);
  }

  @Test
  void leaves_unrecorded_facts_empty() {
    OathCeremony ceremony = collective().build();
    assertThat(ceremony.getKind()).isEqualTo(OathKind.CONSTITUTIONAL);
    assertThat(ceremony.getFlagDisplayed()).isEmpty();
    assertThat(ceremony.getEmblemDisplayed()).isEmpty();
    assertThat(ceremony.getAnthemSung()).isEmpty();
    assertThat(ceremony.getOathText()).isEmpty();
    assertThat(ceremony.getOrganiser()).isEmpty();
  }

  @Test
  void represents_a_collective_oath_without_a_leader() {
    // a statutory violation (Oath Decision 2018 cl. 八), left to the rules module
    OathCeremony ceremony = collective().build().withLeaderId(java.util.Optional.empty());
    assertThat(ceremony.getLeaderId()).isEmpty();
  }

  @Test
  void represents_a_leader_who_is_not_a_swearer() {
    OathCeremony ceremony = collective().build().withLeaderId(PersonId.of("P-001"));
    assertThat(ceremony.swore(PersonId.of("P-001"))).isFalse();
  }

  @Test
  void answers_who_swore_and_for_which_action() {
    OathCeremony ceremony = collective().build();
    assertThat(ceremony.swearerIds()).containsExactly(LEADER, OTHER);
    assertThat(ceremony.swore(OTHER)).isTrue();
    assertThat(ceremony.swearerFor(PersonnelActionId.of("A-2"))).hasValue(OathTaker.of(OTHER, PersonnelActionId.of("A-2")));
    assertThat(ceremony.swearerFor(PersonnelActionId.of("A-3"))).isEmpty();
    assertThat(ceremony.recordDate()).isEqualTo(LocalDate.of(2019, 4, 26));
  }

  @Test
  void lists_every_reference() {
    assertThat(full().references()).containsExactly(
        Reference.of("leaderId", LEADER),
        Reference.of("swearers[0].personId", LEADER),
        Reference.of("swearers[0].personnelActionId", PersonnelActionId.of("A-1")),
        Reference.of("swearers[1].personId", OTHER),
        Reference.of("swearers[1].personnelActionId", PersonnelActionId.of("A-2")),
        Reference.of("meetingId", MeetingId.of("M-16-03")));
  }

  @Test
  void rejects_no_swearers() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OathCeremony.builder().id(OathCeremonyId.of("O-9")).date(LocalDate.of(2019, 1, 2))
            .form(OathForm.INDIVIDUAL).build())
        .withMessageContainingAll("O-9", "swearers", "0");
  }

  @Test
  void rejects_a_person_swearing_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> collective().addSwearers(OathTaker.of(OTHER)).build())
        .withMessageContainingAll("O-2019-01", "swearers personIds", "P-018", "more than once");
  }

  @Test
  void rejects_one_action_sworn_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> collective().addSwearers(OathTaker.of(PersonId.of("P-019"), PersonnelActionId.of("A-1")))
            .build())
        .withMessageContainingAll("swearers personnelActionIds", "A-1", "more than once");
  }
}
