package vn.dvcportal.dossier.control;

import java.io.Serializable;
import vn.dvcportal.dossier.entity.DossierStep;

/**
 * A work list request.
 *
 * @param queue        which list; null for {@link WorkQueue#ALL}
 * @param text         part of the code, the applicant's name or the procedure, any case and
 *                     with or without marks; null for any
 * @param step         only dossiers in this step; null for any
 * @param overdueOnly  only dossiers past their due date
 * @param nearDueOnly  only dossiers due within one working day
 * @param page         from 0
 * @param size         1 to 200
 * @param latestDueFirst whether to sort by due date descending rather than ascending
 */
public record WorkQuery(WorkQueue queue, String text, DossierStep step, boolean overdueOnly,
        boolean nearDueOnly, int page, int size, boolean latestDueFirst)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_SIZE = 200;

    public WorkQuery {
        queue = queue == null ? WorkQueue.ALL : queue;
        page = Math.max(0, page);
        size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static WorkQuery of(WorkQueue queue) {
        return new WorkQuery(queue, null, null, false, false, 0, 20, false);
    }
}
