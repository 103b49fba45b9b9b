// Shared by the image export tests (maps, journeys, canvases): a `t` that echoes keys and values,
// so a test sees which message was chosen and with what, and a platform and notices that record.
import type { TFunction } from 'i18next';
import type { Platform } from '../../renderer/platform';
import type { NoticeApi } from '../../renderer/ui/notices';

export const echoT = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

/** A platform whose saveFile records each request, and notices that record what they show. */
export function exportFakes(saveFile: Platform['saveFile']) {
  const shown: { tone: string; message: string }[] = [];
  const requests: Parameters<Platform['saveFile']>[0][] = [];
  const services = {
    platform: {
      saveFile: (request: Parameters<Platform['saveFile']>[0]) => {
        requests.push(request);
        return saveFile(request);
      },
    } as Platform,
    notices: { show: (n: { tone: string; message: string }) => shown.push(n), dismiss: () => undefined } as NoticeApi,
  };
  return { services, shown, requests };
}
