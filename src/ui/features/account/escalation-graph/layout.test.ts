import { describe, expect, it } from 'vitest';
import type { EscalationGraph } from '../../../../core/index.ts';
import { edgeText, layoutGraph } from './layout.ts';

const node = (id: string, admin = false) => ({ id, kind: 'role' as const, name: id, admin });

describe('layoutGraph', () => {
  it('places "can become" left to right and lists the nodes in reading order for Tab', () => {
    const graph: EscalationGraph = {
      nodes: [node('admin', true), node('b'), node('start')],
      edges: [
        { from: 'b', to: 'admin', pathIds: ['sts-001'] },
        { from: 'start', to: 'b', pathIds: ['iam-012'] },
      ],
    };
    const placed = layoutGraph(graph);
    expect(placed.nodes.map((entry) => entry.node.id)).toEqual(['start', 'b', 'admin']);
    const [start, b, admin] = placed.nodes;
    expect(start!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(admin!.x);
    expect(placed.width).toBeGreaterThanOrEqual(admin!.x + admin!.width / 2);
    expect(placed.edges.map((edge) => edge.text)).toEqual(['sts-001', 'iam-012']);
  });

  it('labels an edge with two path ids and how many more', () => {
    expect(edgeText(['ec2-001', 'glue-001', 'lambda-001', 'sts-001'])).toBe('ec2-001, glue-001 +2');
    expect(edgeText(['sts-001'])).toBe('sts-001');
  });
});
