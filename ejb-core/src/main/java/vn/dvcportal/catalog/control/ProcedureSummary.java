package vn.dvcportal.catalog.control;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.dvcportal.catalog.entity.ChannelKind;

/** What a list of procedures shows of each one, held in memory beside the search index. */
public record ProcedureSummary(long id, String code, String name, Long fieldId, String fieldName,
        List<String> implementingAgencies, List<String> levels, Set<ChannelKind> channels)
        implements Serializable {

    public boolean isOnline() {
        return channels.contains(ChannelKind.ONLINE);
    }
}
