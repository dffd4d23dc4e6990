package vn.dvcportal.web.audit;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;

/**
 * Puts {@link AccessLogFilter} in front of every filter the application declares. Filters
 * declared by annotation run in no defined order, and one placed after the pretty-address
 * filter would never see the requests that filter forwards or redirects.
 */
@WebListener
public class AccessLogRegistration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        FilterRegistration.Dynamic filter = event.getServletContext()
                .addFilter(AccessLogFilter.NAME, AccessLogFilter.class);
        if (filter == null) {
            // Already declared, in web.xml for instance: that declaration stands.
            return;
        }
        filter.setAsyncSupported(true);
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
}
