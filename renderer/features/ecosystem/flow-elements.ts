import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Actor, EcosystemContent, Relation, Ring } from '../../../shared/model';
import { ACTOR_SIZE, groupBoxes, ringOuterRadius } from '../../../shared/ecosystem';
import { cachedBy, pruneCache, type DepsCache } from '../boards/element-cache';
import { INFORMAL_DASH, actorLook, relationColor, strokeWidthFor } from '../../../shared/ecosystem';

/** `locked`: the actor's own lock is shown (a board lock has its banner). */
export type ActorFlowNode = Node<{ actor: Actor; look: { color: string; icon: string }; locked: boolean }, 'actor'>;
export type RingsFlowNode = Node<{ rings: Ring[]; ringWidth: number }, 'rings'>;
export type GroupFlowNode = Node<{ name: string }, 'cluster'>;
export type MapFlowNode = ActorFlowNode | RingsFlowNode | GroupFlowNode;
export type RelationFlowEdge = Edge<{ relation: Relation }, 'relation'>;

export interface MapLabels {
  actor: (actor: Actor) => string;
  relation: (relation: Relation) => string;
}

/** The rings behind everything, then the actors, in reading order (ring by ring, then by name). */
export function toMapNodes(
  content: EcosystemContent,
  selected: ReadonlySet<string>,
  dimmed: ReadonlySet<string>,
  labels: MapLabels,
  cache: DepsCache<MapFlowNode>,
  /** A locked map: nothing drags, connects or is deleted. */
  boardLocked = false,
): MapFlowNode[] {
  const radius = ringOuterRadius(content.rings.length - 1, content.ringWidth);
  const ringsKey = JSON.stringify([content.rings, content.ringWidth]);
  const rings = cachedBy<MapFlowNode>(cache, '__rings', [ringsKey], () => ({
    id: '__rings',
    type: 'rings',
    position: { x: -radius, y: -radius },
    width: 2 * radius,
    height: 2 * radius,
    data: { rings: content.rings, ringWidth: content.ringWidth },
    draggable: false,
    selectable: false,
    focusable: false,
    deletable: false,
    zIndex: -1,
  })) as RingsFlowNode;
  const ringIndex = new Map(content.rings.map((r, i) => [r.id, i]));
  const ordered = [...content.actors].sort(
    (a, b) => (ringIndex.get(a.ringId) ?? 0) - (ringIndex.get(b.ringId) ?? 0) || a.name.localeCompare(b.name),
  );
  const actors = ordered.map((actor) => {
    const isSelected = selected.has(actor.id);
    const isDimmed = dimmed.has(actor.id);
    const label = labels.actor(actor);
    const look = actorLook(content, actor.type);
    const locked = actor.locked === true;
    const fixed = locked || boardLocked;
    // An unchanged actor keeps its object across reads (readContentCached): compared as is.
    const deps = [actor, isSelected, isDimmed, label, look.color, look.icon, boardLocked];
    return cachedBy<MapFlowNode>(cache, actor.id, deps, () => ({
      id: actor.id,
      type: 'actor',
      // The model keeps an actor's centre; React Flow positions its top-left corner.
      position: { x: actor.x - ACTOR_SIZE.width / 2, y: actor.y - ACTOR_SIZE.height / 2 },
      width: ACTOR_SIZE.width,
      height: ACTOR_SIZE.height,
      data: { actor, look, locked: locked && !boardLocked },
      selected: isSelected,
      // React Flow then neither drags nor deletes it (a multi-selection drag leaves it behind).
      draggable: !fixed,
      deletable: !fixed,
      connectable: !boardLocked,
      className: isDimmed ? 'is-dimmed' : undefined,
      ariaLabel: label,
      zIndex: 1,
    }));
  });
  // Groups are drawn around their members, above the rings and below the actors; they are
  // decoration for the pointer and for screen readers (the outline and panels name them).
  const groups = groupBoxes(content).map((box) =>
    cachedBy<MapFlowNode>(cache, `__group-${box.id}`, [JSON.stringify(box)], () => ({
      id: `__group-${box.id}`,
      type: 'cluster',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { name: box.name },
      draggable: false,
      selectable: false,
      focusable: false,
      deletable: false,
      zIndex: 0,
    })),
  );
  const used = new Set([rings.id, ...actors.map((n) => n.id), ...groups.map((n) => n.id)]);
  pruneCache(cache, (id) => used.has(id));
  // The flow view does not draw rings: there, an actor's place says nothing about its ring.
  return content.view === 'rings' ? [rings, ...groups, ...actors] : [...groups, ...actors];
}

export function toMapEdges(
  content: EcosystemContent,
  selected: ReadonlySet<string>,
  dimmed: ReadonlySet<string>,
  labels: MapLabels,
  cache: DepsCache<RelationFlowEdge>,
  boardLocked = false,
): RelationFlowEdge[] {
  const ids = new Set(content.relations.map((r) => r.id));
  pruneCache(cache, (id) => ids.has(id));
  return content.relations.map((relation) => {
    const isSelected = selected.has(relation.id);
    const isDimmed = dimmed.has(relation.id);
    const label = labels.relation(relation);
    const color = relationColor(content, relation.type);
    return cachedBy(cache, relation.id, [relation, isSelected, isDimmed, label, color, boardLocked], () => {
      const marker = { type: MarkerType.ArrowClosed, color, width: 14, height: 14 };
      return {
        id: relation.id,
        type: 'relation',
        source: relation.from,
        target: relation.to,
        data: { relation },
        selected: isSelected,
        deletable: !boardLocked,
        // Two-way relations carry an arrowhead at both ends.
        markerEnd: marker,
        markerStart: relation.directed ? undefined : marker,
        style: {
          stroke: color,
          strokeWidth: strokeWidthFor(relation.strength),
          strokeDasharray: relation.informal ? INFORMAL_DASH : undefined,
        },
        className: isDimmed ? 'is-dimmed' : undefined,
        ariaLabel: label,
      } satisfies RelationFlowEdge;
    });
  });
}

export type { DepsCache };
