/**
 * How the presenter window is addressed. Main builds its URL from ids (never takes one from the
 * page); the renderer reads the query to know it is that window, which main answers no IPC for.
 */
export const PRESENTER_QUERY = { key: 'window', value: 'presenter' } as const;

/** The renderer's `present` route (renderer/app/router.ts hrefFor), without the leading '#'. */
export function presenterHash(projectId: string, sessionId: string): string {
  return `/projects/${encodeURIComponent(projectId)}/sessions/${encodeURIComponent(sessionId)}/present`;
}
