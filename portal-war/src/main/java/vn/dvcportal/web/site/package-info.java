/**
 * What every page shares: the agency's profile for header and footer, the Vietnamese public
 * addresses and the filter behind them, and the site maps for people and search engines.
 */
package vn.dvcportal.web.site;
