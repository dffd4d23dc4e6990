package vn.dvcportal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.math.BigDecimal;

/**
 * A fee or charge for one channel: the amount and currency when the catalogue states them, and
 * the original wording, which often carries conditions the amount alone cannot.
 */
@Embeddable
public class Fee {

    @Column(name = "AMOUNT", precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "CURRENCY", length = 3)
    private String currency;

    @Lob
    @Column(name = "NOTE")
    private String note;

    protected Fee() {
    }

    public Fee(BigDecimal amount, String currency, String note) {
        this.amount = amount;
        this.currency = currency;
        this.note = note;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getNote() {
        return note;
    }
}
