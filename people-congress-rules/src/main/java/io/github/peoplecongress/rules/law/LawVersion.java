package io.github.peoplecongress.rules.law;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of a statute or local rule, for example the 2018 revision of the NPCSC decision on the constitutional
 * oath, adopted 2018-02-24 and in force from 2018-03-12.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLawVersion.class)
public abstract class LawVersion {

  /** @return a stable code, such as {@code "OATH_DECISION_2018"}, not null */
  public abstract String getCode();

  /** @return the family of versions this one belongs to, such as {@code "OATH_DECISION"}, not null */
  public abstract String getStatute();

  /** @return the Chinese title, such as {@code "全国人民代表大会常务委员会关于实行宪法宣誓制度的决定"}, not null */
  public abstract String getTitleZh();

  /** @return a short Chinese title for citations, such as {@code "宪法宣誓制度的决定"}, not null */
  public abstract String getShortTitleZh();

  /** @return the English title, such as {@code "NPCSC Decision on the Constitutional Oath"}, not null */
  public abstract String getTitleEn();

  /** @return the revision label, such as {@code "2018"}, not null */
  public abstract String getRevision();

  /** @return the date of adoption or amendment, not null */
  public abstract LocalDate getAdopted();

  /** @return the date this version takes effect (施行), not null */
  public abstract LocalDate getEffective();

  /**
   * Returns whether the effective date was confirmed from the text; when false, {@link #getEffective()} is the
   * documented default and a jurisdiction profile may override it.
   *
   * @return whether verified
   */
  public abstract boolean isEffectiveDateVerified();

  /** @return the province, city or county of a local rule, empty for national law */
  public abstract Optional<String> getJurisdiction();

  /** @return where the text was read and how sure we are, such as {@code "VERIFIED-REPO: LawRefBook …"}, not null */
  public abstract String getSource();
}
