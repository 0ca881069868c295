/**
 * Study plans joined with the guide: every link names a page that is built (a content page or one src/pages/
 * generates) or a flashcard filter that exists, and every task has an id unique in its plan (from its wording, so
 * saved progress survives reordering). Anything wrong stops the build, naming the file, the session and the task.
 * Pure, so unit tests call it.
 */
import { LEVELS, type StudyPlanData } from '../schemas';
import { slug } from './words';

export interface StudyLink {
	href: string;
	/** The page's title, or the flashcard selection in words. */
	label: string;
}

export interface StudyTask {
	/** "<plan id>/<slug of the task>": the key its progress is saved under. */
	id: string;
	do: string;
	minutes: number;
	links: StudyLink[];
}

export interface StudyPlan {
	id: string;
	label: string;
	summary: string;
	minutes: number;
	sessions: { title: string; minutes: number; tasks: StudyTask[] }[];
}

export interface StudyTargets {
	/** Every page by its path without slashes, with its title. */
	pages: Map<string, string>;
	/** Flashcard filters: service (topic) ids and category ids with their labels. */
	topics: Map<string, string>;
	categories: Map<string, string>;
	/** The page's address for a path (base-aware on the site). */
	href: (path: string) => string;
}


export interface StudyPlanEntry {
	id: string;
	filePath: string;
	data: StudyPlanData;
}

/** A plan's length: the minutes of all its tasks. Plans are listed shortest first. */
export const planMinutes = (plan: StudyPlanData) => plan.sessions.flatMap((s) => s.tasks).reduce((sum, t) => sum + t.minutes, 0);

/** The plans, shortest first, with every link resolved. */
export function resolveStudyPlans(entries: StudyPlanEntry[], targets: StudyTargets): { plans: StudyPlan[]; problems: string[] } {
	const problems: string[] = [];
	const resolved = entries.map(({ id: planId, filePath: file, data }) => {
		const plan = { id: planId, ...data };
		const seen = new Set<string>();
		const sessions = plan.sessions.map((session, s) => {
			const tasks = session.tasks.map((task, t) => {
				const where = `${file}: session ${s + 1} ("${session.title}"), task ${t + 1}`;
				const id = `${plan.id}/${slug(task.do, 60)}`;
				if (seen.has(id)) problems.push(`${where}: two tasks are worded alike ("${task.do}"); progress is kept by the wording, so reword one`);
				seen.add(id);
				const links = task.links.flatMap((link) => {
					const found = resolveLink(link, targets);
					if (typeof found === 'string') {
						problems.push(`${where}: link "${link}": ${found}`);
						return [];
					}
					return [found];
				});
				return { id, do: task.do, minutes: task.minutes, links };
			});
			return { title: session.title, minutes: tasks.reduce((sum, t) => sum + t.minutes, 0), tasks };
		});
		return { id: plan.id, label: plan.label, summary: plan.summary, minutes: planMinutes(data), sessions };
	});
	resolved.sort((a, b) => a.minutes - b.minutes);
	return { plans: resolved, problems };
}

function resolveLink(link: string, targets: StudyTargets): StudyLink | string {
	const [path = '', query] = link.split('?');
	const title = targets.pages.get(path);
	if (title === undefined) return `no page "${path}" is built`;
	if (query === undefined) return { href: targets.href(path), label: title };
	if (path !== 'practice') return 'only the flashcards ("practice?…") take filters';
	const params = new URLSearchParams(query);
	const words: string[] = [];
	for (const [key, value] of params) {
		if (key === 'service' && targets.topics.has(value)) words.push(targets.topics.get(value)!);
		else if (key === 'category' && targets.categories.has(value)) words.push(targets.categories.get(value)!);
		else if (key === 'level' && value in LEVELS) words.push(`${LEVELS[value as keyof typeof LEVELS].toLowerCase()} level`);
		else return `the flashcards have no ${key} "${value}" (filters: service=<page>, category=<category>, level=${Object.keys(LEVELS).join('|')})`;
	}
	return { href: `${targets.href(path)}?${params}`, label: `Flashcards: ${words.join(', ')}` };
}
