/**
 * The Pagefind UI options of the search dialog. Starlight's Search component spreads `pagefindUserConfig` into
 * `new PagefindUI(…)`; config/integration.ts points Starlight's `virtual:starlight/pagefind-config` module here, so
 * the dialog gets the ranking weights (./ranking.ts) and a `processTerm` that corrects each query against the
 * guide's vocabulary before Pagefind searches (./dialog-corrections.ts, ./correct.ts, served bundled as
 * /search-corrections.js).
 *
 * Every page carries only this stub; the correction code and /search-vocabulary.json load when the dialog first
 * opens (or on the first search), and a search typed before they arrive is run again once they have. It also
 * carries the dialog's keys (./keyboard.js) and focuses the input when Pagefind's UI arrives late (below).
 */
import { SEARCH_RANKING } from './ranking';
// "/" opens the dialog and the arrow keys move through results: loaded with the dialog's module on every page.
import './keyboard.js';

let corrected: ((term: string) => string) | undefined;
let loading = false;

function load(): void {
	if (loading) return;
	loading = true;
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	// By URL, outside the bundle (see src/pages/search-corrections.js.ts).
	(import(/* @vite-ignore */ `${base}search-corrections.js`) as Promise<typeof import('./dialog-corrections')>)
		.then((m) => m.loadProcessTerm(base))
		.then((f) => (corrected = f))
		// Without them (an old cache, a host that lost the file) search still works, uncorrected.
		.catch(() => undefined);
}

// Starlight loads the Pagefind UI when the browser is first idle and focuses its input when the dialog opens; someone
// who presses Ctrl K before that gets an open dialog with nothing focused, and what they type goes nowhere. So the
// input is focused as soon as it appears in an open dialog (never taking focus from where the user put it), and
// the corrections start loading then.
const root = document.getElementById('starlight__search');
const dialog = root?.closest('dialog');
if (root && dialog) {
	const observer = new MutationObserver(() => {
		const input = root.querySelector('input');
		if (!input || !dialog.open) return;
		observer.disconnect();
		load();
		const active = document.activeElement;
		if (active === dialog || !dialog.contains(active)) input.focus();
	});
	observer.observe(root, { childList: true, subtree: true });
	observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
}

export const pagefindUserConfig = {
	ranking: SEARCH_RANKING,
	processTerm: (term: string) => corrected?.(term) ?? (load(), term),
};
