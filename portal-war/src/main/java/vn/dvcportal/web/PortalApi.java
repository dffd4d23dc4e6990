package vn.dvcportal.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's HTTP API under {@code /api}; its resources are found by scanning. */
@ApplicationPath("/api")
public class PortalApi extends Application {
}
