/** Mermaid's themes for the site's two themes. Fills and text colours chosen for WCAG AA contrast. */
export type DiagramTheme = 'light' | 'dark';

export const THEMES: Record<DiagramTheme, Record<string, unknown>> = {
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
