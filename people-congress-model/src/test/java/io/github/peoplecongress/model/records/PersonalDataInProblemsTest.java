package io.github.peoplecongress.model.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.validation.PersonalData;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Personal data in broken input is never echoed: every invalid form of an identity number or a phone number reaches
 * the exception message, each problem's found value and its line only masked, by the strict and the lenient reader.
 */
class PersonalDataInProblemsTest {
  private static final ObjectMapper JSON = CongressJson.objectMapper();

  static Stream<Arguments> invalidIdNumbers() {
    return Stream.of(
        Arguments.of("a number with a wrong check digit", "110105194912310021", (Consumer<ObjectNode>) p ->
            p.put("idNumber", "110105194912310021")),
        Arguments.of("a valid number given as a JSON number", "110105199003071234", (Consumer<ObjectNode>) p ->
            p.put("idNumber", new BigInteger("110105199003071234"))),
        Arguments.of("17 digits", "11010519491231002", (Consumer<ObjectNode>) p ->
            p.put("idNumber", "11010519491231002")),
        Arguments.of("19 digits", "1101051949123100299", (Consumer<ObjectNode>) p ->
            p.put("idNumber", "1101051949123100299")),
        Arguments.of("a space inside", "110105 1949123100X", (Consumer<ObjectNode>) p ->
            p.put("idNumber", "110105 1949123100X")),
        Arguments.of("a lower-case x", "11010519491231002x", (Consumer<ObjectNode>) p ->
            p.put("idNumber", "11010519491231002x")),
        Arguments.of("an impossible birth date", "110105194913310028", (Consumer<ObjectNode>) p ->
            p.put("idNumber", "110105194913310028")),
        Arguments.of("an invalid phone of 10 digits", "1381234567", (Consumer<ObjectNode>) p ->
            p.put("phone", "1381234567")),
        Arguments.of("an invalid phone of 12 digits", "138123456789", (Consumer<ObjectNode>) p ->
            p.put("phone", "138123456789")),
        Arguments.of("a phone given as a JSON number", "13812345678", (Consumer<ObjectNode>) p ->
            p.put("phone", 13812345678L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidIdNumbers")
  void an_invalid_value_is_reported_masked_everywhere(String form, String value, Consumer<ObjectNode> breakIt) {
    ObjectNode tree = JSON.valueToTree(CommitteeRecordsReadingTest.smallYear());
    breakIt.accept((ObjectNode) tree.withArray("/people").get(0));
    for (ModelReader reader : List.of(ModelReader.strict(), ModelReader.lenient())) {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
          () -> reader.read(tree.toString(), CommitteeRecords.class, "broken.json"));
      assertThat(e).as(form).isNotNull();
      assertNoPart(e.getMessage(), value);
      for (Problem problem : e.getProblems()) {
        assertNoPart(problem.getFound(), value);
        assertNoPart(problem.getExpected(), value);
        assertNoPart(problem.toString(), value);
      }
      assertThat(e.getProblems()).extracting(Problem::getPath).as(form)
          .anySatisfy(path -> assertThat(path).startsWith("$.people[0]"));
    }
  }

  @Test
  void the_masks_keep_what_to_string_keeps_and_never_a_short_fragment() {
    assertThat(PersonalData.Mask.ID_NUMBER.mask("110105199003071239")).isEqualTo("110105********1239");
    assertThat(PersonalData.Mask.PHONE.mask("13812345678")).isEqualTo("138****5678");
    assertThat(PersonalData.Mask.PHONE.mask("1381234")).isEqualTo("*******");
    assertThat(PersonalData.Mask.ID_NUMBER.mask("1101051234")).isEqualTo("**********");
    assertThat(PersonalData.Mask.WHOLE.mask("张三")).isEqualTo("**");
  }

  @Test
  void a_wrong_check_digit_is_named_without_telling_the_right_one() {
    ObjectNode tree = JSON.valueToTree(CommitteeRecordsReadingTest.smallYear());
    ((ObjectNode) tree.withArray("/people").get(0)).put("idNumber", "110105194912310021");
    Problem problem = catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.strict().read(tree.toString(), CommitteeRecords.class, "broken.json")).getProblems().get(0);
    assertThat(problem.getPath()).isEqualTo("$.people[0].idNumber");
    assertThat(problem.getExpected()).contains("check character does not match the first 17 characters")
        .doesNotContain("should be").doesNotContain("X");
    assertThat(problem.getFound()).isEqualTo("\"110105********0021\"");
  }

  /** No run of five or more characters of the value's hidden middle appears, nor the value itself. */
  private static void assertNoPart(String text, String value) {
    assertThat(text).doesNotContain(value);
    String digits = value.replaceAll("\\D", "");
    int keepHead = value.length() >= 14 ? 6 : 3;
    String middle = digits.substring(Math.min(keepHead, digits.length()), Math.max(keepHead, digits.length() - 4));
    for (int i = 0; i + 5 <= middle.length(); i++) {
      assertThat(text).as("a fragment of the hidden digits").doesNotContain(middle.substring(i, i + 5));
    }
  }
}
