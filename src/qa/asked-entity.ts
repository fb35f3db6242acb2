/**
 * Questions that ask for a kind of actor: "which minister…", "哪位特使…" want a person holding that role, "which
 * polling firm…", "哪家机构…" an organisation or outlet, in either case other than those the question names. An item
 * naming none does not answer them, however well its words match ("which Ukrainian minister was involved in the
 * scandal": the scandal item names no minister).
 */
import type { Actor } from '../briefing/schema.ts';
import { type Analyzer, matchForm, type Unit } from './analyze.ts';
import { escapeRegExp } from './normalize.ts';
import { remembering } from './remember.ts';

/** "which minister…", "哪位特使…": the role named after it is what the answer's person holds. */
const ROLE_ASKED = /哪一?位|\bwhich\b/iu;
/** How far after "which" / 哪位 the role is looked for. */
const ROLE_REACH = 24;
/** "which polling firm…", "哪家机构…": the answer is an organisation. */
const ORG_ASKED =
  /\b(?:which|what)\s+(?:\w+\s+)?(?:firm|firms|company|companies|institution|institutions|agency|agencies|organi[sz]ations?|outlets?|newspapers?|broadcasters?|pollsters?|think tanks?)\b|(?:哪家|哪个|哪些|什么)(?:民调)?(?:机构|组织|公司|媒体|智库|报纸|电视台|通讯社)|哪家民调/iu;

/** A body named by what it is, in either language: "command centre", "security council", 指挥中心, 委员会. */
const INSTITUTION =
  /\b(?!(?:the|a|an|this|that|city|town|village)\b)[a-z]+ (?:centre|center|council|headquarters|committee|commission|institute)\b|指挥中心|指挥部|司令部|委员会|研究院|研究所/iu;

/** "how did X view / what did X say / X如何看待": X, the one whose view is asked. */
const SAID_SUBJECT_EN =
  /\b(?:how|what) (?:did|does|do|has|have|was|were|is|are) ((?:(?!\band\b|,).){2,40}?) (?:view|see|react|respond|say|think|feel|regard|perceive|describe|characteri[sz]e|make of|call|reply|comment|assess|rate)\b/iu;
/** "X如何看待Y", "X对Y怎么看": X is what comes before 如何 / 怎么 or before 对. */
const SAID_SUBJECT_ZH =
  /(?:^|[，,]\s*)([^，,。？?]{1,12}?)(?:对[^，。？?]{1,24}?)?(?:是|又)?(?:如何|怎么|怎样|咋|作何|有何)(?:看待|看|评价|说|回应|反应|表态|形容|描述|认为|定位)|^([^，。？?]{1,12}?)对[^，。？?]{1,24}?(?:的)?(?:看法|评价|态度|反应|表态)|^([^，。？?]{1,8}?)(?:会后|之后|后来|当时|最后)?都?(?:说了|讲了)(?:啥|什么|些啥|些什么)/u;
/** The two words after a yes/no question's auxiliary ("did Russia accept", "has the US pledged"): where its subject is. */
const YESNO_SUBJECT_EN =
  /^\s*(?:(?:so|and|but|wait|ok)\s*,?\s+)?(?:did|does|do|has|have|had|will|would|is|was|were|can|could)(?:n't)?\s+((?:\S+\s+){1,2})/iu;
/** A Chinese yes/no question's first few characters ("俄罗斯同意…吗"): where its subject is. */
const YESNO_SUBJECT_ZH = /^(?:那|所以|请问)?(\p{Script=Han}{2,5})/u;
/** The people of a country rather than its government: "people in Ukraine", "Ukrainians at home", "乌国内", "乌克兰民众". */
const PUBLIC_ASKED =
  /\b(?:people|ppl|folks|public|citizens|voters|population|ordinary|commentators?|media|press)\b|民众|国内|舆论|老百姓|人民|媒体|百姓|国人/iu;
/** A question about someone's post today ("what job does he hold now", "现在担任什么职务"). */
const CURRENT_POST_ASKED =
  /\b(?:now|currently|today|these days|at present|rn)\b.*\b(?:job|post|position|role|title|work)\b|\b(?:job|post|position|role|title)\b.*\b(?:now|currently|today|these days|at present|rn)\b|\b(?:current|present|new)\s+(?:job|post|position|role|title)\b|(?:现在|目前|如今|眼下)[^？?]*(?:职务|职位|担任|干什么|做什么|头衔)/iu;

/** "which official…", "哪位官员…": a person, whatever their post. */
const PERSON_ASKED =
  /\bwhich (?:[a-z]+ ){0,2}(?:official|officials|person|people|politician|politicians|leaders|heads of (?:state|government)|figure|figures|individual|businessm[ae]n|businesswom[ae]n|oligarchs?|tycoons?|executives?|aides?|advis[eo]rs?|journalists?|reporters?|spokes(?:man|men|person|people))\b|哪(?:位|个|些|一位)[\p{Script=Han}]{0,4}?(?:官员|高官|人物|人士|政客|领导|商人|寡头|富豪|大亨|记者|助手|顾问|发言人)/iu;

/** How a briefing says an actor is a group the source does not name. */
const UNNAMED = /\bunnamed\b|未具名|未点名|匿名/iu;

/** Words that end a title, in match form ("foreign minist", "国防部长"). */
const TITLE =
  /(?:minist(?:er)?|secretar(?:y|i)|presid(?:ent)?|chief|chairman|envoy|envoi|command(?:er)?|ambassador|spokes(?:man|person)|chancellor|speaker|议长|外长|部长|总统|主席|特使|大使|秘书长?|司令|发言人|总理|首相|主任)$/u;

/** Every name an actor goes by: full names, aliases, the source's spellings and, for people, the surname alone. */
export function actorNames(a: Actor): string[] {
  const names = [a.name.en, a.name.zh, ...a.aliases, ...a.sourceSpellings];
  return a.kind === 'person' ? [...names, ...surnames(a)] : names;
}

/** Surnames people are called by: "Rubio", "鲁比奥" (from "马尔科·鲁比奥"). */
function surnames(a: Actor): string[] {
  const out: string[] = [];
  const last = a.name.en.split(/\s+/).pop();
  if (last && last.length >= 4 && last !== a.name.en) out.push(last);
  const zhLast = a.name.zh.split(/[·・.]/).pop();
  if (zhLast && [...zhLast].length >= 2 && zhLast !== a.name.zh) out.push(zhLast);
  return out;
}

const isActorConcept = (t: string) => t.startsWith('__a_');
/** A phrase long enough to describe a post ("secretary of state", 国家安全与国防委员会), unlike a name or nickname (老泽). */
const describesPost = (surface: string) =>
  surface.split(' ').length >= 2 || [...surface].filter((c) => /\p{Script=Han}/u.test(c)).length >= 4;
/** The actors a question names (units that are nothing but actors). */
const actorsIn = (informative: Unit[]) => new Set(informative.filter((u) => u.terms.every(isActorConcept)).flatMap((u) => u.terms));

export interface ActorKinds {
  actors: readonly Actor[];
  analyzer: Analyzer;
  /** Words of the actors' names in match form: a role text's names ("son-in-law of Donald Trump") are not the role. */
  nameWords: ReadonlySet<string>;
  /** Terms too common to mark a role. */
  generic: ReadonlySet<string>;
}

export class AskedEntities {
  private roleTerms?: Map<string, Set<string>>;
  private anyRoleTerms?: Set<string>;
  private readonly people: Set<string>;
  private readonly organisations: Set<string>;
  private readonly byConcept: Map<string, Actor>;

  constructor(private readonly kinds: ActorKinds) {
    this.byConcept = new Map(kinds.actors.map((a) => [`__a_${a.id}`, a]));
    const concepts = (keep: (a: Actor) => boolean) => new Set(kinds.actors.filter(keep).map((a) => `__a_${a.id}`));
    this.people = concepts((a) => a.kind === 'person');
    // a body the source leaves unnamed ("analysts the article quotes", 未具名的媒体) names no institution
    this.organisations = concepts(
      (a) =>
        (a.kind === 'organisation' || a.kind === 'media' || a.kind === 'bloc') && !UNNAMED.test(`${a.name.en} ${a.role.en} ${a.role.zh}`),
    );
  }

  /** Each person's role as index terms ("__s_minister", "economy"), built on first use. */
  private roles(): Map<string, Set<string>> {
    this.roleTerms ??= new Map(
      this.kinds.actors
        .filter((a) => a.kind === 'person')
        .map((a) => [
          `__a_${a.id}`,
          new Set(
            this.kinds.analyzer
              .analyze(`${a.role.en} ${a.role.zh}`)
              .indexTerms.filter((t) => !isActorConcept(t) && !this.kinds.nameWords.has(t)),
          ),
        ]),
    );
    return this.roleTerms;
  }

  /** Whether a term is part of some person's role ("__s_minister", "economy"), names and everyday words aside. */
  private isRoleTerm(t: string): boolean {
    this.anyRoleTerms ??= new Set([...this.roles().values()].flatMap((r) => [...r]));
    return !isActorConcept(t) && !this.kinds.generic.has(t) && this.anyRoleTerms.has(t);
  }

  /**
   * Whether an item naming these actors (and being this actor's profile, if it is one) names a person holding the role
   * a "which minister" question asks for. Undefined when the question names no role any person holds.
   */
  roleHolderNamed(question: string, informative: Unit[], itemActors: ReadonlySet<string>, profileOf?: string): boolean | undefined {
    const marker = ROLE_ASKED.exec(question);
    if (!marker) return undefined;
    const from = marker.index + marker[0].length;
    const region = question.slice(from, from + ROLE_REACH).toLowerCase();
    const roles = this.roles();
    const asked = informative.filter(
      (u) => u.kind !== 'number' && region.includes(u.surface.split(' ')[0]!) && u.terms.some((t) => this.isRoleTerm(t)),
    );
    if (asked.length === 0) return undefined;
    const named = actorsIn(informative);
    const people = [...itemActors].filter((t) => this.people.has(t) && !named.has(t));
    if (profileOf !== undefined) people.push(profileOf);
    return people.some((p) => asked.some((u) => u.terms.some((t) => roles.get(p)?.has(t))));
  }

  /**
   * "乌克兰外长", "Ukraine's foreign minister": a party's holder of a role when no person of that party holds it in the
   * briefing (its foreign minister is Russia's). Returns how the question names that person, or undefined.
   */
  unknownRoleHolder(question: string, informative: Unit[]): string | undefined {
    const form = matchForm(question);
    const roles = this.roles();
    for (const party of informative) {
      // (北约 is the alliance and the topic of joining it: one actor still)
      const actorTerms = party.terms.filter(isActorConcept);
      const actor = actorTerms.length === 1 ? this.byConcept.get(actorTerms[0]!) : undefined;
      if (!actor || actor.kind === 'person') continue;
      for (const role of informative) {
        const terms = role.terms.filter((t) => this.isRoleTerm(t));
        // a title that is one person's alias ("国防部长" is Hegseth) held by another party's person
        const titled = terms.length === 0 ? role.terms.filter((t) => this.people.has(t)) : [];
        // or a title no one in the briefing holds ("乌克兰议会议长": the briefing names no speaker of parliament)
        const unheld = terms.length === 0 && titled.length === 0 && role.kind !== 'concept';
        if (role === party || (terms.length === 0 && titled.length === 0 && !unheld) || !TITLE.test(role.surface)) continue;
        const said = [
          `${party.surface}${role.surface}`,
          `${party.surface} ${role.surface}`,
          `${party.surface} s ${role.surface}`,
          `${party.surface}的${role.surface}`,
          `${role.surface} of ${party.surface}`,
          `${role.surface} of the ${party.surface}`,
        ];
        if (!said.some((x) => form.includes(x))) continue;
        const ofParty = (p: string) => {
          const a = this.byConcept.get(p)!;
          return [a.affiliation, a.delegation, a.heads].includes(actor.id);
        };
        const holders =
          titled.length > 0 ? titled.filter(ofParty) : [...roles].filter(([p, r]) => terms.some((t) => r.has(t)) && ofParty(p));
        if (holders.length === 0) return said.find((x) => form.includes(x));
      }
    }
    return undefined;
  }

  /**
   * Whether an item naming these actors names an organisation or outlet other than those the question names, for a
   * "which firm / 哪家机构" question. Undefined when the question asks for no organisation.
   */
  organisationNamed(question: string, informative: Unit[], itemActors: ReadonlySet<string>, itemText = ''): boolean | undefined {
    const marker = ORG_ASKED.exec(question);
    if (!marker) return undefined;
    // "视察的是什么机构": a body the item names in passing ("the joint command centre") is one too, unless the question names it
    const body = INSTITUTION.exec(itemText)?.[0];
    if (body !== undefined && !question.toLowerCase().includes(body.toLowerCase())) return true;
    // the word asking ("哪些媒体") may itself name an actor (the unnamed media): it is what is asked for, not given; with a
    // word of its own ("which European newspaper") it names that actor, and the answer must be another
    const asking = marker[0].toLowerCase();
    // (with the actors inside its name: "European media" names Europe too)
    const named = new Set(
      informative
        .filter((u) => u.terms.every(isActorConcept) && (!asking.includes(u.surface) || u.surface.includes(' ')))
        .flatMap((u) => [...u.terms, ...this.kinds.analyzer.analyze(u.surface).indexTerms.filter(isActorConcept)]),
    );
    return [...itemActors].some((t) => this.organisations.has(t) && !named.has(t));
  }

  /**
   * "Which official was at the centre of the scandal": whether an item names a person other than those the question
   * names, not counting one named only for their government ("the Zelensky government's approval", 泽连斯基政府).
   * Undefined when the question asks for no person.
   */
  personNamed(question: string, informative: Unit[], itemActors: ReadonlySet<string>, itemText: string): boolean | undefined {
    const marker = PERSON_ASKED.exec(question);
    if (!marker) return undefined;
    // ("which official, secretary of the Security Council, came along": a person described by his post is the one asked
    // for, not one the question names)
    const named = new Set(
      informative
        .filter((u) => u.terms.every(isActorConcept))
        .flatMap((u) => u.terms.filter((t) => !this.people.has(t) || !describesPost(u.surface) || this.nameForms(t).includes(u.surface))),
    );
    // "which Ukrainian officials", "乌方哪位官员": the person asked for belongs to that party (Witkoff is no Ukrainian official)
    const side = `${marker[0]} ${question.slice(Math.max(0, marker.index - 3), marker.index)}`;
    const parties = this.kinds.analyzer
      .analyze(side)
      .units.flatMap((u) => (u.kind === 'concept' ? u.terms.filter((t) => isActorConcept(t) && !this.people.has(t)) : []));
    return [...itemActors].some((t) => {
      if (!this.people.has(t) || named.has(t)) return false;
      const actor = this.byConcept.get(t);
      if (parties.length > 0 && !parties.includes(`__a_${actor?.affiliation}`)) return false;
      const names = actor ? [actor.name.en, actor.name.zh, ...actor.aliases].filter((n) => itemText.includes(n)) : [];
      // named as a person somewhere, not only as the head of a government
      return (
        names.length === 0 ||
        names.some((n) =>
          new RegExp(`${escapeRegExp(n)}(?!(?:['’]s?)? (?:government|administration|team|camp)|\\s*(?:政府|团队|阵营))`, 'u').test(
            itemText,
          ),
        )
      );
    });
  }

  /** Every name a person goes by, in match form (a post or title the glossary gives him is none), read once per actor. */
  private readonly nameForms = remembering((concept: string): string[] => {
    const a = this.byConcept.get(concept);
    return a ? actorNames(a).map(matchForm) : [];
  });

  /** The actors a yes/no question is about as its grammatical subject: "did Russia accept…", "俄罗斯同意…了吗". */
  yesNoSubject(question: string): Set<string> {
    const en = YESNO_SUBJECT_EN.exec(question)?.[1];
    const zh = en === undefined ? YESNO_SUBJECT_ZH.exec(question)?.[1] : undefined;
    const phrase = en ?? zh;
    if (phrase === undefined) return new Set();
    const units = this.kinds.analyzer.analyze(phrase).units;
    return new Set(units.flatMap((u) => (u.kind === 'concept' ? u.terms.filter(isActorConcept) : [])));
  }

  /** The words naming who speaks in "what did X say / think…", "X对Y怎么看". */
  saidPhrase(question: string): string | undefined {
    const zh = SAID_SUBJECT_ZH.exec(question);
    return SAID_SUBJECT_EN.exec(question)?.[1] ?? zh?.[1] ?? zh?.[2] ?? zh?.[3];
  }

  /** The actors a "how did X view / what did X say / X如何看待" question asks about: its grammatical subject. */
  saidSubject(question: string): Set<string> {
    const phrase = this.saidPhrase(question);
    if (phrase === undefined) return new Set();
    const named = this.kinds.analyzer.analyze(phrase).units.flatMap((u) => (u.kind === 'concept' ? u.terms.filter(isActorConcept) : []));
    // "what did people in Ukraine call…", "乌国内咋看…": a country's public speaks through the media and opinion of that country
    if (!PUBLIC_ASKED.test(phrase)) return new Set(named);
    const voices = (concept: string) =>
      this.kinds.actors.filter((a) => a.kind === 'media' && `__a_${a.affiliation}` === concept).map((a) => `__a_${a.id}`);
    return new Set(named.flatMap((c) => (voices(c).length > 0 ? voices(c) : [c])));
  }

  /**
   * "What job does Zaluzhnyi hold now": whether the question asks for a post today and the profile answering it
   * (`actor-<id>`) knows only a post its holder no longer has.
   */
  formerPostOnly(question: string, profileId: string): boolean {
    if (!CURRENT_POST_ASKED.test(question)) return false;
    const role = this.byConcept.get(`__a_${profileId.replace(/^actor-/, '')}`)?.role;
    // 前 as "former" (乌军前总司令), not as "before" (会晤前后, 前线, 前夕)
    return role !== undefined && (/\b(?:former|ex-|onetime|ousted)/i.test(role.en) || /前(?!后|线|往|夕|一天|提)/.test(role.zh));
  }
}
