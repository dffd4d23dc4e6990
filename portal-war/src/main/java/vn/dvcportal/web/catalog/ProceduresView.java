package vn.dvcportal.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.web.i18n.LocaleView;
import vn.dvcportal.catalog.control.CatalogSearch;
import vn.dvcportal.catalog.control.FilterOption;
import vn.dvcportal.catalog.control.ProcedureSummary;
import vn.dvcportal.catalog.control.SearchQuery;
import vn.dvcportal.catalog.entity.ChannelKind;

/**
 * The procedure list at {@code /thu-tuc}: a free-text search with filters, all taken from the
 * address as text and read leniently, so a mistyped or hostile address still gives a normal
 * page, at worst an empty list.
 */
@Named
@RequestScoped
public class ProceduresView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = SearchQuery.DEFAULT_PAGE_SIZE;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    /** A link to one page of the list, or a gap between page numbers when number is 0. */
    public record PageLink(int number, String url, boolean current) implements Serializable {
        public boolean isGap() {
            return number == Paging.GAP;
        }
    }

    @Inject
    Catalog catalog;

    @Inject
    LocaleView localeView;

    private String text;
    private String field;
    private String agency;
    private String level;
    private String audience;
    private String channel;
    private String page;

    private CatalogSearch.Page result;

    /** Runs the search; the view action of the page. */
    public void search() {
        text = cut(text);
        level = cut(level);
        audience = cut(audience);
        ChannelKind kind = parseChannel(channel);
        channel = kind == null ? null : kind.name();
        SearchQuery query = new SearchQuery(text, parseId(field), parseId(agency), level,
                audience, kind, parsePage(page) - 1, PAGE_SIZE);
        result = catalog.search(query);
    }

    /**
     * Blank means absent; longer input is cut where the search would cut it anyway, so the
     * page never echoes a pasted novel. A trailing space is kept: to the search it means the
     * last word is complete.
     */
    static String cut(String value) {
        if (value == null) {
            return null;
        }
        // Control characters mean nothing to a search and only garble the page that echoes them.
        value = CONTROL.matcher(value).replaceAll(" ");
        if (value.isBlank()) {
            return null;
        }
        if (value.length() <= SearchQuery.MAX_TEXT_LENGTH) {
            return value;
        }
        int end = SearchQuery.MAX_TEXT_LENGTH;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }

    static Long parseId(String value) {
        if (value == null || value.isBlank() || value.length() > 18) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static ChannelKind parseChannel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ChannelKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int parsePage(String value) {
        if (value == null || value.isBlank() || value.length() > 6) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public ListFilter getFilter() {
        return new ListFilter(text, parseId(field) == null ? null : field.strip(),
                parseId(agency) == null ? null : agency.strip(), level, audience, channel);
    }

    public List<ProcedureSummary> getItems() {
        return result.items();
    }

    public int getTotal() {
        return result.total();
    }

    /** The page shown, 1-based. */
    public int getPageNumber() {
        return result.page() + 1;
    }

    public int getPageCount() {
        return Paging.pageCount(result.total(), result.pageSize());
    }

    public int getFirstItem() {
        return result.page() * result.pageSize() + 1;
    }

    public int getLastItem() {
        return getFirstItem() + result.items().size() - 1;
    }

    public List<PageLink> getPageLinks() {
        ListFilter filter = getFilter();
        return Paging.pages(getPageNumber(), getPageCount()).stream()
                .map(n -> new PageLink(n, n == Paging.GAP ? null : CatalogUrls.list(filter, n),
                        n == getPageNumber()))
                .toList();
    }

    public String getPreviousUrl() {
        return getPageNumber() > 1 ? CatalogUrls.list(getFilter(), getPageNumber() - 1) : null;
    }

    public String getNextUrl() {
        return getPageNumber() < getPageCount()
                ? CatalogUrls.list(getFilter(), getPageNumber() + 1) : null;
    }

    /** True when the visitor searched or filtered, as opposed to opening the whole list. */
    public boolean isNarrowed() {
        return text != null && !text.isEmpty() || getFilter().hasFilters();
    }

    public List<SelectItem> getFieldItems() {
        return items(catalog.fields());
    }

    public List<SelectItem> getAgencyItems() {
        return items(catalog.agencies());
    }

    public List<SelectItem> getLevelItems() {
        return items(catalog.levels());
    }

    public List<SelectItem> getAudienceItems() {
        return items(catalog.audiences());
    }

    /**
     * The choices of a filter with their counts, built here rather than item by item in the
     * page: the agency list alone has several hundred entries, and one formatter serves them all.
     */
    private List<SelectItem> items(List<FilterOption> options) {
        NumberFormat counts = NumberFormat.getIntegerInstance(localeView.getLocale());
        List<SelectItem> items = new ArrayList<>(options.size());
        for (FilterOption o : options) {
            items.add(new SelectItem(o.value(), o.label() + " (" + counts.format(o.count()) + ")"));
        }
        return items;
    }

    public ChannelKind[] getChannels() {
        return ChannelKind.values();
    }

    /** The chosen field's name, for the page title when the list is one field. */
    public String getFieldName() {
        Long id = parseId(field);
        if (id == null) {
            return null;
        }
        Optional<FilterOption> option = catalog.fields().stream()
                .filter(o -> o.value().equals(String.valueOf(id))).findFirst();
        return option.map(FilterOption::label).orElse(null);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
