/**
 * Text normalisation shared by search, import and display.
 *
 * <p>Vietnamese text reaches the portal both precomposed (NFC, the form stored in the catalogue)
 * and decomposed (NFD, typed on some keyboards and pasted from some office tools). Everything
 * that compares text goes through {@link vn.dvcportal.text.control.TextFolding} so that the two
 * forms, letter case, tone marks and the letter đ never make two equal words look different.
 */
package vn.dvcportal.text.control;
