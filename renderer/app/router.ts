import { useSyncExternalStore } from 'react';

/** Hash routes: they work the same over app://kartta/ and a plain local web server. */
export type Route =
  | { name: 'projects' }
  | { name: 'project'; projectId: string }
  | { name: 'board'; projectId: string; boardId: string }
  /** A workshop session: its agenda, running it, or the presenter view for a projector. */
  | { name: 'session' | 'run' | 'present'; projectId: string; sessionId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'projects' && parts[1] && parts[2] === 'boards' && parts[3]) {
    return { name: 'board', projectId: parts[1], boardId: parts[3] };
  }
  if (parts[0] === 'projects' && parts[1] && parts[2] === 'sessions' && parts[3]) {
    const view = parts[4] === 'run' ? 'run' : parts[4] === 'present' ? 'present' : 'session';
    return { name: view, projectId: parts[1], sessionId: parts[3] };
  }
  if (parts[0] === 'projects' && parts[1]) return { name: 'project', projectId: parts[1] };
  return { name: 'projects' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'projects':
      return '#/';
    case 'project':
      return `#/projects/${encodeURIComponent(route.projectId)}`;
    case 'board':
      return `#/projects/${encodeURIComponent(route.projectId)}/boards/${encodeURIComponent(route.boardId)}`;
    case 'session':
    case 'run':
    case 'present': {
      const base = `#/projects/${encodeURIComponent(route.projectId)}/sessions/${encodeURIComponent(route.sessionId)}`;
      return route.name === 'session' ? base : `${base}/${route.name}`;
    }
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
