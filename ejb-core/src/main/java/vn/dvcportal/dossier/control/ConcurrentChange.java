package vn.dvcportal.dossier.control;

import jakarta.ejb.ApplicationException;

/**
 * The dossier changed after the official loaded it: someone else acted first. Nothing of the
 * request is kept; the page reloads and shows the new state.
 */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange(String currentState) {
        super("Hồ sơ vừa được người khác xử lý (" + currentState + "). Vui lòng tải lại để xem"
                + " trạng thái mới.");
    }
}
