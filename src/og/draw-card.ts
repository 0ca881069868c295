/**
 * Draws a social preview card (1200x630 PNG) without a browser: satori lays out the card and turns it into SVG,
 * resvg turns the SVG into PNG. The font (Inter, SIL Open Font License) is committed in ./fonts, so nothing is
 * fetched and every machine draws the same card.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD } from './card-path';
// Inlined into the build as data: URLs, so the fonts are found wherever the bundled code runs from.
import regular from './fonts/inter-latin-400-normal.woff?inline';
import bold from './fonts/inter-latin-700-normal.woff?inline';

const font = (weight: 400 | 700, dataUrl: string) => ({
	name: 'Inter',
	weight,
	style: 'normal' as const,
	data: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'),
});
let fonts: ReturnType<typeof font>[] | undefined;

/** The characters the committed font covers (Fontsource's "latin" subset); a card may use no others. */
export const CARD_FONT_RANGES: [number, number][] = [
	[0x0000, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da],
	[0x02dc, 0x02dc], [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193],
	[0x2212, 0x2212], [0x2215, 0x2215],
];

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });

export interface Card {
	site: string;
	title: string;
	description: string;
	cloud?: string | undefined;
}

const PADDING = 64;
/** Satori sizes boxes without their padding, so the content box is the card less the padding on each side. */
const INNER = { width: CARD.width - 2 * PADDING, height: CARD.height - 2 * PADDING };

/** The card's layout as satori elements: site name, cloud badge, title (two lines at most), then the summary (three). */
function layout({ site, title, description, cloud }: Card): Node {
	return el(
		'div',
		{
			...INNER, display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
			padding: PADDING, background: '#1f3a5f', color: '#ffffff', fontFamily: 'Inter',
		},
		el(
			'div',
			{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
			el('div', { fontSize: 30, opacity: 0.85 }, site),
			...(cloud ? [el('div', { marginTop: 28, padding: '6px 18px', borderRadius: 999, background: '#ffd866', color: '#1a1a1a', fontSize: 28, fontWeight: 700 }, cloud)] : []),
			el('div', { display: 'block', width: INNER.width, marginTop: 18, fontSize: title.length > 40 ? 64 : 76, fontWeight: 700, lineHeight: 1.05, lineClamp: 2 }, title),
		),
		el('div', { display: 'block', width: INNER.width, fontSize: 32, lineHeight: 1.35, opacity: 0.92, lineClamp: 3 }, description),
	);
}

export async function drawCard(card: Card): Promise<Buffer> {
	fonts ??= [font(400, regular), font(700, bold)];
	const svg = await satori(layout(card) as Parameters<typeof satori>[0], { ...CARD, fonts });
	return new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width } }).render().asPng();
}
