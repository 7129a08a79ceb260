package io.github.peoplecongress.model.code;

/** Shared helpers for code parsing; package-private. */
final class Codes {
  private Codes() {}

  /** Quotes a code for a message, or says {@code null}; long input is cut so messages stay short. */
  static String quote(CharSequence code) {
    if (code == null) {
      return "null";
    }
    String text = code.toString();
    if (text.length() > 20) {
      text = text.substring(0, 20) + "…";
    }
    return "'" + text + "'";
  }

  /** Describes one character for a reason: {@code 'a'}, or its code point when it is not printable. */
  static String describe(char c) {
    if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)) {
      return String.format("U+%04X", (int) c);
    }
    return "'" + c + "'";
  }
}
