/** The service page being rendered, for components placed inside a page's MDX. */
import type { AstroGlobal } from 'astro';
import { findServicePage, type ServicePage } from './guide';

export async function currentServicePage(astro: AstroGlobal): Promise<ServicePage> {
	const route = astro.locals.starlightRoute;
	const page = await findServicePage(route.entry.id);
	if (!page) {
		throw new Error(
			`${route.entry.filePath ?? route.entry.id}: a service component is used on a page that has no "service" block`,
		);
	}
	return page;
}
