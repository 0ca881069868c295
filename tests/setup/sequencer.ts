/**
 * Test file order: the accessibility sweep first. It is the longest file and runs alone in its worker, so starting
 * it at once lets every other file run beside it instead of after it.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const first = (f: TestSpecification) => (f.moduleId.includes('/tests/e2e/accessibility') ? 0 : 1);
		return sorted.toSorted((a, b) => first(a) - first(b));
	}
}
