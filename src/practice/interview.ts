/**
 * A mock interview page in the browser: the countdown timer and the rubric's self-scores, saved per interview in
 * localStorage and restored on reload. Loaded by src/pages/interview/[scenario].astro only.
 */
import { describeTotal, parseScores } from './self-scores';
import { interviewKey } from './saved-progress';
import { storage } from './storage';

const rubric = document.querySelector<HTMLElement>('.interview-rubric')!;
const areas = [...rubric.querySelectorAll<HTMLElement>('fieldset[data-area]')].map((f) => f.dataset['area']!);
const key = interviewKey(rubric.dataset['interview']!);
const total = rubric.querySelector('output')!;
const saved = rubric.querySelector<HTMLElement>('.rubric-saved')!;

function showScores() {
	const current = parseScores(storage.get(key), areas);
	for (const area of areas) {
		for (const input of rubric.querySelectorAll<HTMLInputElement>(`input[name="${area}"]`)) {
			input.checked = current.scores[area] === Number(input.value);
		}
	}
	total.textContent = describeTotal(current, areas);
	saved.hidden = current.updated === '';
}

rubric.addEventListener('change', (event) => {
	const input = event.target as HTMLInputElement;
	if (input.type !== 'radio') return;
	const current = parseScores(storage.get(key), areas);
	current.scores[input.name] = Number(input.value);
	storage.set(key, JSON.stringify({ scores: current.scores, updated: new Date().toISOString() }));
	showScores();
});
rubric.querySelector('.rubric-reset')!.addEventListener('click', () => {
	storage.remove(key);
	showScores();
});
showScores();

// The timer: counts down from the interview's usual length; Start toggles to Pause, Reset goes back to the start.
const timer = document.querySelector<HTMLElement>('.interview-timer')!;
const display = timer.querySelector<HTMLElement>('.timer-display')!;
const status = timer.querySelector<HTMLElement>('.timer-status')!;
const startButton = timer.querySelector<HTMLButtonElement>('[data-timer="start"]')!;
const full = Number(timer.dataset['seconds']);
let left = full;
let ticking: ReturnType<typeof setInterval> | undefined;
let endsAt = 0;

const format = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
function render() {
	display.textContent = format(Math.max(0, left));
	startButton.textContent = ticking ? 'Pause' : left < full ? 'Resume' : 'Start the timer';
}
function stop() {
	clearInterval(ticking);
	ticking = undefined;
}
startButton.addEventListener('click', () => {
	if (ticking) {
		stop();
		status.textContent = 'Paused.';
	} else if (left > 0) {
		endsAt = Date.now() + left * 1000;
		ticking = setInterval(() => {
			left = Math.round((endsAt - Date.now()) / 1000);
			if (left <= 0) {
				stop();
				status.textContent = 'Time is up.';
			}
			render();
		}, 250);
		status.textContent = '';
	}
	render();
});
timer.querySelector('[data-timer="reset"]')!.addEventListener('click', () => {
	stop();
	left = full;
	status.textContent = '';
	render();
});
timer.querySelector<HTMLElement>('.timer-buttons')!.hidden = false;

// Printing shows every answer, not only the ones opened.
addEventListener('beforeprint', () => {
	for (const details of document.querySelectorAll<HTMLDetailsElement>('.sl-markdown-content details')) details.open = true;
});
document.documentElement.dataset['interview'] = 'ready';
