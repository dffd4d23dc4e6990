package vn.dvcportal.web.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.dvcportal.dossier.control.WorkCounts;
import vn.dvcportal.dossier.control.WorkQueue;
import vn.dvcportal.identity.entity.Roles;

/**
 * The work lists as the back office addresses and names them: {@code ?hang=cho-tiep-nhan}, and
 * which of them concern an official with given roles.
 */
public final class WorkQueues {

    /** The parameter of the work list's address that names the queue. */
    public static final String PARAM = "hang";

    /** One queue on the home page: which, how many, where. */
    public record Entry(WorkQueue queue, long count, String slug) {

        public String labelKey() {
            return WorkQueues.labelKey(queue);
        }
    }

    private WorkQueues() {
    }

    /** The queue's name in addresses: lower case words joined by hyphens, without marks. */
    public static String slug(WorkQueue queue) {
        return switch (queue) {
            case ALL -> "tat-ca";
            case TO_RECEIVE -> "cho-tiep-nhan";
            case TO_ASSIGN -> "cho-phan-cong";
            case MINE -> "dang-xu-ly";
            case CONSULTATIONS -> "xin-y-kien";
            case TO_APPROVE -> "cho-phe-duyet";
            case TO_RETURN -> "cho-tra-ket-qua";
            case OVERDUE -> "qua-han";
            case NEAR_DUE -> "sap-den-han";
        };
    }

    /** The queue named in an address; ALL for nothing or anything unknown. */
    public static WorkQueue of(String slug) {
        if (slug == null) {
            return WorkQueue.ALL;
        }
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        for (WorkQueue queue : WorkQueue.values()) {
            if (slug(queue).equals(wanted)) {
                return queue;
            }
        }
        return WorkQueue.ALL;
    }

    public static String labelKey(WorkQueue queue) {
        return "office.queue." + queue.name();
    }

    /**
     * The queues for the home page of an official with these roles, with their counts: first
     * those of the roles' own work, then late and nearly late dossiers, then all.
     */
    public static List<Entry> forRoles(Set<String> roles, WorkCounts counts) {
        List<Entry> entries = new ArrayList<>();
        if (roles.contains(Roles.RECEIVER)) {
            entries.add(entry(WorkQueue.TO_RECEIVE, counts.toReceive()));
        }
        if (roles.contains(Roles.APPROVER)) {
            entries.add(entry(WorkQueue.TO_ASSIGN, counts.toAssign()));
            entries.add(entry(WorkQueue.TO_APPROVE, counts.toApprove()));
        }
        if (roles.contains(Roles.PROCESSOR)) {
            entries.add(entry(WorkQueue.MINE, counts.mine()));
        }
        entries.add(entry(WorkQueue.CONSULTATIONS, counts.consultations()));
        if (roles.contains(Roles.RECEIVER)) {
            entries.add(entry(WorkQueue.TO_RETURN, counts.toReturn()));
        }
        entries.add(entry(WorkQueue.OVERDUE, counts.overdue()));
        entries.add(entry(WorkQueue.NEAR_DUE, counts.nearDue()));
        entries.add(new Entry(WorkQueue.ALL, -1, slug(WorkQueue.ALL)));
        return entries;
    }

    private static Entry entry(WorkQueue queue, long count) {
        return new Entry(queue, count, slug(queue));
    }
}
