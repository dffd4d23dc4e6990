package vn.dvcportal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/** A legal document the procedure rests on (căn cứ pháp lý): its title and number. */
@Embeddable
public class LegalBasis {

    @Lob
    @Column(name = "TITLE")
    private String title;

    @Column(name = "DOC_NUMBER", length = 200)
    private String number;

    protected LegalBasis() {
    }

    public LegalBasis(String title, String number) {
        this.title = title;
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public String getNumber() {
        return number;
    }
}
