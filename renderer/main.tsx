import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles.css';
import { App } from './app/App';
import { initI18n, initialLanguage } from './app/i18n';
import { detectPlatform } from './platform';

const platform = detectPlatform();
const language = initialLanguage();

void initI18n(language).then(() => {
  // Main builds its native menu in the same language.
  void platform.setLanguage(language).catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App platform={platform} />
    </StrictMode>,
  );
});
