package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.model.id.RecordId;
import io.github.peoplecongress.model.meeting.AgendaItem;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.vote.VoteTally;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tallies recorded on agenda items, by the record the item decided (决议/决定, personnel actions, removal motion),
 * built in one pass over the year's meetings.
 *
 * <p>Implementation Requirements: this class is immutable after construction and thread-safe.
 */
public final class AgendaVotes {
  private final Map<RecordId, VoteTally> votes = new HashMap<>();

  /**
   * Collects the tallies of a year's agenda items.
   *
   * @param year  the year, not null
   */
  public AgendaVotes(CommitteeRecords year) {
    for (Meeting meeting : year.getMeetings()) {
      for (AgendaItem item : meeting.getAgenda()) {
        if (item.getVote().isEmpty()) {
          continue;
        }
        VoteTally vote = item.getVote().get();
        item.getDecisionId().ifPresent(id -> votes.putIfAbsent(id, vote));
        item.getRemovalMotionId().ifPresent(id -> votes.putIfAbsent(id, vote));
        item.getPersonnelActionIds().forEach(id -> votes.putIfAbsent(id, vote));
      }
    }
  }

  /**
   * Returns the tally of the agenda item that decided a record.
   *
   * @param id  the record's id, not null
   * @return the tally, empty when no item with a tally refers to the record
   */
  public Optional<VoteTally> of(RecordId id) {
    return Optional.ofNullable(votes.get(id));
  }
}
