import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { LinkConfirmation } from './external-links';

/** The native question for a link; Cancel is the default and what Esc gives. */
export async function confirmLinkWithDialog(
  win: BrowserWindow | undefined,
  question: LinkConfirmation,
): Promise<boolean> {
  const options: MessageBoxOptions = {
    type: 'question',
    buttons: [question.cancel, question.open],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    message: question.message,
    detail: question.detail,
  };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return response === 1;
}
