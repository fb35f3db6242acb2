import { t } from '../i18n/catalogue.ts';
import {
  ApplicationCommandOptionType,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { CommandOptions } from '../bot/command.ts';
import type { Lang } from '../briefing/schema.ts';

export interface ParsedCommandLine {
  options: CommandOptions;
  values: Record<string, string | boolean | number>;
  subcommand: string | null;
}

export class CommandLineError extends Error {}

type Leaf = Exclude<
  APIApplicationCommandOption,
  { type: ApplicationCommandOptionType.Subcommand | ApplicationCommandOptionType.SubcommandGroup }
>;

/**
 * Splits a console line into words. Quotes group words and may start mid-word, as Discord users type
 * options: `question:"who is rubio"` is one word, `question:who is rubio`.
 */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"' || ch === "'") {
      const close = line.indexOf(ch, i + 1);
      if (close > i) {
        word = (word ?? '') + line.slice(i + 1, close);
        i = close;
        continue;
      }
    }
    if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + ch;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * Maps console words onto a slash command's options: `--name value` or `name:value` sets an option, and
 * after `name:value` the following plain words belong to it too (`actor name:marco rubio`), as in Discord.
 * Other plain words fill the first required string option, joined by spaces (so `brief nuclear plant` works).
 * A required string option left out is passed empty, so the command can list its choices (`brief`).
 */
export function parseCommandLine(
  def: RESTPostAPIChatInputApplicationCommandsJSONBody,
  input: readonly string[],
  lang: Lang = 'en',
): ParsedCommandLine {
  const words = [...input];
  let leaves = (def.options ?? []) as APIApplicationCommandOption[];
  let subcommand: string | null = null;
  const subcommands = leaves.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (subcommands.length > 0) {
    const name = words.shift();
    const sub = subcommands.find((s) => s.name === name);
    const names = subcommands.map((s) => s.name).join(', ');
    if (!sub) throw new CommandLineError(t(lang).console.needsSubcommand(def.name, names));
    subcommand = sub.name;
    leaves = ('options' in sub ? sub.options : undefined) ?? [];
  }
  const command = `/${def.name}${subcommand ? ` ${subcommand}` : ''}`;
  const opts = leaves as Leaf[];
  const values: Record<string, string | boolean | number> = {};
  const bare: string[] = [];
  let continuing: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const dashed = /^--([a-z0-9_-]+)(?:=([\s\S]*))?$/.exec(word);
    const keyed = dashed ? null : /^([a-z0-9_-]+):([\s\S]*)$/.exec(word);
    const flag = dashed ?? keyed;
    const option = flag ? opts.find((o) => o.name === flag[1]) : undefined;
    if (!flag || !option) {
      if (word.startsWith('--')) {
        const list = opts.map((o) => `--${o.name}`).join(', ') || t(lang).console.none;
        throw new CommandLineError(t(lang).console.noSuchOption(command, word, list));
      }
      if (continuing !== undefined) values[continuing] = `${values[continuing]} ${word}`.trim();
      else bare.push(word);
      continue;
    }
    continuing = undefined;
    let raw = flag[2];
    if (raw === undefined || (keyed && raw === '')) {
      if (option.type === ApplicationCommandOptionType.Boolean && !/^(true|false|yes|no)$/i.test(words[i + 1] ?? '')) raw = 'true';
      else raw = words[++i];
    }
    if (raw === undefined) throw new CommandLineError(t(lang).console.needsValue(option.name));
    values[option.name] = convert(option, raw, lang);
    if (keyed && option.type === ApplicationCommandOptionType.String) continuing = option.name;
  }
  if (bare.length > 0) {
    const target =
      opts.find((o) => o.type === ApplicationCommandOptionType.String && o.required && values[o.name] === undefined) ??
      opts.find((o) => o.type === ApplicationCommandOptionType.String && values[o.name] === undefined);
    if (!target) throw new CommandLineError(t(lang).console.unexpectedWords(bare.join(' ')));
    values[target.name] = bare.join(' ');
  }
  const missing = opts.filter((o) => o.required && values[o.name] === undefined);
  if (missing.some((o) => o.type !== ApplicationCommandOptionType.String)) {
    const names = missing.map((o) => `--${o.name}`).join(', ');
    throw new CommandLineError(t(lang).console.needs(command, names));
  }
  for (const o of missing) values[o.name] = '';
  return { options: optionsFrom(values, subcommand), values, subcommand };
}

function convert(option: Leaf, raw: string, lang: Lang): string | boolean | number {
  const choices = 'choices' in option ? option.choices : undefined;
  if (choices && choices.length > 0 && !choices.some((c) => String(c.value) === raw)) {
    const list = choices.map((c) => c.value).join(', ');
    throw new CommandLineError(t(lang).console.oneOf(option.name, list));
  }
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean:
      if (/^(true|yes)$/i.test(raw)) return true;
      if (/^(false|no)$/i.test(raw)) return false;
      throw new CommandLineError(t(lang).console.boolean(option.name));
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const n = /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
      if (!Number.isFinite(n) || (option.type === ApplicationCommandOptionType.Integer && !Number.isInteger(n)))
        throw new CommandLineError(t(lang).console.number(option.name));
      const min = 'min_value' in option ? option.min_value : undefined;
      const max = 'max_value' in option ? option.max_value : undefined;
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
        throw new CommandLineError(t(lang).console.between(option.name, String(min ?? '-∞'), String(max ?? '∞')));
      }
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
