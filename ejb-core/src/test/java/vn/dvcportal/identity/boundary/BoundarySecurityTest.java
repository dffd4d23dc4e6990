package vn.dvcportal.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.dvcportal.identity.entity.Roles;

/**
 * The container enforces roles only where they are declared: every public business method of
 * the identity boundaries names who may call it, and methods of the back office are never open
 * to citizens or businesses.
 */
class BoundarySecurityTest {

    @ParameterizedTest
    @ValueSource(classes = {Accounts.class, Registrations.class, Profiles.class,
        Officials.class, OrgUnits.class})
    void everyPublicMethodNamesItsCallers(Class<?> boundary) {
        assertTrue(boundary.isAnnotationPresent(Stateless.class)
                || boundary.isAnnotationPresent(Singleton.class));
        for (Method m : boundary.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            boolean permit = m.isAnnotationPresent(PermitAll.class);
            boolean roles = m.isAnnotationPresent(RolesAllowed.class);
            assertTrue(permit ^ roles, boundary.getSimpleName() + "." + m.getName()
                    + " must carry exactly one of @PermitAll and @RolesAllowed");
        }
    }

    @Test
    void officialsAreManagedByAdministratorsOnly() {
        for (Method m : Officials.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                assertEquals(Set.of(Roles.AGENCY_ADMIN, Roles.SYSTEM_ADMIN),
                        Set.of(m.getAnnotation(RolesAllowed.class).value()), m.getName());
            }
        }
    }

    @Test
    void onlySystemAdministratorsShapeTheTree() throws NoSuchMethodException {
        for (String name : new String[] {"createAgency", "createDepartment"}) {
            Method m = Arrays.stream(OrgUnits.class.getDeclaredMethods())
                    .filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
            assertEquals(Set.of(Roles.SYSTEM_ADMIN),
                    Set.of(m.getAnnotation(RolesAllowed.class).value()));
        }
    }

    @Test
    void myAccountMethodsNeedASignedInCaller() throws NoSuchMethodException {
        Set<String> signedIn = Set.of(Roles.CITIZEN, Roles.BUSINESS, Roles.OFFICIAL);
        for (Method m : new Method[] {
            Accounts.class.getMethod("changePassword", char[].class, char[].class),
            Accounts.class.getMethod("signOutEverywhere"),
            Accounts.class.getMethod("current"),
            Profiles.class.getMethod("mine")}) {
            RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
            assertNotNull(roles, m.getName());
            assertEquals(signedIn, Set.of(roles.value()), m.getName());
        }
        assertFalse(Accounts.class.getMethod("signIn", String.class, char[].class,
                String.class).isAnnotationPresent(RolesAllowed.class));
    }

    @Test
    void theRoleNamesAreTheAgreedOnes() {
        assertEquals("admin", Roles.SYSTEM_ADMIN);
        assertEquals("agency-admin", Roles.AGENCY_ADMIN);
        assertEquals("official", Roles.OFFICIAL);
        assertEquals(Set.of("receiver", "processor", "approver", "agency-admin", "admin"),
                Roles.POSTING_ROLES);
        assertFalse(Roles.AGENCY_GRANTABLE.contains(Roles.SYSTEM_ADMIN));
        assertEquals("Bộ phận một cửa", Roles.label(Roles.RECEIVER));
    }

    @Test
    void theAuditedTypedLoginNameIsClippedAndPrintable() {
        assertEquals("abc", Accounts.typed(" a\u0000b\nc "));
        assertEquals(100, Accounts.typed("x".repeat(500)).length());
    }
}
