import { z } from 'zod';

// zod 4 probes `new Function` for speed, which our CSP reports as an eval violation
// (zod#4461). Every schema imports `z` from here so the switch is set before any schema exists.
z.config({ jitless: true });

export { z };
