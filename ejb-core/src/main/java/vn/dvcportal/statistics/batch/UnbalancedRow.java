package vn.dvcportal.statistics.batch;

/**
 * A row of figures whose counters do not add up: a fault in the counting, never in the data.
 * Not skippable: the step fails with the row and its numbers in the message.
 */
public class UnbalancedRow extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnbalancedRow(String message) {
        super(message);
    }
}
