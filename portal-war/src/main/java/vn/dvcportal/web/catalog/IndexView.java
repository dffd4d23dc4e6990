package vn.dvcportal.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.catalog.control.FilterOption;
import vn.dvcportal.catalog.control.SearchQuery;
import vn.dvcportal.catalog.entity.ChannelKind;

/**
 * The home page: the catalogue's size, every field with its count and the busiest agencies,
 * so that any procedure is three clicks away: field, page, procedure.
 */
@Named
@RequestScoped
public class IndexView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int AGENCY_SHORTCUTS = 12;

    @Inject
    Catalog catalog;

    private int count;
    private int onlineCount;
    private List<FilterOption> fields;
    private List<FilterOption> agencies;

    @PostConstruct
    void load() {
        count = catalog.count();
        onlineCount = catalog.search(new SearchQuery(null, null, null, null, null,
                ChannelKind.ONLINE, 0, 1)).total();
        fields = catalog.fields();
        agencies = catalog.agencies().stream()
                .sorted(Comparator.comparingInt(FilterOption::count).reversed())
                .limit(AGENCY_SHORTCUTS)
                .toList();
    }

    public int getCount() {
        return count;
    }

    public int getOnlineCount() {
        return onlineCount;
    }

    public List<FilterOption> getFields() {
        return fields;
    }

    public List<FilterOption> getAgencies() {
        return agencies;
    }

    public int getAgencyCount() {
        return catalog.agencies().size();
    }
}
