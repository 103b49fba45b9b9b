import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  ConnectionMode,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type Node,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import type { Actor, EcosystemContent, Relation } from '../../../shared/model';
import {
  ACTOR_SIZE,
  actorTypeInfo,
  actorTypeList,
  mapBounds,
  relationTypeInfo,
  relationTypeList,
  ringIndexAt,
} from '../../../shared/ecosystem';
import { useBuiltInTypeNames } from './type-names';
import { labelTemplate } from '../boards/label-template';
import { asOneStep } from '../../store/board-docs';
import { useMapLayouts } from './use-map-layouts';
import { MapToolbar } from './MapToolbar';
import {
  addActor,
  addActorCopies,
  addGroup,
  addRelation,
  deleteActors,
  deleteRelations,
  moveActors,
} from '../../store/ecosystem-doc';
import { BoardLockBanner } from '../boards/BoardLock';
import { useLockHint } from '../boards/use-lock-hint';
import { MapSelectionPanel } from './MapSelectionPanel';
import type { OpenBoard } from '../boards/use-board-doc';
import { useBoardUndoKeys } from '../boards/use-board-undo-keys';
import { useFlowSync, useHeldUntilStored, withNoneSelected } from '../boards/flow-sync';
import { useFlowAriaConfig } from '../boards/flow-aria';
import { usePaneSwitchKey } from '../boards/use-pane-switch-key';
import { useBoardClipboard } from '../boards/use-board-clipboard';
import { actorClipboard } from './actor-clipboard';
import { BoardSurface } from '../boards/BoardSurface';
import { DELETE_KEYS, MULTI_SELECT_KEYS, PRO_OPTIONS, arrowDelta, sameIds } from '../boards/flow-settings';
import {
  toMapEdges,
  toMapNodes,
  type DepsCache,
  type MapFlowNode,
  type MapLabels,
  type RelationFlowEdge,
} from './flow-elements';
import { ActorNode } from './ActorNode';
import { RingsNode } from './RingsNode';
import { GroupNode } from './GroupNode';
import { RelationEdge } from './RelationEdge';
import { ActorPanel } from './ActorPanel';
import { RelationPanel } from './RelationPanel';
import { RingsPanel } from './RingsPanel';
import { AddActorDialog } from './AddActorDialog';
import { ConnectDialog } from './ConnectDialog';
import { Legend } from './Legend';
import { NameDialog } from '../../ui/NameDialog';
import { MapCanvasLayer } from './MapCanvasLayer';
import { LabelsShownContext } from './RelationEdge';
import { MapFilterBar } from './MapFilterBar';
import { dimmedByFilter, noMapFilter, type MapFilter } from './map-filter';

// Defined once at module level (PITFALLS.md, React Flow): new objects per render remount everything.
const nodeTypes = { actor: ActorNode, rings: RingsNode, cluster: GroupNode };
const edgeTypes = { relation: RelationEdge };
/** Below this zoom, relation labels are left out: unreadable, and costly on big maps. */
const LABEL_ZOOM = 0.55;
/** From this many actors on, React Flow draws only what is in view (measured: docs/benchmarks.md). */
const VISIBLE_ONLY_FROM = 300;
/** From this many actors on, the map is drawn in two layers, with a zoomed-out overview (MapCanvasLayer). */
const OVERVIEW_FROM = 300;
const OVERVIEW_ZOOM = 0.5;
const NO_EDGES: RelationFlowEdge[] = [];

const minimapColor = (node: Node) =>
  node.type === 'actor' ? (node as MapFlowNode & { type: 'actor' }).data.look.color : 'transparent';

interface EcosystemEditorProps {
  board: OpenBoard;
  content: EcosystemContent;
}

export function EcosystemEditor(props: EcosystemEditorProps) {
  return (
    <ReactFlowProvider>
      <EcosystemEditorInner {...props} />
    </ReactFlowProvider>
  );
}

type Adding = { ringId: string; at?: { x: number; y: number } };

function EcosystemEditorInner({ board, content }: EcosystemEditorProps) {
  const { t } = useTranslation();
  const { doc, undo } = board;
  const flow = useReactFlow();
  const ariaLabelConfig = useFlowAriaConfig();
  const wrapper = useRef<HTMLDivElement>(null);
  const layout = useRef<HTMLDivElement>(null);
  const [nodes, setNodes] = useState<MapFlowNode[]>([]);
  const [edges, setEdges] = useState<RelationFlowEdge[]>([]);
  const [selectedNodes, setSelectedNodes] = useState<ReadonlySet<string>>(new Set());
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState<MapFilter>(noMapFilter);
  const [adding, setAdding] = useState<Adding | null>(null);
  const [connectingFrom, setConnectingFrom] = useState<Actor | null>(null);
  const [grouping, setGrouping] = useState(false);
  // Level of detail by zoom (each selector re-renders the editor only when its answer flips):
  // relation labels from LABEL_ZOOM on; below OVERVIEW_ZOOM a big map is drawn as an overview.
  const far = useStore((s) => s.transform[2] < LABEL_ZOOM);
  const tiny = useStore((s) => s.transform[2] < OVERVIEW_ZOOM);
  const [fitted, setFitted] = useState(false);
  const big = content.actors.length >= OVERVIEW_FROM;
  // Until the first fit, a big map is an overview: mounting thousands of nodes at 100 % only to
  // fit them away would cost seconds.
  const overview = big && (tiny || !fitted);
  // Fits the actors (rings around them are context) or an empty map's rings; no node needs to
  // be measured first, which the overview's actors never are.
  const fitMap = useCallback(
    (duration = 0) => void flow.fitBounds(mapBounds(content), { padding: 0.06, duration }),
    [flow, content],
  );

  // Facilitator locks (issue 9): locked actors keep their place; a locked map takes no edits.
  const boardLocked = content.locked === true;
  const { hint, guard } = useLockHint();
  const selectedActors = content.actors.filter((a) => selectedNodes.has(a.id));
  const selectedRelations = content.relations.filter((r) => selectedEdges.has(r.id));
  const focused = selectedActors.length === 1 ? selectedActors[0].id : null;
  // What is drawn follows a deferred copy of the content, held after a drop until the drop is
  // stored: rebuilding 2,000 actors' labels, nodes, edges and the canvas layer (0.1–0.3 s, the
  // most of an actor's drag end to stored: docs/benchmarks.md) then runs after the write.
  const { drawn, hold } = useHeldUntilStored(content);
  // For the drop handler, which must keep its identity (React Flow re-renders every node otherwise).
  const contentNow = useRef(content);
  contentNow.current = content;
  const shown = useDeferredValue(drawn);
  const shownLocked = shown.locked === true;
  const dimmed = useMemo(() => dimmedByFilter(shown, filter, focused), [shown, filter, focused]);

  const typeNames = useBuiltInTypeNames();
  // Filled templates, not t() per label: 6,000 labels on every change of a 2,000-actor map (issue 10).
  const templates = useMemo(
    () => ({
      actor: labelTemplate((v) => t('ecosystem.actorLabel', v), ['name', 'type', 'ring']),
      locked: labelTemplate((v) => t('locks.nodeLabel', v), ['label']),
      directed: labelTemplate((v) => t('ecosystem.relationLabel', v), ['from', 'to', 'type']),
      twoWay: labelTemplate((v) => t('ecosystem.relationLabelTwoWay', v), ['from', 'to', 'type']),
    }),
    [t],
  );
  const labels = useMemo<MapLabels>(() => {
    const names = new Map(shown.actors.map((a) => [a.id, a.name]));
    const rings = new Map(shown.rings.map((r) => [r.id, r.name]));
    return {
      actor: (a) => {
        const label = templates.actor({
          name: a.name,
          type: actorTypeInfo(shown, typeNames, a.type).name,
          ring: rings.get(a.ringId) ?? '',
        });
        return a.locked ? templates.locked({ label }) : label;
      },
      relation: (r) =>
        (r.directed ? templates.directed : templates.twoWay)({
          from: names.get(r.from) ?? '',
          to: names.get(r.to) ?? '',
          type: relationTypeInfo(shown, typeNames, r.type).name,
        }) + (r.label ? `, ${r.label}` : ''),
    };
  }, [shown, typeNames, templates]);

  // Selection lives in the elements (React Flow owns it); something we create asks to be selected next.
  const selectNext = useRef<string[] | null>(null);
  const nodeCache = useRef<DepsCache<MapFlowNode>>(new Map());
  const edgeCache = useRef<DepsCache<RelationFlowEdge>>(new Map());
  const nodeSync = useFlowSync<MapFlowNode>();
  const edgeSync = useFlowSync<RelationFlowEdge>();
  useEffect(() => {
    // What we created is selected once the (deferred) content shows it.
    const shows = (id: string) => shown.actors.some((a) => a.id === id) || shown.relations.some((r) => r.id === id);
    const wanted = selectNext.current?.every(shows) ? selectNext.current : null;
    if (wanted) selectNext.current = null;
    setNodes((previous) => {
      const keep = new Set(wanted ?? previous.filter((n) => n.selected).map((n) => n.id));
      return nodeSync.reconcile(
        previous,
        toMapNodes(shown, keep, dimmed.actors, labels, nodeCache.current, shownLocked),
      );
    });
    setEdges((previous) => {
      const keep = new Set(wanted ?? previous.filter((e) => e.selected).map((e) => e.id));
      return edgeSync.reconcile(
        previous,
        toMapEdges(shown, keep, dimmed.relations, labels, edgeCache.current, shownLocked),
      );
    });
  }, [shown, dimmed, labels, nodeSync, edgeSync, shownLocked]);

  const onNodesChange = useCallback(
    (changes: NodeChange<MapFlowNode>[]) =>
      setNodes((current) => nodeSync.record(current, applyNodeChanges(changes, current))),
    [nodeSync],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<RelationFlowEdge>[]) =>
      setEdges((current) => edgeSync.record(current, applyEdgeChanges(changes, current))),
    [edgeSync],
  );
  const onSelectionChange = useCallback(({ nodes: n, edges: e }: OnSelectionChangeParams) => {
    const nodeIds = n.map((x) => x.id);
    const edgeIds = e.map((x) => x.id);
    setSelectedNodes((current) => (sameIds(current, nodeIds) ? current : new Set(nodeIds)));
    setSelectedEdges((current) => (sameIds(current, edgeIds) ? current : new Set(edgeIds)));
  }, []);

  // Positions are written on drag stop only, so a drag is one undo step; each actor snaps to its ring.
  const onNodeDragStop = useCallback(
    (_e: unknown, _node: Node, dragged: Node[]) => {
      // Locked actors are not draggable; the filter covers a lock set by another window mid-drag.
      const moves = dragged
        .filter((n) => n.type === 'actor' && n.draggable !== false)
        .map((n) => ({ id: n.id, x: n.position.x + ACTOR_SIZE.width / 2, y: n.position.y + ACTOR_SIZE.height / 2 }));
      if (moves.length === 0) return;
      // The write first: the map is redrawn (snapped to the ring) once it is stored.
      hold(doc, contentNow.current);
      guard(() => asOneStep(undo, () => moveActors(doc, moves)), boardLocked);
    },
    [doc, undo, guard, boardLocked, hold],
  );

  // Nothing selected, in React Flow too, and nothing waiting to be (it may be what went).
  const afterDelete = useCallback(() => {
    selectNext.current = null;
    setNodes((current) => nodeSync.record(current, withNoneSelected(current)));
    setEdges((current) => edgeSync.record(current, withNoneSelected(current)));
    setSelectedNodes(new Set());
    setSelectedEdges(new Set());
    wrapper.current?.focus();
  }, [nodeSync, edgeSync]);

  // One callback for both, so deleting an actor and its relations is one undo step.
  const onDelete = useCallback(
    ({ nodes: n, edges: e }: { nodes: Node[]; edges: RelationFlowEdge[] }) => {
      if (boardLocked) return hint('boardCannotChange');
      const locked = new Set(content.actors.filter((a) => a.locked).map((a) => a.id));
      const actors = n.filter((x) => x.type === 'actor' && !locked.has(x.id)).map((x) => x.id);
      const relations = e.map((x) => x.id);
      if (actors.length === 0 && relations.length === 0) return;
      asOneStep(undo, () => {
        if (actors.length > 0) deleteActors(doc, actors);
        if (relations.length > 0) deleteRelations(doc, relations);
      });
      afterDelete();
    },
    [doc, undo, afterDelete, boardLocked, hint, content],
  );

  const connect = useCallback(
    (fields: Pick<Relation, 'from' | 'to' | 'type'> & Partial<Pick<Relation, 'label' | 'directed'>>) => {
      if (boardLocked) return hint('boardCannotChange');
      const id = asOneStep(undo, () => addRelation(doc, fields));
      selectNext.current = [id];
      setSelectedNodes(new Set());
      setSelectedEdges(new Set([id]));
    },
    [doc, undo, boardLocked, hint],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target && c.source !== c.target) connect({ from: c.source, to: c.target, type: 'service' });
    },
    [connect],
  );

  const add = (actor: { name: string; type: Actor['type']; ringId: string }) => {
    const at = adding?.at;
    setAdding(null);
    const id = asOneStep(undo, () => addActor(doc, { ...actor, at }));
    selectNext.current = [id];
    setSelectedEdges(new Set());
    setSelectedNodes(new Set([id]));
  };

  // A double-click on the map (not on an actor) adds an actor there, in the ring under the pointer.
  const onDoubleClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    if (
      !target.closest('.react-flow__pane') ||
      target.closest('.react-flow__node-actor, .react-flow__edge, .react-flow__panel, .react-flow__controls')
    )
      return;
    if (boardLocked) return hint('boardCannotChange');
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const index = ringIndexAt(at.x, at.y, content.rings.length, content.ringWidth);
    setAdding({ ringId: content.rings[index]?.id ?? content.rings[0].id, at });
  };

  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>) => {
    const element = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node-actor');
    const id = element?.dataset.id;
    if (!id || e.ctrlKey || e.metaKey || e.altKey) return;
    const ids = selectedNodes.has(id) ? [...selectedNodes] : [id];
    const isLocked = (actorId: string) => content.actors.some((a) => a.id === actorId && a.locked);
    // React Flow deletes what may be deleted; this says why the rest stays.
    if (DELETE_KEYS.includes(e.key)) {
      if (boardLocked) hint('boardCannotChange');
      else if (ids.some(isLocked)) hint('cannotDelete');
      return;
    }
    if (boardLocked && (e.key === 'r' || e.key === 'R' || e.key.startsWith('Arrow'))) {
      e.preventDefault();
      e.stopPropagation();
      return hint('boardCannotChange');
    }
    if (e.key === 'r' || e.key === 'R') {
      const actor = content.actors.find((a) => a.id === id);
      if (actor) {
        e.preventDefault();
        setConnectingFrom(actor);
      }
      return;
    }
    if (!e.key.startsWith('Arrow')) return;
    // Our own arrow handling (React Flow's would move without writing): one step, snapped to a ring.
    e.preventDefault();
    e.stopPropagation();
    const { dx, dy } = arrowDelta(e);
    // Locked actors stay; the rest of the selection moves.
    const movable = ids.filter((x) => !isLocked(x));
    if (movable.length < ids.length) hint('cannotMove');
    const moves = content.actors
      .filter((a) => movable.includes(a.id))
      .map((a) => ({ id: a.id, x: a.x + dx, y: a.y + dy }));
    if (moves.length > 0) asOneStep(undo, () => moveActors(doc, moves));
  };

  const { arrangeByRing, arrangeAsFlow, arranging } = useMapLayouts(board, content, fitMap);

  useBoardUndoKeys(undo);
  usePaneSwitchKey(layout, wrapper);

  // Copy, cut and paste actors (with the relations among them) within and between maps.
  const selectionRef = useRef<{ actors: Actor[]; relations: Relation[] } | null>(null);
  const copiedIds = new Set(selectedActors.map((a) => a.id));
  selectionRef.current =
    selectedActors.length > 0
      ? {
          actors: selectedActors,
          relations: content.relations.filter((r) => copiedIds.has(r.from) && copiedIds.has(r.to)),
        }
      : null;
  useBoardClipboard(selectionRef, {
    ...actorClipboard,
    paste: (copied) => {
      if (boardLocked) return hint('boardCannotChange');
      const ids = asOneStep(undo, () => addActorCopies(doc, copied, { x: 40, y: 40 }));
      selectNext.current = ids;
      setSelectedEdges(new Set());
      setSelectedNodes(new Set(ids));
    },
    // A cut copies everything selected but deletes only what is not locked.
    cut: (copied) => {
      if (boardLocked) return hint('boardCannotChange');
      const ids = copied.actors.filter((a) => !a.locked).map((a) => a.id);
      if (ids.length < copied.actors.length) hint('cannotDelete');
      if (ids.length > 0) asOneStep(undo, () => deleteActors(doc, ids));
      afterDelete();
    },
  });

  // On a big map, MapCanvasLayer paints the rings and the relations, and in the overview the
  // actors too; React Flow holds the actors in view (or, in the overview, the selected ones) and
  // the selection's relations: mounting every edge that crosses the view cost seconds at 2,000.
  const flowNodes = useMemo(
    () => (overview ? nodes.filter((n) => n.selected) : big ? nodes.filter((n) => n.type !== 'rings') : nodes),
    [overview, big, nodes],
  );
  const flowEdges = useMemo(
    () =>
      big && !overview
        ? edges.filter((e) => e.selected || selectedNodes.has(e.source) || selectedNodes.has(e.target))
        : overview
          ? NO_EDGES
          : edges,
    [big, overview, edges, selectedNodes],
  );
  const drawnByFlow = useMemo(() => new Set(flowEdges.map((e) => e.id)), [flowEdges]);
  // A click on an actor in the overview zooms in to it and selects it.
  const zoomToActorAt = (e: MouseEvent) => {
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const hit = content.actors.find(
      (a) => Math.abs(a.x - at.x) <= ACTOR_SIZE.width / 2 && Math.abs(a.y - at.y) <= ACTOR_SIZE.height / 2,
    );
    if (!hit) return;
    setNodes((current) =>
      nodeSync.record(
        current,
        current.map((n) => (n.id === hit.id ? { ...n, selected: true } : n.selected ? { ...n, selected: false } : n)),
      ),
    );
    void flow.setCenter(hit.x, hit.y, { zoom: 0.8, duration: 300 });
  };

  const initialRing = selectedActors[0]?.ringId ?? content.rings[0].id;
  const shownActors = shown.actors.length - dimmed.actors.size;

  return (
    <>
      <MapToolbar
        board={board}
        content={content}
        canConnect={selectedActors.length === 1}
        boardLocked={boardLocked}
        arranging={arranging}
        onAddActor={() => setAdding({ ringId: initialRing })}
        onConnect={() => setConnectingFrom(selectedActors[0] ?? null)}
        onArrangeByRing={arrangeByRing}
        onArrangeAsFlow={() => void arrangeAsFlow()}
        onFit={() => fitMap(200)}
      />
      <BoardLockBanner locked={boardLocked} help={t('locks.bannerHelpMap')} />
      <MapFilterBar content={content} filter={filter} shown={shownActors} onChange={setFilter} />
      {adding && (
        <AddActorDialog
          rings={content.rings}
          types={actorTypeList(content, typeNames)}
          initialRingId={adding.ringId}
          onAdd={add}
          onCancel={() => setAdding(null)}
        />
      )}
      {grouping && (
        <NameDialog
          title={t('ecosystem.groupDialogTitle')}
          initial={t('ecosystem.newGroup')}
          onCancel={() => setGrouping(false)}
          onSave={(name) => {
            setGrouping(false);
            asOneStep(undo, () =>
              addGroup(
                doc,
                name,
                selectedActors.map((a) => a.id),
              ),
            );
          }}
        />
      )}
      {connectingFrom && (
        <ConnectDialog
          from={connectingFrom}
          actors={content.actors}
          types={relationTypeList(content, typeNames)}
          onCancel={() => setConnectingFrom(null)}
          onAdd={(relation) => {
            setConnectingFrom(null);
            connect({ from: connectingFrom.id, ...relation });
          }}
        />
      )}
      <div className="canvas-layout" ref={layout}>
        <BoardSurface
          ref={wrapper}
          className="canvas-flow eco-map"
          label={t('ecosystem.editorLabel')}
          nodes={nodes}
          onNodesChange={onNodesChange}
          onKeyDownCapture={onKeyDownCapture}
          onDoubleClick={onDoubleClick}
        >
          <LabelsShownContext.Provider value={!far}>
            <ReactFlow<MapFlowNode, RelationFlowEdge>
              nodes={flowNodes}
              edges={flowEdges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onSelectionChange={onSelectionChange}
              onNodeDragStop={onNodeDragStop}
              onDelete={onDelete}
              onConnect={onConnect}
              connectionRadius={60}
              connectionMode={ConnectionMode.Loose}
              nodesConnectable={!boardLocked}
              deleteKeyCode={DELETE_KEYS}
              multiSelectionKeyCode={MULTI_SELECT_KEYS}
              zoomOnDoubleClick={false}
              onlyRenderVisibleElements={content.actors.length >= VISIBLE_ONLY_FROM}
              minZoom={0.05}
              maxZoom={3}
              onInit={() => {
                fitMap();
                setFitted(true);
              }}
              onPaneClick={overview ? zoomToActorAt : undefined}
              ariaLabelConfig={ariaLabelConfig}
              proOptions={PRO_OPTIONS}
            >
              {big && (
                <MapCanvasLayer
                  content={shown}
                  dimmedActors={dimmed.actors}
                  dimmedRelations={dimmed.relations}
                  cards={overview}
                  drawnByFlow={drawnByFlow}
                />
              )}
              {overview && (
                <Panel position="bottom-center" className="eco-overview-hint">
                  {t('ecosystem.overviewHint')}
                </Panel>
              )}
              <Background gap={24} />
              <Controls showInteractive={false} />
              <MiniMap pannable zoomable nodeColor={minimapColor} ariaLabel={t('ecosystem.minimap')} />
              <Panel position="top-right">
                <Legend content={content} />
              </Panel>
            </ReactFlow>
          </LabelsShownContext.Provider>
        </BoardSurface>
        {selectedActors.length === 1 && selectedRelations.length === 0 && (
          <ActorPanel
            doc={doc}
            undo={undo}
            actor={selectedActors[0]}
            content={content}
            boardLocked={boardLocked}
            onConnect={() => setConnectingFrom(selectedActors[0])}
            onDeleted={afterDelete}
          />
        )}
        {selectedActors.length === 0 && selectedRelations.length === 1 && (
          <RelationPanel
            doc={doc}
            undo={undo}
            relation={selectedRelations[0]}
            content={content}
            onDeleted={afterDelete}
          />
        )}
        {selectedActors.length + selectedRelations.length > 1 && (
          <MapSelectionPanel
            doc={doc}
            undo={undo}
            actors={selectedActors}
            relations={selectedRelations}
            boardLocked={boardLocked}
            onGroup={() => setGrouping(true)}
            onDelete={() =>
              onDelete({
                nodes: nodes.filter((n) => selectedNodes.has(n.id)),
                edges: edges.filter((e) => selectedEdges.has(e.id)),
              })
            }
          />
        )}
        {selectedActors.length === 0 && selectedRelations.length === 0 && (
          <RingsPanel doc={doc} undo={undo} content={content} boardLocked={boardLocked} />
        )}
      </div>
    </>
  );
}
