import { useSyncExternalStore } from 'react';

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'warning' | 'error';
  action?: { label: string; run: () => void };
}

export interface NoticeApi {
  show(notice: Omit<Notice, 'id'>, options?: { timeoutMs?: number }): number;
  dismiss(id: number): void;
}

/** Notices (toasts) live outside React so stores and platform callbacks can raise them. */
export function createNotices() {
  let list: Notice[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  const api: NoticeApi = {
    show(notice, options) {
      const id = nextId++;
      list = [...list.filter((n) => n.message !== notice.message), { ...notice, id }];
      emit();
      // Errors stay until dismissed; an Undo offer stays long enough to be used.
      const timeout = options?.timeoutMs ?? (notice.tone === 'error' ? 0 : notice.action ? 12_000 : 6_000);
      if (timeout > 0) setTimeout(() => api.dismiss(id), timeout);
      return id;
    },
    dismiss(id) {
      list = list.filter((n) => n.id !== id);
      emit();
    },
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const useNotices = () => useSyncExternalStore(subscribe, () => list);
  return { api, useNotices };
}
