/**
 * What kind of datum a question asks for, in English or Chinese: a date, a number, a person, a
 * place, someone's words, a reason, or a yes/no verdict. Ranking prefers items that carry it.
 */
import { expandAbbreviations } from './normalize.ts';

export type QuestionType = 'when' | 'number' | 'duration' | 'who' | 'where' | 'said' | 'label' | 'why' | 'yesno' | 'what';

const PATTERNS: Array<[QuestionType, RegExp]> = [
  // "when" as a question word, not as a conjunction ("what was he wearing when he visited")
  [
    'when',
    /(?:^|[,;:?]\s*|\b(?:and|so|but|since|by|until|till|then)\s+)when\b|\bwhen (?:did|does|do|is|was|were|will|would|has|have|had|are|can|could|exactly)\b|\bwhen\s*(?:[?？]|$)|\b(?:(?:what|which)(?: (?:exact|specific|precise))? (?:date|day|month|year)s?|what time|(?:exact|specific|precise) (?:date|day)s?|since when|by when|how long ago|(?:any|what|the|a) timing|time ?frame|what(?:'s| is| was| were) (?:\S+ ){0,2}deadlines?|(?<!-|post )dated?)\b|什么时候|啥时候?|何时|哪天|哪一天|哪[两几]天|几号|几月|哪年|哪个月|哪一年|日期|多会儿|几时/iu,
  ],
  [
    'number',
    /\b(?:how (?:many|much|big|large|long|strong|high|low|wide|deep|tall|heavy|old)|ballpark|what (?:[a-z]+ )?(?:percent(?:age)?|share|number|size|cap|ceiling|limit|level|amount|figure|proportion|total)\b|how many|(?:exact|precise|specific) (?:number|figure|percentage|amount|count)|(?:casualty|death|body|troop|head) ?(?:count|toll|tally)|death toll|what(?:'s| is| was| are| were)? the (?:size|scale|number|amount|total|level|figure)\b|\b(?:debt|approval|troop|army|casualty|population|aid|poll|drone|missile) (?:figure|number|numbers|figures|count)\b|what fraction|which fraction|which (?:article|clause|point|paragraph)|which (?:[a-z]+ )?(?:article|clause)|which (?:nato|treaty|charter|alliance) provision)|%|第几|哪一?条(?!\p{Script=Han}?[线路河街道界])|多少|(?<!哪)几[个年次架枚万点台名艘辆颗]|多大|多长|多久|百分之几|几分之几|比例|几成|多高|多宽|多深|数额|人数|规模/iu,
  ],
  [
    'duration',
    /\bhow long\b|\b(?:for )?how (?:long|many (?:years|months|weeks|days|hours))\b|(?<![-\w])(?<!(?:short|long|mid|near|second|first|medium) )(?:duration|length|term(?! ["'“‘]?[\w -]+["'”’]? mean))\b|多久|多长时间|多长|几年|多少年|(?<!最后|截止)期限|时长|有效期/iu,
  ],
  [
    'who',
    // "who" as a question word, not a relative pronoun right after a noun phrase ("the lands whose ownership…", "the envoy who…")
    /(?<!\b(?:the|a|an|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3})\b(?:who|whom|whose|whos|who's)\b|\b(?:is|was|are|were) who\b|\b(?:which (?:of )?(?:[a-z'’]+ ){0,3}(?:person|persons|official|officials|leader|leaders|minister|ministers|envoy|envoys|general|generals|people|member|members|aide|aides|advis[eo]rs?|officers?|diplomats?|secretary|chief|commander|head)|name of)\b|谁|哪位|哪些人|什么人|叫什么|叫啥|名字/iu,
  ],
  [
    'where',
    /\b(?:(?<!\b(?:the|that|this|those|these) [a-z]+ )where(?! (?:does|do|did|is|are|would|will|should)\b[^?]{0,40}?\bstands?\b)(?! (?:things|it|they|we|matters|talks|negotiations|the talks) (?:stand|stood|stands|are|were|is|was)\b)|(?:is|was|are|were|lies|sits) in (?:what|which|wut|wat) (?:u\.?s\.? )?state|which (?:(?:two|three|four|five|six|[2-9]) )?(?:city|cities|country|place|places|capital|region|regions|provinces?|locations?|port|oblasts?|venue|estate|resort|state)|in what (?:regions?|places?)|what (?:city|place|venue|location))\b|哪里|哪儿|在哪(?!一?个?[天年月]|[两几]天)|什么地方|什么地点|啥地方|哪个地点|哪个城市|哪个州|哪一州|哪个省|哪座|哪个地方|哪[几两三四五六]个(?:州|地区|城市|国家|港口|地方|战场|方向)|哪些(?:地区|地方|州|省|城市|城镇|港口)|哪(?:个|些|一个)国家|哪国|何地|(?:什么|哪个|啥)场合|\b(?:on|at) what occasion\b/iu,
  ],
  [
    'said',
    // ("is said to be bypassing" reports hearsay: it asks for no one's words)
    /\bwhere (?:does|do|did|is|are|would|will|should)\b[^?]{0,40}?\bstands? (?:on|about|regarding|with)\b|\b(?:say|said(?! to\b)|says|stance|position|view|think|thinks|claim|claimed|describe[sd]?|call(?:ed)?|react(?:ed)?|respond(?:ed)?|warn(?:ed)?|promise[sd]?|pledge[sd]?|announce[sd]?|propos(?:e|es|ing)|(?:has|have|had) (?:[a-z]+ )?proposed|regard(?:s|ed)?|view(?:s|ed)?|see|saw|perceive[sd]?|feel about|reaction|tell|told|message|comment(?:s|ed)?|remark(?:s|ed)?)\b|(?<!来|听|据|比如|就是|所以|再)说(?!白了|明|到底)|表示|称|立场|态度|怎么看|看待|如何看|怎样看|咋看|咋想|咋评价|认为|看法|评价|回应|宣布|表态|警告|承诺|意见|评论|发表|指出|(?:[传带撂]|(?<!开)放)了?(?:啥|什么|哪些)?(?:狠)?话|撂下|传达|话里话外|(?:怎么|如何|怎样|咋)(?:形容|描述)/iu,
  ],
  // what something was called or likened to: the answer is a quoted word ("a post-dated check", “投降书”)
  [
    'label',
    /\b(?:metaphors?|liken(?:s|ed)?|compar(?:e|es|ed|ing) (?:it |them |this |that )?(?:to|with)|call(?:s|ed)? (?:it|them|this|that|the \w+)|(?:being|be|get|getting) (?:called|labell?ed|branded)|dub(?:s|bed)?|label(?:s|led|ed)?|brand(?:s|ed)?|nickname[sd]?|hail(?:s|ed)?|what (?:word|term|phrase|label|image)|how (?:did|does|do|has|have|would|was|were) [^?]{1,40}? (?:describe|characteri[sz]e)|described? (?:it |them |this |that )?as|spin|spun|portray(?:s|ed)?|paint(?:s|ed)? (?:it|them)|fram(?:e|es|ed) (?:it|them)|term(?:s|ed)? (?:it|them))\b|比作|比喻|比成|喻为|称为|称作|称之为|叫做|形容|描述为|说成|誉为|视为|看作|当作|当成|比方|[扣戴]上?(?:什么|啥|哪顶)?(?:样的)?帽子|骂名|骂成|骂作|被骂|(?:怎么|如何|怎样|咋)评价|\bcompar(?:e|es|ed|ing)\b[^?]{1,60}?\bto\s*[?？.]*\s*$/iu,
  ],
  [
    'why',
    /\b(?:why|how come|what for|reason)\b|(?<![沦成作称视认])为什么|为何|凭什么|咋回事|原因|为啥|图啥|图个啥|图什么|干嘛要|干啥要|(?:what's|whats|what is) the point of/iu,
  ],
  [
    'yesno',
    /^(?:(?:so|and|but|wait|ok|okay)[, ]+)?(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had|should|(?:did|does|do|is|are|was|were|has|have)n'?t)\b|^[^,?]{3,60}(?:,|\s[—–-]|:)\s*(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had|should|(?:did|does|do|is|are|was|were|has|have)n'?t)\b|(?:吗|(?<![什怎这那])么)\s*[?？]?\s*$|是不是|有没有|能不能|会不会|了没|是否|能否|可否|有否|(\p{Script=Han})不\1/iu,
  ],
];

/** A stance asked for ("持什么态度", "what's their stance on"), and a word that asks a number whatever else is asked. */
const ATTITUDE_ASKED =
  /(?:什么|啥|怎样的?)(?:态度|立场|看法)|怎么看|如何看|\bwhat(?:'s| is| was)? (?:the |their |its |his |her )?(?:stance|position|view|attitude)\b/iu;
const COUNT_WORD = /多少|几|多大|多长|多久|\bhow (?:many|much|big|large|long)\b|\bwhat (?:percent|share|number)/iu;

/** "有共识没?", "有进展没有": a yes/no question ending in 有…没 (answered 有 / 没有, see verdict.ts). */
export const HAVE_OR_NOT = /有\p{Script=Han}{1,12}没有?\s*[?？]?\s*$/u;

/** Every type the question carries, strongest first; `what` when none. */
export function questionTypes(question: string): QuestionType[] {
  // "how many yrs" asks how many years
  const written = expandAbbreviations(question.toLowerCase()).replace(/\s+/g, ' ');
  let types = PATTERNS.filter(([, re]) => re.test(written)).map(([t]) => t);
  // "德国对援乌规模持什么态度": a stance on a size is asked, not the size
  if (types.includes('number') && ATTITUDE_ASKED.test(written) && !COUNT_WORD.test(written)) types = types.filter((t) => t !== 'number');
  // (yes/no is the last pattern: a question ending 有…没 adds it in the same place)
  if (!types.includes('yesno') && HAVE_OR_NOT.test(written)) types.push('yesno');
  return types.length > 0 ? types : ['what'];
}

const EN_ASK = "(?:what|what's|how|which|who|whom|whose|when|where|why|did|does|do|is|are|was|were|will|would|can|could|has|have)";
const PART_BREAK = new RegExp(
  `[?？]\\s*(?=\\S)|[;；]\\s*|,?\\s+(?:and|also|plus)\\s+(?=(?:(?:by|in|on|at|for|since|from|until|to|with)\\s+)?${EN_ASK}\\b)|(?<!除了[^？?。；;]{0,15})(?<=^|[\\p{P}\\s呢吗啊呀吧嘛])还有|(?:另外|以及|顺便问下?)`,
  'iu',
);

/**
 * The separate questions in a multi-part question ("when …, and what …?"); one part when it is one question.
 * ("除了基辅，还有哪些城市…" is one question: besides Kyiv, which other cities.)
 */
export function questionParts(question: string): string[] {
  return question
    .split(PART_BREAK)
    .map((p) => p.trim())
    .filter((p) => [...p.replace(/[\p{P}\s]/gu, '')].length >= 3);
}

/** A pronoun pointing back to what an earlier part asked about ("…, and what was his role"). */
const BACK_REFERENCE = /\b(?:he|she|his|her|him|they|their|them)\b|(?<!其)他|她/iu;

/** Whether a part of a question refers back to an earlier part. */
export function pointsBack(part: string): boolean {
  return BACK_REFERENCE.test(part);
}

/**
 * "how do I reset my router", "帮我写个脚本", "我该怎么…", "how do you say good morning in Ukrainian": the asker wants
 * instructions, a service or a translation, which no briefing gives,
 * whatever words it shares with the story.
 */
const REQUEST_FOR_ASKER =
  /\b(?:how|when|where) (?:do|can|should|could|would) i\b|\bhow (?:long|much|many|often) (?:do|should|can) i\b|\bhelp me\b|\bhow (?:do|would|can) (?:you|we|one) (?:say|pronounce|spell)\b|(?:用|拿)\p{Script=Han}{1,4}(?:语|文|话)怎么(?:说|讲|念)|^(?:please |pls |can you |could you )?(?:write|translate|recommend|suggest) (?:me |a |an |some )|^(?:请|麻烦)?(?:帮我|给我|教我|替我)|我(?:该|应该|要|能)(?:怎么|如何)/iu;

/** Whether the question asks the bot to do something for the asker rather than about the story. */
export function requestForAsker(question: string): boolean {
  return (REQUEST_FOR_ASKER.test(question.trim()) && !RECALL_ASKED.test(question)) || ADVICE_ASKED.test(question);
}

/**
 * "帮我回忆一下…", "help me remember…", "要是有人问X，我该怎么回答": a request to recall or to answer a question about the story
 * is that question.
 */
const RECALL_ASKED =
  /\bhelp me (?:recall|remember|understand|figure out|find out|check)\b|(?:帮我|给我)(?:回忆|想想|想一下|查查|查一下|确认|核实|核对|看看|找找|理一理|理一下|梳理|总结|概括)|问.{2,60}[，,]\s*我(?:该|应该|要|能)(?:怎么|如何)(?:回答|回复|答复|解释|说)/u;

/**
 * "推荐一下", "有啥技巧", "what's a good drone for beginners", "any tips", "怎么快速提高口语": advice or a recommendation, which a briefing
 * never gives.
 */
const ADVICE_ASKED =
  /\b(?:what's|whats|what is) a good\b|\blike (?:i'?m|i am) (?:5|five)\b|\beli5\b|\bany (?:tips|advice|recommendations)\b|\b(?:is it|it's|its) worth (?:it|buying|installing|getting)\b|推荐(?:一下|几[个款部本]|个)|有(?:啥|什么)(?:技巧|窍门|诀窍|好办法)|(?:怎么|如何|咋)(?:煮|烧菜|做菜|做饭|炒(?!作)|烤|炖)|(?:怎么|如何|咋)(?:弄|做|搞|安排|规划)(?:比较|才|更|最)(?:稳|好|省心|划算|靠谱)|\brecipe\b|\bhow (?:do|can|should|would) (?:i|you|we) (?:cook|bake|boil|fry|roast)\b|哪个牌子|性价比|(?:怎么|怎样|如何|咋)(?:样|才能|才可以)?(?:快速|迅速|有效)?(?:地)?(?:提高|提升|改善|学好|练好)|\bhow (?:can|do|should|could) (?:i|we|you) (?:quickly |best )?(?:improve|get better at|learn)\b|\bhow to (?:quickly )?(?:improve|get better at|learn)\b/iu;

/** "what post did he hold", "那位官员是什么职务": the title a person holds, which the person's profile states. */
const POST_ASKED =
  /\b(?:what|which) (?:post|position|job|title|office|rank)s?\b|什么(?:职务|职位|头衔|身份|官职)|(?:职务|职位|头衔|身份|官职)是(?:什么|啥)|啥(?:职务|职位|头衔|身份|官)/iu;

/** Whether the question asks for the post a person holds. */
export function asksPost(question: string): boolean {
  return POST_ASKED.test(question);
}
