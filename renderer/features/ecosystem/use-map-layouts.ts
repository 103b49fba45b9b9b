import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemContent } from '../../../shared/model';
import { layoutByRing } from '../../../shared/ecosystem';
import { useServices } from '../../app/context';
import { asOneStep } from '../../store/board-docs';
import { applyLayout, readEcosystem } from '../../store/ecosystem-doc';
import type { OpenBoard } from '../boards/use-board-doc';
import { runFlowLayout } from './run-flow-layout';

/**
 * "Arrange by ring" and "Arrange as flow", each one undo step, and the view fitted to the new
 * places afterwards (they arrive as new content on the next render, so the fit waits for it).
 */
export function useMapLayouts(board: OpenBoard, content: EcosystemContent, fitMap: (duration?: number) => void) {
  const { t } = useTranslation();
  const { notices } = useServices();
  const { doc, undo } = board;
  const [fitPending, setFitPending] = useState(false);
  useEffect(() => {
    if (!fitPending) return;
    setFitPending(false);
    fitMap(200);
  }, [fitPending, fitMap]);

  // The flow layout runs in a worker for up to a minute on big maps: the page stays usable, the
  // button says it is working and can cancel. Leaving the board cancels it: its result must not
  // land in a board whose undo history is gone.
  const [arranging, setArranging] = useState<AbortController | null>(null);
  const arrangingRef = useRef<AbortController | null>(null);
  useEffect(() => () => arrangingRef.current?.abort(), []);

  // A layout leaves locked actors where they are (ecosystem-doc applyLayout): the notice says so.
  const withLocks = (message: string) => {
    const kept = readEcosystem(doc).actors.filter((a) => a.locked).length;
    return kept > 0 ? `${message} ${t('locks.layoutKept', { count: kept })}` : message;
  };

  const arrangeAsFlow = async () => {
    const controller = new AbortController();
    arrangingRef.current = controller;
    setArranging(controller);
    try {
      const layout = await runFlowLayout(content, { signal: controller.signal });
      // Actors deleted meanwhile are left out; new ones keep their places.
      const still = new Set(readEcosystem(doc).actors.map((a) => a.id));
      const positions = new Map([...layout.positions].filter(([id]) => still.has(id)));
      asOneStep(undo, () => applyLayout(doc, { view: 'flow', positions }));
      notices.show({ tone: 'info', message: withLocks(t('ecosystem.flowDone')) });
      setFitPending(true);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        notices.show({
          tone: 'error',
          message: t('ecosystem.flowFailed', { reason: error instanceof Error ? error.message : String(error) }),
        });
      }
    } finally {
      arrangingRef.current = null;
      setArranging(null);
    }
  };

  const arrangeByRing = () => {
    asOneStep(undo, () => applyLayout(doc, { view: 'rings', ...layoutByRing(content) }));
    notices.show({ tone: 'info', message: withLocks(t('ecosystem.layoutDone')) });
    setFitPending(true);
  };

  return { arrangeByRing, arrangeAsFlow, arranging };
}
