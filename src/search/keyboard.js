// Keyboard access to search, on top of Starlight's Ctrl/Cmd+K: "/" opens the search dialog, and the arrow
// keys move between the input and the results, so Enter follows the highlighted result.
window.addEventListener('keydown', (event) => {
	const target = event.target;
	const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
	const dialog = document.querySelector('site-search dialog');
	if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey && dialog && !dialog.open) {
		document.querySelector('site-search button[data-open-modal]')?.click();
		event.preventDefault();
		return;
	}
	if (!dialog?.open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
	const input = dialog.querySelector('input.pagefind-ui__search-input');
	const items = [input, ...dialog.querySelectorAll('.pagefind-ui__result-link')].filter(Boolean);
	const index = items.indexOf(document.activeElement);
	const next = event.key === 'ArrowDown' ? Math.min(index + 1, items.length - 1) : Math.max(index - 1, 0);
	items[next]?.focus();
	event.preventDefault();
});
