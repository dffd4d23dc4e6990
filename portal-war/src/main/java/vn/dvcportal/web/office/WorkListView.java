package vn.dvcportal.web.office;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dvcportal.dossier.boundary.BackOffice;
import vn.dvcportal.dossier.control.WorkItem;
import vn.dvcportal.dossier.control.WorkQuery;
import vn.dvcportal.dossier.control.WorkQueue;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.web.dossier.PageExits;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * A work list of the back office at {@code /quan-ly/ho-so?hang=...}: the dossiers of one queue
 * of the caller's agency, a page at a time, filtered by text, step, and lateness. Late and
 * nearly late dossiers are marked in words as well as in colour.
 */
@Named
@ViewScoped
public class WorkListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows on a page of the list. */
    static final int PAGE_SIZE = 20;

    @Inject
    BackOffice backOffice;

    private String queueParam;
    private WorkQueue queue = WorkQueue.ALL;
    private String text;
    private DossierStep step;
    private boolean overdueOnly;
    private boolean nearDueOnly;
    private final Rows rows = new Rows();

    /** The list's rows, read from the business core a page at a time. */
    public final class Rows extends LazyDataModel<WorkItem> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, backOffice.total(query(0, PAGE_SIZE)));
        }

        @Override
        public List<WorkItem> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            int size = Math.max(1, pageSize);
            return backOffice.list(query(first / size, size));
        }

        @Override
        public String getRowKey(WorkItem item) {
            return String.valueOf(item.id());
        }

        @Override
        public WorkItem getRowData(String rowKey) {
            return null;
        }
    }

    /** Reads the queue from the address; the view action of the page. */
    public void open() {
        queue = WorkQueues.of(queueParam);
    }

    WorkQuery query(int page, int size) {
        String typed = text == null || text.isBlank() ? null : text.strip();
        return new WorkQuery(queue, typed, step, overdueOnly, nearDueOnly, page, size, false);
    }

    /** Applies the filters from the first page. */
    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot()
                .findComponent("work:table");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clear() {
        text = null;
        step = null;
        overdueOnly = false;
        nearDueOnly = false;
        filter();
    }

    public String link(WorkItem item) {
        return PageExits.request().getContextPath() + PrettyUrls.officeDossierPath(item.id());
    }

    /** The marks of a row: red for late, amber for nearly late. */
    public String rowClass(WorkItem item) {
        return item.overdue() ? "row-overdue" : item.nearDue() ? "row-near-due" : "";
    }

    /** The steps to filter by; a draft is never on a work list. */
    public List<DossierStep> getSteps() {
        return Arrays.stream(DossierStep.values()).filter(s -> s != DossierStep.DRAFT).toList();
    }

    public List<WorkQueue> getQueues() {
        return List.of(WorkQueue.values());
    }

    public String queueUrl(WorkQueue q) {
        return PageExits.request().getContextPath() + PrettyUrls.WORK_LIST + "?"
                + WorkQueues.PARAM + "=" + WorkQueues.slug(q);
    }

    public String queueLabelKey(WorkQueue q) {
        return WorkQueues.labelKey(q);
    }

    public Rows getRows() {
        return rows;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public WorkQueue getQueue() {
        return queue;
    }

    public String getQueueParam() {
        return queueParam;
    }

    public void setQueueParam(String queueParam) {
        this.queueParam = queueParam;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public DossierStep getStep() {
        return step;
    }

    public void setStep(DossierStep step) {
        this.step = step;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isNearDueOnly() {
        return nearDueOnly;
    }

    public void setNearDueOnly(boolean nearDueOnly) {
        this.nearDueOnly = nearDueOnly;
    }
}
