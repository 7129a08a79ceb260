/**
 * The standing data of one district people's congress and its standing committee: the district (行政区, GB/T 2260),
 * the congress term (人民代表大会 第N届), the standing committee (常务委员会) with its fixed size (名额) and its
 * members (主任, 副主任, 委员) over time, the director's meeting (主任会议), and the organisations the committee deals
 * with (一府一委两院, 政府工作部门, 专门委员会, 工作机构, 街道人大工作机构 …).
 *
 * <p>Legal sources: Constitution Arts. 98, 103, 104; Local Organic Law 2022 Arts. 9, 46–48, 54–56, 59(3);
 * Election Law 2020 Art. 12. Statutory limits (committee size 15–35, incompatible offices, acting director chosen
 * from the deputy directors) are checked by the rules module, not here, so that a committee that breaks them can still
 * be recorded.
 */
@ModelStyle
package io.github.peoplecongress.model.body;

import io.github.peoplecongress.model.internal.ModelStyle;
