import { plainRuns } from '../../src/query/rich-text.ts';
import { describe, expect, it, vi } from 'vitest';
import { main as checkBriefings } from '../../src/briefing/check.ts';
import { createQaEngine } from '../../src/qa/engine.ts';
import { run } from '../helpers/app.ts';
import { everyInvocation, expectFitsDiscord } from '../helpers/invocations.ts';
import { SECOND_DIR, secondApp } from './fixture.ts';

const app = await secondApp();
const b = app.briefings.default;

describe('GIVEN a second, fictional briefing with its own topics, actors and three plans', () => {
  it('THEN npm run briefing:check passes on its folder and checks its figures against its own source text', () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    try {
      expect(checkBriefings(SECOND_DIR)).toBe(0);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(
      /quillmouth-barrier-2031\.yaml: OK \(7 actors, 7 sections, 4 sticking points, .*3 plans, .*\); figures checked against the source text/,
    );
  });

  it('THEN it shares no topic, actor or plan id with the Mar-a-Lago briefing', () => {
    const ids = [...b.sections, ...b.stickingPoints, ...b.actors, ...b.plans].map((x) => x.id);
    for (const id of ['territory', 'background', 'actors', 'plans', 'risks', 'timeline', 'outlook', 'trump', 'plan-20'])
      expect(ids).not.toContain(id);
    expect(b.plans).toHaveLength(3);
  });

  const questions = ["how high would the engineers' barrier be", '谁来为防潮闸出钱', 'what is the capital of France'];
  const cases = everyInvocation(b, questions).flatMap(([name, words]) =>
    (['en-US', 'zh-CN'] as const).map((locale) => [`${name} ${words.join(' ')} (${locale})`, name, words, locale] as const),
  );
  it.each(cases)('THEN %s fits every Discord limit', async (_label, name, words, locale) => {
    expectFitsDiscord(await run(app, name, [...words], locale));
  });

  it.each(['en-US', 'zh-CN'])('THEN /plan compare (%s) has a column per plan and its own headline', async (locale) => {
    const lang = locale === 'zh-CN' ? 'zh' : 'en';
    const reply = await run(app, 'plan', ['compare'], locale);
    expect(reply.view.headline).toBe(b.presentation.labels.compareHeadline![lang]);
    expect(reply.view.blocks.map((x) => x.heading)).toEqual(
      b.presentation.compareOrder.map((id) => b.stickingPoints.find((s) => s.id === id)!.title[lang]),
    );
    for (const row of reply.view.blocks) expect(row.statements).toHaveLength(3);
  });

  it('THEN /help and an empty /ask use its own examples', async () => {
    const help = JSON.stringify((await run(app, 'help', [])).view);
    expect(help).toContain('/brief topic:fishing-access');
    expect(help).toContain('“Brannoc” works too');
    expect(help).not.toMatch(/territory|rubio|28-point/);
    const empty = await run(app, 'ask', ['   ']);
    expect(plainRuns(empty.view.headline!)).toContain("how high would the engineers' barrier be");
  });

  it('THEN /brief of its people section groups the deputation under its own label', async () => {
    const reply = await run(app, 'brief', ['who is who'], 'zh-CN');
    expect(reply.view.blocks.map((x) => x.heading)).toContain('3月3日听证会代表团: 渔民协会');
  });
});

describe('GIVEN /ask over the second briefing (createQaEngine, no code for it)', () => {
  const qa = createQaEngine(b);
  it.each([
    ["how high would the engineers' barrier be", 'ep-height'],
    ['who chairs the Fishers Guild', 'actor-vosk'],
    ['how much would the council plan cost', 'fig-council-cost'],
    ['工程师方案造价多少', 'fig-engineers-cost'],
    ['how many homes were damaged in the 2029 flood', 'fig-homes'],
    ['when will the council vote', 'ev-vote'],
  ])('THEN “%s” is answered by %s', (question, id) => {
    const result = qa.ask(question);
    expect(result.status).toBe('answered');
    expect(result.answers.map((a) => a.itemId).slice(0, 3)).toContain(id);
  });

  it('THEN a question it does not cover is refused', () => {
    expect(qa.ask('what is the capital of France').status).toBe('not-covered');
  });
});
