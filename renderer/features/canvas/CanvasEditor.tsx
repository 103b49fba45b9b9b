import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Node,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import type { CanvasContent, CanvasNote, Participant } from '../../../shared/model';
import { templateById } from '../../../shared/templates';
import { currentLanguage } from '../../app/i18n';
import { deleteNotes, noteText, setNotesLocked, updateNote, updateNotes, updateSection } from '../../store/canvas-doc';
import type { OpenBoard } from '../boards/use-board-doc';
import { CanvasActionsContext, type CanvasActions } from './canvas-actions';
import type { CanvasFlowNode } from './flow-nodes';
import { NoteNode } from './NoteNode';
import { SectionNode } from './SectionNode';
import { AxesNode } from './AxesNode';
import { NotePanel } from './NotePanel';
import { VotingBar } from './VotingBar';
import { SectionPanel } from './SectionPanel';
import { NameDialog } from '../../ui/NameDialog';
import { saveUserTemplate } from '../../store/templates-repo';
import { adoptPhotos } from '../../store/attachments-repo';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { SelectionPanel } from './SelectionPanel';
import { FilterBar } from './FilterBar';
import { noFilter, type NoteFilter } from './note-filter';
import { useBoardClipboard } from '../boards/use-board-clipboard';
import { noteClipboard } from './note-clipboard';
import { usePaneSwitchKey } from '../boards/use-pane-switch-key';
import { BoardSurface } from '../boards/BoardSurface';
import { DELETE_KEYS, MULTI_SELECT_KEYS, PRO_OPTIONS, sameIds } from '../boards/flow-settings';
import { asOneStep } from '../../store/board-docs';
import { useBoardUndoKeys } from '../boards/use-board-undo-keys';
import { currentRound, voteTotals } from '../../store/voting-doc';
import { useFlowLabels } from './flow-labels';
import { CanvasExportButtons } from './CanvasExportButtons';
import { BoardLockBanner, BoardLockButton } from '../boards/BoardLock';
import { useNoteCulling } from './use-note-culling';
import { CanvasNotesLayer } from './CanvasNotesLayer';
import { useCanvasLocks } from './use-canvas-locks';
import { useCanvasNodes } from './use-canvas-nodes';
import { useCanvasDrag } from './use-canvas-drag';
import { useCanvasAdd } from './use-canvas-add';
import { canvasKeyHandler } from './canvas-keys';

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
  const { boardLocked, locks, hint, guard } = useCanvasLocks(content);
  const { nodes, dimmed, selectNext, hold, contentNow, selectOnly, clearSelection, onNodesChange } = useCanvasNodes({
    content,
    editingId,
    filter,
    nodeLabels,
    axes,
  });
  const typedAhead = useRef('');

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
  const culled = useNoteCulling(content, nodes, editingId, selectOnly, findNode);

  const { dragSection, onNodeDragStop } = useCanvasDrag({
    doc,
    undo,
    locks,
    hint,
    guard,
    onNodesChange,
    hold,
    contentNow,
  });
  const { addToSection, addFromToolbar, addOnDoubleClick, addNewSection, duplicate } = useCanvasAdd({
    doc,
    undo,
    content,
    selected,
    setSelected,
    setEditingId,
    selectNext,
    wrapper,
    locks,
    hint,
  });

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
      addNoteToSection: addToSection,
      dragSection,
      resizeSection: (sectionId, rect) => {
        guard(() => asOneStep(undo, () => updateSection(doc, sectionId, rect)), locks.board);
      },
    }),
    [doc, undo, focusNode, addToSection, dragSection, locks, guard],
  );

  const onSelectionChange = useCallback(({ nodes: picked }: OnSelectionChangeParams) => {
    // Sections too: the nodes are rebuilt from this set, and a selection React Flow made must survive it.
    const ids = picked.map((n) => n.id);
    setSelected((current) => (sameIds(current, ids) ? current : new Set(ids)));
  }, []);

  // The deleted note had focus (or its panel did): keep keyboard users on the canvas.
  const afterDelete = useCallback(() => {
    setSelected(new Set());
    clearSelection();
    wrapper.current?.focus();
  }, [clearSelection]);

  // Stable handlers: React Flow re-renders every node when a handler prop changes identity, which
  // cost 1,000-note canvases ~100 ms per keystroke (bench/canvas-notes.ts).
  const onNodeDoubleClick = useCallback(
    (_e: MouseEvent, node: Node) => {
      if (node.type !== 'note') return;
      if (locks.board) hint('boardCannotChange');
      else setEditingId(node.id);
    },
    [locks, hint],
  );
  // In the overview a click on a painted note (over the pane or a section) zooms in to it.
  const { zoomToNoteAt } = culled;
  const onOverviewClick = useCallback((e: MouseEvent) => void zoomToNoteAt(e.clientX, e.clientY), [zoomToNoteAt]);
  // Delete and Cut alike: one undo step, then nothing selected.
  const deleteNoteIds = useCallback(
    (ids: string[]) => {
      asOneStep(undo, () => deleteNotes(doc, ids));
      afterDelete();
    },
    [doc, undo, afterDelete],
  );
  const onNodesDelete = useCallback(
    (deleted: Node[]) => {
      const ids = deleted.filter((n) => n.type === 'note' && !locks.notes.has(n.id)).map((n) => n.id);
      if (ids.length > 0 && !locks.board) deleteNoteIds(ids);
    },
    [deleteNoteIds, locks],
  );

  const onKeyDownCapture = canvasKeyHandler({
    doc,
    undo,
    content,
    selected,
    editingId,
    setEditingId,
    typedAhead,
    onTab: culled.onTab,
    freePlacement: template?.freePlacement === true,
    locks,
    hint,
    addNoteToSection: addToSection,
  });

  useBoardUndoKeys(undo);

  const layout = useRef<HTMLDivElement>(null);
  usePaneSwitchKey(layout, wrapper);

  const selectedNotesRef = useRef<CanvasNote[] | null>(null);
  useBoardClipboard(selectedNotesRef, {
    ...noteClipboard,
    // Photos of notes copied in another project are copied into this one first.
    paste: (notes) =>
      void write(adoptPhotos(db, board.row.projectId, notes)).then((adopted) => adopted && duplicate(adopted)),
    // A cut copies everything selected but deletes only what is not locked.
    cut: (notes) => {
      const ids = notes.filter((n) => !locks.notes.has(n.id)).map((n) => n.id);
      if (locks.board) return hint('boardCannotChange');
      if (ids.length < notes.length) hint('cannotDelete');
      if (ids.length > 0) deleteNoteIds(ids);
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
        <button type="button" className="button button-primary" disabled={boardLocked} onClick={addFromToolbar}>
          {t('canvas.addNote')}
        </button>
        <button
          type="button"
          className="button"
          disabled={boardLocked}
          onClick={() => addNewSection(t('canvas.newSection'))}
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
          onDoubleClick={addOnDoubleClick}
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
