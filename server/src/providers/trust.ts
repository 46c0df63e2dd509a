import { CheckOptions } from '../../../checker';

/**
 * What a `.copydesk.json` may change before its folder is trusted: rule severities only. Its
 * substitutions and acronym expansions become text that fixes write into the draft, and its
 * preset and accepted words change what is checked, so they wait for trust. (Workspace
 * *settings* are held back by VS Code itself: `restrictedConfigurations` in package.json.)
 */
export function untrustedProjectOptions(options: CheckOptions): CheckOptions {
  return options.rules ? { rules: { ...options.rules } } : {};
}
