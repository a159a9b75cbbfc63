import { describe, expect, it } from 'vitest';
import { extractNames, extractNumbers } from './entities';
import { sameQuantity } from './numbers';

const names = (text: string): string[] => extractNames(text).map((n) => n.text);
const numbers = (text: string): string[] => extractNumbers(text).map((n) => n.key);

describe('extractNames', () => {
  it('finds multi-word names and keeps connectors inside them', () => {
    expect(names('Talks between Kim Jong Un and the Bank of England went nowhere.')).toEqual([
      'Kim Jong Un',
      'Bank of England',
    ]);
  });

  it('strips possessives', () => {
    expect(names("Troops crossed into Kursk under Pyongyang's orders.")).toEqual(['Kursk', 'Pyongyang']);
  });

  it('drops sentence-initial stop words but keeps the name after them', () => {
    expect(names('The Pentagon declined to comment. In Seoul, officials met.')).toEqual(['Pentagon', 'Seoul']);
  });

  it('does not take a capitalised first word for a name', () => {
    expect(names('Firefighters were called at dawn. Rescuers searched the ruins.')).toEqual([]);
  });

  it('accepts a sentence-initial name the text repeats and never writes in lowercase', () => {
    const text = 'A prisoner escaped on Monday. Comeaux had been serving a life sentence. Comeaux was armed.';
    expect(names(text)).toContain('Comeaux');
  });

  it('does not take a word seen only inside a longer name for a name when it opens a sentence', () => {
    const text =
      'The fire destroyed a shop in Ostmark High Street. High winds fanned the flames. Mara Okonjo Jr said so. Okonjo was there.';
    expect(names(text)).toEqual(['Ostmark High Street', 'Mara Okonjo Jr', 'Okonjo']);
  });

  it('does not take weekdays and months for names', () => {
    expect(names('The vote in Ostmark is on Friday, 4 May.')).toEqual(['Ostmark']);
  });

  it('does not take a numbered label for a name, and keeps a name that only opens with such a word', () => {
    const filing = 'Corvane Air filed for Chapter 11 protection in the Southern District of New York on Monday.';
    expect(names(filing)).toEqual(['Corvane Air', 'Southern District of New York']);
    expect(names('Storm Irusa grew into a Category 4 hurricane before it reached Tampa.')).toEqual([
      'Storm Irusa',
      'Tampa',
    ]);
    expect(names('The regulator raised the Band B tariff under Article 50 of its rules.')).toEqual([]);
    expect(names('The show moved to the Stage Door Theatre in Leeds.')).toEqual(['Stage Door Theatre', 'Leeds']);
  });

  it('splits a Title Case headline into the names the text confirms', () => {
    const text =
      'Lindsay Lohan Checks Into Betty Ford Center\nThe actress Lindsay Lohan arrived at the Betty Ford Center on Friday.';
    expect(names(text)).toEqual(['Lindsay Lohan', 'Betty Ford Center']);
  });

  it('counts repeated names and gives their words as index terms', () => {
    const [first] = extractNames('Mara Okonjo spoke first. Later, Mara Okonjo spoke again.');
    expect(first).toEqual({ text: 'Mara Okonjo', keys: ['mara', 'okonjo'], count: 2, proven: true });
  });

  it('proves a name by a capital where no sentence starts, more often than the word is lowercase', () => {
    const proven = (text: string, name: string): boolean | undefined =>
      extractNames(text).find((n) => n.text === name)?.proven;
    // "Police" only ever opens a sentence: a capital by position.
    expect(proven('Police said the road was closed. Police said nobody was hurt.', 'Police')).toBe(false);
    // One capital inside a longer name proves the surname alone.
    expect(proven('Jair Bolsonaro lost. Bolsonaro said he would appeal.', 'Bolsonaro')).toBe(true);
    // A sloppy lowercase spelling does not unmake a name written with a capital more often.
    expect(proven('Fans love Mark Teixeira. The Sox want Teixeira, not teixeira fans.', 'Mark Teixeira')).toBe(true);
    // "State Police" once and "police" twice: the word is a word.
    expect(proven('Police arrived. A State Police officer said police found it, and police left.', 'Police')).toBe(
      false,
    );
  });

  it('returns nothing for empty or name-less text', () => {
    expect(names('')).toEqual([]);
    expect(names('all lowercase words here')).toEqual([]);
  });
});

describe('extractNumbers', () => {
  it('pairs numbers with what they count', () => {
    expect(numbers('A 6.1 magnitude quake; 10,000 troops; aged 85.')).toEqual([
      '6.1 magnitud',
      '10000 troop',
      '85 aged',
    ]);
  });

  it('reads money, percentages, years and dates', () => {
    expect(numbers('Damage of $1 million, up 9 percent, in 2013 on Oct. 3.')).toEqual([
      '1000000 usd',
      '9 percent',
      '2013 year',
      '3 oct',
    ]);
    expect(numbers('85 million euros')).toEqual(['85000000 eur']);
  });

  it('reads hyphenated ages and spelled-out counts', () => {
    expect(numbers('a 16-year-old and four people')).toEqual(['16 years', '4 peopl']);
  });

  it('counts spans of time apart from calendar years and days', () => {
    // An age or a contract's term is never another year than "2013"; "three days" is not a date.
    expect(numbers('in 2013 a 33-year-old signed an eight-year deal, three days later')).toEqual([
      '2013 year',
      '33 years',
      '8 years',
      '3 days',
    ]);
  });

  it('reads every way of writing a magnitude as one unit', () => {
    for (const text of [
      'a magnitude-5.2 quake',
      'a 5.2-magnitude quake',
      'a quake with a magnitude of 5.2',
      'a quake measuring 5.2 on the Richter scale',
      'magnitude at least 5.2',
    ])
      expect(numbers(text), text).toEqual(['5.2 magnitud']);
    // Beside "magnitude", a figure above any magnitude counts something else.
    expect(numbers('the magnitude of the 2011 disaster')).toEqual(['2011 year']);
    expect(extractNumbers('a quake measuring 5.2 on the Richter scale')[0]?.text).toBe('5.2 on the Richter');
  });

  it('skips clock times', () => {
    expect(numbers('at 8:12 pm')).toEqual([]);
  });
});

describe('sameQuantity', () => {
  it('is strict for years and small counts, loose for money across currencies', () => {
    expect(sameQuantity('year', 2013, 2014)).toBe(false);
    expect(sameQuantity('peopl', 3, 4)).toBe(false);
    expect(sameQuantity('troop', 10_000, 11_000)).toBe(true);
    expect(sameQuantity('money', 160e6, 108e6)).toBe(true);
    expect(sameQuantity('money', 160e6, 2e6)).toBe(false);
  });
});

describe('extractNumbers as a reader sees them', () => {
  it('keeps the counted word in the text, and never counts a name', () => {
    const found = extractNumbers(
      'Four China Coast Guard cutters fired water cannon, injuring three of the 31 aboard. Quake Kills 12 People',
    );
    expect(found.map((n) => n.text)).toEqual(['injuring three', '31 aboard', '12 People']);
    expect(found.map((n) => n.unit)).toEqual(['injur', 'aboard', 'peopl']);
  });

  it('reaches past a name to what a number counts', () => {
    const found = extractNumbers(
      'Some 3,000 North Korean troops crossed; 40 Ukrainian-made drones fell. In 2024 North Korea sent more.',
    );
    expect(found.map((n) => n.text)).toEqual(['3,000 North Korean troops', '40 Ukrainian-made drones', '2024']);
    expect(found.map((n) => n.unit)).toEqual(['troop', 'dron', 'year']);
  });
});
