package vn.dvcportal.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.dvcportal.audit.boundary.AuditEntry;
import vn.dvcportal.audit.boundary.AuditPage;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.boundary.InvalidAuditQuery;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.web.catalog.Paging;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

/**
 * The audit log page at {@value AuditLogCriteria#PATH}: security events searched by days, kind
 * and actor, newest first. The search lives in the address, so a result can be bookmarked or
 * sent to a colleague, and the page keeps no state on the server.
 */
@Named
@RequestScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 50;

    private static final int MAX_ECHO = 20;

    /** A link to one page of the results, or a gap between page numbers when number is 0. */
    public record PageLink(int number, String url, boolean current) implements Serializable {
        public boolean isGap() {
            return number == Paging.GAP;
        }
    }

    @Inject
    AuditTrail auditTrail;

    @Inject
    LanguagePreference languagePreference;

    private String from;
    private String to;
    private String type;
    private String actor;
    private String page;

    private AuditLogCriteria criteria;
    private AuditPage result;
    private List<String> errors = List.of();

    /** Runs the search; the view action of the page. */
    public void search() {
        Locale locale = languagePreference.getLocale();
        criteria = AuditLogCriteria.parse(from, to, type, actor, page);
        from = AuditLogCriteria.format(criteria.from()) != null
                ? AuditLogCriteria.format(criteria.from()) : blankToNull(from);
        to = AuditLogCriteria.format(criteria.to()) != null
                ? AuditLogCriteria.format(criteria.to()) : blankToNull(to);
        type = criteria.type() == null ? null : criteria.type().name();
        actor = criteria.actor();
        if (!criteria.isValid()) {
            errors = criteria.errors().stream()
                    .map(p -> p.fieldKey() == null ? Texts.text(locale, p.messageKey())
                            : Texts.format(locale, p.messageKey(),
                                    Texts.text(locale, p.fieldKey())))
                    .toList();
            return;
        }
        try {
            result = auditTrail.search(criteria.query(PAGE_SIZE));
        } catch (InvalidAuditQuery e) {
            errors = List.of(e.getMessage());
        }
    }

    /** Input shown back as typed, but never more of it than a date could need. */
    private static String blankToNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String kept = value.strip();
        if (kept.length() <= MAX_ECHO) {
            return kept;
        }
        int end = Character.isHighSurrogate(kept.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
        return kept.substring(0, end);
    }

    public boolean isSearched() {
        return result != null;
    }

    public List<String> getErrors() {
        return errors;
    }

    public List<AuditEntry> getEntries() {
        return result == null ? List.of() : result.entries();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public long getFirstItem() {
        return result == null ? 0 : result.first() + 1L;
    }

    public long getLastItem() {
        return result == null ? 0 : result.first() + (long) result.entries().size();
    }

    public int getPageNumber() {
        return criteria == null ? 1 : criteria.page();
    }

    public int getPageCount() {
        return result == null ? 0 : Paging.pageCount(
                (int) Math.min(result.total(), Integer.MAX_VALUE - PAGE_SIZE), PAGE_SIZE);
    }

    public List<PageLink> getPageLinks() {
        return Paging.pages(getPageNumber(), getPageCount()).stream()
                .map(n -> new PageLink(n, n == Paging.GAP ? null : criteria.url(n),
                        n == getPageNumber()))
                .toList();
    }

    public String getPreviousUrl() {
        return result != null && getPageNumber() > 1
                ? criteria.url(Math.min(getPageNumber() - 1, Math.max(1, getPageCount())))
                : null;
    }

    public String getNextUrl() {
        return result != null && getPageNumber() < getPageCount()
                ? criteria.url(getPageNumber() + 1) : null;
    }

    /** The kinds of event, for the filter's choices. */
    public List<AuditEventType> getTypes() {
        return Arrays.asList(AuditEventType.values());
    }

    /** The address of the page without any search. */
    public String getPath() {
        return AuditLogCriteria.PATH;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
