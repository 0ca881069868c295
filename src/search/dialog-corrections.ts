/**
 * The search dialog's query correction, loaded when the dialog first opens (./pagefind-config.ts holds only the
 * stub every page carries), as /search-corrections.js (src/pages/search-corrections.js.ts bundles this file with
 * ./correct.ts): fetches /search-vocabulary.json, and returns the processTerm function that corrects a query and
 * shows "Showing results for …" between the input and the results when a name was misspelt.
 */
import { correctQuery, type Vocabulary } from './correct';

function showCorrection(correctedTo: string | undefined): void {
	const form = document.querySelector('#starlight__search form');
	if (!form) return;
	let status = document.getElementById('search-correction');
	if (!status) {
		status = document.createElement('p');
		status.id = 'search-correction';
		status.setAttribute('role', 'status');
		// Styled here, so the stylesheet every page loads does not carry it.
		status.style.cssText = 'margin: 0.5rem 0 0; color: var(--sl-color-gray-2)';
		form.insertBefore(status, form.querySelector('.pagefind-ui__drawer'));
	}
	status.hidden = !correctedTo;
	status.replaceChildren(...(correctedTo ? ['Showing results for ', Object.assign(document.createElement('strong'), { textContent: correctedTo, style: 'color: var(--sl-color-white)' })] : []));
}

/** Loads the vocabulary, then searches again what was typed meanwhile, now corrected. */
export async function loadProcessTerm(base: string): Promise<(term: string) => string> {
	const vocabulary = (await (await fetch(`${base}search-vocabulary.json`)).json()) as Vocabulary;
	const processTerm = (term: string) => {
		const correction = correctQuery(term, vocabulary);
		showCorrection(correction.correctedTo);
		return correction.query;
	};
	queueMicrotask(() => {
		const input = document.querySelector<HTMLInputElement>('#starlight__search input');
		if (!input?.value.trim()) return;
		// Pagefind's UI searches when the input's value changes: change it and put it back.
		const value = input.value;
		input.value = `${value} `;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		input.value = value;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
	return processTerm;
}
