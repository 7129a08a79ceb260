package io.github.peoplecongress.rules;

import java.util.ArrayList;
import java.util.List;

/** The rule families, each contributing its rules; the one place a new family is registered. */
final class RuleFamilies {
  private RuleFamilies() {}

  static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    return rules;
  }
}
