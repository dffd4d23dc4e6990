/**
 * The Jakarta Batch artifacts of the report jobs, CDI beans named in the job XML files of the
 * {@code batch-reports} library ({@code META-INF/batch-jobs}).
 *
 * <p>They live here rather than beside the job XML because they need the persistence unit and
 * the entities of this module: a library jar of the EAR sees neither, while the job XML in the
 * library is seen by the job operator of every module. Jobs are started from this module (by
 * {@link vn.dvcportal.report.boundary.ReportJobs} and the report timers), whose bean manager
 * resolves the artifacts by name.
 */
package vn.dvcportal.report.batch;
