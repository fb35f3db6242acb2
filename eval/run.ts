/**
 * `npm run eval`: /ask quality on the blind sets (dev half to tune on, sealed half to report) and
 * on the regression set. Exits 1 when the sealed half misses a target.
 *
 *   npm run eval                   # every report: dev sets, validation set (totals only), sealed half, regression set
 *   npm run eval -- --misses       # plus the dev half's misses (tune on these)
 *   npm run eval -- --misses=sealed   # plus the sealed half's misses: for the closing report only, never for tuning
 */
import { fileURLToPath } from 'node:url';
import { BriefingRegistry } from '../src/briefing/registry.ts';
import { createQaEngine } from '../src/qa/engine.ts';
import { blindTargetFailures, evaluateBlind, formatBlindMisses, formatBlindReport, loadBlindSet } from './blind.ts';
import { evaluate, formatReport, loadEvalSet } from './regression.ts';

const blindFile = (half: string) => fileURLToPath(new URL(`../test/qa/blind/${half}.yaml`, import.meta.url));

const args = process.argv.slice(2);
const briefing = BriefingRegistry.fromDir().default;
const engine = createQaEngine(briefing);
/** Every blind set in the order printed, with its role (see README, "How /ask decides"). */
const SETS = [
  ['dev', 'Blind set, dev half'],
  ['dev2', 'Second blind dev set'],
  ['dev3', 'Third blind dev set'],
  ['dev4-en', 'Fourth blind dev set, English (indirect, yes/no, said, casual, traps)'],
  ['dev4-zh', 'Fourth blind dev set, Chinese (indirect, yes/no, said, colloquial, traps)'],
  ['dev5-en', 'Fifth blind dev set, English (casual, plain, yes/no, said, traps)'],
  ['dev5-zh', 'Fifth blind dev set, Chinese (colloquial, plain, yes/no, said, traps)'],
  ['dev6-en', 'Sixth blind dev set, English (plain, casual, traps)'],
  ['dev6-zh', 'Sixth blind dev set, Chinese (plain, colloquial, traps)'],
  ['dev7-en', 'Seventh blind dev set, English (plain, casual, indirect, traps)'],
  ['dev7-zh', 'Seventh blind dev set, Chinese (plain, colloquial, indirect, traps)'],
  ['dev8-en', 'Eighth blind dev set, English (plain, casual, yes/no, said, traps)'],
  ['dev8-zh', 'Eighth blind dev set, Chinese (plain, colloquial, yes/no, said, traps)'],
  ['dev9', 'Ninth blind dev set (English casual and Chinese colloquial chat, traps)'],
  ['dev10-en', 'Tenth blind dev set, English (indirect, yes/no, casual, said, near-topic traps)'],
  ['dev10-zh', 'Tenth blind dev set, Chinese (indirect, yes/no, colloquial, said, near-topic traps)'],
  ['dev11', 'Eleventh blind dev set (English and Chinese: indirect, casual/colloquial, yes/no, near-topic traps)'],
  ['dev12-en', 'Twelfth blind dev set, English (plain, casual, indirect, yes/no, near-topic traps, off-topic)'],
  ['dev12-zh', 'Twelfth blind dev set, Chinese (plain, colloquial, indirect, yes/no, near-topic traps, off-topic)'],
  ['dev13', 'Thirteenth blind dev set (English and Chinese: plain, casual/colloquial, said, multi-part, near-topic traps, off-topic)'],
  ['dev14', 'Fourteenth blind dev set (English and Chinese: indirect, yes/no, casual/colloquial, near-topic traps)'],
  ['dev15', 'Fifteenth blind dev set (English and Chinese: plain, casual/colloquial, near-topic traps, off-topic)'],
  ['dev16', 'Sixteenth blind dev set (English and Chinese: plain, casual/colloquial, yes/no, near-topic traps, off-topic)'],
  ['dev17', 'Seventeenth blind dev set (English and Chinese: indirect, yes/no, casual/colloquial, plain, near-topic traps, off-topic)'],
  ['dev18', 'Eighteenth blind dev set (English and Chinese: said, yes/no, plain, casual/colloquial, near-topic traps, off-topic)'],
  ['dev19', 'Nineteenth blind dev set, English (plain, casual, indirect, said, yes/no, multi-part, near-topic traps, off-topic)'],
  ['dev20', 'Twentieth blind dev set, Chinese (plain, colloquial, indirect, said, yes/no, multi-part, near-topic traps, off-topic)'],
  [
    'dev21',
    'Twenty-first blind dev set (English and Chinese: plain, casual/colloquial, indirect, yes/no, said, multi-part, near-topic traps, off-topic)',
  ],
  [
    'dev22',
    'Twenty-second blind dev set (English and Chinese: plain, casual/colloquial, indirect, yes/no, said, near-topic traps, off-topic)',
  ],
  ['dev23', 'Twenty-third blind dev set (English and Chinese: mostly near-topic traps and off-topic, some plain and casual/colloquial)'],
  [
    'dev24',
    'Twenty-fourth blind dev set (English and Chinese: plain, casual/colloquial, indirect, yes/no, said, multi-part, near-topic traps, off-topic)',
  ],
  [
    'dev25',
    'Twenty-fifth blind dev set (English and Chinese: plain, casual/colloquial, indirect, yes/no, said, near-topic traps, off-topic)',
  ],
  [
    'dev26',
    'Twenty-sixth blind dev set (English and Chinese: all out of scope, near-topic traps and off-topic questions sharing everyday words)',
  ],
  [
    'dev27',
    'Twenty-seventh blind dev set (English and Chinese: plain, casual/colloquial, indirect, yes/no, said, near-topic traps, off-topic)',
  ],
  [
    'dev28',
    'Twenty-eighth blind dev set (English and Chinese: plain, casual/colloquial, 90 near-topic traps of every question shape, off-topic)',
  ],
  [
    'dev29',
    'Twenty-ninth blind dev set (English and Chinese: plain, casual/colloquial, indirect, yes/no, said, multi-part, near-topic traps, off-topic)',
  ],
  [
    'dev30',
    'Thirtieth blind dev set (English and Chinese: messy casual/colloquial chat, plain, indirect, yes/no, said, 60 near-topic traps)',
  ],
  [
    'dev31',
    'Thirty-first blind dev set (English and Chinese: work-chat plain, casual/colloquial, indirect, yes/no, said, near-topic traps, off-topic)',
  ],
  [
    'dev32',
    'Thirty-second blind dev set (English-heavy team chat: plain, casual, follow-ups, roles for names, why questions, traps, off-topic)',
  ],
  [
    'dev33',
    'Thirty-third blind dev set (Chinese-heavy: plain, colloquial with homophone typos, yes/no, said, why and analysis questions, near-topic traps)',
  ],
  [
    'dev34',
    'Thirty-fourth blind dev set (plain and casual/colloquial from half-remembered reading, with guessed numbers; traps, off-topic)',
  ],
  [
    'dev35',
    'Thirty-fifth blind dev set (English and Chinese: 90 near-topic traps of every shape, off-topic reusing the story’s words, plain, casual/colloquial)',
  ],
  [
    'dev36',
    'Thirty-sixth blind dev set (English and Chinese: plain, casual/colloquial from readers with and without jargon, yes/no with false premises, said, traps, off-topic)',
  ],
  [
    'dev37',
    'Thirty-seventh blind dev set (written to val16’s brief: plain, casual/colloquial with typos and abbreviations, traps, off-topic)',
  ],
  [
    'dev38',
    'Thirty-eighth blind dev set, Chinese (40 plain, 120 colloquial chat: nicknames, homophones, mixed English, two questions in one; traps, off-topic)',
  ],
  [
    'dev39',
    'Thirty-ninth blind dev set (English and Chinese: plain and casual/colloquial from readers of a short summary, vague wording; traps, off-topic)',
  ],
  ['dev40', 'Fortieth blind dev set (English and Chinese: 120 messy casual/colloquial chat questions, plain, near-topic traps)'],
  [
    'dev41',
    'Forty-first blind dev set (English and Chinese: why / how many / what if / who / where, casual/colloquial, indirect, yes/no, traps)',
  ],
  [
    'dev42',
    'Forty-second blind dev set (English and Chinese: half-remembered casual/colloquial, plain, said, near-topic traps, off-topic)',
  ],
  [
    'dev43',
    'Forty-third blind dev set (English and Chinese: Slack-thread casual and WeChat-group colloquial chat, plain, traps, off-topic)',
  ],
  [
    'dev44',
    'Forty-fourth blind dev set (English and Chinese: readers who remember roughly, things described not named, why / what if, said, traps)',
  ],
  [
    'dev45',
    'Forty-fifth blind dev set (English and Chinese: every figure, date, person and place asked many ways, wrong guesses, yes/no, multi-part, traps)',
  ],
  [
    'dev46',
    'Forty-sixth blind dev set (English and Chinese: the analysis, risks, outlook, Europe, reconstruction, the plant, US strategy; casual/colloquial, indirect, traps)',
  ],
  ['dev47', 'Forty-seventh blind dev set (English and Chinese: short fragments fired at a bot, plain, traps, off-topic)'],
  ['dev48', 'Forty-eighth blind dev set (English-heavy team chat: 90 casual, plain, traps, off-topic)'],
  ['dev49', 'Forty-ninth blind dev set (Chinese-heavy WeChat chat: 90 colloquial, plain, traps, off-topic)'],
  ['dev50', 'Fiftieth blind dev set (English-heavy think-tank chat: plain, casual, indirect, yes/no, traps, off-topic)'],
  ['dev51', 'Fifty-first blind dev set (Chinese-heavy newsroom: plain, colloquial, indirect, said, traps, off-topic)'],
  ['dev52', 'Fifty-second blind dev set (90 near-topic traps and off-topic phrased like the 110 plain and casual/colloquial questions)'],
  [
    'dev53',
    'Fifty-third blind dev set (seminar questions: plain, casual/colloquial, indirect, said, multi-part, yes/no, traps, off-topic)',
  ],
  [
    'dev54',
    'Fifty-fourth blind dev set (editors paraphrasing: plain, casual/colloquial, 50 indirect questions, why / prediction / role / plan differences, traps)',
  ],
  ['dev55', 'Fifty-fifth blind dev set (Chinese-heavy WeChat and Slack chat: plain, colloquial, casual, indirect, traps, off-topic)'],
  [
    'dev56',
    'Fifty-sixth blind dev set (80 near-topic traps and off-topic written in the tones of the 120 plain and casual/colloquial questions)',
  ],
  [
    'dev57',
    'Fifty-seventh blind dev set (English-heavy Slack/Discord chat: 90 casual with nicknames, follow-ups and guesses; plain, traps, off-topic)',
  ],
  [
    'dev58',
    'Fifty-eighth blind dev set (Chinese-heavy WeChat chat: 90 colloquial with homophones, nicknames, mixed English, follow-ups; traps, off-topic)',
  ],
  ['dev59', 'Fifty-ninth blind dev set (English-heavy Slack chat: 90 casual, 30 indirect, plain; Chinese colloquial; traps, off-topic)'],
  ['dev60', 'Sixtieth blind dev set (English-heavy paraphrase: 67 indirect, casual, said, yes/no; Chinese indirect; traps, off-topic)'],
  [
    'dev61',
    'Sixty-first blind dev set (Chinese-heavy WeChat chat: 80 colloquial, 30 indirect, plain, yes/no; English casual; traps, off-topic)',
  ],
  ['dev62', 'Sixty-second blind dev set (English and Chinese: casual/colloquial, multi-part, said, yes/no, plain, traps)'],
  [
    'dev63',
    'Sixty-third blind dev set (English and Chinese: casual/colloquial, indirect, plain on the analysis half of the article; traps, off-topic)',
  ],
  ['dev64', 'Sixty-fourth blind dev set (English and Chinese: 60 casual/colloquial and 20 indirect each, 40 near-topic traps)'],
  ['val', 'Validation set (written blind later; decisions checked on its totals, its misses never read)'],
  ['val2', 'Second validation set (written blind; only ever reported)'],
  ['val3', 'Third validation set (plain/casual/colloquial like the private sets; only ever reported)'],
  ['val4', 'Fourth validation set (plain/casual/colloquial and traps, written blind; only ever reported)'],
  ['val5', 'Fifth validation set (plain, casual/colloquial, indirect, yes/no, traps; written blind last; only ever reported)'],
  ['val6', 'Sixth validation set (plain, casual/colloquial, traps, off-topic; written blind this session; only ever reported)'],
  ['val7', 'Seventh validation set (plain, casual/colloquial, traps, off-topic; written blind late this session; only ever reported)'],
  ['dev65', 'Sixty-fifth blind dev set (English and Chinese, all in scope: plain and casual/colloquial from every paragraph)'],
  ['dev66', 'Sixty-sixth blind dev set (English and Chinese: Discord and WeChat chat, plain, traps)'],
  ['dev67', 'Sixty-seventh blind dev set (English and Chinese: plain, casual/colloquial, traps)'],
  ['dev68', 'Sixty-eighth blind dev set (English and Chinese: indirect, casual/colloquial, plain, multi-part, said, traps, off-topic)'],
  ['dev69', 'Sixty-ninth blind dev set (English and Chinese: casual/colloquial and plain from the middle and end of the article, traps)'],
  ['dev70', 'Seventieth blind dev set (English and Chinese: indirect, plain, colloquial, traps)'],
  ['dev71', 'Seventy-first blind dev set (English and Chinese: casual/colloquial, yes/no, said, multi-part, traps)'],
  ['dev72', 'Seventy-second blind dev set (English and Chinese: team-chat plain and casual/colloquial, mixed-language, traps)'],
  ['dev73', 'Seventy-third blind dev set (English and Chinese: plain, casual/colloquial, traps)'],
  ['dev74', 'Seventy-fourth blind dev set (English and Chinese: casual/colloquial, plain, yes/no, traps)'],
  [
    'dev75',
    'Seventy-fifth blind dev set (English and Chinese: plain, casual/colloquial, multi-part, from the second half of the article, traps)',
  ],
  [
    'val8',
    'Eighth validation set (plain, casual/colloquial, multi-part, traps, off-topic; written blind in the seventh session; only ever reported)',
  ],
  [
    'val9',
    'Ninth validation set (plain, casual/colloquial, indirect, traps, off-topic; written blind in the seventh session; only ever reported)',
  ],
  [
    'val10',
    'Tenth validation set (plain, casual/colloquial, indirect, yes/no, said, traps, off-topic; written blind in the eighth session; only ever reported)',
  ],
  [
    'val11',
    'Eleventh validation set (plain, casual/colloquial, indirect, yes/no, said, traps, off-topic; written blind at the end of the eighth session; only ever reported)',
  ],
  [
    'val12',
    'Twelfth validation set (plain, casual/colloquial, indirect, yes/no, traps, off-topic; written blind in the ninth session; only ever reported)',
  ],
  [
    'val13',
    'Thirteenth validation set (plain, casual/colloquial, indirect, yes/no, traps, off-topic; written blind late in the ninth session; only ever reported)',
  ],
  [
    'val14',
    'Fourteenth validation set (plain, casual/colloquial, indirect, yes/no, traps, off-topic; written blind at the end of the ninth session; only ever reported)',
  ],
  [
    'val15',
    'Fifteenth validation set (plain and casual/colloquial like the private sets, indirect, yes/no, traps, off-topic; written blind in the tenth session; only ever reported)',
  ],
  [
    'val16',
    'Sixteenth validation set (plain and casual/colloquial like the private sets, traps, off-topic; written blind late in the tenth session; only ever reported)',
  ],
  [
    'val17',
    'Seventeenth validation set (plain and casual/colloquial, traps, off-topic; written blind at the end of the tenth session; only ever reported)',
  ],
  [
    'val18',
    'Eighteenth validation set (plain and casual/colloquial, traps, off-topic; written blind at the start of the eleventh session; only ever reported)',
  ],
  [
    'val19',
    'Nineteenth validation set (plain and casual/colloquial, traps, off-topic; written blind at the start of the eleventh session; only ever reported)',
  ],
  [
    'val20',
    'Twentieth validation set (plain and casual/colloquial, traps, off-topic; written blind in the eleventh session; only ever reported)',
  ],
  [
    'val21',
    'Twenty-first validation set (plain and casual/colloquial of every question shape, traps, off-topic; written blind in the eleventh session; only ever reported)',
  ],
  [
    'val22',
    'Twenty-second validation set (plain and casual/colloquial, traps, off-topic; written blind late in the eleventh session; only ever reported)',
  ],
  [
    'val23',
    'Twenty-third validation set (plain and casual/colloquial of mixed length and shape, traps, off-topic; written blind late in the eleventh session; only ever reported)',
  ],
  [
    'val24',
    'Twenty-fourth validation set (plain and casual/colloquial, traps, off-topic; written blind at the start of the twelfth session; only ever reported)',
  ],
  [
    'val25',
    'Twenty-fifth validation set (plain and casual/colloquial, indirect, yes/no, traps, off-topic; written blind at the start of the twelfth session; only ever reported)',
  ],
  [
    'val26',
    'Twenty-sixth validation set (plain and casual/colloquial, traps, off-topic; written blind in the twelfth session; only ever reported)',
  ],
  [
    'val27',
    'Twenty-seventh validation set (plain and casual/colloquial, indirect, yes/no, traps, off-topic; written blind in the twelfth session; only ever reported)',
  ],
  [
    'val28',
    'Twenty-eighth validation set (plain and casual/colloquial, traps, off-topic; written blind at the end of the twelfth session, after its last change; only ever reported)',
  ],
  [
    'val29',
    'Twenty-ninth validation set (plain and casual/colloquial, indirect, yes/no, traps, off-topic; written blind at the end of the twelfth session, after its last change; only ever reported)',
  ],
  [
    'val30',
    'Thirtieth validation set (plain and casual/colloquial, indirect, traps, off-topic; written blind at the start of the thirteenth session; only ever reported)',
  ],
  [
    'val31',
    'Thirty-first validation set (plain and casual/colloquial, indirect, yes/no, said, traps, off-topic; written blind at the start of the thirteenth session; only ever reported)',
  ],
  [
    'val32',
    'Thirty-second validation set (plain and casual/colloquial, traps, off-topic; written blind in the thirteenth session, after its first changes; only ever reported)',
  ],
  [
    'val33',
    'Thirty-third validation set (plain and casual/colloquial, yes/no, said, traps, off-topic; written blind in the thirteenth session, after its first changes; only ever reported)',
  ],
  [
    'val34',
    'Thirty-fourth validation set (plain and casual/colloquial, traps; written blind at the start of the fourteenth session; only ever reported)',
  ],
  [
    'val35',
    'Thirty-fifth validation set (indirect, casual/colloquial, plain, multi-part, said, traps, off-topic; written blind at the start of the fourteenth session; only ever reported)',
  ],
  [
    'val36',
    'Thirty-sixth validation set (plain, casual/colloquial, traps; written blind in the fourteenth session, after its first changes; only ever reported)',
  ],
  [
    'val37',
    'Thirty-seventh validation set (plain, casual/colloquial, indirect, traps; written blind in the fourteenth session, after its first changes; only ever reported)',
  ],
  ['sealed', 'Blind set, SEALED half'],
] as const;
const reports = Object.fromEntries(SETS.map(([set]) => [set, evaluateBlind(engine, briefing, loadBlindSet(blindFile(set)))]));
const { sealed } = reports as Record<(typeof SETS)[number][0], ReturnType<typeof evaluateBlind>>;
console.log(`Briefing ${briefing.id}\n`);
console.log(SETS.map(([set, title]) => formatBlindReport(title, reports[set]!)).join('\n\n'));
const failures = blindTargetFailures(sealed);
console.log(`Targets on the sealed half: ${failures.length === 0 ? 'PASS' : `FAIL (${failures.join('; ')})`}\n`);
console.log("Regression set (written by the engine's first authors)");
console.log(formatReport(evaluate(briefing, loadEvalSet())));
const DEV_SETS = new Set([
  'dev',
  'dev2',
  'dev3',
  'dev4-en',
  'dev4-zh',
  'dev5-en',
  'dev5-zh',
  'dev6-en',
  'dev6-zh',
  'dev7-en',
  'dev7-zh',
  'dev8-en',
  'dev8-zh',
  'dev9',
  'dev10-en',
  'dev10-zh',
  'dev11',
  'dev12-en',
  'dev12-zh',
  'dev13',
  'dev14',
  'dev15',
  'dev16',
  'dev17',
  'dev18',
  'dev19',
  'dev20',
  'dev21',
  'dev22',
  'dev23',
  'dev24',
  'dev25',
  'dev26',
  'dev27',
  'dev28',
  'dev29',
  'dev30',
  'dev31',
  'dev32',
  'dev33',
  'dev34',
  'dev35',
  'dev36',
  'dev37',
  'dev38',
  'dev39',
  'dev40',
  'dev41',
  'dev42',
  'dev43',
  'dev44',
  'dev45',
  'dev46',
  'dev47',
  'dev48',
  'dev49',
  'dev50',
  'dev51',
  'dev52',
  'dev53',
  'dev54',
  'dev55',
  'dev56',
  'dev57',
  'dev58',
  'dev59',
  'dev60',
  'dev61',
  'dev62',
  'dev63',
  'dev64',
  'dev65',
  'dev66',
  'dev67',
  'dev68',
  'dev69',
  'dev70',
  'dev71',
  'dev72',
  'dev73',
  'dev74',
  'dev75',
]);
if (args.includes('--misses'))
  for (const [set, title] of SETS.filter(([s]) => DEV_SETS.has(s))) console.log(`\n${title}: misses\n${formatBlindMisses(reports[set]!)}`);
if (args.includes('--misses=sealed')) console.log(`\nSealed-half misses (report only; do not tune on them)\n${formatBlindMisses(sealed)}`);
process.exitCode = failures.length === 0 ? 0 : 1;
