/**
 * Statistics of dossier handling (tình trạng giải quyết hồ sơ): a Jakarta Batch job counts, for
 * a day, a month, a quarter or a year, the dossiers of every agency and procedure in buckets
 * that add up, and the public and back-office pages show and export those figures.
 */
package vn.dvcportal.statistics;
