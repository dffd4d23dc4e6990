package vn.dvcportal.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One way to carry out a procedure (at the desk, online, by post) with its processing time and
 * fees. The time is kept both as value and unit, for due-date computation, and as the catalogue
 * wrote it, for display when it could not be read as a number.
 */
@Entity
@Table(name = "PROC_CHANNEL")
public class ProcedureChannel {

    @Id
    @SequenceGenerator(name = "channelSeq", sequenceName = "PROC_CHANNEL_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channelSeq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private ChannelKind kind;

    @Column(name = "TIME_VALUE", precision = 10, scale = 2)
    private BigDecimal timeValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "TIME_UNIT", length = 20)
    private ProcessingTimeUnit timeUnit;

    @Lob
    @Column(name = "TIME_TEXT")
    private String timeText;

    @Lob
    @Column(name = "DESCRIPTION")
    private String description;

    @ElementCollection
    @CollectionTable(name = "PROC_CHANNEL_FEE", joinColumns = @JoinColumn(name = "CHANNEL_ID"))
    @OrderColumn(name = "POS")
    private List<Fee> fees = new ArrayList<>();

    protected ProcedureChannel() {
    }

    public ProcedureChannel(ChannelKind kind, BigDecimal timeValue, ProcessingTimeUnit timeUnit,
            String timeText, String description, List<Fee> fees) {
        this.kind = Objects.requireNonNull(kind, "A channel needs a kind");
        this.timeValue = timeValue;
        this.timeUnit = timeUnit;
        this.timeText = timeText;
        this.description = description;
        this.fees = new ArrayList<>(fees);
    }

    public Long getId() {
        return id;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public BigDecimal getTimeValue() {
        return timeValue;
    }

    public ProcessingTimeUnit getTimeUnit() {
        return timeUnit;
    }

    public String getTimeText() {
        return timeText;
    }

    public String getDescription() {
        return description;
    }

    public List<Fee> getFees() {
        return fees;
    }
}
