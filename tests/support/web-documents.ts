import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DefinitionNode, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, parse, print, typeFromAST } from 'graphql';
import * as ts from 'typescript';

/** One GraphQL operation the web client sends, with the fragments it spreads. */
export interface WebDocument {
  /** The operation's name (`query Leads` → "Leads"). */
  name: string;
  /** Where it is written, relative to the repository. */
  file: string;
  /** The document as written (operation first, then its fragments), without the `__typename`s Apollo Client adds. */
  source: string;
}

const ROOT = join(__dirname, '..', '..');

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '__tests__') walk(path, out);
    } else if (/\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * Every operation of the web client (libs/web, apps/web): each module holding a gql`…` document is transpiled and
 * run with a stand-in `gql` that records the text (interpolated fragments and strings included); other imports are
 * inert stubs, relative and @taskforce/* ones are loaded the same way. Documents without an operation (fragments)
 * are left out; a fragment spread twice is kept once.
 */
export function webDocuments(): WebDocument[] {
  const paths = (JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
  const recorded: Array<{ text: string; file: string }> = [];
  let current = '';
  class Doc {
    constructor(readonly text: string) {}
    toString(): string {
      return this.text;
    }
  }
  const gql = (strings: TemplateStringsArray, ...values: unknown[]) => {
    const doc = new Doc(strings.reduce((text, s, i) => text + s + (i < values.length ? String(values[i]) : ''), ''));
    recorded.push({ text: doc.text, file: current });
    return doc;
  };
  const stub: unknown = new Proxy(function () {}, {
    get: (_t, key) => (key === '__esModule' ? true : key === Symbol.toPrimitive ? () => '' : stub),
    apply: () => stub,
    construct: () => stub as object,
  });
  const cache = new Map<string, { exports: Record<string, unknown> }>();
  const fileOf = (path: string) => [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
  const load = (file: string): Record<string, unknown> => {
    const cached = cache.get(file);
    if (cached) return cached.exports;
    const mod = { exports: {} as Record<string, unknown> };
    cache.set(file, mod);
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, esModuleInterop: true },
    }).outputText;
    const requireFrom = (spec: string): unknown => {
      if (spec === '@apollo/client') return { gql };
      if (spec.startsWith('.')) {
        const target = fileOf(resolve(dirname(file), spec));
        return target && /\.tsx?$/.test(target) ? load(target) : stub;
      }
      if (paths[spec]) return load(join(ROOT, paths[spec][0]));
      return stub;
    };
    const previous = current;
    current = file;
    try {
      new Function('require', 'module', 'exports', js)(requireFrom, mod, mod.exports);
    } catch {
      // A module whose top level needs a real dependency: its documents above the failure are recorded already.
    } finally {
      current = previous;
    }
    return mod.exports;
  };
  const files = [...walk(join(ROOT, 'libs', 'web')), ...walk(join(ROOT, 'apps', 'web', 'src'))].filter((f) => readFileSync(f, 'utf8').includes('gql`'));
  for (const file of files) load(file);

  const documents: WebDocument[] = [];
  for (const { text, file } of recorded) {
    const seen = new Set<string>();
    const definitions = parse(text).definitions.filter((d: DefinitionNode) => {
      if (d.kind !== 'FragmentDefinition') return true;
      if (seen.has(d.name.value)) return false;
      seen.add(d.name.value);
      return true;
    });
    const operation = definitions.find((d) => d.kind === 'OperationDefinition');
    if (!operation || operation.kind !== 'OperationDefinition') continue;
    documents.push({ name: operation.name?.value ?? '(anonymous)', file: relative(ROOT, file), source: definitions.map((d) => print(d)).join('\n\n') });
  }
  return documents;
}

/**
 * Values for an operation's variables, enough for estimating its cost: the default when the operation gives one,
 * else a plausible value of the type (IDs and strings "x", numbers 1, the first enum value, required fields of input
 * objects filled, lists of one item). Optional variables without a default are left out.
 */
export function sampleVariables(schema: GraphQLSchema, source: string): Record<string, unknown> {
  const operation = parse(source).definitions.find((d) => d.kind === 'OperationDefinition');
  if (!operation || operation.kind !== 'OperationDefinition') return {};
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).flatMap((f) => (isNonNullType(f.type) && f.defaultValue === undefined ? [[f.name, sample(f.type)]] : [])));
    }
    if (isScalarType(type)) return type.name === 'Int' || type.name === 'Float' ? 1 : type.name === 'Boolean' ? false : type.name === 'DateTime' ? '2026-01-01T00:00:00Z' : 'x';
    return null;
  };
  const variables: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue || v.type.kind !== 'NonNullType') continue;
    const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
    if (type) variables[v.variable.name.value] = sample(type);
  }
  return variables;
}
