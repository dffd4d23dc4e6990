package vn.dvcportal.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A message between the applicant and the agency about a dossier. The body is kept as typed
 * (NFC) and escaped only where it is shown.
 */
@Entity
@Table(name = "DOSSIER_MESSAGE", indexes =
        @Index(name = "IX_DOSSIER_MESSAGE_DOSSIER", columnList = "DOSSIER_ID,SENT_AT"))
@NamedQueries({
    @NamedQuery(name = DossierMessage.OF_DOSSIER,
            query = "SELECT m FROM DossierMessage m WHERE m.dossier.id = :dossierId"
                    + " ORDER BY m.at, m.id")
})
public class DossierMessage {

    /** The messages of a dossier in order; parameter {@code dossierId}. */
    public static final String OF_DOSSIER = "DossierMessage.ofDossier";

    public static final String SEQUENCE = "DOSSIER_MESSAGE_SEQ";

    public static final int ID_ALLOCATION = 50;

    public static final int MAX_BODY = 4000;

    @Id
    @SequenceGenerator(name = "DossierMessageIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DossierMessageIds")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DOSSIER_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_DOSSIER_MESSAGE_DOSSIER"))
    private Dossier dossier;

    @Column(name = "SENT_AT", nullable = false)
    private Instant at;

    @Column(name = "AUTHOR_LOGIN", nullable = false, length = 100)
    private String authorLogin;

    @Column(name = "AUTHOR_NAME", nullable = false, length = 2400)
    private String authorName;

    /** Written by an official of the agency rather than by the applicant. */
    @Column(name = "OFFICIAL", nullable = false)
    private boolean official;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    /** For JPA only. */
    protected DossierMessage() {
    }

    public DossierMessage(Dossier dossier, Instant at, String authorLogin, String authorName,
            boolean official, String body) {
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.at = Objects.requireNonNull(at, "at");
        this.authorLogin = Objects.requireNonNull(authorLogin, "authorLogin");
        this.authorName = Dossier.cut(Objects.requireNonNull(authorName, "authorName"),
                Dossier.NAME_LENGTH);
        this.official = official;
        this.body = Objects.requireNonNull(body, "body");
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Instant getAt() {
        return at;
    }

    public String getAuthorLogin() {
        return authorLogin;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isOfficial() {
        return official;
    }

    public String getBody() {
        return body;
    }
}
