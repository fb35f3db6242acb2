import type { FailureMessages } from '../errors/failure.ts';
import { code, typed, type Run } from '../query/rich-text.ts';

const SCHEDULE_EXAMPLES: Run[] = [
  code('daily 09:00'),
  ', ',
  code('weekdays 09:00'),
  ', ',
  code('weekly monday 09:00'),
  ', or a 5-field cron expression such as ',
  code('0 9 * * 1-5'),
];
const TIMEZONE_HELP: Run[] = [
  'Use an IANA time zone name such as ',
  code('Europe/London'),
  ', ',
  code('America/New_York'),
  ', ',
  code('Asia/Shanghai'),
  ' or ',
  code('UTC'),
  '.',
];
const usage = (kind: 'daily' | 'weekdays' | 'weekly'): Run[] =>
  kind === 'weekly'
    ? [code('weekly <day> HH:MM'), ', e.g. ', code('weekly monday 09:00')]
    : [code(`${kind} HH:MM`), ', e.g. ', code(`${kind} 09:00`)];
const KINDS = { topic: 'topic', actor: 'actor', 'plan-view': 'plan view', 'plan-topic': 'plan topic' } as const;
const CRON_FIELDS: Record<string, string> = { 'day-of-month': 'day-of-month', 'day-of-week': 'day-of-week' };

const failures: FailureMessages = {
  'unknown-briefing': (p) => ({
    title: 'No such briefing',
    body: [
      'There is no briefing "',
      typed(p.typed),
      '". Available: ',
      ...p.available.flatMap((id, i) => (i > 0 ? [', ', code(id)] : [code(id)])),
    ],
  }),
  'not-found': (p) => {
    const list = (items: typeof p.all) => items.map((s) => ({ text: [code(s.command), ` ${s.title}`] }));
    if (p.typed.trim() === '')
      return {
        tone: 'info',
        title: `Which ${KINDS[p.kind]}?`,
        body: `Here are the ${KINDS[p.kind]}s this briefing covers:`,
        blocks: [{ heading: 'Choices', statements: list(p.all) }],
      };
    return p.suggestions.length > 0
      ? {
          title: [`No ${KINDS[p.kind]} matches “`, typed(p.typed), '”'],
          body: 'Did you mean:',
          blocks: [{ heading: 'Suggestions', statements: list(p.suggestions) }],
        }
      : {
          title: [`No ${KINDS[p.kind]} matches “`, typed(p.typed), '”'],
          body: `Here are the ${KINDS[p.kind]}s this briefing covers:`,
          blocks: [{ heading: `All ${KINDS[p.kind]}s`, statements: list(p.all) }],
        };
  },
  'ask-empty': (p) => ({ title: 'Please type a question', body: ['For example: ', code(`/ask ${p.example}`)] }),
  'unknown-subcommand': () => ({ title: 'Unknown subcommand', body: 'See /help.' }),
  'servers-only': () => ({ title: 'Servers only', body: 'This belongs to a server: run it in a server channel.' }),
  'admins-only': () => ({ title: 'Admins only', body: 'This needs the Manage Server permission.' }),
  'needs-running-bot': () => ({
    title: 'Digests need the running bot',
    body: [
      'Digests are kept and sent by the running bot: start it with ',
      code('npm start'),
      ' and use /digest there (in Discord, or in its console). One-shot ',
      code('cli'),
      ' commands have no database or schedule.',
    ],
  }),
  'database-unavailable': (p) => ({ title: 'Digests unavailable', body: `The database could not be opened. ${p.detail}` }),
  'database-error': (p) => ({ title: 'Database error: nothing was changed', body: p.detail }),
  'ask-log-unavailable': () => ({
    title: 'Question log unavailable',
    body: 'This instance runs without its database, so no questions are logged.',
  }),
  'digest-unknown-section': (p) => ({ title: 'Unknown section', body: `Try one of: ${p.options.join(', ')}.` }),
  'digest-not-found': (p) => ({ title: 'No such subscription', body: `There is no digest #${p.id} in this server; see /digest list.` }),
  'channel-unreachable': () => ({
    title: 'Channel not reachable',
    body: "I can't see that channel. Check that it exists and that I have View Channel there.",
  }),
  'channel-permissions': (p) => ({
    title: 'Missing permissions in that channel',
    body: ['I need these permissions in ', { channel: p.channelId }, `: ${p.missing.join(', ')}.`],
  }),
  'digest-send-failed': (p) => ({ title: 'Could not post the digest', body: `Discord refused or failed: ${p.reason}. See /digest list.` }),
  'schedule-empty': () => ({ title: 'That schedule does not work', body: ['Please give a schedule: ', ...SCHEDULE_EXAMPLES, '.'] }),
  'schedule-unknown': (p) => ({
    title: 'That schedule does not work',
    body: ["I don't understand the schedule ", code(p.typed), '. Use ', ...SCHEDULE_EXAMPLES, '.'],
  }),
  'schedule-too-often': (p) => ({
    title: 'That schedule does not work',
    body: [
      'Digests can run at most once an hour, but ',
      code(p.typed),
      ` fires ${p.perHour} times an hour. Use a single minute, e.g. `,
      code('0 * * * *'),
      ' for hourly.',
    ],
  }),
  'schedule-bad-day': (p) => ({
    title: 'That schedule does not work',
    body: ['Unknown day ', code(p.typed), '. Use ', ...usage('weekly'), '.'],
  }),
  'schedule-bad-format': (p) => ({ title: 'That schedule does not work', body: ['Use ', ...usage(p.kind), ' (24-hour time).'] }),
  'schedule-bad-time': (p) => ({ title: 'That schedule does not work', body: [code(p.typed), ' is not a valid time; use 00:00–23:59.'] }),
  'cron-field-count': (p) => ({
    title: 'That schedule does not work',
    body: [
      'A cron expression needs exactly 5 fields (minute hour day-of-month month day-of-week), e.g. ',
      code('0 9 * * 1-5'),
      `; got ${p.count}.`,
    ],
  }),
  'cron-invalid': (p) => ({
    title: 'That schedule does not work',
    body: [
      code(p.typed),
      ' is not a valid cron expression',
      ...(p.field ? [` (the ${p.field} field `, code(p.value ?? ''), ' is not valid)'] : []),
      '.',
    ],
  }),
  'cron-unsupported': (p) => ({
    title: 'That schedule does not work',
    body: [
      code(p.value),
      ` in the ${CRON_FIELDS[p.field]} field is not supported; use plain `,
      ...(p.field === 'day-of-month' ? ['days of the month like ', code('1,15')] : ['weekdays like ', code('1-5'), ' or ', code('mon')]),
      '.',
    ],
  }),
  'timezone-empty': () => ({ title: 'Unknown time zone', body: ['Please give a time zone. ', ...TIMEZONE_HELP] }),
  'timezone-offset': (p) => ({
    title: 'Unknown time zone',
    body: [code(p.typed), ' is a fixed UTC offset, not a time zone. ', ...TIMEZONE_HELP],
  }),
  'timezone-unknown': (p) => ({
    title: 'Unknown time zone',
    body: [
      'Unknown time zone ',
      code(p.typed),
      '.',
      ...(p.suggestion ? [' Did you mean ', code(p.suggestion), '?'] : []),
      ' ',
      ...TIMEZONE_HELP,
    ],
  }),
  'changes-need-store': () => ({
    title: 'What changed',
    body: ['Edition history is kept by the running bot (', code('npm start'), '); this one-off command has no database.'],
  }),
  'no-such-edition': (p) => ({
    title: 'No such edition',
    body: [
      'There is no edition or date “',
      typed(p.typed),
      '” for this briefing. Give an edition id or a date like ',
      code('2031-03-10'),
      '. Recorded editions: ',
      ...p.editions.flatMap((e, i) => [...(i > 0 ? [', '] : []), code(e.id), ` (${e.asOf})`]),
    ],
  }),
};

/** A slash command's or option's words: its description, and its name where the language renames it. */
export interface CommandText {
  description: string;
  name?: string;
}
const command = (description: string, name?: string): CommandText => ({ description, name });

const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every word the bot shows in English. Other languages implement the same shape (`Catalogue`). */
export const en = {
  languageName: 'English',
  listSeparator: ', ',
  colon: ': ',
  parenthetical: (text: string) => ` (${text})`,
  /** A date written out ("23 December 2025"), as people write it when they ask "when". */
  longDate: (year: string, month?: number, day?: number) =>
    [day, month ? LONG_MONTHS[month - 1] : undefined, year].filter((p) => p !== undefined).join(' '),
  bracketLabel: (label: string) => `[${label}]`,
  /** 2025-12-28 → "28 Dec 2025"; partial dates keep their precision. */
  date: (year: string, month?: number, day?: number) =>
    [day, month ? MONTHS[month - 1] : undefined, year].filter((p) => p !== undefined).join(' '),
  relativeTime: (amount: number, unit: 'minutes' | 'hours' | 'days', future: boolean) => {
    const text = `${amount} ${{ minutes: 'min', hours: 'h', days: 'days' }[unit]}`;
    return future ? `in ${text}` : `${text} ago`;
  },
  asOf: 'As of',
  source: 'Source',
  keyPoints: 'Key points',
  positions: 'Positions',
  figures: 'Figures',
  plansOnTopic: 'What the plans propose',
  relatedRisks: 'Related risks',
  role: 'Role',
  affiliation: 'Affiliation',
  delegation: 'Delegation',
  sourceSpelling: 'Source spelling',
  profile: 'Profile',
  inTheSource: 'In the source',
  positionsOnIssues: 'Positions on the sticking points',
  draftedBy: 'Drafted by',
  publishedBy: 'Published by',
  draftedPlan: (plan: string) => `Drafted the ${plan}`,
  publishedPlan: (plan: string) => `Published the ${plan}`,
  provisions: 'Provisions',
  compareHeadline: 'The plans side by side, topic by topic.',
  compareTitle: 'Compare the plans',
  versus: ' vs ',
  notInPlan: 'The source does not say what this plan proposes here.',
  drivers: 'Drivers',
  watch: 'What to watch',
  positiveSignals: 'Positive signals',
  risks: 'Risks, ranked',
  timeline: 'Timeline',
  datedEvents: 'Dated events',
  events: 'Events, oldest first',
  planned: 'planned',
  noNumber: 'no number in the source',
  notGiven: 'not given',
  labelReported: 'reported',
  labelClaim: 'claim',
  labelAnalysis: 'analysis',
  seeAlso: 'See also',
  page: (i: number, n: number) => `Page ${i}/${n}`,
  continued: ' (cont.)',
  previous: 'Previous',
  next: 'Next',
  helpful: 'Helpful',
  unhelpful: 'Not helpful',
  intro: 'Intro',
  people: 'People',
  otherPeople: 'Other people',
  statesAndBodies: 'States, blocs and organisations',
  origin: 'Origin',
  context: 'Context',
  positionsHeadline: 'Where each party stands on each sticking point, issue by issue.',
  figuresHeadline: 'Every number the source gives, and the ones it leaves out.',
  whoStandsWhere: 'Who stands where',

  // /about and /help
  sourceSections: 'Source sections',
  counts: (c: { actors: number; stickingPoints: number; plans: number; risks: number; events: number; figures: number }) =>
    `${c.actors} actors · ${c.stickingPoints} sticking points · ${c.plans} plans · ${c.risks} risks · ${c.events} events · ${c.figures} figures`,
  helpTitle: 'Briefing Bot: help',
  currentBriefing: (title: string) => `Current briefing: ${title}`,
  commandsHeading: 'Commands',
  help: {
    brief: 'a topic or section summary: key points, each party’s position, plan provisions, figures',
    actor: (spelling?: string) =>
      spelling
        ? `who someone is, their role and positions (any spelling: “${spelling}” works too)`
        : 'who someone is, their role and positions (any spelling)',
    plan: (plans: string) => `the plans (${plans}), alone or side by side (optionally one topic)`,
    lists: 'ranked risks with drivers and what to watch; dated events; key numbers',
    ask: 'ask in English or Chinese; answers cite the source section, or say plainly the briefing does not cover it',
    changes:
      'what changed since the previous edition (or since:<edition or date>, topic:…): added, removed, reworded, relabelled statements and changed figures',
    digest:
      '(admins) post a section digest to a channel on a schedule, change alerts when it changes, or both; /digest list shows subscriptions',
    askLog: '(admins) questions /ask refused, was not sure about, or readers rated 👎: material to extend the briefing',
    about: 'the briefing, its source and how it was written',
    briefing: 'every command takes it to use another loaded briefing (default: the newest)',
  },
  labelsHeading: 'How to read the labels',
  labels: [
    [{ strong: 'reported' }, ': the source states it as something that happened or is the case.'],
    [{ strong: 'claim: X' }, ': what party X says, demands or proposes; not established fact.'],
    [{ strong: 'analysis' }, ': the source’s own judgement, or the analysts and media it quotes.'],
    [{ strong: '§III(2)' }, ': the section of the source article to check it against.'],
  ] as Run[][],

  // /ask
  askTitle: 'Q: ',
  unsureTitle: 'Not sure: the briefing may not answer this directly',
  unsureHeadline: (q: Run): Run[] => ['“', q, '”: these are the closest facts in the briefing; judge for yourself whether they answer it.'],
  notCoveredTitle: 'The briefing does not cover this',
  notCoveredHeadline: (q: Run): Run[] => ['“', q, '”: nothing in the briefing answers it. Try one of these topics, or ask another way.'],

  // /ask-log
  askLog: {
    refused: 'Refused',
    unsure: 'Not sure',
    answered: 'Answered',
    console: 'console',
    server: (id: string) => `server ${id}`,
    directMessage: 'direct message',
    question: 'Q: ',
    answeredWith: 'Answered with',
    closestShown: 'Closest facts shown',
    firstAnswer: 'First answer',
    filters: { all: 'refused, not sure or rated 👎', 'not-covered': 'refused', unsure: '“not sure”', unhelpful: 'rated 👎' },
    emptyTitle: 'No questions logged yet',
    emptyHeadline: (kind: string) => `No /ask question has been ${kind} here so far.`,
    title: (n: number) => `/ask questions to look at (${n})`,
    headline: (kind: string): Run[] => [
      `Newest first: questions ${kind}. Use them to extend the briefing or the evaluation set; `,
      code('npm run --silent cli -- ask-log --json'),
      ' exports them.',
    ],
  },
  languageNames: { en: 'English', zh: 'Chinese' },

  // Feedback buttons and Discord-only notices
  feedback: {
    already: 'You have already rated this answer. Thanks!',
    logged: 'Thanks! The question is logged so analysts can improve the briefing.',
    noted: 'Thanks for the feedback!',
    noDatabase: 'Thanks! This instance runs without its database, so feedback cannot be kept.',
  },
  answeredPrivately: 'Answered privately.',
  commandGone: 'This command no longer exists; see /help for the current ones.',
  buttonGone: 'This button no longer works; run the command again.',
  pagesExpired: 'These page buttons have expired; run the command again.',
  buttonElsewhere: 'This button does not belong to this message.',
  notYourPages: 'Only the person who ran this command can turn its pages; run it yourself to browse.',
  apologyTitle: 'Sorry, something went wrong',
  apology: (errorId: string): Run[] => [
    'An unexpected error stopped this command. Please try again; if it keeps happening, give an admin the error id ',
    code(errorId),
    '.',
  ],

  // Digests
  digest: {
    header: (topic: string, briefing: string, asOf: string): Run[] => [
      '📰 ',
      { strong: `Digest · ${topic}` },
      `: ${briefing} (as of ${asOf})`,
    ],
    rest: (command: string): Run[] => ['The rest: ', code(command)],
    previewTitle: (title: string) => `Digest preview · ${title}`,
    rotate: 'rotate (one section per run)',
    status: { active: '🟢 active', paused: '⏸️ paused', disabled: '⛔ disabled' },
    schedule: {
      daily: (time: string) => `daily ${time}`,
      weekdays: (time: string) => `weekdays ${time}`,
      weekly: (day: string, time: string) => `weekly ${day} ${time}`,
      cron: 'cron ',
    },
    weekdays: {
      sunday: 'sunday',
      monday: 'monday',
      tuesday: 'tuesday',
      wednesday: 'wednesday',
      thursday: 'thursday',
      friday: 'friday',
      saturday: 'saturday',
    },
    channel: 'Channel',
    briefing: 'Briefing',
    statusLabel: 'Status',
    reason: 'reason',
    next: 'Next',
    lastDelivered: 'Last delivered',
    missed: 'Missed',
    failed: 'Failed',
    latest: 'latest',
    noneTitle: 'No digest subscriptions in this server',
    noneHeadline: ['Use ', code('/digest subscribe'), ' to have a section digest posted to a channel on a schedule.'] as Run[],
    listTitle: (n: number) => `Digest subscriptions (${n})`,
    subscribedTitle: (id: number) => `Subscribed: digest #${id}`,
    subscribedBody: (section: string, channelId: string): Run[] => [`${section} will be posted to `, { channel: channelId }, '.'],
    unsubscribedTitle: (id: number) => `Unsubscribed #${id}`,
    unsubscribedBody: 'No more digests will be posted for it.',
    pausedTitle: (id: number) => `Paused #${id}`,
    pausedBody: 'Resume it with /digest resume.',
    alreadyActiveTitle: (id: number) => `#${id} is active`,
    alreadyActiveBody: 'It was not paused; the next digest goes out on schedule.',
    resumedTitle: (id: number) => `Resumed #${id}`,
    resumedBody: 'Runs missed while it was off are skipped; the next one goes out on schedule.',
    sentTitle: (id: number) => `Posted digest #${id}`,
    sentBody: 'It is in the channel now.',
  },

  // Console
  console: {
    unknownCommand: (name: string, list: string) => `Unknown command "${name}". Commands: ${list}`,
    language: (now: string, available: string) => `Language: ${now}. Available: ${available}, e.g. lang zh`,
    noSuchLanguage: (typed: string, available: string) => `There is no language "${typed}". Available: ${available}`,
    switched: 'Language: English.',
    help: (ex: {
      topic: string;
      actor: string;
      question: string;
      briefings: string;
      defaultId: string;
    }) => `Type a command as in Discord, with or without the slash:
  brief ${ex.topic}          actor name:${ex.actor}          plan compare          risks    timeline
  timeline --image ./charts    (saves the reply's picture; also figures, positions, brief with figures…)
  ask question:"${ex.question}"
  digest subscribe channel:general section:rotate schedule:"daily 09:00"
  ask-log                  questions /ask refused or was not sure about (kept for analysts)
A command without its topic or name (brief, actor, plan) lists the choices.
Any command takes --briefing <id> (loaded: ${ex.briefings}; default ${ex.defaultId}).
Console commands: help · commands · lang en|zh · history · exit`,
    needsSubcommand: (command: string, names: string) => `/${command} needs a subcommand: ${names}`,
    none: 'none',
    noSuchOption: (command: string, word: string, list: string) => `${command} has no option ${word}; options: ${list}`,
    needsValue: (option: string) => `option --${option} needs a value`,
    unexpectedWords: (words: string) => `unexpected words: ${words}`,
    needs: (command: string, names: string) => `${command} needs: ${names}`,
    oneOf: (option: string, list: string) => `--${option} must be one of: ${list}`,
    boolean: (option: string) => `--${option} must be true or false`,
    number: (option: string) => `--${option} must be a number`,
    between: (option: string, min: string, max: string) => `--${option} must be between ${min} and ${max}`,
  },

  charts: {
    /** How many characters of a label fit a chart row or a matrix cell in this script. */
    labelChars: { row: 60, cell: 28 },
    separator: '; ',
    innerSeparator: ', ',
    timeline: (n: number, first: string, last: string, planned: number) =>
      `Timeline chart of ${n} events from ${first} to ${last}${planned > 0 ? `, ${planned} of them planned` : ''}. Dots are exact days; bars are events known only by month or year.`,
    moreEvents: (n: number) => `and ${n} more.`,
    figures: (groups: number) =>
      `Bar charts comparing ${groups} sets of figures side by side (figures the source does not give are not drawn).`,
    moreSets: (n: number) => `and ${n} more sets.`,
    positions: (parties: number, names: string, topics: number) =>
      `Positions matrix: ${parties} parties (${names}) by ${topics} sticking points; each cell sums up that party's position, blank where the source gives none.`,
    moreTopics: (n: number) => `and ${n} more sticking points.`,
    planned: ' (planned)',
  },

  /** Slash command and option descriptions (and, in other languages, their names), by "command.option". */
  commands: {
    help: command('What this bot can do and how to read its answers'),
    about: command('The briefing, its source and how to read claim labels'),
    ask: command('Ask a question; answers come from the briefing, with citations'),
    'ask.question': command('Your question, in English or Chinese'),
    'ask-log': command('Questions /ask refused, was unsure about, or readers rated 👎 (admins)'),
    'ask-log.show': command('Which ones (default: all)'),
    'ask-log.limit': command('How many of the newest (default 25)'),
    brief: command('Summary of one topic or section of the briefing'),
    'brief.topic': command('A topic or section of the briefing (type to search)'),
    actor: command('Who someone is and where they stand'),
    'actor.name': command('A person, state or bloc (any spelling)'),
    plan: command('A plan’s provisions, or the plans compared'),
    'plan.view': command('A plan of the briefing, or "compare"'),
    'plan.topic': command('Only this topic'),
    risks: command('Risks ranked, with drivers and what to watch'),
    timeline: command('Dated events, oldest first'),
    figures: command('Key figures: what each number measures, and numbers the source leaves out'),
    positions: command('Who stands where: every party’s position on every sticking point'),
    digest: command('Scheduled section digests for this server (admins)'),
    'digest.subscribe': command('Post a section digest to a channel on a schedule'),
    'digest.channel': command('Where to post'),
    'digest.section': command('A section or topic, or "rotate" to cycle through them'),
    'digest.schedule': command('e.g. "daily 09:00", "weekdays 09:00", "weekly monday 09:00" or a cron expression'),
    'digest.timezone': command('IANA time zone, e.g. Europe/Kyiv (default UTC)'),
    'digest.language': command('Digest language (default: yours)'),
    'digest.id': command('Subscription number (see /digest list)'),
    'digest.list': command('Subscriptions in this server, next runs and problems'),
    'digest.unsubscribe': command('Stop and remove a subscription'),
    'digest.pause': command('Pause a subscription'),
    'digest.resume': command('Resume a paused or disabled subscription (re-checks permissions)'),
    'digest.preview': command('See a digest now, only for you'),
    'digest.send-now': command('Post a subscription’s digest right away'),
    changes: command('What changed in the briefing since an earlier edition'),
    'changes.since': command('An edition id or a date like 2031-03-10 (default: the previous edition)'),
    'changes.topic': command('Only this topic (type to search)'),
    'digest.delivers': command('What to post: scheduled digests (default), change alerts, or both'),
    'option.briefing': command('Which briefing (default: the newest)'),
    'option.private': command('Only you see the reply'),
  },
  askLogFilterNames: { all: 'All of them', 'not-covered': 'Refused', unsure: 'Not sure', unhelpful: 'Rated 👎' },

  // Living briefings: editions, what changed, trends, reloads
  living: {
    whatChanged: 'What changed',
    edition: 'Edition',
    editionLabel: (id: string, asOf: string): Run[] => [code(id), ` (as of ${asOf})`],
    compared: (to: Run[], from: Run[]): Run[] => ['Edition ', ...to, ' compared with edition ', ...from, '.'],
    added: 'Added',
    removed: 'Removed',
    reworded: 'Reworded',
    relabelled: 'Relabelled',
    figureChanged: 'Figure changed',
    trend: 'Trend',
    was: 'was',
    quote: (text: string) => `“${text}”`,
    parenthesis: (text: string) => ` (${text})`,
    separator: '; ',
    trendNone: 'none',
    trends: { escalating: '↑ Escalating', easing: '↓ Easing', unchanged: '→ Unchanged' },
    counts: {
      added: (n: number) => `${n} added`,
      removed: (n: number) => `${n} removed`,
      reworded: (n: number) => `${n} reworded`,
      relabelled: (n: number) => `${n} relabelled`,
      figures: (n: number) => `${n} figures changed`,
      trends: (n: number) => `${n} trends changed`,
    },
    noChanges: 'Nothing a reader sees changed between these editions.',
    noChangesInTopic: 'Nothing changed in this topic between these editions.',
    onlyOneEdition: 'Only one edition of this briefing is recorded so far, so there is nothing to compare it with yet.',
    beforeFirstEdition: (date: string) => `No edition is dated before ${date}; compared with the first recorded edition.`,
    newMark: '🆕',
    alertHeader: (where: string, briefing: string, asOf: string): Run[] => [
      '🔔 ',
      { strong: 'What changed' },
      ` · ${where}${briefing} (as of ${asOf})`,
    ],
    rest: (command: string): Run[] => ['The rest: ', code(command)],
    reloadFailedTitle: 'A briefing file failed to load',
    reloadFailedText: 'The previous edition keeps serving until the file is fixed.',
    reloaded: (id: string) => `Briefing reloaded: ${id}`,
    loaded: (id: string, edition: string) => `Briefing loaded: ${id} (edition ${edition})`,
    stoppedServing: (id: string) => `Stopped serving ${id} (its file is no longer in the briefings folder)`,
    delivers: { digests: 'digests', changes: 'change alerts', both: 'digests and change alerts' },
    deliversLabel: 'Posts',
  },

  failures,
};

export type Catalogue = typeof en;
