package io.github.peoplecongress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands on the bundled example data, as the README runs them. */
class CommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void check_passes_the_clean_year() {
    assertThat(run("check", "data/committee-year-2019.json", "--as-of", "2020-06-30")).isZero();
    assertThat(out.toString()).contains("云川区 2019：违反规定0项，提示0项，无法判断0项");
  }

  @Test
  void check_fails_the_problem_year_with_its_articles() {
    assertThat(run("check", "data/problem-year-2019.json", "--jurisdiction", "beijing", "--as-of", "2020-06-30",
        "--lang", "en")).isEqualTo(Main.PROBLEMS);
    assertThat(out.toString()).contains("3 violations, 3 warnings, 0 cannot tell; 2 pending")
        .contains("[OATH-006] violation").contains("NPCSC Decision on the Constitutional Oath (2018) Art. 8(1)");
  }

  @Test
  void check_rejects_an_unknown_jurisdiction_as_a_usage_error() {
    assertThat(run("check", "data/problem-year-2019.json", "--jurisdiction", "atlantis")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown jurisdiction 'atlantis'; known: national, beijing");
  }

  @Test
  void report_renders_one_year() {
    assertThat(run("report", "data/committee-year-2019.json")).isZero();
    assertThat(out.toString()).contains("共召开常委会会议8次");
    out.getBuffer().setLength(0);
    assertThat(run("report", "data/committee-year-2019.json", "--format", "markdown", "--period", "2019")).isZero();
    assertThat(out.toString()).contains("|");
  }

  @Test
  void two_districts_in_one_set_are_refused_naming_both() {
    assertThat(run("report", "data/committee-year-2019.json", "data/problem-year-2019.json")).isEqualTo(Main.PROBLEMS);
    assertThat(err.toString()).contains("the records of one district, 云川区").contains("云岭区 (119901)")
        .doesNotContain("Exception");
  }

  @Test
  void the_same_file_twice_is_refused_naming_the_duplicate() {
    assertThat(run("report", "data/committee-year-2019.json", "data/../data/committee-year-2019.json"))
        .isEqualTo(Main.PROBLEMS);
    assertThat(err.toString()).contains("the same file as data/committee-year-2019.json again");
  }

  @Test
  void an_unknown_period_form_or_term_is_a_usage_error() {
    assertThat(run("report", "data/committee-year-2019.json", "--period", "last-year")).isEqualTo(2);
    assertThat(err.toString()).contains("a year (2019), a term (term:16) or a range of days");
    assertThat(run("check", "data/committee-year-2019.json", "--period", "term:9")).isEqualTo(2);
    assertThat(err.toString()).contains("the records have no term 9; they have [term:16]");
  }

  @Test
  void an_unexpected_failure_is_one_paragraph_and_exit_four() {
    CommandLine cli = Main.commandLine();
    cli.addSubcommand("boom", new CommandLine(new Boom()));
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("boom")).isEqualTo(Main.INTERNAL_ERROR);
    assertThat(err.toString()).isEqualTo("people-congress: internal error in 'boom': IllegalStateException: kaput. "
        + "This is a bug; please report it with the command line and the input file." + System.lineSeparator());
  }

  @CommandLine.Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("kaput");
    }
  }

  @Test
  void rules_and_metrics_print_their_catalogues() {
    assertThat(run("rules", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"id\" : \"OATH-001\"");
    assertThat(run("metrics")).isZero();
    assertThat(out.toString()).contains("SC_MEETINGS");
  }
}
