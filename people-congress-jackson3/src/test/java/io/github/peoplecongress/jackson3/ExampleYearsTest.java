package io.github.peoplecongress.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.json.JsonMapper;

/** Both example years, read and written by Jackson 2 ({@link CongressJson}) and Jackson 3 ({@link CongressJson3}). */
class ExampleYearsTest {
  private static final ObjectMapper JACKSON_2 = CongressJson.objectMapper();
  private static final JsonMapper JACKSON_3 = CongressJson3.mapper();

  @ParameterizedTest
  @FieldSource("io.github.peoplecongress.jackson3.ExampleData#YEARS")
  void both_majors_read_the_same_value(String file) throws Exception {
    byte[] json = ExampleData.bytes(file);

    CommitteeRecords byJackson2 = JACKSON_2.readValue(json, CommitteeRecords.class);
    CommitteeRecords byJackson3 = JACKSON_3.readValue(json, CommitteeRecords.class);

    // compared through Jackson 2's text first, so that a difference is reported as a line, not as two huge values
    assertThat(ExampleData.firstDifference(JACKSON_2.writeValueAsString(byJackson2),
        JACKSON_2.writeValueAsString(byJackson3))).as(file).isEqualTo("no difference");
    assertThat(byJackson3.equals(byJackson2)).as("%s: Jackson 3's value equals Jackson 2's", file).isTrue();
  }

  @ParameterizedTest
  @FieldSource("io.github.peoplecongress.jackson3.ExampleData#YEARS")
  void both_majors_write_the_same_text(String file) throws Exception {
    CommitteeRecords value = JACKSON_2.readValue(ExampleData.bytes(file), CommitteeRecords.class);

    String byJackson2 = JACKSON_2.writeValueAsString(value);
    String byJackson3 = JACKSON_3.writeValueAsString(value);

    assertThat(ExampleData.firstDifference(byJackson2, byJackson3)).as(file).isEqualTo("no difference");
    assertThat(byJackson3).as(file).isEqualTo(byJackson2);
  }

  @ParameterizedTest
  @FieldSource("io.github.peoplecongress.jackson3.ExampleData#YEARS")
  void both_majors_write_the_same_utf8_bytes(String file) throws Exception {
    CommitteeRecords value = JACKSON_2.readValue(ExampleData.bytes(file), CommitteeRecords.class);

    byte[] byJackson2 = JACKSON_2.writeValueAsBytes(value);
    byte[] byJackson3 = JACKSON_3.writeValueAsBytes(value);

    assertThat(Arrays.equals(byJackson3, byJackson2))
        .as("%s: %s", file, ExampleData.firstDifference(new String(byJackson2, StandardCharsets.UTF_8),
            new String(byJackson3, StandardCharsets.UTF_8)))
        .isTrue();
  }

  @ParameterizedTest
  @FieldSource("io.github.peoplecongress.jackson3.ExampleData#YEARS")
  void jackson_3_reads_back_what_it_wrote(String file) throws Exception {
    CommitteeRecords value = JACKSON_3.readValue(ExampleData.bytes(file), CommitteeRecords.class);

    String written = JACKSON_3.writeValueAsString(value);
    CommitteeRecords reread = JACKSON_3.readValue(written, CommitteeRecords.class);

    assertThat(reread.equals(value)).as("%s: the value read back equals the value written", file).isTrue();
    assertThat(JACKSON_3.writeValueAsString(reread)).as(file).isEqualTo(written);
  }
}
