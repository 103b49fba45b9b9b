import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { noteColors, type CanvasNote, type CanvasSection } from '../../../shared/model';
import { labelTemplate } from '../boards/label-template';
import { useFlowAriaConfig } from '../boards/flow-aria';

/** Screen-reader names of nodes and React Flow's own labels, in the UI language. */
export function useFlowLabels() {
  const { t } = useTranslation();
  const ariaLabelConfig = useFlowAriaConfig();
  return useMemo(() => {
    // Filled templates, not t() per note: 5,000 notes' labels took ~150 ms of a canvas's opening (issue 10).
    const section = labelTemplate((v) => t('canvas.sectionLabel', v), ['title']);
    const inSection = labelTemplate((v) => t('canvas.noteInSection', v), ['section', 'text', 'color']);
    const plain = labelTemplate((v) => t('canvas.noteLabel', v), ['text', 'color']);
    const withVotes = labelTemplate((v) => t('canvas.noteVotes', v), ['label', 'votes']);
    const locked = labelTemplate((v) => t('locks.nodeLabel', v), ['label']);
    const colors = new Map(noteColors.map((c) => [c, t(`canvas.colors.${c}`)]));
    const empty = t('canvas.emptyNote');
    return {
      nodeLabels: {
        section: (s: CanvasSection) => section({ title: s.title }),
        // The section is part of a note's name: a screen reader tabbing through notes hears where each one is.
        note: (n: CanvasNote, votes: number, sectionTitle: string | undefined) => {
          const text = n.text.trim() || empty;
          const color = colors.get(n.color) ?? n.color;
          const label = sectionTitle ? inSection({ section: sectionTitle, text, color }) : plain({ text, color });
          return votes > 0 ? withVotes({ label, votes: t('canvas.voting.total', { count: votes }) }) : label;
        },
        locked: (label: string) => locked({ label }),
      },
      ariaLabelConfig,
    };
  }, [t, ariaLabelConfig]);
}
