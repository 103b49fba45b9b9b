// The start-up baseline: an empty Vite + React page, built and served as the app is. It renders one
// button, the smallest "interactive" screen there is.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(createElement('button', { type: 'button' }, 'Ready'));
