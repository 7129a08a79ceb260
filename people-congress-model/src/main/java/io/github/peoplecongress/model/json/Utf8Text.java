package io.github.peoplecongress.model.json;

import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as UTF-8 strictly: a byte sequence that is not UTF-8 is a problem with its byte offset, never
 * a replacement character that would silently destroy every Chinese name. A file that decodes as GB18030 (GBK) is
 * told how to convert; a UTF-8 byte-order mark is skipped.
 */
final class Utf8Text {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private Utf8Text() {}

  /** Returns the text of the bytes, or throws naming the first offending byte. */
  static String decode(byte[] bytes, String source) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      String found = "byte 0x" + String.format("%02X", bytes[offset] & 0xFF) + " at byte offset " + offset
          + " is not UTF-8";
      String expected = "text in UTF-8" + (looksGb18030(bytes, start)
          ? " (the file looks GBK/GB18030-encoded: convert it, for example with iconv -f GB18030 -t UTF-8)" : "");
      throw new InvalidInputException(source,
          java.util.List.of(Problem.of(ProblemKind.SYNTAX, "$", "", expected, found)));
    }
    out.flip();
    return out.toString();
  }

  private static boolean looksGb18030(byte[] bytes, int start) {
    try {
      GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
