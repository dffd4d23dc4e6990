package vn.dvcportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.catalog.control.FilterOption;

/** The human-readable site map: every page, and under the catalogue every field. */
@Named
@RequestScoped
public class SiteMapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    public List<FilterOption> getFields() {
        return catalog.fields();
    }

    public int getCount() {
        return catalog.count();
    }
}
