/**
 * What happened on the portal and who did it: the audit trail of security events, searched by
 * administrators, and the access log of every HTTP request, the input of the access reports.
 */
package vn.dvcportal.audit;
