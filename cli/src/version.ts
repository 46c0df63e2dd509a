/**
 * The package version. The build embeds it in the CLI bundles; compiled without the bundler
 * (tests of out/), it is read from the repository's package.json.
 */
import * as fs from 'fs';
import * as path from 'path';

declare const __COPYDESK_VERSION__: string | undefined;

export function version(): string {
  if (typeof __COPYDESK_VERSION__ !== 'undefined') return __COPYDESK_VERSION__;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) return '0.0.0';
  }
}
