package vn.dvcportal.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvcportal.identity.entity.Roles;

class NextPageTest {

    @Test
    void pathsOfThePortalAreFollowed() {
        assertTrue(NextPage.isLocal("/ca-nhan"));
        assertTrue(NextPage.isLocal("/thu-tuc?q=h%E1%BB%99+t%E1%BB%8Bch&trang=2"));
        assertTrue(NextPage.isLocal("/quan-tri/can-bo"));
        assertEquals("/thu-tuc/1.001193",
                NextPage.after("/thu-tuc/1.001193", Set.of(Roles.CITIZEN)));
    }

    @Test
    void otherSitesAreNeverFollowed() {
        for (String target : new String[] {"https://evil.example/", "//evil.example/x",
            "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "http:/x",
            "/ /evil", "/\t/evil.example", "/\u2028x", "ca-nhan", "", null,
            "/" + "a".repeat(NextPage.MAX_LENGTH)}) {
            assertFalse(NextPage.isLocal(target), String.valueOf(target));
        }
    }

    @Test
    void signingInOrOutAgainIsNoPlaceToGo() {
        assertFalse(NextPage.isLocal("/dang-nhap"));
        assertFalse(NextPage.isLocal("/dang-nhap/vneid"));
        assertFalse(NextPage.isLocal("/dang-xuat"));
        assertTrue(NextPage.isLocal("/dang-nhapx"));
    }

    @Test
    void withoutAPlaceOfficialsGoToTheBackOfficeAndOthersToTheirPage() {
        assertEquals("/quan-ly", NextPage.after(null,
                Set.of(Roles.OFFICIAL, Roles.PROCESSOR)));
        assertEquals("/ca-nhan", NextPage.after("https://evil.example/",
                Set.of(Roles.CITIZEN)));
        assertEquals("/ca-nhan", NextPage.after(null, Set.of(Roles.BUSINESS)));
    }
}
