import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import type * as Y from 'yjs';
import type { EcosystemContent } from '../../../shared/model';
import { mapBounds } from '../../../shared/ecosystem';
import { CsvImportDialog } from './CsvImportDialog';

/** "Import CSV…" for the map's toolbar, with its dialog; after an import the map is fitted to the screen. */
export function CsvImportButton(props: { doc: Y.Doc; undo: Y.UndoManager; content: EcosystemContent }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const [open, setOpen] = useState(false);
  const [fitPending, setFitPending] = useState(false);
  const { content } = props;

  // The imported actors arrive as new content on the next render: fit to that, not to the old map.
  useEffect(() => {
    if (!fitPending) return;
    setFitPending(false);
    void flow.fitBounds(mapBounds(content), { padding: 0.06, duration: 200 });
  }, [fitPending, content, flow]);

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('csvImport.open')}
      </button>
      {/* In the body, not inside the toolbar: a dialog is no part of a toolbar for screen readers. */}
      {open &&
        createPortal(
          <CsvImportDialog {...props} onClose={() => setOpen(false)} onImported={() => setFitPending(true)} />,
          document.body,
        )}
    </>
  );
}
