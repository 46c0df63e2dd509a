/** `npm run golden`: records the golden snapshot (test/golden/findings.jsonl) from the current checker. */
import * as fs from 'node:fs';
import { collect, serialize, SNAPSHOT } from './collect';

const lines = collect();
fs.writeFileSync(SNAPSHOT, serialize(lines));
console.log(`golden snapshot: ${lines.length} lines written to ${SNAPSHOT}`);
