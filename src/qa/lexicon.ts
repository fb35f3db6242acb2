/**
 * General vocabulary for Q&A, independent of any one briefing: stop words and synonym groups.
 * Each synonym group becomes one concept token (`__s_<id>`) at index and query time, so
 * "troops", "army", "兵力" and "军队" meet on the same token. Briefing-specific names
 * (actors, topics, plans) come from the briefing's own aliases instead.
 */

export const EN_STOPWORDS = new Set(
  `a an the of to in on at for by with about from into onto over under and or but nor not no so as if than then
  is are was were be been being am do does did done doing have has had having will would shall should can could may might must
  what which who whom whose when where why how much many there here this that these those it its they them their theirs
  he him his she her hers we us our ours you your yours i me my mine any some all each every both either neither
  say says said saying tell tells told mention mentions mentioned think thinks thought know knows known
  according source sources article briefing report text doc document happen happens happened going
  get gets got give gives gave want wants wanted please pls plz exactly actually really just also still even ever
  anything something everything nothing thing things kind sort way ways regarding re concerning
  explain describe summarize summarise summary overview detail details info information mean means meant
  year years yr yrs percent percentage play plays played up out off again further once only own same too very s t ll d ve m o y vs versus between among
  after before call called calling make makes made making
  did does doe hey hi okay ok like lot lots yes yeah whats what's who's whos hows`
    .split(/\s+/)
    .filter(Boolean),
);

/** Chinese function words and question words, as Intl.Segmenter returns them. */
export const ZH_STOPWORDS = new Set(
  `的 了 是 在 吗 呢 吧 啊 呀 么 嘛 哦 之 其 以 而 与 及 和 跟 同 或 或者 并 且 对 对于 关于 有关 就 都 也 还 又 再 被 把 给 让 向 从 到 为 于 由
  什么 啥 怎么 怎样 怎么样 如何 哪些 哪个 哪 哪里 哪儿 多少 几 谁 为什么 为何 何 何时 什么时候 是否 是不是 有没有 能否 可否
  有 没有 没 会 要 能 可以 可能 应该 将 已 已经 曾 正在
  只 只有 仅 仅有 需要 需 人 有人 哪些人 哪位 一 些 很 非常 真的 真 到底 究竟 呀 吗 了吗 么 呢 还是 以及 又是 是什么 做了 做 干 干了 打算
  发生 发生了 安排 处理 怎么处理 怎么安排 一天到晚
  叫 说 说了 讲 提到 提及 表示 称 认为 觉得 指出 谈 谈到 一下 请 请问 告诉 介绍 解释 简单 具体 详细 情况 内容 方面 问题 相关 一些 这些 那些
  那位 这位 之间 我 你 您 他 她 它 我们 你们 他们 她们 它们 这 那 这个 那个 个 们 自己 所 所以 因为 但 但是 如果 虽然 那么 这么 这样 那样 目前 现在 当前 最近
  上 下 中 里 后 前 时 时候 年 月 日 方 次 地 得 着 过 来 去 呢 等 等等 吗 么 呗 啦 嗯 哈 呃 喔 噢`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Synonym groups: id → surface forms (English phrases are matched as whole words after
 * normalisation; Chinese ones as substrings). Forms that name a briefing actor or topic are
 * also picked up from the briefing, so these are only generic words.
 */
export const SYNONYMS: Record<string, string[]> = {
  army: ['army', 'armies', 'armed forces', 'armed force', 'military size', 'troops', 'troop', 'soldiers', 'servicemen', 'military personnel', '军队', '兵力', '军力', '武装部队', '乌军', '部队规模', '军人', 'forces', 'military', 'military forces', 'ground forces'],
  size: ['size', 'sizes', 'how big', 'how large', 'how strong', 'cap', 'caps', 'capped', 'ceiling', 'limit', 'limits', 'limited', 'headcount', 'strength', 'strong', '规模', '上限', '人数', '限制在', '控制在'],
  rebuild: ['重新建', '重新建设', '建起来', 'reconstruction', 'reconstruct', 'rebuild', 'rebuilding', 'rebuilt', 'recovery', 'restoration', '重建', '战后重建', '恢复重建'],
  money: ['funds', 'fund', 'funding', 'money', 'financing', 'finance', 'cost', 'costs', 'price tag', 'bill', '资金', '钱', '经费', '费用', '筹资', '融资'],
  ceasefire: ['ceasefire', 'cease-fire', 'cease fire', 'truce', 'armistice', '停火', '停战', '休战'],
  drone: ['drone', 'drones', 'uav', 'uavs', '无人机', 'unmanned aircraft', 'unmanned aerial vehicle', 'unmanned aerial vehicles', 'unmanned vehicles', '无人驾驶飞行器', '无人飞行器', '无人驾驶飞机'],
  missile: ['missile', 'missiles', 'rocket', 'rockets', '导弹', '飞弹'],
  airstrike: ['air strike', 'air strikes', 'airstrike', 'airstrikes', 'air raid', 'air raids', 'air attack', 'bombing', 'bombed', 'bombardment', 'shelling', 'strike on', 'hit', 'hits', 'struck', 'attack on', 'attacked', 'attacks on', '袭击', '空袭', '轰炸', '空中打击'],
  blackout: ['blackout', 'blackouts', 'power outage', 'power outages', 'power cut', 'power cuts', 'outage', 'outages', '断电', '停电'],
  casualty: ['casualties', 'casualty', 'dead', 'deaths', 'killed', 'wounded', 'injured', '伤亡', '死伤', '遇难', 'death toll', 'body count', 'fatalities', '伤亡人数', '死了多少'],
  referendum: ['referendum', 'referenda', 'plebiscite', 'popular vote', 'national vote', '公投', '全民公投', '全民投票'],
  poll: ['poll', 'polls', 'polling', 'survey', 'approval', 'approval rating', 'approval ratings', 'popularity', 'support rating', 'ratings', '民调', '支持率', '民意调查', '民意', 'backing', 'public backing', 'public support', '支持度', '民意支持'],
  corruption: ['corruption', 'corrupt', 'graft', 'bribery', 'scandal', 'scandals', '腐败', '贪腐', '丑闻', '腐败丑闻'],
  frozen: ['frozen assets', 'frozen', 'immobilised assets', 'immobilized assets', 'freeze', 'frozen russian assets', '冻结', '冻结资产', 'immobilised', 'immobilized', 'immobilise', 'immobilize', 'blocked assets', 'seized assets', '冻住', '冻着', '被冻'],
  centralbank: ['central bank', 'central-bank', '央行', '中央银行', 'monetary authority', 'monetary authorities', 'reserve bank', 'national bank'],
  population: ['population', 'inhabitants', 'people living', '人口', 'residents', 'citizens', 'people live', 'populace', '人口数', '居民', 'ppl left', 'people left'],
  decline: ['decline', 'declined', 'declining', 'fell', 'fallen', 'drop', 'dropped', 'shrink', 'shrank', 'shrunk', 'decrease', 'decreased', 'reduced', 'reduction', 'down from', '减少', '下降', '降至', '锐减', '缩减', '减至', '骤降'],
  refugee: ['refugees', 'refugee', 'fled', 'fleeing', 'flee', 'emigrated', '逃离', '难民', '出逃'],
  call: ['phone call', 'phone calls', 'phone', 'by phone', 'telephone', 'phoned', 'spoke by phone', '通话', '电话', '通电话'],
  dmz: ['demilitarized zone', 'demilitarised zone', 'demilitarized', 'demilitarised', 'dmz', 'buffer zone', '非军事区', '缓冲区'],
  freezone: ['free economic zone', 'free-economic zone', 'free trade zone', 'special economic zone', '自由经济区'],
  frontline: ['line of contact', 'contact line', 'front line', 'frontline', 'front lines', 'current line', 'battle line', '接触线', '战线', '前线', '控制线'],
  withdraw: ['withdraw', 'withdraws', 'withdrawal', 'withdrawn', 'pull out', 'pull back', 'pullback', 'retreat', '撤军', '撤出', '撤离', '撤退'],
  surrender: ['surrender', 'capitulation', 'capitulate', '投降', '投降书', 'white flag', '投降协议'],
  license: ['license', 'licence', 'licensed', 'permit', 'operating licence', 'operating license', '许可证', '许可', '运行许可', 'licensing', 'operating permit', '运营许可', '运行执照', '执照'],
  decree: ['decree', 'decreed', 'executive order', '法令', '总统令'],
  debt: ['debt', 'national debt', 'federal debt', 'deficit', '国债', '债务'],
  market: ['market access', 'european market', 'eu market', 'single market', 'preferential access', 'trade access', '市场准入', '欧洲市场', '优惠待遇'],
  weapons: ['weapons', 'weapon', 'arms', 'munitions', 'arms dealer', '武器', '军火', '军火商', '武器装备', 'arms sales', 'weapon sales', 'military aid', '武器援助', '军援'],
  intelligence: ['intelligence', 'spy', 'spies', 'leak', 'leaked', 'exposed', '情报', '曝光'],
  uniform: ['uniform', 'military uniform', 'fatigues', 'camouflage', '军装', '军服', '戎装'],
  commandpost: ['command center', 'command centre', 'command post', 'headquarters', '指挥中心', '联合指挥中心', '指挥部'],
  article5: ['article 5', 'article five', 'article v', '第五条', '第5条'],
  collective: ['collective defense', 'collective defence', 'mutual defense', 'mutual defence', '集体防御', '集体防卫', '共同防御'],
  multinational: ['multinational force', 'multinational forces', 'reassurance force', 'peacekeepers', 'peacekeeping', 'coalition force', 'troops on the ground', '多国部队', '维和部队', '维和'],
  membership: ['membership', 'join', 'joining', 'accession', 'member', 'entry into', '加入', '入约', '成员国', '成员资格'],
  parliament: ['parliament', 'rada', 'verkhovna rada', 'lawmakers', 'legislature', '议会', '国会', '最高拉达'],
  visit: ['visit', 'visits', 'trip', 'travel to', 'go to', '访问', '出访', '前往'],
  address: ['address', 'speech', 'speak to', 'speak before', '讲话', '演讲', '发表讲话'],
  host: ['host', 'hosts', 'hosting', 'chair', 'chairs', 'chaired', 'convene', 'preside', '主持', '召集', '主办'],
  envoy: ['envoy', 'special envoy', 'emissary', '特使', '特别代表'],
  draft: ['draft', 'drafted', 'drafting', 'wrote', 'written', 'author', 'authored', 'authors', 'drew up', 'came up with', 'put together', '搞出来', '弄出来', '捣鼓出来', '起草', '拟定', '制定', '撰写'],
  publish: ['publish', 'published', 'unveil', 'unveiled', 'release', 'released', 'made public', 'announce', 'announced', 'disclosed', '公布', '公开', '发布', '宣布', 'publicly', 'went public', 'go public', 'going public', 'made it public', 'put out', '公之于众', '亮出'],
  revenue: ['make money', 'makes money', 'profit from', 'profiteer', 'profiteering', '获利', '牟利', '赚钱', 'revenue', 'revenues', 'profit', 'profits', 'proceeds', 'income', 'earnings', '收益', '收入', '利润'],
  operate: ['operate', 'operated', 'operation', 'run', 'running', 'manage', 'managed', 'management', 'control', 'controlled', 'controls', '运营', '运行', '管理', '控制', '掌控', '控制权', '经营', '落入', '落到', '手里', '手中', '掌握在'],
  joint: ['jointly', 'joint', 'together', 'shared', 'trilateral', '共同', '联合', '三方'],
  exclude: ['exclude', 'excluded', 'excluding', 'exclusion', 'leave out', 'cut out', 'shut out', '排除', '排除在外'],
  mood: ['atmosphere', 'mood', 'tone', 'relaxed', 'friendly', '氛围', '气氛'],
  optimism: ['optimistic', 'optimism', 'upbeat', 'hopeful', 'positive signal', 'positive signals', '乐观', '积极信号', '正面信号'],
  close: ['very close', 'close to', 'closer', 'nearly done', 'almost done', 'near completion', '非常接近', '接近完成', '很接近', '接近', '很近', '不远', 'how far', 'how close', '多远', '还有多远', '差多远', '差多少'],
  chiefOfStaff: ['chief of staff', 'white house chief of staff', '幕僚长', '办公厅主任', '白宫办公厅主任', '白宫幕僚长'],
  consensus: ['consensus', 'agreement', 'agreed', 'agree', 'agrees', 'deal', 'accord', 'common ground', '共识', '一致', '协议', '同意', 'united', 'unity', 'unified', 'divided', 'division', 'divisions', 'disagree', 'disagreement', 'disagreements', '团结', '分歧'],
  concession: ['concession', 'concessions', 'concede', 'give up', 'cede', 'ceding', 'yield', 'compromise', 'compromises', '让步', '妥协', '割地', '放弃'],
  accountability: ['accountability', 'held accountable', 'blame', 'responsibility', '问责', '追责', '责任'],
  exit: ['graceful exit', 'dignified exit', 'exit', 'way out', 'step down', 'stepping down', '体面退场', '退场', '下台'],
  rival: ['rival', 'rivals', 'challenger', 'opponent', 'competitor', 'contender', '对手', '竞争对手'],
  dismiss: ['sidelined', 'sidelining', 'pushed out', 'moved out', 'demoted', 'dismissed', 'sacked', 'fired', 'removed', 'ousted', 'reassigned', '调离', '解职', '撤职', '免职'],
  advance: ['advance', 'advancing', 'advances', 'offensive', 'gains', 'capture', 'captured', 'seize', 'seized', 'taking towns', '推进', '夺取', '攻占', '进攻'],
  port: ['port', 'seaport', 'sea access', 'outlet to the sea', 'only port', '出海口', '港口', 'gateway to the sea', 'access to the sea', 'seaside city', 'coastal city', 'port city', '海港', '港城'],
  victim: ['victim', 'victims', 'loser', 'losers', 'sacrifice', 'pawn', '受害者', '牺牲品', '输家'],
  breakthrough: ['breakthrough', 'breakthroughs', 'major progress', 'substantive progress', '突破', '重大突破', '实质性进展'],
  sovereignty: ['sovereignty', 'sovereign', '主权'],
  escalation: ['escalation', 'escalate', 'escalating', 'wider war', '升级', '扩大化'],
  collapse: ['bring down', 'brings down', 'topple', 'toppled', 'toppling', 'downfall', 'fall of', 'collapse', 'collapses', 'collapsed', 'fall apart', 'break down', 'derail', 'derailed', '崩盘', '崩溃', '垮台', '破裂'],
  early: ['ahead of', 'in advance', 'early', 'earlier than', 'beforehand', 'pre-emptively', '提前', '事先', '抢先'],
  attendee: ['came with', 'come with', 'went with', 'travelled with', 'traveled with', 'accompany', 'accompanying', 'who was with', 'attendee', 'attendees', 'attended', 'attend', 'delegation', 'delegations', 'delegate', 'delegates', 'who was there', 'entourage', 'accompanied', 'participants', '出席', '参会', '代表团', '随行', '陪同', '与会'],
  fear: ['worry', 'worried', 'worries', 'fear', 'fears', 'feared', 'concern', 'concerned', 'concerns', 'afraid', 'alarmed', 'nervous', '担心', '担忧', '害怕', '忧虑', '顾虑'],
  government: ['government', 'regime', 'administration', 'cabinet', '政府', '政权', '当局'],
  meeting: ['meeting', 'meetings', 'meet', 'met', 'talks', 'summit', 'sit-down', 'get-together', '会晤', '会谈', '见面', '会面', '峰会', '面谈', 'encounter', 'encounters', 'meetup', 'huddle', '碰面', '碰头', '会面', '见了面'],
  criticise: ['criticise', 'criticize', 'criticised', 'criticized', 'criticism', 'accuse', 'accused', 'accusation', 'blast', 'blasted', 'slam', 'slammed', 'condemn', 'condemned', '批评', '指责', '抨击', '谴责', '批判'],
  nuclear: ['nuclear', 'atomic', '核', '原子能'],
  station: ['power plant', 'power station', 'plant', 'station', '电站', '电厂', '核电厂', '反应堆'],
  security: ['security', 'protection', 'safety', 'defence pact', 'defense pact', '安全', '安保', '保护'],
  percent: ['percentage', 'percent', 'per cent', 'proportion', 'share of', 'what share', '百分之', '百分比', '百分', '比例', '几成'],
  pledge: ['pledge', 'pledged', 'pledges', 'promise', 'promised', 'promises', 'commitment', 'commitments', 'commit', 'committed', 'vow', 'vowed', 'undertaking', '承诺', '答应', '许诺', '允诺'],
  maximum: ['at most', 'max', 'maximum', 'up to', 'no more than', 'at the most', '最多', '至多', '顶多', '充其量'],
  prewar: ['before the war', 'pre-war', 'prewar', 'pre-invasion', 'before the invasion', 'before the full-scale war', '战前', '开战前', '冲突前', '战争前', '战争爆发前', '打仗前'],
  postwar: ['after the war', 'post-war', 'postwar', 'once the war ends', 'when the war ends', '战后', '打完仗', '战争结束后', '仗打完'],
  convey: ['convey', 'conveyed', 'conveys', 'pass on', 'passed on', 'message', 'messages', 'relay', 'relayed', '传递', '转达', '传话', '带话', '表明'],
  resolve: ['settle', 'settled', 'settles', 'resolve', 'resolved', 'resolving', 'resolution', 'unresolved', 'solve', 'solved', 'sort out', 'sorted out', '解决', '未解决', '谈妥', '搞定'],
  usable: ['usable', 'useable', 'available', 'tap', 'tapped', 'tapping', 'draw on', 'drawn on', 'drawn down', 'could be used', 'can be used', 'could actually be used', 'put to use', 'mobilise', 'mobilised', '动用', '可动用', '挪用', '可用', '能用', '拿出来用', '掏出来用'],
  only: ['only', 'sole', 'single', 'lone', '唯一', '仅有的'],
  minister: ['minister', 'secretary', 'ministry', '部长', '国务卿', '大臣'],
};

/**
 * Item kinds a question can ask for ("what is X's position", "what are the risks"). They only
 * steer ranking: they never count towards coverage, since almost any question could carry them.
 */
export const KIND_WORDS: Record<string, string[]> = {
  position: ['position', 'positions', 'stance', 'stances', 'view', 'views', 'attitude', 'demand', 'demands', 'want', 'insist', 'insists', 'red line', 'red lines', 'bottom line', '立场', '态度', '主张', '要求', '诉求', '底线', '看法', '观点'],
  risk: ['risk', 'risks', 'danger', 'dangers', 'threat', 'threats', 'uncertainty', 'uncertainties', 'pitfall', 'could go wrong', 'derail', '风险', '隐患', '危险', '威胁', '不确定性', '变数'],
  figure: ['numbers', '几年', '多少年', 'how many years', 'how many', 'how much', 'how long', 'how large', 'how big', '多久', '多长', '多长时间', '多大', 'number', 'figure', 'figures', 'amount', 'total', 'count', '多少', '几', '数字', '数量', '总额'],
  event: ['when', 'date', 'what day', 'since when', 'which day', '哪一天', '几号', '哪年', '哪个月', 'timeline', '何时', '哪天', '什么时候', '日期', '时间'],
  actor: ['who is', 'who are', 'who was', 'profile', 'background of', 'role', 'roles', 'job', 'title', 'post', 'portfolio', 'what does do', '是谁', '身份', '简介', '什么人', '谁是', '职务', '职位', '头衔', '干什么的', '做什么的'],
  provision: ['provision', 'provisions', 'clause', 'clauses', 'point', 'points', 'propose', 'proposes', 'proposed', 'proposal', 'terms', '条款', '提出', '提议', '规定', '内容'],
};

/**
 * Words that carry no subject in a question ("rn", "guy", "来着"): neither evidence that the
 * briefing covers it nor that it does not.
 */
export const FILLER_WORDS = new Set(
  `rn tho tbh btw lol lmao u ur ya yo gonna wanna gotta kinda sorta um uh hmm huh eh basically literally anyway anyways dude
  guy guys folks stuff whole exact approx approximately roughly around now nowadays currently lately recently quick quickly
  remind recall remember wonder wondering curious question supposed apparently anyone someone somebody everyone again
  night day today yesterday ago back thing real honestly seriously like ok okay wait hey b4 bc cuz cos coz idk iirc afaik
  mean gist tldr tl dr brief briefly short shortly sure big huge massive whole entire latest newest happen happening went
  来着 那个谁 话说 想问 问一下 问下 知道 记得 说说 聊聊 讲讲 那啥 就是 然后 其实 来的 搞 弄 整 咋 啥 呗 哈 嘛 呀 啊 哎 诶 咱 俺 大概 大约 左右 现在 如今 当时 那次 这次 那会儿
  之后 之前 以后 以前 后来 只剩 剩下 还剩 是在 的是 在于 那种 这种 哪种 想要 起来 出来 下来 一回 头一回 当面 估算 估计 得 按 按照 照 把 这个 那个
  take takes took taken taking react reacted reacts reaction respond responded responds response claim claimed claims comment commented comments remark remarked
  叫什么名字 叫什么 叫啥 名字 姓名 include includes included including contain contains contained
  一条 一下子 一共 总共 到底是 算是 叫做 所谓 分别 各自 具体是 主要 主要是 一般 通常 据说 听说 好像 似乎 是否 能够 能 会 可 两位 双方 各方 此次 这回 那回 这件事 那件事`
    .split(/\s+/)
    .filter(Boolean),
);

/** Abbreviations people type for common words and titles, written out before matching. */
export const ABBREVIATIONS: Record<string, string> = {
  fm: 'foreign minister',
  pm: 'prime minister',
  vp: 'vice president',
  potus: 'president of the united states',
  govt: 'government',
  gov: 'government',
  admin: 'administration',
  pt: 'point',
  pts: 'points',
  mtg: 'meeting',
  mtgs: 'meetings',
  pres: 'president',
  prez: 'president',
  intl: 'international',
  natl: 'national',
  hrs: 'hours',
  hr: 'hour',
  mins: 'minutes',
  mos: 'months',
  ppl: 'people',
  pop: 'population',
  nite: 'night',
  tmrw: 'tomorrow',
  b4: 'before',
  bc: 'because',
  abt: 'about',
  thru: 'through',
  mn: 'million',
  bn: 'billion',
};
