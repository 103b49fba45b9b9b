// fast-check arbitraries for valid project snapshots. References are drawn as indexes into the
// lists generated alongside them (modulo their length), so every reference stays valid and
// shrinking still works; ids come from small pools so that lists are short and readable.
import fc from 'fast-check';
import {
  actorIcons,
  actorTypes,
  blockKinds,
  blueprintLines,
  channels,
  laneTypes,
  mapViews,
  noteColors,
  relationTypes,
  type Attachment,
  type Board,
  type ProjectSnapshot,
  textLanguages,
} from '../../shared/model';

/** Text with the characters that matter to JSON (brackets, quotes, backslashes) and beyond ASCII. */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'ä', '🙈', ' ', '\n'), maxLength }),
    fc.string({ unit: 'binary', maxLength }),
  );
const builtIn = new Set<string>([...actorTypes, ...relationTypes]);
/** An id: never "__…" (the map editor's own) nor a built-in type's name. */
const id = fc
  .string({ unit: fc.constantFrom('a', 'b', 'c', '-', '_', '1', 'ö'), minLength: 1, maxLength: 6 })
  .filter((s) => !s.startsWith('__') && !builtIn.has(s));
const ids = (maxLength: number, minLength = 0) => fc.uniqueArray(id, { minLength, maxLength });
/** JSON writes -0 as 0, so a generated -0 would not round-trip: it is not a value users make. */
const coordinate = fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const isoDateTime = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const dateText = fc.oneof(
  fc.constant(''),
  isoDateTime.map((d) => d.slice(0, 10)),
);
const tags = fc.array(text(10), { maxLength: 3 });
const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
/** The item at i, which the generator made sure exists. */
const at = <T>(list: readonly T[], i: number): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
};
const must = <T>(value: T | null | undefined): T => {
  if (value === null || value === undefined) throw new Error('missing value');
  return value;
};
/** Picks list[ref % length], or null when the list is empty or ref is null. */
const pick = <T>(list: readonly T[], ref: number | null): T | null =>
  ref === null || list.length === 0 ? null : (list[ref % list.length] as T);
const ref = fc.nat(50);
const optionalRef = fc.option(ref, { nil: null });
/** An item's text language: usually unset (absent), as in files from before languages. */
const textLang = fc.option(fc.constantFrom(...textLanguages), { nil: undefined });
const langField = (lang: (typeof textLanguages)[number] | undefined) => (lang ? { lang } : {});

const SIGNATURE = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

const attachments = ids(3).chain((attachmentIds) =>
  fc.tuple(
    ...attachmentIds.map((attachmentId) =>
      fc
        .record({
          id: fc.constant(attachmentId),
          mimeType: fc.constantFrom('image/jpeg' as const, 'image/png' as const),
          width: fc.integer({ min: 1, max: 4096 }),
          height: fc.integer({ min: 1, max: 4096 }),
          alt: text(20),
          body: fc.uint8Array({ maxLength: 24 }),
        })
        // The bytes start as the image type they claim (files refuse anything else).
        .map(({ body, ...attachment }) => ({
          ...attachment,
          data: Buffer.concat([Buffer.from(SIGNATURE[attachment.mimeType]), body]).toString('base64'),
        })),
    ),
  ),
);

const canvasContent = (photoIds: string[]) =>
  fc
    .record({
      templateId: text(10),
      sectionIds: ids(3),
      noteIds: ids(5),
      roundIds: ids(2),
      voteIds: ids(4),
      sectionData: fc.array(
        fc.tuple(text(12), text(12), coordinate, coordinate, coordinate, coordinate, fc.boolean()),
        {
          minLength: 3,
          maxLength: 3,
        },
      ),
      locked: fc.boolean(),
      noteData: fc.array(
        fc.record({
          sectionRef: optionalRef,
          text: text(30),
          color: fc.constantFrom(...noteColors),
          x: coordinate,
          y: coordinate,
          tags,
          authorId: fc.option(id, { nil: null }),
          photoRef: optionalRef,
          locked: fc.boolean(),
          lang: textLang,
        }),
        { minLength: 5, maxLength: 5 },
      ),
      roundData: fc.array(
        fc.record({
          votesPerParticipant: fc.integer({ min: 1, max: 100 }),
          anonymous: fc.boolean(),
          status: fc.constantFrom('open' as const, 'closed' as const),
          startedAt: isoDateTime,
        }),
        { minLength: 2, maxLength: 2 },
      ),
      voteData: fc.array(fc.tuple(ref, ref, fc.option(id, { nil: null })), { minLength: 4, maxLength: 4 }),
    })
    .map((g) => {
      const sections = g.sectionIds.map((sectionId, i) => {
        const [title, prompt, x, y, width, height, locked] = at(g.sectionData, i);
        return { id: sectionId, title, prompt, x, y, width, height, locked };
      });
      const notes = g.noteIds.map((noteId, i) => {
        const n = at(g.noteData, i);
        return {
          id: noteId,
          sectionId: pick(g.sectionIds, n.sectionRef),
          text: n.text,
          color: n.color,
          x: n.x,
          y: n.y,
          tags: n.tags,
          authorId: n.authorId,
          photoId: pick(photoIds, n.photoRef),
          locked: n.locked,
          ...langField(n.lang),
        };
      });
      const rounds = g.roundIds.map((roundId, i) => ({ id: roundId, ...at(g.roundData, i) }));
      // A vote needs a note and a round to point at.
      const votes =
        notes.length === 0 || rounds.length === 0
          ? []
          : g.voteIds.map((voteId, i) => {
              const [noteRef, roundRef, voterId] = at(g.voteData, i);
              return {
                id: voteId,
                noteId: must(pick(g.noteIds, noteRef)),
                roundId: must(pick(g.roundIds, roundRef)),
                voterId,
              };
            });
      return { templateId: g.templateId, sections, notes, rounds, votes, locked: g.locked };
    });

const ecosystemContent = fc
  .record({
    view: fc.constantFrom(...mapViews),
    ringIds: ids(4, 1),
    ringNames: fc.array(text(12), { minLength: 4, maxLength: 4 }),
    ringWidth: fc.integer({ min: 100, max: 20_000 }),
    groupIds: ids(2),
    groupNames: fc.array(text(12), { minLength: 2, maxLength: 2 }),
    actorTypeIds: ids(2),
    actorTypeData: fc.array(fc.tuple(text(12), hexColor, fc.constantFrom(...actorIcons)), {
      minLength: 2,
      maxLength: 2,
    }),
    relationTypeIds: ids(2),
    relationTypeData: fc.array(fc.tuple(text(12), hexColor), { minLength: 2, maxLength: 2 }),
    actorIds: ids(5),
    actorData: fc.array(
      fc.record({
        name: text(20),
        typeRef: ref,
        ringRef: ref,
        description: text(30),
        organisation: text(12),
        groupRef: optionalRef,
        role: text(12),
        tags,
        x: coordinate,
        y: coordinate,
        locked: fc.boolean(),
        lang: textLang,
      }),
      { minLength: 5, maxLength: 5 },
    ),
    relationIds: ids(5),
    locked: fc.boolean(),
    relationData: fc.array(
      fc.record({
        fromRef: ref,
        toOffset: ref,
        typeRef: ref,
        label: text(12),
        directed: fc.boolean(),
        informal: fc.boolean(),
        strength: fc.constantFrom(null, 1 as const, 2 as const, 3 as const),
        lang: textLang,
      }),
      { minLength: 5, maxLength: 5 },
    ),
  })
  .map((g) => {
    const customActorTypes = g.actorTypeIds.map((typeId, i) => {
      const [name, color, icon] = at(g.actorTypeData, i);
      return { id: typeId, name, color, icon };
    });
    const customRelationTypes = g.relationTypeIds.map((typeId, i) => {
      const [name, color] = at(g.relationTypeData, i);
      return { id: typeId, name, color };
    });
    const actorKinds = [...actorTypes, ...g.actorTypeIds];
    const relationKinds = [...relationTypes, ...g.relationTypeIds];
    const actors = g.actorIds.map((actorId, i) => {
      const a = at(g.actorData, i);
      return {
        id: actorId,
        name: a.name,
        type: must(pick(actorKinds, a.typeRef)),
        ringId: must(pick(g.ringIds, a.ringRef)),
        description: a.description,
        organisation: a.organisation,
        groupId: pick(g.groupIds, a.groupRef),
        role: a.role,
        tags: a.tags,
        x: a.x,
        y: a.y,
        locked: a.locked,
        ...langField(a.lang),
      };
    });
    const n = g.actorIds.length;
    // A relation joins two different actors: `to` is `from` moved on by 1…n-1 places.
    const relations =
      n < 2
        ? []
        : g.relationIds.map((relationId, i) => {
            const r = at(g.relationData, i);
            const from = r.fromRef % n;
            return {
              id: relationId,
              from: at(g.actorIds, from),
              to: at(g.actorIds, (from + 1 + (r.toOffset % (n - 1))) % n),
              type: must(pick(relationKinds, r.typeRef)),
              label: r.label,
              directed: r.directed,
              informal: r.informal,
              strength: r.strength,
              ...langField(r.lang),
            };
          });
    return {
      view: g.view,
      rings: g.ringIds.map((ringId, i) => ({ id: ringId, name: at(g.ringNames, i) })),
      ringWidth: g.ringWidth,
      groups: g.groupIds.map((groupId, i) => ({ id: groupId, name: at(g.groupNames, i) })),
      customActorTypes,
      customRelationTypes,
      actors,
      relations,
      locked: g.locked,
    };
  });

const journeyContent = fc
  .record({
    preset: fc.constantFrom('customer-journey' as const, 'service-blueprint' as const, 'blank' as const),
    persona: text(20),
    personaRef: fc.option(fc.record({ boardId: id, actorId: fc.option(id, { nil: null }) }), { nil: null }),
    state: fc.constantFrom('as-is' as const, 'to-be' as const),
    basedOn: fc.option(id, { nil: null }),
    locked: fc.boolean(),
    stageIds: ids(4),
    stageTitles: fc.array(text(12), { minLength: 4, maxLength: 4 }),
    stageSteps: fc.array(fc.array(text(12), { maxLength: 3 }), { minLength: 4, maxLength: 4 }),
    laneIds: ids(4),
    laneData: fc.array(
      fc.tuple(
        text(12),
        fc.constantFrom(...laneTypes),
        fc.constantFrom(null, ...blueprintLines),
        fc.boolean(),
        fc.constantFrom(null, ...noteColors),
      ),
      { minLength: 4, maxLength: 4 },
    ),
    noteIds: ids(4),
    noteData: fc.array(fc.tuple(ref, ref, text(30), fc.constantFrom(...noteColors), tags, fc.nat(99), textLang), {
      minLength: 4,
      maxLength: 4,
    }),
    scores: fc.array(fc.tuple(ref, ref, fc.integer({ min: -2, max: 2 })), { maxLength: 3 }),
    touchpoints: fc.array(fc.tuple(ref, ref, fc.uniqueArray(fc.constantFrom(...channels)), text(20), textLang), {
      maxLength: 3,
    }),
  })
  .map((g) => {
    const cell = (stageRef: number, laneRef: number) => ({
      stageId: must(pick(g.stageIds, stageRef)),
      laneId: must(pick(g.laneIds, laneRef)),
    });
    const cells = g.stageIds.length > 0 && g.laneIds.length > 0;
    return {
      preset: g.preset,
      persona: g.persona,
      personaRef: g.personaRef,
      state: g.state,
      basedOn: g.basedOn,
      stages: g.stageIds.map((stageId, i) => ({
        id: stageId,
        title: at(g.stageTitles, i),
        steps: at(g.stageSteps, i),
      })),
      lanes: g.laneIds.map((laneId, i) => {
        const [title, type, lineBelow, collapsed, color] = at(g.laneData, i);
        return { id: laneId, title, type, lineBelow, collapsed, color };
      }),
      notes: cells
        ? g.noteIds.map((noteId, i) => {
            const [stageRef, laneRef, noteText, color, noteTags, votes, lang] = at(g.noteData, i);
            // Authors and photos point at people and attachments this generator does not make.
            return {
              id: noteId,
              ...cell(stageRef, laneRef),
              text: noteText,
              color,
              tags: noteTags,
              order: i,
              authorId: null,
              photoId: null,
              votes,
              ...langField(lang),
            };
          })
        : [],
      // One score and one touchpoint per cell, as the editor keys them.
      scores: cells ? onePerCell(g.scores.map(([s, l, score]) => ({ ...cell(s, l), score }))) : [],
      touchpoints: cells
        ? onePerCell(
            g.touchpoints.map(([s, l, used, touchText, lang]) => ({
              ...cell(s, l),
              channels: used,
              text: touchText,
              ...langField(lang),
            })),
          )
        : [],
      locked: g.locked,
    };
  });

const board = (boardId: string, photoIds: string[]): fc.Arbitrary<Board> => {
  const envelope = { id: fc.constant(boardId), title: text(20), order: fc.integer({ min: 0, max: 100_000 }) };
  // The facilitator's own text alternative, or none (absent); a file holds it trimmed.
  const altText = fc.option(
    text(40).map((s) => s.trim()),
    { nil: undefined },
  );
  return fc
    .tuple(
      fc.oneof(
        fc.record({ ...envelope, kind: fc.constant('canvas' as const), content: canvasContent(photoIds) }),
        fc.record({ ...envelope, kind: fc.constant('ecosystem' as const), content: ecosystemContent }),
        fc.record({ ...envelope, kind: fc.constant('journey' as const), content: journeyContent }),
      ),
      altText,
    )
    .map(([b, alt]): Board => (alt === undefined ? b : { ...b, altText: alt }));
};

const clockTime = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
);

/** A workshop session: its captured items point at its own blocks (or at none). */
const session = (sessionId: string) =>
  fc
    .record({
      title: text(20),
      date: dateText,
      place: text(12),
      startTime: clockTime,
      blockIds: ids(4),
      blockData: fc.array(
        fc.record({
          kind: fc.constantFrom(...blockKinds),
          title: text(12),
          minutes: fc.integer({ min: 0, max: 1_440 }),
          method: text(12),
          methodId: fc.option(id, { nil: null }),
          // A board id that may name no board: a deleted board is allowed.
          boardId: fc.option(id, { nil: null }),
          purpose: text(20),
          instructions: text(20),
          materials: text(12),
          lead: text(12),
          actual: fc.option(fc.record({ seconds: fc.integer({ min: 0, max: 86_400 }), endedAt: isoDateTime }), {
            nil: null,
          }),
        }),
        { minLength: 4, maxLength: 4 },
      ),
      decisionIds: ids(2),
      decisionData: fc.array(fc.tuple(optionalRef, text(20)), { minLength: 2, maxLength: 2 }),
      actionIds: ids(2),
      actionData: fc.array(fc.tuple(optionalRef, text(20), text(12), dateText), { minLength: 2, maxLength: 2 }),
      parkedIds: ids(2),
      parkedData: fc.array(fc.tuple(optionalRef, text(20)), { minLength: 2, maxLength: 2 }),
    })
    .map((g) => ({
      id: sessionId,
      title: g.title,
      date: g.date,
      place: g.place,
      startTime: g.startTime,
      blocks: g.blockIds.map((blockId, i) => ({ id: blockId, ...at(g.blockData, i) })),
      decisions: g.decisionIds.map((itemId, i) => {
        const [blockRef, decision] = at(g.decisionData, i);
        return { id: itemId, blockId: pick(g.blockIds, blockRef), text: decision };
      }),
      actionItems: g.actionIds.map((itemId, i) => {
        const [blockRef, what, who, due] = at(g.actionData, i);
        return { id: itemId, blockId: pick(g.blockIds, blockRef), what, who, due };
      }),
      parkedQuestions: g.parkedIds.map((itemId, i) => {
        const [blockRef, question] = at(g.parkedData, i);
        return { id: itemId, blockId: pick(g.blockIds, blockRef), text: question };
      }),
    }));

const sessions = ids(2).chain((sessionIds) => fc.tuple(...sessionIds.map(session)));

const project = fc
  .tuple(
    fc.record({
      id,
      title: text(30),
      organisation: text(20),
      goal: text(60),
      startDate: dateText,
      endDate: dateText,
      facilitators: fc.array(text(20), { maxLength: 3 }),
      participants: fc.uniqueArray(fc.record({ id, name: text(20), organisation: text(20), role: text(20) }), {
        selector: (p) => p.id,
        maxLength: 4,
      }),
      createdAt: isoDateTime,
      updatedAt: isoDateTime,
      sessions,
    }),
    // The project's own language: unset in most files, as before it existed.
    textLang,
  )
  .map(([p, language]) => (language ? { ...p, language } : p));

/** A valid snapshot: 0–4 boards of any kinds, references valid, every defaulted field present. */
export const validSnapshot: fc.Arbitrary<ProjectSnapshot> = fc
  .tuple(project, attachments, ids(4))
  .chain(([p, files, boardIds]) => {
    const photoIds = files.map((a: Attachment) => a.id);
    return fc
      .tuple(...boardIds.map((boardId) => board(boardId, photoIds)))
      .map((boards): ProjectSnapshot => ({ project: p, boards, attachments: files }));
  });

export { at, must };

export const appVersion = fc.string({ maxLength: 50 });
export const savedAt = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});

/** Keeps the first entry of each stage × lane cell. */
function onePerCell<T extends { stageId: string; laneId: string }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.stageId}|${e.laneId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
