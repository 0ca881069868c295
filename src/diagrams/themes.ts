/** Mermaid's themes for the site's two themes. Fills and text colours chosen for WCAG AA contrast. */
import type { Role } from './flowchart';
export type DiagramTheme = 'light' | 'dark';

export const THEMES: Record<DiagramTheme, { theme: string; themeVariables: Record<string, string> }> = {
	light: {
		theme: 'base',
		themeVariables: {
			background: '#ffffff',
			primaryColor: '#eef2f8',
			primaryTextColor: '#17181c',
			primaryBorderColor: '#3a4a63',
			lineColor: '#3a4a63',
			textColor: '#17181c',
			edgeLabelBackground: '#ffffff',
			clusterBkg: '#f7f8fa',
			clusterBorder: '#8a94a6',
			fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
		},
	},
	dark: {
		theme: 'base',
		themeVariables: {
			background: '#17181c',
			primaryColor: '#263041',
			primaryTextColor: '#f2f4f7',
			primaryBorderColor: '#a9b8d0',
			lineColor: '#a9b8d0',
			textColor: '#f2f4f7',
			edgeLabelBackground: '#17181c',
			clusterBkg: '#1f232b',
			clusterBorder: '#6b7689',
			fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
		},
	},
};

/** The highlight for the page's own service: dark text on amber in both themes. */
export const FOCUS = { fill: '#ffd866', stroke: '#6b4f00', text: '#1a1a1a' };
export const FOCUS_CLASS = `classDef focus fill:${FOCUS.fill},stroke:${FOCUS.stroke},stroke-width:3px,color:${FOCUS.text}`;

/** How each role of the guide's diagram grammar (./flowchart.ts) is coloured, in each theme; the legend uses the same. */
export interface RoleStyle {
	fill: string;
	stroke: string;
}
export const ROLE_STYLES: Record<DiagramTheme, Record<Role, RoleStyle>> = {
	light: {
		source: { fill: '#e3eefc', stroke: '#2f5f9e' },
		ingest: { fill: '#efe6fb', stroke: '#6a3fa0' },
		storage: { fill: '#e2f3e7', stroke: '#2e7048' },
		compute: { fill: '#eef2f8', stroke: '#3a4a63' },
		serving: { fill: '#fdebdc', stroke: '#9a4a12' },
	},
	dark: {
		source: { fill: '#1b3354', stroke: '#8db7ee' },
		ingest: { fill: '#33264d', stroke: '#c0a3ec' },
		storage: { fill: '#1c3b29', stroke: '#8fd3a8' },
		compute: { fill: '#263041', stroke: '#a9b8d0' },
		serving: { fill: '#4a2a17', stroke: '#f0b48a' },
	},
};

/** Mermaid lines that colour every node by its role, and the page's own service as the highlight. */
export function roleStyling(theme: DiagramTheme, nodes: Iterable<{ id: string; role?: Role }>, current?: string): string[] {
	const byRole = new Map<Role, string[]>();
	for (const node of nodes) {
		if (node.role && node.id !== current) byRole.set(node.role, [...(byRole.get(node.role) ?? []), node.id]);
	}
	return [
		...[...byRole].flatMap(([role, ids]) => {
			const s = ROLE_STYLES[theme][role];
			// Labels keep the theme's text colour, which every role's fill is chosen to contrast with.
			const text = THEMES[theme].themeVariables.primaryTextColor;
			return [`classDef ${role} fill:${s.fill},stroke:${s.stroke},color:${text}`, `class ${ids.join(',')} ${role}`];
		}),
		...(current ? [FOCUS_CLASS, `class ${current} focus`] : []),
	];
}
