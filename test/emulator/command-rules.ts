import type { Issue } from './errors.ts';

type Obj = Record<string, unknown>;
type Path = (string | number)[];

export const VALID_LOCALES: ReadonlySet<string> = new Set([
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
]);

const CHAT_INPUT_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const STRING = 3;
const INTEGER = 4;
const NUMBER = 10;
const CHANNEL = 7;
const MAX_TOTAL_CHARS = 8000;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const chars = (v: unknown): number => (typeof v === 'string' ? [...v].length : typeof v === 'number' ? String(v).length : 0);

class Checker {
  readonly issues: Issue[] = [];
  add(path: Path, code: string, message: string): void {
    this.issues.push({ path, code, message });
  }

  /** Chat-input (and option) names: the documented regex, and no characters that have a lowercase variant. */
  chatInputName(path: Path, name: unknown): void {
    if (typeof name !== 'string' || !CHAT_INPUT_NAME.test(name)) {
      this.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid: ${JSON.stringify(name)}`);
    } else if (name !== name.toLowerCase()) {
      this.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name must be lowercase: ${JSON.stringify(name)}`);
    }
  }

  contextMenuName(path: Path, name: unknown): void {
    const n = chars(name);
    if (typeof name !== 'string' || n < 1 || n > 32) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
    }
  }

  description(path: Path, value: unknown): void {
    const n = chars(value);
    if (typeof value !== 'string' || n < 1 || n > 100) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
  }

  localizations(path: Path, value: unknown, check: (p: Path, v: unknown) => void): void {
    if (value === undefined || value === null) return;
    if (!isObj(value)) {
      this.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    for (const [locale, text] of Object.entries(value)) {
      if (!VALID_LOCALES.has(locale)) {
        this.add([...path, locale], 'ENUM_TYPE_COERCE', `Value "${locale}" is not a valid enum value.`);
        continue;
      }
      if (text !== null) check([...path, locale], text);
    }
  }
}

/** Longest of the default value and its localizations, per Discord's size-limit rule. */
function longest(value: unknown, localizations: unknown): number {
  let max = chars(value);
  if (isObj(localizations)) for (const v of Object.values(localizations)) max = Math.max(max, chars(v));
  return max;
}

function checkChoices(c: Checker, path: Path, opt: Obj): number {
  let total = 0;
  if (opt.choices === undefined || opt.choices === null) return 0;
  if (![STRING, INTEGER, NUMBER].includes(opt.type as number)) {
    c.add(
      [...path, 'choices'],
      'APPLICATION_COMMAND_OPTION_CHOICES_NOT_ALLOWED',
      'Choices are only allowed for string, integer and number options.',
    );
    return 0;
  }
  const choices = Array.isArray(opt.choices) ? opt.choices : [];
  if (choices.length > 25) c.add([...path, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  if (choices.length > 0 && opt.autocomplete === true) {
    c.add(
      [...path, 'autocomplete'],
      'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_AND_CHOICES',
      'Autocomplete and choices are mutually exclusive.',
    );
  }
  choices.forEach((choice: unknown, i) => {
    const cp = [...path, 'choices', i];
    const ch = isObj(choice) ? choice : {};
    const nameLen = chars(ch.name);
    if (typeof ch.name !== 'string' || nameLen < 1 || nameLen > 100)
      c.add([...cp, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    c.localizations([...cp, 'name_localizations'], ch.name_localizations, (p, v) => {
      const n = chars(v);
      if (typeof v !== 'string' || n < 1 || n > 100) c.add(p, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    });
    if (opt.type === STRING) {
      if (typeof ch.value !== 'string' || chars(ch.value) > 100)
        c.add([...cp, 'value'], 'BASE_TYPE_MAX_LENGTH', 'Must be a string of 100 or fewer in length.');
    } else if (opt.type === INTEGER) {
      if (!Number.isSafeInteger(ch.value)) c.add([...cp, 'value'], 'NUMBER_TYPE_COERCE', `Value "${String(ch.value)}" is not int.`);
    } else if (typeof ch.value !== 'number' || !Number.isFinite(ch.value)) {
      c.add([...cp, 'value'], 'NUMBER_TYPE_COERCE', `Value "${String(ch.value)}" is not a valid number.`);
    }
    total += longest(ch.name, ch.name_localizations) + chars(ch.value);
  });
  return total;
}

/** Checks an options array at a given nesting depth (0 = command, 1 = subcommand or group, 2 = subcommand in a group). */
function checkOptions(c: Checker, path: Path, options: unknown, depth: number, parentType: number | null): number {
  if (options === undefined || options === null) return 0;
  if (!Array.isArray(options)) {
    c.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return 0;
  }
  if (options.length > 25) c.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let total = 0;
  let sawOptional = false;
  const names = new Set<string>();
  const isSub = (o: unknown) => isObj(o) && (o.type === SUB_COMMAND || o.type === SUB_COMMAND_GROUP);
  const subCount = options.filter(isSub).length;
  if (subCount > 0 && subCount < options.length) {
    c.add(
      path,
      'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
      'Sub-command and sub-command group option types are mutually exclusive to all other types',
    );
  }
  options.forEach((raw: unknown, i) => {
    const p = [...path, i];
    if (!isObj(raw)) {
      c.add(p, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    const type = raw.type;
    if (typeof type !== 'number' || !Number.isInteger(type) || type < 1 || type > 11) {
      c.add([...p, 'type'], 'ENUM_TYPE_COERCE', `Value "${String(type)}" is not a valid enum value.`);
    }
    if (type === SUB_COMMAND_GROUP && depth !== 0) {
      c.add([...p, 'type'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Sub-command groups can only be nested at the top level.');
    }
    if (type === SUB_COMMAND && depth > 0 && parentType !== SUB_COMMAND_GROUP) {
      c.add(
        [...p, 'type'],
        'APPLICATION_COMMAND_OPTION_TYPE_INVALID',
        'Sub-commands can only be nested in a command or sub-command group.',
      );
    }
    if (parentType === SUB_COMMAND_GROUP && type !== SUB_COMMAND) {
      c.add([...p, 'type'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Sub-command groups may only contain sub-commands.');
    }
    c.chatInputName([...p, 'name'], raw.name);
    c.localizations([...p, 'name_localizations'], raw.name_localizations, (lp, v) => c.chatInputName(lp, v));
    if (typeof raw.name === 'string') {
      if (names.has(raw.name)) c.add([...p, 'name'], 'APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS', 'Option names must be unique.');
      names.add(raw.name);
    }
    c.description([...p, 'description'], raw.description);
    c.localizations([...p, 'description_localizations'], raw.description_localizations, (lp, v) => c.description(lp, v));
    total += longest(raw.name, raw.name_localizations) + longest(raw.description, raw.description_localizations);

    if (type !== SUB_COMMAND && type !== SUB_COMMAND_GROUP) {
      if (raw.required === true && sawOptional) {
        c.add(
          [...p, 'required'],
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
      if (raw.required !== true) sawOptional = true;
      total += checkChoices(c, p, raw);
      if ((raw.min_value !== undefined || raw.max_value !== undefined) && type !== INTEGER && type !== NUMBER) {
        c.add([...p, 'min_value'], 'APPLICATION_COMMAND_OPTION_INVALID', 'min_value/max_value only apply to integer and number options.');
      }
      if ((raw.min_length !== undefined || raw.max_length !== undefined) && type !== STRING) {
        c.add([...p, 'min_length'], 'APPLICATION_COMMAND_OPTION_INVALID', 'min_length/max_length only apply to string options.');
      }
      if (
        raw.min_length !== undefined &&
        !(Number.isInteger(raw.min_length) && (raw.min_length as number) >= 0 && (raw.min_length as number) <= 6000)
      ) {
        c.add([...p, 'min_length'], 'NUMBER_TYPE_MAX', 'Must be between 0 and 6000.');
      }
      if (
        raw.max_length !== undefined &&
        !(Number.isInteger(raw.max_length) && (raw.max_length as number) >= 1 && (raw.max_length as number) <= 6000)
      ) {
        c.add([...p, 'max_length'], 'NUMBER_TYPE_MAX', 'Must be between 1 and 6000.');
      }
      if (raw.autocomplete === true && ![STRING, INTEGER, NUMBER].includes(type as number)) {
        c.add(
          [...p, 'autocomplete'],
          'APPLICATION_COMMAND_OPTION_INVALID',
          'Autocomplete is only allowed for string, integer and number options.',
        );
      }
      if (raw.channel_types !== undefined && type !== CHANNEL) {
        c.add([...p, 'channel_types'], 'APPLICATION_COMMAND_OPTION_INVALID', 'channel_types only applies to channel options.');
      }
      if (raw.options !== undefined)
        c.add([...p, 'options'], 'APPLICATION_COMMAND_OPTION_INVALID', 'Only sub-commands and groups can have options.');
    } else {
      if (type === SUB_COMMAND_GROUP && (!Array.isArray(raw.options) || raw.options.length === 0)) {
        c.add([...p, 'options'], 'BASE_TYPE_REQUIRED', 'Sub-command groups must contain at least one sub-command.');
      }
      total += checkOptions(c, [...p, 'options'], raw.options, depth + 1, type);
    }
  });
  return total;
}

function checkCommand(c: Checker, def: unknown, index: number): void {
  const path: Path = [index];
  if (!isObj(def)) {
    c.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return;
  }
  const type = def.type ?? 1;
  if (type !== 1 && type !== 2 && type !== 3 && type !== 4) {
    c.add([...path, 'type'], 'ENUM_TYPE_COERCE', `Value "${String(type)}" is not a valid enum value.`);
    return;
  }
  if (type === 1) {
    c.chatInputName([...path, 'name'], def.name);
    c.localizations([...path, 'name_localizations'], def.name_localizations, (p, v) => c.chatInputName(p, v));
    c.description([...path, 'description'], def.description);
    c.localizations([...path, 'description_localizations'], def.description_localizations, (p, v) => c.description(p, v));
    let total = longest(def.name, def.name_localizations) + longest(def.description, def.description_localizations);
    total += checkOptions(c, [...path, 'options'], def.options, 0, null);
    if (total > MAX_TOTAL_CHARS) {
      c.add(path, 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${MAX_TOTAL_CHARS})`);
    }
  } else {
    c.contextMenuName([...path, 'name'], def.name);
    c.localizations([...path, 'name_localizations'], def.name_localizations, (p, v) => c.contextMenuName(p, v));
    if (typeof def.description === 'string' && def.description !== '') {
      c.add([...path, 'description'], 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', 'Context menu commands cannot have a description.');
    }
    if (def.options !== undefined && def.options !== null && !(Array.isArray(def.options) && def.options.length === 0)) {
      c.add([...path, 'options'], 'APPLICATION_COMMAND_OPTIONS_INVALID', 'Context menu commands cannot have options.');
    }
  }
  if (def.default_member_permissions !== undefined && def.default_member_permissions !== null) {
    if (typeof def.default_member_permissions !== 'string' || !/^\d+$/.test(def.default_member_permissions)) {
      c.add([...path, 'default_member_permissions'], 'BASE_TYPE_STRING', 'Must be a permission bitfield string.');
    }
  }
}

/** Structured issues for a bulk-overwrite body (paths start with the command index). */
export function collectCommandIssues(defs: unknown): Issue[] {
  const c = new Checker();
  if (!Array.isArray(defs)) {
    c.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return c.issues;
  }
  defs.forEach((d, i) => checkCommand(c, d, i));
  const seen = new Map<string, number>();
  const perType = new Map<number, number>();
  defs.forEach((d, i) => {
    if (!isObj(d) || typeof d.name !== 'string') return;
    const type = typeof d.type === 'number' ? d.type : 1;
    const key = `${type}:${d.name}`;
    if (seen.has(key)) c.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique: ${d.name}`);
    seen.set(key, i);
    perType.set(type, (perType.get(type) ?? 0) + 1);
  });
  if ((perType.get(1) ?? 0) > 100) c.add([], 'APPLICATION_COMMAND_LIMIT', 'Maximum number of chat input commands reached (100)');
  if ((perType.get(2) ?? 0) > 15 || (perType.get(3) ?? 0) > 15)
    c.add([], 'APPLICATION_COMMAND_LIMIT', 'Maximum number of context menu commands reached (15)');
  return c.issues;
}

/** Pure validator: one human-readable line per problem (`path: message`), empty when the definitions are valid. */
export function validateCommandDefinitions(defs: unknown): string[] {
  return collectCommandIssues(defs).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}
