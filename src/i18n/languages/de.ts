import type { LocaleData, UiMessages } from '../language-data';

/** The German page and interface strings (content/de/pages.md, the editor's texts). */
const ui: UiMessages = {
  site: {
    tagline: 'Wie Russland versucht, den westlichen Technologiesanktionen den Stachel zu ziehen',
    description:
      'Kurze Erklärtexte mit Quellen und Grafiken: wie Russland die westlichen Technologiesanktionen abzufedern versucht. Nach dem ZOiS Spotlight 17/2024.',
    spotlightPublisher: 'Zentrum für Osteuropa- und internationale Studien (ZOiS), Berlin',
  },
  shell: {
    rssTitle: '{site}: Artikel',
    skip: 'Zum Inhalt springen',
    printedFrom: 'Gedruckt von {url}',
  },
  header: {
    nav: 'Website',
    articles: 'Artikel',
    charts: 'Grafiken',
    educators: 'Für Lehrkräfte',
    glossary: 'Glossar',
    about: 'Über uns',
    language: 'Sprache',
  },
  footer: {
    basedOn: 'Nach dem {series} von {author} ({published}).',
    licence: 'Unsere Texte, Grafiken und Daten: {licence}.',
    quotations: 'Zitate bleiben Eigentum ihrer Urheber.',
    nav: 'Fußzeile',
    about: 'Über uns und Methode',
    sources: 'Quellen',
    glossary: 'Glossar',
    rss: 'RSS-Feed',
    privacy: 'Keine Cookies, kein Tracking: Nichts auf dieser Website wird von einem anderen Server geladen.',
  },
  theme: { label: 'Farbschema', system: 'System', light: 'Hell', dark: 'Dunkel' },
  toc: { label: 'In diesem Artikel' },
  prevNext: { label: 'Weitere Artikel', previous: 'Zurück', next: 'Weiter' },
  keyFigures: { explainedIn: 'Erklärt im Abschnitt ', about: 'etwa ' },
  quote: { translation: 'Übersetzung der Redaktion:' },
  term: { more: 'Im Glossar' },
  story: {
    nav: 'Rundgang durch die Karte',
    prev: 'Vorheriger Schritt',
    next: 'Nächster Schritt',
    count: 'Schritt {n} von {total}',
    steps: '{total} Schritte',
    pointer: 'Auf der Karte: {list}.',
    pointerFormal: 'Auf der Karte, formaler Status im September 2024: {list}.',
  },
  credit: {
    heading: 'Die Quelle',
    text: 'Dieser Erklärtext gibt in eigenen Worten {title} von {author} wieder, erschienen als {series} beim {publisher} am {published}. Die Zitate stammen von ihr. Wo wir Zusammenhänge ergänzen oder korrigieren, steht das in einer Fußnote, und unsere {sources} nennen die Berichte dahinter.',
    sourcesLink: 'Quellen',
    series: 'Zur Reihe ZOiS Spotlight',
    method: 'Wie wir gearbeitet haben',
  },
  share: {
    open: 'Einbetten & herunterladen',
    close: 'Schließen',
    embed: 'Einbetten',
    embedIntro:
      'Fügen Sie diesen Code in eine Webseite, ein Blog, eine Lernplattform oder ein Präsentationsprogramm ein, das HTML annimmt. Mit dem Skript zur Größenanpassung nimmt der Rahmen die Höhe der Grafik an. Wo Skripte entfernt werden, passt sich die Grafik der Höhe des Rahmens an.',
    options: 'Optionen',
    theme: 'Farbschema',
    themeAuto: 'Wie beim Leser',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    showTitle: 'Titel zeigen',
    storyStep: 'Schritt der Geschichte',
    storyStepNone: 'Keiner: die ganze Karte',
    script: 'Skript zur Größenanpassung einfügen',
    code: 'Einbettungscode',
    height:
      'Höhe: Mit {column} zeigt eine etwa {width} px breite Spalte die ganze Grafik. Für eine schmale Spalte (ein Handy, {phoneWidth} px) nehmen Sie {phone}. In einem niedrigeren Rahmen wird die Grafik kleiner, und Notizen, Quellen und Daten sind einen Klick entfernt.',
    preview: 'Vorschau',
    linkOnly: 'Nur der Link: {url}. Wo iframes nicht erlaubt sind, nehmen Sie das PNG oder diesen Link.',
    download: 'Herunterladen',
    cite: 'Zitieren',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copiedStatus: 'In die Zwischenablage kopiert.',
  },
  article: {
    part: 'Teil {n} von {total}',
    imageAlt: '{title}: Teil {n} von {total} des Erklärtexts',
    minutes: '{n} Min. Lesezeit',
    updated: 'Aktualisiert am {date}',
    cite: 'Diesen Artikel zitieren',
    footnotes: 'Fußnoten',
    footnoteBack: 'Zurück zur Textstelle {reference}',
  },
  home: {
    kicker: 'Ein Erklärtext in fünf Teilen',
    // A soft hyphen: at 360 px the compound is wider than the line, and browsers without German
    // hyphenation data would otherwise break it anywhere.
    heading: 'Wie Russland versucht, den westlichen Technologie\u00ADsanktionen den Stachel zu ziehen',
    standfirst:
      'Exportkontrollen sollten Russlands Krieg gegen die Ukraine teurer machen: Sie schneiden das Land von westlicher Technik wie Chips und anderen elektronischen Bauteilen ab. Zwei Jahre später ist ihr Erfolg begrenzt. Hier lesen Sie, wie Russland den Schlag abgefedert hat – erklärt nach der Forschung von {author} für das {series}.',
    start: 'Jetzt lesen',
    leadKicker: 'Strategie eins: Freunde',
    leadHeading: 'Vom Westen abgeschnitten, sucht Russland anderswo',
    leadText:
      'Russland versucht nicht, alles selbst herzustellen. Es knüpft Verbindungen in der Technik mit China und einem Kreis „befreundeter“ Länder. Das Spotlight nennt {partners} Länder und Gebiete als Partner, Orte für Attachés oder Drehscheiben. Die Karte zeigt, wo sie liegen.',
    leadLink: 'Lesen: Freunde und Partner',
    figures: 'Zahlen im Überblick',
    figuresNote:
      'Zahlen, wie das Spotlight sie angibt oder wie wir sie aus unseren Datendateien berechnen. Wo andere Quellen abweichen, sagen es die Fußnoten in den Artikeln. Jede Karte führt zu dem Abschnitt, der sie erklärt.',
    strategies: 'Vier Strategien im Überblick',
    strategyFriends: 'Freunde',
    strategyFriendsText: 'Neue Bündnisse für Technik mit China und anderen „befreundeten“ Ländern, dazu mehr Export.',
    strategySoftware: 'Eigene Software',
    strategySoftwareText: 'Ausländische Software in Staat und Industrie ersetzen, mit Kompetenzzentren, die der Staat kofinanziert.',
    strategyChips: 'Offene Chips und Hintertüren',
    strategyChipsText: 'Offene Chipentwürfe wie RISC-V und sanktionierte westliche Technik, gekauft über Drittländer.',
    strategyRules: 'Lockerere Regeln',
    strategyRulesText: 'Weniger Regeln für KI und Blockchain und laxe Regeln für persönliche Daten, damit russische Firmen Neues entwickeln.',
    articles: 'Die Artikel',
  },
  // Not in pages.md: written in the editor's style for this edition.
  charts: {
    title: 'Alle Grafiken',
    description: 'Alle Grafiken des Erklärtexts mit Einbettungscode, Daten, Bildern und Zitierangabe, frei nutzbar unter CC BY 4.0.',
    intro:
      'Jede Grafik können Sie einbetten, als Bild oder als Daten herunterladen und zitieren. Sie dürfen alle unter CC BY 4.0 frei weiterverwenden. Ein Unterrichtspaket und Ideen für den Unterricht finden Sie auf {educators}.',
    educatorsLink: 'der Seite für Lehrkräfte',
    embed: 'Einbetten',
    crumbs: 'Navigationspfad',
    from: 'aus {article}',
    shows: 'Was die Grafik zeigt',
    belongs: 'Sie gehört zum Artikel {article}.',
    share: 'Einbetten, herunterladen und zitieren',
  },
  about: {
    title: 'Über diese Website',
    description:
      'Woher dieser Erklärtext kommt, wie wir ihn gemacht haben, was wir geprüft und korrigiert haben und wie Sie Texte, Grafiken und Daten weiterverwenden dürfen.',
    intro:
      '{site} erklärt eine Forschungsarbeit für Leserinnen und Leser, die sich noch nie mit Sanktionen beschäftigt haben, und für Lehrkräfte, die sie im Unterricht nutzen wollen. Jeder Artikel ist kurz, jede Zahl hat eine Quelle, und jede Grafik funktioniert ohne JavaScript.',
    source: 'Die Quelle',
    sourceText: 'Die Website gibt {title} von Dr. {author} wieder, erschienen als {series} beim {publisher} am {published}.',
    author:
      'Dr. Dąbrowska forscht als Postdoktorandin bei SCRIPTS, dem Berliner Exzellenzcluster „Contestations of the Liberal Script“. In ihrer Forschung untersucht sie, wie Schwellenländer nach digitaler und technologischer Souveränität streben.',
    original: 'Das Original in der Reihe ZOiS Spotlight',
    notZois:
      'Wir sind nicht das ZOiS, und die Autorin hat diese Website nicht geprüft. Die Argumentation stammt von ihr; die Formulierungen, die Grafiken und etwaige Fehler stammen von uns.',
    made: 'Wie wir gearbeitet haben',
    madeWords: 'Wir haben jeden Artikel in eigenen Worten geschrieben. Zitate sind kurz, gekennzeichnet und mit Quelle versehen.',
    madeNumbers:
      'Jede Zahl steht mit ihrer Quelle in einer Datendatei. Berechnete Zahlen wie Durchschnitte oder Umrechnungen in andere Währungen entstehen beim Bau der Website aus diesen Dateien. Niemand tippt sie von Hand.',
    madeEdition:
      'Die deutsche Ausgabe ist keine Wort-für-Wort-Übersetzung der englischen, sondern neu geschrieben, mit denselben Fakten, Fußnoten und Quellen. Die Zitate aus dem Spotlight stehen im englischen Original; die deutsche Fassung darunter ist unsere Übersetzung.',
    checked: 'Wie wir die Fakten geprüft haben',
    checkedClaims:
      'Alles, was wir Dr. Dąbrowska zuschreiben, steht im Spotlight selbst. Zitate sind ihr genauer Wortlaut, höchstens 40 Wörter am Stück, gekennzeichnet und mit Quelle versehen.',
    checkedEditor:
      'Ein Datenredakteur hat die Zahlen, Daten, Namen und Einteilungen des Spotlights mit öffentlichen Berichten abgeglichen und notiert, was dort stand. Wo die Notizen das Medium nennen, ist es eines dieser: {outlets}. Die Notizen sind ein internes Arbeitspapier, deshalb verlinken wir sie nicht. Alles, was wir daraus verwenden, steht auf der Quellenseite.',
    checkedSources:
      'Die {sources} sagt wahrheitsgemäß, was jede Quelle ist. Wo unsere Notizen ein Medium nennen, nennen wir es auch, aber wir geben keinen Titel und keine Adresse an, die wir nicht gesehen haben. Wo sie nur „öffentliche Berichte“ sagen, sagen wir genau das und zählen die Fakten auf, die sie belegen. Der Bau der Website bricht ab, wenn eine Quelle mehr behauptet, als ihre Art erlaubt.',
    sourcesPage: 'Quellenseite',
    checkedRecords:
      'Jeder Eintrag in unseren Datendateien nennt die Quellen, die ihn stützen, und jede Fußnote nennt ihre Quelle. Nennt ein Eintrag eine unbekannte Quelle, bricht der Bau ab.',
    checkedDiffer:
      'Wo Spotlight und Berichte voneinander abweichen, zeigen wir die Aussage des Spotlights und ergänzen die Korrektur in einer Fußnote. Wir ändern nie stillschweigend, was die Autorin geschrieben hat.',
    checkedReread:
      'Wir haben jede Seite – von den Artikeln und Grafiknotizen bis zum Glossar und dem Material für Lehrkräfte – noch einmal mit dem Spotlight und den Berichten verglichen und Sätze korrigiert, die mehr sagten als die Quellen.',
    corrected: 'Was wir geprüft und korrigiert haben',
    eurasianLead: 'Die eurasische Gruppe.',
    eurasian:
      'Das Spotlight zählt {all} zur Eurasischen Wirtschaftsunion. Im September 2024 war nur {members} Mitglied, {observers} war Beobachter, {none} hatten keinen Status. Die Karte zeigt die Einteilung und den offiziellen Status als getrennte, datierte Ebenen.',
    foreignLead: 'Die {share} ausländischer Software.',
    foreign:
      'Die nächstliegende öffentliche Zahl ist enger gefasst: etwa {massukh} der Software in Staatsunternehmen, im November 2019. Ein Bericht des Kommersant bezifferte den russischen Anteil im öffentlichen Sektor Ende 2021 auf {kommersant}.',
    dollarLead: 'Die Dollarzahl.',
    dollar:
      'Die {usd} des Spotlights ergeben etwa {implied} Rubel je Dollar. Das passt zum Kurs der Zentralbank im September 2024 ({rate} am 12. September). Zum Kurs vom Juli 2022, als das Geld angekündigt wurde, wurde dieselbe Summe mit {usdThen} angegeben. Unsere Grafiken sagen, welchen Kurs sie verwenden.',
    centresLead: 'Die {centres} Kompetenzzentren.',
    centres:
      'Diese Zahl stammt aus dem Spotlight und ist nicht bestätigt; öffentliche Berichte nannten {jul22} (Juli 2022) und {apr23} (April 2023). Eigene Zentren für Systemsoftware könnten den Unterschied erklären. Ein Durchschnitt pro Zentrum ist nur ein Gedankenexperiment: {avg} bei {centres} Zentren, aber {avgJul22} bei {jul22} und {avgApr23} bei {apr23}. Außerdem werden mit dem Geld Projekte kofinanziert, es wird nicht an Zentren ausgezahlt.',
    oecdLead: 'OECD-Partner.',
    oecd:
      'Die Türkei, die als Partner genannt wird, ist selbst Gründungsmitglied der OECD – nicht nur Deutschland und Südkorea sind OECD-Länder. Digitalattachés für Deutschland und Südkorea waren im Februar 2022 geplant; ob sie entsandt wurden, ist nicht bestätigt.',
    datesLead: 'Daten.',
    dates: 'Mitgliedschaften zeigen wir mit dem Stand September 2024. Iran wurde erst im Dezember 2024 Beobachter der EAWU.',
    everySource: 'Alle Quellen stehen mit dem, was sie belegen, auf der {sources}.',
    reuse: 'Weiterverwendung und Lizenzen',
    reuseText: 'Unsere Texte, Grafiken und Daten: {licence}. Bitte nennen Sie „{site}, nach dem {series} von {author}“.',
    code: 'Der Code der Website: {licence}-Lizenz.',
    quotations:
      'Zitate bleiben Eigentum ihrer Urheber. Die Lizenz des Spotlights kennen wir nicht. Deshalb zitieren wir es nur kurz und verwenden sein Foto nicht.',
    map: 'Kartenumrisse: Natural Earth (gemeinfrei), über das Paket world-atlas.',
    citeproc: 'Zitierangaben erzeugen wir mit citeproc-js aus den Stilen und Sprachdateien des Projekts Citation Style Language ({csl}), Lizenz {ccbysa}.',
    privacy: 'Datenschutz',
    privacyText: 'Diese Website setzt keine Cookies, misst keine Zugriffe und lädt nichts von anderen Servern. Ihre Wahl des Farbschemas bleibt in Ihrem Browser.',
  },
  sources: {
    title: 'Quellen',
    description: 'Alle Quellen hinter unseren Erklärtexten und Grafiken zu Russland und den westlichen Technologiesanktionen, jeweils mit dem, was sie belegen.',
    intro:
      'Jede Zahl auf dieser Website steht in einer Datendatei, die einen oder mehrere dieser Einträge über ihre Kennung nennt, und jede Fußnote sagt, welcher Eintrag sie stützt. Jeder Eintrag zählt die Fakten auf, die er belegt. {checked}, steht auf der Seite „Über uns“.',
    checkedLink: 'Wie wir die Fakten geprüft haben',
    spotlight: 'Die Quelle, die wir erklären',
    spotlightIntro: 'Die Forschungsarbeit, die diese Website wiedergibt. Alles, was wir Dr. Dąbrowska zuschreiben, stammt daraus.',
    outlet: 'Berichte genannter Medien',
    outletIntro:
      'Unsere Faktenprüfung hat diese Fakten in Berichten der hier genannten Medien gefunden. Wir wissen, was jedes Medium berichtet hat, kennen aber weder Titel noch Adresse des Berichts. Deshalb nennen wir beides nicht.',
    publicReporting: 'Öffentliche Berichte',
    publicReportingIntro:
      'Unsere Faktenprüfung hat diese Fakten in öffentlichen Berichten bestätigt, ohne festzuhalten, welches Medium sie veröffentlicht hat. Genau das sagen wir und zählen die Fakten auf, die jeder Eintrag belegt. Titel, Herausgeber oder Adressen raten wir nicht.',
    reference: 'Standards und Daten, die wir verwenden',
    referenceIntro: 'Die Ländercodes und Umrisse hinter der Karte.',
    citedFor: 'Belegt:',
    citedAs: 'Zitiert als {id}',
  },
  glossary: {
    title: 'Glossar',
    description: 'Die Begriffe aus unseren Erklärtexten zu Russland und den westlichen Technologiesanktionen, in einfachem Deutsch erklärt.',
    intro: 'Die Begriffe, die unsere Artikel verwenden, in einfachem Deutsch. Jeder Artikel verlinkt sie dort, wo er sie zum ersten Mal verwendet.',
    source: 'Quelle:',
    usedIn: 'Verwendet in:',
  },
  educators: {
    title: 'Für Lehrkräfte',
    description:
      'Unsere Grafiken zu Russland und den Technologiesanktionen im Unterricht: in Moodle oder einen Blog einbetten, Bilder und Daten laden, drucken, zitieren.',
    standfirst:
      'Alles hier dürfen Sie im Unterricht frei nutzen, unter der Lizenz {licence}: Binden Sie die Grafiken in Ihre Kursseiten ein, verwenden Sie die Bilder auf Folien und Arbeitsblättern, geben Sie Ihren Schülerinnen und Schülern die Daten, und nennen Sie uns und die ursprüngliche Forschung als Quelle.',
    bundle: 'Unterrichtspaket herunterladen (ZIP, {kb} KB)',
    bundleNote: 'Jede Grafik als PNG, SVG und CSV, dazu eine Liesmich-Datei mit Zitierangaben und Lizenzen.',
    toc: 'Auf dieser Seite',
    embedding: 'Eine Grafik in die eigene Kursseite einbinden',
    noIframes: 'Wo Einbetten nicht möglich ist',
    printing: 'Drucken',
    charts: 'Alle Grafiken mit Code und Dateien',
    lessons: 'Fragen und Aufgaben zu jedem Artikel',
    glossary: 'Glossar',
    cite: 'Zitieren',
    licences: 'Lizenzen',
    embeddingText:
      'Zu jeder Grafik gibt es einen Einbettungscode: ein {iframe}, das die lebendige Grafik mit ihren Tooltips und Schaltflächen zeigt, dazu ein optionales einzeiliges Skript, das den Rahmen genau so hoch macht wie die Grafik. Kopieren Sie den Code über die Schaltfläche „Einbetten & herunterladen“ der Grafik oder von ihrer Seite, und fügen Sie ihn dort ein, wo Ihre Plattform HTML annimmt:',
    moodle: 'Moodle',
    moodleText: ': In einer Textseite, einem Textfeld oder einem Buch die HTML-Quelltextansicht des Editors öffnen und den Code einfügen.',
    canvas: 'Canvas',
    canvasText: ': Auf einer Seite den Rich-Content-Editor auf den HTML-Editor umschalten und einfügen. Canvas entfernt Skripte; die Grafik behält dann eine feste Höhe, die passt.',
    sites: 'Google Sites',
    sitesText: ': Einfügen → Einbetten → „Code einbetten“, einfügen, dann den Rahmen auf die Höhe der Grafik ziehen.',
    wordpress: 'WordPress',
    wordpressText: ': Einen Block „Individuelles HTML“ hinzufügen und einfügen. Manche gehosteten Tarife entfernen iframes; nehmen Sie dann den Link oder das PNG.',
    oembed: 'Jede Seite, die oEmbed-Links anzeigt',
    oembedText: ': Die Adresse der Grafikseite in eine eigene Zeile einfügen.',
    embedOptions:
      'Eingebettete Grafiken setzen keine Cookies und laden nichts von anderen Servern. Hängen Sie {dark} oder {light} an die Adresse, um die Farben festzulegen, und {notitle}, um den Titel auszublenden, wenn Ihre Seite schon einen hat.',
    slides: 'Folien',
    slidesText: ' (PowerPoint, Keynote, Google Präsentationen): das PNG einfügen. Es ist mindestens {pixels} Pixel breit; Titel, Quelle und Urheberangabe stehen im Bild.',
    worksheets: 'Arbeitsblätter und Handouts',
    worksheetsText: ': das PNG nehmen oder das SVG, das in jeder Größe scharf druckt.',
    anywhere: 'Überall sonst',
    anywhereText: ': auf die Seite der Grafik verlinken. Sie funktioniert auf jedem Handy, mit oder ohne JavaScript.',
    printingText:
      'Artikel drucken sich als saubere Seiten mit ausgeschriebenen Linkadressen. Wenn Sie diese Seite drucken, erhalten Sie eine Grafik pro Blatt mit Beschriftung und Quelle, fertig zum Kopieren für die Klasse.',
    figcaption: '{subtitle}. {open}.',
    openChart: 'Interaktive Grafik öffnen',
    code: 'Einbettungscode',
    downloads: 'Herunterladen: {png} · {svg} · {csv} · {json} · Zitierangabe auf {page}',
    chartPage: 'der Seite der Grafik',
    lessonsText:
      'Unsere eigenen Vorschläge für die Sekundarstufe II. Jede Einheit nennt Stufe und Alter, Lernziele, Zeiten, Hinweise darauf, was eine gute Antwort enthält, und Erfolgskriterien für die Aufgabe. Die Hinweise stützen sich nur auf die Artikel und ihre {sources}.',
    sourcesLink: 'Quellen',
    level: 'Stufe',
    levelText: '{level}; Alter {from}–{to}',
    time: 'Zeit',
    timeText: 'Etwa {total} Minuten: {discuss} für das Gespräch, {activity} für die Aufgabe, nach der Lektüre des Artikels',
    objectives: 'Lernziele',
    objectivesLead: 'Die Schülerinnen und Schüler können …',
    discuss: 'Gespräch',
    minutes: '({n} Minuten)',
    answer: 'Hinweise zur Antwort:',
    activity: 'Aufgabe: {title}',
    success: 'Erfolgskriterien',
    glossaryText: '{glossary} zeigt die Quellen und welche Artikel einen Begriff verwenden.',
    glossaryLink: 'Die Glossarseite',
    citeText:
      'Bitte nennen Sie beides: diese Website und die Forschung, die sie erklärt. Für eine Grafik nehmen Sie die Zitierangabe auf ihrer Seite. Für den Erklärtext als Ganzes:',
    citeArticles: 'Jeder Artikel hat am Ende seine eigene Zitierangabe.',
    licenceText: 'Unsere Texte, Grafiken und Daten: {licence}. Bitte nennen Sie „{site}, nach dem {series} von {author}“.',
    licenceQuotes: 'Zitate bleiben Eigentum ihrer Urheber. Die Lizenz des Spotlights ist nicht bekannt: Zitieren Sie es nur kurz und mit Quellenangabe.',
    licenceMap: 'Kartenumrisse: Natural Earth (gemeinfrei).',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    description: 'Diese Seite gibt es nicht. Beginnen Sie auf der Startseite oder wählen Sie einen der Erklärtexte.',
    text: 'Unter dieser Adresse gibt es keine Seite. Vielleicht ist sie umgezogen, oder der Link enthält einen Tippfehler.',
    home: '{home} – oder lesen Sie einen der Erklärtexte:',
    homeLink: 'Zur Startseite',
  },
  rss: {
    title: '{site} (Deutsch)',
  },
};

export default {
  intl: 'de-DE',
  name: 'Deutsch',
  htmlLang: 'de',
  ogLocale: 'de_DE',
  // German closes a quotation with “ (and opens with „, which never follows a word).
  closingPunctuation: ',.;:!?)]’”“%…',
  compactDisplay: 'short',
  currencyCodeFirst: true,
  numberWords: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  ui,
} satisfies LocaleData;
