import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * Every resolver declares its cost beside it (`complexity:` of @Query, @Mutation, @ResolveField — see COST in
 * libs/api/core/src/lib/query-cost.ts): a resolver added without one would cost nothing in the estimate (a plain
 * field's 0) however much it reads, which is how a cheap-looking count once passed the limit 3,000 times over.
 */
const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const DECORATORS = new Set(['Query', 'Mutation', 'ResolveField']);

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'node_modules') sources(path, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) out.push(path);
  }
  return out;
}

interface Found {
  where: string;
  decorator: string;
  declaresCost: boolean;
}

function resolverDecorators(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  if (!/@(Query|Mutation|ResolveField)\(/.test(text)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isDecorator(node) && ts.isCallExpression(node.expression) && ts.isIdentifier(node.expression.expression) && DECORATORS.has(node.expression.expression.text)) {
      const options = node.expression.arguments.find(ts.isObjectLiteralExpression);
      const declaresCost = !!options?.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'complexity');
      const member = node.parent as ts.MethodDeclaration;
      const name = member.name && ts.isIdentifier(member.name) ? member.name.text : '?';
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push({ where: `${relative(ROOT, file)}:${line + 1} ${name}`, decorator: node.expression.expression.text, declaresCost });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('GraphQL costs are declared beside every resolver', () => {
  const all = sources(join(ROOT, 'libs', 'api')).flatMap(resolverDecorators);

  it('finds the resolvers (the scan works)', () => {
    expect(all.filter((f) => f.decorator === 'Query').length).toBeGreaterThanOrEqual(35);
    expect(all.filter((f) => f.decorator === 'Mutation').length).toBeGreaterThanOrEqual(50);
    expect(all.filter((f) => f.decorator === 'ResolveField').length).toBeGreaterThanOrEqual(30);
  });

  it('each @Query, @Mutation and @ResolveField has a `complexity` option', () => {
    expect(all.filter((f) => !f.declaresCost).map((f) => `@${f.decorator} ${f.where}`)).toEqual([]);
  });
});
