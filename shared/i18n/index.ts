import { en, type Messages } from './en';
import { fi } from './fi';
import { sv } from './sv';
import type { Language } from './languages';

export * from './languages';
export type { Messages };

export const catalogues: Record<Language, Messages> = { en, fi, sv };
