#!/usr/bin/env node
// Writes the per-rule entries of the `copydesk.rules` setting (package.json) and of the project
// file's `rules` key (schemas/copydesk.schema.json) from the rule registry, so that the Settings
// editor offers every rule by name, with its description and a severity dropdown, and `.copydesk.json`
// completes and explains every rule id. test/unit/rule-settings.test.ts fails when they are out of
// step with the registry (a rule added, renamed or redescribed): run `npm run compile && node scripts/rule-settings.js`.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
/** @type {{ RULES: Array<{ id: string, family: string, description: string, defaultSeverity: string }>, FAMILY_NAMES: Record<string, string> }} */
const checker = require(path.join(root, 'out', 'checker'));
/** @type {{ SEVERITIES: readonly string[] }} */
const { SEVERITIES } = require(path.join(root, 'out', 'protocol', 'settings'));

const SEVERITY_WORDS = {
  off: 'Off: not checked.',
  hint: 'Hint: dotted underline, not in the Problems panel.',
  information: 'Note: shown in the Problems panel as information.',
  warning: 'Warning.',
  error: 'Error.',
};

/** The per-rule and per-family entries, families first (a family entry sets all its rules at once). */
function ruleProperties() {
  /** @type {Record<string, unknown>} */
  const out = {};
  const families = [...new Set(checker.RULES.map((r) => r.family))].sort();
  const entry = (/** @type {string} */ description) => ({
    type: 'string',
    enum: [...SEVERITIES],
    enumDescriptions: SEVERITIES.map((s) => /** @type {Record<string, string>} */ (SEVERITY_WORDS)[s]),
    description,
  });
  for (const family of families) {
    out[family] = entry(`${checker.FAMILY_NAMES[family]}: every rule of this family at once.`);
  }
  for (const rule of [...checker.RULES].sort((a, b) => a.id.localeCompare(b.id))) {
    out[rule.id] = entry(`${checker.FAMILY_NAMES[rule.family]}: ${rule.description} (Default: ${rule.defaultSeverity}, unless the house style changes it.)`);
  }
  return out;
}

function write(/** @type {string} */ file, /** @type {(json: any) => void} */ change) {
  const full = path.join(root, file);
  const json = JSON.parse(fs.readFileSync(full, 'utf8'));
  change(json);
  fs.writeFileSync(full, JSON.stringify(json, null, 2) + '\n');
}

if (require.main === module) {
  const properties = ruleProperties();
  write('package.json', (m) => {
    m.contributes.configuration.properties['copydesk.rules'].properties = properties;
  });
  write('schemas/copydesk.schema.json', (s) => {
    s.properties.rules.properties = properties;
  });
  console.log(`rule settings: ${Object.keys(properties).length} entries written to package.json and schemas/copydesk.schema.json`);
}

module.exports = { ruleProperties };
