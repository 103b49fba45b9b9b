import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/context';
import type { AttachmentRow } from '../../store/db';

/** An attachment row and an object URL for showing it (blob: URLs are allowed by the CSP). */
export function useAttachment(id: string | null): { row: AttachmentRow; url: string } | null {
  const { db } = useServices();
  const row = useLiveQuery(() => (id ? db.attachments.get(id) : undefined), [db, id]);
  const [url, setUrl] = useState<string | null>(null);
  const blob = row?.blob;
  useEffect(() => {
    if (!blob) return setUrl(null);
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return row && url ? { row, url } : null;
}
