package io.github.peoplecongress.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Java block of the README stands in a {@code // README:name} region of the examples, so it compiles and runs. */
class ReadmeSnippetsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern REGION = Pattern.compile("// README:[\\w-]+\\n(.*?)// README:end", Pattern.DOTALL);

  private static String normalised(String code) {
    return code.replaceAll("\\s+", " ").trim();
  }

  @Test
  void every_java_block_of_the_readme_is_compiled_example_code() throws IOException {
    List<String> regions = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher region = REGION.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (region.find()) {
          regions.add(normalised(region.group(1)));
        }
      }
    }
    Matcher block = JAVA_BLOCK.matcher(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
    int blocks = 0;
    while (block.find()) {
      blocks++;
      String code = normalised(block.group(1));
      assertThat(regions).as("README block not found in any // README: region of examples/src:%n%s", block.group(1))
          .anyMatch(region -> region.equals(code));
    }
    assertThat(blocks).isGreaterThanOrEqualTo(7);
  }
}
