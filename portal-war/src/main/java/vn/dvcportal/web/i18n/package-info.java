/**
 * Language of the pages: the visitor's choice of Vietnamese or English, the label bundle and
 * the formats of numbers and dates.
 */
package vn.dvcportal.web.i18n;
