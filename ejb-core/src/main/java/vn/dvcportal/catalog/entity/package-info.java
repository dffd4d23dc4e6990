/**
 * The procedure catalogue as persistent entities: procedures with their channels, fees,
 * documents, legal bases and results, and the agencies and fields they share. Tables are
 * created by the versioned migrations in {@code db/changelog}, never generated.
 */
package vn.dvcportal.catalog.entity;
