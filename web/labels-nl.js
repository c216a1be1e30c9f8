// labels-nl.js — every Dutch word the console shows, in one place, so that
// the console can be translated by copying this file. Functions format
// numbers and times; everything else is plain text.

export const L = {
  appName: 'praatpaal',
  appTitle: 'Praatpaal — console',
  skipToMain: 'Naar de inhoud',

  // log in
  loginTitle: 'Inloggen',
  loginIntro: 'Log in met je account van de praatpaal.',
  login: 'Gebruikersnaam',
  password: 'Wachtwoord',
  loginButton: 'Inloggen',
  loginBusy: 'Bezig met inloggen…',
  logout: 'Uitloggen',
  loggedOut: 'Je bent uitgelogd.',
  sessionGone: 'Je sessie is verlopen. Log opnieuw in.',
  retryAfter: (s) => `Te vaak geprobeerd. Probeer het over ${s} seconden opnieuw.`,

  // navigation
  nav: 'Hoofdmenu',
  navQueue: 'Wachtrij',
  navChats: 'Gesprekken',
  navStats: 'Overzicht',
  navHelp: 'Sneltoetsen',
  youAre: (alias, role) => `${alias} (${roleName(role)})`,

  // queue
  queueTitle: 'Wachtrij',
  queueEmpty: 'Er wacht nu niemand.',
  queueCount: (n) => (n === 1 ? '1 jongere wacht' : `${n} jongeren wachten`),
  next: 'Volgende jongere helpen',
  nextNone: 'Er wacht nu niemand voor jouw teams.',
  claim: 'Aannemen',
  colTeam: 'Team',
  colWho: 'Onderwerp',
  colWait: 'Wacht',
  colWindow: 'Venster',
  colAction: 'Actie',
  crisis: 'Crisis',
  crisisAlert: (cat) => `Crisis${cat ? ': ' + categoryName(cat) : ''} — er wacht een jongere op hulp.`,
  crisisInChat: (cat) => `Crisis in een gesprek${cat ? ': ' + categoryName(cat) : ''}.`,
  crisisUnclaimed: 'Een crisisgesprek wacht al te lang. Neem het aan.',
  idleAlert: 'Een gesprek wacht op jouw antwoord.',
  seen: 'Gezien',
  open: 'Openen',
  live: 'live',
  offline: 'verbinding weg, opnieuw verbinden…',
  refreshed: 'Wachtrij bijgewerkt',

  // chat
  chatsTitle: 'Gesprekken',
  chatsEmpty: 'Je hebt geen open gesprekken. Neem een jongere aan uit de wachtrij.',
  chatTabs: 'Open gesprekken',
  closeTab: 'Tab sluiten',
  transcript: 'Gesprek',
  older: 'Oudere berichten laden',
  youth: 'Jongere',
  bot: 'Bot',
  counsellor: 'Hulpverlener',
  media: (kind) => `[${kindName(kind)}]`,
  reply: 'Antwoord',
  replyHint: 'Ctrl+Enter verstuurt.',
  send: 'Versturen',
  canned: 'Standaardantwoord',
  cannedPick: '— kies een standaardantwoord —',
  notes: 'Notities (alleen voor collega\'s)',
  noteAdd: 'Notitie opslaan',
  noteLabel: 'Nieuwe notitie',
  notesEmpty: 'Nog geen notities.',
  summary: 'Samenvatting van de bot',
  status: 'Status',
  statusName: (s) => ({ bot: 'bij de bot', queued: 'in de wachtrij', assigned: 'in gesprek', closed: 'afgesloten' }[s] || s),
  assignedTo: (alias) => `Bij ${alias}`,
  windowLeft: (s) => `Nog ${duration(s)} om te antwoorden (24-uursvenster)`,
  windowShut: 'Het 24-uursvenster is dicht: je kunt alleen een sjabloon sturen.',
  windowSms: 'SMS: geen 24-uursvenster',
  outsideWindow: (tpl) => `Buiten het 24-uursvenster. Stuur het sjabloon ${tpl || ''} via de beheerder.`,
  actions: 'Acties',
  transfer: 'Overdragen',
  transferTo: 'Naar team',
  transferNote: 'Notitie bij overdracht (optioneel)',
  release: 'Teruggeven aan de bot',
  close: 'Afsluiten',
  outcome: 'Uitkomst',
  released: 'Het gesprek is teruggegeven aan de bot.',
  closed: 'Het gesprek is afgesloten.',
  transferred: (team) => `Het gesprek is overgedragen aan ${team}.`,
  claimedBy: (alias) => `Dit gesprek is aangenomen door ${alias}.`,
  newMessage: 'Nieuw bericht',
  tick: (st) => ({ queued: 'in de wachtrij', sending: 'wordt verstuurd', sent: 'verstuurd',
                   delivered: 'afgeleverd', read: 'gelezen', failed: 'mislukt' }[st] || st),

  // stats
  statsTitle: 'Overzicht van vandaag',
  statsByRoute: 'Gesprekken per route',
  statsWaitTeam: 'Wachttijd per team',
  statsMedian: 'mediaan',
  statsMax: 'langste',
  statsCrisis: 'Crisis',
  statsCrisisCount: 'Crisisgesprekken',
  statsClaim: 'Tijd tot aannemen',
  statsQueued: 'in de wachtrij gezet',
  statsClaimed: 'aangenomen',
  statsWaitingNow: 'wachten nu',
  statsNone: 'nog niets vandaag',
  statsRefresh: 'Vernieuwen',

  // stories (the story dashboard)
  navStories: 'Verhalen',
  storiesTitle: 'Verhalen: wat vertellen jongeren, ouders en professionals?',
  storiesIntro: (k) => `Aantallen verhalen van mensen die ja zeiden tegen onderzoek. Je ziet geen verhalen zelf, alleen aantallen. Is een aantal kleiner dan ${k}, dan staat er „minder dan ${k}”; soms verbergen we dan ook een tweede aantal, zodat niemand het kleine aantal kan uitrekenen.`,
  storiesFrom: 'Van',
  storiesTo: 'Tot en met',
  storiesBy: 'Per',
  storiesByWeek: 'week',
  storiesByMonth: 'maand',
  storiesRole: 'Wie vertelt',
  storiesMunicipality: 'Gemeente',
  storiesAll: 'alle',
  storiesShow: 'Tonen',
  storiesTotal: (n) => (n === 1 ? '1 verhaal' : `${n} verhalen`),
  storiesFewer: (k) => `minder dan ${k}`,
  storiesFewerTotal: (k) => `Minder dan ${k} verhalen in deze keuze: we tonen geen aantallen.`,
  storiesOverTime: (by) => `Verhalen per ${by === 'week' ? 'week' : 'maand'}`,
  storiesNone: 'geen verhalen',
  storiesValue: 'Antwoord',
  storiesCount: 'Aantal',
  storiesPeriod: 'Periode',
  storiesChartLabel: (title, rows) => `${title}: ${rows}`,
  dimName: (d) => ({ role: 'Wie vertelt', help_kind: 'Soort hulp', municipality: 'Gemeente',
                     age_band: 'Leeftijd', topic: 'Onderwerpen (een verhaal kan er meer hebben)' }[d] || d),
  sigName: (s) => ({ triad: 'Wat hielp het meest?', help_amount: 'De hulp was …',
                     heard: 'Ik voelde me gehoord …', say: 'Ik had iets te zeggen over mijn hulp …',
                     frequency: 'Hoe vaak gebeurt zoiets?', feeling: 'Hoe was de ervaring?',
                     years: 'Jaren in de jeugdhulp (professionals)' }[s] || s),
  // the two ends of each five-point question
  dyadEnds: (s) => ({ help_amount: ['veel te weinig', 'veel te veel'],
                      heard: ['helemaal niet', 'helemaal'], say: ['niets', 'heel veel'] }[s] || ['1', '5']),
  notGiven: 'niet ingevuld',

  // help
  helpTitle: 'Sneltoetsen',
  keys: [
    ['w', 'naar de wachtrij'],
    ['g', 'naar de gesprekken'],
    ['o', 'naar het overzicht (leidinggevenden)'],
    ['e', 'naar de verhalen (onderzoek, leidinggevenden)'],
    ['v', 'volgende jongere helpen'],
    ['1 – 9', 'naar open gesprek 1 tot 9'],
    ['Ctrl+Enter', 'antwoord versturen'],
    ['Esc', 'melding sluiten'],
    ['?', 'deze hulp tonen of verbergen'],
  ],

  // errors
  errorTitle: 'Er ging iets mis',
  networkError: 'De server is niet bereikbaar. Controleer je verbinding.',
  forbidden: 'Dat mag jouw account niet.',
  notFound: 'Dat gesprek bestaat niet (meer).',
  dismiss: 'Sluiten',
};

export function roleName(r) {
  return { counsellor: 'hulpverlener', supervisor: 'leidinggevende', researcher: 'onderzoeker',
           admin: 'beheerder' }[r] || r;
}

// The Dutch name of a value on the story dashboard (dimension or signifier d).
export const STORY_TOPICS = ['Diversiteit (ook LHBTI+)', 'Wachtlijsten en doorstroom', 'Inspraak',
  'Nazorg', '18-/18+ (de overgang naar 18)', 'Wonen', 'Ervaringsdeskundigheid', 'Goede methoden',
  'Stigma (vooroordelen)', 'Dossier en privacy', 'School', 'Geld', 'Kwaliteit van begeleiding',
  'Iets anders'];
export const STORY_ORDER = {
  role: ['youth', 'parent', 'professional'],
  help_kind: ['jeugdbescherming', 'ggz', 'lvb', 'dak_thuisloos', 'gesloten_jeugdzorg', 'anders'],
  municipality: ['Den Haag', 'Delft', 'Leidschendam-Voorburg', 'Midden-Delfland', 'Pijnacker-Nootdorp',
                 'Rijswijk', 'Wassenaar', 'Westland', 'Zoetermeer', 'anders'],
  age_band: ['<12', '12-15', '16-17', '18-20', '21-23', '24+'],
  topic: STORY_TOPICS.map((t, i) => String(i + 1)),
  triad: ['ikzelf', 'mensen om me heen', 'de hulp'],
  frequency: ['een keer', 'soms', 'vaak'],
  feeling: ['positief', 'negatief', 'gemengd'],
  years: ['0-2', '3-5', '6-10', '10+'],
};
export function storyValueName(d, v) {
  if (v === null || v === undefined) return L.notGiven;
  const names = {
    role: { youth: 'jongere', parent: 'ouder of verzorger', professional: 'professional' },
    help_kind: { jeugdbescherming: 'jeugdbescherming', ggz: 'GGZ (psychische hulp)', lvb: 'LVB',
                 dak_thuisloos: 'zonder huis / opvang', gesloten_jeugdzorg: 'gesloten jeugdzorg',
                 anders: 'iets anders' },
    municipality: { anders: 'anders / zeg ik niet' },
    age_band: { '<12': 'jonger dan 12' },
    triad: { ikzelf: 'ikzelf', 'mensen om me heen': 'mensen om me heen', 'de hulp': 'de hulp die ik kreeg' },
    frequency: { 'een keer': 'één keer' },
    years: { '10+': 'meer dan 10 jaar' },
  }[d] || {};
  if (d === 'topic' && STORY_TOPICS[Number(v) - 1]) return `${v}. ${STORY_TOPICS[Number(v) - 1]}`;
  if (d === 'age_band' && !names[v]) return `${v} jaar`;
  if (d === 'years' && !names[v]) return `${v} jaar`;
  return names[v] || String(v);
}

export function kindName(k) {
  return { image: 'afbeelding', audio: 'geluid', video: 'video', document: 'document',
           sticker: 'sticker', location: 'locatie', contacts: 'contact', interactive: 'keuze',
           text: 'tekst' }[k] || k;
}

export function categoryName(c) {
  return { danger: 'acuut gevaar', suicide: 'zelfmoordgedachten', selfharm: 'zelfbeschadiging',
           abuse: 'geweld of misbruik', homeless: 'geen slaapplek', crisis_unclaimed: 'wacht te lang' }[c] || c;
}

// A chat in a few words, from the bot's summary: the topic, else the crisis
// category, else the start of what the young person wrote; then age and
// municipality.
const SUBJECT_MAX = 60;
export function subject(summary, crisisCategory) {
  const s = summary || {};
  const a = s.answers || {};
  let main = s.topic || (crisisCategory ? categoryName(crisisCategory) : '') || a.what || a.question || '';
  main = String(main);
  if (main.length > SUBJECT_MAX) main = main.slice(0, SUBJECT_MAX - 1) + '…';
  const parts = main ? [main] : [];
  if (s.age_band) parts.push(String(s.age_band));
  if (s.municipality) parts.push(String(s.municipality));
  return parts.join(' · ');
}

// 75 -> "1 min", 3700 -> "1 u 1 min", 20 -> "20 s"
export function duration(s) {
  if (s === null || s === undefined || isNaN(s)) return '—';
  s = Math.max(0, Math.round(s));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return `${h} u ${m % 60} min`;
}

export function clock(iso) {
  const d = new Date(iso);
  if (isNaN(d)) return '';
  return d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
}
