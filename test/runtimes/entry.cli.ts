/**
 * The conformance suite's entry on runtimes with a command line (Node, Bun, Deno):
 * `<runtime> conformance.mjs <control URL> <prefix>` prints an `ENV <json>` line (what the runtime is),
 * one `RESULTS <json>` line, and exits.
 */
import { runConformance, runtimeEnv } from './conformance.js';
import { runSpecs } from './specs.js';

interface Host {
  process?: { argv: string[]; exit(code: number): never };
  Deno?: { args: string[]; exit(code: number): never };
}
const host = globalThis as Host;
const args = host.Deno ? host.Deno.args : host.process!.argv.slice(2);
const [control, prefix, what = 'conformance'] = args;
const exit = (code: number) => (host.Deno ? host.Deno.exit(code) : host.process!.exit(code));

console.log(`ENV ${JSON.stringify(runtimeEnv())}`);
const results = what === 'specs' ? await runSpecs() : await runConformance({ control: control!, prefix: prefix! });
console.log(`RESULTS ${JSON.stringify(results)}`);
exit(0);
