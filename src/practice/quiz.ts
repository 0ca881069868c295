/**
 * The /practice/ flashcard quiz in the browser: filters, one card at a time, reveal, mark, Leitner scheduling
 * (./leitner.ts) and progress in localStorage. Loaded by src/pages/practice.astro only.
 */
import type { Card as DeckCard } from '../data/practice';
import { boxCounts, dueNow, emptyProgress, mark, nextCard, parseProgress, weakCards, weakTopics, type Progress } from './leitner';
import { ankiDeck } from './anki';
import { download, storage } from './storage';
import { exportProgress, importProgress, KEYS } from './saved-progress';

/** A card as the page embeds it: question and answer already rendered to HTML, with its category's label. */
type Card = DeckCard & { categoryLabel: string };

const PROGRESS_KEY = KEYS.flashcards;
const FILTERS_KEY = KEYS.filters;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const deck = JSON.parse($('practice-deck').textContent ?? '[]') as Card[];
const form = $('practice-filters');
const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const ui = {
	meta: $('card-meta'),
	question: $('card-question'),
	answer: $('card-answer'),
	reveal: $<HTMLButtonElement>('card-reveal'),
	knew: $<HTMLButtonElement>('card-knew'),
	again: $<HTMLButtonElement>('card-again'),
	status: $('practice-status'),
	boxes: $('practice-boxes'),
	weak: $('practice-weak'),
	reset: $<HTMLButtonElement>('practice-reset'),
	card: $('practice-card'),
	counter: $('card-counter'),
	deckLabel: $('practice-deck-label'),
	weakNone: $('practice-weak-none'),
	exportDeck: $<HTMLButtonElement>('practice-export-deck'),
	exportWeak: $<HTMLButtonElement>('practice-export-weak'),
	exportProgress: $<HTMLButtonElement>('practice-export-progress'),
	importProgress: $<HTMLInputElement>('practice-import-progress'),
	transferStatus: $('practice-transfer-status'),
};

let progress: Progress = parseProgress(storage.get(PROGRESS_KEY));
let current: Card | undefined;
let revealed = false;

/**
 * Filters from the address, else the saved ones. The address may name a service (`?service=aws/sqs`, as a service
 * page's "Test yourself" link sets; `?topic=` means the same), a category (`?category=streaming`) and a level
 * (`?level=senior`), as the study plans link them; what it names is chosen, everything else is widened.
 */
function restoreFilters() {
	const params = new URLSearchParams(location.search);
	const wanted = { topic: params.get('topic') ?? params.get('service'), category: params.get('category'), level: params.get('level') };
	const valid = (name: keyof typeof wanted) => wanted[name] !== null && [...select(name).options].some((o) => o.value === wanted[name]);
	if (valid('topic') || valid('category') || valid('level')) {
		for (const box of form.querySelectorAll<HTMLInputElement>('input[name="cloud"]')) box.checked = true;
		for (const name of ['topic', 'category', 'level'] as const) select(name).value = valid(name) ? wanted[name]! : '';
		return;
	}
	try {
		const saved = JSON.parse(storage.get(FILTERS_KEY) ?? 'null') as { clouds: string[]; category: string; topic: string; level?: string } | null;
		if (!saved) return;
		for (const box of form.querySelectorAll<HTMLInputElement>('input[name="cloud"]')) box.checked = saved.clouds.includes(box.value);
		select('category').value = saved.category;
		select('topic').value = saved.topic;
		select('level').value = saved.level ?? '';
	} catch {
		/* ignore a damaged entry */
	}
}

function filters() {
	const clouds = [...form.querySelectorAll<HTMLInputElement>('input[name="cloud"]:checked')].map((b) => b.value);
	const category = select('category').value;
	const topic = select('topic').value;
	const level = select('level').value;
	return { clouds, category, topic, level };
}

/** Cards in the selection: every cloud a card covers must be chosen, so "AWS only" asks AWS questions only. */
function selection(): Card[] {
	const { clouds, category, topic, level } = filters();
	return deck.filter(
		(c) =>
			c.clouds.every((cl) => clouds.includes(cl)) &&
			(!category || c.category === category) &&
			(!topic || c.topic.id === topic) &&
			(!level || c.level === level),
	);
}

function renderSummary(cards: Card[]) {
	const ids = cards.map((c) => c.id);
	const counts = boxCounts(progress, ids);
	ui.boxes.textContent = `${cards.length} cards in this selection. Not seen yet: ${counts[0]}. ` +
		counts.slice(1).map((n, i) => `Box ${i + 1}: ${n}`).join(', ') + '.';
	const weak = weakTopics(progress, cards);
	ui.weak.hidden = weak.length === 0;
	ui.weakNone.hidden = weak.length > 0;
	ui.weak.replaceChildren(
		...weak.slice(0, 8).map((t) => {
			const li = document.createElement('li');
			const a = Object.assign(document.createElement('a'), { href: t.topic.href, textContent: t.topic.name });
			li.append(a, ` — marked "review again" ${t.wrong} time${t.wrong === 1 ? '' : 's'}, "knew it" ${t.right}`);
			return li;
		}),
	);
	const { fresh, due, seen } = dueNow(progress, ids);
	ui.counter.textContent = cards.length
		? `Card ${Math.min(seen + 1, cards.length)} of ${cards.length} · ${due} due now · ${fresh} not seen yet`
		: '';
	ui.deckLabel.textContent = deckLabel(cards.length);
}

/** The deck chosen, in words, for the closed filter disclosure. */
function deckLabel(size: number): string {
	const { clouds, category, topic, level } = filters();
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="cloud"]')];
	const cloudText = clouds.length === boxes.length ? 'all clouds' : boxes.filter((b) => b.checked).map((b) => b.parentElement?.textContent?.trim()).join(', ') || 'no cloud';
	const pick = (name: string) => select(name).selectedOptions[0]?.textContent?.trim() ?? '';
	const scope = topic ? pick('topic') : category ? pick('category') : 'all categories';
	return `${cloudText}, ${scope}${level ? `, ${pick('level').toLowerCase()}` : ''} (${size} cards)`;
}

function show() {
	const cards = selection();
	renderSummary(cards);
	const id = nextCard(progress, cards.map((c) => c.id), current?.id);
	current = cards.find((c) => c.id === id);
	revealed = false;
	ui.answer.hidden = true;
	ui.knew.disabled = ui.again.disabled = true;
	if (!current) {
		ui.card.dataset['empty'] = 'true';
		ui.meta.textContent = '';
		ui.question.textContent = 'No card matches these filters. Choose at least one cloud, or widen the category or service.';
		ui.answer.textContent = '';
		ui.reveal.disabled = true;
		ui.status.textContent = 'No cards selected.';
		return;
	}
	delete ui.card.dataset['empty'];
	ui.reveal.disabled = false;
	const box = progress.cards[current.id]?.box;
	ui.meta.replaceChildren(
		Object.assign(document.createElement('a'), { href: current.topic.href, textContent: current.topic.name }),
		` · ${current.categoryLabel}${current.level ? ` · ${current.level}` : ''} · ${box ? `box ${box}` : 'new card'}`,
	);
	ui.question.innerHTML = current.question;
	ui.answer.innerHTML = current.answer;
	ui.card.dataset['card'] = current.id;
	ui.status.textContent = `Question: ${ui.question.textContent}`;
}

function reveal() {
	if (!current || revealed) return;
	revealed = true;
	ui.answer.hidden = false;
	ui.knew.disabled = ui.again.disabled = false;
	if (document.activeElement === ui.reveal) ui.knew.focus(); // before disabling it, or focus falls to <body>
	ui.reveal.disabled = true;
	ui.status.textContent = `Answer shown. Press 1 if you knew it, 2 to review it again.`;
}

function answer(knew: boolean) {
	if (!current || !revealed) return;
	progress = mark(progress, current.id, knew);
	storage.set(PROGRESS_KEY, JSON.stringify(progress));
	const refocus = document.activeElement === ui.knew || document.activeElement === ui.again;
	show();
	if (refocus) ui.reveal.focus();
}

ui.reveal.addEventListener('click', reveal);
ui.knew.addEventListener('click', () => answer(true));
ui.again.addEventListener('click', () => answer(false));
ui.reset.addEventListener('click', () => {
	if (!window.confirm('Forget all saved practice progress in this browser?')) return;
	progress = emptyProgress();
	storage.set(PROGRESS_KEY, JSON.stringify(progress));
	current = undefined;
	show();
});
form.addEventListener('change', () => {
	storage.set(FILTERS_KEY, JSON.stringify(filters()));
	current = undefined;
	show();
});
document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement | null;
	if (event.ctrlKey || event.metaKey || event.altKey || document.querySelector('dialog[open]')) return;
	if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A|SUMMARY)$/.test(target.tagName))) {
		// Space and Enter keep their usual meaning on controls; the digit shortcuts still work there.
		if (event.key === ' ' || event.key === 'Enter') return;
	}
	if (event.key === ' ' && !revealed) {
		event.preventDefault();
		reveal();
	} else if (event.key === '1') {
		answer(true);
	} else if (event.key === '2') {
		answer(false);
	}
});

/** Downloads these cards as a file Anki imports and says how many went out. */
function exportCards(cards: Card[], name: string, what: string) {
	const text = ankiDeck(cards.map((c) => ({ ...c, url: new URL(c.href, location.href).href })));
	download(name, 'text/plain', text);
	ui.transferStatus.textContent = `Exported ${cards.length} ${what}${cards.length === 1 ? '' : 's'} for Anki.`;
}
ui.exportDeck.addEventListener('click', () => exportCards(selection(), 'cloud-guide-cards.txt', 'card'));
ui.exportWeak.addEventListener('click', () => {
	const weak = weakCards(progress, deck);
	if (weak.length === 0) ui.transferStatus.textContent = 'No weak cards yet: cards you mark "review again" are exported here.';
	else exportCards(weak, 'cloud-guide-weak-cards.txt', 'weak card');
});
/** "12 cards, 2 mock interviews and 5 study plan tasks". */
const describeCounts = (c: { cards: number; interviews: number; tasks: number }) =>
	`${c.cards} card${c.cards === 1 ? '' : 's'}, ${c.interviews} mock interview${c.interviews === 1 ? '' : 's'} and ${c.tasks} study plan task${c.tasks === 1 ? '' : 's'}`;
ui.exportProgress.addEventListener('click', () => {
	const { json, counts } = exportProgress(storage);
	download('cloud-guide-progress.json', 'application/json', json);
	ui.transferStatus.textContent = `Exported progress on ${describeCounts(counts)}.`;
});
ui.importProgress.addEventListener('change', async () => {
	const file = ui.importProgress.files?.[0];
	if (!file) return;
	const counts = importProgress(await file.text(), storage);
	if (!counts) {
		ui.transferStatus.textContent = `${file.name} is not a progress file exported from this page; nothing changed.`;
	} else {
		progress = parseProgress(storage.get(PROGRESS_KEY));
		current = undefined;
		show();
		ui.transferStatus.textContent = `Imported progress on ${describeCounts(counts)} from ${file.name}.`;
	}
	ui.importProgress.value = '';
});

restoreFilters();
document.documentElement.dataset['practice'] = 'ready';
show();
