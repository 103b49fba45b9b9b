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
        note: (n: CanvasNote, votes: number) => {
          const label = t('canvas.noteLabel', {
            text: n.text.trim() || t('canvas.emptyNote'),
            color: t(`canvas.colors.${n.color}`),
          });
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
