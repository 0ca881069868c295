declare namespace App {
	interface Locals {
		/** How many diagrams the page being rendered has so far; names a broken diagram's position. */
		diagramCount?: number;
	}
}
