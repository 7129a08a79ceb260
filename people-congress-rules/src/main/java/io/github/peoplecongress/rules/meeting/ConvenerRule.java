package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CommitteeRole;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MEET-005 常委会会议由主任召集并主持 — the director convenes (and, from 2022, chairs) committee meetings; a deputy
 * director may chair by delegation.
 *
 * <p>地方组织法（2022）第五十一条第一款：「常务委员会会议由主任召集并主持，每两个月至少举行一次。遇有特殊需要时，可以临时召集
 * 常务委员会会议。主任可以委托副主任主持会议。」 2015 (第四十六条, recalled, UNVERIFIED): 「常务委员会会议由主任召集，每两个月至少
 * 举行一次。」 — it speaks of convening only, so the chair is checked from 2022-03-12.
 *
 * <p>Readings: the convener must be the director in office on the meeting's opening day, or the member acting as
 * director that day (代理主任, 第五十五条). The chair must be the director, the acting director or a deputy director in
 * office that day (the delegation itself is not recorded and is presumed). A missing convener (or, from 2022, chair)
 * is "cannot tell".
 */
public final class ConvenerRule extends Rule {
  /** Creates the rule. */
  public ConvenerRule() {
    super("MEET-005", "常委会会议由主任召集并主持", "Committee meetings convened and chaired by the director",
        List.of(RuleVersion.of(MeetingParameters.ORGANIC_2015_MEETINGS),
            RuleVersion.of(MeetingParameters.ORGANIC_2022_MEETINGS)),
        List.of(),
        List.of("The convener is the director in office, or the acting director (Art. 55).",
            "From 2022-03-12 the chair is the director, the acting director or a deputy director (delegation presumed).",
            "A missing convener or chair is cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Meeting meeting : context.getRecords().getMeetings()) {
      if (meeting.getKind() != MeetingKind.STANDING_COMMITTEE) {
        continue;
      }
      LocalDate date = meeting.getDate();
      Optional<RuleVersion> version = versionOn(date, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      Citation citation = version.get().getCitation();
      Optional<StandingCommittee> committeeOn = context.termOn(date).map(CongressTerm::getStandingCommittee);
      if (committeeOn.isEmpty()) {
        findings.add(noTermOn(citation, label(meeting), date));
        continue;
      }
      StandingCommittee committee = committeeOn.get();
      boolean chairRequired = citation.getLaw().getStatute().equals(Laws.LOCAL_ORGANIC_LAW_2022.getStatute())
          && !context.getProfile().effectiveDate(Laws.LOCAL_ORGANIC_LAW_2022).isAfter(date);
      List<String> missing = new ArrayList<>();
      if (meeting.getConvenerId().isEmpty()) {
        missing.add("convenerId");
      } else if (!isDirector(committee, meeting.getConvenerId().get(), date)) {
        findings.add(finding(Severity.VIOLATION, citation, label(meeting), date)
            .expectedZh("由主任（或代理主任）召集")
            .foundZh("由" + describe(committee, meeting.getConvenerId().get(), date) + "召集")
            .expectedEn("convened by the director (or the acting director)")
            .foundEn("convened by " + describeEn(committee, meeting.getConvenerId().get(), date)).build());
      }
      if (chairRequired) {
        if (meeting.getChairId().isEmpty()) {
          missing.add("chairId");
        } else if (!isDirector(committee, meeting.getChairId().get(), date)
            && !hasRole(committee, meeting.getChairId().get(), date, CommitteeRole.DEPUTY_DIRECTOR)) {
          findings.add(finding(Severity.VIOLATION, citation, label(meeting), date)
              .expectedZh("由主任主持，或由主任委托副主任主持")
              .foundZh("由" + describe(committee, meeting.getChairId().get(), date) + "主持")
              .expectedEn("chaired by the director, or by a deputy director on the director's delegation")
              .foundEn("chaired by " + describeEn(committee, meeting.getChairId().get(), date)).build());
        }
      }
      if (!missing.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(meeting), date)
            .expectedZh(chairRequired ? "由主任召集并主持（可委托副主任主持）" : "由主任召集")
            .foundZh("未记录" + (missing.size() == 2 ? "召集人和主持人" : missing.contains("chairId") ? "主持人" : "召集人"))
            .expectedEn(chairRequired ? "convened and chaired by the director (chair delegable to a deputy director)"
                : "convened by the director")
            .foundEn("no " + String.join(" or ", missing) + " recorded")
            .addAllMissingFacts(missing).build());
      }
    }
    return findings;
  }

  private static boolean isDirector(StandingCommittee committee, PersonId person, LocalDate date) {
    return hasRole(committee, person, date, CommitteeRole.DIRECTOR)
        || committee.actingDirectorOn(date).map(m -> m.getPersonId().equals(person)).orElse(false);
  }

  private static boolean hasRole(StandingCommittee committee, PersonId person, LocalDate date, CommitteeRole role) {
    for (CommitteeMembership membership : committee.membershipsOf(person)) {
      if (membership.inOfficeOn(date) && membership.getRole() == role) {
        return true;
      }
    }
    return false;
  }

  private static String describe(StandingCommittee committee, PersonId person, LocalDate date) {
    for (CommitteeMembership membership : committee.membershipsOf(person)) {
      if (membership.inOfficeOn(date)) {
        return membership.getRole().getLabel() + person;
      }
    }
    return "非当日在任组成人员" + person;
  }

  private static String describeEn(StandingCommittee committee, PersonId person, LocalDate date) {
    for (CommitteeMembership membership : committee.membershipsOf(person)) {
      if (membership.inOfficeOn(date)) {
        return membership.getRole().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + person;
      }
    }
    return person + ", not a member in office that day";
  }
}
