/**
 * Reads the small subset of Mermaid flowchart syntax the guide's pipeline diagrams use, to derive what the diagram
 * says as text (for readers who cannot see it), which nodes are guide pages, and what role each node plays.
 *
 * The guide's visual grammar: a node's shape says its role, and the build colours it by that role (./roles.ts).
 *   id([Label])  source (apps, devices, users)      id[[Label]]  ingest (queues, streams, gateways)
 *   id[(Label)]  storage (lakes, databases)         id[Label]    compute (jobs, functions, engines)
 *   id{{Label}}  serving (dashboards, APIs, models)
 * Edges: `a --> b` data, `a -.-> b` control or failure (a scheduler starting work, a dead-letter path), each with an optional
 * `|label|`. `subgraph id [Title] ... end` frames a group (an orchestrated workflow, a hot or cold path).
 */
export const ROLES = ['source', 'ingest', 'storage', 'compute', 'serving'] as const;
export type Role = (typeof ROLES)[number];

const SHAPES: Record<string, Role> = { '([': 'source', '[[': 'ingest', '[(': 'storage', '[': 'compute', '{{': 'serving' };

export interface FlowNode {
	id: string;
	label: string;
	role?: Role;
}
export interface FlowEdge {
	from: string;
	to: string;
	label?: string;
	control?: boolean;
}
export interface Flowchart {
	nodes: Map<string, FlowNode>;
	edges: FlowEdge[];
	/** Frames (`subgraph id [Title]`): id to title. */
	groups: Map<string, string>;
	/** Lines the guide's grammar does not allow, as messages naming the line. */
	problems: string[];
}

const NODE = String.raw`([A-Za-z][\w-]*)(?:\s*(\[\(|\(\[|\[\[|\{\{|\[|\(|\{)\s*"?([^"\]\)\}]+?)"?\s*(?:\)\]|\]\)|\]\]|\}\}|\]|\)|\}))?`;
const EDGE = new RegExp(String.raw`^\s*${NODE}\s*(-->|-\.->|==>|---|--o|--x|<-->)\s*(?:\|\s*"?([^|"]+?)"?\s*\|\s*)?${NODE}\s*$`);
const NODE_ONLY = new RegExp(String.raw`^\s*${NODE}\s*$`);
const SKIPPED = /^(flowchart|graph|accTitle|accDescr|end|direction)\b/;
const SUBGRAPH = /^subgraph\s+([A-Za-z][\w-]*)\s*(?:\[\s*"?([^\]"]+?)"?\s*\])?\s*$/;
const STYLING = /^(classDef|class|click|style|linkStyle)\b/;

export function parseFlowchart(source: string): Flowchart {
	const nodes = new Map<string, FlowNode>();
	const edges: FlowEdge[] = [];
	const problems: string[] = [];
	const groups = new Map<string, string>();
	const misshapen = new Set<string>();
	const note = (line: string, id: string, open?: string, label?: string) => {
		const role = open ? SHAPES[open] : undefined;
		if (open && !role) {
			misshapen.add(id);
			problems.push(`"${line}": shape "${open}" is not in the guide's grammar (([source]), [[ingest]], [(storage)], [compute], {{serving}})`);
		}
		const existing = nodes.get(id);
		if (existing?.role && role && existing.role !== role) problems.push(`"${line}": node "${id}" is drawn with two shapes`);
		if (!existing || (label && existing.label === id)) {
			const node: FlowNode = { id, label: label?.trim() ?? existing?.label ?? id };
			const known = role ?? existing?.role;
			if (known) node.role = known;
			nodes.set(id, node);
		}
	};
	for (const raw of source.split('\n')) {
		const line = raw.replace(/%%.*$/, '').trim();
		if (!line || SKIPPED.test(line)) continue;
		if (line.startsWith('subgraph')) {
			const group = SUBGRAPH.exec(line);
			if (group) groups.set(group[1]!, group[2]?.trim() ?? group[1]!);
			else problems.push(`"${line}": write a frame as \`subgraph id [Title]\``);
			continue;
		}
		if (STYLING.test(line)) {
			problems.push(`"${line}": styling is the build's job (a node's shape sets its colour), remove this line`);
			continue;
		}
		const edge = EDGE.exec(line);
		if (edge) {
			const [, a, aOpen, aLabel, arrow, label, b, bOpen, bLabel] = edge;
			if (arrow !== '-->' && arrow !== '-.->') problems.push(`"${line}": use --> for data and -.-> for control, not ${arrow}`);
			note(line, a!, aOpen, aLabel);
			note(line, b!, bOpen, bLabel);
			edges.push({ from: a!, to: b!, ...(label ? { label: label.trim() } : {}), ...(arrow === '-.->' ? { control: true } : {}) });
			continue;
		}
		const node = NODE_ONLY.exec(line);
		if (node) note(line, node[1]!, node[2], node[3]);
		else problems.push(`"${line}": not a node, an edge or a subgraph the guide's diagrams can read (one edge per line)`);
	}
	for (const node of nodes.values()) {
		const group = groups.get(node.id);
		// An edge may start or end at a frame: it reads as the frame's title.
		if (group !== undefined) nodes.set(node.id, { id: node.id, label: group });
		else if (!node.role && !misshapen.has(node.id)) problems.push(`node "${node.id}" is never given a shape, so its role is unknown`);
	}
	return { nodes, edges, groups, problems };
}

/** Mermaid's accessible title and description, which every guide diagram must declare. */
export function accessibility(source: string): { title?: string; description?: string } {
	const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
	const description = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
	return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}
