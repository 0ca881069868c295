/**
 * Study plans joined with the pages that are built (src/data/study-plans.ts): links become addresses with the
 * page's title, flashcard filters are checked, and each problem names the file, the session and the task.
 */
import { describe, expect, it } from 'vitest';
import { resolveStudyPlans, type StudyPlanEntry } from '../../src/data/study-plans';
import { studyPlanSchema } from '../../src/schemas';
import { readYaml } from '../helpers/content';

const targets = {
	pages: new Map([
		['aws/sqs', 'Amazon SQS'],
		['decide/streaming', 'Which service for data streaming?'],
		['practice', 'Practice: interview flashcards'],
	]),
	topics: new Map([['aws/sqs', 'SQS']]),
	categories: new Map([['streaming', 'Data streaming']]),
	href: (path: string) => `/guide/${path}/`,
};
const entry = (tasks: { do: string; links: string[]; minutes: number }[], id = 'two-days'): StudyPlanEntry => ({
	id,
	filePath: `content/study-plans/${id}.yaml`,
	data: { label: 'Two days', summary: 'A plan for the tests, long enough for its schema.', sessions: [{ title: 'Day 1', tasks }, { title: 'Day 2', tasks: [{ do: 'Rest and read nothing at all', links: ['aws/sqs'], minutes: 5 }] }] },
});

describe('study plans', () => {
	it('resolve links to addresses with titles, and flashcard filters to words', () => {
		const { plans, problems } = resolveStudyPlans(
			[entry([{ do: 'Walk the streaming guide to a pick', links: ['decide/streaming', 'practice?category=streaming&level=senior', 'practice?service=aws/sqs'], minutes: 30 }])],
			targets,
		);
		expect(problems).toEqual([]);
		expect(plans[0]!.minutes).toBe(35);
		expect(plans[0]!.sessions[0]!.tasks[0]).toEqual({
			id: 'two-days/walk-the-streaming-guide-to-a-pick',
			do: 'Walk the streaming guide to a pick',
			minutes: 30,
			links: [
				{ href: '/guide/decide/streaming/', label: 'Which service for data streaming?' },
				{ href: '/guide/practice/?category=streaming&level=senior', label: 'Flashcards: Data streaming, senior level' },
				{ href: '/guide/practice/?service=aws%2Fsqs', label: 'Flashcards: SQS' },
			],
		});
	});

	it('name a link to a page that is not built, an unknown filter and two tasks worded alike', () => {
		const { problems } = resolveStudyPlans(
			[
				entry([
					{ do: 'Read the queue page', links: ['aws/queue'], minutes: 10 },
					{ do: 'Read the queue page!', links: ['practice?level=principal', 'decide/streaming?level=junior'], minutes: 10 },
				]),
			],
			targets,
		);
		const at = 'content/study-plans/two-days.yaml: session 1 ("Day 1")';
		expect(problems).toEqual([
			`${at}, task 1: link "aws/queue": no page "aws/queue" is built`,
			`${at}, task 2: two tasks are worded alike ("Read the queue page!"); progress is kept by the wording, so reword one`,
			`${at}, task 2: link "practice?level=principal": the flashcards have no level "principal" (filters: service=<page>, category=<category>, level=junior|senior|staff)`,
			`${at}, task 2: link "decide/streaming?level=junior": only the flashcards ("practice?…") take filters`,
		]);
	});

	it('come shortest first, and the real plans parse with the schema', () => {
		const long = entry([{ do: 'Read every page twice', links: ['aws/sqs'], minutes: 200 }], 'long');
		const short = entry([{ do: 'Read one page', links: ['aws/sqs'], minutes: 20 }], 'short');
		expect(resolveStudyPlans([long, short], targets).plans.map((p) => p.id)).toEqual(['short', 'long']);
		for (const id of ['48-hours', 'one-week', 'four-weeks']) expect(() => studyPlanSchema.parse(readYaml(`content/study-plans/${id}.yaml`)), id).not.toThrow();
	});
});
