package vn.dvcportal.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.dvcportal.identity.control.SignInResult;
import vn.dvcportal.web.i18n.LanguagePreference;

class SignInViewTest {

    @Test
    void eachRefusalIsToldInTheReadersLanguage() {
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.",
                SignInView.refusal(SignInResult.wrong(), LanguagePreference.VIETNAMESE));
        assertTrue(SignInView.refusal(SignInResult.locked(14), LanguagePreference.VIETNAMESE)
                .contains("sau 14 phút"));
        assertTrue(SignInView.refusal(SignInResult.locked(3), LanguagePreference.ENGLISH)
                .contains("in 3 minute"));
        assertTrue(SignInView.refusal(SignInResult.unverified(),
                LanguagePreference.VIETNAMESE).contains("chưa được kích hoạt"));
        assertTrue(SignInView.refusal(SignInResult.disabled(), LanguagePreference.VIETNAMESE)
                .contains("vô hiệu hóa"));
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.",
                SignInView.refusal(null, LanguagePreference.VIETNAMESE));
    }
}
