/** Components a service page's MDX uses. Each reads the current page's data; none takes copied values. */
export { default as NumbersWorthKnowing } from './NumbersWorthKnowing.astro';
export { default as ComparedWith } from './ComparedWith.astro';
export { default as PipelineDiagram } from '../PipelineDiagram.astro';
export { default as ArchitectureMap } from '../ArchitectureMap.astro';
export { default as InterviewQuestions } from './InterviewQuestions.astro';
export { default as Gotchas } from './Gotchas.astro';
