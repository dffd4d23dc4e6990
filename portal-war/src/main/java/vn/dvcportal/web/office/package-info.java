/**
 * The back office: the home officials reach after signing in, and the administration of
 * officials by agency and system administrators, within the reach the business core allows.
 */
package vn.dvcportal.web.office;
