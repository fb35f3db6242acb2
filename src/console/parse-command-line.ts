import { ApplicationCommandOptionType, type APIApplicationCommandOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { CommandOptions } from '../bot/command.ts';

export interface ParsedCommandLine {
  options: CommandOptions;
  values: Record<string, string | boolean | number>;
  subcommand: string | null;
}

export class CommandLineError extends Error {}

type Leaf = Exclude<APIApplicationCommandOption, { type: ApplicationCommandOptionType.Subcommand | ApplicationCommandOptionType.SubcommandGroup }>;

/** Splits a console line into words, honouring "double" and 'single' quotes. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) words.push(m[1] ?? m[2] ?? m[3]!);
  return words;
}

/**
 * Maps console words onto a slash command's options: `--name value` (or `name:value`) sets an option;
 * bare words fill the first required string option, joined by spaces (so `brief nuclear plant` works).
 */
export function parseCommandLine(def: RESTPostAPIChatInputApplicationCommandsJSONBody, input: readonly string[]): ParsedCommandLine {
  const words = [...input];
  let leaves = (def.options ?? []) as APIApplicationCommandOption[];
  let subcommand: string | null = null;
  const subcommands = leaves.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (subcommands.length > 0) {
    const name = words.shift();
    const sub = subcommands.find((s) => s.name === name);
    if (!sub) throw new CommandLineError(`/${def.name} needs a subcommand: ${subcommands.map((s) => s.name).join(', ')}`);
    subcommand = sub.name;
    leaves = ('options' in sub ? sub.options : undefined) ?? [];
  }
  const opts = leaves as Leaf[];
  const values: Record<string, string | boolean | number> = {};
  const bare: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const flag = /^--([a-z0-9_-]+)(?:=(.*))?$/.exec(word) ?? /^([a-z0-9_-]+):(.+)$/.exec(word);
    const option = flag ? opts.find((o) => o.name === flag[1]) : undefined;
    if (!flag || !option) {
      if (word.startsWith('--')) throw new CommandLineError(`/${def.name}${subcommand ? ` ${subcommand}` : ''} has no option ${word}; options: ${opts.map((o) => `--${o.name}`).join(', ') || 'none'}`);
      bare.push(word);
      continue;
    }
    let raw = flag[2];
    if (raw === undefined) {
      if (option.type === ApplicationCommandOptionType.Boolean && !/^(true|false|yes|no)$/i.test(words[i + 1] ?? '')) raw = 'true';
      else raw = words[++i];
    }
    if (raw === undefined) throw new CommandLineError(`option --${option.name} needs a value`);
    values[option.name] = convert(option, raw);
  }
  if (bare.length > 0) {
    const target = opts.find((o) => o.type === ApplicationCommandOptionType.String && o.required && values[o.name] === undefined) ?? opts.find((o) => o.type === ApplicationCommandOptionType.String && values[o.name] === undefined);
    if (!target) throw new CommandLineError(`unexpected words: ${bare.join(' ')}`);
    values[target.name] = bare.join(' ');
  }
  const missing = opts.filter((o) => o.required && values[o.name] === undefined).map((o) => o.name);
  if (missing.length > 0) throw new CommandLineError(`/${def.name}${subcommand ? ` ${subcommand}` : ''} needs: ${missing.map((m) => `--${m}`).join(', ')}`);
  return { options: optionsFrom(values, subcommand), values, subcommand };
}

function convert(option: Leaf, raw: string): string | boolean | number {
  const choices = 'choices' in option ? option.choices : undefined;
  if (choices && choices.length > 0 && !choices.some((c) => String(c.value) === raw)) {
    throw new CommandLineError(`--${option.name} must be one of: ${choices.map((c) => c.value).join(', ')}`);
  }
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean:
      if (/^(true|yes)$/i.test(raw)) return true;
      if (/^(false|no)$/i.test(raw)) return false;
      throw new CommandLineError(`--${option.name} must be true or false`);
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const n = Number(raw);
      if (!Number.isFinite(n) || (option.type === ApplicationCommandOptionType.Integer && !Number.isInteger(n))) throw new CommandLineError(`--${option.name} must be a number`);
      const min = 'min_value' in option ? option.min_value : undefined;
      const max = 'max_value' in option ? option.max_value : undefined;
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) throw new CommandLineError(`--${option.name} must be between ${min ?? '-∞'} and ${max ?? '∞'}`);
      return n;
    }
    case ApplicationCommandOptionType.Channel:
      return raw.replace(/^#/, '');
    default:
      return raw;
  }
}

export function optionsFrom(values: Record<string, string | boolean | number>, subcommand: string | null): CommandOptions {
  const get = <T>(name: string, type: string): T | null => (typeof values[name] === type ? (values[name] as T) : null);
  return {
    getString: (name) => get<string>(name, 'string'),
    getBoolean: (name) => get<boolean>(name, 'boolean'),
    getInteger: (name) => get<number>(name, 'number'),
    getChannelId: (name) => get<string>(name, 'string'),
    getSubcommand: () => subcommand,
  };
}
