/**
 * Dossiers (hồ sơ) citizens and businesses submit for a procedure, their files, the record of
 * every step taken on them, the messages exchanged and the consultations of departments.
 * Tables are created by {@code db/changelog/007-dossier.xml}; the names here must match it.
 */
package vn.dvcportal.dossier.entity;
