package io.github.peoplecongress.model.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes JSON bytes to the parser of the single-pass read and stops at the first byte that the strict read would
 * refuse: a byte sequence that is not UTF-8 (overlong forms and encoded surrogates included), a raw control character
 * other than tab, line feed and carriage return (which also keeps the parser from guessing UTF-16), a raw DEL or C1
 * control, or an escape of one ({@code \b}, {@code \f}, {@code \u0000}…) or of an unpaired surrogate. It only says
 * <em>that</em> something is wrong, in linear time and constant memory; {@link Utf8Text} and {@link TextChecks} then
 * say what and where. A leading UTF-8 byte-order mark is valid UTF-8 and left to the parser, which skips it.
 */
final class StrictUtf8Stream extends FilterInputStream {
  /** Thrown at the first refused byte; the read then falls back to the diagnosing stages. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;
    private final String what;

    Refused(long offset, String what) {
      super("byte offset " + offset + ": " + what, null);
      this.offset = offset;
      this.what = what;
    }

    String expected() {
      return "text in UTF-8 without control characters (other than tab and line breaks) or unpaired surrogates";
    }

    String found() {
      return what + " at byte offset " + offset;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // a signal, not a fault: no stack to capture
    }
  }

  private static final int TEXT = 0;
  private static final int BACKSLASH = 1;
  private static final int HEX = 2; // inside the four digits of a backslash-u escape
  private static final int PAIR_BACKSLASH = 3; // after a high-surrogate escape: its low half must follow
  private static final int PAIR_U = 4;

  private int escape = TEXT;
  private int hexDigits;
  private int hexValue;
  private boolean expectLow;
  /** Continuation bytes still due in the current UTF-8 sequence, and the range the next one must lie in. */
  private int continuations;
  private int low = 0x80;
  private int high = 0xBF;
  private boolean c1Lead;
  /** The offset of the byte being scanned, counted from the start of the input. */
  private long offset = -1;

  StrictUtf8Stream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      scan(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int from, int length) throws IOException {
    int n = super.read(buffer, from, length);
    if (n > 0) {
      scan(buffer, from, n);
    } else if (n < 0 && (continuations > 0 || escape != TEXT)) {
      throw new Refused(offset + 1, "the end of the input inside a character or an escape");
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("the strict stream is read, never skipped");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void scan(byte[] buffer, int from, int count) throws Refused {
    int end = from + count;
    long first = offset + 1 - from;
    for (int i = from; i < end; i++) {
      if (escape == TEXT && continuations == 0) {
        i = plain(buffer, i, end);
        if (i == end) {
          break;
        }
      }
      int b = buffer[i] & 0xFF;
      offset = first + i;
      if (continuations > 0) {
        continuation(b);
      } else if (b >= 0x80) {
        lead(b);
      } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
        throw refused("a control character");
      } else {
        escaped(b);
      }
    }
    offset = first + end - 1;
  }

  /**
   * Skips what needs no state: printable ASCII, tab and line breaks, and whole three-byte characters whose lead byte admits every
   * continuation byte (E1..EC, EE, EF: nearly all Chinese text). Returns the index of the first other byte.
   */
  private static int plain(byte[] buffer, int from, int end) {
    int i = from;
    while (i < end) {
      int b = buffer[i];
      if ((b >= 0x20 && b != '\\' && b != 0x7F) || b == '\n' || b == '\r' || b == '\t') {
        i++;
      } else if (b < 0 && i + 2 < end && b >= (byte) 0xE1 && b <= (byte) 0xEF && b != (byte) 0xED
          && (buffer[i + 1] & 0xC0) == 0x80 && (buffer[i + 2] & 0xC0) == 0x80) {
        i += 3;
      } else {
        break;
      }
    }
    return i;
  }

  private void lead(int b) throws Refused {
    if (escape != TEXT) {
      throw refused("a non-ASCII byte inside an escape"); // or where a surrogate's low half is due
    }
    low = 0x80;
    high = 0xBF;
    c1Lead = b == 0xC2;
    if (b >= 0xC2 && b <= 0xDF) {
      continuations = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      continuations = 2;
      low = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
      high = b == 0xED ? 0x9F : 0xBF; // no encoded surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      continuations = 3;
      low = b == 0xF0 ? 0x90 : 0x80;
      high = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
      throw refused("a byte that is not UTF-8"); // a stray continuation byte, C0, C1, F5..FF
    }
  }

  private void continuation(int b) throws Refused {
    if (b < low || b > high) {
      throw refused("a byte that is not UTF-8");
    }
    if (c1Lead && b <= 0x9F) {
      throw refused("a control character"); // C2 80..C2 9F are the C1 controls
    }
    continuations--;
    low = 0x80;
    high = 0xBF;
    c1Lead = false;
  }

  private void escaped(int b) throws Refused {
    switch (escape) {
      case TEXT -> {
        if (b == '\\') {
          escape = BACKSLASH;
        }
      }
      case BACKSLASH -> {
        if (b == 'u') {
          escape = HEX;
          hexDigits = 0;
          hexValue = 0;
        } else if (b == 'b' || b == 'f') {
          throw refused("an escaped control character");
        } else {
          escape = TEXT; // \" \\ \/ \n \r \t; anything else the parser refuses
        }
      }
      case HEX -> {
        int digit = Character.digit(b, 16);
        if (digit < 0) {
          throw refused("an escape that is not four hexadecimal digits");
        }
        hexValue = hexValue * 16 + digit;
        if (++hexDigits == 4) {
          unit(hexValue);
        }
      }
      case PAIR_BACKSLASH -> {
        if (b != '\\') {
          throw refused("an unpaired surrogate escape");
        }
        escape = PAIR_U;
      }
      case PAIR_U -> {
        if (b != 'u') {
          throw refused("an unpaired surrogate escape");
        }
        escape = HEX;
        hexDigits = 0;
        hexValue = 0;
      }
      default -> throw new IllegalStateException("escape state " + escape);
    }
  }

  private Refused refused(String what) {
    return new Refused(offset, what);
  }

  /** One UTF-16 unit written as a backslash-u escape. */
  private void unit(int value) throws Refused {
    boolean highHalf = value >= 0xD800 && value <= 0xDBFF;
    boolean lowHalf = value >= 0xDC00 && value <= 0xDFFF;
    if (expectLow != lowHalf) {
      throw refused("an unpaired surrogate escape"); // a low half alone, or a high half not followed by one
    }
    if ((value < 0x20 && value != '\t' && value != '\n' && value != '\r') || (value >= 0x7F && value <= 0x9F)) {
      throw refused("an escaped control character");
    }
    expectLow = highHalf;
    escape = highHalf ? PAIR_BACKSLASH : TEXT;
  }
}
