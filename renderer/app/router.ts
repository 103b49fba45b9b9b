import { useSyncExternalStore } from 'react';

/** Hash routes: they work the same over app://kartta/ and a plain local web server. */
export type Route =
  { name: 'projects' } | { name: 'project'; projectId: string } | { name: 'board'; projectId: string; boardId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'projects' && parts[1] && parts[2] === 'boards' && parts[3]) {
    return { name: 'board', projectId: parts[1], boardId: parts[3] };
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
