/**
 * The `copydesk.*` settings, defined once: each one's name, value type (as a JSON Schema
 * fragment), default, scope, and whether an untrusted folder's workspace settings may set it.
 * The TypeScript type and the defaults derive from this table; the server's sanitizer has one
 * validator per entry (server/src/providers/sanitize.ts, the compiler asks for it); package.json's
 * `contributes.configuration` and schemas/copydesk.schema.json are checked against it field by
 * field (test/unit/settings-table.test.ts). No imports: the client, the server and the CLI load it.
 */

/** Rule severities a setting may give, weakest first. */
export const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'] as const;
export type SeverityName = (typeof SEVERITIES)[number];

/** The house style presets (checker/data/presets.ts; a unit test keeps the two in step). */
export const PRESET_NAMES = ['ap', 'dod', 'army', 'navy', 'air-force', 'marine-corps', 'space-force'] as const;

/**
 * Which fixes Fix All applies (checker FixInclude): the errors' and warnings' (the default), or
 * every finding's, hints and information included ("Copydesk: Fix All, Including Suggestions").
 */
export const FIX_INCLUDES = ['errorsAndWarnings', 'all'] as const;
export type FixIncludeName = (typeof FIX_INCLUDES)[number];

export interface Substitution {
  flag?: string;
  pattern?: string;
  suggest: string;
  message?: string;
}

/** A JSON Schema fragment: types and constraints only; descriptions stay in package.json and the schema file. */
export type ValueSchema = { readonly [keyword: string]: unknown };

export interface Setting<T> {
  default: T;
  schema: ValueSchema;
  scope: 'resource' | 'window';
  /** Listed in package.json's `restrictedConfigurations`: VS Code ignores it in workspace settings until the folder is trusted. */
  restricted: boolean;
  /** The `.copydesk.json` key that sets the same thing, if there is one. */
  projectKey?: string;
}

const setting = <T>(s: Setting<T>): Setting<T> => s;

const STRINGS = { type: 'array', items: { type: 'string' } } as const;

/**
 * What the server reads, in the order the sanitizer reports problems. Substitution entries are
 * held to the stricter form both validators agree on (a non-empty flag, a pattern of at most
 * 1,000 characters, no other keys); the sanitizers themselves say why an entry is rejected.
 */
export const SERVER_SETTINGS = {
  enable: setting<boolean>({ default: true, schema: { type: 'boolean' }, scope: 'resource', restricted: false }),
  languages: setting<string[]>({ default: ['press-release', 'plaintext', 'markdown'], schema: STRINGS, scope: 'window', restricted: true }),
  defaultYear: setting<number | null>({ default: null, schema: { type: ['integer', 'null'] }, scope: 'resource', restricted: true }),
  /** The day the release goes out (`YYYY-MM-DD`): what "future" means to the opsec rules when the release gives no date. */
  releaseDate: setting<string | null>({ default: null, schema: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, scope: 'resource', restricted: false }),
  preset: setting<string>({ default: 'ap', schema: { type: 'string', enum: PRESET_NAMES }, scope: 'resource', restricted: true, projectKey: 'extends' }),
  /** Largest draft checked, in megabytes (UTF-8 size); larger files get one notice instead. */
  maxFileSize: setting<number>({ default: 5, schema: { type: 'number', minimum: 0.001 }, scope: 'resource', restricted: true }),
  acronyms: setting<Record<string, string>>({
    default: {},
    schema: { type: 'object', additionalProperties: { type: 'string' } },
    scope: 'resource',
    restricted: true,
    projectKey: 'acronyms',
  }),
  accept: setting<string[]>({ default: [], schema: STRINGS, scope: 'resource', restricted: true, projectKey: 'accept' }),
  substitutions: setting<Substitution[]>({
    default: [],
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['suggest'],
        oneOf: [{ required: ['flag'] }, { required: ['pattern'] }],
        additionalProperties: false,
        properties: {
          flag: { type: 'string', minLength: 1 },
          pattern: { type: 'string', minLength: 1, maxLength: 1000 },
          suggest: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
    scope: 'resource',
    restricted: true,
    projectKey: 'substitutions',
  }),
  rules: setting<Record<string, SeverityName>>({
    default: {},
    schema: { type: 'object', additionalProperties: { type: 'string', enum: SEVERITIES } },
    scope: 'resource',
    restricted: false,
    projectKey: 'rules',
  }),
  /** Read by the server for the editor's own "Fix all" source action, and by the client's Fix All command. */
  'fixAll.include': setting<FixIncludeName>({ default: 'errorsAndWarnings', schema: { type: 'string', enum: FIX_INCLUDES }, scope: 'resource', restricted: false }),
};

/**
 * `.copydesk.json` keys that have no setting: `ignore` names drafts by their path from the project
 * file's folder, which only a project file can do. Types only, as for the settings above.
 */
export const PROJECT_ONLY_KEYS: Readonly<Record<string, ValueSchema>> = {
  ignore: {
    type: 'array',
    items: {
      type: 'object',
      required: ['file', 'rule', 'text'],
      additionalProperties: false,
      properties: { file: { type: 'string', minLength: 1 }, rule: { type: 'string' }, text: { type: 'string' } },
    },
  },
};

/** What only the client reads. */
export const CLIENT_SETTINGS = {
  'fixAll.preview': setting<boolean>({ default: true, schema: { type: 'boolean' }, scope: 'resource', restricted: false }),
};

/** Every setting, by its name after `copydesk.`. */
export const SETTINGS: Readonly<Record<string, Setting<unknown>>> = { ...SERVER_SETTINGS, ...CLIENT_SETTINGS };

type ServerTable = typeof SERVER_SETTINGS;
export type CopydeskSettings = { [K in keyof ServerTable]: ServerTable[K] extends Setting<infer T> ? T : never };

/** A fresh copy of every server setting's default (callers may change it). */
export function defaultSettings(): CopydeskSettings {
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(SERVER_SETTINGS)) out[name] = structuredClone(s.default);
  return out as CopydeskSettings;
}

export const DEFAULT_SETTINGS: CopydeskSettings = defaultSettings();
export const DEFAULT_LANGUAGES: string[] = SERVER_SETTINGS.languages.default;
