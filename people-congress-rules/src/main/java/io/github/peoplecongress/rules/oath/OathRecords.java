package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The oath ceremonies of a year indexed once per evaluation: by the action a swearer names and by person. An action's
 * oath is the earliest ceremony of the right {@link OathKind} at which the appointee swore, on or after the decision
 * date, among the ceremony the action links, the ceremonies whose swearer names the action, and the ceremonies at
 * which the person swore.
 */
final class OathRecords {
  private final RuleContext context;
  private final Map<PersonnelActionId, List<OathCeremony>> byAction = new HashMap<>();
  private final Map<PersonId, List<OathCeremony>> byPerson = new HashMap<>();

  private OathRecords(RuleContext context) {
    this.context = context;
    for (OathCeremony ceremony : context.getRecords().getOathCeremonies()) {
      for (OathTaker taker : ceremony.getSwearers()) {
        byPerson.computeIfAbsent(taker.getPersonId(), p -> new ArrayList<>()).add(ceremony);
        taker.getPersonnelActionId()
            .ifPresent(a -> byAction.computeIfAbsent(a, x -> new ArrayList<>()).add(ceremony));
      }
    }
  }

  static OathRecords of(RuleContext context) {
    return new OathRecords(context);
  }

  /**
   * Whether an action makes an oath due: it puts a person into a post and was taken by a body whose appointees swear
   * (not the directors' meeting, which the decision does not name).
   */
  static boolean requiresOath(PersonnelAction action) {
    return action.appoints() && action.getDecidedBy() != ActingBody.DIRECTORS_MEETING;
  }

  /** The oath an appointee takes: the assessor oath for people's assessors, else the constitutional oath. */
  static OathKind kindFor(PersonnelAction action) {
    return action.getPostCategory() == PostCategory.PEOPLES_ASSESSOR ? OathKind.PEOPLES_ASSESSOR
        : OathKind.CONSTITUTIONAL;
  }

  /** The earliest ceremony of the right kind at which the appointee swore, on or after the decision date. */
  Optional<OathCeremony> oathFor(PersonnelAction action) {
    return candidates(action).stream().filter(c -> !c.getDate().isBefore(action.getDecisionDate()))
        .min(Comparator.comparing(OathCeremony::getDate));
  }

  /** The ceremonies the action links explicitly (by its own id or a swearer's), whatever their date and kind. */
  List<OathCeremony> linked(PersonnelAction action) {
    Set<OathCeremony> found = new LinkedHashSet<>();
    action.getOathCeremonyId().flatMap(id -> context.getIndex().find(id, OathCeremony.class))
        .filter(c -> c.swore(action.getPersonId())).ifPresent(found::add);
    found.addAll(byAction.getOrDefault(action.getId(), List.of()));
    return new ArrayList<>(found);
  }

  private List<OathCeremony> candidates(PersonnelAction action) {
    Set<OathCeremony> found = new LinkedHashSet<>(linked(action));
    found.addAll(byPerson.getOrDefault(action.getPersonId(), List.of()));
    OathKind kind = kindFor(action);
    return found.stream().filter(c -> c.getKind() == kind).toList();
  }

  /**
   * The version in force on a date among the rule's versions of one statute (a rule may cite two statutes, such as
   * the oath decision and the People's Assessors Law).
   */
  static Optional<RuleVersion> versionOf(Rule rule, String statute, LocalDate date, JurisdictionProfile profile) {
    RuleVersion found = null;
    for (RuleVersion version : rule.getVersions()) {
      if (version.getLaw().getStatute().equals(statute) && !profile.effectiveDate(version.getLaw()).isAfter(date)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The entry of a local parameter in force on a date, when it has a value and a citation. */
  static <T> Optional<DatedSeries.Entry<T>> localEntry(RuleContext context, Parameter<T> parameter, LocalDate date) {
    return context.getProfile().entryOn(parameter, date)
        .filter(e -> e.getValue().isPresent() && e.getCitation().isPresent());
  }
}
