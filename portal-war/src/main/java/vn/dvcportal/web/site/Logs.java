package vn.dvcportal.web.site;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** JUL has no call for a parameterised message with a stack trace; this is it. */
public final class Logs {

    private Logs() {
    }

    public static void log(Logger logger, Level level, Throwable thrown, String message,
            Object... params) {
        if (!logger.isLoggable(level)) {
            return;
        }
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger.getName());
        record.setParameters(params);
        record.setThrown(thrown);
        logger.log(record);
    }
}
