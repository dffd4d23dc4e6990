package vn.dvcportal.report.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import vn.dvcportal.report.control.AccessHit;
import vn.dvcportal.report.control.DeviceClassifier;
import vn.dvcportal.report.control.PageRequests;
import vn.dvcportal.report.control.VisitorKeys;

/**
 * Turns an access log record into a page view, or filters it out when it is not one (a style
 * sheet, a redirect, an error...). A record that belongs to no visitor is skipped.
 */
@Named("accessHitProcessor")
@Dependent
public class AccessHitProcessor implements ItemProcessor {

    private final VisitorKeys keys = VisitorKeys.configured();

    @Override
    public Object processItem(Object item) throws UnattributableRequest {
        AccessRow row = (AccessRow) item;
        if (row.clientAddress() == null || row.clientAddress().isBlank()) {
            throw new UnattributableRequest("Access record " + row.id()
                    + " has no client address");
        }
        if (!row.path().startsWith("/")) {
            throw new UnattributableRequest("Access record " + row.id()
                    + " has no path of the portal");
        }
        if (!PageRequests.isPageView(row.method(), row.path(), row.status())) {
            return null;
        }
        return new AccessHit(row.id(), row.at(), keys.of(row.clientAddress(), row.userAgent()),
                DeviceClassifier.classify(row.userAgent()), PageRequests.page(row.path()));
    }
}
