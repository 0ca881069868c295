/**
 * How many A4 pages the cheat sheet prints on, stated in its intro. Each service is a box of the same shape (a
 * summary, 3-5 key numbers, counterparts, one gotcha) in two columns, so the count follows from the number of
 * services; the density below was measured in Chromium's print preview, and tests/e2e/cheat-sheet.test.ts prints
 * the page and checks the stated count against the real one (re-measured 2026-12-04: 50 services on 9 pages, once the
 * counterparts lists grew).
 */
export const SERVICES_PER_A4_PAGE = 6.0;

export function printedPages(services: number): number {
	return Math.max(1, Math.ceil(services / SERVICES_PER_A4_PAGE));
}
