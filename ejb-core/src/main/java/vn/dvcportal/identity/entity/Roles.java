package vn.dvcportal.identity.entity;

import java.util.Map;
import java.util.Set;

/**
 * The role names the container checks on business methods and the sign-in hands out. They are
 * stored in postings, so a value may be added but never renamed.
 */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String BUSINESS = "business";
    /** Bộ phận một cửa: receives dossiers. */
    public static final String RECEIVER = "receiver";
    /** Chuyên viên: handles dossiers. */
    public static final String PROCESSOR = "processor";
    /** Lãnh đạo: signs off dossiers. */
    public static final String APPROVER = "approver";
    public static final String AGENCY_ADMIN = "agency-admin";
    /** Kept as "admin", the role the catalogue import has always required. */
    public static final String SYSTEM_ADMIN = "admin";
    /** Held by every official besides their specific roles. */
    public static final String OFFICIAL = "official";

    /** Roles an official's posting may hold. */
    public static final Set<String> POSTING_ROLES =
            Set.of(RECEIVER, PROCESSOR, APPROVER, AGENCY_ADMIN, SYSTEM_ADMIN);

    /** Posting roles an agency administrator may grant inside their agency. */
    public static final Set<String> AGENCY_GRANTABLE =
            Set.of(RECEIVER, PROCESSOR, APPROVER, AGENCY_ADMIN);

    private static final Map<String, String> LABELS = Map.of(
            CITIZEN, "Công dân",
            BUSINESS, "Doanh nghiệp, tổ chức",
            RECEIVER, "Bộ phận một cửa",
            PROCESSOR, "Chuyên viên xử lý",
            APPROVER, "Lãnh đạo phê duyệt",
            AGENCY_ADMIN, "Quản trị cơ quan",
            SYSTEM_ADMIN, "Quản trị hệ thống",
            OFFICIAL, "Cán bộ, công chức");

    private Roles() {
    }

    /** The Vietnamese name of a role for pages and mails; the role itself when unknown. */
    public static String label(String role) {
        return LABELS.getOrDefault(role, role);
    }
}
