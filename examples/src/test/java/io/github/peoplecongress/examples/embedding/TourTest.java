package io.github.peoplecongress.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TourTest {
  @Test
  void the_tour_runs_on_the_example_year() {
    List<String> lines = Tour.run(List.of(Path.of("data/committee-year-2019.json")));
    assertThat(lines.get(0)).startsWith("2019-");
    // pending with the 2019 file alone: the next meeting (SC-17-01) and the oath of 2019-12-26, both in the 2020 file
    assertThat(lines.get(1)).isEqualTo("云川区 2019：违反规定0项，提示0项，无法判断0项；待办2项");
    assertThat(lines.get(2)).startsWith("一年来，共召开常委会会议8次");
    assertThat(lines.get(3)).contains("110105********002X").doesNotContain("11010519491231002X");
  }
}
