import { plainRuns } from '../../src/query/rich-text.ts';
import { describe, expect, it } from 'vitest';
import { digestMessage } from '../../src/render/digest-payload.ts';
import { run, testApp } from '../helpers/app.ts';

const app = await testApp();
const b = app.briefings.default;
const provision = (id: string) => b.plans.flatMap((p) => p.provisions).find((v) => v.id === id)!;

/** The territorial provisions filed under the ceasefire line and tagged `alsoUnder: [territory]`, and the regions they name. */
const TERRITORIAL = ['p20-contact-line', 'p28-freeze'];
const REGIONS = {
  en: ['Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson'],
  zh: ['顿涅茨克', '卢甘斯克', '扎波罗热', '赫尔松'],
};

describe('GIVEN the territory topic of the Mar-a-Lago briefing', () => {
  it('THEN both provisions are filed under the ceasefire line and tagged for territory', () => {
    for (const id of TERRITORIAL) {
      expect(provision(id).topic).toBe('ceasefire-line');
      expect(provision(id).alsoUnder).toContain('territory');
    }
  });

  it.each([
    ['en-US', 'en'],
    ['zh-CN', 'zh'],
  ] as const)(
    'THEN (%s) /brief territory, /plan compare --topic territory and the territory digest show both provisions and every region they name',
    async (locale, lang) => {
      const brief = JSON.stringify((await run(app, 'brief', ['territory'], locale)).view);
      const compare = (await run(app, 'plan', ['compare', '--topic', 'territory'], locale)).view;
      const digest = JSON.stringify(digestMessage(b, 'territory', lang));
      for (const id of TERRITORIAL) {
        const text = provision(id).text[lang];
        expect(brief).toContain(JSON.stringify(text).slice(1, -1));
        expect(digest).toContain(JSON.stringify(text).slice(1, -1));
      }
      for (const region of REGIONS[lang]) expect(brief).toContain(region);
      // One row, one line per plan: each plan's line holds its own territorial provision.
      expect(compare.blocks).toHaveLength(1);
      const line = (planId: string) => plainRuns(compare.blocks[0]!.statements[b.plans.findIndex((p) => p.id === planId)]!.text);
      expect(line('plan-20')).toContain(provision('p20-contact-line').text[lang]);
      expect(line('plan-28')).toContain(provision('p28-freeze').text[lang]);
    },
  );

  it('THEN the ceasefire-line view still lists them too', async () => {
    const view = JSON.stringify((await run(app, 'brief', ['ceasefire-line'])).view);
    for (const id of TERRITORIAL) expect(view).toContain(JSON.stringify(provision(id).text.en).slice(1, -1));
  });
});

describe('GIVEN a figure a plan proposes', () => {
  it('THEN /figures, /actor for each drafter and /ask all attribute it to the plan', async () => {
    const { BriefingRegistry } = await import('../../src/briefing/registry.ts');
    const { actorView } = await import('../../src/query/actor-view.ts');
    const { createQaEngine } = await import('../../src/qa/engine.ts');
    const b = BriefingRegistry.fromDir().default;
    for (const drafter of ['witkoff', 'kushner']) {
      const view = actorView(b, b.actors.find((a) => a.id === drafter)!, 'en');
      const statements = view.blocks.flatMap((bl) => bl.statements ?? []);
      expect(statements.find((s) => /600,000/.test(plainRuns(s.text)))?.speaker, drafter).toBe('28-point plan');
    }
    const answer = createQaEngine(b)
      .ask('what army cap does the 28-point plan set')
      .answers.find((a) => a.itemId === 'fig-army-28');
    expect(answer?.by).toBe('28-point plan');
  });
});
