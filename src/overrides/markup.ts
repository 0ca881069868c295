/**
 * Small, checked rewrites of Starlight's own markup, for the few places where it falls short of the guide's
 * accessibility and HTML-validity gates. Each throws if the markup it expects is gone, so a Starlight update
 * that changes it is noticed at build time instead of silently undoing the fix.
 */

function mustChange(name: string, before: string, after: string): string {
	if (before === after) throw new Error(`src/overrides/markup.ts (${name}): Starlight's markup changed; update this fix`);
	return after;
}

/**
 * The search button is named "Search" (aria-label) while it shows "Search Ctrl K": speech-input users who say
 * what they see cannot address it (WCAG 2.5.3 Label in Name; axe: label-content-name-mismatch). The name is made
 * to contain the visible text, with the words spaced as they appear ("Search Ctrl K"; "Search ⌘ K" on Apple
 * devices, where Starlight shows ⌘). The shortcut stays announced through `aria-keyshortcuts` as before.
 */
export function nameSearchButtonAsShown(html: string): string {
	const fixed = html.replace(/<button data-open-modal[^>]*>[\s\S]*?<\/button>/, (button) =>
		button
			.replace(/aria-label="([^"]*)"/, (_m, label: string) => `aria-label="${label} Ctrl K"`)
			.replace(/<\/span><kbd/, '</span> <kbd')
			.replace(/<\/kbd><kbd/g, '</kbd> <kbd'),
	);
	const appleName =
		"<script>(()=>{const b=document.querySelector('button[data-open-modal]');" +
		"if(b&&/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform))b.setAttribute('aria-label',b.getAttribute('aria-label').replace('Ctrl','⌘'))})()</script>";
	return mustChange('nameSearchButtonAsShown', html, fixed) + appleName;
}

/** Buttons that submit nothing say so (`type="button"`), as HTML validators recommend outside forms. */
export function addButtonTypes(html: string): string {
	return mustChange('addButtonTypes', html, html.replace(/<button(?![^>]*\btype=)/g, '<button type="button"'));
}
