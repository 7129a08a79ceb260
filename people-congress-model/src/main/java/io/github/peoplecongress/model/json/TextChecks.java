package io.github.peoplecongress.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Refuses text that no record should hold and that a host's database or document would mangle: a lone surrogate
 * ({@code \ud800} without its pair) or a control character other than tab, line feed and carriage return (such as
 * {@code \u0000}), in any string or field name, with the JSON path. One pass over the parsed document.
 */
final class TextChecks {
  private TextChecks() {}

  static List<Problem> problems(JsonNode root) {
    List<Problem> problems = new ArrayList<>();
    visit(root, "$", problems);
    return problems;
  }

  private static void visit(JsonNode node, String path, List<Problem> problems) {
    if (node.isTextual()) {
      check(node.asText(), path, problems);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(node.get(i), path + "[" + i + "]", problems);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        check(field.getKey(), path + " (a field name)", problems);
        visit(field.getValue(), path + "." + field.getKey(), problems);
      }
    }
  }

  private static void check(String text, String path, List<Problem> problems) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String bad = null;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        bad = "a lone surrogate \\u" + String.format("%04x", (int) c);
      } else if (Character.isLowSurrogate(c)) {
        bad = "a lone surrogate \\u" + String.format("%04x", (int) c);
      } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        bad = "the control character \\u" + String.format("%04x", (int) c);
      }
      if (bad != null) {
        // the text itself is not quoted: it may be personal data
        problems.add(Problem.of(ProblemKind.SYNTAX, path, "",
            "text without control characters (other than tab and line breaks) or unpaired surrogates",
            bad + " at character " + (i + 1)));
        return;
      }
    }
  }
}
