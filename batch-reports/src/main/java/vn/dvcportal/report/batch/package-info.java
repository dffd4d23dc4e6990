/**
 * Jakarta Batch artifacts for the periodic statistics and access reports. The job definitions
 * live in {@code META-INF/batch-jobs}; the module is packaged in the EAR's library folder so
 * that both the business core and the web module can start its jobs.
 */
package vn.dvcportal.report.batch;
