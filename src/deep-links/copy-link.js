// "Copy link to this section": a button after every h2/h3's anchor link. The anchor itself works without
// JavaScript (it puts the section's address in the location bar); the button, added here, copies the full address.
document.addEventListener('DOMContentLoaded', () => {
	const live = document.createElement('p');
	live.className = 'sr-only';
	live.setAttribute('role', 'status');
	document.body.append(live);
	const icon =
		'<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/></svg>';

	const copy = async (text) => {
		try {
			await navigator.clipboard.writeText(text);
			return true;
		} catch {
			// Older browsers and non-secure origins: copy through a selected, off-screen text field.
			const field = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
			field.style.cssText = 'position:fixed;inset-block-start:-100vh;opacity:0';
			document.body.append(field);
			field.select();
			const done = document.execCommand?.('copy') ?? false;
			field.remove();
			return done;
		}
	};

	for (const wrapper of document.querySelectorAll('.sl-heading-wrapper.level-h2, .sl-heading-wrapper.level-h3')) {
		const heading = wrapper.querySelector('h2[id], h3[id]');
		if (!heading) continue;
		const title = heading.textContent.trim();
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-link';
		button.innerHTML = icon;
		button.setAttribute('aria-label', `Copy link to section “${title}”`);
		button.title = 'Copy link to this section';
		button.addEventListener('click', async () => {
			const url = new URL(location.href);
			url.hash = heading.id;
			const ok = await copy(url.href);
			if (!ok) location.hash = heading.id; // the address bar then holds the link
			button.dataset.copied = ok ? 'true' : 'false';
			live.textContent = ok ? `Link to “${title}” copied` : `Copy failed; the address bar now links to “${title}”`;
			setTimeout(() => delete button.dataset.copied, 2000);
		});
		wrapper.append(button);
	}
});
