/**
 * People (人员) in the committee's records: deputies (人大代表), members of the standing committee (常委会组成人员),
 * appointees of state organs, people's assessors (人民陪审员) and anyone else a record names, each as one
 * {@link io.github.peoplecongress.model.person.Person} with the basic personal information of the national codes:
 * 性别 (GB/T 2261.1), 民族 (GB/T 3304), 政治面貌 (GB/T 4762), 学历 (GB/T 4658) and the 居民身份证号码 (GB 11643).
 *
 * <p>Personal data: a person's identity number and phone number are masked in {@code toString()}; JSON carries them
 * in full, so protect stored and transmitted JSON accordingly.
 */
@ModelStyle
package io.github.peoplecongress.model.person;

import io.github.peoplecongress.model.internal.ModelStyle;
