import { describe, expect, it } from 'vitest';
import { extractProfile, findEmail, findName, findPhone } from './extract-profile.js';

describe('extractProfile', () => {
  it('should read name, email, phone, skills and stated years from a resume', () => {
    const profile = extractProfile(
      [
        'Curriculum Vitae',
        'Ana María López-García',
        'ana.lopez@example.com · +34 612 345 678',
        'Backend engineer with 6 years of experience in Go, PostgreSQL and Kubernetes.',
      ].join('\n'),
      new Date('2025-01-01T00:00:00Z'),
    );
    expect(profile.name).toBe('Ana María López-García');
    expect(profile.email).toBe('ana.lopez@example.com');
    expect(profile.phone).toBe('+34 612 345 678');
    expect(profile.skills).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Kubernetes']));
    expect(profile.yearsOfExperience).toBe(6);
  });

  it('should return nulls and no skills when the text says nothing', () => {
    const profile = extractProfile('hello there\nthis is not much of a resume', new Date('2025-01-01T00:00:00Z'));
    expect(profile).toEqual({ name: null, email: null, phone: null, skills: [], yearsOfExperience: null });
  });
});

describe('findName', () => {
  it('should skip headings, emails and job titles before the name', () => {
    expect(findName('RESUME\njohn@example.com\nSenior Software Engineer\nJohn Q. Public')).toBe('John Q. Public');
  });

  it('should take the name from a line shared with contact details', () => {
    expect(findName('Jane Doe | jane@example.com | London')).toBe('Jane Doe');
  });

  it('should title-case a name written in capitals', () => {
    expect(findName('JORDAN SMITH\nEngineer')).toBe('Jordan Smith');
  });

  it('should accept lower-case particles inside a name', () => {
    expect(findName('Ludwig van Beethoven\nComposer')).toBe('Ludwig van Beethoven');
  });

  it('should not take a single word, a sentence or a line deep in the document', () => {
    expect(findName('Madonna\nI build things for the web.')).toBeNull();
    const deep = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'Grace Hopper'].join('\n');
    expect(findName(deep)).toBeNull();
  });
});

describe('findEmail', () => {
  it('should find and lower-case the first address', () => {
    expect(findEmail('Mail: Jane.Doe+jobs@Example.CO.uk or other@example.com')).toBe('jane.doe+jobs@example.co.uk');
    expect(findEmail('no address here @ all')).toBeNull();
  });
});

describe('findPhone', () => {
  it('should find common phone formats as written', () => {
    expect(findPhone('Call +1 (415) 555-0134 today')).toBe('+1 (415) 555-0134');
    expect(findPhone('Tel: (212) 555-0187')).toBe('(212) 555-0187');
    expect(findPhone('+44 20 7946 0958')).toBe('+44 20 7946 0958');
    expect(findPhone('phone 415.555.0134')).toBe('415.555.0134');
  });

  it('should not mistake year ranges, money or long ids for a phone number', () => {
    expect(findPhone('Acme Corp 2017 2021\nSaved $120k; 2,000 users; ticket 12345678')).toBeNull();
    expect(findPhone('Worked 2015-2019 and 2019-2023')).toBeNull();
  });
});
