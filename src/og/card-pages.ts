/** Every page that gets a social preview card, read from the content collections and the generated pages' data. */
import { getCollection } from 'astro:content';
import { CLOUD_LABELS } from '../clouds';
import { generatedPages } from '../data/generated-pages';

export type CardPage = {
	/** The page's id: its path without slashes ('' for the home page). */
	id: string;
	title: string;
	description: string;
	/** The cloud a service page belongs to, shown as a badge. */
	cloud?: string | undefined;
};

export async function cardPages(): Promise<CardPage[]> {
	const [docs, generated] = await Promise.all([getCollection('docs'), generatedPages()]);
	return [
		...docs.map((d) => ({
			id: d.id === 'index' ? '' : d.id,
			title: d.data.title,
			description: d.data.description ?? '',
			cloud: d.data.service ? CLOUD_LABELS[d.data.service.cloud] : undefined,
		})),
		...generated,
	];
}
