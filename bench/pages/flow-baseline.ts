// The map baseline: bare React Flow drawing the same generated graph as the app's map (same
// generator, size and seed, from the query string) with default nodes and edges and no options
// but the app's zoom range, so both start from the same fitted overview.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { generateEcosystem } from '../../shared/samples/generate-map';

const params = new URLSearchParams(location.search);
const actors = Number(params.get('actors') ?? 500);
const content = generateEcosystem(
  actors,
  Number(params.get('relations') ?? actors * 2),
  Number(params.get('seed') ?? 7),
);
const nodes: Node[] = content.actors.map((a) => ({ id: a.id, position: { x: a.x, y: a.y }, data: { label: a.name } }));
const edges: Edge[] = content.relations.map((r) => ({ id: r.id, source: r.from, target: r.to }));

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  createElement(ReactFlow, { defaultNodes: nodes, defaultEdges: edges, fitView: true, minZoom: 0.05, maxZoom: 3 }),
);
