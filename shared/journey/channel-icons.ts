import type { channels } from '../model';

/**
 * Our own 24×24 icons of the touchpoint channels (no icon font, nothing fetched). An icon always
 * stands beside the channel's name: it helps scanning a row, the name carries the meaning.
 */
export const channelIcons: Record<(typeof channels)[number], string> = {
  web: 'M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19zm6.9 8.5h-3a15 15 0 0 0-1.4-5.9A7.5 7.5 0 0 1 18.9 11zM12 4.6c.9 1.2 1.8 3.4 2 6.4h-4c.2-3 1.1-5.2 2-6.4zM9.5 5.1A15 15 0 0 0 8.1 11h-3a7.5 7.5 0 0 1 4.4-5.9zM5.1 13h3a15 15 0 0 0 1.4 5.9A7.5 7.5 0 0 1 5.1 13zm6.9 6.4c-.9-1.2-1.8-3.4-2-6.4h4c-.2 3-1.1 5.2-2 6.4zm2.5-.5a15 15 0 0 0 1.4-5.9h3a7.5 7.5 0 0 1-4.4 5.9z',
  mobile:
    'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm0 3v13h8V5zm4 14.2a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8z',
  phone:
    'M6.6 10.8a15.2 15.2 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.6 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.6 3.6a1 1 0 0 1-.25 1z',
  email:
    'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.3V17h16V7.3l-8 5.2zM5.6 7l6.4 4.2L18.4 7z',
  letter: 'M6 2h8l5 5v14a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zm1 2v16h10V8h-4V4zm2 8h6v1.5H9zm0 3h6v1.5H9z',
  'face-to-face':
    'M7.5 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm9 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 19c0-3 2.5-5.5 5.5-5.5S13 16 13 19zm9.6 0a7 7 0 0 0-1.7-4.4 5.4 5.4 0 0 1 6.6-1.1A5.5 5.5 0 0 1 22 19z',
  chat: 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 5.5a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm5 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm5 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6z',
  kiosk: 'M5 2h14a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-6v4h3v2H8v-2h3v-4H5a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zm1 2v9h12V4z',
};
