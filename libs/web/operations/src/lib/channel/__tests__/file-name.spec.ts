import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FileName } from '../file-name';

/** The style sheets the operation page loads: the shared components' and the operations library's. */
const SHEETS = [join(__dirname, '../../../../../ui/src/lib/styles/ui.css'), join(__dirname, '../../operations.css')].map((path) => readFileSync(path, 'utf8'));

/** The declarations of every rule whose selector list names `.cls` on its own. */
function declarationsFor(cls: string): string[] {
  const rules = SHEETS.flatMap((css) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)]);
  return rules.filter(([, selectors]) => selectors.split(',').some((s) => s.trim() === `.${cls}`)).map(([, , body]) => body);
}

describe('a file name in the file lists', () => {
  it('wraps anywhere: an unbroken name of 200 characters cannot widen the operation page', () => {
    const name = `${'0123456789'.repeat(19)}ledger.xlsx`;
    const markup = renderToStaticMarkup(createElement(FileName, { name }));
    expect(markup).toContain(name);
    const classes = /class="([^"]*)"/.exec(markup)?.[1].split(/\s+/) ?? [];
    const wraps = classes.some((cls) => declarationsFor(cls).some((body) => /overflow-wrap:\s*anywhere/.test(body)));
    expect([classes, wraps]).toEqual([classes, true]);
  });
});
