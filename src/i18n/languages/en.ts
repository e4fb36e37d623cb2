import type { LocaleData } from '../language-data';

/**
 * The site's page and interface strings in English: the reference every other language's `ui`
 * must match key for key (its type is this object's shape). `{name}` marks a value the page fills
 * in (src/i18n/ui.ts); in running text it may be a link or a component (src/components/Fill.astro).
 */
const ui = {
  site: {
    tagline: 'How Russia tries to take the sting out of Western technology sanctions',
    description:
      'Short, sourced explainers and charts on how Russia tries to blunt Western technology sanctions, based on ZOiS Spotlight 17/2024.',
    spotlightPublisher: 'Centre for East European and International Studies (ZOiS), Berlin',
  },
  shell: {
    rssTitle: '{site}: articles',
    skip: 'Skip to content',
    printedFrom: 'Printed from {url}',
  },
  header: {
    nav: 'Site',
    articles: 'Articles',
    charts: 'Charts',
    educators: 'Educators',
    glossary: 'Glossary',
    about: 'About',
    language: 'Language',
  },
  footer: {
    basedOn: 'Based on {series} by {author} ({published}).',
    licence: 'Our text, charts and data: {licence}.',
    quotations: 'Quotations remain their authors’.',
    nav: 'Footer',
    about: 'About and method',
    sources: 'Sources',
    glossary: 'Glossary',
    rss: 'RSS feed',
    privacy: 'No cookies, no tracking: nothing on this site is loaded from another server.',
  },
  theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
  toc: { label: 'In this article' },
  prevNext: { label: 'More articles', previous: 'Previous', next: 'Next' },
  keyFigures: {
    explainedIn: 'Explained in ',
    /** How the figure texts begin when a number is approximate; the card shows "≈ " instead. */
    about: 'about ',
  },
  quote: { translation: 'Our translation:' },
  term: { more: 'In the glossary' },
  story: {
    nav: 'Map story',
    prev: 'Previous step',
    next: 'Next step',
    count: 'Step {n} of {total}',
    steps: '{total} steps',
    pointer: 'On the map: {list}.',
    pointerFormal: 'On the map, formal status, September 2024: {list}.',
  },
  credit: {
    heading: 'The source',
    text: 'This explainer retells, in our own words, {title} by {author}, published as {series} by the {publisher} on {published}. Quotations are hers. Where we add context or corrections, a footnote says so and our {sources} list the reporting behind them.',
    sourcesLink: 'sources',
    series: 'Read the ZOiS Spotlight series',
    method: 'How we made this',
  },
  share: {
    open: 'Embed & download',
    close: 'Close',
    embed: 'Embed',
    embedIntro:
      'Paste this into a web page, blog, LMS or slide tool that accepts HTML. With the resize script the frame takes the chart’s height; where scripts are stripped the chart fits itself into the frame’s height.',
    options: 'Options',
    theme: 'Theme',
    themeAuto: 'Follow reader',
    themeLight: 'Light',
    themeDark: 'Dark',
    showTitle: 'Show the title',
    storyStep: 'Story step',
    storyStepNone: 'None: the whole map',
    script: 'Include the resize script',
    code: 'Embed code',
    height:
      'Height: {column} shows the whole chart in a column about {width} px wide. For a narrow column (a phone, {phoneWidth} px), use {phone}. In a shorter frame the chart shrinks to fit, and its notes, sources and data are a link away.',
    preview: 'Preview',
    linkOnly: 'Link only: {url}. Where iframes are not allowed, use the PNG or this link.',
    download: 'Download',
    cite: 'Cite',
    copy: 'Copy',
    copied: 'Copied',
    copiedStatus: 'Copied to the clipboard.',
  },
  article: {
    part: 'Part {n} of {total}',
    imageAlt: '{title}: part {n} of {total} of the explainer',
    minutes: '{n} min read',
    updated: 'Updated {date}',
    cite: 'Cite this article',
    footnotes: 'Footnotes',
    /** A footnote's link back to where it is cited; {reference} is its number ("2", or "2-1" for a second citation). */
    footnoteBack: 'Back to reference {reference}',
  },
  home: {
    kicker: 'An explainer in five parts',
    heading: 'How Russia tries to take the sting out of Western technology sanctions',
    standfirst:
      'Export controls were meant to make Russia’s war against Ukraine more expensive by cutting it off from Western technology such as chips and other electronic components. Two years on, their success is limited. Here is how Russia has cushioned the blow, explained from the research of {author} for {series}.',
    start: 'Start reading',
    leadKicker: 'Strategy one: friends',
    leadHeading: 'Cut off from the West, Russia looks elsewhere',
    leadText:
      'Russia is not trying to make everything itself. It is building technology ties with China and a circle of “friendly” countries. The spotlight names {partners} countries and territories as partners, attaché posts or hubs, and this map shows where they are.',
    leadLink: 'Read: Friends and partners',
    figures: 'Key figures',
    figuresNote:
      'Figures as the spotlight gives them or computed from our data files; footnotes in the articles say where other sources differ. Each card links to the section that explains it.',
    strategies: 'Four strategies at a glance',
    strategyFriends: 'Friends',
    strategyFriendsText: 'New technology alliances with China and other “friendly” countries, and a push to export.',
    strategySoftware: 'Home-made software',
    strategySoftwareText: 'Replacing foreign software in the state and industry, through competence centres the state co-finances.',
    strategyChips: 'Open chips and side doors',
    strategyChipsText: 'Open-source chip designs such as RISC-V, and sanctioned Western technology bought through third countries.',
    strategyRules: 'Looser rules',
    strategyRulesText: 'Fewer rules on AI and blockchain, and lax rules on personal data, to spur Russian firms to innovate.',
    articles: 'The articles',
  },
  charts: {
    title: 'All charts',
    description: 'Every chart of the explainer, with its embed code, data downloads, pictures and citation, free to reuse under CC BY 4.0.',
    intro: 'Every chart can be embedded, downloaded as a picture or as data, and cited. All are free to reuse under CC BY 4.0. Teachers: see {educators} for a classroom bundle and ideas.',
    educatorsLink: 'the educators’ page',
    embed: 'Embed',
    crumbs: 'Breadcrumb',
    from: 'from {article}',
    shows: 'What the chart shows',
    belongs: 'It belongs to the article {article}.',
    share: 'Embed, download and cite',
  },
  about: {
    title: 'About this site',
    description:
      'Where this explainer comes from, how we made it, what we checked and corrected, and how you may reuse our text, charts and data.',
    intro:
      '{site} explains one piece of research for readers who have never studied sanctions, and for teachers who want to use it in class. Every article is short, every figure has a source, and every chart works without JavaScript.',
    source: 'The source',
    sourceText: 'The site retells {title} by Dr {author}, published as {series} by the {publisher} on {published}.',
    author:
      'Dr Dąbrowska works as a postdoctoral researcher at SCRIPTS, the Berlin Cluster of Excellence “Contestations of the Liberal Script”. Her research looks at how emerging economies pursue digital and technological sovereignty.',
    original: 'Find the original in the ZOiS Spotlight series',
    notZois: 'We are not ZOiS and the author has not reviewed this site. The argument is hers; the wording, the charts and any mistakes are ours.',
    made: 'How we made it',
    madeWords: 'We wrote every article in our own words. Quotations are short, marked and attributed.',
    madeNumbers:
      'Every number lives in a data file with its source. Numbers that are worked out, such as averages or currency conversions, are computed from those files when the site is built, never typed by hand.',
    /** Said only by an edition that is not the original (empty in English: no item). */
    madeEdition: '',
    checked: 'How we checked the facts',
    checkedClaims:
      'Every claim we attribute to Dr Dąbrowska comes from the spotlight itself. Quotations are her exact words, at most 40 at a time, marked and attributed.',
    checkedEditor:
      'A data editor checked the spotlight’s figures, dates, names and groupings against public reporting and kept notes of what the reporting said. Where the notes name the outlet, it is one of these: {outlets}. The notes are an internal working document, so we do not link to them: everything we use from them is on the sources page.',
    checkedSources:
      'The {sources} says truthfully what each source is. Where our notes name an outlet, we name it, but we give no title or address that we have not seen. Where they say only “public reporting”, we say exactly that, and list the facts it covers. The build refuses a source that claims more than its kind allows.',
    sourcesPage: 'sources page',
    checkedRecords:
      'Every record in our data files cites the sources that support it, and every footnote names its source. A record that cites an unknown source stops the build.',
    checkedDiffer:
      'Where the spotlight and the reporting differ, we show the spotlight’s claim and add a footnote with the correction. We never silently change what the author wrote.',
    checkedReread:
      'We re-read every page, from the articles and chart notes to the glossary and the educators’ material, against the spotlight and the reporting, and corrected sentences that said more than the sources do.',
    corrected: 'What we checked and corrected',
    eurasianLead: 'The Eurasian group.',
    eurasian:
      'The spotlight lists {all} with the Eurasian Economic Union. In September 2024 only {members} was a member; {observers} was an observer; {none} had no status. The map shows the grouping and the formal status as separate, dated layers.',
    foreignLead: 'The {share} of foreign software.',
    foreign:
      'The closest public figure is narrower: about {massukh} of software in state-run companies, in November 2019. A Kommersant report put the domestic share in the public sector at {kommersant} at the end of 2021.',
    dollarLead: 'The dollar figure.',
    dollar:
      'The spotlight’s {usd} implies about {implied} roubles per dollar, which matches the central bank’s rate in September 2024 ({rate} on 12 September). At the July 2022 rate, when the money was announced, the same sum was reported as {usdThen}. Our charts say which rate they use.',
    centresLead: 'The {centres} competence centres.',
    centres:
      'This is the spotlight’s count; public reporting gave {jul22} (July 2022) and {apr23} (April 2023). Separate centres for system software may explain the difference. An average per centre is only a thought experiment: it is {avg} over {centres} centres, but {avgJul22} over {jul22} and {avgApr23} over {apr23}, and the money co-finances projects rather than being paid to centres.',
    oecdLead: 'OECD partners.',
    oecd:
      'Turkey, named as a partner, is itself a founding member of the OECD, not only Germany and South Korea. Digital attachés for Germany and South Korea were planned in February 2022; whether they were posted is not confirmed.',
    datesLead: 'Dates.',
    dates: 'Memberships are shown as of September 2024. Iran became an EAEU observer only in December 2024.',
    everySource: 'Every source is listed, with what it supports, on the {sources}.',
    reuse: 'Reuse and licences',
    reuseText: 'Our text, charts and data: {licence}. Credit “{site}, based on {series} by {author}”.',
    code: 'The site’s code: {licence} licence.',
    quotations:
      'Quotations remain their authors’. The spotlight’s own licence is not known to us, so we quote it only briefly and do not reuse its photograph.',
    map: 'Map outlines: Natural Earth (public domain), through the world-atlas package.',
    citeproc: 'Citations are made with citeproc-js from the styles and locale of the Citation Style Language project ({csl}), licensed {ccbysa}.',
    privacy: 'Privacy',
    privacyText: 'This site sets no cookies, runs no analytics and loads nothing from other servers. Your theme choice stays in your browser.',
  },
  sources: {
    title: 'Sources',
    description: 'Every source behind our explainers and charts on Russia and Western technology sanctions, with what each one supports.',
    intro:
      'Every figure on this site lives in a data file that cites one or more of these entries by its id, and every footnote says which entry backs it. Each entry lists the facts it supports. {checked} is on the about page.',
    checkedLink: 'How we checked the facts',
    spotlight: 'The source we explain',
    spotlightIntro: 'The research this site retells. Every claim we attribute to Dr Dąbrowska comes from it.',
    outlet: 'Reports by named outlets',
    outletIntro:
      'Our fact-check found these facts in reports by the outlets named here. We know what each reported, but not the title or address of the report, so we give neither.',
    publicReporting: 'Public reporting',
    publicReportingIntro:
      'Our fact-check confirmed these facts in public reporting without recording which outlet published them. We say exactly that, and list the facts each entry covers; we do not guess a title, a publisher or an address.',
    reference: 'Standards and data we use',
    referenceIntro: 'The country codes and map outlines behind the map.',
    citedFor: 'Cited for:',
    citedAs: 'Cited as {id}',
  },
  glossary: {
    title: 'Glossary',
    description: 'Plain-English definitions of the terms used in our explainers on Russia and Western technology sanctions.',
    intro: 'The words our articles use, in plain English. Each article links the first time it uses one of them.',
    source: 'Source:',
    usedIn: 'Used in:',
  },
  educators: {
    title: 'For educators',
    description:
      'Use our charts on Russia and tech sanctions in class: embed them in Moodle, Canvas or a blog, download pictures and data, print, cite, discuss.',
    standfirst:
      'Everything here is free to use in class under {licence}: embed the charts in your course pages, put the pictures on slides and worksheets, give students the data, and cite us and the original research.',
    bundle: 'Download the classroom bundle (zip, {kb} KB)',
    bundleNote: 'Every chart as PNG, SVG and CSV, with a README that gives citations and licences.',
    toc: 'On this page',
    embedding: 'Putting a chart in your course page',
    noIframes: 'Where embeds are not allowed',
    printing: 'Printing',
    charts: 'Every chart, with its code and files',
    lessons: 'Questions and activities for each article',
    glossary: 'Glossary',
    cite: 'How to cite',
    licences: 'Licences',
    embeddingText:
      'Each chart has an embed code: an {iframe} that shows the live chart, with its tooltips and buttons, plus an optional one-line script that makes the frame exactly as tall as the chart. Copy it from the chart’s “Embed & download” button or from its page, then paste it where your platform accepts HTML:',
    moodle: 'Moodle',
    moodleText: ': in a Page, Label or Book, open the editor’s HTML source view and paste the code.',
    canvas: 'Canvas',
    canvasText: ': in a Page, switch the Rich Content Editor to the HTML editor and paste. Canvas removes scripts; the chart keeps a fixed height that fits.',
    sites: 'Google Sites',
    sitesText: ': Insert → Embed → “Embed code”, paste, then drag the box to the chart’s height.',
    wordpress: 'WordPress',
    wordpressText: ': add a “Custom HTML” block and paste. Some hosted plans strip iframes; use the link or the PNG instead.',
    oembed: 'Any page that shows oEmbed links',
    oembedText: ': paste the chart page’s address on a line of its own.',
    embedOptions:
      'Embeds set no cookies and load nothing from other servers. Add {dark} or {light} to the address to fix the colours, and {notitle} to hide the title if your page already has one.',
    slides: 'Slides',
    slidesText: ' (PowerPoint, Keynote, Google Slides): insert the PNG. It is at least {pixels} pixels wide, with the title, source and credit in the picture.',
    worksheets: 'Worksheets and handouts',
    worksheetsText: ': use the PNG, or the SVG for sharp printing at any size.',
    anywhere: 'Anywhere else',
    anywhereText: ': link to the chart’s page. It works on any phone, with or without JavaScript.',
    printingText:
      'Articles print as clean pages with link addresses written out. Printing this page gives one chart per sheet with its caption and source, ready to copy for a class.',
    figcaption: '{subtitle}. {open}.',
    openChart: 'Open the interactive chart',
    code: 'Embed code',
    downloads: 'Download: {png} · {svg} · {csv} · {json} · Citation on {page}',
    chartPage: 'the chart’s page',
    lessonsText:
      'Our own suggestions for upper-secondary students. Each lesson gives its level and ages, learning objectives, timings, notes on what a good answer covers, and success criteria for the activity. The notes draw only on the articles and their {sources}.',
    sourcesLink: 'sources',
    level: 'Level',
    levelText: '{level}; ages {from}–{to}',
    time: 'Time',
    timeText: 'About {total} minutes: {discuss} to discuss, {activity} for the activity, after reading the article',
    objectives: 'Learning objectives',
    objectivesLead: 'Students will be able to:',
    discuss: 'Discuss',
    minutes: '({n} minutes)',
    answer: 'Answer notes:',
    activity: 'Activity: {title}',
    success: 'Success criteria',
    glossaryText: '{glossary} shows the sources and which articles use each term.',
    glossaryLink: 'The glossary page',
    citeText: 'Please credit both this site and the research it explains. For a chart, use the citation on the chart’s page. For the explainer as a whole:',
    citeArticles: 'Each article page has its own citation at the end.',
    licenceText: 'Our text, charts and data: {licence}. Credit “{site}, based on {series} by {author}”.',
    licenceQuotes: 'Quotations remain their authors’. The spotlight’s own licence is not known; quote it briefly, with attribution.',
    licenceMap: 'Map outlines: Natural Earth (public domain).',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Start from the home page or pick one of the explainers.',
    text: 'There is no page at this address. It may have moved, or the link may have a typo.',
    home: '{home}, or read one of the explainers:',
    homeLink: 'Go to the home page',
  },
  rss: {
    title: '{site}',
  },
};

export default {
  intl: 'en-GB',
  name: 'English',
  htmlLang: 'en-GB',
  ogLocale: 'en_GB',
  closingPunctuation: ',.;:!?)]’”%…',
  compactDisplay: 'long',
  numberWords: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ui,
} satisfies LocaleData;

/** Every language's `ui` has this shape: the English keys, each a string. */
export type UiMessages = { [K in keyof typeof ui]: (typeof ui)[K] extends string ? string : { [L in keyof (typeof ui)[K]]: string } };
