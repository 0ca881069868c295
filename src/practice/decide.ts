/**
 * A decision guide in the browser: opening an answer closes the other answers to the same question, so the page
 * shows one path; the path is kept in the address (`?path=2.1`, answer numbers from the first question, to paste
 * into chat) and in this browser, and comes back on reload. "Start over" closes it. Loaded by the decide pages only;
 * without it the tree is still a set of native disclosures.
 */
import { storage } from './storage';

const root = document.querySelector<HTMLElement>('.decision-tree')!;
const key = `guide-decide-v1:${root.dataset['guide']}`;
const restart = document.querySelector<HTMLButtonElement>('.decision-restart')!;

/** Opens or closes every answer of the tree. */
const setAll = (open: boolean) => {
	for (const d of root.querySelectorAll<HTMLDetailsElement>('details.decision-answer')) d.open = open;
};
// Set while printing: the toggles that printing causes arrive later, as events of their own, and must not be taken
// for the reader's choices.
let printed: number[] | undefined;

/** The answers of a question block, in order. */
const answersOf = (question: Element) => [...question.querySelectorAll<HTMLDetailsElement>(':scope > .decision-answers > li > details')];

/** The open path as answer numbers (1-based), following open answers from the first question down. */
function currentPath(): number[] {
	const path: number[] = [];
	let question: Element | null = root.querySelector('.decision-question');
	while (question) {
		const answers = answersOf(question);
		const open = answers.findIndex((d) => d.open);
		if (open < 0) break;
		path.push(open + 1);
		question = answers[open]!.querySelector(':scope > .decision-question');
	}
	return path;
}

function openPath(path: number[]) {
	let question: Element | null = root.querySelector('.decision-question');
	for (const n of path) {
		const answer = question ? answersOf(question)[n - 1] : undefined;
		if (!answer) break;
		answer.open = true;
		question = answer.querySelector(':scope > .decision-question');
	}
}

function save() {
	const path = currentPath();
	const url = new URL(location.href);
	if (path.length > 0) url.searchParams.set('path', path.join('.'));
	else url.searchParams.delete('path');
	history.replaceState(history.state, '', url);
	if (path.length > 0) storage.set(key, path.join('.'));
	else storage.remove(key);
	restart.hidden = path.length === 0;
}

const parse = (text: string | null) => (text && /^\d+(\.\d+)*$/.test(text) ? text.split('.').map(Number) : []);
const fromAddress = parse(new URLSearchParams(location.search).get('path'));
openPath(fromAddress.length > 0 ? fromAddress : parse(storage.get(key)));

root.addEventListener(
	'toggle',
	(event) => {
		const details = event.target as HTMLDetailsElement;
		if (!details.matches('details.decision-answer') || printed) return;
		if (details.open) {
			for (const other of answersOf(details.closest('.decision-question')!)) if (other !== details) other.open = false;
		}
		save();
	},
	true,
);
restart.addEventListener('click', () => {
	setAll(false);
	save();
	root.querySelector<HTMLElement>('details.decision-answer > summary')?.focus();
});
// Printing shows the whole tree; the reader's path comes back afterwards.
addEventListener('beforeprint', () => {
	printed ??= currentPath();
	setAll(true);
});
addEventListener('afterprint', () => {
	setAll(false);
	openPath(printed ?? []);
	setTimeout(() => {
		printed = undefined;
		save();
	}, 100);
});
save();
document.documentElement.dataset['decide'] = 'ready';
