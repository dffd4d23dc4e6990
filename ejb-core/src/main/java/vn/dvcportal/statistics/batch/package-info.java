/**
 * The Jakarta Batch artifacts of the dossier-statistics job, CDI beans named in its job XML
 * in the {@code batch-reports} library ({@code META-INF/batch-jobs/dossier-statistics.xml}).
 * They live in the business core for the persistence unit and the entities they need.
 */
package vn.dvcportal.statistics.batch;
