/** ANSI colour, on only for a terminal; `NO_COLOR` turns it off and `FORCE_COLOR` (not `0`) on, as most CLIs do. */

export function wantsColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

export type Paint = (code: string, s: string) => string;

export const CODES = { bold: '1', dim: '2', red: '31', yellow: '33', blue: '34', cyan: '36', green: '32' } as const;

export function painter(on: boolean): (style: keyof typeof CODES, s: string) => string {
  return on ? (style, s) => `\u001b[${CODES[style]}m${s}\u001b[0m` : (_style, s) => s;
}
