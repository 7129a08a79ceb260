package io.github.peoplecongress.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled example years ({@code examples/data}), put on the test class path by the build. */
final class ExampleData {
  /** The example years that both majors must read alike and write alike. */
  static final List<String> YEARS = List.of("committee-year-2019.json", "committee-year-2020.json");

  private ExampleData() {}

  /** The bytes of one example file, such as {@code committee-year-2019.json}. */
  static byte[] bytes(String file) {
    String resource = "/examples/" + file;
    try (InputStream in = ExampleData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path: the build copies it from "
            + "../examples/data (see <testResources> in people-congress-jackson3/pom.xml)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /**
   * Where two texts first differ, for a failure message: the line number and both lines, or {@code "no difference"}.
   */
  static String firstDifference(String jackson2, String jackson3) {
    String[] lines2 = jackson2.split("\n", -1);
    String[] lines3 = jackson3.split("\n", -1);
    for (int i = 0; i < Math.max(lines2.length, lines3.length); i++) {
      String line2 = i < lines2.length ? lines2[i] : "(end of text)";
      String line3 = i < lines3.length ? lines3[i] : "(end of text)";
      if (!line2.equals(line3)) {
        return "first difference at line " + (i + 1) + ": Jackson 2 wrote [" + line2 + "], Jackson 3 wrote ["
            + line3 + "]";
      }
    }
    return "no difference";
  }
}
