package io.github.peoplecongress.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The single pass's byte filter refuses exactly what the diagnosing stages refuse: bytes that are not strict UTF-8,
 * and text with control characters or unpaired surrogates, raw or escaped; wherever the reads split the input.
 */
class StrictUtf8StreamTest {
  /** Reads everything through the filter in reads of {@code chunk} bytes; the offset refused, or -1. */
  private static long refusedAt(byte[] bytes, int chunk) {
    try (InputStream in = new StrictUtf8Stream(new ByteArrayInputStream(bytes))) {
      byte[] buffer = new byte[chunk];
      while (in.read(buffer, 0, chunk) >= 0) {
        // read on
      }
      return -1;
    } catch (StrictUtf8Stream.Refused e) {
      return Long.parseLong(e.found().replaceAll(".* at byte offset ", ""));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"name\":\"张主任\"}", "{\"name\":\"𠮷野\"}", "{\"name\":\"\\ud842\\udfb7野\"}",
      "{\"text\":\"a\\nb\\tc\\rd\\\"e\\\\f\\/g\"}", "{\"text\":\"\\\\u0000 is written, not meant\"}",
      "{\r\n\t\"a\": 1\r\n}", "{\"name\":\"\\u5f20\"}"})
  void accepts_what_the_strict_read_accepts(String json) {
    assertThat(refusedAt(utf8(json), 4096)).isEqualTo(-1);
    assertThat(refusedAt(utf8(json), 1)).isEqualTo(-1);
  }

  @Test
  void skips_a_leading_byte_order_mark_only() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertThat(refusedAt(bom, 4096)).isEqualTo(-1);
  }

  /** Each refused form, as hex bytes after {@code {"a":"}, and the offset of the byte that gives it away. */
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
      "ff, 6, a byte that is not UTF-8",
      "c0af, 6, a byte that is not UTF-8", // overlong '/'
      "e08080, 7, a byte that is not UTF-8", // overlong NUL
      "eda080, 7, a byte that is not UTF-8", // an encoded surrogate (CESU-8)
      "f4908080, 7, a byte that is not UTF-8", // above U+10FFFF
      "f5, 6, a byte that is not UTF-8",
      "80, 6, a byte that is not UTF-8", // a stray continuation byte
      "e4b8e4, 8, a byte that is not UTF-8", // a sequence cut by another lead
      "00, 6, a control character",
      "01, 6, a control character",
      "7f, 6, a control character",
      "c285, 7, a control character", // NEL, a C1 control
      "5c7530303030, 11, an escaped control character", // \u0000
      "5c7530303166, 11, an escaped control character", // \u001f
      "5c62, 7, an escaped control character", // \b
      "5c66, 7, an escaped control character", // \f
      "5c7530303766, 11, an escaped control character", // \u007f
      "5c7530303835, 11, an escaped control character", // \u0085
      "5c756438303022, 12, an unpaired surrogate escape", // \ud800"
      "5c7564633030, 11, an unpaired surrogate escape", // \udc00 alone
      "5c75643830305c7530303431, 17, an unpaired surrogate escape", // \ud800\u0041
      "5c757a, 8, an escape that is not four hexadecimal digits"})
  void refuses_each_form_at_the_byte_that_gives_it_away(String hex, long offset, String what) {
    byte[] prefix = utf8("{\"a\":\"");
    byte[] body = HexFormat.of().parseHex(hex);
    byte[] suffix = utf8("\"}");
    byte[] bytes = new byte[prefix.length + body.length + suffix.length];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    System.arraycopy(body, 0, bytes, prefix.length, body.length);
    System.arraycopy(suffix, 0, bytes, prefix.length + body.length, suffix.length);
    assertThat(refusedAt(bytes, 4096)).isEqualTo(offset);
    assertThat(refusedAt(bytes, 1)).isEqualTo(offset);
    assertThat(refusedAt(bytes, 3)).isEqualTo(offset);
    try (InputStream in = new StrictUtf8Stream(new ByteArrayInputStream(bytes))) {
      in.readAllBytes();
    } catch (StrictUtf8Stream.Refused e) {
      assertThat(e.found()).isEqualTo(what + " at byte offset " + offset);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void refuses_a_sequence_cut_off_by_the_end_of_the_input() {
    byte[] bytes = {'"', (byte) 0xE4, (byte) 0xB8};
    assertThat(refusedAt(bytes, 4096)).isEqualTo(3);
  }

  @Test
  void refuses_utf16_so_that_the_parser_never_guesses_an_encoding() {
    assertThat(refusedAt("{\"a\":1}".getBytes(StandardCharsets.UTF_16LE), 4096)).isEqualTo(1);
    assertThat(refusedAt("{\"a\":1}".getBytes(StandardCharsets.UTF_16), 4096)).isEqualTo(0);
  }

  /**
   * For any text (lone surrogates and controls included), written as a JSON string with every unit escaped, or raw
   * where it can be encoded: the filter refuses exactly when the diagnosing text checks would, in any read size.
   */
  @Test
  void refuses_exactly_what_the_text_checks_refuse() {
    List<Integer> interesting = List.of(0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0,
        0x5F20, 0xD800, 0xD842, 0xDBFF, 0xDC00, 0xDFB7, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF);
    qt().forAll(lists().of(integers().between(0, interesting.size() - 1)).ofSizeBetween(0, 8),
            integers().between(1, 9))
        .checkAssert((indices, chunk) -> {
          StringBuilder text = new StringBuilder();
          indices.forEach(i -> text.append((char) interesting.get(i).intValue()));
          boolean bad = !TextChecks.problems(
              com.fasterxml.jackson.databind.node.TextNode.valueOf(text.toString())).isEmpty();
          StringBuilder escaped = new StringBuilder("\"");
          text.chars().forEach(unit -> escaped.append(String.format("\\u%04x", unit)));
          assertThat(refusedAt(utf8(escaped.append('"').toString()), chunk) >= 0).isEqualTo(bad);
          boolean encodable = text.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
          if (encodable) {
            String raw = "\"" + text.toString().replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "\"";
            assertThat(refusedAt(utf8(raw), chunk) >= 0).isEqualTo(bad);
          }
        });
  }
}
