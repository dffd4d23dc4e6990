package vn.dvcportal.report.control;

import java.io.Serializable;
import java.time.Instant;
import vn.dvcportal.report.entity.DeviceClass;

/**
 * One page view as the access report counts it.
 *
 * @param id      id of its access log record
 * @param at      when it was requested
 * @param visitor the visitor's key ({@link VisitorKeys})
 * @param device  the visitor's device class
 * @param page    the page ({@link PageRequests#page})
 */
public record AccessHit(long id, Instant at, String visitor, DeviceClass device, String page)
        implements Serializable {
}
