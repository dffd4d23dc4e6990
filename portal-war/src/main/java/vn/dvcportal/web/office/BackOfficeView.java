package vn.dvcportal.web.office;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import vn.dvcportal.dossier.boundary.BackOffice;
import vn.dvcportal.identity.boundary.Profiles;
import vn.dvcportal.identity.control.ProfileView;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.web.dossier.PageExits;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * The back office's home: who is signed in, in which agency and department, in which roles,
 * and how many dossiers wait in each of their work lists, each count leading to its list.
 */
@Named
@RequestScoped
public class BackOfficeView {

    @Inject
    Profiles profiles;

    @Inject
    BackOffice backOffice;

    private ProfileView me;
    private List<WorkQueues.Entry> queues;

    @PostConstruct
    void init() {
        me = profiles.mine();
    }

    public ProfileView getMe() {
        return me;
    }

    /** The roles in Vietnamese words, without the one every official has. */
    public List<String> getRoleLabels() {
        return me.roles().stream().filter(r -> !Roles.OFFICIAL.equals(r)).map(Roles::label)
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** True for an official of an agency, who has work lists; not for a system administrator. */
    public boolean isHasWork() {
        return me.agencyName() != null;
    }

    /** The caller's queues with their counts, read once per page. */
    public List<WorkQueues.Entry> getQueues() {
        if (queues == null) {
            queues = WorkQueues.forRoles(me.roles(), backOffice.counts());
        }
        return queues;
    }

    /** The address of a queue's work list. */
    public String queueUrl(WorkQueues.Entry entry) {
        return PageExits.request().getContextPath() + PrettyUrls.WORK_LIST + "?"
                + WorkQueues.PARAM + "=" + entry.slug();
    }
}
