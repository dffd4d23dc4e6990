package vn.dvcportal.dossier.control;

import java.io.Serializable;

/**
 * A processor the leader may assign.
 */
public record OfficialChoice(String login, String name, String unitName) implements Serializable {

    private static final long serialVersionUID = 1L;
}
