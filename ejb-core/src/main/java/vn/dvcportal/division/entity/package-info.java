/**
 * Persistent form of the administrative units and of the successions that link each unit in
 * force today to the units merged into it.
 *
 * <p>Units of both eras share one table and are told apart by {@link
 * vn.dvcportal.division.entity.UnitEra}; a code is unique only within its era and level because
 * the statistics office reused many codes across the reform.
 */
package vn.dvcportal.division.entity;
