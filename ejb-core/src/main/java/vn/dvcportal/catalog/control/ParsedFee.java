package vn.dvcportal.catalog.control;

import java.math.BigDecimal;

/**
 * One fee of a submission channel.
 *
 * @param amount the amount as published, {@code null} when the procedure is free of charge or
 *     the amount is not stated
 * @param currency ISO 4217 code ({@code VND}, {@code USD}...), {@code null} without amount
 * @param note the fee text as published, including its remark in parentheses
 */
public record ParsedFee(BigDecimal amount, String currency, String note) {
}
