package io.github.peoplecongress.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.LawVersion;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every rule of the library, in id order, and the catalogue document a legal reviewer signs off: each rule with its
 * id, titles, the provisions of each law version with their effective dates and quotes, its parameters per
 * jurisdiction profile, and the readings chosen where the statute is open. Exported as JSON and Markdown.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /**
   * Returns every rule, in id order.
   *
   * @return the rules, not null
   */
  public static List<Rule> rules() {
    return Holder.RULES;
  }

  private static final class Holder {
    static final List<Rule> RULES = sorted(RuleFamilies.all());

    private static List<Rule> sorted(List<Rule> rules) {
      List<Rule> copy = new ArrayList<>(rules);
      copy.sort(Comparator.comparing(Rule::getId));
      for (int i = 1; i < copy.size(); i++) {
        if (copy.get(i).getId().equals(copy.get(i - 1).getId())) {
          throw new IllegalStateException("rule id used twice: " + copy.get(i).getId());
        }
      }
      return List.copyOf(copy);
    }
  }

  /**
   * Returns the catalogue as JSON.
   *
   * @param profiles  the profiles whose parameter values to list, national first, not null
   * @return the JSON text, not null
   */
  public static String toJson(List<JurisdictionProfile> profiles) {
    ObjectMapper mapper = CongressJson.objectMapper();
    ArrayNode array = mapper.createArrayNode();
    for (Rule rule : rules()) {
      ObjectNode node = array.addObject();
      node.put("id", rule.getId()).put("titleZh", rule.getTitleZh()).put("titleEn", rule.getTitleEn());
      ArrayNode versions = node.putArray("versions");
      for (RuleVersion version : rule.getVersions()) {
        Citation citation = version.getCitation();
        LawVersion law = citation.getLaw();
        versions.addObject().put("law", law.getCode()).put("referenceZh", citation.referenceZh())
            .put("referenceEn", citation.referenceEn()).put("adopted", law.getAdopted().toString())
            .put("effective", law.getEffective().toString())
            .put("effectiveDateVerified", law.isEffectiveDateVerified()).put("quote", citation.getQuote())
            .put("source", law.getSource());
      }
      ArrayNode parameters = node.putArray("parameters");
      for (Parameter<?> parameter : rule.getParameters()) {
        ObjectNode p = parameters.addObject().put("key", parameter.getKey()).put("titleZh", parameter.getTitleZh())
            .put("titleEn", parameter.getTitleEn());
        ObjectNode byProfile = p.putObject("values");
        for (JurisdictionProfile profile : profiles) {
          ArrayNode entries = byProfile.putArray(profile.getId());
          for (DatedSeries.Entry<?> entry : profile.seriesOf(parameter).getEntries()) {
            entries.addObject().put("from", entry.getFrom().toString())
                .put("value", entry.getValue().map(Object::toString).orElse(null))
                .put("reference", entry.getReference());
          }
        }
      }
      ArrayNode readings = node.putArray("readings");
      rule.getReadings().forEach(readings::add);
    }
    try {
      return mapper.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the catalogue could not be written as JSON", e);
    }
  }

  /**
   * Returns the catalogue as Markdown, one section per rule.
   *
   * @param profiles  the profiles whose parameter values to list, national first, not null
   * @return the Markdown text, not null
   */
  public static String toMarkdown(List<JurisdictionProfile> profiles) {
    StringBuilder md = new StringBuilder("# Rule catalogue / 规则目录\n\n")
        .append("Generated from the library. Each rule applies the provision in force on the date of the fact.\n\n")
        .append("| Id | 规则 | Rule | Provisions |\n|---|---|---|---|\n");
    for (Rule rule : rules()) {
      md.append("| ").append(rule.getId()).append(" | ").append(rule.getTitleZh()).append(" | ").append(rule.getTitleEn())
          .append(" | ");
      List<String> refs = new ArrayList<>();
      rule.getVersions().forEach(v -> refs.add(v.getCitation().referenceZh()));
      md.append(String.join("; ", refs)).append(" |\n");
    }
    for (Rule rule : rules()) {
      md.append("\n## ").append(rule.getId()).append(" ").append(rule.getTitleZh()).append(" — ")
          .append(rule.getTitleEn()).append("\n\n");
      for (RuleVersion version : rule.getVersions()) {
        Citation citation = version.getCitation();
        LawVersion law = citation.getLaw();
        md.append("- **").append(citation.referenceZh()).append("** (").append(citation.referenceEn())
            .append("), in force from ").append(law.getEffective())
            .append(law.isEffectiveDateVerified() ? "" : " (effective date unverified; a profile may override it)")
            .append(": 「").append(citation.getQuote()).append("」\n");
      }
      if (!rule.getParameters().isEmpty()) {
        md.append("\nParameters:\n\n| Parameter | ");
        profiles.forEach(p -> md.append(p.getNameZh()).append(" | "));
        md.append("\n|---|");
        profiles.forEach(p -> md.append("---|"));
        md.append('\n');
        for (Parameter<?> parameter : rule.getParameters()) {
          md.append("| `").append(parameter.getKey()).append("` ").append(parameter.getTitleZh()).append(" | ");
          for (JurisdictionProfile profile : profiles) {
            List<String> values = new ArrayList<>();
            for (DatedSeries.Entry<?> entry : profile.seriesOf(parameter).getEntries()) {
              values.add("from " + entry.getFrom() + ": " + entry.getValue().map(Object::toString).orElse("—") + " ("
                  + entry.getReference() + ")");
            }
            md.append(String.join("<br>", values)).append(" | ");
          }
          md.append('\n');
        }
      }
      if (!rule.getReadings().isEmpty()) {
        md.append("\nReadings:\n\n");
        rule.getReadings().forEach(r -> md.append("- ").append(r).append('\n'));
      }
    }
    return md.toString();
  }
}
