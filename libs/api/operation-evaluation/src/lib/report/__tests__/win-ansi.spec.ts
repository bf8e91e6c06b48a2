import { winAnsi } from '../report-document';

describe('report text for the standard PDF fonts (Windows-1252)', () => {
  it('keeps Latin-1 and the Windows-1252 punctuation as they are', () => {
    expect(winAnsi('García – “Danube” € …\nline two')).toBe('García – “Danube” € …\nline two');
  });

  it('writes arrows and comparison signs in ASCII', () => {
    expect(winAnsi('PLANNED → CLOSED, k ≥ 11, ACTIVE ⇄ SUSPENDED')).toBe('PLANNED -> CLOSED, k >= 11, ACTIVE <-> SUSPENDED');
  });

  it('drops accents the fonts cannot draw and marks anything else', () => {
    expect(winAnsi('Direcția Națională Anticorupție, Łódź')).toBe('Directia Nationala Anticoruptie, ?ódz') // Ł has no decomposition; ó is Latin-1; ź → z;
    expect(winAnsi('กรุงเทพ')).toBe('???????');
  });
});
