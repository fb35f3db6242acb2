import { plainRuns } from '../../src/query/rich-text.ts';
import { SlashCommandBuilder } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import type { BotCommand, CommandContext } from '../../src/bot/command.ts';
import { runAutocomplete, runCommand } from '../../src/bot/dispatch.ts';
import { optionsFrom } from '../../src/console/parse-command-line.ts';
import { renderEmbedPages } from '../../src/render/discord-render.ts';
import { testApp } from '../helpers/app.ts';

const app = await testApp();

function ctxWithLog(locale = 'en-US') {
  const error = vi.fn();
  const log = { info: vi.fn(), warn: vi.fn(), debug: vi.fn(), error, child: vi.fn() } as unknown as CommandContext['log'];
  return { ctx: { ...app.context({ locale, userId: '1', guildId: '2', channelId: '3' }), log }, error };
}

const exploding: BotCommand = {
  data: new SlashCommandBuilder().setName('boom').setDescription('always fails'),
  execute: () => {
    throw new Error('database on fire at /secret/path.ts:12');
  },
  autocomplete: () => {
    throw new Error('nope');
  },
};

describe('GIVEN a handler that throws', () => {
  it('THEN the user gets a short apology with an error id, no stack trace, and the error is logged', async () => {
    const { ctx, error } = ctxWithLog();
    const reply = await runCommand(exploding, ctx, optionsFrom({}, null));
    expect(reply.failed).toBe(true);
    expect(reply.ephemeral).toBe(true);
    const shown = JSON.stringify(renderEmbedPages(reply.view));
    const id = /E-[2-9A-Z]{6}/.exec(shown)?.[0];
    expect(id).toBeDefined();
    expect(shown).not.toContain('database on fire');
    expect(shown).not.toContain('.ts:');
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ errorId: id, command: 'boom', userId: '1' }), 'command failed');
  });

  it('THEN the apology is in Chinese for a Chinese locale', async () => {
    const { ctx } = ctxWithLog('zh-CN');
    const reply = await runCommand(exploding, ctx, optionsFrom({}, null));
    expect(reply.view.title).toMatch(/抱歉/);
  });

  it('THEN a failing autocomplete answers with no choices instead of crashing', () => {
    const { ctx, error } = ctxWithLog();
    expect(runAutocomplete(exploding, ctx, { name: 'x', value: '' }, optionsFrom({}, null))).toEqual([]);
    expect(error).toHaveBeenCalled();
  });
});

describe('GIVEN the real commands', () => {
  it('THEN autocomplete returns at most 25 choices with valid lengths for every option', () => {
    const { ctx } = ctxWithLog();
    for (const command of app.commands.values()) {
      const json = command.data.toJSON();
      const options = (json.options ?? []).flatMap((o) => ('options' in o && o.options ? o.options : [o]));
      for (const o of options.filter((o) => 'autocomplete' in o && o.autocomplete)) {
        for (const typed of ['', 'a', 'zz', '领', 'x'.repeat(100)]) {
          const choices = runAutocomplete(command, ctx, { name: o.name, value: typed }, optionsFrom({}, null));
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThan(0);
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
        }
      }
    }
  });

  it('THEN an unknown topic gets a friendly message with the closest suggestions', async () => {
    const { ctx } = ctxWithLog();
    const reply = await runCommand(app.commands.get('brief')!, ctx, optionsFrom({ topic: 'teritorry dispute' }, null));
    expect(reply.failed).toBe(true);
    expect(plainRuns(reply.view.title)).toContain('teritorry dispute');
    expect(JSON.stringify(reply.view.blocks)).toContain('territory');
  });
});
