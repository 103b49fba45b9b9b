import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasNote, CanvasSection } from '../../../shared/model';
import { useFlowAriaConfig } from '../boards/flow-aria';

/** Screen-reader names of nodes and React Flow's own labels, in the UI language. */
export function useFlowLabels() {
  const { t } = useTranslation();
  const ariaLabelConfig = useFlowAriaConfig();
  return useMemo(
    () => ({
      nodeLabels: {
        section: (s: CanvasSection) => t('canvas.sectionLabel', { title: s.title }),
        // The section is part of a note's name: a screen reader tabbing through notes hears where each one is.
        note: (n: CanvasNote, votes: number, section: string | undefined) => {
          const text = n.text.trim() || t('canvas.emptyNote');
          const color = t(`canvas.colors.${n.color}`);
          const label = section
            ? t('canvas.noteInSection', { section, text, color })
            : t('canvas.noteLabel', { text, color });
          return votes > 0
            ? t('canvas.noteVotes', { label, votes: t('canvas.voting.total', { count: votes }) })
            : label;
        },
        locked: (label: string) => t('locks.nodeLabel', { label }),
      },
      ariaLabelConfig,
    }),
    [t, ariaLabelConfig],
  );
}
