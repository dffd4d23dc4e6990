package vn.dvcportal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/** A result the procedure issues (kết quả thực hiện), with its national KQ code when known. */
@Embeddable
public class ProcedureResult {

    @Lob
    @Column(name = "NAME")
    private String name;

    @Column(name = "RESULT_CODE", length = 50)
    private String code;

    protected ProcedureResult() {
    }

    public ProcedureResult(String name, String code) {
        this.name = name;
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }
}
