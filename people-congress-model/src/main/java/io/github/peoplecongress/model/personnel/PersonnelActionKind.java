package io.github.peoplecongress.model.personnel;

/**
 * The kind of a personnel action (任免方式), as the Local Organic Law 2022 Art. 50(十三)–(十七), Art. 32 and
 * Art. 34 name them. Each kind either puts a person into a post ({@link #appoints()}) or takes one out of it
 * ({@link #removes()}).
 */
public enum PersonnelActionKind {
  /** 选举: elected by the congress (人民代表大会), such as the district head or court president. */
  ELECTION("选举", true),
  /** 补选: by-elected by the congress to fill a vacancy. */
  BY_ELECTION("补选", true),
  /** 任命: appointed, such as a judge (审判员) or a people's assessor (Art. 50(十五), (十六)). */
  APPOINTMENT("任命", true),
  /** 决定任命: appointment decided on a nomination, such as a bureau head on the district head's (Art. 50(十三), (十四)). */
  DECIDED_APPOINTMENT("决定任命", true),
  /** 批准任命: appointment approved, such as a lower procurator-general (Art. 50(十六)). */
  APPROVED_APPOINTMENT("批准任命", true),
  /** 决定代理: an acting head chosen from the deputies of the organ on the directors' meeting's nomination (Art. 50(十三)). */
  ACTING_APPOINTMENT("决定代理", true),
  /** 免职: dismissed from a post (免去职务), including 免除人民陪审员职务 (People's Assessors Law Art. 27). */
  DISMISSAL("免职", false),
  /** 决定免职: dismissal decided, such as an individual deputy district head during the recess (Art. 50(十三)). */
  DECIDED_DISMISSAL("决定免职", false),
  /** 批准免职: dismissal approved, such as a lower procurator-general (Art. 50(十六)). */
  APPROVED_DISMISSAL("批准免职", false),
  /** 撤职: removal from office as a sanction (撤销职务), Art. 50(十七); Supervision Law 2024 Arts. 60–62. */
  REMOVAL("撤职", false),
  /** 接受辞职: resignation accepted by the committee during the recess, Art. 32(1). */
  ACCEPTED_RESIGNATION("接受辞职", false),
  /** 罢免: recalled by the congress that elected the person, at a congress session. */
  RECALL("罢免", false);

  private final String label;
  private final boolean appointing;

  PersonnelActionKind(String label, boolean appointing) {
    this.label = label;
    this.appointing = appointing;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "决定任命"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns whether this kind puts a person into a post (任), after which the person takes the oath.
   *
   * @return true for election, appointment and acting appointment, false for the removing kinds
   */
  public boolean appoints() {
    return appointing;
  }

  /**
   * Returns whether this kind takes a person out of a post (免).
   *
   * @return the opposite of {@link #appoints()}
   */
  public boolean removes() {
    return !appointing;
  }
}
