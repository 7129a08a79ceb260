package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.model.records.CommitteeRecords;
import java.time.LocalDate;

/**
 * How to read 「全体组成人员」 in 「全体组成人员过半数出席」 / 「以全体组成人员的过半数通过」 (地方组织法 2022 第五十一条第三款、
 * 第四款) and 「五分之一以上的常务委员会组成人员」 when seats are vacant (DOMAIN.md §4).
 *
 * <p>Example: a committee of 27 seats with 25 members in office: under {@link #MEMBERS_IN_OFFICE} a majority is 13,
 * under {@link #FIXED_SIZE} it is 14.
 *
 * <p>Implementation Requirements: this enum is immutable and thread-safe.
 */
public enum AllMembersReading {
  /**
   * The members in office on the day (the default): the seats actually filled. This is how the NPC Standing
   * Committee counts (「常委会组成人员……人出席，超过全体组成人员的半数」 is reported against the members in office), and
   * a vacant seat cannot vote.
   */
  MEMBERS_IN_OFFICE("当日在任的组成人员"),
  /** The size fixed for the term (名额, 第四十七条第五款), vacant seats included: the strict reading. */
  FIXED_SIZE("本届确定的组成人员名额");

  private final String label;

  AllMembersReading(String label) {
    this.label = label;
  }

  /** @return the Chinese label, not null */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the number of all members on a day under this reading.
   *
   * @param records  the records, whose term in office on the day is counted, not null
   * @param date  the day, not null
   * @return the number; 0 when no recorded term covers the day
   */
  public int count(CommitteeRecords records, LocalDate date) {
    return records.termOn(date).map(term -> this == FIXED_SIZE ? term.getStandingCommittee().getSize()
        : term.membersOn(date).size()).orElse(0);
  }

  /**
   * Returns the least number that is more than half of {@code all} (过半数).
   *
   * @param all  the number of all members, not negative
   * @return {@code all / 2 + 1}
   */
  public static int majorityOf(int all) {
    return all / 2 + 1;
  }
}
