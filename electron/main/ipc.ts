import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { invokeContract, type InvokeChannel, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';
import { fail, type IpcResult } from '../../shared/ipc/result';

/** The parts of an invoke event the checks read; a fake in tests, IpcMainInvokeEvent in the app. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameLike | null;
}
export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, payload: unknown) => Promise<unknown>): void;
}

export type Handler<C extends InvokeChannel, E extends InvokeEventLike = InvokeEventLike> = (
  request: RequestOf<C>,
  event: E,
) => Promise<IpcResult<ResponseOf<C>>> | IpcResult<ResponseOf<C>>;

export interface SenderPolicy {
  /**
   * The id of the main window's webContents, or undefined while there is none. Only that one: the
   * presenter window reads IndexedDB itself and needs no IPC, so it is refused like any stranger.
   */
  ownWebContentsId(): number | undefined;
  isAppUrl(url: string): boolean;
}

/** Only the main frame of our main window, showing our own origin, may call main. */
export function createSenderCheck(policy: SenderPolicy): (event: InvokeEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    const ownId = policy.ownWebContentsId();
    if (ownId === undefined || event.sender.id !== ownId) return false;
    return policy.isAppUrl(frame.url);
  };
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(request)'}: ${issue.message}`)
    .join('; ');
}

export interface IpcRegistrar<E extends InvokeEventLike> {
  handle<C extends InvokeChannel>(channel: C, handler: Handler<C, E>): void;
}

/**
 * The one way main answers the renderer: sender check, then the channel's zod schema, then the
 * handler; every outcome, thrown errors included, comes back as an IpcResult.
 */
export function createIpcRegistrar<E extends InvokeEventLike>(deps: {
  ipcMain: IpcMainLike<E>;
  isTrustedSender: (event: E) => boolean;
  onInternalError?: (channel: InvokeChannel, error: unknown) => void;
}): IpcRegistrar<E> {
  return {
    handle(channel, handler) {
      deps.ipcMain.handle(channel, async (event, payload): Promise<IpcResult<unknown>> => {
        if (!deps.isTrustedSender(event)) return fail('forbidden-sender', `${channel}: sender is not the app window`);
        const parsed = invokeContract[channel].request.safeParse(payload);
        if (!parsed.success) return fail('bad-request', `${channel}: ${describeIssues(parsed.error.issues)}`);
        try {
          return await handler(parsed.data as RequestOf<typeof channel>, event);
        } catch (error) {
          deps.onInternalError?.(channel, error);
          return fail('internal', `${channel} failed`);
        }
      });
    },
  };
}

/** The app's registrar over the real ipcMain. */
export function createAppIpc(policy: SenderPolicy): IpcRegistrar<IpcMainInvokeEvent> {
  return createIpcRegistrar<IpcMainInvokeEvent>({
    ipcMain,
    isTrustedSender: createSenderCheck(policy),
    onInternalError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
  });
}
