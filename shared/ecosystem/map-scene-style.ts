import type { BuiltInTypeNames } from './types';

/** The editor's colours for what styles.ts does not hold (renderer/app/styles.css, React Flow). */
export const MAP_COLORS = {
  background: '#ffffff',
  ink: '#1d2a30',
  inkMuted: '#4f5f66',
  line: '#d9d6cd',
  lineStrong: '#a9a59a',
  ringEven: '#f3f1ea',
  ringOdd: '#fbfaf6',
  // A group's box: the editor's 5 % of the accent (#1f4e5f) over the page, made opaque.
  cluster: '#eef2f2',
  card: '#ffffff',
  labelBackground: '#ffffff',
  /** The legend's sample of an informal relation (the legend panel's colour). */
  informal: '#3d4852',
} as const;

/** Words an exported map shows, in the user's language; the caller fills them in from i18n. */
export interface MapSceneLabels {
  /** The picture's title (the board title). */
  title: string;
  /** Its text alternative, e.g. "Ecosystem map: 37 actors in 3 rings, 55 relations". */
  description: string;
  legend: string;
  informal: string;
  /** The built-in types' names; the map's own types carry their names. */
  types: BuiltInTypeNames;
}
