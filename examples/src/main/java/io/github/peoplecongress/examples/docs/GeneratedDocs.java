package io.github.peoplecongress.examples.docs;

import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.metric.MetricCatalogue;
import io.github.peoplecongress.rules.RuleCatalogue;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generated documents under {@code docs/}: file name to content. {@code GeneratedDocsTest} fails when a committed
 * file differs; {@link #main} rewrites them.
 */
public final class GeneratedDocs {
  private GeneratedDocs() {}

  /**
   * Returns every generated document by file name.
   *
   * @return the documents, in a stable order, not null
   */
  public static Map<String, String> all() {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("json-format.md", JsonFormatReference.markdown());
    docs.put("rule-catalogue.md", RuleCatalogue.toMarkdown(Profiles.all()));
    docs.put("rule-catalogue.json", RuleCatalogue.toJson(Profiles.all()) + "\n");
    docs.put("metrics.md", MetricCatalogue.toMarkdown(Language.ZH) + "\n" + MetricCatalogue.toMarkdown(Language.EN));
    docs.put("metrics.json", MetricCatalogue.toJson() + "\n");
    return docs;
  }

  /**
   * Writes the documents into a folder.
   *
   * @param args  the folder, default {@code docs}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "docs");
    Files.createDirectories(folder);
    for (Map.Entry<String, String> doc : all().entrySet()) {
      Files.writeString(folder.resolve(doc.getKey()), doc.getValue(), StandardCharsets.UTF_8);
    }
  }
}
