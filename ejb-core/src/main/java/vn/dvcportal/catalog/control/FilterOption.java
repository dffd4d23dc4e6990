package vn.dvcportal.catalog.control;

import java.io.Serializable;

/** One choice of a list filter, with how many procedures it holds. */
public record FilterOption(String value, String label, int count) implements Serializable {
}
