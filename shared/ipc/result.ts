/** What every IPC handler returns: errors travel as data, never as thrown exceptions. */
export type IpcError = { code: IpcErrorCode; message: string };
export type IpcErrorCode = 'bad-request' | 'forbidden-sender' | 'io' | 'too-large' | 'internal';
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
});
