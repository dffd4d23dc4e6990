package vn.dvcportal.dossier.control;

import java.io.Serializable;

/**
 * A department of the agency that may be consulted.
 */
public record UnitChoice(long id, String code, String name) implements Serializable {

    private static final long serialVersionUID = 1L;
}
