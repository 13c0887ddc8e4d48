/**
 * The citation recognizer on every form the refs issue lists, each written
 * the way resolutions phrase it, on what must not be a citation, on footnote
 * digits glued on in PDF text, and its time on hostile input (fast-check).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findCitations, parse, type CitationMatch, type Organ} from '../src/index.js'
import {citationsOf, paragraphs} from '../src/grammar/paragraphs.js'

/** What a match says, with its text as written; fields it lacks are left out. */
function found(text: string, organ: Organ = 'General Assembly') {
  return findCitations(text, {organ}).map((match: CitationMatch) => {
    const {from, to, internal, ...rest} = match
    return {text: text.slice(from, to), ...rest, ...(internal ? {internal} : {})}
  })
}

/** Symbols only. */
function symbols(text: string, organ: Organ = 'General Assembly'): Array<string | undefined> {
  return findCitations(text, {organ}).map((match) => match.symbol)
}

describe('short forms', () => {
  it('a resolution with its date', () => {
    expect(found('Recalling its resolution 74/247 of 27 December 2019, in which it established')).toEqual([
      {text: 'resolution 74/247 of 27 December 2019', kind: 'resolution', organ: 'General Assembly', symbol: 'A/RES/74/247', date: '27 December 2019'}
    ])
  })

  it('a bare number takes the organ that speaks', () => {
    expect(symbols('Recalling its resolution 41/11 of 11 July 2019,', 'Human Rights Council')).toEqual(['A/HRC/RES/41/11'])
    expect(symbols('Recalling its resolution 2019/15,', 'Economic and Social Council')).toEqual(['E/RES/2019/15'])
  })

  it('a decision', () => {
    expect(found('Recalling its decision 73/546 of 22 December 2018,')).toEqual([
      {text: 'decision 73/546 of 22 December 2018', kind: 'decision', organ: 'General Assembly', symbol: 'A/DEC/73/546', date: '22 December 2018'}
    ])
    expect(symbols('Recalling its decisions 73/546 and 75/550,')).toEqual(['A/DEC/73/546', 'A/DEC/75/550'])
  })
})

describe('lists', () => {
  it('"resolutions 55/2, 60/1 and 70/1": one citation each, each with its date', () => {
    const text = 'Recalling its resolutions 55/2 of 8 September 2000, 60/1 of 16 September 2005 and 70/1 of 25 September 2015,'
    expect(found(text).map((match) => [match.text, match.symbol, match.date])).toEqual([
      ['resolutions 55/2 of 8 September 2000', 'A/RES/55/2', '8 September 2000'],
      ['60/1 of 16 September 2005', 'A/RES/60/1', '16 September 2005'],
      ['70/1 of 25 September 2015', 'A/RES/70/1', '25 September 2015']
    ])
  })

  it('"resolutions 60/251 and 65/281"', () => {
    expect(found('Recalling its resolutions 60/251 and 65/281 on the Human Rights Council,').map((match) => [match.text, match.symbol])).toEqual([
      ['resolutions 60/251', 'A/RES/60/251'],
      ['65/281', 'A/RES/65/281']
    ])
  })

  it('a list stops where the numbers stop', () => {
    expect(symbols('Recalling its resolutions 60/251 and 65/281 and the outcome of the review,')).toEqual(['A/RES/60/251', 'A/RES/65/281'])
  })

  it('a topic between the items ("on ...", "entitled “...”") does not end the list (issue 15)', () => {
    const text =
      'Recalling its resolutions 76/148 of 16 December 2021 on the rights of older persons, 2022, 77/190 of 15 December 2022 on ' +
      'literacy for life and 78/170 of 19 December 2023 on the girl child,'
    expect(found(text).map((match) => [match.text, match.symbol])).toEqual([
      ['resolutions 76/148 of 16 December 2021', 'A/RES/76/148'],
      ['77/190 of 15 December 2022', 'A/RES/77/190'],
      ['78/170 of 19 December 2023', 'A/RES/78/170']
    ])
    // Titles in quotation marks (commas inside them are not separators), footnote markers before a number or glued to a word.
    const entitled =
      'Noting Human Rights Council resolutions 53/14 of 12 July 2023, entitled “Access to education, for every girl”, 7 ' +
      '54/9 of 11 October 2023, entitled “Youth and human rights”,8 55/3 of 3 April 2024 on sport9 and 56/12 of 11 July 2024 on peace,'
    expect(symbols(entitled)).toEqual(['A/HRC/RES/53/14', 'A/HRC/RES/54/9', 'A/HRC/RES/55/3', 'A/HRC/RES/56/12'])
  })

  it('a topic ends at another citation, a full stop or a semicolon, and needs a dated number after it', () => {
    // "its resolutions 62/141" starts a citation of its own, with its own word.
    expect(found('Recalling its resolutions 70/1 of 25 September 2015 on this issue, and its resolutions 62/141 of 18 December 2007, 63/241 of 24 December 2008,')
      .map((match) => match.text)).toEqual(['resolutions 70/1 of 25 September 2015', 'resolutions 62/141 of 18 December 2007', '63/241 of 24 December 2008'])
    expect(symbols('Recalling its resolution 70/1 of 25 September 2015 on the Agenda. 71/1 of 19 September 2016 is another.')).toEqual(['A/RES/70/1'])
    expect(symbols('Recalling its resolution 70/1 of 25 September 2015 on the Agenda; 71/1 of 19 September 2016,')).toEqual(['A/RES/70/1'])
    expect(symbols('Recalling its resolution 70/1 of 25 September 2015 on the Agenda, 71/1 and the rest,')).toEqual(['A/RES/70/1'])
  })

  it('"decisions 9/CP.19 to 15/CP.19": both ends of the range, neither a symbol of the United Nations', () => {
    expect(found('See FCCC/CP/2013/10/Add.1, decisions 9/CP.19 to 15/CP.19;').filter((match) => match.kind === 'decision').map((match) => [match.text, match.symbol])).toEqual([
      ['decisions 9/CP.19', undefined],
      ['15/CP.19', undefined]
    ])
  })

  it('a resolution printed in a place of a report is not the General Assembly\'s', () => {
    const text = 'Official Records of the Economic and Social Council, 2024, Supplement No. 7 (E/2024/27), chap. I, sect. A, resolution 68/2, annex.'
    expect(found(text).filter((match) => match.kind === 'resolution').map((match) => [match.text, match.symbol, match.problem])).toEqual([['resolution 68/2', undefined, undefined]])
    expect(symbols('Recalling its resolution 68/2,')).toEqual(['A/RES/68/2'])
  })
})

describe('sessions and years in parentheses', () => {
  it('Roman-numeral sessions: "1514 (XV)", "2200 A (XXI)"', () => {
    const text = 'contained in its resolution 1514 (XV) of 14 December 1960, and the Covenants, annexed to its resolution 2200 A (XXI) of 16 December 1966,'
    expect(found(text).map((match) => [match.text, match.symbol, match.organ, match.date])).toEqual([
      ['resolution 1514 (XV) of 14 December 1960', 'A/RES/1514(XV)', 'General Assembly', '14 December 1960'],
      ['resolution 2200 A (XXI) of 16 December 1966', 'A/RES/2200A(XXI)', 'General Assembly', '16 December 1966']
    ])
  })

  it('old emergency special sessions: "2253 (ES-V)"', () => {
    expect(symbols('Recalling its resolutions 2253 (ES-V) and 2254 (ES-V) of 4 and 14 July 1967,')).toEqual(['A/RES/2253(ES-V)', 'A/RES/2254(ES-V)'])
  })

  it('Security Council years: "2231 (2015)", "resolutions 1325 (2000) and 1820 (2008)"', () => {
    expect(found('Recalling Security Council resolution 2231 (2015),')).toEqual([
      {text: 'resolution 2231 (2015)', kind: 'resolution', organ: 'Security Council', symbol: 'S/RES/2231(2015)'}
    ])
    expect(found('Recalling Security Council resolutions 1325 (2000) of 31 October 2000 and 1820 (2008) of 19 June 2008,').map((match) => [match.text, match.symbol, match.date])).toEqual([
      ['resolutions 1325 (2000) of 31 October 2000', 'S/RES/1325(2000)', '31 October 2000'],
      ['1820 (2008) of 19 June 2008', 'S/RES/1820(2008)', '19 June 2008']
    ])
  })

  it('a year in parentheses is the Security Council\'s even in another organ\'s text', () => {
    expect(symbols('Welcoming resolution 2730 (2024) on the protection of humanitarian personnel,', 'Human Rights Council')).toEqual(['S/RES/2730(2024)'])
  })
})

describe('other organs named in the sentence', () => {
  it('named just before the number', () => {
    const text = 'Recalling also Human Rights Council resolution 55/2 of 3 April 2024, Economic and Social Council resolution 2024/15 and Commission on Human Rights resolution 2005/69,'
    expect(found(text).map((match) => [match.symbol, match.organ])).toEqual([
      ['A/HRC/RES/55/2', 'Human Rights Council'],
      ['E/RES/2024/15', 'Economic and Social Council'],
      ['E/CN.4/RES/2005/69', 'Commission on Human Rights']
    ])
  })

  it('named as the subject: "the Human Rights Council, in its resolution 48/4"', () => {
    const text = 'Noting that the Human Rights Council, in its resolution 48/4 of 7 October 2021, and the Economic and Social Council, in its resolution 2019/15, addressed their working methods,'
    expect(found(text).map((match) => [match.text, match.symbol])).toEqual([
      ['resolution 48/4 of 7 October 2021', 'A/HRC/RES/48/4'],
      ['resolution 2019/15', 'E/RES/2019/15']
    ])
    expect(symbols('Welcoming the adoption by the Security Council of its resolution 2730 (2024),')).toEqual(['S/RES/2730(2024)'])
  })

  it('"its" after an organ that is only an object stays the speaking organ\'s', () => {
    expect(symbols('when a veto is cast in the Security Council, and its resolution ES-11/1 of 2 March 2022,')).toEqual(['A/RES/ES-11/1'])
    expect(symbols('to report to the General Assembly at its eightieth session, in accordance with its resolution 5/1,', 'Human Rights Council')).toEqual(['A/HRC/RES/5/1'])
  })

  it('decisions of other organs', () => {
    expect(symbols('Taking note of Economic and Social Council decision 2019/215 and Human Rights Council decision 2/102,')).toEqual(['E/DEC/2019/215', 'A/HRC/DEC/2/102'])
  })
})

describe('the organ from context, never a guess presented as fact (issue 15)', () => {
  it('"Council" and a bare number take the organ the sentence names', () => {
    expect(symbols('Recalling Human Rights Council resolutions 53/2 and 56/3, and Council resolution 58/17,')).toEqual(['A/HRC/RES/53/2', 'A/HRC/RES/56/3', 'A/HRC/RES/58/17'])
    expect(symbols('and relevant Human Rights Council resolutions, in particular resolutions 7/34 of 28 March 2008 and 18/15,')).toEqual(['A/HRC/RES/7/34', 'A/HRC/RES/18/15'])
    expect(symbols('Recalls Human Rights Council resolutions 43/1 and 47/21, and also recalls the report submitted pursuant to resolution 43/1;')).toEqual(['A/HRC/RES/43/1', 'A/HRC/RES/47/21', 'A/HRC/RES/43/1'])
    // A bare number the sentence's organ cannot have given stays the document's: the Human Rights Council has not held 70 sessions.
    expect(symbols('Recalling Human Rights Council resolution 55/2, and also recalling resolution 70/1,')).toEqual(['A/HRC/RES/55/2', 'A/RES/70/1'])
  })

  it('"Council resolution 2021/30": a year first is the Economic and Social Council\'s', () => {
    expect(found('Recalling Council resolution 2021/30 of 22 July 2021,').map((match) => [match.symbol, match.organ])).toEqual([['E/RES/2021/30', 'Economic and Social Council']])
  })

  it('the document\'s own organ, from its symbol, for "Council" and bare numbers', () => {
    expect(symbols('Recalling Council resolution 58/17 and resolution 56/3,', 'Human Rights Council')).toEqual(['A/HRC/RES/58/17', 'A/HRC/RES/56/3'])
    expect(symbols('Recalling Assembly resolution 75/233, and the Assembly resolution 78/1,')).toEqual(['A/RES/75/233', 'A/RES/78/1'])
  })

  it('a symbol that cannot exist is never produced: no symbol, and the reason', () => {
    const [unep, sessionless, future, council] = [
      found('in line with United Nations Environment Assembly resolution 5/5 of 2 March 2022,')[0]!,
      found('decision 15/4, annex.')[0]!,
      found('Recalling resolution 91/3,')[0]!,
      found('Recalling Council resolution 12/3,')[0]!
    ]
    expect(unep).toEqual({text: 'resolution 5/5 of 2 March 2022', kind: 'resolution', date: '2 March 2022'})
    expect([sessionless.symbol, sessionless.problem]).toEqual([undefined, 'the General Assembly numbers by session/number only from its thirty-first session (1976); before, "1514 (XV)"'])
    expect([future.symbol, future.problem]).toEqual([undefined, 'the General Assembly has held 80 sessions'])
    expect([council.symbol, council.problem]).toEqual([undefined, 'it says "Council" and neither the sentence, the document nor the number says which'])
  })

  it('the parser reports it, and lint\'s ambiguous-citation rule fires', () => {
    const text = 'The General Assembly,\n\n1. Recalls Council resolution 12/3 and resolution 5/5;\n\n2. Decides to remain seized of the matter.\n'
    const {diagnostics} = parse(text, {format: 'markdown'})
    expect(diagnostics.filter((item) => item.ruleId === 'ambiguous-citation').map((item) => item.reason)).toEqual([
      '"resolution 12/3" is given no symbol: it says "Council" and neither the sentence, the document nor the number says which; name the organ that adopted it',
      '"resolution 5/5" is given no symbol: the General Assembly numbers by session/number only from its thirty-first session (1976); before, "1514 (XV)"; name the organ that adopted it'
    ])
  })

  it('treaty bodies\' decisions are decisions without a symbol and without a problem: "decisions 1/CP.27 and 3/CMA.5"', () => {
    expect(found('in accordance with decisions 1/CP.27 and 3/CMA.5;')).toEqual([
      {text: 'decisions 1/CP.27', kind: 'decision'},
      {text: '3/CMA.5', kind: 'decision'}
    ])
  })

  it('a footnote marker standing alone inside a list: "2020, 4  47/21"', () => {
    expect(symbols('recalling Human Rights Council resolutions 44/20 of 17 July 2020, 4  47/21 of 13 July 2021, 5  48/18 of 11 October 2021,6')).toEqual(['A/HRC/RES/44/20', 'A/HRC/RES/47/21', 'A/HRC/RES/48/18'])
  })
})

describe('emergency special sessions and lettered parts', () => {
  it('"resolution ES-11/1", "ES-10/19"', () => {
    expect(found('Recalling its resolutions ES-11/1 of 2 March 2022 and ES-10/19 of 21 December 2017,').map((match) => [match.text, match.symbol])).toEqual([
      ['resolutions ES-11/1 of 2 March 2022', 'A/RES/ES-11/1'],
      ['ES-10/19 of 21 December 2017', 'A/RES/ES-10/19']
    ])
  })

  it('special sessions: "resolution S-10/2"', () => {
    expect(symbols('Recalling its resolution S-10/2 of 30 June 1978, the Final Document of the Tenth Special Session,')).toEqual(['A/RES/S-10/2'])
  })

  it('"68/247 A", "resolution 48/13 C", "57/270 A and B"', () => {
    expect(symbols('Recalling its resolution 68/247 A of 27 December 2013 and resolution 48/13 C,')).toEqual(['A/RES/68/247A', 'A/RES/48/13C'])
    expect(found('Recalling further its resolutions 57/270 A and B of 23 June 2003,').map((match) => [match.text, match.symbol])).toEqual([
      ['resolutions 57/270 A', 'A/RES/57/270A'],
      ['B of 23 June 2003', 'A/RES/57/270B']
    ])
    expect(symbols('Recalling its resolutions 49/75 I of 15 December 1994, 53/77 AA and 54/54 B,')).toEqual(['A/RES/49/75I', 'A/RES/53/77AA', 'A/RES/54/54B'])
  })

  it('a part letter is not taken from a following symbol or word', () => {
    expect(symbols('Recalling its resolution 68/247 A and A/RES/70/1,')).toEqual(['A/RES/68/247A', 'A/RES/70/1'])
    expect(symbols('Recalling its resolution 68/247 A and Security Council resolution 2231 (2015),')).toEqual(['A/RES/68/247A', 'S/RES/2231(2015)'])
  })
})

describe('pinpoints', () => {
  it('"paragraph 5 of resolution 74/247": the span starts at the pinpoint', () => {
    expect(found('in accordance with paragraph 5 of resolution 74/247,')).toEqual([
      {text: 'paragraph 5 of resolution 74/247', kind: 'resolution', organ: 'General Assembly', symbol: 'A/RES/74/247', pinpoint: 'paragraph 5'}
    ])
  })

  it('"section VI of its resolution 68/247 A", "paragraphs 3 and 4 of resolution 79/327"', () => {
    expect(found('Reaffirming section VI of its resolution 68/247 A,').map((match) => [match.text, match.symbol, match.pinpoint])).toEqual([
      ['section VI of its resolution 68/247 A', 'A/RES/68/247A', 'section VI']
    ])
    expect(found('reaffirms paragraphs 3 and 4 of resolution 79/327;').map((match) => [match.text, match.symbol, match.pinpoint])).toEqual([
      ['paragraphs 3 and 4 of resolution 79/327', 'A/RES/79/327', 'paragraphs 3 and 4']
    ])
  })

  it('"paragraph 19 of its resolution 2140 (2014)" after the Security Council as subject', () => {
    expect(found('the Security Council, in paragraph 19 of its resolution 2140 (2014), decided').map((match) => [match.symbol, match.pinpoint])).toEqual([
      ['S/RES/2140(2014)', 'paragraph 19']
    ])
  })
})

describe('full symbols', () => {
  it('A/RES/74/247, S/RES/2231 (2015), A/HRC/RES/41/11, E/RES/2019/15', () => {
    expect(found('Taking note of A/RES/74/247, S/RES/2231 (2015), A/HRC/RES/41/11 and E/RES/2019/15,').map((match) => [match.text, match.kind, match.symbol, match.organ])).toEqual([
      ['A/RES/74/247', 'resolution', 'A/RES/74/247', 'General Assembly'],
      ['S/RES/2231 (2015)', 'resolution', 'S/RES/2231(2015)', 'Security Council'],
      ['A/HRC/RES/41/11', 'resolution', 'A/HRC/RES/41/11', 'Human Rights Council'],
      ['E/RES/2019/15', 'resolution', 'E/RES/2019/15', 'Economic and Social Council']
    ])
  })

  it('document symbols with Rev., Add. and Corr.; a sentence\'s full stop is not part of one', () => {
    expect(found('the draft resolution A/C.3/79/L.15/Rev.1 and the note E/CN.4/Sub.2/1987/WP.4/Add.1.').map((match) => [match.text, match.kind, match.symbol])).toEqual([
      ['A/C.3/79/L.15/Rev.1', 'document', 'A/C.3/79/L.15/Rev.1'],
      ['E/CN.4/Sub.2/1987/WP.4/Add.1', 'document', 'E/CN.4/Sub.2/1987/WP.4/Add.1']
    ])
  })

  it('a joint symbol stays one, also when a line break (a space in the paragraph) follows its hyphen; a session in parentheses belongs to the symbol', () => {
    expect(found('reports A/76/75-E/2021/57, A/77/69/Add.1- E/2022/47/Add.1 and A/78/72/Add.1-E/2023/59/Add.1;').map((match) => [match.text, match.symbol])).toEqual([
      ['A/76/75-E/2021/57', 'A/76/75-E/2021/57'],
      ['A/77/69/Add.1- E/2022/47/Add.1', 'A/77/69/Add.1-E/2022/47/Add.1'],
      ['A/78/72/Add.1-E/2023/59/Add.1', 'A/78/72/Add.1-E/2023/59/Add.1']
    ])
    expect(symbols('decision WT/MIN(15)/48- WT/L/982 of 19 December 2015, and document WT/MIN(22)/W/22.')).toEqual(['WT/MIN(15)/48-WT/L/982', 'WT/MIN(22)/W/22'])
    // A hyphen before no symbol is dropped; a parenthesis that holds no number ends the symbol.
    expect(symbols('see A/79/1- which and A/79/L.15(a)')).toEqual(['A/79/1', 'A/79/L.15'])
  })

  it('"A/79/1005 and Corr.1": the corrigendum is a document of its own', () => {
    expect(found('A/79/1005 and Corr.1; see also A/78/40 and Add.1 and Add.2.').map((match) => [match.text, match.symbol])).toEqual([
      ['A/79/1005', 'A/79/1005'],
      ['Corr.1', 'A/79/1005/Corr.1'],
      ['A/78/40', 'A/78/40'],
      ['Add.1', 'A/78/40/Add.1'],
      ['Add.2', 'A/78/40/Add.2']
    ])
  })
})

describe('articles', () => {
  it('"articles 57, paragraph 5 (g), 61 and 62 of the Convention"', () => {
    expect(found('in accordance with articles 57, paragraph 5 (g), 61 and 62 of the Convention;').map((match) => [match.text, match.article, match.pinpoint, match.instrument])).toEqual([
      ['articles 57, paragraph 5 (g)', '57', 'paragraph 5 (g)', 'the Convention'],
      ['61', '61', undefined, 'the Convention'],
      ['62', '62', undefined, 'the Convention']
    ])
  })

  it('"Article 2, paragraph 4, of the Charter of the United Nations", "article VI of the Treaty"', () => {
    expect(found('in particular Article 2, paragraph 4, of the Charter of the United Nations,').map((match) => [match.article, match.pinpoint, match.instrument])).toEqual([
      ['2', 'paragraph 4', 'Charter of the United Nations']
    ])
    expect(found('the obligations under article VI of the Treaty on the Non-Proliferation of Nuclear Weapons').map((match) => [match.article, match.instrument])).toEqual([
      ['VI', 'Treaty on the Non-Proliferation of Nuclear Weapons']
    ])
  })
})

describe('articles with their instrument (issue 15)', () => {
  const rows = (text: string) => findCitations(text, {organ: 'General Assembly'}).map((match) => [match.article, match.pinpoint, match.instrument])

  it('"articles 1 and 30 of the Convention on the Rights of Persons with Disabilities": one citation each, the whole name', () => {
    const crpd = 'Convention on the Rights of Persons with Disabilities'
    expect(rows('Recalling the Charter of the United Nations and articles 1 and 30 of the Convention on the Rights of Persons with Disabilities,')).toEqual([
      ['1', undefined, crpd],
      ['30', undefined, crpd]
    ])
  })

  it('ranges expanded: "articles 19 to 22", "articles 9 to 11 of the Agreement"', () => {
    expect(rows('and articles 19 to 22 of the International Covenant on Civil and Political Rights;').map((row) => row[0])).toEqual(['19', '20', '21', '22'])
    expect(rows('in accordance with articles 9 to 11 of the Paris Agreement,')).toEqual([
      ['9', undefined, 'Paris Agreement'],
      ['10', undefined, 'Paris Agreement'],
      ['11', undefined, 'Paris Agreement']
    ])
  })

  it('paragraphs and sub-paragraphs kept: "article 4 (a)", "articles 33 (2) and 16 (3) thereof", "article 4, paragraphs 3, 4, 5 and 11"', () => {
    expect(rows('Recalls article 3 and article 4, paragraphs 3, 4, 5 and 11, of the Paris Agreement and article 9, paragraphs 1 to 4, of the Paris Agreement')).toEqual([
      ['3', undefined, 'Paris Agreement'],
      ['4', 'paragraphs 3, 4, 5 and 11', 'Paris Agreement'],
      ['9', 'paragraphs 1 to 4', 'Paris Agreement']
    ])
    expect(rows('mechanisms for the Convention on the Rights of Persons with Disabilities, consistent with articles 33 (2) and 16 (3) thereof,')).toEqual([
      ['33', '(2)', 'Convention on the Rights of Persons with Disabilities'],
      ['16', '(3)', 'Convention on the Rights of Persons with Disabilities']
    ])
    expect(rows('hate speech under article 4 (a) of the International Convention on the Elimination of All Forms of Racial Discrimination,')).toEqual([
      ['4', '(a)', 'International Convention on the Elimination of All Forms of Racial Discrimination']
    ])
  })

  it('names with a comma or a year: "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "Geneva Conventions of 1949"', () => {
    expect(rows('the definition of torture contained in article 1 of the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, and')).toEqual([
      ['1', undefined, 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment']
    ])
    expect(rows('under article 34 of Additional Protocol I to the Geneva Conventions of 1949;')).toEqual([['34', undefined, 'Additional Protocol I to the Geneva Conventions of 1949']])
  })

  it('"the Convention", "its article 14", "art. 18": the instrument the text names', () => {
    expect(rows('Calls for the ratification of the International Convention on the Elimination of All Forms of Racial Discrimination, and urges States to make the declaration under its article 14 and to respect article 4 of the Convention;')).toEqual([
      ['14', undefined, 'International Convention on the Elimination of All Forms of Racial Discrimination'],
      ['4', undefined, 'International Convention on the Elimination of All Forms of Racial Discrimination']
    ])
    expect(rows('2 Universal Declaration of Human Rights, art. 18 (see resolution 217 A (III)).')[0]).toEqual(['18', undefined, 'Universal Declaration of Human Rights'])
    // Named nowhere in full: as written.
    expect(rows('article 56 of the Convention')).toEqual([['56', undefined, 'the Convention']])
  })

  it('"the Convention" of a whole text: the one it adopts, else the one it names most', () => {
    const text = 'The General Assembly,\n\nRecalling the work of the Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering Crime,\n\n1. Adopts the United Nations Convention against Cybercrime, annexed to the present resolution;\n\n2. Decides that article 57 of the Convention applies.\n'
    const {tree} = parse(text, {format: 'markdown'})
    const cited = paragraphs(tree).flatMap((paragraph) => citationsOf(paragraph)).filter((citation) => citation.kind === 'article')
    expect(cited.map((citation) => citation.instrument)).toEqual(['United Nations Convention against Cybercrime'])
  })
})

describe('footnotes', () => {
  it('carry symbols, and their rows stand in the footnote', () => {
    const text = 'The General Assembly,\n\n1. *Takes note* of the report of the Secretary-General;[^1]\n\n2. *Decides* to remain seized of the matter.\n\n[^1]: A/80/312 and Corr.1.\n'
    const {tree} = parse(text, {format: 'markdown'})
    const footnote = tree.children.find((node) => node.type === 'footnoteDefinition')!
    const cited = footnote.children.filter((node) => node.type === 'citation').map((node) => node.type === 'citation' && node.symbol)
    expect(cited).toEqual(['A/80/312', 'A/80/312/Corr.1'])
  })

  it('digits glued on in PDF text are not part of the citation: "(XXV)1", "of 19721"', () => {
    expect(found('Recalling its resolution 2625 (XXV)1 and the Declaration,')).toEqual([
      {text: 'resolution 2625 (XXV)', kind: 'resolution', organ: 'General Assembly', symbol: 'A/RES/2625(XXV)'}
    ])
    expect(found('Recalling its resolution 2832 (XXVI) of 16 December 19721 and').map((match) => [match.text, match.date])).toEqual([
      ['resolution 2832 (XXVI) of 16 December 1972', '16 December 1972']
    ])
    expect(symbols('Recalling Security Council resolutions 1325 (2000)2 and 1820 (2008)3,')).toEqual(['S/RES/1325(2000)', 'S/RES/1820(2008)'])
  })

  it('a glued marker is cut off when the PDF text has the footnote', () => {
    const text = [
      'The General Assembly,',
      '',
      'Recalling its resolution 2625 (XXV)1 of 24 October 1970 and its resolution 2832',
      '(XXVI) of 16 December 19712,',
      '',
      '1. Decides to remain seized of the matter.',
      '',
      '__________________',
      '1 Declaration on Principles of International Law.',
      '2 See also A/8429.',
      ''
    ].join('\n')
    const {tree} = parse(text, {format: 'text'})
    const [pp1] = paragraphs(tree)
    expect(citationsOf(pp1!).map((citation) => [citation.value, citation.symbol, citation.date])).toEqual([
      ['resolution 2625 (XXV) of 24 October 1970', 'A/RES/2625(XXV)', '24 October 1970'],
      ['resolution 2832 (XXVI) of 16 December 1971', 'A/RES/2832(XXVI)', '16 December 1971']
    ])
  })
})

describe('references inside the text', () => {
  const text = [
    'The General Assembly,',
    '',
    'Recalling its resolution 79/141,',
    '',
    '1. *Decides* to establish a working group;',
    '',
    '2. *Requests* the working group:',
    '',
    '(a) To meet twice a year;',
    '',
    '(b) To report on the measures referred to in subparagraph (a) above;',
    '',
    '3. *Requests* the Secretary-General to support the working group referred to in paragraphs 1 and 2 (b) above;',
    '',
    '4. *Decides* to review the implementation of paragraph 3 of the present resolution and of paragraph 7 above at its eighty-first session.',
    ''
  ].join('\n')
  const {tree} = parse(text, {format: 'markdown'})
  const internal = paragraphs(tree).flatMap((paragraph) =>
    citationsOf(paragraph).filter((citation) => citation.kind === 'internal').map((citation) => [paragraph.label, citation.value, citation.refersTo, citation.targets])
  )

  it('resolve to the labels they point at; "the present resolution" is the document', () => {
    expect(internal).toEqual([
      ['OP2(b)', 'subparagraph (a) above', 'paragraph', ['OP2(a)']],
      ['OP3', 'paragraphs 1 and 2 (b) above', 'paragraph', ['OP1', 'OP2(b)']],
      ['OP4', 'paragraph 3 of the present resolution', 'paragraph', ['OP3']],
      ['OP4', 'paragraph 7 above', 'paragraph', []]
    ])
  })
})

describe('what is not a citation', () => {
  const negatives: Array<[string, string]> = [
    ['a date written with a slash', 'The meeting held on 29/11 in Geneva decided to meet again on 3/12/2025.'],
    ['a ratio', 'a ratio of 3/4 of the members present and voting, or 2/3 of those present'],
    ['a page number', 'page 2/46 of the report, 25-15106 2/4'],
    ['a time', 'the meeting will open at 10:30 a.m. and close at 13.00 hours'],
    ['a job number', '24-24621 (E) 181124'],
    ['a vote', 'adopted by a recorded vote of 143 to 9, with 25 abstentions'],
    ['a year in parentheses without the word resolution', 'in the period 2016-2030 (2015) and 1325 (2000) women'],
    ['a number after "resolution" that has no session', 'the draft resolution 12 was withdrawn, resolution 5 (of the list)'],
    ['a paragraph number that points at no text', 'as described in paragraph 5 of the report and paragraph 12'],
    ['an agenda item and a session', 'Agenda item 73 (a), at its eightieth session, Chapter VII of the Charter'],
    ['a Roman numeral alone', 'section VI, part II and annex III']
  ]
  for (const [what, text] of negatives) {
    it(what + ': "' + text + '"', () => {
      expect(findCitations(text, {organ: 'General Assembly'})).toEqual([])
    })
  }
})

describe('findCitations on hostile input (fast-check)', () => {
  /** Hostile pieces: digits, slashes, parentheses, and the words that start a recognizer. */
  const hostile = fc.array(
    fc.oneof(
      fc.constantFrom('1', '9', '0', '/', '(', ')', ' ', ', ', ' and ', 'XV', 'ES-', 'A', '.', '\n'),
      fc.constantFrom('resolution ', 'resolutions ', 'decision ', 'paragraphs ', 'subparagraph ', 'section ', 'articles ', ' of ', ' above', 'A/RES/', 'S/RES/', 'A/C.3/', 'Corr.', 'of 19721', ' December ', 'the present resolution')
    ),
    {minLength: 20, maxLength: 300}
  ).map((parts) => parts.join(''))

  it('never throws; matches are ordered, inside the text and do not overlap', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({maxLength: 200})), (text) => {
        let last = 0
        for (const match of findCitations(text, {organ: 'General Assembly'})) {
          expect(match.from).toBeGreaterThanOrEqual(last)
          expect(match.to).toBeGreaterThan(match.from)
          expect(match.to).toBeLessThanOrEqual(text.length)
          if (match.symbol !== undefined) expect(match.symbol).not.toMatch(/\s/)
          last = match.to
        }
      }),
      {numRuns: 500}
    )
  })

  /** Characters the scan looks at for `text`: a measure of its work that does not depend on the machine. */
  function reads(text: string): number {
    const stats = {reads: 0}
    findCitations(text, {organ: 'General Assembly', stats})
    return stats.reads
  }

  /**
   * Ten times the input costs about ten times the work: at most 11 times
   * (linear, with a little slack for the ends); a quadratic scan would
   * cost about 100 times.
   */
  function growsLinearly(unit: string): void {
    const large = unit.repeat(Math.ceil(1_000_000 / unit.length))
    const small = large.slice(0, large.length / 10)
    expect(reads(large) / reads(small)).toBeLessThan(11)
    expect(reads(large)).toBeLessThan(large.length * 40)
  }

  it('takes time linear in the input on 1 MB of generated hostile text', () => {
    fc.assert(fc.property(hostile, (unit) => growsLinearly(unit)), {numRuns: 6})
  })

  const worst: Array<[string, string]> = [
    ['digits', '1234567890'],
    ['slashes', '1/'],
    ['parentheses', '('],
    ['one long symbol', 'A/1/'],
    ['a list that never ends', 'resolutions 1/1, 1/1 and 1/1, '],
    ['a pinpoint list that never ends', 'paragraphs 1 and 2 (a), '],
    ['symbol starts inside a dotted word', 'A.A.A.A.A.A/1/'],
    ['unclosed parentheses after numbers', 'resolution 1 ((((((((( 2231 ('],
    ['digits glued to years', 'of 1 December 197211 (XV)1 '],
    ['articles with pinpoints', 'articles 1, paragraph 2 (a), 3 and ']
  ]
  for (const [what, unit] of worst) {
    it('takes time linear in the input on 1 MB of ' + what, () => growsLinearly(unit))
  }
})

describe('ranges and footnote markers inside citations', () => {
  it('expands "paragraphs 1 to 3 above" to each paragraph', async () => {
    const {parse, walk} = await import('../src/index.js')
    const {tree} = parse('The General Assembly,\n\n1. Decides a;\n\n2. Decides b;\n\n3. Decides c;\n\n4. Requests a report on the implementation of paragraphs 1 to 3 above;\n', {format: 'text'})
    const internal = [...walk(tree)].find((node) => node.type === 'citation' && node.kind === 'internal')
    expect(internal).toMatchObject({value: 'paragraphs 1 to 3 above', targets: ['OP1', 'OP2', 'OP3']})
  })

  it('keeps a footnote marker glued inside a citation, after the citation, in PDF text and Markdown', async () => {
    const {parse, walk} = await import('../src/index.js')
    const text = 'The General Assembly,\n\nRecalling its resolution 2625 (XXV)1 of 24 October 1970,\n\n___\n1 Declaration on Principles of International Law.\n'
    const markdown = 'The General Assembly,\n\nRecalling its resolution 2625 (XXV)[^1] of 24 October 1970,\n\n[^1]: Declaration on Principles of International Law.\n'
    for (const [source, format] of [[text, 'text'], [markdown, 'markdown']] as const) {
      const nodes = [...walk(parse(source, {format}).tree)]
      expect(nodes.find((node) => node.type === 'citation')).toMatchObject({value: 'resolution 2625 (XXV) of 24 October 1970', symbol: 'A/RES/2625(XXV)', date: '24 October 1970'})
      expect(nodes.filter((node) => node.type === 'footnoteReference')).toHaveLength(1)
      expect(nodes.filter((node) => node.type === 'footnoteDefinition')).toHaveLength(1)
    }
  })
})
