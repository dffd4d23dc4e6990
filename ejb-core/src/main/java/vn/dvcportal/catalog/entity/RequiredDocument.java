package vn.dvcportal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/**
 * A document the applicant hands in (thành phần hồ sơ), with the form template to fill in and the
 * number of originals and copies. Documents may be grouped by case ("Trường hợp ...").
 */
@Embeddable
public class RequiredDocument {

    @Lob
    @Column(name = "GROUP_NAME")
    private String group;

    @Lob
    @Column(name = "NAME")
    private String name;

    @Column(name = "FORM_TEMPLATE", length = 500)
    private String formTemplate;

    @Column(name = "ORIGINALS")
    private int originals;

    @Column(name = "COPIES")
    private int copies;

    protected RequiredDocument() {
    }

    public RequiredDocument(String group, String name, String formTemplate, int originals,
            int copies) {
        this.group = group;
        this.name = name;
        this.formTemplate = formTemplate;
        this.originals = originals;
        this.copies = copies;
    }

    public String getGroup() {
        return group;
    }

    public String getName() {
        return name;
    }

    public String getFormTemplate() {
        return formTemplate;
    }

    public int getOriginals() {
        return originals;
    }

    public int getCopies() {
        return copies;
    }
}
