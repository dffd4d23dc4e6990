/**
 * Administrative units (đơn vị hành chính) of Vietnam: the two-level tree in force since
 * 1 July 2025 and the three-level tree that preceded it.
 *
 * <p>Both trees are kept side by side because dossiers filed before the reform carry old
 * addresses; the successions recorded between them say which current commune or ward an old
 * address now belongs to.
 */
package vn.dvcportal.division;
