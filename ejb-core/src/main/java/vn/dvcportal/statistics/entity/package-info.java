/**
 * Persistent figures of the dossier statistics: one {@link
 * vn.dvcportal.statistics.entity.StatisticsRun} per period and the {@link
 * vn.dvcportal.statistics.entity.DossierStatistic} rows that belong to it.
 */
package vn.dvcportal.statistics.entity;
