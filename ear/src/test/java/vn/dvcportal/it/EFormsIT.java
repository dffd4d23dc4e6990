package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.eform.boundary.EForms;
import vn.dvcportal.eform.control.FieldType;
import vn.dvcportal.eform.control.FormSchema;
import vn.dvcportal.identity.control.ValidationFailure;

/** E-forms are data: the built-in ones, the general one, and those an administrator sets. */
@ExtendWith(ArquillianExtension.class)
class EFormsIT {

    /** Set by one test only; no procedure of the catalogues has it. */
    private static final String CODE = "8.999901";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(EFormsIT.class, AsCitizen.class);
    }

    @Inject
    EForms forms;

    @Inject
    AsAdministrator admin;

    @Inject
    AsCitizen citizen;

    @Test
    void aProcedureWithoutItsOwnFormGetsTheGeneralOne() {
        FormSchema general = forms.forProcedure("8.999902");
        assertTrue(general.field("request").isPresent());
        assertEquals(FieldType.COMMUNE, general.field("commune").orElseThrow().type());
        assertTrue(forms.forProcedure("9.000001").field("childName").isPresent(),
                "the built-in birth registration form");
        assertTrue(forms.forProcedure("<script>").field("request").isPresent());
    }

    @Test
    void anAdministratorsFormReplacesTheGeneralOneAfterItIsChecked() throws Exception {
        String json = """
                {"title":"Tờ khai thử","fields":[
                 {"key":"fullName","label":"Họ và tên","required":true},
                 {"key":"vehicle","label":"Biển số xe","required":true,
                  "pattern":"[0-9]{2}[A-Z]-[0-9]{4,5}","patternMessage":"Biển số như 29A-12345."}
                ]}""";
        ValidationFailure broken = assertThrows(ValidationFailure.class, () -> admin.call(
                () -> forms.put(CODE, "{\"fields\":[{\"key\":\"a\"}]}")));
        assertTrue(broken.problem("definition").contains("nhãn"), broken.problem("definition"));
        assertTrue(forms.forProcedure(CODE).field("request").isPresent(), "nothing changed");

        admin.call(() -> forms.put(CODE, json));
        FormSchema own = forms.forProcedure(CODE);
        assertEquals("Tờ khai thử", own.title());
        assertEquals("Biển số như 29A-12345.",
                own.field("vehicle").orElseThrow().patternMessage());
        assertEquals(EForms.Origin.OWN, admin.call(() -> forms.definition(CODE)).origin());
    }

    @Test
    void onlyTheSystemAdministratorSetsForms() {
        assertThrows(EJBAccessException.class, () -> citizen.call(
                () -> forms.put(CODE, "{\"fields\":[{\"key\":\"a\",\"label\":\"A\"}]}")));
        assertThrows(EJBAccessException.class, () -> forms.definition(CODE));
    }
}
