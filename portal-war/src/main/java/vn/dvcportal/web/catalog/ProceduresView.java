package vn.dvcportal.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.catalog.control.CatalogSearch;
import vn.dvcportal.catalog.control.FilterOption;
import vn.dvcportal.catalog.control.ProcedureSummary;
import vn.dvcportal.catalog.control.SearchQuery;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.web.i18n.LanguagePreference;

/**
 * The procedure list at {@code /thu-tuc}: a free-text search with filters, all taken from the
 * address as text and read leniently, so a mistyped or hostile address still gives a normal
 * page, at worst an empty list. Only a page number past the end of the list is answered with
 * 404.
 */
@Named
@RequestScoped
public class ProceduresView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = SearchQuery.DEFAULT_PAGE_SIZE;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[0-9]+");

    /** A link to one page of the list, or a gap between page numbers when number is 0. */
    public record PageLink(int number, String url, boolean current) implements Serializable {
        public boolean isGap() {
            return number == Paging.GAP;
        }
    }

    @Inject
    Catalog catalog;

    @Inject
    LanguagePreference languagePreference;

    private String text;
    private String field;
    private String agency;
    private String level;
    private String audience;
    private String channel;
    private String page;

    private CatalogSearch.Page result;

    /**
     * Runs the search; the view action of the page. A page past the last one answers 404, so
     * that stale links and guessed numbers do not look like a real, empty page.
     */
    public void search() throws IOException {
        text = cut(text);
        level = cut(level);
        audience = cut(audience);
        ChannelKind kind = parseChannel(channel);
        channel = kind == null ? null : kind.name();
        int requested = parsePage(page);
        SearchQuery query = new SearchQuery(text, parseId(field), parseId(agency), level,
                audience, kind, requested - 1, PAGE_SIZE);
        result = catalog.search(query);
        if (isPastLastPage(requested, result.total(), result.pageSize())) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND,
                    null);
            context.responseComplete();
        }
    }

    /** True when a list of this size has no such page; an empty list still has page 1. */
    static boolean isPastLastPage(int requested, int total, int pageSize) {
        return requested > Math.max(1, Paging.pageCount(total, pageSize));
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

    /**
     * The page asked for, 1-based. Anything that is not a page number at all counts as the
     * first page; a number too large for any list counts as {@link Integer#MAX_VALUE}, which
     * the search then finds to be past the last page.
     */
    static int parsePage(String value) {
        String digits = value == null ? "" : value.strip();
        if (!PAGE_NUMBER.matcher(digits).matches()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
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
        NumberFormat counts = NumberFormat.getIntegerInstance(languagePreference.getLocale());
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
