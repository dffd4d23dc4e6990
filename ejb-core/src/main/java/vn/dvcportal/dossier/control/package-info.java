/**
 * The rules of dossiers, free of the container: which step may follow which and for whom, what
 * a dossier needs before it can be submitted, the records the boundaries return, and the
 * queries behind the work lists.
 */
package vn.dvcportal.dossier.control;
