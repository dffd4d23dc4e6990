/**
 * The format of dossier codes and the taking of numbers from the daily counters, free of the
 * container so that both can be tried on their own.
 */
package vn.dvcportal.numbering.control;
