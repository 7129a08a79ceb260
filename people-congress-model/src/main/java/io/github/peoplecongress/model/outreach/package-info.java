/**
 * The committee's work beyond its statutory powers and its outreach, as work reports count them: projects the
 * committee's leaders take charge of (项目指挥长 for key projects, 首席服务官 for enterprises and institutes) and
 * livelihood projects it monitors (惠民项目: schools, day-care centres for the elderly, old residential communities,
 * pocket parks) with their investment; the district's fiscal expenditure and the livelihood share of it (民生投入
 * 占财政支出比例); rules adopted (制定出台的制度), research reports (调研报告), publicity articles by media level
 * (宣传稿件), issues of the internal bulletin (人大工作信息) and honours (表彰, 荣誉).
 *
 * <p>Money is {@link java.math.BigDecimal} in yuan (元), never {@code double}; reports convert to 万元 or 亿元.
 * These are local practice, not statute: there is no legal source beyond the committee's own rules.
 */
@ModelStyle
package io.github.peoplecongress.model.outreach;

import io.github.peoplecongress.model.internal.ModelStyle;
