/**
 * Reads the small subset of Mermaid flowchart syntax the guide's pipeline diagrams use, to derive
 * what the diagram says as text (for readers who cannot see it) and which nodes are guide pages.
 * Supported: `id[Label]`, `id([Label])`, `id[(Label)]`, `id{{Label}}`, edges `a --> b`, `a -->|label| b`, `a -.-> b`.
 */
export interface FlowNode {
	id: string;
	label: string;
}
export interface FlowEdge {
	from: string;
	to: string;
	label?: string;
}

const NODE = String.raw`([A-Za-z][\w-]*)(?:\s*(\[\(|\(\[|\[\[|\{\{|\[|\(|\{)\s*"?([^"\]\)\}]+?)"?\s*(?:\)\]|\]\)|\]\]|\}\}|\]|\)|\}))?`;
const EDGE = new RegExp(String.raw`^\s*${NODE}\s*(-->|-\.->|==>)\s*(?:\|\s*"?([^|"]+?)"?\s*\|\s*)?${NODE}\s*$`);
const NODE_ONLY = new RegExp(String.raw`^\s*${NODE}\s*$`);

export function parseFlowchart(source: string): { nodes: Map<string, FlowNode>; edges: FlowEdge[] } {
	const nodes = new Map<string, FlowNode>();
	const edges: FlowEdge[] = [];
	const note = (id: string, label?: string) => {
		const existing = nodes.get(id);
		if (!existing || (label && existing.label === id)) nodes.set(id, { id, label: label?.trim() ?? existing?.label ?? id });
	};
	for (const raw of source.split('\n')) {
		const line = raw.replace(/%%.*$/, '').trim();
		if (!line || /^(flowchart|graph|accTitle|accDescr|classDef|class|click|style|linkStyle|subgraph|end|direction)\b/.test(line)) continue;
		const edge = EDGE.exec(line);
		if (edge) {
			const [, a, , aLabel, , label, b, , bLabel] = edge;
			note(a!, aLabel);
			note(b!, bLabel);
			edges.push({ from: a!, to: b!, ...(label ? { label: label.trim() } : {}) });
			continue;
		}
		const node = NODE_ONLY.exec(line);
		if (node) note(node[1]!, node[3]);
	}
	return { nodes, edges };
}

/** Mermaid's accessible title and description, which every guide diagram must declare. */
export function accessibility(source: string): { title?: string; description?: string } {
	const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
	const description = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
	return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}
