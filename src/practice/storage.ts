/**
 * The browser storage the practice pages keep progress in, and file download for exports. Storage that is disabled
 * or full never breaks a page: reads return null and writes are dropped, so the page still works for this visit.
 */
export const storage = {
	get(key: string): string | null {
		try {
			return localStorage.getItem(key);
		} catch {
			return null;
		}
	},
	set(key: string, value: string): void {
		try {
			localStorage.setItem(key, value);
		} catch {
			/* storage full or disabled */
		}
	},
	keys(): string[] {
		try {
			return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => k !== null);
		} catch {
			return [];
		}
	},
	remove(key: string): void {
		try {
			localStorage.removeItem(key);
		} catch {
			/* storage disabled */
		}
	},
};

/** Saves a file the browser downloads (no request leaves the page). */
export function download(name: string, type: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
