#!/usr/bin/env node
// Write the PDF fixtures: small PDFs with the layout of a UN document, set
// from the texts of fixtures the project already has (the seed draft, the
// adopted resolution with sub-paragraphs and a draft of it, the Security
// Council resolution).
//   npm run fixtures:pdf            writes fixtures/pdf/<document>/input.pdf
//   node scripts/make-pdf-fixtures.js DIR   writes DIR/<document>/input.pdf
//
// Sizes and positions are those measured on the official PDFs in
// ../shared/corpus-pdf (US letter, Times 10/12 body, masthead on page 1,
// running header and footer on later pages, footnotes under a short rule
// at the page foot). The output is deterministic: fixed dates and no
// document ID, so running the script again gives the same bytes.
//
// Markup of the texts below: *italic*, ^1 (or ^*) a footnote marker raised
// after the word before it.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {PDFDocument, StandardFonts, rgb, setWordSpacing} from 'pdf-lib'

const WIDTH = 612
const HEIGHT = 792
const BODY_LEFT = 123.4
const BODY_RIGHT = 488
const INDENT_1 = 147.1
const INDENT_2 = 170.7
const INDENT_3 = 194.5
const SIZE = 10
const LEADING = 12
const PARAGRAPH_GAP = 6
const NOTE_SIZE = 8.5
const NOTE_LEADING = 10.5
const MARKER_SIZE = 6
const MARKER_RISE = 4
/** The lowest baseline (from the top) of page 1, above its job number and barcode, and of later pages, above the footer. */
const BOTTOM_FIRST = 718
const BOTTOM = 733
/** The first body baseline (from the top) of pages after the first, under the running header. */
const TOP = 84.5
/** A fixed date for the metadata, so the bytes do not change from run to run. */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z')

// ---------------------------------------------------------------- documents

const seed = {
  name: 'seed',
  symbol: 'A/AC.291/L.15',
  organ: 'General Assembly',
  distribution: 'Limited',
  date: '7 August 2024',
  original: 'English',
  job: '24-14380',
  jobDate: '070824',
  left: [
    {text: 'Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes', bold: true},
    {text: 'Reconvened concluding session'},
    {text: 'New York, 29 July–9 August 2024'}
  ],
  heading: ['Draft resolution for consideration by the General Assembly'],
  intro: [
    'The Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes approves the following draft resolution and recommends it for adoption by the General Assembly:'
  ],
  number: '[xx/xxx].',
  title: 'United Nations Convention against Cybercrime',
  subtitle: 'Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes',
  preamble: [
    '*Recalling* its resolution 74/247 of 27 December 2019, in which it established an open-ended ad hoc intergovernmental committee of experts, representative of all regions, to elaborate a comprehensive international convention on countering the use of information and communications technologies for criminal purposes, taking into full consideration existing international instruments and efforts at the national, regional and international levels on combating the use of information and communications technologies for criminal purposes, in particular the work and outcomes of the open-ended intergovernmental Expert Group to Conduct a Comprehensive Study on Cybercrime, [*agreed ad referendum*]',
    '*Recalling also* its resolution 75/282 of 26 May 2021, in which it decided that the Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes would carry out its work in New York and Vienna, commencing in January 2022, in order to provide a draft convention to the General Assembly at its seventy-eighth session, [*agreed ad referendum*]',
    '*Strongly convinced* of the urgent need to strengthen international cooperation to prevent and combat cybercrime, in view of its negative economic and social implications and its ability to undermine sustainable development and the rule of law,',
    // The page ends after the first line of this paragraph: the next page starts with "Strengthening", a capitalized word like an opening.
    '*Strongly convinced also* that the United Nations Convention against Cybercrime: Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes will constitute an effective tool and the necessary legal framework for international cooperation in preventing and combating cybercrime and in ensuring the timely and lawful collection and sharing of evidence in electronic form of a broad range of crimes that may be committed through the use of information and communications technology systems, including money-laundering, corruption, acts of terrorism, trafficking in persons, the smuggling of migrants, the illicit manufacturing of and trafficking in firearms, their parts, components and ammunition, illicit drug trafficking and illicit trafficking in cultural property,'
  ],
  operative: [
    '*Takes note* of the report of the Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes on its reconvened concluding session, in which the Ad Hoc Committee submitted the final text of the draft United Nations Convention against Cybercrime: Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes to the General Assembly for its consideration and action, and commends the Ad Hoc Committee for its work; [*agreed ad referendum*]',
    '*Adopts* the United Nations Convention against Cybercrime: Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes annexed to the present resolution, and opens it for signature at United Nations Headquarters in New York until 31 December 2026; [*agreed ad referendum*]',
    '*Urges* all States and competent regional economic integration organizations to sign and ratify the Convention as soon as possible in order to ensure its rapid entry into force;',
    '*Decides* that, until the Conference of the States Parties to be established pursuant to the Convention decides otherwise, the account referred to in article 56 of the Convention will be operated by the United Nations Office on Drugs and Crime, and encourages Member States to begin making adequate voluntary contributions to the above-mentioned account for the provision to developing countries and countries with economies in transition of the technical assistance that they might require to prepare for ratification and implementation of the Convention;',
    '*Also decides* that the Ad Hoc Committee shall continue its work, *mutatis mutandis*, in accordance with General Assembly resolutions 74/247 and 75/282, with a view to negotiating a draft protocol supplementary to the Convention, addressing, *inter alia*, additional criminal offences as appropriate, and that, for that purpose, two sessions of a duration of 10 days each, with the first session taking place two years after the adoption of the Convention by the General Assembly and the second session in the following calendar year, in Vienna and New York, respectively, shall be convened for the purpose of submitting the outcomes to the Conference of the States Parties to the Convention, for its consideration and further action, in accordance with articles 57, paragraph 5 (g), 61 and 62 of the Convention;',
    '*Further decides* that the Ad Hoc Committee will complete its tasks arising from the negotiation of the Convention by holding a session, *mutatis mutandis*, in accordance with General Assembly resolutions 74/247 and 75/282, of a duration of up to five days in Vienna, one year after the adoption of the Convention, in order to prepare the draft text of the rules of procedure of the Conference of the States Parties to the Convention and of other rules described in article 57 of the Convention, which will be submitted to the Conference for consideration at its first session;',
    '*Urges* Member States to provide voluntary contributions to the United Nations Office on Drugs and Crime to ensure funding to enable the participation of representatives of developing countries, especially those that do not have resident representation in Vienna, in the work of the Ad Hoc Committee, including by covering their travel costs and accommodation expenses;',
    '*Requests* the Conference of the States Parties to the Convention to keep abreast of technological developments in the area of cybercrime, to make recommendations regarding appropriate action in that regard, to promote regional and international meetings of national cybercrime focal points for the exchange of experiences, challenges and good practices, and to ensure synergies with relevant work carried out by other competent intergovernmental bodies;',
    '*Requests* the Secretary-General to designate the United Nations Office on Drugs and Crime to serve as the secretariat for and under the direction of the Conference of the States Parties to the Convention, in accordance with article 58 of the Convention;',
    '*Also requests* the Secretary-General to provide the United Nations Office on Drugs and Crime with the resources necessary to enable it to promote in an effective manner the rapid entry into force of the Convention and to discharge the functions of secretariat of the Conference of the States Parties to the Convention, and to support the Ad Hoc Committee in its work pursuant to paragraphs 5 and 6 above;',
    '*Further requests* the Secretary-General to prepare a report on the activities undertaken to promote the rapid entry into force of the Convention for submission to the General Assembly at its eightieth session; [*agreed ad referendum*]',
    '*Decides* that, in order to raise awareness of cybercrime and of the role of the Convention in combating and preventing it, [*date of adoption of the Convention by the General Assembly*] should be designated International Anti-Cybercrime Day. [*agreed ad referendum*]'
  ],
  notes: {}
}

const subparagraphsPreamble = [
  '*Recalling* its resolutions 78/187 of 19 December 2023 and 79/1 of 22 September 2024,',
  '*Bearing in mind* the Declaration on the Granting of Independence to Colonial Countries and Peoples, contained in its resolution 1514 (XV) of 14 December 1960,',
  '*Recalling also* Human Rights Council resolution 55/2 of 3 April 2024 and Economic and Social Council resolution 2024/15 of 23 July 2024,',
  '*Taking into account* its decision 79/512 and section II of its resolution 68/247 B,',
  '*Deeply concerned* that small island Non-Self-Governing Territories remain disproportionately exposed to tropical cyclones, storm surges and sea-level rise, and that their limited access to concessional finance slows their recovery,',
  '*Having considered* the report of the Secretary-General on assistance to Non-Self-Governing Territories affected by climate-related disasters,^1'
]

const subparagraphsOperative = [
  '*Takes note with appreciation of* the report of the Secretary-General;',
  '*Expresses its deep appreciation* to the administering Powers, the regional commissions and the regional organizations that have supported the territorial Governments in the aftermath of the hurricane seasons of 2024 and 2025;',
  '*Requests* the specialized agencies and other organizations of the United Nations system, within their respective mandates and existing resources:',
  {label: '(a)', text: 'To include the Non-Self-Governing Territories in their regional disaster risk reduction programmes and in the regional platforms for disaster risk reduction;'},
  {label: '(b)', text: 'To provide technical assistance to the territorial Governments, in particular:'},
  {label: '(i)', level: 2, text: 'In the establishment of multi-hazard early warning systems covering all inhabited islands;'},
  {label: '(ii)', level: 2, text: 'In the assessment of losses and damage and in the preparation of post-disaster needs assessments;'},
  {label: '(c)', text: 'To inform the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples of the measures taken pursuant to the present paragraph;'},
  '*Calls upon* the administering Powers, consistent with paragraph 5 of resolution 77/333, to facilitate the participation of representatives of the Territories in the relevant meetings and conferences on climate change and disaster risk reduction;',
  '*Recommends* that the territorial Governments, in preparing their disaster recovery plans, give priority to:',
  {label: '(a)', text: 'The protection of hospitals, clinics and other critical health facilities;'},
  {label: '(b)', text: 'The safety of schools and the continuity of education;'},
  {label: '(c)', text: 'The restoration of drinking water supply and sanitation services;'},
  {label: '(d)', text: 'The repair of ports, airports and the roads that connect them;'},
  {label: '(e)', text: 'The resilience of electricity grids and the expansion of renewable energy;'},
  {label: '(f)', text: 'The protection of coastal ecosystems, including mangroves and coral reefs;'},
  {label: '(g)', text: 'Support for small-scale fishers and farmers who have lost their means of livelihood;'},
  {label: '(h)', text: 'The needs of older persons and persons with disabilities;'},
  {label: '(i)', text: 'The collection of data disaggregated by sex, age and disability;'},
  {label: '(j)', text: 'The participation of women and youth in recovery planning;'},
  '*Requests* the Secretary-General to report to the General Assembly at its eighty-first session on the implementation of the present resolution.'
]

const subparagraphsLeft = [
  {text: 'Eightieth session', bold: true},
  {text: 'Agenda item 62'},
  {text: 'Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples', bold: true}
]

const subparagraphs = {
  name: 'subparagraphs',
  symbol: 'A/RES/80/123',
  organ: 'General Assembly',
  distribution: 'General',
  date: '19 December 2025',
  job: '25-12345',
  left: subparagraphsLeft,
  heading: ['Resolution adopted by the General Assembly', 'on 15 December 2025'],
  intro: ['[*on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/80/411, para. 14)*]'],
  number: '80/123.',
  title: 'Support for Non-Self-Governing Territories in building resilience to climate-related disasters',
  runningTitle: ['Support for Non-Self-Governing Territories in building', 'resilience to climate-related disasters'],
  preamble: subparagraphsPreamble,
  operative: subparagraphsOperative,
  closing: ['58th plenary meeting', '15 December 2025'],
  notes: {1: 'A/80/312.'}
}

const subparagraphsDraft = {
  name: 'subparagraphs-draft',
  symbol: 'A/C.4/80/L.9',
  organ: 'General Assembly',
  distribution: 'Limited',
  date: '30 October 2025',
  original: 'English',
  job: '25-12346',
  jobDate: '311025',
  left: [subparagraphsLeft[0], {text: 'Special Political and Decolonization Committee (Fourth Committee)', bold: true, size: 12}, ...subparagraphsLeft.slice(1)],
  sponsor: 'Fiji and Papua New Guinea:^* draft resolution',
  title: 'Support for Non-Self-Governing Territories in building resilience to climate-related disasters',
  preamble: subparagraphsPreamble,
  operative: subparagraphsOperative,
  notes: {'*': 'On behalf of the States Members of the United Nations that are members of the Pacific Islands Forum.', 1: 'A/80/312.'}
}

const securityCouncil = {
  name: 'security-council',
  symbol: 'S/RES/2799 (2025)',
  organ: 'Security Council',
  distribution: 'General',
  date: '12 March 2025',
  job: '25-04512',
  left: [],
  heading: ['Resolution 2799 (2025)'],
  intro: ['Adopted by the Security Council at its 9950th meeting, on 12 March 2025'],
  introFlush: true,
  preamble: [
    '*Recalling* its resolutions 2216 (2015) and 2722 (2024), as well as the statements of its President concerning the situation in Yemen and the security of navigation in the Red Sea,',
    '*Reaffirming* its strong commitment to the unity, sovereignty, independence and territorial integrity of Yemen, and its commitment to stand by the people of Yemen,',
    '*Expressing grave concern* at the continued attacks against merchant and commercial vessels transiting the Red Sea and the Gulf of Aden, which endanger the lives of seafarers, disrupt global supply chains and raise the cost of humanitarian deliveries to the region,',
    '*Noting with alarm* the seizure, on 3 February 2025, of the merchant vessel Northern Lark and the continued detention of 17 members of its crew,',
    '*Underlining* the importance of the navigational rights and freedoms of merchant and commercial vessels, in accordance with international law, as reflected in the United Nations Convention on the Law of the Sea,',
    '*Stressing* that a durable settlement of the conflict in Yemen can be reached only through an inclusive, Yemeni-led and Yemeni-owned political process under the auspices of the United Nations,',
    '*Determining* that the situation in Yemen continues to constitute a threat to international peace and security,',
    '*Acting under Chapter VII of the Charter of the United Nations*,'
  ],
  operative: [
    '*Strongly condemns* the attacks carried out against merchant and commercial vessels in the Red Sea and the Gulf of Aden since the adoption of resolution 2722 (2024), and reiterates that such attacks must cease immediately;',
    '*Demands* the immediate and unconditional release of the merchant vessel Northern Lark and of all members of its crew, and the safe passage of the vessel to a port chosen by its flag State;',
    '*Decides* that all Member States shall take the necessary measures to prevent the direct or indirect supply, sale or transfer of unmanned aerial systems, their components and related technology to the individuals and entities designated by the Committee established pursuant to paragraph 19 of resolution 2140 (2014), and further decides that the measures imposed by the present paragraph shall apply until 15 March 2026;',
    '*Calls upon* all Member States, in particular those bordering the Red Sea and the Gulf of Aden, to inspect, consistent with international law and their domestic legislation, cargo bound for Yemen in their territory, including in seaports and airports, where they have information that provides reasonable grounds to believe that the cargo contains items whose supply is prohibited under paragraph 3 above;',
    '*Encourages* Member States to strengthen their support for building the capacity of the Yemen Coast Guard, with a view to enhancing maritime security and countering the smuggling of arms and related materiel;',
    '*Urges* all Yemeni parties to engage constructively and without preconditions with the Special Envoy of the Secretary-General for Yemen, and to honour the commitments they have made towards a nationwide ceasefire;',
    '*Requests* the Secretary-General to report to the Council in writing within 60 days of the adoption of the present resolution, and every 90 days thereafter, on the implementation of paragraph 3 above, including on any further attacks against merchant and commercial vessels;',
    '*Decides* to remain seized of the matter.'
  ],
  notes: {}
}

export const documents = [seed, subparagraphs, subparagraphsDraft, securityCouncil]

// ------------------------------------------------------------------- markup

/**
 * Words of a marked-up text: each word is a list of pieces in one style
 * (roman or italic), with the footnote marker that follows it, if any.
 */
function words(markup) {
  const result = []
  let italic = false
  let pieces = []
  let current = ''
  let marker
  const flushPiece = () => {
    if (current !== '') pieces.push({text: current, italic})
    current = ''
  }
  const flushWord = () => {
    flushPiece()
    if (pieces.length > 0 || marker) result.push({pieces, marker})
    pieces = []
    marker = undefined
  }
  for (let i = 0; i < markup.length; i++) {
    const char = markup[i]
    if (char === ' ') flushWord()
    else if (char === '^') {
      flushPiece()
      let j = i + 1
      while (j < markup.length && markup[j] !== ' ') j++
      marker = markup.slice(i + 1, j)
      i = j - 1
    } else if (char === '*') {
      flushPiece()
      italic = !italic
    } else current += char
  }
  flushWord()
  return result
}

/**
 * The advance of a text as drawn: the sum of its glyphs' widths. (pdf-lib's
 * widthOfTextAtSize also applies the font's kerning pairs, which drawText
 * does not.)
 */
function advance(font, text, size) {
  let width = 0
  for (const char of text) width += font.widthOfTextAtSize(char, 1000)
  return (width * size) / 1000
}

// ------------------------------------------------------------------- layout

class Writer {
  constructor(pdf, fonts, doc) {
    this.pdf = pdf
    this.fonts = fonts
    this.doc = doc
    this.pages = []
    this.page = undefined
    /** Baseline of the next body line, from the top of the page. */
    this.top = 0
    /** The footnotes whose markers stand on the current page. */
    this.notesOnPage = []
  }

  newPage() {
    this.page = this.pdf.addPage([WIDTH, HEIGHT])
    this.pages.push({page: this.page, notes: []})
    this.notesOnPage = this.pages[this.pages.length - 1].notes
    this.top = TOP
  }

  bottom() {
    return this.pages.length === 1 ? BOTTOM_FIRST : BOTTOM
  }

  /** Lines of the notes a page carries, as laid out under the rule. */
  noteLines(notes) {
    let count = 0
    for (const id of notes) count += this.wrap(words(this.doc.notes[id]), BODY_LEFT, BODY_LEFT, BODY_RIGHT, NOTE_SIZE).length
    return count
  }

  /** The lowest body baseline allowed on this page with these notes under it. */
  limit(notes) {
    if (notes.length === 0) return this.bottom()
    // The rule stands 14 points above the first note, the body 14 points above the rule.
    const firstNote = this.bottom() - (this.noteLines(notes) - 1) * NOTE_LEADING
    return firstNote - 2 * 14
  }

  font(italic, bold = false) {
    if (bold) return italic ? this.fonts.boldItalic : this.fonts.bold
    return italic ? this.fonts.italic : this.fonts.roman
  }

  wordWidth(word, size, bold = false) {
    let width = 0
    for (const piece of word.pieces) width += advance(this.font(piece.italic, bold), piece.text, size)
    if (word.marker) width += advance(this.fonts.roman, word.marker, MARKER_SIZE * (size / SIZE))
    return width
  }

  /**
   * Break words into lines: the first starts at `first`, the others at
   * `wrap`; all end by `right`.
   */
  wrap(list, first, wrap, right, size, bold = false) {
    const lines = []
    const space = advance(this.fonts.roman, ' ', size)
    let line = []
    let width = 0
    for (const word of list) {
      const w = this.wordWidth(word, size, bold)
      const start = lines.length === 0 ? first : wrap
      if (line.length > 0 && start + width + space + w > right) {
        lines.push({words: line, x: start, natural: width})
        line = []
        width = 0
      }
      width += (line.length > 0 ? space : 0) + w
      line.push(word)
    }
    if (line.length > 0) lines.push({words: line, x: lines.length === 0 ? first : wrap, natural: width, last: true})
    return lines
  }

  /** Draw one line of words at a baseline (from the top), justified to `right` unless it is a last line. */
  drawLine(line, top, right, size, {bold = false, justify = true} = {}) {
    const page = this.page
    const y = HEIGHT - top
    const gaps = line.words.length - 1
    const extra = justify && !line.last && gaps > 0 ? (right - line.x - line.natural) / gaps : 0
    // Runs: consecutive pieces in one font, a space inside a run stretched by the word spacing.
    const runs = []
    line.words.forEach((word, index) => {
      const trailing = index < line.words.length - 1 ? ' ' : ''
      word.pieces.forEach((piece, p) => {
        const font = this.font(piece.italic, bold)
        const text = piece.text + (p === word.pieces.length - 1 && !word.marker ? trailing : '')
        const previous = runs[runs.length - 1]
        if (previous && previous.font === font && !previous.marker) previous.text += text
        else runs.push({font, text, size})
      })
      if (word.marker) runs.push({font: this.fonts.roman, text: word.marker + trailing, size: MARKER_SIZE * (size / SIZE), marker: true})
    })
    let x = line.x
    for (const run of runs) {
      const spaces = run.text.split(' ').length - 1
      if (extra > 0 && spaces > 0) page.pushOperators(setWordSpacing(extra))
      page.drawText(run.text, {x, y: run.marker ? y + MARKER_RISE * (size / SIZE) : y, size: run.size, font: run.font, color: rgb(0, 0, 0)})
      if (extra > 0 && spaces > 0) page.pushOperators(setWordSpacing(0))
      x += advance(run.font, run.text, run.size) + extra * spaces
    }
    for (const word of line.words) if (word.marker && this.doc.notes[word.marker] !== undefined) this.notesOnPage.push(word.marker)
  }

  text(value, x, top, font, size) {
    this.page.drawText(value, {x, y: HEIGHT - top, size, font, color: rgb(0, 0, 0)})
  }

  rightText(value, right, top, font, size) {
    this.text(value, right - advance(font, value, size), top, font, size)
  }

  rule(x1, x2, top, thickness) {
    this.page.drawLine({start: {x: x1, y: HEIGHT - top}, end: {x: x2, y: HEIGHT - top}, thickness, color: rgb(0, 0, 0)})
  }

  /**
   * A body paragraph: `label` (a paragraph number) at `labelX`, the text
   * from `first` on its first line and from `wrap` after; lines that do
   * not fit go to the next page.
   */
  paragraph(markup, {label, labelX, first, wrap, bold = false, size = SIZE, leading = LEADING, justify = true, right = BODY_RIGHT}) {
    const lines = this.wrap(words(markup), first, wrap, right, size, bold)
    lines.forEach((line, index) => {
      const notes = [...this.notesOnPage, ...line.words.filter((word) => word.marker && this.doc.notes[word.marker] !== undefined).map((word) => word.marker)]
      if (this.top > this.limit(notes)) this.newPage()
      if (index === 0 && label) this.text(label, labelX, this.top, this.fonts.roman, size)
      this.drawLine(line, this.top, right, size, {bold, justify})
      this.top += leading
    })
    this.top += PARAGRAPH_GAP
  }
}

function masthead(w) {
  const {doc, fonts} = w
  const page = w.page
  // Symbol at top right: the first letter large.
  const head = doc.symbol[0]
  const rest = doc.symbol.slice(1)
  w.text(head, 552 - advance(fonts.roman, rest, 12) - advance(fonts.roman, head, 20) - 1, 56.5, fonts.roman, 20)
  w.rightText(rest, 552, 56.5, fonts.roman, 12)
  w.text('United Nations', BODY_LEFT, 57.8, fonts.roman, 14)
  w.rule(BODY_LEFT, 552, 64, 0.75)
  // The emblem: a wreath of two circles where the official PDF has its picture.
  page.drawCircle({x: 86, y: HEIGHT - 94, size: 24, borderWidth: 1.2, borderColor: rgb(0, 0, 0)})
  page.drawCircle({x: 86, y: HEIGHT - 94, size: 14, borderWidth: 0.8, borderColor: rgb(0, 0, 0)})
  w.text(doc.organ, BODY_LEFT, 86.4, fonts.bold, 20)
  w.text('Distr.: ' + doc.distribution, 397, 86.7, fonts.roman, SIZE)
  w.text(doc.date, 397, 98.4, fonts.roman, SIZE)
  if (doc.original) w.text('Original: ' + doc.original, 397, 122.4, fonts.roman, SIZE)
  w.rule(60, 552, 205, 1.5)
  let top = 222.3
  for (const item of doc.left) {
    const size = item.size ?? SIZE
    for (const line of w.wrap(words(item.text), 60, 60, 340, size, item.bold)) {
      w.drawLine(line, top, 340, size, {bold: item.bold, justify: false})
      top += size === SIZE ? LEADING : 14
    }
  }
  w.top = Math.max(top + 16, 260)
  if (doc.sponsor) {
    w.paragraph(doc.sponsor, {first: BODY_LEFT, wrap: BODY_LEFT, justify: false})
    w.top += 6
  }
  for (const line of doc.heading ?? []) {
    w.text(line, BODY_LEFT, w.top, fonts.bold, 12)
    w.top += 14
  }
  if (doc.heading) w.top += 8
  for (const intro of doc.intro ?? []) {
    const at = doc.number || doc.introFlush ? BODY_LEFT : INDENT_1
    w.paragraph(intro, {first: at, wrap: BODY_LEFT})
    w.top += 2
  }
  if (doc.number) w.text(doc.number, 72.1, w.top, fonts.bold, 12)
  for (const text of [doc.title, doc.subtitle]) {
    if (!text) continue
    w.paragraph(text, {first: BODY_LEFT, wrap: BODY_LEFT, bold: true, size: 12, leading: 14, justify: false})
  }
  w.top += 4.5
}

/** Running header and footer of every page after the first; the job number and barcode on the first. */
function furniture(w) {
  const {doc, fonts} = w
  const count = w.pages.length
  w.pages.forEach(({page, notes}, index) => {
    w.page = page
    const number = index + 1
    if (notes.length > 0) {
      // Notes under a short rule at the page foot, the last line on the page's lowest baseline.
      const bottom = index === 0 ? BOTTOM_FIRST : BOTTOM
      let top = bottom - (w.noteLines(notes) - 1) * NOTE_LEADING
      w.text('__________________', 99.6, top - 14, fonts.roman, 8)
      for (const id of notes) {
        w.text(id, id === '*' ? 118 : 117, top - 3, fonts.roman, MARKER_SIZE)
        for (const line of w.wrap(words(doc.notes[id]), BODY_LEFT, BODY_LEFT, BODY_RIGHT, NOTE_SIZE)) {
          w.drawLine(line, top, BODY_RIGHT, NOTE_SIZE, {justify: false})
          top += NOTE_LEADING
        }
      }
    }
    if (number === 1) {
      w.text(doc.job + ' (E)', 60, 749.3, fonts.roman, SIZE)
      if (doc.jobDate) w.text(doc.jobDate, 130, 749.3, fonts.roman, 8)
      w.text('*' + doc.job.replace('-', '') + '*', 60, 766, fonts.courier, 14)
      return
    }
    const even = number % 2 === 0
    const titleLines = doc.runningTitle ?? []
    const symbolSide = even ? 'left' : 'right'
    if (symbolSide === 'left') w.text(doc.symbol, 60, 59.8, fonts.bold, NOTE_SIZE)
    else w.rightText(doc.symbol, 552, 59.8, fonts.bold, NOTE_SIZE)
    titleLines.forEach((line, i) => {
      const top = 59.8 - (titleLines.length - 1 - i) * 10
      if (symbolSide === 'left') w.rightText(line, 552, top, fonts.bold, NOTE_SIZE)
      else w.text(line, 60, top, fonts.bold, NOTE_SIZE)
    })
    w.rule(60, 552, 64, 0.75)
    const pageLabel = number + '/' + count
    if (even) {
      w.text(pageLabel, 60, 755.2, fonts.bold, NOTE_SIZE)
      w.rightText(doc.job, 552, 755.2, fonts.roman, 7)
    } else {
      w.text(doc.job, 60, 755.2, fonts.roman, 7)
      w.rightText(pageLabel, 552, 755.2, fonts.bold, NOTE_SIZE)
    }
  })
}

/** One document as PDF bytes. */
export async function makeDocument(doc) {
  const pdf = await PDFDocument.create({updateMetadata: false})
  const fonts = {
    roman: await pdf.embedFont(StandardFonts.TimesRoman),
    italic: await pdf.embedFont(StandardFonts.TimesRomanItalic),
    bold: await pdf.embedFont(StandardFonts.TimesRomanBold),
    boldItalic: await pdf.embedFont(StandardFonts.TimesRomanBoldItalic),
    courier: await pdf.embedFont(StandardFonts.Courier)
  }
  pdf.setTitle(doc.symbol)
  pdf.setAuthor('reso fixtures')
  pdf.setCreator('scripts/make-pdf-fixtures.js')
  pdf.setProducer('pdf-lib')
  pdf.setCreationDate(FIXED_DATE)
  pdf.setModificationDate(FIXED_DATE)
  const w = new Writer(pdf, fonts, doc)
  w.newPage()
  masthead(w)
  w.paragraph('*The ' + doc.organ + '*,', {first: INDENT_1, wrap: BODY_LEFT})
  for (const text of doc.preamble) w.paragraph(text, {first: INDENT_1, wrap: BODY_LEFT})
  let number = 0
  for (const item of doc.operative) {
    if (typeof item === 'string') w.paragraph(item, {label: ++number + '.', labelX: INDENT_1, first: INDENT_2, wrap: BODY_LEFT})
    else if (item.level === 2) w.paragraph(item.text, {label: item.label, labelX: INDENT_2, first: INDENT_3, wrap: INDENT_1})
    else w.paragraph(item.text, {label: item.label, labelX: INDENT_1, first: INDENT_2, wrap: BODY_LEFT})
  }
  if (doc.closing) {
    w.top += 6
    if (w.top + LEADING > w.limit(w.notesOnPage)) w.newPage()
    w.rightText(doc.closing[0], BODY_RIGHT, w.top, fonts.italic, SIZE)
    w.rightText(doc.closing[1], BODY_RIGHT, w.top + LEADING, fonts.roman, SIZE)
  }
  furniture(w)
  return pdf.save({useObjectStreams: false})
}

/** Write every document to dir/<name>/input.pdf; returns the paths. */
export async function writeFixtures(dir) {
  const paths = []
  for (const doc of documents) {
    const folder = join(dir, doc.name)
    mkdirSync(folder, {recursive: true})
    const path = join(folder, 'input.pdf')
    writeFileSync(path, await makeDocument(doc))
    paths.push(path)
  }
  return paths
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../fixtures/pdf', import.meta.url))
  for (const path of await writeFixtures(dir)) console.log(path)
}
