package vn.dvcportal.eform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.division.boundary.AdministrativeUnits;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;
import vn.dvcportal.eform.control.FormPrefill;
import vn.dvcportal.eform.control.FormSchema;
import vn.dvcportal.eform.control.FormValidator;
import vn.dvcportal.eform.entity.FormDefinition;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.entity.Roles;

/**
 * The e-form of each procedure. An administrator's definition wins; otherwise the one shipped
 * with the portal for that procedure; otherwise the general form every procedure can use.
 */
@Stateless
@PermitAll
public class EForms {

    static final String BUILT_IN = "/forms/";
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z.\\-]{1,20}");

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @EJB
    AuditTrail audit;

    @EJB
    AdministrativeUnits units;

    public FormSchema forProcedure(String procedureCode) {
        String code = procedureCode == null ? "" : procedureCode.strip();
        if (CODE.matcher(code).matches()) {
            Optional<String> own = stored(code).or(() -> builtIn(code));
            if (own.isPresent()) {
                return FormSchema.parse(own.get());
            }
        }
        return FormSchema.parse(stored(FormDefinition.DEFAULT)
                .orElseGet(() -> builtIn("default").orElseThrow()));
    }

    /** Where the form in effect for a procedure comes from. */
    public enum Origin {
        /** Set by an administrator for this procedure. */
        OWN,
        /** Shipped with the portal for this procedure. */
        BUILT_IN,
        /** The general form, as no form of its own exists. */
        DEFAULT
    }

    /** The definition in effect for a procedure, as JSON, and where it comes from. */
    public record Definition(String json, Origin origin) {
    }

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Definition definition(String procedureCode) {
        String code = procedureCode == null ? "" : procedureCode.strip();
        if (CODE.matcher(code).matches()) {
            Optional<String> own = stored(code);
            if (own.isPresent()) {
                return new Definition(own.get(), Origin.OWN);
            }
            Optional<String> shipped = builtIn(code);
            if (shipped.isPresent()) {
                return new Definition(shipped.get(), Origin.BUILT_IN);
            }
        }
        return stored(FormDefinition.DEFAULT)
                .map(json -> new Definition(json, FormDefinition.DEFAULT.equals(code)
                        ? Origin.OWN : Origin.DEFAULT))
                .orElseGet(() -> new Definition(builtIn("default").orElseThrow(),
                        Origin.DEFAULT));
    }

    /** The unit codes of the lists in force, for FormValidator. */
    public FormValidator.UnitCodes unitCodes() {
        if (units.count(UnitEra.CURRENT, UnitLevel.PROVINCE) == 0) {
            return FormValidator.UNCHECKED;
        }
        return new FormValidator.UnitCodes() {
            @Override
            public boolean loaded() {
                return true;
            }

            @Override
            public boolean province(String code) {
                return units.find(UnitEra.CURRENT, UnitLevel.PROVINCE, code).isPresent();
            }

            @Override
            public boolean commune(String provinceCode, String communeCode) {
                return units.find(UnitEra.CURRENT, UnitLevel.COMMUNE, communeCode)
                        .map(c -> c.getParent() != null
                                && provinceCode.equals(c.getParent().getCode()))
                        .orElse(false);
            }
        };
    }

    /**
     * Sets the form of a procedure, or the default form with the code "*".
     *
     * @throws ValidationFailure when the definition cannot be used; nothing is changed
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public FormSchema put(String procedureCode, String json) {
        String code = procedureCode == null ? "" : procedureCode.strip();
        if (!FormDefinition.DEFAULT.equals(code) && !CODE.matcher(code).matches()) {
            throw ValidationFailure.of("procedureCode", "Mã thủ tục không hợp lệ.");
        }
        FormSchema schema;
        try {
            schema = FormSchema.parse(json);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("definition", e.getMessage());
        }
        schema.fields().stream().filter(f -> f.prefill() != null
                && !FormPrefill.known(f.prefill())).findFirst().ifPresent(f -> {
                    throw ValidationFailure.of("definition", "Trường " + f.key()
                            + ": nguồn điền sẵn không có: " + f.prefill());
                });
        FormDefinition definition = em.createNamedQuery(FormDefinition.BY_PROCEDURE,
                FormDefinition.class).setParameter("code", code).getResultStream().findFirst()
                .orElseGet(() -> new FormDefinition(code));
        String by = ctx.getCallerPrincipal().getName();
        definition.define(json, by, Instant.now());
        if (definition.getId() == null) {
            em.persist(definition);
        }
        audit.record(AuditEventType.FORM_DEFINED, by, null, null, "Thủ tục " + code);
        return schema;
    }

    private Optional<String> stored(String code) {
        return em.createNamedQuery(FormDefinition.BY_PROCEDURE, FormDefinition.class)
                .setParameter("code", code).getResultStream().findFirst()
                .map(FormDefinition::getJson);
    }

    static Optional<String> builtIn(String name) {
        try (InputStream in = EForms.class.getResourceAsStream(BUILT_IN + name + ".json")) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
