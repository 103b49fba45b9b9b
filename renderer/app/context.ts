import { createContext, useContext } from 'react';
import type { KarttaDB } from '../store/db';
import type { Platform } from '../platform';
import type { NoticeApi } from '../ui/notices';

export interface AppServices {
  db: KarttaDB;
  platform: Platform;
  notices: NoticeApi;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
