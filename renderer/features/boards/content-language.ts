import { createContext, useContext } from 'react';
import type { TextLanguage } from '../../../shared/model';

/**
 * The language of the project's own text, when its details say one (issue 12). The board page
 * provides it; an editor puts it as `lang` on every text of the project (a note, a title, a name)
 * that has no language of its own, so a screen reader reads a Finnish note by Finnish rules in an
 * English UI. The UI's own words around it keep the page's language.
 */
export const ContentLanguage = createContext<TextLanguage | undefined>(undefined);

export const useContentLanguage = (): TextLanguage | undefined => useContext(ContentLanguage);
