package vn.dvcportal.dossier.control;

import java.io.Serializable;

/**
 * The agency that receives a procedure's dossiers online: a root unit of the organisation tree.
 */
public record ReceivingAgency(long unitId, String code, String name) implements Serializable {

    private static final long serialVersionUID = 1L;
}
