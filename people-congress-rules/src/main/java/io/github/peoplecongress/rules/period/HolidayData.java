package io.github.peoplecongress.rules.period;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Parses the holiday text format; holds the national calendar, loaded once on first use. */
final class HolidayData {

  static final String CHINA_RESOURCE = "china-holidays.txt";

  static final HolidayCalendar CHINA = loadChina();

  private HolidayData() {
  }

  private static HolidayCalendar loadChina() {
    try (InputStream in = HolidayData.class.getResourceAsStream(CHINA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + CHINA_RESOURCE + " is missing from the rules jar");
      }
      return parse("国务院办公厅放假安排", new InputStreamReader(in, StandardCharsets.UTF_8), CHINA_RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + CHINA_RESOURCE, e);
    }
  }

  static HolidayCalendar parse(String name, Reader text, String origin) throws IOException {
    HolidayCalendar.Builder builder = HolidayCalendar.builder().name(name);
    BufferedReader lines = new BufferedReader(text);
    String source = "";
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] t = content.split("\\s+");
      try {
        switch (t[0]) {
          case "year" -> {
            need(t, 3);
            builder.coverYear(Integer.parseInt(t[1]));
            source = t[2];
          }
          case "source" -> {
            need(t, 2);
            source = t[1];
          }
          case "off" -> {
            need(t, 3);
            LocalDate from = LocalDate.parse(t[1]);
            LocalDate to = tryDate(t[2]);
            int nameAt = to == null ? 2 : 3;
            need(t, nameAt + 1);
            builder.holiday(from, to == null ? from : to, rest(t, nameAt), source);
          }
          case "work" -> {
            need(t, 3);
            builder.makeUpWorkingDay(LocalDate.parse(t[1]), rest(t, 2), source);
          }
          default -> throw new IllegalArgumentException("unknown directive '" + t[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException((origin == null ? name : origin) + " line " + number + ": "
            + e.getMessage() + " in: " + line, e);
      }
    }
    return builder.build();
  }

  private static void need(String[] t, int n) {
    if (t.length < n) {
      throw new IllegalArgumentException("'" + t[0] + "' needs at least " + (n - 1) + " fields");
    }
  }

  private static LocalDate tryDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String rest(String[] t, int from) {
    return String.join(" ", Arrays.copyOfRange(t, from, t.length));
  }
}
