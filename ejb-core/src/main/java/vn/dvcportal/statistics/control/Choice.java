package vn.dvcportal.statistics.control;

import java.io.Serializable;

/** An entry of a filter's list: the value sent and the label shown. */
public record Choice(String value, String label) implements Serializable {

    private static final long serialVersionUID = 1L;
}
