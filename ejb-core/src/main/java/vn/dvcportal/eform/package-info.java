/**
 * Interactive e-forms: what a procedure asks the applicant to fill in, defined as data per
 * procedure, prefilled from the profile and checked on the server whatever the browser did.
 */
package vn.dvcportal.eform;
