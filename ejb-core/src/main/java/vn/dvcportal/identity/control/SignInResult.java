package vn.dvcportal.identity.control;

import java.io.Serializable;
import java.util.Objects;

/**
 * How a sign-in went. Only {@link Status#OK} carries the account. The refusals other than
 * {@link Status#WRONG} are given only to someone who knew the password, or for a lock, so they
 * tell a stranger nothing about which accounts exist beyond what the lock itself reveals.
 *
 * @param status      the outcome
 * @param account     the signed-in account for {@link Status#OK}, else null
 * @param minutesLeft for {@link Status#LOCKED}, whole minutes until the lock ends
 */
public record SignInResult(Status status, AccountSummary account, long minutesLeft)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        OK,
        /** Unknown login name or wrong password: the two are never told apart. */
        WRONG,
        LOCKED,
        /** The password was right but the e-mail address has not been verified yet. */
        UNVERIFIED,
        /** The password was right but an administrator disabled the account. */
        DISABLED
    }

    public SignInResult {
        Objects.requireNonNull(status, "status");
        if ((status == Status.OK) != (account != null)) {
            throw new IllegalArgumentException("An account goes with OK and only with OK");
        }
    }

    public static SignInResult ok(AccountSummary account) {
        return new SignInResult(Status.OK, account, 0);
    }

    public static SignInResult wrong() {
        return new SignInResult(Status.WRONG, null, 0);
    }

    public static SignInResult locked(long minutesLeft) {
        return new SignInResult(Status.LOCKED, null, minutesLeft);
    }

    public static SignInResult unverified() {
        return new SignInResult(Status.UNVERIFIED, null, 0);
    }

    public static SignInResult disabled() {
        return new SignInResult(Status.DISABLED, null, 0);
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    /** What to tell the user, in Vietnamese; {@code null} for {@link Status#OK}. */
    public String message() {
        switch (status) {
            case WRONG:
                return "Tên đăng nhập hoặc mật khẩu không đúng.";
            case LOCKED:
                return LockoutPolicy.lockedMessage(minutesLeft);
            case UNVERIFIED:
                return "Tài khoản chưa được kích hoạt: vui lòng mở liên kết xác nhận trong thư"
                        + " đã gửi tới địa chỉ thư điện tử đăng ký.";
            case DISABLED:
                return "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.";
            default:
                return null;
        }
    }
}
