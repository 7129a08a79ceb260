package io.github.peoplecongress.model.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.DocumentId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  static ImmutableDocument article() {
    return Document.builder()
        .id(DocumentId.of("DOC-2019-031"))
        .kind(DocumentKind.PUBLICITY_ARTICLE)
        .title("区人大常委会开展物业管理条例执法检查")
        .date(LocalDate.of(2019, 6, 12))
        .mediaLevel(AdministrativeLevel.MUNICIPAL)
        .outlet("XX日报")
        .addAuthorIds(PersonId.of("P-020"))
        .build();
  }

  static ImmutableDocument bulletin() {
    return Document.builder().id(DocumentId.of("DOC-2019-B12")).kind(DocumentKind.WORK_BULLETIN_ISSUE)
        .title("人大工作信息 2019年第12期").date(LocalDate.of(2019, 7, 1)).issueNumber(12).build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    for (Document document : new Document[] {article(), bulletin(),
        Document.builder().id(DocumentId.of("DOC-R-1")).kind(DocumentKind.RULE).title("常委会组成人员守则")
            .date(LocalDate.of(2019, 3, 1)).meetingId(MeetingId.of("DM-2019-03")).build()}) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(document), Document.class)).isEqualTo(document);
    }
  }

  @Test
  void is_dated_by_its_date_and_lists_its_references() {
    assertThat(article().recordDate()).isEqualTo(LocalDate.of(2019, 6, 12));
    assertThat(article().references()).containsExactly(Reference.of("authorIds[0]", PersonId.of("P-020")));
  }

  @Test
  void rejects_a_media_level_on_a_rule() {
    assertThatThrownBy(() -> article().withKind(DocumentKind.RULE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mediaLevel MUNICIPAL is only for kind PUBLICITY_ARTICLE, but kind was RULE");
  }

  @Test
  void rejects_an_issue_number_on_a_research_report() {
    assertThatThrownBy(() -> bulletin().withKind(DocumentKind.RESEARCH_REPORT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issueNumber 12 is only for kind WORK_BULLETIN_ISSUE, but kind was RESEARCH_REPORT");
  }

  @Test
  void rejects_issue_number_zero() {
    assertThatThrownBy(() -> bulletin().withIssueNumber(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issueNumber must be positive, but was 0");
  }

  @Test
  void rejects_an_author_listed_twice() {
    assertThatThrownBy(() -> article().withAuthorIds(PersonId.of("P-020"), PersonId.of("P-020")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("authorIds lists P-020 more than once");
  }

  @Test
  void honour_round_trips_through_json() throws Exception {
    Honour honour = Honour.builder().title("市级文明单位").conferredBy("XX市精神文明建设委员会")
        .conferredById(OrganizationId.of("O-SWMW")).level(AdministrativeLevel.MUNICIPAL)
        .date(LocalDate.of(2019, 12, 20)).recipientOrganizationId(OrganizationId.of("O-RDJG"))
        .addRecipientDeputyIds(DeputyId.of("D-005")).build();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(honour), Honour.class)).isEqualTo(honour);
    assertThat(honour.recordDate()).isEqualTo(LocalDate.of(2019, 12, 20));
    assertThat(honour.references()).hasSize(3);
  }

  @Test
  void rejects_an_honour_without_a_recipient() {
    assertThatThrownBy(() -> Honour.builder().title("先进集体").conferredBy("区委").date(LocalDate.of(2019, 1, 1))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a recipient");
  }

  @Test
  void rejects_an_honoured_person_listed_twice() {
    assertThatThrownBy(() -> Honour.builder().title("优秀代表").conferredBy("区人大常委会").date(LocalDate.of(2019, 1, 1))
        .addRecipientPersonIds(PersonId.of("P-1"), PersonId.of("P-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recipientPersonIds lists P-1 more than once");
  }

  @Test
  void rejects_an_honoured_deputy_listed_twice() {
    assertThatThrownBy(() -> Honour.builder().title("优秀代表").conferredBy("区人大常委会").date(LocalDate.of(2019, 1, 1))
        .addRecipientDeputyIds(DeputyId.of("D-1"), DeputyId.of("D-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recipientDeputyIds lists D-1 more than once");
  }

  @Test
  void passes_bean_validation_and_reports_a_format_violation() {
    jakarta.validation.Validator validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(article())).isEmpty();
    assertThat(validator.validate(article().withOutlet(" "))).hasSize(1);
  }
}
