/** /og/<page>.png: each page's social preview card, drawn at build time from the collections (src/og/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPages, type CardPage } from '../../og/card-pages';
import { cardPath } from '../../og/card-path';
import { drawCard } from '../../og/draw-card';
import { SITE_TITLE } from '../../site';

export const getStaticPaths = (async () =>
	(await cardPages()).map((page) => ({ params: { card: cardPath(page.id).slice('og/'.length, -'.png'.length) }, props: page }))) satisfies GetStaticPaths;

export const GET: APIRoute<CardPage> = async ({ props }) =>
	new Response(new Uint8Array(await drawCard({ site: SITE_TITLE, ...props })), { headers: { 'Content-Type': 'image/png' } });
