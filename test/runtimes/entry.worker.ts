/**
 * The conformance suite's entry on Cloudflare's workerd: a module Worker whose `POST /conformance`
 * (body `{ control, prefix }`) runs the suite against the simulator process and answers the results,
 * whose `POST /specs` runs the marble specs, and whose `GET /env` says what the runtime is.
 */
import { runConformance, runtimeEnv } from './conformance.js';
import { runSpecs } from './specs.js';

export default {
  async fetch(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (path === '/env') return Response.json(runtimeEnv());
    if (path === '/specs') return Response.json(await runSpecs());
    if (path === '/conformance') {
      const { control, prefix } = (await request.json()) as { control: string; prefix: string };
      return Response.json(await runConformance({ control, prefix }));
    }
    return new Response('not found', { status: 404 });
  },
};
