package vn.dvcportal.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import vn.dvcportal.audit.entity.AuditEventType;

/**
 * A search of the audit log; every criterion but the paging may be left empty.
 *
 * @param from  earliest time included, or {@code null}
 * @param to    time excluded and everything after, or {@code null}
 * @param type  only this kind of event, or {@code null} for all
 * @param actor only events of this actor (exact login name), or {@code null}/blank for all
 * @param first position of the first record wanted, from 0
 * @param size  how many records at most, 1 to {@value #MAX_SIZE}
 * @throws InvalidAuditQuery when the criteria do not make sense
 */
public record AuditQuery(Instant from, Instant to, AuditEventType type, String actor, int first,
        int size) implements Serializable {

    public static final int MAX_SIZE = 200;

    public static final int MAX_ACTOR_LENGTH = 100;

    public AuditQuery {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidAuditQuery("Thời điểm bắt đầu phải trước thời điểm kết thúc.");
        }
        if (first < 0) {
            throw new InvalidAuditQuery("Vị trí bắt đầu của trang không được âm.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidAuditQuery("Mỗi trang có từ 1 đến " + MAX_SIZE + " bản ghi.");
        }
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        if (actor != null && actor.length() > MAX_ACTOR_LENGTH) {
            throw new InvalidAuditQuery("Tên người thực hiện dài quá " + MAX_ACTOR_LENGTH
                    + " ký tự.");
        }
    }

    /** All events between two instants, first page. */
    public static AuditQuery between(Instant from, Instant to, int size) {
        return new AuditQuery(from, to, null, null, 0, size);
    }
}
