/**
 * The settings table (protocol/settings.ts) is the one definition of each setting's name, type and
 * default; what else states them is checked against it here, field by field.
 *
 * package.json's `contributes.configuration` and schemas/copydesk.schema.json are hand-written and
 * checked, not generated: they carry the descriptions users read in the Settings editor and on
 * hover in `.copydesk.json` (different wording for each), which read best as the JSON VS Code
 * gets; a generator would turn them into build output that looks hand-editable. A setting added
 * to the table and not to package.json, a default or type changed on one side only, or a sanitizer
 * that does not know a setting fails below, naming the setting and the field.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseConfig, PRESETS, resolveOptions, SeveritySetting } from '../../checker';
import { DEFAULT_SETTINGS, PRESET_NAMES, PROJECT_ONLY_KEYS, SERVER_SETTINGS, SETTINGS, SEVERITIES, ValueSchema } from '../../protocol/settings';
import { sanitizeSettings } from '../../server/src/providers/sanitize';
import { checkOptions } from '../../server/src/providers/settings';

const REPO = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string): any => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8'));
const manifest = readJson('package.json');
const contributed: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;
const projectSchema = readJson('schemas/copydesk.schema.json');

/** Documentation and layout keywords: what package.json and the schema file own, not the table. */
const DOC_KEYWORDS = new Set(['description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'order', 'scope', 'default']);

/** A schema fragment without its documentation, recursively: the types and constraints. */
function types(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(types);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([k]) => !DOC_KEYWORDS.has(k))
      .map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, types(s)])) : types(v)]),
  );
}

/** The rules setting's per-rule entries are generated from the registry and checked against it (rule-settings.test.ts), not the table. */
function withoutRuleList(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null || !('properties' in schema) || !('additionalProperties' in schema)) return schema;
  const rest: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
  delete rest.properties;
  return rest;
}

/** Whether `value` has one of the schema's types (the subset of JSON Schema the table uses). */
function hasType(value: unknown, schema: ValueSchema): boolean {
  const wanted = ([] as unknown[]).concat(schema.type);
  const actual =
    value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value === 'number' ? 'number' : typeof value;
  return wanted.includes(actual) || (actual === 'integer' && wanted.includes('number'));
}

/** Whether `value` satisfies the schema's type, enum, minimum, items and map values. */
function conforms(value: unknown, schema: ValueSchema): boolean {
  if (!hasType(value, schema)) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof schema.minimum === 'number' && typeof value === 'number' && value < schema.minimum) return false;
  if (Array.isArray(value) && schema.items) return value.every((v) => conforms(v, schema.items as ValueSchema));
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (typeof schema.additionalProperties === 'object') return entries.every(([, v]) => conforms(v, schema.additionalProperties as ValueSchema));
  }
  return true;
}

/**
 * Values the schema rejects: one of each other type, and a list or map with one entry of another
 * type. A validator must name the setting for each and keep what the default would give.
 */
function wrongValues(schema: ValueSchema): unknown[] {
  const others: unknown[] = [true, 'text', 2.5, [7], { key: 7 }].filter((v) => !hasType(v, schema));
  assert.ok(others.length > 0, `no value of another type than ${JSON.stringify(schema.type)}`);
  if (typeof schema.items === 'object') others.push([wrongValues(schema.items as ValueSchema)[0]]);
  if (typeof schema.additionalProperties === 'object') others.push({ key: wrongValues(schema.additionalProperties as ValueSchema)[0] });
  return others;
}

describe('settings table: package.json contributes.configuration', () => {
  it('declares exactly the settings of the table', () => {
    const declared = Object.keys(contributed).map((k) => k.replace(/^copydesk\./, ''));
    const table = Object.keys(SETTINGS);
    assert.deepStrictEqual(
      { missingFromPackageJson: table.filter((n) => !declared.includes(n)), notInTable: declared.filter((n) => !table.includes(n)) },
      { missingFromPackageJson: [], notInTable: [] },
    );
  });

  for (const [name, s] of Object.entries(SETTINGS)) {
    describe(`copydesk.${name}`, () => {
      const declared = (): Record<string, unknown> => contributed[`copydesk.${name}`] ?? assert.fail(`copydesk.${name} is not in package.json`);
      it('has the table default', () => assert.deepStrictEqual(declared().default, s.default));
      it('has the table type (types, enums, items and constraints)', () => assert.deepStrictEqual(types(withoutRuleList(declared())), types(s.schema)));
      it('has the table scope', () => assert.strictEqual(declared().scope, s.scope));
      it('has a description', () => assert.ok(typeof declared().markdownDescription === 'string' || typeof declared().description === 'string'));
      it('its default is a value of its type', () => assert.ok(conforms(s.default, s.schema), JSON.stringify(s.default)));
    });
  }

  it('restricts in untrusted folders exactly the settings the table marks restricted', () => {
    const restricted = Object.entries(SETTINGS)
      .filter(([, s]) => s.restricted)
      .map(([n]) => `copydesk.${n}`);
    assert.deepStrictEqual([...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), restricted.sort());
  });
});

describe('settings table: schemas/copydesk.schema.json (.copydesk.json)', () => {
  const shared = Object.entries(SERVER_SETTINGS).filter(([, s]) => s.projectKey !== undefined) as Array<[string, { projectKey: string; schema: ValueSchema }]>;

  it('has exactly $schema, the project keys of the table and the project-only keys, and no others', () => {
    assert.strictEqual(projectSchema.additionalProperties, false);
    assert.deepStrictEqual(
      Object.keys(projectSchema.properties).sort(),
      ['$schema', ...shared.map(([, s]) => s.projectKey), ...Object.keys(PROJECT_ONLY_KEYS)].sort(),
    );
  });

  for (const [key, schema] of Object.entries(PROJECT_ONLY_KEYS)) {
    it(`"${key}" (project file only) has the table type, and the parser names each value the type rejects`, () => {
      assert.deepStrictEqual(types(projectSchema.properties[key]), types(schema));
      for (const value of wrongValues(schema)) {
        const { problems } = parseConfig(JSON.stringify({ [key]: value }));
        assert.strictEqual(problems.length, 1, `${JSON.stringify(value)}: ${problems.map((p) => p.message).join('\n')}`);
        assert.match(problems[0].message, new RegExp(`^"${key}"`));
      }
    });
  }

  for (const [name, s] of shared) {
    it(`"${s.projectKey}" has the type of copydesk.${name}`, () => assert.deepStrictEqual(types(withoutRuleList(projectSchema.properties[s.projectKey])), types(s.schema)));

    it(`"${s.projectKey}" is a key .copydesk.json's parser knows, and it names each value the type rejects`, () => {
      for (const value of wrongValues(s.schema)) {
        const { problems } = parseConfig(JSON.stringify({ [s.projectKey]: value }));
        assert.strictEqual(problems.length, 1, `${JSON.stringify(value)}: ${problems.map((p) => p.message).join('\n')}`);
        assert.match(problems[0].message, new RegExp(`^"${s.projectKey}"`));
      }
    });
  }

  it('the parser names a key that is in neither', () => {
    assert.match(parseConfig('{ "maxFileSize": 5 }').problems[0]?.message ?? '', /unknown key "maxFileSize"/);
  });
});

describe('settings table: the server sanitizer and the checker', () => {
  for (const [name, s] of Object.entries(SERVER_SETTINGS)) {
    it(`copydesk.${name}: the default is accepted as it is; each value the type rejects is named and the default applies`, () => {
      assert.deepStrictEqual(sanitizeSettings({ [name]: s.default }), { settings: DEFAULT_SETTINGS, problems: [] });
      for (const value of wrongValues(s.schema)) {
        const { settings, problems } = sanitizeSettings({ [name]: value });
        assert.strictEqual(problems.length, 1, `${JSON.stringify(value)}: ${problems.join('\n')}`);
        assert.ok(problems[0].startsWith(`copydesk.${name}`), problems[0]);
        assert.deepStrictEqual(settings, DEFAULT_SETTINGS, JSON.stringify(value));
      }
    });
  }

  it('nothing sent gives every default of the table', () => {
    const defaults = Object.fromEntries(Object.entries(SERVER_SETTINGS).map(([n, s]) => [n, s.default]));
    assert.deepStrictEqual(sanitizeSettings({}), { settings: defaults, problems: [] });
  });

  it('the defaults check a draft as the checker does with no options (the CLI without flags)', () => {
    assert.deepStrictEqual(resolveOptions(checkOptions(DEFAULT_SETTINGS, 'press-release')), resolveOptions({}));
  });

  it('the preset names are the checker presets, in order', () => assert.deepStrictEqual([...PRESET_NAMES], Object.keys(PRESETS)));

  it('the severities are the checker severity settings', () => {
    const checker: Record<SeveritySetting, true> = { off: true, hint: true, information: true, warning: true, error: true };
    assert.deepStrictEqual([...SEVERITIES].sort(), Object.keys(checker).sort());
  });
});
