package io.github.peoplecongress.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documents in docs/ are generated from the code; this keeps the committed copies current. */
class GeneratedDocsTest {
  private static final Path DOCS = Path.of("..", "docs");

  @Test
  void committed_documents_match_the_code() throws Exception {
    for (Map.Entry<String, String> doc : GeneratedDocs.all().entrySet()) {
      Path file = DOCS.resolve(doc.getKey());
      assertThat(file).as("docs/%s is missing; run: java -cp examples/target/people-congress-cli.jar "
          + "io.github.peoplecongress.examples.docs.GeneratedDocs docs", doc.getKey()).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"))
          .as("docs/%s is out of date; regenerate it with: java -cp examples/target/people-congress-cli.jar "
              + "io.github.peoplecongress.examples.docs.GeneratedDocs docs", doc.getKey())
          .isEqualTo(doc.getValue());
    }
  }
}
