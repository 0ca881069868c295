/**
 * The practice deck: every interview question of the guide as a card, from the same data the pages show
 * (service pages' `questions` and categories' comparison questions). Pure, so it is unit-tested without Astro.
 */
import { CLOUDS, type Cloud } from '../clouds';
import type { CategoryView, ServicePage } from './build-guide';
import type { Level } from '../schemas';
import { slug } from './words';

export interface Card {
	/** Stable across builds while the question's wording stays: "<page id>:<slug of the question>". */
	id: string;
	question: string;
	answer: string;
	/** The clouds the card is about (a comparison question covers all three). */
	clouds: Cloud[];
	category: string;
	/** What the summary groups by: the service page, or the comparison page of the category. */
	topic: { id: string; name: string; href: string };
	/** The question on its page: the page's address with the question's anchor (#q-1, #q-2, …). */
	href: string;
	/** Who should answer it well: junior, senior or staff. */
	level: Level;
}


export function buildDeck(
	pages: ServicePage[],
	categories: CategoryView[],
	compareHref: (categoryId: string) => string,
): Card[] {
	const cards: Card[] = [];
	for (const page of pages) {
		for (const [i, q] of page.data.questions.entries()) {
			cards.push({
				id: `${page.id}:${slug(q.question, 60)}`,
				question: q.question,
				answer: q.answer,
				clouds: [page.data.cloud],
				category: page.category,
				topic: { id: page.id, name: page.data.shortName, href: page.ref.href },
				href: `${page.ref.href}#q-${i + 1}`,
				level: q.level,
			});
		}
	}
	for (const category of categories) {
		for (const [i, q] of category.questions.entries()) {
			cards.push({
				id: `compare/${category.id}:${slug(q.question, 60)}`,
				question: q.question,
				answer: q.answer,
				clouds: [...CLOUDS],
				category: category.id,
				topic: { id: `compare/${category.id}`, name: `${category.label} (comparison)`, href: compareHref(category.id) },
				href: `${compareHref(category.id)}#q-${i + 1}`,
				level: q.level,
			});
		}
	}
	const seen = new Set<string>();
	for (const card of cards) {
		if (seen.has(card.id)) throw new Error(`Two practice cards share the id "${card.id}"; reword one question`);
		seen.add(card.id);
	}
	return cards;
}

/**
 * The deck in study order: topics (services, comparisons) taken in turn, one card from each, so consecutive cards
 * are about different services and the clouds alternate. Topics are visited in an order that mixes the clouds
 * (deterministic, so every reader's first cards are the same mix).
 */
export function interleave<T extends { topic: { id: string }; clouds: readonly string[] }>(cards: T[]): T[] {
	const byTopic = new Map<string, T[]>();
	for (const c of cards) byTopic.set(c.topic.id, [...(byTopic.get(c.topic.id) ?? []), c]);
	const groups = [...byTopic.values()];
	// Mix the clouds: deal the topics round-robin from one queue per first cloud (comparisons count as their own queue).
	const queues = new Map<string, T[][]>();
	for (const g of groups) {
		const key = g[0]!.clouds.length > 1 ? 'all' : g[0]!.clouds[0]!;
		queues.set(key, [...(queues.get(key) ?? []), g]);
	}
	const order: T[][] = [];
	for (let i = 0; order.length < groups.length; i++) for (const q of queues.values()) if (q[i]) order.push(q[i]!);
	const out: T[] = [];
	for (let round = 0; out.length < cards.length; round++) for (const g of order) if (g[round]) out.push(g[round]!);
	return out;
}
