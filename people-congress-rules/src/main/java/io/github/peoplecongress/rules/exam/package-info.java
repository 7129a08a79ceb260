/**
 * Pre-appointment legal-knowledge examination rules (任前法律知识考试). No national statute requires the examination;
 * local rules do, so every rule here applies only under a jurisdiction profile that sets its parameters: the pass mark
 * (石台县 Art. 11 and 兰州市: 60 of 100), a pass before the appointment vote (岐山县: 「经考试成绩合格，方可提请县人大
 * 常委会审议和任命」), one retake, the consequence of failing it (岐山县 暂缓提请任命; 兰州市 撤回提名), absence without
 * reason (兰州市: the appointment bill is kept off the agenda) and the recognised exemptions (武隆县 Art. 4).
 *
 * <p>Parameters are in {@link io.github.peoplecongress.rules.exam.ExamParameters}, local values in
 * {@link io.github.peoplecongress.rules.exam.ExamLocalRules}, the rules in
 * {@link io.github.peoplecongress.rules.exam.ExamRules}.
 */
package io.github.peoplecongress.rules.exam;
