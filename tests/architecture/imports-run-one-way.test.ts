import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/db/project-root.js';
import { importGraph } from './import-graph.js';

/** The rooms, bottom up: a file may import its own room and the rooms below it, never one beside or above. */
const FLOORS: Record<string, number> = {
	compositions: 0,
	core: 1,
	server: 2,
	workers: 2,
	// The typed API client knows the server's router type; what runs on top of the API uses it.
	client: 3,
	cli: 4,
	studio: 4,
	bench: 4,
	scripts: 4,
	prisma: 4,
};
/** Developer tools that run the product the way its tests do, and may use the test support to stand it up. */
const TOOLS_USING_TEST_SUPPORT = new Set(['bench', 'scripts']);
const roomOf = (file: string) => file.split('/')[0] ?? '';
const edges = importGraph(projectRoot, Object.keys(FLOORS));

describe('the imports of the project', () => {
	it('are read from every room', () => {
		for (const room of ['compositions', 'core', 'server', 'workers', 'cli', 'studio'])
			expect(
				edges.some((edge) => roomOf(edge.from) === room),
				room,
			).toBe(true);
	});

	it('run one way: compositions at the bottom, then core, then server and workers, then the tools and clients', () => {
		const upward = edges
			.filter((edge) => {
				const from = roomOf(edge.from);
				const to = roomOf(edge.to);
				if (from === to) return false;
				if (to === 'tests' && TOOLS_USING_TEST_SUPPORT.has(from) && edge.to.startsWith('tests/support/')) return false;
				// server and workers share a floor, but neither reaches into the other: they meet in core.
				return (FLOORS[to] ?? 99) >= (FLOORS[from] ?? -1);
			})
			.map((edge) => `${edge.from} -> ${edge.to}`);
		expect(upward).toEqual([]);
	});

	it('form no circles between files', () => {
		const next = new Map<string, string[]>();
		for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
		// Tarjan's strongly connected components: any component of more than one file is a circle.
		let index = 0;
		const order = new Map<string, number>();
		const low = new Map<string, number>();
		const stack: string[] = [];
		const onStack = new Set<string>();
		const circles: string[][] = [];
		const visit = (file: string) => {
			order.set(file, index);
			low.set(file, index);
			index += 1;
			stack.push(file);
			onStack.add(file);
			for (const to of next.get(file) ?? []) {
				if (!order.has(to)) {
					visit(to);
					low.set(file, Math.min(low.get(file) ?? 0, low.get(to) ?? 0));
				} else if (onStack.has(to)) low.set(file, Math.min(low.get(file) ?? 0, order.get(to) ?? 0));
			}
			if (low.get(file) === order.get(file)) {
				const component: string[] = [];
				let member: string | undefined;
				do {
					member = stack.pop();
					if (member) {
						onStack.delete(member);
						component.push(member);
					}
				} while (member && member !== file);
				if (component.length > 1) circles.push(component.sort());
			}
		};
		for (const file of next.keys()) if (!order.has(file)) visit(file);
		expect(circles).toEqual([]);
	});
});
