/**
 * Resolutions and decisions (决议, 决定) of the standing committee, and the major matters (重大事项) it refers to
 * an organ instead of deciding them.
 *
 * <p>Legal sources: Constitution Art. 104 and Local Organic Law 2022 Art. 50(四) with its final paragraph (the
 * committee discusses and decides major matters, by 决定 or 决议, or sends its opinions to the organ concerned,
 * which reports back on handling); Art. 51(4) (adoption by more than half of <em>all</em> members); Art. 54(三)
 * (the 主任会议 decides what goes to a vote); Supervision Law 2024 Arts. 17, 29, 37 (a resolution on a report may
 * set the period within which the organ reports on execution), Art. 59 (decisions after a special-question
 * investigation). A county or district committee has no legislative power (Legislation Law 2023 Arts. 80–81): its
 * normative output is the 决议 and 决定 modelled here.
 */
@ModelStyle
package io.github.peoplecongress.model.decision;

import io.github.peoplecongress.model.internal.ModelStyle;
