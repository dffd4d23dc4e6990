package vn.dvcportal.web.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvcportal.dossier.control.WorkCounts;
import vn.dvcportal.dossier.control.WorkQueue;
import vn.dvcportal.identity.entity.Roles;

class WorkQueuesTest {

    private static final WorkCounts COUNTS = new WorkCounts(1, 2, 3, 4, 5, 6, 7, 8);

    @Test
    void everyQueueHasItsOwnAddress() {
        for (WorkQueue queue : WorkQueue.values()) {
            String slug = WorkQueues.slug(queue);
            assertTrue(slug.matches("[a-z-]+"), slug);
            assertEquals(queue, WorkQueues.of(slug));
            assertEquals(queue, WorkQueues.of(" " + slug.toUpperCase(java.util.Locale.ROOT) + " "));
        }
    }

    @Test
    void anUnknownOrMissingQueueIsTheWholeList() {
        assertEquals(WorkQueue.ALL, WorkQueues.of(null));
        assertEquals(WorkQueue.ALL, WorkQueues.of("<x>"));
    }

    @Test
    void theDeskSeesWhatToReceiveAndToReturn() {
        List<WorkQueue> queues = WorkQueues.forRoles(Set.of(Roles.OFFICIAL, Roles.RECEIVER),
                COUNTS).stream().map(WorkQueues.Entry::queue).toList();
        assertEquals(List.of(WorkQueue.TO_RECEIVE, WorkQueue.CONSULTATIONS, WorkQueue.TO_RETURN,
                WorkQueue.OVERDUE, WorkQueue.NEAR_DUE, WorkQueue.ALL), queues);
    }

    @Test
    void countsFollowTheirQueues() {
        List<WorkQueues.Entry> entries = WorkQueues.forRoles(
                Set.of(Roles.APPROVER, Roles.PROCESSOR), COUNTS);
        assertEquals(2, count(entries, WorkQueue.TO_ASSIGN));
        assertEquals(5, count(entries, WorkQueue.TO_APPROVE));
        assertEquals(3, count(entries, WorkQueue.MINE));
        assertEquals(7, count(entries, WorkQueue.OVERDUE));
        assertEquals(8, count(entries, WorkQueue.NEAR_DUE));
        assertEquals("office.queue.TO_APPROVE", entries.get(1).labelKey());
    }

    private static long count(List<WorkQueues.Entry> entries, WorkQueue queue) {
        return entries.stream().filter(e -> e.queue() == queue).findFirst().orElseThrow()
                .count();
    }
}
