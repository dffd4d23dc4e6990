package vn.dvcportal.numbering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The last sequence number handed out in the dossier codes of one agency on one day. The row
 * is locked while a number is taken, so it carries no version: two callers never hold it at
 * once.
 */
@Entity
@Table(name = "DOSSIER_COUNTER", uniqueConstraints = @UniqueConstraint(
        name = "UQ_DOSSIER_COUNTER", columnNames = {"AGENCY_CODE", "COUNTER_DAY"}))
@NamedQueries({
    @NamedQuery(name = DossierCounter.FIND,
            query = "SELECT c FROM DossierCounter c"
                    + " WHERE c.agencyCode = :agencyCode AND c.day = :day")
})
public class DossierCounter {

    /** The counter of an agency and day; parameters {@code agencyCode} and {@code day}. */
    public static final String FIND = "DossierCounter.find";

    public static final String SEQUENCE = "DOSSIER_COUNTER_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    /** Longest agency code, as for the code of an organisation unit. */
    public static final int AGENCY_CODE_LENGTH = 30;

    @Id
    @SequenceGenerator(name = "DossierCounterIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DossierCounterIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "AGENCY_CODE", nullable = false, length = AGENCY_CODE_LENGTH)
    private String agencyCode;

    @Column(name = "COUNTER_DAY", nullable = false)
    private LocalDate day;

    @Column(name = "LAST_SEQ", nullable = false)
    private long lastSeq;

    /** For JPA only. */
    protected DossierCounter() {
    }

    /** A counter before its first number. */
    public DossierCounter(String agencyCode, LocalDate day) {
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.day = Objects.requireNonNull(day, "day");
    }

    /** Takes the next number: 1 for the first dossier of the day. */
    public long advance() {
        lastSeq++;
        return lastSeq;
    }

    public Long getId() {
        return id;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    /** The day in Viet Nam the numbers belong to. */
    public LocalDate getDay() {
        return day;
    }

    /** The last number handed out; 0 before the first. */
    public long getLastSeq() {
        return lastSeq;
    }

    @Override
    public String toString() {
        return "DossierCounter[" + agencyCode + " " + day + " " + lastSeq + "]";
    }
}
