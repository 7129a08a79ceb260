/**
 * Deputies (人大代表) and how the standing committee organises them: the deputies of the district congress and the
 * city and provincial deputies elected in the district (组织市、区两级人大代表), their constituencies (选区), deputy
 * groups (代表组) paired with committee members (常委会组成人员与代表组结对联系), and each deputy's status over the term
 * (在任, 暂停执行代表职务, 代表资格终止), by-elections (补选) included, so that a deputy who served part of a term can be
 * judged over the period served.
 *
 * <p>Legal sources: Deputies Law 2025 Arts. 2(3) (term), 25–27 (recess activities, 代表小组), 61 (suspension),
 * 62–63 (termination and its announcement) — 2015 Arts. 19–21, 48–50; Election Law 2020 Arts. 25 (1–3 seats per
 * constituency), 47 (credentials), 50–57 (recall, resignation, by-election). Statutory limits are checked by the rules
 * module, not here.
 */
@ModelStyle
package io.github.peoplecongress.model.deputy;

import io.github.peoplecongress.model.internal.ModelStyle;
