/**
 * The dossier statistics for the public, for the managers of an agency and for administrators:
 * the figures by period, agency, field and procedure, their export, and the job that makes them
 * with the timer that starts it every night.
 */
package vn.dvcportal.statistics.boundary;
