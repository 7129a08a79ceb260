/**
 * Deputies' suggestions, criticisms and opinions (代表建议、批评和意见): answered within three months of assignment
 * (交办), six months if broad or difficult (代表法 2015 Art. 42 / 2025 Art. 51(2)); and the 青岛市 rules (2021):
 * recess suggestions assigned within five working days of receipt (Art. 14), remit disputes within five working
 * days (Art. 19), extensions only with approval and at most six months (Art. 25), re-handling after the deputies'
 * 测评 (Art. 31).
 */
package io.github.peoplecongress.rules.suggestion;
