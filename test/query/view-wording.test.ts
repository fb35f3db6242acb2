import { plainRuns } from '../../src/query/rich-text.ts';
/**
 * Wording glitches in views as a reader saw them: a relation read backwards, a section shown as a warning,
 * a heading repeated under the same title, sentences glued with ".;".
 */
import { describe, expect, it } from 'vitest';
import { briefingItems } from '../../src/briefing/items.ts';
import { BriefingRegistry } from '../../src/briefing/registry.ts';
import { createQaEngine } from '../../src/qa/engine.ts';
import { actorView } from '../../src/query/actor-view.ts';
import { risksView, timelineView } from '../../src/query/list-views.ts';
import { topicOrThrow, topicView } from '../../src/query/topic-view.ts';
import { renderConsole } from '../../src/render/console-render.ts';

const b = BriefingRegistry.fromDir().default;
const actor = (id: string) => b.actors.find((a) => a.id === id)!;
const texts = (view: ReturnType<typeof actorView>) => view.blocks.flatMap((block) => block.statements.map((s) => plainRuns(s.text)));

describe('GIVEN an actor who drafted a plan', () => {
  it('THEN the actor page says what they did to it, in both languages', () => {
    expect(texts(actorView(b, actor('witkoff'), 'en'))).toContain('Drafted the 28-point plan');
    expect(texts(actorView(b, actor('witkoff'), 'zh'))).toContain('起草了28点计划');
    const all = [...texts(actorView(b, actor('witkoff'), 'en')), ...texts(actorView(b, actor('kushner'), 'en'))];
    expect(all.filter((t) => /^(Drafted|Published) by: /.test(t))).toEqual([]);
  });
});

describe('GIVEN the risks and the timeline', () => {
  it('THEN /risks is a section, not a warning: no ⚠ on its title in the console', () => {
    for (const lang of ['en', 'zh'] as const) {
      const view = risksView(b, lang);
      expect(view.tone).toBe('info');
      expect(renderConsole(view).split('\n')[0]).toBe(lang === 'en' ? 'Risks, ranked' : '风险（按严重程度）');
    }
  });

  it('THEN the timeline heading is not repeated under a title that already says it', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const view of [timelineView(b, lang), topicView(b, topicOrThrow(b, 'timeline'), lang)]) {
        expect(view.blocks.map((block) => block.heading)).not.toContain(view.title);
      }
    }
    const text = renderConsole(timelineView(b, 'en'));
    expect(text.match(/Timeline/g)).toHaveLength(1);
    expect(text).toContain('▸ Events, oldest first');
  });
});

describe('GIVEN a risk with several drivers, as /ask quotes it', () => {
  it('THEN its drivers read as sentences, never joined by ".;"', () => {
    const risks = briefingItems(b).filter((i) => i.kind === 'risk');
    expect(risks.length).toBeGreaterThan(0);
    for (const r of risks) {
      expect(r.text.en).not.toMatch(/\.;|;;/);
      expect(r.text.zh).not.toMatch(/。；/);
    }
    const answer = createQaEngine(b).ask('what are the risks of a vague US guarantee and wavering European allies', { locale: 'en-US' });
    expect(answer.answers.map((a) => a.text).join('\n')).not.toContain('.;');
  });
});

describe('GIVEN an actor whose name already glosses its role', () => {
  it('THEN the gloss is not repeated beside the name', () => {
    const rada = actor('ukrainian-parliament');
    for (const lang of ['en', 'zh'] as const) {
      expect(rada.name[lang]).toContain(rada.role[lang]);
      const page = actorView(b, rada, lang);
      expect(page.title).toBe(rada.name[lang]);
      expect(page.headline).toBeUndefined();
      const directory = renderConsole(topicView(b, topicOrThrow(b, 'actors'), lang));
      expect(directory).toContain(rada.name[lang]);
      expect(directory).not.toContain(`${rada.name[lang]}: ${rada.role[lang]}`);
    }
    // Others keep their role.
    expect(actorView(b, actor('rubio'), 'en').headline).toBe('US Secretary of State');
  });
});
