/**
 * Chinese national codes as value types and enums, each checked against its standard with a reason when invalid.
 *
 * <ul>
 *   <li>{@link io.github.peoplecongress.model.code.ResidentIdNumber} — 公民身份号码 / 居民身份证号码, GB 11643-1999
 *       (check character ISO 7064 MOD 11-2); masked in {@code toString()}.</li>
 *   <li>{@link io.github.peoplecongress.model.code.UnifiedSocialCreditCode} — 统一社会信用代码, GB 32100-2015, with
 *       the embedded organisation code (组织机构代码) checked as in GB 11714-1997.</li>
 *   <li>{@link io.github.peoplecongress.model.code.DivisionCode} — 行政区划代码, GB/T 2260 (structure only).</li>
 *   <li>{@link io.github.peoplecongress.model.code.Gender} — 人的性别代码, GB/T 2261.1-2003;
 *       {@link io.github.peoplecongress.model.code.Ethnicity} — 民族, GB/T 3304-1991;
 *       {@link io.github.peoplecongress.model.code.PoliticalStatus} — 政治面貌, GB/T 4762-1984;
 *       {@link io.github.peoplecongress.model.code.EducationLevel} — 学历, GB/T 4658-2006.</li>
 * </ul>
 *
 * <p>JSON: the value types are written as their plain text ({@code "11010519491231002X"}); the enums as their
 * constant names ({@code "FEMALE"}, Jackson's default), never as the numeric GB code, so that a reader of the JSON
 * sees what is meant. Use each enum's {@code getCode()} and {@code fromCode(String)} to exchange GB codes.
 *
 * <p>Nothing a user gave is changed silently: {@code of(text)} keeps the exact text or rejects it with a reason
 * (for example a lower-case {@code x} check character is rejected, not upper-cased). Reasons never repeat a whole
 * identity number. Jakarta constraints for a host's own {@code String} fields are in
 * {@link io.github.peoplecongress.model.code.constraint}.
 */
@ModelStyle
package io.github.peoplecongress.model.code;

import io.github.peoplecongress.model.internal.ModelStyle;
