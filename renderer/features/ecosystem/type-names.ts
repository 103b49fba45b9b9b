import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { actorTypes, relationTypes } from '../../../shared/model';
import type { BuiltInTypeNames } from '../../../shared/ecosystem';

/** The built-in actor and relation types' names in the UI language. */
export function builtInTypeNames(t: TFunction): BuiltInTypeNames {
  return {
    actor: Object.fromEntries(
      actorTypes.map((type) => [type, t(`outline.actorTypes.${type}`)]),
    ) as BuiltInTypeNames['actor'],
    relation: Object.fromEntries(
      relationTypes.map((type) => [type, t(`outline.relationTypes.${type}`)]),
    ) as BuiltInTypeNames['relation'],
  };
}

export function useBuiltInTypeNames(): BuiltInTypeNames {
  const { t } = useTranslation();
  return useMemo(() => builtInTypeNames(t), [t]);
}
