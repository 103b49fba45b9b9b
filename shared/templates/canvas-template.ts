import type { Language } from '../i18n/languages';

/** A text in every UI language. Templates ship all three so a board starts in the project's language. */
export type Localized = Readonly<Record<Language, string>>;

/**
 * Where a template comes from. Shown in the template picker and printed under the canvas in the
 * report, because several canvases are other people's work and their licences ask for credit.
 */
export interface TemplateSource {
  readonly credit: string;
  readonly licence: string;
}

export interface TemplateSection {
  /** Stable kebab-case key: tests and future migrations refer to sections by it, never by title. */
  readonly key: string;
  readonly title: Localized;
  /** One line that tells participants what belongs in the section. */
  readonly prompt: Localized;
  /** Board units (CSS px at 100 % zoom), relative to the template's top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CanvasTemplate {
  /** Stable kebab-case id, stored in files as the canvas's templateId: never rename one. */
  readonly id: string;
  readonly name: Localized;
  /** One line for the template picker. */
  readonly description: Localized;
  readonly source: TemplateSource;
  /** The area the sections fill, in board units. */
  readonly size: { readonly width: number; readonly height: number };
  readonly sections: readonly TemplateSection[];
  /**
   * True when a note's position inside the whole canvas carries meaning (a 2×2 matrix), so the
   * editor lets notes sit anywhere instead of snapping them into a section.
   */
  readonly freePlacement?: boolean;
  /**
   * Axis labels of a 2×2 matrix. Low values are at the bottom-left: x grows to the right, y grows
   * upwards, so the renderer draws x along the bottom edge and y along the left edge.
   */
  readonly axes?: { readonly x: Localized; readonly y: Localized };
}
