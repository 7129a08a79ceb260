package io.github.peoplecongress.model.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes are decoded strictly and text is checked: nothing a user gave is replaced or dropped without a problem that
 * says where.
 */
class StrictBytesAndTextTest {
  private static final ObjectMapper JSON = CongressJson.objectMapper();

  @TempDir
  Path dir;

  private String json() throws Exception {
    return JSON.writeValueAsString(CommitteeRecordsReadingTest.smallYear());
  }

  private List<Problem> problemsOf(Path file) {
    return catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.strict().read(file, CommitteeRecords.class)).getProblems();
  }

  @Test
  void invalid_utf8_is_a_problem_with_its_byte_offset() throws Exception {
    byte[] bytes = json().getBytes(StandardCharsets.UTF_8);
    int at = json().indexOf("张主任");
    byte[] broken = bytes.clone();
    int offset = new String(json().substring(0, at)).getBytes(StandardCharsets.UTF_8).length;
    broken[offset] = (byte) 0xFF;
    Path file = Files.write(dir.resolve("broken.json"), broken);
    assertThat(problemsOf(file)).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ProblemKind.SYNTAX);
      assertThat(p.getExpected()).isEqualTo("text in UTF-8");
      assertThat(p.getFound()).isEqualTo("byte 0xFF at byte offset " + offset + " is not UTF-8");
    });
  }

  @Test
  void a_gbk_file_is_told_how_to_convert() throws Exception {
    Path file = Files.write(dir.resolve("gbk.json"), json().getBytes(Charset.forName("GBK")));
    assertThat(problemsOf(file)).singleElement()
        .satisfies(p -> {
          assertThat(p.getFound()).endsWith("is not UTF-8");
          assertThat(p.getExpected()).isEqualTo("text in UTF-8 (the file looks GBK/GB18030-encoded: convert it, for "
              + "example with iconv -f GB18030 -t UTF-8)");
        });
  }

  @Test
  void a_utf8_byte_order_mark_is_skipped() throws Exception {
    byte[] text = json().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Path file = Files.write(dir.resolve("bom.json"), withBom);
    assertThat(ModelReader.strict().read(file, CommitteeRecords.class)).isEqualTo(CommitteeRecordsReadingTest.smallYear());
  }

  @Test
  void a_lone_surrogate_and_a_nul_are_refused_at_their_path() throws Exception {
    ObjectNode tree = JSON.valueToTree(CommitteeRecordsReadingTest.smallYear());
    ((ObjectNode) tree.withArray("/people").get(0)).put("name", "张\ud800主任");
    ((ObjectNode) tree.withArray("/people").get(1)).put("name", "李\u0000委员");
    List<Problem> problems = catchThrowableOfType(InvalidInputException.class,
        () -> ModelReader.strict().read(tree.toString(), CommitteeRecords.class, "x.json")).getProblems();
    assertThat(problems).extracting(Problem::getPath).containsExactly("$.people[0].name", "$.people[1].name");
    assertThat(problems).extracting(Problem::getFound)
        .containsExactly("a lone surrogate \\ud800 at character 2", "the control character \\u0000 at character 2");
    assertThat(problems.get(0).toString()).doesNotContain("张").doesNotContain("主任");
  }

  @Test
  void tabs_and_line_breaks_are_text() throws Exception {
    ObjectNode tree = JSON.valueToTree(CommitteeRecordsReadingTest.smallYear());
    ((ObjectNode) tree.withArray("/meetings").get(0)).put("note", "第一行\n第二行\t完");
    assertThat(ModelReader.strict().read(tree.toString(), CommitteeRecords.class, "x.json").getMeetings().get(0)
        .getNote()).isEqualTo("第一行\n第二行\t完");
  }

  @Test
  void a_named_pipe_is_refused_without_blocking() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> ModelReader.strict().read(fifo, CommitteeRecords.class))
            .isInstanceOf(UncheckedIOException.class)
            .hasMessage("cannot read " + fifo + ": not a regular file (a pipe, socket or device is not read)"));
  }

  @Test
  void a_directory_or_a_missing_file_says_what_is_wrong() {
    assertThatThrownBy(() -> ModelReader.strict().read(dir, CommitteeRecords.class))
        .hasMessage("cannot read " + dir + ": is a directory");
    assertThatThrownBy(() -> ModelReader.strict().read(dir.resolve("nosuch.json"), CommitteeRecords.class))
        .hasMessage("cannot read " + dir.resolve("nosuch.json") + ": no such file");
  }
}
