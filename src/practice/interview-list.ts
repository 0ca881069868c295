/** /interview/ in the browser: each scenario's saved self-score, from its interview page. Loaded by that page only. */
import { parseScores, describeTotal } from './self-scores';
import { interviewKey } from './saved-progress';
import { storage } from './storage';

const list = document.querySelector<HTMLElement>('ul.interview-list')!;
const areas = (list.dataset['areas'] ?? '').split(',');
for (const cell of list.querySelectorAll<HTMLElement>('[data-score-for]')) {
	const saved = parseScores(storage.get(interviewKey(cell.dataset['scoreFor']!)), areas);
	if (saved.updated) cell.textContent = describeTotal(saved, areas);
}
document.documentElement.dataset['interviewList'] = 'ready';
