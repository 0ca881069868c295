/**
 * /study-plan/ in the browser: each task's tick is saved in localStorage under its id and restored on reload, and
 * each plan shows how much of it is done. Loaded by src/pages/study-plan.astro only.
 */
import { KEYS, parseTicks } from './saved-progress';
import { storage } from './storage';
import { duration } from '../data/words';

const load = () => parseTicks(storage.get(KEYS.studyPlan));

const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-task]')];

function render() {
	const done = load();
	for (const box of boxes) box.checked = box.dataset['task']! in done;
	for (const plan of document.querySelectorAll<HTMLElement>('section.study-plan')) {
		const tasks = [...plan.querySelectorAll<HTMLInputElement>('input[data-task]')];
		const ticked = tasks.filter((t) => t.checked);
		const minutes = (list: HTMLInputElement[]) => list.reduce((sum, t) => sum + Number(t.dataset['minutes']), 0);
		const left = minutes(tasks) - minutes(ticked);
		const progress = plan.querySelector<HTMLElement>('.study-progress')!;
		progress.hidden = false;
		progress.textContent =
			ticked.length === 0
				? `Not started: ${tasks.length} tasks.`
				: ticked.length === tasks.length
					? `All ${tasks.length} tasks done.`
					: `${ticked.length} of ${tasks.length} tasks done; ${duration(left)} left.`;
	}
}

document.addEventListener('change', (event) => {
	const box = event.target as HTMLInputElement;
	if (!box.dataset['task']) return;
	const done = load();
	if (box.checked) done[box.dataset['task']] = new Date().toISOString().slice(0, 10);
	else delete done[box.dataset['task']];
	storage.set(KEYS.studyPlan, JSON.stringify({ done }));
	render();
});
document.querySelector('.study-reset')!.addEventListener('click', () => {
	if (!window.confirm('Clear every tick of every plan in this browser?')) return;
	storage.remove(KEYS.studyPlan);
	render();
});
render();
document.documentElement.dataset['studyPlan'] = 'ready';
