/**
 * Typed identifiers ({@link io.github.peoplecongress.model.id.DeputyId}, {@link io.github.peoplecongress.model.id.MeetingId},
 * …) and the references between records that the records aggregate resolves.
 *
 * <p>Records refer to each other by id only, never by object, so that every record can be read, written and
 * validated on its own and the whole year is checked for dangling references once.
 */
package io.github.peoplecongress.model.id;
