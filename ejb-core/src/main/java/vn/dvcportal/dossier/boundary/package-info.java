/**
 * What the web module may call on dossiers: the applicant's applications, the back office's
 * work, file downloads, the public lookup by code and the routing of procedures to agencies.
 * Roles are checked by the container, the agency and the step by the rules in control.
 */
package vn.dvcportal.dossier.boundary;
