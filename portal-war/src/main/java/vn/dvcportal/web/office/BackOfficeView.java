package vn.dvcportal.web.office;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import vn.dvcportal.identity.boundary.Profiles;
import vn.dvcportal.identity.control.ProfileView;
import vn.dvcportal.identity.entity.Roles;

/** The back office's home: who is signed in, in which agency and department, in which roles. */
@Named
@RequestScoped
public class BackOfficeView {

    @Inject
    Profiles profiles;

    private ProfileView me;

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
}
