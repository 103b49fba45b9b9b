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
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  type Node,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { lockedNoteIds, type CanvasContent, type CanvasNote, type Participant } from '../../../shared/model';
import { templateById } from '../../../shared/templates';
import { currentLanguage } from '../../app/i18n';
import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  addNote,
  addNoteCopies,
  addNoteToSection,
  addSection,
  clamp,
  deleteNotes,
  moveNotes,
  moveOnCanvas,
  noteText,
  readCanvas,
  setNotesLocked,
  updateNote,
  updateNotes,
  updateSection,
} from '../../store/canvas-doc';
import type { OpenBoard } from '../boards/use-board-doc';
import { CanvasActionsContext, type CanvasActions } from './canvas-actions';
import { toFlowNodes, type CanvasFlowNode, type FlowNodeCache } from './flow-nodes';
import { NoteNode } from './NoteNode';
import { SectionNode } from './SectionNode';
import { AxesNode } from './AxesNode';
import { NotePanel } from './NotePanel';
import { VotingBar } from './VotingBar';
import { SectionPanel } from './SectionPanel';
import { NameDialog } from '../../ui/NameDialog';
import { saveUserTemplate } from '../../store/templates-repo';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { SelectionPanel } from './SelectionPanel';
import { FilterBar } from './FilterBar';
import { isFiltering, matchesFilter, noFilter, type NoteFilter } from './note-filter';
import { useBoardClipboard } from '../boards/use-board-clipboard';
import { noteClipboard } from './note-clipboard';
import { usePaneSwitchKey } from '../boards/use-pane-switch-key';
import { carryNotesWithSections } from './section-drag';
import { BoardSurface } from '../boards/BoardSurface';
import { DELETE_KEYS, MULTI_SELECT_KEYS, PRO_OPTIONS, arrowDelta, sameIds } from '../boards/flow-settings';
import { asOneStep } from '../../store/board-docs';
import { useBoardUndoKeys } from '../boards/use-board-undo-keys';
import { useFlowSync, useHeldUntilStored } from '../boards/flow-sync';
import { currentRound, voteTotals } from '../../store/voting-doc';
import { useFlowLabels } from './flow-labels';
import { CanvasExportButtons } from './CanvasExportButtons';
import { BoardLockBanner, BoardLockButton } from '../boards/BoardLock';
import { useLockHint } from '../boards/use-lock-hint';
import { useNoteCulling } from './use-note-culling';
import { CanvasNotesLayer } from './CanvasNotesLayer';

// Defined once at module level (PITFALLS.md, React Flow): a new object per render remounts every node.
const nodeTypes = { section: SectionNode, note: NoteNode, axes: AxesNode };
const FIT_VIEW_OPTIONS = { padding: 0.05 };

interface CanvasEditorProps {
  board: OpenBoard;
  /** The board's content, read once per document change by the page that owns the board. */
  content: CanvasContent;
  participants: Participant[];
}

export function CanvasEditor(props: CanvasEditorProps) {
  return (
    <ReactFlowProvider>
      <CanvasEditorInner {...props} />
    </ReactFlowProvider>
  );
}

function CanvasEditorInner({ board, content, participants }: CanvasEditorProps) {
  const { t } = useTranslation();
  const { doc, undo } = board;
  const [editingId, setEditingId] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [nodes, setNodes] = useState<CanvasFlowNode[]>([]);
  const wrapper = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  const { nodeLabels, ariaLabelConfig } = useFlowLabels();
  const [voterId, setVoterId] = useState<string | null>(null);
  // Named participants can vote; until one is picked, the first is the voter the bar shows.
  const namedParticipants = useMemo(() => participants.filter((p) => p.name.trim()), [participants]);
  const round = currentRound(content);
  const totals = useMemo(() => voteTotals(content, round?.id), [content, round?.id]);
  const [filter, setFilter] = useState<NoteFilter>(noFilter);
  // A 2×2 matrix template places notes freely within its axes (no clamping into a section).
  const template = templateById(content.templateId);
  const language = currentLanguage();
  const axes = useMemo(
    () => (template?.axes ? { x: template.axes.x[language], y: template.axes.y[language] } : undefined),
    [template, language],
  );
  const [savingTemplate, setSavingTemplate] = useState(false);
  const { db, notices } = useServices();
  const write = useWrite();
  // Facilitator locks (issue 9): what cannot move or be deleted, and the reason said once per try.
  const boardLocked = content.locked === true;
  const locks = useMemo(() => ({ board: boardLocked, notes: lockedNoteIds(content) }), [boardLocked, content]);
  const { hint, guard } = useLockHint();
  // The nodes are rebuilt from a deferred copy of the content (held after a drop until the drop
  // is stored): the write goes first, the rebuild (~100 ms at 1,000 notes) after it.
  const { drawn, hold } = useHeldUntilStored(content);
  // For the drop handler, which must keep its identity (React Flow re-renders every node otherwise).
  const contentNow = useRef(content);
  contentNow.current = content;
  const shown = useDeferredValue(drawn);
  const shownLocks = useMemo(() => ({ board: shown.locked === true, notes: lockedNoteIds(shown) }), [shown]);
  const shownTotals = useMemo(() => voteTotals(shown, currentRound(shown)?.id), [shown]);
  const dimmed = useMemo(
    () => new Set(isFiltering(filter) ? shown.notes.filter((n) => !matchesFilter(n, filter)).map((n) => n.id) : []),
    [shown, filter],
  );

  // Selection lives in the nodes (React Flow owns it); a note we create asks to be selected next.
  const selectNext = useRef<string[] | null>(null);
  const typedAhead = useRef('');
  const nodeCache = useRef<FlowNodeCache>(new Map());
  const sync = useFlowSync<CanvasFlowNode>();
  const cacheLabels = useRef(nodeLabels);
  useEffect(() => {
    setNodes((previous) => {
      // What we created is selected once the (deferred) content shows it.
      const shows = (id: string) => shown.notes.some((n) => n.id === id) || shown.sections.some((x) => x.id === id);
      const wanted = selectNext.current?.every(shows) ? selectNext.current : null;
      if (wanted) selectNext.current = null;
      const keep = new Set(wanted ?? previous.filter((n) => n.selected).map((n) => n.id));
      // New labels (another language) must rebuild every node.
      if (cacheLabels.current !== nodeLabels) {
        nodeCache.current.clear();
        cacheLabels.current = nodeLabels;
      }
      const built = toFlowNodes(
        shown,
        editingId,
        keep,
        nodeLabels,
        shownTotals,
        dimmed,
        nodeCache.current,
        shownLocks,
        axes,
      );
      return sync.reconcile(previous, built);
    });
  }, [shown, editingId, nodeLabels, shownTotals, dimmed, axes, sync, shownLocks]);

  const findNode = useCallback(
    (id: string) =>
      wrapper.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ?? null,
    [],
  );
  // Back to the note after editing, unless the user has already moved focus somewhere else.
  const focusNode = useCallback(
    (id: string) => {
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return;
        findNode(id)?.focus();
      });
    },
    [findNode],
  );
  const selectOnly = useCallback(
    (id: string) =>
      setNodes((current) =>
        sync.record(
          current,
          current.map((n) => (n.id === id ? { ...n, selected: true } : n.selected ? { ...n, selected: false } : n)),
        ),
      ),
    [sync],
  );
  const culled = useNoteCulling(content, nodes, editingId, selectOnly, findNode);

  // Positions are written on drag stop and on arrow keys only, so a drag is one undo step.
  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasFlowNode>[]) => {
      setNodes((current) =>
        sync.record(current, carryNotesWithSections(changes, current, applyNodeChanges(changes, current))),
      );
    },
    [sync],
  );

  const actions = useMemo<CanvasActions>(
    () => ({
      stopEditing: (id) => {
        setEditingId((current) => (current === id ? null : current));
        undo.stopCapturing();
        focusNode(id);
      },
      setText: (id, text) => updateNote(doc, id, { text }),
      textOf: (id) => noteText(doc, id),
      takeTypedAhead: () => {
        const text = typedAhead.current;
        typedAhead.current = '';
        return text;
      },
      addNoteToSection: (sectionId) => {
        if (locks.board) return hint('boardCannotChange');
        const id = asOneStep(undo, () => addNoteToSection(doc, sectionId));
        selectNext.current = [id];
        setEditingId(id);
      },
      dragSection: (sectionId, event) => {
        if (event.button !== 0) return;
        const now = readCanvas(doc);
        const start = now.sections.find((s) => s.id === sectionId);
        if (!start) return;
        // A locked section, or one that would carry a note locked by itself, stays put.
        if (locks.board) return hint('boardCannotChange');
        if (start.locked || now.notes.some((n) => n.sectionId === sectionId && locks.notes.has(n.id))) {
          return hint('cannotMove');
        }
        const zoom = flow.getZoom();
        const at = (e: PointerEvent) => ({
          x: Math.round(start.x + (e.clientX - event.clientX) / zoom),
          y: Math.round(start.y + (e.clientY - event.clientY) / zoom),
        });
        const onMove = (e: PointerEvent) =>
          onNodesChange([{ type: 'position', id: sectionId, position: at(e), dragging: true }]);
        const onUp = (e: PointerEvent) => {
          window.removeEventListener('pointermove', onMove);
          window.removeEventListener('pointerup', onUp);
          window.removeEventListener('pointercancel', onUp);
          const to = at(e);
          if (to.x === start.x && to.y === start.y) return;
          asOneStep(undo, () => moveOnCanvas(doc, { notes: [], sections: [{ id: sectionId, ...to }] }));
        };
        window.addEventListener('pointermove', onMove);
        window.addEventListener('pointerup', onUp);
        window.addEventListener('pointercancel', onUp);
      },
      resizeSection: (sectionId, rect) => {
        guard(() => asOneStep(undo, () => updateSection(doc, sectionId, rect)), locks.board);
      },
    }),
    [doc, undo, focusNode, flow, onNodesChange, locks, hint, guard],
  );

  const addNoteFromToolbar = () => {
    const selectedNote = content.notes.find((n) => selected.has(n.id));
    const selectedSection = content.sections.find((s) => selected.has(s.id));
    const sectionId = selectedNote?.sectionId ?? selectedSection?.id ?? content.sections[0]?.id;
    if (sectionId) return actions.addNoteToSection(sectionId);
    const rect = wrapper.current?.getBoundingClientRect();
    const centre = flow.screenToFlowPosition({
      x: (rect?.left ?? 0) + (rect?.width ?? 0) / 2,
      y: (rect?.top ?? 0) + (rect?.height ?? 0) / 2,
    });
    const id = asOneStep(undo, () =>
      addNote(doc, { x: Math.round(centre.x - NOTE_WIDTH / 2), y: Math.round(centre.y - NOTE_HEIGHT / 2) }),
    );
    selectNext.current = [id];
    setEditingId(id);
  };

  const onSelectionChange = useCallback(({ nodes: picked }: OnSelectionChangeParams) => {
    // Sections too: the nodes are rebuilt from this set, and a selection React Flow made must survive it.
    const ids = picked.map((n) => n.id);
    setSelected((current) => (sameIds(current, ids) ? current : new Set(ids)));
  }, []);

  // The deleted note had focus (or its panel did): keep keyboard users on the canvas.
  const afterDelete = useCallback(() => {
    setSelected(new Set());
    wrapper.current?.focus();
  }, []);

  // Stable handlers: React Flow re-renders every node when a handler prop changes identity, which
  // cost 1,000-note canvases ~100 ms per keystroke (bench/canvas-notes.ts).
  const onNodeDragStop = useCallback(
    (_e: unknown, _node: Node, dragged: Node[]) => {
      // Only notes: sections are never dragged as nodes (their title bar moves them).
      // Locked notes are not draggable; the filter covers a lock set by another window mid-drag.
      const moves = dragged
        .filter((n) => n.type === 'note' && !locks.notes.has(n.id))
        .map((n) => ({ id: n.id, ...n.position }));
      if (moves.length === 0) return;
      // The write first: the notes are rebuilt once it is stored.
      hold(doc, contentNow.current);
      guard(() => asOneStep(undo, () => moveNotes(doc, moves)), locks.board);
    },
    [doc, undo, locks, guard, hold],
  );
  const onNodeDoubleClick = useCallback(
    (_e: MouseEvent, node: Node) => {
      if (node.type !== 'note') return;
      if (locks.board) hint('boardCannotChange');
      else setEditingId(node.id);
    },
    [locks, hint],
  );
  // A double-click anywhere else adds a note there, in the section under the pointer (if any):
  // section bodies let the pointer through to the canvas (see styles.css), so it lands here.
  // In the overview a click on a painted note (over the pane or a section) zooms in to it.
  const { zoomToNoteAt } = culled;
  const onOverviewClick = useCallback((e: MouseEvent) => void zoomToNoteAt(e.clientX, e.clientY), [zoomToNoteAt]);
  const onDoubleClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    if (!target.closest('.react-flow__pane') || target.closest('.react-flow__node-note, .react-flow__controls')) return;
    if (locks.board) return hint('boardCannotChange');
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const id = asOneStep(undo, () =>
      addNote(doc, { x: Math.round(at.x - NOTE_WIDTH / 2), y: Math.round(at.y - NOTE_HEIGHT / 2) }),
    );
    selectNext.current = [id];
    setEditingId(id);
  };
  const onNodesDelete = useCallback(
    (deleted: Node[]) => {
      const ids = deleted.filter((n) => n.type === 'note' && !locks.notes.has(n.id)).map((n) => n.id);
      if (ids.length > 0 && !locks.board) {
        asOneStep(undo, () => deleteNotes(doc, ids));
        afterDelete();
      }
    },
    [doc, undo, afterDelete, locks],
  );

  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editingId) {
      // The note's editor mounts a moment after Enter; keys typed meanwhile are kept, not lost.
      const intoEditor = e.target instanceof HTMLTextAreaElement;
      if (!intoEditor && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        e.stopPropagation();
        typedAhead.current += e.key;
      }
      return;
    }
    if (culled.onTab(e)) return;
    if (DELETE_KEYS.includes(e.key)) return explainDelete(e);
    if (e.key === 'Enter') return onEnter(e);
    if (!e.key.startsWith('Arrow')) return;
    const { dx, dy } = arrowDelta(e);
    const onNode = (e.target as HTMLElement).closest('.react-flow__node');
    if (onNode && locks.board) {
      e.preventDefault();
      e.stopPropagation();
      return hint('boardCannotChange');
    }
    // A focused section moves with its notes, as by its title bar.
    const sectionId = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node-section')?.dataset.id;
    const section = content.sections.find((s) => s.id === sectionId);
    if (section) {
      e.preventDefault();
      e.stopPropagation();
      if (section.locked || content.notes.some((n) => n.sectionId === section.id && locks.notes.has(n.id))) {
        return hint('cannotMove');
      }
      asOneStep(undo, () =>
        moveOnCanvas(doc, { notes: [], sections: [{ id: section.id, x: section.x + dx, y: section.y + dy }] }),
      );
      return;
    }
    // Only when a note has focus: the focused note, with the rest of the selection it belongs to.
    const focused = focusedNoteIds(e.target);
    if (focused.length === 0) return;
    const selectedNotes = content.notes.filter((n) => selected.has(n.id)).map((n) => n.id);
    const wanted = selectedNotes.includes(focused[0]) ? selectedNotes : focused;
    // Our own arrow handling (React Flow's would move without writing): one step, clamped to the section.
    e.preventDefault();
    e.stopPropagation();
    // Locked notes stay; the rest of the selection moves.
    const ids = wanted.filter((id) => !locks.notes.has(id));
    if (ids.length < wanted.length) hint('cannotMove');
    if (ids.length === 0) return;
    const moves = content.notes
      .filter((n) => ids.includes(n.id))
      .map((n) => {
        const section = content.sections.find((s) => s.id === n.sectionId);
        let x = n.x + dx;
        let y = n.y + dy;
        if (section && !template?.freePlacement) {
          x = clamp(x, section.x, section.x + section.width - NOTE_WIDTH);
          y = clamp(y, section.y, section.y + section.height - NOTE_HEIGHT);
        }
        return { id: n.id, x, y };
      });
    asOneStep(undo, () => moveNotes(doc, moves));
  };

  // React Flow deletes what may be deleted (locked nodes are not deletable); this says why the rest stays.
  const explainDelete = (e: KeyboardEvent<HTMLDivElement>) => {
    const focused = focusedNoteIds(e.target);
    const involved = [...focused, ...content.notes.filter((n) => selected.has(n.id)).map((n) => n.id)];
    if (locks.board && (involved.length > 0 || selected.size > 0)) hint('boardCannotChange');
    else if (involved.some((id) => locks.notes.has(id))) hint('cannotDelete');
  };

  // Enter on a section adds a note, on a note edits it; React Flow never sees it (it would select).
  const onEnter = (e: KeyboardEvent<HTMLDivElement>) => {
    const element = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
    const id = element?.dataset.id;
    if (!element || !id) return;
    e.preventDefault();
    e.stopPropagation();
    if (locks.board) return hint('boardCannotChange');
    if (element.classList.contains('react-flow__node-section')) actions.addNoteToSection(id);
    else setEditingId(id);
  };

  useBoardUndoKeys(undo);

  const layout = useRef<HTMLDivElement>(null);
  usePaneSwitchKey(layout, wrapper);

  const duplicate = useCallback(
    (notes: CanvasNote[]) => {
      if (notes.length === 0) return;
      if (locks.board) return hint('boardCannotChange');
      const ids = asOneStep(undo, () => addNoteCopies(doc, notes, { x: 20, y: 20 }));
      selectNext.current = ids;
      setSelected(new Set(ids));
    },
    [doc, undo, locks, hint],
  );

  const selectedNotesRef = useRef<CanvasNote[] | null>(null);
  useBoardClipboard(selectedNotesRef, {
    ...noteClipboard,
    paste: duplicate,
    // A cut copies everything selected but deletes only what is not locked.
    cut: (notes) => {
      const ids = notes.filter((n) => !locks.notes.has(n.id)).map((n) => n.id);
      if (locks.board) return hint('boardCannotChange');
      if (ids.length < notes.length) hint('cannotDelete');
      if (ids.length > 0) asOneStep(undo, () => deleteNotes(doc, ids));
    },
  });

  const selectedNotes = content.notes.filter((n) => selected.has(n.id));
  const selectedNote = selectedNotes.length === 1 ? selectedNotes[0] : undefined;
  selectedNotesRef.current = selectedNotes.length > 0 ? selectedNotes : null;
  const selectedSections = content.sections.filter((s) => selected.has(s.id));
  const selectedSection = selectedNotes.length === 0 && selectedSections.length === 1 ? selectedSections[0] : undefined;

  return (
    <CanvasActionsContext.Provider value={actions}>
      <div className="editor-toolbar" role="toolbar" aria-label={t('canvas.toolbar')}>
        <button type="button" className="button button-primary" disabled={boardLocked} onClick={addNoteFromToolbar}>
          {t('canvas.addNote')}
        </button>
        <button
          type="button"
          className="button"
          disabled={boardLocked}
          onClick={() => {
            const id = asOneStep(undo, () => addSection(doc, t('canvas.newSection')));
            selectNext.current = [id];
            setSelected(new Set([id]));
          }}
        >
          {t('canvas.addSection')}
        </button>
        <button type="button" className="button" onClick={() => setSavingTemplate(true)}>
          {t('canvas.userTemplate.save')}
        </button>
        <button type="button" className="button" onClick={() => undo.undo()}>
          {t('canvas.undo')}
        </button>
        <button type="button" className="button" onClick={() => undo.redo()}>
          {t('canvas.redo')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => (culled.culling ? culled.fit(200) : void flow.fitView(FIT_VIEW_OPTIONS))}
        >
          {t('canvas.fitView')}
        </button>
        <CanvasExportButtons title={board.row.title} content={content} altText={board.row.altText} />
        <BoardLockButton doc={doc} undo={undo} locked={boardLocked} />
        <span className="muted editor-help">{t('canvas.help')}</span>
      </div>
      <BoardLockBanner locked={boardLocked} help={t('locks.bannerHelpCanvas')} />
      {savingTemplate && (
        <NameDialog
          title={t('canvas.userTemplate.saveTitle')}
          help={t('canvas.userTemplate.saveHelp')}
          maxLength={200}
          initial={board.row.title || t('boards.untitled.canvas')}
          onCancel={() => setSavingTemplate(false)}
          onSave={(name) => {
            setSavingTemplate(false);
            void write(saveUserTemplate(db, name, content)).then(
              (saved) =>
                saved && notices.show({ tone: 'info', message: t('canvas.userTemplate.saved', { name: saved.name }) }),
            );
          }}
        />
      )}
      <VotingBar
        doc={doc}
        undo={undo}
        content={content}
        participants={participants}
        voterId={voterId ?? namedParticipants[0]?.id ?? null}
        onVoterChange={setVoterId}
      />
      <FilterBar
        content={content}
        participants={participants}
        filter={filter}
        matches={content.notes.length - dimmed.size}
        onChange={setFilter}
      />
      <div className="canvas-layout" ref={layout}>
        <BoardSurface
          ref={wrapper}
          className="canvas-flow"
          label={t('canvas.editorLabel')}
          nodes={nodes}
          onNodesChange={onNodesChange}
          onKeyDownCapture={onKeyDownCapture}
          onDoubleClick={onDoubleClick}
        >
          <ReactFlow<CanvasFlowNode>
            nodes={culled.flowNodes}
            nodeTypes={nodeTypes}
            onNodesChange={onNodesChange}
            onSelectionChange={onSelectionChange}
            onNodeDragStop={onNodeDragStop}
            onNodeDoubleClick={onNodeDoubleClick}
            onNodesDelete={onNodesDelete}
            deleteKeyCode={editingId ? null : DELETE_KEYS}
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            zoomOnDoubleClick={false}
            minZoom={0.1}
            maxZoom={3}
            fitView={!culled.culling}
            fitViewOptions={FIT_VIEW_OPTIONS}
            onInit={culled.onInit}
            onPaneClick={culled.overview ? onOverviewClick : undefined}
            onNodeClick={culled.overview ? onOverviewClick : undefined}
            ariaLabelConfig={ariaLabelConfig}
            proOptions={PRO_OPTIONS}
          >
            {culled.overview && <CanvasNotesLayer nodes={nodes} mounted={culled.flowNodes} />}
            <Background gap={24} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </BoardSurface>
        {selectedNotes.length > 1 && (
          <SelectionPanel
            count={selectedNotes.length}
            lockedCount={selectedNotes.filter((n) => locks.notes.has(n.id)).length}
            ownLocks={selectedNotes.filter((n) => n.locked === true).length}
            boardLocked={boardLocked}
            onLock={(locked) =>
              asOneStep(undo, () =>
                setNotesLocked(
                  doc,
                  selectedNotes.map((n) => n.id),
                  locked,
                ),
              )
            }
            onRecolour={(color) => {
              asOneStep(undo, () =>
                updateNotes(
                  doc,
                  selectedNotes.map((n) => n.id),
                  { color },
                ),
              );
            }}
            onDuplicate={() => duplicate(selectedNotes)}
            onDelete={() => {
              asOneStep(undo, () =>
                deleteNotes(
                  doc,
                  selectedNotes.filter((n) => !locks.notes.has(n.id)).map((n) => n.id),
                ),
              );
              afterDelete();
            }}
          />
        )}
        {selectedSection && (
          <SectionPanel
            doc={doc}
            undo={undo}
            section={selectedSection}
            index={content.sections.indexOf(selectedSection)}
            count={content.sections.length}
            boardLocked={boardLocked}
            onDeleted={afterDelete}
          />
        )}
        {selectedNote && (
          <NotePanel
            doc={doc}
            undo={undo}
            note={selectedNote}
            content={content}
            participants={participants}
            votes={totals.get(selectedNote.id) ?? 0}
            voterId={round?.anonymous ? null : (voterId ?? namedParticipants[0]?.id ?? null)}
            participantCount={namedParticipants.length}
            projectId={board.row.projectId}
            boardLocked={boardLocked}
            onDuplicate={() => duplicate([selectedNote])}
            onDeleted={afterDelete}
          />
        )}
      </div>
    </CanvasActionsContext.Provider>
  );
}

function focusedNoteIds(target: EventTarget): string[] {
  const element = (target as HTMLElement).closest<HTMLElement>('.react-flow__node-note');
  return element?.dataset.id ? [element.dataset.id] : [];
}
