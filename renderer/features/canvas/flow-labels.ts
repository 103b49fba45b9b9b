import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasNote, CanvasSection } from '../../../shared/model';

/** Screen-reader names of nodes and React Flow's own labels, in the UI language. */
export function useFlowLabels() {
  const { t } = useTranslation();
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
      },
      ariaLabelConfig: {
        'node.a11yDescription.default': t('flow.nodeDescription'),
        'node.a11yDescription.keyboardDisabled': t('flow.nodeDescriptionNoKeyboard'),
        'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
          t('flow.moved', { direction, x, y }),
        'edge.a11yDescription.default': t('flow.edgeDescription'),
        'controls.ariaLabel': t('flow.controls'),
        'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
        'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
        'controls.fitView.ariaLabel': t('flow.fitView'),
        'controls.interactive.ariaLabel': t('flow.interactive'),
        'minimap.ariaLabel': t('flow.minimap'),
        'handle.ariaLabel': t('flow.handle'),
      },
    }),
    [t],
  );
}
